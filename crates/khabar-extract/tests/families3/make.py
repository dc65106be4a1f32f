#!/usr/bin/env python3
"""Generator for the third held-out "extra families" extraction test set (10 pages).

Deterministic: running it twice writes byte-identical files.  Page bytes and gold json are
produced from the same Python data (the list of gold paragraphs), so they agree.

Article text: ANT corpus v1.1 (JawharaFM, Tunisia, Apache-2.0; cite Chouigui, Ben Khiroun &
Elayeb, "ANT Corpus: An Arabic News Text Collection for Textual Classification", AICCSA 2017).
Page templates, captions, key points, bios, French chrome and comments are hand-written here.

Usage:  python3 make.py            (writes NAME.html / NAME.json next to this file, then verifies)
"""
import glob
import hashlib
import html
import html.parser
import json
import os
import random
import re
import sys
import urllib.parse

OUT = os.path.dirname(os.path.abspath(__file__))
# The project's shared data sits next to the repository (`../shared`); KHABAR_SHARED overrides.
SHARED = os.environ.get('KHABAR_SHARED',
                        os.path.join(OUT, '..', '..', '..', '..', '..', 'shared'))
ANT_PATH = os.path.join(SHARED, 'data', 'news', 'ant-v1.1.jsonl')
DEV_DIR = os.path.join(SHARED, 'data', 'extraction-dev')
XFAM_DIRS = [os.path.join(OUT, '..', 'families'), os.path.join(OUT, '..', 'families2')]
FIXTURE_DIR = os.path.join(OUT, '..', 'fixtures')
SOURCE = 'antcorpus_v1.1_jawharafm'
ID_RE = r'JA-[A-Za-z]+-\d+-\d+'

# --------------------------------------------------------------------------- corpus

ANT = {}
with open(ANT_PATH, encoding='utf-8') as fh:
    for line in fh:
        d = json.loads(line)
        ANT[d['id']] = d

# source ids that must not be a main article here: dev set, the two earlier extra batches
# (jsons, pages.json, README, MANIFEST, make.py: includes the liveblog update ids), test fixtures
TAKEN = set()
for f in sorted(glob.glob(os.path.join(DEV_DIR, 'dev_*.json'))):
    with open(f, encoding='utf-8') as fh:
        TAKEN.add(json.load(fh)['source_id'])
with open(os.path.join(DEV_DIR, 'MANIFEST.tsv'), encoding='utf-8') as fh:
    TAKEN |= set(re.findall(ID_RE, fh.read()))
for xd in XFAM_DIRS:
    for f in sorted(glob.glob(os.path.join(xd, '*.json')) + glob.glob(os.path.join(xd, '*.md'))
                    + glob.glob(os.path.join(xd, '*.tsv')) + glob.glob(os.path.join(xd, 'make.py'))):
        with open(f, encoding='utf-8') as fh:
            TAKEN |= set(re.findall(ID_RE, fh.read()))
for f in sorted(glob.glob(os.path.join(FIXTURE_DIR, '*.json'))):
    with open(f, encoding='utf-8') as fh:
        d = json.load(fh)
    TAKEN |= set(re.findall(ID_RE, json.dumps({k: d.get(k) for k in ('source_id', 'source', 'url')},
                                                ensure_ascii=False)))

MAIN = {
    'elementor_wordpress': 'JA-diverse-136-20170301',
    'wix_like': 'JA-localNews-1345-20160223',
    'egyptian_portal': 'JA-internationalNews-1101-20170605',
    'maghreb_french_mixed': 'JA-economy-255-20170515',
    'telegram_web_preview': 'JA-society-89-20170131',
    'google_amp_cache': 'JA-internationalNews-894-20170428',
    'feed_reader_view': 'JA-diverse-204-20170331',
    'sabq_like_saudi': 'JA-technology-7-20161222',
    'windows1256_meta_wrong_iso': 'JA-localNews-3032-20150706',
    'infinite_scroll_next': 'JA-culture-73-20170327',
}
# the full "previous article" that the infinite-scroll page appends below its article (not gold)
APPENDED = 'JA-culture-63-20161102'
USED = set(MAIN.values()) | {APPENDED}
for _n, _i in MAIN.items():
    assert _i in ANT, _i
    assert _i not in TAKEN, (_n, _i)
assert APPENDED in ANT and APPENDED not in TAKEN
assert len(USED) == len(MAIN) + 1

_BIDI = dict.fromkeys(map(ord, '\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff'), None)


def norm_ws(s):
    return ' '.join(s.replace('\xa0', ' ').translate(_BIDI).split())


def _title_key(t):
    return re.sub(r'[^\w]', '', t or '')


USED_TITLES = {_title_key(ANT[i]['title']) for i in USED}
USED_LEADS = {norm_ws(ANT[i]['text'])[:80] for i in USED}

_END = ('.', '؟', '!', '."', '.»', '؟"', '!"')


def _is_boundary(tok):
    if not tok.endswith(_END) or tok.endswith('..'):
        return False
    core = tok.rstrip('."»؟!')
    return len(core) >= 2


def split_long(p, maxw=90, target=55):
    """Split an over-long ANT paragraph at sentence ends (as the dev set does: ANT often
    stores an article as lead + one huge paragraph).  No word is changed."""
    words = p.split(' ')
    if len(words) <= maxw:
        return [p]
    out, start = [], 0
    for i, w in enumerate(words):
        if _is_boundary(w) and i + 1 - start >= target and len(words) - (i + 1) >= 20:
            out.append(' '.join(words[start:i + 1]))
            start = i + 1
    out.append(' '.join(words[start:]))
    return out


def paragraphs(aid, maxw=90, target=55):
    paras = [norm_ws(p) for p in ANT[aid]['text'].split('\n')]
    paras = [p for p in paras if p]
    out = []
    for p in paras:
        out += split_long(p, maxw, target)
    return out


def first_sentence(r, maxw=45):
    p = norm_ws(r['text'].split('\n')[0]) or norm_ws(r['text'])
    words = p.split(' ')
    for i, w in enumerate(words):
        if _is_boundary(w) and i >= 7:
            words = words[:i + 1]
            break
    if len(words) > maxw:
        return ' '.join(words[:maxw]) + ' ...'
    return ' '.join(words)


def first_words(r, n, ell=' ...'):
    words = norm_ws(r['text']).split(' ')
    if len(words) <= n:
        return ' '.join(words)
    return ' '.join(words[:n]) + ell


def _encodable(s, enc):
    try:
        s.encode(enc)
        return True
    except UnicodeEncodeError:
        return False


def hnum(s, mod, base=0):
    return base + int(hashlib.md5(s.encode('utf-8')).hexdigest(), 16) % mod


def hexid(s, n=7):
    return hashlib.md5(s.encode('utf-8')).hexdigest()[:n]


_POOL_SEEN = set()
_BEFORE = None      # (y, m, d) of the page's main article: teasers are never newer than the article


def pool(seed, n, category=None, enc=None, keywords=None, minw=40, since=None):
    """n OTHER ANT articles: never a main article of this set, the dev set, the earlier extra
    batches or the fixtures; no duplicate titles within the whole set (all pages)."""
    rng = random.Random('pool3:%s' % seed)
    seen = set(USED_TITLES) | _POOL_SEEN
    cands = []
    for r in ANT.values():
        if r['id'] in TAKEN or r['id'] in USED:
            continue
        if not r.get('title') or not r.get('text'):
            continue
        if category and r.get('category') not in ((category,) if isinstance(category, str) else category):
            continue
        t = norm_ws(r['text'])
        if len(t.split()) < minw or t[:80] in USED_LEADS:
            continue
        if any(c in r['text'] + r['title'] for c in '\u202c\u202e\u200f\u200e\u202d\u200b\u202b\x8f<>'):
            continue
        if enc and not (_encodable(norm_ws(r['title']), enc) and _encodable(t, enc)):
            continue
        if _BEFORE and adate(r['id'])[:3] > _BEFORE:
            continue
        if since and adate(r['id'])[:3] < since:
            continue
        cands.append(r)
    cands.sort(key=lambda r: r['id'])
    if keywords:
        # title matches first, then matches in the opening text, then the rest
        hit_t = [r for r in cands if any(k in r['title'] for k in keywords)]
        hit_x = [r for r in cands if r not in hit_t and any(k in r['text'][:400] for k in keywords)]
        rest = [r for r in cands if r not in hit_t and r not in hit_x]
        for grp in (hit_t, hit_x, rest):
            rng.shuffle(grp)
        cands = hit_t + hit_x + rest
    else:
        rng.shuffle(cands)
    out = []
    for r in cands:
        k = _title_key(r['title'])
        if k in seen:
            continue
        seen.add(k)
        _POOL_SEEN.add(k)
        out.append(r)
        if len(out) == n:
            break
    assert len(out) == n, (seed, len(out))
    return out


def T(r):
    return norm_ws(r['title'])


# --------------------------------------------------------------------------- html helpers

def E(s):
    return html.escape(s, quote=False)


def A(s):
    return html.escape(s, quote=True)


def Q(s):
    return urllib.parse.quote(s, safe='')


def slug(t):
    t = re.sub(r'[^\w\s-]', ' ', t)
    return '-'.join(t.split())


def pslug(t):
    return Q(slug(t)).replace('%2D', '-')


def J(obj):
    """JSON for <script> blocks (no '</' sequences)."""
    return json.dumps(obj, ensure_ascii=False).replace('</', '<\\/')


MONTHS_TN = ['جانفي', 'فيفري', 'مارس', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'سبتمبر',
             'أكتوبر', 'نوفمبر', 'ديسمبر']
MONTHS_EG = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر',
             'أكتوبر', 'نوفمبر', 'ديسمبر']
MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre',
             'octobre', 'novembre', 'décembre']
DAYS = ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد']
DAYS_EG = ['الإثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد']


def adate(aid):
    """(y, m, d, hh, mm) of an ANT article."""
    s = ANT[aid]['date'] or ''
    m = re.match(r'(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)', s)
    if m:
        return tuple(int(x) for x in m.groups())
    m = re.match(r'(\d\d)/(\d\d)/(\d{4})', s)
    if m:
        d, mo, y = (int(x) for x in m.groups())
        return (y, mo, d, hnum(aid, 10, 8), hnum(aid + 'm', 60))
    m = re.search(r'(\d{4})(\d\d)(\d\d)$', aid)
    if m and int(m.group(2)) <= 12:
        return (int(m.group(1)), int(m.group(2)), int(m.group(3)), 10, 0)
    return (2017, 1, 1, 10, 0)


def weekday(y, m, d, days=DAYS):
    import datetime
    return days[datetime.date(y, m, d).weekday()]


def iso(aid, tz='+01:00'):
    y, m, d, hh, mm = adate(aid)
    return '%04d-%02d-%02dT%02d:%02d:00%s' % (y, m, d, hh, mm, tz)


def tn_date(aid, with_day=False):
    y, m, d, hh, mm = adate(aid)
    s = '%d %s %d' % (d, MONTHS_TN[m - 1], y)
    return (weekday(y, m, d) + ' ' + s) if with_day else s


def eg_date(aid):
    y, m, d, hh, mm = adate(aid)
    return '%d %s %d' % (d, MONTHS_EG[m - 1], y)


