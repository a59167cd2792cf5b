//! Validated names: organizations, apps and secrets.
//!
//! Organization and app names end up inside one DNS label (`<app>-<org>[-<port>]`, see
//! [`crate::function_id`]), so they follow DNS rules plus two of our own that keep the
//! `-dot-` encoding of `.` reversible:
//!
//! | rule | organization | app |
//! |---|---|---|
//! | characters | `a-z`, `0-9`, `-` | `a-z`, `0-9`, `-`, `.` |
//! | length | 1 to 30 | 1 to 56 |
//! | first character | a letter | a letter |
//! | last character | a letter or digit | a letter or digit |
//! | separators (`-`, `.`) | never two in a row | never two in a row |
//! | the word `dot` | not a whole `-`/`.`-separated part | same |
//! | reserved | `ignite`, `system` | `mcp` (its route collides with ListMcpTools) |
//!
//! In addition the encoded host label of an app (`<app>-<org>-65535`, `.` as `-dot-`)
//! must fit the DNS limit of 63 characters; [`crate::function_id::FunctionId::new`]
//! checks it.
//!
//! Secret names are 1 to 64 characters of `A-Z a-z 0-9 _ -` (the documented rule).

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::Error;

pub const ORG_NAME_MAX: usize = 30;
pub const APP_NAME_MAX: usize = 56;
pub const SECRET_NAME_MAX: usize = 64;
pub const RESERVED_ORG_NAMES: &[&str] = &["ignite", "system"];
pub const RESERVED_APP_NAMES: &[&str] = &["mcp"];

/// Which kind of name failed validation (it prefixes the message).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    Organization,
    App,
    Secret,
}

impl NameKind {
    fn label(self) -> &'static str {
        match self {
            NameKind::Organization => "organization name",
            NameKind::App => "app name",
            NameKind::Secret => "secret name",
        }
    }
}

/// Why a name is invalid. Positions are 1-based character positions.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NameError {
    #[error("{} must not be empty", kind.label())]
    Empty { kind: NameKind },
    #[error("{} {name:?} is {len} characters long; the limit is {max}", kind.label())]
    TooLong { kind: NameKind, name: String, len: usize, max: usize },
    #[error("{} {name:?}: uppercase letter {ch:?} at position {pos} (names are lowercase)", kind.label())]
    Uppercase { kind: NameKind, name: String, ch: char, pos: usize },
    #[error("{} {name:?}: character {ch:?} at position {pos} is not allowed (allowed: {allowed})", kind.label())]
    BadChar { kind: NameKind, name: String, ch: char, pos: usize, allowed: &'static str },
    #[error("{} {name:?} must start with a letter, not {ch:?}", kind.label())]
    BadStart { kind: NameKind, name: String, ch: char },
    #[error("{} {name:?} must end with a letter or digit, not {ch:?}", kind.label())]
    BadEnd { kind: NameKind, name: String, ch: char },
    #[error("{} {name:?}: separators {pair:?} at position {pos} (never two '-' or '.' in a row)", kind.label())]
    DoubleSeparator { kind: NameKind, name: String, pair: String, pos: usize },
    #[error("{} {name:?}: the part \"dot\" is not allowed (it would make the -dot- host encoding ambiguous)", kind.label())]
    DotWord { kind: NameKind, name: String },
    #[error("{} {name:?} is reserved", kind.label())]
    Reserved { kind: NameKind, name: String },
}

impl NameError {
    pub fn kind(&self) -> NameKind {
        match self {
            NameError::Empty { kind }
            | NameError::TooLong { kind, .. }
            | NameError::Uppercase { kind, .. }
            | NameError::BadChar { kind, .. }
            | NameError::BadStart { kind, .. }
            | NameError::BadEnd { kind, .. }
            | NameError::DoubleSeparator { kind, .. }
            | NameError::DotWord { kind, .. }
            | NameError::Reserved { kind, .. } => *kind,
        }
    }

    /// The API error, naming `field` (e.g. `"organization_name"`).
    pub fn into_error(self, field: &str) -> Error {
        Error::invalid_argument(field, self)
    }
}

/// Shared rules of DNS-safe names (organizations and apps).
fn validate_dns_name(
    kind: NameKind,
    name: &str,
    max: usize,
    allow_dot: bool,
    reserved: &[&str],
) -> Result<(), NameError> {
    let allowed = if allow_dot { "a-z, 0-9, '-', '.'" } else { "a-z, 0-9, '-'" };
    let owned = || name.to_string();
    if name.is_empty() {
        return Err(NameError::Empty { kind });
    }
    let len = name.chars().count();
    if len > max {
        return Err(NameError::TooLong { kind, name: owned(), len, max });
    }
    let mut prev: Option<char> = None;
    for (i, ch) in name.chars().enumerate() {
        let pos = i + 1;
        let is_sep = ch == '-' || (allow_dot && ch == '.');
        if ch.is_ascii_uppercase() {
            return Err(NameError::Uppercase { kind, name: owned(), ch, pos });
        }
        if !(ch.is_ascii_lowercase() || ch.is_ascii_digit() || is_sep) {
            return Err(NameError::BadChar { kind, name: owned(), ch, pos, allowed });
        }
        if let Some(p) = prev
            && is_sep
            && (p == '-' || p == '.')
        {
            return Err(NameError::DoubleSeparator { kind, name: owned(), pair: format!("{p}{ch}"), pos: i });
        }
        prev = Some(ch);
    }
    let first = name.chars().next().expect("non-empty");
    if !first.is_ascii_lowercase() {
        return Err(NameError::BadStart { kind, name: owned(), ch: first });
    }
    let last = name.chars().last().expect("non-empty");
    if !(last.is_ascii_lowercase() || last.is_ascii_digit()) {
        return Err(NameError::BadEnd { kind, name: owned(), ch: last });
    }
    if name.split(['-', '.']).any(|part| part == "dot") {
        return Err(NameError::DotWord { kind, name: owned() });
    }
    if reserved.contains(&name) {
        return Err(NameError::Reserved { kind, name: owned() });
    }
    Ok(())
}

