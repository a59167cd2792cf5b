//! The SQL [`Store`]: one implementation for SQLite (the embedded default) and
//! PostgreSQL (a cluster), through sqlx's `Any` driver. Queries are written once in
//! the SQL both accept (`$N` parameters, `ON CONFLICT` upserts, `RETURNING`); the few
//! places the two differ are methods of [`Dialect`].
//!
//! - SQLite: WAL journal, `synchronous=FULL` (an acknowledged write survives a kill or
//!   a power cut), foreign keys on. Write transactions start with `BEGIN IMMEDIATE` so
//!   concurrent writers (the server and `ignite-server token ...`) queue on the busy
//!   timeout instead of failing on a lock upgrade.
//! - PostgreSQL: READ COMMITTED; a lifecycle change locks its app's row
//!   (`SELECT ... FOR UPDATE`), and a creation takes a transaction advisory lock, so
//!   that concurrent servers decide one after the other as SQLite's single writer does.
//!
//! Migrations of both live in `migrations/<dialect>` and run at open.

use std::collections::HashSet;
use std::path::Path;
use std::time::Duration;

use async_trait::async_trait;
use ignite_core::app::{
    Alias, AppConfig, CallbackStatus, CanaryBounds, CodeSource, Execution, ExecutionKind, ExecutionStatus,
};
use ignite_core::lifecycle::{Action, AppLifecycle, CompileRequirement, DraftState, DraftStatus, Effect};
use ignite_core::runtime::{LogRecord, LogStream, RuntimeEvent, RuntimeKind};
use ignite_core::{Error, FunctionId};
use ignite_proto::v1;
use prost::Message;
use serde::Serialize;
use sqlx::any::{AnyConnectOptions, AnyPoolOptions, AnyRow};
use sqlx::{AnyConnection, AnyPool, Executor, Row};
use tokio::sync::mpsc;

use super::{
    APP_CHANGES, AppFilter, AppRow, AppStore, BuildLogRow, BuildLogStore, CallbackOutcome, ClusterStore, CompileResult,
    DeletedApp, DraftRow, ExecutionFilter, ExecutionRow, ExecutionStore, JobRow, JobStore, LogQuery, LogStore, NodeRow,
    Notification, Orphans, Published, QuotaStore, ScheduleRow, ScheduleStore, SecretRow, SecretStore, StatsStore,
    StoredEvent, StoredLine, StoredRequest, TokenRow, TokenStore, VersionRow,
};

/// The SQL a backend speaks where the two differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dialect {
    Sqlite,
    Postgres,
}

impl Dialect {
    /// The dialect of a database URL (`sqlite:` or `postgres:`/`postgresql:`).
    pub fn of_url(url: &str) -> Result<Dialect, Error> {
        if url.starts_with("sqlite:") {
            Ok(Dialect::Sqlite)
        } else if url.starts_with("postgres:") || url.starts_with("postgresql:") {
            Ok(Dialect::Postgres)
        } else {
            Err(Error::invalid_argument("database", "the database is a sqlite: or postgres:// URL".to_string()))
        }
    }

    /// How a write transaction begins: SQLite takes the write lock at once.
    fn begin_write(self) -> &'static str {
        match self {
            Dialect::Sqlite => "BEGIN IMMEDIATE",
            Dialect::Postgres => "BEGIN",
        }
    }

    /// Appended to a SELECT in a write transaction: locks the rows read (SQLite's
    /// transaction already holds the only write lock).
    fn for_update(self) -> &'static str {
        match self {
            Dialect::Sqlite => "",
            Dialect::Postgres => " FOR UPDATE",
        }
    }

    /// Appended to the SELECT of a claim: rows another server is claiming are passed
    /// over instead of waited for (SQLite has one writer at a time anyway).
    /// Whether `column` contains the text of parameter `param`.
    fn contains(self, column: &str, param: &str) -> String {
        match self {
            Dialect::Sqlite => format!("instr({column}, {param}) > 0"),
            Dialect::Postgres => format!("strpos({column}, {param}) > 0"),
        }
    }

    fn skip_locked(self) -> &'static str {
        match self {
            Dialect::Sqlite => "",
            Dialect::Postgres => " FOR UPDATE SKIP LOCKED",
        }
    }
}

pub struct SqlStore {
    pool: AnyPool,
    dialect: Dialect,
    /// The connection URL (a PostgreSQL listener opens a connection of its own).
    url: String,
    /// Names this value in the notifications it sends.
    instance: String,
}

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

/// The condition that selects `orphans` by the node-id column `owner`, with the
/// liveness cutoff as parameter `$param` (bound by [`bind_orphans`]).
fn orphan_condition(orphans: Orphans, owner: &str, param: usize) -> String {
    match orphans {
        Orphans::All => "1 = 1".into(),
        Orphans::DeadSince(_) => {
            format!("{owner} IS NOT NULL AND {owner} NOT IN (SELECT id FROM nodes WHERE heartbeat_ms >= ${param})")
        }
    }
}

/// Sends `payload` on `channel` (PostgreSQL; in a transaction, at its commit).
fn notification(channel: &str, payload: String) -> AnyQuery<'_> {
    sqlx::query("SELECT pg_notify($1, $2)").bind(channel).bind(payload)
}

fn bind_orphans(query: AnyQuery<'_>, orphans: Orphans) -> AnyQuery<'_> {
    match orphans {
        Orphans::All => query,
        Orphans::DeadSince(since) => query.bind(since),
    }
}

/// The advisory lock a creation of an app holds (PostgreSQL): the host-label check and
/// the insert are one decision across servers.
const CREATE_APP_LOCK: i64 = 0x1915_0001;

fn db_err(e: sqlx::Error) -> Error {
    Error::internal(format!("database: {e}"))
}

/// An app's config and a code source are JSON documents of the core records. Rows
/// written by servers before these records existed hold the protobuf encoding of the
/// wire messages instead (a JSON document starts with `{`, which no such encoding
/// does): they are read through `ignite_proto`'s conversions, and rewritten as JSON the
/// next time the row is written.
fn document<T: Serialize>(value: &T) -> Vec<u8> {
    serde_json::to_vec(value).expect("records serialize")
}

/// A stored document: JSON, or the protobuf message `M` an older server wrote, read
/// through `legacy`.
fn document_from<T, M>(bytes: &[u8], what: &str, legacy: impl FnOnce(M) -> Result<T, Error>) -> Result<T, Error>
where
    T: serde::de::DeserializeOwned,
    M: Message + Default,
{
    let corrupt = |e: &dyn std::fmt::Display| Error::internal(format!("corrupt {what} record: {e}"));
    if bytes.first() == Some(&b'{') {
        return serde_json::from_slice(bytes).map_err(|e| corrupt(&e));
    }
    let message = M::decode(bytes).map_err(|e| corrupt(&e))?;
    legacy(message).map_err(|e| corrupt(&e))
}

fn config_from(bytes: &[u8], what: &str) -> Result<AppConfig, Error> {
    document_from(bytes, what, |meta: v1::AppMeta| Ok(AppConfig::from(&meta)))
}

fn code_from(bytes: &[u8], what: &str) -> Result<CodeSource, Error> {
    document_from(bytes, what, |code: v1::CodeSource| ignite_proto::convert::code_source(&code, "code"))
}

fn kind_to_str(k: RuntimeKind) -> &'static str {
    k.label()
}

fn kind_from_str(s: &str) -> Result<RuntimeKind, Error> {
    [
        RuntimeKind::Python,
        RuntimeKind::RustNative,
        RuntimeKind::RustWasm,
        RuntimeKind::Go,
        RuntimeKind::Deno,
        RuntimeKind::Wasm,
        RuntimeKind::Image,
    ]
    .into_iter()
    .find(|k| k.label() == s)
    .ok_or_else(|| Error::internal(format!("corrupt runtime kind {s:?}")))
}

fn status_to_str(s: DraftStatus) -> &'static str {
    match s {
        DraftStatus::Draft => "Draft",
        DraftStatus::Compiling => "Compiling",
        DraftStatus::Failed => "Failed",
    }
}

fn status_from_str(s: &str) -> Result<DraftStatus, Error> {
    match s {
        "Draft" => Ok(DraftStatus::Draft),
        "Compiling" => Ok(DraftStatus::Compiling),
        "Failed" => Ok(DraftStatus::Failed),
        _ => Err(Error::internal(format!("corrupt draft status {s:?}"))),
    }
}

fn compile_to_str(c: CompileRequirement) -> &'static str {
    match c {
        CompileRequirement::None => "None",
        CompileRequirement::Explicit => "Explicit",
        CompileRequirement::Implicit => "Implicit",
    }
}

fn compile_from_str(s: &str) -> Result<CompileRequirement, Error> {
    match s {
        "None" => Ok(CompileRequirement::None),
        "Explicit" => Ok(CompileRequirement::Explicit),
        "Implicit" => Ok(CompileRequirement::Implicit),
        _ => Err(Error::internal(format!("corrupt compile requirement {s:?}"))),
    }
}

fn app_from_row(r: &AnyRow) -> Result<AppRow, Error> {
    Ok(AppRow {
        org: r.get("org"),
        name: r.get("name"),
        config: config_from(&r.get::<Vec<u8>, _>("config"), "app")?,
        latest_version: r.get::<i64, _>("latest_version") as u32,
        active_version: r.get::<i64, _>("active_version") as u32,
        created_at_ms: r.get("created_at_ms"),
        updated_at_ms: r.get("updated_at_ms"),
    })
}

fn draft_from_row(r: &AnyRow) -> Result<DraftRow, Error> {
    Ok(DraftRow {
        code: code_from(&r.get::<Vec<u8>, _>("code"), "draft")?,
        code_hash: r.get("code_hash"),
        size_bytes: r.get::<i64, _>("size_bytes") as u64,
        runtime_kind: kind_from_str(r.get("runtime_kind"))?,
        state: DraftState {
            status: status_from_str(r.get("status"))?,
            compile: compile_from_str(r.get("compile"))?,
            compiled: r.get::<i64, _>("compiled") != 0,
        },
        artifact_hash: r.get("artifact_hash"),
        deploy_id: r.get("deploy_id"),
        build_id: r.get("build_id"),
        error: r.get("error"),
        input_schema: r.get("input_schema"),
        output_schema: r.get("output_schema"),
        created_at_ms: r.get("created_at_ms"),
        last_deployment_at_ms: r.get("last_deployment_at_ms"),
    })
}

