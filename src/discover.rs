//! Finding the files to check (SPEC §7): the only module that walks directories.
//!
//! Paths named on the command line are always checked, whatever their name. Directories are
//! walked recursively; files ending in `.guideline` are taken, in the order of their display
//! paths; hidden files and directories, `target/` and `node_modules/` are skipped, and symbolic
//! links are not followed.
//! A walk error (an unreadable directory) is recorded and the walk goes on.
//!
//! The config's `exclude` globs prune the walk; with `check --force-exclude` they also leave out
//! paths named on the command line ([`force_excluded`]).

use std::path::{Component, Path, PathBuf};

use rayon::prelude::*;
use walkdir::WalkDir;

/// A file to check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    pub path: PathBuf,
    /// The path as shown in reports: as given or found, with `/` separators.
    pub display: String,
    /// Named or found, which decides how the file is read.
    pub origin: Origin,
}

/// How a file to check came to be checked, which decides how it is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// Named on the command line: it may be anything, and is asked what it is before it is
    /// opened. A FIFO or a character device is read too (`<(git show …)`, `/dev/stdin`): whoever
    /// names a pipe means it ([`crate::read_file`]).
    Named,
    /// Found by the walk as a regular file (not a symbolic link): opened first and asked what it
    /// is through its descriptor ([`crate::read_walked_file`]).
    WalkedFile,
    /// Found by the walk, but not a regular file (a FIFO, socket or device): reported as not a
    /// regular file without being opened, so a FIFO in a directory never blocks a run.
    WalkedOther,
}

/// A directory entry that could not be walked.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WalkProblem {
    pub display: String,
    pub message: String,
}

/// What the walk found, each list sorted by display path.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Discovery {
    pub targets: Vec<Target>,
    pub problems: Vec<WalkProblem>,
}

/// Decides whether a path found by the walk is left out (the config's `exclude` globs).
pub trait Exclude {
    fn excludes(&self, path: &Path, is_dir: bool) -> bool;
}

/// Excludes nothing.
pub struct NoExclude;

impl Exclude for NoExclude {
    fn excludes(&self, _: &Path, _: bool) -> bool {
        false
    }
}

const EXTENSION: &str = "guideline";

