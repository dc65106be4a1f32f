//! Main-content extraction: furniture removal, text blocks, container choice, block filters.
//!
//! 1. **Prune** subtrees that never hold body text: by tag (`nav`, `aside`, `footer`,
//!    `form`, `figure`, `amp-*` …), by ARIA role, by `hidden`/`display:none`, and by class/id
//!    hints ([`crate::hints`]). A hinted element is kept anyway when it holds an element hinted
//!    as an article body, or more than half of the page's long text (wrappers like ASP.NET's
//!    page-wide `<form>` or WordPress's `tag-…` classes on the article itself).
//! 2. **Linearize** what is left into text blocks, split at block-level elements and `<br>`,
//!    each with its link density, word count and owner element.
//! 3. **Choose the container**: each block gets a weight (+characters for sentence-like text
//!    with few links, −characters for link lists and teasers, a small penalty for short
//!    fragments); weights add up the tree, and the element with the highest total wins. This
//!    finds the tightest element holding all body paragraphs while excluding link-heavy
//!    sidebars, without template-specific rules.
//! 4. **Filter blocks** inside it: headings, the title, link-heavy lines, read-also teasers and
//!    the link list after them, captions and photo credits, share bars, tag lines, comment
//!    prompts, copyright, bylines and date lines.

use crate::boilerplate::{is_credit_line, is_furniture_line, starts_read_also};
use crate::dom::{Dom, NodeData, NodeId};
use crate::hints::{
    classify, is_comment_section_id, is_furniture_role, is_furniture_tag, is_other_articles_hint,
    Hint,
};
use crate::textutil::{collapse_ws, ends_like_sentence, fold, has_sentence_punct, is_space};
use crate::{dates, textutil};

/// One run of text between block boundaries.
#[derive(Debug, Clone)]
pub(crate) struct Block {
    /// Whitespace-collapsed text.
    pub text: String,
    /// Non-space characters.
    pub chars: usize,
    /// Non-space characters inside links.
    pub link_chars: usize,
    /// Words.
    pub words: usize,
    /// Nearest block-level element holding the text.
    pub owner: NodeId,
    /// Heading level (1–6) if any text of the block is inside a heading, else 0.
    pub heading: u8,
    /// Some text of the block is inside a list item.
    pub in_li: bool,
    /// A line about the article rather than of it, however long: a short line with a date and
    /// no sentence end (`بواسطة زائر في الثلاثاء 01 نوفمبر 2016 - 18:22`), or fields joined by
    /// two or more ` | ` (`"…" | دخول/تسجيل | 3 تعليقات`).
    pub meta_line: bool,
}

impl Block {
    fn link_density(&self) -> f32 {
        if self.chars == 0 {
            0.0
        } else {
            self.link_chars as f32 / self.chars as f32
        }
    }
}

fn is_block_tag(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "body"
            | "center"
            | "dd"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "html"
            | "li"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "thead"
            | "tfoot"
            | "tr"
            | "td"
            | "th"
            | "ul"
            | "caption"
            | "title"
            | "option"
    ) || tag.starts_with("amp-")
}

/// Per-node facts computed bottom-up once.
struct Facts {
    /// Characters of long text nodes (≥ 40 non-space chars) in the subtree.
    mass: Vec<u32>,
    /// Subtree holds an element hinted as an article body.
    has_positive: Vec<bool>,
    /// Images in the subtree.
    imgs: Vec<u32>,
    /// Class/id hint of each element.
    hint: Vec<Hint>,
}

fn attr_hint<'a>(
    dom: &'a Dom,
    id: NodeId,
    cache: &mut std::collections::HashMap<&'a str, Hint>,
) -> Hint {
    let mut hint = Hint::Neutral;
    for name in ["class", "id"] {
        if let Some(v) = dom.attr(id, name) {
            // Menus and lists repeat the same class strings: classify each distinct one once.
            let h = *cache.entry(v).or_insert_with(|| classify(v));
            match h {
                Hint::Positive => return Hint::Positive,
                Hint::Negative => hint = Hint::Negative,
                Hint::Neutral => {}
            }
        }
    }
    if dom
        .attr(id, "itemprop")
        .is_some_and(|v| v.eq_ignore_ascii_case("articleBody"))
    {
        return Hint::Positive;
    }
    hint
}

fn facts(dom: &Dom) -> Facts {
    let n = dom.nodes.len();
    let mut mass = vec![0u32; n];
    let mut has_positive = vec![false; n];
    let mut imgs = vec![0u32; n];
    let mut hint = vec![Hint::Neutral; n];
    let mut cache = std::collections::HashMap::new();
    for i in (1..n).rev() {
        match &dom.nodes[i].data {
            NodeData::Text(t) => {
                let c = t.chars().filter(|c| !is_space(*c)).count();
                if c >= 40 {
                    mass[i] = c as u32;
                }
            }
            NodeData::Element { tag, .. } => {
                if matches!(&**tag, "script" | "style" | "title" | "textarea") {
                    mass[i] = 0;
                    continue;
                }
                if &**tag == "img" {
                    imgs[i] += 1;
                }
                hint[i] = attr_hint(dom, i as NodeId, &mut cache);
                if hint[i] == Hint::Positive {
                    has_positive[i] = true;
                }
            }
            NodeData::Root => {}
        }
        let p = dom.nodes[i].parent as usize;
        mass[p] += mass[i];
        has_positive[p] |= has_positive[i];
        imgs[p] += imgs[i];
    }
    Facts {
        mass,
        has_positive,
        imgs,
        hint,
    }
}

