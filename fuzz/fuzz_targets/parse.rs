//! Arbitrary bytes through the parser: valid UTF-8 as it is, anything else lossily converted.
//! Must never panic; an error's span must lie on character boundaries inside the input.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let source = String::from_utf8_lossy(data);
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
