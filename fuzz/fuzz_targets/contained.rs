//! The invariant of every unpacking target: tenant bytes land beneath their root and
//! nowhere else, with no set-ID bit and no device.

use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::{Path, PathBuf};

/// A scratch directory with a sentinel file beside the root that must never change.
pub struct Scratch {
    base: tempfile::TempDir,
}

const SENTINEL: &[u8] = b"the host's own file";

impl Scratch {
    pub fn new() -> Scratch {
        let base = tempfile::tempdir().expect("a scratch directory");
        std::fs::write(base.path().join("outside"), SENTINEL).expect("the sentinel");
        Scratch { base }
    }

    /// Where tenant bytes go (not created).
    pub fn root(&self) -> PathBuf {
        self.base.path().join("root")
    }

    /// Checks that the scratch directory holds only the sentinel (unchanged) and the
    /// root, and that nothing beneath the root is set-ID or a device.
    pub fn check(&self) {
        let mut names: Vec<String> = std::fs::read_dir(self.base.path())
            .expect("the scratch directory")
            .map(|e| e.expect("an entry").file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names.retain(|n| n != "root");
        assert_eq!(names, ["outside"], "something was written beside the root");
        assert_eq!(std::fs::read(self.base.path().join("outside")).expect("the sentinel"), SENTINEL);
        check_tree(&self.root());
    }
}

fn check_tree(dir: &Path) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries {
        let entry = entry.expect("an entry");
        let meta = std::fs::symlink_metadata(entry.path()).expect("metadata");
        let kind = meta.file_type();
        assert!(
            !(kind.is_block_device() || kind.is_char_device() || kind.is_fifo() || kind.is_socket()),
            "{} is a special file",
            entry.path().display()
        );
        if !kind.is_symlink() {
            assert_eq!(meta.permissions().mode() & 0o6000, 0, "{} is set-ID", entry.path().display());
        }
        if kind.is_dir() {
            check_tree(&entry.path());
        }
    }
}