fn version_from_row(r: &AnyRow) -> Result<VersionRow, Error> {
    Ok(VersionRow {
        version: r.get::<i64, _>("version") as u32,
        code: code_from(&r.get::<Vec<u8>, _>("code"), "version")?,
        code_hash: r.get("code_hash"),
        size_bytes: r.get::<i64, _>("size_bytes") as u64,
        runtime_kind: kind_from_str(r.get("runtime_kind"))?,
        artifact_hash: r.get("artifact_hash"),
        config: config_from(&r.get::<Vec<u8>, _>("config"), "version config")?,
        created_at_ms: r.get("created_at_ms"),
    })
}

fn token_from_row(r: &AnyRow) -> TokenRow {
    TokenRow {
        id: r.get("id"),
        org: r.get("org"),
        description: r.get("description"),
        created_at_ms: r.get("created_at_ms"),
        revoked_at_ms: r.get("revoked_at_ms"),
    }
}

fn secret_from_row(r: &AnyRow) -> SecretRow {
    SecretRow {
        org: r.get("org"),
        name: r.get("name"),
        kind: r.get("kind"),
        nonce: r.get("nonce"),
        ciphertext: r.get("ciphertext"),
        created_at_ms: r.get("created_at_ms"),
        updated_at_ms: r.get("updated_at_ms"),
    }
}

/// The callback status an execution takes when it ends: pending if it has a callback.
const PENDING_CALLBACK: &str =
    "CASE WHEN callback_url IS NOT NULL AND callback_status = 0 THEN 1 ELSE callback_status END";

fn execution_from_row(r: &AnyRow) -> ExecutionRow {
    let (org, app): (String, String) = (r.get("org"), r.get("app"));
    let headers: String = r.get("output_headers");
    ExecutionRow {
        execution: Execution {
            id: r.get("id"),
            app_id: format!("{org}/{app}"),
            version: r.get::<i64, _>("version") as u32,
            status: ExecutionStatus::from_number(r.get("status")),
            started_at_ms: r.get("started_at_ms"),
            completed_at_ms: r.get("completed_at_ms"),
            duration_ms: {
                let (s, c): (i64, i64) = (r.get("started_at_ms"), r.get("completed_at_ms"));
                if s > 0 && c >= s { c - s } else { 0 }
            },
            output: r.get("output"),
            error: r.get("error"),
            http_status: r.get::<i64, _>("http_status") as u32,
            created_at_ms: r.get("created_at_ms"),
            kind: ExecutionKind::from_number(r.get("kind")),
            output_ref: r.get("output_ref"),
            output_size: r.get::<i64, _>("output_size") as u64,
            output_headers: serde_json::from_str(&headers).unwrap_or_default(),
            awaiting_input: r.get::<i64, _>("awaiting_input") != 0,
            attempt: r.get::<i64, _>("attempt") as u32,
            attempts: serde_json::from_str(&r.get::<String, _>("attempts")).unwrap_or_default(),
            next_attempt_at_ms: r.get("next_attempt_at_ms"),
            dead_letter: r.get::<i64, _>("dead_letter") != 0,
            redriven_as: r.get("redriven_as"),
            schedule: r.get("schedule"),
            scheduled_at_ms: r.get("scheduled_at_ms"),
            callback_url: r.get("callback_url"),
            callback_status: CallbackStatus::from_number(r.get("callback_status")),
            callback_attempts: r.get::<i64, _>("callback_attempts") as u32,
            callback_error: r.get("callback_error"),
        },
        org,
        retention_ms: r.get("retention_ms"),
        owner: r.get("lease_owner"),
        idempotency_key: r.get("idempotency_key"),
        queued: r.get::<i64, _>("queued") != 0,
        request: match (r.get::<Option<String>, _>("request_head"), r.get::<Option<Vec<u8>>, _>("request_body")) {
            (Some(head), Some(body)) => {
                Some(StoredRequest { head: serde_json::from_str(&head).unwrap_or_default(), body })
            }
            _ => None,
        },
    }
}

fn app_not_found(org: &str, name: &str) -> Error {
    Error::not_found("app", format!("{org}/{name}"))
}

impl SqlStore {
    /// Opens (creating if needed) the SQLite database file `path`.
    pub async fn open_sqlite(path: &Path) -> Result<Self, Error> {
        let path = path.to_str().ok_or_else(|| Error::internal("the database path is not UTF-8"))?;
        Self::open(&format!("sqlite://{path}?mode=rwc")).await
    }

    /// Connects to `url` (`sqlite://PATH?mode=rwc` or `postgres://...`) and applies
    /// pending migrations.
    pub async fn open(url: &str) -> Result<Self, Error> {
        sqlx::any::install_default_drivers();
        let dialect = Dialect::of_url(url)?;
        let options: AnyConnectOptions = url.parse().map_err(db_err)?;
        let pool = match dialect {
            Dialect::Sqlite => AnyPoolOptions::new()
                .max_connections(8)
                .after_connect(|conn, _| {
                    Box::pin(async move {
                        conn.execute(
                            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; \
                             PRAGMA busy_timeout = 10000;",
                        )
                        .await
                        .map(|_| ())
                    })
                })
                .connect_with(options)
                .await
                .map_err(db_err)?,
            Dialect::Postgres => AnyPoolOptions::new()
                .max_connections(16)
                .acquire_timeout(Duration::from_secs(10))
                .connect_with(options)
                .await
                .map_err(db_err)?,
        };
        let migrator = match dialect {
            Dialect::Sqlite => sqlx::migrate!("migrations/sqlite"),
            Dialect::Postgres => sqlx::migrate!("migrations/postgres"),
        };
        migrator.run(&pool).await.map_err(|e| Error::internal(format!("migrations: {e}")))?;
        Ok(SqlStore { pool, dialect, url: url.to_string(), instance: uuid::Uuid::new_v4().to_string() })
    }

    /// Announces a committed change of an app to the other servers, in the
    /// transaction that makes it: delivered at its commit, before any answer.
    async fn announce(&self, conn: &mut AnyConnection, org: &str, name: &str, change: &str) -> Result<(), Error> {
        if self.dialect != Dialect::Postgres {
            return Ok(());
        }
        let payload = serde_json::json!({ "origin": self.instance, "app": format!("{org}/{name}"), "change": change });
        notification(APP_CHANGES, payload.to_string()).execute(&mut *conn).await.map_err(db_err)?;
        Ok(())
    }

