//! JSON API handlers. Each validates its parameters (see [`crate::params`]), runs the archive
//! call (at most one per CPU at once; on the blocking pool, or inline for first-page searches)
//! and answers JSON; errors are `{"error": "..."}` with a 4xx/5xx status.

use std::sync::Arc;

use axum::body::{to_bytes, Body, Bytes};
use axum::extract::{Path, RawQuery, State};
use axum::http::{header, HeaderMap, HeaderName, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use khabar_archive::{EntityCount, QuoteHit, SearchQuery, SearchResults};
use khabar_article::Article;
use khabar_pipeline::{Analysis, AnalyzeOptions};
use serde::{Deserialize, Serialize};
use tokio::sync::Semaphore;

use crate::cache::ResponseCache;
use crate::params::{Params, MAX_NAME_CHARS, MAX_Q_CHARS};
use crate::ArchiveApi;

/// Largest page size for `/api/search`.
pub(crate) const MAX_SEARCH_LIMIT: usize = 100;
/// Deepest paging offset for `/api/search`.
pub(crate) const MAX_SEARCH_OFFSET: usize = 10_000;
/// Largest list size for `/api/entities` and `/api/quotes`.
pub(crate) const MAX_LIST_LIMIT: usize = 500;
/// Searches whose page ends within this many hits (and that do not collapse) run inline.
const SHORT_SEARCH_HITS: usize = 100;
/// Longest accepted article id, in characters.
const MAX_ID_CHARS: usize = 512;

/// Shared state of the handlers.
#[derive(Clone)]
pub(crate) struct AppState {
    pub(crate) archive: Arc<dyn ArchiveApi>,
    pub(crate) max_body_bytes: usize,
    pub(crate) search_cache: Arc<ResponseCache>,
    /// Archive calls allowed to run at once (see [`ServerOptions::archive_slots`]); the rest
    /// wait their turn, first come first served.
    ///
    /// [`ServerOptions::archive_slots`]: crate::ServerOptions::archive_slots
    pub(crate) archive_slots: Arc<Semaphore>,
}

/// An error answered as `{"error": message}` with `status`.
#[derive(Debug)]
pub(crate) struct ApiError {
    pub(crate) status: StatusCode,
    pub(crate) message: String,
}

impl ApiError {
    pub(crate) fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError {
            status,
            message: message.into(),
        }
    }
    pub(crate) fn bad_request(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, message)
    }
    pub(crate) fn not_found(message: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::NOT_FOUND, message)
    }
}

impl From<khabar_archive::Error> for ApiError {
    fn from(e: khabar_archive::Error) -> ApiError {
        match e {
            khabar_archive::Error::BadQuery(m) => ApiError::bad_request(m),
            other => ApiError::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                format!("archive: {other}"),
            ),
        }
    }
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    error: &'a str,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (
            self.status,
            Json(ErrorBody {
                error: &self.message,
            }),
        )
            .into_response()
    }
}

type ApiResult<T> = Result<Json<T>, ApiError>;

/// Runs a blocking archive call on tokio's blocking pool, at most `archive_slots` at once.
///
/// Archive calls are CPU-bound (a search takes well under a millisecond): running more of
/// them at once than there are cores only adds threads, context switches and lock contention,
/// and lets late requests overtake early ones. Waiting for a slot is first come, first served.
async fn blocking<T, F>(st: &AppState, f: F) -> Result<T, ApiError>
where
    F: FnOnce() -> Result<T, ApiError> + Send + 'static,
    T: Send + 'static,
{
    let _slot = slot(st).await?;
    tokio::task::spawn_blocking(f).await.map_err(|e| {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("request handler failed: {e}"),
        )
    })?
}

/// Like [`blocking`], but runs `f` on the calling runtime thread: for calls known to be short
/// (a first-pages search), where handing the work to another thread and back costs more than
/// the work itself (measured: 15–25 % of a search's CPU at 50 concurrent clients).
async fn inline<T, F>(st: &AppState, f: F) -> Result<T, ApiError>
where
    F: FnOnce() -> Result<T, ApiError>,
{
    let _slot = slot(st).await?;
    f()
}

async fn slot(st: &AppState) -> Result<tokio::sync::SemaphorePermit<'_>, ApiError> {
    st.archive_slots.acquire().await.map_err(|e| {
        ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            format!("request handler failed: {e}"),
        )
    })
}

/// `GET /healthz` body.
#[derive(Serialize)]
pub(crate) struct Health {
    status: &'static str,
    articles: u64,
}