fn is_hidden(dom: &Dom, id: NodeId) -> bool {
    if dom.attr(id, "hidden").is_some() {
        return true;
    }
    if dom
        .attr(id, "aria-hidden")
        .is_some_and(|v| v.eq_ignore_ascii_case("true"))
    {
        return true;
    }
    if let Some(style) = dom.attr(id, "style") {
        let s: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    false
}

/// Marks the nodes to drop (step 1).
fn prune(dom: &Dom, f: &Facts) -> Vec<bool> {
    let n = dom.nodes.len();
    let total_mass = f.mass[0].max(1) as f32;
    let mut removed = vec![false; n];
    for i in 1..n {
        let p = dom.nodes[i].parent as usize;
        if removed[p] {
            removed[i] = true;
            continue;
        }
        let NodeData::Element { tag, .. } = &dom.nodes[i].data else {
            continue;
        };
        let id = i as NodeId;
        let tag = &**tag;
        if matches!(tag, "html" | "body") {
            continue;
        }
        // Holding most of the page's text protects a hinted element (ASP.NET's page-wide form),
        // but not a comment section named by its id (`id="comments"`): readers can write more
        // than a short article.
        let holds_most = f.mass[i] as f32 > 0.5 * total_mass
            && f.mass[i] > 0
            && !dom.attr(id, "id").is_some_and(is_comment_section_id);
        // An article-body descendant protects an element, unless the element names other
        // articles (a teaser list whose cards carry `field--name-body` excerpts).
        let other_articles = ["class", "id"]
            .iter()
            .any(|a| dom.attr(id, a).is_some_and(is_other_articles_hint));
        let protected = (f.has_positive[i] && !other_articles) || holds_most;
        // Raw text containers and hidden elements go unconditionally.
        if matches!(
            tag,
            "script" | "style" | "noscript" | "template" | "svg" | "math" | "head" | "title"
        ) || is_hidden(dom, id)
        {
            removed[i] = true;
            continue;
        }
        if is_furniture_tag(tag) && !protected {
            removed[i] = true;
            continue;
        }
        if dom.attr(id, "role").is_some_and(is_furniture_role) && !protected {
            removed[i] = true;
            continue;
        }
        if let Some(t) = dom.attr(id, "itemtype") {
            if [
                "Comment",
                "WPSideBar",
                "WPFooter",
                "WPHeader",
                "SiteNavigationElement",
            ]
            .iter()
            .any(|k| t.contains(k))
                && !protected
            {
                removed[i] = true;
                continue;
            }
        }
        if matches!(tag, "main" | "article") {
            continue;
        }
        if f.hint[i] == Hint::Negative && !protected && !is_modified_list_item(dom, f, id) {
            removed[i] = true;
        }
    }
    removed
}

/// Whether a text node's lines are paragraphs. Text laid out by CSS `white-space: pre-line` (a
/// CMS that stores plain text) has a paragraph per line, some of them long; HTML source wrapped
/// by an editor has lines of under about 120 characters, whose breaks are spaces. So: three or
/// more lines, one of them over 150 characters.
fn lines_are_paragraphs(t: &str) -> bool {
    if !t.contains('\n') {
        return false;
    }
    let mut lines = 0;
    let mut long = false;
    for line in t.split('\n').map(str::trim).filter(|l| !l.is_empty()) {
        lines += 1;
        long = long || (line.len() > 150 && line.chars().count() > 150);
    }
    lines >= 3 && long
}

/// The block being built while linearizing.
struct State {
    buf: String,
    chars: usize,
    link_chars: usize,
    heading: u8,
    in_li: bool,
}

/// Appends a piece of text to the block being built.
fn push_text(st: &mut State, piece: &str, in_link: bool, heading: Option<u8>, in_li: bool) {
    let c = piece.chars().filter(|c| !is_space(*c)).count();
    st.buf.push_str(piece);
    st.chars += c;
    if in_link {
        st.link_chars += c;
    }
    if let Some(h) = heading {
        st.heading = if st.heading == 0 {
            h
        } else {
            st.heading.min(h)
        };
    }
    if in_li {
        st.in_li = true;
    }
}

/// Whether a furniture-hinted element is one item of a list of like items that a BEM modifier
/// set apart: `<div class="update update--breaking">` among `<div class="update">` siblings
/// (a live blog's breaking update). The modifier says how the item looks, not what it is, so
/// the item stays when a sibling of the same tag carries the base class without a furniture
/// hint.
fn is_modified_list_item(dom: &Dom, f: &Facts, id: NodeId) -> bool {
    let Some(class) = dom.attr(id, "class") else {
        return false;
    };
    let tokens: Vec<&str> = class.split_ascii_whitespace().collect();
    let bases: Vec<&str> = tokens
        .iter()
        .filter_map(|t| t.split_once("--").map(|(base, _)| base))
        .filter(|base| !base.is_empty() && tokens.contains(base))
        .collect();
    if bases.is_empty() {
        return false;
    }
    let tag = dom.tag(id);
    let parent = dom.nodes[id as usize].parent;
    dom.nodes[parent as usize].children.iter().any(|&s| {
        s != id
            && dom.tag(s) == tag
            && f.hint[s as usize] != Hint::Negative
            && dom
                .attr(s, "class")
                .is_some_and(|c| c.split_ascii_whitespace().any(|t| bases.contains(&t)))
    })
}

/// Splits the kept part of the tree into text blocks (step 2), iteratively.
fn linearize(dom: &Dom, removed: &[bool]) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut st = State {
        buf: String::new(),
        chars: 0,
        link_chars: 0,
        heading: 0,
        in_li: false,
    };
    let mut owners: Vec<NodeId> = vec![0];
    let mut link_depth = 0usize;
    let mut heading_stack: Vec<u8> = Vec::new();
    let mut li_depth = 0usize;

    let flush = |st: &mut State, owner: NodeId, blocks: &mut Vec<Block>| {
        if st.chars > 0 {
            let text = collapse_ws(&st.buf);
            let words = textutil::word_count(&text);
            let meta_line = text.matches(" | ").count() >= 2
                || (words <= 15
                    && !ends_like_sentence(&text)
                    && dates::parse_text_date(&text).is_some());
            blocks.push(Block {
                text,
                chars: st.chars,
                link_chars: st.link_chars,
                words,
                owner,
                heading: st.heading,
                in_li: st.in_li,
                meta_line,
            });
        }
        st.buf.clear();
        st.chars = 0;
        st.link_chars = 0;
        st.heading = 0;
        st.in_li = false;
    };

    let mut stack: Vec<(NodeId, bool)> = vec![(0, false)];
    while let Some((id, exiting)) = stack.pop() {
        let node = &dom.nodes[id as usize];
        match &node.data {
            NodeData::Root => {
                stack.extend(node.children.iter().rev().map(|&c| (c, false)));
            }
            NodeData::Text(t) => {
                if removed[id as usize] {
                    continue;
                }
                if t.chars().all(is_space) {
                    if !st.buf.is_empty() {
                        st.buf.push(' ');
                    }
                    continue;
                }
                let (in_link, heading, in_li) =
                    (link_depth > 0, heading_stack.last().copied(), li_depth > 0);
                if lines_are_paragraphs(t) {
                    let owner = *owners.last().unwrap_or(&0);
                    let lines = t.split('\n').map(str::trim).filter(|l| !l.is_empty());
                    for (k, line) in lines.enumerate() {
                        if k > 0 {
                            flush(&mut st, owner, &mut blocks);
                        }
                        push_text(&mut st, line, in_link, heading, in_li);
                    }
                } else {
                    push_text(&mut st, t, in_link, heading, in_li);
                }
            }
            NodeData::Element { tag, .. } => {
                let tag = &**tag;
                if removed[id as usize] {
                    // A removed element still separates the text around it.
                    if is_block_tag(tag) || tag == "br" {
                        flush(&mut st, *owners.last().unwrap_or(&0), &mut blocks);
                    }
                    continue;
                }
                let block = is_block_tag(tag);
                let heading = match tag {
                    "h1" => 1,
                    "h2" => 2,
                    "h3" => 3,
                    "h4" => 4,
                    "h5" => 5,
                    "h6" => 6,
                    _ => 0,
                };
                if !exiting {
                    if tag == "br" || tag == "hr" {
                        flush(&mut st, *owners.last().unwrap_or(&0), &mut blocks);
                        continue;
                    }
                    if tag == "img" {
                        continue;
                    }
                    if block {
                        flush(&mut st, *owners.last().unwrap_or(&0), &mut blocks);
                        owners.push(id);
                    }
                    if tag == "a" {
                        link_depth += 1;
                    }
                    if heading > 0 {
                        heading_stack.push(heading);
                    }
                    if tag == "li" {
                        li_depth += 1;
                    }
                    stack.push((id, true));
                    stack.extend(node.children.iter().rev().map(|&c| (c, false)));
                } else {
                    if tag == "a" {
                        link_depth = link_depth.saturating_sub(1);
                    }
                    if block {
                        flush(&mut st, *owners.last().unwrap_or(&0), &mut blocks);
                        owners.pop();
                    }
                    if heading > 0 {
                        heading_stack.pop();
                    }
                    if tag == "li" {
                        li_depth = li_depth.saturating_sub(1);
                    }
                }
            }
        }
    }
    flush(&mut st, *owners.last().unwrap_or(&0), &mut blocks);
    blocks
}