def ago(aid, ref):
    """'منذ N ساعة/يوم' of a teaser relative to the page's article (never negative)."""
    import datetime
    a = datetime.datetime(*adate(aid))
    b = datetime.datetime(*adate(ref))
    h = max(1, int((b - a).total_seconds() // 3600))
    if h < 24:
        return 'منذ %d ساعة' % h if h > 2 else 'منذ ساعتين' if h == 2 else 'منذ ساعة'
    dd = h // 24
    return 'منذ %d أيام' % dd if 2 < dd < 11 else 'منذ يومين' if dd == 2 else 'منذ يوم' if dd == 1 else 'منذ %d يوما' % dd


PAGES = {}


def page(name):
    def deco(fn):
        PAGES[name] = fn
        return fn
    return deco


# =========================================================================== 1. Elementor (WordPress + Elementor Pro theme builder)
_EL_N = [0]


def _eid(tag):
    _EL_N[0] += 1
    return hexid('el:%s:%d' % (tag, _EL_N[0]))


def el_widget(kind, inner, tag='w', extra=''):
    i = _eid(tag)
    return ('<div class="elementor-element elementor-element-%s%s elementor-widget elementor-widget-%s" data-id="%s" '
            'data-element_type="widget" data-widget_type="%s.default">\n\t\t\t\t<div class="elementor-widget-container">\n'
            '%s\n\t\t\t\t</div>\n\t\t\t\t</div>\n' % (i, extra, kind, i, kind, inner))


def el_column(width, widgets, inner=False, tag='c'):
    i = _eid(tag)
    return ('\t\t<div class="elementor-column elementor-col-%d elementor-%s-column elementor-element elementor-element-%s" '
            'data-id="%s" data-element_type="column">\n\t\t\t<div class="elementor-widget-wrap elementor-element-populated">\n'
            '%s\t\t\t</div>\n\t\t</div>\n' % (width, 'inner' if inner else 'top', i, i, ''.join(widgets)))


def el_section(columns, inner=False, tag='s', extra=' elementor-section-boxed elementor-section-height-default elementor-section-height-default'):
    i = _eid(tag)
    return ('\t\t<section class="elementor-section elementor-%s-section elementor-element elementor-element-%s%s" data-id="%s" '
            'data-element_type="section">\n\t\t\t\t\t\t<div class="elementor-container elementor-column-gap-default">\n%s'
            '\t\t\t\t\t</div>\n\t\t</section>\n' % ('inner' if inner else 'top', i, extra, i, ''.join(columns)))


def el_heading(text, tag='h2', cls=''):
    return el_widget('heading', '\t\t\t<%s class="elementor-heading-title elementor-size-default">%s</%s>' % (tag, text, tag), extra=cls)


def el_icon_list(items, inline=False):
    lis = []
    for icon, text, href in items:
        inner = '<span class="elementor-icon-list-icon"><i aria-hidden="true" class="%s"></i></span><span class="elementor-icon-list-text">%s</span>' % (icon, text)
        if href:
            inner = '<a href="%s">%s</a>' % (href, inner)
        lis.append('\t\t\t\t\t\t\t<li class="elementor-icon-list-item%s">\n\t\t\t\t\t\t\t\t%s\n\t\t\t\t\t\t\t</li>\n' % (' elementor-inline-item' if inline else '', inner))
    return el_widget('icon-list', '\t\t\t\t\t<ul class="elementor-icon-list-items%s">\n%s\t\t\t\t\t</ul>' % (' elementor-inline-items' if inline else '', ''.join(lis)))


def el_posts(rows, base, excerpt_words=26, cols=3, ref=None):
    arts = []
    for rr in rows:
        pid = hnum(rr['id'], 4000, 1000)
        href = '%s/%s/' % (base, pslug(T(rr))[:80].rstrip('-%'))
        y, mo, d = adate(rr['id'])[:3]
        arts.append('\t\t\t<article class="elementor-post elementor-grid-item post-%d post type-post status-publish format-standard has-post-thumbnail hentry category-science">\n'
                    '\t\t\t\t<a class="elementor-post__thumbnail__link" href="%s" tabindex="-1"><div class="elementor-post__thumbnail"><img width="300" height="169" src="%s/wp-content/uploads/%04d/%02d/%d-300x169.jpg" class="attachment-medium size-medium wp-image-%d" alt="" loading="lazy" /></div></a>\n'
                    '\t\t\t\t<div class="elementor-post__text">\n\t\t\t\t<h3 class="elementor-post__title">\n\t\t\t<a href="%s">\n\t\t\t\t%s\t\t\t</a>\n\t\t</h3>\n'
                    '\t\t\t\t<div class="elementor-post__meta-data">\n\t\t\t\t\t<span class="elementor-post-date">\n\t\t\t%d %s %d\t\t</span>\n\t\t\t\t</div>\n'
                    '\t\t\t\t<div class="elementor-post__excerpt">\n\t\t\t<p>%s</p>\n\t\t</div>\n'
                    '\t\t\t\t<a class="elementor-post__read-more" href="%s" aria-label="اقرأ المزيد عن %s" tabindex="-1">\n\t\t\tاقرأ المزيد »\t\t</a>\n'
                    '\t\t\t\t</div>\n\t\t\t</article>\n' % (
                        pid, href, base, y, mo, pid, pid + 7, href, E(T(rr)), d, MONTHS_EG[mo - 1], y,
                        E(first_words(rr, excerpt_words, '')) + ' [&hellip;]',
                        href, A(T(rr))))
    return el_widget('posts', '\t\t<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">\n%s\t\t</div>' % ''.join(arts),
                     extra=' elementor-grid-%d elementor-grid-tablet-2 elementor-grid-mobile-1 elementor-posts--thumbnail-top' % cols)


@page('elementor_wordpress')
def elementor_wordpress():
    aid = MAIN['elementor_wordpress']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    base = 'https://afaq-science.com'
    pid = 4821
    url = '%s/%04d/%02d/%s/' % (base, y, mo, 'roses-batteries-linkoping')
    author = 'سلمى الورتاني'
    caption = 'وردة موصولة بأقطاب كهربائية في مختبر الإلكترونيات العضوية بجامعة لينشوبينغ (صورة توضيحية)'
    bio = 'صحفية علمية مهتمة بالطاقات المتجددة والبيولوجيا، تكتب في آفاق العلوم منذ 2014 وتتابع أحدث الدراسات المنشورة في المجلات المحكّمة.'
    cta_title = 'العلم في بريدك كل أسبوع'
    cta_desc = 'اشترك مجانا في نشرة آفاق العلوم الأسبوعية ليصلك كل يوم جمعة ملخص أهم الاكتشافات والدراسات العلمية، مبسطة وباللغة العربية، من دون إعلانات مزعجة.'
    about = 'آفاق العلوم مجلة إلكترونية عربية مستقلة تعنى بتبسيط العلوم ونقل أخبار البحث العلمي والتكنولوجيا والصحة والبيئة إلى القارئ العربي، بلغة سهلة ومصادر موثوقة.'
    related = pool('el-rel', 3, category=('diverse', 'technology'), keywords=['علماء', 'دراسة', 'باحثون', 'الطاقة', 'ابتكار'])
    popular = pool('el-pop', 5, category=('diverse', 'technology'))
    also = pool('el-also', 4, category='diverse')
    prev_r = pool('el-prev', 1, category='diverse')[0]
    iso_d = iso(aid)
    date_ar = '%d %s %d' % (d, MONTHS_EG[mo - 1], y)
    nav = [('الرئيسية', '/'), ('فضاء وفلك', '/category/space/'), ('صحة', '/category/health/'), ('بيئة وطاقة', '/category/energy/'),
           ('تكنولوجيا', '/category/tech/'), ('علوم الحياة', '/category/biology/'), ('من نحن', '/about/')]
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url},
         "author": {"name": author, "@id": base + "/#/schema/person/5c1a"}, "headline": title,
         "datePublished": iso_d, "dateModified": iso_d, "mainEntityOfPage": {"@id": url}, "wordCount": len(' '.join(paras).split()),
         "publisher": {"@id": base + "/#organization"}, "image": {"@id": url + "#primaryimage"},
         "articleSection": ["بيئة وطاقة"], "inLanguage": "ar"},
        {"@type": "WebPage", "@id": url, "url": url, "name": title + " - آفاق العلوم", "isPartOf": {"@id": base + "/#website"},
         "datePublished": iso_d, "breadcrumb": {"@id": url + "#breadcrumb"}, "inLanguage": "ar"},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": base + "/"},
            {"@type": "ListItem", "position": 2, "name": "بيئة وطاقة", "item": base + "/category/energy/"},
            {"@type": "ListItem", "position": 3, "name": title}]},
        {"@type": "Organization", "@id": base + "/#organization", "name": "آفاق العلوم", "url": base + "/"}]}
    _EL_N[0] = 0
    H = []
    H.append('<!doctype html>\n<html dir="rtl" lang="ar">\n<head>\n\t<meta charset="UTF-8">\n\t<meta name="viewport" content="width=device-width, initial-scale=1">\n\t<link rel="profile" href="https://gmpg.org/xfn/11">\n\t<meta name=\'robots\' content=\'index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1\' />\n\n\t<!-- This site is optimized with the Yoast SEO plugin v19.2 - https://yoast.com/wordpress/plugins/seo/ -->\n\t<title>%s - آفاق العلوم</title>\n\t<link rel="canonical" href="%s" />\n\t<meta property="og:locale" content="ar_AR" />\n\t<meta property="og:type" content="article" />\n\t<meta property="og:title" content="%s - آفاق العلوم" />\n\t<meta property="og:description" content="%s" />\n\t<meta property="og:url" content="%s" />\n\t<meta property="og:site_name" content="آفاق العلوم" />\n\t<meta property="article:published_time" content="%s" />\n\t<meta property="og:image" content="%s/wp-content/uploads/%04d/%02d/rose-battery.jpg" />\n\t<meta name="author" content="%s" />\n\t<meta name="twitter:card" content="summary_large_image" />\n\t<meta name="twitter:label1" content="كُتب بواسطة" />\n\t<meta name="twitter:data1" content="%s" />\n\t<meta name="twitter:label2" content="وقت القراءة المُقدّر" />\n\t<meta name="twitter:data2" content="دقيقتان" />\n\t<script type="application/ld+json" class="yoast-schema-graph">%s</script>\n\t<!-- / Yoast SEO plugin. -->\n\n\n<link rel=\'dns-prefetch\' href=\'//fonts.googleapis.com\' />\n<link rel="alternate" type="application/rss+xml" title="آفاق العلوم &laquo; الخلاصة" href="%s/feed/" />\n<link rel=\'stylesheet\' id=\'wp-block-library-rtl-css\'  href=\'%s/wp-includes/css/dist/block-library/style-rtl.min.css?ver=6.0\' media=\'all\' />\n<link rel=\'stylesheet\' id=\'hello-elementor-css\'  href=\'%s/wp-content/themes/hello-elementor/style.min.css?ver=2.5.0\' media=\'all\' />\n<link rel=\'stylesheet\' id=\'elementor-icons-css\'  href=\'%s/wp-content/plugins/elementor/assets/lib/eicons/css/elementor-icons.min.css?ver=5.15.0\' media=\'all\' />\n<link rel=\'stylesheet\' id=\'elementor-frontend-css\'  href=\'%s/wp-content/plugins/elementor/assets/css/frontend-lite.rtl.min.css?ver=3.6.6\' media=\'all\' />\n<link rel=\'stylesheet\' id=\'elementor-pro-css\'  href=\'%s/wp-content/plugins/elementor-pro/assets/css/frontend-lite.rtl.min.css?ver=3.7.2\' media=\'all\' />\n<link rel=\'stylesheet\' id=\'elementor-post-88-css\'  href=\'%s/wp-content/uploads/elementor/css/post-88.css?ver=1655804417\' media=\'all\' />\n<link rel=\'stylesheet\' id=\'elementor-post-1290-css\'  href=\'%s/wp-content/uploads/elementor/css/post-1290.css?ver=1655804417\' media=\'all\' />\n<link rel=\'stylesheet\' id=\'google-fonts-1-css\'  href=\'https://fonts.googleapis.com/css?family=Cairo%%3A100%%2C200%%2C300%%2C400%%2C500%%2C600%%2C700%%2C800%%2C900&#038;display=auto&#038;ver=6.0\' media=\'all\' />\n<script src=\'%s/wp-includes/js/jquery/jquery.min.js?ver=3.6.0\' id=\'jquery-core-js\'></script>\n<link rel="https://api.w.org/" href="%s/wp-json/" /><link rel="alternate" type="application/json" href="%s/wp-json/wp/v2/posts/%d" />\n<meta name="generator" content="WordPress 6.0" />\n<link rel=\'shortlink\' href=\'%s/?p=%d\' />\n<meta name="generator" content="Elementor 3.6.6; features: e_dom_optimization, e_optimized_assets_loading, e_optimized_css_loading, a11y_improvements, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-auto">\n</head>\n' % (
        E(title), url, A(title), A(first_sentence(r, 30)), url, iso_d, base, y, mo, A(author), A(author), J(ld),
        base, base, base, base, base, base, base, base, base, base, base, pid, base, pid))
    H.append('<body class="rtl post-template-default single single-post postid-%d single-format-standard wp-custom-logo elementor-default elementor-template-full-width elementor-kit-7 elementor-page-1290">\n\n\n<a class="skip-link screen-reader-text" href="#content">\n\tالانتقال إلى المحتوى</a>\n\n' % pid)
    # ---- header template
    navlis = ''.join('<li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-%d%s"><a href="%s%s" class="elementor-item%s">%s</a></li>' % (
        30 + k, ' current-post-ancestor' if lab == 'بيئة وطاقة' else '', base, href, ' elementor-item-active' if lab == 'بيئة وطاقة' else '', lab) for k, (lab, href) in enumerate(nav))
    top = el_section([
        el_column(50, [el_widget('text-editor', '\t\t\t\t\t\t\t<p>%s %d %s %d</p>\t\t\t\t\t\t' % (weekday(y, mo, d, DAYS_EG), d, MONTHS_EG[mo - 1], y))]),
        el_column(50, [el_widget('social-icons', '\t\t\t<div class="elementor-social-icons-wrapper elementor-grid">\n\t\t\t\t\t\t\t<span class="elementor-grid-item">\n\t\t\t\t\t<a class="elementor-icon elementor-social-icon elementor-social-icon-facebook" href="https://www.facebook.com/afaqscience" target="_blank">\n\t\t\t\t\t\t<span class="elementor-screen-only">Facebook</span>\n\t\t\t\t\t\t<i class="fab fa-facebook"></i>\t\t\t\t\t</a>\n\t\t\t\t</span>\n\t\t\t\t\t\t\t<span class="elementor-grid-item">\n\t\t\t\t\t<a class="elementor-icon elementor-social-icon elementor-social-icon-twitter" href="https://twitter.com/afaqscience" target="_blank">\n\t\t\t\t\t\t<span class="elementor-screen-only">Twitter</span>\n\t\t\t\t\t\t<i class="fab fa-twitter"></i>\t\t\t\t\t</a>\n\t\t\t\t</span>\n\t\t\t\t\t\t\t<span class="elementor-grid-item">\n\t\t\t\t\t<a class="elementor-icon elementor-social-icon elementor-social-icon-youtube" href="https://www.youtube.com/c/afaqscience" target="_blank">\n\t\t\t\t\t\t<span class="elementor-screen-only">Youtube</span>\n\t\t\t\t\t\t<i class="fab fa-youtube"></i>\t\t\t\t\t</a>\n\t\t\t\t</span>\n\t\t\t\t\t</div>')])],
        extra=' elementor-section-boxed elementor-section-height-default elementor-section-height-default elementor-hidden-mobile')
    head = el_section([
        el_column(25, [el_widget('theme-site-logo', '\t\t\t\t\t\t\t\t\t\t\t\t<a href="%s/">\n\t\t\t\t\t\t\t<img width="240" height="64" src="%s/wp-content/uploads/2016/09/afaq-logo.png" class="attachment-full size-full" alt="آفاق العلوم" loading="lazy" />\t\t\t\t\t\t\t\t</a>' % (base, base), extra=' elementor-widget-image')]),
        el_column(50, [el_widget('nav-menu', '\t\t\t<nav migration_allowed="1" migrated="0" role="navigation" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade">\n\t\t\t\t<ul id="menu-1-%s" class="elementor-nav-menu">%s</ul>\t\t\t</nav>\n\t\t\t\t\t<div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="تبديل القائمة" aria-expanded="false">\n\t\t\t<i aria-hidden="true" role="presentation" class="elementor-menu-toggle__icon--open eicon-menu-bar"></i><span class="elementor-screen-only">القائمة</span>\n\t\t</div>' % (hexid('menu'), navlis), extra=' elementor-nav-menu__align-center elementor-nav-menu--dropdown-tablet')]),
        el_column(25, [el_widget('search-form', '\t\t\t<form class="elementor-search-form" role="search" action="%s" method="get">\n\t\t\t\t\t\t\t\t<div class="elementor-search-form__container">\n\t\t\t\t\t\t\t\t<input placeholder="ابحث في آفاق العلوم..." class="elementor-search-form__input" type="search" name="s" title="بحث" value="">\n\t\t\t\t\t\t\t\t\t\t\t\t\t<button class="elementor-search-form__submit" type="submit" title="بحث" aria-label="بحث">\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<i aria-hidden="true" class="fas fa-search"></i>\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<span class="elementor-screen-only">بحث</span>\n\t\t\t\t\t\t\t\t\t\t\t</button>\n\t\t\t\t\t\t\t\t\t\t\t</div>\n\t\t</form>' % base)])])
    H.append('\t\t<div data-elementor-type="header" data-elementor-id="88" class="elementor elementor-88 elementor-location-header">\n\t\t\t\t\t\t\t<div class="elementor-section-wrap">\n%s%s\t\t\t\t\t\t\t</div>\n\t\t\t\t\t</div>\n\t\t\n' % (top, head))
    # ---- single post template
    bc = el_widget('breadcrumbs', '\t\t\t<p id="breadcrumbs"><span><span><a href="%s/">الرئيسية</a> » <span><a href="%s/category/energy/">بيئة وطاقة</a> » <span class="breadcrumb_last" aria-current="page">%s</span></span></span></span></p>' % (base, base, E(title)))
    ttl = el_widget('theme-post-title', '\t\t\t<h1 class="elementor-heading-title elementor-size-default">%s</h1>' % E(title), extra=' elementor-widget-heading')
    info = el_widget('post-info', '\t\t\t\t\t<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">\n'
                     '\t\t\t\t\t\t\t\t<li class="elementor-icon-list-item elementor-repeater-item-0c2f1e3 elementor-inline-item" itemprop="author">\n\t\t\t\t\t\t<a href="%s/author/salma/">\n\t\t\t\t\t\t\t\t\t\t\t<span class="elementor-icon-list-icon">\n\t\t\t\t\t\t\t\t<i aria-hidden="true" class="fas fa-user-circle"></i>\t\t\t\t\t\t\t</span>\n\t\t\t\t\t\t\t\t\t<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">\n\t\t\t\t\t\t\t\t\t\t%s\t\t\t\t\t</span>\n\t\t\t\t\t\t\t\t</a>\n\t\t\t\t</li>\n'
                     '\t\t\t\t<li class="elementor-icon-list-item elementor-repeater-item-7d41a9b elementor-inline-item" itemprop="datePublished">\n\t\t\t\t\t\t<a href="%s/%04d/%02d/%02d/">\n\t\t\t\t\t\t\t\t\t\t\t<span class="elementor-icon-list-icon">\n\t\t\t\t\t\t\t\t<i aria-hidden="true" class="fas fa-calendar"></i>\t\t\t\t\t\t\t</span>\n\t\t\t\t\t\t\t\t\t<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date">\n\t\t\t\t\t\t\t\t\t\t%s\t\t\t\t\t</span>\n\t\t\t\t\t\t\t\t</a>\n\t\t\t\t</li>\n'
                     '\t\t\t\t<li class="elementor-icon-list-item elementor-repeater-item-e95b7c2 elementor-inline-item">\n\t\t\t\t\t\t\t\t\t\t<span class="elementor-icon-list-icon">\n\t\t\t\t\t\t\t\t<i aria-hidden="true" class="far fa-clock"></i>\t\t\t\t\t\t\t</span>\n\t\t\t\t\t\t\t\t\t<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-time">\n\t\t\t\t\t\t\t\t\t\t%d:%02d ص\t\t\t\t\t</span>\n\t\t\t\t\t\t\t\t</li>\n'
                     '\t\t\t\t<li class="elementor-icon-list-item elementor-repeater-item-3a80f4d elementor-inline-item" itemprop="commentCount">\n\t\t\t\t\t\t<a href="%s#respond">\n\t\t\t\t\t\t\t\t\t\t\t<span class="elementor-icon-list-icon">\n\t\t\t\t\t\t\t\t<i aria-hidden="true" class="far fa-comment-dots"></i>\t\t\t\t\t\t\t</span>\n\t\t\t\t\t\t\t\t\t<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-comments">\n\t\t\t\t\t\t\t\t\t\tلا توجد تعليقات\t\t\t\t\t</span>\n\t\t\t\t\t\t\t\t</a>\n\t\t\t\t</li>\n\t\t\t\t</ul>' % (
                         base, E(author), base, y, mo, d, date_ar, hh, mi, url))
    img = el_widget('theme-post-featured-image', '\t\t\t\t\t\t\t\t\t\t\t\t<img width="1024" height="576" src="%s/wp-content/uploads/%04d/%02d/rose-battery-1024x576.jpg" class="attachment-large size-large wp-image-4822" alt="" loading="lazy" srcset="%s/wp-content/uploads/%04d/%02d/rose-battery-1024x576.jpg 1024w, %s/wp-content/uploads/%04d/%02d/rose-battery-300x169.jpg 300w" sizes="(max-width: 1024px) 100vw, 1024px" />' % (
        base, y, mo, base, y, mo, base, y, mo), extra=' elementor-widget-image')
    body = []
    for i, p in enumerate(paras):
        body.append('<p>%s</p>\n' % E(p))
        if i == 2:
            body.append('\n<figure class="wp-block-image size-large"><img loading="lazy" width="1024" height="683" src="%s/wp-content/uploads/%04d/%02d/rose-lab-1024x683.jpg" alt="" class="wp-image-4823"/><figcaption>%s</figcaption></figure>\n\n' % (base, y, mo, E(caption)))
        else:
            body.append('\n')
    content = el_widget('theme-post-content', ''.join(body).rstrip('\n'))
    share_items = ''.join('\t\t\t\t\t<div class="elementor-grid-item">\n\t\t\t\t\t\t<div class="elementor-share-btn elementor-share-btn_%s" role="button" tabindex="0" aria-label="مشاركة على %s">\n\t\t\t\t\t\t\t\t\t\t\t\t\t<span class="elementor-share-btn__icon">\n\t\t\t\t\t\t\t\t<i class="fab fa-%s" aria-hidden="true"></i>\t\t\t\t\t\t\t\t<span class="elementor-screen-only">مشاركة على %s</span>\n\t\t\t\t\t\t\t</span>\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<div class="elementor-share-btn__text">\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<span class="elementor-share-btn__title">\n\t\t\t\t\t\t\t\t\t\t%s\t\t\t\t\t\t\t\t\t</span>\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t\t\t\t\t\t</div>\n\t\t\t\t\t</div>\n' % (k, k, k, k, lab) for k, lab in [('facebook', 'فيسبوك'), ('twitter', 'تويتر'), ('whatsapp', 'واتساب'), ('telegram', 'تيليغرام')])
    share = el_widget('share-buttons', '\t\t<div class="elementor-grid">\n%s\t\t\t</div>' % share_items, extra=' elementor-share-buttons--view-icon-text elementor-share-buttons--skin-gradient elementor-share-buttons--shape-rounded elementor-grid-0 elementor-share-buttons--color-official')
    tags = el_widget('post-info', '\t\t\t\t\t<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">\n\t\t\t\t\t\t\t\t<li class="elementor-icon-list-item elementor-repeater-item-8b12cc0 elementor-inline-item" itemprop="about">\n\t\t\t\t\t\t\t\t\t\t<span class="elementor-icon-list-icon">\n\t\t\t\t\t\t\t\t<i aria-hidden="true" class="fas fa-tags"></i>\t\t\t\t\t\t\t</span>\n\t\t\t\t\t\t\t\t\t<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms">\n\t\t\t\t\t\t\t\t\t\t<span class="elementor-post-info__item-prefix">الوسوم: </span>\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t<span class="elementor-post-info__terms-list">\n\t\t\t\t<a href="%s/tag/batteries/" class="elementor-post-info__terms-list-item">بطاريات</a>, <a href="%s/tag/plants/" class="elementor-post-info__terms-list-item">نباتات</a>, <a href="%s/tag/sweden/" class="elementor-post-info__terms-list-item">السويد</a>\t\t\t\t</span>\n\t\t\t\t\t</span>\n\t\t\t\t\t\t\t\t</li>\n\t\t\t\t</ul>' % (base, base, base))
    cta = el_widget('call-to-action', '\t\t<div class="elementor-cta">\n\t\t\t\t\t<div class="elementor-cta__bg-wrapper">\n\t\t\t\t<div class="elementor-cta__bg elementor-bg" style="background-image: url(%s/wp-content/uploads/2016/10/newsletter-bg.jpg);"></div>\n\t\t\t\t<div class="elementor-cta__bg-overlay"></div>\n\t\t\t</div>\n\t\t\t\t\t\t\t<div class="elementor-cta__content">\n\t\t\t\t\n\t\t\t\t\t\t\t\t\t<h3 class="elementor-cta__title elementor-cta__content-item elementor-content-item">\n\t\t\t\t\t\t%s\t\t\t\t\t</h3>\n\t\t\t\t\n\t\t\t\t\t\t\t\t\t<div class="elementor-cta__description elementor-cta__content-item elementor-content-item">\n\t\t\t\t\t\t%s\t\t\t\t\t</div>\n\t\t\t\t\n\t\t\t\t\t\t\t\t\t<div class="elementor-cta__button-wrapper elementor-cta__content-item elementor-content-item ">\n\t\t\t\t\t<a class="elementor-cta__button elementor-button elementor-size-sm" href="%s/newsletter/">\n\t\t\t\t\t\tاشترك الآن\t\t\t\t\t</a>\n\t\t\t\t\t</div>\n\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t</div>' % (base, cta_title, cta_desc, base), extra=' elementor-cta--skin-cover elementor-cta--valign-middle elementor-animated-content')
    also_list = el_icon_list([('fas fa-angle-left', E(T(rr)), '%s/?p=%d' % (base, hnum(rr['id'], 4000, 1000))) for rr in also])
    author_box = el_widget('author-box', '\t\t<div class="elementor-author-box">\n\t\t\t\t\t\t\t<a href="%s/author/salma/" class="elementor-author-box__avatar">\n\t\t\t\t\t<img src="%s/wp-content/uploads/2016/05/salma-150x150.jpg" alt="%s">\n\t\t\t\t</a>\n\t\t\t\n\t\t\t<div class="elementor-author-box__text">\n\t\t\t\t\t\t\t\t\t<a href="%s/author/salma/">\n\t\t\t\t\t\t<h4 class="elementor-author-box__name">\n\t\t\t\t\t\t\t%s\t\t\t\t\t\t</h4>\n\t\t\t\t\t</a>\n\t\t\t\t\n\t\t\t\t\t\t\t\t\t<div class="elementor-author-box__bio">\n\t\t\t\t\t\t<p>%s</p>\n\t\t\t\t\t</div>\n\t\t\t\t\n\t\t\t\t\t\t\t\t\t<a class="elementor-author-box__button elementor-button elementor-size-xs" href="%s/author/salma/">\n\t\t\t\t\t\tكل مقالات الكاتبة\t\t\t\t\t</a>\n\t\t\t\t\t\t\t</div>\n\t\t</div>' % (base, base, A(author), base, E(author), E(bio), base))
    pnav = el_widget('post-navigation', '\t\t<div class="elementor-post-navigation">\n\t\t\t<div class="elementor-post-navigation__prev elementor-post-navigation__link">\n\t\t\t\t<a href="%s/?p=%d" rel="prev"><span class="post-navigation__arrow-wrapper post-navigation__arrow-prev"><i class="fa fa-angle-right" aria-hidden="true"></i><span class="elementor-screen-only">السابق</span></span><span class="elementor-post-navigation__link__prev"><span class="post-navigation__prev--label">المقال السابق</span><span class="post-navigation__prev--title">%s</span></span></a>\t\t\t</div>\n\t\t\t\t\t\t<div class="elementor-post-navigation__next elementor-post-navigation__link">\n\t\t\t\t\t\t\t</div>\n\t\t</div>' % (base, hnum(prev_r['id'], 4000, 1000), E(T(prev_r))))
    comments = el_widget('post-comments', '\t\t<div id="respond" class="comment-respond">\n\t\t<h3 id="reply-title" class="comment-reply-title">اترك تعليقاً <small><a rel="nofollow" id="cancel-comment-reply-link" href="%s#respond" style="display:none;">إلغاء الرد</a></small></h3><form action="%s/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">لن يتم نشر عنوان بريدك الإلكتروني.</span> <span class="required-field-message" aria-hidden="true">الحقول الإلزامية مشار إليها بـ <span class="required" aria-hidden="true">*</span></span></p><p class="comment-form-comment"><label for="comment">التعليق <span class="required" aria-hidden="true">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">الاسم <span class="required" aria-hidden="true">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" required /></p>\n<p class="comment-form-email"><label for="email">البريد الإلكتروني <span class="required" aria-hidden="true">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" required /></p>\n<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال التعليق" /> <input type=\'hidden\' name=\'comment_post_ID\' value=\'%d\' id=\'comment_post_ID\' />\n<input type=\'hidden\' name=\'comment_parent\' id=\'comment_parent\' value=\'0\' />\n</p></form>\t</div><!-- #respond -->' % (url, base, pid), extra=' elementor-widget-theme-post-comments')
    # main column: an inner section whose single column holds the post content and, at the same depth,
    # the share bar, tags, call-to-action, "related" posts grid with excerpts, an icon list and the author box
    inner = el_section([el_column(100, [content, share, tags, cta,
                                        el_heading('مقالات ذات صلة', 'h3', ' elementor-widget-heading'),
                                        el_posts(related, base, 26, 3),
                                        el_heading('اقرأ في آفاق العلوم', 'h4', ' elementor-widget-heading'),
                                        also_list, author_box, pnav, comments], inner=True)], inner=True)
    side = [el_heading('الأكثر قراءة', 'h3', ' elementor-widget-heading'),
            el_posts(popular[:3], base, 18, 1),
            el_icon_list([('fas fa-fire', E(T(rr)), '%s/?p=%d' % (base, hnum(rr['id'], 4000, 1000))) for rr in popular[3:]]),
            el_widget('text-editor', '\t\t\t\t\t\t\t<p>%s</p>\t\t\t\t\t\t' % about),
            el_widget('html', '\t\t\t<ins class="adsbygoogle" style="display:block" data-ad-client="ca-pub-6120734417283921" data-ad-slot="5521730184" data-ad-format="auto" data-full-width-responsive="true"></ins>\n<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>')]
    main = el_section([el_column(66, [inner]), el_column(33, side)])
    sp = '\t\t<div data-elementor-type="single-post" data-elementor-id="1290" class="elementor elementor-1290 elementor-location-single post-%d post type-post status-publish format-standard has-post-thumbnail hentry category-energy tag-batteries tag-plants tag-sweden">\n\t\t\t\t\t\t\t<div class="elementor-section-wrap">\n%s%s\t\t\t\t\t\t\t</div>\n\t\t\t\t\t</div>\n\t\t\n' % (
        pid, el_section([el_column(100, [bc, ttl, info, img])]), main)
    H.append(sp)
    # ---- footer template
    foot = el_section([
        el_column(33, [el_heading('عن آفاق العلوم', 'h4', ' elementor-widget-heading'), el_widget('text-editor', '\t\t\t\t\t\t\t<p>%s</p>\t\t\t\t\t\t' % about)]),
        el_column(33, [el_heading('روابط', 'h4', ' elementor-widget-heading'),
                       el_icon_list([('fas fa-circle', 'من نحن', base + '/about/'), ('fas fa-circle', 'سياسة الخصوصية', base + '/privacy/'),
                                     ('fas fa-circle', 'شروط الاستخدام', base + '/terms/'), ('fas fa-circle', 'اتصل بنا', base + '/contact/')])]),
        el_column(33, [el_heading('تواصل معنا', 'h4', ' elementor-widget-heading'),
                       el_icon_list([('fas fa-envelope', 'contact@afaq-science.com', 'mailto:contact@afaq-science.com'),
                                     ('fas fa-map-marker-alt', 'نهج الحرية، تونس العاصمة', None),
                                     ('fas fa-phone', '+216 71 000 412', 'tel:+21671000412')])])])
    copy = el_section([el_column(100, [el_widget('text-editor', '\t\t\t\t\t\t\t<p>© 2017 آفاق العلوم. جميع الحقوق محفوظة.</p>\t\t\t\t\t\t')])])
    H.append('\t\t<div data-elementor-type="footer" data-elementor-id="96" class="elementor elementor-96 elementor-location-footer">\n\t\t\t\t\t\t\t<div class="elementor-section-wrap">\n%s%s\t\t\t\t\t\t\t</div>\n\t\t\t\t\t</div>\n\t\t\n' % (foot, copy))
    H.append('<link rel=\'stylesheet\' id=\'elementor-icons-fa-solid-css\'  href=\'%s/wp-content/plugins/elementor/assets/lib/font-awesome/css/solid.min.css?ver=5.15.3\' media=\'all\' />\n<script src=\'%s/wp-content/plugins/elementor-pro/assets/js/webpack-pro.runtime.min.js?ver=3.7.2\' id=\'elementor-pro-webpack-runtime-js\'></script>\n<script id=\'elementor-frontend-js-before\'>\nvar elementorFrontendConfig = {"environmentMode":{"edit":false,"wpPreview":false,"isScriptDebug":false},"i18n":{"shareOnFacebook":"\\u0634\\u0627\\u0631\\u0643 \\u0639\\u0644\\u0649 \\u0641\\u064a\\u0633\\u0628\\u0648\\u0643"},"is_rtl":true,"breakpoints":{"xs":0,"sm":480,"md":768,"lg":1025,"xl":1440,"xxl":1600},"version":"3.6.6","is_static":false,"urls":{"assets":"%s\\/wp-content\\/plugins\\/elementor\\/assets\\/"},"settings":{"page":[],"editorPreferences":[]},"kit":{"active_breakpoints":["viewport_mobile","viewport_tablet"],"global_image_lightbox":"yes"},"post":{"id":%d,"title":%s,"excerpt":"","featuredImage":"%s\\/wp-content\\/uploads\\/%04d\\/%02d\\/rose-battery-1024x576.jpg"}};\n</script>\n<script src=\'%s/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.6.6\' id=\'elementor-frontend-js\'></script>\n\n</body>\n</html>\n' % (
        base, base, base.replace('/', '\\/'), pid, json.dumps(title + ' - آفاق العلوم'), base.replace('/', '\\/'), y, mo, base))
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='meta-charset',
                hard='WordPress + Elementor Pro theme builder (Hello theme): every block is section > elementor-container > column > widget-wrap > div.elementor-widget > div.elementor-widget-container; the body (7 <p> and a wp-block-image figure with caption) is the theme-post-content widget inside an inner section, and at the SAME depth, in the same widget-wrap, sit the share buttons, tags, a call-to-action box (h3 + 23-word description), a posts grid "مقالات ذات صلة" (3 cards with 26-word excerpts in <p>), an icon list of 4 titles, the author box (bio in <p>), post navigation and the comment form; the sidebar has a posts widget with excerpts, an icon list and a text-editor "about" <p>; header and footer templates use the same widget markup (text-editor <p>s).')


