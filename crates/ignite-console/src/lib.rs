//! The web console: a single page built from `web/` into `dist/` by
//! `scripts/console.sh build` (checked in, and checked against its sources by `.ci/run`),
//! compiled into the binary and served under `/console`. The page calls only the public
//! HTTP API with the signed-in user's token, so it needs no server state of its own.
//!
//! Assets are served with a strict Content-Security-Policy (scripts, styles and API
//! calls from this origin only, never framed), an ETag, and a year's caching for the
//! content-hashed files under `assets/`; `index.html` is revalidated on every load.

use axum::Router;
use axum::extract::Path;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use rust_embed::RustEmbed;

#[derive(RustEmbed)]
#[folder = "dist/"]
struct Assets;

/// Where the console is served.
pub const PATH: &str = "/console";

/// The policy of every console response: nothing from elsewhere, no inline script.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
     img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// The console's routes: `/console` (redirected to `/console/`), `/console/` (the page)
/// and `/console/<asset>`.
pub fn router() -> Router {
    Router::new()
        .route(PATH, get(|| async { Redirect::permanent("/console/") }))
        .route("/console/", get(|headers: HeaderMap| async move { serve("index.html", &headers) }))
        .route(
            "/console/{*path}",
            get(|Path(path): Path<String>, headers: HeaderMap| async move { serve(&path, &headers) }),
        )
}

fn serve(path: &str, request: &HeaderMap) -> Response {
    let Some(file) = Assets::get(path) else {
        return (StatusCode::NOT_FOUND, secured(HeaderMap::new()), "not found\n").into_response();
    };
    let etag = format!("\"{}\"", hex::encode(&file.metadata.sha256_hash()[..16]));
    let mut headers = HeaderMap::new();
    headers.insert(header::ETAG, HeaderValue::from_str(&etag).expect("hex"));
    // Vite names the files under assets/ by their content: they never change.
    let cache = if path.starts_with("assets/") { "public, max-age=31536000, immutable" } else { "no-cache" };
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    let headers = secured(headers);
    if request.get(header::IF_NONE_MATCH).is_some_and(|v| v.as_bytes() == etag.as_bytes()) {
        return (StatusCode::NOT_MODIFIED, headers).into_response();
    }
    let mime =
        HeaderValue::from_str(file.metadata.mimetype()).unwrap_or(HeaderValue::from_static("application/octet-stream"));
    (StatusCode::OK, headers, [(header::CONTENT_TYPE, mime)], file.data.into_owned()).into_response()
}

fn secured(mut headers: HeaderMap) -> HeaderMap {
    headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(CONTENT_SECURITY_POLICY));
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    headers
}
