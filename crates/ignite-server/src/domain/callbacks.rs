//! Completion callbacks: an InvokeAsync execution started with a `callback_url` is
//! posted there once it ends, signed with the app's callback secret.
//!
//! The store marks the callback pending in the same write that ends the execution;
//! every server claims due callbacks under a short lease and posts them, so a callback
//! survives its server (delivered at least once; the execution id tells repeats apart).
//! A failed attempt (no 2xx answer) is tried again after 1, 2, 4 ... 60 s, eight
//! attempts in all. The destination obeys the tenant egress rules: loopback, private
//! and link-local addresses are refused unless the operator allows them
//! (`--allow-private-egress`), checked on the addresses the request then connects to,
//! and redirects are not followed.
//!
//! Signature: `X-Ignite-Signature: v1=<hex HMAC-SHA256(secret, "<timestamp>.<body>")>`
//! with `X-Ignite-Timestamp` (ms since the epoch) and `X-Ignite-Execution-Id`; the
//! secret is the app's (GetCallbackSecret), keyed as its text.

use std::sync::Arc;
use std::time::Duration;

use ignite_core::Error;
use ignite_core::app::CallbackStatus;
use ignite_core::runtime::now_ms;
use ignite_proto::v1;
use ignite_runtime::egress::EgressPolicy;
use tokio::sync::Notify;

use crate::auth::Caller;
use crate::domain::convert::function_of;
use crate::domain::records;
use crate::domain::secrets::hmac_sha256;
use crate::store::{CallbackOutcome, ExecutionRow, Store};

pub const SIGNATURE_HEADER: &str = "x-ignite-signature";
pub const TIMESTAMP_HEADER: &str = "x-ignite-timestamp";
pub const EXECUTION_HEADER: &str = "x-ignite-execution-id";

/// Attempts of one callback in all.
const MAX_ATTEMPTS: u32 = 8;
/// The longest wait between two attempts.
const MAX_BACKOFF: Duration = Duration::from_secs(60);
/// How long a server holds a claimed callback (an attempt takes at most ATTEMPT).
const LEASE: Duration = Duration::from_secs(30);
const ATTEMPT: Duration = Duration::from_secs(10);
/// How often due callbacks are looked for when nothing wakes the deliverer.
const LOOK_EVERY: Duration = Duration::from_millis(500);
/// Callbacks claimed at once.
const BATCH: u32 = 32;
const MAX_URL: usize = 2048;

/// Why a callback attempt did not deliver.
enum Undelivered {
    /// The destination is refused: no attempt will ever deliver.
    Refused(String),
    /// This attempt failed; a later one may not.
    Failed(String),
}

pub struct Callbacks {
    store: Arc<dyn Store>,
    /// Where callbacks may go: public addresses and the operator's exceptions.
    egress: Arc<EgressPolicy>,
    /// The root of every app's callback secret.
    key: [u8; 32],
    due: Notify,
    /// Posts to addresses (no redirects: one could lead anywhere).
    http: reqwest::Client,
}

impl Callbacks {
    pub fn new(store: Arc<dyn Store>, egress: Arc<EgressPolicy>, key: [u8; 32]) -> Self {
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("an HTTP client without TLS roots to load");
        Callbacks { store, egress, key, due: Notify::new(), http }
    }

