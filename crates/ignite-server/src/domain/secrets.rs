//! Encryption of secret values at rest: XChaCha20-Poly1305 under a server key, with
//! the slot (`org/name`) as associated data so a ciphertext cannot be moved to
//! another slot.

use std::fs;
use std::io::Write;
use std::path::Path;

use std::sync::Arc;

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use ignite_core::Error;
use ignite_core::app::CodeSource;
use ignite_core::names::SecretName;
use ignite_core::runtime::now_ms;
use ignite_proto::v1;
use prost::Message;
use rand::RngCore;

use crate::auth::Caller;
use crate::domain::convert::{SECRET_KIND_APP, SECRET_KIND_GIT, SECRET_KIND_REGISTRY, secret_metadata};
use crate::engine::Engine;
use crate::engine::secrets::{SECRET_SCHEME, SecretSource};
use crate::store::{SECRET_CHANGES, SecretRow, SecretStore, Store};

fn invalid(field: &str, message: impl std::fmt::Display) -> Error {
    Error::invalid_argument(field, message)
}

pub struct SecretKey {
    cipher: XChaCha20Poly1305,
    /// The key itself, from which [`SecretKey::derive`] makes keys of other purposes.
    raw: [u8; 32],
}

/// Why the server's key file cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum KeyFileError {
    #[error("{path}: {source}")]
    Io { path: String, source: std::io::Error },
    #[error("{path}: expected 32 bytes of hex")]
    Malformed { path: String },
}

impl SecretKey {
    /// Reads the 32-byte key at `path` (hex), creating it (mode 0600) if missing.
    pub fn load_or_create(path: &Path) -> Result<Self, KeyFileError> {
        let io = |source| KeyFileError::Io { path: path.display().to_string(), source };
        let malformed = || KeyFileError::Malformed { path: path.display().to_string() };
        if let Ok(text) = fs::read_to_string(path) {
            let bytes = hex::decode(text.trim()).map_err(|_| malformed())?;
            let raw: [u8; 32] = bytes.try_into().map_err(|_| malformed())?;
            return Ok(SecretKey::from_raw(raw));
        }
        let mut key = [0u8; 32];
        rand::rng().fill_bytes(&mut key);
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        let mut file = options.open(path).map_err(io)?;
        file.write_all(hex::encode(key).as_bytes()).map_err(io)?;
        file.sync_all().map_err(io)?;
        Ok(SecretKey::from_raw(key))
    }

    /// Where a key rotation writes the next key until every secret is sealed with it.
    pub fn next_path(path: &Path) -> std::path::PathBuf {
        path.with_extension("key.next")
    }

    /// Re-seals every secret of `store` with a new key, then makes it the key at `path`.
    /// Crash-safe: the new key is written first (beside the old one), the secrets are
    /// re-sealed in one transaction, and the key file is replaced last, atomically; run
    /// again after an interruption, it finishes the same rotation (a secret already
    /// sealed with the new key is kept). Returns how many secrets were re-sealed.
    pub async fn rotate(path: &Path, store: &dyn SecretStore) -> Result<usize, Error> {
        let failed = |e: KeyFileError| Error::internal(e.to_string());
        let old = SecretKey::load_or_create(path).map_err(failed)?;
        let next_path = Self::next_path(path);
        let next = SecretKey::load_or_create(&next_path).map_err(failed)?;
        let mut rows = store.all_secrets().await?;
        for row in &mut rows {
            let slot = format!("{}/{}", row.org, row.name);
            let plain = match old.open(&slot, &row.nonce, &row.ciphertext) {
                Ok(plain) => plain,
                // Sealed with the new key by an interrupted run.
                Err(_) => next.open(&slot, &row.nonce, &row.ciphertext)?,
            };
            (row.nonce, row.ciphertext) = next.seal(&slot, &plain)?;
        }
        store.reseal_secrets(&rows).await?;
        fs::rename(&next_path, path).map_err(|e| Error::internal(format!("{}: {e}", path.display())))?;
        if let Some(dir) = path.parent() {
            fs::File::open(dir)
                .and_then(|d| d.sync_all())
                .map_err(|e| Error::internal(format!("{}: {e}", dir.display())))?;
        }
        Ok(rows.len())
    }

    fn from_raw(raw: [u8; 32]) -> SecretKey {
        SecretKey { cipher: XChaCha20Poly1305::new(&raw.into()), raw }
    }

    /// A key for `purpose`, derived from this one (HMAC-SHA256): the same on every
    /// server holding this key, and telling nothing of it.
    pub fn derive(&self, purpose: &str) -> [u8; 32] {
        hmac_sha256(&self.raw, purpose.as_bytes())
    }

