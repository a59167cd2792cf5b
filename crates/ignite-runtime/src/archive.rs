//! Archives from tenants, unpacked by the server beneath a [`Root`]: uploaded code (a
//! single file, a `.tar.gz` / `.tar` or a `.zip`, detected from its first bytes), image
//! layers (with OCI whiteouts) and image archives (OCI layouts, `docker save`).
//!
//! Every entry goes through [`crate::confined`]: a name with `..` or an absolute name is
//! an error, nothing is written through a symbolic link, hard links stay beneath the
//! root, devices and FIFOs are never created, set-ID bits are dropped. Archives are read
//! as streams (a gzip is never inflated into memory) and bounded: [`Limits`] caps the
//! bytes written and the number of entries, so a small bomb stops with an error naming
//! the limit instead of filling the disk.

use std::io::{self, Cursor, Read};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use ignite_core::runtime::RuntimeError;

pub use crate::confined::stays_inside;
use crate::confined::{Owner, Root, relative};

/// How much one archive may expand to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Bytes of file contents written, in all.
    pub max_bytes: u64,
    /// Entries read (files, directories, links, skipped ones too).
    pub max_entries: u64,
}

impl Limits {
    /// Uploaded code: 512 MiB and 100,000 entries.
    pub const CODE: Limits = Limits { max_bytes: 512 << 20, max_entries: 100_000 };
    /// One image layer or image archive: 16 GiB and a million entries.
    pub const IMAGE: Limits = Limits { max_bytes: 16 << 30, max_entries: 1_000_000 };
}

/// What a tar stream may create.
#[derive(Debug, Clone)]
pub struct TarOptions {
    /// Symbolic and hard links are created (image layers and archives); otherwise they
    /// are skipped, like devices (code has no use for them).
    pub links: bool,
    /// `.wh.` entries are skipped here ([`apply_whiteouts`] applies them first).
    pub whiteouts: bool,
    /// Files keep the archive's modification times; otherwise they are dated now (a build
    /// tool with a shared cache, like cargo, would take an old date for a file it built).
    pub keep_mtime: bool,
    pub limits: Limits,
    /// Everything created belongs to this user (a build that runs as another user).
    pub owner: Option<Owner>,
}

impl TarOptions {
    pub fn code() -> TarOptions {
        TarOptions { links: false, whiteouts: false, keep_mtime: false, limits: Limits::CODE, owner: None }
    }

    pub fn image() -> TarOptions {
        TarOptions { links: true, whiteouts: false, keep_mtime: true, limits: Limits::IMAGE, owner: None }
    }

    pub fn layer() -> TarOptions {
        TarOptions { whiteouts: true, ..TarOptions::image() }
    }
}

fn invalid(message: impl std::fmt::Display) -> RuntimeError {
    RuntimeError::InvalidArtifact(message.to_string())
}

/// An error unpacking: a refused entry or a limit is the tenant's (invalid artifact),
/// anything else is ours.
fn unpack_error(e: io::Error) -> RuntimeError {
    match e.kind() {
        io::ErrorKind::InvalidInput | io::ErrorKind::InvalidData | io::ErrorKind::FileTooLarge => invalid(e),
        _ => RuntimeError::Io(e.to_string()),
    }
}

/// How uploaded code is packed, told by its first bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Packing {
    TarGz,
    Zip,
    Tar,
    /// Not an archive: the bytes are one file.
    SingleFile,
}

impl Packing {
    pub fn of(source: &[u8]) -> Packing {
        if source.starts_with(&[0x1f, 0x8b]) {
            Packing::TarGz
        } else if source.starts_with(b"PK\x03\x04") || source.starts_with(b"PK\x05\x06") {
            Packing::Zip
        } else if source.len() > 262 && &source[257..262] == b"ustar" {
            Packing::Tar
        } else {
            Packing::SingleFile
        }
    }
}

/// Writes uploaded code `source` into the directory `dir` (created; it should be empty).
/// A source that is not an archive becomes the file `single_file_name`.
pub fn unpack(source: &[u8], dir: &Path, single_file_name: &str) -> Result<(), RuntimeError> {
    unpack_code(source, dir, single_file_name, None)
}

/// [`unpack`], with everything owned by `owner`.
pub fn unpack_code(
    source: &[u8],
    dir: &Path,
    single_file_name: &str,
    owner: Option<Owner>,
) -> Result<(), RuntimeError> {
    let root = Root::create(dir)?.with_owner(owner);
    let options = TarOptions { owner, ..TarOptions::code() };
    match Packing::of(source) {
        Packing::TarGz => unpack_tar(flate2::read::GzDecoder::new(source), &root, &options).map_err(unpack_error),
        Packing::Zip => unpack_zip(source, &root, &options),
        Packing::Tar => unpack_tar(source, &root, &options).map_err(unpack_error),
        Packing::SingleFile => root
            .write_file(Path::new(single_file_name), 0o644, &mut &source[..], options.limits.max_bytes)
            .map(drop)
            .map_err(unpack_error),
    }
}

