//! Uploaded code as a directory: a single file, a `.tar.gz` / `.tar` or a `.zip`
//! archive, detected from its first bytes. Entries that would land outside the target
//! (absolute paths, `..`, links out) are refused.

use std::fs;
use std::io::{self, Cursor, Read};
use std::path::{Component, Path};

use ignite_core::runtime::RuntimeError;

fn invalid(message: impl std::fmt::Display) -> RuntimeError {
    RuntimeError::InvalidArtifact(message.to_string())
}

/// Whether `path` is relative and stays below the directory it is joined to.
pub(crate) fn stays_inside(path: &Path) -> bool {
    path.components().all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
}

fn safe_relative(path: &Path) -> Result<(), RuntimeError> {
    if stays_inside(path) {
        Ok(())
    } else {
        Err(invalid(format!("archive entry {} escapes the archive", path.display())))
    }
}

/// Writes `source` into the empty directory `dir`. A source that is not an archive
/// becomes the file `single_file_name`.
pub fn unpack(source: &[u8], dir: &Path, single_file_name: &str) -> Result<(), RuntimeError> {
    fs::create_dir_all(dir)?;
    if source.starts_with(&[0x1f, 0x8b]) {
        let mut tar_bytes = Vec::new();
        flate2::read::GzDecoder::new(source).read_to_end(&mut tar_bytes).map_err(|e| invalid(format!("gzip: {e}")))?;
        unpack_tar(&tar_bytes, dir)
    } else if source.starts_with(b"PK\x03\x04") || source.starts_with(b"PK\x05\x06") {
        unpack_zip(source, dir)
    } else if source.len() > 262 && &source[257..262] == b"ustar" {
        unpack_tar(source, dir)
    } else {
        fs::write(dir.join(single_file_name), source)?;
        Ok(())
    }
}

fn unpack_tar(bytes: &[u8], dir: &Path) -> Result<(), RuntimeError> {
    let mut archive = tar::Archive::new(Cursor::new(bytes));
    for entry in archive.entries().map_err(|e| invalid(format!("tar: {e}")))? {
        let mut entry = entry.map_err(|e| invalid(format!("tar: {e}")))?;
        let path = entry.path().map_err(|e| invalid(format!("tar: {e}")))?.into_owned();
        safe_relative(&path)?;
        let kind = entry.header().entry_type();
        if !(kind.is_file() || kind.is_dir()) {
            continue; // links and devices are not code
        }
        entry.unpack_in(dir).map_err(|e| invalid(format!("tar entry {}: {e}", path.display())))?;
    }
    Ok(())
}

fn unpack_zip(bytes: &[u8], dir: &Path) -> Result<(), RuntimeError> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| invalid(format!("zip: {e}")))?;
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).map_err(|e| invalid(format!("zip: {e}")))?;
        let Some(path) = file.enclosed_name() else {
            return Err(invalid(format!("zip entry {} escapes the archive", file.name())));
        };
        let target = dir.join(path);
        if file.is_dir() {
            fs::create_dir_all(&target)?;
        } else {
            if let Some(parent) = target.parent() {
                fs::create_dir_all(parent)?;
            }
            let mut out = fs::File::create(&target)?;
            io::copy(&mut file, &mut out)?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
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
        let dir = tempfile::tempdir().unwrap();
        let mut builder = tar::Builder::new(Vec::new());
        let mut header = tar::Header::new_gnu();
        header.set_size(1);
        header.set_cksum();
        // The builder refuses `..` itself, so write the name into the header raw.
        header.as_gnu_mut().unwrap().name[..9].copy_from_slice(b"../evil.x");
        header.set_cksum();
        builder.append(&header, &b"e"[..]).unwrap();
        let tar_bytes = builder.into_inner().unwrap();
        let err = unpack(&tar_bytes, &dir.path().join("t"), "f").unwrap_err();
        assert!(err.to_string().contains("escapes"), "{err}");
        assert!(!dir.path().join("evil.x").exists());
    }
}
