//! Arbitrary bytes through the parser: valid UTF-8 as it is, anything else lossily converted.
//! Must never panic; an error's span must lie on character boundaries inside the input; and the
//! fast parser must build pest's tree wherever pest accepts the input and give up wherever pest
//! rejects it (`src/syntax/fast.rs`).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data);
    if let Some(difference) = guidelint::syntax::parsers_disagree(&source) {
        panic!("the parsers disagree: {difference}");
    }
    match guidelint::syntax::parse(&source) {
        Ok(tree) => {
            assert!(tree.span.end <= source.len());
        }
        Err(error) => {
            let span = error.span;
            assert!(
                span.start <= span.end && span.end <= source.len(),
                "{span:?}"
            );
            assert!(source.is_char_boundary(span.start) && source.is_char_boundary(span.end));
        }
    }
});
