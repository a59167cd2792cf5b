//! The layering of `ignite-server/src`, read from its imports: every `crate::` and
//! `super::` path of every module (comments left out) must point to the same layer or
//! one before it in `ignite_server::LAYERS`; inside `domain` and `api`, to a sibling
//! before it in that layer's `SIBLING_ORDER`; `api` reaches only `domain` and `auth`;
//! and no modules may import each other in a cycle.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// Module path (`domain::apps`, `store`) → source text, for every file under `src`
/// except the binary and the crate root.
fn modules() -> BTreeMap<String, String> {
    fn walk(dir: &Path, prefix: &str, out: &mut BTreeMap<String, String>) {
        for entry in std::fs::read_dir(dir).expect("src is readable") {
            let path = entry.expect("dir entry").path();
            let name = path.file_stem().and_then(|s| s.to_str()).expect("utf-8 name").to_string();
            let module = if prefix.is_empty() { name.clone() } else { format!("{prefix}::{name}") };
            if path.is_dir() {
                walk(&path, &module, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let module = match name.as_str() {
                    "mod" => prefix.to_string(),
                    "main" | "lib" if prefix.is_empty() => continue,
                    _ => module,
                };
                out.insert(module, std::fs::read_to_string(&path).expect("source is readable"));
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), "", &mut out);
    out
}

/// The source without comments (doc links name modules without importing them) and
/// without its unit tests (their `super::` is the module itself).
fn code_of(text: &str) -> String {
    let text = text.split("#[cfg(test)]").next().unwrap_or_default();
    text.lines().map(|l| l.split("//").next().unwrap_or_default()).collect::<Vec<_>>().join("\n")
}

/// Expands `a::{b, c::{d, e}}` (the text after `crate::`) into paths.
fn expand(prefix: &str, text: &str) -> Vec<String> {
    let text = text.trim();
    match text.find('{') {
        None => vec![format!("{prefix}{text}")],
        Some(open) => {
            let head = &text[..open];
            let inner = &text[open + 1..text.rfind('}').unwrap_or(text.len())];
            let (mut items, mut depth, mut start) = (Vec::new(), 0, 0);
            for (i, c) in inner.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        items.push(&inner[start..i]);
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            items.push(&inner[start..]);
            let prefix = format!("{prefix}{head}");
            items.into_iter().filter(|i| !i.trim().is_empty()).flat_map(|i| expand(&prefix, i)).collect()
        }
    }
}

/// Every path `module` names through `crate::`, `super::`, `self::` or the name of one
/// of its `children`, from the crate root.
fn imports(module: &str, text: &str, children: &[String]) -> Vec<String> {
    let code = code_of(text);
    let mut out = Vec::new();
    let mut anchors = vec![("crate::".to_string(), String::new()), ("super::".to_string(), parent_of(module))];
    anchors.push(("self::".to_string(), module.to_string()));
    anchors.extend(children.iter().map(|c| (format!("{c}::"), format!("{module}::{c}"))));
    for (anchor, base) in &anchors {
        let (anchor, base) = (anchor.as_str(), base.as_str());
        let mut rest = code.as_str();
        while let Some(at) = rest.find(anchor) {
            let before = rest[..at].chars().last();
            rest = &rest[at + anchor.len()..];
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') {
                continue;
            }
            // The path: identifiers and `::`, and a brace group if one follows.
            let mut end = rest.find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')).unwrap_or(rest.len());
            if rest[end..].starts_with('{') {
                let mut depth = 0;
                for (i, c) in rest[end..].char_indices() {
                    depth += match c {
                        '{' => 1,
                        '}' => -1,
                        _ => 0,
                    };
                    if depth == 0 {
                        end += i + 1;
                        break;
                    }
                }
            }
            let prefix = if base.is_empty() { String::new() } else { format!("{base}::") };
            out.extend(expand(&prefix, &rest[..end]));
        }
    }
    out
}

fn parent_of(module: &str) -> String {
    module.rsplit_once("::").map(|(p, _)| p.to_string()).unwrap_or_default()
}

/// The module a path lands in: its longest prefix that is a module.
fn target_of(path: &str, modules: &BTreeSet<String>) -> Option<String> {
    let segments: Vec<&str> = path.split("::").collect();
    (1..=segments.len()).rev().map(|n| segments[..n].join("::")).find(|m| modules.contains(m))
}

/// Every layering violation of `sources`, one line each.
fn violations(sources: &BTreeMap<String, String>) -> Vec<String> {
    let layer_of = |m: &str| ignite_server::LAYERS.iter().position(|l| *l == m.split("::").next().unwrap_or(m));
    let order_of = |layer: &str| match layer {
        "domain" => Some(ignite_server::domain::SIBLING_ORDER),
        "api" => Some(ignite_server::api::SIBLING_ORDER),
        _ => None,
    };
    let names: BTreeSet<String> = sources.keys().cloned().collect();
    let mut found = Vec::new();
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (module, text) in sources {
        let Some(layer) = layer_of(module) else {
            found.push(format!("{module}: not in a layer of ignite_server::LAYERS"));
            continue;
        };
        let children: Vec<String> = names
            .iter()
            .filter_map(|n| n.strip_prefix(&format!("{module}::")).filter(|c| !c.contains("::")).map(str::to_string))
            .collect();
        for path in imports(module, text, &children) {
            let Some(target) = target_of(&path, &names) else { continue };
            if target == *module {
                continue;
            }
            edges.entry(module.clone()).or_default().insert(target.clone());
            let Some(target_layer) = layer_of(&target) else { continue };
            if target_layer > layer {
                found.push(format!("{module} imports {path}: an upward import (layer {target_layer} > {layer})"));
                continue;
            }
            // The transports see the services and who calls, nothing beneath.
            if ignite_server::LAYERS[layer] == "api"
                && !["api", "domain", "auth"].contains(&ignite_server::LAYERS[target_layer])
            {
                found.push(format!("{module} imports {path}: the api reaches only the domain and auth"));
                continue;
            }
            if target_layer < layer {
                continue;
            }
            let layer_name = ignite_server::LAYERS[layer];
            let (Some(order), Some(own)) = (order_of(layer_name), module.split("::").nth(1)) else { continue };
            let sibling = |m: &str| m.split("::").nth(1).and_then(|s| order.iter().position(|o| *o == s));
            match (sibling(module), target.split("::").nth(1)) {
                (_, None) => {
                    found.push(format!("{module} imports {path}: a {layer_name} module imports its layer's root"))
                }
                (Some(mine), Some(_)) => match sibling(&target) {
                    Some(theirs) if theirs > mine => found.push(format!(
                        "{module} imports {path}: {own} may import only the {layer_name} modules before it"
                    )),
                    None => found.push(format!("{target}: not in {layer_name}::SIBLING_ORDER")),
                    _ => {}
                },
                (None, Some(_)) => found.push(format!("{module}: not in {layer_name}::SIBLING_ORDER")),
            }
        }
    }
    found.extend(cycles(&edges).into_iter().map(|c| format!("an import cycle: {}", c.join(" -> "))));
    found.sort();
    found.dedup();
    found
}

/// The strongly connected components of more than one module (Tarjan).
fn cycles(edges: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    struct Walk<'a> {
        edges: &'a BTreeMap<String, BTreeSet<String>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        out: Vec<Vec<String>>,
    }
    fn visit<'a>(w: &mut Walk<'a>, v: &'a str) {
        let i = w.index.len();
        w.index.insert(v, i);
        w.low.insert(v, i);
        w.stack.push(v);
        for next in w.edges.get(v).into_iter().flatten() {
            if !w.index.contains_key(next.as_str()) {
                visit(w, next);
                let l = w.low[next.as_str()].min(w.low[v]);
                w.low.insert(v, l);
            } else if w.stack.contains(&next.as_str()) {
                let l = w.index[next.as_str()].min(w.low[v]);
                w.low.insert(v, l);
            }
        }
        if w.low[v] == w.index[v] {
            let mut component = Vec::new();
            while let Some(top) = w.stack.pop() {
                component.push(top.to_string());
                if top == v {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                w.out.push(component);
            }
        }
    }
    let mut w = Walk { edges, index: BTreeMap::new(), low: BTreeMap::new(), stack: Vec::new(), out: Vec::new() };
    for v in edges.keys() {
        if !w.index.contains_key(v.as_str()) {
            visit(&mut w, v);
        }
    }
    w.out
}

