// Khabar web page: a small hash-routed app over the JSON API.
//
// SECURITY: article text, titles, names and user input are untrusted. Everything is rendered
// with createElement/textContent (see `el`); this file never assigns HTML strings. Links are
// built only from our own routes or from http(s) URLs.
"use strict";

(function () {
  const LABELS = {
    PERS: "شخص",
    LOC: "مكان",
    ORG: "منظمة",
    MISC: "متفرقات",
  };
  const LABEL_PLURALS = {
    PERS: "أشخاص",
    LOC: "أماكن",
    ORG: "منظمات",
    MISC: "متفرقات",
  };
  const QUOTE_KINDS = {
    direct: "اقتباس مباشر",
    indirect: "كلام منقول",
    according_to: "نسبة إلى مصدر",
  };
  const PAGE_SIZE = 10;

  const app = document.getElementById("app");

  // ---- DOM helpers (text only) -------------------------------------------------------------

  // el("a", {href: "#/", class: "x"}, "text", childNode, ...) — strings become text nodes.
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === null || v === undefined || v === false) continue;
        if (k === "class") node.className = v;
        else if (k === "onclick" || k === "onsubmit" || k === "onchange") node[k] = v;
        else node.setAttribute(k, String(v));
      }
    }
    for (const c of children) append(node, c);
    return node;
  }

  function append(node, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) child.forEach((c) => append(node, c));
    else if (child instanceof Node) node.appendChild(child);
    else node.appendChild(document.createTextNode(String(child)));
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
  }

  function show(...children) {
    clear(app);
    append(app, children);
  }

  function errorBox(message) {
    return el("div", { class: "error", role: "alert" }, message);
  }

  function loading() {
    return el("p", { class: "muted" }, "جارٍ التحميل…");
  }

  // Only http(s) URLs become links; anything else (javascript:, data:) is shown as text.
  function safeUrl(u) {
    return typeof u === "string" && /^https?:\/\//i.test(u) ? u : null;
  }

  function labelClass(label) {
    return Object.prototype.hasOwnProperty.call(LABELS, label) ? label : "MISC";
  }

  function shortDate(d) {
    return typeof d === "string" ? d.slice(0, 10) : "";
  }

  // ---- routing -----------------------------------------------------------------------------

  function route() {
    const h = location.hash.replace(/^#/, "") || "/";
    const qi = h.indexOf("?");
    const path = qi >= 0 ? h.slice(0, qi) : h;
    const params = new URLSearchParams(qi >= 0 ? h.slice(qi + 1) : "");
    return { path, params };
  }

  function go(path, params) {
    const qs = params ? new URLSearchParams(params).toString() : "";
    location.hash = "#" + path + (qs ? "?" + qs : "");
  }

  function searchHref(params) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v) p.set(k, v);
    return "#/search?" + p.toString();
  }

  function articleHref(id) {
    return "#/article/" + encodeURIComponent(id);
  }

  function speakerHref(name) {
    return "#/quotes?" + new URLSearchParams({ speaker: name }).toString();
  }

  async function api(path, params, init) {
    const qs = params ? "?" + new URLSearchParams(params).toString() : "";
    let res;
    try {
      res = await fetch(path + qs, init);
    } catch (e) {
      throw new Error("تعذّر الاتصال بالخادم");
    }
    let body = null;
    try {
      body = await res.json();
    } catch (e) {
      body = null;
    }
    if (!res.ok) {
      const msg = body && typeof body.error === "string" ? body.error : "HTTP " + res.status;
      throw new Error(msg);
    }
    return body;
  }

  let renderSeq = 0;

  async function render() {
    const seq = ++renderSeq;
    const { path, params } = route();
    const section = path.startsWith("/article/")
      ? "search"
      : path.replace(/^\//, "").split("/")[0] || "search";
    for (const a of document.querySelectorAll("nav a")) {
      a.classList.toggle("active", a.dataset.nav === section);
    }
    const stale = () => seq !== renderSeq;
    try {
      if (path === "/" || path === "/search") await searchView(params, stale);
      else if (path.startsWith("/article/")) {
        await articleView(decodeURIComponent(path.slice("/article/".length)), stale);
      } else if (path === "/quotes") await quotesView(params, stale);
      else if (path === "/entities") await entitiesView(params, stale);
      else if (path === "/analyze") analyzeView();
      else show(errorBox("صفحة غير موجودة"));
    } catch (e) {
      if (!stale()) show(errorBox(e.message));
    }
  }

  // ---- search ------------------------------------------------------------------------------

  function highlightedSnippet(hit) {
    const p = el("p", { class: "snippet" });
    const chars = Array.from(hit.snippet || "");
    const base = hit.snippet_start || 0;
    const hs = (hit.highlights || [])
      .map((h) => [h.start - base, h.end - base])
      .sort((a, b) => a[0] - b[0]);
    let pos = 0;
    if (base > 0) append(p, "… ");
    for (let [s, e] of hs) {
      s = Math.max(s, pos, 0);
      e = Math.min(e, chars.length);
      if (e <= s) continue;
      append(p, chars.slice(pos, s).join(""));
      append(p, el("mark", { class: "hl" }, chars.slice(s, e).join("")));
      pos = e;
    }
    append(p, chars.slice(pos).join(""));
    append(p, " …");
    return p;
  }

  function searchForm(params) {
    const input = el("input", {
      id: "q",
      type: "search",
      name: "q",
      value: params.get("q") || "",
      placeholder: "ابحث في الأخبار: الإرهاب، تونس، الانتخابات…",
      "aria-label": "نصّ البحث",
      maxlength: 500,
      autocomplete: "off",
    });
    const collapse = el("input", {
      id: "collapse",
      type: "checkbox",
      checked: params.get("collapse") === "1" ? "checked" : null,
    });
    const form = el(
      "form",
      { id: "search-form", class: "search-form", role: "search" },
      input,
      el("button", { type: "submit" }, "ابحث"),
      el("label", { class: "check" }, collapse, " اطوِ النسخ المكرّرة")
    );
    form.onsubmit = (ev) => {
      ev.preventDefault();
      const q = input.value.trim();
      if (!q) return;
      const next = {};
      for (const k of ["entity", "source", "from", "to"]) {
        if (params.get(k)) next[k] = params.get(k);
      }
      next.q = q;
      if (collapse.checked) next.collapse = "1";
      go("/search", next);
    };
    return form;
  }

  function filterChips(params) {
    const names = { entity: "العلم", source: "المصدر", from: "من", to: "إلى" };
    const chips = [];
    for (const k of Object.keys(names)) {
      const v = params.get(k);
      if (!v) continue;
      const rest = Object.fromEntries(params.entries());
      delete rest[k];
      delete rest.offset;
      chips.push(
        el(
          "span",
          { class: "chip filter" },
          names[k] + ": " + v + " ",
          el("a", { href: searchHref(rest), title: "أزل هذا القيد", class: "remove" }, "×")
        )
      );
    }
    return chips.length ? el("div", { class: "filters" }, chips) : null;
  }

  // `approx`: counts are over a sample of the best hits (the API's `facets_sampled`).
  function facetGroup(title, values, make, approx) {
    if (!values || !values.length) return null;
    return el(
      "section",
      { class: "facet" },
      el("h3", null, title),
      approx ? el("p", { class: "muted sampled" }, "≈ عدّ تقريبي من أفضل النتائج") : null,
      el(
        "ul",
        null,
        values.map((f) =>
          el(
            "li",
            null,
            el("a", { href: make(f.value) }, f.value),
            el("span", { class: "count" }, (approx ? "≈" : "") + String(f.count))
          )
        )
      )
    );
  }

  async function homeView(stale) {
    const intro = el(
      "section",
      { class: "intro" },
      el("h1", null, "ابحث في أرشيف الأخبار"),
      el(
        "p",
        { class: "muted" },
        "يجد البحث الكلمة بكل صيغها: بالهمزة أو دونها، بالتشكيل أو دونه، مع السوابق واللواحق."
      )
    );
    show(searchForm(new URLSearchParams()), intro);
    const data = await api("/api/entities", { limit: 24 });
    if (stale() || !data.entities.length) return;
    intro.appendChild(el("h2", null, "أكثر الأعلام ذكراً"));
    intro.appendChild(
      el(
        "div",
        { class: "chips" },
        data.entities.map((e) =>
          el(
            "a",
            { class: "chip ent-" + labelClass(e.label), href: searchHref({ q: e.name, entity: e.name }) },
            e.name
          )
        )
      )
    );
  }

  async function searchView(params, stale) {
    const q = (params.get("q") || "").trim();
    if (!q) return homeView(stale);
    show(searchForm(params), filterChips(params), loading());
    const req = {};
    for (const k of ["q", "entity", "source", "from", "to", "offset"]) {
      if (params.get(k)) req[k] = params.get(k);
    }
    if (params.get("collapse") === "1") req.collapse = "true";
    req.limit = PAGE_SIZE;
    const data = await api("/api/search", req);
    if (stale()) return;
    const current = Object.fromEntries(params.entries());
    const withParam = (k, v) => {
      const next = Object.assign({}, current, { [k]: v });
      delete next.offset;
      return searchHref(next);
    };
    const withMonth = (m) => {
      const next = Object.assign({}, current, { from: m, to: m });
      delete next.offset;
      return searchHref(next);
    };
    const hits = el(
      "ol",
      { id: "hits", class: "hits", start: (data.offset || 0) + 1 },
      data.hits.map((h) =>
        el(
          "li",
          { class: "hit" },
          el("a", { class: "hit-title", href: articleHref(h.id) }, h.title || h.id),
          el(
            "div",
            { class: "meta" },
            [h.source, shortDate(h.date)].filter(Boolean).join(" · "),
            h.duplicates && h.duplicates.length
              ? el("span", { class: "dups" }, " · " + h.duplicates.length + " نسخ مكرّرة")
              : null
          ),
          highlightedSnippet(h)
        )
      )
    );
    const offset = data.offset || 0;
    const pager = el("nav", { class: "pager", "aria-label": "الصفحات" });
    if (offset > 0) {
      pager.appendChild(
        el("a", { href: searchHref(Object.assign({}, current, { offset: Math.max(0, offset - PAGE_SIZE) })) }, "→ السابق")
      );
    }
    if (offset + data.hits.length < data.total) {
      pager.appendChild(
        el("a", { href: searchHref(Object.assign({}, current, { offset: offset + PAGE_SIZE })) }, "التالي ←")
      );
    }
    const facets = data.facets || {};
    show(
      searchForm(params),
      filterChips(params),
      el(
        "div",
        { class: "results" },
        el(
          "div",
          { class: "main-col" },
          el("p", { id: "total", class: "muted" }, data.total + " نتيجة"),
          data.hits.length ? hits : el("p", null, "لا نتائج. جرّب كلمة أخرى أو أزل بعض القيود."),
          pager
        ),
        el(
          "aside",
          { id: "facets", class: "facets" },
          facetGroup("الأعلام", facets.entities, (v) => withParam("entity", v), data.facets_sampled),
          facetGroup("المصادر", facets.sources, (v) => withParam("source", v)),
          facetGroup("التواريخ", facets.dates, withMonth)
        )
      )
    );
  }

  // ---- article text with entities and quotes marked ----------------------------------------

  // Marks entities (coloured by label) and quotes (underlined) in `text`, and greys out ranges
  // removed by cleaning. Offsets are Unicode code-point offsets, so the text is split with
  // Array.from, never indexed as UTF-16.
  function markedText(text, entities, quotes, removed) {
    const chars = Array.from(text || "");
    const n = chars.length;
    const ent = new Int32Array(n).fill(-1);
    const quo = new Int32Array(n).fill(-1);
    const claim = (arr, spans) => {
      spans.forEach((s, i) => {
        const a = s.start | 0;
        const b = Math.min(s.end | 0, n);
        if (a < 0 || b <= a) return;
        for (let k = a; k < b; k++) if (arr[k] !== -1) return; // overlap: keep the first
        for (let k = a; k < b; k++) arr[k] = i;
      });
    };
    claim(ent, entities || []);
    claim(quo, quotes || []);
    const REMOVED = -3;
    const rem = new Int32Array(n).fill(-1);
    claim(rem, removed || []);

    const root = el("div", { class: "article-text" });
    let para, qWrap, mark, curQ, curE, buf;
    const target = () => mark || qWrap || para;
    const flush = () => {
      if (buf) target().appendChild(document.createTextNode(buf));
      buf = "";
    };
    const newPara = () => {
      para = el("p");
      root.appendChild(para);
      qWrap = null;
      mark = null;
      curQ = -2;
      curE = -2;
    };
    buf = "";
    newPara();
    for (let i = 0; i < n; i++) {
      const c = chars[i];
      if (c === "\n") {
        flush();
        newPara();
        continue;
      }
      const q = rem[i] >= 0 ? REMOVED : quo[i];
      if (q !== curQ) {
        flush();
        curQ = q;
        mark = null;
        curE = -2;
        qWrap = null;
        if (curQ === REMOVED) {
          qWrap = el("span", { class: "removed", title: "أُزيل عند التنظيف: " + removed[rem[i]].reason });
          para.appendChild(qWrap);
        } else if (curQ >= 0) {
          qWrap = el("span", { class: "q-span", "data-quote": curQ });
          para.appendChild(qWrap);
        }
      }
      const e = curQ === REMOVED ? -1 : ent[i];
      if (e !== curE) {
        flush();
        curE = e;
        mark = null;
        if (curE >= 0) {
          const e = entities[curE];
          const lc = labelClass(e.label);
          mark = el("mark", {
            class: "ent ent-" + lc,
            "data-label": lc,
            title: LABELS[lc] + (e.canonical && e.canonical !== e.text ? ": " + e.canonical : ""),
          });
          (qWrap || para).appendChild(mark);
        }
      }
      buf += c;
    }
    flush();
    for (const p of Array.from(root.children)) if (!p.textContent.trim()) root.removeChild(p);
    return root;
  }

  function legend() {
    return el(
      "div",
      { id: "legend", class: "legend", "aria-label": "دليل الألوان" },
      Object.keys(LABELS).map((l) => el("span", { class: "chip ent-" + l }, LABEL_PLURALS[l])),
      el("span", { class: "chip q-legend" }, "اقتباس")
    );
  }

  function entityList(entities) {
    const seen = new Map();
    for (const e of entities || []) {
      const name = e.canonical || e.text;
      const key = labelClass(e.label) + "\u0000" + name;
      const cur = seen.get(key) || { name, label: labelClass(e.label), count: 0 };
      cur.count += 1;
      seen.set(key, cur);
    }
    const list = Array.from(seen.values()).sort((a, b) => b.count - a.count);
    if (!list.length) return el("p", { class: "muted" }, "لم يُعثر على أعلام.");
    return el(
      "div",
      { id: "entities", class: "chips" },
      list.map((e) =>
        el(
          "a",
          {
            class: "chip ent-" + e.label,
            href: searchHref({ q: e.name, entity: e.name }),
            title: LABELS[e.label],
          },
          e.name + (e.count > 1 ? " ×" + e.count : "")
        )
      )
    );
  }

  function quoteItem(q, i, extra) {
    const who = q.speaker_entity || q.speaker;
    return el(
      "li",
      { class: "quote" },
      el(
        "div",
        { class: "quote-head" },
        who
          ? el("a", { class: "speaker", href: speakerHref(who) }, q.speaker || who)
          : el("span", { class: "speaker unknown" }, "متكلّم غير محدّد"),
        q.cue ? el("span", { class: "cue" }, " — " + q.cue) : null,
        el("span", { class: "kind" }, QUOTE_KINDS[q.kind] || q.kind || ""),
        i !== null
          ? el(
              "a",
              {
                class: "jump",
                href: "#",
                onclick: (ev) => {
                  ev.preventDefault();
                  const span = document.querySelector('.q-span[data-quote="' + i + '"]');
                  if (span) {
                    span.scrollIntoView({ block: "center" });
                    span.classList.add("flash");
                    setTimeout(() => span.classList.remove("flash"), 1500);
                  }
                },
              },
              "في النص"
            )
          : null
      ),
      el("blockquote", null, q.text),
      extra || null
    );
  }

  function quoteList(quotes) {
    if (!quotes || !quotes.length) return el("p", { class: "muted" }, "لا اقتباسات.");
    return el("ol", { id: "quotes", class: "quotes" }, quotes.map((q, i) => quoteItem(q, i)));
  }

  async function articleView(id, stale) {
    show(loading());
    const data = await api("/api/articles/" + encodeURIComponent(id));
    if (stale()) return;
    const a = data.article || {};
    const url = safeUrl(a.url);
    show(
      el(
        "article",
        { class: "article", id: "article" },
        el("h1", { id: "article-title" }, a.title || a.id),
        el(
          "div",
          { class: "meta" },
          [a.source, shortDate(a.date), a.id].filter(Boolean).join(" · "),
          url ? [" · ", el("a", { href: url, rel: "noopener noreferrer", target: "_blank" }, "المصدر الأصلي")] : null
        ),
        legend(),
        markedText(a.text, data.entities, data.quotes, a.removed),
        el("h2", null, "من قال ماذا"),
        quoteList(data.quotes),
        el("h2", null, "الأعلام"),
        entityList(data.entities),
        data.duplicates && data.duplicates.length
          ? [
              el("h2", null, "نسخ مكرّرة من الخبر نفسه"),
              el(
                "ul",
                { id: "duplicates", class: "dups-list" },
                data.duplicates.map((d) => el("li", null, el("a", { href: articleHref(d) }, d)))
              ),
            ]
          : null
      )
    );
  }

  // ---- who said what -----------------------------------------------------------------------

  async function quotesView(params, stale) {
    const speaker = (params.get("speaker") || "").trim();
    const input = el("input", {
      id: "speaker",
      type: "search",
      value: speaker,
      placeholder: "اسم المتكلّم، مثل: لافروف",
      "aria-label": "المتكلّم",
      maxlength: 200,
    });
    const form = el("form", { class: "search-form", role: "search" }, input, el("button", { type: "submit" }, "اعرض"));
    form.onsubmit = (ev) => {
      ev.preventDefault();
      const v = input.value.trim();
      go("/quotes", v ? { speaker: v } : null);
    };
    const head = el("h1", null, speaker ? "ماذا قال " + speaker + "؟" : "من قال ماذا");
    show(head, form, loading());
    const [quotes, people] = await Promise.all([
      api("/api/quotes", speaker ? { speaker, limit: 100 } : { limit: 50 }),
      api("/api/entities", { label: "PERS", limit: 30 }),
    ]);
    if (stale()) return;
    const items = quotes.quotes.map((h) =>
      quoteItem(
        h.quote,
        null,
        el(
          "div",
          { class: "meta" },
          el("a", { class: "quote-article", href: articleHref(h.article_id) }, h.title || h.article_id),
          h.date ? " · " + shortDate(h.date) : ""
        )
      )
    );
    show(
      head,
      form,
      people.entities.length
        ? el(
            "div",
            { class: "chips" },
            people.entities.map((e) => el("a", { class: "chip ent-PERS", href: speakerHref(e.name) }, e.name))
          )
        : null,
      el("p", { class: "muted", id: "quote-count" }, quotes.quotes.length + " اقتباس"),
      items.length ? el("ol", { id: "speaker-quotes", class: "quotes" }, items) : el("p", null, "لا اقتباسات.")
    );
  }

  // ---- entities ----------------------------------------------------------------------------

  async function entitiesView(params, stale) {
    const label = params.get("label") || "";
    const tabs = el(
      "div",
      { class: "tabs" },
      el("a", { href: "#/entities", class: label ? "" : "active" }, "الكل"),
      Object.keys(LABELS).map((l) =>
        el("a", { href: "#/entities?label=" + l, class: "ent-" + l + (label === l ? " active" : "") }, LABEL_PLURALS[l])
      )
    );
    show(el("h1", null, "الأعلام الأكثر ذكراً"), tabs, loading());
    const data = await api("/api/entities", label ? { label, limit: 100 } : { limit: 100 });
    if (stale()) return;
    const rows = data.entities.map((e) =>
      el(
        "tr",
        null,
        el("td", null, el("a", { class: "chip ent-" + labelClass(e.label), href: searchHref({ q: e.name, entity: e.name }) }, e.name)),
        el("td", null, LABELS[labelClass(e.label)]),
        el("td", { class: "num" }, String(e.articles)),
        el("td", null, labelClass(e.label) === "PERS" ? el("a", { href: speakerHref(e.name) }, "أقواله") : "")
      )
    );
    show(
      el("h1", null, "الأعلام الأكثر ذكراً"),
      tabs,
      el(
        "table",
        { class: "entities-table" },
        el("thead", null, el("tr", null, el("th", null, "العلم"), el("th", null, "النوع"), el("th", null, "المقالات"), el("th", null, ""))),
        el("tbody", null, rows)
      )
    );
  }

  // ---- analyse your text -------------------------------------------------------------------

  function analyzeView() {
    const area = el("textarea", {
      id: "analyze-text",
      rows: 10,
      placeholder: "الصق هنا نصّ خبر (أو صفحة HTML) لتحليله…",
      "aria-label": "النصّ المراد تحليله",
    });
    const asHtml = el("input", { type: "checkbox", id: "analyze-html" });
    const out = el("div", { id: "analysis" });
    const button = el("button", { type: "submit" }, "حلّل");
    const form = el(
      "form",
      { id: "analyze-form", class: "analyze-form" },
      area,
      el("div", { class: "row" }, button, el("label", { class: "check" }, asHtml, " النصّ صفحة HTML"))
    );
    form.onsubmit = async (ev) => {
      ev.preventDefault();
      const value = area.value;
      if (!value.trim()) return;
      clear(out);
      out.appendChild(loading());
      button.disabled = true;
      try {
        const body = asHtml.checked ? { html: value } : { text: value };
        const r = await api("/api/analyze", null, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(body),
        });
        clear(out);
        append(out, [
          r.title ? el("h2", null, r.title) : null,
          el(
            "p",
            { class: "muted" },
            (r.sentences || []).length + " جملة · " + (r.tokens || []).length + " كلمة · " +
              (r.entities || []).length + " علماً · " + (r.quotes || []).length + " اقتباساً"
          ),
          legend(),
          markedText(r.text, r.entities, r.quotes, r.removed),
          el("h2", null, "من قال ماذا"),
          quoteList(r.quotes),
          el("h2", null, "الأعلام"),
          entityList(r.entities),
        ]);
      } catch (e) {
        clear(out);
        out.appendChild(errorBox(e.message));
      } finally {
        button.disabled = false;
      }
    };
    show(el("h1", null, "حلّل نصّك"), form, out);
  }

  // ---- start -------------------------------------------------------------------------------

  async function status() {
    try {
      const h = await api("/healthz");
      document.getElementById("status").textContent = h.articles + " مقالاً في الأرشيف";
    } catch (e) {
      document.getElementById("status").textContent = "الخادم لا يجيب";
    }
  }

  window.addEventListener("hashchange", render);
  status();
  render();
})();
