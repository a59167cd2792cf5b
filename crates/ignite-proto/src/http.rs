//! The HTTP/JSON binding of the RPCs.
//!
//! Routes are read from the `google.api.http` annotations in the descriptor set, so
//! they cannot drift from the `.proto` files. A request becomes the RPC's request
//! message as JSON: the body (for `body: "*"` routes), then path parameters and query
//! parameters converted to the field's JSON type; [`decode_message`] decodes it with
//! pbjson (camelCase or snake_case) through `serde_path_to_error`, so every decoding
//! error names its field. The server's gateway serves these routes; the OpenAPI
//! document describes them; the fuzz target `gateway_request` feeds them.
//!
//! Architecture invariant: this module parses requests only; it never calls an RPC
//! (no server state, no I/O), so everything a client can send is checked here first.

use http::Method;
use ignite_core::Error;
use percent_encoding::percent_decode_str;
use prost_reflect::{DescriptorPool, FieldDescriptor, Kind, MessageDescriptor};
use serde::de::DeserializeOwned;
use serde_json::{Map, Value};

use crate::google::api::HttpRule;
use crate::google::api::http_rule::Pattern;

/// RPCs anyone may call, without a token.
pub const PUBLIC_RPCS: &[&str] = &["HealthCheck", "ListPublicCatalog", "GetPublicCatalogDetail"];

#[derive(Debug, Clone, PartialEq, Eq)]
enum Segment {
    Literal(String),
    Param(String),
}

/// One HTTP binding of an RPC.
#[derive(Debug, Clone)]
pub struct Route {
    pub method: Method,
    pub template: String,
    segments: Vec<Segment>,
    pub rpc: String,
    pub body: bool,
    pub server_streaming: bool,
    pub input: MessageDescriptor,
    pub output: MessageDescriptor,
}

/// Path parameters (name, decoded value) of a matched route.
pub type PathParams = Vec<(String, String)>;

impl Route {
    /// Path parameters when `path` matches this template.
    fn matches(&self, path: &[&str]) -> Option<PathParams> {
        if path.len() != self.segments.len() {
            return None;
        }
        let mut params = Vec::new();
        for (seg, part) in self.segments.iter().zip(path) {
            match seg {
                Segment::Literal(l) if l == part => {}
                Segment::Literal(_) => return None,
                Segment::Param(name) => {
                    let value = percent_decode_str(part).decode_utf8().ok()?.into_owned();
                    params.push((name.clone(), value));
                }
            }
        }
        Some(params)
    }

    /// Literal segments first: `/app/{org}/mcp/tools` wins over `/app/{org}/{app}/..`.
    fn specificity(&self) -> Vec<bool> {
        self.segments.iter().map(|s| matches!(s, Segment::Literal(_))).collect()
    }
}

/// Every HTTP binding in the descriptor set, in declaration order.
pub fn routes() -> Vec<Route> {
    let pool = DescriptorPool::decode(crate::FILE_DESCRIPTOR_SET).expect("embedded descriptor set decodes");
    let http = pool.get_extension_by_name("google.api.http").expect("google.api.http is compiled in");
    let mut routes = Vec::new();
    for service in [crate::COMPUTE_SERVICE, crate::SECRET_SERVICE] {
        let service = pool.get_service_by_name(service).expect("service in descriptor set");
        for m in service.methods() {
            let options = m.options();
            if !options.has_extension(&http) {
                continue;
            }
            let rule: HttpRule = options
                .get_extension(&http)
                .as_message()
                .and_then(|msg| msg.transcode_to().ok())
                .expect("google.api.http is an HttpRule");
            let mut bindings = vec![rule.clone()];
            bindings.extend(rule.additional_bindings);
            for b in bindings {
                let (method, template) = match b.pattern {
                    Some(Pattern::Get(p)) => (Method::GET, p),
                    Some(Pattern::Post(p)) => (Method::POST, p),
                    Some(Pattern::Put(p)) => (Method::PUT, p),
                    Some(Pattern::Delete(p)) => (Method::DELETE, p),
                    Some(Pattern::Patch(p)) => (Method::PATCH, p),
                    Some(Pattern::Custom(c)) => (Method::from_bytes(c.kind.as_bytes()).expect("custom verb"), c.path),
                    None => continue,
                };
                let segments = template
                    .trim_start_matches('/')
                    .split('/')
                    .map(|s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                        Some(p) => Segment::Param(p.to_string()),
                        None => Segment::Literal(s.to_string()),
                    })
                    .collect();
                routes.push(Route {
                    method,
                    template,
                    segments,
                    rpc: m.name().to_string(),
                    body: b.body == "*",
                    server_streaming: m.is_server_streaming(),
                    input: m.input(),
                    output: m.output(),
                });
            }
        }
    }
    routes
}

