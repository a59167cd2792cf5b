//! Tenant files handled by the server itself, beneath a directory it owns.
//!
//! A [`Root`] is an open directory; every path given to it is relative and resolved by
//! the kernel (`openat2`), never by string joining:
//! - what **writes** (creating, replacing, removing, linking) resolves with
//!   `RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS`: a symbolic link anywhere on the way is an
//!   error, so a link planted by one entry can never redirect a later one, and nothing
//!   lands outside the root;
//! - what **reads** resolves with `RESOLVE_IN_ROOT`: links are followed as a chroot
//!   would follow them (`/etc/passwd` or `../../x` in a link means a file under the
//!   root), and only regular files are read, so a link to `/dev/zero` or a FIFO never
//!   feeds the server.
//!
//! Names with `..`, absolute names and empty names are refused before the kernel sees
//! them ([`relative`]). Files are created with `O_EXCL | O_NOFOLLOW` after whatever held
//! the name was removed (the link itself, never its target); set-user-ID, set-group-ID
//! bits are dropped.
//!
//! Architecture invariant: tenant-supplied paths reach the filesystem only through this
//! module (or inside a sandbox); no `Path::join` of a tenant's name is ever opened.

use std::ffi::OsStr;
use std::fs::File;
use std::io::{self, Read, Write};
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::os::unix::ffi::OsStrExt;
use std::path::{Component, Path, PathBuf};

use rustix::fs::{AtFlags, FileType, Mode, OFlags, ResolveFlags};

/// Permission bits a tenant may set (no set-user-ID or set-group-ID).
pub const MODE_MASK: u32 = 0o1777;

fn refused(name: &Path, why: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, format!("{}: {why}", name.display()))
}

/// `name` as a clean relative path (`.` components dropped), or an error naming it when
/// it is empty, absolute, or has a `..`.
pub fn relative(name: &Path) -> io::Result<PathBuf> {
    let mut clean = PathBuf::new();
    for component in name.components() {
        match component {
            Component::Normal(part) => clean.push(part),
            Component::CurDir => {}
            Component::ParentDir => return Err(refused(name, "a path with `..` is refused")),
            Component::RootDir | Component::Prefix(_) => return Err(refused(name, "an absolute path is refused")),
        }
    }
    Ok(clean)
}

/// Whether `name` is relative and stays below the directory it is joined to.
pub fn stays_inside(name: &Path) -> bool {
    relative(name).is_ok()
}

const WRITE_RESOLVE: ResolveFlags =
    ResolveFlags::BENEATH.union(ResolveFlags::NO_SYMLINKS).union(ResolveFlags::NO_MAGICLINKS);
const READ_RESOLVE: ResolveFlags = ResolveFlags::IN_ROOT.union(ResolveFlags::NO_MAGICLINKS);

fn io_err(e: rustix::io::Errno) -> io::Error {
    io::Error::from(e)
}

/// An error of the kernel's resolution, said in terms of the tenant's path.
fn resolve_err(name: &Path, e: rustix::io::Errno) -> io::Error {
    match e {
        rustix::io::Errno::LOOP => refused(name, "the path passes through a symbolic link"),
        rustix::io::Errno::NOTDIR => refused(name, "a part of the path is not a directory (or is a symbolic link)"),
        rustix::io::Errno::XDEV => refused(name, "the path leaves the directory"),
        other => io::Error::new(io_err(other).kind(), format!("{}: {other}", name.display())),
    }
}

/// Owner given to everything a [`Root`] creates (builds that run as another user).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Owner {
    pub uid: u32,
    pub gid: u32,
}

/// A directory whose contents are handled without ever leaving it.
#[derive(Debug)]
pub struct Root {
    fd: OwnedFd,
    path: PathBuf,
    owner: Option<Owner>,
}

impl Root {
    /// Opens `path` (a directory of the server's, trusted) as a root.
    pub fn open(path: &Path) -> io::Result<Root> {
        let fd = rustix::fs::open(path, OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC, Mode::empty())
            .map_err(|e| io::Error::new(io_err(e).kind(), format!("{}: {e}", path.display())))?;
        Ok(Root { fd, path: path.to_path_buf(), owner: None })
    }

    /// Creates `path` (and its parents) if needed, then opens it.
    pub fn create(path: &Path) -> io::Result<Root> {
        std::fs::create_dir_all(path)?;
        Root::open(path)
    }

