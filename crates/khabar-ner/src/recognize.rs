//! Document-level recognition: tag a document's tokens sentence by sentence, return entities
//! with character offsets that exclude attached clitics, and link mentions to a canonical name.

use std::collections::HashMap;

use khabar_article::{Entity, EntityLabel};
use khabar_text::{split_sentences, Token};

use crate::fold::fold;
use crate::model::Tagger;
use crate::tags::{spans, Tag, TokenSpan};

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
    /// run (`لافروف` → `سيرغي لافروف`), else the mention's own text; its whitespace runs are single
    /// spaces (`رمزي\nعز الدين رمزي` in hard-wrapped text → `رمزي عز الدين رمزي`).
    pub fn recognize(&self, text: &str, tokens: &[Token<'_>]) -> Vec<Entity> {
        let sentences = split_sentences(text);
        // Token spans (indices into `tokens`) found by the tagger.
        let mut found: Vec<TokenSpan> = Vec::new();
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
            let words: Vec<&str> = tokens[i..j].iter().map(|t| t.text).collect();
            found.extend(spans(&self.tag(&words)).into_iter().map(|sp| TokenSpan {
                start: sp.start + i,
                end: sp.end + i,
                label: sp.label,
            }));
            i = j;
        }
        let words: Vec<&str> = tokens.iter().map(|t| t.text).collect();
        self.propagate(&words, &mut found);
        let mut out: Vec<Entity> = found
            .iter()
            .filter_map(|sp| self.entity(text, tokens, sp))
            .collect();
        link_canonical(&mut out);
        out
    }

    /// Tags consecutive sentences of one document (e.g. CoNLL input), then applies the same
    /// document-level consistency pass as [`Tagger::recognize`] over windows of `window`
    /// sentences (`0` = tag each sentence alone).
    pub fn tag_document(&self, sentences: &[Vec<&str>], window: usize) -> Vec<Vec<Tag>> {
        let mut tags: Vec<Vec<Tag>> = sentences.iter().map(|s| self.tag(s)).collect();
        if window == 0 {
            return tags;
        }
        let mut out = tags.clone();
        let mut a = 0;
        while a < sentences.len() {
            let b = (a + window).min(sentences.len());
            let words: Vec<&str> = sentences[a..b].iter().flatten().copied().collect();
            let flat: Vec<Tag> = tags[a..b].iter().flatten().copied().collect();
            let mut found = spans(&flat);
            let before = found.clone();
            self.propagate(&words, &mut found);
            if found != before {
                // Mentions added or extended: rebuild the tags from the spans.
                let mut new_flat = vec![Tag::O; flat.len()];
                for sp in &found {
                    crate::tags::mark(&mut new_flat, sp.start..sp.end, sp.label);
                }
                let mut k = 0;
                for (s, o) in sentences[a..b].iter().zip(&mut out[a..b]) {
                    o.copy_from_slice(&new_flat[k..k + s.len()]);
                    k += s.len();
                }
            }
            a = b;
        }
        tags.clear();
        out
    }

    /// Tags parsed CoNLL sentences ([`crate::parse_conll`]) as running text:
    /// [`Tagger::tag_document`] over each of their documents ([`crate::documents`]), so the
    /// consistency pass never carries a name across a `-DOCSTART-` line.
    pub fn tag_sentences(&self, sentences: &[crate::Sentence], window: usize) -> Vec<Vec<Tag>> {
        let toks: Vec<Vec<&str>> = sentences
            .iter()
            .map(|s| s.tokens.iter().map(String::as_str).collect())
            .collect();
        let mut tags = Vec::with_capacity(toks.len());
        for doc in crate::documents(sentences) {
            tags.extend(self.tag_document(&toks[doc], window));
        }
        tags
    }

    /// Tokenizes `text` with [`khabar_text::tokenize`] and calls [`Tagger::recognize`].
    pub fn recognize_text(&self, text: &str) -> Vec<Entity> {
        let tokens = khabar_text::tokenize(text);
        self.recognize(text, &tokens)
    }

    /// Document-level consistency: a name the tagger found once is also a name where the
    /// tagger missed it in the same document (`سيرغي لافروف` … `لافروف`). Keys are the folded
    /// words of each mention (the first word without clitics) and, for persons, the last
    /// name. Single-word keys must be rare in the news corpus, so a common word tagged by
    /// mistake does not spread.
    fn propagate(&self, tokens: &[&str], found: &mut Vec<TokenSpan>) {
        if found.is_empty() {
            return;
        }
        let form = |t: &str, first: bool| -> String {
            if first {
                let split = self.lexicon.split(t);
                let rest: String = t.chars().skip(split.clitic_chars).collect();
                let f = fold(&rest);
                if split.elided_alef {
                    format!("ا{f}")
                } else {
                    f
                }
            } else {
                fold(t)
            }
        };
        let rare =
            |w: &str| w.chars().count() >= 3 && self.lexicon.get(w).is_none_or(|e| e.count < 300);
        let mut keys: HashMap<Vec<String>, EntityLabel> = HashMap::new();
        for sp in found.iter() {
            let words: Vec<String> = (sp.start..sp.end)
                .map(|k| form(tokens[k], k == sp.start))
                .collect();
            if words.len() > 1 || rare(&words[0]) {
                keys.entry(words.clone()).or_insert(sp.label);
            }
            if sp.label == EntityLabel::Pers && words.len() > 1 {
                if let Some(last) = words.last().filter(|w| rare(w)) {
                    keys.entry(vec![last.clone()]).or_insert(EntityLabel::Pers);
                }
            }
        }
        let max = keys.keys().map(Vec::len).max().unwrap_or(0);
        let mut covered = vec![false; tokens.len()];
        for sp in found.iter() {
            covered[sp.start..sp.end].fill(true);
        }
        // Boundary repair: a mention that ends a longer mention of the same label found in
        // the document takes in the words before it that the longer one has (`دعوة دي
        // ميستورا` with `ستيفان دي ميستورا` found elsewhere → `دي ميستورا`). It runs on the
        // tagger's mentions, and again on the mentions this pass adds (a surname spread alone).
        let repair = |spans: &mut [TokenSpan], covered: &mut [bool]| {
            for sp in spans.iter_mut() {
                let tail: Vec<String> = (sp.start..sp.end).map(|k| fold(tokens[k])).collect();
                let mut grow = 0;
                for (key, &label) in &keys {
                    if label != sp.label || key.len() <= tail.len() || !key.ends_with(&tail) {
                        continue;
                    }
                    let before = key.len() - tail.len();
                    let mut m = 0;
                    while m < before && m < sp.start && !covered[sp.start - m - 1] {
                        let t = tokens[sp.start - m - 1];
                        let want = &key[before - m - 1];
                        if fold(t) == *want || form(t, true) == *want {
                            m += 1;
                        } else {
                            break;
                        }
                    }
                    grow = grow.max(m);
                }
                if grow > 0 {
                    sp.start -= grow;
                    covered[sp.start..sp.start + grow].fill(true);
                }
            }
        };
        repair(found, &mut covered);
        let mut added = Vec::new();
        let mut i = 0;
        while i < tokens.len() {
            if covered[i] {
                i += 1;
                continue;
            }
            let mut hit = None;
            let mut words = Vec::new();
            for len in 1..=max.min(tokens.len() - i) {
                if covered[i + len - 1] {
                    break;
                }
                words.push(form(tokens[i + len - 1], len == 1));
                if let Some(&label) = keys.get(&words) {
                    hit = Some((len, label));
                }
            }
            match hit {
                Some((len, label)) => {
                    added.push(TokenSpan {
                        start: i,
                        end: i + len,
                        label,
                    });
                    i += len;
                }
                None => i += 1,
            }
        }
        if !added.is_empty() {
            for sp in &added {
                covered[sp.start..sp.end].fill(true);
            }
            repair(&mut added, &mut covered);
            found.extend(added);
            found.sort_by_key(|sp| sp.start);
        }
    }

    /// The clitics left out of an entity's first word: [`crate::Lexicon::split`], with two
    /// exceptions for names, whose words the news corpus often lacks or shares with common
    /// words. A word that is itself a listed name, or the first word of one, stays whole
    /// (`وجدي`, `فيصل`, `وادي مجردة`: `يصل` "arrives" and `ادي`, the folded `أدى`, are more
    /// frequent than the names), unless the rest is a listed name itself, alone or with the
    /// mention's other words (`بروسيا` is Prussia or the start of `بروسيا دورتموند`, but
    /// mostly `ب` + `روسيا`; `لبني خلاد` is `ل` + the town `بني خلاد`, not `لبنى`). And a
    /// `ف` is a clitic only before the article or a listed name (`فالجزيرة`, `فتونس`): far
    /// more names begin with `ف` than follow a `ف` clitic (`فرانسو هولاند`, `فيردر بريمن`,
    /// which lost their `ف` before). Offsets only: the model's features keep the plain split,
    /// as the shipped model was trained with it.
    fn entity_split(&self, word: &str, rest: &[Token<'_>]) -> crate::lexicon::Split {
        let split = self.lexicon.split(word);
        if split.clitic_chars == 0 {
            return split;
        }
        let whole = crate::lexicon::Split {
            clitic_chars: 0,
            elided_alef: false,
        };
        // Whether a folded word is a listed name, or the first word of one.
        let listed = |folded: &str, or_first: bool| {
            let (mask, prefix) = self.lexicon.gazetteer_step(folded, false);
            mask != 0 || (or_first && prefix)
        };
        // The mention's words after `first`, folded, each after a space.
        let tail: String = rest.iter().map(|t| format!(" {}", fold(t.text))).collect();
        let folded = fold(word);
        let stem = fold(&word.chars().skip(split.clitic_chars).collect::<String>());
        let stem_listed = listed(&stem, false) || listed(&format!("{stem}{tail}"), false);
        if (listed(&folded, true) || listed(&format!("{folded}{tail}"), false)) && !stem_listed {
            return whole;
        }
        if folded.starts_with('ف') && !(split.elided_alef || stem.starts_with("ال") || stem_listed)
        {
            return whole;
        }
        split
    }

    fn entity(&self, text: &str, tokens: &[Token<'_>], span: &TokenSpan) -> Option<Entity> {
        let first = &tokens[span.start];
        let last = &tokens[span.end - 1];
        let split = self.entity_split(first.text, &tokens[span.start + 1..span.end]);
        let skip_bytes: usize = first
            .text
            .chars()
            .take(split.clitic_chars)
            .map(char::len_utf8)
            .sum();
        let surface = text.get(first.byte_start + skip_bytes..last.byte_end)?;
        if surface.is_empty() {
            return None;
        }
        let surface = if split.elided_alef {
            format!("ا{surface}")
        } else {
            surface.to_string()
        };
        Some(Entity {
            canonical: collapse_whitespace(&surface),
            text: surface,
            label: span.label,
            start: first.start + split.clitic_chars,
            end: last.end,
        })
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
        canon.push(collapse_whitespace(&entities[best].text));
    }
    for (e, c) in entities.iter_mut().zip(canon) {
        e.canonical = c;
    }
}

/// `text` with each run of whitespace (a line break of hard-wrapped text, say) as one space.
fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn contains_run(hay: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

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
            ent("رمزي\nعز الدين  رمزي", EntityLabel::Pers),
            ent("رمزي", EntityLabel::Pers),
        ];
        link_canonical(&mut v);
        assert_eq!(v[0].canonical, "سيرغي لافروف");
        assert_eq!(v[2].canonical, "ستيفان دي ميستورا");
        assert_eq!(v[3].canonical, "ستيفان دي ميستورا");
        assert_eq!(v[4].canonical, "ميستورا");
        assert_eq!(v[5].canonical, "روف");
        // A name broken over two lines of wrapped text links under one spelling.
        assert_eq!(v[6].canonical, "رمزي عز الدين رمزي");
        assert_eq!(v[7].canonical, "رمزي عز الدين رمزي");
    }

    #[test]
    fn spread_surnames_take_in_the_particles_of_the_full_name() {
        let tagger = Tagger::embedded();
        let tokens = [
            "ستيفان",
            "دي",
            "ميستورا",
            "قال",
            "إن",
            "دي",
            "ميستورا",
            "وصل",
        ];
        let pers = |start, end| TokenSpan {
            start,
            end,
            label: EntityLabel::Pers,
        };
        // The tagger found only the full name; the consistency pass spreads its surname and
        // the repair gives the spread mention the particle before it.
        let mut found = vec![pers(0, 3)];
        tagger.propagate(&tokens, &mut found);
        assert_eq!(found, [pers(0, 3), pers(5, 7)]);
        // A word that differs from the full name's stops the repair.
        let mut found = vec![pers(0, 3)];
        tagger.propagate(
            &["ستيفان", "دي", "ميستورا", "قال", "فان", "ميستورا"],
            &mut found,
        );
        assert_eq!(found, [pers(0, 3), pers(5, 6)]);
    }

    #[test]
    fn entity_offsets_keep_names_that_begin_like_clitics() {
        let tagger = Tagger::embedded();
        let cut = |word: &str, rest: &str| {
            let tokens = khabar_text::tokenize(rest);
            tagger.entity_split(word, &tokens).clitic_chars
        };
        // Listed names, or the first word of one, stay whole; so do unknown words after `ف`.
        assert_eq!(cut("وجدي", ""), 0);
        assert_eq!(cut("فيصل", ""), 0);
        assert_eq!(cut("وادي", "مجردة"), 0);
        assert_eq!(cut("فرانسو", "هولاند"), 0);
        assert_eq!(cut("فيردر", "بريمن"), 0);
        // Clitics before a known word, the article or a listed name go.
        assert_eq!(cut("ودمشق", ""), 1);
        assert_eq!(cut("فتونس", ""), 1);
        assert_eq!(cut("فالجزيرة", ""), 1);
        assert_eq!(cut("بروسيا", ""), 1);
        assert_eq!(cut("لبني", "خلاد"), 1);
    }
}
