//! The tantivy schema, tokenizer registration and document building.

use std::path::Path;

use khabar_article::{Article, Entity};
use tantivy::directory::MmapDirectory;
use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions, FAST, STORED,
    STRING,
};
use tantivy::{Index, TantivyDocument};

use crate::analyzer::{analyze_fields, blank_ranges, Analyzer, ArabicTokenizer};
use crate::{Error, Result};
use tantivy::tokenizer::PreTokenizedString;

/// Name of the exact-form tokenizer.
pub const EXACT: &str = "ar_exact";
/// Name of the loose-form tokenizer.
pub const LOOSE: &str = "ar_loose";

/// The fields of the index.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fields {
    pub id: Field,
    pub title_exact: Field,
    pub title_loose: Field,
    pub body_exact: Field,
    pub body_loose: Field,
    pub entity: Field,
    pub source: Field,
    pub date: Field,
    pub month: Field,
    pub batch: Field,
}

fn text(tokenizer: &str) -> TextOptions {
    TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer)
            .set_index_option(IndexRecordOption::WithFreqsAndPositions),
    )
}

pub(crate) fn schema() -> Schema {
    let mut b = Schema::builder();
    b.add_text_field("id", STRING | STORED);
    b.add_text_field("title_exact", text(EXACT));
    b.add_text_field("title_loose", text(LOOSE));
    b.add_text_field("body_exact", text(EXACT));
    b.add_text_field("body_loose", text(LOOSE));
    b.add_text_field("entity", STRING | FAST);
    b.add_text_field("source", STRING | FAST);
    b.add_u64_field("date", NumericOptions::default().set_indexed().set_fast());
    b.add_text_field("month", STRING | FAST);
    b.add_u64_field("batch", NumericOptions::default().set_indexed());
    b.build()
}

pub(crate) fn fields(schema: &Schema) -> Result<Fields> {
    let f = |name: &str| {
        schema.get_field(name).map_err(|_| {
            Error::Index(format!(
                "index has no field `{name}` (archive from another version?)"
            ))
        })
    };
    Ok(Fields {
        id: f("id")?,
        title_exact: f("title_exact")?,
        title_loose: f("title_loose")?,
        body_exact: f("body_exact")?,
        body_loose: f("body_loose")?,
        entity: f("entity")?,
        source: f("source")?,
        date: f("date")?,
        month: f("month")?,
        batch: f("batch")?,
    })
}

pub(crate) fn index_err(e: tantivy::TantivyError) -> Error {
    Error::Index(e.to_string())
}

/// Opens or creates the index in `dir` and registers the analyzer's tokenizers.
pub(crate) fn open_index(dir: &Path, analyzer: Analyzer) -> Result<Index> {
    std::fs::create_dir_all(dir).map_err(|e| Error::Io {
        path: dir.display().to_string(),
        source: e,
    })?;
    let mmap =
        MmapDirectory::open(dir).map_err(|e| Error::Index(format!("{}: {e}", dir.display())))?;
    let index = Index::open_or_create(mmap, schema()).map_err(index_err)?;
    match analyzer {
        Analyzer::Arabic => {
            index.tokenizers().register(EXACT, ArabicTokenizer::exact());
            index.tokenizers().register(LOOSE, ArabicTokenizer::loose());
        }
        Analyzer::Plain => {
            index.tokenizers().register(EXACT, ArabicTokenizer::plain());
            index.tokenizers().register(LOOSE, ArabicTokenizer::plain());
        }
        Analyzer::Lucene => {
            index
                .tokenizers()
                .register(EXACT, ArabicTokenizer::lucene());
            index
                .tokenizers()
                .register(LOOSE, ArabicTokenizer::lucene());
        }
    }
    Ok(index)
}

/// `YYYYMMDD` of a date's day, as written in the article (no time-zone shift: the day the
/// outlet printed). Accepts ISO 8601 (`2017-01-20`, `2017-01-20T21:43:00+01:00`) and the
/// day-first `DD/MM/YYYY` used by many Arabic outlets (`13/07/2016`).
pub(crate) fn day_number(date: &str) -> Option<u64> {
    let d = date.trim().as_bytes();
    let num = |s: &[u8]| -> Option<u64> {
        if s.is_empty() || !s.iter().all(u8::is_ascii_digit) {
            return None;
        }
        std::str::from_utf8(s).ok()?.parse().ok()
    };
    let (y, m, day) = if d.len() >= 10 && d[4] == b'-' && d[7] == b'-' {
        (num(&d[0..4])?, num(&d[5..7])?, num(&d[8..10])?)
    } else if d.len() >= 10 && d[2] == b'/' && d[5] == b'/' {
        (num(&d[6..10])?, num(&d[3..5])?, num(&d[0..2])?)
    } else {
        return None;
    };
    if !(1..=12).contains(&m) || !(1..=31).contains(&day) {
        return None;
    }
    Some(y * 10_000 + m * 100 + day)
}

/// Normalized form of an entity name for the `entity` filter field.
pub(crate) fn entity_key(name: &str) -> String {
    let norm = khabar_text::normalize_word(name.trim(), khabar_text::Profile::Search);
    norm.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Adds `text` to the exact and loose fields, analysed once (pre-tokenized for tantivy).
fn add_analyzed(doc: &mut TantivyDocument, exact: Field, loose: Field, text: &str, an: Analyzer) {
    let (ex, lo) = analyze_fields(text, an);
    doc.add_pre_tokenized_text(
        exact,
        PreTokenizedString {
            text: String::new(),
            tokens: ex,
        },
    );
    doc.add_pre_tokenized_text(
        loose,
        PreTokenizedString {
            text: String::new(),
            tokens: lo,
        },
    );
}

pub(crate) fn document(
    f: &Fields,
    an: Analyzer,
    batch: u64,
    a: &Article,
    entities: &[Entity],
) -> TantivyDocument {
    let mut doc = TantivyDocument::default();
    doc.add_text(f.id, &a.id);
    if let Some(t) = a.title.as_deref() {
        add_analyzed(&mut doc, f.title_exact, f.title_loose, t, an);
    }
    let ranges: Vec<(usize, usize)> = a.removed.iter().map(|r| (r.start, r.end)).collect();
    let body = blank_ranges(&a.text, &ranges);
    add_analyzed(&mut doc, f.body_exact, f.body_loose, &body, an);
    let mut keys: Vec<String> = entities
        .iter()
        .flat_map(|e| [entity_key(&e.canonical), entity_key(&e.text)])
        .filter(|k| !k.is_empty())
        .collect();
    keys.sort();
    keys.dedup();
    for k in &keys {
        doc.add_text(f.entity, k);
    }
    if let Some(s) = a.source.as_deref() {
        doc.add_text(f.source, s);
    }
    if let Some(day) = a.date.as_deref().and_then(day_number) {
        doc.add_u64(f.date, day);
        doc.add_text(
            f.month,
            format!("{:04}-{:02}", day / 10_000, day / 100 % 100),
        );
    }
    doc.add_u64(f.batch, batch);
    doc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn day_numbers() {
        assert_eq!(day_number("2017-01-20T21:43:00+01:00"), Some(20170120));
        assert_eq!(day_number("2017-01-20"), Some(20170120));
        assert_eq!(day_number("2017-13-20"), None);
        assert_eq!(day_number("13/07/2016"), Some(20160713));
        assert_eq!(day_number("07/13/2016"), None);
        assert_eq!(day_number("yesterday"), None);
        assert_eq!(day_number(""), None);
    }
}
