//! HTML input for `POST /api/analyze`: main-content extraction into an [`Article`].

use axum::http::StatusCode;
use khabar_article::Article;
use khabar_extract::ExtractOptions;

use crate::api::ApiError;

/// Extracts the article (title, date, body text) from an HTML page. A posted `title` wins over
/// the page's own. Input that is not a page, or a page without body text, is a 422.
pub(crate) fn article_from_html(html: &str, title: Option<String>) -> Result<Article, ApiError> {
    let unprocessable = |m: String| ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, m);
    let page = khabar_extract::extract(html.as_bytes(), &ExtractOptions::default())
        .map_err(|e| unprocessable(format!("cannot extract an article from `html`: {e}")))?;
    if page.text.trim().is_empty() {
        return Err(unprocessable("no article text found in `html`".into()));
    }
    let mut article = page.into_article("posted", None, None);
    if title.is_some() {
        article.title = title;
    }
    Ok(article)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extracts_the_body_and_rejects_empty_pages() {
        let html = "<html lang=ar><head><title>خبر | موقع</title></head><body>\
            <nav><a href=/>الرئيسية</a></nav><article><h1>خبر</h1>\
            <p>قال المتحدث باسم الوزارة إن الاجتماع تناول سبل التعاون، وإن نتائجه ستعلن قريبا.</p>\
            </article></body></html>";
        let a = article_from_html(html, None).unwrap();
        assert_eq!(a.title.as_deref(), Some("خبر"));
        assert!(a.text.starts_with("قال المتحدث"), "{}", a.text);
        let a = article_from_html(html, Some("عنوان آخر".into())).unwrap();
        assert_eq!(a.title.as_deref(), Some("عنوان آخر"));
        let e = article_from_html("no markup at all", None).unwrap_err();
        assert_eq!(e.status, StatusCode::UNPROCESSABLE_ENTITY);
        let e = article_from_html("<html><body><nav>x</nav></body></html>", None).unwrap_err();
        assert_eq!(e.status, StatusCode::UNPROCESSABLE_ENTITY);
    }
}
