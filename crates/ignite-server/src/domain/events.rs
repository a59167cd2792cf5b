//! The bus on which the app services announce changes of an app, for whoever serves a
//! view of the apps outside the request that changed them (the MCP sessions of an
//! organization learn that its tool list changed).
//!
//! Caches and the engine are told synchronously instead, by the service that made the
//! change: an answer must never precede its effect (a call right after a rollback runs
//! the version rolled back to).

use ignite_core::FunctionId;
use tokio::sync::broadcast;

/// What changed of an app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Config,
    /// An alias was set or deleted.
    Aliases,
    Published,
    RolledBack,
    Deleted,
}

/// Where a change was made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// By a request to this server.
    Local,
    /// By another server sharing the store (announced through it; see cluster.rs).
    Remote,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AppChanged {
    pub app: FunctionId,
    pub change: Change,
    pub origin: Origin,
}

/// Announcements a slow subscriber has not read are dropped past this many (it then
/// sees `Lagged` and refreshes everything).
const CAPACITY: usize = 1024;

#[derive(Clone)]
pub struct EventBus(broadcast::Sender<AppChanged>);

impl Default for EventBus {
    fn default() -> Self {
        EventBus(broadcast::channel(CAPACITY).0)
    }
}

impl EventBus {
    pub fn publish(&self, app: &FunctionId, change: Change) {
        self.announce(AppChanged { app: app.clone(), change, origin: Origin::Local });
    }

    /// Announces a change as it is (another server's, too).
    pub fn announce(&self, changed: AppChanged) {
        // No subscriber is not an error: nobody is watching.
        let _ = self.0.send(changed);
    }

    pub fn subscribe(&self) -> broadcast::Receiver<AppChanged> {
        self.0.subscribe()
    }
}
