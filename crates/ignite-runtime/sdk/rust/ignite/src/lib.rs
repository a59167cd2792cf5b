//! The Ignite guest SDK for Rust.
//!
//! ```ignore
//! #[ignite::main]
//! fn handler(req: ignite::Request, _ctx: ignite::Context) -> Result<serde_json::Value, ignite::Error> {
//!     let name: String = req.field("name")?;
//!     Ok(serde_json::json!({ "greeting": format!("Hello, {name}!") }))
//! }
//! ```
//!
//! A handler returns `Result<T, E>`: `T` is anything `Serialize` (sent as JSON, status
//! 200) or a [`Response`]; `E` is anything `Display` (status 500, `{"error": "..."}`).
//! A panic is a 500 too. The platform shipped this crate with the build: it is not
//! fetched from anywhere.
//!
//! Native builds speak the Ignite worker protocol with the host (docs/worker-protocol.md);
//! wasm builds (wasm32-wasi) are command guests: the request body on stdin, a one-line
//! JSON response head then the body on stdout.
//!
//! Kept to Rust 1.63 (Debian's wasm toolchain): no let-else, no OnceLock.

use std::fmt;
use std::io::Write;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

pub use ignite_macros::main;
pub use serde_json;

/// An error a handler can return; `?` converts JSON errors and strings into it.
#[derive(Debug)]
pub struct Error(String);

impl Error {
    pub fn new(message: impl fmt::Display) -> Self {
        Error(message.to_string())
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl From<serde_json::Error> for Error {
    fn from(e: serde_json::Error) -> Self {
        Error(e.to_string())
    }
}

impl From<String> for Error {
    fn from(e: String) -> Self {
        Error(e)
    }
}

impl From<&str> for Error {
    fn from(e: &str) -> Self {
        Error(e.to_string())
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        Error(e.to_string())
    }
}

/// One call's request.
pub struct Request {
    method: String,
    path: String,
    query: String,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Request {
    /// The raw request body.
    pub fn raw(&self) -> &[u8] {
        &self.body
    }

    /// The body parsed as JSON into `T`.
    pub fn body<T: serde::de::DeserializeOwned>(&self) -> Result<T, Error> {
        serde_json::from_slice(&self.body).map_err(|e| Error(format!("the request body is not the expected JSON: {e}")))
    }

    /// Field `key` of the JSON object body, as `T`.
    pub fn field<T: serde::de::DeserializeOwned>(&self, key: &str) -> Result<T, Error> {
        let value: serde_json::Value = self.body()?;
        let field = match value {
            serde_json::Value::Object(mut map) => map.remove(key),
            _ => return Err(Error("the request body is not a JSON object".to_string())),
        };
        match field {
            Some(v) => serde_json::from_value(v).map_err(|e| Error(format!("field `{key}`: {e}"))),
            None => Err(Error(format!("field `{key}` is missing"))),
        }
    }

    /// `GET`, `POST`, ...
    pub fn method(&self) -> &str {
        &self.method
    }

    pub fn path(&self) -> &str {
        &self.path
    }

    /// The first value of query parameter `name`, percent-decoded.
    pub fn query_param(&self, name: &str) -> Option<String> {
        self.query.split('&').find_map(|pair| {
            let mut it = pair.splitn(2, '=');
            let key = decode(it.next().unwrap_or(""));
            if key == name {
                Some(decode(it.next().unwrap_or("")))
            } else {
                None
            }
        })
    }

    /// The first value of header `name` (case-insensitive).
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v.as_str())
    }
}

fn decode(s: &str) -> String {
    fn hex(b: u8) -> Option<u8> {
        (b as char).to_digit(16).map(|d| d as u8)
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push(h * 16 + l);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// A full HTTP response, for handlers that set the status or headers.
pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn new(status: u16, body: impl Into<Vec<u8>>) -> Self {
        Response { status, headers: Vec::new(), body: body.into() }
    }

    pub fn header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }

    fn json(status: u16, value: &impl serde::Serialize) -> Self {
        let body = serde_json::to_vec(value).unwrap_or_else(|e| format!("{{\"error\":\"{e}\"}}").into_bytes());
        Response::new(status, body).header("content-type", "application/json")
    }
}

/// What a handler's `Ok` value becomes.
pub trait IntoResponse {
    fn into_response(self) -> Response;
}

impl<T: serde::Serialize> IntoResponse for T {
    fn into_response(self) -> Response {
        Response::json(200, &self)
    }
}

impl IntoResponse for Response {
    fn into_response(self) -> Response {
        self
    }
}

/// How a call's output leaves the guest.
trait Sink: Send + Sync {
    /// Starts the response (once) with `head`.
    fn head(&self, status: u16, headers: &[(String, String)]) -> std::io::Result<()>;
    fn chunk(&self, bytes: &[u8]) -> std::io::Result<()>;
    fn log(&self, execution_id: &str, line: &str);
}

/// One call's context.
pub struct Context {
    execution_id: String,
    function_id: String,
    organization_id: String,
    sink: Arc<dyn Sink>,
    /// Shared with the SDK's bookkeeping: the response head went out.
    started: Arc<Mutex<bool>>,
    temp: Mutex<Option<PathBuf>>,
}

impl Context {
    pub fn execution_id(&self) -> &str {
        &self.execution_id
    }