    /// A callback URL as submitted: http(s) with a host, and not an address the egress
    /// rules refuse (a host name is checked again when it is resolved, at delivery).
    pub async fn check_url(&self, url: &str) -> Result<String, Error> {
        let invalid = |why: String| Error::invalid_argument("callback_url", why);
        if url.len() > MAX_URL {
            return Err(invalid(format!("is at most {MAX_URL} bytes")));
        }
        let parsed = reqwest::Url::parse(url).map_err(|e| invalid(format!("{url:?} is not a URL: {e}")))?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(invalid(format!("{url:?} is not an http or https URL")));
        }
        let Some(host) = parsed.host_str() else {
            return Err(invalid(format!("{url:?} names no host")));
        };
        if parsed.domain().is_none() {
            // An address: checked now.
            let port = parsed.port_or_known_default().unwrap_or(80);
            self.egress.resolve(host, port).await.map_err(invalid)?;
        }
        Ok(url.to_string())
    }

    /// A callback became due (an execution with one ended).
    pub fn wake(&self) {
        self.due.notify_one();
    }

    /// The secret signing the callbacks of `org/app`, created at `created_at_ms` (an app
    /// created again gets another).
    fn secret(&self, org: &str, app: &str, created_at_ms: i64) -> String {
        hex::encode(hmac_sha256(&self.key, format!("callback-secret/{org}/{app}/{created_at_ms}").as_bytes()))
    }

    pub async fn get_callback_secret(
        &self,
        caller: &Caller,
        req: v1::GetCallbackSecretRequest,
    ) -> Result<v1::GetCallbackSecretResponse, Error> {
        let id = function_of(caller, &req.organization_name, &req.app_name, "app_name")?;
        let app = records::app(self.store.as_ref(), &id).await?;
        Ok(v1::GetCallbackSecretResponse { secret: self.secret(&app.org, &app.name, app.created_at_ms) })
    }

    /// Posts due callbacks while the server lives.
    pub fn spawn(self: &Arc<Self>) {
        let me = Arc::downgrade(self);
        tokio::spawn(async move {
            loop {
                let Some(callbacks) = me.upgrade() else { return };
                let claimed = match callbacks.store.claim_callbacks(now_ms(), LEASE.as_millis() as i64, BATCH).await {
                    Ok(claimed) => claimed,
                    Err(e) => {
                        tracing::warn!(error = %e, "claiming callbacks");
                        Vec::new()
                    }
                };
                let full = claimed.len() == BATCH as usize;
                futures::future::join_all(claimed.iter().map(|row| callbacks.deliver(row))).await;
                if !full {
                    let _ = tokio::time::timeout(LOOK_EVERY, callbacks.due.notified()).await;
                }
            }
        });
    }

    /// One attempt at a claimed callback, recorded.
    async fn deliver(&self, row: &ExecutionRow) {
        let e = &row.execution;
        let attempts = e.callback_attempts + 1;
        let outcome = match self.post(row).await {
            Ok(()) => CallbackOutcome { status: CallbackStatus::Delivered, attempts, error: String::new(), next_ms: 0 },
            Err(Undelivered::Refused(error)) => {
                CallbackOutcome { status: CallbackStatus::Failed, attempts, error, next_ms: 0 }
            }
            Err(Undelivered::Failed(error)) if attempts >= MAX_ATTEMPTS => {
                CallbackOutcome { status: CallbackStatus::Failed, attempts, error, next_ms: 0 }
            }
            Err(Undelivered::Failed(error)) => {
                let wait = (Duration::from_secs(1) * 2u32.pow(attempts - 1)).min(MAX_BACKOFF);
                let next_ms = now_ms() + wait.as_millis() as i64;
                CallbackOutcome { status: CallbackStatus::Pending, attempts, error, next_ms }
            }
        };
        if let Err(err) = self.store.record_callback(&e.id, &outcome).await {
            tracing::warn!(execution = %e.id, error = %err, "recording a callback attempt");
        }
    }

    async fn post(&self, row: &ExecutionRow) -> Result<(), Undelivered> {
        let e = &row.execution;
        let url = e.callback_url.as_deref().unwrap_or_default();
        let parsed = reqwest::Url::parse(url).map_err(|err| Undelivered::Refused(format!("not a URL: {err}")))?;
        let host = parsed.host_str().ok_or_else(|| Undelivered::Refused("the URL names no host".into()))?;
        let port = parsed.port_or_known_default().unwrap_or(80);
        // The addresses the request connects to are the ones checked.
        let addrs = self.egress.resolve(host, port).await.map_err(Undelivered::Refused)?;
        let (org, app) = e.app_id.split_once('/').unwrap_or_default();
        let app = match self.store.get_app(org, app).await {
            Ok(Some(app)) => app,
            Ok(None) => return Err(Undelivered::Refused("the app was deleted: no secret signs its callbacks".into())),
            Err(err) => return Err(Undelivered::Failed(err.message().to_string())),
        };
        let secret = self.secret(&app.org, &app.name, app.created_at_ms);
        let body = serde_json::to_vec(&v1::Execution::from(e)).expect("executions serialize");
        let timestamp = now_ms().to_string();
        let mut signed = timestamp.clone().into_bytes();
        signed.push(b'.');
        signed.extend_from_slice(&body);
        let signature = format!("v1={}", hex::encode(hmac_sha256(secret.as_bytes(), &signed)));
        let client = if parsed.domain().is_some() {
            reqwest::Client::builder()
                .resolve_to_addrs(host, &addrs)
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .map_err(|err| Undelivered::Failed(err.to_string()))?
        } else {
            // An address: already checked, and nothing to resolve.
            self.http.clone()
        };
        let answer = client
            .post(parsed)
            .timeout(ATTEMPT)
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .header(EXECUTION_HEADER, &e.id)
            .header(TIMESTAMP_HEADER, &timestamp)
            .header(SIGNATURE_HEADER, signature)
            .body(body)
            .send()
            .await
            .map_err(|err| Undelivered::Failed(format!("posting: {err}")))?;
        if answer.status().is_success() {
            Ok(())
        } else {
            Err(Undelivered::Failed(format!("the receiver answered {}", answer.status())))
        }
    }
}
