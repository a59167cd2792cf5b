//! Image tarballs as uploaded (`docker save` or an OCI layout, gzipped or not): any
//! bytes are imported into a fresh image store, and an imported image's root filesystem
//! is built; nothing lands outside the store.
#![no_main]

#[path = "contained.rs"]
mod contained;

use ignite_core::runtime::BuildLog;
use ignite_runtime::image::store::ImageStore;
use libfuzzer_sys::fuzz_target;

struct Quiet;
impl BuildLog for Quiet {
    fn write(&self, _: &[u8]) {}
}

fuzz_target!(|data: &[u8]| {
    let scratch = contained::Scratch::new();
    let store = ImageStore::new(scratch.root()).expect("the store");
    if let Ok(image) = store.import_archive(data, &Quiet) {
        let _ = store.rootfs(&image);
    }
    scratch.check();
});
