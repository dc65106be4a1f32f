//! The IOB2 tag set of ANERcorp and entity spans.

use khabar_article::EntityLabel;

/// Number of tags: `O` plus `B-`/`I-` for four labels.
pub const NUM_TAGS: usize = 9;

/// The entity labels in tag order.
pub const LABELS: [EntityLabel; 4] = [
    EntityLabel::Pers,
    EntityLabel::Loc,
    EntityLabel::Org,
    EntityLabel::Misc,
];

/// An IOB2 tag, stored as an index `0..NUM_TAGS`: `0` is `O`, `1 + 2k` is `B-` of `LABELS[k]`,
/// `2 + 2k` is `I-` of `LABELS[k]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Tag(pub u8);

impl Tag {
    /// The outside tag.
    pub const O: Tag = Tag(0);

    /// `B-label`.
    pub fn begin(label: EntityLabel) -> Tag {
        Tag(1 + 2 * label_index(label) as u8)
    }

    /// `I-label`.
    pub fn inside(label: EntityLabel) -> Tag {
        Tag(2 + 2 * label_index(label) as u8)
    }

    /// The label, if not `O`.
    pub fn label(self) -> Option<EntityLabel> {
        if self.0 == 0 {
            None
        } else {
            Some(LABELS[((self.0 - 1) / 2) as usize])
        }
    }

    /// Whether this is a `B-` tag.
    pub fn is_begin(self) -> bool {
        self.0 != 0 && self.0 % 2 == 1
    }

    /// Whether this is an `I-` tag.
    pub fn is_inside(self) -> bool {
        self.0 != 0 && self.0 % 2 == 0
    }

    /// Index `0..NUM_TAGS`.
    pub fn index(self) -> usize {
        self.0 as usize
    }

    /// Parses `O`, `B-PERS`, `I-LOC`, … (also accepts `PER` for `PERS`).
    pub fn parse(s: &str) -> Option<Tag> {
        if s == "O" {
            return Some(Tag::O);
        }
        let (bi, lab) = s.split_at_checked(2)?;
        let label = match lab {
            "PERS" | "PER" => EntityLabel::Pers,
            "LOC" => EntityLabel::Loc,
            "ORG" => EntityLabel::Org,
            "MISC" => EntityLabel::Misc,
            _ => return None,
        };
        match bi {
            "B-" => Some(Tag::begin(label)),
            "I-" => Some(Tag::inside(label)),
            _ => None,
        }
    }

    /// The tag's name (`O`, `B-PERS`, …).
    pub fn as_str(self) -> &'static str {
        const NAMES: [&str; NUM_TAGS] = [
            "O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC",
        ];
        NAMES[self.index()]
    }

    /// Whether `self` may follow `prev` in IOB2 (`None` = sentence start): `I-X` only after
    /// `B-X` or `I-X`.
    pub fn may_follow(self, prev: Option<Tag>) -> bool {
        if !self.is_inside() {
            return true;
        }
        match prev {
            Some(p) => p.label() == self.label(),
            None => false,
        }
    }
}

fn label_index(label: EntityLabel) -> usize {
    match label {
        EntityLabel::Pers => 0,
        EntityLabel::Loc => 1,
        EntityLabel::Org => 2,
        EntityLabel::Misc => 3,
    }
}

/// A labelled span of token indices `[start, end)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TokenSpan {
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Label.
    pub label: EntityLabel,
}

/// Entity spans of an IOB2 tag sequence, conlleval-style: an `I-X` that does not continue an
/// `X` entity starts a new one.
pub fn spans(tags: &[Tag]) -> Vec<TokenSpan> {
    let mut out = Vec::new();
    let mut cur: Option<TokenSpan> = None;
    for (i, t) in tags.iter().enumerate() {
        let label = t.label();
        let continues = t.is_inside() && cur.is_some_and(|c| Some(c.label) == label);
        if continues {
            if let Some(c) = cur.as_mut() {
                c.end = i + 1;
            }
            continue;
        }
        if let Some(c) = cur.take() {
            out.push(c);
        }
        if let Some(label) = label {
            cur = Some(TokenSpan {
                start: i,
                end: i + 1,
                label,
            });
        }
    }
    out.extend(cur);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_names() {
        for i in 0..NUM_TAGS as u8 {
            let t = Tag(i);
            assert_eq!(Tag::parse(t.as_str()), Some(t));
        }
        assert_eq!(Tag::parse("B-FOO"), None);
    }

    #[test]
    fn spans_follow_conlleval() {
        let t = |s: &str| Tag::parse(s).unwrap();
        let tags = [
            t("B-PERS"),
            t("I-PERS"),
            t("O"),
            t("I-LOC"),
            t("B-LOC"),
            t("I-ORG"),
        ];
        let s = spans(&tags);
        assert_eq!(s.len(), 4);
        assert_eq!((s[0].start, s[0].end), (0, 2));
        assert_eq!((s[1].start, s[1].end, s[1].label), (3, 4, EntityLabel::Loc));
        assert_eq!((s[3].start, s[3].label), (5, EntityLabel::Org));
    }
}
