//! FunctionId: the identity of an app (`org/name`) and its DNS host encoding.
//!
//! A published app is reachable at `<app>-<org>.<base_domain>` (port 80) or
//! `<app>-<org>-<port>.<base_domain>` (any other port), with every `.` of the app
//! name written as `-dot-`. Because both names may contain `-` and end in digits, a
//! host decodes to several candidate (app, org, port) splits; [`decode_host`] returns
//! all of them and the caller keeps the ones that name an existing app.
//!
//! A host still names at most one app, by construction: an app can only be created
//! when its label does not [clash](labels_clash) with the label of any existing app,
//! in any organization. Two labels clash when they are equal (`api-team` of `acme`
//! and `api` of `team-acme` both give `api-team-acme`) or when one is the other plus
//! a port suffix (`web` of `acme-9090` at port 80 is `web` of `acme` at port 9090).
//! Every candidate split of a host is one of these relations, so among the existing
//! apps at most one can match.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::Error;
use crate::names::{AppName, NameError, OrgName};

/// The default HTTP port: it is left out of the host label.
pub const DEFAULT_PORT: u16 = 80;
/// DNS limit on one label.
pub const MAX_LABEL_LEN: usize = 63;
/// The longest port suffix (`-65535`), reserved when checking that a name fits.
const MAX_PORT_SUFFIX: usize = 6;

/// An app's identity: organization and app name. Displays as `org/name`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct FunctionId {
    org: OrgName,
    app: AppName,
}

/// Why a FunctionId could not be formed or parsed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FunctionIdError {
    #[error(transparent)]
    Name(#[from] NameError),
    #[error(
        "app \"{app}\" in organization \"{org}\": the host label {label:?} is {len} characters with a port suffix; DNS allows {MAX_LABEL_LEN}"
    )]
    LabelTooLong { org: String, app: String, label: String, len: usize },
    #[error("{0:?} is not an app id; expected \"org/app\" or \"org:app\"")]
    Malformed(String),
}

impl FunctionIdError {
    /// The API error, naming `field`.
    pub fn into_error(self, field: &str) -> Error {
        Error::invalid_argument(field, self)
    }
}

impl FunctionId {
    /// Combines validated names, checking that every host form of the pair (with any
    /// port) fits in one DNS label.
    pub fn new(org: OrgName, app: AppName) -> Result<Self, FunctionIdError> {
        let id = FunctionId { org, app };
        let label = id.host_label(DEFAULT_PORT);
        let len = label.len() + MAX_PORT_SUFFIX;
        if len > MAX_LABEL_LEN {
            return Err(FunctionIdError::LabelTooLong { org: id.org.to_string(), app: id.app.to_string(), label, len });
        }
        Ok(id)
    }

    /// Validates raw names, as they arrive in requests.
    pub fn from_parts(org: &str, app: &str) -> Result<Self, FunctionIdError> {
        FunctionId::new(OrgName::new(org)?, AppName::new(app)?)
    }

    /// Parses `org/app` (API form) or `org:app` (CLI form).
    pub fn parse(s: &str) -> Result<Self, FunctionIdError> {
        let (org, app) =
            s.split_once('/').or_else(|| s.split_once(':')).ok_or_else(|| FunctionIdError::Malformed(s.to_string()))?;
        FunctionId::from_parts(org, app)
    }

    pub fn org(&self) -> &OrgName {
        &self.org
    }

    pub fn app(&self) -> &AppName {
        &self.app
    }

    /// The DNS label: `<app>-<org>` for port 80, `<app>-<org>-<port>` otherwise.
    pub fn host_label(&self, port: u16) -> String {
        let app = self.app.as_str().replace('.', "-dot-");
        if port == DEFAULT_PORT { format!("{app}-{}", self.org) } else { format!("{app}-{}-{port}", self.org) }
    }

    /// The full host name under `base_domain`.
    pub fn host(&self, port: u16, base_domain: &str) -> String {
        format!("{}.{}", self.host_label(port), base_domain.trim_end_matches('.'))
    }

    /// The MCP tool name of the app: `ignite_{org}_{name}`.
    pub fn mcp_tool_name(&self) -> String {
        format!("ignite_{}_{}", self.org, self.app)
    }
}

impl fmt::Display for FunctionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}/{}", self.org, self.app)
    }
}

/// Whether two apps' labels (each [`FunctionId::host_label`] at the default port) could
/// ever be the same host: they are equal, or one is the other followed by `-<digits>`
/// (a port).
pub fn labels_clash(a: &str, b: &str) -> bool {
    let is_port_suffix = |long: &str, short: &str| {
        long.strip_prefix(short)
            .and_then(|rest| rest.strip_prefix('-'))
            .is_some_and(|digits| !digits.is_empty() && digits.len() <= 5 && digits.bytes().all(|d| d.is_ascii_digit()))
    };
    a == b || is_port_suffix(a, b) || is_port_suffix(b, a)
}

/// The label `label` would clash with if it ends in a port suffix: the label without
/// it (see [`labels_clash`]).
pub fn without_port_suffix(label: &str) -> Option<&str> {
    let (rest, digits) = label.rsplit_once('-')?;
    (!digits.is_empty() && digits.len() <= 5 && digits.bytes().all(|d| d.is_ascii_digit())).then_some(rest)
}

