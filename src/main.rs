//! The guidelint binary: parse the command line, run the library.

use std::process::ExitCode;

/// malloc and free were a third of the time of a `check` with many findings (every finding
/// builds its message, help and rendering); mimalloc halves that. (It is built without
/// transparent huge pages: see Cargo.toml.)
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    guidelint::cli::run(guidelint::cli::parse_args())
}