/// A truncated excerpt of another article (`… التي...`).
fn is_teaser(b: &Block) -> bool {
    // WordPress closes excerpts with `[…]` (`[&hellip;]`) or `[...]`.
    let t = b.text.trim_end().trim_end_matches(']').trim_end();
    (t.ends_with("...") || t.ends_with('…')) && b.words < 60
}

/// Sentence-like body text.
fn is_good(b: &Block) -> bool {
    b.heading == 0
        && !b.meta_line
        && b.words >= 10
        && b.link_density() < 0.3
        && (has_sentence_punct(&b.text) || b.words >= 20)
        && !is_teaser(b)
}

fn weight(b: &Block) -> f64 {
    let ld = b.link_density();
    if is_good(b) {
        b.chars as f64
    } else if ld >= 0.5 || (b.in_li && ld > 0.2) || is_teaser(b) {
        -(b.chars as f64)
    } else {
        -((b.chars as f64) / 2.0).min(40.0)
    }
}

/// Chooses the container (step 3): the element with the highest total block weight.
fn choose_container(dom: &Dom, blocks: &[Block], removed: &[bool]) -> Option<NodeId> {
    let n = dom.nodes.len();
    let mut w = vec![0f64; n];
    let mut good = vec![0u32; n];
    for b in blocks {
        w[b.owner as usize] += weight(b);
        if is_good(b) {
            good[b.owner as usize] += 1;
        }
    }
    for i in (1..n).rev() {
        let p = dom.nodes[i].parent as usize;
        w[p] += w[i];
        good[p] += good[i];
    }
    let mut best: Option<(NodeId, f64)> = None;
    for i in 1..n {
        if removed[i] || good[i] == 0 || !matches!(dom.nodes[i].data, NodeData::Element { .. }) {
            continue;
        }
        if best.is_none_or(|(_, bw)| w[i] >= bw) {
            best = Some((i as NodeId, w[i]));
        }
    }
    best.map(|(id, _)| id)
}