    /// `org/app`.
    pub fn function_id(&self) -> &str {
        &self.function_id
    }

    pub fn organization_id(&self) -> &str {
        &self.organization_id
    }

    /// An environment variable of the app (its `env` config).
    pub fn env(&self, key: &str) -> Option<String> {
        std::env::var(key).ok()
    }

    /// A scratch directory for this call, removed when the call ends.
    pub fn temp_dir(&self) -> std::io::Result<PathBuf> {
        let mut temp = self.temp.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(dir) = temp.as_ref() {
            return Ok(dir.clone());
        }
        let dir = std::env::temp_dir().join(format!("ignite-{}", self.execution_id));
        std::fs::create_dir_all(&dir)?;
        *temp = Some(dir.clone());
        Ok(dir)
    }

    /// Streams `bytes` to the caller now. The first write starts the response (status
    /// 200, `application/octet-stream`); the handler's return value follows the writes.
    pub fn write(&self, bytes: impl AsRef<[u8]>) -> std::io::Result<()> {
        self.start(200, &[("content-type".to_string(), "application/octet-stream".to_string())])?;
        self.sink.chunk(bytes.as_ref())
    }

    /// A log line tied to this call (plain `println!` lines are logged per replica).
    pub fn log(&self, line: impl fmt::Display) {
        self.sink.log(&self.execution_id, &line.to_string());
    }

    fn start(&self, status: u16, headers: &[(String, String)]) -> std::io::Result<()> {
        let mut started = self.started.lock().unwrap_or_else(|e| e.into_inner());
        if !*started {
            *started = true;
            self.sink.head(status, headers)?;
        }
        Ok(())
    }

}

impl Drop for Context {
    fn drop(&mut self) {
        if let Ok(mut temp) = self.temp.lock() {
            if let Some(dir) = temp.take() {
                let _ = std::fs::remove_dir_all(dir);
            }
        }
    }
}

/// Runs a future to completion on the calling thread (async handlers).
pub fn block_on<F: std::future::Future>(future: F) -> F::Output {
    use std::task::{Context as TaskContext, Poll, Wake, Waker};
    struct ThreadWaker(std::thread::Thread);
    impl Wake for ThreadWaker {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Waker::from(Arc::new(ThreadWaker(std::thread::current())));
    let mut cx = TaskContext::from_waker(&waker);
    let mut future = Box::pin(future);
    loop {
        match future.as_mut().poll(&mut cx) {
            Poll::Ready(out) => return out,
            Poll::Pending => std::thread::park(),
        }
    }
}

fn error_body(message: &str) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({ "error": message })).unwrap_or_default()
}

/// Runs one call: the handler, panics caught, the response written to the sink.
/// `Err` is a failure after the response started streaming (the call must fail).
fn serve_call<F>(handler: &F, request: Request, ctx: Context) -> Result<(), String>
where
    F: Fn(Request, Context) -> Result<Response, String>,
{
    let sink = ctx.sink.clone();
    let started = ctx.started.clone();
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| handler(request, ctx)));
    let outcome = match result {
        Ok(r) => r,
        Err(panic) => {
            let message = panic
                .downcast_ref::<&str>()
                .map(|s| s.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "the handler panicked".to_string());
            Err(format!("panic: {message}"))
        }
    };
    let streaming = *started.lock().unwrap_or_else(|e| e.into_inner());
    let written = match outcome {
        Ok(response) => {
            if !streaming {
                let _ = sink.head(response.status, &response.headers);
            }
            sink.chunk(&response.body)
        }
        Err(message) if streaming => return Err(message),
        Err(message) => {
            let _ = sink.head(500, &[("content-type".to_string(), "application/json".to_string())]);
            sink.chunk(&error_body(&message))
        }
    };
    written.map_err(|e| e.to_string())
}