# =========================================================================== 2. Wix-like site-builder page
def _wix_comp(seed):
    return 'comp-' + hexid('wix:' + seed, 8).replace('0', 'k').replace('1', 'x')


def wix_rich(cid, inner):
    return ('<div id="%s" class="KcpHeO tz5f0K %s wixui-rich-text" data-testid="richTextElement">%s</div>' % (cid, cid, inner))


def wix_p(text, font='font_8', size=17, align='justify', family='droid-naskh,serif'):
    return ('<p class="%s wixui-rich-text__text" style="text-align:%s; font-size:%dpx;"><span style="font-size:%dpx;" class="wixui-rich-text__text">'
            '<span style="font-family:%s;" class="wixui-rich-text__text">%s</span></span></p>' % (font, align, size, size, family, text))


WIX_GUARD = '<p class="font_8 wixui-rich-text__text" style="text-align:justify; font-size:17px;"><span class="wixGuard wixui-rich-text__text">\u200b</span></p>'


def wix_section(cid, inner):
    return ('<section id="%s" tabindex="-1" class="Oqnisf %s wixui-section" data-block-level-container="ClassicSection">'
            '<div id="bgLayers_%s" data-hook="bgLayers" data-motion-part="BG_LAYER" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div>'
            '<div id="bgMedia_%s" data-motion-part="BG_MEDIA" class="VgO9Yg"></div></div><div data-mesh-id="%sinlineContent" data-testid="inline-content" class="">'
            '<div data-mesh-id="%sinlineContent-gridContainer" data-testid="mesh-container-content">%s</div></div></section>' % (cid, cid, cid, cid, cid, cid, inner))


@page('wix_like')
def wix_like():
    aid = MAIN['wix_like']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    base = 'https://www.monastir-today.com'
    url = '%s/post-%04d-%02d-%02d-niyaba' % (base, y, mo, d)
    latest = pool('wix-latest', 4, category=('localNews', 'society'), keywords=['المنستير', 'بلدية', 'الساحل', 'سوسة'])
    about = ('المنستير اليوم موقع إخباري جهوي مستقل أسسته مجموعة من الصحفيين الشبان من أبناء الجهة سنة 2014، '
             'يهتم بأخبار ولاية المنستير ومعتمدياتها ويفتح صفحاته لمشاغل المواطنين ومقترحاتهم.')
    contact = ['شارع الحبيب بورقيبة، عمارة النخلة، الطابق الثاني، المنستير 5000', 'الهاتف: 73 460 218',
               'البريد: redaction@monastir-today.com']
    nav = ['الرئيسية', 'أخبار الجهة', 'رياضة', 'ثقافة', 'من نحن', 'اتصل بنا']
    C = {k: _wix_comp(k) for k in ['logo', 'menu', 'lat-h', 'lat0', 'lat1', 'lat2', 'lat3', 'title', 'date', 'img', 'body',
                                   'share', 'about-h', 'about', 'contact-h', 'contact', 'form', 'foot', 'sec1', 'sec2', 'sec3', 'line']}
    pos = {'logo': (18, 0, 260), 'menu': (24, 300, 680), 'lat-h': (40, 0, 280), 'lat0': (90, 0, 280), 'lat1': (250, 0, 280),
           'lat2': (410, 0, 280), 'lat3': (570, 0, 280), 'title': (40, 320, 660), 'date': (150, 320, 660), 'img': (190, 320, 660),
           'body': (560, 320, 660), 'share': (860, 320, 300), 'about-h': (30, 0, 300), 'about': (76, 0, 300),
           'contact-h': (30, 340, 300), 'contact': (76, 340, 300), 'form': (30, 680, 300), 'foot': (12, 0, 980), 'line': (950, 320, 660)}
    css = ''.join('#%s{left:%dpx;margin-left:0;position:absolute;top:%dpx;width:%dpx;height:auto;min-height:24px}' % (C[k], l, t, w)
                  for k, (t, l, w) in sorted(pos.items()))
    viewer = {"siteFeatures": ["assetsLoader", "businessLogger", "dynamicPages", "fonts", "mobileActions", "navigation", "pages", "richText",
                               "router", "seo", "tpaCommons", "wixEmbedsApi"],
              "site": {"metaSiteId": "5d0c2a71-8e4f-4b36-a1c0-73f2e9b8d615", "siteId": "a9e1f6b2-33c4-4d0e-9f7a-2b8c5e1d4a60",
                       "externalBaseUrl": base, "isPremiumDomain": True, "language": "ar", "siteRevision": 412},
              "requestUrl": url, "language": {"userLanguage": "ar", "siteLanguage": "ar", "direction": "rtl"},
              "seo": {"title": title + " | المنستير اليوم", "pageId": "xk9f3"},
              "fleetConfig": {"fleetName": "thunderbolt-renderer-user-code", "type": "Rollout", "code": 1}}
    H = []
    H.append('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n  <meta charset=\'utf-8\'>\n  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />\n  <meta http-equiv="X-UA-Compatible" content="IE=edge">\n  <meta name="generator" content="Wix.com Website Builder"/>\n\n  <link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/7c2e41_5f1a0b8c9d3e4a7f8b2c6d0e1f3a5b7c~mv2.png/v1/fill/w_192%%2Ch_192%%2Clg_1%%2Cusm_0.66_1.00_0.01/7c2e41_5f1a0b8c9d3e4a7f8b2c6d0e1f3a5b7c~mv2.png" type="image/png"/>\n  <link rel="preconnect" href="https://static.parastorage.com" crossorigin>\n  <script type="text/javascript">window.__browser_deprecation__=window.__browser_deprecation__||false;</script>\n  <script type="application/json" id="wix-essential-viewer-model">%s</script>\n  <script>window.viewerModel = JSON.parse(document.getElementById(\'wix-essential-viewer-model\').textContent)</script>\n  <script src="https://static.parastorage.com/services/wix-thunderbolt/dist/main.7e1b2c0a.bundle.min.js" async></script>\n<!-- head performance data start -->\n<!-- head performance data end -->\n<meta name="description" content="%s"/>\n<link rel="canonical" href="%s"/>\n<meta property="og:title" content="%s | المنستير اليوم"/>\n<meta property="og:description" content="%s"/>\n<meta property="og:image" content="https://static.wixstatic.com/media/7c2e41_b3d9e0f4a2c14e6a9d8f7b5c3e1a0f2d~mv2.jpg/v1/fill/w_1200,h_630,al_c/monastir-baladiya.jpg"/>\n<meta property="og:url" content="%s"/>\n<meta property="og:site_name" content="المنستير اليوم"/>\n<meta property="og:type" content="website"/>\n<meta name="twitter:card" content="summary_large_image"/>\n<meta name="twitter:title" content="%s | المنستير اليوم"/>\n  <title>%s | المنستير اليوم</title>\n<style type="text/css">@font-face{font-family:droid-naskh;font-style:normal;font-weight:400;src:url("//static.parastorage.com/services/third-party/fonts/user-site-fonts/fonts/DroidNaskh-Regular.woff") format("woff")}</style>\n<style id="css_masterPage">.font_0{font:normal normal bold 34px/1.3em droid-naskh,serif;color:#1C2B39}.font_5{font:normal normal bold 18px/1.4em droid-naskh,serif;color:#1C2B39}.font_8{font:normal normal normal 17px/1.8em droid-naskh,serif;color:#2F2E2E}.font_9{font:normal normal normal 13px/1.6em droid-naskh,serif;color:#8A8A8A}.KcpHeO{word-wrap:break-word;text-align:start}.tz5f0K *{pointer-events:auto}.Oqnisf{position:relative}%s</style>\n</head>\n' % (
        J(viewer), A(first_sentence(r, 30)), url, A(title), A(first_sentence(r, 30)), url, A(title), E(title), css))
    H.append('<body class="">\n<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div><div id="BACKGROUND_GROUP"><div id="BACKGROUND_GROUP_TRANSITION_GROUP"><div id="pageBackground_xk9f3" data-media-height-override-type="" data-media-position-override="false" class="pageBackground_xk9f3 BmZ5pC"><div id="bgLayers_pageBackground_xk9f3" data-hook="bgLayers" data-motion-part="BG_LAYER" class="MW5IWV"><div data-testid="colorUnderlay" class="LWbAav Kv1aVt"></div><div id="bgMedia_pageBackground_xk9f3" data-motion-part="BG_MEDIA" class="VgO9Yg"></div></div></div></div></div><div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">')
    # header: logo + menu
    menu = ''.join('<li class="Sk7hbf" data-testid="itemWrapper"><a data-testid="linkElement" href="%s/%s" class="Ja2lDK%s" aria-haspopup="false"><div class="IAdRs3"><div class="" style="text-align:right"><p class="aCZiWU" data-testid="menuItemText">%s</p></div></div></a></li>' % (
        base, '' if k == 0 else 'page-%d' % k, ' e3w3Ki' if k == 1 else '', lab) for k, lab in enumerate(nav))
    H.append('<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div><div class="U4Bvut"><div class="G5K6X8"></div><div class="gUbusX" data-testid="screenWidthContainerBgCenter"></div><div class="CJF7A2"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">')
    H.append(wix_rich(C['logo'], '<h2 class="font_0 wixui-rich-text__text" style="font-size:28px;"><span style="font-size:28px;" class="wixui-rich-text__text"><a href="%s" target="_self" class="wixui-rich-text__text">المنستير اليوم</a></span></h2>' % base))
    H.append('<wix-dropdown-menu id="%s" class="XRwtpn NHM1d1 %s wixui-dropdown-menu hidden-during-prewarmup" tabindex="-1" dir="rtl" data-stretch-buttons-to-menu-width="true" data-same-width-buttons="false" data-num-items="%d" data-menuborder-y="0" data-menubtn-border="0" data-ribbon-els="0" data-label-pad="0" data-ribbon-extra="0" data-drophposition="" data-dropalign="right" data-testid="dropdown-menu"><nav class="R_TAzU" id="%snavContainer" aria-label="Site"><ul class="y7qwii" id="%sitemsContainer" style="text-align:right" data-menuborder-y="0" data-menubtn-border="0" data-ribbon-els="0" data-label-pad="0" data-ribbon-extra="0" data-dropalign="right">%s</ul></nav></wix-dropdown-menu>' % (
        C['menu'], C['menu'], len(nav), C['menu'], C['menu'], menu))
    H.append('</div></div></div></div></header>')
    H.append('<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU"><div id="xk9f3" class="dBAkHi theme-vars"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerxk9f3" class="Containerxk9f3 SPY_vo"><div data-mesh-id="Containerxk9f3inlineContent" data-testid="inline-content" class=""><div data-mesh-id="Containerxk9f3inlineContent-gridContainer" data-testid="mesh-container-content">')
    # section 1: DOM order = order the components were added in the editor: the "latest news" strip first
    s1 = [wix_rich(C['lat-h'], '<h4 class="font_5 wixui-rich-text__text" style="font-size:20px;"><span style="font-size:20px;" class="wixui-rich-text__text">آخر الأخبار</span></h4>')]
    for k, rr in enumerate(latest):
        s1.append(wix_rich(C['lat%d' % k], '<h5 class="font_5 wixui-rich-text__text" style="font-size:16px;"><span style="font-size:16px;" class="wixui-rich-text__text"><a href="%s/post-%d" target="_self" class="wixui-rich-text__text">%s</a></span></h5>%s%s' % (
            base, hnum(rr['id'], 900, 100), E(T(rr)), wix_p(E(first_sentence(rr, 40)), size=15), wix_p(E(tn_date(rr['id'])), font='font_9', size=13, align='right', family='arial,sans-serif'))))
    s1.append(wix_rich(C['title'], '<h1 class="font_0 wixui-rich-text__text" style="font-size:34px;"><span style="font-size:34px;" class="wixui-rich-text__text">%s</span></h1>' % E(title)))
    s1.append(wix_rich(C['date'], wix_p('%s - بقلم: هيئة التحرير' % tn_date(aid, True), font='font_9', size=13, align='right', family='arial,sans-serif')))
    s1.append('<div id="%s" class="MazNVa %s wixui-image" data-testid="imageX"><div data-testid="linkElement" class="j7pOnl"><wow-image id="img_%s" class="HlRz5e BI8PVQ" data-image-info=\'{"containerId":"%s","displayMode":"fill","imageData":{"width":1280,"height":720,"uri":"7c2e41_b3d9e0f4a2c14e6a9d8f7b5c3e1a0f2d~mv2.jpg","name":"","displayMode":"fill"}}\' data-bg-effect-name="" data-has-ssr-src=""><img src="https://static.wixstatic.com/media/7c2e41_b3d9e0f4a2c14e6a9d8f7b5c3e1a0f2d~mv2.jpg/v1/fill/w_660,h_371,al_c,q_80,usm_0.66_1.00_0.01,enc_auto/monastir-baladiya.jpg" alt="" style="width:660px;height:371px;object-fit:cover" width="660" height="371"/></wow-image></div></div>' % (
        C['img'], C['img'], C['img'], C['img']))
    s1.append(wix_rich(C['body'], wix_p(E(paras[0])) + WIX_GUARD + ''.join(wix_p(E(p)) for p in paras[1:]) + WIX_GUARD))
    s1.append('<div id="%s" class="%s wixui-share-buttons"><wix-iframe data-src="" title="Share Buttons"><iframe class="nKphmK" title="Share Buttons" aria-label="Share Buttons" scrolling="no" allowfullscreen="" allow="autoplay;camera;microphone;geolocation;vr" data-src="https://static.parastorage.com/services/share-buttons/1.0.52/index.html?compId=%s&amp;lang=ar"></iframe></wix-iframe></div>' % (C['share'], C['share'], C['share']))
    s1.append('<div id="%s" class="lBLyx1 %s wixui-horizontal-line" data-testid="horizontal-line"></div>' % (C['line'], C['line']))
    H.append(wix_section(C['sec1'], ''.join(s1)))
    # section 2: about / contact / newsletter form
    s2 = [wix_rich(C['about-h'], '<h4 class="font_5 wixui-rich-text__text"><span class="wixui-rich-text__text">من نحن</span></h4>'),
          wix_rich(C['about'], wix_p(E(about), size=15)),
          wix_rich(C['contact-h'], '<h4 class="font_5 wixui-rich-text__text"><span class="wixui-rich-text__text">اتصل بنا</span></h4>'),
          wix_rich(C['contact'], ''.join(wix_p(E(c), size=15, align='right') for c in contact)),
          '<form id="%s" class="JVi7i2 %s wixui-form" data-testid="form"><div class="Vq4wYb"><label class="wixui-rich-text__text">اشترك في نشرتنا لتصلك أخبار المنستير يوميا</label><input type="email" placeholder="البريد الإلكتروني" aria-label="البريد الإلكتروني" class="KvoMHf has-custom-focus"/><button class="uDW_Qe wixui-button" data-testid="buttonElement" aria-disabled="false"><span class="M3I7Z2 wixui-button__label">اشترك</span></button></div></form>' % (C['form'], C['form'])]
    H.append(wix_section(C['sec2'], ''.join(s2)))
    H.append('</div></div></div></div></div></div></div></main>')
    H.append('<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div><div class="U4Bvut"><div class="CJF7A2"><div data-mesh-id="SITE_FOOTERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_FOOTERinlineContent-gridContainer" data-testid="mesh-container-content">%s</div></div></div></div></footer>' % wix_rich(
        C['foot'], wix_p('© 2016 المنستير اليوم. تم إنشاء الموقع بواسطة Wix.com', font='font_9', size=13, align='center', family='arial,sans-serif')))
    H.append('</div></div></div></div>\n<script type="text/javascript">window.thunderboltVersion = "1.13277.0";window.thunderboltTag = "release";</script>\n<script id="wix-warmup-data" type="application/json">{"platform":{"ssrPropsUpdates":[],"ssrStyleUpdates":[]},"ooi":{"failedInSsr":{}},"pages":{"pageId":"xk9f3"},"dynamicPages":{}}</script>\n</body>\n</html>\n')
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='meta-charset',
                charset_regex=rb"<meta charset='utf-8'>",
                hard="Wix (Thunderbolt) div soup: every text block is a div[data-testid=richTextElement].wixui-rich-text positioned absolutely from a <style> block; the 78-word, 2-paragraph body is one rich-text of <p class=\"font_8\"> (triple-nested spans, a zero-width-space wixGuard spacer paragraph between and after) and it comes in the DOM AFTER the \"آخر الأخبار\" strip (4 rich-texts with a 40-word first-sentence excerpt each, also p.font_8) because DOM order follows editor order, not the visual layout; title (h1.font_0) and date/byline line (p.font_9) are separate rich-texts; \"من نحن\" (p.font_8, 26 words) and \"اتصل بنا\" rich-texts, a newsletter form and a footer rich-text; wix-essential-viewer-model JSON; meta charset in single quotes.")