/// What a method and path resolve to.
#[derive(Debug)]
pub enum Resolved<'a> {
    Found(&'a Route, PathParams),
    /// No template matches the path.
    NoRoute,
    /// Templates match the path, but none with this method.
    MethodNotAllowed,
}

/// The most specific route of `routes` for `method` and `path`.
pub fn resolve<'a>(routes: &'a [Route], method: &Method, path: &str) -> Resolved<'a> {
    let path: Vec<&str> = path.trim_start_matches('/').split('/').collect();
    let candidates: Vec<(&Route, PathParams)> =
        routes.iter().filter_map(|r| r.matches(&path).map(|p| (r, p))).collect();
    if candidates.is_empty() {
        return Resolved::NoRoute;
    }
    candidates
        .into_iter()
        .filter(|(r, _)| r.method == *method)
        .max_by(|a, b| a.0.specificity().cmp(&b.0.specificity()))
        .map_or(Resolved::MethodNotAllowed, |(r, p)| Resolved::Found(r, p))
}

/// The request message of `route` as JSON, from the body, the path parameters and the
/// query string; every error names its field.
pub fn request_json(route: &Route, params: &PathParams, query: &str, body: &[u8]) -> Result<Value, Error> {
    let mut obj = if route.body && !body.iter().all(u8::is_ascii_whitespace) {
        match serde_json::from_slice::<Value>(body) {
            Ok(Value::Object(o)) => o,
            Ok(_) => return Err(Error::invalid_argument("body", "must be a JSON object")),
            Err(e) => return Err(Error::invalid_argument("body", format!("malformed JSON: {e}"))),
        }
    } else {
        Map::new()
    };
    for (name, raw) in params {
        let Some(field) = route.input.get_field_by_name(name) else { continue };
        set_path_param(&mut obj, &field, raw)?;
    }
    set_query_params(&mut obj, &route.input, query)?;
    Ok(Value::Object(obj))
}

/// Decodes a request message, naming the field of any error.
pub fn decode_message<T: DeserializeOwned>(value: Value) -> Result<T, Error> {
    serde_path_to_error::deserialize(value).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner().to_string();
        if path == "." || path.is_empty() {
            Error::invalid_argument("body", inner)
        } else {
            Error::invalid_argument(path, inner)
        }
    })
}

fn field_of(msg: &MessageDescriptor, name: &str) -> Option<FieldDescriptor> {
    msg.get_field_by_name(name).or_else(|| msg.get_field_by_json_name(name))
}

/// A path or query value as the JSON pbjson expects for `field`.
fn scalar_json(field: &FieldDescriptor, raw: &str) -> Result<Value, Error> {
    let bad = |what: &str| Error::invalid_argument(field.name(), format!("{raw:?} is not {what}"));
    Ok(match field.kind() {
        Kind::Bool => match raw {
            "true" | "1" => Value::Bool(true),
            "false" | "0" => Value::Bool(false),
            _ => return Err(bad("a boolean (true or false)")),
        },
        Kind::Int32 | Kind::Sint32 | Kind::Sfixed32 => raw.parse::<i32>().map_err(|_| bad("a 32-bit integer"))?.into(),
        Kind::Uint32 | Kind::Fixed32 => raw.parse::<u32>().map_err(|_| bad("an unsigned 32-bit integer"))?.into(),
        Kind::Int64 | Kind::Sint64 | Kind::Sfixed64 => {
            raw.parse::<i64>().map_err(|_| bad("a 64-bit integer"))?;
            Value::String(raw.to_string())
        }
        Kind::Uint64 | Kind::Fixed64 => {
            raw.parse::<u64>().map_err(|_| bad("an unsigned 64-bit integer"))?;
            Value::String(raw.to_string())
        }
        Kind::Float | Kind::Double => serde_json::Number::from_f64(raw.parse::<f64>().map_err(|_| bad("a number"))?)
            .ok_or_else(|| bad("a number"))?
            .into(),
        Kind::String | Kind::Bytes | Kind::Enum(_) => Value::String(raw.to_string()),
        Kind::Message(_) => {
            return Err(Error::invalid_argument(field.name(), "a message field cannot be set from the URL"));
        }
    })
}

