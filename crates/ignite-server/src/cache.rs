//! The invocation fast path: callers, active versions and version records served from
//! memory instead of the database.
//!
//! * Tokens are cached for [`TOKEN_TTL`]: tokens are revoked by another process
//!   (`ignite-server token revoke`), so a revocation takes effect within that time.
//! * The active version of an app is cached until this server publishes, rolls back or
//!   deletes it. Published versions are immutable, so their records are cached until the
//!   app is deleted.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use ignite_core::{Code, Error, FunctionId};

use crate::auth::{Caller, authenticate};
use crate::store::blobs::sha256_hex;
use crate::store::{Store, VersionRow};

pub const TOKEN_TTL: Duration = Duration::from_secs(1);

#[derive(Default)]
pub struct RouteCache {
    callers: Mutex<HashMap<String, (Caller, Instant)>>,
    active: Mutex<HashMap<String, u32>>,
    versions: Mutex<HashMap<(String, u32), Arc<VersionRow>>>,
    /// Resolved FunctionId hosts: host -> (app, port).
    hosts: Mutex<HashMap<String, (FunctionId, u16)>>,
}

impl RouteCache {
    /// The caller presenting `authorization`, from memory when seen within the TTL.
    pub async fn caller(&self, store: &dyn Store, authorization: Option<&str>) -> Result<Caller, Error> {
        let key = authorization.map(|a| sha256_hex(a.as_bytes()));
        if let Some(key) = &key
            && let Some((caller, at)) = self.callers.lock().expect("cache lock").get(key)
            && at.elapsed() < TOKEN_TTL
        {
            return Ok(caller.clone());
        }
        let caller = authenticate(store, authorization).await?;
        if let Some(key) = key {
            let mut callers = self.callers.lock().expect("cache lock");
            if callers.len() > 10_000 {
                callers.retain(|_, (_, at)| at.elapsed() < TOKEN_TTL);
            }
            callers.insert(key, (caller.clone(), Instant::now()));
        }
        Ok(caller)
    }

    /// The record of `version` of `id` (0 = the active version).
    pub async fn version(&self, store: &dyn Store, id: &FunctionId, version: u32) -> Result<Arc<VersionRow>, Error> {
        let app_id = id.to_string();
        let version = match version {
            0 => {
                let cached = self.active.lock().expect("cache lock").get(&app_id).copied();
                match cached {
                    Some(v) => v,
                    None => {
                        let app = store
                            .get_app(id.org().as_str(), id.app().as_str())
                            .await?
                            .ok_or_else(|| Error::not_found("app", id))?;
                        if app.active_version == 0 {
                            return Err(Error::new(
                                Code::FailedPrecondition,
                                "the app has no published version: publish a draft first",
                            ));
                        }
                        self.active.lock().expect("cache lock").insert(app_id.clone(), app.active_version);
                        app.active_version
                    }
                }
            }
            v => v,
        };
        if let Some(row) = self.versions.lock().expect("cache lock").get(&(app_id.clone(), version)) {
            return Ok(row.clone());
        }
        let row = store
            .get_version(id.org().as_str(), id.app().as_str(), version)
            .await?
            .ok_or_else(|| Error::not_found("version", format!("{id}@{version}")).with_field("version"))?;
        let row = Arc::new(row);
        self.versions.lock().expect("cache lock").insert((app_id, version), row.clone());
        Ok(row)
    }

    pub fn host(&self, host: &str) -> Option<(FunctionId, u16)> {
        self.hosts.lock().expect("cache lock").get(host).cloned()
    }

    pub fn remember_host(&self, host: &str, target: (FunctionId, u16)) {
        self.hosts.lock().expect("cache lock").insert(host.to_string(), target);
    }

    /// App config changed (its ports decide which hosts reach it).
    pub fn config_changed(&self) {
        self.hosts.lock().expect("cache lock").clear();
    }

    /// The active version changed (publish, rollback).
    pub fn active_changed(&self, id: &FunctionId) {
        self.active.lock().expect("cache lock").remove(&id.to_string());
    }

    /// The app is gone.
    pub fn app_deleted(&self, id: &FunctionId) {
        let app_id = id.to_string();
        self.active.lock().expect("cache lock").remove(&app_id);
        self.versions.lock().expect("cache lock").retain(|(a, _), _| *a != app_id);
        self.hosts.lock().expect("cache lock").clear();
    }
}