/// One reading of a host: an app and the port it addresses.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct HostTarget {
    pub function: FunctionId,
    pub port: u16,
}

/// Why a host cannot address any app.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HostError {
    #[error("host {host:?} is not under the base domain {base:?}")]
    NotUnderBaseDomain { host: String, base: String },
    #[error("host {host:?} has no app label before the base domain")]
    EmptyLabel { host: String },
    #[error("host {host:?} has more than one label before the base domain")]
    NestedLabel { host: String },
    #[error("host label {label:?} is longer than {MAX_LABEL_LEN} characters")]
    LabelTooLong { label: String },
    #[error("host label {label:?} is not of the form <app>-<org>[-<port>]")]
    NoValidSplit { label: String },
}

/// All (app, org, port) readings of `host` under `base_domain`, each a valid
/// FunctionId whose canonical encoding is exactly the host's label.
///
/// `host` may carry a `:port` suffix (an HTTP Host header) and a trailing dot; case
/// is ignored. The result is never empty: no reading is an error.
pub fn decode_host(host: &str, base_domain: &str) -> Result<Vec<HostTarget>, HostError> {
    let host_lower = host.trim().to_ascii_lowercase();
    let host_only = strip_port(&host_lower).trim_end_matches('.');
    let base = base_domain.trim().trim_end_matches('.').to_ascii_lowercase();
    let not_under = || HostError::NotUnderBaseDomain { host: host.to_string(), base: base.clone() };
    let label = host_only.strip_suffix(base.as_str()).ok_or_else(not_under)?;
    let label = label
        .strip_suffix('.')
        .ok_or_else(|| if label.is_empty() { HostError::EmptyLabel { host: host.to_string() } } else { not_under() })?;
    if label.is_empty() {
        return Err(HostError::EmptyLabel { host: host.to_string() });
    }
    if label.contains('.') {
        return Err(HostError::NestedLabel { host: host.to_string() });
    }
    if label.len() > MAX_LABEL_LEN {
        return Err(HostError::LabelTooLong { label: label.to_string() });
    }

    let parts: Vec<&str> = label.split('-').collect();
    let mut targets = Vec::new();
    // The app takes parts[..i], the org parts[i..j], and parts[j..] is empty or a port.
    for i in 1..parts.len() {
        for with_port in [false, true] {
            let j = if with_port { parts.len() - 1 } else { parts.len() };
            if j <= i {
                continue;
            }
            let port = if with_port {
                match parts[j].parse::<u16>() {
                    Ok(p) => p,
                    Err(_) => continue,
                }
            } else {
                DEFAULT_PORT
            };
            let app = parts[..i].join("-").replace("-dot-", ".");
            let org = parts[i..j].join("-");
            let Ok(function) = FunctionId::from_parts(&org, &app) else { continue };
            // Only canonical encodings address an app (no "-80", no leading zeros).
            if function.host_label(port) == label {
                targets.push(HostTarget { function, port });
            }
        }
    }
    if targets.is_empty() {
        return Err(HostError::NoValidSplit { label: label.to_string() });
    }
    Ok(targets)
}

