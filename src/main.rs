//! The `newsx` binary: parse arguments, run, map errors to exit codes.

use clap::Parser;
use std::process::ExitCode;

mod cli;
mod cmd;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    match cmd::run(args) {
        Ok(code) => code,
        Err(err) => {
            if cmd::is_broken_pipe(&err) {
                return ExitCode::SUCCESS;
            }
            eprintln!("newsx: error: {err:#}");
            ExitCode::from(1)
        }
    }
}