#[doc(hidden)]
pub mod __private {
    use super::*;

    /// Converts a handler's return value into the response or the error message.
    pub fn outcome<R: IntoResponse, E: fmt::Display>(result: Result<R, E>) -> Result<Response, String> {
        match result {
            Ok(r) => Ok(r.into_response()),
            Err(e) => Err(e.to_string()),
        }
    }

    /// The entry point `#[ignite::main]` generates.
    pub fn run<F>(handler: F)
    where
        F: Fn(Request, Context) -> Result<Response, String> + Send + Sync + 'static,
    {
        #[cfg(target_arch = "wasm32")]
        super::command::run(handler);
        #[cfg(not(target_arch = "wasm32"))]
        super::worker::run(handler);
    }
}

/// wasm32-wasi: one call per instance, over stdin/stdout.
#[cfg(target_arch = "wasm32")]
mod command {
    use super::*;
    use std::io::Read;

    struct Stdout;

    impl Sink for Stdout {
        fn head(&self, status: u16, headers: &[(String, String)]) -> std::io::Result<()> {
            let line = serde_json::json!({ "status": status, "headers": headers }).to_string();
            let mut out = std::io::stdout().lock();
            out.write_all(line.as_bytes())?;
            out.write_all(b"\n")
        }
        fn chunk(&self, bytes: &[u8]) -> std::io::Result<()> {
            let mut out = std::io::stdout().lock();
            out.write_all(bytes)?;
            out.flush()
        }
        fn log(&self, execution_id: &str, line: &str) {
            let _ = execution_id;
            eprintln!("{line}");
        }
    }

    pub fn run<F>(handler: F)
    where
        F: Fn(Request, Context) -> Result<Response, String>,
    {
        let mut body = Vec::new();
        let _ = std::io::stdin().read_to_end(&mut body);
        let var = |k: &str| std::env::var(k).unwrap_or_default();
        let headers: Vec<(String, String)> = serde_json::from_str(&var("IGNITE_HTTP_HEADERS")).unwrap_or_default();
        let method = var("IGNITE_HTTP_METHOD");
        let request = Request {
            method: if method.is_empty() { "POST".to_string() } else { method },
            path: var("IGNITE_HTTP_PATH"),
            query: var("IGNITE_HTTP_QUERY"),
            headers,
            body,
        };
        let ctx = Context {
            execution_id: var("IGNITE_EXECUTION_ID"),
            function_id: var("IGNITE_FUNCTION_ID"),
            organization_id: var("IGNITE_ORGANIZATION_ID"),
            sink: Arc::new(Stdout),
            started: Arc::new(Mutex::new(false)),
            temp: Mutex::new(None),
        };
        if let Err(message) = serve_call(&handler, request, ctx) {
            eprintln!("{message}");
            std::process::exit(1);
        }
    }
}

/// Native: a long-lived worker serving calls over the worker protocol on fd 3.
#[cfg(not(target_arch = "wasm32"))]
mod worker {
    use super::*;
    use std::collections::HashMap;
    use std::io::Read;
    use std::os::unix::io::FromRawFd;
    use std::os::unix::net::UnixStream;

    const READY: u8 = 1;
    const REQUEST: u8 = 2;
    const BODY: u8 = 3;
    const BODY_END: u8 = 4;
    const HEAD: u8 = 5;
    const CHUNK: u8 = 6;
    const END: u8 = 7;
    const LOG: u8 = 8;
    const MAX_CHUNK: usize = 64 * 1024;

    struct RequestFrame {
        id: u32,
        execution_id: String,
        function_id: String,
        organization_id: String,
        method: String,
        path: String,
        query: String,
        headers: Vec<(String, String)>,
    }

    impl RequestFrame {
        fn parse(body: &[u8]) -> Option<RequestFrame> {
            let v: serde_json::Value = serde_json::from_slice(body).ok()?;
            let text = |k: &str| v.get(k).and_then(|x| x.as_str()).unwrap_or("").to_string();
            Some(RequestFrame {
                id: v.get("id")?.as_u64()? as u32,
                execution_id: text("execution_id"),
                function_id: text("function_id"),
                organization_id: text("organization_id"),
                method: text("method"),
                path: text("path"),
                query: text("query"),
                headers: v.get("headers").cloned().and_then(|h| serde_json::from_value(h).ok()).unwrap_or_default(),
            })
        }
    }