/// Options for block filtering that come from page metadata.
pub(crate) struct FilterContext<'a> {
    /// Folded article title, to drop its repetitions.
    pub title_folded: Option<&'a str>,
}

/// Extracts the body paragraphs of a parsed page.
pub(crate) fn extract_paragraphs(dom: &Dom, ctx: &FilterContext<'_>) -> Vec<String> {
    let f = facts(dom);
    let removed = prune(dom, &f);
    let blocks = linearize(dom, &removed);
    let Some(container) = choose_container(dom, &blocks, &removed) else {
        return Vec::new();
    };
    let container = first_of_stacked_articles(dom, &blocks, &removed, container, ctx.title_folded)
        .unwrap_or(container);
    // A single paragraph won because the furniture around a short story weighs more than its
    // other paragraphs: the story is the paragraph's parent, and the block filters sort it.
    let container = if dom.tag(container) == "p" {
        dom.nodes[container as usize].parent
    } else {
        container
    };
    let n = dom.nodes.len();
    let inside = subtree(dom, container);
    // Which child of the container holds each block (the container itself for its own text).
    let mut child_of = vec![u32::MAX; n];
    child_of[container as usize] = container;
    for i in (container as usize + 1)..n {
        if inside[i] {
            let p = dom.nodes[i].parent;
            child_of[i] = if p == container {
                i as NodeId
            } else {
                child_of[p as usize]
            };
        }
    }
    let chosen: Vec<&Block> = blocks.iter().filter(|b| inside[b.owner as usize]).collect();
    let excluded = teaser_children(&chosen, |b| child_of[b.owner as usize], container);
    let chosen: Vec<&Block> = chosen
        .into_iter()
        .filter(|b| !excluded.contains(&child_of[b.owner as usize]))
        .collect();
    let arabic_title = ctx.title_folded.is_some_and(|t| {
        let (ar, all) = letters(t);
        all > 0 && ar * 2 > all
    });
    let chosen = drop_other_script(chosen, arabic_title);
    filter_blocks(dom, &f, &chosen, ctx)
}

/// Which nodes lie in the subtree of `root` (itself included): parents come before children in
/// the arena, so one forward pass from `root` decides.
fn subtree(dom: &Dom, root: NodeId) -> Vec<bool> {
    let n = dom.nodes.len();
    let mut inside = vec![false; n];
    inside[root as usize] = true;
    for i in (root as usize + 1)..n {
        inside[i] = inside[dom.nodes[i].parent as usize];
    }
    inside
}

