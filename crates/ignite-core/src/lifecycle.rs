//! The app / draft / version state machine, as plain data.
//!
//! An app has one mutable draft slot (version 0) and immutable numbered versions
//! 1..=N. The draft is DRAFT, COMPILING or FAILED; publishing freezes it into version
//! N+1, which becomes ACTIVE (the previous active one is SUPERSEDED) and closes the
//! draft slot. Rollback re-points `active_version` at any existing version and writes
//! nothing else.
//!
//! Storage loads an [`AppLifecycle`], calls [`AppLifecycle::apply`] and, inside the
//! same transaction, writes what the returned [`Effect`] says. An illegal action is a
//! [`LifecycleError`] and leaves the value untouched.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::{Code, Error};

/// Whether a draft's code must go through CompileDraft (docs/api.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CompileRequirement {
    /// Runs as uploaded: Python, prebuilt wasm. CompileDraft is optional (it prepares
    /// dependencies ahead of time, e.g. a Python requirements.txt).
    None,
    /// CompileDraft must succeed before TestDraft or PublishDraft: Rust.
    Explicit,
    /// Built on demand: TestDraft and PublishDraft compile first when needed (Go, Deno,
    /// images built from code or git, prebuilt images that must be pulled).
    Implicit,
}

/// Status of the draft slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DraftStatus {
    Draft,
    Compiling,
    Failed,
}

/// Status of a code slot as the API shows it (`VersionStatus`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum VersionStatus {
    Draft,
    Compiling,
    Failed,
    Active,
    Superseded,
}

impl From<DraftStatus> for VersionStatus {
    fn from(s: DraftStatus) -> Self {
        match s {
            DraftStatus::Draft => VersionStatus::Draft,
            DraftStatus::Compiling => VersionStatus::Compiling,
            DraftStatus::Failed => VersionStatus::Failed,
        }
    }
}

/// The draft slot.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct DraftState {
    pub status: DraftStatus,
    pub compile: CompileRequirement,
    /// A compile of the current code succeeded (its artifact is stored).
    pub compiled: bool,
}

/// Everything the lifecycle rules look at.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct AppLifecycle {
    pub draft: Option<DraftState>,
    /// Highest published version; versions are 1..=latest_version. 0 = none.
    pub latest_version: u32,
    /// The version invocations run; 0 = never published.
    pub active_version: u32,
}

/// A request to change or use the lifecycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// SaveDraft: replaces the draft slot (a running compile of the old draft is cancelled).
    SaveDraft { compile: CompileRequirement },
    /// CompileDraft.
    StartCompile,
    /// The running compile ended.
    FinishCompile { success: bool },
    /// TestDraft.
    TestDraft,
    /// PublishDraft.
    Publish,
    /// RollbackApp.
    Rollback { to: u32 },
    /// TestAppVersion.
    TestVersion { version: u32 },
    /// Invoke / InvokeAsync; `None` = the active version.
    Invoke { version: Option<u32> },
    /// DeleteApp: the app, its draft and its versions go, in any state.
    Delete,
}

/// What an accepted action does; storage persists exactly this.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Effect {
    /// The draft slot now holds new code; `cancelled_compile` says a compile of the
    /// previous draft was running and must be stopped.
    DraftSaved {
        cancelled_compile: bool,
    },
    CompileStarted,
    CompileFinished {
        success: bool,
    },
    /// Run the draft; `compile_first` for an implicit-compile draft not yet built.
    RunDraft {
        compile_first: bool,
    },
    /// Version `version` was created from the draft and made active; the draft slot
    /// is closed. `compile_first` as for RunDraft.
    Published {
        version: u32,
        superseded: Option<u32>,
        compile_first: bool,
    },
    RolledBack {
        from: u32,
        to: u32,
    },
    /// Run a published version.
    RunVersion {
        version: u32,
    },
    /// The app is gone with its `versions`; `cancelled_compile` as for DraftSaved.
    Deleted {
        versions: u32,
        cancelled_compile: bool,
    },
}

/// An illegal action. Each maps to one API status code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum LifecycleError {
    #[error("the app has no draft: save one with SaveDraft first")]
    NoDraft,
    #[error("the draft must be compiled first: call CompileDraft and wait for status VERSION_STATUS_DRAFT")]
    NotCompiled,
    #[error("the draft is compiling: wait for the compile to finish (poll GetDraftInfo or stream its log)")]
    Compiling,
    #[error("the draft's last compile failed: fix the code and SaveDraft again (see GetDraftInfo.error)")]
    CompileFailed,
    #[error("no compile is running for the draft")]
    NotCompiling,
    #[error("version {0} does not exist")]
    NoSuchVersion(u32),
    #[error("the app has no published version: publish a draft first")]
    NotPublished,
}

impl LifecycleError {
    pub fn code(self) -> Code {
        match self {
            LifecycleError::NoSuchVersion(_) => Code::NotFound,
            _ => Code::FailedPrecondition,
        }
    }
}

