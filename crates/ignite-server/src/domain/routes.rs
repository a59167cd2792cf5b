//! The invocation fast path: active versions, what each version runs, and FunctionId
//! hosts, served from memory instead of the database.
//!
//! * The active version of an app is cached until it is published, rolled back or
//!   deleted: by this server, or by another that shares the store (its announcement
//!   arrives through the store; see cluster.rs).
//! * Published versions are immutable, so what they run is cached until the app is
//!   deleted: the engine's [`Target`], built from the version's record once.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use ignite_core::{Code, Error, FunctionId};

use crate::domain::convert::run_settings;
use crate::domain::retention::Storage;
use crate::engine::Target;
use crate::store::{AppStore, VersionRow};

/// A published version as the call paths need it.
#[derive(Debug, Clone)]
pub struct Deployed {
    pub target: Target,
    /// How long its executions are kept.
    pub storage: Storage,
}

impl Deployed {
    pub fn of(function: &FunctionId, row: &VersionRow) -> Deployed {
        Deployed {
            target: Target {
                function: function.clone(),
                version: row.version,
                kind: row.runtime_kind,
                code_hash: row.artifact_hash.clone().unwrap_or_else(|| row.code_hash.clone()),
                settings: run_settings(&row.config),
            },
            storage: Storage::of(&row.config),
        }
    }
}

pub struct RouteCache {
    store: Arc<dyn AppStore>,
    active: Mutex<HashMap<String, u32>>,
    versions: Mutex<HashMap<(String, u32), Arc<Deployed>>>,
    /// Resolved FunctionId hosts: host -> (app, port).
    hosts: Mutex<HashMap<String, (FunctionId, u16)>>,
}

impl RouteCache {
    pub fn new(store: Arc<dyn AppStore>) -> Self {
        RouteCache { store, active: Mutex::default(), versions: Mutex::default(), hosts: Mutex::default() }
    }

    /// What `version` of `id` runs (0 = the active version).
    pub async fn version(&self, id: &FunctionId, version: u32) -> Result<Arc<Deployed>, Error> {
        let app_id = id.to_string();
        let version = match version {
            0 => {
                let cached = self.active.lock().expect("cache lock").get(&app_id).copied();
                match cached {
                    Some(v) => v,
                    None => {
                        let app = self
                            .store
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
        if let Some(deployed) = self.versions.lock().expect("cache lock").get(&(app_id.clone(), version)) {
            return Ok(deployed.clone());
        }
        let row = self
            .store
            .get_version(id.org().as_str(), id.app().as_str(), version)
            .await?
            .ok_or_else(|| Error::not_found("version", format!("{id}@{version}")).with_field("version"))?;
        let deployed = Arc::new(Deployed::of(id, &row));
        self.versions.lock().expect("cache lock").insert((app_id, version), deployed.clone());
        Ok(deployed)
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

    /// Forgets everything (announcements of other servers may have been missed).
    pub fn clear(&self) {
        self.active.lock().expect("cache lock").clear();
        self.versions.lock().expect("cache lock").clear();
        self.hosts.lock().expect("cache lock").clear();
    }

    /// The app is gone.
    pub fn app_deleted(&self, id: &FunctionId) {
        let app_id = id.to_string();
        self.active.lock().expect("cache lock").remove(&app_id);
        self.versions.lock().expect("cache lock").retain(|(a, _), _| *a != app_id);
        self.hosts.lock().expect("cache lock").clear();
    }
}
