//! Who is calling and how much they may do: bearer tokens ([`Authenticator`]) and the
//! per-organization limits ([`quotas`]). A token belongs to one organization; only its
//! sha256 is stored. Tokens are `ign_` followed by 43 base64url characters (32 random
//! bytes).

pub mod quotas;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ignite_core::Error;
use ignite_core::names::OrgName;
use ignite_core::runtime::now_ms;
use rand::RngCore;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::store::blobs::sha256_hex;
use crate::store::{TokenRow, TokenStore};

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

pub async fn issue_token(store: &dyn TokenStore, org: &str, description: &str) -> Result<IssuedToken, Error> {
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
pub async fn authenticate(store: &dyn TokenStore, authorization: Option<&str>) -> Result<Caller, Error> {
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

/// Tokens are cached for [`TOKEN_TTL`]: tokens are revoked by another process
/// (`ignite-server token revoke`), so a revocation takes effect within that time.
pub const TOKEN_TTL: Duration = Duration::from_secs(1);

/// Resolves the `Authorization` of every request (gateway, gRPC, app hosts, jobs, MCP)
/// to its [`Caller`], from memory when seen within [`TOKEN_TTL`], and counts the
/// request against the token's and the organization's request rate.
pub struct Authenticator {
    store: Arc<dyn TokenStore>,
    quotas: Arc<quotas::Quotas>,
    callers: Mutex<HashMap<String, (Caller, Instant)>>,
}

impl Authenticator {
    pub fn new(store: Arc<dyn TokenStore>, quotas: Arc<quotas::Quotas>) -> Self {
        Authenticator { store, quotas, callers: Mutex::default() }
    }

    /// The caller a request's `Authorization` header names, admitted by its request rate.
    pub async fn caller_of(&self, headers: &http::HeaderMap) -> Result<Caller, Error> {
        let header = headers.get(http::header::AUTHORIZATION).and_then(|v| v.to_str().ok());
        let caller = self.caller(header).await?;
        self.admit(&caller).await?;
        Ok(caller)
    }

    /// Counts a request of `caller` against its rate (RESOURCE_EXHAUSTED past it).
    pub async fn admit(&self, caller: &Caller) -> Result<(), Error> {
        self.quotas.admit_request(&caller.org, &caller.token_id).await
    }

    /// The caller presenting `authorization`, not counted against the request rate
    /// (for a request already admitted by [`Authenticator::caller_of`] at its edge).
    pub async fn caller(&self, authorization: Option<&str>) -> Result<Caller, Error> {
        let key = authorization.map(|a| sha256_hex(a.as_bytes()));
        if let Some(key) = &key
            && let Some((caller, at)) = self.callers.lock().expect("callers lock").get(key)
            && at.elapsed() < TOKEN_TTL
        {
            return Ok(caller.clone());
        }
        let caller = authenticate(self.store.as_ref(), authorization).await?;
        if let Some(key) = key {
            let mut callers = self.callers.lock().expect("callers lock");
            if callers.len() > 10_000 {
                callers.retain(|_, (_, at)| at.elapsed() < TOKEN_TTL);
            }
            callers.insert(key, (caller.clone(), Instant::now()));
        }
        Ok(caller)
    }
}
