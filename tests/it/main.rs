//! Integration tests: they run the real `guidelint` binary (one test binary, modules per topic).

mod formats;