    /// Everything created from here on belongs to `owner`.
    pub fn with_owner(mut self, owner: Option<Owner>) -> Root {
        self.owner = owner;
        self
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    fn chown(&self, fd: BorrowedFd<'_>) -> io::Result<()> {
        if let Some(o) = self.owner {
            rustix::fs::fchown(fd, Some(rustix::fs::Uid::from_raw(o.uid)), Some(rustix::fs::Gid::from_raw(o.gid)))
                .map_err(io_err)?;
        }
        Ok(())
    }

    /// The directory `rel` (already clean), opened for `*at` calls; never through a link.
    fn dir(&self, rel: &Path) -> Result<OwnedFd, rustix::io::Errno> {
        let rel: &Path = if rel.as_os_str().is_empty() { Path::new(".") } else { rel };
        rustix::fs::openat2(
            &self.fd,
            rel,
            OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC | OFlags::NOFOLLOW,
            Mode::empty(),
            WRITE_RESOLVE,
        )
    }

    /// Creates the directories of `rel` (already clean) that are missing, returning the
    /// last. A component that exists as anything but a directory is an error.
    fn make_dirs(&self, rel: &Path) -> io::Result<OwnedFd> {
        let mut current = self.dir(Path::new("")).map_err(io_err)?;
        for part in rel.components() {
            let Component::Normal(part) = part else { unreachable!("clean paths hold normal parts only") };
            match rustix::fs::mkdirat(&current, part, Mode::from_raw_mode(0o755)) {
                Ok(()) => {
                    let made = rustix::fs::openat(
                        &current,
                        part,
                        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC | OFlags::NOFOLLOW,
                        Mode::empty(),
                    )
                    .map_err(|e| resolve_err(rel, e))?;
                    self.chown(made.as_fd())?;
                    current = made;
                }
                Err(rustix::io::Errno::EXIST) => {
                    current = rustix::fs::openat2(
                        &current,
                        part,
                        OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC | OFlags::NOFOLLOW,
                        Mode::empty(),
                        WRITE_RESOLVE,
                    )
                    .map_err(|e| match e {
                        rustix::io::Errno::NOTDIR | rustix::io::Errno::LOOP => {
                            refused(rel, "a part of the path is a file or a symbolic link, not a directory")
                        }
                        other => resolve_err(rel, other),
                    })?;
                }
                Err(e) => return Err(resolve_err(rel, e)),
            }
        }
        Ok(current)
    }

    /// The parent directory (created when `create`) and the last name of `rel`.
    fn parent_of<'a>(&self, rel: &'a Path, create: bool) -> io::Result<Option<(OwnedFd, &'a OsStr)>> {
        let name = rel.file_name().ok_or_else(|| refused(rel, "the path names no file"))?;
        let parent = rel.parent().unwrap_or(Path::new(""));
        if create {
            return Ok(Some((self.make_dirs(parent)?, name)));
        }
        match self.dir(parent) {
            Ok(fd) => Ok(Some((fd, name))),
            Err(rustix::io::Errno::NOENT) => Ok(None),
            Err(e) => Err(resolve_err(rel, e)),
        }
    }

    /// Removes whatever `name` is (a link itself, never its target); nothing there is fine.
    pub fn remove(&self, name: &Path) -> io::Result<()> {
        let rel = relative(name)?;
        if rel.as_os_str().is_empty() {
            return Err(refused(name, "the root itself cannot be removed"));
        }
        let Some((parent, last)) = self.parent_of(&rel, false)? else { return Ok(()) };
        remove_entry(parent.as_fd(), last).map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", name.display())))
    }

    /// Empties the directory `name` (an opaque whiteout); a missing directory is fine.
    pub fn empty_dir(&self, name: &Path) -> io::Result<()> {
        let rel = relative(name)?;
        let dir = match rustix::fs::openat2(
            &self.fd,
            if rel.as_os_str().is_empty() { Path::new(".") } else { &rel },
            OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC | OFlags::NOFOLLOW,
            Mode::empty(),
            WRITE_RESOLVE,
        ) {
            Ok(fd) => fd,
            Err(rustix::io::Errno::NOENT) => return Ok(()),
            Err(e) => return Err(resolve_err(name, e)),
        };
        for child in children(dir.as_fd())? {
            remove_entry(dir.as_fd(), OsStr::from_bytes(&child))?;
        }
        Ok(())
    }

    /// Creates the directory `name` (and its parents); an existing one is kept.
    pub fn make_dir(&self, name: &Path) -> io::Result<()> {
        let rel = relative(name)?;
        if let Some((parent, last)) = self.parent_of(&rel, true)?
            && let Ok(stat) = rustix::fs::statat(&parent, last, AtFlags::SYMLINK_NOFOLLOW)
            && FileType::from_raw_mode(stat.st_mode) != FileType::Directory
        {
            remove_entry(parent.as_fd(), last)?;
        }
        self.make_dirs(&rel).map(drop)
    }

