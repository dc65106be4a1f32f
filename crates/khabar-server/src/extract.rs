//! HTML input for `POST /api/analyze`: main-content extraction into an [`Article`].

use axum::http::StatusCode;
use khabar_article::Article;

use crate::api::ApiError;

/// Extracts the article from an HTML page.
pub(crate) fn article_from_html(html: String, title: Option<String>) -> Result<Article, ApiError> {
    let _ = (html, title);
    Err(ApiError::new(
        StatusCode::NOT_IMPLEMENTED,
        "HTML extraction is not wired into this build yet; post {\"text\": …}",
    ))
}