/// Letters of `text`: (Arabic, all). The Arabic block and ASCII are decided without
/// `char::is_alphabetic`, whose table search outside ASCII is slow.
fn letters(text: &str) -> (usize, usize) {
    let (mut ar, mut all) = (0, 0);
    for c in text.chars() {
        if ('\u{600}'..='\u{6ff}').contains(&c) {
            let letter =
                ('\u{621}'..='\u{64a}').contains(&c) || ('\u{671}'..='\u{6d3}').contains(&c);
            ar += usize::from(letter);
            all += usize::from(letter);
        } else if c.is_ascii() {
            all += usize::from(c.is_ascii_alphabetic());
        } else if c.is_alphabetic() {
            all += 1;
        }
    }
    (ar, all)
}

/// In an Arabic article, drops paragraphs in another script: a bilingual page's English column
/// or a translation under each paragraph. The article is Arabic when its title is, or when its
/// sentence-like text is mostly (70 %) Arabic; only blocks of eight words or more with under a
/// tenth of Arabic letters go.
fn drop_other_script(blocks: Vec<&Block>, arabic_title: bool) -> Vec<&Block> {
    let (ar, all) = blocks
        .iter()
        .filter(|b| is_good(b))
        .map(|b| letters(&b.text))
        .fold((0, 0), |(a, l), (x, y)| (a + x, l + y));
    if all == 0 || (!arabic_title && ar * 10 < all * 7) {
        return blocks;
    }
    blocks
        .into_iter()
        .filter(|b| {
            if b.words < 8 {
                return true;
            }
            let (ar, all) = letters(&b.text);
            all == 0 || ar * 10 >= all
        })
        .collect()
}

/// When the container holds two or more `<article>` elements that each have their own `<h1>` and
/// body text (an infinite-scroll page that appended the next story, same template), the one
/// whose `<h1>` is the page's title, else the first. Cards of related stories have smaller
/// headings and do not count.
fn first_of_stacked_articles(
    dom: &Dom,
    blocks: &[Block],
    removed: &[bool],
    container: NodeId,
    title_folded: Option<&str>,
) -> Option<NodeId> {
    let n = dom.nodes.len();
    let inside = subtree(dom, container);
    // The `<article>` (outermost below the container) above each node, if any.
    let mut art: Vec<Option<NodeId>> = vec![None; n];
    let mut articles: Vec<NodeId> = Vec::new();
    let mut h1: std::collections::HashMap<NodeId, String> = std::collections::HashMap::new();
    for i in (container as usize + 1)..n {
        let p = dom.nodes[i].parent as usize;
        if !inside[i] {
            continue;
        }
        art[i] = art[p];
        let tag = dom.tag(i as NodeId);
        if art[i].is_none() && tag == "article" && !removed[i] {
            art[i] = Some(i as NodeId);
            articles.push(i as NodeId);
        }
        // The story's `<h1>` may sit in a pruned `<header>`: read it from the tree.
        if tag == "h1" {
            if let Some(a) = art[i] {
                h1.entry(a)
                    .or_insert_with(|| fold(&collapse_ws(&dom.text_of(i as NodeId))));
            }
        }
    }
    if articles.len() < 2 {
        return None;
    }
    let mut good: std::collections::HashMap<NodeId, usize> = std::collections::HashMap::new();
    for b in blocks {
        if let Some(a) = art[b.owner as usize] {
            if is_good(b) {
                *good.entry(a).or_default() += b.chars;
            }
        }
    }
    let stories: Vec<NodeId> = articles
        .into_iter()
        .filter(|a| h1.contains_key(a) && good.get(a).is_some_and(|&g| g >= 150))
        .collect();
    if stories.len() < 2 {
        return None;
    }
    let titled = title_folded.and_then(|t| stories.iter().find(|a| h1[a] == t));
    Some(*titled.unwrap_or(&stories[0]))
}

/// Children of the container that look like lists of other items (cards with a linked
/// heading and an excerpt, comments with a name line) rather than part of the body: they hold
/// sentence-like text, but less than the main child's, and every one of their sentence-like
/// blocks is introduced by a heading, a link-heavy line or a short name line.
fn teaser_children(
    blocks: &[&Block],
    child: impl Fn(&Block) -> NodeId,
    container: NodeId,
) -> Vec<NodeId> {
    let mut good: std::collections::HashMap<NodeId, usize> = std::collections::HashMap::new();
    let mut units: std::collections::HashMap<NodeId, (usize, usize)> =
        std::collections::HashMap::new();
    let mut prev: Option<&Block> = None;
    for b in blocks {
        let c = child(b);
        if is_good(b) {
            *good.entry(c).or_default() += b.chars;
            let introduced = prev.filter(|p| child(p) == c).is_some_and(|p| {
                p.heading > 0
                    || p.link_density() >= 0.5
                    || (p.words <= 3
                        && !has_sentence_punct(&p.text)
                        && p.text.chars().any(char::is_alphabetic))
            });
            let u = units.entry(c).or_default();
            u.0 += 1;
            u.1 += usize::from(introduced);
        }
        prev = Some(b);
    }
    let Some((&main, &main_good)) = good
        .iter()
        .filter(|(&c, _)| c != container)
        .max_by_key(|(_, &g)| g)
    else {
        return Vec::new();
    };
    good.iter()
        .filter(|(&c, &g)| {
            c != container
                && c != main
                && g < main_good
                && units
                    .get(&c)
                    .is_some_and(|&(all, introduced)| introduced == all)
        })
        .map(|(&c, _)| c)
        .collect()
}