/// Counts entries and bytes against the limits.
struct Budget {
    limits: Limits,
    entries: u64,
    bytes: u64,
}

impl Budget {
    fn new(limits: Limits) -> Budget {
        Budget { limits, entries: 0, bytes: 0 }
    }

    fn entry(&mut self) -> io::Result<()> {
        self.entries += 1;
        if self.entries > self.limits.max_entries {
            return Err(io::Error::new(
                io::ErrorKind::FileTooLarge,
                format!("the archive has more than {} entries", self.limits.max_entries),
            ));
        }
        Ok(())
    }

    /// Bytes one more file may hold.
    fn remaining(&self) -> u64 {
        self.limits.max_bytes - self.bytes
    }

    fn wrote(&mut self, n: u64) {
        self.bytes += n;
    }

    fn exceeded(&self) -> io::Error {
        io::Error::new(
            io::ErrorKind::FileTooLarge,
            format!("the archive expands past the limit of {} bytes", self.limits.max_bytes),
        )
    }
}

/// The whiteout an entry is, if it is one: `Some((dir, None))` for an opaque whiteout
/// of `dir`, `Some((dir, Some(name)))` to remove `dir/name`.
fn whiteout_of(name: &Path) -> Option<(PathBuf, Option<PathBuf>)> {
    let file = name.file_name()?.to_str()?;
    let hidden = file.strip_prefix(".wh.")?;
    let dir = name.parent().unwrap_or(Path::new("")).to_path_buf();
    if hidden == ".wh..opq" { Some((dir, None)) } else { Some((dir, Some(PathBuf::from(hidden)))) }
}

/// Applies the whiteouts of a layer (read from `reader`) to the layers below, in
/// `root`: `.wh.<name>` removes `name`, `.wh..wh..opq` empties its directory. Run it
/// before [`unpack_tar`] of the same layer, which skips them.
pub fn apply_whiteouts(reader: impl Read, root: &Root, limits: Limits) -> io::Result<()> {
    let mut budget = Budget::new(limits);
    let mut archive = tar::Archive::new(reader);
    for entry in archive.entries()? {
        let entry = entry?;
        budget.entry()?;
        let name = relative(&entry.path()?)?;
        let Some((dir, hidden)) = whiteout_of(&name) else { continue };
        match hidden {
            None => root.empty_dir(&dir)?,
            Some(hidden) => root.remove(&dir.join(relative(&hidden)?))?,
        }
    }
    Ok(())
}

/// Unpacks a tar stream beneath `root`; see [`TarOptions`].
pub fn unpack_tar(reader: impl Read, root: &Root, options: &TarOptions) -> io::Result<()> {
    let mut budget = Budget::new(options.limits);
    let mut archive = tar::Archive::new(reader);
    let mut dir_modes: Vec<(PathBuf, u32)> = Vec::new();
    for entry in archive.entries()? {
        let mut entry = entry?;
        budget.entry()?;
        let name = relative(&entry.path()?)?;
        if name.as_os_str().is_empty() {
            continue; // the archive's own root (`./`)
        }
        if options.whiteouts && whiteout_of(&name).is_some() {
            continue;
        }
        let header = entry.header();
        let kind = header.entry_type();
        let mode = header.mode().unwrap_or(0o644);
        let mtime = header.mtime().ok();
        if kind.is_dir() {
            root.make_dir(&name)?;
            dir_modes.push((name, mode));
        } else if kind.is_file() || kind == tar::EntryType::Continuous || kind == tar::EntryType::GNUSparse {
            let (file, written) = root
                .write_file(&name, mode, &mut entry, budget.remaining())
                .map_err(|e| if e.kind() == io::ErrorKind::FileTooLarge { budget.exceeded() } else { e })?;
            budget.wrote(written);
            if options.keep_mtime
                && let Some(mtime) = mtime
            {
                file.set_modified(SystemTime::UNIX_EPOCH + Duration::from_secs(mtime))?;
            }
        } else if kind.is_symlink() && options.links {
            let target = entry.link_name()?.ok_or_else(|| invalid_entry(&name, "a symbolic link without a target"))?;
            root.symlink(&target, &name)?;
        } else if kind.is_hard_link() && options.links {
            let target = entry.link_name()?.ok_or_else(|| invalid_entry(&name, "a hard link without a target"))?;
            root.hard_link(&target, &name)?;
        }
        // Anything else (devices, FIFOs, links where none are wanted) is never created.
    }
    // Directory modes last: a read-only directory must not stop its own entries.
    for (name, mode) in dir_modes.iter().rev() {
        root.set_dir_mode(name, *mode | 0o700)?;
    }
    Ok(())
}

