//! Router assembly, security headers and the background server handle.

use std::net::SocketAddr;
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Router;
use tokio::sync::{oneshot, Semaphore};

use crate::api::{self, AppState};
use crate::cache::ResponseCache;
use crate::{assets, ArchiveApi, Error};

/// The Content-Security-Policy sent with every response: only the page's own script and style,
/// no inline code, no plug-ins, no framing.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self'; \
     style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; \
     base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Server settings.
#[derive(Debug, Clone)]
pub struct ServerOptions {
    /// Largest accepted request body (`POST /api/analyze`), in bytes; larger gets 413.
    pub max_body_bytes: usize,
    /// Worker threads of the async runtime (archive calls run on a separate blocking pool);
    /// `None` = one per CPU.
    pub worker_threads: Option<usize>,
    /// Search answers kept in the result cache; 0 disables it.
    pub cache_entries: usize,
    /// How long a cached search answer is reused (bounds staleness while an ingest runs).
    pub cache_ttl: Duration,
    /// Archive calls (searches, article and list reads, analyses) run at once on the blocking
    /// pool; further requests wait their turn. `None` = one per CPU.
    pub archive_slots: Option<usize>,
}

impl Default for ServerOptions {
    fn default() -> Self {
        ServerOptions {
            max_body_bytes: 1024 * 1024,
            worker_threads: None,
            cache_entries: 4096,
            cache_ttl: Duration::from_secs(30),
            archive_slots: None,
        }
    }
}

/// Builds the router: JSON API, `/healthz`, and the embedded page.
pub fn router(archive: Arc<dyn ArchiveApi>, opts: &ServerOptions) -> Router {
    let state = AppState {
        archive,
        max_body_bytes: opts.max_body_bytes,
        search_cache: Arc::new(ResponseCache::new(opts.cache_entries, opts.cache_ttl)),
        archive_slots: Arc::new(Semaphore::new(
            opts.archive_slots
                .unwrap_or_else(|| std::thread::available_parallelism().map_or(2, |n| n.get()))
                .max(1),
        )),
    };
    let mut app = Router::new()
        .route("/healthz", get(api::healthz))
        .route("/api/search", get(api::search))
        .route("/api/articles/{id}", get(api::article))
        .route("/api/entities", get(api::entities))
        .route("/api/quotes", get(api::quotes))
        .route("/api/analyze", post(api::analyze))
        .route("/api/openapi.json", get(api::openapi));
    for asset in assets::ASSETS {
        app = app.route(asset.path, get(move || serve_asset(asset)));
    }
    app.fallback(api::not_found)
        .method_not_allowed_fallback(api::method_not_allowed)
        // The analyze handler enforces `max_body_bytes` itself, answering JSON; this outer cap
        // is a backstop for any other extractor.
        .layer(DefaultBodyLimit::max(opts.max_body_bytes))
        .layer(axum::middleware::map_response(security_headers))
        .with_state(state)
}

async fn serve_asset(asset: &'static assets::Asset) -> Response {
    (
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, asset.content_type),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        asset.body,
    )
        .into_response()
}

async fn security_headers(mut res: Response) -> Response {
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CONTENT_SECURITY_POLICY),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    res
}

/// A server running on a background thread.
pub struct ServerHandle {
    addr: SocketAddr,
    shutdown: Option<oneshot::Sender<()>>,
    thread: Option<JoinHandle<Result<(), Error>>>,
}

impl ServerHandle {
    /// The bound address (with the real port when bound to port 0).
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The page's URL, e.g. `http://127.0.0.1:8080/`.
    pub fn url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    /// Blocks until the server stops (it normally runs until the process ends).
    pub fn wait(mut self) -> Result<(), Error> {
        self.join()
    }

    /// Stops accepting connections, lets requests in flight finish, and waits.
    pub fn shutdown(mut self) -> Result<(), Error> {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        self.join()
    }

    fn join(&mut self) -> Result<(), Error> {
        match self.thread.take() {
            Some(t) => t.join().map_err(|_| Error::Panicked)?,
            None => Ok(()),
        }
    }
}

impl Drop for ServerHandle {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        let _ = self.join();
    }
}

/// Binds `addr` (port 0 picks a free port) and serves [`router`] on a background thread.
///
/// Binding happens before this returns, so an address in use is reported here.
pub fn spawn(
    archive: Arc<dyn ArchiveApi>,
    addr: SocketAddr,
    opts: &ServerOptions,
) -> Result<ServerHandle, Error> {
    let listener =
        std::net::TcpListener::bind(addr).map_err(|source| Error::Bind { addr, source })?;
    let local = listener
        .local_addr()
        .map_err(|source| Error::Bind { addr, source })?;
    listener
        .set_nonblocking(true)
        .map_err(|source| Error::Bind { addr, source })?;
    let mut rt = tokio::runtime::Builder::new_multi_thread();
    rt.enable_all().thread_name("khabar-server");
    if let Some(n) = opts.worker_threads {
        rt.worker_threads(n.max(1));
    }
    let rt = rt.build().map_err(Error::Runtime)?;
    let app = router(archive, opts);
    let (tx, rx) = oneshot::channel::<()>();
    let thread = std::thread::Builder::new()
        .name("khabar-server".into())
        .spawn(move || {
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener).map_err(Error::Serve)?;
                axum::serve(listener, app)
                    .with_graceful_shutdown(async move {
                        let _ = rx.await;
                    })
                    .await
                    .map_err(Error::Serve)
            })
        })
        .map_err(Error::Runtime)?;
    Ok(ServerHandle {
        addr: local,
        shutdown: Some(tx),
        thread: Some(thread),
    })
}