    /// Writes `name` from `contents` (at most `max` bytes; more is an error), replacing
    /// whatever held the name. Returns the bytes written.
    pub fn write_file(&self, name: &Path, mode: u32, contents: &mut dyn Read, max: u64) -> io::Result<(File, u64)> {
        let rel = relative(name)?;
        let (parent, last) = self.parent_of(&rel, true)?.expect("created");
        remove_entry(parent.as_fd(), last)?;
        let fd = rustix::fs::openat(
            &parent,
            last,
            OFlags::WRONLY | OFlags::CREATE | OFlags::EXCL | OFlags::NOFOLLOW | OFlags::CLOEXEC,
            Mode::from_raw_mode(0o600),
        )
        .map_err(|e| resolve_err(name, e))?;
        let mut file = File::from(fd);
        let written = copy_at_most(contents, &mut file, max)
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", name.display())))?;
        self.chown(file.as_fd())?;
        rustix::fs::fchmod(&file, Mode::from_raw_mode(mode & MODE_MASK)).map_err(io_err)?;
        Ok((file, written))
    }

    /// A symbolic link `name` → `target`. The target is stored as given; it is never
    /// followed here.
    pub fn symlink(&self, target: &Path, name: &Path) -> io::Result<()> {
        let rel = relative(name)?;
        let (parent, last) = self.parent_of(&rel, true)?.expect("created");
        remove_entry(parent.as_fd(), last)?;
        rustix::fs::symlinkat(target, &parent, last).map_err(|e| resolve_err(name, e))?;
        if let Some(o) = self.owner {
            rustix::fs::chownat(
                &parent,
                last,
                Some(rustix::fs::Uid::from_raw(o.uid)),
                Some(rustix::fs::Gid::from_raw(o.gid)),
                AtFlags::SYMLINK_NOFOLLOW,
            )
            .map_err(io_err)?;
        }
        Ok(())
    }

    /// A hard link `name` to the existing file `existing`, both beneath the root.
    pub fn hard_link(&self, existing: &Path, name: &Path) -> io::Result<()> {
        let from = relative(existing)?;
        let to = relative(name)?;
        let (from_parent, from_last) =
            self.parent_of(&from, false)?.ok_or_else(|| refused(existing, "the link's target does not exist"))?;
        let stat = rustix::fs::statat(&from_parent, from_last, AtFlags::SYMLINK_NOFOLLOW)
            .map_err(|e| resolve_err(existing, e))?;
        if FileType::from_raw_mode(stat.st_mode) == FileType::Directory {
            return Err(refused(existing, "a hard link to a directory is refused"));
        }
        let (to_parent, to_last) = self.parent_of(&to, true)?.expect("created");
        if rustix::fs::statat(&to_parent, to_last, AtFlags::SYMLINK_NOFOLLOW).is_ok_and(|s| s.st_ino == stat.st_ino) {
            return Ok(());
        }
        remove_entry(to_parent.as_fd(), to_last)?;
        rustix::fs::linkat(&from_parent, from_last, &to_parent, to_last, AtFlags::empty())
            .map_err(|e| resolve_err(name, e))
    }

    /// Sets the permission bits of the directory `name` (set-ID bits dropped).
    pub fn set_dir_mode(&self, name: &Path, mode: u32) -> io::Result<()> {
        let rel = relative(name)?;
        let fd = rustix::fs::openat2(
            &self.fd,
            if rel.as_os_str().is_empty() { Path::new(".") } else { &rel },
            OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC | OFlags::NOFOLLOW,
            Mode::empty(),
            WRITE_RESOLVE,
        )
        .map_err(|e| resolve_err(name, e))?;
        rustix::fs::fchmod(&fd, Mode::from_raw_mode(mode & MODE_MASK)).map_err(io_err)
    }

    /// The path of `name` on the host, once checked to be a directory (`want_dir`) or a
    /// regular file reached without any link: a path that is safe to hand to a tool
    /// (a bind mount, a Dockerfile) that resolves it again.
    pub fn real_path(&self, name: &Path, want_dir: bool) -> io::Result<PathBuf> {
        let rel = relative(name)?;
        let target: &Path = if rel.as_os_str().is_empty() { Path::new(".") } else { &rel };
        let flags = if want_dir { OFlags::PATH | OFlags::DIRECTORY } else { OFlags::PATH };
        let fd = rustix::fs::openat2(
            &self.fd,
            target,
            flags | OFlags::CLOEXEC | OFlags::NOFOLLOW,
            Mode::empty(),
            WRITE_RESOLVE,
        )
        .map_err(|e| resolve_err(name, e))?;
        let kind = FileType::from_raw_mode(rustix::fs::fstat(&fd).map_err(io_err)?.st_mode);
        let wanted = if want_dir { FileType::Directory } else { FileType::RegularFile };
        if kind == FileType::Symlink {
            return Err(refused(name, "a symbolic link is refused"));
        }
        if kind != wanted {
            return Err(refused(name, if want_dir { "not a directory" } else { "not a regular file" }));
        }
        Ok(self.path.join(rel))
    }

