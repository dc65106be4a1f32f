//! Document-level recognition: tag a document's tokens sentence by sentence, return entities
//! with character offsets that exclude attached clitics, and link mentions to a canonical name.

use khabar_article::Entity;
use khabar_text::{split_sentences, Token};

use crate::fold::fold;
use crate::model::Tagger;
use crate::tags::spans;

impl Tagger {
    /// Recognizes the named entities of a document.
    ///
    /// `tokens` are the document's tokens (from [`khabar_text::tokenize`]); they are grouped
    /// into sentences with [`khabar_text::split_sentences`] and each sentence is tagged.
    /// Entities get character offsets into `text` that exclude attached proclitics
    /// (`ودمشق` → `دمشق`). When the preposition `ل` absorbed the article's alef
    /// (`للأمم المتحدة`), the span starts at the article's `ل` and `text` restores the article
    /// (`الأمم المتحدة`); otherwise `text` is exactly the span's surface.
    ///
    /// `canonical` links mentions of one entity: it is the longest mention of the same label
    /// in the document whose words contain the mention's words as a contiguous whole-word
    /// run (`لافروف` → `سيرغي لافروف`), else the mention's own text.
    pub fn recognize(&self, text: &str, tokens: &[Token<'_>]) -> Vec<Entity> {
        let sentences = split_sentences(text);
        let mut out = Vec::new();
        let mut s = 0;
        let mut i = 0;
        while i < tokens.len() {
            while s < sentences.len() && sentences[s].end <= tokens[i].start {
                s += 1;
            }
            let end_of_sentence = sentences.get(s).map_or(usize::MAX, |sp| {
                if sp.start <= tokens[i].start {
                    sp.end
                } else {
                    sp.start
                }
            });
            let mut j = i + 1;
            while j < tokens.len() && tokens[j].start < end_of_sentence {
                j += 1;
            }
            self.recognize_sentence(text, &tokens[i..j], &mut out);
            i = j;
        }
        link_canonical(&mut out);
        out
    }

    /// Tokenizes `text` with [`khabar_text::tokenize`] and calls [`Tagger::recognize`].
    pub fn recognize_text(&self, text: &str) -> Vec<Entity> {
        let tokens = khabar_text::tokenize(text);
        self.recognize(text, &tokens)
    }

    fn recognize_sentence(&self, text: &str, tokens: &[Token<'_>], out: &mut Vec<Entity>) {
        if tokens.is_empty() {
            return;
        }
        let words: Vec<&str> = tokens.iter().map(|t| t.text).collect();
        let tags = self.tag(&words);
        for span in spans(&tags) {
            let first = &tokens[span.start];
            let last = &tokens[span.end - 1];
            let split = self.lexicon.split(first.text);
            let skip_bytes: usize = first
                .text
                .chars()
                .take(split.clitic_chars)
                .map(char::len_utf8)
                .sum();
            let byte_start = first.byte_start + skip_bytes;
            let Some(surface) = text.get(byte_start..last.byte_end) else {
                continue;
            };
            if surface.is_empty() {
                continue;
            }
            let surface = if split.elided_alef {
                format!("ا{surface}")
            } else {
                surface.to_string()
            };
            out.push(Entity {
                canonical: surface.clone(),
                text: surface,
                label: span.label,
                start: first.start + split.clitic_chars,
                end: last.end,
            });
        }
    }
}

/// Sets each entity's `canonical` to the longest same-label mention containing its words.
fn link_canonical(entities: &mut [Entity]) {
    let words: Vec<Vec<String>> = entities
        .iter()
        .map(|e| e.text.split_whitespace().map(fold).collect())
        .collect();
    let mut canon = Vec::with_capacity(entities.len());
    for (i, e) in entities.iter().enumerate() {
        let mut best = i;
        for (j, f) in entities.iter().enumerate() {
            if f.label != e.label || words[j].len() <= words[best].len() {
                continue;
            }
            if contains_run(&words[j], &words[i]) {
                best = j;
            }
        }
        canon.push(entities[best].text.clone());
    }
    for (e, c) in entities.iter_mut().zip(canon) {
        e.canonical = c;
    }
}

fn contains_run(hay: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;
    use khabar_article::EntityLabel;

    fn ent(text: &str, label: EntityLabel) -> Entity {
        Entity {
            text: text.into(),
            label,
            start: 0,
            end: 0,
            canonical: text.into(),
        }
    }

    #[test]
    fn links_to_longest_containing_mention() {
        let mut v = vec![
            ent("لافروف", EntityLabel::Pers),
            ent("سيرغي لافروف", EntityLabel::Pers),
            ent("دي ميستورا", EntityLabel::Pers),
            ent("ستيفان دي ميستورا", EntityLabel::Pers),
            ent("ميستورا", EntityLabel::Loc),
            ent("روف", EntityLabel::Pers),
        ];
        link_canonical(&mut v);
        assert_eq!(v[0].canonical, "سيرغي لافروف");
        assert_eq!(v[2].canonical, "ستيفان دي ميستورا");
        assert_eq!(v[3].canonical, "ستيفان دي ميستورا");
        assert_eq!(v[4].canonical, "ميستورا");
        assert_eq!(v[5].canonical, "روف");
    }
}
