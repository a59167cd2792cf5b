//! Shared helpers: an observer that records what runtimes report, and request/response
//! plumbing.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use futures::StreamExt;
use ignite_core::FunctionId;
use ignite_core::resources::ResourceLimits;
use ignite_core::runtime::{
    Artifact, Body, EventKind, ExecutionContext, Invocation, InvocationResponse, LogRecord, Observer, RequestHead,
    RuntimeError, RuntimeEvent, RuntimeKind, VersionSpec,
};

#[derive(Default)]
pub struct Recorder {
    pub logs: Mutex<Vec<LogRecord>>,
    pub events: Mutex<Vec<RuntimeEvent>>,
}

impl Observer for Recorder {
    fn log(&self, record: LogRecord) {
        self.logs.lock().unwrap().push(record);
    }
    fn event(&self, event: RuntimeEvent) {
        self.events.lock().unwrap().push(event);
    }
}

impl Recorder {
    pub fn event_kinds(&self) -> Vec<EventKind> {
        self.events.lock().unwrap().iter().map(|e| e.kind).collect()
    }
}

pub fn spec(kind: RuntimeKind, code: impl Into<Bytes>, observer: Arc<Recorder>) -> VersionSpec {
    VersionSpec {
        function: FunctionId::parse("acme/hello").unwrap(),
        version: 1,
        artifact: Artifact { kind, bytes: code.into(), metadata: BTreeMap::new() },
        env: BTreeMap::from([("GREETING".to_string(), "hi".to_string())]),
        limits: ResourceLimits { memory_mb: 64, cpu_millicores: 500, timeout_secs: 2 },
        max_concurrency: 8,
        network: false,
        egress_allow: vec![],
        ports: vec![],
        health_path: String::new(),
        observer,
    }
}

pub fn invocation(execution_id: &str, body: impl Into<Bytes>) -> Invocation {
    Invocation {
        ctx: ExecutionContext {
            execution_id: execution_id.to_string(),
            function: FunctionId::parse("acme/hello").unwrap(),
            organization_id: "acme".into(),
            version: 1,
            traceparent: String::new(),
        },
        head: RequestHead { method: "POST".into(), path: "/greet".into(), query: "x=1".into(), headers: vec![] },
        body: Body::Full(body.into()),
        port: None,
        cancel: Default::default(),
    }
}

/// The whole body, or the error that ended it.
pub async fn collect(resp: InvocationResponse) -> Result<Vec<u8>, RuntimeError> {
    let mut out = Vec::new();
    let mut body = resp.body;
    while let Some(chunk) = body.next().await {
        out.extend_from_slice(&chunk?);
    }
    Ok(out)
}

/// Chunks with the time each arrived, from the start of the call.
pub async fn timed_chunks(resp: InvocationResponse, started: Instant) -> Vec<(Duration, Bytes)> {
    let mut out = Vec::new();
    let mut body = resp.body;
    while let Some(chunk) = body.next().await {
        out.push((started.elapsed(), chunk.unwrap()));
    }
    out
}
