//! A small, forgiving HTML parser that builds an arena tree without recursion.
//!
//! It follows the parts of the WHATWG tree-construction rules that change where text lands
//! (void elements, raw-text elements, implied end tags for `p`/`li`/`td`/`tr`/`option`/headings,
//! scoped end tags, stray end tags ignored) and skips the rest (foster parenting, the full
//! adoption agency). Every node's parent has a smaller index than the node, so bottom-up passes
//! are a reverse loop over the arena and top-down passes a forward loop: no recursion anywhere,
//! which is what lets a page nested 100,000 levels deep through without a stack overflow.
//! Nesting deeper than [`MAX_DEPTH`] is flattened: further elements are kept as empty siblings
//! and their content attaches to the deepest open element.

use crate::entities;

/// Deepest element nesting kept as a tree; deeper start tags are flattened.
pub(crate) const MAX_DEPTH: usize = 512;

/// Index of a node in [`Dom::nodes`].
pub(crate) type NodeId = u32;

/// Attributes kept from start tags (everything else is dropped while parsing, for speed).
const KEPT_ATTRS: &[&str] = &[
    "class",
    "id",
    "role",
    "itemprop",
    "property",
    "name",
    "content",
    "datetime",
    "lang",
    "hidden",
    "aria-hidden",
    "style",
    "type",
    "rel",
    "itemtype",
    "http-equiv",
    "charset",
    "xml:lang",
    "alt",
];

/// One node of the arena.
#[derive(Debug)]
pub(crate) struct Node {
    /// Parent index (the root is its own parent).
    pub parent: NodeId,
    /// Children in document order.
    pub children: Vec<NodeId>,
    /// What the node is.
    pub data: NodeData,
}

/// Node payload.
#[derive(Debug)]
pub(crate) enum NodeData {
    /// The synthetic document root.
    Root,
    /// An element with a lower-case tag name and the kept attributes.
    Element {
        /// Lower-case tag name.
        tag: Box<str>,
        /// Kept attributes: lower-case name, decoded value.
        attrs: Vec<(&'static str, String)>,
    },
    /// Decoded text (raw for `script`).
    Text(String),
}

/// The parsed document.
#[derive(Debug)]
pub(crate) struct Dom {
    /// All nodes; index 0 is the root.
    pub nodes: Vec<Node>,
}

impl Dom {
    /// Tag name of `id`, or `""` for text and the root.
    pub fn tag(&self, id: NodeId) -> &str {
        match &self.nodes[id as usize].data {
            NodeData::Element { tag, .. } => tag,
            _ => "",
        }
    }

    /// Attribute `name` of element `id`.
    pub fn attr(&self, id: NodeId, name: &str) -> Option<&str> {
        match &self.nodes[id as usize].data {
            NodeData::Element { attrs, .. } => attrs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.as_str()),
            _ => None,
        }
    }

    /// Concatenated descendant text of `id` (iterative, in document order).
    pub fn text_of(&self, id: NodeId) -> String {
        let mut out = String::new();
        let mut stack = vec![id];
        while let Some(n) = stack.pop() {
            let node = &self.nodes[n as usize];
            match &node.data {
                NodeData::Text(t) => out.push_str(t),
                NodeData::Element { tag, .. }
                    if n != id && matches!(&**tag, "script" | "style") => {}
                _ => stack.extend(node.children.iter().rev()),
            }
        }
        out
    }

    /// Iterates the elements of the whole document in document order.
    pub fn elements(&self) -> impl Iterator<Item = (NodeId, &str)> + '_ {
        self.nodes
            .iter()
            .enumerate()
            .filter_map(|(i, n)| match &n.data {
                NodeData::Element { tag, .. } => Some((i as NodeId, &**tag)),
                _ => None,
            })
    }
}

fn is_void(tag: &str) -> bool {
    matches!(
        tag,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "param"
            | "source"
            | "track"
            | "wbr"
            | "keygen"
            | "basefont"
            | "bgsound"
            | "frame"
            | "image"
    )
}