    /// Returns (nonce, ciphertext).
    pub fn seal(&self, slot: &str, plaintext: &[u8]) -> Result<(Vec<u8>, Vec<u8>), Error> {
        let mut nonce = [0u8; 24];
        rand::rng().fill_bytes(&mut nonce);
        let ciphertext = self
            .cipher
            .encrypt(XNonce::from_slice(&nonce), Payload { msg: plaintext, aad: slot.as_bytes() })
            .map_err(|_| Error::internal("secret encryption failed"))?;
        Ok((nonce.to_vec(), ciphertext))
    }

    pub fn open(&self, slot: &str, nonce: &[u8], ciphertext: &[u8]) -> Result<Vec<u8>, Error> {
        if nonce.len() != 24 {
            return Err(Error::internal("corrupt secret record"));
        }
        self.cipher
            .decrypt(XNonce::from_slice(nonce), Payload { msg: ciphertext, aad: slot.as_bytes() })
            .map_err(|_| Error::internal("secret cannot be decrypted with this server's key"))
    }
}

/// HMAC-SHA256 of `message` under `key`.
pub fn hmac_sha256(key: &[u8], message: &[u8]) -> [u8; 32] {
    use hmac::Mac;
    let mut mac = <hmac::Hmac<sha2::Sha256> as Mac>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(message);
    mac.finalize().into_bytes().into()
}

/// The SecretService: encrypted secrets an organization's image drafts name
/// (`registry_secret_ref`, git `secret_ref`) and its apps' env values (`secret://NAME`).
pub struct Secrets {
    store: Arc<dyn Store>,
    key: SecretKey,
    /// Restarts the replicas holding an app secret that changed.
    engine: Arc<Engine>,
}

impl Secrets {
    pub fn new(store: Arc<dyn Store>, key: SecretKey, engine: Arc<Engine>) -> Self {
        Secrets { store, key, engine }
    }

    /// The value of a secret row, opened.
    fn value_of(&self, row: &SecretRow) -> Result<v1::SecretValue, Error> {
        let plain = self.key.open(&format!("{}/{}", row.org, row.name), &row.nonce, &row.ciphertext)?;
        v1::SecretValue::decode(plain.as_slice()).map_err(|e| Error::internal(format!("secret: {e}")))
    }

    /// An app's env values that name secrets must name app secrets of its organization.
    pub async fn check_env(&self, org: &str, env: &std::collections::BTreeMap<String, String>) -> Result<(), Error> {
        for (key, value) in env {
            let Some(name) = value.strip_prefix(SECRET_SCHEME) else { continue };
            let field = format!("env.{key}");
            let name = SecretName::new(name).map_err(|e| e.into_error(&field))?;
            let name = name.as_str();
            match self.store.get_secret(org, name).await? {
                None => return Err(invalid(&field, format!("no secret named {name:?} in organization {org:?}"))),
                Some(s) if s.kind != SECRET_KIND_APP => {
                    return Err(invalid(&field, format!("secret {name:?} is a {}, not an {SECRET_KIND_APP}", s.kind)));
                }
                Some(_) => {}
            }
        }
        Ok(())
    }

    pub async fn create_secret(
        &self,
        caller: &Caller,
        req: v1::CreateSecretRequest,
    ) -> Result<v1::CreateSecretResponse, Error> {
        let name = SecretName::new(&req.name).map_err(|e| e.into_error("name"))?;
        let value = req.value.ok_or_else(|| invalid("value", "is required"))?;
        let kind = match &value.kind {
            None => return Err(invalid("value", "one of `gitSecret`, `registrySecret` or `appSecret` is required")),
            Some(v1::secret_value::Kind::GitSecret(g)) => {
                if g.token.is_empty() {
                    return Err(invalid("value.git_secret.token", "is required"));
                }
                SECRET_KIND_GIT
            }
            Some(v1::secret_value::Kind::RegistrySecret(r)) => {
                if r.username.is_empty() || r.password.is_empty() {
                    return Err(invalid("value.registry_secret", "username and password are required"));
                }
                SECRET_KIND_REGISTRY
            }
            Some(v1::secret_value::Kind::AppSecret(a)) => {
                if a.value.is_empty() {
                    return Err(invalid("value.app_secret.value", "is required"));
                }
                if a.value.len() > 64 << 10 {
                    return Err(invalid("value.app_secret.value", "at most 65536 bytes"));
                }
                SECRET_KIND_APP
            }
        };
        let slot = format!("{}/{}", caller.org, name);
        let (nonce, ciphertext) = self.key.seal(&slot, &value.encode_to_vec())?;
        let now = now_ms();
        let row = self
            .store
            .put_secret(&SecretRow {
                org: caller.org.clone(),
                name: name.to_string(),
                kind: kind.to_string(),
                nonce,
                ciphertext,
                created_at_ms: now,
                updated_at_ms: now,
            })
            .await?;
        if kind == SECRET_KIND_APP {
            // A rotation: the replicas holding the old value make way, here and on
            // every server sharing the store.
            let secret = format!("{}/{}", caller.org, name);
            self.engine.secret_changed(&secret).await;
            self.store.notify(SECRET_CHANGES, &secret).await?;
        }
        Ok(v1::CreateSecretResponse { secret: Some(secret_metadata(&row)) })
    }

