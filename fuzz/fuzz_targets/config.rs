//! Arbitrary bytes as a `.guidelint.yaml`: an error or a configuration, never a panic or a hang.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let here = Path::new("/fuzz");
    if let Ok(config) = guidelint::Config::from_yaml(".guidelint.yaml", text, here, here) {
        // A configuration that loads is usable: lint a small guideline with it.
        let source = "guideline \"g\" {\n  owner hr\n  rule \"r\" { forbid employees to post about company-topics on facebook }\n}\n";
        let _ = guidelint::check_source("g.guideline", source, &config);
    }
});