/// Step 4: keeps body paragraphs among the container's blocks.
fn filter_blocks(dom: &Dom, f: &Facts, blocks: &[&Block], ctx: &FilterContext<'_>) -> Vec<String> {
    // Image descriptions (`alt`) of three words or more: a caption often repeats one.
    let alts: std::collections::HashSet<String> = dom
        .elements()
        .filter(|&(_, tag)| tag == "img")
        .filter_map(|(id, _)| dom.attr(id, "alt"))
        .filter(|a| textutil::word_count(a) >= 3)
        .map(|a| fold(&collapse_ws(a)))
        .collect();
    let mut keep: Vec<bool> = vec![false; blocks.len()];
    let mut in_teaser_box = false;
    for (i, b) in blocks.iter().enumerate() {
        let folded = fold(&b.text);
        let ld = b.link_density();
        // After a read-also lead-in, skip the list of links that follows it.
        if in_teaser_box {
            if ld >= 0.3 || b.words < 12 || b.in_li || b.heading > 0 {
                continue;
            }
            in_teaser_box = false;
        }
        let short_or_linky = b.words <= 8 || ld >= 0.3;
        if starts_read_also(&folded, !short_or_linky) {
            // A lead-in alone (`اقرأ أيضاً`) heads a box; one with its link inline is one line.
            if b.words <= 6 || ld < 0.3 {
                in_teaser_box = b.words <= 6;
            }
            if b.words < 40 || ld >= 0.3 {
                continue;
            }
        }
        if b.heading == 1 {
            continue;
        }
        if ctx
            .title_folded
            .is_some_and(|t| !t.is_empty() && folded == t)
        {
            continue;
        }
        if ld > 0.5 || (ld > 0.3 && b.words < 15) {
            continue;
        }
        if b.in_li && ld > 0.2 {
            continue;
        }
        if is_furniture_line(&b.text, b.words) || is_credit_line(&b.text, b.words) {
            continue;
        }
        // A caption that repeats an image's description.
        if b.words <= 30 && alts.contains(&folded) {
            continue;
        }
        // A caption: short text in a small element that holds a picture.
        let owner = b.owner as usize;
        if f.imgs[owner] > 0 && b.words < 30 && !ends_like_sentence(&b.text) {
            let owner_words = textutil::word_count(&dom.text_of(b.owner));
            if owner_words < 40 {
                continue;
            }
        }
        // Date lines and bylines.
        if b.words <= 12
            && !ends_like_sentence(&b.text)
            && dates::parse_text_date(&b.text).is_some()
        {
            continue;
        }
        if b.words <= 8 && is_byline(&folded) {
            continue;
        }
        if b.heading > 0 {
            // Keep a sub-heading only when sentence-like text follows it.
            let next_good = blocks[i + 1..].iter().take(2).any(|n| is_good(n));
            if !next_good || b.words > 20 || ld > 0.3 {
                continue;
            }
        }
        if b.words <= 2 && b.heading == 0 && !ends_like_sentence(&b.text) {
            continue;
        }
        if is_teaser(b) && (b.in_li || ld > 0.0) {
            continue;
        }
        keep[i] = true;
    }
    // Trim short fragments before the first and after the last sentence-like block.
    let first_good = blocks.iter().zip(&keep).position(|(b, &k)| k && is_good(b));
    let last_good = blocks
        .iter()
        .zip(&keep)
        .rposition(|(b, &k)| k && is_good(b));
    let mut out = Vec::new();
    for (i, b) in blocks.iter().enumerate() {
        if !keep[i] {
            continue;
        }
        let outside = match (first_good, last_good) {
            (Some(a), Some(z)) => i < a || i > z,
            _ => false,
        };
        // Before the body, fragments of up to 7 words (kickers, datelines); after it, of up to
        // 11 (signatures, a newsletter's postal address).
        let limit = if first_good.is_some_and(|a| i < a) {
            8
        } else {
            12
        };
        if outside && b.words < limit && !ends_like_sentence(&b.text) {
            continue;
        }
        out.push(b.text.clone());
    }
    dedupe(out)
}

