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
    after_help = "Examples:\n  newsx timeline corpus/\n  newsx timeline corpus/ --format json | jq '.events[].title'\n  newsx timeline corpus/ --format html -o timeline.html\n  newsx timeline corpus/ --entity Putin --from 2023\n  newsx entities corpus/\n  newsx dates corpus/002_8cfff8f7d035ac9e.txt\n  newsx completions bash > ~/.local/share/bash-completion/completions/newsx"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// The consolidated, dated event timeline of the articles.
    ///
    /// Formats: text (default), json (documented in docs/json.md, schema
    /// with `newsx schema`), jsonl, csv, markdown, html (one self-contained
    /// page) and timelinejs (Knight Lab TimelineJS). Filters choose which
    /// events are shown; see docs/formats.md.
    #[command(
        after_help = "Examples:\n  newsx timeline corpus/\n  newsx timeline corpus/ --format html -o timeline.html\n  newsx timeline corpus/ --format csv -o events.csv\n  newsx timeline corpus/ --entity Putin --type visit,meeting\n  newsx timeline corpus/ --from 2023-09 --to 2023-12 --min-sources 2\n  newsx timeline corpus/ --format json | jq '.events[] | {date: .date.start, title}'"
    )]
    Timeline(FilteredArgs),
    /// People, places and organisations, with counts, variants and documents.
    ///
    /// With event filters (--from, --to, --type, --status, --min-sources),
    /// only the entities taking part in a kept event are listed; with
    /// --entity, only the entities named.
    #[command(
        after_help = "Examples:\n  newsx entities corpus/\n  newsx entities corpus/ --format csv -o entities.csv\n  newsx entities corpus/ --type visit --from 2023\n  newsx entities corpus/ --format json | jq '.[] | select(.type == \"person\") | .name'"
    )]
    Entities(FilteredArgs),
    /// Temporal expressions with their resolved dates, anchors and rules.
    #[command(
        after_help = "Example:\n  newsx dates corpus/000_3556c82baabcb37e.txt --published 2023-09-12"
    )]
    Dates(AnalyzeArgs),
    /// The normalized text of one file: what the analyzer reads.
    #[command(after_help = "Example:\n  newsx normalize corpus/002_8cfff8f7d035ac9e.txt")]
    Normalize(NormalizeArgs),
    /// Check or list gazetteer files (people, places, organisations, roles).
    #[command(
        subcommand,
        after_help = "Examples:\n  newsx gazetteer check my-people.toml\n  newsx gazetteer list --format json --gazetteer my-people.toml"
    )]
    Gazetteer(GazetteerCommand),
    /// Check the event lexicon (built-in and your files) or list the forms of a lemma.
    #[command(
        subcommand,
        after_help = "Examples:\n  newsx lexicon check\n  newsx lexicon check my-events.toml\n  newsx lexicon list recevoir\n  newsx lexicon list --type visit"
    )]
    Lexicon(LexiconCommand),
    /// The JSON Schema of `--format json` output, generated from the Rust types.
    #[command(
        after_help = "Examples:\n  newsx schema > newsx.schema.json\n  newsx schema entities\n  newsx schema | jq '.properties | keys'"
    )]
    Schema(SchemaArgs),
    /// A shell completion script, to save where your shell looks for them.
    #[command(
        after_help = "Examples:\n  newsx completions bash > ~/.local/share/bash-completion/completions/newsx\n  newsx completions zsh > ~/.zfunc/_newsx   # with fpath+=~/.zfunc in .zshrc\n  newsx completions fish > ~/.config/fish/completions/newsx.fish"
    )]
    Completions(CompletionsArgs),
    /// The manual page (roff), for `man`.
    #[command(
        after_help = "Examples:\n  newsx man | man -l -\n  newsx man > ~/.local/share/man/man1/newsx.1"
    )]
    Man,
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

#[derive(Debug, Subcommand)]
pub enum GazetteerCommand {
    /// Validate gazetteer files; every error is printed with its line and field.
    Check {
        /// The TOML files to check (format: docs/gazetteer.md).
        #[arg(value_name = "FILE", required = true)]
        files: Vec<PathBuf>,
    },
    /// Print the entries loaded: built-in, plus any --gazetteer files.
    List {
        /// Output format.
        #[arg(long, value_enum, default_value_t = FormatArg::Text)]
        format: FormatArg,
        /// Extra gazetteer file (TOML) adding or overriding entries; repeatable.
        #[arg(long, value_name = "FILE")]
        gazetteer: Vec<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
pub enum LexiconCommand {
    /// Validate the built-in event lexicon and the files given: unknown
    /// types, empty lemmas, verbs the conjugator cannot inflect, forms under
    /// three letters, a form claimed by two types. Exit 1 on any error.
    Check {
        /// Lexicon files to check with the built-in ones (format: docs/data.md).
        #[arg(value_name = "FILE")]
        files: Vec<PathBuf>,
    },
    /// Print the lemmas of the lexicon, or every form of the lemmas named.
    List {
        /// Lemmas whose forms to print (`recevoir`, `se rendre`, `visite`).
        #[arg(value_name = "LEMMA")]
        lemmas: Vec<String>,
        /// Only the lemmas of this event type.
        #[arg(long = "type", value_name = "TYPE",
          value_parser = clap::builder::PossibleValuesParser::new(newsx::model::EventType::ALL.map(|t| t.as_str())))]
        event_type: Option<String>,
        /// Extra lexicon file (TOML) adding lemmas; repeatable.
        #[arg(long, value_name = "FILE")]
        lexicon: Vec<PathBuf>,
    },
}