# =========================================================================== 3. Egyptian portal (Youm7 / Masrawy style)
@page('egyptian_portal')
def egyptian_portal():
    aid = MAIN['egyptian_portal']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    base = 'https://www.misr24now.com'
    nid = 3261000 + hnum(aid, 9000)
    url = '%s/story/%04d/%d/%d/%s/%d' % (base, y, mo, d, pslug(title)[:120].rstrip('-%'), nid)
    kw = ['قطر', 'الخليج', 'السعودية', 'الإمارات', 'البحرين', 'الدوحة']
    also = pool('eg-also', 6, category=('internationalNews', 'politic'), keywords=kw)
    related = pool('eg-rel', 4, category=('internationalNews', 'politic'), keywords=kw)
    ticker = pool('eg-tick', 6, category='internationalNews')
    most = pool('eg-most', 10, category=('internationalNews', 'sport', 'diverse'))
    latest = pool('eg-latest', 8, category=('internationalNews', 'diverse', 'sport'))
    subtitle = 'القاهرة تتهم الدوحة بدعم الإرهاب.. والرياض وأبوظبى والمنامة تغلق المنافذ البرية والبحرية والجوية وتمهل القطريين 14 يوما للمغادرة'
    writer = 'كتب أحمد عبد الحليم'
    caps = ['أمير قطر الشيخ تميم بن حمد آل ثانى - أرشيفية', 'اجتماع سابق لوزراء خارجية دول مجلس التعاون الخليجى']
    main_cap = 'علم دولة قطر'
    hijri = '10 رمضان 1438'
    day = weekday(y, mo, d, DAYS_EG)
    nav = ['الرئيسية', 'أخبار عاجلة', 'سياسة', 'حوادث', 'عرب وعالم', 'اقتصاد', 'رياضة', 'فن', 'منوعات', 'فيديو']

    def link(rr):
        k = 3260000 + hnum(rr['id'], 9000)
        yy, mm, dd = adate(rr['id'])[:3]
        return '%s/story/%04d/%d/%d/%s/%d' % (base, yy, mm, dd, pslug(T(rr))[:80].rstrip('-%'), k)

    def ampm(h, m):
        return '%02d:%02d %s' % (h if h <= 12 else h - 12, m, 'ص' if h < 12 else 'م')

    H = []
    H.append('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n<title>%s - مصر الآن 24</title>\n<meta name="description" content="%s" />\n<meta name="keywords" content="قطر,السعودية,الإمارات,البحرين,مصر,قطع العلاقات,الإرهاب" />\n<meta property="og:title" content="%s" />\n<meta property="og:description" content="%s" />\n<meta property="og:image" content="https://img.misr24now.com/large/%04d%02d%02d%d.jpg" />\n<meta property="og:url" content="%s" />\n<meta property="og:type" content="article" />\n<meta property="og:site_name" content="مصر الآن 24" />\n<link rel="canonical" href="%s" />\n<link rel="amphtml" href="%s/amp/%d" />\n<link href="%s/Content/css/main.min.css?v=3.7.2" rel="stylesheet" />\n<script src="https://securepubads.g.doubleclick.net/tag/js/gpt.js" async></script>\n<script>var googletag=googletag||{};googletag.cmd=googletag.cmd||[];googletag.cmd.push(function(){googletag.defineSlot(\'/21719045/misr24_article_top\',[728,90],\'div-gpt-top\').addService(googletag.pubads());googletag.defineSlot(\'/21719045/misr24_article_inread\',[300,250],\'div-gpt-inread\').addService(googletag.pubads());googletag.pubads().enableSingleRequest();googletag.enableServices();});</script>\n</head>\n' % (
        E(title), A(subtitle), A(title), A(subtitle), y, mo, d, nid, url, url, base, nid, base))
    H.append('<body class="inner-page">\n<div class="topbar">\n  <div class="container">\n    <div class="date-today">%s، %02d %s %d - %s</div>\n    <div class="social-top"><a href="https://www.facebook.com/misr24now">فيسبوك</a> <a href="https://twitter.com/misr24now">تويتر</a> <a href="https://www.youtube.com/misr24now">يوتيوب</a> <a href="https://news.google.com/publications/misr24now">جوجل نيوز</a></div>\n  </div>\n</div>\n<header class="header">\n  <div class="container">\n    <a class="logo" href="%s/"><img src="%s/Content/images/logo.png" alt="مصر الآن 24" /></a>\n    <div class="ad-top"><div id="div-gpt-top"></div></div>\n  </div>\n  <nav class="mainmenu">\n    <div class="container">\n      <ul>\n' % (
        day, d, MONTHS_EG[mo - 1], y, hijri, base, base))
    for k, lab in enumerate(nav):
        H.append('        <li%s><a href="%s/Section/%d/%s">%s</a></li>\n' % (' class="active"' if lab == 'عرب وعالم' else '', base, 80 + k, pslug(lab), lab))
    H.append('      </ul>\n    </div>\n  </nav>\n</header>\n<div class="breaking">\n  <div class="container">\n    <span class="breaking-label">عاجل</span>\n    <div class="breaking-ticker">\n      <ul id="ticker">\n')
    for rr in ticker:
        H.append('        <li><a href="%s">%s</a></li>\n' % (link(rr), E(T(rr))))
    H.append('      </ul>\n    </div>\n  </div>\n</div>\n<div class="container main-content">\n  <div class="row">\n    <div class="col-md-8 col-sm-12">\n      <ol class="breadcrumb"><li><a href="%s/">الرئيسية</a></li><li><a href="%s/Section/84/%s">عرب وعالم</a></li></ol>\n      <div class="articleCont" id="articleCont">\n        <div class="articleHeader">\n          <h1>%s</h1>\n          <h2 class="subtitle">%s</h2>\n        </div>\n        <div class="writeBy">%s</div>\n        <span class="newsStoryDate">%s، %02d %s %d %s</span>\n        <div class="shareBar"><a class="fb" href="https://www.facebook.com/sharer.php?u=%s">شارك</a> <a class="tw" href="https://twitter.com/share?url=%s">غرد</a> <a class="wa" href="whatsapp://send?text=%s">واتساب</a> <a class="print" href="%s/Print/%d">طباعة</a> <span class="fontSize">حجم الخط <a href="#" class="plus">+</a> <a href="#" class="minus">-</a></span></div>\n        <div class="img-cont">\n          <img src="https://img.misr24now.com/large/%04d%02d%02d%d.jpg" alt="%s" title="%s" class="img-responsive" />\n          <span class="img-caption">%s</span>\n        </div>\n        <div id="articleBody" class="articleBody">\n' % (
        base, base, pslug('عرب وعالم'), E(title), E(subtitle), writer, day, d, MONTHS_EG[mo - 1], y, ampm(hh, mi),
        Q(url), Q(url), Q(url), base, nid, y, mo, d, nid, A(main_cap), A(main_cap), E(main_cap)))
    B = []
    for i, p in enumerate(paras):
        B.append('<p>%s</p>' % E(p))
        if i == 0:
            B.append('<p><strong>اقرأ أيضا..</strong></p>')
            for rr in also[:3]:
                B.append('<p><a href="%s" target="_blank">%s</a></p>' % (link(rr), E(T(rr))))
        elif i == 2:
            B.append('<p style="text-align: center;"><img alt="%s" src="https://img.misr24now.com/Upload/News/%04d/%02d/%02d/%d_1.jpg" style="width: 600px; height: 400px;" /></p>' % (A(caps[0]), y, mo, d, nid))
            B.append('<p style="text-align: center;">%s</p>' % E(caps[0]))
        elif i == 3:
            B.append('<p><strong>اقرأ أيضا..</strong> <a href="%s" target="_blank">%s</a></p>' % (link(also[3]), E(T(also[3]))))
            B.append('<div class="inread-ad"><span class="ad-label">إعلان</span><div id="div-gpt-inread"></div></div>')
        elif i == 4:
            B.append('<a href="%s" target="_blank">%s</a><br />\n<a href="%s" target="_blank">%s</a><br />' % (link(also[4]), E(T(also[4])), link(also[5]), E(T(also[5]))))
        elif i == 5:
            B.append('<p style="text-align: center;"><img alt="%s" src="https://img.misr24now.com/Upload/News/%04d/%02d/%02d/%d_2.jpg" style="width: 600px; height: 400px;" /></p>' % (A(caps[1]), y, mo, d, nid))
            B.append('<p style="text-align: center;">%s</p>' % E(caps[1]))
    B.append('<p>&nbsp;</p>')
    B.append('<p><a href="https://news.google.com/publications/misr24now" target="_blank"><strong>تابع آخر الأخبار على صفحة مصر الآن 24 على جوجل نيوز</strong></a></p>')
    H.append('\n'.join(B))
    H.append('\n        </div>\n        <div class="tags"><span>الكلمات المتعلقة :</span>')
    for t in ['قطر', 'السعودية', 'الإمارات', 'البحرين', 'مصر', 'قطع العلاقات', 'الإرهاب']:
        H.append(' <a href="%s/Tags/%s">%s</a>' % (base, Q(t), t))
    H.append('</div>\n        <div class="relatedNews">\n          <h3 class="blockTitle">الأخبار المتعلقة</h3>\n')
    for rr in related:
        H.append('          <div class="relatedItem">\n            <a href="%s"><img src="https://img.misr24now.com/small/%d.jpg" alt="" /></a>\n            <h4><a href="%s">%s</a></h4>\n            <p>%s</p>\n          </div>\n' % (
            link(rr), hnum(rr['id'], 90000, 10000), link(rr), E(T(rr)), E(first_sentence(rr, 35))))
    H.append('        </div>\n        <div class="commentsBox">\n          <h3 class="blockTitle">اضف تعليق</h3>\n          <form action="%s/Comments/Add" method="post">\n            <input type="hidden" name="NewsID" value="%d" />\n            <input type="text" name="Name" placeholder="الاسم" />\n            <input type="email" name="Email" placeholder="البريد الإلكترونى" />\n            <textarea name="Body" placeholder="اكتب تعليقك هنا"></textarea>\n            <input type="submit" value="إرسال" />\n          </form>\n          <p class="commentsNote">تعليقات القراء تعبر عن آرائهم ولا تعبر بالضرورة عن رأى الموقع</p>\n        </div>\n      </div>\n    </div>\n    <div class="col-md-4 col-sm-12 sidebar">\n      <div class="mostRead">\n        <h3 class="blockTitle">الأكثر قراءة</h3>\n        <ol>\n' % (base, nid))
    for rr in most:
        H.append('          <li><a href="%s">%s</a></li>\n' % (link(rr), E(T(rr))))
    H.append('        </ol>\n      </div>\n      <div class="ad300"><span class="ad-label">إعلان</span><div id="div-gpt-side"></div></div>\n      <div class="lastNews">\n        <h3 class="blockTitle">آخر الأخبار</h3>\n        <ul>\n')
    for rr in latest:
        a = adate(rr['id'])
        H.append('          <li><span class="time">%s</span> <a href="%s">%s</a></li>\n' % (ampm(a[3], a[4]), link(rr), E(T(rr))))
    H.append('        </ul>\n      </div>\n      <div class="videoBox">\n        <h3 class="blockTitle">فيديو اليوم</h3>\n        <a href="%s/Video/%d"><img src="https://img.misr24now.com/video/%d.jpg" alt="" /><span class="play"></span></a>\n        <p>شاهد.. لحظة إعلان الدول الأربع قطع العلاقات مع الدوحة</p>\n      </div>\n    </div>\n  </div>\n</div>\n<footer class="footer">\n  <div class="container">\n    <ul class="footerLinks"><li><a href="%s/About">من نحن</a></li><li><a href="%s/Contact">اتصل بنا</a></li><li><a href="%s/Privacy">سياسة الخصوصية</a></li><li><a href="%s/Advertise">أعلن معنا</a></li></ul>\n    <p class="copyright">جميع الحقوق محفوظة &copy; مصر الآن 24 - 2017</p>\n  </div>\n</footer>\n<script src="%s/Scripts/jquery.min.js"></script>\n<script src="%s/Scripts/ticker.js"></script>\n<script>$(function(){ $("#ticker").newsTicker({ row_height: 40, max_rows: 1, duration: 4000 }); });</script>\n</body>\n</html>\n' % (
        base, nid - 17, nid - 17, base, base, base, base, base, base))
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='http-equiv',
                present=caps + [T(rr) for rr in also],
                hard='Youm7/Masrawy-style Egyptian portal, long article (520 words, 7 <p>, two of 108 and 110 words with no sentence end to split at): inside div#articleBody, six "اقرأ أيضا" headlines of topically close items (Gulf/Qatar) in three forms: a <p><strong>اقرأ أيضا..</strong></p> followed by three <p><a>headline</a></p>, one <p><strong>اقرأ أيضا..</strong> <a>…</a></p>, and two bare <a>…</a><br /> lines directly in the body div; two inline images whose captions are centred <p> paragraphs (no figure/figcaption), an in-read ad with its "إعلان" label, a trailing "تابع … على جوجل نيوز" link paragraph; h2 subtitle (dek), "كتب …" byline, date; "عاجل" ticker, tags, related news with 35-word excerpts, comment form, "الأكثر قراءة" (10), "آخر الأخبار" (8), video box.')


# =========================================================================== 4. Maghreb site with French chrome, Arabic article
@page('maghreb_french_mixed')
def maghreb_french_mixed():
    aid = MAIN['maghreb_french_mixed']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    base = 'https://www.lemaghreb-eco.tn'
    nid = 52000 + hnum(aid, 900)
    url = '%s/ar/iqtisad/%d-%s' % (base, nid, 'tunisie-croissance-2-1-premier-trimestre-2017')
    related_ar = pool('mg-rel', 3, category='economy', keywords=['النمو', 'الاقتصاد', 'الناتج', 'الإحصاء', 'صندوق النقد'])
    most_ar = pool('mg-most', 5, category=('economy', 'localNews'))
    import datetime
    wd = ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche'][datetime.date(y, mo, d).weekday()]
    fr_date = '%s %d %s %d' % (wd, d, MONTHS_FR[mo - 1], y)
    ticker_fr = ['BCT : le taux directeur maintenu à 4,25 %', 'Tourisme : hausse de 34 % des entrées au premier trimestre',
                 'Phosphate : la CPG reprend la production à Métlaoui', 'Bourse de Tunis : le Tunindex termine la semaine dans le vert',
                 'Huile d\'olive : des exportations record attendues cette saison']
    lire_aussi = 'Croissance : l\'INS publie les premiers chiffres du premier trimestre 2017'
    plus_lus_fr = [('Dinar : pourquoi la BCT laisse filer la monnaie nationale', 'Analyse'),
                   ('Loi de finances complémentaire : ce qui va changer pour les entreprises', 'Fiscalité'),
                   ('Startup Act : le texte enfin adopté en conseil des ministres', 'Entreprises'),
                   ('Investissement : les intentions progressent de 12 % à fin avril', 'Économie'),
                   ('Assurances : le secteur en quête d\'un second souffle', 'Finance')]
    aimerez_fr = [('Conjoncture : le FMI révise à la hausse ses prévisions pour la Tunisie', 'Le Fonds monétaire international table désormais sur une croissance de 2,3 % en 2017, portée par l\'agriculture et la reprise du tourisme.'),
                  ('Agriculture : une saison des agrumes exceptionnelle', 'Avec près de 600 000 tonnes attendues, la filière des agrumes affiche sa meilleure récolte depuis dix ans, selon le ministère.'),
                  ('Tourisme : les réservations européennes repartent', 'Les tour-opérateurs allemands et britanniques annoncent un retour progressif de leur clientèle vers les stations balnéaires tunisiennes.')]
    nav = [('Accueil', '/'), ('Économie', '/economie'), ('Finance', '/finance'), ('Entreprises', '/entreprises'), ('Politique', '/politique'),
           ('Monde', '/monde'), ('Opinions', '/opinions'), ('Vidéos', '/videos'), ('عربي', '/ar')]
    caption = 'ميناء رادس التجاري (صورة أرشيفية)'
    H = []
    H.append('<!DOCTYPE html>\n<html lang="fr">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s | Le Maghreb Éco</title>\n<meta name="description" content="%s">\n<link rel="canonical" href="%s">\n<link rel="alternate" hreflang="fr" href="%s/economie/croissance-tunisie-2-1-premier-trimestre-2017">\n<link rel="alternate" hreflang="ar" href="%s">\n<meta property="og:locale" content="fr_FR">\n<meta property="og:locale:alternate" content="ar_TN">\n<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n<meta property="og:url" content="%s">\n<meta property="og:site_name" content="Le Maghreb Éco">\n<meta property="og:image" content="%s/sites/default/files/styles/large/public/2017-05/port-rades.jpg">\n<meta property="article:section" content="اقتصاد">\n<meta property="article:published_time" content="%s">\n<link rel="stylesheet" href="%s/themes/maghrebeco/css/style.min.css?v=20170502">\n<link rel="stylesheet" href="%s/themes/maghrebeco/css/rtl-ar.css?v=20170502">\n<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"article","section":"ar/economie","langue":"ar","auteur":"La Rédaction","idArticle":%d});</script>\n<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-K7QX2N4"></script>\n</head>\n' % (
        E(title), A(first_sentence(r, 30)), url, base, url, A(title), url, base, iso(aid), base, base, nid))
    H.append('<body class="page-article lang-ar section-economie">\n<div id="cookie-banner" class="cookie-banner" role="dialog" aria-live="polite" aria-label="Cookies">\n  <div class="cookie-banner__inner">\n    <p class="cookie-banner__text">En poursuivant votre navigation sur ce site, vous acceptez l\'utilisation de cookies pour mesurer l\'audience, vous proposer des contenus et des publicités adaptés à vos centres d\'intérêt et partager des contenus sur les réseaux sociaux.</p>\n    <div class="cookie-banner__actions"><button type="button" class="btn btn--accept" data-consent="all">Tout accepter</button> <button type="button" class="btn btn--settings" data-consent="settings">Paramétrer</button> <a href="%s/politique-cookies">En savoir plus</a></div>\n  </div>\n</div>\n<div class="topbar">\n  <div class="container">\n    <span class="topbar__date">%s</span>\n    <span class="topbar__meteo">Tunis 24°C</span>\n    <span class="topbar__bourse">TUNINDEX 5 612,34 <em class="up">+0,21 %%</em></span>\n    <ul class="topbar__lang"><li><a href="%s/" hreflang="fr">FR</a></li><li class="active"><a href="%s/ar" hreflang="ar">عربي</a></li></ul>\n    <a class="topbar__login" href="%s/user/login">Se connecter</a> <a class="topbar__abo" href="%s/abonnement">S\'abonner</a>\n  </div>\n</div>\n<header class="site-header">\n  <div class="container">\n    <a class="site-header__logo" href="%s/"><img src="%s/themes/maghrebeco/logo.svg" alt="Le Maghreb Éco - L\'actualité économique du Maghreb"></a>\n    <form class="site-header__search" action="%s/recherche" method="get"><input type="search" name="q" placeholder="Rechercher un article, un dossier…"><button type="submit">OK</button></form>\n  </div>\n  <nav class="main-nav" aria-label="Menu principal">\n    <div class="container">\n      <ul class="main-nav__list">\n' % (
        base, fr_date, base, base, base, base, base, base, base))
    for lab, href in nav:
        H.append('        <li class="main-nav__item%s"><a href="%s%s"%s>%s</a></li>\n' % (' is-active' if href == '/ar' else '', base, href, ' lang="ar" dir="rtl"' if href == '/ar' else '', lab))
    H.append('      </ul>\n    </div>\n  </nav>\n</header>\n<div class="ticker">\n  <div class="container">\n    <span class="ticker__label">En continu</span>\n    <ul class="ticker__list">\n')
    for t in ticker_fr:
        H.append('      <li><a href="%s/economie/%d">%s</a></li>\n' % (base, hnum(t, 900, 51000), E(t)))
    H.append('    </ul>\n  </div>\n</div>\n<main class="container main">\n  <div class="row">\n    <div class="col-main">\n      <nav class="breadcrumb" aria-label="Fil d\'Ariane"><a href="%s/">Accueil</a> › <a href="%s/ar" lang="ar">عربي</a> › <a href="%s/ar/iqtisad" lang="ar">اقتصاد</a></nav>\n      <article class="node node--type-article node--view-mode-full" data-nid="%d">\n        <div class="article-ar" dir="rtl" lang="ar">\n          <span class="article__rubrique"><a href="%s/ar/iqtisad">اقتصاد</a></span>\n          <h1 class="article__title">%s</h1>\n          <div class="article__meta">Par <a href="%s/auteur/la-redaction">La Rédaction</a> — Publié le %d %s %d à %02dh%02d · Lecture : 2 min</div>\n          <div class="article__share"><span>Partager :</span> <a href="https://www.facebook.com/sharer/sharer.php?u=%s">Facebook</a> <a href="https://twitter.com/intent/tweet?url=%s">Twitter</a> <a href="https://www.linkedin.com/shareArticle?url=%s">LinkedIn</a> <a href="mailto:?subject=%s">E-mail</a> <a href="javascript:window.print()">Imprimer</a></div>\n          <figure class="article__media">\n            <img src="%s/sites/default/files/styles/large/public/2017-05/port-rades.jpg" alt="" width="760" height="428">\n            <figcaption>%s</figcaption>\n          </figure>\n          <div class="article__body field--name-body">\n' % (
        base, base, base, nid, base, E(title), base, d, MONTHS_FR[mo - 1], y, hh, mi, Q(url), Q(url), Q(url), Q(title), base, E(caption)))
    for i, p in enumerate(paras):
        H.append('            <p>%s</p>\n' % E(p))
        if i == 1:
            H.append('            <p class="lire-aussi" dir="ltr" lang="fr"><strong>Lire aussi :</strong> <a href="%s/economie/%d">%s</a></p>\n' % (base, nid - 31, E(lire_aussi)))
    H.append('          </div>\n          <div class="article__tags"><span class="label" dir="ltr">Mots-clés :</span> <a href="%s/tags/croissance">النمو</a> <a href="%s/tags/ins">المعهد الوطني للإحصاء</a> <a href="%s/tags/pib">PIB</a> <a href="%s/tags/conjoncture">Conjoncture</a></div>\n        </div>\n      </article>\n      <section class="block block--related-ar" dir="rtl" lang="ar">\n        <h2 class="block__title">مقالات ذات صلة</h2>\n' % (base, base, base, base))
    for rr in related_ar:
        k = hnum(rr['id'], 900, 51000)
        H.append('        <div class="card card--ar"><a href="%s/ar/iqtisad/%d"><img src="%s/sites/default/files/styles/thumb/public/ar/%d.jpg" alt=""></a><h3 class="card__title"><a href="%s/ar/iqtisad/%d">%s</a></h3><p class="card__teaser">%s</p></div>\n' % (
            base, k, base, k, base, k, E(T(rr)), E(first_sentence(rr, 40))))
    H.append('      </section>\n      <section class="block block--aimerez">\n        <h2 class="block__title">Vous aimerez aussi</h2>\n')
    for t, teaser in aimerez_fr:
        k = hnum(t, 900, 51000)
        H.append('        <div class="card"><a href="%s/economie/%d"><img src="%s/sites/default/files/styles/thumb/public/%d.jpg" alt=""></a><h3 class="card__title"><a href="%s/economie/%d">%s</a></h3><p class="card__teaser">%s</p></div>\n' % (
            base, k, base, k, base, k, E(t), E(teaser)))
    H.append('      </section>\n      <section class="block block--comments">\n        <h2 class="block__title">Réagir à cet article</h2>\n        <p class="comments__count">0 commentaire</p>\n        <div id="disqus_thread"></div>\n        <script>var disqus_config=function(){this.page.url="%s";this.page.identifier="node-%d";this.language="ar";};(function(){var d=document,s=d.createElement("script");s.src="https://lemaghreb-eco.disqus.com/embed.js";s.setAttribute("data-timestamp",+new Date());(d.head||d.body).appendChild(s);})();</script>\n        <noscript>Veuillez activer JavaScript pour voir les commentaires.</noscript>\n      </section>\n    </div>\n    <aside class="col-side">\n      <div class="block block--plus-lus">\n        <h2 class="block__title">Les plus lus</h2>\n        <ol>\n' % (url, nid))
    for t, rub in plus_lus_fr:
        H.append('          <li><span class="rubrique">%s</span> <a href="%s/economie/%d">%s</a></li>\n' % (rub, base, hnum(t, 900, 51000), E(t)))
    H.append('        </ol>\n      </div>\n      <div class="block block--plus-lus-ar" dir="rtl" lang="ar">\n        <h2 class="block__title">الأكثر قراءة</h2>\n        <ol>\n')
    for rr in most_ar:
        H.append('          <li><a href="%s/ar/iqtisad/%d">%s</a></li>\n' % (base, hnum(rr['id'], 900, 51000), E(T(rr))))
    H.append('        </ol>\n      </div>\n      <div class="block block--indicateurs">\n        <h2 class="block__title">Indicateurs</h2>\n        <table class="indicateurs">\n          <tr><th>EUR/TND</th><td>2,6815</td><td class="up">+0,12 %%</td></tr>\n          <tr><th>USD/TND</th><td>2,4523</td><td class="down">-0,08 %%</td></tr>\n          <tr><th>TUNINDEX</th><td>5 612,34</td><td class="up">+0,21 %%</td></tr>\n          <tr><th>TMM</th><td>4,88 %%</td><td>=</td></tr>\n        </table>\n      </div>\n      <div class="block block--newsletter">\n        <h2 class="block__title">Newsletter</h2>\n        <p>Recevez chaque matin l\'essentiel de l\'actualité économique et financière du Maghreb.</p>\n        <form action="%s/newsletter" method="post"><input type="email" name="email" placeholder="Votre adresse e-mail"><button type="submit">S\'inscrire</button></form>\n      </div>\n      <div class="block block--pub"><span class="pub__label">Publicité</span><div id="gpt-ad-sidebar"></div></div>\n    </aside>\n  </div>\n</main>\n<footer class="site-footer">\n  <div class="container">\n    <ul class="site-footer__links"><li><a href="%s/qui-sommes-nous">Qui sommes-nous ?</a></li><li><a href="%s/mentions-legales">Mentions légales</a></li><li><a href="%s/confidentialite">Politique de confidentialité</a></li><li><a href="%s/publicite">Publicité</a></li><li><a href="%s/contact">Contact</a></li></ul>\n    <p class="site-footer__copy">© 2017 Le Maghreb Éco — Tous droits réservés. Toute reproduction, même partielle, est interdite sans autorisation préalable.</p>\n  </div>\n</footer>\n<script src="%s/themes/maghrebeco/js/app.min.js?v=20170502"></script>\n</body>\n</html>\n' % (
        base, base, base, base, base, base, base))
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='meta-charset',
                present=[lire_aussi, 'Vous aimerez aussi'],
                hard='French-language Tunisian business site (html lang="fr", no dir on <html>) whose Arabic section shows an Arabic article: only div.article-ar carries dir="rtl" lang="ar"; French chrome everywhere (cookie banner with a 35-word <p>, top bar with date/weather/stock index, menus, "En continu" ticker, French byline "Par La Rédaction — Publié le …", "Partager", "Mots-clés", "Vous aimerez aussi" cards with French teasers in <p>, "Les plus lus", newsletter <p>, indicators table, footer); a French "Lire aussi :" link paragraph inside the Arabic body; Arabic "مقالات ذات صلة" cards with 40-word teasers and an Arabic "الأكثر قراءة" list. Body: 4 <p> (286 words, one of 102 words with no sentence end to split at).')


