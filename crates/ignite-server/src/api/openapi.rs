//! The OpenAPI 3 document of the HTTP gateway, generated from the same route table and
//! message descriptors that drive the gateway (never maintained by hand). Served at
//! `GET /v1/ignite/openapi.json`.

use std::collections::BTreeMap;

use prost_reflect::{FieldDescriptor, Kind, MessageDescriptor};
use serde_json::{Map, Value, json};

use ignite_proto::http::{PUBLIC_RPCS, Route};

fn schema_ref(msg: &MessageDescriptor) -> Value {
    json!({"$ref": format!("#/components/schemas/{}", msg.full_name())})
}

fn scalar_schema(kind: &Kind) -> Value {
    match kind {
        Kind::Bool => json!({"type": "boolean"}),
        Kind::Int32 | Kind::Sint32 | Kind::Sfixed32 => json!({"type": "integer", "format": "int32"}),
        Kind::Uint32 | Kind::Fixed32 => {
            json!({"type": "integer", "format": "int64", "minimum": 0, "maximum": 4294967295u64})
        }
        // 64-bit integers travel as decimal strings (pbjson also reads numbers).
        Kind::Int64 | Kind::Sint64 | Kind::Sfixed64 => {
            json!({"type": "string", "format": "int64", "pattern": "^-?[0-9]+$"})
        }
        Kind::Uint64 | Kind::Fixed64 => json!({"type": "string", "format": "uint64", "pattern": "^[0-9]+$"}),
        Kind::Float | Kind::Double => json!({"type": "number"}),
        Kind::String => json!({"type": "string"}),
        Kind::Bytes => json!({"type": "string", "format": "byte"}),
        Kind::Enum(e) => {
            json!({"type": "string", "enum": e.values().map(|v| v.name().to_string()).collect::<Vec<_>>()})
        }
        Kind::Message(m) => schema_ref(m),
    }
}

fn field_schema(field: &FieldDescriptor) -> Value {
    if field.is_map() {
        let Kind::Message(entry) = field.kind() else { unreachable!("map fields are entry messages") };
        let value = entry.map_entry_value_field();
        return json!({"type": "object", "additionalProperties": scalar_schema(&value.kind())});
    }
    let item = scalar_schema(&field.kind());
    if field.is_list() { json!({"type": "array", "items": item}) } else { item }
}

fn message_schema(msg: &MessageDescriptor) -> Value {
    let mut properties = Map::new();
    for field in msg.fields() {
        properties.insert(field.json_name().to_string(), field_schema(&field));
    }
    json!({"type": "object", "properties": properties, "additionalProperties": false})
}

/// Adds `msg` and every message it reaches to `out`.
fn collect(msg: &MessageDescriptor, out: &mut BTreeMap<String, Value>) {
    if out.contains_key(msg.full_name()) {
        return;
    }
    out.insert(msg.full_name().to_string(), message_schema(msg));
    for field in msg.fields() {
        if let Kind::Message(m) = field.kind() {
            if field.is_map() {
                if let Kind::Message(v) = m.map_entry_value_field().kind() {
                    collect(&v, out);
                }
            } else {
                collect(&m, out);
            }
        }
    }
}

