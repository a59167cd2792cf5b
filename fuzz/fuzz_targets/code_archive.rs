//! Uploaded code: any bytes (a .tar.gz, a .zip, a tar or a single file) unpacked
//! beneath a fresh directory; whatever the archive says, nothing lands outside it.
#![no_main]

#[path = "contained.rs"]
mod contained;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let scratch = contained::Scratch::new();
    let _ = ignite_runtime::archive::unpack(data, &scratch.root(), "main.py");
    scratch.check();
});