# =========================================================================== 5. Telegram channel web preview (t.me/s/…)
_TG_TAIL = '<i class="tgme_widget_message_bubble_tail"><svg class="bubble_icon" width="9px" height="20px" viewBox="0 0 9 20"><g fill="none"><path class="background" fill="#ffffff" d="M8,1 L9,1 L9,20 L8,20 L8,18 C7.807,15.161 7.124,12.233 5.950,9.218 C5.046,6.893 3.504,4.733 1.325,2.738 L1.325,2.738 C0.917,2.365 0.89,1.732 1.263,1.325 C1.452,1.118 1.72,1 2,1 L8,1 Z"></path><path class="border_1x" fill="#d7e3ec" d="M9,1 L2,1 C1.72,1 1.452,1.118 1.263,1.325 C0.89,1.732 0.917,2.365 1.325,2.738 C3.504,4.733 5.046,6.893 5.95,9.218 C7.124,12.233 7.807,15.161 8,18 L8,20 L9,20 L9,1 Z"></path></g></svg></i>'
_TG_EMOJI = {'🔴': 'F09F94B4', '⚽': 'E29ABD', '📌': 'F09F938C', '🌍': 'F09F8C8D', '⚡': 'E29AA1', '📢': 'F09F93A2', '🔗': 'F09F9497', '🎥': 'F09F8EA5'}


def tg_emoji(e):
    return '<i class="emoji" style="background-image:url(\'//telegram.org/img/emoji/40/%s.png\')"><b>%s</b></i>' % (_TG_EMOJI[e], e)


@page('telegram_web_preview')
def telegram_web_preview():
    aid = MAIN['telegram_web_preview']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    ch = 'tunis_alaan'
    ch_name = 'تونس الآن | عاجل'
    site = 'https://tunis-alaan.tn'
    main_id = 4312
    canon = 'https://t.me/s/%s/%d' % (ch, main_id)
    desc = 'قناة إخبارية تونسية مستقلة تنشر الأخبار العاجلة والمحلية والرياضية على مدار الساعة، مع رابط المقال الكامل على موقعنا. للتواصل والإعلانات: @tunis_alaan_admin'
    posts = pool('tg-posts', 19, category=('localNews', 'society', 'sport', 'internationalNews'))
    before, after = posts[:9], posts[9:]
    photo = 'https://cdn4.telesco.pe/file/%s.jpg'
    import datetime
    t0 = datetime.datetime(y, mo, d, hh, mi) + datetime.timedelta(minutes=4)
    emo_cat = {'sport': '⚽', 'internationalNews': '🌍', 'localNews': '📌', 'society': '📌'}

    def post(pid, when, text_html, views, photo_key=None, fwd=None, edited=False, preview=None, video=False):
        dv = hexid('tgv%d' % pid, 24)
        o = ['<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post="%s/%d" data-view="%s">' % (ch, pid, dv),
             '<div class="tgme_widget_message_user"><a href="https://t.me/%s"><i class="tgme_widget_message_user_photo bgcolor3" style="background-color:#e17076" data-content="ت"><img src="%s"></i></a></div>' % (ch, photo % hexid('avatar', 32)),
             '<div class="tgme_widget_message_bubble">', _TG_TAIL,
             '<div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/%s"><span dir="auto">%s</span></a></div>' % (ch, E(ch_name))]
        if fwd:
            o.append('<div class="tgme_widget_message_forwarded_from accent_color">Forwarded from <a class="tgme_widget_message_forwarded_from_name" href="https://t.me/%s"><span dir="auto">%s</span></a></div>' % fwd)
        if photo_key:
            o.append('<a class="tgme_widget_message_photo_wrap %s" href="https://t.me/%s/%d" style="width:800px;background-image:url(\'%s\')"><div class="tgme_widget_message_photo" style="padding-top:56.25%%"></div></a>' % (
                hnum(photo_key, 10 ** 9), ch, pid, photo % hexid(photo_key, 40)))
        if video:
            o.append('<a class="tgme_widget_message_video_player not_supported js-message_video_player" href="https://t.me/%s/%d"><i class="tgme_widget_message_video_thumb" style="background-image:url(\'%s\')"></i><div class="message_video_play"></div><time class="message_video_duration js-message_video_duration">1:42</time><div class="message_media_not_supported_wrap"><div class="message_media_not_supported"><div class="message_media_not_supported_label">Media is too big</div><span class="message_media_view_in_telegram">VIEW IN TELEGRAM</span></div></div></a>' % (
                ch, pid, photo % hexid('vid%d' % pid, 40)))
        o.append('<div class="tgme_widget_message_text js-message_text" dir="auto">%s</div>' % text_html)
        if preview:
            o.append('<a class="tgme_widget_message_link_preview" href="%s"><i class="link_preview_right_image" style="background-image:url(\'%s\')"></i><div class="link_preview_site_name accent_color" dir="auto">%s</div><div class="link_preview_title" dir="auto">%s</div><div class="link_preview_description" dir="auto">%s</div></a>' % preview)
        o.append('<div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info"><span class="tgme_widget_message_views">%s</span><span class="copyonly"> views</span><span class="tgme_widget_message_meta">%s<a class="tgme_widget_message_date" href="https://t.me/%s/%d"><time datetime="%s+00:00" class="time">%s</time></a></span></div></div>' % (
            views, '<span class="tgme_widget_message_edited">edited</span> ' if edited else '', ch, pid, (when - datetime.timedelta(hours=1)).strftime('%Y-%m-%dT%H:%M:%S'), when.strftime('%H:%M')))
        o.append('</div></div></div>')
        return ''.join(o)

    def teaser_post(rr, pid, when, k):
        e = emo_cat.get(rr.get('category'), '📌')
        link = '%s/news/%d' % (site, hnum(rr['id'], 90000, 10000))
        txt = '<b>%s %s</b><br/><br/>%s<br/><br/>%s التفاصيل: <a href="%s" target="_blank" rel="noopener">%s</a>' % (
            tg_emoji(e), E(T(rr)), E(first_sentence(rr, 45)), tg_emoji('🔗'), link, link.replace('https://', ''))
        views = '%.1fK' % (3 + hnum(rr['id'], 90) / 10.0)
        return post(pid, when, txt, views, photo_key=rr['id'] if k % 3 == 0 else None,
                    fwd=('tap_news_ar', 'وات - وكالة تونس إفريقيا للأنباء') if k == 4 else None, edited=(k == 7), video=(k == 11))

    H = []
    H.append('<!DOCTYPE html>\n<html class="tgme_webpreview_html">\n  <head>\n    <meta charset="utf-8">\n    <title>%s – Telegram</title>\n    <meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no" />\n    <meta property="og:title" content="%s">\n    <meta property="og:image" content="%s">\n    <meta property="og:site_name" content="Telegram">\n    <meta property="og:description" content="%s">\n    <meta property="twitter:title" content="%s">\n    <meta property="twitter:image" content="%s">\n    <meta property="twitter:site" content="@Telegram">\n    <meta property="al:ios:app_store_id" content="686449807">\n    <meta property="al:ios:app_name" content="Telegram Messenger">\n    <meta property="al:ios:url" content="tg://resolve?domain=%s&post=%d">\n    <meta property="al:android:url" content="tg://resolve?domain=%s&post=%d">\n    <meta property="al:android:app_name" content="Telegram">\n    <meta property="al:android:package" content="org.telegram.messenger">\n    <meta name="twitter:card" content="summary">\n    <meta name="twitter:site" content="@Telegram">\n    <meta name="twitter:description" content="%s">\n    <meta name="robots" content="noindex, nofollow">\n    <link rel="canonical" href="%s" />\n    <link rel="alternate" href="https://t.me/s/%s/%d" hreflang="x-default" />\n    <link rel="shortcut icon" href="//telegram.org/favicon.ico?3" type="image/x-icon" />\n    <link href="//fonts.googleapis.com/css?family=Roboto:400,700" rel="stylesheet" type="text/css">\n    <script>TBaseUrl=\'/\';</script>\n    <link href="//telegram.org/css/font-roboto.css?1" rel="stylesheet" type="text/css">\n    <link href="//telegram.org/css/widget-frame.css?62" rel="stylesheet" media="screen">\n    <link href="//telegram.org/css/telegram-web.css?39" rel="stylesheet" media="screen">\n  </head>\n  <body class="widget_frame_base tgme_webpreview emoji_image no_transitions">\n' % (
        E(ch_name), A(ch_name), photo % hexid('avatar', 32), A(desc), A(ch_name), photo % hexid('avatar', 32), ch, main_id, ch, main_id, A(desc), canon, ch, main_id))
    H.append('    <header class="tgme_header search_collapsed">\n      <div class="tgme_header_search">\n        <form class="tgme_header_search_form" action="" method="get">\n          <input type="search" class="tgme_header_search_form_input js-header_search" placeholder="Search" autocomplete="off" name="q" value="">\n          <i class="tgme_icon_search"></i>\n          <i class="tgme_icon_close js-header_search_close"></i>\n        </form>\n      </div>\n      <div class="tgme_header_info">\n        <a class="tgme_header_link" href="https://t.me/%s">\n          <i class="tgme_page_photo_image bgcolor3" data-content="ت"><img src="%s"></i>\n          <div class="tgme_header_title"><span dir="auto">%s</span></div>\n          <div class="tgme_header_counter">48.2K subscribers</div>\n        </a>\n      </div>\n      <div class="tgme_header_right_column">\n        <a class="tgme_header_link tgme_header_link_icon" href="https://telegram.org/"><i class="tgme_logo"></i></a>\n      </div>\n    </header>\n    <main class="tgme_main">\n      <div class="tgme_container">\n        <section class="tgme_right_column">\n          <div class="tgme_channel_info">\n            <div class="tgme_channel_info_header">\n              <i class="tgme_page_photo_image bgcolor3" data-content="ت"><img src="%s"></i>\n              <div class="tgme_channel_info_header_title"><span dir="auto">%s</span></div>\n              <div class="tgme_channel_info_header_username"><a href="https://t.me/%s">@%s</a></div>\n            </div>\n            <div class="tgme_channel_info_counters">\n              <div class="tgme_channel_info_counter"><span class="counter_value">48.2K</span> <span class="counter_type">subscribers</span></div>\n              <div class="tgme_channel_info_counter"><span class="counter_value">3.1K</span> <span class="counter_type">photos</span></div>\n              <div class="tgme_channel_info_counter"><span class="counter_value">412</span> <span class="counter_type">videos</span></div>\n              <div class="tgme_channel_info_counter"><span class="counter_value">4.2K</span> <span class="counter_type">links</span></div>\n            </div>\n            <div class="tgme_channel_info_description">%s</div>\n            <div class="tgme_channel_download_telegram">\n              <div class="tgme_channel_download_telegram_bottom">to view and join the conversation</div>\n              <a class="tgme_action_button_new" href="https://telegram.org/dl?tme=%s">Download Telegram</a>\n            </div>\n          </div>\n        </section>\n        <section class="tgme_channel_history js-message_history">\n          <a class="tme_messages_more js-messages_more" data-before="%d" href="/s/%s?before=%d"></a>\n' % (
        ch, photo % hexid('avatar', 32), E(ch_name), photo % hexid('avatar', 32), E(ch_name), ch, ch, E(desc).replace('@tunis_alaan_admin', '<a href="https://t.me/tunis_alaan_admin">@tunis_alaan_admin</a>'), ch, main_id - 9, ch, main_id - 9))
    for k, rr in enumerate(before):
        when = t0 - datetime.timedelta(minutes=23 * (len(before) - k) + hnum(rr['id'], 9))
        H.append('          ' + teaser_post(rr, main_id - len(before) + k, when, k) + '\n')
    link = '%s/news/%d' % (site, 50312)
    body = '<br/><br/>'.join(E(p) for p in paras)
    txt = '<b>%s %s</b><br/><br/>%s<br/><br/><a href="?q=%%23%s">#الكاف</a> <a href="?q=%%23%s">#أمن</a> <a href="?q=%%23%s">#تهريب</a><br/><br/>%s التفاصيل: <a href="%s" target="_blank" rel="noopener">%s</a>' % (
        tg_emoji('🔴'), E(title), body, Q('الكاف'), Q('أمن'), Q('تهريب'), tg_emoji('🔗'), link, link.replace('https://', ''))
    preview = (link, photo % hexid('main-photo', 40), 'تونس الآن', E(title), E(' '.join(paras[0].split()[:18]) + '…'))
    H.append('          ' + post(main_id, t0, txt, '11.8K', preview=preview) + '\n')
    for k, rr in enumerate(after):
        when = t0 + datetime.timedelta(minutes=17 * (k + 1) + hnum(rr['id'], 9))
        H.append('          ' + teaser_post(rr, main_id + 1 + k, when, k + 9) + '\n')
    H.append('        </section>\n      </div>\n    </main>\n    <div class="tgme_footer">\n      <div class="tgme_footer_column">Telegram</div>\n    </div>\n    <script src="//telegram.org/js/jquery.min.js"></script>\n    <script src="//telegram.org/js/widget-frame.js?62"></script>\n    <script src="//telegram.org/js/telegram-web.js?14"></script>\n    <script>TWeb.init();</script>\n  </body>\n</html>\n')

    def check(doc, flat, lines):
        errs = []
        m = re.search(r'<link rel="canonical" href="https://t.me/s/([^/]+)/(\d+)"', doc)
        if not m or 'data-post="%s/%s"' % (m.group(1), m.group(2)) not in doc:
            errs.append('canonical does not name a post on the page')
        mm = re.search(r'data-post="%s/%d".*?<div class="tgme_widget_message_text js-message_text" dir="auto">(.*?)</div>' % (ch, main_id), doc, re.S)
        if not mm or '<p' in mm.group(1) or paras[0] not in html.unescape(mm.group(1)):
            errs.append('main post text not found / not <br>-separated')
        if doc.count('class="tgme_widget_message_text') != 20:
            errs.append('expected 20 posts')
        return errs
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='meta-charset', check=check,
                hard='t.me/s/ channel web preview: 20 posts in identical div.tgme_widget_message_text bubbles (<b> headline, <br/><br/>-separated text, no <p>); the requested post (data-post matching <link rel=canonical>, 10th of 20, not marked in any other way) holds the whole 68-word, 2-paragraph article; the 19 other posts each hold another article\'s headline and 45-word first sentence plus a link line (809 words, 12x the article); the main post also has hashtags, a "🔗 التفاصيل:" link line and a link preview repeating the title and the first 18 words; emoji as <i class="emoji"><b>…</b></i>; <title>/og:title are the CHANNEL name; English UI chrome (views, subscribers, Download Telegram).')


# =========================================================================== 6. AMP page as served by the Google AMP Cache (transformed, SSR)
AMP_RTV = '011704252130510'