    /// Opens the regular file `name` for reading, following links only within the root.
    pub fn open_file(&self, name: &Path) -> io::Result<File> {
        let rel = relative(name)?;
        let fd = rustix::fs::openat2(
            &self.fd,
            &rel,
            OFlags::RDONLY | OFlags::CLOEXEC | OFlags::NONBLOCK | OFlags::NOCTTY,
            Mode::empty(),
            READ_RESOLVE,
        )
        .map_err(|e| resolve_err(name, e))?;
        let stat = rustix::fs::fstat(&fd).map_err(io_err)?;
        if FileType::from_raw_mode(stat.st_mode) != FileType::RegularFile {
            return Err(refused(name, "not a regular file"));
        }
        Ok(File::from(fd))
    }

    /// Reads the regular file `name` (links followed only within the root), refusing one
    /// over `max` bytes.
    pub fn read(&self, name: &Path, max: u64) -> io::Result<Vec<u8>> {
        let mut file = self.open_file(name)?;
        let mut bytes = Vec::new();
        copy_at_most(&mut file, &mut bytes, max)
            .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", name.display())))?;
        Ok(bytes)
    }

    /// Whether `name` is a regular file (links followed only within the root).
    pub fn is_file(&self, name: &Path) -> bool {
        self.open_file(name).is_ok()
    }

    /// Whether `name` is a directory (links followed only within the root).
    pub fn is_dir(&self, name: &Path) -> bool {
        let Ok(rel) = relative(name) else { return false };
        let rel: &Path = if rel.as_os_str().is_empty() { Path::new(".") } else { &rel };
        rustix::fs::openat2(
            &self.fd,
            rel,
            OFlags::PATH | OFlags::DIRECTORY | OFlags::CLOEXEC,
            Mode::empty(),
            READ_RESOLVE,
        )
        .is_ok()
    }

    /// The names in the directory `name` (links followed only within the root).
    pub fn list(&self, name: &Path) -> io::Result<Vec<(PathBuf, FileType)>> {
        let rel = relative(name)?;
        let rel: &Path = if rel.as_os_str().is_empty() { Path::new(".") } else { &rel };
        let fd = rustix::fs::openat2(
            &self.fd,
            rel,
            OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
            Mode::empty(),
            READ_RESOLVE,
        )
        .map_err(|e| resolve_err(name, e))?;
        let mut names = Vec::new();
        for child in children(fd.as_fd())? {
            let child = OsStr::from_bytes(&child);
            let stat = rustix::fs::statat(&fd, child, AtFlags::SYMLINK_NOFOLLOW).map_err(io_err)?;
            names.push((PathBuf::from(child), FileType::from_raw_mode(stat.st_mode)));
        }
        names.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(names)
    }
}

/// The names in an open directory, without `.` and `..`.
fn children(dir: BorrowedFd<'_>) -> io::Result<Vec<Vec<u8>>> {
    let mut names = Vec::new();
    for entry in rustix::fs::Dir::read_from(dir).map_err(io_err)? {
        let entry = entry.map_err(io_err)?;
        let name = entry.file_name().to_bytes();
        if name != b"." && name != b".." {
            names.push(name.to_vec());
        }
    }
    Ok(names)
}

/// Removes `name` in `parent`: a file or link is unlinked, a directory removed with
/// everything below it (opened without following links at every level).
fn remove_entry(parent: BorrowedFd<'_>, name: &OsStr) -> io::Result<()> {
    let stat = match rustix::fs::statat(parent, name, AtFlags::SYMLINK_NOFOLLOW) {
        Ok(s) => s,
        Err(rustix::io::Errno::NOENT) => return Ok(()),
        Err(e) => return Err(io_err(e)),
    };
    if FileType::from_raw_mode(stat.st_mode) != FileType::Directory {
        return rustix::fs::unlinkat(parent, name, AtFlags::empty()).map_err(io_err);
    }
    let dir = rustix::fs::openat(
        parent,
        name,
        OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC | OFlags::NOFOLLOW,
        Mode::empty(),
    )
    .map_err(io_err)?;
    for child in children(dir.as_fd())? {
        remove_entry(dir.as_fd(), OsStr::from_bytes(&child))?;
    }
    rustix::fs::unlinkat(parent, name, AtFlags::REMOVEDIR).map_err(io_err)
}

