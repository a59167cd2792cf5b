//! Storage: the [`Store`] trait that handlers use, its SQLite implementation, and the
//! content-addressed [`blobs::BlobStore`] for code and artifacts.
//!
//! Architecture invariant: services see only the store traits; SQLite and PostgreSQL
//! are one implementation of them (`sql::SqlStore`), never a change to a service.
//!
//! Architecture invariant: every lifecycle change (save, compile, publish, rollback,
//! delete) is one transaction that loads the app's [`AppLifecycle`], lets
//! `AppLifecycle::apply` decide, and writes what the effect says. A kill at any
//! instant leaves the old or the new state.

pub mod blobs;
pub mod database_blobs;
pub mod sql;
pub mod stats;

use std::collections::HashSet;

use async_trait::async_trait;
use ignite_core::Error;
use ignite_core::app::{Alias, AppConfig, CallbackStatus, CodeSource, Execution, ExecutionKind, ExecutionStatus};
use ignite_core::lifecycle::{AppLifecycle, DraftState, Effect};
use ignite_core::runtime::{LogRecord, RequestHead, RuntimeEvent, RuntimeKind};
use tokio::sync::mpsc;

/// An app: identity, config and version counters.
#[derive(Debug, Clone, PartialEq)]
pub struct AppRow {
    pub org: String,
    pub name: String,
    pub config: AppConfig,
    pub latest_version: u32,
    pub active_version: u32,
    pub created_at_ms: i64,
    pub updated_at_ms: i64,
}

/// The draft slot.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftRow {
    /// Where the code comes from; its bytes are the blob `code_hash`.
    pub code: CodeSource,
    pub code_hash: String,
    pub size_bytes: u64,
    pub runtime_kind: RuntimeKind,
    pub state: DraftState,
    pub artifact_hash: Option<String>,
    pub deploy_id: Option<String>,
    pub build_id: Option<String>,
    pub error: String,
    pub input_schema: String,
    pub output_schema: String,
    pub created_at_ms: i64,
    pub last_deployment_at_ms: i64,
}

/// A published, immutable version.
#[derive(Debug, Clone, PartialEq)]
pub struct VersionRow {
    pub version: u32,
    pub code: CodeSource,
    pub code_hash: String,
    pub size_bytes: u64,
    pub runtime_kind: RuntimeKind,
    pub artifact_hash: Option<String>,
    /// The app's config as of the publish.
    pub config: AppConfig,
    pub created_at_ms: i64,
}

/// Which apps a listing returns.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AppFilter {
    pub public_only: bool,
    pub mcp_only: bool,
    pub published_only: bool,
}

/// What a delete removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeletedApp {
    pub versions: u32,
    /// A compile of the draft was running (the caller stops it).
    pub cancelled_compile: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TokenRow {
    pub id: String,
    pub org: String,
    pub description: String,
    pub created_at_ms: i64,
    pub revoked_at_ms: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecretRow {
    pub org: String,
    pub name: String,
    pub kind: String,
    pub nonce: Vec<u8>,
    pub ciphertext: Vec<u8>,
    pub created_at_ms: i64,
    pub updated_at_ms: i64,
}

/// The result of a publish.
#[derive(Debug, Clone, PartialEq)]
pub struct Published {
    pub app: AppRow,
    pub version: u32,
    pub effect: Effect,
}

/// A job of the jobs API.
#[derive(Debug, Clone, PartialEq)]
pub struct JobRow {
    pub id: String,
    pub org: String,
    /// The token id that created it.
    pub client: String,
    pub containers: Vec<String>,
    /// `running`, `success` or `failed`.
    pub status: String,
    /// The ContainerResult of the last step run.
    pub result: Option<serde_json::Value>,
    /// Every step's ContainerResult, in order.
    pub intermediate: Vec<serde_json::Value>,
    pub created_at_ms: i64,
    pub finished_at_ms: Option<i64>,
    /// The node running its steps (a cluster).
    pub owner: Option<String>,
}

/// How a compile ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompileResult {
    /// The artifact is the blob `artifact_hash`.
    Built { artifact_hash: String },
    /// Why it failed, as the draft's error says.
    Failed { error: String },
}

