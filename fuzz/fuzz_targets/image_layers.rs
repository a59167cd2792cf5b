//! Image layers applied in order, as an image's root filesystem is built: each layer's
//! whiteouts, then its entries. Layers are tarballs made from arbitrary entries (names
//! with `..`, absolute names, links out, whiteouts of links, devices, set-ID modes);
//! nothing lands outside the root.
#![no_main]

#[path = "contained.rs"]
mod contained;

use ignite_runtime::archive::{Limits, TarOptions, apply_whiteouts, unpack_tar};
use ignite_runtime::confined::Root;
use libfuzzer_sys::{arbitrary, fuzz_target};

#[derive(Debug, arbitrary::Arbitrary)]
enum Kind {
    File,
    Dir,
    Symlink,
    Hardlink,
    CharDevice,
    Fifo,
}

#[derive(Debug, arbitrary::Arbitrary)]
struct Entry {
    name: Vec<u8>,
    kind: Kind,
    link: Vec<u8>,
    mode: u32,
    data: Vec<u8>,
}

/// A tar of `entries`, names written raw into the header (no checks of the tar crate).
fn layer(entries: &[Entry]) -> Vec<u8> {
    let mut out = Vec::new();
    for e in entries {
        let mut header = tar::Header::new_gnu();
        let name = &e.name[..e.name.len().min(99)];
        header.as_old_mut().name[..name.len()].copy_from_slice(name);
        let link = &e.link[..e.link.len().min(99)];
        header.as_old_mut().linkname[..link.len()].copy_from_slice(link);
        header.set_mode(e.mode);
        header.set_entry_type(match e.kind {
            Kind::File => tar::EntryType::Regular,
            Kind::Dir => tar::EntryType::Directory,
            Kind::Symlink => tar::EntryType::Symlink,
            Kind::Hardlink => tar::EntryType::Link,
            Kind::CharDevice => tar::EntryType::Char,
            Kind::Fifo => tar::EntryType::Fifo,
        });
        let data: &[u8] = if matches!(e.kind, Kind::File) { &e.data } else { &[] };
        header.set_size(data.len() as u64);
        header.set_cksum();
        out.extend_from_slice(header.as_bytes());
        out.extend_from_slice(data);
        out.resize(out.len().div_ceil(512) * 512, 0);
    }
    out.resize(out.len() + 1024, 0);
    out
}

fuzz_target!(|layers: Vec<Vec<Entry>>| {
    let scratch = contained::Scratch::new();
    let root = Root::create(&scratch.root()).expect("the root");
    for entries in layers.iter().take(4) {
        let bytes = layer(entries);
        if apply_whiteouts(&bytes[..], &root, Limits::IMAGE).is_err() {
            continue;
        }
        let _ = unpack_tar(&bytes[..], &root, &TarOptions::layer());
    }
    scratch.check();
});
