//! Bearer tokens. A token belongs to one organization; only its sha256 is stored.
//! Tokens are `ign_` followed by 43 base64url characters (32 random bytes).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ignite_core::Error;
use ignite_core::names::OrgName;
use ignite_core::runtime::now_ms;
use rand::RngCore;

use crate::store::blobs::sha256_hex;
use crate::store::{Store, TokenRow};

const TOKEN_PREFIX: &str = "ign_";

/// Who is calling: the organization of the presented token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    pub org: String,
    pub token_id: String,
}

impl Caller {
    /// PERMISSION_DENIED unless the caller belongs to `org`. The message names only
    /// the caller's own organization, so it reveals nothing about `org`.
    pub fn authorize(&self, org: &str) -> Result<(), Error> {
        if self.org == org {
            Ok(())
        } else {
            Err(Error::permission_denied(format!(
                "the token of organization \"{}\" has no access to the requested organization",
                self.org
            )))
        }
    }
}

/// A new token: the secret (shown once) and its stored row.
pub struct IssuedToken {
    pub token: String,
    pub row: TokenRow,
}

pub async fn issue_token(store: &dyn Store, org: &str, description: &str) -> Result<IssuedToken, Error> {
    let org = OrgName::new(org).map_err(|e| e.into_error("org"))?;
    let mut secret = [0u8; 32];
    rand::rng().fill_bytes(&mut secret);
    let token = format!("{TOKEN_PREFIX}{}", URL_SAFE_NO_PAD.encode(secret));
    let row = TokenRow {
        id: format!("tok_{}", &uuid::Uuid::new_v4().simple().to_string()[..12]),
        org: org.to_string(),
        description: description.to_string(),
        created_at_ms: now_ms(),
        revoked_at_ms: None,
    };
    store.create_token(&row, &sha256_hex(token.as_bytes())).await?;
    Ok(IssuedToken { token, row })
}

/// The caller presenting `authorization` (the header or metadata value).
pub async fn authenticate(store: &dyn Store, authorization: Option<&str>) -> Result<Caller, Error> {
    let value = authorization
        .ok_or_else(|| Error::unauthenticated("missing credentials: send `Authorization: Bearer <token>`"))?;
    let token = value
        .strip_prefix("Bearer ")
        .or_else(|| value.strip_prefix("bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| Error::unauthenticated("malformed Authorization header: expected `Bearer <token>`"))?;
    let row = store
        .find_token(&sha256_hex(token.as_bytes()))
        .await?
        .ok_or_else(|| Error::unauthenticated("invalid or revoked token"))?;
    Ok(Caller { org: row.org, token_id: row.id })
}