/// The log of one compile or image build.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BuildLogRow {
    /// The deploy_id (compiles) or build_id (image builds).
    pub id: String,
    pub org: String,
    pub app: String,
    /// `running`, `succeeded` or `failed`.
    pub status: String,
    pub log: Vec<u8>,
    pub created_at_ms: i64,
    pub finished_at_ms: Option<i64>,
}

/// A durable execution record, with the organization it belongs to.
#[derive(Debug, Clone, PartialEq)]
pub struct ExecutionRow {
    pub org: String,
    pub execution: Execution,
    /// How long the record and its output are kept once the execution completed.
    pub retention_ms: i64,
    /// The node running it (in a cluster); a result is recorded only from the owner of
    /// the attempt (`execution.attempt`).
    pub owner: Option<String>,
    /// Queued: any worker may claim it (servers sharing the store).
    pub queued: bool,
    /// The request, kept while the execution may run (again): a queued execution's, an
    /// InvokeAsync's until it ends (its dead letter keeps it for a redrive).
    pub request: Option<StoredRequest>,
    /// InvokeAsync's idempotency key: one execution per (organization, app, key).
    pub idempotency_key: Option<String>,
}

/// The request of an execution (its head already carries the execution's id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredRequest {
    pub head: RequestHead,
    pub body: Vec<u8>,
}

/// Where a completion callback stands after an attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallbackOutcome {
    pub status: CallbackStatus,
    pub attempts: u32,
    pub error: String,
    /// While pending: when the next attempt is due.
    pub next_ms: i64,
}

/// Which executions a listing keeps (`None`: any).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ExecutionFilter {
    pub kind: Option<ExecutionKind>,
    pub status: Option<ExecutionStatus>,
    /// Only dead letters.
    pub dead_letters: bool,
}

/// Which unfinished work a recovery fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Orphans {
    /// Everything unfinished: the only server restarted.
    All,
    /// Work whose owner has not beaten its heart since this instant (ms): servers
    /// share the store, and that one died.
    DeadSince(i64),
}

/// A server sharing the store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NodeRow {
    pub id: String,
    /// `all`, `api` or `worker`.
    pub role: String,
    pub node_name: String,
    /// Where other servers reach its API (`host:port`).
    pub address: String,
    pub started_at_ms: i64,
    pub heartbeat_ms: i64,
}

/// What a listener receives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notification {
    Message {
        channel: String,
        payload: String,
    },
    /// The connection was lost and made again: messages may have been missed.
    Reconnected,
}

/// The channel on which the store announces committed app changes (payload: JSON
/// `{"origin", "app", "change"}`, see `sql.rs`).
pub const APP_CHANGES: &str = "ignite_apps";

/// The channel on which a server announces an app secret it changed (payload
/// `org/name`): every server restarts the replicas holding it.
pub const SECRET_CHANGES: &str = "ignite_secrets";

impl ExecutionRow {
    /// Whether the record is past its retention at `now_ms` (it reads as gone even
    /// before the sweeper deletes it).
    pub fn expired(&self, now_ms: i64) -> bool {
        let done = self.execution.completed_at_ms;
        done > 0 && done.saturating_add(self.retention_ms) <= now_ms
    }
}