/// Copies `from` into `to`, failing with `FileTooLarge` past `max` bytes.
pub fn copy_at_most(from: &mut dyn Read, to: &mut dyn Write, max: u64) -> io::Result<u64> {
    let copied = io::copy(&mut from.take(max.saturating_add(1)), to)?;
    if copied > max {
        return Err(io::Error::new(io::ErrorKind::FileTooLarge, format!("larger than the limit of {max} bytes")));
    }
    Ok(copied)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn setup() -> (tempfile::TempDir, Root) {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("root")).unwrap();
        std::fs::write(dir.path().join("sentinel"), b"host").unwrap();
        let root = Root::open(&dir.path().join("root")).unwrap();
        (dir, root)
    }

    #[test]
    fn names_that_leave_the_root_are_refused() {
        for bad in ["../sentinel", "/etc/passwd", "a/../../sentinel", "a/.."] {
            assert!(relative(Path::new(bad)).is_err(), "{bad}");
        }
        assert_eq!(relative(Path::new("./a/./b")).unwrap(), Path::new("a/b"));
        let (dir, root) = setup();
        assert!(root.remove(Path::new("../sentinel")).is_err());
        assert!(root.write_file(Path::new("/x"), 0o644, &mut &b"x"[..], 10).is_err());
        assert_eq!(std::fs::read(dir.path().join("sentinel")).unwrap(), b"host");
    }

    #[test]
    fn writes_never_pass_through_a_link() {
        let (dir, root) = setup();
        root.symlink(dir.path(), Path::new("out")).unwrap();
        root.symlink(Path::new("../sentinel"), Path::new("file")).unwrap();
        let err = root.write_file(Path::new("out/sentinel"), 0o644, &mut &b"evil"[..], 10).unwrap_err();
        assert!(err.to_string().contains("symbolic link"), "{err}");
        assert!(root.remove(Path::new("out/sentinel")).is_err());
        assert!(root.empty_dir(Path::new("out")).is_err());
        // Replacing a link replaces the link, not its target.
        root.write_file(Path::new("file"), 0o644, &mut &b"mine"[..], 10).unwrap();
        assert_eq!(std::fs::read(dir.path().join("sentinel")).unwrap(), b"host");
        assert_eq!(std::fs::read(dir.path().join("root/file")).unwrap(), b"mine");
        root.remove(Path::new("out")).unwrap();
        assert!(dir.path().join("sentinel").exists());
    }

    #[test]
    fn reads_follow_links_only_inside_the_root() {
        let (dir, root) = setup();
        root.write_file(Path::new("etc/real"), 0o644, &mut &b"inside"[..], 10).unwrap();
        root.symlink(Path::new("/etc/real"), Path::new("abs")).unwrap();
        root.symlink(Path::new("../../../sentinel"), Path::new("up")).unwrap();
        root.symlink(Path::new("/dev/zero"), Path::new("zero")).unwrap();
        assert_eq!(root.read(Path::new("abs"), 100).unwrap(), b"inside");
        assert!(root.read(Path::new("up"), 100).is_err(), "resolves to <root>/sentinel, which does not exist");
        assert!(root.read(Path::new("zero"), 100).is_err());
        assert!(root.read(Path::new("etc/real"), 3).unwrap_err().to_string().contains("limit"));
        assert_eq!(std::fs::read(dir.path().join("sentinel")).unwrap(), b"host");
    }

    #[test]
    fn set_id_bits_are_dropped_and_hard_links_stay_inside() {
        let (_dir, root) = setup();
        let (file, _) = root.write_file(Path::new("bin/su"), 0o6755, &mut &b"x"[..], 10).unwrap();
        assert_eq!(file.metadata().unwrap().permissions().mode_bits() & 0o7777, 0o755);
        root.hard_link(Path::new("bin/su"), Path::new("bin/su2")).unwrap();
        assert!(root.hard_link(Path::new("../sentinel"), Path::new("stolen")).is_err());
        assert!(root.hard_link(Path::new("bin"), Path::new("dirlink")).is_err());
    }

    trait ModeBits {
        fn mode_bits(&self) -> u32;
    }
    impl ModeBits for std::fs::Permissions {
        fn mode_bits(&self) -> u32 {
            std::os::unix::fs::PermissionsExt::mode(self)
        }
    }
}