fn invalid_entry(name: &Path, why: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, format!("{}: {why}", name.display()))
}

fn unpack_zip(bytes: &[u8], root: &Root, options: &TarOptions) -> Result<(), RuntimeError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| invalid(format!("zip: {e}")))?;
    let mut budget = Budget::new(options.limits);
    for i in 0..archive.len() {
        budget.entry().map_err(unpack_error)?;
        let mut file = archive.by_index(i).map_err(|e| invalid(format!("zip: {e}")))?;
        let name = relative(Path::new(file.name())).map_err(unpack_error)?;
        if name.as_os_str().is_empty() {
            continue;
        }
        if file.is_dir() {
            root.make_dir(&name).map_err(unpack_error)?;
        } else if file.is_file() && !file.is_symlink() {
            let mode = file.unix_mode().unwrap_or(0o644);
            let (_, written) = root
                .write_file(&name, mode, &mut file, budget.remaining())
                .map_err(|e| if e.kind() == io::ErrorKind::FileTooLarge { budget.exceeded() } else { e })
                .map_err(unpack_error)?;
            budget.wrote(written);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::fs;

    use super::*;

    fn tar_gz(entries: &[(&str, &[u8])]) -> Vec<u8> {
        let mut builder = tar::Builder::new(flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast()));
        for (name, data) in entries {
            let mut header = tar::Header::new_gnu();
            header.set_size(data.len() as u64);
            header.set_mode(0o644);
            header.set_cksum();
            builder.append_data(&mut header, name, *data).unwrap();
        }
        builder.into_inner().unwrap().finish().unwrap()
    }

    /// A tar entry whose name is written into the header raw (the builder refuses `..`
    /// and absolute names itself).
    fn raw_entry(builder: &mut tar::Builder<Vec<u8>>, name: &str, kind: tar::EntryType, link: &str, data: &[u8]) {
        let mut header = tar::Header::new_gnu();
        header.set_entry_type(kind);
        header.set_size(data.len() as u64);
        header.set_mode(0o644);
        header.as_gnu_mut().unwrap().name[..name.len()].copy_from_slice(name.as_bytes());
        if !link.is_empty() {
            header.as_gnu_mut().unwrap().linkname[..link.len()].copy_from_slice(link.as_bytes());
        }
        header.set_cksum();
        builder.append(&header, data).unwrap();
    }

    #[test]
    fn single_files_tarballs_and_zips() {
        let dir = tempfile::tempdir().unwrap();
        unpack(b"def handler(p, c): return p\n", &dir.path().join("a"), "handler.py").unwrap();
        assert!(dir.path().join("a/handler.py").exists());

        let tgz = tar_gz(&[("handler.py", b"x"), ("lib/util.py", b"y")]);
        unpack(&tgz, &dir.path().join("b"), "handler.py").unwrap();
        assert_eq!(fs::read(dir.path().join("b/lib/util.py")).unwrap(), b"y");

        let mut zip_bytes = Vec::new();
        {
            let mut w = zip::ZipWriter::new(Cursor::new(&mut zip_bytes));
            w.start_file("handler.py", zip::write::SimpleFileOptions::default()).unwrap();
            io::Write::write_all(&mut w, b"z").unwrap();
            w.finish().unwrap();
        }
        unpack(&zip_bytes, &dir.path().join("c"), "handler.py").unwrap();
        assert_eq!(fs::read(dir.path().join("c/handler.py")).unwrap(), b"z");
    }

    #[test]
    fn entries_outside_the_target_are_refused() {
        for name in ["../evil.x", "/tmp/evil.x", "a/../../evil.x"] {
            let dir = tempfile::tempdir().unwrap();
            let mut builder = tar::Builder::new(Vec::new());
            raw_entry(&mut builder, name, tar::EntryType::Regular, "", b"e");
            let err = unpack(&builder.into_inner().unwrap(), &dir.path().join("t"), "f").unwrap_err();
            assert!(matches!(err, RuntimeError::InvalidArtifact(_)), "{name}: {err}");
            assert!(err.to_string().contains("is refused"), "{name}: {err}");
            assert!(!dir.path().join("evil.x").exists());
        }
    }

    #[test]
    fn a_link_planted_by_one_entry_never_redirects_another() {
        let dir = tempfile::tempdir().unwrap();
        let outside = dir.path().join("outside");
        fs::create_dir(&outside).unwrap();
        let mut builder = tar::Builder::new(Vec::new());
        raw_entry(&mut builder, "escape", tar::EntryType::Symlink, outside.to_str().unwrap(), b"");
        raw_entry(&mut builder, "escape/owned", tar::EntryType::Regular, "", b"evil");
        let root = Root::create(&dir.path().join("root")).unwrap();
        let err = unpack_tar(Cursor::new(builder.into_inner().unwrap()), &root, &TarOptions::image()).unwrap_err();
        assert!(err.to_string().contains("symbolic link"), "{err}");
        assert!(!outside.join("owned").exists());
    }

    #[test]
    fn whiteouts_remove_only_beneath_the_root() {
        let dir = tempfile::tempdir().unwrap();
        let sentinel = dir.path().join("sentinel");
        fs::write(&sentinel, b"host").unwrap();
        let root = Root::create(&dir.path().join("root")).unwrap();
        let mut lower = tar::Builder::new(Vec::new());
        raw_entry(&mut lower, "up", tar::EntryType::Symlink, dir.path().to_str().unwrap(), b"");
        raw_entry(&mut lower, "etc/keep", tar::EntryType::Regular, "", b"k");
        raw_entry(&mut lower, "etc/gone", tar::EntryType::Regular, "", b"g");
        unpack_tar(Cursor::new(lower.into_inner().unwrap()), &root, &TarOptions::layer()).unwrap();

        let mut upper = tar::Builder::new(Vec::new());
        raw_entry(&mut upper, "etc/.wh.gone", tar::EntryType::Regular, "", b"");
        let upper = upper.into_inner().unwrap();
        apply_whiteouts(Cursor::new(&upper), &root, Limits::IMAGE).unwrap();
        unpack_tar(Cursor::new(&upper), &root, &TarOptions::layer()).unwrap();
        assert!(dir.path().join("root/etc/keep").exists());
        assert!(!dir.path().join("root/etc/gone").exists());
        assert!(!dir.path().join("root/etc/.wh.gone").exists());

        for attack in ["up/.wh.sentinel", "/.wh.sentinel", "../.wh.sentinel"] {
            let mut layer = tar::Builder::new(Vec::new());
            raw_entry(&mut layer, attack, tar::EntryType::Regular, "", b"");
            let err = apply_whiteouts(Cursor::new(layer.into_inner().unwrap()), &root, Limits::IMAGE).unwrap_err();
            assert!(err.kind() == io::ErrorKind::InvalidInput, "{attack}: {err}");
            assert_eq!(fs::read(&sentinel).unwrap(), b"host", "{attack}");
        }
    }

    #[test]
    fn bombs_stop_at_the_limits() {
        let dir = tempfile::tempdir().unwrap();
        let zeros = vec![0u8; 1 << 20];
        let tgz = tar_gz(&[("a", &zeros), ("b", &zeros)]);
        let root = Root::create(&dir.path().join("r")).unwrap();
        let small = TarOptions { limits: Limits { max_bytes: (1 << 20) + 10, max_entries: 10 }, ..TarOptions::code() };
        let err = unpack_tar(flate2::read::GzDecoder::new(&tgz[..]), &root, &small).unwrap_err();
        assert!(err.to_string().contains("expands past the limit"), "{err}");
        let few = TarOptions { limits: Limits { max_bytes: 1 << 30, max_entries: 1 }, ..TarOptions::code() };
        let err = unpack_tar(flate2::read::GzDecoder::new(&tgz[..]), &root, &few).unwrap_err();
        assert!(err.to_string().contains("more than 1 entries"), "{err}");
    }

    #[test]
    fn devices_are_never_created_and_set_id_bits_are_dropped() {
        let dir = tempfile::tempdir().unwrap();
        let mut builder = tar::Builder::new(Vec::new());
        raw_entry(&mut builder, "dev/sda", tar::EntryType::Block, "", b"");
        raw_entry(&mut builder, "fifo", tar::EntryType::Fifo, "", b"");
        let mut header = tar::Header::new_gnu();
        header.set_size(1);
        header.set_mode(0o4755);
        header.set_cksum();
        builder.append_data(&mut header, "bin/suid", &b"x"[..]).unwrap();
        let root = Root::create(&dir.path().join("r")).unwrap();
        unpack_tar(Cursor::new(builder.into_inner().unwrap()), &root, &TarOptions::image()).unwrap();
        assert!(!dir.path().join("r/dev/sda").exists());
        assert!(!dir.path().join("r/fifo").exists());
        let mode = std::os::unix::fs::PermissionsExt::mode(
            &fs::metadata(dir.path().join("r/bin/suid")).unwrap().permissions(),
        );
        assert_eq!(mode & 0o7777, 0o755);
    }
}