/// Apps, their drafts and versions: every lifecycle change is one transaction.
#[async_trait]
pub trait AppStore: Send + Sync + 'static {
    /// Creates an app, with its first draft when `draft` is given. ALREADY_EXISTS if
    /// the name is taken in the organization.
    async fn create_app(&self, app: &AppRow, draft: Option<&DraftRow>) -> Result<(), Error>;

    async fn get_app(&self, org: &str, name: &str) -> Result<Option<AppRow>, Error>;

    /// Apps ordered by (org, name), starting after `after`. `org = None` lists all
    /// organizations (public catalog).
    async fn list_apps(
        &self,
        org: Option<&str>,
        filter: AppFilter,
        after: Option<(&str, &str)>,
        limit: u32,
    ) -> Result<Vec<AppRow>, Error>;

    /// Replaces the app's config.
    async fn update_app_config(&self, org: &str, name: &str, config: &AppConfig, now_ms: i64) -> Result<(), Error>;

    /// Deletes the app, its draft and its versions in one transaction.
    async fn delete_app(&self, org: &str, name: &str) -> Result<Option<DeletedApp>, Error>;

    /// The app's lifecycle state (NOT_FOUND if the app does not exist).
    async fn lifecycle(&self, org: &str, name: &str) -> Result<AppLifecycle, Error>;

    async fn get_draft(&self, org: &str, name: &str) -> Result<Option<DraftRow>, Error>;

    /// Replaces the draft slot.
    async fn save_draft(&self, org: &str, name: &str, draft: &DraftRow) -> Result<Effect, Error>;

    /// The artifact hashes of every image draft and version.
    async fn image_artifacts(&self) -> Result<Vec<String>, Error>;

    /// Marks the draft COMPILING under `deploy_id` (also its `build_id` when it is an
    /// image), run by no one yet.
    async fn start_compile(&self, org: &str, name: &str, deploy_id: &str, now_ms: i64) -> Result<DraftRow, Error>;

    /// Claims up to `limit` compiles for `owner` until `now_ms + lease_ms`: those run
    /// by no one, and those whose lease lapsed (their worker died). Returns each
    /// (org, app, draft). Two workers never claim one compile.
    async fn claim_compiles(
        &self,
        owner: &str,
        now_ms: i64,
        lease_ms: i64,
        limit: u32,
    ) -> Result<Vec<(String, String, DraftRow)>, Error>;

    /// Extends the leases of the compiles `owner` runs to `until_ms`.
    async fn renew_compile_leases(&self, owner: &str, until_ms: i64) -> Result<u64, Error>;

    /// Ends the compile `deploy_id`: `Ok(artifact hash)` or `Err(message)`. A compile
    /// that is no longer the draft's (a newer SaveDraft replaced it), or that `owner`
    /// no longer holds (in a cluster: its lease lapsed and another worker claimed it),
    /// is ignored.
    async fn finish_compile(
        &self,
        org: &str,
        name: &str,
        deploy_id: &str,
        owner: Option<&str>,
        result: &CompileResult,
    ) -> Result<bool, Error>;

    /// Freezes the draft into the next version and makes it active.
    async fn publish(&self, org: &str, name: &str, now_ms: i64) -> Result<Published, Error>;

    /// Re-points the active version; returns the app and the previous active version.
    async fn rollback(&self, org: &str, name: &str, to: u32, now_ms: i64) -> Result<(AppRow, u32), Error>;

    /// Creates or replaces an alias of `org/app` (announced to the other servers).
    async fn set_alias(&self, org: &str, app: &str, alias: &Alias) -> Result<(), Error>;

    /// The aliases of `org/app`, by name.
    async fn aliases(&self, org: &str, app: &str) -> Result<Vec<Alias>, Error>;

    /// Every alias with a canary: (organization, app, alias).
    async fn canaries(&self) -> Result<Vec<(String, String, Alias)>, Error>;

    /// Deletes an alias; false when there was none.
    async fn delete_alias(&self, org: &str, app: &str, name: &str) -> Result<bool, Error>;

    /// Newest first.
    async fn list_versions(&self, org: &str, name: &str) -> Result<Vec<VersionRow>, Error>;

    async fn get_version(&self, org: &str, name: &str, version: u32) -> Result<Option<VersionRow>, Error>;

    /// The node running compile `deploy_id` (a draft's, while it compiles in a cluster).
    async fn compile_owner(&self, deploy_id: &str) -> Result<Option<String>, Error>;

    /// Every blob hash a row references (code and artifacts).
    async fn referenced_blobs(&self) -> Result<HashSet<String>, Error>;

    /// How many apps `org` has.
    async fn count_apps(&self, org: &str) -> Result<u64, Error>;

    /// Bytes of uploaded code `org` keeps in its drafts and versions.
    async fn stored_bytes(&self, org: &str) -> Result<u64, Error>;
}

