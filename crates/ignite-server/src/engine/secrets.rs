//! App secrets in replicas' environments: an env value `secret://NAME` names a secret
//! of the app's organization (kind `app_secret`), resolved when a version loads, so the
//! value reaches the sandbox's environment and nothing else: the config keeps the
//! reference, and a replica's log lines and events have the value masked.

use std::collections::BTreeMap;
use std::sync::Arc;

use async_trait::async_trait;
use ignite_core::Error;
use ignite_core::runtime::{LogRecord, Observer, RuntimeEvent};

/// The scheme of an env value that names a secret.
pub const SECRET_SCHEME: &str = "secret://";
/// What a secret's value becomes in a log line or an event.
pub const REDACTED: &str = "[redacted]";
/// How long the replicas holding a rotated secret may finish their calls in flight.
pub const ROTATION_GRACE: std::time::Duration = std::time::Duration::from_secs(30);
/// Shorter values are not masked (they would mask common text); docs/api.md says so.
const MIN_REDACTED: usize = 4;

/// Where the values of `secret://NAME` env values come from (the SecretService).
#[async_trait]
pub trait SecretSource: Send + Sync + 'static {
    /// The value of app secret `name` of `org`; FAILED_PRECONDITION when there is none.
    async fn app_secret(&self, org: &str, name: &str) -> Result<String, Error>;
}

/// An env with its secret references resolved, and the names and values used.
pub struct ResolvedEnv {
    pub env: BTreeMap<String, String>,
    /// The secrets named, as `org/name`.
    pub names: Vec<String>,
    pub values: Vec<String>,
}

/// Resolves the `secret://NAME` values of `env` (of an app of `org`) through `source`;
/// fails closed when a secret cannot be read.
pub async fn resolve(
    env: &BTreeMap<String, String>,
    org: &str,
    source: Option<&Arc<dyn SecretSource>>,
) -> Result<ResolvedEnv, Error> {
    let mut resolved = ResolvedEnv { env: BTreeMap::new(), names: Vec::new(), values: Vec::new() };
    for (key, value) in env {
        let Some(name) = value.strip_prefix(SECRET_SCHEME) else {
            resolved.env.insert(key.clone(), value.clone());
            continue;
        };
        let source = source.ok_or_else(|| Error::internal("no secret source: app secrets cannot be resolved"))?;
        let secret = source.app_secret(org, name).await?;
        resolved.names.push(format!("{org}/{name}"));
        resolved.values.push(secret.clone());
        resolved.env.insert(key.clone(), secret);
    }
    Ok(resolved)
}

/// An observer that masks secret values in what it passes on.
pub struct Redacting {
    inner: Arc<dyn Observer>,
    values: Vec<String>,
}

impl Redacting {
    /// `inner` itself when there is nothing to mask.
    pub fn wrap(inner: Arc<dyn Observer>, values: &[String]) -> Arc<dyn Observer> {
        let mut values: Vec<String> = values.iter().filter(|v| v.len() >= MIN_REDACTED).cloned().collect();
        if values.is_empty() {
            return inner;
        }
        // The longest first: a value containing another is masked whole.
        values.sort_by_key(|v| std::cmp::Reverse(v.len()));
        Arc::new(Redacting { inner, values })
    }

    fn mask(&self, text: &mut String) {
        for value in &self.values {
            if text.contains(value.as_str()) {
                *text = text.replace(value.as_str(), REDACTED);
            }
        }
    }
}

impl Observer for Redacting {
    fn log(&self, mut record: LogRecord) {
        self.mask(&mut record.line);
        self.inner.log(record);
    }

    fn event(&self, mut event: RuntimeEvent) {
        self.mask(&mut event.message);
        self.inner.event(event);
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Mutex;

    use super::*;

    #[derive(Default)]
    struct Kept(Mutex<Vec<String>>);

    impl Observer for Kept {
        fn log(&self, record: LogRecord) {
            self.0.lock().unwrap().push(record.line);
        }
        fn event(&self, event: RuntimeEvent) {
            self.0.lock().unwrap().push(event.message);
        }
    }

    #[test]
    fn secret_values_are_masked_in_lines_and_events_the_longest_first() {
        let kept = Arc::new(Kept::default());
        let observer = Redacting::wrap(kept.clone(), &["hunter2-long".into(), "hunter2".into(), "ab".into()]);
        let line = |text: &str| LogRecord {
            timestamp_ms: 0,
            replica_id: String::new(),
            stream: ignite_core::runtime::LogStream::Stdout,
            line: text.into(),
            execution_id: None,
        };
        observer.log(line("pw=hunter2-long and hunter2, ab stays"));
        observer.event(RuntimeEvent::now(ignite_core::runtime::EventKind::Crashed, None, "died: hunter2"));
        assert_eq!(
            *kept.0.lock().unwrap(),
            ["pw=[redacted] and [redacted], ab stays", "died: [redacted]"],
            "a value of under four characters is left alone"
        );
    }
}