macro_rules! name_type {
    ($(#[$doc:meta])* $ty:ident, $validate:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $ty(String);

        impl $ty {
            pub fn new(name: impl Into<String>) -> Result<Self, NameError> {
                let name = name.into();
                ($validate)(name.as_str())?;
                Ok($ty(name))
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl AsRef<str> for $ty {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl std::str::FromStr for $ty {
            type Err = NameError;
            fn from_str(s: &str) -> Result<Self, NameError> {
                $ty::new(s)
            }
        }

        impl TryFrom<String> for $ty {
            type Error = NameError;
            fn try_from(s: String) -> Result<Self, NameError> {
                $ty::new(s)
            }
        }

        impl From<$ty> for String {
            fn from(name: $ty) -> String {
                name.0
            }
        }
    };
}

name_type!(
    /// An organization name (tenant); see the module docs for the rules.
    OrgName,
    |n| validate_dns_name(NameKind::Organization, n, ORG_NAME_MAX, false, RESERVED_ORG_NAMES)
);

name_type!(
    /// An app (function) name, unique within its organization; may contain `.`.
    AppName,
    |n| validate_dns_name(NameKind::App, n, APP_NAME_MAX, true, RESERVED_APP_NAMES)
);

name_type!(
    /// A secret slot name: 1 to 64 characters of `A-Za-z0-9_-`, unique per organization.
    SecretName,
    validate_secret_name
);

fn validate_secret_name(name: &str) -> Result<(), NameError> {
    let kind = NameKind::Secret;
    if name.is_empty() {
        return Err(NameError::Empty { kind });
    }
    let len = name.chars().count();
    if len > SECRET_NAME_MAX {
        return Err(NameError::TooLong { kind, name: name.into(), len, max: SECRET_NAME_MAX });
    }
    for (i, ch) in name.chars().enumerate() {
        if !(ch.is_ascii_alphanumeric() || ch == '_' || ch == '-') {
            return Err(NameError::BadChar {
                kind,
                name: name.into(),
                ch,
                pos: i + 1,
                allowed: "A-Z, a-z, 0-9, '_', '-'",
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_documented_names() {
        for org in ["myorg", "my-org", "acme-corp", "public", "acme", "cardinalai", "team42", "a"] {
            OrgName::new(org).unwrap_or_else(|e| panic!("{org}: {e}"));
        }
        for app in ["hello", "my-data-processor", "warehouse-query", "support-desk-public", "my.fn", "v2.api-x"] {
            AppName::new(app).unwrap_or_else(|e| panic!("{app}: {e}"));
        }
        for secret in ["ghcr-creds", "GIT_TOKEN", "a", &"x".repeat(64)] {
            SecretName::new(secret).unwrap_or_else(|e| panic!("{secret}: {e}"));
        }
    }

    #[test]
    fn errors_say_what_is_wrong() {
        let cases: &[(&str, Result<AppName, NameError>, &str)] = &[
            ("empty", AppName::new(""), "app name must not be empty"),
            (
                "upper",
                AppName::new("Hello"),
                "app name \"Hello\": uppercase letter 'H' at position 1 (names are lowercase)",
            ),
            (
                "char",
                AppName::new("he_llo"),
                "app name \"he_llo\": character '_' at position 3 is not allowed (allowed: a-z, 0-9, '-', '.')",
            ),
            ("start", AppName::new("1app"), "app name \"1app\" must start with a letter, not '1'"),
            ("end", AppName::new("app-"), "app name \"app-\" must end with a letter or digit, not '-'"),
            (
                "double",
                AppName::new("a--b"),
                "app name \"a--b\": separators \"--\" at position 2 (never two '-' or '.' in a row)",
            ),
            (
                "dot-word",
                AppName::new("my-dot-fn"),
                "app name \"my-dot-fn\": the part \"dot\" is not allowed (it would make the -dot- host encoding ambiguous)",
            ),
            ("reserved", AppName::new("mcp"), "app name \"mcp\" is reserved"),
        ];
        for (label, result, expected) in cases {
            let err = result.as_ref().expect_err(label);
            assert_eq!(&err.to_string(), expected, "{label}");
        }
        let long = "a".repeat(57);
        assert_eq!(
            AppName::new(long.clone()).unwrap_err().to_string(),
            format!("app name {long:?} is 57 characters long; the limit is 56")
        );
        assert!(matches!(OrgName::new("my.org"), Err(NameError::BadChar { ch: '.', pos: 3, .. })));
        assert!(matches!(OrgName::new("ignite"), Err(NameError::Reserved { .. })));
        assert!(matches!(SecretName::new("a b"), Err(NameError::BadChar { ch: ' ', pos: 2, .. })));
        assert!(matches!(SecretName::new("x".repeat(65)), Err(NameError::TooLong { len: 65, .. })));
    }

    #[test]
    fn into_error_names_the_field() {
        let err = OrgName::new("Bad").unwrap_err().into_error("organization_name");
        assert_eq!(err.field(), Some("organization_name"));
        assert!(err.message().starts_with("organization_name: organization name \"Bad\""));
    }

    #[test]
    fn serde_validates() {
        let ok: AppName = serde_json::from_str("\"hello\"").unwrap();
        assert_eq!(ok.as_str(), "hello");
        assert!(serde_json::from_str::<AppName>("\"Hello\"").is_err());
    }
}