/// Durable execution records.
#[async_trait]
pub trait ExecutionStore: Send + Sync + 'static {
    /// Records a new execution; ALREADY_EXISTS if its idempotency key is taken.
    async fn create_execution(&self, row: &ExecutionRow) -> Result<(), Error>;

    /// The execution of `org/app` holding idempotency `key`.
    async fn execution_by_key(&self, org: &str, app: &str, key: &str) -> Result<Option<ExecutionRow>, Error>;

    /// Frees the idempotency key of execution `id` (its record expired).
    async fn release_idempotency_key(&self, id: &str) -> Result<(), Error>;

    /// Writes the mutable fields (status, timings, output, error, awaiting_input), if
    /// `row.owner` still holds attempt `row.execution.attempt`; false if not (another
    /// worker claimed it after this one's lease expired: its result is not taken).
    async fn update_execution(&self, row: &ExecutionRow) -> Result<bool, Error>;

    /// Records `next`, the PENDING execution that follows the failed attempt of `failed`
    /// (held as for `update_execution`; see `Execution::retried`); a queued one is
    /// claimed again at its `next_attempt_at_ms`. False when the attempt is no longer
    /// this holder's, or the execution was cancelled.
    async fn retry_execution(&self, failed: &ExecutionRow, next: &Execution) -> Result<bool, Error>;

    /// Ends a PENDING or RUNNING execution CANCELLED with `reason`; its holder can no
    /// longer record a result. None when it had already ended.
    async fn cancel_execution(&self, id: &str, reason: &str, now_ms: i64) -> Result<Option<ExecutionRow>, Error>;

    /// Executions of `org/app` that pass `filter`, newest first, after `before`
    /// (created_at_ms, id).
    async fn list_executions(
        &self,
        org: &str,
        app: &str,
        filter: ExecutionFilter,
        before: Option<(i64, String)>,
        limit: u32,
    ) -> Result<Vec<ExecutionRow>, Error>;

    /// Takes dead letter `id` out of the list, naming the execution that runs it
    /// again; false when it is not (or no longer) a dead letter.
    async fn redrive_dead_letter(&self, id: &str, redriven_as: &str) -> Result<bool, Error>;

    /// Deletes the dead letters of `org/app`; returns the blob hashes of their outputs
    /// and how many went.
    async fn purge_dead_letters(&self, org: &str, app: &str) -> Result<(u32, Vec<String>), Error>;

    /// Claims up to `limit` queued executions for `owner` until `now_ms + lease_ms`:
    /// pending ones whose (next) attempt may start, oldest first, and running ones whose
    /// lease expired (their worker died: that claim starts attempt + 1). Two workers
    /// never claim one row.
    async fn claim_executions(
        &self,
        owner: &str,
        now_ms: i64,
        lease_ms: i64,
        limit: u32,
    ) -> Result<Vec<ExecutionRow>, Error>;

    /// Extends the leases `owner` holds on its running executions to `until_ms`.
    async fn renew_leases(&self, owner: &str, until_ms: i64) -> Result<u64, Error>;

    /// Claims up to `limit` executions whose callback is due at `now_ms` for
    /// `lease_ms` (another server takes one again once that passes).
    async fn claim_callbacks(&self, now_ms: i64, lease_ms: i64, limit: u32) -> Result<Vec<ExecutionRow>, Error>;

    /// Records how a callback attempt of execution `id` went (and frees its claim).
    async fn record_callback(&self, id: &str, outcome: &CallbackOutcome) -> Result<(), Error>;

    async fn get_execution(&self, id: &str) -> Result<Option<ExecutionRow>, Error>;

    /// Deletes at most `limit` executions past their retention at `now_ms`; returns the
    /// blob hashes of the deleted outputs.
    async fn delete_expired_executions(&self, now_ms: i64, limit: u32) -> Result<Vec<String>, Error>;

    /// Marks PENDING or RUNNING executions that are not queued FAILED with `reason`
    /// (after a crash: they are not re-run, handlers need not be idempotent); returns
    /// how many. Queued ones are claimed again instead once their lease expires.
    async fn fail_unfinished(&self, reason: &str, orphans: Orphans, now_ms: i64) -> Result<u64, Error>;
}

/// Execution stats, a row per app and minute.
#[async_trait]
pub trait StatsStore: Send + Sync + 'static {
    /// Adds a minute of execution stats to what is stored for it.
    async fn add_execution_stats(&self, org: &str, app: &str, minute_ms: i64, slot: &stats::Slot) -> Result<(), Error>;

    /// The stored minutes of an app within [from_ms, to_ms).
    async fn execution_stats(
        &self,
        org: &str,
        app: &str,
        from_ms: i64,
        to_ms: i64,
    ) -> Result<Vec<(i64, stats::Slot)>, Error>;
}