/// Drops a paragraph repeated later (a summary or lead that duplicates the body's first
/// paragraph, possibly cut short with `...`), keeping the later copy, and a short paragraph
/// that a longer one holds whole (a pull quote). Linear time: exact
/// repeats are found by hashing, shortened ones only among the next few paragraphs.
fn dedupe(paragraphs: Vec<String>) -> Vec<String> {
    let folded: Vec<String> = paragraphs.iter().map(|p| fold(p)).collect();
    let mut last: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for (i, f) in folded.iter().enumerate() {
        last.insert(f.as_str(), i);
    }
    let mut out = Vec::with_capacity(paragraphs.len());
    for (i, p) in paragraphs.into_iter().enumerate() {
        let f = folded[i].as_str();
        let repeated = f.len() >= 30
            && (last.get(f).is_some_and(|&j| j > i)
                || folded[i + 1..]
                    .iter()
                    .take(3)
                    .any(|g| g.len() > f.len() && g.starts_with(f))
                // A pull quote: a short line that another paragraph holds whole.
                || (textutil::word_count(f) <= 40
                    && folded
                        .iter()
                        .take(400)
                        .any(|g| g.len() > f.len() + 20 && g.contains(f))));
        if !repeated {
            out.push(p);
        }
    }
    out
}

fn is_byline(folded: &str) -> bool {
    [
        "بواسطه",
        "بقلم",
        "كتب",
        "كتبت",
        "اعداد",
        "تحرير",
        "by",
        "المحرر",
        "مراسل",
    ]
    .iter()
    .any(|p| folded.starts_with(p) && folded[p.len()..].starts_with([' ', ':']))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dom::parse;

    fn run(html: &str) -> Vec<String> {
        let dom = parse(html);
        extract_paragraphs(&dom, &FilterContext { title_folded: None })
    }

    const P1: &str = "قال وزير الخارجية اليوم إن المحادثات مع الجانب الآخر كانت مثمرة، وإن الطرفين اتفقا على مواصلة العمل المشترك.";
    const P3: &str = "وأشار المتحدث إلى أن الوفدين بحثا كذلك ملفات الطاقة والنقل والاستثمار، وأن اتفاقيات جديدة ستوقع قبل نهاية العام الجاري.";
    const P4: &str = "يذكر أن العلاقات بين البلدين شهدت خلال السنوات الأخيرة تطورا ملحوظا في مختلف المجالات، خاصة في قطاع السياحة.";
    const P2: &str = "وأضاف أن اللجنة المشتركة ستجتمع الشهر المقبل لبحث تفاصيل الاتفاق، مشيرا إلى أهمية التعاون في المجالات الاقتصادية.";

    #[test]
    fn picks_body_and_drops_sidebar() {
        let html = format!(
            "<body><div class=main><h1>عنوان</h1><div class=body><p>{P1}</p><p>{P2}</p></div></div>\
             <div class=col><ul><li><a href=#>خبر آخر مهم جدا اليوم</a></li><li><a href=#>خبر ثان مهم جدا</a></li></ul></div></body>"
        );
        assert_eq!(run(&html), vec![P1.to_string(), P2.to_string()]);
    }

    #[test]
    fn read_also_box_inside_body() {
        let html = format!(
            "<div><p>{P1}</p><div class=box><span>اقرأ أيضاً</span><ul><li><a href=#>عنوان خبر آخر في الموقع</a></li></ul></div><p><strong>اقرأ أيضا: </strong><a href=#>عنوان</a></p><p>{P2}</p></div>"
        );
        assert_eq!(run(&html), vec![P1.to_string(), P2.to_string()]);
    }

    #[test]
    fn br_paragraphs_and_caption() {
        let html = format!(
            "<div><p align=center><img src=x.jpg><br><font>صورة الوزير في المؤتمر (رويترز)</font></p><br><br>{P1}<br><br>{P2}<br></div>"
        );
        assert_eq!(run(&html), vec![P1.to_string(), P2.to_string()]);
    }

    #[test]
    fn furniture_lines_are_dropped() {
        let html = format!("<div><p>{P1}</p><p>شارك على فيسبوك</p><p>{P2}</p><p>جميع الحقوق محفوظة © 2017</p><p>اترك تعليقاً</p></div>");
        assert_eq!(run(&html), vec![P1.to_string(), P2.to_string()]);
    }

    #[test]
    fn modified_list_item_and_pull_quote() {
        // One update of a live blog marked `update--breaking` is not a breaking-news bar; a pull
        // quote repeats the body.
        let html = format!(
            "<div class=updates><div class=\"update update--breaking\"><p>{P1}</p></div>\
             <div class=update><p>{P2}</p></div></div>\
             <div class=\"ticker breaking\"><p>عاجل: خبر في شريط الأخبار العاجلة اليوم</p></div>\
             <blockquote class=pullquote><p>إن المحادثات مع الجانب الآخر كانت مثمرة</p></blockquote>"
        );
        assert_eq!(run(&html), vec![P1.to_string(), P2.to_string()]);
    }

    #[test]
    fn dated_byline_lines_are_not_body_text() {
        // A comment's `by … on <date>` line is not sentence-like text: the comment is a reply
        // item, and the container stays the article.
        let long = format!("{P1} {P2}");
        let html = format!(
            "<td><table><tr><td><p>{P1}</p><p>{P2}</p><p>{P1}</p></td></tr></table>\
             <table><tr><td>شبكات التسفير (التقييم: 2)<br>بواسطة ابن الخضراء في الثلاثاء 01 نوفمبر 2016 - 19:05<br>\
             (<a href=#>معلومات المستخدم</a> | <a href=#>ارسل رسالة</a>)</td></tr>\
             <tr><td>{long}</td></tr></table></td>"
        );
        let got = run(&html);
        assert!(!got.iter().any(|p| p.contains("بواسطة")), "{got:?}");
        assert!(!got.iter().any(|p| p == &long), "{got:?}");
    }

    #[test]
    fn pre_line_text_and_comment_section_by_id() {
        // A body stored as plain text (CSS `white-space: pre-line`) keeps its paragraphs and
        // loses the editor's initials; a longer comment section anchored `id="comments"` goes.
        let long = format!("{P1} {P2}");
        let comments: String = (0..4)
            .map(|k| format!("<div class=item><b>{k}. زائر</b><p>{long}</p></div>"))
            .collect();
        let html = format!(
            "<div class=box><div class=text>{long}\n{P3}\n{P4}\nتحرير: س.ع</div></div>\
             <div class=box id=comments>{comments}</div>"
        );
        assert_eq!(
            run(&html),
            vec![long.clone(), P3.to_string(), P4.to_string()]
        );
        // Source wrapped by an editor is one paragraph.
        let wrapped = "<div><p>قال وزير الخارجية اليوم إن المحادثات مع الجانب الآخر\nكانت مثمرة، وإن الطرفين اتفقا على مواصلة العمل\nالمشترك في الأشهر المقبلة.</p></div>";
        assert_eq!(run(wrapped).len(), 1);
    }

    #[test]
    fn stacked_articles_alt_captions_and_short_subheads() {
        let story = |h: &str, body: &str| {
            format!("<article><header><h1>{h}</h1></header><div class=entry-content>{body}</div></article>")
        };
        let first = format!(
            "<p>{P1}</p><p style=\"text-align:center\"><img alt=\"الوزير في المؤتمر الصحفي اليوم\" src=a.jpg></p>\
             <p style=\"text-align:center\">الوزير في المؤتمر الصحفي اليوم</p><h2>السعر والتوفر</h2><p>{P2}</p>"
        );
        let second = format!("<p>{P2} {P1}</p><p>{P1} {P2}</p><p>{P1}</p>");
        let html = format!(
            "<main>{}{}</main>",
            story("عنوان الخبر الأول", &first),
            story("عنوان الخبر الثاني", &second)
        );
        let dom = parse(&html);
        let title = fold("عنوان الخبر الأول");
        let got = extract_paragraphs(
            &dom,
            &FilterContext {
                title_folded: Some(&title),
            },
        );
        assert_eq!(
            got,
            vec![P1.to_string(), "السعر والتوفر".to_string(), P2.to_string()]
        );
        // Without a title, the first story.
        assert_eq!(run(&html).len(), 3);
    }

    #[test]
    fn wordpress_excerpts_are_teasers() {
        let block = |text: &str| Block {
            text: text.to_string(),
            chars: text.chars().filter(|c| !c.is_whitespace()).count(),
            link_chars: 0,
            words: textutil::word_count(text),
            owner: 0,
            heading: 0,
            in_li: false,
            meta_line: false,
        };
        for end in ["[…]", "[...]", "…", "..."] {
            assert!(is_teaser(&block(&format!(
                "توصل باحثون بجامعة كامبردج إلى أن {end}"
            ))));
        }
        assert!(!is_teaser(&block(
            "توصل باحثون بجامعة كامبردج إلى نتيجة [1]"
        )));
    }

    #[test]
    fn bilingual_rows_pull_quotes_and_newsletter_footers() {
        // Numbered rows of an Arabic/English parallel text keep the Arabic; a pull quote that a
        // paragraph holds whole goes; a newsletter's footer and address go.
        let en = "Tourism and Handicrafts Minister Salma Elloumi said on Wednesday that the number of tourists rose by a third by the end of March, compared with the same period last year.";
        let rows: String = [P1, P2]
            .iter()
            .enumerate()
            .map(|(k, p)| {
                format!("<div class=row><div lang=ar><span>{}</span><p>{p}</p></div><div lang=en><span>{}</span><p>{en}</p></div></div>", k + 1, k + 1)
            })
            .collect();
        let html = format!(
            "<div class=parallel>{rows}<blockquote><p>«إن المحادثات مع الجانب الآخر كانت مثمرة»</p></blockquote>\
             <p>لقد تلقيت هذه الرسالة لأنك اشتركت في النشرة الأسبوعية.</p><p>البوابة الرقمية، 12 نهج الهادي نويرة، 1001 تونس</p></div>"
        );
        let dom = parse(&html);
        let title = fold("وزيرة السياحة: ارتفاع عدد السياح");
        let got = extract_paragraphs(
            &dom,
            &FilterContext {
                title_folded: Some(&title),
            },
        );
        assert_eq!(got, vec![P1.to_string(), P2.to_string()]);
    }
}