#[test]
fn the_server_imports_only_downward_and_without_cycles() {
    let found = violations(&modules());
    assert!(found.is_empty(), "layering violations:\n{}", found.join("\n"));
}

#[test]
fn an_upward_import_a_sibling_out_of_order_and_a_cycle_are_each_caught() {
    let with = |module: &str, line: &str| {
        let mut sources = modules();
        let text = sources.get_mut(module).expect("the module exists");
        text.push_str(line);
        violations(&sources)
    };
    let has = |found: &[String], line: &str| found.iter().any(|f| f.starts_with(line));
    // The store reaching up to a transport (which reaches down to the store: a cycle too).
    let found = with("store", "\nuse crate::api::grpc::Api;\n");
    assert!(has(&found, "store imports api::grpc::Api: an upward import (layer 5 > 0)"), "{found:?}");
    assert!(has(&found, "an import cycle: api::grpc -> "), "{found:?}");
    // Builds calling back into apps, which calls builds.
    let found = with("domain::builds", "\nfn f(_: &crate::domain::apps::Apps) {}\n");
    let out_of_order = "domain::builds imports domain::apps::Apps: builds may import only the domain modules before it";
    assert!(has(&found, out_of_order), "{found:?}");
    assert!(has(&found, "an import cycle: domain::apps -> domain::builds"), "{found:?}");
    // Two modules of an unordered layer importing each other.
    let found = with("obs::metrics", "\nuse crate::obs::CallSink;\n");
    assert_eq!(found, ["an import cycle: obs -> obs::metrics"]);
    // A transport reaching past the services.
    let found = with("api::jobs", "\nuse crate::store::JobRow;\n");
    assert_eq!(found, ["api::jobs imports store::JobRow: the api reaches only the domain and auth"]);
    // A comment naming a module is not an import.
    assert!(with("store", "\n// see crate::api::grpc\n").is_empty());
}