def amp_img(src, w, h, layout='responsive', alt='', cls=''):
    if layout == 'responsive':
        return ('<amp-img src="%s" width="%d" height="%d" layout="responsive" alt="%s" class="%si-amphtml-layout-responsive i-amphtml-layout-size-defined" i-amphtml-layout="responsive">'
                '<i-amphtml-sizer style="display:block;padding-top:%.4f%%"></i-amphtml-sizer><noscript><img src="%s" width="%d" height="%d" alt="%s"></noscript></amp-img>' % (
                    src, w, h, A(alt), cls, 100.0 * h / w, src, w, h, A(alt)))
    return ('<amp-img src="%s" width="%d" height="%d" layout="fixed" alt="%s" class="%si-amphtml-layout-fixed i-amphtml-layout-size-defined" style="width:%dpx;height:%dpx" i-amphtml-layout="fixed"></amp-img>' % (
        src, w, h, A(alt), cls, w, h))


@page('google_amp_cache')
def google_amp_cache():
    aid = MAIN['google_amp_cache']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    origin = 'https://www.alam24news.com'
    path = '/world/%04d/%02d/%02d/%s' % (y, mo, d, 'egyptian-student-killed-cottbus-germany')
    canon = origin + path
    amp_url = origin + '/amp' + path
    cache = 'https://www-alam24news-com.cdn.ampproject.org'
    img = lambda name: '%s/i/s/www.alam24news.com/uploads/%04d/%02d/%s.jpg' % (cache, y, mo, name)
    caption = 'جامعة براندنبورغ للتكنولوجيا في مدينة كوتبوس شرق ألمانيا (أرشيفية)'
    consent = ('نستخدم ملفات تعريف الارتباط وتقنيات مشابهة لتحسين تجربتك على موقعنا، ولقياس عدد الزوار، ولعرض إعلانات تناسب اهتماماتك. '
               'بالنقر على "موافق" فإنك توافق على استخدامها، ويمكنك تغيير اختياراتك في أي وقت من صفحة سياسة الخصوصية.')
    about = 'عالم 24 موقع إخباري عربي يغطي أخبار العالم العربي والدولي على مدار الساعة، بفريق من المراسلين والمحررين في تونس والقاهرة وباريس.'
    related = pool('amp-rel', 6, category='internationalNews', keywords=['ألمانيا', 'عنصري', 'لاجئ', 'طالب', 'مصري', 'ميركل'])
    nav = ['الرئيسية', 'عالم', 'عربي', 'اقتصاد', 'رياضة', 'تكنولوجيا', 'منوعات', 'فيديو']
    date_ar = '%d %s %d' % (d, MONTHS_EG[mo - 1], y)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": canon, "headline": title,
          "datePublished": iso(aid, '+02:00'), "dateModified": iso(aid, '+02:00'),
          "image": {"@type": "ImageObject", "url": origin + '/uploads/%04d/%02d/cottbus.jpg' % (y, mo), "width": 1200, "height": 675},
          "author": {"@type": "Organization", "name": "عالم 24"},
          "publisher": {"@type": "Organization", "name": "عالم 24", "logo": {"@type": "ImageObject", "url": origin + "/static/logo-amp.png", "width": 240, "height": 60}},
          "description": first_sentence(r, 30)}
    ext = ['amp-analytics', 'amp-consent', 'amp-sidebar', 'amp-social-share', 'amp-ad', 'amp-carousel', 'amp-list', 'amp-accordion']
    H = []
    H.append('<!doctype html><html \u26a1 lang="ar" dir="rtl" i-amphtml-layout="" i-amphtml-no-boilerplate="" transformed="google;v=1"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">'
             '<style amp-runtime="" i-amphtml-version="%s">html{overflow-x:hidden!important}html.i-amphtml-fie{height:100%%!important;width:100%%!important}html:not([amp4ads]),html:not([amp4ads]) body{height:auto!important}html:not([amp4ads]) body{margin:0!important}body{-webkit-text-size-adjust:100%%;-moz-text-size-adjust:100%%;-ms-text-size-adjust:100%%;text-size-adjust:100%%}.i-amphtml-layout-nodisplay{display:none!important}.i-amphtml-layout-fixed,[layout=fixed][width][height]:not(.i-amphtml-layout-fixed){display:inline-block;position:relative}.i-amphtml-layout-responsive,[layout=responsive][width][height]:not(.i-amphtml-layout-responsive){display:block;position:relative}i-amphtml-sizer{display:block!important}.i-amphtml-layout-fixed-height{display:block;position:relative}</style>'
             '<link rel="preload" href="https://cdn.ampproject.org/rtv/%s/v0.js" as="script"><script async src="https://cdn.ampproject.org/rtv/%s/v0.js"></script>' % (AMP_RTV, AMP_RTV, AMP_RTV))
    for e in ext:
        H.append('<script async custom-element="%s" src="https://cdn.ampproject.org/rtv/%s/v0/%s-0.1.js"></script>' % (e, AMP_RTV, e))
    H.append('<script async custom-template="amp-mustache" src="https://cdn.ampproject.org/rtv/%s/v0/amp-mustache-0.1.js"></script>' % AMP_RTV)
    H.append('<link rel="canonical" href="%s"><title>%s | عالم 24</title><meta name="description" content="%s"><meta property="og:title" content="%s"><meta property="og:url" content="%s"><meta property="og:type" content="article"><meta property="og:image" content="%s/uploads/%04d/%02d/cottbus.jpg"><meta name="amp-google-client-id-api" content="googleanalytics">'
             '<script type="application/ld+json">%s</script>'
             '<style amp-custom>body{font-family:"Noto Naskh Arabic",Tahoma,sans-serif;background:#fff;color:#222}.amp-header{display:flex;align-items:center;justify-content:space-between;padding:8px 16px;background:#0b3d62}.amp-title{font-size:26px;line-height:1.5;margin:12px 16px}.amp-body p{font-size:18px;line-height:1.9;margin:0 16px 16px}.consent-ui{position:fixed;bottom:0;left:0;right:0;background:#fff;padding:16px;box-shadow:0 -2px 8px rgba(0,0,0,.2)}.related .slide{width:260px;padding:0 8px;white-space:normal}.related .slide p{font-size:14px;color:#555}</style></head>' % (
                 canon, E(title), A(first_sentence(r, 30)), A(title), canon, origin, y, mo, J(ld)))
    H.append('<body><amp-analytics type="gtag" data-credentials="include" class="i-amphtml-layout-fixed i-amphtml-layout-size-defined" style="width:1px;height:1px" i-amphtml-layout="fixed"><script type="application/json">%s</script></amp-analytics>' % json.dumps(
        {"vars": {"gtag_id": "UA-93120455-1", "config": {"UA-93120455-1": {"groups": "default", "page_location": canon, "page_title": title}}}}, ensure_ascii=False))
    H.append('<amp-analytics type="comscore" class="i-amphtml-layout-fixed i-amphtml-layout-size-defined" style="width:1px;height:1px" i-amphtml-layout="fixed"><script type="application/json">{"vars":{"c2":"21875643"},"extraUrlParams":{"comscorekw":"amp"}}</script></amp-analytics>')
    H.append('<amp-analytics type="chartbeat" class="i-amphtml-layout-fixed i-amphtml-layout-size-defined" style="width:1px;height:1px" i-amphtml-layout="fixed"><script type="application/json">{"vars":{"uid":"61203","domain":"alam24news.com","sections":"world","authors":"alam24"}}</script></amp-analytics>')
    H.append('<amp-analytics type="facebookpixel" config="https://www.facebook.com/tr?id=1839204711235601" class="i-amphtml-layout-fixed i-amphtml-layout-size-defined" style="width:1px;height:1px" i-amphtml-layout="fixed"><script type="application/json">{"vars":{"pixelId":"1839204711235601"},"triggers":{"trackPageview":{"on":"visible","request":"pageview"}}}</script></amp-analytics>')
    H.append('<amp-consent id="siteConsent" layout="nodisplay" class="i-amphtml-layout-nodisplay" hidden="hidden" i-amphtml-layout="nodisplay"><script type="application/json">{"consentInstanceId":"alam24-consent","consentRequired":true,"promptUI":"consentUI","postPromptUI":"consentPostUI"}</script>'
             '<div id="consentUI" class="consent-ui"><h3 class="consent-title">خصوصيتك تهمنا</h3><p class="consent-text">%s</p><button on="tap:siteConsent.accept" class="btn-accept" role="button" tabindex="0">موافق</button> <button on="tap:siteConsent.reject" class="btn-reject" role="button" tabindex="0">رفض</button> <a href="%s/privacy">سياسة الخصوصية</a></div>'
             '<div id="consentPostUI"><button on="tap:siteConsent.prompt" role="button" tabindex="0">إعدادات الخصوصية</button></div></amp-consent>' % (E(consent), origin))
    H.append('<amp-sidebar id="sidebar" layout="nodisplay" side="right" class="i-amphtml-layout-nodisplay" hidden="hidden" i-amphtml-layout="nodisplay"><button on="tap:sidebar.close" class="close" role="button" tabindex="0">\u2715</button><nav><ul>%s</ul></nav></amp-sidebar>' % ''.join(
        '<li><a href="%s/amp/%s">%s</a></li>' % (origin, pslug(n), n) for n in nav))
    H.append('<header class="amp-header"><button on="tap:sidebar.toggle" class="hamburger" aria-label="القائمة" role="button" tabindex="0">\u2630</button><a href="%s/amp/" class="logo">%s</a><a href="%s" class="full-site">النسخة الكاملة</a></header>' % (
        origin, amp_img(cache + '/i/s/www.alam24news.com/static/logo-amp.png', 160, 40, 'fixed', 'عالم 24'), canon))
    H.append('<main><article class="amp-article"><div class="kicker"><a href="%s/amp/world">عالم</a></div><h1 class="amp-title">%s</h1><div class="amp-meta"><span class="author">عالم 24 - وكالات</span> <time datetime="%s">%s</time> <span class="updated">آخر تحديث: %02d:%02d</span></div>' % (
        origin, E(title), iso(aid, '+02:00'), date_ar, hh + 1, mi))
    H.append('<figure class="amp-featured">%s<figcaption>%s</figcaption></figure>' % (amp_img(img('cottbus'), 1200, 675, alt=caption), E(caption)))
    H.append('<div class="amp-share">%s</div>' % ''.join(
        '<amp-social-share type="%s" width="40" height="40"%s class="i-amphtml-layout-fixed i-amphtml-layout-size-defined" style="width:40px;height:40px" i-amphtml-layout="fixed"></amp-social-share>' % (t, ' data-param-app_id="1839204711235601"' if t == 'facebook' else '') for t in ['facebook', 'twitter', 'whatsapp', 'email']))
    H.append('<div class="amp-body">')
    for i, p in enumerate(paras):
        H.append('<p>%s</p>' % E(p))
        if i == 0:
            H.append('<amp-ad width="300" height="250" type="doubleclick" data-slot="/21804471/alam24_amp_inarticle" data-multi-size="336x280" rtc-config=\'{"vendors":{"aps":{"PUB_ID":"3219","PARAMS":{"amp":"1"}}},"timeoutMillis":1000}\' class="i-amphtml-layout-fixed i-amphtml-layout-size-defined" style="width:300px;height:250px" i-amphtml-layout="fixed"><div placeholder="" class="ad-placeholder">إعلان</div><div fallback="" class="ad-fallback">عذرا، لا يوجد إعلان لعرضه حاليا</div></amp-ad>')
    H.append('</div><div class="amp-tags"><span>وسوم:</span> <a href="%s/amp/tag/germany">ألمانيا</a> <a href="%s/amp/tag/egypt">مصر</a> <a href="%s/amp/tag/racism">عنصرية</a></div></article>' % (origin, origin, origin))
    H.append('<section class="related"><h2>قصص ذات صلة</h2><amp-carousel type="carousel" layout="fixed-height" height="340" controls="" class="i-amphtml-layout-fixed-height i-amphtml-layout-size-defined" style="height:340px" i-amphtml-layout="fixed-height">')
    for rr in related:
        k = hnum(rr['id'], 90000, 10000)
        yy, mm, dd = adate(rr['id'])[:3]
        H.append('<div class="slide"><a href="%s/amp/world/%04d/%02d/%02d/%d">%s<h3>%s</h3><p>%s</p></a></div>' % (
            origin, yy, mm, dd, k, amp_img('%s/i/s/www.alam24news.com/uploads/thumbs/%d.jpg' % (cache, k), 260, 146, 'fixed'), E(T(rr)), E(first_words(rr, 30))))
    H.append('</amp-carousel></section>')
    H.append('<section class="most-read"><h2>الأكثر قراءة</h2><amp-list src="%s/api/amp/most-read.json" layout="fixed-height" height="420" items="items" class="i-amphtml-layout-fixed-height i-amphtml-layout-size-defined" style="height:420px" i-amphtml-layout="fixed-height"><template type="amp-mustache"><div class="mr-item"><span class="rank">{{rank}}</span> <a href="{{url}}">{{title}}</a></div></template><div overflow="" class="list-overflow" role="button" tabindex="0">عرض المزيد</div></amp-list></section>' % origin)
    H.append('<amp-accordion class="about i-amphtml-layout-container" i-amphtml-layout="container"><section><h4>عن عالم 24</h4><p>%s</p></section></amp-accordion>' % about)
    H.append('<footer class="amp-footer"><p>&copy; 2017 عالم 24. جميع الحقوق محفوظة</p><a href="%s">عرض النسخة الكاملة من الموقع</a> | <a href="%s/privacy">سياسة الخصوصية</a></footer></main></body></html>' % (canon, origin))
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='meta-charset',
                present=[consent],
                hard='An AMP article as served by the Google AMP Cache (html \u26a1 transformed="google;v=1", server-side-rendered: i-amphtml-layout attributes, i-amphtml-sizer, amp-runtime CSS, cache-rewritten image URLs), minified on one line; body only 3 <p> (191 words) with an amp-ad (placeholder "إعلان" and fallback text) after the first; four amp-analytics JSON configs; an amp-consent prompt whose <p> is a 34-word Arabic privacy notice at the top of <body>; amp-sidebar menu; amp-carousel "قصص ذات صلة" of 6 slides with 30-word excerpts in <p> (242 words of teaser text, more than the 191-word article); amp-list with an amp-mustache <template>; amp-accordion "about" <p>; amp-social-share; caption in figcaption.')


