//! What one tenant may take of a shared server: per-organization quotas (apps, replicas,
//! memory, stored bytes, executions per minute, concurrent builds) and a per-token
//! request rate on the API and on app hosts. The operator sets them per organization
//! (`ignite-server org set-quota`); unset fields take the defaults of [`Quota`].
//!
//! A quota exceeded is RESOURCE_EXHAUSTED (HTTP 429) naming the quota; a rate exceeded
//! also says when to retry (`Retry-After`).

use std::collections::HashMap;
use std::num::NonZeroU32;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use governor::clock::{Clock, DefaultClock};
use governor::{DefaultDirectRateLimiter, RateLimiter};
use ignite_core::Error;
use serde::{Deserialize, Serialize};

use crate::store::QuotaStore;

/// The limits of one organization. Stored fields override [`Quota::default`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, rename_all = "snake_case")]
pub struct Quota {
    /// Apps in the organization.
    pub max_apps: u32,
    /// Replicas one app may scale to (and reserve).
    pub max_replicas_per_app: u32,
    /// Memory of one replica, in MB.
    pub max_memory_mb: u32,
    /// Bytes of uploaded code kept for the organization's drafts and versions.
    pub max_stored_bytes: u64,
    /// Calls started per minute, all apps of the organization together.
    pub max_executions_per_minute: u32,
    /// Builds (compiles) of the organization running or queued at once.
    pub max_concurrent_builds: u32,
    /// Requests per second of one token on the API and on app hosts (bursts of twice
    /// as many pass).
    pub requests_per_second: u32,
}

impl Default for Quota {
    fn default() -> Quota {
        Quota {
            max_apps: 100,
            max_replicas_per_app: 20,
            max_memory_mb: 4096,
            max_stored_bytes: 10 << 30,
            max_executions_per_minute: 6000,
            max_concurrent_builds: 2,
            requests_per_second: 100,
        }
    }
}

/// The quota stored for `org` (the defaults where the operator set nothing).
pub async fn stored_quota(store: &dyn QuotaStore, org: &str) -> Result<Quota, Error> {
    match store.get_quota(org).await? {
        Some(text) => serde_json::from_str(&text).map_err(|e| Error::internal(format!("the quota of {org}: {e}"))),
        None => Ok(Quota::default()),
    }
}

/// How long a quota read from the store is used before it is read again (so that a
/// `set-quota` by another process takes effect).
const QUOTA_TTL: Duration = Duration::from_secs(5);

/// The quotas and rate limiters of the server.
pub struct Quotas {
    store: Arc<dyn QuotaStore>,
    quotas: Mutex<HashMap<String, (Quota, Instant)>>,
    /// Per organization: calls started, against `max_executions_per_minute`.
    executions: Mutex<HashMap<String, (u32, Arc<DefaultDirectRateLimiter>)>>,
    /// Per token id: requests, against the token organization's `requests_per_second`.
    requests: Mutex<HashMap<String, (u32, Arc<DefaultDirectRateLimiter>)>>,
}

fn exceeded(quota: &str, limit: impl std::fmt::Display, detail: impl std::fmt::Display) -> Error {
    Error::resource_exhausted(format!(
        "quota {quota} exceeded: {detail} (the limit of this organization is {limit}; the operator sets it with \
         `ignite-server org set-quota`)"
    ))
}

/// A limiter of `per_period` events per `period`, bursts of `burst`.
fn limiter(per_period: u32, period: Duration, burst: u32) -> Arc<DefaultDirectRateLimiter> {
    let per = NonZeroU32::new(per_period.max(1)).expect("at least one");
    let quota = governor::Quota::with_period(period / per.get())
        .expect("a positive period")
        .allow_burst(NonZeroU32::new(burst.max(1)).expect("at least one"));
    Arc::new(RateLimiter::direct(quota))
}

/// Takes one event from the limiter of `key` in `limiters` (made with `make` when it is
/// new or its limit changed), or says when one is next allowed.
fn take(
    limiters: &Mutex<HashMap<String, (u32, Arc<DefaultDirectRateLimiter>)>>,
    key: &str,
    limit: u32,
    make: impl FnOnce() -> Arc<DefaultDirectRateLimiter>,
) -> Result<(), Duration> {
    let limiter = {
        let mut map = limiters.lock().expect("limiters lock");
        match map.get(key) {
            Some((l, limiter)) if *l == limit => limiter.clone(),
            _ => {
                let limiter = make();
                map.insert(key.to_string(), (limit, limiter.clone()));
                limiter
            }
        }
    };
    limiter.check().map_err(|not_until| not_until.wait_time_from(DefaultClock::default().now()))
}

impl Quotas {
    pub fn new(store: Arc<dyn QuotaStore>) -> Quotas {
        Quotas { store, quotas: Default::default(), executions: Default::default(), requests: Default::default() }
    }