/// Drops a `:port` suffix of a Host header value.
fn strip_port(host: &str) -> &str {
    match host.rsplit_once(':') {
        Some((h, p)) if !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()) => h,
        _ => host,
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    const BASE: &str = "ignite.dodil.cloud";

    fn fid(org: &str, app: &str) -> FunctionId {
        FunctionId::from_parts(org, app).unwrap()
    }

    /// Worked examples of the host encoding (docs/api.md).
    const EXAMPLES: &[(&str, &str, u16, &str)] = &[
        ("warehouse-query", "public", 80, "warehouse-query-public.ignite.dodil.cloud"),
        ("warehouse-query", "public", 8080, "warehouse-query-public-8080.ignite.dodil.cloud"),
        ("support-desk-public", "acme", 80, "support-desk-public-acme.ignite.dodil.cloud"),
        ("product-analytics-ui", "cardinalai", 80, "product-analytics-ui-cardinalai.ignite.dodil.cloud"),
        ("my.fn", "acme", 80, "my-dot-fn-acme.ignite.dodil.cloud"),
        ("my.fn", "acme", 9000, "my-dot-fn-acme-9000.ignite.dodil.cloud"),
    ];

    #[test]
    fn worked_examples_round_trip() {
        for &(app, org, port, host) in EXAMPLES {
            let id = fid(org, app);
            assert_eq!(id.host(port, BASE), host);
            let targets = decode_host(host, BASE).unwrap();
            assert!(targets.contains(&HostTarget { function: id.clone(), port }), "{host} decoded to {targets:?}");
        }
    }

    #[test]
    fn ambiguous_hosts_list_every_split() {
        let targets = decode_host("warehouse-query-public-8080.ignite.dodil.cloud", BASE).unwrap();
        let readings: Vec<String> = targets.iter().map(|t| format!("{}:{}", t.function, t.port)).collect();
        assert_eq!(
            readings,
            [
                "query-public-8080/warehouse:80",
                "query-public/warehouse:8080",
                "public-8080/warehouse-query:80",
                "public/warehouse-query:8080",
                // "8080/warehouse-query-public" is no reading: an org starts with a letter.
            ]
        );
    }

    #[test]
    fn labels_clash_when_one_host_could_name_both() {
        let label = |org: &str, app: &str| fid(org, app).host_label(DEFAULT_PORT);
        assert!(labels_clash(&label("acme", "api-team"), &label("team-acme", "api")));
        assert!(labels_clash(&label("acme-9090", "web"), &label("acme", "web")));
        assert!(labels_clash(&label("acme", "web"), &label("acme-9090", "web")));
        assert!(!labels_clash(&label("acme", "web"), &label("acme", "webs")));
        assert!(!labels_clash(&label("acme", "web"), &label("acme-x", "web")));
        assert_eq!(without_port_suffix("web-acme-9090"), Some("web-acme"));
        assert_eq!(without_port_suffix("web-acme"), None);
    }

    #[test]
    fn host_header_forms() {
        let want = HostTarget { function: fid("myorg", "hello"), port: 80 };
        for host in
            ["hello-myorg.localhost", "HELLO-MyOrg.LocalHost", "hello-myorg.localhost:8080", "hello-myorg.localhost."]
        {
            assert_eq!(decode_host(host, "localhost").unwrap(), vec![want.clone()], "{host}");
        }
    }

    #[test]
    fn invalid_hosts_are_errors() {
        let cases = [
            ("example.com", "not under the base domain"),
            ("localhost", "has no app label"),
            (".localhost", "has no app label"),
            ("a.b-c.localhost", "more than one label"),
            ("hello.localhost", "not of the form"),
            ("hello-.localhost", "not of the form"),
            ("-hello-x.localhost", "not of the form"),
            ("Hello_World-x.localhost", "not of the form"),
            ("xlocalhost", "not under the base domain"),
            ("", "not under the base domain"),
        ];
        for (host, msg) in cases {
            let err = decode_host(host, "localhost").unwrap_err().to_string();
            assert!(err.contains(msg), "{host:?}: {err}");
        }
        let long = format!("{}-x.localhost", "a".repeat(70));
        assert!(matches!(decode_host(&long, "localhost"), Err(HostError::LabelTooLong { .. })));
        // "-80" is never a canonical port suffix, so it only reads as part of the org name.
        let targets = decode_host("hello-myorg-80.localhost", "localhost").unwrap();
        assert_eq!(targets, vec![HostTarget { function: fid("myorg-80", "hello"), port: 80 }]);
    }

    #[test]
    fn ids_parse_in_both_forms() {
        assert_eq!(FunctionId::parse("acme-corp/my-data-processor").unwrap(), fid("acme-corp", "my-data-processor"));
        assert_eq!(FunctionId::parse("acme:hello").unwrap().to_string(), "acme/hello");
        assert!(matches!(FunctionId::parse("hello"), Err(FunctionIdError::Malformed(_))));
        assert!(matches!(FunctionId::parse("Acme/hello"), Err(FunctionIdError::Name(_))));
        assert_eq!(fid("acme", "hello").mcp_tool_name(), "ignite_acme_hello");
    }

    #[test]
    fn names_too_long_for_one_label_are_rejected() {
        let org = "o".repeat(30);
        let app = "a".repeat(30);
        let err = FunctionId::from_parts(&org, &app).unwrap_err();
        assert!(err.to_string().contains("DNS allows 63"), "{err}");
        // 26 + 1 + 30 + 6 = 63 fits exactly.
        FunctionId::from_parts(&org, &"a".repeat(26)).unwrap();
    }

    fn name_strategy(allow_dot: bool) -> impl Strategy<Value = String> {
        let re = if allow_dot {
            "[a-z][a-z0-9]{0,4}([-.][a-z0-9]{1,4}){0,4}"
        } else {
            "[a-z][a-z0-9]{0,4}(-[a-z0-9]{1,4}){0,3}"
        };
        re.prop_filter("valid name", move |s| {
            if allow_dot { AppName::new(s.as_str()).is_ok() } else { OrgName::new(s.as_str()).is_ok() }
        })
    }

    proptest! {
        #[test]
        fn encode_then_decode_contains_the_original(
            app in name_strategy(true),
            org in name_strategy(false),
            port in prop_oneof![Just(80u16), 1u16..=65535],
        ) {
            let Ok(id) = FunctionId::from_parts(&org, &app) else { return Ok(()) };
            let host = id.host(port, BASE);
            let targets = decode_host(&host, BASE).unwrap();
            prop_assert!(targets.contains(&HostTarget { function: id, port }), "{} -> {:?}", host, targets);
            for t in &targets {
                prop_assert_eq!(t.function.host(t.port, BASE), host.clone());
            }
        }

        #[test]
        fn arbitrary_hosts_never_panic(host in "\\PC{0,80}") {
            let _ = decode_host(&host, BASE);
            let _ = decode_host(&host, "localhost");
        }
    }
}
