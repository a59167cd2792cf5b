//! The gateway's request path: a method, path, query and body, as any client may send
//! them, resolved to a route and decoded into the RPC's request message. Every outcome
//! is a message or an error naming a field; nothing panics.
#![no_main]

use std::sync::LazyLock;

use ignite_proto::http::{Resolved, Route, decode_message, request_json, resolve, routes};
use ignite_proto::v1;
use libfuzzer_sys::{arbitrary, fuzz_target};
use percent_encoding::{NON_ALPHANUMERIC, utf8_percent_encode};

static ROUTES: LazyLock<Vec<Route>> = LazyLock::new(routes);

#[derive(Debug, arbitrary::Arbitrary)]
struct Input {
    /// Which route's template the path follows (modulo the routes).
    route: u8,
    /// Values of the template's parameters, in order.
    params: Vec<String>,
    /// Raw path when set: any bytes instead of a template.
    raw_path: Option<String>,
    query: String,
    body: Vec<u8>,
}

/// Decodes `value` as the request message named `name` (every RPC's request type).
macro_rules! decode_as {
    ($name:expr, $value:expr; $($ty:ident),* $(,)?) => {
        match $name {
            $(concat!("dodil.ignite.v1.", stringify!($ty)) => decode_message::<v1::$ty>($value).map(drop),)*
            other => panic!("the fuzz target does not know the request type {other}"),
        }
    };
}

fuzz_target!(|input: Input| {
    let template = &ROUTES[usize::from(input.route) % ROUTES.len()];
    let path = match input.raw_path {
        Some(raw) => raw,
        None => {
            let mut params = input.params.iter();
            let mut path = String::new();
            for segment in template.template.trim_start_matches('/').split('/') {
                path.push('/');
                if segment.starts_with('{') {
                    let value = params.next().map(String::as_str).unwrap_or("");
                    path.extend(utf8_percent_encode(value, NON_ALPHANUMERIC));
                } else {
                    path.push_str(segment);
                }
            }
            path
        }
    };
    let Resolved::Found(route, params) = resolve(&ROUTES, &template.method, &path) else { return };
    let Ok(value) = request_json(route, &params, &input.query, &input.body) else { return };
    let decoded = decode_as!(route.input.full_name(), value;
        CancelExecutionRequest, CompileDraftRequest, CreateAppRequest, CreateSecretRequest, DeleteAliasRequest,
        DeleteAppRequest, DeleteSecretRequest, GetAppCodeRequest, GetAppEventsRequest, GetAppLogsRequest,
        GetAppRequest, GetAppStateRequest, GetAppVersionRequest, GetBuildLogRequest, GetCallbackSecretRequest,
        GetDraftInfoRequest, GetExecutionRequest, GetExecutionStatsRequest, GetMcpToolDefinitionRequest,
        GetPublicCatalogDetailRequest, GetSecretRequest, HealthCheckRequest, InvokeAsyncRequest, InvokeRequest,
        ListAliasesRequest, ListAppReplicasRequest, ListAppVersionsRequest, ListAppsRequest, ListCatalogRequest,
        ListDeadLettersRequest, ListExecutionsRequest, ListMcpToolsRequest, ListPublicCatalogRequest,
        ListSecretsRequest, PublishDraftRequest, PurgeDeadLettersRequest, RedriveExecutionRequest,
        RollbackAppRequest, SaveDraftRequest, SetAliasRequest, StreamAppEventsRequest, StreamAppLogsRequest,
        StreamCompileLogsRequest, StreamExecutionInputRequest, TestAppVersionRequest, TestDraftRequest,
        UpdateAppConfigRequest, WatchExecutionRequest,
    );
    if let Err(e) = decoded {
        assert!(e.field().is_some(), "a decoding error names its field: {e}");
    }
});
