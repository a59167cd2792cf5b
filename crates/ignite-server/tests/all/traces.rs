//! Traces over OTLP: an OTLP/gRPC collector in the test receives the server's spans.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use opentelemetry_proto::tonic::collector::trace::v1::trace_service_server::{TraceService, TraceServiceServer};
use opentelemetry_proto::tonic::collector::trace::v1::{ExportTraceServiceRequest, ExportTraceServiceResponse};
use opentelemetry_proto::tonic::common::v1::any_value::Value as AnyValue;
use serde_json::{Value, json};

use crate::harness::{ORG, Server, b64, deploy, python_draft, tar_gz, unb64};

/// A span as the collector received it.
#[derive(Debug, Clone)]
struct Received {
    name: String,
    trace_id: String,
    span_id: String,
    parent: String,
    attributes: HashMap<String, String>,
    service: String,
}

#[derive(Default, Clone)]
struct Collector(Arc<Mutex<Vec<Received>>>);

#[tonic::async_trait]
impl TraceService for Collector {
    async fn export(
        &self,
        request: tonic::Request<ExportTraceServiceRequest>,
    ) -> Result<tonic::Response<ExportTraceServiceResponse>, tonic::Status> {
        let text = |v: &Option<opentelemetry_proto::tonic::common::v1::AnyValue>| match v
            .as_ref()
            .and_then(|v| v.value.as_ref())
        {
            Some(AnyValue::StringValue(s)) => s.clone(),
            Some(AnyValue::IntValue(i)) => i.to_string(),
            Some(AnyValue::BoolValue(b)) => b.to_string(),
            other => format!("{other:?}"),
        };
        let mut received = self.0.lock().unwrap();
        for resource in request.into_inner().resource_spans {
            let service = resource
                .resource
                .iter()
                .flat_map(|r| &r.attributes)
                .find(|kv| kv.key == "service.name")
                .map(|kv| text(&kv.value))
                .unwrap_or_default();
            for span in resource.scope_spans.into_iter().flat_map(|s| s.spans) {
                received.push(Received {
                    name: span.name,
                    trace_id: hex::encode(span.trace_id),
                    span_id: hex::encode(span.span_id),
                    parent: hex::encode(span.parent_span_id),
                    attributes: span.attributes.iter().map(|kv| (kv.key.clone(), text(&kv.value))).collect(),
                    service: service.clone(),
                });
            }
        }
        Ok(tonic::Response::new(ExportTraceServiceResponse::default()))
    }
}

impl Collector {
    /// Starts on a free loopback port: the collector and its endpoint.
    async fn start() -> (Collector, String) {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let endpoint = format!("http://{}", listener.local_addr().unwrap());
        let collector = Collector::default();
        let service = TraceServiceServer::new(collector.clone());
        tokio::spawn(
            tonic::transport::Server::builder()
                .add_service(service)
                .serve_with_incoming(tokio_stream::wrappers::TcpListenerStream::new(listener)),
        );
        (collector, endpoint)
    }