/// `GET /healthz`: liveness plus the article count.
pub(crate) async fn healthz(State(st): State<AppState>) -> ApiResult<Health> {
    let archive = st.archive.clone();
    let articles = blocking(&st, move || Ok(archive.len()?)).await?;
    Ok(Json(Health {
        status: "ok",
        articles,
    }))
}

/// `GET /api/search` body: the archive's results plus the paging actually applied.
#[derive(Serialize)]
pub(crate) struct SearchBody {
    limit: usize,
    offset: usize,
    #[serde(flatten)]
    results: SearchResults,
}

/// `GET /api/search?q=…&limit&offset&entity&source&from&to&collapse`.
///
/// Answers are cached by their validated parameters (see [`ResponseCache`]); the `X-Cache`
/// header says `hit` or `miss`.
pub(crate) async fn search(
    State(st): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Response, ApiError> {
    let p = Params::parse(
        raw.as_deref(),
        &[
            "q", "limit", "offset", "entity", "source", "from", "to", "collapse",
        ],
    )?;
    let query = p
        .string("q", MAX_Q_CHARS)?
        .ok_or_else(|| ApiError::bad_request("missing parameter `q` (the search text)"))?;
    let limit = p.integer("limit", 1, MAX_SEARCH_LIMIT, 10)?;
    let offset = p.integer("offset", 0, MAX_SEARCH_OFFSET, 0)?;
    let (from, to) = p.date_range()?;
    let q = SearchQuery {
        query,
        limit: Some(limit),
        offset: Some(offset),
        entity: p.string("entity", MAX_NAME_CHARS)?,
        source: p.string("source", MAX_NAME_CHARS)?,
        from,
        to,
        collapse: p.flag("collapse")?,
    };
    let key = serde_json::to_string(&q)
        .map_err(|e| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, format!("cache key: {e}")))?;
    let archive = st.archive.clone();
    let state = st.clone();
    // First pages run inline (sub-millisecond); deep pages and collapsing, which read many
    // more rows, go to the blocking pool.
    let short = !q.collapse && offset + limit <= SHORT_SEARCH_HITS;
    let compute = async move {
        let run = move || {
            let results = archive.search(&q)?;
            // A page of ten hits with facets is ~10 KB: one allocation instead of a dozen.
            let mut body = Vec::with_capacity(16 * 1024);
            serde_json::to_writer(
                &mut body,
                &SearchBody {
                    limit,
                    offset,
                    results,
                },
            )
            .map(|()| body)
            .map_err(|e| {
                ApiError::new(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    format!("serializing results: {e}"),
                )
            })
        };
        let body = if short {
            inline(&state, run).await?
        } else {
            blocking(&state, run).await?
        };
        Ok::<_, ApiError>(Bytes::from(body))
    };
    let (body, hit) = st.search_cache.get_or_compute(&key, compute).await?;
    Ok(json_bytes(body, if hit { "hit" } else { "miss" }))
}

/// A 200 response with an already serialized JSON body.
fn json_bytes(body: Bytes, cache: &'static str) -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/json"),
            (HeaderName::from_static("x-cache"), cache),
        ],
        body,
    )
        .into_response()
}

/// `GET /api/articles/{id}`: the stored article with entities, quotes and duplicates.
pub(crate) async fn article(
    State(st): State<AppState>,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    if id.is_empty() || id.chars().count() > MAX_ID_CHARS {
        return Err(ApiError::bad_request(format!(
            "article id must be 1 to {MAX_ID_CHARS} characters"
        )));
    }
    let archive = st.archive.clone();
    let lookup = id.clone();
    match blocking(&st, move || Ok(archive.article(&lookup)?)).await? {
        Some(a) => Ok(Json(a).into_response()),
        None => Err(ApiError::not_found(format!("no article with id {id:?}"))),
    }
}

/// `GET /api/entities` body.
#[derive(Serialize)]
pub(crate) struct EntitiesBody {
    entities: Vec<EntityCount>,
}

/// `GET /api/entities?label=PERS|LOC|ORG|MISC&from&to&limit`.
pub(crate) async fn entities(
    State(st): State<AppState>,
    RawQuery(raw): RawQuery,
) -> ApiResult<EntitiesBody> {
    let p = Params::parse(raw.as_deref(), &["label", "from", "to", "limit"])?;
    let label = match p.string("label", 8)? {
        None => None,
        Some(l) => Some(match l.to_ascii_uppercase().as_str() {
            "PERS" | "PER" => "PERS",
            "LOC" => "LOC",
            "ORG" => "ORG",
            "MISC" => "MISC",
            _ => {
                return Err(ApiError::bad_request(format!(
                    "parameter `label` must be PERS, LOC, ORG or MISC, got {l:?}"
                )))
            }
        }),
    };
    let (from, to) = p.date_range()?;
    let limit = p.integer("limit", 1, MAX_LIST_LIMIT, 50)?;
    let archive = st.archive.clone();
    let entities = blocking(&st, move || {
        Ok(archive.top_entities(label, from.as_deref(), to.as_deref(), limit)?)
    })
    .await?;
    Ok(Json(EntitiesBody { entities }))
}

