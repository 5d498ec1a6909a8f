//! The guidelint binary: parse the command line, run the library.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    guidelint::cli::run(guidelint::cli::Cli::parse())
}
