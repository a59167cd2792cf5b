//! The one error type of the platform, with its mapping to gRPC codes, HTTP statuses
//! and CLI exit codes (docs/api.md).
//!
//! Module-specific errors ([`crate::names::NameError`], [`crate::lifecycle::LifecycleError`],
//! [`crate::runtime::RuntimeError`], ...) keep their precise variants and convert into
//! [`Error`] at the API boundary, so a handler only ever returns `Result<_, Error>`.

use std::fmt;

/// Canonical status codes; the discriminants are the gRPC wire values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(i32)]
pub enum Code {
    Ok = 0,
    Cancelled = 1,
    Unknown = 2,
    InvalidArgument = 3,
    DeadlineExceeded = 4,
    NotFound = 5,
    AlreadyExists = 6,
    PermissionDenied = 7,
    ResourceExhausted = 8,
    FailedPrecondition = 9,
    Aborted = 10,
    OutOfRange = 11,
    Unimplemented = 12,
    Internal = 13,
    Unavailable = 14,
    DataLoss = 15,
    Unauthenticated = 16,
}

impl Code {
    pub const ALL: [Code; 17] = [
        Code::Ok,
        Code::Cancelled,
        Code::Unknown,
        Code::InvalidArgument,
        Code::DeadlineExceeded,
        Code::NotFound,
        Code::AlreadyExists,
        Code::PermissionDenied,
        Code::ResourceExhausted,
        Code::FailedPrecondition,
        Code::Aborted,
        Code::OutOfRange,
        Code::Unimplemented,
        Code::Internal,
        Code::Unavailable,
        Code::DataLoss,
        Code::Unauthenticated,
    ];

    /// The gRPC status code value.
    pub fn grpc(self) -> i32 {
        self as i32
    }

    /// The code for a gRPC status code value; unknown values are [`Code::Unknown`].
    pub fn from_grpc(value: i32) -> Code {
        Code::ALL.get(value as usize).copied().unwrap_or(Code::Unknown)
    }

    /// HTTP status of the gateway (the grpc-gateway mapping).
    pub fn http_status(self) -> u16 {
        match self {
            Code::Ok => 200,
            Code::Cancelled => 499,
            Code::Unknown | Code::Internal | Code::DataLoss => 500,
            Code::InvalidArgument | Code::FailedPrecondition | Code::OutOfRange => 400,
            Code::DeadlineExceeded => 504,
            Code::NotFound => 404,
            Code::AlreadyExists | Code::Aborted => 409,
            Code::PermissionDenied => 403,
            Code::ResourceExhausted => 429,
            Code::Unimplemented => 501,
            Code::Unavailable => 503,
            Code::Unauthenticated => 401,
        }
    }

    /// Exit code of the `ignite` CLI for a failed call (documented CLI contract).
    pub fn exit_code(self) -> i32 {
        match self {
            Code::Ok => 0,
            Code::InvalidArgument | Code::FailedPrecondition | Code::OutOfRange => 2,
            Code::Unauthenticated => 3,
            Code::PermissionDenied => 4,
            Code::NotFound => 5,
            Code::AlreadyExists | Code::Aborted => 6,
            Code::ResourceExhausted => 7,
            Code::DeadlineExceeded => 8,
            Code::Unavailable => 9,
            _ => 10,
        }
    }

    /// The upper-snake name used in JSON error bodies, e.g. `"NOT_FOUND"`.
    pub fn name(self) -> &'static str {
        match self {
            Code::Ok => "OK",
            Code::Cancelled => "CANCELLED",
            Code::Unknown => "UNKNOWN",
            Code::InvalidArgument => "INVALID_ARGUMENT",
            Code::DeadlineExceeded => "DEADLINE_EXCEEDED",
            Code::NotFound => "NOT_FOUND",
            Code::AlreadyExists => "ALREADY_EXISTS",
            Code::PermissionDenied => "PERMISSION_DENIED",
            Code::ResourceExhausted => "RESOURCE_EXHAUSTED",
            Code::FailedPrecondition => "FAILED_PRECONDITION",
            Code::Aborted => "ABORTED",
            Code::OutOfRange => "OUT_OF_RANGE",
            Code::Unimplemented => "UNIMPLEMENTED",
            Code::Internal => "INTERNAL",
            Code::Unavailable => "UNAVAILABLE",
            Code::DataLoss => "DATA_LOSS",
            Code::Unauthenticated => "UNAUTHENTICATED",
        }
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// An API-level error: a code, a message for people, and the request field at fault
/// when there is one (the HTTP gateway puts it in the JSON body's `details`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{message}")]
pub struct Error {
    code: Code,
    message: String,
    field: Option<String>,
    /// When a refused request may be retried (a rate limit).
    retry_after: Option<std::time::Duration>,
}

impl Error {
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Error { code, message: message.into(), field: None, retry_after: None }
    }