/// `GET /api/quotes` body.
#[derive(Serialize)]
pub(crate) struct QuotesBody {
    speaker: Option<String>,
    quotes: Vec<QuoteHit>,
}

/// `GET /api/quotes?speaker=…&limit`: who said what, with the articles it comes from.
pub(crate) async fn quotes(
    State(st): State<AppState>,
    RawQuery(raw): RawQuery,
) -> ApiResult<QuotesBody> {
    let p = Params::parse(raw.as_deref(), &["speaker", "limit"])?;
    let speaker = p.string("speaker", MAX_NAME_CHARS)?;
    let limit = p.integer("limit", 1, MAX_LIST_LIMIT, 50)?;
    let archive = st.archive.clone();
    let who = speaker.clone();
    let quotes = blocking(&st, move || Ok(archive.quotes(who.as_deref(), limit)?)).await?;
    Ok(Json(QuotesBody { speaker, quotes }))
}

/// `POST /api/analyze` request: exactly one of `text` and `html`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct AnalyzeRequest {
    text: Option<String>,
    html: Option<String>,
    title: Option<String>,
}

/// `POST /api/analyze` body: the analysis plus the title (given, or extracted from HTML).
#[derive(Serialize)]
pub(crate) struct AnalyzeBody {
    title: Option<String>,
    #[serde(flatten)]
    analysis: Analysis,
}

/// `POST /api/analyze` with a JSON body `{"text": …}` or `{"html": …}` (size-limited).
pub(crate) async fn analyze(
    State(st): State<AppState>,
    headers: HeaderMap,
    body: Body,
) -> ApiResult<AnalyzeBody> {
    let too_large = || {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            format!("request body too large (max {} bytes)", st.max_body_bytes),
        )
    };
    let is_json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| {
            v.trim_start()
                .to_ascii_lowercase()
                .starts_with("application/json")
        });
    if !is_json {
        return Err(ApiError::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "send a JSON body with Content-Type: application/json",
        ));
    }
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > st.max_body_bytes as u64) {
        return Err(too_large());
    }
    let bytes = to_bytes(body, st.max_body_bytes)
        .await
        .map_err(|_| too_large())?;
    let req: AnalyzeRequest = serde_json::from_slice(&bytes).map_err(|e| {
        ApiError::bad_request(format!(
            "body must be JSON {{\"text\": \"…\"}} or {{\"html\": \"…\"}}: {e}"
        ))
    })?;
    let title = req.title;
    let input = match (req.text, req.html) {
        (Some(text), None) if text.trim().is_empty() => {
            return Err(ApiError::bad_request("`text` is empty"))
        }
        (None, Some(html)) if html.trim().is_empty() => {
            return Err(ApiError::bad_request("`html` is empty"))
        }
        (Some(text), None) => Ok(text),
        (None, Some(html)) => Err(html),
        _ => {
            return Err(ApiError::bad_request(
                "give exactly one of `text` and `html`",
            ))
        }
    };
    blocking(&st, move || {
        let article = match input {
            Ok(text) => Article {
                id: "posted".into(),
                title,
                text,
                ..Article::default()
            },
            Err(html) => crate::extract::article_from_html(&html, title)?,
        };
        let analysis = khabar_pipeline::analyze(&article, &AnalyzeOptions::default());
        Ok(Json(AnalyzeBody {
            title: article.title,
            analysis,
        }))
    })
    .await
}

/// The OpenAPI 3.0 description of this API (`docs/openapi.json`, compiled in).
pub const OPENAPI_JSON: &str = include_str!("../../../docs/openapi.json");

/// `GET /api/openapi.json`: the OpenAPI description of every route.
pub(crate) async fn openapi() -> Response {
    (
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        OPENAPI_JSON,
    )
        .into_response()
}

/// Fallback for unknown paths: a JSON 404.
pub(crate) async fn not_found() -> ApiError {
    ApiError::not_found("no such page or endpoint")
}

/// Answer for a known path with the wrong method.
pub(crate) async fn method_not_allowed() -> ApiError {
    ApiError::new(
        StatusCode::METHOD_NOT_ALLOWED,
        "method not allowed for this path",
    )
}