/// Puts a path parameter into the request object, refusing a body that disagrees.
fn set_path_param(obj: &mut Map<String, Value>, field: &FieldDescriptor, raw: &str) -> Result<(), Error> {
    let value = scalar_json(field, raw)?;
    for key in [field.name(), field.json_name()] {
        if let Some(existing) = obj.remove(key) {
            // A body may repeat a path value, as a string or (for numbers) unquoted.
            let text = match &existing {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            if text != raw {
                return Err(Error::invalid_argument(
                    field.name(),
                    format!("the body says {existing} but the path says {raw:?}"),
                ));
            }
        }
    }
    obj.insert(field.name().to_string(), value);
    Ok(())
}

fn set_query_params(obj: &mut Map<String, Value>, msg: &MessageDescriptor, query: &str) -> Result<(), Error> {
    for (key, raw) in url_pairs(query) {
        let field = field_of(msg, &key)
            .ok_or_else(|| Error::invalid_argument(&key, format!("unknown query parameter {key:?}")))?;
        let value = scalar_json(&field, &raw)?;
        if field.is_list() {
            let entry = obj.entry(field.name().to_string()).or_insert_with(|| Value::Array(Vec::new()));
            match entry {
                Value::Array(items) => items.push(value),
                _ => return Err(Error::invalid_argument(field.name(), "given both in the body and the query")),
            }
        } else {
            if obj.contains_key(field.name()) || obj.contains_key(field.json_name()) {
                return Err(Error::invalid_argument(field.name(), "given more than once"));
            }
            obj.insert(field.name().to_string(), value);
        }
    }
    Ok(())
}

fn url_pairs(query: &str) -> Vec<(String, String)> {
    query
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|pair| {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let decode = |s: &str| percent_decode_str(&s.replace('+', " ")).decode_utf8_lossy().into_owned();
            (decode(k), decode(v))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_resolve_literals_first() {
        let routes = routes();
        assert_eq!(routes.iter().filter(|r| r.rpc == "GetAppCode").count(), 2);
        let rpc = |method: &Method, path: &str| match resolve(&routes, method, path) {
            Resolved::Found(route, _) => route.rpc.clone(),
            other => format!("{other:?}"),
        };
        assert_eq!(rpc(&Method::GET, "/v1/ignite/app/acme/mcp/tools"), "ListMcpTools");
        assert_eq!(rpc(&Method::GET, "/v1/ignite/app/acme/hello"), "GetApp");
        assert_eq!(rpc(&Method::PATCH, "/v1/ignite/app/acme/hello/nope/x"), "NoRoute");
        assert_eq!(rpc(&Method::PUT, "/v1/ignite/health"), "MethodNotAllowed");
    }

    #[test]
    fn query_values_take_the_field_type() {
        let pool = DescriptorPool::decode(crate::FILE_DESCRIPTOR_SET).unwrap();
        let msg = pool.get_message_by_name("dodil.ignite.v1.GetAppLogsRequest").unwrap();
        let mut obj = Map::new();
        set_query_params(&mut obj, &msg, "limit=200&replicaId=r%201").unwrap();
        assert_eq!(Value::Object(obj), serde_json::json!({"limit": 200, "replica_id": "r 1"}));
        let err = set_query_params(&mut Map::new(), &msg, "limit=abc").unwrap_err();
        assert_eq!(err.field(), Some("limit"));
        let err = set_query_params(&mut Map::new(), &msg, "bogus=1").unwrap_err();
        assert!(err.message().contains("unknown query parameter"), "{err}");
    }

    #[test]
    fn a_path_value_and_a_different_body_value_are_refused() {
        let routes = routes();
        let Resolved::Found(route, params) = resolve(&routes, &Method::GET, "/v1/ignite/app/acme/hello") else {
            panic!("GetApp resolves")
        };
        let value = request_json(route, &params, "", b"").unwrap();
        assert_eq!(value, serde_json::json!({"organization_name": "acme", "app_name": "hello"}));
        let Resolved::Found(route, params) = resolve(&routes, &Method::POST, "/v1/ignite/app/acme") else {
            panic!("CreateApp resolves")
        };
        let err = request_json(route, &params, "", br#"{"organizationName": "other"}"#).unwrap_err();
        assert_eq!(err.field(), Some("organization_name"));
    }
}