# =========================================================================== 7. Feed reader "reader view" (three-pane web RSS reader)
@page('feed_reader_view')
def feed_reader_view():
    aid = MAIN['feed_reader_view']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    app = 'https://app.feeddesk.io'
    site = 'https://ghad-tech.net'
    feed_name = 'تقنيات الغد'
    orig = '%s/%04d/%02d/%02d/%s/' % (site, y, mo, d, 'jobs-robots-technology')
    entry_id = 90000000 + hnum(aid, 9000000)
    import datetime
    since = (datetime.date(y, mo, d) - datetime.timedelta(days=40)).timetuple()[:3]
    others = pool('fr-list', 11, category=('technology', 'diverse'), keywords=['روبوت', 'تكنولوجيا', 'الذكاء', 'إنترنت', 'هاتف', 'تطبيق'], since=since)
    more = pool('fr-more', 3, category=('technology', 'diverse'), since=since)
    footer_p = 'ظهرت المقالة <a href="%s" rel="nofollow">%s</a> أولاً على <a href="%s" rel="nofollow">%s</a>.' % (orig, E(title), site, feed_name)
    caption = 'روبوت صناعي على خط تجميع في أحد المصانع (صورة توضيحية)'
    feeds_tech = [(feed_name, 23, True), ('The Verge', 41, False), ('البوابة العربية للأخبار التقنية', 12, False), ('Ars Technica', 17, False), ('عالم التقنية', 8, False)]
    feeds_news = [('فرانس 24 - عربي', 64, False), ('BBC Arabic', 58, False), ('الجزيرة نت', 0, False), ('Hacker News', 30, False)]
    ref = datetime.datetime(y, mo, d, hh, mi) + datetime.timedelta(hours=5, minutes=12)   # when the page was read

    def rel(aid2):
        dt = ref - datetime.datetime(*adate(aid2))
        h = int(dt.total_seconds() // 3600)
        return '%dh' % max(h, 1) if h < 24 else '%dd' % (h // 24)

    def feed_li(name, n, active):
        return '<li class="feed%s"><a href="%s/feed/%d"><img class="favicon" src="https://icons.feeddesk.io/%s.png" alt="" width="16" height="16"><span class="feed-title"%s>%s</span>%s</a></li>' % (
            ' is-active' if active else '', app, hnum(name, 90000), hexid(name, 10), ' dir="auto"', E(name), '<span class="unread">%d</span>' % n if n else '')
    H = []
    H.append('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>(23) %s – FeedDesk</title>\n<meta name="robots" content="noindex">\n<link rel="manifest" href="/manifest.json">\n<link rel="stylesheet" href="%s/assets/app-4f1c9e2a.css">\n<script>window.__FD__={"user":{"id":448213,"plan":"pro","locale":"en"},"view":"reader","entryId":%d,"feedId":%d,"theme":"light"};</script>\n<script defer src="%s/assets/app-7d3b0c51.js"></script>\n</head>\n<body class="app layout-three-pane view-reader">\n<div id="app">\n' % (
        E(title), app, entry_id, hnum(feed_name, 90000), app))
    H.append('<aside class="sidebar" aria-label="Feeds">\n  <div class="sidebar__brand"><a href="%s/">FeedDesk</a></div>\n  <button class="btn btn--primary sidebar__add" type="button">+ Add content</button>\n  <nav class="sidebar__nav">\n    <a href="%s/today" class="nav-item">Today <span class="count">38</span></a>\n    <a href="%s/later" class="nav-item">Read later <span class="count">4</span></a>\n    <a href="%s/starred" class="nav-item">Starred</a>\n    <a href="%s/all" class="nav-item">All articles <span class="count">213</span></a>\n  </nav>\n  <div class="folder is-open"><div class="folder__title">Tech</div><ul class="folder__feeds">%s</ul></div>\n  <div class="folder is-open"><div class="folder__title">News</div><ul class="folder__feeds">%s</ul></div>\n  <div class="sidebar__footer"><a href="%s/settings">Settings</a> · <a href="%s/help">Help</a> · <a href="%s/logout">Log out</a></div>\n</aside>\n' % (
        app, app, app, app, app, ''.join(feed_li(*f) for f in feeds_tech), ''.join(feed_li(*f) for f in feeds_news), app, app, app))
    H.append('<section class="entry-list" aria-label="Articles">\n  <header class="entry-list__header"><h2 dir="auto">%s</h2><div class="entry-list__tools"><button type="button">Mark all as read</button> <button type="button">Refresh</button> <span class="view-switch">View: <b>Magazine</b></span></div></header>\n  <ul class="entries">\n' % feed_name)
    items = sorted(others + [None], key=lambda x: adate(aid if x is None else x['id']), reverse=True)
    for rr in items:
        if rr is None:
            H.append('    <li class="entry is-selected is-read" data-entry-id="%d"><a href="%s/entry/%d"><div class="entry__meta"><span class="entry__source" dir="auto">%s</span> · <time>%s</time></div><div class="entry__title" dir="auto">%s</div><div class="entry__summary" dir="auto">%s…</div></a></li>\n' % (
                entry_id, app, entry_id, feed_name, rel(aid), E(title), E(' '.join(paras[0].split()[:22]))))
        else:
            k = 90000000 + hnum(rr['id'], 9000000)
            H.append('    <li class="entry" data-entry-id="%d"><a href="%s/entry/%d"><div class="entry__meta"><span class="entry__source" dir="auto">%s</span> · <time>%s</time></div><div class="entry__title" dir="auto">%s</div><div class="entry__summary" dir="auto">%s</div></a></li>\n' % (
                k, app, k, feed_name, rel(rr['id']), E(T(rr)), E(first_words(rr, 25, '…'))))
    H.append('  </ul>\n  <button class="entry-list__more" type="button">Load more articles</button>\n</section>\n')
    H.append('<section class="reader" aria-label="Reader">\n  <div class="reader__toolbar">\n    <button type="button" class="tb-btn" title="Previous (k)">‹</button><button type="button" class="tb-btn" title="Next (j)">›</button>\n    <button type="button" class="tb-btn">Mark as unread</button>\n    <button type="button" class="tb-btn">☆ Star</button>\n    <button type="button" class="tb-btn">Read later</button>\n    <button type="button" class="tb-btn">Share</button>\n    <button type="button" class="tb-btn">Aa</button>\n    <a class="tb-btn tb-btn--visit" href="%s" target="_blank" rel="noopener">Visit website ↗</a>\n  </div>\n  <article class="reader__entry" lang="ar" dir="rtl">\n    <div class="reader__feed"><img class="favicon" src="https://icons.feeddesk.io/%s.png" alt="" width="16" height="16"> <a href="%s/feed/%d">%s</a></div>\n    <h1 class="reader__title"><a href="%s" target="_blank" rel="noopener">%s</a></h1>\n    <div class="reader__byline" dir="ltr">by <span dir="auto">فريق التحرير</span> · %s %d, %d, %d:%02d AM · 3 min read</div>\n    <div class="reader__content">\n' % (
        orig, hexid(feed_name, 10), app, hnum(feed_name, 90000), feed_name, orig, E(title), MONTHS_EN[mo - 1], d, y, hh, mi))
    H.append('<figure><img src="%s/wp-content/uploads/%04d/%02d/robots-jobs-1024x576.jpg" alt="" width="1024" height="576" loading="lazy"><figcaption>%s</figcaption></figure>\n' % (site, y, mo, E(caption)))
    for p in paras:
        H.append('<p>%s</p>\n' % E(p))
    H.append('<p>%s</p>\n' % footer_p)
    H.append('    </div>\n    <div class="reader__source" dir="ltr"><span>Original source:</span> <a href="%s" target="_blank" rel="noopener">%s</a></div>\n    <div class="reader__tags" dir="ltr">Categories: <span dir="auto">تكنولوجيا</span>, <span dir="auto">وظائف</span>, <span dir="auto">روبوتات</span></div>\n  </article>\n  <div class="reader__more">\n    <h3>More from %s</h3>\n    <ul>\n' % (
        orig, orig.replace('https://', ''), feed_name))
    for rr in more:
        k = 90000000 + hnum(rr['id'], 9000000)
        H.append('      <li><a href="%s/entry/%d" dir="auto">%s</a> <time>%s</time></li>\n' % (app, k, E(T(rr)), rel(rr['id'])))
    H.append('    </ul>\n  </div>\n</section>\n</div>\n<div id="toast" class="toast" role="status" aria-live="polite"></div>\n</body>\n</html>\n')
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='meta-charset',
                present=['ظهرت المقالة'],
                hard='Web feed reader, three-pane "reader view" (English UI, html lang="en", article div lang="ar" dir="rtl"): a feeds sidebar with folders and unread counts, an article list of 12 entries (11 other articles with 25-word summaries; the selected one repeats the title and the first 22 words), and the reader pane with toolbar (Visit website, Star, Read later…), feed name, linked h1, English byline, a figure with caption, the 6 body <p> (371 words) and, inside the same content div, the WordPress feed footer paragraph "ظهرت المقالة … أولاً على تقنيات الغد." (excluded), then "Original source:" link, categories and "More from" list. ANT paragraph 2 ends with the stray subhead word "الصحفيون", kept as in ANT.')


# =========================================================================== 8. Modern Saudi news site (Sabq-like): key points + h2 subheads
@page('sabq_like_saudi')
def sabq_like_saudi():
    aid = MAIN['sabq_like_saudi']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    subheads = {'PHAB2 Pro: أول هاتف ذكي في العالم بإمكانيات تانجو', 'PHAB2 Plus: صور مذهلة', 'PHAB2: سعر مذهل', 'السعر والتوفّر'}
    assert sum(p in subheads for p in paras) == 4
    base = 'https://sadaalriyadh.sa'
    nid = 'a7%s' % hexid(aid, 6)
    url = '%s/tech/%s' % (base, nid)
    hijri = '23 ربيع الأول 1438هـ'
    day = weekday(y, mo, d, DAYS_EG)
    key_points = ['لينوفو تطرح هاتف PHAB2 Pro في المتاجر التونسية ابتداء من 25 ديسمبر',
                  'الجهاز أول هاتف ذكي في العالم يدعم منصة تانجو للواقع المعزز من غوغل',
                  'معالج سنابدراغون 652 وكاميرا بدقة 16 ميغابيكسل وصوت محيطي من دولبي',
                  'الأسعار بين 699 و1799 دينارا تونسيا بحسب الطراز']
    caption = 'هاتف لينوفو PHAB2 Pro خلال عرضه في أحد معارض الإلكترونيات (أرشيفية)'
    related = pool('sq-rel', 4, category=('technology', 'diverse'), keywords=['هاتف', 'سامسونج', 'آبل', 'آيفون', 'ذكي', 'أندرويد'])
    inline_rel = pool('sq-inline', 1, category='technology', keywords=['هاتف', 'ذكي'])[0]
    most = pool('sq-most', 6, category=('internationalNews', 'diverse', 'sport'))
    import datetime
    breaking = pool('sq-break', 1, category='internationalNews', since=(datetime.date(y, mo, d) - datetime.timedelta(days=3)).timetuple()[:3])[0]
    nav = ['الرئيسية', 'محليات', 'اقتصاد', 'رياضة', 'تقنية', 'صحة', 'منوعات', 'فيديو', 'إنفوجرافيك']

    def ampm(h, m):
        return '%d:%02d %s' % (h if h <= 12 else h - 12, m, 'ص' if h < 12 else 'م')

    def link(rr):
        return '%s/%s/a7%s' % (base, 'tech' if rr.get('category') == 'technology' else 'world', hexid(rr['id'], 6))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso(aid, '+03:00'),
          "author": {"@type": "Organization", "name": "صدى الرياض"}, "articleSection": "تقنية", "inLanguage": "ar",
          "publisher": {"@type": "Organization", "name": "صدى الرياض", "logo": {"@type": "ImageObject", "url": base + "/static/logo.png"}},
          "image": base + "/uploads/2016/12/%s.jpg" % nid, "mainEntityOfPage": url}
    H = []
    H.append('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">\n<title>%s | صدى الرياض</title>\n<meta name="description" content="%s">\n<link rel="canonical" href="%s">\n<meta property="og:title" content="%s">\n<meta property="og:description" content="%s">\n<meta property="og:image" content="%s/uploads/2016/12/%s.jpg">\n<meta property="og:url" content="%s">\n<meta property="og:type" content="article">\n<meta name="twitter:card" content="summary_large_image">\n<meta name="twitter:site" content="@sadaalriyadh">\n<script type="application/ld+json">%s</script>\n<link rel="preload" href="%s/_nuxt/fonts/Tajawal-Regular.woff2" as="font" type="font/woff2" crossorigin>\n<link rel="stylesheet" href="%s/_nuxt/app.3c9a1f.css">\n</head>\n' % (
        E(title), A(key_points[0]), url, A(title), A(key_points[0]), base, nid, url, J(ld), base, base))
    H.append('<body class="article-page">\n<div id="__nuxt"><div id="__layout"><div class="layout">\n<div class="top-bar">\n  <div class="container d-flex">\n    <span class="top-bar__date">%s %s - %d %s %d م</span>\n    <span class="top-bar__prayer">الرياض: العشاء 6:31 م</span>\n    <span class="top-bar__weather">الرياض 14° غائم جزئيا</span>\n    <div class="top-bar__social"><a href="https://twitter.com/sadaalriyadh" aria-label="تويتر"></a><a href="https://www.snapchat.com/add/sadaalriyadh" aria-label="سناب شات"></a><a href="https://www.instagram.com/sadaalriyadh" aria-label="إنستغرام"></a><a href="https://www.youtube.com/sadaalriyadh" aria-label="يوتيوب"></a></div>\n  </div>\n</div>\n<header class="site-header">\n  <div class="container d-flex">\n    <a href="%s/" class="site-header__logo"><img src="%s/static/logo.svg" alt="صدى الرياض" width="180" height="48"></a>\n    <nav class="site-header__nav"><ul>\n' % (
        day, hijri, d, MONTHS_EG[mo - 1], y, base, base))
    for k, lab in enumerate(nav):
        H.append('      <li%s><a href="%s/%s">%s</a></li>\n' % (' class="is-active"' if lab == 'تقنية' else '', base, '' if k == 0 else 'section/%d' % k, lab))
    H.append('    </ul></nav>\n    <button class="site-header__search" aria-label="بحث"></button>\n  </div>\n</header>\n<div class="breaking-bar"><div class="container"><span class="breaking-bar__label">عاجل</span> <a href="%s">%s</a></div></div>\n' % (link(breaking), E(T(breaking))))
    H.append('<main class="container main-content">\n<div class="row">\n<div class="col-lg-8">\n<nav class="breadcrumb" aria-label="breadcrumb"><a href="%s/">الرئيسية</a> <span>/</span> <a href="%s/section/4">تقنية</a></nav>\n<article class="article">\n  <header class="article__header">\n    <span class="article__category">تقنية</span>\n    <h1 class="article__title">%s</h1>\n    <div class="article__meta">\n      <div class="article__author"><img src="%s/static/avatar-newsroom.png" alt="" width="32" height="32"><span>صدى الرياض - فريق التحرير</span></div>\n      <time datetime="%s">%d %s %d - %s</time>\n      <span class="article__read-time">وقت القراءة: 4 دقائق</span>\n    </div>\n  </header>\n' % (
        base, base, E(title), base, iso(aid, '+03:00'), d, MONTHS_EG[mo - 1], y, ampm(hh + 2, mi)))
    H.append('  <div class="key-points">\n    <h3 class="key-points__title">نقاط رئيسية</h3>\n    <ul class="key-points__list">\n%s    </ul>\n  </div>\n' % ''.join('      <li>%s</li>\n' % E(k) for k in key_points))
    H.append('  <figure class="article__image"><img src="%s/uploads/2016/12/%s.jpg" alt="%s" width="780" height="439"><figcaption>%s</figcaption></figure>\n  <div class="share-bar"><span>شارك</span> <a class="share-bar__tw" href="https://twitter.com/intent/tweet?url=%s">تويتر</a> <a class="share-bar__wa" href="https://wa.me/?text=%s">واتساب</a> <a class="share-bar__sn" href="https://www.snapchat.com/scan?attachmentUrl=%s">سناب شات</a> <button class="share-bar__copy" type="button">نسخ الرابط</button></div>\n  <div class="article-text">\n' % (
        base, nid, A(caption), E(caption), Q(url), Q(url), Q(url)))
    for i, p in enumerate(paras):
        H.append('    <%s>%s</%s>\n' % ('h2' if p in subheads else 'p', E(p), 'h2' if p in subheads else 'p'))
        if i == 5:
            H.append('    <div class="related-inline"><span class="related-inline__label">ذات صلة</span> <a href="%s">%s</a></div>\n' % (link(inline_rel), E(T(inline_rel))))
    H.append('  </div>\n  <div class="article__tags"><a href="%s/tag/lenovo">#لينوفو</a> <a href="%s/tag/smartphones">#هواتف_ذكية</a> <a href="%s/tag/ar">#الواقع_المعزز</a></div>\n  <div class="article__feedback"><span>هل كان المقال مفيدا؟</span> <button type="button">نعم</button> <button type="button">لا</button></div>\n</article>\n<section class="related-cards">\n  <h2 class="section-title">ذات صلة</h2>\n  <div class="cards">\n' % (base, base, base))
    for rr in related:
        a = adate(rr['id'])
        H.append('    <article class="card"><a href="%s"><img src="%s/uploads/thumbs/%s.jpg" alt="" loading="lazy" width="360" height="203"><h3 class="card__title">%s</h3><p class="card__excerpt">%s</p><time>%d %s %d</time></a></article>\n' % (
            link(rr), base, hexid(rr['id'], 6), E(T(rr)), E(first_sentence(rr, 35)), a[2], MONTHS_EG[a[1] - 1], a[0]))
    H.append('  </div>\n</section>\n<section class="comments" id="comments">\n  <h2 class="section-title">التعليقات (0)</h2>\n  <p class="comments__empty">كن أول من يعلق على هذا الخبر</p>\n  <form class="comments__form"><textarea placeholder="أضف تعليقك" aria-label="أضف تعليقك"></textarea><input type="text" placeholder="الاسم"><button type="submit">إرسال</button></form>\n</section>\n</div>\n<aside class="col-lg-4 sidebar">\n  <div class="widget widget--most-read">\n    <h3 class="widget__title">الأكثر قراءة</h3>\n    <ol>\n')
    for k, rr in enumerate(most):
        H.append('      <li><span class="rank">%d</span> <a href="%s">%s</a></li>\n' % (k + 1, link(rr), E(T(rr))))
    H.append('    </ol>\n  </div>\n  <div class="widget widget--newsletter">\n    <h3 class="widget__title">النشرة البريدية</h3>\n    <p>اشترك في نشرتنا اليومية ليصلك ملخص أهم الأخبار المحلية والعالمية كل صباح.</p>\n    <form><input type="email" placeholder="بريدك الإلكتروني"><button type="submit">اشتراك</button></form>\n  </div>\n  <div class="widget widget--app">\n    <h3 class="widget__title">حمّل تطبيق صدى الرياض</h3>\n    <a href="https://apps.apple.com/sa/app/id1160211234">App Store</a> <a href="https://play.google.com/store/apps/details?id=sa.sadaalriyadh">Google Play</a>\n  </div>\n</aside>\n</div>\n</main>\n<footer class="site-footer">\n  <div class="container">\n    <ul class="site-footer__links"><li><a href="%s/about">من نحن</a></li><li><a href="%s/terms">الشروط والأحكام</a></li><li><a href="%s/privacy">سياسة الخصوصية</a></li><li><a href="%s/contact">اتصل بنا</a></li></ul>\n    <p>جميع الحقوق محفوظة لصحيفة صدى الرياض الإلكترونية &copy; 2016</p>\n  </div>\n</footer>\n</div></div></div>\n<script>window.__NUXT__={layout:"default",data:[{article:{id:"%s",section:"tech"}}],serverRendered:true};</script>\n<script src="%s/_nuxt/runtime.8e2f4b.js" defer></script>\n<script src="%s/_nuxt/app.5b0d7a.js" defer></script>\n</body>\n</html>\n' % (
        base, base, base, base, nid, base, base))
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='meta-charset',
                present=key_points,
                hard='Modern Saudi news site (Sabq-like, Nuxt SSR): long article (648 words) in div.article-text as 13 <p> and 4 <h2> subheads taken from the ANT text (9, 4, 3 and 2 words; kept in the gold); above it a "نقاط رئيسية" key-points box (4 hand-written <li> summarising the article with the same vocabulary: PHAB2 Pro, تانجو, سنابدراغون 652, prices; excluded); an inline "ذات صلة" related link inside div.article-text; Hijri + Gregorian date bar, prayer time and weather, "عاجل" bar, read-time, share bar, hashtags, "هل كان المقال مفيدا؟", "ذات صلة" cards with 35-word excerpts, comments box, most-read list, newsletter <p>.')


# =========================================================================== 9. windows-1256 bytes declared as ISO-8859-6 (legacy ASP portal)
@page('windows1256_meta_wrong_iso')
def windows1256_meta_wrong_iso():
    aid = MAIN['windows1256_meta_wrong_iso']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    base = 'http://www.alkhabar-net.com'
    nid = 18000 + hnum(aid, 900)
    marquee = pool('w6-marq', 6, category='localNews', enc='cp1256')
    related = pool('w6-rel', 5, category=('localNews', 'politic'), enc='cp1256', keywords=['الطوارئ', 'القضاء', 'الإرهاب', 'الدستور', 'سوسة'])
    latest = pool('w6-latest', 10, category=('localNews', 'society', 'sport'), enc='cp1256')
    most = pool('w6-most', 5, category=('localNews', 'internationalNews'), enc='cp1256')
    sections = ['أخبار تونس', 'أخبار عربية', 'أخبار دولية', 'اقتصاد', 'رياضة', 'ثقافة وفنون', 'منوعات', 'ملفات', 'أرشيف']
    comments = [('محمد - صفاقس', '07/07/2015 09:12', 'حالة الطوارئ ضرورية في هذا الظرف الصعب بعد ما حدث في سوسة، والأمن قبل كل شيء، ولا أفهم لماذا يطالب المرصد برفعها بعد يومين فقط من إعلانها.'),
                ('سلوى', '07/07/2015 11:40', 'أتفق مع بيان المرصد، فالأمر المنظم لحالة الطوارئ قديم ويعود إلى سنة 1978 ولا بد من مراجعته حتى لا يقع المساس بالحريات باسم مكافحة الإرهاب.')]

    def alink(rr):
        return '%s/news_details.asp?id=%d' % (base, 17000 + hnum(rr['id'], 1900))

    def fdate(aid2):
        a = adate(aid2)
        return '%02d/%02d/%04d' % (a[2], a[1], a[0])
    H = []
    H.append('<html dir="rtl">\r\n<head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6">\r\n<meta http-equiv="Content-Language" content="ar-tn">\r\n<meta name="GENERATOR" content="Microsoft FrontPage 6.0">\r\n<meta name="keywords" content="أخبار, تونس, عربي, الخبر العربي">\r\n<title>شبكة الخبر العربي :: %s</title>\r\n<link href="css/style.css" rel="stylesheet" type="text/css">\r\n<script language="JavaScript" src="js/menu.js"></script>\r\n<script language="JavaScript">\r\n<!--\r\nfunction MM_openBrWindow(theURL,winName,features) { window.open(theURL,winName,features); }\r\nfunction printNews(id) { MM_openBrWindow(\'print.asp?id=\'+id,\'print\',\'scrollbars=yes,width=620,height=500\'); }\r\n//-->\r\n</script>\r\n</head>\r\n<body topmargin="0" leftmargin="0" rightmargin="0" bottommargin="0" bgcolor="#E8E8E8">\r\n<div align="center">\r\n<table width="780" border="0" cellspacing="0" cellpadding="0" bgcolor="#FFFFFF">\r\n  <tr>\r\n    <td colspan="3"><a href="default.asp"><img src="images/banner.jpg" width="780" height="110" border="0" alt="شبكة الخبر العربي"></a></td>\r\n  </tr>\r\n  <tr>\r\n    <td colspan="3" class="menubar" height="26">&nbsp;<a href="default.asp" class="menu">الرئيسية</a>' % E(title))
    for k, s in enumerate(sections):
        H.append(' | <a href="section.asp?sec=%d" class="menu">%s</a>' % (k + 1, s))
    H.append('</td>\r\n  </tr>\r\n  <tr>\r\n    <td colspan="3" class="datebar" height="22"><font color="#990000"><b>آخر الأخبار:</b></font> <marquee direction="right" scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()" width="640">')
    H.append(' &nbsp;&nbsp;*&nbsp;&nbsp; '.join('<a href="%s" class="marq">%s</a>' % (alink(rr), E(T(rr))) for rr in marquee))
    H.append('</marquee></td>\r\n  </tr>\r\n  <tr>\r\n    <td width="160" valign="top" class="rightcol">\r\n      <table width="100%" border="0" cellspacing="0" cellpadding="3">\r\n        <tr><td class="boxhead">أقسام الموقع</td></tr>\r\n')
    for k, s in enumerate(sections):
        H.append('        <tr><td class="boxitem"><img src="images/arrow.gif" width="7" height="7"> <a href="section.asp?sec=%d">%s</a></td></tr>\r\n' % (k + 1, s))
    H.append('      </table>\r\n      <br>\r\n      <form name="poll" method="post" action="poll.asp">\r\n      <table width="100%" border="0" cellspacing="0" cellpadding="3">\r\n        <tr><td class="boxhead">استطلاع الرأي</td></tr>\r\n        <tr><td class="boxitem">هل تؤيد إعلان حالة الطوارئ في البلاد؟</td></tr>\r\n        <tr><td class="boxitem"><input type="radio" name="vote" value="1"> نعم، أؤيد</td></tr>\r\n        <tr><td class="boxitem"><input type="radio" name="vote" value="2"> لا، أعارض</td></tr>\r\n        <tr><td class="boxitem"><input type="radio" name="vote" value="3"> لا رأي لي</td></tr>\r\n        <tr><td class="boxitem" align="center"><input type="submit" value="صوّت" class="btn"> <a href="poll_results.asp">النتائج</a></td></tr>\r\n      </table>\r\n      </form>\r\n      <table width="100%" border="0" cellspacing="0" cellpadding="3">\r\n        <tr><td class="boxhead">عداد الزوار</td></tr>\r\n        <tr><td class="boxitem" align="center">زوار اليوم: 3412<br>مجموع الزوار: 8945120</td></tr>\r\n      </table>\r\n    </td>\r\n')
    H.append('    <td width="460" valign="top" class="maincol">\r\n      <table width="100%%" border="0" cellspacing="0" cellpadding="4">\r\n        <tr><td class="path"><a href="default.asp">الرئيسية</a> &gt; <a href="section.asp?sec=1">أخبار تونس</a></td></tr>\r\n        <tr><td class="newstitle">%s</td></tr>\r\n        <tr><td class="newsdate">%s - %02d:%02d &nbsp;|&nbsp; عدد القراءات: %d</td></tr>\r\n        <tr><td><img src="upload/news/%d.jpg" width="200" height="150" align="left" hspace="8" vspace="4" border="0" alt=""></td></tr>\r\n        <tr><td class="newstext">\r\n' % (
        E(title), tn_date(aid, True), hh, mi, 1245 + hnum(aid, 300), nid))
    for p in paras:
        H.append('<p align="justify" dir="rtl"><font face="Simplified Arabic" size="3">%s</font></p>\r\n' % E(p))
    H.append('        </td></tr>\r\n        <tr><td class="tools" align="center"><a href="sendfriend.asp?id=%d">أرسل الخبر لصديق</a> | <a href="javascript:printNews(%d)">نسخة للطباعة</a> | <a href="#addcomment">أضف تعليقا</a></td></tr>\r\n      </table>\r\n      <table width="100%%" border="0" cellspacing="0" cellpadding="3">\r\n        <tr><td class="boxhead">أخبار ذات علاقة</td></tr>\r\n' % (nid, nid))
    for rr in related:
        H.append('        <tr><td class="boxitem"><img src="images/arrow.gif" width="7" height="7"> <a href="%s">%s</a> <font color="#999999">(%s)</font></td></tr>\r\n' % (alink(rr), E(T(rr)), fdate(rr['id'])))
    H.append('      </table>\r\n      <br>\r\n      <table width="100%%" border="0" cellspacing="0" cellpadding="3">\r\n        <tr><td class="boxhead">تعليقات الزوار (%d)</td></tr>\r\n' % len(comments))
    for name, when, text in comments:
        H.append('        <tr><td class="comhead"><b>%s</b> - %s</td></tr>\r\n        <tr><td class="comtext">%s</td></tr>\r\n' % (E(name), when, E(text)))
    H.append('      </table>\r\n      <a name="addcomment"></a>\r\n      <form name="comment" method="post" action="addcomment.asp?id=%d">\r\n      <table width="100%%" border="0" cellspacing="0" cellpadding="3">\r\n        <tr><td class="boxhead" colspan="2">أضف تعليقك</td></tr>\r\n        <tr><td width="70">الاسم:</td><td><input type="text" name="name" size="30"></td></tr>\r\n        <tr><td>البريد:</td><td><input type="text" name="email" size="30"></td></tr>\r\n        <tr><td>التعليق:</td><td><textarea name="body" cols="40" rows="5"></textarea></td></tr>\r\n        <tr><td colspan="2" align="center"><input type="submit" value="إرسال" class="btn"></td></tr>\r\n        <tr><td colspan="2"><font size="1" color="#666666">التعليقات لا تعبر عن رأي الموقع، ويحتفظ الموقع بحق حذف التعليقات المسيئة.</font></td></tr>\r\n      </table>\r\n      </form>\r\n    </td>\r\n' % nid)
    H.append('    <td width="160" valign="top" class="leftcol">\r\n      <table width="100%" border="0" cellspacing="0" cellpadding="3">\r\n        <tr><td class="boxhead">آخر الأخبار</td></tr>\r\n')
    for rr in latest:
        H.append('        <tr><td class="boxitem"><a href="%s">%s</a></td></tr>\r\n' % (alink(rr), E(T(rr))))
    H.append('      </table>\r\n      <br>\r\n      <table width="100%" border="0" cellspacing="0" cellpadding="3">\r\n        <tr><td class="boxhead">الأكثر قراءة</td></tr>\r\n')
    for rr in most:
        H.append('        <tr><td class="boxitem"><a href="%s">%s</a></td></tr>\r\n' % (alink(rr), E(T(rr))))
    H.append('      </table>\r\n      <br>\r\n      <a href="ads.asp?id=12" target="_blank"><img src="images/ads/banner160x600.gif" width="160" height="600" border="0" alt="أعلن هنا"></a>\r\n    </td>\r\n  </tr>\r\n  <tr>\r\n    <td colspan="3" class="footer" align="center">جميع الحقوق محفوظة &copy; 2005 - 2015 شبكة الخبر العربي<br>تصميم وبرمجة: <a href="http://www.webarabia-soft.com" target="_blank">ويب عربية للبرمجيات</a></td>\r\n  </tr>\r\n</table>\r\n</div>\r\n</body>\r\n</html>\r\n')
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='windows-1256', charset_declared='http-equiv-wrong',
                declared_label='iso-8859-6',
                hard='Legacy ASP/FrontPage portal whose <meta http-equiv> declares charset=iso-8859-6 while the bytes are windows-1256 (the two Arabic code pages swapped): obeying the label gives undefined bytes and wrong letters from ط on (ع غ ف ق ك ل م ن ه و ي are all shifted), so the decoder must notice the label is wrong. Layout: CRLF line ends, 3-column 780px table, marquee ticker, sections box, poll form, visitor counter, body = 4 <p align="justify"><font face="Simplified Arabic"> paragraphs in td.newstext next to a floated image, "أرسل الخبر لصديق | نسخة للطباعة" tools, related list, 2 visitor comments (~25 words each, on topic), comment form, latest/most-read columns.')


