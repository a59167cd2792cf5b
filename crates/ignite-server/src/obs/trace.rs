//! Traces: the W3C trace context a call arrives with and hands to its guest, and the
//! OpenTelemetry export of the server's spans over OTLP (`--otlp-endpoint`).
//!
//! Every request gets a span at the edge (`request`), continuing the caller's
//! `traceparent`; the engine's `invoke` span (app, version, execution id) and its
//! `guest` span (replica, cold start) are its children, and builds have a `build` span.
//! The guest receives the `guest` span's context as `traceparent` (header, `TRACEPARENT`
//! environment variable, Python `ctx`), so its own spans join the trace. Without an
//! exporter there are no span contexts, and the guest receives the caller's
//! `traceparent` unchanged.

use std::time::Duration;

use opentelemetry::propagation::{Extractor, Injector, TextMapPropagator};
use opentelemetry::trace::{TraceContextExt, TracerProvider as _};
use opentelemetry_otlp::WithExportConfig;
use opentelemetry_sdk::propagation::TraceContextPropagator;
use opentelemetry_sdk::trace::SdkTracerProvider;
use tracing_opentelemetry::OpenTelemetrySpanExt;

/// The service name spans are exported under.
pub const SERVICE_NAME: &str = "ignite-server";

tokio::task_local! {
    /// The validated `traceparent` of the request being served (see [`with_caller`]).
    static CALLER: Option<String>;
}

/// Why traces cannot be exported.
#[derive(Debug, thiserror::Error)]
#[error("--otlp-endpoint {endpoint}: {message}")]
pub struct TraceError {
    endpoint: String,
    message: String,
}

/// The exporter of a server's spans; [`Exporter::shutdown`] sends what is still queued.
pub struct Exporter {
    provider: SdkTracerProvider,
}

impl Exporter {
    /// An OTLP/gRPC exporter to `endpoint` (`http://host:4317`), batching spans; built
    /// inside the tokio runtime (tonic's channel needs it). `instance` names this server.
    pub fn otlp(endpoint: &str, instance: &str) -> Result<Self, TraceError> {
        let failed = |e: &dyn std::fmt::Display| TraceError { endpoint: endpoint.to_string(), message: e.to_string() };
        let exporter = opentelemetry_otlp::SpanExporter::builder()
            .with_tonic()
            .with_endpoint(endpoint)
            .with_timeout(Duration::from_secs(10))
            .build()
            .map_err(|e| failed(&e))?;
        let resource = opentelemetry_sdk::Resource::builder()
            .with_service_name(SERVICE_NAME)
            .with_attribute(opentelemetry::KeyValue::new("service.instance.id", instance.to_string()))
            .with_attribute(opentelemetry::KeyValue::new("service.version", env!("CARGO_PKG_VERSION")))
            .build();
        let provider = SdkTracerProvider::builder().with_batch_exporter(exporter).with_resource(resource).build();
        Ok(Exporter { provider })
    }

    /// The `tracing` layer that turns the server's spans into OpenTelemetry spans for
    /// this exporter, whatever `RUST_LOG` lets through to the log lines: spans of this
    /// crate at INFO and above, and its warnings and errors as their events.
    pub fn layer<S>(&self) -> impl tracing_subscriber::Layer<S> + use<S>
    where
        S: tracing::Subscriber + for<'span> tracing_subscriber::registry::LookupSpan<'span>,
    {
        use tracing_subscriber::Layer;
        let ours = tracing_subscriber::filter::filter_fn(|meta| {
            let level = if meta.is_span() { tracing::Level::INFO } else { tracing::Level::WARN };
            meta.target().starts_with("ignite_server") && *meta.level() <= level
        });
        tracing_opentelemetry::layer().with_tracer(self.provider.tracer(SERVICE_NAME)).with_filter(ours)
    }

    /// Exports what is queued and stops.
    pub fn shutdown(self) {
        if let Err(e) = self.provider.shutdown() {
            eprintln!("exporting the last spans: {e}");
        }
    }
}

