//! Command-line types (clap derive): each doc comment is the `--help` text.

use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "newsx",
    version,
    about = "A dated event timeline from a folder of French news articles",
    long_about = "newsx reads French news articles, finds who, where and when, detects \
events, merges the reports of one event across articles, and prints a dated timeline.",
    after_help = "Examples:\n  newsx timeline corpus/\n  newsx timeline corpus/ --format json | jq '.events[].title'\n  newsx entities corpus/\n  newsx dates corpus/002_8cfff8f7d035ac9e.txt"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// The consolidated, dated event timeline of the articles.
    #[command(
        after_help = "Examples:\n  newsx timeline corpus/\n  newsx timeline corpus/ --format json | jq '.events[] | {date: .date.start, title}'"
    )]
    Timeline(AnalyzeArgs),
    /// People, places and organisations, with counts, variants and documents.
    #[command(
        after_help = "Example:\n  newsx entities corpus/ --format json | jq '.[] | select(.type == \"person\") | .name'"
    )]
    Entities(AnalyzeArgs),
    /// Temporal expressions with their resolved dates, anchors and rules.
    #[command(
        after_help = "Example:\n  newsx dates corpus/000_3556c82baabcb37e.txt --published 2023-09-12"
    )]
    Dates(AnalyzeArgs),
    /// The normalized text of one file: what the analyzer reads.
    #[command(after_help = "Example:\n  newsx normalize corpus/002_8cfff8f7d035ac9e.txt")]
    Normalize(NormalizeArgs),
    /// Map step: each document's analysis as self-contained JSON Lines (for `merge`).
    #[command(
        after_help = "Examples:\n  newsx extract corpus/ > mentions.jsonl\n  newsx extract - < articles.jsonl | newsx merge --format json\n\nStdin (-) is JSON Lines, one article a line: text (or content, body) and optional id, title, published, url, source, path."
    )]
    Extract(ExtractArgs),
    /// Reduce step: consolidate `extract` output (any files, any order) into the timeline.
    #[command(
        after_help = "Examples:\n  newsx extract corpus/ | newsx merge --format json\n  newsx merge --partial part-1.jsonl > p1.jsonl   # a reduce step of a tree\n  newsx merge p1.jsonl p2.jsonl --format text"
    )]
    Merge(MergeArgs),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    Text,
    Json,
    Jsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

/// Options every subcommand shares.
#[derive(Debug, Args)]
pub struct CommonArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatArg::Text)]
    pub format: FormatArg,
    /// Write the output to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Publication date of every input (YYYY-MM-DD, YYYY-MM, or START/END), overriding metadata.
    #[arg(long, value_name = "DATE")]
    pub published: Option<String>,
    /// Extra gazetteer file (TOML) adding or overriding entries; repeatable.
    #[arg(long, value_name = "FILE")]
    pub gazetteer: Vec<PathBuf>,
    /// Ignore metadata.csv sidecars: dates come from the texts alone.
    #[arg(long)]
    pub no_metadata: bool,
    /// Largest file read, in bytes; larger files are skipped with a message.
    #[arg(long, value_name = "BYTES", default_value_t = 20 * 1024 * 1024)]
    pub max_file_size: u64,
    /// Print no diagnostics (skipped files are still listed in JSON output).
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Print more diagnostics: each file as it is read.
    #[arg(long, short = 'v')]
    pub verbose: bool,
    /// When to color text output (NO_COLOR is respected with auto).
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
}

#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// Files or folders of articles (.txt, .md, .text); default ./corpus.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub common: CommonArgs,
}

#[derive(Debug, Args)]
pub struct NormalizeArgs {
    /// The article file to normalize.
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    #[command(flatten)]
    pub common: CommonArgs,
}

#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// Files or folders of articles, or - for JSON Lines articles on stdin; default ./corpus.
    #[arg(value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Write the lines to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Publication date of every input (YYYY-MM-DD, YYYY-MM, or START/END), overriding metadata.
    #[arg(long, value_name = "DATE")]
    pub published: Option<String>,
    /// Extra gazetteer file (TOML) adding or overriding entries; repeatable.
    #[arg(long, value_name = "FILE")]
    pub gazetteer: Vec<PathBuf>,
    /// Ignore metadata (metadata.csv sidecars, and title/published/source/url of JSON Lines articles).
    #[arg(long)]
    pub no_metadata: bool,
    /// Largest file (or article text) read, in bytes; larger ones are skipped with a message.
    #[arg(long, value_name = "BYTES", default_value_t = 20 * 1024 * 1024)]
    pub max_file_size: u64,
    /// Print no diagnostics (skipped inputs are still written as document lines).
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Print more diagnostics: each file as it is read.
    #[arg(long, short = 'v')]
    pub verbose: bool,
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// Files of `extract` (or `merge --partial`) lines, or - for stdin; default stdin.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Write a partial merge (extract lines another merge accepts) instead of the timeline.
    #[arg(long)]
    pub partial: bool,
    /// Output format of the timeline (ignored with --partial).
    #[arg(long, value_enum, default_value_t = FormatArg::Text)]
    pub format: FormatArg,
    /// Write the output to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Print no diagnostics.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// When to color text output (NO_COLOR is respected with auto).
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
}