    pub async fn get_secret(&self, caller: &Caller, req: v1::GetSecretRequest) -> Result<v1::GetSecretResponse, Error> {
        let name = SecretName::new(&req.name).map_err(|e| e.into_error("name"))?;
        let row = self
            .store
            .get_secret(&caller.org, name.as_str())
            .await?
            .ok_or_else(|| Error::not_found("secret", &name))?;
        Ok(v1::GetSecretResponse { secret: Some(secret_metadata(&row)), value: Some(self.value_of(&row)?) })
    }

    /// `registry_secret_ref` / git `secret_ref` must name a secret of the right type.
    pub async fn check_refs(&self, org: &str, code: &CodeSource) -> Result<(), Error> {
        let Some(name) = code.secret_ref() else { return Ok(()) };
        let (field, kind) = match code {
            CodeSource::ImageFromGit { .. } => ("code.image.from_git.secret_ref", SECRET_KIND_GIT),
            _ => ("code.image.prebuilt.registry_secret_ref", SECRET_KIND_REGISTRY),
        };
        match self.store.get_secret(org, name).await? {
            None => Err(invalid(field, format!("no secret named {name:?} in organization {org:?}"))),
            Some(s) if s.kind != kind => {
                Err(invalid(field, format!("secret {name:?} is a {}, but a {kind} is required", s.kind)))
            }
            Some(_) => Ok(()),
        }
    }

    /// Puts the credentials of an image draft's `registry_secret_ref` or git `secret_ref`
    /// into its build spec.
    pub async fn fill_credentials(
        &self,
        org: &str,
        code: &CodeSource,
        spec: &mut ignite_core::runtime::CodeSpec,
    ) -> Result<(), Error> {
        use ignite_core::runtime::{CodeSpec, Credentials};
        let Some(name) = code.secret_ref() else { return Ok(()) };
        let row = self.store.get_secret(org, name).await?.ok_or_else(|| {
            Error::failed_precondition(format!("the secret {name:?} named by the draft no longer exists"))
        })?;
        let credentials = match self.value_of(&row)?.kind {
            Some(v1::secret_value::Kind::RegistrySecret(r)) => {
                Credentials { username: r.username, password: r.password, server: r.server_address }
            }
            Some(v1::secret_value::Kind::GitSecret(g)) => {
                Credentials { username: g.username, password: g.token, server: String::new() }
            }
            Some(v1::secret_value::Kind::AppSecret(_)) => {
                return Err(Error::failed_precondition(format!(
                    "the secret {name:?} is an {SECRET_KIND_APP}, not credentials"
                )));
            }
            None => return Err(Error::failed_precondition(format!("the secret {name:?} is empty"))),
        };
        match spec {
            CodeSpec::PrebuiltImage { credentials: slot, .. } | CodeSpec::ImageFromGit { credentials: slot, .. } => {
                *slot = Some(credentials);
            }
            _ => {}
        }
        Ok(())
    }

    pub async fn list_secrets(&self, caller: &Caller) -> Result<v1::ListSecretsResponse, Error> {
        let rows = self.store.list_secrets(&caller.org).await?;
        Ok(v1::ListSecretsResponse { secrets: rows.iter().map(secret_metadata).collect() })
    }

    pub async fn delete_secret(
        &self,
        caller: &Caller,
        req: v1::DeleteSecretRequest,
    ) -> Result<v1::DeleteSecretResponse, Error> {
        let name = SecretName::new(&req.name).map_err(|e| e.into_error("name"))?;
        Ok(v1::DeleteSecretResponse { deleted: self.store.delete_secret(&caller.org, name.as_str()).await? })
    }
}

#[async_trait::async_trait]
impl SecretSource for Secrets {
    async fn app_secret(&self, org: &str, name: &str) -> Result<String, Error> {
        let gone = || {
            Error::failed_precondition(format!(
                "the app secret {name:?} that the app's env names does not exist in organization {org:?}"
            ))
        };
        let row = self.store.get_secret(org, name).await?.ok_or_else(gone)?;
        match self.value_of(&row)?.kind {
            Some(v1::secret_value::Kind::AppSecret(a)) => Ok(a.value),
            _ => {
                Err(Error::failed_precondition(format!("secret {name:?} is a {}, not an {SECRET_KIND_APP}", row.kind)))
            }
        }
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
