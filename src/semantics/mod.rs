//! Semantics: vocabulary resolution and the understood model (SPEC §3).

pub mod model;
pub mod vocab;

pub use model::{understand, Effect, Model, Statement, UnknownTerm};
pub use vocab::{Category, Vocabulary};