/// The caller's trace context, when `headers` carry a valid `traceparent`.
fn caller_context(headers: &http::HeaderMap) -> Option<opentelemetry::Context> {
    headers.get("traceparent")?;
    let cx = TraceContextPropagator::new().extract(&HeaderExtractor(headers));
    cx.span().span_context().is_valid().then_some(cx)
}

/// The span of one request at the edge, a child of the caller's `traceparent`. gRPC
/// calls are named by their method's path, HTTP requests by their method (paths carry
/// names, too many for span names).
pub fn request_span(method: &http::Method, path: &str, headers: &http::HeaderMap) -> tracing::Span {
    let grpc = headers.get(http::header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(b"application/grpc"));
    let name = if grpc { path.to_string() } else { method.to_string() };
    let span = tracing::info_span!(
        "request",
        otel.name = name,
        otel.kind = "server",
        http.request.method = %method,
        url.path = path,
        http.response.status_code = tracing::field::Empty,
    );
    if let Some(parent) = caller_context(headers) {
        let _ = span.set_parent(parent);
    }
    span
}

/// The caller's `traceparent` as a guest may receive it: only a valid one, re-encoded
/// (a guest never sees a caller's arbitrary bytes under that name).
pub fn caller_traceparent(headers: &http::HeaderMap) -> Option<String> {
    caller_context(headers).and_then(|cx| encode(&cx))
}

/// Runs `serve` with the caller's `traceparent` at hand for [`for_guest`].
pub async fn with_caller<F: std::future::Future>(traceparent: Option<String>, serve: F) -> F::Output {
    CALLER.scope(traceparent, serve).await
}

/// The `traceparent` a guest receives: the current span's, when spans are exported, or
/// else the caller's; "" when the call is not traced.
pub fn for_guest() -> String {
    let cx = tracing::Span::current().context();
    if cx.span().span_context().is_valid()
        && let Some(traceparent) = encode(&cx)
    {
        return traceparent;
    }
    CALLER.try_with(|c| c.clone()).ok().flatten().unwrap_or_default()
}

fn encode(cx: &opentelemetry::Context) -> Option<String> {
    let mut out = TraceParent(None);
    TraceContextPropagator::new().inject_context(cx, &mut out);
    out.0
}

struct HeaderExtractor<'a>(&'a http::HeaderMap);

impl Extractor for HeaderExtractor<'_> {
    fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).and_then(|v| v.to_str().ok())
    }

    fn keys(&self) -> Vec<&str> {
        self.0.keys().map(http::HeaderName::as_str).collect()
    }
}

/// Keeps the `traceparent` an inject writes (and drops `tracestate`: guests get the
/// parent only).
struct TraceParent(Option<String>);

impl Injector for TraceParent {
    fn set(&mut self, key: &str, value: String) {
        if key == "traceparent" {
            self.0 = Some(value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CALLER_TP: &str = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    fn headers(traceparent: &str) -> http::HeaderMap {
        let mut h = http::HeaderMap::new();
        h.insert("traceparent", traceparent.parse().unwrap());
        h
    }

    async fn guest_of(headers: &http::HeaderMap) -> String {
        with_caller(caller_traceparent(headers), async { for_guest() }).await
    }

    #[tokio::test]
    async fn without_an_exporter_a_guest_gets_the_callers_valid_traceparent_only() {
        assert_eq!(guest_of(&headers(CALLER_TP)).await, CALLER_TP);
        for bad in ["00-zz-00f067aa0ba902b7-01", "00-00000000000000000000000000000000-00f067aa0ba902b7-01", "junk"] {
            assert_eq!(guest_of(&headers(bad)).await, "", "{bad}");
        }
        assert_eq!(guest_of(&http::HeaderMap::new()).await, "");
        assert_eq!(for_guest(), "", "outside a request");
    }
}