    /// The quota of `org` (the defaults where it sets nothing).
    pub async fn of(&self, org: &str) -> Result<Quota, Error> {
        if let Some((quota, at)) = self.quotas.lock().expect("quotas lock").get(org)
            && at.elapsed() < QUOTA_TTL
        {
            return Ok(*quota);
        }
        let quota = stored_quota(self.store.as_ref(), org).await?;
        self.quotas.lock().expect("quotas lock").insert(org.to_string(), (quota, Instant::now()));
        Ok(quota)
    }

    /// One request of `token_id` (of `org`): refused past its rate, with when to retry.
    pub async fn admit_request(&self, org: &str, token_id: &str) -> Result<(), Error> {
        let rate = self.of(org).await?.requests_per_second;
        take(&self.requests, token_id, rate, || limiter(rate, Duration::from_secs(1), rate.saturating_mul(2))).map_err(
            |wait| {
                Error::resource_exhausted(format!(
                    "rate limit: this token may make {rate} requests a second (bursts of {}); retry later",
                    rate.saturating_mul(2)
                ))
                .with_retry_after(wait)
            },
        )
    }

    /// One call started in `org`: refused past its executions per minute.
    pub async fn admit_execution(&self, org: &str) -> Result<(), Error> {
        let per_minute = self.of(org).await?.max_executions_per_minute;
        take(&self.executions, org, per_minute, || limiter(per_minute, Duration::from_secs(60), per_minute)).map_err(
            |wait| {
                exceeded("max_executions_per_minute", per_minute, "too many calls started in the last minute")
                    .with_retry_after(wait)
            },
        )
    }

    /// Whether `org` may hold one more app, having `apps`.
    pub async fn check_apps(&self, org: &str, apps: u64) -> Result<(), Error> {
        let quota = self.of(org).await?;
        if apps >= u64::from(quota.max_apps) {
            return Err(exceeded("max_apps", quota.max_apps, format!("organization {org} has {apps} apps")));
        }
        Ok(())
    }

    /// Whether an app of `org` may scale to `replicas` replicas of `memory_mb` each.
    pub async fn check_scale(&self, org: &str, replicas: u32, memory_mb: u32) -> Result<(), Error> {
        let quota = self.of(org).await?;
        if replicas > quota.max_replicas_per_app {
            return Err(exceeded(
                "max_replicas_per_app",
                quota.max_replicas_per_app,
                format!("the app asks for {replicas} replicas"),
            )
            .with_field("scaling"));
        }
        if memory_mb > quota.max_memory_mb {
            return Err(exceeded("max_memory_mb", quota.max_memory_mb, format!("a replica asks for {memory_mb} MB"))
                .with_field("limits"));
        }
        Ok(())
    }

    /// Whether `org`, with `running` builds, may start one more.
    pub async fn check_builds(&self, org: &str, running: u32) -> Result<(), Error> {
        let quota = self.of(org).await?;
        if running >= quota.max_concurrent_builds {
            return Err(exceeded(
                "max_concurrent_builds",
                quota.max_concurrent_builds,
                format!("the organization has {running} builds running"),
            ));
        }
        Ok(())
    }

    /// Whether `org`, storing `stored` bytes of code, may store `more`.
    pub async fn check_stored(&self, org: &str, stored: u64, more: u64) -> Result<(), Error> {
        let quota = self.of(org).await?;
        if stored.saturating_add(more) > quota.max_stored_bytes {
            return Err(exceeded(
                "max_stored_bytes",
                quota.max_stored_bytes,
                format!("the organization stores {stored} bytes of code and this upload is {more}"),
            ));
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_limiter_refuses_past_its_burst_and_says_when_to_retry() {
        let limiters = Mutex::new(HashMap::new());
        let make = || limiter(2, Duration::from_secs(1), 4);
        for _ in 0..4 {
            assert!(take(&limiters, "t", 2, make).is_ok());
        }
        let wait = take(&limiters, "t", 2, make).unwrap_err();
        assert!(wait > Duration::ZERO && wait <= Duration::from_secs(1), "{wait:?}");
        // Another key has its own budget; a changed limit starts afresh.
        assert!(take(&limiters, "u", 2, make).is_ok());
        assert!(take(&limiters, "t", 3, || limiter(3, Duration::from_secs(1), 6)).is_ok());
    }

    #[test]
    fn stored_quotas_override_the_defaults_field_by_field() {
        let quota: Quota = serde_json::from_str(r#"{"max_apps": 3}"#).unwrap();
        assert_eq!(quota.max_apps, 3);
        assert_eq!(quota.max_replicas_per_app, Quota::default().max_replicas_per_app);
    }
}