/// What makes two paths the same file: the path resolved (links, `.` and `..`), or the path
/// itself when it cannot be resolved.
pub fn identity(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// Whether `path`, named on the command line, is left out by `exclude` under
/// `check --force-exclude`: when it, or a directory it is in, matches, as the walk would have
/// left it out (a glob naming `archive` leaves out `archive/old/a.guideline` too). Only the
/// configured globs count, not the names the walk skips (hidden, `target`, `node_modules`): a
/// hidden file named on purpose is still checked, as ruff and black do. `..` is resolved without
/// touching the file system, as the globs' own directory is.
pub fn force_excluded(path: &Path, exclude: &dyn Exclude) -> bool {
    let Ok(absolute) = std::path::absolute(path) else {
        return false;
    };
    let absolute = without_dots(&absolute);
    exclude.excludes(&absolute, path.is_dir())
        || absolute
            .ancestors()
            .skip(1)
            .any(|directory| exclude.excludes(directory, true))
}

/// An absolute `path` without `.` components, each `..` taking away the component before it
/// (`/..` is `/`), without touching the file system (shared with the configuration's globs).
pub fn without_dots(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Expands `paths` (which must exist) into the files to check. The directories directly in a
/// directory named are walked in parallel on the current rayon pool.
pub fn discover(paths: &[PathBuf], exclude: &(dyn Exclude + Sync)) -> Discovery {
    let mut found = Discovery::default();
    for root in paths {
        if !root.is_dir() {
            found.targets.push(Target {
                path: root.clone(),
                display: display(root),
                origin: Origin::Named,
            });
            continue;
        }
        // The root's own entries, then each of its directories on a thread of the pool (walking
        // 10 000 files in 100 directories was most of the 11 ms before checking began, on one
        // thread while the other waited).
        let mut directories = Vec::new();
        walk(root, exclude, &mut found, Some(&mut directories));
        let walked: Vec<Discovery> = directories
            .par_iter()
            .map(|directory| {
                let mut part = Discovery::default();
                walk(directory, exclude, &mut part, None);
                part
            })
            .collect();
        for part in walked {
            found.targets.extend(part.targets);
            found.problems.extend(part.problems);
        }
    }
    // Two paths can show the same (`to_string_lossy`): then the paths decide. (Sorted on the
    // pool too: sorting 10 000 paths was about a sixth of the time before checking began.)
    found
        .targets
        .par_sort_unstable_by(|a, b| a.display.cmp(&b.display).then_with(|| a.path.cmp(&b.path)));
    found.problems.sort_by(|a, b| a.display.cmp(&b.display));
    found
}

/// Walks the directory `root` (already taken: it is not asked whether it is hidden or
/// excluded) into `found`. With `directories`, only the entries directly in `root` are taken and
/// the directories among them are handed there, to be walked in turn.
fn walk(
    root: &Path,
    exclude: &(dyn Exclude + Sync),
    found: &mut Discovery,
    mut directories: Option<&mut Vec<PathBuf>>,
) {
    // Not sorted by the walk: its comparison takes each name out of its path, which was a
    // fifth of the walk. The files are sorted by their display path in `discover` instead.
    let mut walker = WalkDir::new(root).follow_links(false);
    if directories.is_some() {
        walker = walker.max_depth(1);
    }
    let walker = walker.into_iter().filter_entry(|e| {
        e.depth() == 0
            || !(skipped_name(e.file_name()) || exclude.excludes(e.path(), e.file_type().is_dir()))
    });
    for entry in walker {
        match entry {
            Ok(e) => {
                let ft = e.file_type();
                if ft.is_dir() {
                    if let Some(directories) = directories.as_deref_mut() {
                        if e.depth() > 0 {
                            directories.push(e.into_path());
                        }
                    }
                } else if !ft.is_symlink() && has_extension(e.path()) {
                    // A FIFO, socket or device is taken too, to be reported as what it is.
                    found.targets.push(Target {
                        display: display(e.path()),
                        path: e.into_path(),
                        origin: if ft.is_file() {
                            Origin::WalkedFile
                        } else {
                            Origin::WalkedOther
                        },
                    });
                }
            }
            Err(err) => {
                let display = err.path().map(display).unwrap_or_else(|| display_of(root));
                let message = err
                    .io_error()
                    .map(|io| io.to_string())
                    .unwrap_or_else(|| err.to_string());
                found.problems.push(WalkProblem { display, message });
            }
        }
    }
}

/// Whether the file name of `path` ends in `.guideline` after at least one other character (as
/// `Path::extension` says, without taking the name out of the path; a name of only
/// `.guideline` is hidden, and hidden names are not walked into).
fn has_extension(path: &Path) -> bool {
    let bytes = path.as_os_str().as_encoded_bytes();
    let suffix = const { EXTENSION.len() + 1 };
    bytes.len() > suffix
        && bytes.ends_with(EXTENSION.as_bytes())
        && bytes[bytes.len() - suffix] == b'.'
        && !std::path::is_separator(char::from(bytes[bytes.len() - suffix - 1]))
}

/// Hidden entries, `target` and `node_modules` are not walked into.
fn skipped_name(name: &std::ffi::OsStr) -> bool {
    let name = name.to_string_lossy();
    name.starts_with('.') || name == "target" || name == "node_modules"
}

fn display_of(path: &Path) -> String {
    display(path)
}

/// A path as shown in reports: as given, with `/` separators, without a leading `./` added by
/// joining (a path given as `./x` stays `./x`).
pub fn display(path: &Path) -> String {
    let text = path.to_string_lossy();
    if cfg!(windows) {
        text.replace('\\', "/")
    } else {
        text.into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn touch(path: &Path) {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, "guideline \"x\" {}").unwrap();
    }

    #[test]
    fn walks_sorted_and_skips_what_it_should() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for p in [
            "b.guideline",
            "a.guideline",
            "notes.txt",
            "sub/c.guideline",
            ".hidden/d.guideline",
            ".e.guideline",
            "target/e.guideline",
            "node_modules/f.guideline",
            "deep/er/g.guideline",
            "a/x.guideline",
            "a.b.guideline",
            "b.guideline.txt",
            // Skipped below the top level too (those directories are walked on their own).
            "sub/.hidden/h.guideline",
            "sub/node_modules/n.guideline",
            "deep/target/t.guideline",
            "deep/er/.i.guideline",
        ] {
            touch(&root.join(p));
        }
        let found = discover(&[root.to_path_buf()], &NoExclude);
        let names: Vec<String> = found
            .targets
            .iter()
            .map(|t| {
                t.path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        assert_eq!(
            names,
            [
                "a.b.guideline",
                "a.guideline",
                "a/x.guideline",
                "b.guideline",
                "deep/er/g.guideline",
                "sub/c.guideline"
            ]
        );
        assert!(found.problems.is_empty());
    }

    /// `has_extension` says what `Path::extension` says for every non-hidden name.
    #[test]
    fn the_extension_is_read_as_path_does() {
        for name in [
            "a.guideline",
            "a.b.guideline",
            "guideline",
            "aguideline",
            "a.guidelines",
            "a.Guideline",
            "a..guideline",
            "a.guideline.txt",
            "x/a.guideline",
            "x/.guideline",
            "x.y/guideline",
            "x./guideline",
            "ä.guideline",
        ] {
            let path = Path::new(name);
            let want = path.extension().is_some_and(|x| x == EXTENSION);
            assert_eq!(has_extension(path), want, "{name}");
        }
    }

    #[test]
    fn explicit_files_are_always_checked() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join(".hidden.txt");
        touch(&file);
        let found = discover(std::slice::from_ref(&file), &NoExclude);
        assert_eq!(found.targets.len(), 1);
        assert_eq!(found.targets[0].path, file);
        assert_eq!(found.targets[0].origin, Origin::Named);
    }

    /// A FIFO (as any file that is not a regular one) found by the walk is taken, to be reported
    /// as what it is without being opened, never read as a walked regular file.
    #[cfg(unix)]
    #[test]
    fn a_fifo_found_by_the_walk_is_taken_but_not_as_a_regular_file() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        touch(&root.join("a.guideline"));
        fs::create_dir(root.join("sub")).unwrap();
        for fifo in ["pipe.guideline", "sub/pipe.guideline", "pipe.txt"] {
            let made = std::process::Command::new("mkfifo")
                .arg(root.join(fifo))
                .status()
                .unwrap();
            assert!(made.success());
        }
        let found = discover(&[root.to_path_buf()], &NoExclude);
        let taken: Vec<(String, Origin)> = found
            .targets
            .iter()
            .map(|t| {
                let name = t.path.strip_prefix(root).unwrap().to_string_lossy();
                (name.into_owned(), t.origin)
            })
            .collect();
        assert_eq!(
            taken,
            [
                ("a.guideline".to_owned(), Origin::WalkedFile),
                ("pipe.guideline".to_owned(), Origin::WalkedOther),
                ("sub/pipe.guideline".to_owned(), Origin::WalkedOther),
            ]
        );
    }

    /// Excludes the paths that are one of `names` relative to `base` (a stand-in for the
    /// config's globs, which are tested with the config).
    struct Names {
        base: PathBuf,
        names: &'static [&'static str],
    }

    impl Exclude for Names {
        fn excludes(&self, path: &Path, _: bool) -> bool {
            path.strip_prefix(&self.base)
                .is_ok_and(|rel| self.names.iter().any(|n| Path::new(n) == rel))
        }
    }

    #[test]
    fn a_named_path_is_force_excluded_by_itself_or_a_directory_it_is_in() {
        let base = std::env::current_dir().unwrap();
        let exclude = Names {
            base: base.clone(),
            names: &["archive", "drafts/old.guideline"],
        };
        for (path, want) in [
            ("archive", true),
            ("archive/x.guideline", true),
            ("./archive/deep/er/x.guideline", true),
            ("drafts/old.guideline", true),
            ("drafts/../drafts/old.guideline", true),
            ("drafts/new.guideline", false),
            ("archive.guideline", false),
            ("other/../archive/x.guideline", true),
            ("archive/../x.guideline", false),
        ] {
            assert_eq!(force_excluded(Path::new(path), &exclude), want, "{path}");
        }
        assert!(force_excluded(&base.join("archive/x.guideline"), &exclude));
        assert!(!force_excluded(Path::new("archive"), &NoExclude));
    }

    #[cfg(unix)]
    #[test]
    fn symbolic_links_are_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        touch(&root.join("real/a.guideline"));
        std::os::unix::fs::symlink(root.join("real"), root.join("link")).unwrap();
        std::os::unix::fs::symlink(root, root.join("real/loop")).unwrap();
        std::os::unix::fs::symlink(root.join("real/a.guideline"), root.join("b.guideline"))
            .unwrap();
        let found = discover(&[root.to_path_buf()], &NoExclude);
        assert_eq!(found.targets.len(), 1);
        assert!(found.problems.is_empty());
    }
}