/// Jobs of the jobs API.
#[async_trait]
pub trait JobStore: Send + Sync + 'static {
    /// Inserts or replaces a job.
    async fn put_job(&self, job: &JobRow) -> Result<(), Error>;

    /// The jobs of `org` among `ids`, in the order of `ids` (unknown ids skipped).
    async fn get_jobs(&self, org: &str, ids: &[String]) -> Result<Vec<JobRow>, Error>;

    /// Ids of the jobs `client` created, oldest first; `pending` filters running (true)
    /// or finished (false) ones.
    async fn list_jobs(&self, org: &str, client: &str, pending: Option<bool>) -> Result<Vec<String>, Error>;

    async fn count_running_jobs(&self, org: &str) -> Result<u64, Error>;

    /// Jobs left running (by `orphans`) fail with `reason`.
    async fn fail_running_jobs(&self, reason: &str, orphans: Orphans, now_ms: i64) -> Result<u64, Error>;
}

/// Logs of compiles and image builds.
#[async_trait]
pub trait BuildLogStore: Send + Sync + 'static {
    /// Inserts or replaces a build log.
    async fn put_build_log(&self, row: &BuildLogRow) -> Result<(), Error>;

    async fn get_build_log(&self, id: &str) -> Result<Option<BuildLogRow>, Error>;

    /// Deletes the logs of builds that finished before `before_ms`; returns how many.
    async fn delete_build_logs(&self, before_ms: i64) -> Result<u64, Error>;

    /// Drafts left COMPILING (by `orphans`) become FAILED with `reason`, and their logs
    /// end.
    async fn fail_running_compiles(&self, reason: &str, orphans: Orphans, now_ms: i64) -> Result<u64, Error>;
}

/// Bearer tokens (their hashes).
#[async_trait]
pub trait TokenStore: Send + Sync + 'static {
    async fn create_token(&self, token: &TokenRow, token_hash: &str) -> Result<(), Error>;

    /// The live (not revoked) token with this hash.
    async fn find_token(&self, token_hash: &str) -> Result<Option<TokenRow>, Error>;

    async fn list_tokens(&self, org: Option<&str>) -> Result<Vec<TokenRow>, Error>;

    /// Revokes by id; false if no live token has it.
    async fn revoke_token(&self, id: &str, now_ms: i64) -> Result<bool, Error>;
}

/// Encrypted secrets.
#[async_trait]
pub trait SecretStore: Send + Sync + 'static {
    /// Creates or overwrites; keeps the original creation time on overwrite.
    async fn put_secret(&self, secret: &SecretRow) -> Result<SecretRow, Error>;

    async fn get_secret(&self, org: &str, name: &str) -> Result<Option<SecretRow>, Error>;

    async fn list_secrets(&self, org: &str) -> Result<Vec<SecretRow>, Error>;

    async fn delete_secret(&self, org: &str, name: &str) -> Result<bool, Error>;

    /// Every secret of every organization (a key rotation re-encrypts them).
    async fn all_secrets(&self) -> Result<Vec<SecretRow>, Error>;

    /// Replaces the sealed values (nonce, ciphertext) of `secrets` in one transaction.
    async fn reseal_secrets(&self, secrets: &[SecretRow]) -> Result<(), Error>;
}

/// Operator-set organization quotas.
#[async_trait]
pub trait QuotaStore: Send + Sync + 'static {
    /// The quota the operator set for `org` (JSON of `quotas::Quota`), if any.
    async fn get_quota(&self, org: &str) -> Result<Option<String>, Error>;

    async fn set_quota(&self, org: &str, quota: &str) -> Result<(), Error>;
}

/// The servers sharing the store, and messages between them.
#[async_trait]
pub trait ClusterStore: Send + Sync + 'static {
    /// Whether other servers may share this store (PostgreSQL).
    fn shared(&self) -> bool;

    /// Names this store value in the notifications it sends (a listener skips its own).
    fn instance(&self) -> &str;

    /// Records that `node` is alive now (inserting it on its first beat).
    async fn heartbeat(&self, node: &NodeRow) -> Result<(), Error>;

    /// The nodes whose last heartbeat is at or after `since_ms`.
    async fn live_nodes(&self, since_ms: i64) -> Result<Vec<NodeRow>, Error>;

    /// A node that stops cleanly leaves at once.
    async fn leave(&self, id: &str) -> Result<(), Error>;

    /// Sends `payload` to every listener of `channel` (nothing when not shared).
    async fn notify(&self, channel: &str, payload: &str) -> Result<(), Error>;

    /// The notifications of `channels`, or None when the store is not shared.
    async fn listen(&self, channels: &[&str]) -> Result<Option<mpsc::Receiver<Notification>>, Error>;
}