/// Elements whose start tag closes an open `p`.
fn closes_p(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "center"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "header"
            | "hgroup"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "search"
            | "section"
            | "summary"
            | "ul"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "pre"
            | "listing"
            | "form"
            | "table"
            | "hr"
            | "xmp"
            | "dd"
            | "dt"
            | "li"
            | "plaintext"
    )
}

fn is_heading(tag: &str) -> bool {
    matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// The standard's "special" category: a stray end tag never closes across one of these.
fn is_special(tag: &str) -> bool {
    closes_p(tag)
        || matches!(
            tag,
            "applet"
                | "area"
                | "base"
                | "basefont"
                | "bgsound"
                | "body"
                | "br"
                | "button"
                | "caption"
                | "col"
                | "colgroup"
                | "embed"
                | "frame"
                | "frameset"
                | "head"
                | "html"
                | "iframe"
                | "img"
                | "input"
                | "link"
                | "marquee"
                | "meta"
                | "noembed"
                | "noframes"
                | "noscript"
                | "object"
                | "param"
                | "script"
                | "select"
                | "source"
                | "style"
                | "tbody"
                | "td"
                | "template"
                | "textarea"
                | "tfoot"
                | "th"
                | "thead"
                | "title"
                | "tr"
                | "track"
                | "wbr"
        )
}

/// Scope boundaries for "has an element in scope".
fn is_scope_boundary(tag: &str) -> bool {
    matches!(
        tag,
        "applet" | "caption" | "html" | "table" | "td" | "th" | "marquee" | "object" | "template"
    )
}

fn is_formatting(tag: &str) -> bool {
    matches!(
        tag,
        "a" | "b"
            | "big"
            | "code"
            | "em"
            | "font"
            | "i"
            | "nobr"
            | "s"
            | "small"
            | "strike"
            | "strong"
            | "tt"
            | "u"
    )
}

/// Raw-text elements: content runs to the matching end tag, undecoded (`decode` = RCDATA).
fn raw_kind(tag: &str) -> Option<RawKind> {
    match tag {
        "script" => Some(RawKind::Keep),
        "title" | "textarea" => Some(RawKind::Decode),
        "style" | "xmp" | "iframe" | "noembed" | "noframes" | "noscript" => Some(RawKind::Drop),
        _ => None,
    }
}

#[derive(Clone, Copy, PartialEq)]
enum RawKind {
    Keep,
    Decode,
    Drop,
}

/// Head-only elements, which do not end the implied `<head>`.
fn head_content(tag: &str) -> bool {
    matches!(
        tag,
        "meta" | "link" | "title" | "script" | "style" | "base" | "noscript" | "template"
    )
}

struct Builder {
    nodes: Vec<Node>,
    stack: Vec<NodeId>,
    /// Start tags not pushed because the stack was at [`MAX_DEPTH`].
    suppressed: usize,
    /// Open `p`, `svg`/`math` and `head` elements, so the common "none open" case skips a
    /// stack scan (which would make deep nesting quadratic).
    open_p: usize,
    open_foreign: usize,
    open_head: usize,
}

impl Builder {
    fn current(&self) -> NodeId {
        *self.stack.last().unwrap_or(&0)
    }

    fn tag(&self, id: NodeId) -> &str {
        match &self.nodes[id as usize].data {
            NodeData::Element { tag, .. } => tag,
            _ => "",
        }
    }

    fn append(&mut self, data: NodeData) -> NodeId {
        let parent = self.current();
        let id = self.nodes.len() as NodeId;
        self.nodes.push(Node {
            parent,
            children: Vec::new(),
            data,
        });
        self.nodes[parent as usize].children.push(id);
        id
    }

    fn text(&mut self, raw: &str, decode: bool) {
        if raw.is_empty() {
            return;
        }
        let parent = self.current();
        if let Some(&last) = self.nodes[parent as usize].children.last() {
            if let NodeData::Text(t) = &mut self.nodes[last as usize].data {
                if decode {
                    entities::decode_into(raw, t);
                } else {
                    t.push_str(raw);
                }
                return;
            }
        }
        let t = if decode {
            entities::decode(raw)
        } else {
            raw.to_string()
        };
        self.append(NodeData::Text(t));
    }

    /// Position (in the stack) of the topmost `tag` reachable before a boundary.
    fn find_in_scope(
        &self,
        pred: impl Fn(&str) -> bool,
        boundary: impl Fn(&str) -> bool,
    ) -> Option<usize> {
        for (pos, &id) in self.stack.iter().enumerate().rev() {
            let t = self.tag(id);
            if pred(t) {
                return Some(pos);
            }
            if boundary(t) || id == 0 {
                return None;
            }
        }
        None
    }

    fn pop_to(&mut self, pos: usize) {
        let keep = pos.max(1);
        while self.stack.len() > keep {
            self.pop();
        }
    }

    fn push(&mut self, id: NodeId) {
        match self.tag(id) {
            "p" => self.open_p += 1,
            "svg" | "math" => self.open_foreign += 1,
            "head" => self.open_head += 1,
            _ => {}
        }
        self.stack.push(id);
    }

    fn pop(&mut self) {
        if let Some(id) = self.stack.pop() {
            match self.tag(id) {
                "p" => self.open_p -= 1,
                "svg" | "math" => self.open_foreign -= 1,
                "head" => self.open_head -= 1,
                _ => {}
            }
        }
    }

    fn close_p(&mut self) {
        if self.open_p == 0 {
            return;
        }
        if let Some(pos) =
            self.find_in_scope(|t| t == "p", |t| is_scope_boundary(t) || t == "button")
        {
            self.pop_to(pos);
        }
    }

    fn start_tag(&mut self, tag: &str, attrs: Vec<(&'static str, String)>, self_closing: bool) {
        // An implied end of <head> once body content starts.
        if self.open_head > 0 && !head_content(tag) && tag != "head" && tag != "html" {
            if let Some(pos) = self.find_in_scope(|t| t == "head", |_| false) {
                self.pop_to(pos);
            }
        }
        if closes_p(tag) {
            self.close_p();
        }
        match tag {
            "li" => {
                if let Some(pos) = self.find_in_scope(
                    |t| t == "li",
                    |t| is_scope_boundary(t) || matches!(t, "ul" | "ol" | "menu"),
                ) {
                    self.pop_to(pos);
                }
            }
            "dd" | "dt" => {
                if let Some(pos) = self.find_in_scope(
                    |t| t == "dd" || t == "dt",
                    |t| is_scope_boundary(t) || t == "dl",
                ) {
                    self.pop_to(pos);
                }
            }
            "td" | "th" => {
                if let Some(pos) = self.find_in_scope(
                    |t| t == "td" || t == "th",
                    |t| matches!(t, "tr" | "table" | "html"),
                ) {
                    self.pop_to(pos);
                }
            }
            "tr" => {
                if let Some(pos) = self.find_in_scope(
                    |t| t == "tr",
                    |t| matches!(t, "table" | "tbody" | "thead" | "tfoot" | "html"),
                ) {
                    self.pop_to(pos);
                }
            }
            "tbody" | "thead" | "tfoot" => {
                if let Some(pos) = self.find_in_scope(
                    |t| matches!(t, "tbody" | "thead" | "tfoot"),
                    |t| matches!(t, "table" | "html"),
                ) {
                    self.pop_to(pos);
                }
            }
            "option" | "optgroup" if self.tag(self.current()) == "option" => {
                self.pop();
            }
            "a" => {
                if let Some(pos) = self.find_in_scope(|t| t == "a", is_scope_boundary) {
                    self.pop_to(pos);
                }
            }
            t if is_heading(t) && is_heading(self.tag(self.current())) => {
                self.pop();
            }
            _ => {}
        }
        let foreign = self.open_foreign > 0;
        let id = self.append(NodeData::Element {
            tag: tag.into(),
            attrs,
        });
        if is_void(tag) || (self_closing && (foreign || tag == "svg" || tag == "math")) {
            return;
        }
        if self.stack.len() >= MAX_DEPTH {
            self.suppressed += 1;
            return;
        }
        self.push(id);
    }

    fn end_tag(&mut self, tag: &str) {
        if self.suppressed > 0 {
            self.suppressed -= 1;
            return;
        }
        match tag {
            "br" => {
                self.append(NodeData::Element {
                    tag: "br".into(),
                    attrs: Vec::new(),
                });
            }
            "p" => self.close_p(),
            "body" | "html" => {}
            "li" => {
                if let Some(pos) = self.find_in_scope(
                    |t| t == "li",
                    |t| is_scope_boundary(t) || matches!(t, "ul" | "ol"),
                ) {
                    self.pop_to(pos);
                }
            }
            t if is_heading(t) => {
                if let Some(pos) = self.find_in_scope(is_heading, is_scope_boundary) {
                    self.pop_to(pos);
                }
            }
            "td" | "th" | "tr" | "table" | "tbody" | "thead" | "tfoot" | "caption" => {
                if let Some(pos) = self.find_in_scope(|t| t == tag, |t| t == "html") {
                    self.pop_to(pos);
                }
            }
            t if closes_p(t) || is_formatting(t) || is_special(t) => {
                if let Some(pos) = self.find_in_scope(|x| x == t, is_scope_boundary) {
                    self.pop_to(pos);
                }
            }
            _ => {
                // "Any other end tag": close the nearest same-named element unless a special
                // element stands in between.
                if let Some(pos) = self.find_in_scope(|x| x == tag, is_special) {
                    self.pop_to(pos);
                }
            }
        }
    }
}

/// Parses `html` into an arena tree. Never fails; malformed markup is repaired or skipped.
pub(crate) fn parse(html: &str) -> Dom {
    let mut b = Builder {
        nodes: Vec::with_capacity(html.len() / 40 + 16),
        stack: vec![0],
        suppressed: 0,
        open_p: 0,
        open_foreign: 0,
        open_head: 0,
    };
    b.nodes.push(Node {
        parent: 0,
        children: Vec::new(),
        data: NodeData::Root,
    });
    let bytes = html.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    while i < n {
        let Some(off) = memchr::memchr(b'<', &bytes[i..]) else {
            b.text(&html[i..], true);
            break;
        };
        let lt = i + off;
        b.text(&html[i..lt], true);
        let next = bytes.get(lt + 1).copied().unwrap_or(0);
        if next == b'!' {
            if bytes[lt..].starts_with(b"<!--") {
                i = match memchr::memmem::find(&bytes[lt + 4..], b"-->") {
                    Some(e) => lt + 4 + e + 3,
                    None => n,
                };
                // `<!-->` and `<!--->` are complete (empty) comments.
                if bytes[lt..].starts_with(b"<!-->") {
                    i = lt + 5;
                } else if bytes[lt..].starts_with(b"<!--->") {
                    i = lt + 6;
                }
            } else {
                i = skip_past(bytes, lt, b'>');
            }
        } else if next == b'?' {
            i = skip_past(bytes, lt, b'>');
        } else if next == b'/' {
            let name_start = lt + 2;
            if bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic) {
                let mut j = name_start;
                while j < n
                    && !matches!(
                        bytes[j],
                        b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>'
                    )
                {
                    j += 1;
                }
                let name = html[name_start..j].to_ascii_lowercase();
                i = skip_past(bytes, j, b'>');
                b.end_tag(&name);
            } else {
                i = skip_past(bytes, lt, b'>');
            }
        } else if next.is_ascii_alphabetic() {
            let Some((tag, attrs, self_closing, end)) = parse_start_tag(html, lt + 1) else {
                // EOF inside a tag: the standard drops it.
                break;
            };
            i = end;
            match raw_kind(&tag) {
                Some(kind) if !(self_closing && tag == "iframe") => {
                    let close = find_end_tag(bytes, i, tag.as_bytes());
                    let content = &html[i..close];
                    b.start_tag(&tag, attrs, false);
                    match kind {
                        RawKind::Keep => b.text(content, false),
                        RawKind::Decode => b.text(content, true),
                        RawKind::Drop => {}
                    }
                    b.end_tag(&tag);
                    i = if close < n {
                        skip_past(bytes, close, b'>')
                    } else {
                        n
                    };
                }
                _ if tag == "plaintext" => {
                    b.start_tag(&tag, attrs, false);
                    b.text(&html[i..], false);
                    break;
                }
                _ => b.start_tag(&tag, attrs, self_closing),
            }
        } else {
            b.text("<", false);
            i = lt + 1;
        }
    }
    Dom { nodes: b.nodes }
}

/// Index just past the next `c` at or after `from` (or the end).
fn skip_past(bytes: &[u8], from: usize, c: u8) -> usize {
    match memchr::memchr(c, &bytes[from.min(bytes.len())..]) {
        Some(k) => from + k + 1,
        None => bytes.len(),
    }
}

/// Start of the end tag `</tag` (case-insensitive) at or after `from`, or the end of input.
fn find_end_tag(bytes: &[u8], from: usize, tag: &[u8]) -> usize {
    let mut i = from;
    while let Some(k) = memchr::memmem::find(&bytes[i..], b"</") {
        let at = i + k;
        let name = at + 2;
        let end = name + tag.len();
        if end <= bytes.len()
            && bytes[name..end].eq_ignore_ascii_case(tag)
            && bytes
                .get(end)
                .is_none_or(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c' | b'/' | b'>'))
        {
            return at;
        }
        i = at + 2;
    }
    bytes.len()
}

type StartTag = (String, Vec<(&'static str, String)>, bool, usize);

/// Parses a start tag whose name begins at `from`; returns the tag, attributes, self-closing
/// flag and the index just past `>`, or `None` at end of input.
fn parse_start_tag(html: &str, from: usize) -> Option<StartTag> {
    let bytes = html.as_bytes();
    let n = bytes.len();
    let ws = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c');
    let mut j = from;
    while j < n && !ws(bytes[j]) && bytes[j] != b'/' && bytes[j] != b'>' {
        j += 1;
    }
    let tag = html[from..j].to_ascii_lowercase();
    let mut attrs = Vec::new();
    let mut self_closing = false;
    loop {
        while j < n && (ws(bytes[j]) || bytes[j] == b'/') {
            self_closing = bytes[j] == b'/';
            j += 1;
        }
        if j >= n {
            return None;
        }
        if bytes[j] == b'>' {
            return Some((tag, attrs, self_closing, j + 1));
        }
        self_closing = false;
        let name_start = j;
        j += 1; // the first character may be anything, even `=`
        while j < n && !ws(bytes[j]) && !matches!(bytes[j], b'/' | b'>' | b'=') {
            j += 1;
        }
        let name_end = j;
        while j < n && ws(bytes[j]) {
            j += 1;
        }
        let mut value: Option<&str> = None;
        if j < n && bytes[j] == b'=' {
            j += 1;
            while j < n && ws(bytes[j]) {
                j += 1;
            }
            if j >= n {
                return None;
            }
            if bytes[j] == b'"' || bytes[j] == b'\'' {
                let q = bytes[j];
                let start = j + 1;
                let end = match memchr::memchr(q, &bytes[start..]) {
                    Some(k) => start + k,
                    None => return None,
                };
                value = Some(&html[start..end]);
                j = end + 1;
            } else {
                let start = j;
                while j < n && !ws(bytes[j]) && bytes[j] != b'>' {
                    j += 1;
                }
                value = Some(&html[start..j]);
            }
        }
        let name = &html[name_start..name_end];
        if let Some(kept) = KEPT_ATTRS.iter().find(|k| k.eq_ignore_ascii_case(name)) {
            if !attrs.iter().any(|(n, _)| n == kept) {
                attrs.push((*kept, entities::decode(value.unwrap_or(""))));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(dom: &Dom) -> String {
        // Serialises the tree (iteratively) as tags and text, for compact assertions.
        let mut out = String::new();
        let mut stack: Vec<(NodeId, bool)> = vec![(0, false)];
        while let Some((id, closing)) = stack.pop() {
            let node = &dom.nodes[id as usize];
            match (&node.data, closing) {
                (NodeData::Element { tag, .. }, true) => {
                    out.push_str(&format!("</{tag}>"));
                }
                (NodeData::Element { tag, .. }, false) => {
                    out.push_str(&format!("<{tag}>"));
                    stack.push((id, true));
                    stack.extend(node.children.iter().rev().map(|&c| (c, false)));
                }
                (NodeData::Text(t), _) => out.push_str(t),
                (NodeData::Root, _) => {
                    stack.extend(node.children.iter().rev().map(|&c| (c, false)))
                }
            }
        }
        out
    }

    #[test]
    fn implied_end_tags() {
        let d = parse("<div><p>a<p>b<ul><li>c<li>d</ul></div>");
        assert_eq!(
            shape(&d),
            "<div><p>a</p><p>b</p><ul><li>c</li><li>d</li></ul></div>"
        );
    }

    #[test]
    fn stray_end_tags_and_void() {
        let d = parse("<div>a</span>b<br>c</div></div><img src=x>");
        assert_eq!(shape(&d), "<div>ab<br></br>c</div><img></img>");
    }

    #[test]
    fn raw_text_and_comments() {
        let d = parse("<script>if (a<b) {}</script><!-- <p>x</p> --><style>p{}</style><title>T &amp; U</title>");
        assert_eq!(
            shape(&d),
            "<script>if (a<b) {}</script><style></style><title>T & U</title>"
        );
    }

    #[test]
    fn conditional_comments() {
        let d = parse("<!--[if IE 8]><html class=\"ie8\"><![endif]--><!--[if gt IE 8]><!--><html lang=\"ar\"><!--<![endif]-->x");
        assert_eq!(shape(&d), "<html>x</html>");
        assert_eq!(d.attr(1, "lang"), Some("ar"));
    }

    #[test]
    fn attributes() {
        let d = parse("<a CLASS='x y' id=z data-q=\"1\" hidden>t</a>");
        assert_eq!(d.attr(1, "class"), Some("x y"));
        assert_eq!(d.attr(1, "id"), Some("z"));
        assert_eq!(d.attr(1, "hidden"), Some(""));
        assert_eq!(d.attr(1, "data-q"), None);
    }

    #[test]
    fn truncated_input_does_not_panic() {
        for s in [
            "<",
            "<a",
            "<a href=\"",
            "</",
            "<!--",
            "<script>",
            "&",
            "<p>x<",
            "<a b='",
        ] {
            let _ = parse(s);
        }
    }

    #[test]
    fn deep_nesting_is_flattened() {
        let depth = 100_000;
        let html = "<div>".repeat(depth) + "x" + &"</div>".repeat(depth);
        let d = parse(&html);
        assert_eq!(d.text_of(0), "x");
        let max_depth = (0..d.nodes.len())
            .map(|mut i| {
                let mut k = 0;
                while i != 0 {
                    i = d.nodes[i].parent as usize;
                    k += 1;
                }
                k
            })
            .max()
            .unwrap_or(0);
        assert!(max_depth <= MAX_DEPTH + 1);
    }
}