# =========================================================================== 10. Infinite scroll: the next ("previous") article appended below
@page('infinite_scroll_next')
def infinite_scroll_next():
    aid = MAIN['infinite_scroll_next']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    r2 = ANT[APPENDED]
    title2 = T(r2)
    paras2 = paragraphs(APPENDED)
    y, mo, d, hh, mi = adate(aid)
    base = 'https://www.maraya-culture.tn'
    url = '%s/cinema/%d/sousse-le-palace-appel' % (base, 7312)
    url2 = '%s/cinema/%d/3000-nights-may-masri-jcc' % (base, 6120)
    most = pool('inf-most', 5, category=('culture', 'diverse'))
    latest = pool('inf-latest', 6, category='culture')
    nav = ['الرئيسية', 'سينما', 'مسرح', 'موسيقى', 'كتب', 'فنون تشكيلية', 'مهرجانات', 'حوارات']

    def art(pid, u, ttl, ps, author, bio, when_aid, caption, views, current, tags):
        yy, mm, dd, h2, m2 = adate(when_aid)
        o = ['<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail category-cinema single-article %s" data-url="%s" data-title="%s" data-post-id="%d">\n' % (
            pid, pid, 'is-current' if current else 'infinite-loaded', u, A(ttl), pid)]
        o.append('  <header class="entry-header">\n    <div class="entry-category"><a href="%s/cinema">سينما</a></div>\n    <h1 class="entry-title">%s</h1>\n    <div class="entry-meta"><span class="byline">بقلم <a href="%s/author/%s">%s</a></span> <span class="sep">•</span> <time class="entry-date published" datetime="%s">%d %s %d</time> <span class="sep">•</span> <span class="post-views">%s مشاهدة</span></div>\n  </header>\n' % (
            base, E(ttl), base, hexid(author, 6), E(author), iso(when_aid), dd, MONTHS_EG[mm - 1], yy, views))
        o.append('  <figure class="post-thumbnail"><img src="%s/wp-content/uploads/%04d/%02d/%d-1024x576.jpg" width="1024" height="576" alt="" loading="%s"><figcaption class="wp-caption-text">%s</figcaption></figure>\n' % (
            base, yy, mm, pid, 'eager' if current else 'lazy', E(caption)))
        o.append('  <div class="share-top"><a class="share-fb" href="https://www.facebook.com/sharer.php?u=%s">فيسبوك</a> <a class="share-tw" href="https://twitter.com/intent/tweet?url=%s">تويتر</a> <a class="share-wa" href="https://api.whatsapp.com/send?text=%s">واتساب</a></div>\n  <div class="entry-content">\n' % (Q(u), Q(u), Q(u)))
        for p in ps:
            o.append('<p>%s</p>\n' % E(p))
        o.append('  </div>\n  <footer class="entry-footer">\n    <div class="post-tags"><span>الوسوم:</span> %s</div>\n  </footer>\n  <div class="author-bio"><img src="%s/wp-content/uploads/authors/%s.jpg" alt="" width="64" height="64"><div class="author-bio__text"><h4>%s</h4><p>%s</p></div></div>\n</article>\n' % (
            ' '.join('<a href="%s/tag/%s" rel="tag">%s</a>' % (base, pslug(t), t) for t in tags), base, hexid(author, 6), E(author), E(bio)))
        return ''.join(o)
    H = []
    H.append('<!DOCTYPE html>\n<html dir="rtl" lang="ar">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s | مرايا</title>\n<link rel="canonical" href="%s">\n<meta property="og:title" content="%s">\n<meta property="og:url" content="%s">\n<meta property="og:type" content="article">\n<meta property="og:description" content="%s">\n<meta property="article:published_time" content="%s">\n<link rel="stylesheet" href="%s/wp-content/themes/maraya/assets/css/main.css?ver=2.3.1">\n<link rel="next" href="%s">\n<script>var marayaInfinite = {"enabled":true,"container":"#main","item":"article.single-article","next":"%s","nextTitle":%s,"updateUrl":true,"updateTitle":true,"gaPageview":true};</script>\n</head>\n' % (
        E(title), url, A(title), url, A(first_sentence(r, 30)), iso(aid), base, url2, url2, json.dumps(title2, ensure_ascii=False)))
    H.append('<body class="post-template-default single single-post postid-7312 single-format-standard infinite-scroll">\n<div id="page" class="site">\n<header id="masthead" class="site-header">\n  <div class="container">\n    <div class="site-branding"><a href="%s/" rel="home"><img src="%s/wp-content/uploads/2016/02/maraya-logo.png" alt="مرايا" width="200" height="60"></a><p class="site-description">مجلة الثقافة والفنون</p></div>\n    <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">%s</ul></nav>\n  </div>\n</header>\n<div id="content" class="site-content container">\n<div class="content-area">\n<main id="main" class="site-main infinite-wrap" data-infinite="true">\n' % (
        base, base, ''.join('<li class="menu-item%s"><a href="%s/%s">%s</a></li>' % (' current-menu-parent' if n == 'سينما' else '', base, pslug(n), n) for n in nav)))
    H.append(art(7312, url, title, paras, 'منى الطرابلسي', 'صحفية ثقافية مختصة في السينما والمسرح، تتابع المهرجانات التونسية والعربية وتكتب في مرايا منذ تأسيسها.',
                 aid, 'مدخل قاعة سينما البلاص بمدينة سوسة', '1,204', True, ['سينما', 'سوسة', 'قاعات السينما']))
    H.append('<div class="infinite-divider" role="separator"><span>المقال التالي</span></div>\n')
    H.append(art(6120, url2, title2, paras2, 'كريم بن عمر', 'ناقد سينمائي وعضو في جامعة نوادي السينما، يكتب عن السينما العربية والإفريقية.',
                 APPENDED, 'مشهد من فيلم "3000 ليلة" للمخرجة مي المصري', '3,877', False, ['أيام قرطاج السينمائية', 'السينما الفلسطينية', 'مي المصري']))
    H.append('<div class="infinite-loader" aria-hidden="true"><span class="spinner"></span> جاري تحميل المقال التالي...</div>\n</main>\n</div>\n<aside id="secondary" class="widget-area">\n  <section class="widget widget_popular"><h2 class="widget-title">الأكثر قراءة</h2><ol>\n')
    for rr in most:
        H.append('    <li><a href="%s/?p=%d">%s</a></li>\n' % (base, hnum(rr['id'], 9000, 1000), E(T(rr))))
    H.append('  </ol></section>\n  <section class="widget widget_recent_entries"><h2 class="widget-title">أحدث المقالات</h2><ul>\n')
    for rr in latest:
        H.append('    <li><a href="%s/?p=%d">%s</a> <span class="post-date">%s</span></li>\n' % (base, hnum(rr['id'], 9000, 1000), E(T(rr)), eg_date(rr['id'])))
    H.append('  </ul></section>\n  <section class="widget widget_text"><h2 class="widget-title">عن مرايا</h2><div class="textwidget"><p>مرايا مجلة إلكترونية تونسية مستقلة تعنى بالثقافة والفنون: السينما والمسرح والموسيقى والكتاب والفنون التشكيلية.</p></div></section>\n</aside>\n</div>\n<footer id="colophon" class="site-footer"><div class="container"><p>&copy; 2017 مرايا - جميع الحقوق محفوظة</p></div></footer>\n</div>\n<script src="%s/wp-content/themes/maraya/assets/js/infinite.js?ver=2.3.1"></script>\n</body>\n</html>\n' % base)

    def check(doc, flat, lines):
        errs = []
        for p in paras2:
            if p not in lines:
                errs.append('appended article paragraph missing')
        if doc.count('<h1') != 2:
            errs.append('expected two h1')
        return errs
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='meta-charset', check=check,
                absent_from_gold=paras2,
                hard='Infinite-scroll article page as rendered after the next story was appended (a DOM snapshot, as a JS-rendering crawler or "save page" gives): the article (234 words, 5 <p>) is followed, in the same <main>, by an "المقال التالي" divider and a complete second article (the site\'s previous cinema story, 631 words, 8 <p>) with the SAME template: its own h1, byline, date, figure/caption, share bar, entry-content, tags and author bio. The appended article is 2.7x longer than the real one; only <title>, canonical, og:title, the is-current class and document order say which article the page is. Gold = the first article only.')



# =========================================================================== write + verify
PYCODEC = {'utf-8': 'utf-8', 'windows-1256': 'cp1256', 'iso-8859-6': 'iso8859_6'}
BLOCK = r'(?i)<br\s*/?>|</?(?:p|div|li|ul|ol|tr|td|th|table|tbody|h[1-6]|section|article|aside|header|footer|main|nav|figure|figcaption|blockquote|dl|dt|dd|form|center|picture|pre|fieldset|amp-carousel|amp-sidebar|amp-consent|amp-accordion)\b[^>]*>'
LEAK = ['اترك تعليقاً', 'زر الذهاب إلى الأعلى', 'اقرأ أيضاً', 'اقرأ أيضا', 'جميع الحقوق محفوظة', 'شاهد أيضاً',
        'إعلان', 'المصدر:', 'تحرير:', 'ظهرت المقالة', 'Lire aussi', 'نقاط رئيسية', 'ذات صلة', 'المقال التالي',
        'التفاصيل', 'الأكثر قراءة', '#']


def visible_lines(doc):
    s = re.sub(r'(?is)<(script|style|noscript|template|textarea|title)\b.*?</\1\s*>', '\n', doc)
    s = re.sub(r'(?s)<!--.*?-->', '\n', s)
    s = re.sub(r'(?s)<\?xml.*?\?>', '\n', s)
    s = re.sub(BLOCK, '\n', s)
    s = re.sub(r'<[^>]+>', '', s)
    s = html.unescape(s)
    return [norm_ws(x) for x in s.split('\n') if norm_ws(x)]


def build(name):
    global _BEFORE
    _BEFORE = adate(MAIN[name])[:3]
    d = PAGES[name]()
    enc = d['encoding']
    data = d['html'].encode(d.get('pyenc', PYCODEC[enc]))
    gold = {
        'title': d['title'],
        'text': '\n'.join(d['paras']),
        'encoding': enc,
        'template': name,
        'charset_declared': d['charset_declared'],
        'source': SOURCE,
        'source_id': d['aid'],
        'url': ANT[d['aid']]['url'],
    }
    return d, data, gold


def tag_balance(doc):
    """Stack check of non-void tags (script/style/template bodies skipped)."""
    VOID = {'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source',
            'track', 'wbr', 'i-amphtml-sizer'}
    s = re.sub(r'(?is)<(script|style|textarea|title)\b.*?</\1\s*>', '', doc)
    s = re.sub(r'(?s)<!--.*?-->', '', s)
    stack, errs = [], []
    for m in re.finditer(r'<(/?)([a-zA-Z][a-zA-Z0-9:-]*)\b[^>]*?(/?)>', s):
        close, tag, selfc = m.group(1), m.group(2).lower(), m.group(3)
        if tag in VOID or selfc:
            continue
        if not close:
            stack.append(tag)
        else:
            if stack and stack[-1] == tag:
                stack.pop()
            else:
                errs.append('stray </%s> (open: %s)' % (tag, stack[-3:]))
                if tag in stack:
                    while stack and stack.pop() != tag:
                        pass
    if stack:
        errs.append('unclosed: %s' % stack[-5:])
    return errs[:3]


class _Nesting(html.parser.HTMLParser):
    """Block element inside an open <p>, or <a> inside <a> (an HTML5 parser would restructure them)."""
    BLOCKS = {'div', 'p', 'ul', 'ol', 'li', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figure', 'form', 'section',
              'article', 'aside', 'header', 'footer', 'nav', 'main', 'blockquote', 'dl', 'pre', 'hr'}
    VOID = {'br', 'img', 'meta', 'link', 'input', 'hr', 'source', 'i-amphtml-sizer', 'wbr'}

    def __init__(self):
        super().__init__()
        self.stack, self.errs = [], []

    def handle_starttag(self, t, a):
        if t in self.BLOCKS and 'p' in self.stack:
            self.errs.append('<%s> inside <p> at %s' % (t, self.getpos()))
        if t == 'a' and 'a' in self.stack:
            self.errs.append('nested <a> at %s' % (self.getpos(),))
        if t not in self.VOID:
            self.stack.append(t)

    def handle_endtag(self, t):
        if t in self.stack:
            while self.stack.pop() != t:
                pass


def verify(name, d, data, gold):
    errs, notes = [], []
    enc = gold['encoding']
    try:
        doc = data.decode(PYCODEC[enc])
    except UnicodeDecodeError as e:
        return ['does not decode as %s: %s' % (enc, e)], notes
    lines = visible_lines(doc)
    flat = ' ' + ' '.join(lines) + ' '
    lineset = set(lines)
    paras = gold['text'].split('\n')
    for i, p in enumerate(paras):
        if p != norm_ws(p) or not p:
            errs.append('para %d not normalised' % i)
        if p not in flat:
            errs.append('para %d not in page text: %s' % (i, p[:60]))
        elif p not in lineset:
            errs.append('para %d is not a standalone text line' % i)
        elif flat.count(p) != 1:
            errs.append('para %d occurs %d times in the page text' % (i, flat.count(p)))
    # the gold is the ANT text itself: same words in the same order
    if gold['text'].split() != norm_ws(ANT[gold['source_id']]['text']).split(' '):
        errs.append('gold words differ from the ANT text')
    if gold['title'] not in flat:
        errs.append('title not in page text')
    # boilerplate strings must not be in the gold, unless the ANT article itself uses them
    # (the project's leak measure counts occurrences beyond those of the gold)
    toks = set(gold['text'].split())
    for s in LEAK:
        if (s in gold['text']) if (' ' in s or s.endswith(':') or s == '#') else (s in toks):
            if s in ANT[gold['source_id']]['text']:
                notes.append('leak string %r is part of the ANT text (allowed)' % s)
            else:
                errs.append('leak string in gold: ' + s)
    for s in d.get('absent_from_gold', []):
        if s in gold['text']:
            errs.append('distractor text in gold: ' + s[:40])
    for s in d.get('present', []):
        if s not in flat:
            errs.append('expected distractor missing from page: ' + s[:40])
    low = data.lower()
    cd = gold['charset_declared']
    if data.startswith(b'\xef\xbb\xbf'):
        errs.append('unexpected BOM')
    declared = [(m.group(1) or m.group(2)).decode() for m in
                re.finditer(rb'charset=["\']?([a-z0-9_-]+)|encoding="([a-z0-9_-]+)"', low)]
    if cd == 'http-equiv' and not re.search(rb'<meta http-equiv="content-type" content="text/html; charset=' + enc.encode() + rb'"', low):
        errs.append('http-equiv declaration missing')
    if cd == 'meta-charset' and not re.search(rb'<meta charset=["\']?' + enc.encode(), low):
        errs.append('meta charset missing')
    if cd == 'http-equiv-wrong':
        wrong = d['declared_label']
        if not re.search(rb'<meta http-equiv="content-type" content="text/html; charset=' + wrong.encode() + rb'"', low):
            errs.append('wrong http-equiv declaration missing')
        if declared != [wrong]:
            errs.append('unexpected charset labels: %s' % declared)
        # obeying the label must not give the page text: either it fails or it gives other letters
        try:
            alt = data.decode(PYCODEC[wrong])
            if all(p in alt for p in paras):
                errs.append('the declared (wrong) charset decodes the body too')
        except UnicodeDecodeError:
            notes.append('strict %s decode fails (as intended: bytes are %s)' % (wrong, enc))
    else:
        for lab in declared:          # only one charset is ever declared, and it is the real one
            if lab != enc:
                errs.append('declares another charset: %s' % lab)
        if not declared:
            errs.append('no charset declaration')
    if d.get('charset_regex') and not re.search(d['charset_regex'], data):
        errs.append('charset declaration not as documented')
    if enc != 'utf-8':
        try:
            data.decode('utf-8')
            errs.append('non-utf8 page is valid utf-8')
        except UnicodeDecodeError:
            pass
    for e in tag_balance(doc):
        errs.append('tags: ' + e)
    nest = _Nesting()
    nest.feed(doc)
    errs += nest.errs[:3]
    if d.get('check'):
        errs += d['check'](doc, flat, lines)
    return errs, notes


def main():
    rows = []
    bad = False
    for name in PAGES:
        d, data, gold = build(name)
        with open(os.path.join(OUT, name + '.html'), 'wb') as fh:
            fh.write(data)
        with open(os.path.join(OUT, name + '.json'), 'w', encoding='utf-8') as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
            fh.write('\n')
        errs, notes = verify(name, d, data, gold)
        words = len(gold['text'].split())
        vis = visible_lines(data.decode(PYCODEC[gold['encoding']]))
        page_words = len(' '.join(vis).split())
        rows.append((name, gold['encoding'], gold['charset_declared'], gold['source_id'], words,
                     len(gold['text'].split('\n')), page_words, len(data), d['hard']))
        print('%-28s %-12s %-16s %4d words %2d paras  page %5d words %6d bytes  %s' % (
            name, gold['encoding'], gold['charset_declared'], words, len(gold['text'].split('\n')),
            page_words, len(data), 'OK' if not errs else 'FAIL'))
        for e in errs:
            print('   ERROR', e)
            bad = True
        for n in notes:
            print('   note', n)
    with open(os.path.join(OUT, 'MANIFEST.tsv'), 'w', encoding='utf-8') as fh:
        fh.write('name\ttemplate\tencoding\tcharset_declared\tgold_words\tsource_id\n')
        for r in rows:
            fh.write('%s\t%s\t%s\t%s\t%d\t%s\n' % (r[0], r[0], r[1], r[2], r[4], r[3]))
    with open(os.path.join(OUT, 'pages.json'), 'w', encoding='utf-8') as fh:
        json.dump([dict(name=r[0], encoding=r[1], charset_declared=r[2], source_id=r[3], gold_words=r[4],
                        gold_paras=r[5], page_words=r[6], bytes=r[7], hard=r[8])
                   for r in rows], fh, ensure_ascii=False, indent=1)
        fh.write('\n')
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