    pub fn dialect(&self) -> Dialect {
        self.dialect
    }

    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    async fn write_tx(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, Error> {
        self.pool.begin_with(self.dialect.begin_write()).await.map_err(db_err)
    }

    /// The app's lifecycle; in a write transaction its row stays locked until the end.
    async fn load_lifecycle(&self, conn: &mut AnyConnection, org: &str, name: &str) -> Result<AppLifecycle, Error> {
        let lock = self.dialect.for_update();
        let app =
            sqlx::query(&format!("SELECT latest_version, active_version FROM apps WHERE org = $1 AND name = $2{lock}"))
                .bind(org)
                .bind(name)
                .fetch_optional(&mut *conn)
                .await
                .map_err(db_err)?
                .ok_or_else(|| app_not_found(org, name))?;
        let draft = sqlx::query("SELECT status, compile, compiled FROM drafts WHERE org = $1 AND app = $2")
            .bind(org)
            .bind(name)
            .fetch_optional(&mut *conn)
            .await
            .map_err(db_err)?;
        let draft = match draft {
            None => None,
            Some(r) => Some(DraftState {
                status: status_from_str(r.get("status"))?,
                compile: compile_from_str(r.get("compile"))?,
                compiled: r.get::<i64, _>("compiled") != 0,
            }),
        };
        Ok(AppLifecycle {
            draft,
            latest_version: app.get::<i64, _>("latest_version") as u32,
            active_version: app.get::<i64, _>("active_version") as u32,
        })
    }

    /// Makes the schedule rows of `org/name` those of `schedules`: a new schedule, or one
    /// whose cron or time zone changed, gets its next run computed again (0); an
    /// unchanged one keeps its runs.
    async fn sync_schedules(
        conn: &mut AnyConnection,
        org: &str,
        name: &str,
        schedules: &[ignite_core::app::Schedule],
    ) -> Result<(), Error> {
        let existing: Vec<(String, String, String)> =
            sqlx::query_as("SELECT name, cron, timezone FROM schedules WHERE org = $1 AND app = $2")
                .bind(org)
                .bind(name)
                .fetch_all(&mut *conn)
                .await
                .map_err(db_err)?;
        for (gone, _, _) in existing.iter().filter(|(n, _, _)| !schedules.iter().any(|s| &s.name == n)) {
            sqlx::query("DELETE FROM schedules WHERE org = $1 AND app = $2 AND name = $3")
                .bind(org)
                .bind(name)
                .bind(gone)
                .execute(&mut *conn)
                .await
                .map_err(db_err)?;
        }
        for s in schedules {
            let unchanged = existing.iter().any(|(n, c, t)| n == &s.name && c == &s.cron && t == &s.timezone);
            sqlx::query(
                "INSERT INTO schedules (org, app, name, cron, timezone, payload) VALUES ($1, $2, $3, $4, $5, $6) \
                 ON CONFLICT (org, app, name) DO UPDATE SET cron = $4, timezone = $5, payload = $6, \
                 next_run_ms = CASE WHEN $7 = 1 THEN schedules.next_run_ms ELSE 0 END",
            )
            .bind(org)
            .bind(name)
            .bind(&s.name)
            .bind(&s.cron)
            .bind(&s.timezone)
            .bind(&s.payload)
            .bind(unchanged as i64)
            .execute(&mut *conn)
            .await
            .map_err(db_err)?;
        }
        Ok(())
    }

    /// Records a new execution; ALREADY_EXISTS if its idempotency key is taken.
    async fn insert_execution(conn: &mut AnyConnection, row: &ExecutionRow) -> Result<(), Error> {
        let e = &row.execution;
        let app = e.app_id.split_once('/').map(|(_, a)| a).unwrap_or_default();
        let head = row.request.as_ref().map(|q| serde_json::to_string(&q.head).expect("heads serialize"));
        let done = sqlx::query(
            "INSERT INTO executions (id, org, app, version, kind, status, created_at_ms, awaiting_input, \
             retention_ms, attempt, lease_owner, queued, request_head, request_body, idempotency_key, schedule, \
             scheduled_at_ms, callback_url) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)",
        )
        .bind(&e.id)
        .bind(&row.org)
        .bind(app)
        .bind(i64::from(e.version))
        .bind(e.kind as i64)
        .bind(e.status as i64)
        .bind(e.created_at_ms)
        .bind(e.awaiting_input as i64)
        .bind(row.retention_ms)
        .bind(i64::from(e.attempt))
        .bind(&row.owner)
        .bind(row.queued as i64)
        .bind(head)
        .bind(row.request.as_ref().map(|q| q.body.clone()))
        .bind(&row.idempotency_key)
        .bind(&e.schedule)
        .bind(e.scheduled_at_ms)
        .bind(&e.callback_url)
        .execute(&mut *conn)
        .await;
        match done {
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => Err(Error::already_exists(
                "execution with idempotency key",
                row.idempotency_key.as_deref().unwrap_or_default(),
            )
            .with_field("idempotency_key")),
            other => other.map(drop).map_err(db_err),
        }
    }

    async fn insert_draft(conn: &mut AnyConnection, org: &str, name: &str, d: &DraftRow) -> Result<(), Error> {
        sqlx::query(
            "INSERT INTO drafts (org, app, code, code_hash, size_bytes, runtime_kind, status, compile, \
             compiled, artifact_hash, deploy_id, build_id, error, input_schema, output_schema, created_at_ms, \
             last_deployment_at_ms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) \
             ON CONFLICT (org, app) DO UPDATE SET code = excluded.code, code_hash = excluded.code_hash, \
             size_bytes = excluded.size_bytes, runtime_kind = excluded.runtime_kind, status = excluded.status, \
             compile = excluded.compile, compiled = excluded.compiled, artifact_hash = excluded.artifact_hash, \
             deploy_id = excluded.deploy_id, build_id = excluded.build_id, error = excluded.error, \
             input_schema = excluded.input_schema, output_schema = excluded.output_schema, \
             created_at_ms = excluded.created_at_ms, last_deployment_at_ms = excluded.last_deployment_at_ms",
        )
        .bind(org)
        .bind(name)
        .bind(document(&d.code))
        .bind(&d.code_hash)
        .bind(d.size_bytes as i64)
        .bind(kind_to_str(d.runtime_kind))
        .bind(status_to_str(d.state.status))
        .bind(compile_to_str(d.state.compile))
        .bind(d.state.compiled as i64)
        .bind(&d.artifact_hash)
        .bind(&d.deploy_id)
        .bind(&d.build_id)
        .bind(&d.error)
        .bind(&d.input_schema)
        .bind(&d.output_schema)
        .bind(d.created_at_ms)
        .bind(d.last_deployment_at_ms)
        .execute(&mut *conn)
        .await
        .map_err(db_err)?;
        Ok(())
    }

    async fn fetch_app(conn: &mut AnyConnection, org: &str, name: &str) -> Result<AppRow, Error> {
        let row = sqlx::query("SELECT * FROM apps WHERE org = $1 AND name = $2")
            .bind(org)
            .bind(name)
            .fetch_optional(&mut *conn)
            .await
            .map_err(db_err)?
            .ok_or_else(|| app_not_found(org, name))?;
        app_from_row(&row)
    }
}

#[async_trait]
impl AppStore for SqlStore {
    async fn create_app(&self, app: &AppRow, draft: Option<&DraftRow>) -> Result<(), Error> {
        let label = FunctionId::from_parts(&app.org, &app.name)
            .map_err(|e| e.into_error("name"))?
            .host_label(ignite_core::function_id::DEFAULT_PORT);
        let mut tx = self.write_tx().await?;
        // In the write transaction (under its lock), so that two clashing creations
        // cannot both pass.
        if self.dialect == Dialect::Postgres {
            sqlx::query("SELECT pg_advisory_xact_lock($1)")
                .bind(CREATE_APP_LOCK)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
        }
        let shorter = ignite_core::function_id::without_port_suffix(&label).unwrap_or(&label).to_string();
        let candidates = sqlx::query(
            "SELECT org, name, host_label FROM apps WHERE host_label = $1 OR host_label = $2 \
             OR (host_label > $3 AND host_label < $4)",
        )
        .bind(&label)
        .bind(&shorter)
        .bind(format!("{label}-"))
        .bind(format!("{label}."))
        .fetch_all(&mut *tx)
        .await
        .map_err(db_err)?;
        if let Some(clash) = candidates.iter().find(|r| {
            let (org, name) = (r.get::<String, _>("org"), r.get::<String, _>("name"));
            (org != app.org || name != app.name)
                && ignite_core::function_id::labels_clash(&label, &r.get::<String, _>("host_label"))
        }) {
            return Err(Error::already_exists(
                "app host",
                format!(
                    "{label} (app {}/{} has the host {}: hosts must name one app)",
                    clash.get::<String, _>("org"),
                    clash.get::<String, _>("name"),
                    clash.get::<String, _>("host_label")
                ),
            )
            .with_field("name"));
        }
        let result = sqlx::query(
            "INSERT INTO apps (org, name, config, public, mcp_enabled, latest_version, active_version, \
             created_at_ms, updated_at_ms, host_label) VALUES ($1, $2, $3, $4, $5, 0, 0, $6, $7, $8)",
        )
        .bind(&app.org)
        .bind(&app.name)
        .bind(document(&app.config))
        .bind(app.config.public as i64)
        .bind(app.config.mcp_enabled as i64)
        .bind(app.created_at_ms)
        .bind(app.updated_at_ms)
        .bind(&label)
        .execute(&mut *tx)
        .await;
        match result {
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
                return Err(Error::already_exists("app", format!("{}/{}", app.org, app.name)).with_field("name"));
            }
            other => other.map_err(db_err)?,
        };
        if let Some(d) = draft {
            Self::insert_draft(&mut tx, &app.org, &app.name, d).await?;
        }
        Self::sync_schedules(&mut tx, &app.org, &app.name, &app.config.schedules).await?;
        tx.commit().await.map_err(db_err)
    }

