//! Integration tests: they run the real binary (one test binary links faster than many).

mod check;
mod config;
mod conformance;
mod corpus;
mod formats;
mod german;
mod hostile;
mod html;
mod parsers;
mod properties;
mod render;
mod snapshots;

use std::path::PathBuf;

use assert_cmd::Command;

/// The guidelint binary, with a clean environment for colour and language.
pub fn guidelint() -> Command {
    let mut cmd = Command::cargo_bin("guidelint").expect("binary");
    cmd.env_remove("NO_COLOR")
        .env_remove("CLICOLOR")
        .env_remove("CLICOLOR_FORCE")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("COLUMNS", "100");
    cmd
}

/// A file of the repository.
pub fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(path)
}