/// Which output `newsx schema` describes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaKind {
    /// `newsx timeline --format json`: the whole report.
    Timeline,
    /// `newsx entities --format json`: an array of entities.
    Entities,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// The output to describe.
    #[arg(value_enum, default_value_t = SchemaKind::Timeline)]
    pub kind: SchemaKind,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to write completions for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// Readable text, 80 columns, colors on a terminal.
    Text,
    /// One JSON object (docs/json.md; `newsx schema`).
    Json,
    /// One JSON record a line, each with a `kind`.
    Jsonl,
    /// One row per event (timeline) or entity (entities), with a header.
    Csv,
    /// A Markdown report with sources as footnotes (timeline only).
    Markdown,
    /// One self-contained HTML page drawing the timeline (timeline only).
    Html,
    /// Knight Lab TimelineJS JSON (timeline only).
    Timelinejs,
}

impl FormatArg {
    /// The name as typed on the command line.
    pub fn name(self) -> String {
        self.to_possible_value()
            .map_or_else(String::new, |v| v.get_name().to_string())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormatArg {
    Auto,
    Text,
    Jsonl,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnOff {
    On,
    Off,
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
    /// Extra event lexicon file (TOML, format of data/events/*.toml, see
    /// `newsx lexicon check`); repeatable.
    #[arg(long, value_name = "FILE")]
    pub lexicon: Vec<PathBuf>,
    /// Ignore metadata (metadata.csv sidecars, and title/published/source/url of JSON Lines articles): dates come from the texts alone.
    #[arg(long)]
    pub no_metadata: bool,
    #[command(flatten)]
    pub chronology: ChronologyArgs,
    #[command(flatten)]
    pub story: StoryArgs,
    /// Largest file read, in bytes; larger files are skipped with a message.
    #[arg(long, value_name = "BYTES", default_value_t = 20 * 1024 * 1024)]
    pub max_file_size: u64,
    /// File-name pattern read inside folders (`*.txt`); repeatable; replaces the default .txt, .md, .text.
    #[arg(long, value_name = "PATTERN")]
    pub glob: Vec<String>,
    /// How input files are read: auto (.jsonl/.ndjson are JSON Lines), text or jsonl.
    #[arg(long, value_enum, default_value_t = InputFormatArg::Auto)]
    pub input_format: InputFormatArg,
    /// Skip documents that are not French (share of French function words).
    #[arg(long, value_enum, default_value_t = OnOff::On)]
    pub lang_check: OnOff,
    /// Number of worker threads analysing documents; default: all cores.
    /// The output is the same whatever the number.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,
    /// Print no diagnostics (skipped files are still listed in JSON output).
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// Print more diagnostics: each file as it is read, and the publication
    /// days its page gave that its own dates rule out, with the reason.
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

/// `timeline` and `entities`: inputs, shared options and filters.
#[derive(Debug, Args)]
pub struct FilteredArgs {
    #[command(flatten)]
    pub input: AnalyzeArgs,
    #[command(flatten)]
    pub filter: FilterArgs,
}

/// Which events to keep. Dates overlap: an event is kept when its interval
/// meets the range, so `--from 2023-09-15` keeps an event dated `2023-09`.
#[derive(Debug, Args, Default)]
#[command(next_help_heading = "Filters")]
pub struct FilterArgs {
    /// Keep events ending on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY: its first day); drops undated events.
    #[arg(long, value_name = "DATE", value_parser = first_day)]
    pub from: Option<chrono::NaiveDate>,
    /// Keep events starting on or before DATE (YYYY-MM-DD, YYYY-MM or YYYY: its last day); drops undated events.
    #[arg(long, value_name = "DATE", value_parser = last_day)]
    pub to: Option<chrono::NaiveDate>,
    /// Keep events involving NAME: a person, place or organisation by id, name or alias, any case or accents (`Putin` finds Vladimir Poutine). Repeatable: all must take part.
    #[arg(long, value_name = "NAME")]
    pub entity: Vec<String>,
    /// Keep events of these types (comma-separated).
    #[arg(long = "type", value_name = "TYPES", value_delimiter = ',',
          value_parser = clap::builder::PossibleValuesParser::new(newsx::model::EventType::ALL.map(|t| t.as_str())))]
    pub types: Vec<String>,
    /// Keep events with these statuses (comma-separated).
    #[arg(long, value_name = "STATUS", value_delimiter = ',',
          value_parser = ["occurred", "planned", "speculated", "negated"])]
    pub status: Vec<String>,
    /// Keep events reported by at least N distinct articles.
    #[arg(long, value_name = "N")]
    pub min_sources: Option<usize>,
    /// Which undated events to show: all, main (those naming at least one
    /// participant and one place; the others are counted in the header) or none.
    #[arg(long, value_enum, default_value_t = UndatedArg::Main)]
    pub undated: UndatedArg,
    /// Text output of `timeline`: one line per event (date, headline, number of sources).
    #[arg(long)]
    pub compact: bool,
}