    async fn get_app(&self, org: &str, name: &str) -> Result<Option<AppRow>, Error> {
        let row = sqlx::query("SELECT * FROM apps WHERE org = $1 AND name = $2")
            .bind(org)
            .bind(name)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_err)?;
        row.as_ref().map(app_from_row).transpose()
    }

    async fn list_apps(
        &self,
        org: Option<&str>,
        filter: AppFilter,
        after: Option<(&str, &str)>,
        limit: u32,
    ) -> Result<Vec<AppRow>, Error> {
        let (after_org, after_name) = after.unwrap_or(("", ""));
        let rows = sqlx::query(
            "SELECT * FROM apps WHERE ($1 IS NULL OR org = $1) AND ($2 = 0 OR public = 1) \
             AND ($3 = 0 OR mcp_enabled = 1) AND ($4 = 0 OR active_version > 0) AND (org, name) > ($5, $6) \
             ORDER BY org, name LIMIT $7",
        )
        .bind(org)
        .bind(filter.public_only as i64)
        .bind(filter.mcp_only as i64)
        .bind(filter.published_only as i64)
        .bind(after_org)
        .bind(after_name)
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        rows.iter().map(app_from_row).collect()
    }

    async fn update_app_config(&self, org: &str, name: &str, config: &AppConfig, now_ms: i64) -> Result<(), Error> {
        let mut tx = self.write_tx().await?;
        let done = sqlx::query(
            "UPDATE apps SET config = $1, public = $2, mcp_enabled = $3, updated_at_ms = $4 WHERE org = $5 AND name = $6",
        )
        .bind(document(config))
        .bind(config.public as i64)
        .bind(config.mcp_enabled as i64)
        .bind(now_ms)
        .bind(org)
        .bind(name)
        .execute(&mut *tx)
        .await
        .map_err(db_err)?;
        if done.rows_affected() == 0 {
            return Err(app_not_found(org, name));
        }
        Self::sync_schedules(&mut tx, org, name, &config.schedules).await?;
        self.announce(&mut tx, org, name, "config").await?;
        tx.commit().await.map_err(db_err)
    }

    async fn delete_app(&self, org: &str, name: &str) -> Result<Option<DeletedApp>, Error> {
        let mut tx = self.write_tx().await?;
        let mut lifecycle = match self.load_lifecycle(&mut tx, org, name).await {
            Ok(lifecycle) => lifecycle,
            Err(e) if e.code() == ignite_core::Code::NotFound => return Ok(None),
            Err(e) => return Err(e),
        };
        let Effect::Deleted { versions, cancelled_compile } = lifecycle.apply(Action::Delete)? else {
            return Err(Error::internal("the lifecycle did not decide a delete"));
        };
        for table in ["execution_stats", "schedules", "app_logs", "app_events", "aliases"] {
            sqlx::query(&format!("DELETE FROM {table} WHERE org = $1 AND app = $2"))
                .bind(org)
                .bind(name)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
        }
        // Drafts and versions go with the app (ON DELETE CASCADE), in this transaction.
        let done = sqlx::query("DELETE FROM apps WHERE org = $1 AND name = $2")
            .bind(org)
            .bind(name)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        self.announce(&mut tx, org, name, "deleted").await?;
        tx.commit().await.map_err(db_err)?;
        Ok((done.rows_affected() > 0).then_some(DeletedApp { versions, cancelled_compile }))
    }

    async fn set_alias(&self, org: &str, app: &str, alias: &Alias) -> Result<(), Error> {
        let mut tx = self.write_tx().await?;
        sqlx::query(
            "INSERT INTO aliases (org, app, name, version, canary_version, canary_weight, updated_at_ms, \
             max_error_rate, max_p99_ms, window_secs, min_calls) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
             ON CONFLICT (org, app, name) DO UPDATE SET version = $4, canary_version = $5, canary_weight = $6, \
             updated_at_ms = $7, max_error_rate = $8, max_p99_ms = $9, window_secs = $10, min_calls = $11",
        )
        .bind(org)
        .bind(app)
        .bind(&alias.name)
        .bind(i64::from(alias.version))
        .bind(i64::from(alias.canary_version))
        .bind(i64::from(alias.canary_weight))
        .bind(alias.updated_at_ms)
        .bind(alias.bounds.max_error_rate)
        .bind(i64::from(alias.bounds.max_p99_ms))
        .bind(i64::from(alias.bounds.window_secs))
        .bind(i64::from(alias.bounds.min_calls))
        .execute(&mut *tx)
        .await
        .map_err(db_err)?;
        self.announce(&mut tx, org, app, "aliases").await?;
        tx.commit().await.map_err(db_err)
    }

    async fn aliases(&self, org: &str, app: &str) -> Result<Vec<Alias>, Error> {
        let rows = sqlx::query("SELECT * FROM aliases WHERE org = $1 AND app = $2 ORDER BY name")
            .bind(org)
            .bind(app)
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(rows.iter().map(alias_from_row).collect())
    }

    async fn canaries(&self) -> Result<Vec<(String, String, Alias)>, Error> {
        let rows = sqlx::query("SELECT * FROM aliases WHERE canary_weight > 0 ORDER BY org, app, name")
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(rows.iter().map(|r| (r.get("org"), r.get("app"), alias_from_row(r))).collect())
    }

    async fn delete_alias(&self, org: &str, app: &str, name: &str) -> Result<bool, Error> {
        let mut tx = self.write_tx().await?;
        let done = sqlx::query("DELETE FROM aliases WHERE org = $1 AND app = $2 AND name = $3")
            .bind(org)
            .bind(app)
            .bind(name)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        self.announce(&mut tx, org, app, "aliases").await?;
        tx.commit().await.map_err(db_err)?;
        Ok(done.rows_affected() > 0)
    }

    async fn lifecycle(&self, org: &str, name: &str) -> Result<AppLifecycle, Error> {
        let mut conn = self.pool.acquire().await.map_err(db_err)?;
        self.load_lifecycle(&mut conn, org, name).await
    }

    async fn get_draft(&self, org: &str, name: &str) -> Result<Option<DraftRow>, Error> {
        let row = sqlx::query("SELECT * FROM drafts WHERE org = $1 AND app = $2")
            .bind(org)
            .bind(name)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_err)?;
        row.as_ref().map(draft_from_row).transpose()
    }

    async fn save_draft(&self, org: &str, name: &str, draft: &DraftRow) -> Result<Effect, Error> {
        let mut tx = self.write_tx().await?;
        let mut lifecycle = self.load_lifecycle(&mut tx, org, name).await?;
        let effect = lifecycle.apply(Action::SaveDraft { compile: draft.state.compile })?;
        Self::insert_draft(&mut tx, org, name, draft).await?;
        tx.commit().await.map_err(db_err)?;
        Ok(effect)
    }

    async fn image_artifacts(&self) -> Result<Vec<String>, Error> {
        let image = kind_to_str(RuntimeKind::Image);
        sqlx::query_scalar(
            "SELECT artifact_hash FROM drafts WHERE runtime_kind = $1 AND artifact_hash IS NOT NULL \
             UNION SELECT artifact_hash FROM versions WHERE runtime_kind = $2 AND artifact_hash IS NOT NULL",
        )
        .bind(image)
        .bind(image)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)
    }

    async fn start_compile(&self, org: &str, name: &str, deploy_id: &str, now_ms: i64) -> Result<DraftRow, Error> {
        let mut tx = self.write_tx().await?;
        let mut lifecycle = self.load_lifecycle(&mut tx, org, name).await?;
        lifecycle.apply(Action::StartCompile)?;
        sqlx::query(
            "UPDATE drafts SET status = 'Compiling', compiled = 0, artifact_hash = NULL, deploy_id = $1, \
             build_id = CASE WHEN runtime_kind = $2 THEN $3 ELSE NULL END, error = '', last_deployment_at_ms = $4, \
             compile_owner = NULL, compile_lease_until_ms = 0 WHERE org = $5 AND app = $6",
        )
        .bind(deploy_id)
        // An image build's log is also found by its build_id (the same id).
        .bind(kind_to_str(RuntimeKind::Image))
        .bind(deploy_id)
        .bind(now_ms)
        .bind(org)
        .bind(name)
        .execute(&mut *tx)
        .await
        .map_err(db_err)?;
        let row = sqlx::query("SELECT * FROM drafts WHERE org = $1 AND app = $2")
            .bind(org)
            .bind(name)
            .fetch_one(&mut *tx)
            .await
            .map_err(db_err)?;
        let draft = draft_from_row(&row)?;
        tx.commit().await.map_err(db_err)?;
        Ok(draft)
    }

    async fn finish_compile(
        &self,
        org: &str,
        name: &str,
        deploy_id: &str,
        owner: Option<&str>,
        result: &CompileResult,
    ) -> Result<bool, Error> {
        let mut tx = self.write_tx().await?;
        let current = sqlx::query(&format!(
            "SELECT deploy_id, compile_owner FROM drafts WHERE org = $1 AND app = $2 AND status = 'Compiling'{}",
            self.dialect.for_update()
        ))
        .bind(org)
        .bind(name)
        .fetch_optional(&mut *tx)
        .await
        .map_err(db_err)?;
        let Some(current) = current else { return Ok(false) };
        let ours = owner.is_none_or(|o| current.get::<Option<String>, _>("compile_owner").as_deref() == Some(o));
        if current.get::<Option<String>, _>("deploy_id").as_deref() != Some(deploy_id) || !ours {
            return Ok(false);
        }
        let mut lifecycle = self.load_lifecycle(&mut tx, org, name).await?;
        let success = matches!(result, CompileResult::Built { .. });
        lifecycle.apply(Action::FinishCompile { success })?;
        let (status, compiled, artifact, error) = match result {
            CompileResult::Built { artifact_hash } => ("Draft", 1, Some(artifact_hash.clone()), String::new()),
            CompileResult::Failed { error } => ("Failed", 0, None, error.clone()),
        };
        sqlx::query(
            "UPDATE drafts SET status = $1, compiled = $2, artifact_hash = $3, error = $4 WHERE org = $5 AND app = $6",
        )
        .bind(status)
        .bind(compiled)
        .bind(artifact)
        .bind(error)
        .bind(org)
        .bind(name)
        .execute(&mut *tx)
        .await
        .map_err(db_err)?;
        tx.commit().await.map_err(db_err)?;
        Ok(true)
    }

    async fn publish(&self, org: &str, name: &str, now_ms: i64) -> Result<Published, Error> {
        let mut tx = self.write_tx().await?;
        let mut lifecycle = self.load_lifecycle(&mut tx, org, name).await?;
        let effect = lifecycle.check(Action::Publish)?;
        let Effect::Published { version, compile_first, .. } = effect else {
            return Err(Error::internal(format!("publish produced {effect:?}")));
        };
        if compile_first {
            return Err(Error::unimplemented(
                "this draft is built on demand at publish, which arrives with the compiled runtimes; \
                 call CompileDraft first",
            ));
        }
        lifecycle.apply(Action::Publish)?;
        let app = Self::fetch_app(&mut tx, org, name).await?;
        let draft_row = sqlx::query("SELECT * FROM drafts WHERE org = $1 AND app = $2")
            .bind(org)
            .bind(name)
            .fetch_one(&mut *tx)
            .await
            .map_err(db_err)?;
        let draft = draft_from_row(&draft_row)?;
        let mut snapshot = app.config.clone();
        if !draft.input_schema.is_empty() {
            snapshot.input_schema = draft.input_schema.clone();
        }
        if !draft.output_schema.is_empty() {
            snapshot.output_schema = draft.output_schema.clone();
        }
        sqlx::query(
            "INSERT INTO versions (org, app, version, code, code_hash, size_bytes, runtime_kind, artifact_hash, \
             config, created_at_ms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
        )
        .bind(org)
        .bind(name)
        .bind(i64::from(version))
        .bind(document(&draft.code))
        .bind(&draft.code_hash)
        .bind(draft.size_bytes as i64)
        .bind(kind_to_str(draft.runtime_kind))
        .bind(&draft.artifact_hash)
        .bind(document(&snapshot))
        .bind(now_ms)
        .execute(&mut *tx)
        .await
        .map_err(db_err)?;
        // The schemas given with the draft become the app's.
        sqlx::query(
            "UPDATE apps SET latest_version = $1, active_version = $2, config = $3, updated_at_ms = $4 \
             WHERE org = $5 AND name = $6",
        )
        .bind(i64::from(version))
        .bind(i64::from(version))
        .bind(document(&snapshot))
        .bind(now_ms)
        .bind(org)
        .bind(name)
        .execute(&mut *tx)
        .await
        .map_err(db_err)?;
        sqlx::query("DELETE FROM drafts WHERE org = $1 AND app = $2")
            .bind(org)
            .bind(name)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        let app = Self::fetch_app(&mut tx, org, name).await?;
        self.announce(&mut tx, org, name, "published").await?;
        tx.commit().await.map_err(db_err)?;
        Ok(Published { app, version, effect })
    }

    async fn rollback(&self, org: &str, name: &str, to: u32, now_ms: i64) -> Result<(AppRow, u32), Error> {
        let mut tx = self.write_tx().await?;
        let mut lifecycle = self.load_lifecycle(&mut tx, org, name).await?;
        let effect = lifecycle.apply(Action::Rollback { to }).map_err(|e| Error::from(e).with_field("version"))?;
        let Effect::RolledBack { from, to } = effect else {
            return Err(Error::internal(format!("rollback produced {effect:?}")));
        };
        sqlx::query("UPDATE apps SET active_version = $1, updated_at_ms = $2 WHERE org = $3 AND name = $4")
            .bind(i64::from(to))
            .bind(now_ms)
            .bind(org)
            .bind(name)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        let app = Self::fetch_app(&mut tx, org, name).await?;
        self.announce(&mut tx, org, name, "rolled_back").await?;
        tx.commit().await.map_err(db_err)?;
        Ok((app, from))
    }

    async fn list_versions(&self, org: &str, name: &str) -> Result<Vec<VersionRow>, Error> {
        let rows = sqlx::query("SELECT * FROM versions WHERE org = $1 AND app = $2 ORDER BY version DESC")
            .bind(org)
            .bind(name)
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        rows.iter().map(version_from_row).collect()
    }

    async fn get_version(&self, org: &str, name: &str, version: u32) -> Result<Option<VersionRow>, Error> {
        let row = sqlx::query("SELECT * FROM versions WHERE org = $1 AND app = $2 AND version = $3")
            .bind(org)
            .bind(name)
            .bind(i64::from(version))
            .fetch_optional(&self.pool)
            .await
            .map_err(db_err)?;
        row.as_ref().map(version_from_row).transpose()
    }

    async fn claim_compiles(
        &self,
        owner: &str,
        now_ms: i64,
        lease_ms: i64,
        limit: u32,
    ) -> Result<Vec<(String, String, DraftRow)>, Error> {
        let rows = sqlx::query(&format!(
            "UPDATE drafts SET compile_owner = $1, compile_lease_until_ms = $2 WHERE (org, app) IN \
             (SELECT org, app FROM drafts WHERE status = 'Compiling' \
             AND (compile_owner IS NULL OR compile_lease_until_ms < $3) ORDER BY last_deployment_at_ms LIMIT $4{}) \
             RETURNING *",
            self.dialect.skip_locked()
        ))
        .bind(owner)
        .bind(now_ms + lease_ms)
        .bind(now_ms)
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        rows.iter().map(|r| Ok((r.get("org"), r.get("app"), draft_from_row(r)?))).collect()
    }

    async fn renew_compile_leases(&self, owner: &str, until_ms: i64) -> Result<u64, Error> {
        let done = sqlx::query(
            "UPDATE drafts SET compile_lease_until_ms = $1 WHERE compile_owner = $2 AND status = 'Compiling'",
        )
        .bind(until_ms)
        .bind(owner)
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(done.rows_affected())
    }

    async fn compile_owner(&self, deploy_id: &str) -> Result<Option<String>, Error> {
        let owner: Option<Option<String>> =
            sqlx::query_scalar("SELECT compile_owner FROM drafts WHERE deploy_id = $1 AND status = 'Compiling'")
                .bind(deploy_id)
                .fetch_optional(&self.pool)
                .await
                .map_err(db_err)?;
        Ok(owner.flatten())
    }

    async fn referenced_blobs(&self) -> Result<HashSet<String>, Error> {
        let hashes: Vec<Option<String>> = sqlx::query_scalar(
            "SELECT code_hash FROM drafts UNION SELECT artifact_hash FROM drafts \
             UNION SELECT code_hash FROM versions UNION SELECT artifact_hash FROM versions \
             UNION SELECT output_ref FROM executions WHERE output_ref != ''",
        )
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(hashes.into_iter().flatten().collect())
    }

    async fn count_apps(&self, org: &str) -> Result<u64, Error> {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM apps WHERE org = $1")
            .bind(org)
            .fetch_one(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(n as u64)
    }

    async fn stored_bytes(&self, org: &str) -> Result<u64, Error> {
        let n: i64 = sqlx::query_scalar(
            "SELECT CAST(COALESCE((SELECT SUM(size_bytes) FROM drafts WHERE org = $1), 0) \
             + COALESCE((SELECT SUM(size_bytes) FROM versions WHERE org = $1), 0) AS BIGINT)",
        )
        .bind(org)
        .fetch_one(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(n as u64)
    }
}

#[async_trait]
impl ExecutionStore for SqlStore {
    async fn create_execution(&self, row: &ExecutionRow) -> Result<(), Error> {
        let mut conn = self.pool.acquire().await.map_err(db_err)?;
        Self::insert_execution(&mut conn, row).await
    }

    async fn execution_by_key(&self, org: &str, app: &str, key: &str) -> Result<Option<ExecutionRow>, Error> {
        let row = sqlx::query("SELECT * FROM executions WHERE org = $1 AND app = $2 AND idempotency_key = $3")
            .bind(org)
            .bind(app)
            .bind(key)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(row.as_ref().map(execution_from_row))
    }

    async fn release_idempotency_key(&self, id: &str) -> Result<(), Error> {
        sqlx::query("UPDATE executions SET idempotency_key = NULL WHERE id = $1")
            .bind(id)
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(())
    }

    async fn update_execution(&self, row: &ExecutionRow) -> Result<bool, Error> {
        let e = &row.execution;
        // A finished execution no longer needs its request, unless it is a dead letter
        // (a redrive runs it again).
        let drop_request = e.status.is_terminal() && !e.dead_letter;
        let updated = sqlx::query(&format!(
            "UPDATE executions SET status = $1, started_at_ms = $2, completed_at_ms = $3, http_status = $4, error = $5, \
             output = $6, output_ref = $7, output_size = $8, output_headers = $9, awaiting_input = $10, \
             request_body = CASE WHEN $11 = 1 THEN NULL ELSE request_body END, attempts = $12, dead_letter = $13, \
             next_attempt_at_ms = 0, callback_status = CASE WHEN $14 = 1 THEN {PENDING_CALLBACK} ELSE callback_status END \
             WHERE id = $15 AND COALESCE(lease_owner, '') = $16 AND attempt = $17 AND status <> {}",
            ExecutionStatus::Cancelled as i64
        ))
        .bind(e.status as i64)
        .bind(e.started_at_ms)
        .bind(e.completed_at_ms)
        .bind(i64::from(e.http_status))
        .bind(&e.error)
        .bind(&e.output)
        .bind(&e.output_ref)
        .bind(e.output_size as i64)
        .bind(serde_json::to_string(&e.output_headers).unwrap_or_else(|_| "{}".into()))
        .bind(e.awaiting_input as i64)
        .bind(drop_request as i64)
        .bind(serde_json::to_string(&e.attempts).expect("attempts serialize"))
        .bind(e.dead_letter as i64)
        .bind(e.status.is_terminal() as i64)
        .bind(&e.id)
        .bind(row.owner.as_deref().unwrap_or_default())
        .bind(i64::from(e.attempt))
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(updated.rows_affected() > 0)
    }

    async fn retry_execution(&self, failed: &ExecutionRow, next: &Execution) -> Result<bool, Error> {
        let e = &failed.execution;
        let updated = sqlx::query(&format!(
            "UPDATE executions SET status = $1, attempt = $2, attempts = $3, next_attempt_at_ms = $4, \
             started_at_ms = 0, completed_at_ms = 0, http_status = 0, error = '', output = $5, output_ref = '', \
             output_size = 0, output_headers = '{{}}' \
             WHERE id = $6 AND COALESCE(lease_owner, '') = $7 AND attempt = $8 AND status <> {}",
            ExecutionStatus::Cancelled as i64
        ))
        .bind(next.status as i64)
        .bind(i64::from(next.attempt))
        .bind(serde_json::to_string(&next.attempts).expect("attempts serialize"))
        .bind(next.next_attempt_at_ms)
        .bind(Vec::<u8>::new())
        .bind(&e.id)
        .bind(failed.owner.as_deref().unwrap_or_default())
        .bind(i64::from(e.attempt))
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(updated.rows_affected() > 0)
    }

    async fn cancel_execution(&self, id: &str, reason: &str, now_ms: i64) -> Result<Option<ExecutionRow>, Error> {
        let row = sqlx::query(&format!(
            "UPDATE executions SET status = $1, error = $2, completed_at_ms = $3, awaiting_input = 0, \
                 next_attempt_at_ms = 0, request_body = NULL, callback_status = {PENDING_CALLBACK} \
                 WHERE id = $4 AND status IN ($5, $6) RETURNING *"
        ))
        .bind(ExecutionStatus::Cancelled as i64)
        .bind(reason)
        .bind(now_ms)
        .bind(id)
        .bind(ExecutionStatus::Pending as i64)
        .bind(ExecutionStatus::Running as i64)
        .fetch_optional(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(row.as_ref().map(execution_from_row))
    }

    async fn list_executions(
        &self,
        org: &str,
        app: &str,
        filter: ExecutionFilter,
        before: Option<(i64, String)>,
        limit: u32,
    ) -> Result<Vec<ExecutionRow>, Error> {
        let (before_ms, before_id) = before.unwrap_or((i64::MAX, String::new()));
        let rows = sqlx::query(&format!(
            "SELECT * FROM executions WHERE org = $1 AND app = $2 AND ($3 = 0 OR kind = $3) \
             AND ($4 = 0 OR status = $4){} \
             AND (created_at_ms < $5 OR (created_at_ms = $5 AND id < $6) OR $7 = 1) \
             ORDER BY created_at_ms DESC, id DESC LIMIT $8",
            // A literal, so that the partial index of dead letters serves the scan.
            if filter.dead_letters { " AND dead_letter = 1" } else { "" }
        ))
        .bind(org)
        .bind(app)
        .bind(filter.kind.map_or(0, |k| k as i64))
        .bind(filter.status.map_or(0, |s| s as i64))
        .bind(before_ms)
        .bind(&before_id)
        .bind(before_id.is_empty() as i64)
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(rows.iter().map(execution_from_row).collect())
    }

    async fn redrive_dead_letter(&self, id: &str, redriven_as: &str) -> Result<bool, Error> {
        let done = sqlx::query(
            "UPDATE executions SET dead_letter = 0, redriven_as = $1, request_body = NULL \
             WHERE id = $2 AND dead_letter = 1",
        )
        .bind(redriven_as)
        .bind(id)
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(done.rows_affected() > 0)
    }

    async fn purge_dead_letters(&self, org: &str, app: &str) -> Result<(u32, Vec<String>), Error> {
        let refs: Vec<String> = sqlx::query_scalar(
            "DELETE FROM executions WHERE org = $1 AND app = $2 AND dead_letter = 1 RETURNING output_ref",
        )
        .bind(org)
        .bind(app)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        let purged = refs.len() as u32;
        Ok((purged, refs.into_iter().filter(|r| !r.is_empty()).collect()))
    }

    async fn claim_executions(
        &self,
        owner: &str,
        now_ms: i64,
        lease_ms: i64,
        limit: u32,
    ) -> Result<Vec<ExecutionRow>, Error> {
        // Status numbers are ExecutionStatus's (1 pending, 2 running): literals, so the
        // partial index executions_claimable serves the scan.
        let rows = sqlx::query(&format!(
            "UPDATE executions SET status = 2, attempt = CASE WHEN status = 2 THEN attempt + 1 ELSE attempt END, \
             lease_owner = $1, lease_until_ms = $2, started_at_ms = $3, completed_at_ms = 0, next_attempt_at_ms = 0 \
             WHERE id IN (SELECT id FROM executions WHERE queued = 1 AND status IN (1, 2) \
             AND ((status = 1 AND next_attempt_at_ms <= $3) OR (status = 2 AND lease_until_ms < $3)) \
             ORDER BY created_at_ms LIMIT $4{}) RETURNING *",
            self.dialect.skip_locked()
        ))
        .bind(owner)
        .bind(now_ms + lease_ms)
        .bind(now_ms)
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(rows.iter().map(execution_from_row).collect())
    }

    async fn renew_leases(&self, owner: &str, until_ms: i64) -> Result<u64, Error> {
        let done = sqlx::query(
            "UPDATE executions SET lease_until_ms = $1 WHERE lease_owner = $2 AND queued = 1 AND status = 2",
        )
        .bind(until_ms)
        .bind(owner)
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(done.rows_affected())
    }

    async fn claim_callbacks(&self, now_ms: i64, lease_ms: i64, limit: u32) -> Result<Vec<ExecutionRow>, Error> {
        let rows = sqlx::query(&format!(
            "UPDATE executions SET callback_lease_until_ms = $1 \
             WHERE id IN (SELECT id FROM executions WHERE callback_status = 1 AND callback_next_ms <= $2 \
             AND callback_lease_until_ms < $2 ORDER BY callback_next_ms LIMIT $3{}) RETURNING *",
            self.dialect.skip_locked()
        ))
        .bind(now_ms + lease_ms)
        .bind(now_ms)
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(rows.iter().map(execution_from_row).collect())
    }

    async fn record_callback(&self, id: &str, outcome: &CallbackOutcome) -> Result<(), Error> {
        sqlx::query(
            "UPDATE executions SET callback_status = $1, callback_attempts = $2, callback_error = $3, \
             callback_next_ms = $4, callback_lease_until_ms = 0 WHERE id = $5",
        )
        .bind(outcome.status as i64)
        .bind(i64::from(outcome.attempts))
        .bind(&outcome.error)
        .bind(outcome.next_ms)
        .bind(id)
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(())
    }

    async fn get_execution(&self, id: &str) -> Result<Option<ExecutionRow>, Error> {
        let row = sqlx::query("SELECT * FROM executions WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(row.as_ref().map(execution_from_row))
    }

    async fn delete_expired_executions(&self, now_ms: i64, limit: u32) -> Result<Vec<String>, Error> {
        let refs: Vec<String> = sqlx::query_scalar(
            "DELETE FROM executions WHERE id IN (SELECT id FROM executions \
             WHERE completed_at_ms > 0 AND completed_at_ms + retention_ms <= $1 LIMIT $2) RETURNING output_ref",
        )
        .bind(now_ms)
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(refs.into_iter().filter(|r| !r.is_empty()).collect())
    }

    async fn fail_unfinished(&self, reason: &str, orphans: Orphans, now_ms: i64) -> Result<u64, Error> {
        let queued = match orphans {
            Orphans::All => "",
            Orphans::DeadSince(_) => " AND queued = 0",
        };
        let query = format!(
            "UPDATE executions SET status = $1, error = $2, completed_at_ms = $3, awaiting_input = 0, \
             callback_status = {PENDING_CALLBACK} WHERE status IN ($4, $5){queued} AND {}",
            orphan_condition(orphans, "lease_owner", 6)
        );
        let query = sqlx::query(&query)
            .bind(ExecutionStatus::Failed as i64)
            .bind(reason)
            .bind(now_ms)
            .bind(ExecutionStatus::Pending as i64)
            .bind(ExecutionStatus::Running as i64);
        let done = bind_orphans(query, orphans).execute(&self.pool).await.map_err(db_err)?;
        Ok(done.rows_affected())
    }
}

#[async_trait]
impl LogStore for SqlStore {
    async fn append_telemetry(&self, lines: &[StoredLine], events: &[StoredEvent]) -> Result<(), Error> {
        let mut tx = self.write_tx().await?;
        for e in events {
            sqlx::query("INSERT INTO app_events (org, app, version, event, expires_at_ms) VALUES ($1, $2, $3, $4, $5)")
                .bind(&e.org)
                .bind(&e.app)
                .bind(i64::from(e.version))
                .bind(serde_json::to_string(&e.event).expect("events serialize"))
                .bind(e.expires_at_ms)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
        }
        for l in lines {
            let r = &l.record;
            sqlx::query(
                "INSERT INTO app_logs (org, app, timestamp_ms, replica_id, stream, line, execution_id, expires_at_ms) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            )
            .bind(&l.org)
            .bind(&l.app)
            .bind(r.timestamp_ms)
            .bind(&r.replica_id)
            .bind(if r.stream == LogStream::Stderr { 2i64 } else { 1 })
            .bind(&r.line)
            .bind(r.execution_id.as_deref().unwrap_or_default())
            .bind(l.expires_at_ms)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        }
        tx.commit().await.map_err(db_err)
    }

    async fn read_logs(&self, org: &str, app: &str, query: &LogQuery) -> Result<(Vec<LogRecord>, bool), Error> {
        let rows = sqlx::query(&format!(
            "SELECT * FROM app_logs WHERE org = $1 AND app = $2 AND ($3 = 0 OR timestamp_ms >= $3) \
             AND ($4 = 0 OR timestamp_ms < $4) AND ($5 = '' OR replica_id = $5) AND ($6 = '' OR {}) \
             AND ($7 = '' OR execution_id = $7) ORDER BY id DESC LIMIT $8",
            self.dialect.contains("line", "$6")
        ))
        .bind(org)
        .bind(app)
        .bind(query.since_ms)
        .bind(query.until_ms)
        .bind(&query.replica_id)
        .bind(&query.contains)
        .bind(&query.execution_id)
        .bind(i64::from(query.limit) + 1)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        let truncated = rows.len() > query.limit as usize;
        let mut lines: Vec<LogRecord> = rows
            .iter()
            .take(query.limit as usize)
            .map(|r| LogRecord {
                timestamp_ms: r.get("timestamp_ms"),
                replica_id: r.get("replica_id"),
                stream: if r.get::<i64, _>("stream") == 2 { LogStream::Stderr } else { LogStream::Stdout },
                line: r.get("line"),
                execution_id: Some(r.get::<String, _>("execution_id")).filter(|e| !e.is_empty()),
            })
            .collect();
        lines.reverse();
        Ok((lines, truncated))
    }

    async fn read_events(&self, org: &str, app: &str, limit: u32) -> Result<Vec<(RuntimeEvent, u32)>, Error> {
        let rows =
            sqlx::query("SELECT version, event FROM app_events WHERE org = $1 AND app = $2 ORDER BY id DESC LIMIT $3")
                .bind(org)
                .bind(app)
                .bind(i64::from(limit))
                .fetch_all(&self.pool)
                .await
                .map_err(db_err)?;
        let mut events: Vec<(RuntimeEvent, u32)> = rows
            .iter()
            .filter_map(|r| {
                let event = serde_json::from_str(&r.get::<String, _>("event")).ok()?;
                Some((event, r.get::<i64, _>("version") as u32))
            })
            .collect();
        events.reverse();
        Ok(events)
    }

    async fn delete_expired_logs(&self, now_ms: i64, limit: u32) -> Result<u64, Error> {
        let mut deleted = 0;
        for table in ["app_logs", "app_events"] {
            let done = sqlx::query(&format!(
                "DELETE FROM {table} WHERE id IN (SELECT id FROM {table} WHERE expires_at_ms <= $1 LIMIT $2)"
            ))
            .bind(now_ms)
            .bind(i64::from(limit))
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
            deleted += done.rows_affected();
        }
        Ok(deleted)
    }
}

fn alias_from_row(r: &AnyRow) -> Alias {
    Alias {
        name: r.get("name"),
        version: r.get::<i64, _>("version") as u32,
        canary_version: r.get::<i64, _>("canary_version") as u32,
        canary_weight: r.get::<i64, _>("canary_weight") as u32,
        updated_at_ms: r.get("updated_at_ms"),
        bounds: CanaryBounds {
            max_error_rate: r.get("max_error_rate"),
            max_p99_ms: r.get::<i64, _>("max_p99_ms") as u32,
            window_secs: r.get::<i64, _>("window_secs") as u32,
            min_calls: r.get::<i64, _>("min_calls") as u32,
        },
    }
}

fn schedule_from_row(r: &AnyRow) -> ScheduleRow {
    ScheduleRow {
        org: r.get("org"),
        app: r.get("app"),
        name: r.get("name"),
        cron: r.get("cron"),
        timezone: r.get("timezone"),
        payload: r.get("payload"),
        next_run_ms: r.get("next_run_ms"),
        last_run_ms: r.get("last_run_ms"),
        last_execution: r.get("last_execution"),
    }
}

#[async_trait]
impl ScheduleStore for SqlStore {
    async fn due_schedules(&self, now_ms: i64, limit: u32) -> Result<Vec<ScheduleRow>, Error> {
        let rows = sqlx::query("SELECT * FROM schedules WHERE next_run_ms <= $1 ORDER BY next_run_ms LIMIT $2")
            .bind(now_ms)
            .bind(i64::from(limit))
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(rows.iter().map(schedule_from_row).collect())
    }

    async fn schedules_of(&self, org: &str, app: &str) -> Result<Vec<ScheduleRow>, Error> {
        let rows = sqlx::query("SELECT * FROM schedules WHERE org = $1 AND app = $2 ORDER BY name")
            .bind(org)
            .bind(app)
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(rows.iter().map(schedule_from_row).collect())
    }

    async fn move_schedule(&self, schedule: &ScheduleRow, next_ms: i64) -> Result<bool, Error> {
        let mut conn = self.pool.acquire().await.map_err(db_err)?;
        Self::advance_schedule(&mut conn, schedule, next_ms, None).await
    }

    async fn fire_schedule(
        &self,
        schedule: &ScheduleRow,
        next_ms: i64,
        execution: &ExecutionRow,
    ) -> Result<bool, Error> {
        let mut tx = self.write_tx().await?;
        if !Self::advance_schedule(&mut tx, schedule, next_ms, Some(&execution.execution.id)).await? {
            return Ok(false);
        }
        Self::insert_execution(&mut tx, execution).await?;
        tx.commit().await.map_err(db_err)?;
        Ok(true)
    }
}

impl SqlStore {
    /// Moves a schedule's next run from the tick it was read with to `next_ms` (having
    /// fired that tick as `fired`); false when another server moved it first.
    async fn advance_schedule(
        conn: &mut AnyConnection,
        schedule: &ScheduleRow,
        next_ms: i64,
        fired: Option<&str>,
    ) -> Result<bool, Error> {
        let done = sqlx::query(
            "UPDATE schedules SET next_run_ms = $1, \
             last_run_ms = CASE WHEN $2 = 1 THEN next_run_ms ELSE last_run_ms END, \
             last_execution = CASE WHEN $2 = 1 THEN $3 ELSE last_execution END \
             WHERE org = $4 AND app = $5 AND name = $6 AND next_run_ms = $7",
        )
        .bind(next_ms)
        .bind(fired.is_some() as i64)
        .bind(fired.unwrap_or_default())
        .bind(&schedule.org)
        .bind(&schedule.app)
        .bind(&schedule.name)
        .bind(schedule.next_run_ms)
        .execute(&mut *conn)
        .await
        .map_err(db_err)?;
        Ok(done.rows_affected() > 0)
    }
}

#[async_trait]
impl StatsStore for SqlStore {
    async fn add_execution_stats(
        &self,
        org: &str,
        app: &str,
        minute_ms: i64,
        slot: &crate::store::stats::Slot,
    ) -> Result<(), Error> {
        let mut tx = self.write_tx().await?;
        // Another server may add to the same minute: the row is made first, then read
        // and rewritten under its lock.
        sqlx::query(
            "INSERT INTO execution_stats (org, app, minute_ms, slot) VALUES ($1, $2, $3, '{}') \
             ON CONFLICT (org, app, minute_ms) DO NOTHING",
        )
        .bind(org)
        .bind(app)
        .bind(minute_ms)
        .execute(&mut *tx)
        .await
        .map_err(db_err)?;
        let lock = self.dialect.for_update();
        let existing: Option<String> = sqlx::query_scalar(&format!(
            "SELECT slot FROM execution_stats WHERE org = $1 AND app = $2 AND minute_ms = $3{lock}"
        ))
        .bind(org)
        .bind(app)
        .bind(minute_ms)
        .fetch_optional(&mut *tx)
        .await
        .map_err(db_err)?;
        let mut merged: crate::store::stats::Slot =
            existing.and_then(|text| serde_json::from_str(&text).ok()).unwrap_or_default();
        merged.merge(slot);
        sqlx::query("UPDATE execution_stats SET slot = $1 WHERE org = $2 AND app = $3 AND minute_ms = $4")
            .bind(serde_json::to_string(&merged).map_err(|e| Error::internal(e.to_string()))?)
            .bind(org)
            .bind(app)
            .bind(minute_ms)
            .execute(&mut *tx)
            .await
            .map_err(db_err)?;
        tx.commit().await.map_err(db_err)?;
        Ok(())
    }

    async fn execution_stats(
        &self,
        org: &str,
        app: &str,
        from_ms: i64,
        to_ms: i64,
    ) -> Result<Vec<(i64, crate::store::stats::Slot)>, Error> {
        let rows = sqlx::query(
            "SELECT minute_ms, slot FROM execution_stats WHERE org = $1 AND app = $2 AND minute_ms >= $3 AND minute_ms < $4 \
             ORDER BY minute_ms",
        )
        .bind(org)
        .bind(app)
        .bind(from_ms)
        .bind(to_ms)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(rows
            .iter()
            .filter_map(|r| {
                let slot = serde_json::from_str(r.get::<&str, _>("slot")).ok()?;
                Some((r.get::<i64, _>("minute_ms"), slot))
            })
            .collect())
    }
}

#[async_trait]
impl JobStore for SqlStore {
    async fn put_job(&self, job: &JobRow) -> Result<(), Error> {
        sqlx::query(
            "INSERT INTO jobs (id, org, client, containers, status, result, intermediate, created_at_ms, \
             finished_at_ms, owner) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO UPDATE SET \
             org = excluded.org, client = excluded.client, containers = excluded.containers, status = excluded.status, \
             result = excluded.result, intermediate = excluded.intermediate, created_at_ms = excluded.created_at_ms, \
             finished_at_ms = excluded.finished_at_ms, owner = excluded.owner",
        )
        .bind(&job.id)
        .bind(&job.org)
        .bind(&job.client)
        .bind(serde_json::to_string(&job.containers).unwrap_or_default())
        .bind(&job.status)
        .bind(job.result.as_ref().map(|r| r.to_string()))
        .bind(serde_json::to_string(&job.intermediate).unwrap_or_default())
        .bind(job.created_at_ms)
        .bind(job.finished_at_ms)
        .bind(&job.owner)
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(())
    }

    async fn get_jobs(&self, org: &str, ids: &[String]) -> Result<Vec<JobRow>, Error> {
        let mut out = Vec::new();
        for id in ids {
            let row = sqlx::query("SELECT * FROM jobs WHERE id = $1 AND org = $2")
                .bind(id)
                .bind(org)
                .fetch_optional(&self.pool)
                .await
                .map_err(db_err)?;
            if let Some(r) = row {
                out.push(JobRow {
                    id: r.get("id"),
                    org: r.get("org"),
                    client: r.get("client"),
                    containers: serde_json::from_str(r.get::<&str, _>("containers")).unwrap_or_default(),
                    status: r.get("status"),
                    result: r.get::<Option<String>, _>("result").and_then(|t| serde_json::from_str(&t).ok()),
                    intermediate: serde_json::from_str(r.get::<&str, _>("intermediate")).unwrap_or_default(),
                    created_at_ms: r.get("created_at_ms"),
                    finished_at_ms: r.get("finished_at_ms"),
                    owner: r.get("owner"),
                });
            }
        }
        Ok(out)
    }

    async fn list_jobs(&self, org: &str, client: &str, pending: Option<bool>) -> Result<Vec<String>, Error> {
        let filter = match pending {
            None => "",
            Some(true) => " AND status = 'running'",
            Some(false) => " AND status <> 'running'",
        };
        sqlx::query_scalar(&format!(
            "SELECT id FROM jobs WHERE org = $1 AND client = $2{filter} ORDER BY created_at_ms, id"
        ))
        .bind(org)
        .bind(client)
        .fetch_all(&self.pool)
        .await
        .map_err(db_err)
    }

    async fn count_running_jobs(&self, org: &str) -> Result<u64, Error> {
        let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE org = $1 AND status = 'running'")
            .bind(org)
            .fetch_one(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(n as u64)
    }

    async fn fail_running_jobs(&self, reason: &str, orphans: Orphans, now_ms: i64) -> Result<u64, Error> {
        let result = serde_json::json!({ "container": "", "error": reason }).to_string();
        let query = format!(
            "UPDATE jobs SET status = 'failed', finished_at_ms = $1, result = $2 WHERE status = 'running' AND {}",
            orphan_condition(orphans, "owner", 3)
        );
        let query = sqlx::query(&query).bind(now_ms).bind(result);
        let done = bind_orphans(query, orphans).execute(&self.pool).await.map_err(db_err)?;
        Ok(done.rows_affected())
    }
}

#[async_trait]
impl BuildLogStore for SqlStore {
    async fn put_build_log(&self, row: &BuildLogRow) -> Result<(), Error> {
        sqlx::query(
            "INSERT INTO build_logs (id, org, app, status, log, created_at_ms, finished_at_ms) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO UPDATE SET org = excluded.org, \
             app = excluded.app, status = excluded.status, log = excluded.log, created_at_ms = excluded.created_at_ms, \
             finished_at_ms = excluded.finished_at_ms",
        )
        .bind(&row.id)
        .bind(&row.org)
        .bind(&row.app)
        .bind(&row.status)
        .bind(&row.log)
        .bind(row.created_at_ms)
        .bind(row.finished_at_ms)
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(())
    }

    async fn get_build_log(&self, id: &str) -> Result<Option<BuildLogRow>, Error> {
        let row = sqlx::query("SELECT * FROM build_logs WHERE id = $1")
            .bind(id)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(row.map(|r| BuildLogRow {
            id: r.get("id"),
            org: r.get("org"),
            app: r.get("app"),
            status: r.get("status"),
            log: r.get("log"),
            created_at_ms: r.get("created_at_ms"),
            finished_at_ms: r.get("finished_at_ms"),
        }))
    }

    async fn delete_build_logs(&self, before_ms: i64) -> Result<u64, Error> {
        let done = sqlx::query("DELETE FROM build_logs WHERE finished_at_ms IS NOT NULL AND finished_at_ms < $1")
            .bind(before_ms)
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(done.rows_affected())
    }

    async fn fail_running_compiles(&self, reason: &str, orphans: Orphans, now_ms: i64) -> Result<u64, Error> {
        let mut tx = self.write_tx().await?;
        let query = format!(
            "UPDATE drafts SET status = 'Failed', compiled = 0, artifact_hash = NULL, error = $1 \
             WHERE status = 'Compiling' AND {} RETURNING deploy_id",
            orphan_condition(orphans, "compile_owner", 2)
        );
        let failed: HashSet<String> = bind_orphans(sqlx::query(&query).bind(reason), orphans)
            .fetch_all(&mut *tx)
            .await
            .map_err(db_err)?
            .iter()
            .filter_map(|r| r.get::<Option<String>, _>("deploy_id"))
            .collect();
        // The reason ends the log of each (appended here: the two dialects concatenate
        // bytes differently). A restart of the only server ends every running log.
        let running = sqlx::query(&format!(
            "SELECT id, log FROM build_logs WHERE status = 'running'{}",
            self.dialect.for_update()
        ))
        .fetch_all(&mut *tx)
        .await
        .map_err(db_err)?;
        for r in running {
            let id: String = r.get("id");
            if orphans != Orphans::All && !failed.contains(&id) {
                continue;
            }
            let mut log: Vec<u8> = r.get("log");
            log.extend_from_slice(format!("\n{reason}\n").as_bytes());
            sqlx::query("UPDATE build_logs SET status = 'failed', finished_at_ms = $1, log = $2 WHERE id = $3")
                .bind(now_ms)
                .bind(log)
                .bind(id)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
        }
        tx.commit().await.map_err(db_err)?;
        Ok(failed.len() as u64)
    }
}

#[async_trait]
impl TokenStore for SqlStore {
    async fn create_token(&self, token: &TokenRow, token_hash: &str) -> Result<(), Error> {
        sqlx::query("INSERT INTO tokens (id, org, token_hash, description, created_at_ms) VALUES ($1, $2, $3, $4, $5)")
            .bind(&token.id)
            .bind(&token.org)
            .bind(token_hash)
            .bind(&token.description)
            .bind(token.created_at_ms)
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(())
    }

    async fn find_token(&self, token_hash: &str) -> Result<Option<TokenRow>, Error> {
        let row = sqlx::query("SELECT * FROM tokens WHERE token_hash = $1 AND revoked_at_ms IS NULL")
            .bind(token_hash)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(row.as_ref().map(token_from_row))
    }

    async fn list_tokens(&self, org: Option<&str>) -> Result<Vec<TokenRow>, Error> {
        let rows = sqlx::query("SELECT * FROM tokens WHERE ($1 IS NULL OR org = $1) ORDER BY created_at_ms, id")
            .bind(org)
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(rows.iter().map(token_from_row).collect())
    }

    async fn revoke_token(&self, id: &str, now_ms: i64) -> Result<bool, Error> {
        let done = sqlx::query("UPDATE tokens SET revoked_at_ms = $1 WHERE id = $2 AND revoked_at_ms IS NULL")
            .bind(now_ms)
            .bind(id)
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(done.rows_affected() > 0)
    }
}

#[async_trait]
impl SecretStore for SqlStore {
    async fn put_secret(&self, s: &SecretRow) -> Result<SecretRow, Error> {
        let row = sqlx::query(
            "INSERT INTO secrets (org, name, kind, nonce, ciphertext, created_at_ms, updated_at_ms) \
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (org, name) DO UPDATE SET kind = excluded.kind, \
             nonce = excluded.nonce, ciphertext = excluded.ciphertext, updated_at_ms = excluded.updated_at_ms \
             RETURNING *",
        )
        .bind(&s.org)
        .bind(&s.name)
        .bind(&s.kind)
        .bind(&s.nonce)
        .bind(&s.ciphertext)
        .bind(s.created_at_ms)
        .bind(s.updated_at_ms)
        .fetch_one(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(secret_from_row(&row))
    }

    async fn get_secret(&self, org: &str, name: &str) -> Result<Option<SecretRow>, Error> {
        let row = sqlx::query("SELECT * FROM secrets WHERE org = $1 AND name = $2")
            .bind(org)
            .bind(name)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(row.as_ref().map(secret_from_row))
    }

    async fn list_secrets(&self, org: &str) -> Result<Vec<SecretRow>, Error> {
        let rows = sqlx::query("SELECT * FROM secrets WHERE org = $1 ORDER BY name")
            .bind(org)
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(rows.iter().map(secret_from_row).collect())
    }

    async fn all_secrets(&self) -> Result<Vec<SecretRow>, Error> {
        let rows =
            sqlx::query("SELECT * FROM secrets ORDER BY org, name").fetch_all(&self.pool).await.map_err(db_err)?;
        Ok(rows.iter().map(secret_from_row).collect())
    }

    async fn reseal_secrets(&self, secrets: &[SecretRow]) -> Result<(), Error> {
        let mut tx = self.write_tx().await?;
        for s in secrets {
            sqlx::query("UPDATE secrets SET nonce = $1, ciphertext = $2 WHERE org = $3 AND name = $4")
                .bind(&s.nonce)
                .bind(&s.ciphertext)
                .bind(&s.org)
                .bind(&s.name)
                .execute(&mut *tx)
                .await
                .map_err(db_err)?;
        }
        tx.commit().await.map_err(db_err)
    }

    async fn delete_secret(&self, org: &str, name: &str) -> Result<bool, Error> {
        let done = sqlx::query("DELETE FROM secrets WHERE org = $1 AND name = $2")
            .bind(org)
            .bind(name)
            .execute(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(done.rows_affected() > 0)
    }
}

#[async_trait]
impl QuotaStore for SqlStore {
    async fn get_quota(&self, org: &str) -> Result<Option<String>, Error> {
        sqlx::query_scalar("SELECT quota FROM org_quotas WHERE org = $1")
            .bind(org)
            .fetch_optional(&self.pool)
            .await
            .map_err(db_err)
    }

    async fn set_quota(&self, org: &str, quota: &str) -> Result<(), Error> {
        sqlx::query(
            "INSERT INTO org_quotas (org, quota) VALUES ($1, $2) ON CONFLICT (org) DO UPDATE SET quota = excluded.quota",
        )
        .bind(org)
        .bind(quota)
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(())
    }
}

fn node_from_row(r: &AnyRow) -> NodeRow {
    NodeRow {
        id: r.get("id"),
        role: r.get("role"),
        node_name: r.get("node_name"),
        address: r.get("address"),
        started_at_ms: r.get("started_at_ms"),
        heartbeat_ms: r.get("heartbeat_ms"),
    }
}

#[async_trait]
impl ClusterStore for SqlStore {
    fn shared(&self) -> bool {
        self.dialect == Dialect::Postgres
    }

    fn instance(&self) -> &str {
        &self.instance
    }

    async fn heartbeat(&self, node: &NodeRow) -> Result<(), Error> {
        sqlx::query(
            "INSERT INTO nodes (id, role, node_name, address, started_at_ms, heartbeat_ms) VALUES ($1, $2, $3, $4, $5, $6) \
             ON CONFLICT (id) DO UPDATE SET heartbeat_ms = excluded.heartbeat_ms, address = excluded.address",
        )
        .bind(&node.id)
        .bind(&node.role)
        .bind(&node.node_name)
        .bind(&node.address)
        .bind(node.started_at_ms)
        .bind(node.heartbeat_ms)
        .execute(&self.pool)
        .await
        .map_err(db_err)?;
        Ok(())
    }

    async fn live_nodes(&self, since_ms: i64) -> Result<Vec<NodeRow>, Error> {
        let rows = sqlx::query("SELECT * FROM nodes WHERE heartbeat_ms >= $1 ORDER BY id")
            .bind(since_ms)
            .fetch_all(&self.pool)
            .await
            .map_err(db_err)?;
        Ok(rows.iter().map(node_from_row).collect())
    }

    async fn leave(&self, id: &str) -> Result<(), Error> {
        sqlx::query("DELETE FROM nodes WHERE id = $1").bind(id).execute(&self.pool).await.map_err(db_err)?;
        Ok(())
    }

    async fn notify(&self, channel: &str, payload: &str) -> Result<(), Error> {
        if self.dialect != Dialect::Postgres {
            return Ok(());
        }
        notification(channel, payload.to_string()).execute(&self.pool).await.map_err(db_err)?;
        Ok(())
    }

    async fn listen(&self, channels: &[&str]) -> Result<Option<mpsc::Receiver<Notification>>, Error> {
        if self.dialect != Dialect::Postgres {
            return Ok(None);
        }
        let mut listener = sqlx::postgres::PgListener::connect(&self.url).await.map_err(db_err)?;
        listener.listen_all(channels.iter().copied()).await.map_err(db_err)?;
        let (tx, rx) = mpsc::channel(4096);
        tokio::spawn(async move {
            loop {
                // try_recv says None when the connection was lost (it reconnects and
                // listens again on the next call): what was sent meanwhile is missed.
                let message = match listener.try_recv().await {
                    Ok(Some(n)) => {
                        Notification::Message { channel: n.channel().to_string(), payload: n.payload().to_string() }
                    }
                    Ok(None) => Notification::Reconnected,
                    Err(e) => {
                        tracing::warn!(error = %e, "database listener");
                        tokio::time::sleep(Duration::from_millis(500)).await;
                        continue;
                    }
                };
                if tx.send(message).await.is_err() {
                    return;
                }
            }
        });
        Ok(Some(rx))
    }
}

#[cfg(test)]
mod tests {
    use ignite_core::app::{AppConfig, CodeSource, Runtime, StorageMode};
    use ignite_core::runtime::RuntimeKind;

    use super::*;

    /// A data directory written before the records were JSON documents still reads,
    /// and a row is rewritten as JSON at its next write.
    #[tokio::test]
    async fn rows_holding_protobuf_messages_read_as_records() {
        let dir = tempfile::tempdir().unwrap();
        let store = SqlStore::open_sqlite(&dir.path().join("ignite.db")).await.unwrap();
        let meta = v1::AppMeta {
            description: "from an older server".into(),
            storage_mode: v1::StorageMode::Ttl as i32,
            ttl_secs: 30,
            ports: vec![8080],
            ..Default::default()
        };
        let code = v1::CodeSource {
            source: Some(v1::code_source::Source::Compile(v1::CompileSource {
                runtime: Some(v1::Runtime {
                    kind: Some(v1::runtime::Kind::Python(v1::PythonRuntime { version: "3.11".into() })),
                }),
                source_code: Vec::new(),
            })),
        };
        let app = AppRow {
            org: "acme".into(),
            name: "old".into(),
            config: AppConfig::default(),
            latest_version: 0,
            active_version: 0,
            created_at_ms: 1,
            updated_at_ms: 1,
        };
        let draft = DraftRow {
            code: CodeSource::Compile { runtime: Runtime::Wasm },
            code_hash: "h".into(),
            size_bytes: 1,
            runtime_kind: RuntimeKind::Python,
            state: DraftState {
                status: DraftStatus::Draft,
                compile: RuntimeKind::Python.compile_requirement(),
                compiled: false,
            },
            artifact_hash: None,
            deploy_id: None,
            build_id: None,
            error: String::new(),
            input_schema: String::new(),
            output_schema: String::new(),
            created_at_ms: 1,
            last_deployment_at_ms: 0,
        };
        store.create_app(&app, Some(&draft)).await.unwrap();
        // What an older server wrote: the wire messages' encoding.
        sqlx::query("UPDATE apps SET config = $1").bind(meta.encode_to_vec()).execute(&store.pool).await.unwrap();
        sqlx::query("UPDATE drafts SET code = $1").bind(code.encode_to_vec()).execute(&store.pool).await.unwrap();

        let read = store.get_app("acme", "old").await.unwrap().unwrap();
        assert_eq!(read.config.description, "from an older server");
        assert_eq!(
            (read.config.storage, read.config.ttl_secs, read.config.ports.clone()),
            (StorageMode::Ttl, 30, vec![8080])
        );
        let read_draft = store.get_draft("acme", "old").await.unwrap().unwrap();
        assert_eq!(read_draft.code, CodeSource::Compile { runtime: Runtime::Python { version: "3.11".into() } });

        store.update_app_config("acme", "old", &read.config, 2).await.unwrap();
        let stored: Vec<u8> = sqlx::query_scalar("SELECT config FROM apps").fetch_one(&store.pool).await.unwrap();
        assert_eq!(stored.first(), Some(&b'{'), "rewritten as a JSON document");
        assert_eq!(store.get_app("acme", "old").await.unwrap().unwrap().config, read.config);
    }
}
