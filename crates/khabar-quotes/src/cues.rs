//! The reporting-cue lexicon (`data/cues.tsv`), embedded at build time.

use std::collections::HashMap;

/// What a cue word does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CueKind {
    /// A finite reporting verb (`قال`, `أكد`); its subject may follow or be dropped.
    Verb,
    /// A verb that reports speech only before a complementizer, colon or quote (`بيّن`, `ذكر`).
    VerbNeedsComplement,
    /// A circumstantial participle continuing the current speaker (`مشيراً`, `مضيفاً`).
    Participle,
    /// An "according to" preposition (`بحسب`, `وفق`).
    According,
}

/// Cue forms (search-normalized, ة folded to ه) → kind.
#[derive(Debug, Clone)]
pub struct CueLexicon {
    forms: HashMap<String, CueKind>,
}

const CUES_TSV: &str = include_str!("../data/cues.tsv");

impl CueLexicon {
    /// The lexicon shipped in `data/cues.tsv`.
    pub fn embedded() -> Self {
        Self::parse(CUES_TSV)
    }

    /// Parses a `form<TAB>kind<TAB>lemma` table; `#` lines are comments, bad lines are skipped.
    pub fn parse(tsv: &str) -> Self {
        let mut forms = HashMap::new();
        for line in tsv.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let mut cols = line.split('\t');
            let (Some(form), Some(kind)) = (cols.next(), cols.next()) else {
                continue;
            };
            let kind = match kind {
                "verb" => CueKind::Verb,
                "verb_c" => CueKind::VerbNeedsComplement,
                "participle" => CueKind::Participle,
                "according" => CueKind::According,
                _ => continue,
            };
            let key =
                khabar_text::normalize_word(form, khabar_text::Profile::Search).replace('ة', "ه");
            forms.insert(key, kind);
        }
        CueLexicon { forms }
    }

    /// Looks up a search-normalized word.
    pub fn lookup(&self, fold: &str) -> Option<CueKind> {
        self.forms.get(fold).copied()
    }

    /// Number of forms.
    pub fn len(&self) -> usize {
        self.forms.len()
    }

    /// Whether the lexicon is empty.
    pub fn is_empty(&self) -> bool {
        self.forms.is_empty()
    }
}