    struct Writer(Mutex<UnixStream>);

    impl Writer {
        fn frame(&self, kind: u8, parts: &[&[u8]]) -> std::io::Result<()> {
            let len: usize = 1 + parts.iter().map(|p| p.len()).sum::<usize>();
            let mut out = Vec::with_capacity(4 + len);
            out.extend_from_slice(&(len as u32).to_le_bytes());
            out.push(kind);
            for p in parts {
                out.extend_from_slice(p);
            }
            let mut s = self.0.lock().unwrap_or_else(|e| e.into_inner());
            s.write_all(&out)
        }
    }

    struct Call {
        id: u32,
        writer: Arc<Writer>,
    }

    impl Sink for Call {
        fn head(&self, status: u16, headers: &[(String, String)]) -> std::io::Result<()> {
            let body = serde_json::json!({ "id": self.id, "status": status, "headers": headers }).to_string();
            self.writer.frame(HEAD, &[body.as_bytes()])
        }
        fn chunk(&self, bytes: &[u8]) -> std::io::Result<()> {
            for piece in bytes.chunks(MAX_CHUNK) {
                self.writer.frame(CHUNK, &[&self.id.to_le_bytes(), piece])?;
            }
            Ok(())
        }
        fn log(&self, execution_id: &str, line: &str) {
            let body = serde_json::json!({ "execution_id": execution_id, "stream": "stdout", "line": line });
            let _ = self.writer.frame(LOG, &[body.to_string().as_bytes()]);
        }
    }

    fn read_frame(stream: &mut UnixStream) -> std::io::Result<(u8, Vec<u8>)> {
        let mut len = [0u8; 4];
        stream.read_exact(&mut len)?;
        let len = u32::from_le_bytes(len) as usize;
        if len == 0 {
            return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, "empty frame"));
        }
        let mut buf = vec![0u8; len];
        stream.read_exact(&mut buf)?;
        let kind = buf[0];
        buf.remove(0);
        Ok((kind, buf))
    }

    pub fn run<F>(handler: F)
    where
        F: Fn(Request, Context) -> Result<Response, String> + Send + Sync + 'static,
    {
        // SAFETY: the host passes the protocol socket as descriptor 3 and nothing else uses it.
        let mut reader = unsafe { UnixStream::from_raw_fd(3) };
        let writer = Arc::new(Writer(Mutex::new(reader.try_clone().expect("the worker socket (fd 3)"))));
        let ready = serde_json::json!({ "pid": std::process::id() }).to_string();
        writer.frame(READY, &[ready.as_bytes()]).expect("the worker socket (fd 3)");
        let handler = Arc::new(handler);
        let mut pending: HashMap<u32, (RequestFrame, Vec<u8>)> = HashMap::new();
        while let Ok((kind, body)) = read_frame(&mut reader) {
            match kind {
                REQUEST => {
                    if let Some(r) = RequestFrame::parse(&body) {
                        pending.insert(r.id, (r, Vec::new()));
                    }
                }
                BODY | BODY_END if body.len() >= 4 => {
                    let id = u32::from_le_bytes([body[0], body[1], body[2], body[3]]);
                    if kind == BODY {
                        if let Some((_, buf)) = pending.get_mut(&id) {
                            buf.extend_from_slice(&body[4..]);
                        }
                        continue;
                    }
                    let (frame, buf) = match pending.remove(&id) {
                        Some(p) => p,
                        None => continue,
                    };
                    let handler = handler.clone();
                    let writer = writer.clone();
                    std::thread::spawn(move || {
                        let request = Request {
                            method: frame.method,
                            path: frame.path,
                            query: frame.query,
                            headers: frame.headers,
                            body: buf,
                        };
                        let call = Arc::new(Call { id, writer: writer.clone() });
                        let ctx = Context {
                            execution_id: frame.execution_id,
                            function_id: frame.function_id,
                            organization_id: frame.organization_id,
                            sink: call,
                            started: Arc::new(Mutex::new(false)),
                            temp: Mutex::new(None),
                        };
                        let end = match serve_call(&*handler, request, ctx) {
                            Ok(()) => serde_json::json!({ "id": id }),
                            Err(error) => serde_json::json!({ "id": id, "error": error }),
                        }
                        .to_string();
                        let _ = writer.frame(END, &[end.as_bytes()]);
                    });
                }
                _ => {}
            }
        }
    }
}