/// A cron schedule as stored: the app's config names it, the store keeps when it runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleRow {
    pub org: String,
    pub app: String,
    pub name: String,
    pub cron: String,
    pub timezone: String,
    pub payload: Vec<u8>,
    /// The next tick; 0 until a server computed it.
    pub next_run_ms: i64,
    pub last_run_ms: i64,
    pub last_execution: String,
}

/// Apps' cron schedules: rows that CreateApp, UpdateAppConfig and DeleteApp keep in step
/// with the config (in their transactions), each tick fired once.
#[async_trait]
pub trait ScheduleStore: Send + Sync + 'static {
    /// At most `limit` schedules whose next run is at or before `now_ms`, or not
    /// computed yet, soonest first.
    async fn due_schedules(&self, now_ms: i64, limit: u32) -> Result<Vec<ScheduleRow>, Error>;

    /// The schedules of `org/app`, by name.
    async fn schedules_of(&self, org: &str, app: &str) -> Result<Vec<ScheduleRow>, Error>;

    /// Moves the next run of `schedule` (as read) to `next_ms` without firing; false when
    /// another server moved it first.
    async fn move_schedule(&self, schedule: &ScheduleRow, next_ms: i64) -> Result<bool, Error>;

    /// Fires the tick `schedule.next_run_ms` in one transaction: records `execution`
    /// and moves the next run to `next_ms`. False, recording nothing, when another
    /// server fired that tick first.
    async fn fire_schedule(
        &self,
        schedule: &ScheduleRow,
        next_ms: i64,
        execution: &ExecutionRow,
    ) -> Result<bool, Error>;
}

/// A log line as stored: the app's, kept until `expires_at_ms`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredLine {
    pub org: String,
    pub app: String,
    pub record: LogRecord,
    pub expires_at_ms: i64,
}

/// Which log lines a read wants (empty or zero fields: any).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LogQuery {
    pub since_ms: i64,
    pub until_ms: i64,
    pub replica_id: String,
    pub contains: String,
    pub execution_id: String,
    /// The newest this many.
    pub limit: u32,
}

/// An event as stored: one observation of `version` of the app, kept until
/// `expires_at_ms`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredEvent {
    pub org: String,
    pub app: String,
    pub version: u32,
    pub event: RuntimeEvent,
    pub expires_at_ms: i64,
}

/// Apps' log lines and events, kept past restarts (written in batches by the server
/// that observed them).
#[async_trait]
pub trait LogStore: Send + Sync + 'static {
    /// Appends lines and events, in one transaction.
    async fn append_telemetry(&self, lines: &[StoredLine], events: &[StoredEvent]) -> Result<(), Error>;

    /// The newest `limit` events of `org/app` (each with its version), oldest first.
    async fn read_events(&self, org: &str, app: &str, limit: u32) -> Result<Vec<(RuntimeEvent, u32)>, Error>;

    /// The newest `query.limit` lines of `org/app` that match, oldest first, and
    /// whether more matched.
    async fn read_logs(&self, org: &str, app: &str, query: &LogQuery) -> Result<(Vec<LogRecord>, bool), Error>;

    /// Deletes at most `limit` lines and `limit` events past their expiry; returns how
    /// many went.
    async fn delete_expired_logs(&self, now_ms: i64, limit: u32) -> Result<u64, Error>;
}

/// Everything a server keeps: one value implementing every store of a concern. A
/// service holds the concerns it uses (`Arc<dyn SecretStore>`, ...), or the whole.
pub trait Store:
    AppStore
    + ExecutionStore
    + StatsStore
    + JobStore
    + BuildLogStore
    + TokenStore
    + SecretStore
    + QuotaStore
    + ClusterStore
    + ScheduleStore
    + LogStore
{
}

impl<T> Store for T where
    T: AppStore
        + ExecutionStore
        + StatsStore
        + JobStore
        + BuildLogStore
        + TokenStore
        + SecretStore
        + QuotaStore
        + ClusterStore
        + ScheduleStore
        + LogStore
{
}