/// The whole document.
pub fn document(routes: &[Route]) -> Value {
    let mut schemas = BTreeMap::new();
    let mut paths: BTreeMap<String, Map<String, Value>> = BTreeMap::new();
    let mut operation_ids: BTreeMap<String, usize> = BTreeMap::new();
    for route in routes {
        collect(&route.input, &mut schemas);
        collect(&route.output, &mut schemas);
        let path_params: Vec<String> = route
            .template
            .split('/')
            .filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
            .map(str::to_string)
            .collect();
        let mut parameters = Vec::new();
        for name in &path_params {
            let field = route.input.get_field_by_name(name).expect("path parameters name request fields");
            parameters.push(json!({"name": name, "in": "path", "required": true, "schema": field_schema(&field)}));
        }
        if !route.body {
            for field in route.input.fields() {
                if path_params.iter().any(|p| p == field.name()) || matches!(field.kind(), Kind::Message(_)) {
                    continue;
                }
                parameters.push(json!({"name": field.json_name(), "in": "query", "required": false, "schema": field_schema(&field)}));
            }
        }
        let count = operation_ids.entry(route.rpc.clone()).or_default();
        *count += 1;
        let operation_id = if *count == 1 { route.rpc.clone() } else { format!("{}{}", route.rpc, count) };
        let (content_type, description) = if route.server_streaming {
            ("application/x-ndjson", "A stream of messages, one JSON object per line")
        } else {
            ("application/json", "OK")
        };
        let mut op = json!({
            "operationId": operation_id,
            "tags": [if route.rpc.contains("Secret") { "SecretService" } else { "ComputeService" }],
            "parameters": parameters,
            "responses": {
                "200": {"description": description, "content": {content_type: {"schema": schema_ref(&route.output)}}},
                "default": {"description": "An error", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            }
        });
        if route.body {
            op["requestBody"] =
                json!({"required": true, "content": {"application/json": {"schema": schema_ref(&route.input)}}});
        }
        if PUBLIC_RPCS.contains(&route.rpc.as_str()) {
            op["security"] = json!([]);
        }
        paths.entry(route.template.clone()).or_default().insert(route.method.as_str().to_ascii_lowercase(), op);
    }
    let mut schemas: Map<String, Value> = schemas.into_iter().collect();
    schemas.insert(
        "Error".into(),
        json!({"type": "object", "required": ["code", "status", "message"], "properties": {
            "code": {"type": "integer", "description": "gRPC status code"},
            "status": {"type": "string", "description": "gRPC status name, e.g. NOT_FOUND"},
            "message": {"type": "string"},
            "details": {"type": "array", "items": {"type": "object"}}
        }}),
    );
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": "Ignite API (dodil.ignite.v1)",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "HTTP/JSON gateway of the Ignite ComputeService and SecretService. Generated from the protobuf descriptors."
        },
        "paths": paths,
        "security": [{"bearer": []}],
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "schemas": schemas
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use ignite_proto::http::routes;

    #[test]
    fn every_route_is_documented_with_resolvable_schemas() {
        let routes = routes();
        let doc = document(&routes);
        for r in &routes {
            let op = &doc["paths"][&r.template][r.method.as_str().to_ascii_lowercase()];
            assert!(op.is_object(), "{} {} missing", r.method, r.template);
        }
        // Every $ref points at a schema in the document.
        let text = doc.to_string();
        for piece in text.split("\"$ref\":\"#/components/schemas/").skip(1) {
            let name = &piece[..piece.find('"').unwrap()];
            assert!(doc["components"]["schemas"][name].is_object(), "dangling $ref {name}");
        }
        let create = &doc["paths"]["/v1/ignite/app/{organization_name}"]["post"];
        assert_eq!(create["operationId"], "CreateApp");
        let req = &doc["components"]["schemas"]["dodil.ignite.v1.CreateAppRequest"]["properties"];
        assert_eq!(req["resourceTier"]["enum"][1], "RESOURCE_TIER_SMALL");
        let meta = &doc["components"]["schemas"]["dodil.ignite.v1.AppMeta"]["properties"];
        assert_eq!(meta["createdAtMs"]["type"], "string");
        assert_eq!(meta["activeVersion"]["type"], "integer");
        assert_eq!(meta["env"]["additionalProperties"]["type"], "string");
        let logs = &doc["paths"]["/v1/ignite/app/{organization_name}/{app_name}/logs"]["get"]["parameters"];
        assert!(logs.as_array().unwrap().iter().any(|p| p["name"] == "limit" && p["in"] == "query"));
        assert_eq!(doc["paths"]["/v1/ignite/health"]["get"]["security"], json!([]));
    }
}
