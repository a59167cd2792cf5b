//! Encryption of secret values at rest: XChaCha20-Poly1305 under a server key, with
//! the slot (`org/name`) as associated data so a ciphertext cannot be moved to
//! another slot.

use std::fs;
use std::io::Write;
use std::path::Path;

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use ignite_core::Error;
use rand::RngCore;

pub struct SecretKey(XChaCha20Poly1305);

impl SecretKey {
    /// Reads the 32-byte key at `path` (hex), creating it (mode 0600) if missing.
    pub fn load_or_create(path: &Path) -> anyhow::Result<Self> {
        if let Ok(text) = fs::read_to_string(path) {
            let bytes = hex::decode(text.trim())?;
            anyhow::ensure!(bytes.len() == 32, "{}: expected 32 bytes of hex", path.display());
            return Ok(SecretKey(XChaCha20Poly1305::new_from_slice(&bytes)?));
        }
        let mut key = [0u8; 32];
        rand::rng().fill_bytes(&mut key);
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(path)?;
        file.write_all(hex::encode(key).as_bytes())?;
        file.sync_all()?;
        Ok(SecretKey(XChaCha20Poly1305::new_from_slice(&key)?))
    }

    /// Returns (nonce, ciphertext).
    pub fn seal(&self, slot: &str, plaintext: &[u8]) -> Result<(Vec<u8>, Vec<u8>), Error> {
        let mut nonce = [0u8; 24];
        rand::rng().fill_bytes(&mut nonce);
        let ciphertext = self
            .0
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: plaintext, aad: slot.as_bytes() })
            .map_err(|_| Error::internal("secret encryption failed"))?;
        Ok((nonce.to_vec(), ciphertext))
    }

    pub fn open(&self, slot: &str, nonce: &[u8], ciphertext: &[u8]) -> Result<Vec<u8>, Error> {
        if nonce.len() != 24 {
            return Err(Error::internal("corrupt secret record"));
        }
        self.0
            .decrypt(XNonce::from_slice(nonce), Payload { msg: ciphertext, aad: slot.as_bytes() })
            .map_err(|_| Error::internal("secret cannot be decrypted with this server's key"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seal_open_and_slot_binding() {
        let dir = tempfile::tempdir().unwrap();
        let key = SecretKey::load_or_create(&dir.path().join("k")).unwrap();
        let (nonce, ct) = key.seal("acme/git", b"token").unwrap();
        assert_ne!(ct, b"token");
        assert_eq!(key.open("acme/git", &nonce, &ct).unwrap(), b"token");
        assert!(key.open("evil/git", &nonce, &ct).is_err());
        // The same key file gives the same key.
        let again = SecretKey::load_or_create(&dir.path().join("k")).unwrap();
        assert_eq!(again.open("acme/git", &nonce, &ct).unwrap(), b"token");
    }
}
