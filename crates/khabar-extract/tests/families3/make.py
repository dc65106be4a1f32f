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


def pool(seed, n, category=None, enc=None, keywords=None, minw=40):
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
                hard='WordPress + Elementor Pro theme builder (Hello theme): every block is section > elementor-container > column > widget-wrap > div.elementor-widget > div.elementor-widget-container; the body (7 <p> and a wp-block-image figure with caption) is the theme-post-content widget inside an inner section, and at the SAME depth, in the same widget-wrap, sit the share buttons, tags, a call-to-action box (h3 + 27-word description), a posts grid "مقالات ذات صلة" (3 cards with 26-word excerpts in <p>), an icon list of 4 titles, the author box (bio in <p>), post navigation and the comment form; the sidebar has a posts widget with excerpts, an icon list and a text-editor "about" <p>; header and footer templates use the same widget markup (text-editor <p>s).')



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
    toks = set(gold['text'].split())
    for s in LEAK:
        if (s in gold['text']) if (' ' in s or s.endswith(':') or s == '#') else (s in toks):
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
    if cd == 'meta-charset' and not re.search(rb'<meta charset="?' + enc.encode(), low):
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