/// `--undated`: which undated events a timeline shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, ValueEnum)]
pub enum UndatedArg {
    All,
    #[default]
    Main,
    None,
}

impl UndatedArg {
    pub fn to_filter(self) -> newsx::filter::Undated {
        match self {
            UndatedArg::All => newsx::filter::Undated::All,
            UndatedArg::Main => newsx::filter::Undated::Main,
            UndatedArg::None => newsx::filter::Undated::None,
        }
    }
}

fn date_arg(text: &str) -> Result<newsx::model::DateInterval, String> {
    newsx::model::DateInterval::parse_iso(text).ok_or_else(|| {
        "expected YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2023-09-12, 2023-09, 2023)".to_string()
    })
}

fn first_day(text: &str) -> Result<chrono::NaiveDate, String> {
    date_arg(text).map(|d| d.start)
}

fn last_day(text: &str) -> Result<chrono::NaiveDate, String> {
    date_arg(text).map(|d| d.end)
}

impl FilterArgs {
    /// The library filter these options describe.
    pub fn to_filter(&self) -> newsx::filter::Filter {
        use newsx::model::{EventType, Modality};
        let status = |s: &str| match s {
            "planned" => Modality::Planned,
            "speculated" => Modality::Speculated,
            "negated" => Modality::Negated,
            _ => Modality::Occurred,
        };
        newsx::filter::Filter {
            from: self.from,
            to: self.to,
            entities: self.entity.clone(),
            types: self
                .types
                .iter()
                .filter_map(|t| EventType::parse(t))
                .collect(),
            statuses: self.status.iter().map(|s| status(s)).collect(),
            min_sources: self.min_sources.unwrap_or(0),
            undated: self.undated.to_filter(),
        }
    }
}

#[derive(Debug, Args)]
pub struct NormalizeArgs {
    /// The article file to normalize (`-` for standard input).
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
    /// Extra event lexicon file (TOML, format of data/events/*.toml, see
    /// `newsx lexicon check`); repeatable.
    #[arg(long, value_name = "FILE")]
    pub lexicon: Vec<PathBuf>,
    /// Ignore metadata (metadata.csv sidecars, and title/published/source/url of JSON Lines articles).
    #[arg(long)]
    pub no_metadata: bool,
    #[command(flatten)]
    pub story: StoryArgs,
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
    /// Which undated events to show: all, main (those naming at least one
    /// participant and one place) or none; as in `timeline`.
    #[arg(long, value_enum, default_value_t = UndatedArg::Main)]
    pub undated: UndatedArg,
    /// Text output: one line per event (date, headline, number of sources).
    #[arg(long)]
    pub compact: bool,
    /// Write the output to FILE instead of standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Print no diagnostics.
    #[arg(long, short = 'q')]
    pub quiet: bool,
    /// When to color text output (NO_COLOR is respected with auto).
    #[arg(long, value_enum, default_value_t = ColorArg::Auto)]
    pub color: ColorArg,
    #[command(flatten)]
    pub chronology: ChronologyArgs,
}

/// The story the timeline follows (docs/story.md).
#[derive(Debug, Clone, Default, Args)]
pub struct StoryArgs {
    /// Story file (TOML, format of data/stories/russia-north-korea.toml): the
    /// parties whose events make the timeline; default: Russia – North Korea.
    #[arg(long, value_name = "FILE", conflicts_with = "all_events")]
    pub story: Option<PathBuf>,
    /// Follow no story: every event of every document enters the timeline.
    #[arg(long)]
    pub all_events: bool,
}

/// The reference events that help date articles without a date.
#[derive(Debug, Clone, Default, Args)]
pub struct ChronologyArgs {
    /// Extra chronology file (TOML, format of data/chronology.toml) of dated events
    /// that help date articles without a publication date; repeatable.
    #[arg(long, value_name = "FILE")]
    pub chronology: Vec<PathBuf>,
    /// Do not use the built-in chronology (data/chronology.toml).
    #[arg(long)]
    pub no_chronology: bool,
}