impl From<LifecycleError> for Error {
    fn from(e: LifecycleError) -> Error {
        Error::new(e.code(), e.to_string())
    }
}

impl AppLifecycle {
    /// Status of a published version.
    pub fn version_status(&self, version: u32) -> Option<VersionStatus> {
        match version {
            0 => self.draft.map(|d| d.status.into()),
            v if v > self.latest_version => None,
            v if v == self.active_version => Some(VersionStatus::Active),
            _ => Some(VersionStatus::Superseded),
        }
    }

    /// What `action` would do, without changing anything.
    pub fn check(&self, action: Action) -> Result<Effect, LifecycleError> {
        match action {
            Action::SaveDraft { .. } => Ok(Effect::DraftSaved {
                cancelled_compile: matches!(self.draft, Some(DraftState { status: DraftStatus::Compiling, .. })),
            }),
            Action::StartCompile => match self.draft {
                None => Err(LifecycleError::NoDraft),
                Some(d) if d.status == DraftStatus::Compiling => Err(LifecycleError::Compiling),
                Some(_) => Ok(Effect::CompileStarted),
            },
            Action::FinishCompile { success } => match self.draft {
                Some(d) if d.status == DraftStatus::Compiling => Ok(Effect::CompileFinished { success }),
                _ => Err(LifecycleError::NotCompiling),
            },
            Action::TestDraft => {
                let compile_first = self.runnable_draft()?;
                Ok(Effect::RunDraft { compile_first })
            }
            Action::Publish => {
                let compile_first = self.runnable_draft()?;
                Ok(Effect::Published {
                    version: self.latest_version + 1,
                    superseded: (self.active_version > 0).then_some(self.active_version),
                    compile_first,
                })
            }
            Action::Rollback { to } => {
                self.existing_version(to)?;
                Ok(Effect::RolledBack { from: self.active_version, to })
            }
            Action::TestVersion { version } => {
                self.existing_version(version)?;
                Ok(Effect::RunVersion { version })
            }
            Action::Invoke { version: Some(v) } if v != 0 => {
                self.existing_version(v)?;
                Ok(Effect::RunVersion { version: v })
            }
            Action::Invoke { .. } => {
                if self.active_version == 0 {
                    return Err(LifecycleError::NotPublished);
                }
                Ok(Effect::RunVersion { version: self.active_version })
            }
            Action::Delete => Ok(Effect::Deleted {
                versions: self.latest_version,
                cancelled_compile: matches!(self.draft, Some(DraftState { status: DraftStatus::Compiling, .. })),
            }),
        }
    }

    /// Applies `action`: on success the value reflects the new state; on error it is
    /// unchanged.
    pub fn apply(&mut self, action: Action) -> Result<Effect, LifecycleError> {
        let effect = self.check(action)?;
        match (action, effect) {
            (Action::SaveDraft { compile }, _) => {
                self.draft = Some(DraftState { status: DraftStatus::Draft, compile, compiled: false });
            }
            (_, Effect::CompileStarted) => {
                if let Some(d) = &mut self.draft {
                    d.status = DraftStatus::Compiling;
                    d.compiled = false;
                }
            }
            (_, Effect::CompileFinished { success }) => {
                if let Some(d) = &mut self.draft {
                    d.status = if success { DraftStatus::Draft } else { DraftStatus::Failed };
                    d.compiled = success;
                }
            }
            (_, Effect::Published { version, .. }) => {
                self.latest_version = version;
                self.active_version = version;
                self.draft = None;
            }
            (_, Effect::RolledBack { to, .. }) => self.active_version = to,
            (_, Effect::Deleted { .. }) => *self = AppLifecycle::default(),
            (_, Effect::RunDraft { .. } | Effect::RunVersion { .. } | Effect::DraftSaved { .. }) => {}
        }
        Ok(effect)
    }

    /// Checks that the draft can run or be published; returns whether it must be
    /// compiled first (implicit compile).
    fn runnable_draft(&self) -> Result<bool, LifecycleError> {
        let d = self.draft.ok_or(LifecycleError::NoDraft)?;
        match d.status {
            DraftStatus::Compiling => Err(LifecycleError::Compiling),
            DraftStatus::Failed => Err(LifecycleError::CompileFailed),
            DraftStatus::Draft => match d.compile {
                CompileRequirement::None => Ok(false),
                CompileRequirement::Explicit if d.compiled => Ok(false),
                CompileRequirement::Explicit => Err(LifecycleError::NotCompiled),
                CompileRequirement::Implicit => Ok(!d.compiled),
            },
        }
    }

    fn existing_version(&self, v: u32) -> Result<(), LifecycleError> {
        if v == 0 || v > self.latest_version { Err(LifecycleError::NoSuchVersion(v)) } else { Ok(()) }
    }
}

impl fmt::Display for AppLifecycle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.draft {
            None => write!(f, "no draft")?,
            Some(d) => {
                let req = match d.compile {
                    CompileRequirement::None => "none",
                    CompileRequirement::Explicit => "explicit",
                    CompileRequirement::Implicit => "implicit",
                };
                write!(f, "{:?}(compile={req}{})", d.status, if d.compiled { ",compiled" } else { "" })?
            }
        }
        write!(f, " v{}/{}", self.active_version, self.latest_version)
    }
}