    /// Waits (up to 30 s) for a span that `matches`.
    async fn span(&self, what: &str, matches: impl Fn(&Received) -> bool) -> Received {
        for _ in 0..300 {
            if let Some(found) = self.0.lock().unwrap().iter().find(|s| matches(s)) {
                return found.clone();
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("no {what} span arrived; received: {:#?}", self.0.lock().unwrap());
    }
}

/// Answers the `traceparent` its call received, from `ctx`.
const ECHO_TRACEPARENT: &str = "def handler(payload, ctx):\n    return {'traceparent': ctx.get('traceparent', '')}\n";

const CALLER_TRACE: &str = "4bf92f3577b34da6a3ce929d0e0e4736";
const CALLER_SPAN: &str = "00f067aa0ba902b7";

/// Invokes `app` over HTTP with the caller's `traceparent`: the execution id and the body.
async fn invoke_traced(s: &Server, app: &str) -> (String, Value) {
    let resp = reqwest::Client::new()
        .post(format!("http://{}/v1/ignite/app/{ORG}/{app}/invoke", s.addr))
        .bearer_auth(&s.token)
        .header("traceparent", format!("00-{CALLER_TRACE}-{CALLER_SPAN}-01"))
        .body(json!({"body": b64(b"")}).to_string())
        .send()
        .await
        .unwrap();
    let frames: Vec<Value> = resp.text().await.unwrap().lines().filter_map(|l| serde_json::from_str(l).ok()).collect();
    let execution_id = frames.iter().find_map(|f| f["head"]["executionId"].as_str()).unwrap().to_string();
    let body: Vec<u8> = frames.iter().filter_map(|f| f["chunk"].as_str()).flat_map(unb64).collect();
    (execution_id, serde_json::from_slice(&body).unwrap())
}

#[tokio::test]
async fn invocations_and_builds_are_exported_over_otlp_continuing_the_callers_trace() {
    let (collector, endpoint) = Collector::start().await;
    let s = Server::start_with_env(&["--otlp-endpoint", &endpoint], &[("OTEL_BSP_SCHEDULE_DELAY", "100")]);
    let (status, body) = deploy(&s, &s.token, ORG, "traced", json!({}), &python_draft(ECHO_TRACEPARENT)).await;
    assert_eq!(status, 200, "{body}");
    let (execution_id, answer) = invoke_traced(&s, "traced").await;

    // API -> engine -> guest, in the caller's trace.
    let invoke = collector
        .span("invoke", |sp| sp.name == "invoke" && sp.attributes.get("ignite.execution_id") == Some(&execution_id))
        .await;
    assert_eq!(invoke.trace_id, CALLER_TRACE, "{invoke:?}");
    assert_eq!(invoke.service, "ignite-server");
    assert_eq!(invoke.attributes["ignite.app"], "dev/traced");
    assert_eq!(invoke.attributes["ignite.version"], "1");
    let request = collector.span("request", |sp| sp.span_id == invoke.parent).await;
    assert_eq!(request.name, "POST", "{request:?}");
    assert_eq!(request.parent, CALLER_SPAN, "the request continues the caller's span");
    assert_eq!(request.attributes["http.response.status_code"], "200", "{request:?}");
    let guest = collector.span("guest", |sp| sp.name == "guest" && sp.parent == invoke.span_id).await;
    assert_eq!(guest.attributes["ignite.cold_start"], "true", "{guest:?}");
    assert_eq!(guest.attributes["ignite.outcome"], "success", "{guest:?}");
    assert!(guest.attributes["ignite.replica_id"].len() > 4, "{guest:?}");
    assert_eq!(guest.attributes["ignite.runtime"], "python", "{guest:?}");
    // The guest continues the platform's span around it.
    assert_eq!(answer["traceparent"], format!("00-{CALLER_TRACE}-{}-01", guest.span_id), "{answer}");

    // A call over gRPC is named by its method; without a caller's trace it starts one.
    let mut client = s.grpc().await;
    let call = ignite_proto::v1::InvokeRequest {
        organization_name: ORG.into(),
        app_name: "traced".into(),
        ..Default::default()
    };
    let mut frames = client.invoke(crate::harness::authed(call, &s.token)).await.unwrap().into_inner();
    let mut grpc_execution = String::new();
    while let Some(frame) = frames.message().await.unwrap() {
        if let Some(ignite_proto::v1::invoke_response::Frame::Head(h)) = frame.frame {
            grpc_execution = h.execution_id;
        }
    }
    let invoke = collector
        .span("gRPC invoke", |sp| {
            sp.name == "invoke" && sp.attributes.get("ignite.execution_id") == Some(&grpc_execution)
        })
        .await;
    assert_ne!(invoke.trace_id, CALLER_TRACE);
    let request = collector.span("gRPC request", |sp| sp.span_id == invoke.parent).await;
    assert_eq!(request.name, "/dodil.ignite.v1.ComputeService/Invoke");
    assert_eq!(request.parent, "", "a root span");

    // A build is a span of its own (here one that fails: a type error).
    let create = json!({"name": "tracedbuild"}).to_string();
    assert_eq!(s.call("POST", "/v1/ignite/app/dev", Some(&create)).await.0, 200);
    let broken = "import { start } from \"ignite\";\nconst n: number = \"text\";\nstart(() => String(n));\n";
    let draft =
        json!({"code": {"compile": {"runtime": {"deno": {}}, "sourceCode": b64(&tar_gz(&[("main.ts", broken)]))}}});
    let (status, body) = s.call("POST", "/v1/ignite/app/dev/tracedbuild/draft", Some(&draft.to_string())).await;
    assert_eq!(status, 200, "{body}");
    let (status, body) = s.call("POST", "/v1/ignite/app/dev/tracedbuild/draft/compile", Some("{}")).await;
    assert_eq!(status, 200, "{body}");
    let build = collector
        .span("build", |sp| {
            sp.name == "build" && sp.attributes.get("ignite.app").is_some_and(|a| a == "dev/tracedbuild")
        })
        .await;
    assert_eq!(build.attributes["ignite.outcome"], "failed", "{build:?}");
    assert_eq!(build.attributes["ignite.deploy_id"], body["deployId"].as_str().unwrap(), "{build:?}");
    assert_eq!(build.attributes["ignite.runtime"], "deno", "{build:?}");
}

#[tokio::test]
async fn without_an_exporter_the_guest_gets_the_callers_traceparent() {
    let s = Server::start();
    let (status, body) = deploy(&s, &s.token, ORG, "traced", json!({}), &python_draft(ECHO_TRACEPARENT)).await;
    assert_eq!(status, 200, "{body}");
    let (_, answer) = invoke_traced(&s, "traced").await;
    assert_eq!(answer["traceparent"], format!("00-{CALLER_TRACE}-{CALLER_SPAN}-01"), "{answer}");
    // None sent: none received.
    let (_, out, _) = crate::harness::invoke_text(&s, &s.token, ORG, "traced", b"").await;
    assert_eq!(serde_json::from_str::<Value>(&out).unwrap()["traceparent"], "", "{out}");
}