    /// INVALID_ARGUMENT naming the offending field; the message is prefixed with it.
    pub fn invalid_argument(field: impl Into<String>, message: impl fmt::Display) -> Self {
        let field = field.into();
        Error {
            code: Code::InvalidArgument,
            message: format!("{field}: {message}"),
            field: Some(field),
            retry_after: None,
        }
    }

    /// NOT_FOUND for a resource kind and its name, e.g. `app "acme/hello" not found`.
    pub fn not_found(resource: &str, name: impl fmt::Display) -> Self {
        Error::new(Code::NotFound, format!("{resource} \"{name}\" not found"))
    }

    pub fn already_exists(resource: &str, name: impl fmt::Display) -> Self {
        Error::new(Code::AlreadyExists, format!("{resource} \"{name}\" already exists"))
    }

    pub fn failed_precondition(message: impl Into<String>) -> Self {
        Error::new(Code::FailedPrecondition, message)
    }

    pub fn unauthenticated(message: impl Into<String>) -> Self {
        Error::new(Code::Unauthenticated, message)
    }

    pub fn permission_denied(message: impl Into<String>) -> Self {
        Error::new(Code::PermissionDenied, message)
    }

    pub fn resource_exhausted(message: impl Into<String>) -> Self {
        Error::new(Code::ResourceExhausted, message)
    }

    pub fn deadline_exceeded(message: impl Into<String>) -> Self {
        Error::new(Code::DeadlineExceeded, message)
    }

    pub fn unavailable(message: impl Into<String>) -> Self {
        Error::new(Code::Unavailable, message)
    }

    pub fn unimplemented(message: impl Into<String>) -> Self {
        Error::new(Code::Unimplemented, message)
    }

    pub fn internal(message: impl Into<String>) -> Self {
        Error::new(Code::Internal, message)
    }

    /// Attach (or replace) the request field at fault.
    pub fn with_field(mut self, field: impl Into<String>) -> Self {
        self.field = Some(field.into());
        self
    }

    /// Says when the request may be retried.
    pub fn with_retry_after(mut self, after: std::time::Duration) -> Self {
        self.retry_after = Some(after);
        self
    }

    /// Whole seconds to wait before a retry (at least one), if the refusal says.
    pub fn retry_after_secs(&self) -> Option<u64> {
        self.retry_after.map(|d| d.as_secs() + u64::from(d.subsec_nanos() > 0)).map(|s| s.max(1))
    }

    pub fn code(&self) -> Code {
        self.code
    }

    pub fn message(&self) -> &str {
        &self.message
    }

    pub fn field(&self) -> Option<&str> {
        self.field.as_deref()
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn grpc_values_round_trip() {
        for code in Code::ALL {
            assert_eq!(Code::from_grpc(code.grpc()), code);
        }
        assert_eq!(Code::from_grpc(99), Code::Unknown);
        assert_eq!(Code::from_grpc(-1), Code::Unknown);
    }

    #[test]
    fn documented_http_and_exit_mappings() {
        let table = [
            (Code::InvalidArgument, 400, 2),
            (Code::FailedPrecondition, 400, 2),
            (Code::Unauthenticated, 401, 3),
            (Code::PermissionDenied, 403, 4),
            (Code::NotFound, 404, 5),
            (Code::AlreadyExists, 409, 6),
            (Code::ResourceExhausted, 429, 7),
            (Code::DeadlineExceeded, 504, 8),
            (Code::Unavailable, 503, 9),
            (Code::Internal, 500, 10),
            (Code::Unimplemented, 501, 10),
        ];
        for (code, http, exit) in table {
            assert_eq!(code.http_status(), http, "{code}");
            assert_eq!(code.exit_code(), exit, "{code}");
        }
    }

    #[test]
    fn invalid_argument_names_the_field() {
        let e = Error::invalid_argument("resource_tier", "unknown value `HUGE`");
        assert_eq!(e.code(), Code::InvalidArgument);
        assert_eq!(e.field(), Some("resource_tier"));
        assert_eq!(e.to_string(), "resource_tier: unknown value `HUGE`");
    }
}