#[cfg(test)]
mod tests {
    use std::fmt::Write;

    use expect_test::expect_file;

    use super::*;

    fn states() -> Vec<AppLifecycle> {
        let drafts = [
            None,
            Some(DraftState { status: DraftStatus::Draft, compile: CompileRequirement::None, compiled: false }),
            Some(DraftState { status: DraftStatus::Draft, compile: CompileRequirement::Explicit, compiled: false }),
            Some(DraftState { status: DraftStatus::Draft, compile: CompileRequirement::Explicit, compiled: true }),
            Some(DraftState { status: DraftStatus::Draft, compile: CompileRequirement::Implicit, compiled: false }),
            Some(DraftState { status: DraftStatus::Draft, compile: CompileRequirement::Implicit, compiled: true }),
            Some(DraftState { status: DraftStatus::Compiling, compile: CompileRequirement::Explicit, compiled: false }),
            Some(DraftState { status: DraftStatus::Failed, compile: CompileRequirement::Explicit, compiled: false }),
        ];
        let versions = [(0, 0), (1, 2)];
        let mut out = Vec::new();
        for (active, latest) in versions {
            for draft in drafts {
                out.push(AppLifecycle { draft, latest_version: latest, active_version: active });
            }
        }
        out
    }

    fn actions() -> Vec<Action> {
        vec![
            Action::SaveDraft { compile: CompileRequirement::None },
            Action::SaveDraft { compile: CompileRequirement::Explicit },
            Action::StartCompile,
            Action::FinishCompile { success: true },
            Action::FinishCompile { success: false },
            Action::TestDraft,
            Action::Publish,
            Action::Rollback { to: 1 },
            Action::Rollback { to: 2 },
            Action::Rollback { to: 3 },
            Action::TestVersion { version: 2 },
            Action::TestVersion { version: 0 },
            Action::Invoke { version: None },
            Action::Invoke { version: Some(1) },
            Action::Delete,
        ]
    }

    /// Every (state, action) pair, rendered as a table and compared with the golden
    /// file `lifecycle_table.txt` (update with `UPDATE_EXPECT=1 cargo test`).
    #[test]
    fn every_state_action_pair() {
        let mut table = String::new();
        for state in states() {
            writeln!(table, "## {state}").unwrap();
            for action in actions() {
                let mut next = state;
                let outcome = match next.apply(action) {
                    Ok(effect) => format!("{effect:?} => {next}"),
                    Err(e) => {
                        assert_eq!(next, state, "a rejected action changed the state");
                        format!("{} {e}", e.code())
                    }
                };
                writeln!(table, "{action:?}: {outcome}").unwrap();
            }
        }
        expect_file!["../test_data/lifecycle_table.txt"].assert_eq(&table);
    }

    #[test]
    fn publish_three_times_then_roll_back() {
        let mut app = AppLifecycle::default();
        for n in 1..=3 {
            app.apply(Action::SaveDraft { compile: CompileRequirement::None }).unwrap();
            assert_eq!(
                app.apply(Action::Publish).unwrap(),
                Effect::Published { version: n, superseded: (n > 1).then_some(n - 1), compile_first: false }
            );
        }
        assert_eq!(app.apply(Action::Rollback { to: 1 }).unwrap(), Effect::RolledBack { from: 3, to: 1 });
        assert_eq!(app.active_version, 1);
        assert_eq!(app.latest_version, 3);
        assert_eq!(app.version_status(1), Some(VersionStatus::Active));
        assert_eq!(app.version_status(3), Some(VersionStatus::Superseded));
        assert_eq!(app.version_status(4), None);
        // The next publish still numbers from the highest version.
        app.apply(Action::SaveDraft { compile: CompileRequirement::None }).unwrap();
        assert_eq!(
            app.apply(Action::Publish).unwrap(),
            Effect::Published { version: 4, superseded: Some(1), compile_first: false }
        );
    }

    #[test]
    fn rust_drafts_compile_before_test_and_publish() {
        let mut app = AppLifecycle::default();
        app.apply(Action::SaveDraft { compile: CompileRequirement::Explicit }).unwrap();
        let err = app.apply(Action::Publish).unwrap_err();
        assert_eq!(err, LifecycleError::NotCompiled);
        assert_eq!(Error::from(err).code(), Code::FailedPrecondition);
        app.apply(Action::StartCompile).unwrap();
        assert_eq!(app.apply(Action::TestDraft).unwrap_err(), LifecycleError::Compiling);
        app.apply(Action::FinishCompile { success: true }).unwrap();
        assert_eq!(app.apply(Action::TestDraft).unwrap(), Effect::RunDraft { compile_first: false });
        assert!(matches!(app.apply(Action::Publish).unwrap(), Effect::Published { version: 1, .. }));
    }
}
