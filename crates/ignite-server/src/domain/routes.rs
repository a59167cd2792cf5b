//! The invocation fast path: active versions, what each version runs, and FunctionId
//! hosts, served from memory instead of the database.
//!
//! * The active version of an app is cached until it is published, rolled back or
//!   deleted: by this server, or by another that shares the store (its announcement
//!   arrives through the store; see cluster.rs).
//! * Published versions are immutable, so what they run is cached until the app is
//!   deleted: the engine's [`Target`], built from the version's record once.
//! * An app's aliases are cached until one is set or deleted (announced like the rest).

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use ignite_core::app::Alias;
use ignite_core::{Code, Error, FunctionId};
use sha2::{Digest, Sha256};

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
    /// The aliases of each app read so far.
    aliases: Mutex<HashMap<String, Arc<Vec<Alias>>>>,
}

impl RouteCache {
    pub fn new(store: Arc<dyn AppStore>) -> Self {
        RouteCache {
            store,
            active: Mutex::default(),
            versions: Mutex::default(),
            hosts: Mutex::default(),
            aliases: Mutex::default(),
        }
    }

    /// The version a call of `id` through alias `name` runs: the alias's, or its
    /// canary's for `canary_weight` percent of the calls (those whose `routing_key`
    /// hashes into that share; a random share without a key).
    pub async fn alias_version(&self, id: &FunctionId, name: &str, routing_key: &str) -> Result<u32, Error> {
        let app_id = id.to_string();
        let cached = self.aliases.lock().expect("cache lock").get(&app_id).cloned();
        let aliases = match cached {
            Some(aliases) => aliases,
            None => {
                let aliases = Arc::new(self.store.aliases(id.org().as_str(), id.app().as_str()).await?);
                self.aliases.lock().expect("cache lock").insert(app_id.clone(), aliases.clone());
                aliases
            }
        };
        let alias = aliases
            .iter()
            .find(|a| a.name == name)
            .ok_or_else(|| Error::not_found("alias", format!("{app_id}:{name}")).with_field("alias"))?;
        let bucket = if routing_key.is_empty() {
            rand::random_range(0..100)
        } else {
            let digest = Sha256::new().chain_update(app_id).chain_update([0]).chain_update(name).chain_update([0]);
            let digest = digest.chain_update(routing_key).finalize();
            (u64::from_be_bytes(digest[..8].try_into().expect("8 bytes")) % 100) as u32
        };
        Ok(alias.pick(bucket))
    }

    /// An alias of the app was set or deleted.
    pub fn aliases_changed(&self, id: &FunctionId) {
        self.aliases.lock().expect("cache lock").remove(&id.to_string());
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
        self.aliases.lock().expect("cache lock").clear();
        self.versions.lock().expect("cache lock").clear();
        self.hosts.lock().expect("cache lock").clear();
    }

    /// The app is gone.
    pub fn app_deleted(&self, id: &FunctionId) {
        let app_id = id.to_string();
        self.active.lock().expect("cache lock").remove(&app_id);
        self.aliases.lock().expect("cache lock").remove(&app_id);
        self.versions.lock().expect("cache lock").retain(|(a, _), _| *a != app_id);
        self.hosts.lock().expect("cache lock").clear();
    }
}
