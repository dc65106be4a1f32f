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

    /// Parses `O`, `B-PERS`, `I-LOC`, … Other corpora's spellings of the same tags are
    /// read too: `PER`/`PERSON` for `PERS`, `LOCATION` and `GPE` for `LOC`, `ORGANIZATION`
    /// for `ORG`, and the BIOES/BILOU prefixes (`S-`/`U-` begin a name, `E-`/`L-` continue
    /// one), so a gold file in those schemes scores as its IOB2 equivalent.
    pub fn parse(s: &str) -> Option<Tag> {
        if s == "O" {
            return Some(Tag::O);
        }
        let (bi, lab) = s.split_at_checked(2)?;
        let label = match lab {
            "PERS" | "PER" | "PERSON" => EntityLabel::Pers,
            "LOC" | "LOCATION" | "GPE" => EntityLabel::Loc,
            "ORG" | "ORGANIZATION" => EntityLabel::Org,
            "MISC" => EntityLabel::Misc,
            _ => return None,
        };
        match bi {
            "B-" | "S-" | "U-" => Some(Tag::begin(label)),
            "I-" | "E-" | "L-" => Some(Tag::inside(label)),
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

/// Tags tokens `span` as one mention labelled `label`: `B-` on the first, `I-` on the rest.
pub(crate) fn mark(tags: &mut [Tag], span: std::ops::Range<usize>, label: EntityLabel) {
    if let Some((first, rest)) = tags[span].split_first_mut() {
        *first = Tag::begin(label);
        rest.fill(Tag::inside(label));
    }
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

/// Number of the models' internal states: `O` plus `B-`, `I-`, `L-` (last) and `U-` (unit,
/// a one-token name) for four labels (the BILOU scheme).
pub const NUM_STATES: usize = 17;

/// A model state (BILOU), stored as an index `0..NUM_STATES`: `0` is `O`, `1 + 4k + j` is
/// `B-`, `I-`, `L-`, `U-` (j = 0, 1, 2, 3) of `LABELS[k]`. The models score states; the
/// tagger's output is IOB2 ([`Tag`]): [`to_tags`] and [`to_states`] convert.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct State(pub u8);

impl State {
    /// The outside state.
    pub const O: State = State(0);

    /// Index `0..NUM_STATES`.
    pub fn index(self) -> usize {
        self.0 as usize
    }

    /// 0 `B`, 1 `I`, 2 `L`, 3 `U`; `None` for `O`.
    fn part(self) -> Option<u8> {
        (self.0 != 0).then(|| (self.0 - 1) % 4)
    }

    /// The label index `0..4`; `None` for `O`.
    fn label_index(self) -> Option<u8> {
        (self.0 != 0).then(|| (self.0 - 1) / 4)
    }

    /// Whether an entity is open after this state (`B-` or `I-`).
    fn open(self) -> bool {
        matches!(self.part(), Some(0 | 1))
    }

    /// Whether `self` may follow `prev` (`None` = sentence start): after `B-X`/`I-X` only
    /// `I-X`/`L-X`; otherwise only `O`, `B-`, `U-`.
    pub fn may_follow(self, prev: Option<State>) -> bool {
        match prev {
            Some(p) if p.open() => {
                matches!(self.part(), Some(1 | 2)) && self.label_index() == p.label_index()
            }
            _ => !matches!(self.part(), Some(1 | 2)),
        }
    }

    /// [`State::may_follow`] by index (`0..NUM_STATES`), as the decoders' score tables are
    /// indexed.
    pub(crate) fn may_follow_index(prev: Option<usize>, t: usize) -> bool {
        State(t as u8).may_follow(prev.map(|p| State(p as u8)))
    }

    /// Whether a sentence may end in this state (`O`, `L-`, `U-`).
    pub fn may_end(self) -> bool {
        !self.open()
    }

    /// The IOB2 tag of this state (`B-`, `U-` → `B-`; `I-`, `L-` → `I-`).
    pub fn tag(self) -> Tag {
        match (self.label_index(), self.part()) {
            (Some(k), Some(0 | 3)) => Tag(1 + 2 * k),
            (Some(k), _) => Tag(2 + 2 * k),
            _ => Tag::O,
        }
    }
}

/// The BILOU states of an IOB2 tag sequence (entity spans as [`spans`] reads them).
pub fn to_states(tags: &[Tag]) -> Vec<State> {
    let mut out = vec![State::O; tags.len()];
    for sp in spans(tags) {
        let k = label_index(sp.label) as u8;
        if sp.end - sp.start == 1 {
            out[sp.start] = State(4 + 4 * k);
        } else {
            out[sp.start] = State(1 + 4 * k);
            for s in &mut out[sp.start + 1..sp.end - 1] {
                *s = State(2 + 4 * k);
            }
            out[sp.end - 1] = State(3 + 4 * k);
        }
    }
    out
}

/// The IOB2 tags of a state sequence ([`State::tag`]).
pub fn to_tags(states: &[State]) -> Vec<Tag> {
    states.iter().map(|s| s.tag()).collect()
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
        assert_eq!(Tag::parse("X-PERS"), None);
        // Other corpora's spellings read as the same IOB2 tags.
        for (other, ours) in [
            ("B-PER", "B-PERS"),
            ("I-PERSON", "I-PERS"),
            ("B-GPE", "B-LOC"),
            ("I-LOCATION", "I-LOC"),
            ("B-ORGANIZATION", "B-ORG"),
            ("S-MISC", "B-MISC"),
            ("U-LOC", "B-LOC"),
            ("E-ORG", "I-ORG"),
            ("L-PERS", "I-PERS"),
        ] {
            assert_eq!(Tag::parse(other), Tag::parse(ours), "{other}");
        }
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

    #[test]
    fn states_round_trip_and_follow_bilou() {
        let t = |s: &str| Tag::parse(s).unwrap();
        let tags = [
            t("B-PERS"),
            t("I-PERS"),
            t("I-PERS"),
            t("O"),
            t("B-LOC"),
            t("B-LOC"),
            t("I-ORG"),
        ];
        let st = to_states(&tags);
        // B I L O U U U (the stray I-ORG starts an entity, as in `spans`)
        assert_eq!(
            st.iter().map(|s| s.0).collect::<Vec<_>>(),
            [1, 2, 3, 0, 8, 8, 12]
        );
        let mut fixed = tags.to_vec();
        fixed[6] = t("B-ORG");
        assert_eq!(to_tags(&st), fixed);
        let mut prev = None;
        for &s in &st {
            assert!(s.may_follow(prev), "{s:?} after {prev:?}");
            prev = Some(s);
        }
        assert!(prev.is_some_and(|p| p.may_end()));
        assert!(!State(2).may_follow(None) && !State(3).may_follow(Some(State(0))));
        assert!(!State(1).may_follow(Some(State(1))) && !State(1).may_end());
        assert!(!State(7).may_follow(Some(State(1))), "L-LOC after B-PERS");
    }
}
