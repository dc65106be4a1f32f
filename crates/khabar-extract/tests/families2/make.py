#!/usr/bin/env python3
"""Generator for the second held-out "extra families" extraction test set (10 pages).

Deterministic: running it twice writes byte-identical files.  Page bytes and gold json are
produced from the same Python data (the list of gold paragraphs), so they agree.

Article text: ANT corpus v1.1 (JawharaFM, Tunisia, Apache-2.0; cite Chouigui, Ben Khiroun &
Elayeb, "ANT Corpus: An Arabic News Text Collection for Textual Classification", AICCSA 2017).
Page templates, captions, deks, bios, forum replies and reader comments are hand-written here.

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
XFAM_DIR = os.path.join(OUT, '..', 'families')
FIXTURE_DIR = os.path.join(OUT, '..', 'fixtures')
SOURCE = 'antcorpus_v1.1_jawharafm'
ID_RE = r'JA-[A-Za-z]+-\d+-\d+'

# --------------------------------------------------------------------------- corpus

ANT = {}
with open(ANT_PATH, encoding='utf-8') as fh:
    for line in fh:
        d = json.loads(line)
        ANT[d['id']] = d

# source ids that must not be a main article here: dev set, first extra batch, test fixtures
TAKEN = set()
for f in sorted(glob.glob(os.path.join(DEV_DIR, 'dev_*.json'))):
    with open(f, encoding='utf-8') as fh:
        TAKEN.add(json.load(fh)['source_id'])
with open(os.path.join(DEV_DIR, 'MANIFEST.tsv'), encoding='utf-8') as fh:
    TAKEN |= set(re.findall(ID_RE, fh.read()))
for f in sorted(glob.glob(os.path.join(XFAM_DIR, '*.json'))):
    with open(f, encoding='utf-8') as fh:
        TAKEN |= set(re.findall(ID_RE, fh.read()))        # includes pages.json (liveblog update ids)
for f in sorted(glob.glob(os.path.join(XFAM_DIR, '*.md')) + glob.glob(os.path.join(XFAM_DIR, '*.tsv'))):
    with open(f, encoding='utf-8') as fh:
        TAKEN |= set(re.findall(ID_RE, fh.read()))
for f in sorted(glob.glob(os.path.join(FIXTURE_DIR, '*.json'))):
    with open(f, encoding='utf-8') as fh:
        d = json.load(fh)
    TAKEN |= set(re.findall(ID_RE, json.dumps({k: d.get(k) for k in ('source_id', 'source', 'url')},
                                                ensure_ascii=False)))

MAIN = {
    'ghost_cms': 'JA-technology-60-20170330',
    'medium_like': 'JA-diverse-352-20170514',
    'vbulletin_forum_news': 'JA-sport-1332-20170605',
    'video_page': 'JA-localNews-3260-20170406',
    'paginated_article': 'JA-internationalNews-760-20170423',
    'inline_ads_wordpress': 'JA-localNews-2170-20170304',
    'xhtml_strict_1256': 'JA-economy-289-20170601',
    'nested_article_cards': 'JA-internationalNews-94-11012017',
    'long_comments_cms': 'JA-society-386-20170221',
    'preline_plaintext': 'JA-society-559-20170309',
}
USED = set(MAIN.values())
for _n, _i in MAIN.items():
    assert _i in ANT, _i
    assert _i not in TAKEN, (_n, _i)
assert len(USED) == len(MAIN)

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


_POOL_SEEN = set()
_BEFORE = None      # (y, m, d) of the page's main article: teasers are never newer than the article




def pool(seed, n, category=None, enc=None, keywords=None, minw=40):
    """n OTHER ANT articles: never a main article of this set, the dev set, the first extra
    batch or the fixtures; no duplicate titles within the whole set (all pages)."""
    rng = random.Random('pool2:%s' % seed)
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
        if any(c in r['text'] for c in '\u202c\u202e\u200f\u200e\u202d\u200b\u202b\x8f<>'):
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
DAYS = ['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد']


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


def weekday(y, m, d):
    import datetime
    return DAYS[datetime.date(y, m, d).weekday()]


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


PAGES = {}


def page(name):
    def deco(fn):
        PAGES[name] = fn
        return fn
    return deco


# =========================================================================== 1. Ghost CMS (Casper)
@page('ghost_cms')
def ghost_cms():
    aid = MAIN['ghost_cms']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    base = 'https://raqmi.blog'
    post_slug = 'facebook-messenger-stop-old-phones'
    url = '%s/%s/' % (base, post_slug)
    dek = 'هل هاتفك من بينها؟ هذه قائمة الأنظمة والإصدارات التي ستفقد دعم التطبيقين ابتداء من الشهر المقبل، وما الذي يمكنك فعله.'
    caption = 'تطبيقا فيسبوك وماسنجر على شاشة هاتف ذكي (صورة توضيحية: أرشيف رقمي)'
    author = 'أمين الشابي'
    bm = pool('g-bm', 1, category='technology', keywords=['فيسبوك', 'واتساب', 'ماسنجر', 'تطبيق'])[0]
    more = pool('g-more', 3, category='technology')
    nav = [('الرئيسية', '/'), ('تطبيقات', '/tag/apps/'), ('هواتف', '/tag/phones/'), ('أمن رقمي', '/tag/security/'),
           ('شروحات', '/tag/howto/'), ('عن المدونة', '/about/')]
    iso_d = iso(aid)
    date_ar = '%d %s %d' % (d, MONTHS_EG[mo - 1], y)
    ld = {"@context": "https://schema.org", "@type": "Article",
          "publisher": {"@type": "Organization", "name": "رقمي", "url": base + "/",
                        "logo": {"@type": "ImageObject", "url": base + "/content/images/2017/01/raqmi-logo.png"}},
          "author": {"@type": "Person", "name": author, "url": base + "/author/amine/",
                     "sameAs": ["https://twitter.com/amine_chebbi"]},
          "headline": title, "url": url, "datePublished": iso_d, "dateModified": iso_d,
          "image": {"@type": "ImageObject", "url": base + "/content/images/2017/03/fb-messenger.jpg", "width": 1600, "height": 900},
          "keywords": "تطبيقات, فيسبوك", "description": dek, "mainEntityOfPage": url}
    H = []
    H.append('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n\n    <title>%s</title>\n    <meta charset="utf-8" />\n    <meta http-equiv="X-UA-Compatible" content="IE=edge" />\n    <meta name="HandheldFriendly" content="True" />\n    <meta name="viewport" content="width=device-width, initial-scale=1.0" />\n\n    <link rel="preload" as="style" href="/assets/built/screen.css?v=7c1d2e9f0a" />\n    <link rel="preload" as="script" href="/assets/built/casper.js?v=7c1d2e9f0a" />\n    <link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=7c1d2e9f0a" />\n\n    <meta name="description" content="%s">\n    <link rel="icon" href="%s/content/images/size/w256h256/2017/01/favicon.png" type="image/png">\n    <link rel="canonical" href="%s">\n    <meta name="referrer" content="no-referrer-when-downgrade">\n    \n    <meta property="og:site_name" content="رقمي">\n    <meta property="og:type" content="article">\n    <meta property="og:title" content="%s">\n    <meta property="og:description" content="%s">\n    <meta property="og:url" content="%s">\n    <meta property="og:image" content="%s/content/images/2017/03/fb-messenger.jpg">\n    <meta property="article:published_time" content="%s">\n    <meta property="article:modified_time" content="%s">\n    <meta property="article:tag" content="تطبيقات">\n    <meta property="article:tag" content="فيسبوك">\n    \n    <meta name="twitter:card" content="summary_large_image">\n    <meta name="twitter:title" content="%s">\n    <meta name="twitter:description" content="%s">\n    <meta name="twitter:url" content="%s">\n    <meta name="twitter:label1" content="كتب بواسطة">\n    <meta name="twitter:data1" content="%s">\n    <meta name="twitter:label2" content="منشور في">\n    <meta name="twitter:data2" content="تطبيقات, فيسبوك">\n    <meta name="twitter:site" content="@raqmi_blog">\n    <meta property="og:image:width" content="1600">\n    <meta property="og:image:height" content="900">\n    \n    <script type="application/ld+json">\n%s\n    </script>\n\n    <meta name="generator" content="Ghost 5.54">\n    <link rel="alternate" type="application/rss+xml" title="رقمي" href="%s/rss/">\n    <script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.31/umd/portal.min.js" data-i18n="true" data-ghost="%s/" data-key="5b0e7c1f2a9d4e3c8b6a0f1e2d" data-api="%s/ghost/api/content/" crossorigin="anonymous"></script><style id="gh-members-styles">.gh-post-upgrade-cta-content,\n.gh-post-upgrade-cta {\n    display: flex;\n    flex-direction: column;\n    align-items: center;\n    font-family: -apple-system, BlinkMacSystemFont, \'Segoe UI\', Roboto, Oxygen, Ubuntu, Cantarell, \'Open Sans\', \'Helvetica Neue\', sans-serif;\n    text-align: center;\n    width: 100%%;\n    color: #ffffff;\n    font-size: 16px;\n}\n.gh-post-upgrade-cta-content {\n    border-radius: 8px;\n    padding: 40px 4vw;\n}\n</style>\n    <script defer src="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/sodo-search.min.js" data-key="5b0e7c1f2a9d4e3c8b6a0f1e2d" data-styles="https://cdn.jsdelivr.net/ghost/sodo-search@~1.1/umd/main.css" data-sodo-search="%s/" crossorigin="anonymous"></script>\n    <link href="%s/webmentions/receive/" rel="webmention">\n    <script defer src="/public/cards.min.js?v=7c1d2e9f0a"></script>\n    <link rel="stylesheet" type="text/css" href="/public/cards.min.css?v=7c1d2e9f0a">\n    <script defer src="/public/member-attribution.min.js?v=7c1d2e9f0a"></script><style>:root {--ghost-accent-color: #1e6fd9;}</style>\n    <script async src="https://www.googletagmanager.com/gtag/js?id=G-7RQ2M4XK1P"></script>\n<script>window.dataLayer = window.dataLayer || [];function gtag(){dataLayer.push(arguments);}gtag(\'js\', new Date());gtag(\'config\', \'G-7RQ2M4XK1P\');</script>\n\n</head>\n' % (
        E(title), A(dek), base, url, A(title), A(dek), url, base, iso_d, iso_d, A(title), A(dek), url, A(author),
        J(ld), base, base, base, base, base))
    H.append('<body class="post-template tag-apps tag-facebook is-head-left-logo has-cover">\n<div class="viewport">\n\n    <header id="gh-head" class="gh-head outer">\n        <div class="gh-head-inner inner">\n            <div class="gh-head-brand">\n                <a class="gh-head-logo no-image" href="%s">\n                        رقمي\n                </a>\n                <button class="gh-search gh-icon-btn" aria-label="بحث في الموقع" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>\n                <button class="gh-burger" aria-label="القائمة"></button>\n            </div>\n\n            <nav class="gh-head-menu">\n                <ul class="nav">\n' % base)
    for lab, href in nav:
        H.append('    <li class="nav-%s%s"><a href="%s%s">%s</a></li>\n' % (pslug(lab), ' nav-current-parent' if lab == 'تطبيقات' else '', base, href, lab))
    H.append('</ul>\n\n            </nav>\n\n            <div class="gh-head-actions">\n                    <button class="gh-search gh-icon-btn" aria-label="بحث في الموقع" data-ghost-search><svg xmlns="http://www.w3.org/2000/svg" fill="none" viewBox="0 0 24 24" stroke="currentColor" stroke-width="2" width="20" height="20"><path stroke-linecap="round" stroke-linejoin="round" d="M21 21l-6-6m2-5a7 7 0 11-14 0 7 7 0 0114 0z"></path></svg></button>\n                    <div class="gh-head-members">\n                                <a class="gh-head-link" href="#/portal/signin" data-portal="signin">تسجيل الدخول</a>\n                                <a class="gh-head-button" href="#/portal/signup" data-portal="signup">اشترك</a>\n                    </div>\n            </div>\n        </div>\n    </header>\n\n    <div class="site-content">\n        \n\n\n\n<main id="site-main" class="site-main">\n<article class="article post tag-apps tag-facebook ">\n\n    <header class="article-header gh-canvas">\n\n        <div class="article-tag post-card-tags">\n                <span class="post-card-primary-tag">\n                    <a href="/tag/apps/">تطبيقات</a>\n                </span>\n        </div>\n\n        <h1 class="article-title">%s</h1>\n\n            <p class="article-excerpt">%s</p>\n\n        <div class="article-byline">\n        <section class="article-byline-content">\n\n            <ul class="author-list">\n                <li class="author-list-item">\n                    <a href="/author/amine/" class="author-avatar">\n                        <img class="author-profile-image" src="/content/images/size/w100/2017/01/amine.jpg" alt="%s" />\n                    </a>\n                </li>\n            </ul>\n\n            <div class="article-byline-meta">\n                <h4 class="author-name"><a href="/author/amine/">%s</a></h4>\n                <div class="byline-meta-content">\n                    <time class="byline-meta-date" datetime="%04d-%02d-%02d">%s</time>\n                        <span class="byline-reading-time"><span class="bull">&bull;</span> قراءة في دقيقتين</span>\n                </div>\n            </div>\n\n        </section>\n        </div>\n\n            <figure class="article-image">\n                <img\n                    srcset="/content/images/size/w300/2017/03/fb-messenger.jpg 300w,\n                            /content/images/size/w600/2017/03/fb-messenger.jpg 600w,\n                            /content/images/size/w1000/2017/03/fb-messenger.jpg 1000w,\n                            /content/images/size/w2000/2017/03/fb-messenger.jpg 2000w"\n                    sizes="(min-width: 1400px) 1400px, 92vw"\n                    src="/content/images/size/w2000/2017/03/fb-messenger.jpg"\n                    alt="فيسبوك وماسنجر"\n                />\n                    <figcaption>%s</figcaption>\n            </figure>\n\n    </header>\n\n    <section class="gh-content gh-canvas">\n        ' % (E(title), E(dek), A(author), E(author), y, mo, d, date_ar, E(caption)))
    body = []
    for i, p in enumerate(paras):
        body.append('<p>%s</p>' % E(p))
        if i == 1:
            body.append('<figure class="kg-card kg-bookmark-card"><a class="kg-bookmark-container" href="%s/%s/"><div class="kg-bookmark-content"><div class="kg-bookmark-title">%s</div><div class="kg-bookmark-description">%s</div><div class="kg-bookmark-metadata"><img class="kg-bookmark-icon" src="%s/content/images/size/w256h256/2017/01/favicon.png" alt=""><span class="kg-bookmark-author">رقمي</span><span class="kg-bookmark-publisher">%s</span></div></div><div class="kg-bookmark-thumbnail"><img src="%s/content/images/2017/02/%d.jpg" alt=""></div></a></figure>' % (
                base, 'post-%d' % hnum(bm['id'], 9000, 1000), E(T(bm)), E(first_sentence(bm, 40)), base, E(author), base, hnum(bm['id'], 9000, 1000)))
        if i == 2:
            body.append('<hr>')
    body.append('<div class="kg-card kg-signup-card kg-width-regular " data-lexical-signup-form style="background-color: #F0F4FA;">\n            <div class="kg-signup-card-content">\n                <div class="kg-signup-card-text ">\n                    <h2 class="kg-signup-card-heading" style="color: #000000;"><span>لا تفوّت جديد رقمي</span></h2>\n                    <p class="kg-signup-card-subheading" style="color: #000000;"><span>اشترك في النشرة الأسبوعية المجانية ليصلك كل خميس ملخص أهم أخبار التطبيقات والهواتف وشروحات الحماية الرقمية بالعربية.</span></p>\n                    <form class="kg-signup-card-form" data-members-form="signup">\n                        <div class="kg-signup-card-fields">\n                            <input class="kg-signup-card-input" id="email" data-members-email="" type="email" required="true" placeholder="بريدك الإلكتروني">\n                            <button class="kg-signup-card-button kg-style-accent" style="color: #FFFFFF;" type="submit">\n                                <span class="kg-signup-card-button-default">اشترك</span>\n                                <span class="kg-signup-card-button-loading"><svg xmlns="http://www.w3.org/2000/svg" height="24" width="24" viewBox="0 0 24 24"><g stroke-linecap="round" stroke-width="2" fill="currentColor" stroke="none" stroke-linejoin="round" class="nc-icon-wrapper"><g class="nc-loop-dots-4-24-icon-o"><circle cx="4" cy="12" r="3"></circle><circle cx="12" cy="12" r="3"></circle><circle cx="20" cy="12" r="3"></circle></g></g></svg></span>\n                            </button>\n                        </div>\n                        <div class="kg-signup-card-success" style="color: #000000;">\n                            شكرا لك! تحقق من بريدك الإلكتروني لتأكيد اشتراكك.\n                        </div>\n                        <div class="kg-signup-card-error" style="color: #000000;" data-members-error></div>\n                    </form>\n                    <p class="kg-signup-card-disclaimer" style="color: #000000;"><span>لا رسائل مزعجة، ويمكنك إلغاء الاشتراك في أي وقت.</span></p>\n                </div>\n            </div>\n        </div>')
    H.append('\n'.join(body))
    H.append('\n    </section>\n\n        <section class="footer-cta outer">\n            <div class="inner">\n                <h2 class="footer-cta-title">اشترك في رقمي</h2>\n                <a class="footer-cta-button" href="#/portal" data-portal>\n                    <div class="footer-cta-input">أدخل بريدك الإلكتروني</div>\n                    <span>اشترك</span>\n                </a>\n            </div>\n        </section>\n\n\n            <section class="article-comments gh-canvas">\n                \n        <script defer src="https://cdn.jsdelivr.net/ghost/comments-ui@~0.12/umd/comments-ui.min.js" data-ghost-comments="%s/" data-api="%s/ghost/api/content/" data-admin="%s/ghost/" data-key="5b0e7c1f2a9d4e3c8b6a0f1e2d" data-title="" data-count="true" data-post-id="58dd3f2a9c1e4b0017a2c3d4" data-color-scheme="auto" data-avatar-saturation="60" data-accent-color="#1e6fd9" data-comments-enabled="all" data-publication="رقمي" crossorigin="anonymous"></script>\n    \n            </section>\n\n</article>\n</main>\n\n\n\n    <aside class="read-more-wrap outer">\n        <div class="read-more inner">\n                \n<article class="post-card post">\n\n    <a class="post-card-image-link" href="/">\n        <div class="post-card-image"></div>\n    </a>\n\n    <div class="post-card-content">\n        <a class="post-card-content-link" href="/">\n            <header class="post-card-header">\n                <h2 class="post-card-title">اقرأ المزيد من رقمي</h2>\n            </header>\n        </a>\n    </div>\n\n</article>\n' % (base, base, base))
    for rr in more:
        pid = hnum(rr['id'], 9000, 1000)
        H.append('\n<article class="post-card post tag-apps">\n\n    <a class="post-card-image-link" href="/post-%d/">\n\n        <img class="post-card-image"\n            srcset="/content/images/size/w300/2017/02/%d.jpg 300w,\n                    /content/images/size/w600/2017/02/%d.jpg 600w"\n            sizes="(max-width: 1000px) 400px, 800px"\n            src="/content/images/size/w600/2017/02/%d.jpg"\n            alt="%s"\n            loading="lazy"\n        />\n\n    </a>\n\n    <div class="post-card-content">\n\n        <a class="post-card-content-link" href="/post-%d/">\n            <header class="post-card-header">\n                <div class="post-card-tags">\n                        <span class="post-card-primary-tag">تقنية</span>\n                </div>\n                <h2 class="post-card-title">\n                    %s\n                </h2>\n            </header>\n                <div class="post-card-excerpt">%s</div>\n        </a>\n\n        <footer class="post-card-meta">\n            <time class="post-card-meta-date" datetime="%s">%s</time>\n                <span class="post-card-meta-length">قراءة في %d دقائق</span>\n        </footer>\n\n    </div>\n\n</article>\n' % (
            pid, pid, pid, pid, A(T(rr)), pid, E(T(rr)), E(first_words(rr, 33, '…')), iso(rr['id'])[:10], eg_date(rr['id']), hnum(rr['id'], 4, 3)))
    H.append('        </div>\n    </aside>\n\n\n\n    </div>\n\n    <footer class="site-footer outer">\n        <div class="inner">\n            <section class="copyright"><a href="%s">رقمي</a> &copy; 2017</section>\n            <nav class="site-footer-nav">\n                <ul class="nav">\n    <li class="nav-privacy"><a href="%s/privacy/">سياسة الخصوصية</a></li>\n    <li class="nav-contact"><a href="%s/contact/">اتصل بنا</a></li>\n    <li class="nav-rss"><a href="%s/rss/">RSS</a></li>\n</ul>\n\n            </nav>\n            <div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div>\n        </div>\n    </footer>\n\n</div>\n\n    <div class="pswp" tabindex="-1" role="dialog" aria-hidden="true">\n    <div class="pswp__bg"></div>\n\n    <div class="pswp__scroll-wrap">\n        <div class="pswp__container">\n            <div class="pswp__item"></div>\n            <div class="pswp__item"></div>\n            <div class="pswp__item"></div>\n        </div>\n\n        <div class="pswp__ui pswp__ui--hidden">\n            <div class="pswp__top-bar">\n                <div class="pswp__counter"></div>\n\n                <button class="pswp__button pswp__button--close" title="إغلاق (Esc)"></button>\n                <button class="pswp__button pswp__button--share" title="مشاركة"></button>\n                <button class="pswp__button pswp__button--fs" title="ملء الشاشة"></button>\n                <button class="pswp__button pswp__button--zoom" title="تكبير/تصغير"></button>\n\n                <div class="pswp__preloader">\n                    <div class="pswp__preloader__icn">\n                        <div class="pswp__preloader__cut">\n                            <div class="pswp__preloader__donut"></div>\n                        </div>\n                    </div>\n                </div>\n            </div>\n\n            <div class="pswp__share-modal pswp__share-modal--hidden pswp__single-tap">\n                <div class="pswp__share-tooltip"></div>\n            </div>\n\n            <button class="pswp__button pswp__button--arrow--left" title="السابق (السهم الأيسر)"></button>\n            <button class="pswp__button pswp__button--arrow--right" title="التالي (السهم الأيمن)"></button>\n\n            <div class="pswp__caption">\n                <div class="pswp__caption__center"></div>\n            </div>\n        </div>\n    </div>\n</div>\n<script\n    src="https://code.jquery.com/jquery-3.5.1.min.js"\n    integrity="sha256-9/aliU8dGd2tb6OSsuzixeV4y/faTqgFtohetphbbj0="\n    crossorigin="anonymous">\n</script>\n<script src="/assets/built/casper.js?v=7c1d2e9f0a"></script>\n<script>\n$(document).ready(function () {\n    // Mobile Menu Trigger\n    $(\'.gh-burger\').click(function () {\n        $(\'body\').toggleClass(\'gh-head-open\');\n    });\n    // FitVids - Makes video embeds responsive\n    $(".gh-content").fitVids();\n});\n</script>\n\n\n\n</body>\n</html>\n' % (base, base, base, base))
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='meta-charset',
                hard='Ghost 5 / Casper: inside section.gh-content, after the 2nd paragraph, a kg-bookmark-card (another article\'s title + first sentence + author/publisher, excluded) and at the end a kg-signup-card newsletter form (heading, 20-word subheading, disclaimer, excluded); dek (p.article-excerpt), byline with reading time and figcaption outside the content; "اقرأ المزيد" post-cards with 33-word excerpts; footer CTA; PhotoSwipe UI markup. Body paragraphs contain inline pseudo-subheads ("آي أو إس IOS", "ويندوز") and Latin tokens.')


# =========================================================================== 2. Medium-like platform
MEDIUM_RESPONSES = [
    ('Nadia B.', 'شكرا على التبسيط. نقطة مهمة لم ينتبه لها كثيرون: التحديث الأمني كان متاحا منذ مارس، والمشكلة الحقيقية هي ثقافة تأجيل التحديثات في المؤسسات.'),
    ('Karim Mansour', 'مقال ممتاز. أضيف فقط أن دفع الفدية لا يضمن استرجاع الملفات، والنسخ الاحتياطية المنفصلة عن الشبكة تبقى أفضل حماية.'),
]


def _medium_cls(seed, n):
    """Obfuscated atomic class names like Medium's (deterministic)."""
    out = []
    h = hashlib.sha1(seed.encode()).hexdigest()
    alpha = 'abcdefghijklmnopqrstuvwxyz'
    for i in range(n):
        a = int(h[(2 * i) % 38:(2 * i) % 38 + 2], 16)
        out.append(alpha[a % 26] + alpha[(a // 7 + i) % 26])
    return ' '.join(out)


@page('medium_like')
def medium_like():
    aid = MAIN['medium_like']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    author = 'سامي الحداد'
    handle = '@sami.haddad'
    post_id = '9f3c2a1b7e4d'
    url = 'https://medium.com/%s/%s-%s' % (handle, pslug(title), post_id)
    subtitle = 'كيف استغل برنامج الفدية «واناكراي» ثغرة قديمة في ويندوز ليشلّ مستشفيات ومصانع ومحطات قطارات في أكثر من مئة دولة خلال يومين'
    caption = 'شاشة الفدية التي ظهرت على الأجهزة المصابة تطالب بالدفع بعملة بيتكوين. (صورة: لقطة شاشة منشورة على تويتر)'
    bio = 'مهندس شبكات وكاتب تقني مهتم بأمن المعلومات والخصوصية الرقمية. أكتب بالعربية عن التقنية لغير المختصين.'
    more = pool('m-more', 4, category=('technology', 'diverse'), keywords=['الأنترنات', 'الانترنت', 'هاتف', 'تطبيق', 'فيسبوك'])
    reco = pool('m-reco', 4, category=('diverse', 'internationalNews'))
    date_en = '%s %d, %d' % (MONTHS_EN[mo - 1], d, y)
    P_CLS = 'pw-post-body-paragraph ' + _medium_cls('p', 24) + ' fv bi'
    ld = {"@context": "http://schema.org", "@type": "NewsArticle",
          "image": ["https://miro.medium.com/v2/resize:fit:1200/1*Qm3xV0aTzK8eYp2wR7nJ4g.png"],
          "url": url, "dateCreated": iso(aid, 'Z'), "datePublished": iso(aid, 'Z'), "dateModified": iso(aid, 'Z'),
          "headline": title, "name": title, "description": subtitle, "identifier": post_id,
          "author": {"@type": "Person", "name": author, "url": "https://medium.com/" + handle},
          "creator": [author], "publisher": {"@type": "Organization", "name": "Medium", "url": "https://medium.com/",
                                            "logo": {"@type": "ImageObject", "width": 308, "height": 60, "url": "https://miro.medium.com/v2/resize:fit:616/1*OMF3fSqH8t4xBJ9-6oZDZw.png"}},
          "mainEntityOfPage": url, "isAccessibleForFree": True}
    H = []
    H.append('<!doctype html><html lang="ar" dir="rtl"><head><title data-rh="true">%s | by %s | %s %d | Medium</title><meta data-rh="true" charset="utf-8"/><meta data-rh="true" name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1,maximum-scale=1"/><meta data-rh="true" name="theme-color" content="#000000"/><meta data-rh="true" name="twitter:app:name:iphone" content="Medium"/><meta data-rh="true" name="twitter:app:id:iphone" content="828256236"/><meta data-rh="true" property="al:ios:app_name" content="Medium"/><meta data-rh="true" property="al:ios:app_store_id" content="828256236"/><meta data-rh="true" property="al:android:package" content="com.medium.reader"/><meta data-rh="true" property="fb:app_id" content="542599432471018"/><meta data-rh="true" property="og:site_name" content="Medium"/><meta data-rh="true" property="og:type" content="article"/><meta data-rh="true" property="article:published_time" content="%s"/><meta data-rh="true" name="title" content="%s | by %s | Medium"/><meta data-rh="true" property="og:title" content="%s"/><meta data-rh="true" property="al:android:url" content="medium://p/%s"/><meta data-rh="true" property="al:ios:url" content="medium://p/%s"/><meta data-rh="true" property="al:android:app_name" content="Medium"/><meta data-rh="true" name="description" content="%s"/><meta data-rh="true" property="og:description" content="%s"/><meta data-rh="true" property="og:url" content="%s"/><meta data-rh="true" property="al:web:url" content="%s"/><meta data-rh="true" property="og:image" content="https://miro.medium.com/v2/resize:fit:1200/1*Qm3xV0aTzK8eYp2wR7nJ4g.png"/><meta data-rh="true" property="article:author" content="https://medium.com/%s"/><meta data-rh="true" name="author" content="%s"/><meta data-rh="true" name="robots" content="index,follow,max-image-preview:large"/><meta data-rh="true" name="referrer" content="unsafe-url"/><meta data-rh="true" property="twitter:title" content="%s"/><meta data-rh="true" name="twitter:site" content="@Medium"/><meta data-rh="true" name="twitter:app:url:iphone" content="medium://p/%s"/><meta data-rh="true" property="twitter:description" content="%s"/><meta data-rh="true" name="twitter:image:src" content="https://miro.medium.com/v2/resize:fit:1200/1*Qm3xV0aTzK8eYp2wR7nJ4g.png"/><meta data-rh="true" name="twitter:card" content="summary_large_image"/><meta data-rh="true" name="twitter:creator" content="@sami_haddad"/><meta data-rh="true" name="twitter:label1" content="Reading time"/><meta data-rh="true" name="twitter:data1" content="5 min read"/><link data-rh="true" rel="icon" href="https://miro.medium.com/v2/1*m-R_BkNf1Qjr1YbyOIJY2w.png"/><link data-rh="true" rel="search" type="application/opensearchdescription+xml" title="Medium" href="/osd.xml"/><link data-rh="true" rel="apple-touch-icon" sizes="152x152" href="https://miro.medium.com/v2/resize:fill:304:304/10fd5c419ac61637245384e7099e131627900034828f4f386bdaa47a74eae156"/><link data-rh="true" rel="author" href="https://medium.com/%s"/><link data-rh="true" rel="canonical" href="%s"/><link data-rh="true" rel="alternate" href="android-app://com.medium.reader/https/medium.com/p/%s"/><script data-rh="true" type="application/ld+json">%s</script><link rel="preconnect" href="https://glyph.medium.com" crossOrigin=""/><style type="text/css" data-fela-rehydration="567" data-fela-type="STATIC">html{box-sizing:border-box;-webkit-text-size-adjust:100%%}*, *:before, *:after{box-sizing:inherit}body{margin:0;padding:0;text-rendering:optimizeLegibility;-webkit-font-smoothing:antialiased;color:rgba(0,0,0,0.8);position:relative;min-height:100vh}h1, h2, h3, h4, h5, h6, dl, dd, ol, ul, menu, figure, blockquote, p, pre, form{margin:0}menu, ol, ul{padding:0;list-style:none;list-style-image:none}main{display:block}a{color:inherit;text-decoration:none}a, button, input{-webkit-tap-highlight-color:transparent}img, svg{vertical-align:middle}button{background:transparent;overflow:visible}button, input, optgroup, select, textarea{margin:0}:root{--reach-tabs:1;--reach-menu-button:1}</style><style type="text/css" data-fela-rehydration="567" data-fela-type="RULE">.a{font-family:medium-content-sans-serif-font, -apple-system, BlinkMacSystemFont, "Segoe UI", "Roboto", "Oxygen", "Ubuntu", "Cantarell", "Open Sans", "Helvetica Neue", sans-serif}.b{font-weight:400}.c{background-color:rgba(255, 255, 255, 1)}.l{display:block}.m{position:sticky}.n{top:0}.o{z-index:500}.p{padding:0 24px}.q{align-items:center}.r{border-bottom:solid 1px #F2F2F2}.s{height:57px}.t{display:flex}.u{justify-content:space-between}.ab{display:flex}.ac{flex-direction:row}.bg{width:100%%}.bi{word-break:break-word}.fv{word-wrap:break-word}.be{font-family:sohne, "Helvetica Neue", Helvetica, Arial, sans-serif}.nb{font-family:source-serif-pro, Georgia, Cambria, "Times New Roman", Times, serif}.nc{font-size:20px}.nd{line-height:32px}.ne{letter-spacing:-0.003em}</style></head>' % (
        E(title), E(author), MONTHS_EN[mo - 1], y, iso(aid, 'Z'), A(title), A(author), A(title), post_id, post_id, A(subtitle), A(subtitle), url, url,
        handle, A(author), A(title), post_id, A(subtitle), handle, url, post_id, J(ld)))
    H.append('<body><div id="root"><div class="a b c"><div class="d e f g h i j k"></div><script>document.domain = document.domain;</script><div class="l c"><div class="l c"><div class="m n o p c q r s t u"><div class="ab q"><a aria-label="Homepage" data-testid="headerMediumLogo" href="https://medium.com/?source=---two_column_layout_nav----------------------------------" class="af ag ah ai aj ak al am an ao ap aq ar as at"><svg viewBox="0 0 1043.63 592.71" class="ew ex"><g data-name="Layer 2"><g data-name="Layer 1"><path d="M588.67 296.36c0 163.67-131.78 296.35-294.33 296.35S0 460 0 296.36 131.78 0 294.34 0s294.33 132.69 294.33 296.36M911.56 296.36c0 154.06-65.89 279-147.17 279s-147.17-124.94-147.17-279 65.88-279 147.16-279 147.17 124.9 147.17 279M1043.63 296.36c0 138-23.17 249.94-51.76 249.94s-51.75-111.91-51.75-249.94 23.17-249.94 51.75-249.94 51.76 111.9 51.76 249.94"></path></g></g></svg></a><div class="ay h"><div class="ab az ba bb bc q bd be"><div class="bm" aria-hidden="false" aria-describedby="searchResults" aria-labelledby="searchResults"></div><div class="bn bo ab"><svg width="24" height="24" viewBox="0 0 24 24" fill="none"><path fill-rule="evenodd" clip-rule="evenodd" d="M4.1 11.06a6.95 6.95 0 1 1 13.9 0 6.95 6.95 0 0 1-13.9 0zm6.94-8.05a8.05 8.05 0 1 0 5.13 14.26l3.75 3.75a.56.56 0 1 0 .8-.79l-3.74-3.73A8.05 8.05 0 0 0 11.04 3v.01z" fill="currentColor"></path></svg></div><input role="combobox" aria-controls="searchResults" aria-expanded="false" aria-label="search" data-testid="headerSearchInput" tabindex="0" class="ay bp bq br z bs bt bu bv bw bx" placeholder="Search" value=""/></div></div></div><div class="h k w fg fh"><div class="fi ab"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" data-testid="headerWriteButton" href="https://medium.com/new-story?source=---two_column_layout_nav-----------------------new_post_topnav-----------"><div class="be b bf z du fj fk ab q fl fm"><div class="fn l"><svg width="24" height="24" viewBox="0 0 24 24" fill="none" aria-label="Write"><path d="M14 4a.5.5 0 0 0 0-1v1zm7 6a.5.5 0 0 0-1 0h1zm-7-7H4v1h10V3zM3 4v16h1V4H3zm1 17h16v-1H4v1zm17-1V10h-1v10h1zm-1 1a1 1 0 0 0 1-1h-1v1zM3 20a1 1 0 0 0 1 1v-1H3zM4 3a1 1 0 0 0-1 1h1V3z" fill="currentColor"></path></svg></div><div class="dw b dx dy">Write</div></div></a></div></div><div class="l k"><span class="be b bf z bj"><div class="ab q"><div class="ab q"><a class="ft fu fv fw fx fy fz ga gb gc gd ge" data-testid="headerSignUpButton" href="https://medium.com/m/signin?operation=register&amp;redirect=' + Q(url) + '">Sign up</a></div><div class="gf l"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" data-testid="headerSignInButton" href="https://medium.com/m/signin?operation=login&amp;redirect=' + Q(url) + '">Sign in</a></div></div></span></div></div></div>')
    # article
    H.append('<div class="l"><div class="gu gv gw gx gy l"><div class="ab ca"><div class="ch bg gz ha hb hc"></div></div><article><div class="l"><div class="l"><span class="l"></span><section><div><div class="fs ft fu fv fw"></div><div class="hf hg hh hi hj"><div class="ab ca"><div class="ch bg hb hc hd he"><div><h1 id="6b2e" class="pw-post-title %s" data-testid="storyTitle" data-selectable-paragraph="">%s</h1></div><div><h2 id="0c7a" class="pw-subtitle-paragraph %s" data-selectable-paragraph="">%s</h2>' % (
        _medium_cls('t', 22), E(title), _medium_cls('s', 20), E(subtitle)))
    H.append('<div class="iq ir is it iu"><div class="speechify-ignore ab co"><div class="speechify-ignore bg l"><div class="iv iw ix iy iz ab"><div><div class="ab ja"><a href="https://medium.com/%s?source=post_page-----%s--------------------------------"><div><div class="bl" aria-hidden="false"><div class="l jb jc bx jd je"><img alt="%s" class="l ep bx dc dd cw" src="https://miro.medium.com/v2/resize:fill:88:88/1*x3Fh0aKq2bWm9Zc7YtD1gA.jpeg" width="44" height="44" loading="lazy" data-testid="authorPhoto"/><div class="jf bx l dc dd fo n jg fp"></div></div></div></div></a></div></div><div class="bm bg l"><div class="ab"><div style="flex:1"><span class="be b bf z bj"><div class="jh ab q"><div class="ab q ji"><div class="ab q"><div><div class="bl" aria-hidden="false"><p class="be b jj jk bj"><a class="af ag ah ai aj ak al am an ao ap aq ar jl" data-testid="authorName" href="https://medium.com/%s?source=post_page-----%s--------------------------------">%s</a></p></div></div></div><span class="jm jn" aria-hidden="true"><span class="be b bf z dw">·</span></span><p class="be b jj jk dw"><span><a class="jo jp ah ai aj ak al am an ao ap aq ar eu jq jr" href="https://medium.com/m/signin?actionUrl=follow&amp;source=post_page-----%s">Follow</a></span></p></div></div></span></div></div><div class="l js"><span class="be b bf z dw"><div class="ab cn jt ju jv"><span class="be b bf z dw"><div class="ab ae"><span data-testid="storyReadTime">5 min read</span><div class="jw jx l" aria-hidden="true"><span class="l" aria-hidden="true"><span class="be b bf z dw">·</span></span></div><span data-testid="storyPublishDate">%s</span></div></span></div></span></div></div></div>' % (
        handle, post_id, A(author), handle, post_id, E(author), post_id, date_en))
    clapbar = '<div class="ab co jy jz ka kb kc kd ke kf kg kh ki kj kk kl km kn"><div class="h k w fg fh q"><div class="ld l"><div class="ab q le lf"><div class="pw-multi-vote-icon ed pj lg lh li"><div class=""><div class="lj lk ll lm ln lo lp am lq lr ls li"><svg width="24" height="24" viewBox="0 0 24 24" aria-label="clap"><path fill-rule="evenodd" clip-rule="evenodd" d="M11.37.83L12 3.28l.63-2.45h-1.26zM13.92 3.95l1.52-2.1-1.18-.4-.34 2.5zM8.59 1.84l1.52 2.11-.34-2.5-1.18.4zM18.52 18.92a4.23 4.23 0 0 1-2.62 1.33l.41-.37c2.39-2.4 2.86-4.95 1.4-7.63l-.91-1.6-.8-1.67c-.25-.56-.19-.98.21-1.29a.7.7 0 0 1 .55-.13c.28.05.54.23.72.5l2.37 4.16c.97 1.62 1.14 4.23-1.33 6.7z"></path></svg></div></div></div><div class="pw-multi-vote-count l lt lu lv lw lx ly lz"><p class="be b dx z dw"><span class="lk">1.2K</span></p></div></div></div><div><div class="bl" aria-hidden="false"><button class="ao lj mc md ab q ee me mf" aria-label="responses"><svg width="24" height="24" viewBox="0 0 24 24" class="mb"><path d="M18 16.8a7.14 7.14 0 0 0 2.24-5.32c0-4.12-3.53-7.48-8.05-7.48C7.67 4 4 7.36 4 11.48c0 4.13 3.67 7.48 8.2 7.48a8.9 8.9 0 0 0 2.38-.32c.23.2.48.39.75.56 1.06.69 2.2 1.04 3.4 1.04.22 0 .4-.11.48-.29a.5.5 0 0 0-.04-.52 6.4 6.4 0 0 1-1.16-2.65v.02z"></path></svg><p class="be b dx z dw"><span class="pw-responses-count ma mb">14</span></p></button></div></div></div><div class="ab q ko kp kq kr ks kt ku kv kw kx ky kz la lb lc"><div class="mg k j i d"></div><div class="h k"><div><div class="bl" aria-hidden="false"><button aria-controls="addToCatalogBookmarkButton" aria-expanded="false" aria-label="Add to list bookmark button" data-testid="headerBookmarkButton" class="af ee ah ai aj ak al mh an ao ap dm mi mj mk"><svg width="24" height="24" viewBox="0 0 24 24" fill="none" class="wl"><path d="M17.5 1.25a.5.5 0 0 1 1 0v2.5H21a.5.5 0 0 1 0 1h-2.5v2.5a.5.5 0 0 1-1 0v-2.5H15a.5.5 0 0 1 0-1h2.5v-2.5zm-11 4.5a1 1 0 0 1 1-1H11a.5.5 0 0 0 0-1H7.5a2 2 0 0 0-2 2v14a.5.5 0 0 0 .8.4l5.7-4.4 5.7 4.4a.5.5 0 0 0 .8-.4v-8.5a.5.5 0 0 0-1 0v7.48l-5.2-4a.5.5 0 0 0-.6 0l-5.2 4V5.75z" fill="#000"></path></svg></button></div></div></div><div class="fd ml cn"><div class="l ae"><div class="ab ca"><div class="mm mn mo mp mq mr ch bg"><div class="ab"><div class="bl bg" aria-hidden="false"><div><div class="bl" aria-hidden="false"><button aria-label="Listen" data-testid="audioPlayButton" class="af ee ah ai aj ak al mh an ao ap dm ms mt mf mu mv mw mx my s mz na nb nc nd ne nf u ng nh ni"><svg width="24" height="24" viewBox="0 0 24 24" fill="none"><path fill-rule="evenodd" clip-rule="evenodd" d="M3 12a9 9 0 1 1 18 0 9 9 0 0 1-18 0zm9-10a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm3.38 10.42l-4.6 3.06a.5.5 0 0 1-.78-.41V8.93c0-.4.45-.63.78-.41l4.6 3.06c.3.2.3.64 0 .84z" fill="currentColor"></path></svg><div class="j i d"><p class="be b bf z dw">Listen</p></div></button></div></div></div></div></div></div></div></div><div class="bl" aria-hidden="false" aria-describedby="postFooterSocialMenu" aria-labelledby="postFooterSocialMenu"><div><div class="bl" aria-hidden="false"><button aria-controls="postFooterSocialMenu" aria-expanded="false" aria-label="Share Post" data-testid="headerSocialShareButton" class="af ee ah ai aj ak al mh an ao ap dm ms mt mf mu mv mw mx my s mz na nb nc nd ne nf u ng nh ni"><svg width="24" height="24" viewBox="0 0 24 24" fill="none"><path fill-rule="evenodd" clip-rule="evenodd" d="M15.22 4.93a.42.42 0 0 1-.12.13h.01a.45.45 0 0 1-.29.08.52.52 0 0 1-.3-.13L12.5 3v7.07a.5.5 0 0 1-.5.5.5.5 0 0 1-.5-.5V3.02l-2 2a.45.45 0 0 1-.57.04h-.02a.4.4 0 0 1-.16-.3.4.4 0 0 1 .1-.32l2.8-2.8a.5.5 0 0 1 .7 0l2.8 2.8a.42.42 0 0 1 .07.5z" fill="currentColor"></path></svg><div class="j i d"><p class="be b bf z dw">Share</p></div></button></div></div></div></div></div>'
    H.append(clapbar)
    H.append('</div></div></div></div></div><figure class="nm nn no np nq nr nj nk paragraph-image"><div role="button" tabindex="0" class="ns nt ed nu bg nv"><div class="nj nk nl"><picture><source srcSet="https://miro.medium.com/v2/resize:fit:640/format:webp/1*Qm3xV0aTzK8eYp2wR7nJ4g.png 640w, https://miro.medium.com/v2/resize:fit:720/format:webp/1*Qm3xV0aTzK8eYp2wR7nJ4g.png 720w, https://miro.medium.com/v2/resize:fit:1400/format:webp/1*Qm3xV0aTzK8eYp2wR7nJ4g.png 1400w" sizes="(min-resolution: 4dppx) and (max-width: 700px) 50vw, 700px" type="image/webp"/><img alt="" class="bg lo nw c" width="700" height="467" loading="eager" role="presentation" src="https://miro.medium.com/v2/resize:fit:700/1*Qm3xV0aTzK8eYp2wR7nJ4g.png"/></picture></div></div><figcaption class="nx ny nz nj nk oa ob be b bf z dw" data-selectable-paragraph="">%s</figcaption></figure>' % E(caption))
    for i, p in enumerate(paras):
        pid = hashlib.md5(('mp%d' % i).encode()).hexdigest()[:4]
        if i == 0:
            inner = '<span class="l oc od oe bn of og oh oi oj ed">%s</span>%s' % (E(p[0]), E(p[1:]))
        else:
            inner = E(p)
        H.append('<p id="%s" class="%s" data-selectable-paragraph="">%s</p>' % (pid, P_CLS, inner))
    H.append('</div></div></div></section></div></div></article></div><div class="ab ca"><div class="ch bg hb hc hd he"><div class="ok ol ab ji"><div class="om ab">')
    for tg in ['Cybersecurity', 'Ransomware', 'أمن المعلومات', 'Windows', 'Arabic']:
        H.append('<div class="on oo"><a href="https://medium.com/tag/%s?source=post_page-----%s---------------" rel="noopener follow"><div class="op ed cw oq gi or os be b bf z bj ot">%s</div></a></div>' % (pslug(tg).lower(), post_id, E(tg)))
    H.append('</div></div>')
    H.append(clapbar.replace('headerBookmarkButton', 'footerBookmarkButton').replace('headerSocialShareButton', 'footerSocialShareButton'))
    H.append('</div></div><div class="ou ov ow ox oy l bw"><div class="ab ca"><div class="ch bg hb hc hd he"><div class="ab q co"><div class="ab q pb"><a href="https://medium.com/%s?source=post_page-----%s--------------------------------"><div class="l pc pd bx pe ek"><img alt="%s" class="l ep bx pc pd cw" src="https://miro.medium.com/v2/resize:fill:144:144/1*x3Fh0aKq2bWm9Zc7YtD1gA.jpeg" width="72" height="72" loading="lazy"/></div></a></div><div class="ab q"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="https://medium.com/m/signin?actionUrl=follow&amp;source=post_page-----%s">Follow</a></div></div><div class="ab co pf"><div class="pg ph pi pj pk l"><a class="af ag ah ai aj ak al am an ao ap aq ar as at ab q" href="https://medium.com/%s?source=post_page-----%s--------------------------------"><h2 class="pw-author-name be pm pn po pp pq pr ps pt pu pv pw px py pz qa qb bj"><span class="gn pl">Written by %s</span></h2></a><div class="qc ab"><div class="l ek"><span class="pw-follower-count be b bf z bj"><a class="af ag ah ai aj ak al am an ao ap aq ar jl" href="https://medium.com/%s/followers?source=post_page-----%s--------------------------------">2.3K Followers</a></span></div></div><div class="qd l"><p class="be b bf z bj"><span class="gn">%s</span></p></div></div></div></div></div></div>' % (
        handle, post_id, A(author), post_id, handle, post_id, E(author), handle, post_id, E(bio)))
    # responses preview
    H.append('<div class="qe qf qg qh qi l"><div class="ab ca"><div class="ch bg hb hc hd he"><div class="ab co qj"><h2 class="be pm gd qk ql bj">Responses (14)</h2></div>')
    for nm, txt in MEDIUM_RESPONSES:
        H.append('<div class="qm l"><div class="ab q"><div class="l qn"><img alt="%s" class="l ep bx qo qp cw" src="https://miro.medium.com/v2/resize:fill:64:64/0*%s.jpg" width="32" height="32" loading="lazy"/></div><div class="ab co"><p class="be b bf z bj">%s</p><p class="be b dx z dw">%s %d, %d</p></div></div><div class="qq l"><pre class="qr qs l"><span class="qt">%s</span></pre></div><div class="ab q"><span class="be b dx z dw">12</span><button class="be b dx z dw">Reply</button></div></div>' % (
            A(nm), hashlib.md5(nm.encode()).hexdigest()[:12], E(nm), MONTHS_EN[mo - 1], d + 1, y, E(txt)))
    H.append('<div class="qu l"><a href="https://medium.com/%s/%s/responses" class="be b bf z bj">See all responses</a></div></div></div></div>' % (handle, post_id))

    def card(rr, who):
        return ('<div class="rf rg l"><article class="rh ri" data-testid="post-preview"><div class="l ek"><div class="ab q"><a href="https://medium.com/%s"><img alt="%s" class="l ep bx rj rk cw" src="https://miro.medium.com/v2/resize:fill:40:40/1*%s.jpeg" width="20" height="20" loading="lazy"/></a><div class="rl l"><p class="be b dx z bj">%s</p></div></div><div class="rm l"><a href="https://medium.com/%s/%s-%s?source=read_next_recirc-----%s----0---------------------" rel="noopener follow"><div class="rn l"><h2 class="be gd ro rp rq rr rs rt ru rv rw rx ry rz sa sb sc sd se sf bj">%s</h2></div><div class="sg l"><h3 class="be b ij z ek sh sj sk sl sm dw">%s</h3></div></a></div><div class="sn ab q"><span class="be b dx z dw"><div class="so ab"><span>%d min read</span><div class="sp sq l" aria-hidden="true"><span class="l">·</span></div><span>%s</span></div></span></div></div></article></div>' % (
            who[1], A(who[0]), hashlib.md5((who[0] + rr['id']).encode()).hexdigest()[:14], E(who[0]), who[1], pslug(T(rr))[:80], hashlib.md5(rr['id'].encode()).hexdigest()[:12], post_id,
            E(T(rr)), E(first_words(rr, 28, '…')), hnum(rr['id'], 6, 3), '%s %d, %d' % (MONTHS_EN[adate(rr['id'])[1] - 1], adate(rr['id'])[2], adate(rr['id'])[0])))
    H.append('<div class="rb rc rd re l"><div class="ab ca"><div class="ch bg hb hc hd he"><div class="l"><h2 class="be pm gd qk bj">More from %s</h2></div><div class="ab co">' % E(author))
    for rr in more:
        H.append(card(rr, (author, handle)))
    H.append('</div><div class="l"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="https://medium.com/%s?source=post_page-----%s--------------------------------">See all from %s</a></div></div></div></div>' % (handle, post_id, E(author)))
    writers = [('Lina Trabelsi', '@lina.trabelsi'), ('Hatem Jaziri', '@hjaziri'), ('Mouna Ayari', '@mouna.ayari'), ('Youssef K.', '@youssefk')]
    H.append('<div class="rb rc rd re l"><div class="ab ca"><div class="ch bg hb hc hd he"><div class="l"><h2 class="be pm gd qk bj">Recommended from Medium</h2></div><div class="ab co">')
    for rr, w in zip(reco, writers):
        H.append(card(rr, w))
    H.append('</div><div class="l"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="https://medium.com/?source=read_next_recirc-----%s--------------------------------">See more recommendations</a></div></div></div></div>' % post_id)
    H.append('<div class="st su sv sw sx sy l"><div class="ab ca sz"><div class="ch bg ta tb"><div class="ab co tc"><div class="td te l"><p class="be b dx z dw"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="https://help.medium.com/hc/en-us">Help</a></p></div><div class="td te l"><p class="be b dx z dw"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="https://medium.statuspage.io/">Status</a></p></div><div class="td te l"><p class="be b dx z dw"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="https://medium.com/about">About</a></p></div><div class="td te l"><p class="be b dx z dw"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="https://medium.com/jobs-at-medium/work-at-medium-959d1a85284e">Careers</a></p></div><div class="td te l"><p class="be b dx z dw"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="https://blog.medium.com/">Blog</a></p></div><div class="td te l"><p class="be b dx z dw"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="https://policy.medium.com/medium-privacy-policy-f03bf92035c9">Privacy</a></p></div><div class="td te l"><p class="be b dx z dw"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="https://policy.medium.com/medium-terms-of-service-9db0094a1e0f">Terms</a></p></div><div class="td te l"><p class="be b dx z dw"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="https://speechify.com/medium">Text to speech</a></p></div><div class="td l"><p class="be b dx z dw"><a class="af ag ah ai aj ak al am an ao ap aq ar as at" href="https://medium.com/business">Teams</a></p></div></div></div></div></div></div></div></div></div>')
    # preloaded state (as on real pages: the first paragraphs + previews are also in the Apollo cache)
    state = {"ROOT_QUERY": {"__typename": "Query", "viewer": None, 'postResult({"id":"%s"})' % post_id: {"__ref": "Post:%s" % post_id}},
             "Post:%s" % post_id: {"__typename": "Post", "id": post_id, "title": title, "clapCount": 1204, "firstPublishedAt": 1494765360000,
                                   "readingTime": 5.2, "previewContent": {"__typename": "PreviewContent", "subtitle": subtitle},
                                   "content({})": {"__typename": "PostContent", "bodyModel": {"__typename": "RichText", "paragraphs": [
                                       {"__ref": "Paragraph:%s_%d" % (post_id, i)} for i in range(3)]}}}}
    for i in range(3):
        state["Paragraph:%s_%d" % (post_id, i)] = {"__typename": "Paragraph", "id": "%s_%d" % (post_id, i), "name": hashlib.md5(('mp%d' % i).encode()).hexdigest()[:4],
                                                 "type": "P", "text": paras[i], "hasDropCap": i == 0, "markups": []}
    H.append('<script>window.__BUILD_ID__="main-20230518-191431-7d9c6b3c2a"</script><script>window.__GRAPHQL_URI__ = "https://medium.com/_/graphql"</script><script>window.__PRELOADED_STATE__ = {"algolia":{"queries":{}},"cache":{"experimentGroupSet":true,"reason":"","group":"enabled","tags":["group-edgeCachePosts","post-%s","user-4a1b2c3d4e5f"],"serverVariantState":"44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a","middlewareEnabled":true,"cacheStatus":"DYNAMIC","shouldUseCache":true,"vary":[],"lohpSummerUpsellEnabled":false,"publicationHierarchyEnabledWeb":false,"postBottomResponsesEnabled":false},"client":{"hydrated":false,"isUs":false,"isNativeMedium":false,"isSafariMobile":false,"isSafari":false,"isFirefox":false,"routingEntity":{"type":"DEFAULT","explicit":false},"viewerIsBot":false},"debug":{"requestId":"5f0a8c21-7c3e-4b6a-9d8e-1f2a3b4c5d6e","hybridDevServices":[],"originalSpanCarrier":{"ot-tracer-spanid":"1c2d3e4f5a6b7c8d","ot-tracer-traceid":"2a3b4c5d6e7f8a9b","ot-tracer-sampled":"true"}},"multiVote":{"clapsPerPost":{}},"navigation":{"branch":{"show":null,"hasRendered":null,"blockedByCTA":false},"hideGoogleOneTap":false,"hasRenderedAlternateUserBanner":null,"currentLocation":"%s","host":"medium.com","hostname":"medium.com","referrer":"","hasSetReferrer":false,"susiModal":{"step":null,"operation":"register"},"postRead":false}}</script><script>window.__APOLLO_STATE__ = %s</script><script src="https://cdn-client.medium.com/lite/static/js/manifest.6b4c8e8f.js"></script><script src="https://cdn-client.medium.com/lite/static/js/9865.1496d74a.js"></script><script src="https://cdn-client.medium.com/lite/static/js/main.7a5e3f2b.js"></script><script>window.main();</script></body></html>' % (post_id, url, J(state)))
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='meta-charset',
                charset_regex=rb'<meta data-rh="true" charset="utf-8"/>',
                hard='Medium-style single-line page: atomic/obfuscated class names (body <p class="pw-post-body-paragraph xx yy ...">, the same 2-letter classes reused in the chrome), `<meta data-rh charset>`, English UI chrome (Follow, Listen, Share, Written by, Responses, More from, Recommended from Medium) around an Arabic post; dek h2 (pw-subtitle-paragraph) and figcaption excluded; drop cap splits the first word across a <span> (<span>س</span>تهدفت); 2 reader responses, 8 preview cards (4 "More from" the author + 4 "Recommended") each with a 28-word excerpt in <h3>; first 3 paragraphs also in window.__APOLLO_STATE__ JSON. Long article (795 words, 13 paragraphs).')


# =========================================================================== 3. vBulletin 4 forum thread (windows-1256)
VB_USERS = {
    'op': ('نسر باب الجديد', 'مشرف القسم الرياضي', 'Sep 2009', 'تونس', '14,307', 1187),
    'r1': ('افريقي حتى الموت', 'عضو متميز', 'Mar 2012', 'بنزرت', '2,418', 5520),
    'r2': ('Club_Africain_1920', 'عضو ذهبي', 'Jan 2010', 'تونس العاصمة', '6,902', 2291),
    'r3': ('ولد الحلفاوين', 'عضو جديد', 'May 2017', 'أريانة', '37', 11873),
    'r4': ('الغالي الأحمر', 'عضو نشيط', 'Aug 2014', 'سوسة', '911', 8035),
    'r5': ('ابن الإفريقي', 'عضو', 'Feb 2016', 'فرنسا', '154', 9912),
}
VB_SIG = 'الإفريقي ليس مجرد فريق كرة، هو تاريخ وهوية منذ 1920 .. دائما أحمر وأبيض'
VB_REPLY_1 = 'الله يتقبل منه العمرة ويرجع بالسلامة، لكن الجمهور يريد نتائج على الميدان لا تدوينات على الفيسبوك. المهم الآن هو نهائي الكأس.'
VB_REPLY_2 = ('كلام جميل في الظاهر، لكن لنكن صرحاء: منذ سنوات والرئيس يعد الجماهير بالألقاب ثم يغيب عند أول أزمة. '
              'الفريق خسر نقاطا سهلة في الجولات الأخيرة والإطار الفني يتحمل جزءا كبيرا من المسؤولية، لكن من اختار هذا الإطار الفني؟ أليست الهيئة نفسها؟ '
              'أتمنى أن نفوز بالكأس فعلا، لكن بعد النهائي يجب أن تكون هناك جلسة تقييمية حقيقية يحاسب فيها الجميع دون استثناء، بما في ذلك الرئيس نفسه، '
              'وإلا فسنعيد نفس السيناريو في الموسم القادم.')
VB_QUOTE_3 = 'ارتأيت أن المحاسبة بصفة عامة تكون خلال الجلسة التقييمية التي ستنعقد موفّى هذا الشهر وليس قبل ذلك'
VB_REPLY_3 = 'يعني المحاسبة مؤجلة كالعادة. نسمع عن الجلسة التقييمية كل موسم ولا نرى شيئا. ومع ذلك أنا مع الوحدة حول الجمعية قبل النهائي، والحساب بعده.'
VB_REPLY_4 = ('من حق الرئيس أن يؤدي العمرة وأن يكلف الهيئة بتسيير الأمور في غيابه، ولا أفهم لماذا كل هذه الضجة. '
              'المشكل الحقيقي في فرع كرة القدم هو غياب الاستقرار: ثلاثة مدربين في موسم واحد، ولاعبون لم يتحصلوا على مستحقاتهم منذ أشهر، ومدير رياضي لا يعرفه أحد. '
              'إذا أردنا الكأس رقم 12 فلنترك الحسابات جانبا ونقف وراء اللاعبين يوم النهائي في رادس، وبعدها لكل حادث حديث.')
VB_REPLY_5 = 'تذكير للأعضاء: يمنع السب والشتم وتبادل الاتهامات في النقاش، وكل مشاركة مخالفة لقوانين المنتدى سيتم حذفها دون إنذار. شكرا لصاحب الموضوع على النقل.'


@page('vbulletin_forum_news')
def vbulletin_forum_news():
    aid = MAIN['vbulletin_forum_news']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    enc = 'cp1256'
    y, mo, d, hh, mi = adate(aid)
    t_id = 48211
    base = 'http://www.clubafricain-fans.net/vb'
    similar = pool('vb-sim', 5, category='sport', enc=enc, keywords=['الإفريقي', 'الافريقي', 'الرياحي', 'كأس تونس'])
    H = []
    H.append('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar" id="vbulletin_html">\n<head>\n\t<meta http-equiv="Content-Type" content="text/html; charset=windows-1256" />\n<meta id="e_vb_meta_bburl" name="vb_meta_bburl" content="%s" />\n<base href="%s/" /><!--[if IE]></base><![endif]-->\n<meta name="generator" content="vBulletin 4.2.2" />\n<meta http-equiv="X-UA-Compatible" content="IE=9" />\n\n\t<link rel="Shortcut Icon" href="favicon.ico" type="image/x-icon" />\n\n\t\t<meta name="keywords" content="الإفريقي,الرياحي,مكة,كأس تونس,السيناريوهات" />\n\t\t<meta name="description" content="%s" />\n\n\t\t<script type="text/javascript" src="clientscript/yui/yuiloader-dom-event/yuiloader-dom-event.js?v=422"></script>\n\t<script type="text/javascript" src="clientscript/yui/connection/connection-min.js?v=422"></script>\n\t<script type="text/javascript">\n<!--\n\tvar SESSIONURL = "s=8f2e1c0b7a6d5e4f3a2b1c0d9e8f7a6b&";\n\tvar SECURITYTOKEN = "guest";\n\tvar IMGDIR_MISC = "images/misc";\n\tvar IMGDIR_BUTTON = "images/buttons";\n\tvar vb_disable_ajax = parseInt("0", 10);\n\tvar SIMPLEVERSION = "422";\n\tvar BBURL = "%s";\n\tvar LOGGEDIN = 0 > 0 ? true : false;\n\tvar THIS_SCRIPT = "showthread";\n\tvar RELPATH = "showthread.php?t=%d";\n\tvar PATHS = {\n\t\tforum : "",\n\t\tcms   : "",\n\t\tblog  : ""\n\t};\n\tvar AJAXBASEURL = "%s/";\n// -->\n</script>\n<script type="text/javascript" src="%s/clientscript/vbulletin-core.js?v=422"></script>\n\n\n\n\t<link rel="alternate" type="application/rss+xml" title="منتديات جماهير النادي الإفريقي RSS Feed" href="%s/external.php?type=RSS2" />\n\t\n\t\t<link rel="alternate" type="application/rss+xml" title="منتديات جماهير النادي الإفريقي - أخبار النادي الإفريقي - RSS Feed" href="%s/external.php?type=RSS2&amp;forumids=12" />\n\t\n\n\n\t\t<link rel="stylesheet" type="text/css" href="css.php?styleid=3&amp;langid=2&amp;d=1496606400&amp;td=rtl&amp;sheet=bbcode.css,editor.css,popupmenu.css,reset-fonts.css,vbulletin.css,vbulletin-chrome.css,vbulletin-formcontrols.css," />\n\n\t<!--[if lt IE 8]>\n\t<link rel="stylesheet" type="text/css" href="css.php?styleid=3&amp;langid=2&amp;d=1496606400&amp;td=rtl&amp;sheet=popupmenu-ie.css,vbulletin-ie.css,vbulletin-chrome-ie.css,vbulletin-formcontrols-ie.css,editor-ie.css" />\n\t<![endif]-->\n\n\t<title> %s</title>\n\t<link rel="canonical" href="showthread.php?t=%d&amp;s=8f2e1c0b7a6d5e4f3a2b1c0d9e8f7a6b" />\n\t\n\t\n\t\n\t\n\t\n\t\n\t\n\t\t<link rel="stylesheet" type="text/css" href="css.php?styleid=3&amp;langid=2&amp;d=1496606400&amp;td=rtl&amp;sheet=toolsmenu.css,postlist.css,showthread.css,postbit.css,options.css,attachment.css,poll.css,lightbox.css" />\n\t\n</head>\n\n' % (
        base, base, A(first_sentence(r, 30)), base, t_id, base, base, base, base, E(title), t_id))
    H.append('<body onload="if (document.body.scrollIntoView &amp;&amp; fetch_object(\'currentPost\') &amp;&amp; (window.location.href.indexOf(\'#\') != -1 || window.location.href.indexOf(\'p=\') != -1)) { fetch_object(\'currentPost\').scrollIntoView(true); }">\n\n<div class="above_body"> <!-- closing tag is in template navbar -->\n<div id="header" class="floatcontainer doc_header">\n\t<div><a name="top" href="forum.php" class="logo-image"><img src="images/misc/ca-logo.png" alt="منتديات جماهير النادي الإفريقي - Powered by vBulletin" /></a></div>\n\t<div id="toplinks" class="toplinks">\n\t\t\n\t\t\t<ul class="nouser">\n\t\t\t\n\t\t\t\t<li><a href="register.php" rel="nofollow">التسجيل</a></li>\n\t\t\t\n\t\t\t\t<li><a rel="help" href="faq.php">التعليمات</a></li>\n\t\t\t\t<li>\n\t\t\t<script type="text/javascript" src="clientscript/vbulletin_md5.js?v=422"></script>\n\t\t\t<form id="navbar_loginform" action="login.php?do=login" method="post" onsubmit="md5hash(vb_login_password, vb_login_md5password, vb_login_md5password_utf, 0)">\n\t\t\t\t<fieldset id="logindetails" class="logindetails">\n\t\t\t\t\t<div>\n\t\t\t\t\t<div>\n\t\t\t\t\t<input type="text" class="textbox default-value" name="vb_login_username" id="navbar_username" size="10" accesskey="u" tabindex="101" value="اسم العضو" />\n\t\t\t\t\t<input type="password" class="textbox" tabindex="102" name="vb_login_password" id="navbar_password" size="10" />\n\t\t\t\t\t<input type="text" class="textbox default-value" tabindex="102" name="vb_login_password_hint" id="navbar_password_hint" size="10" value="كلمة المرور" style="display:none;" />\n\t\t\t\t\t<input type="submit" class="loginbutton" tabindex="104" value="دخول" title="ادخل اسم العضو وكلمة المرور الخاصة بك في الحقول المجاورة لتسجيل الدخول, أو اضغط على رابط \'التسجيل\' لإنشاء حساب خاص بك." accesskey="s" />\n\t\t\t\t\t</div>\n\t\t\t\t\t</div>\n\t\t\t\t</fieldset>\n\t\t\t\t<div id="remember" class="remember">\n\t\t\t\t\t<label for="cb_cookieuser_navbar"><input type="checkbox" name="cookieuser" value="1" id="cb_cookieuser_navbar" class="cb_cookieuser_navbar" accesskey="c" tabindex="103" /> تذكرني?</label>\n\t\t\t\t</div>\n\n\t\t\t\t<input type="hidden" name="s" value="8f2e1c0b7a6d5e4f3a2b1c0d9e8f7a6b" />\n\t\t\t\t<input type="hidden" name="securitytoken" value="guest" />\n\t\t\t\t<input type="hidden" name="do" value="login" />\n\t\t\t\t<input type="hidden" name="vb_login_md5password" />\n\t\t\t\t<input type="hidden" name="vb_login_md5password_utf" />\n\t\t\t</form>\n\t\t\t</li>\n\t\t\t\n\t\t\t</ul>\n\t\t\n\t</div>\n\t<div class="ad_global_header">\n\t\t\n\t\t\n\t</div>\n\t<hr />\n</div>\n')
    H.append('<div id="navbar" class="navbar">\n\t<ul id="navtabs" class="navtabs floatcontainer">\n\t\t\n\t\t\n\t<li class="selected" id="vbtab_forum">\n\t\t<a class="navtab" href="forum.php">المنتديات</a>\n\t\t<ul class="floatcontainer">\n\t\t\t<li id="vbflink_newposts"><a href="search.php?do=getnew&amp;contenttype=vBForum_Post">المشاركات الجديدة</a></li>\n\t\t\t<li id="vbflink_faq"><a href="faq.php">التعليمات</a></li>\n\t\t\t<li id="vbflink_calendar"><a href="calendar.php">التقويم</a></li>\n\t\t\t<li class="popupmenu" id="vbmenu_community">\n\t\t\t\t<a href="javascript://" class="popupctrl">المجتمع</a>\n\t\t\t\t<ul class="popupbody popuphover">\n\t\t\t\t\t<li id="vbclink_members"><a href="memberlist.php">قائمة الأعضاء</a></li>\n\t\t\t\t</ul>\n\t\t\t</li>\n\t\t\t<li class="popupmenu" id="vbmenu_actions">\n\t\t\t\t<a href="javascript://" class="popupctrl">روابط المنتدى</a>\n\t\t\t\t<ul class="popupbody popuphover">\n\t\t\t\t\t<li id="vbalink_mfr"><a href="forumdisplay.php?do=markread&amp;markreadhash=guest">جعل جميع المنتديات مقروءة</a></li>\n\t\t\t\t</ul>\n\t\t\t</li>\n\t\t</ul>\n\t</li>\n\t<li id="vbtab_whatsnew">\n\t\t<a class="navtab" href="activity.php">ما الجديد؟</a>\n\t</li>\n\t\t\n\t</ul>\n\t\n\t\t<div id="globalsearch" class="globalsearch">\n\t\t\t<form action="search.php?do=process" method="post" id="navbar_search" class="navbar_search">\n\t\t\t\t\n\t\t\t\t<input type="hidden" name="securitytoken" value="guest" />\n\t\t\t\t<input type="hidden" name="do" value="process" />\n\t\t\t\t<span class="textboxcontainer"><span><input type="text" value="" name="query" class="textbox" tabindex="99"/></span></span>\n\t\t\t\t<span class="buttoncontainer"><span><input type="image" class="searchbutton" src="images/buttons/search.png" name="submit" onclick="document.getElementById(\'navbar_search\').submit;" tabindex="100"/></span></span>\n\t\t\t</form>\n\t\t\t<ul class="navbar_advanced_search">\n\t\t\t\t<li><a href="search.php" accesskey="4">البحث المتقدم</a></li>\n\t\t\t</ul>\n\t\t</div>\n\t\n</div>\n</div><!-- closing div for above_body -->\n\n<div class="body_wrapper">\n<div id="breadcrumb" class="breadcrumb">\n\t<ul class="floatcontainer">\n\t\t<li class="navbithome"><a href="index.php" accesskey="1"><img src="images/misc/navbit-home.png" alt="الرئيسية" /></a></li>\n\t\t\n\t<li class="navbit"><a href="forum.php">منتديات جماهير النادي الإفريقي</a></li>\n\n\t<li class="navbit"><a href="forumdisplay.php?f=3">القسم الرياضي</a></li>\n\n\t<li class="navbit"><a href="forumdisplay.php?f=12">أخبار النادي الإفريقي</a></li>\n\n\t\t\n\t<li class="navbit lastnavbit"><span> %s</span></li>\n\n\t</ul>\n\t<hr />\n</div>\n\n\n\n\n\t<form action="profile.php?do=dismissnotice" method="post" id="notices" class="notices">\n\t\t<input type="hidden" name="do" value="dismissnotice" />\n\t\t<input type="hidden" name="s" value="s=8f2e1c0b7a6d5e4f3a2b1c0d9e8f7a6b&amp;" />\n\t\t<input type="hidden" name="securitytoken" value="guest" />\n\t\t<input type="hidden" id="dismiss_notice_hidden" name="dismiss_noticeid" value="" />\n\t\t<input type="hidden" name="url" value="" />\n\t\t<ol>\n\t\t\t<li class="restore" id="navbar_notice_1">\n\t\n\tإذا كانت هذه زيارتك الأولى للمنتدى، فيرجى التكرم بزيارة صفحة <a href="faq.php" target="_blank"><b>التعليمات</b></a> بالضغط هنا. كما يشرفنا أن تقوم <a href="register.php" target="_blank"><b>بالتسجيل</b></a> بالضغط هنا إذا رغبت بالمشاركة في المنتدى، أما إذا رغبت بقراءة المواضيع والمشاركات فبإمكانك أن تختار القسم الذي تود زيارته من القائمة أدناه.\n</li>\n\t\t</ol>\n\t</form>\n\n\n\n\n\t<div id="above_postlist" class="above_postlist">\n\t\t\n\t\t<div id="pagination_top" class="pagination_top">\n\t\t\n\t\t\t<div id="postpagestats_above" class="postpagestats">\n\t\t\t\tعرض النتائج 1 إلى 6 من 6\n\t\t\t</div>\n\t\t</div>\n\t</div>\n\t<div id="pagetitle" class="pagetitle">\n\t\t<h1>\n\t\t\tعرض موضوع : <span class="threadtitle"><a href="showthread.php?t=%d" title="إعادة تحميل هذه الصفحة">%s</a></span>\n\t\t</h1>\n\t\t\n\t</div>\n\t<div id="thread_controls" class="thread_controls toolsmenu">\n\t\t<div>\n\t\t<ul id="postlist_popups" class="postlist_popups popupgroup">\n\t\t\t\n\t\t\t\n\t\t\t<li class="popupmenu" id="threadtools">\n\t\t\t\t<h6><a class="popupctrl" href="javascript://">أدوات الموضوع</a></h6>\n\t\t\t\t<ul class="popupbody popuphover">\n\t\t\t\t\t<li><a href="printthread.php?t=%d&amp;pp=10&amp;page=1" accesskey="3" rel="nofollow">عرض نسخة قابلة للطباعة</a></li>\n\t\t\t\t\t\n\t\t\t\t\t\t<li><a href="sendmessage.php?do=sendtofriend&amp;t=%d" rel="nofollow">ارسال الموضوع عبر البريد...</a></li>\n\t\t\t\t\t\n\t\t\t\t\t<li>\n\t\t\t\t\t\t\n\t\t\t\t\t\t\t<a href="subscription.php?do=addsubscription&amp;t=%d" rel="nofollow">الاشتراك في هذا الموضوع&hellip;</a>\n\t\t\t\t\t\t\n\t\t\t\t\t</li>\n\t\t\t\t\t\n\t\t\t\t</ul>\n\t\t\t</li>\n\n\t\t\t\n\n\t\t\t\n\n\t\t\t\n\n\t\t\t<li class="popupmenu" id="displaymodes">\n\t\t\t\t<h6><a class="popupctrl" href="javascript://">طريقة العرض</a></h6>\n\t\t\t\t<ul class="popupbody popuphover">\n\t\t\t\t\t<li><label>عرض عادي</label></li>\n\t\t\t\t\t<li><a href="showthread.php?t=%d&amp;mode=hybrid"> الانتقال إلى طريقة عرض المزج</a></li>\n\t\t\t\t\t<li><a href="showthread.php?t=%d&amp;mode=threaded#post512344"> الانتقال إلى طريقة عرض الشجرة</a></li>\n\t\t\t\t</ul>\n\t\t\t</li>\n\n\t\t\t\n\t\t</ul>\n\t\t</div>\n\t</div>\n\n<div id="postlist" class="postlist restrain">\n\t\n\n\t\n\t\t<ol id="posts" class="posts" start="1">\n\t\t\t' % (
        E(title), t_id, E(title), t_id, t_id, t_id, t_id, t_id))

    def postbit(n, pid, ukey, hhmm, content, title_line=None, sig=False, edited=None):
        nm, utitle, joined, country, nposts, uid = VB_USERS[ukey]
        s = ('\n<li class="postbitlegacy postbitim postcontainer old" id="post_%d">\n<!-- see bottom of postbit.css for .userinfo .popupmenu styles -->\n\n\t<div class="posthead">\n\t\t\t<span class="postdate old">\n\t\t\t\t\n\t\t\t\t\t<span class="date">%02d-%02d-%d,&nbsp;<span class="time">%s</span></span>\n\t\t\t\t\n\t\t\t</span>\n\t\t\t<span class="nodecontrols">\n\t\t\t\t\n\t\t\t\t\t<a name="post%d" href="showthread.php?t=%d&amp;p=%d#post%d" class="postcounter">#%d</a><a id="postcount%d" name="%d"></a>\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t\n\t\t\t</span>\n\t</div>\n\t<div class="postdetails">\n\t\t<div class="userinfo">\n\t\t\t<div class="username_container">\n\t\t\t\n\t\t\t\t<div class="popupmenu memberaction">\n\t<a class="username offline popupctrl" href="member.php?u=%d" title="%s غير متواجد حالياً"><strong>%s</strong></a>\n\t<ul class="popupbody popuphover memberaction_body">\n\t\t<li class="left">\n\t\t\t<a href="member.php?u=%d" class="siteicon_profile">\n\t\t\t\tمشاهدة ملفه الشخصي\n\t\t\t</a>\n\t\t</li>\n\t\t\n\t\t<li class="right">\n\t\t\t<a href="search.php?do=finduser&amp;userid=%d&amp;contenttype=vBForum_Post&amp;showposts=1" class="siteicon_forum" rel="nofollow">\n\t\t\t\tمشاهدة مشاركات المنتدى\n\t\t\t</a>\n\t\t</li>\n\t\t\n\t</ul>\n</div>\n\t\t\t\t<img class="inlineimg onlinestatus" src="images/statusicon/user-offline.png" alt="%s غير متواجد حالياً" border="0" />\n\n\t\t\t\n\t\t\t</div>\n\t\t\t<span class="usertitle">\n\t\t\t\t%s\n\t\t\t</span>\n\t\t\t\n\t\t\t\n\t\t\t\n\t\t\t\t\t<a class="postuseravatar" href="member.php?u=%d" title="%s غير متواجد حالياً">\n\t\t\t\t\t\t<img src="customavatars/avatar%d_2.gif" alt="الصورة الرمزية %s" title="الصورة الرمزية %s" />\n\t\t\t\t\t</a>\n\t\t\t\t\n\t\t\t\n\t\t\t\t<hr />\n\t\t\t\t<dl class="userinfo_extra">\n\t\t\t\t\t<dt>تاريخ التسجيل</dt> <dd>%s</dd>\n\t\t\t\t\t<dt>الدولة</dt> <dd>%s</dd>\n\t\t\t\t\t\n\t\t\t\t\t<dt>المشاركات</dt> <dd>%s</dd>\t\n\t\t\t\t\t\n\t\t\t\t</dl>\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t<div class="imlinks">\n\t\t\t\t\t    \n\t\t\t\t</div>\n\t\t\t\n\t\t</div>\n\t\t<div class="postbody">\n\t\t\t<div class="postrow%s">\n\t\t\t\t\n\t\t\t\t%s\n\t\t\t\t\t\t\n\t\t\t\t\t\t\n\t\t\t\t<div class="content">\n\t\t\t\t\t<div id="post_message_%d">\n\t\t\t\t\t\t<blockquote class="postcontent restore ">\n\t\t\t\t\t\t\t%s\n\t\t\t\t\t\t</blockquote>\n\t\t\t\t\t</div>\n\n\t\t\t\t\t\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t\t' % (
            pid, d, mo, y, hhmm, pid, t_id, pid, pid, n, pid, n, uid, E(nm), E(nm), uid, uid, E(nm), E(utitle), uid, E(nm), uid, E(nm), E(nm),
            joined, E(country), nposts, ' has_after_content' if (sig or edited) else '',
            ('<h2 class="title icon">\n\t\t\t\t\t<img src="images/icons/icon1.png" alt="افتراضي" /> %s\n\t\t\t\t</h2>' % E(title_line)) if title_line else '',
            pid, content))
        if sig or edited:
            s += '\n\t\t\t<div class="after_content">\n\t\t\t\t\n\t\t\t\t<!-- edit note -->\n\t\t\t\t'
            if edited:
                s += '<blockquote class="postcontent lastedited">\n\t\t\t\t\t\tآخر تعديل بواسطة %s ; %02d-%02d-%d الساعة <span class="time">%s</span>.\n\t\t\t\t\t</blockquote>\n\t\t\t\t<!-- / edit note -->\n\t\t\t\t\n\t\t\t\t\n\t\t\t\t' % (E(nm), d, mo, y, edited)
            if sig:
                s += '<blockquote class="signature restore"><div class="signaturecontainer"><div style="text-align: center;"><font color="#B22222"><b>%s</b></font></div></div></blockquote>\n\t\t\t\t' % E(VB_SIG)
            s += '\n\t\t\t</div>\n\t\t\t'
        s += ('\n\t\t\t<div class="cleardiv"></div>\n\t\t</div>\n\t</div>\n\t\t<div class="postfoot">\n\t\t\t<!-- <div class="postfoot_container"> -->\n\t\t\t<div class="textcontrols floatcontainer">\n\t\t\t\t<span class="postcontrols">\n\t\t\t\t\t<img style="display: none" id="progress_%d" src="images/misc/progress.gif" alt="" />\n\t\t\t\t\t\n\t\t\t\t\t\n\t\t\t\t\t\n\t\t\t\t\t\t<a id="qrwq_%d" class="newreply" href="newreply.php?do=newreply&amp;p=%d" rel="nofollow" title="رد مع اقتباس"><img id="quoteimg_%d" src="clear.gif" alt="رد مع اقتباس" />  رد مع اقتباس</a> \n\t\t\t\t\t\n\t\t\t\t\t\n\t\t\t\t</span>\n\t\t\t\t<span class="postlinking">\n\t\t\t\t\t\n\t\t\t\t\t\t\n\t\t\t\t\t\n\n\t\t\t\t\t\n\t\t\t\t\t\n\t\t\t\t\t\n\t\t\t\t\t\n\t\t\t\t\t\n\n\t\t\t\t\t\n\t\t\t\t\t\t\n\t\t\t\t\t\n\t\t\t\t</span>\n\t\t\t<!-- </div> -->\n\t\t\t</div>\n\t\t</div>\n\t<hr />\n</li>\n' % (pid, pid, pid, pid))
        return s

    def quote(ukey, pid, text):
        nm = VB_USERS[ukey][0]
        return ('<div class="bbcode_container">\n\t<div class="bbcode_quote">\n\t\t<div class="quote_container">\n\t\t\t<div class="bbcode_quote_container"></div>\n\t\t\t\n\t\t\t\t<div class="bbcode_postedby">\n\t\t\t\t\t<img src="images/misc/quote_icon.png" alt="اقتباس" /> المشاركة الأصلية كتبت بواسطة <strong>%s</strong>\n\t\t\t\t\t<a href="showthread.php?p=%d#post%d" rel="nofollow"><img class="inlineimg" src="images/buttons/viewpost-left.png" alt="مشاهدة المشاركة" /></a>\n\t\t\t\t</div>\n\t\t\t\t<div class="message">%s</div>\n\t\t\t\n\t\t</div>\n\t</div>\n</div>' % (E(nm), pid, pid, text))

    op_pid = 512344
    op = ['<div style="text-align: center;"><font size="5"><b><font color="#B22222">%s</font></b></font></div><br />' % E(title),
          '<div style="text-align: center;"><img src="http://www.jawharafm.net/ar/static/fr/image/jpg/riahi-mecca.jpg" border="0" alt="" /></div><br />']
    for p in paras:
        op.append('<font size="3">%s</font><br />\n<br />' % E(p))
    op.append('<font size="2"><i>المصدر: الجوهرة أف أم</i></font>')
    H.append(postbit(1, op_pid, 'op', '11:42 AM', '\n'.join(op), title_line=title, sig=True, edited='11:58 AM'))
    H.append(postbit(2, op_pid + 7, 'r1', '12:15 PM', E(VB_REPLY_1) + ' <img src="images/smilies/smile.png" border="0" alt="" title="ابتسامة" class="inlineimg" />'))
    H.append(postbit(3, op_pid + 19, 'r2', '12:47 PM', quote('op', op_pid, E(paras[2])) + E(VB_REPLY_2), sig=False))
    assert VB_QUOTE_3 in paras[1]
    H.append(postbit(4, op_pid + 30, 'r3', '01:20 PM', quote('op', op_pid, E(VB_QUOTE_3)) + E(VB_REPLY_3)))
    H.append(postbit(5, op_pid + 41, 'r4', '02:03 PM', E(VB_REPLY_4), sig=True))
    H.append(postbit(6, op_pid + 52, 'op', '02:31 PM', '<font color="Blue"><b>%s</b></font>' % E(VB_REPLY_5), sig=True))
    H.append('\n\t\t</ol>\n\t\t<div class="separator"></div>\n\t\t<div class="postlistfoot">\n\t\t\t\n\t\t</div>\n\n\t\n\n</div>\n\n<div id="below_postlist" class="noinlinemod below_postlist">\n\t\n\t<div id="pagination_bottom" class="pagination_bottom">\n\t\n\t\t<a href="showthread.php?t=%d&amp;goto=newpost" class="newcontent_textcontrol" rel="nofollow"><span>+</span> إضافة رد</a>\n\t\n\t</div>\n</div>\n\n\n\n\n\n\n\n<div id="thread_info" class="thread_info block">\n\t\n\t<h4 class="threadinfohead blockhead">معلومات الموضوع</h4>\n\t<div id="thread_onlineusers" class="thread_info_block blockbody formcontrols">\n\t\t<div class="inner_block">\n\t\t\t<h5>الأعضاء الذين يشاهدون هذا الموضوع</h5>\n\t\t\t<div>\n\t\t\t\t<p>الذين يشاهدون الموضوع الآن: 3 (0 من الأعضاء و 3 زائر)</p>\n\t\t\t\t<ol class="commalist">\n\t\t\t\t\t\n\t\t\t\t</ol>\n\t\t\t</div>\n\t\t</div>\n\t</div>\n\t\n\t\n\t<div id="similar_threads">\n\t\t<h5 class="threadinfohead blocksubhead">مواضيع مشابهة</h5>\n\t\t<div id="similar_threads_list" class="thread_info_block blockbody formcontrols">\n\t\t\t<ol class="similar_threads">\n\t\t\t' % t_id)
    who = ['الغالي الأحمر', 'ابن الإفريقي', 'نسر باب الجديد', 'Club_Africain_1920', 'افريقي حتى الموت']
    for i, rr in enumerate(similar):
        ry, rmo, rd, _, _ = adate(rr['id'])
        H.append('<li class="floatcontainer">\n  <div class="titleblock">\n    <h6><a href="showthread.php?t=%d" title="%s">%s</a></h6>\n    <div class="starter_forum">\n       بواسطة %s في المنتدى أخبار النادي الإفريقي\n    </div>\n  </div>\n  <div class="dateblock">\n    <span class="shade">الردود:</span> %d\n      <div class="starter_forum">\n        <span class="shade">آخر مشاركة:</span> %02d-%02d-%d, <span class="time">%02d:%02d PM</span>\n      </div>\n  </div>\n</li>\n' % (
            hnum(rr['id'], 9000, 39000), A(first_words(rr, 25)), E(T(rr)), E(who[i]), hnum(rr['id'], 30, 2), rd, rmo, ry, hnum(rr['id'], 11, 1), hnum(rr['id'] + 'x', 60)))
    H.append('\t\t\t</ol>\n\t\t</div>\n\t</div>\n\n\n\n\n\n\t<div class="options_block_container">\n\t\t\n\t\t<div class="options_block">\n\t\t\t<h4 class="collapse blockhead options_correct">\n\t\t\t\t<a class="collapse" id="collapse_posting_rules" href="showthread.php?t=%d#top"><img src="images/buttons/collapse_40b.png" alt="" /></a>\n\t\t\t\tضوابط المشاركة\n\t\t\t</h4>\n\t\t\t<div id="posting_rules" class="thread_info_block blockbody formcontrols floatcontainer options_correct">\n\t\t\t\t\n<div id="forumrules" class="info_subblock">\n\n\t<ul class="youcandoblock">\n\t\t<li><strong>لا تستطيع</strong> إضافة مواضيع جديدة</li>\n\t\t<li><strong>لا تستطيع</strong> الرد على المواضيع</li>\n\t\t<li><strong>لا تستطيع</strong> إرفاق ملفات</li>\n\t\t<li><strong>لا تستطيع</strong> تعديل مشاركاتك</li>\n\t\t<li>&nbsp;</li>\n\t</ul>\n\t<div class="bbcodeblock">\n\t\t<ul>\n\t\t\t<li><a href="misc.php?do=bbcode" target="_blank">BB code</a> is <strong>متاحة</strong></li>\n\t\t\t<li><a href="misc.php?do=showsmilies" target="_blank">الابتسامات</a> <strong>متاحة</strong></li>\n\t\t\t<li><a href="misc.php?do=bbcode#imgcode" target="_blank">كود [IMG]</a> <strong>متاحة</strong></li>\n\t\t\t<li>كود HTML <strong>معطلة</strong></li>\n\t\t</ul>\n\t</div>\n\t<p class="rules_link"><a href="misc.php?do=showrules" target="_blank">قوانين المنتدى</a></p>\n\n</div>\n\n\t\t\t</div>\n\t\t</div>\n\t</div>\n</div>\n\n\n<div id="footer" class="floatcontainer footer">\n\n\t<form action="forum.php" method="get" id="footer_select" class="footer_select">\n\t\t<select name="styleid" onchange="switch_id(this, \'style\')">\n\t\t\t<optgroup label="اختيار سريع للإستايل"><option class="hidden"></option></optgroup>\n\t\t\t\t<optgroup label="&nbsp;استايلات عادية">\n\t\t\t\t<option value="3" class="" selected="selected">-- الإفريقي الأحمر</option>\n\t\t\t\t</optgroup>\n\t\t</select>\n\t\t<select name="langid" onchange="switch_id(this, \'lang\')">\n\t\t\t<optgroup label="اختيار سريع للغة">\n\t\t\t\t<option value="2" class="" selected="selected">-- العربية (AR)</option>\n<option value="1" class="" >-- English (US)</option>\n\t\t\t</optgroup>\n\t\t</select>\n\t</form>\n\n\t<ul id="footer_links" class="footer_links">\n\t\t<li><a href="sendmessage.php" rel="nofollow" accesskey="9">اتصل بنا</a></li>\n\t\t<li><a href="%s">منتديات جماهير النادي الإفريقي</a></li>\n\t\t<li><a href="archive/index.php">الأرشيف</a></li>\n\t\t<li><a href="showthread.php?t=%d#top" onclick="document.location.hash=\'top\'; return false;">الأعلى</a></li>\n\t</ul>\n</div>\n</div> <!-- closing div for body_wrapper -->\n\n<div class="below_body">\n<div id="footer_time" class="shade footer_time">جميع الأوقات بتوقيت GMT +1. الساعة الآن <span class="time">10:12 PM</span>.</div>\n\n<div id="footer_copyright" class="shade footer_copyright">\n\t<!-- Do not remove this copyright notice -->\n\tPowered by <a href="https://www.vbulletin.com" id="vbulletinlink">vBulletin&reg;</a> Version 4.2.2 <br />Copyright &copy; 2017 vBulletin Solutions, Inc. All rights reserved. <br />الترجمة بواسطة: <a href="http://www.arabvb.com">فريق العمل العربي</a>\n\t<!-- Do not remove this copyright notice -->\t\n</div>\n<div id="footer_morecopyright" class="shade footer_morecopyright">\n\t<!-- Do not remove cronimage or your scheduled tasks will cease to function -->\n\t<img src="%s/cron.php?rand=1496697120" alt="" width="1" height="1" border="0" />\n\t<!-- Do not remove cronimage or your scheduled tasks will cease to function -->\n\tجميع الحقوق محفوظة لمنتديات جماهير النادي الإفريقي - المواضيع المنشورة تعبر عن رأي كاتبيها\n</div>\n\n</div>\n\n<script type="text/javascript">\n<!--\n\tif (typeof vBulletin.register_control == "function") { vBulletin.register_control("vB_AJAX_PostlistLoader", "postlist"); }\n\tvBulletin.events.systemInit.fire();\n//-->\n</script>\n</body>\n</html>' % (
        t_id, base, t_id, base))
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='windows-1256', pyenc=enc,
                charset_declared='http-equiv', dupes={2: 2},
                hard='vBulletin 4.2 thread in windows-1256: the article is the first post, a <blockquote class="postcontent"> of <br>-separated <font> runs (a 162-word paragraph among them), preceded by a centred red copy of the title and a photo and followed by "المصدر:" line, "آخر تعديل بواسطة" edit note (another blockquote.postcontent) and a signature; 5 replies in identical postbits (two of 64 and 73 words, on topic, same register); reply #3 quotes the article\'s last paragraph IN FULL in div.bbcode_quote (so that paragraph occurs twice on the page, once in the gold), reply #4 quotes one sentence; postbit user info (title, join date, country, post counts), login form, vB notice, similar-threads list, posting rules, English+Arabic vB footer.')


# =========================================================================== 4. Video page
@page('video_page')
def video_page():
    aid = MAIN['video_page']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    base = 'https://tv.jihet.tn'
    vid = 'v%d' % hnum(aid, 90000, 10000)
    url = '%s/video/%s/%s' % (base, vid, pslug(title)[:90])
    grid = pool('v-grid', 12, category='localNews')
    playlist = pool('v-pl', 6, category='localNews', keywords=['المنستير', 'بورقيبة', 'رئيس الجمهورية', 'النقل'])
    popular = pool('v-pop', 5, category=('society', 'sport'))
    dur = lambda rr: '%02d:%02d' % (hnum(rr['id'] + 'dm', 5), hnum(rr['id'] + 'ds', 60))
    ld = {"@context": "https://schema.org", "@type": "VideoObject", "name": title,
          "description": paras[0], "thumbnailUrl": ["%s/thumbs/%s-1280.jpg" % (base, vid)],
          "uploadDate": iso(aid), "duration": "PT1M48S",
          "contentUrl": "https://cdn.jihet.tn/hls/%s/master.m3u8" % vid, "embedUrl": "%s/embed/%s" % (base, vid),
          "interactionStatistic": {"@type": "InteractionCounter", "interactionType": {"@type": "WatchAction"}, "userInteractionCount": 12406},
          "publisher": {"@type": "Organization", "name": "جهات تي في", "logo": {"@type": "ImageObject", "url": base + "/static/logo.png"}}}
    H = []
    H.append('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>فيديو | %s - جهات تي في</title>\n<meta name="description" content="%s">\n<link rel="canonical" href="%s">\n<meta property="og:type" content="video.other">\n<meta property="og:title" content="%s">\n<meta property="og:description" content="%s">\n<meta property="og:image" content="%s/thumbs/%s-1280.jpg">\n<meta property="og:video" content="%s/embed/%s">\n<meta property="og:video:type" content="text/html">\n<meta property="og:video:width" content="1280">\n<meta property="og:video:height" content="720">\n<meta name="twitter:card" content="player">\n<meta name="twitter:player" content="%s/embed/%s">\n<link rel="stylesheet" href="/static/css/app.3f9a1c.css">\n<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/video.js@7.20.3/dist/video-js.min.css">\n<script type="application/ld+json">%s</script>\n<script>window.__PLAYER_CONFIG__={"autoplay":false,"muted":false,"ads":{"preroll":"https://pubads.g.doubleclick.net/gampad/ads?iu=/21775744923/jihet_tv/preroll&sz=640x480&output=vast"},"related":"/api/videos/related?id=%s","i18n":{"play":"تشغيل","pause":"إيقاف مؤقت","mute":"كتم الصوت","fullscreen":"ملء الشاشة","next":"الفيديو التالي"}};</script>\n</head>\n' % (
        E(title), A(paras[0]), url, A(title), A(paras[0]), base, vid, base, vid, base, vid, J(ld), vid))
    H.append('<body class="page-video">\n<header class="site-header">\n  <div class="container">\n    <a class="logo" href="/"><img src="/static/logo.png" alt="جهات تي في"></a>\n    <nav class="main-nav">\n      <a href="/">الرئيسية</a>\n      <a href="/live">البث المباشر</a>\n      <a href="/video/news" class="active">أخبار الجهات</a>\n      <a href="/video/programs">البرامج</a>\n      <a href="/video/sport">رياضة</a>\n      <a href="/video/reports">ريبورتاجات</a>\n      <a href="/podcasts">بودكاست</a>\n    </nav>\n    <form class="search" action="/search"><input type="search" name="q" placeholder="ابحث عن فيديو..."><button type="submit">بحث</button></form>\n    <a class="btn-live" href="/live"><span class="dot"></span> مباشر</a>\n  </div>\n</header>\n<div class="container">\n  <ol class="breadcrumbs">\n    <li><a href="/">الرئيسية</a></li>\n    <li><a href="/video">فيديو</a></li>\n    <li><a href="/video/news">أخبار الجهات</a></li>\n    <li><a href="/video/news/monastir">المنستير</a></li>\n  </ol>\n  <div class="watch-layout">\n    <div class="watch-main">\n      <div class="player-wrap">\n        <video id="player" class="video-js vjs-big-play-centered" controls preload="none" poster="%s/thumbs/%s-1280.jpg" data-setup=\'{"fluid": true}\'>\n          <source src="https://cdn.jihet.tn/hls/%s/master.m3u8" type="application/x-mpegURL">\n          <p class="vjs-no-js">لمشاهدة هذا الفيديو يرجى تفعيل جافاسكريبت أو استخدام متصفح يدعم تشغيل الفيديو بصيغة HTML5.</p>\n        </video>\n        <div class="player-overlay"><button class="play-btn" aria-label="تشغيل">&#9654;</button><span class="duration">01:48</span></div>\n        <div class="autoplay-next">التالي خلال <b>5</b> ثوان: <a href="/video/v%d">%s</a> <button class="cancel">إلغاء</button></div>\n      </div>\n      <div class="video-info">\n        <span class="video-cat"><a href="/video/news/monastir">المنستير</a></span>\n        <h1 class="video-title">%s</h1>\n        <div class="video-stats">\n          <span class="views">12,406 مشاهدة</span>\n          <span class="sep">&middot;</span>\n          <time datetime="%s">%s</time>\n        </div>\n        <div class="video-actions">\n          <button class="like" aria-label="أعجبني">&#128077; 214</button>\n          <button class="dislike" aria-label="لم يعجبني">&#128078; 9</button>\n          <button class="share">مشاركة</button>\n          <button class="save">حفظ</button>\n          <button class="embed">تضمين</button>\n          <button class="report">إبلاغ</button>\n        </div>\n        <div class="video-description">\n' % (
        base, vid, vid, hnum(playlist[0]['id'], 90000, 10000), E(T(playlist[0])), E(title), iso(aid), tn_date(aid)))
    for p in paras:
        H.append('          <p>%s</p>\n' % E(p))
    H.append('        </div>\n        <div class="video-credits">تصوير: وليد المستيري &middot; مونتاج: سناء الفقي</div>\n        <div class="video-tags"><span>الوسوم:</span> <a href="/tag/monastir">المنستير</a> <a href="/tag/beji">الباجي قائد السبسي</a> <a href="/tag/bourguiba">الحبيب بورقيبة</a> <a href="/tag/transport">النقل</a></div>\n        <div class="embed-box" hidden><label>رمز التضمين</label><textarea readonly>&lt;iframe src="%s/embed/%s" width="640" height="360" frameborder="0" allowfullscreen&gt;&lt;/iframe&gt;</textarea></div>\n      </div>\n      <div class="subscribe-bar"><img src="/static/logo-sq.png" alt=""><div><b>جهات تي في</b><span>184 ألف مشترك</span></div><a class="btn-sub" href="https://www.youtube.com/c/JihetTV?sub_confirmation=1">اشترك في القناة</a></div>\n    </div>\n    <aside class="watch-side">\n      <div class="playlist">\n        <div class="playlist-head"><h2>قائمة التشغيل: زيارة رئيس الجمهورية إلى المنستير</h2><span>1 / %d</span></div>\n        <ol>\n          <li class="current"><span class="thumb"><img src="%s/thumbs/%s-320.jpg" alt=""><span class="dur">01:48</span></span><span class="t">%s</span></li>\n' % (
        base, vid, len(playlist) + 1, base, vid, E(title)))
    for rr in playlist:
        H.append('          <li><a href="/video/v%d"><span class="thumb"><img src="%s/thumbs/v%d-320.jpg" alt=""><span class="dur">%s</span></span><span class="t">%s</span></a></li>\n' % (
            hnum(rr['id'], 90000, 10000), base, hnum(rr['id'], 90000, 10000), dur(rr), E(T(rr))))
    H.append('        </ol>\n      </div>\n      <div class="ad-slot ad-300x250"><span class="ad-label">إعلان</span><div id="div-gpt-ad-1491400000000-0" style="width:300px;height:250px"></div><script>googletag.cmd.push(function(){googletag.display("div-gpt-ad-1491400000000-0");});</script></div>\n      <div class="most-viewed">\n        <h2>الأكثر مشاهدة هذا الأسبوع</h2>\n        <ul>\n')
    for i, rr in enumerate(popular):
        H.append('          <li><span class="rank">%d</span><a href="/video/v%d">%s</a><span class="views">%s مشاهدة</span></li>\n' % (
            i + 1, hnum(rr['id'], 90000, 10000), E(T(rr)), '{:,}'.format(hnum(rr['id'], 60000, 20000))))
    H.append('        </ul>\n      </div>\n    </aside>\n  </div>\n  <section class="more-videos">\n    <h2 class="section-title">المزيد من الفيديوهات</h2>\n    <div class="video-grid">\n')
    for rr in grid:
        v = hnum(rr['id'], 90000, 10000)
        H.append('      <div class="vcard">\n        <a href="/video/v%d">\n          <div class="thumb"><img src="%s/thumbs/v%d-480.jpg" alt="" loading="lazy"><span class="dur">%s</span></div>\n          <h3>%s</h3>\n        </a>\n        <p class="vcard-desc">%s</p>\n        <div class="vcard-meta"><span>%s مشاهدة</span> &middot; <span>%s</span></div>\n      </div>\n' % (
            v, base, v, dur(rr), E(T(rr)), E(first_words(rr, 22)), '{:,}'.format(hnum(rr['id'] + 'v', 9000, 400)), tn_date(rr['id'])))
    H.append('    </div>\n    <button class="load-more" data-page="2">تحميل المزيد</button>\n  </section>\n</div>\n<footer class="site-footer">\n  <div class="container">\n    <div class="footer-cols">\n      <div><h4>جهات تي في</h4><p>قناة تلفزية جهوية على الواب تنقل أخبار الولايات التونسية بالصوت والصورة.</p></div>\n      <div><h4>روابط</h4><a href="/about">من نحن</a> <a href="/contact">اتصل بنا</a> <a href="/ads">أعلن معنا</a> <a href="/privacy">سياسة الخصوصية</a></div>\n      <div><h4>تابعنا</h4><a href="https://www.facebook.com/JihetTV">فيسبوك</a> <a href="https://www.youtube.com/c/JihetTV">يوتيوب</a> <a href="https://twitter.com/JihetTV">تويتر</a></div>\n    </div>\n    <p class="copy">&copy; 2017 جهات تي في. جميع الحقوق محفوظة.</p>\n  </div>\n</footer>\n<script src="https://cdn.jsdelivr.net/npm/video.js@7.20.3/dist/video.min.js"></script>\n<script src="/static/js/app.3f9a1c.js"></script>\n<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>\n</body>\n</html>\n')
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='meta-charset',
                hard='Video watch page: the "article" is only the 62-word, 2-paragraph description under the player (between a stats/actions bar and a credits line + tags); 12 "المزيد من الفيديوهات" cards each with a 22-word description <p>, a 7-item playlist, most-viewed list, subscribe bar, <video> fallback text and a hidden embed textarea — the page\'s visible text is ~10x the gold; VideoObject JSON-LD repeats the first paragraph.')


# =========================================================================== 5. Paginated article, page 1 of 3
@page('paginated_article')
def paginated_article():
    aid = MAIN['paginated_article']
    r = ANT[aid]
    title = T(r)
    allp = paragraphs(aid)
    # page 1 = the opening + François Fillon; page 2 starts with Mélenchon
    cut = next(i for i, p in enumerate(allp) if p.startswith('مرشح جبهة اليسار جان لوك ميلانشون'))
    paras = allp[:cut]
    y, mo, d, hh, mi = adate(aid)
    base = 'https://www.alhadath-maghreb.com'
    art = 66120 + hnum(aid, 900)
    url = '%s/world/%d/%s' % (base, art, pslug(title)[:100])
    related = pool('p-rel', 4, category='internationalNews', keywords=['ماكرون', 'لوبان', 'فيون', 'فرانسوا هولاند', 'الرئاسية الفرنسية', 'الانتخابات الفرنسية'])
    popular = pool('p-pop', 6, category=('internationalNews', 'politic'))
    latest = pool('p-lat', 6, category='internationalNews')
    toc = [('1', 'افتتاح الاقتراع والمرشح فرنسوا فيون'), ('2', 'جان لوك ميلانشون وبونوا هامون'), ('3', 'مارين لوبان وإيمانويل ماكرون')]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
          "datePublished": "%04d-%02d-%02dT%02d:%02d:00+01:00" % (y, mo, d, hh, mi), "dateModified": "%04d-%02d-%02dT%02d:%02d:00+01:00" % (y, mo, d, hh + 1, mi),
          "mainEntityOfPage": {"@type": "WebPage", "@id": url},
          "image": {"@type": "ImageObject", "url": base + "/uploads/2017/04/france-vote.jpg", "width": 1200, "height": 675},
          "author": {"@type": "Organization", "name": "قسم الشؤون الدولية"},
          "publisher": {"@type": "Organization", "name": "الحدث المغاربي", "logo": {"@type": "ImageObject", "url": base + "/static/logo.png"}},
          "description": paras[0], "articleSection": "العالم", "pageStart": 1, "pagination": "1-3"}
    H = []
    H.append('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s - الصفحة 1 من 3 | الحدث المغاربي</title>\n<meta name="description" content="%s">\n<link rel="canonical" href="%s">\n<link rel="next" href="%s?page=2">\n<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n<meta property="og:url" content="%s">\n<meta property="og:image" content="%s/uploads/2017/04/france-vote.jpg">\n<meta property="og:description" content="%s">\n<meta property="article:section" content="العالم">\n<meta property="article:published_time" content="%s">\n<link rel="stylesheet" href="/static/css/main.min.css?v=2017042301">\n<script type="application/ld+json">%s</script>\n<script>var _paq = window._paq = window._paq || [];_paq.push([\'setCustomDimension\', 1, \'world\']);_paq.push([\'trackPageView\']);_paq.push([\'enableLinkTracking\']);(function(){var u="https://stats.alhadath-maghreb.com/";_paq.push([\'setTrackerUrl\', u+\'matomo.php\']);_paq.push([\'setSiteId\', \'3\']);var d=document, g=d.createElement(\'script\'), s=d.getElementsByTagName(\'script\')[0];g.async=true; g.src=u+\'matomo.js\'; s.parentNode.insertBefore(g,s);})();</script>\n</head>\n' % (
        E(title), A(paras[0]), url, url, A(title), url, base, A(paras[0]), iso(aid), J(ld)))
    H.append('<body class="article-page section-world">\n<div class="topbar"><div class="wrap"><span class="today">%s</span><ul class="topbar-links"><li><a href="/about">من نحن</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/rss">RSS</a></li></ul></div></div>\n<header class="masthead"><div class="wrap"><a class="brand" href="/"><img src="/static/logo.png" alt="الحدث المغاربي"></a><div class="leaderboard"><span class="ad-label">إعلان</span><ins class="adsbygoogle" style="display:inline-block;width:728px;height:90px" data-ad-client="ca-pub-5521098877665544" data-ad-slot="1029384756"></ins></div></div>\n<nav class="mainnav"><div class="wrap"><ul><li><a href="/">الرئيسية</a></li><li><a href="/tunisia">تونس</a></li><li><a href="/maghreb">المغرب العربي</a></li><li class="active"><a href="/world">العالم</a></li><li><a href="/economy">اقتصاد</a></li><li><a href="/sport">رياضة</a></li><li><a href="/culture">ثقافة</a></li><li><a href="/opinion">رأي</a></li></ul></div></nav></header>\n<div class="ticker"><div class="wrap"><b>عاجل</b><ul>' % tn_date(aid, True))
    for rr in latest[:3]:
        H.append('<li><a href="/world/%d">%s</a></li>' % (hnum(rr['id'], 9000, 60000), E(T(rr))))
    H.append('</ul></div></div>\n<div class="wrap page-grid">\n<main class="content-col">\n<div class="crumbs"><a href="/">الرئيسية</a> / <a href="/world">العالم</a> / <a href="/world/europe">أوروبا</a></div>\n<article class="news-article" id="article-%d">\n  <header class="article-head">\n    <span class="kicker">ملف: الرئاسيات الفرنسية 2017</span>\n    <h1 class="headline">%s</h1>\n    <div class="meta"><span class="author">قسم الشؤون الدولية</span> <span class="date">%s - %02d:%02d</span> <span class="updated">آخر تحديث: %02d:%02d</span> <span class="reads">عدد القراءات: 3807</span></div>\n    <div class="share-top"><a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=%s">فيسبوك</a><a class="tw" href="https://twitter.com/intent/tweet?url=%s">تويتر</a><a class="wa" href="whatsapp://send?text=%s">واتساب</a><a class="print" href="%s?print=1">طباعة</a><a class="fs-up" href="#">أ+</a><a class="fs-down" href="#">أ-</a></div>\n  </header>\n  <figure class="lead-img"><img src="%s/uploads/2017/04/france-vote.jpg" alt="مركز اقتراع في باريس"><figcaption>ناخبون أمام أحد مراكز الاقتراع في باريس صباح الأحد (أرشيف)</figcaption></figure>\n  <nav class="article-toc">\n    <h2>في هذا المقال</h2>\n    <ol>\n' % (
        art, E(title), tn_date(aid, True), hh, mi, hh + 1, mi, Q(url), Q(url), Q(url), url, base))
    for n, lab in toc:
        if n == '1':
            H.append('      <li class="current"><span>الصفحة %s: %s</span></li>\n' % (n, lab))
        else:
            H.append('      <li><a href="%s?page=%s">الصفحة %s: %s</a></li>\n' % (url, n, n, lab))
    H.append('    </ol>\n  </nav>\n  <div class="article-body" id="articleBody">\n')
    for i, p in enumerate(paras):
        H.append('    <p>%s</p>\n' % E(p))
        if i == 3:
            H.append('    <div class="inread-ad"><span class="ad-label">إعلان</span><div id="teads-inread"></div><script>window._ttf = window._ttf || [];_ttf.push({pid: 58231, lang: "ar", slot: "#articleBody > p:nth-of-type(4)", format: "inread", minSlot: 2, css: "margin: 0 0 20px;"});</script></div>\n')
    H.append('  </div>\n  <div class="article-pager">\n    <p class="pager-info">الصفحة 1 من 3</p>\n    <ul class="pager">\n      <li class="active"><span>1</span></li>\n      <li><a href="%s?page=2">2</a></li>\n      <li><a href="%s?page=3">3</a></li>\n      <li class="next"><a href="%s?page=2" rel="next">الصفحة التالية &laquo;</a></li>\n    </ul>\n    <a class="next-teaser" href="%s?page=2"><span>في الصفحة التالية:</span> %s</a>\n    <a class="all-pages" href="%s?page=all">عرض المقال كاملا في صفحة واحدة</a>\n  </div>\n  <div class="article-tags"><b>كلمات مفتاحية:</b> <a href="/tag/france">فرنسا</a> <a href="/tag/elections">الانتخابات الفرنسية</a> <a href="/tag/fillon">فرنسوا فيون</a> <a href="/tag/melenchon">ميلانشون</a> <a href="/tag/le-pen">مارين لوبان</a> <a href="/tag/macron">ماكرون</a></div>\n  <div class="share-bottom"><span>شارك المقال:</span><a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=%s">فيسبوك</a><a class="tw" href="https://twitter.com/intent/tweet?url=%s">تويتر</a><a class="li" href="https://www.linkedin.com/shareArticle?url=%s">لينكدإن</a><a class="mail" href="mailto:?subject=%s">بريد</a></div>\n</article>\n' % (
        url, url, url, url, toc[1][1], url, Q(url), Q(url), Q(url), Q(title)))
    H.append('<section class="file-box">\n  <h2 class="box-title">في نفس الملف</h2>\n')
    for rr in related:
        H.append('  <div class="file-item"><a href="/world/%d"><img src="/uploads/thumbs/%d.jpg" alt=""></a><div><h3><a href="/world/%d">%s</a></h3><p>%s</p><span class="date">%s</span></div></div>\n' % (
            hnum(rr['id'], 9000, 60000), hnum(rr['id'], 9000, 60000), hnum(rr['id'], 9000, 60000), E(T(rr)), E(first_sentence(rr, 40)), tn_date(rr['id'])))
    H.append('</section>\n<section class="comments-fb"><h2 class="box-title">التعليقات</h2><div class="fb-comments" data-href="%s" data-numposts="5" data-width="100%%"></div><p class="comments-note">التعليقات المنشورة تعبر عن آراء أصحابها ولا تعبر بالضرورة عن رأي الموقع.</p></section>\n</main>\n<aside class="side-col">\n  <div class="widget most-read"><h3 class="widget-title">الأكثر قراءة</h3><ol>\n' % url)
    for rr in popular:
        H.append('    <li><a href="/world/%d">%s</a></li>\n' % (hnum(rr['id'], 9000, 60000), E(T(rr))))
    H.append('  </ol></div>\n  <div class="widget latest"><h3 class="widget-title">آخر الأخبار</h3><ul>\n')
    for rr in latest[3:]:
        H.append('    <li><a href="/world/%d">%s</a><span class="time">%02d:%02d</span></li>\n' % (hnum(rr['id'], 9000, 60000), E(T(rr)), adate(rr['id'])[3], adate(rr['id'])[4]))
    H.append('  </ul></div>\n  <div class="widget newsletter"><h3 class="widget-title">النشرة الإخبارية</h3><p>أهم أخبار المغرب العربي والعالم في بريدك كل صباح.</p><form action="/newsletter" method="post"><input type="email" name="email" placeholder="البريد الإلكتروني"><button>اشترك</button></form></div>\n  <div class="widget ad"><span class="ad-label">إعلان</span><ins class="adsbygoogle" style="display:inline-block;width:300px;height:600px" data-ad-client="ca-pub-5521098877665544" data-ad-slot="5647382910"></ins></div>\n</aside>\n</div>\n<footer class="site-foot"><div class="wrap"><ul class="foot-nav"><li><a href="/tunisia">تونس</a></li><li><a href="/maghreb">المغرب العربي</a></li><li><a href="/world">العالم</a></li><li><a href="/economy">اقتصاد</a></li><li><a href="/sport">رياضة</a></li></ul><p>&copy; 2017 الحدث المغاربي - جميع الحقوق محفوظة. يمنع نقل المحتوى دون ذكر المصدر.</p></div></footer>\n<script src="/static/js/main.min.js?v=2017042301"></script>\n<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script>\n</body>\n</html>\n')
    rest = allp[cut:]
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='http-equiv',
                absent=rest,
                hard='Page 1 of a 3-page article: gold is only what this page shows (%d of the article\'s %d words: the opening and François Fillon\'s profile); an in-article "في هذا المقال" page list, an inread ad slot inside the body, a pager ("الصفحة 1 من 3", 1 2 3, "الصفحة التالية", next-page teaser, "عرض المقال كاملا في صفحة واحدة"), kicker, share/font-size tools, "في نفس الملف" box with 4 topically close items (French politics) each with a first-sentence excerpt, breaking-news ticker, most-read/latest widgets. Long page-1 body, paragraphs of 55-70 words.' % (
                    len(' '.join(paras).split()), len(' '.join(allp).split())))


# =========================================================================== 6. WordPress hard news with inline ads
WP_COMMENTS = [
    ('سامي', 'مارس 4, 2017 في 5:12 م', 'اتفاق يخدم ألمانيا قبل كل شيء، والوعود بالتمويل والتكوين سمعناها مع كل اتفاق هجرة سابق. المهم أن تحترم كرامة المرحلين فعلا.'),
    ('ليلى ب.', 'مارس 4, 2017 في 7:40 م', 'هل هناك عدد رسمي للتونسيين المعنيين بالترحيل؟ المقال لم يذكر أي رقم.'),
]


def _code_block(n, label=True, body=None):
    ins = body or ('<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-8364017750011234" crossorigin="anonymous"></script>\n<ins class="adsbygoogle"\n     style="display:block; text-align:center;"\n     data-ad-layout="in-article"\n     data-ad-format="fluid"\n     data-ad-client="ca-pub-8364017750011234"\n     data-ad-slot="44172%05d"></ins>\n<script>\n     (adsbygoogle = window.adsbygoogle || []).push({});\n</script>' % (n * 1111))
    return ("<div class='code-block code-block-%d' style='margin: 8px auto; text-align: center; display: block; clear: both;'>\n%s%s</div>\n" % (
        n, '<span class="ad-label" style="display:block;font-size:11px;color:#9a9a9a;">إعلان</span>\n' if label else '', ins))


@page('inline_ads_wordpress')
def inline_ads_wordpress():
    aid = MAIN['inline_ads_wordpress']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    base = 'https://www.watan-news.tn'
    post = 412000 + hnum(aid, 9000)
    url = '%s/%d/%02d/%02d/%s/' % (base, y, mo, d, pslug(title)[:120].lower())
    readalso = pool('w-ra', 2, category=('localNews', 'politic'), keywords=['ألمانيا', 'الألمانية', 'الهجرة', 'المهاجرين', 'ميركل'])
    inline_rel = pool('w-inrel', 3, category=('localNews', 'politic', 'internationalNews'), keywords=['ألمانيا', 'الهجرة', 'ترحيل', 'اللاجئين'])
    jp_rel = pool('w-jprel', 3, category=('localNews', 'politic'))
    recent = pool('w-recent', 5, category='localNews')
    cats = ['أخبار وطنية', 'سياسة', 'اقتصاد', 'مجتمع', 'عالم', 'رياضة', 'تكنولوجيا']

    def plink(rr):
        yy, mm, dd, _, _ = adate(rr['id'])
        return '%s/%d/%02d/%02d/%s/' % (base, yy, mm, dd, pslug(T(rr))[:80].lower())
    H = []
    H.append('<!DOCTYPE html>\n<html dir="rtl" lang="ar">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<link rel="profile" href="https://gmpg.org/xfn/11">\n<link rel="pingback" href="%s/xmlrpc.php">\n<title>%s &#8211; وطن نيوز</title>\n<meta name=\'robots\' content=\'max-image-preview:large\' />\n<link rel=\'dns-prefetch\' href=\'//stats.wp.com\' />\n<link rel=\'dns-prefetch\' href=\'//pagead2.googlesyndication.com\' />\n<link rel="alternate" type="application/rss+xml" title="وطن نيوز &laquo; الخلاصة" href="%s/feed/" />\n<link rel="alternate" type="application/rss+xml" title="وطن نيوز &laquo; خلاصة التعليقات" href="%s/comments/feed/" />\n<link rel="alternate" type="application/rss+xml" title="وطن نيوز &laquo; %s خلاصة التعليقات" href="%sfeed/" />\n<link rel=\'stylesheet\' id=\'wp-block-library-rtl-css\' href=\'%s/wp-includes/css/dist/block-library/style-rtl.min.css?ver=6.2\' media=\'all\' />\n<link rel=\'stylesheet\' id=\'generate-style-css\' href=\'%s/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.3.0\' media=\'all\' />\n<link rel=\'stylesheet\' id=\'jetpack_css-rtl-css\' href=\'%s/wp-content/plugins/jetpack/css/jetpack-rtl.css?ver=12.1\' media=\'all\' />\n<link rel=\'stylesheet\' id=\'rp4wp-frontend-css\' href=\'%s/wp-content/plugins/related-posts-for-wp/assets/css/frontend.css?ver=1.9.3\' media=\'all\' />\n<script src=\'%s/wp-includes/js/jquery/jquery.min.js?ver=3.6.4\' id=\'jquery-core-js\'></script>\n<link rel="https://api.w.org/" href="%s/wp-json/" /><link rel="alternate" type="application/json" href="%s/wp-json/wp/v2/posts/%d" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="%s/xmlrpc.php?rsd" />\n<meta name="generator" content="WordPress 6.2" />\n<link rel="canonical" href="%s" />\n<link rel=\'shortlink\' href=\'%s/?p=%d\' />\n<meta property="og:type" content="article" />\n<meta property="og:title" content="%s" />\n<meta property="og:url" content="%s" />\n<meta property="og:description" content="%s" />\n<meta property="article:published_time" content="%s" />\n<meta property="og:site_name" content="وطن نيوز" />\n<meta property="og:image" content="%s/wp-content/uploads/%d/%02d/merkel-essebsi.jpg" />\n<meta property="og:locale" content="ar_AR" />\n<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js?client=ca-pub-8364017750011234" crossorigin="anonymous"></script>\n<style id="generate-style-inline-css">body{background-color:#f7f8f9;color:#222222;}a{color:#1b78e2;}.entry-content p{font-size:18px;line-height:1.85}.code-block{overflow:hidden}</style>\n</head>\n\n' % (
        base, E(title), base, base, A(title), url, base, base, base, base, base, base, base, post, base, url, base, post, A(title), url, A(first_sentence(r, 40)), iso(aid), base, y, mo))
    H.append('<body class="rtl post-template-default single single-post postid-%d single-format-standard wp-embed-responsive right-sidebar nav-below-header separate-containers header-aligned-right dropdown-hover featured-image-active" itemtype="https://schema.org/Blog" itemscope>\n\t<a class="skip-link screen-reader-text" href="#content">انتقل إلى المحتوى</a>\t\t<header class="site-header" id="masthead" aria-label="الموقع"  itemtype="https://schema.org/WPHeader" itemscope>\n\t\t\t<div class="inside-header grid-container">\n\t\t\t\t<div class="site-branding">\n\t\t\t\t\t\t<p class="main-title" itemprop="headline">\n\t\t\t\t\t<a href="%s/" rel="home">\n\t\t\t\t\t\tوطن نيوز\n\t\t\t\t\t</a>\n\t\t\t\t</p>\n\t\t\t\t\t\t<p class="site-description" itemprop="description">\n\t\t\t\t\tأخبار تونس على مدار الساعة\n\t\t\t\t</p>\n\t\t\t\t\t</div>\t\t\t</div>\n\t\t</header>\n\t\t\t\t<nav class="main-navigation sub-menu-left" id="site-navigation" aria-label="رئيسي"  itemtype="https://schema.org/SiteNavigationElement" itemscope>\n\t\t\t<div class="inside-navigation grid-container">\n\t\t\t\t\t\t\t\t<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">\n\t\t\t\t\t<span class="mobile-menu">القائمة</span>\t\t\t\t</button>\n\t\t\t\t<div id="primary-menu" class="main-nav"><ul id="menu-main" class=" menu sf-menu">' % (post, base))
    for i, c in enumerate(cats):
        H.append('<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category%s menu-item-%d"><a href="%s/category/cat-%d/">%s</a></li>' % (
            31 + i, ' current-post-ancestor current-menu-parent' if i == 0 else '', 31 + i, base, i + 1, c))
    H.append('</ul></div>\t\t\t</div>\n\t\t</nav>\n\t\t\n\t<div class="site grid-container container hfeed" id="page">\n\t\t\t\t<div class="site-content" id="content">\n\t\t\t\n\t<div class="content-area" id="primary">\n\t\t<main class="site-main" id="main">\n\t\t\t\n<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail hentry category-national tag-germany tag-migration" itemtype="https://schema.org/CreativeWork" itemscope>\n\t<div class="inside-article">\n\t\t\t\t<div class="featured-image page-header-image-single grid-container grid-parent">\n\t\t\t\t<img width="1200" height="675" src="%s/wp-content/uploads/%d/%02d/merkel-essebsi.jpg" class="attachment-full size-full wp-post-image" alt="" decoding="async" itemprop="image" />\n\t\t\t</div>\t\t\t<header class="entry-header" aria-label="المحتوى">\n\t\t\t\t<h1 class="entry-title" itemprop="headline">%s</h1>\t\t<div class="entry-meta">\n\t\t\t<span class="posted-on"><time class="entry-date published" datetime="%s" itemprop="datePublished">%s</time></span> <span class="byline">بواسطة <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="%s/author/redaction/" title="عرض كل المقالات بواسطة هيئة التحرير" rel="author" itemprop="url"><span class="author-name" itemprop="name">هيئة التحرير</span></a></span></span> \t\t</div>\n\t\t\t\t\t</header>\n\t\t\t\n\t\t<div class="entry-content" itemprop="text">\n' % (
        post, post, base, y, mo, E(title), iso(aid), eg_date(aid), base))
    C = []
    C.append(_code_block(1))
    for i, p in enumerate(paras):
        C.append('<p>%s</p>\n' % E(p))
        if i == 1:
            C.append(_code_block(2))
            C.append('<p><strong>اقرأ أيضا: <a href="%s">%s</a></strong></p>\n' % (plink(readalso[0]), E(T(readalso[0]))))
        elif i == 3:
            C.append(_code_block(3))
            C.append('<div class=\'rp4wp-related-posts rp4wp-related-post\'>\n<h3>مقالات ذات صلة</h3>\n<ul class=\'rp4wp-posts-list\'>\n')
            for rr in inline_rel:
                C.append('<li class=\'rp4wp-col rp4wp-col-first\'>\n<div class=\'rp4wp-related-post-image\'>\n<a href=\'%s\'><img width="150" height="150" src="%s/wp-content/uploads/2017/02/%d-150x150.jpg" class="attachment-thumbnail size-thumbnail wp-post-image" alt="" decoding="async" loading="lazy" /></a></div>\n<div class=\'rp4wp-related-post-content\'>\n<a href=\'%s\'>%s</a><p>%s</p></div>\n</li>\n' % (
                    plink(rr), base, hnum(rr['id'], 9000), plink(rr), E(T(rr)), E(first_words(rr, 30, '&hellip;'))))
            C.append('</ul>\n</div>\n')
        elif i == 4:
            C.append(_code_block(4, body='<div class="sponsored-box" data-provider="native-ads"><span class="sp-label">محتوى مدعوم</span><a href="https://ads.example-native.net/c?id=88123" rel="sponsored nofollow" target="_blank"><img src="https://ads.example-native.net/i/88123.jpg" alt=""><b>شقق على البحر بالحمامات بأسعار ما قبل الافتتاح، بالتقسيط على 10 سنوات</b></a><a href="https://ads.example-native.net/c?id=88157" rel="sponsored nofollow" target="_blank"><img src="https://ads.example-native.net/i/88157.jpg" alt=""><b>طبيب يكشف: هذه العادة الصباحية تحرق دهون البطن بسرعة</b></a></div>'))
            C.append('<p><strong>اقرأ أيضا: <a href="%s">%s</a></strong></p>\n' % (plink(readalso[1]), E(T(readalso[1]))))
    C.append(_code_block(5))
    C.append('<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">شارك هذا:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-%d" class="share-facebook sd-button share-icon" href="%s?share=facebook" target="_blank" title="انقر للمشاركة على فيسبوك" ><span>فيسبوك</span></a></li><li class="share-twitter"><a rel="nofollow noopener noreferrer" data-shared="sharing-twitter-%d" class="share-twitter sd-button share-icon" href="%s?share=twitter" target="_blank" title="انقر للمشاركة على تويتر" ><span>تويتر</span></a></li><li class="share-jetpack-whatsapp"><a rel="nofollow noopener noreferrer" data-shared="" class="share-jetpack-whatsapp sd-button share-icon" href="%s?share=jetpack-whatsapp" target="_blank" title="انقر للمشاركة على WhatsApp" ><span>WhatsApp</span></a></li><li class="share-print"><a rel="nofollow noopener noreferrer" data-shared="" class="share-print sd-button share-icon" href="%s#print" target="_blank" title="انقر للطباعة" ><span>طباعة</span></a></li><li class="share-end"></li></ul></div></div></div><div class=\'sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded\' id=\'like-post-wrapper-118904412-%d-6403b8e0\' data-src=\'https://widgets.wp.com/likes/?ver=12.1#blog_id=118904412&amp;post_id=%d&amp;origin=www.watan-news.tn&amp;obj_id=118904412-%d-6403b8e0\' data-name=\'like-post-frame-118904412-%d-6403b8e0\' data-title=\'أعجبني أو إعادة التدوين\'><h3 class="sd-title">معجب بهذه:</h3><div class=\'likes-widget-placeholder post-likes-widget-placeholder\' style=\'height: 55px;\'><span class=\'button\'><span>إعجاب</span></span> <span class="loading">تحميل...</span></div><span class=\'sd-text-color\'></span><a class=\'sd-link-color\'></a></div>\n' % (
        post, url, post, url, url, url, post, post, post, post))
    C.append('<div id=\'jp-relatedposts\' class=\'jp-relatedposts\' style="display: block;">\n\t<h3 class="jp-relatedposts-headline"><em>ذات صلة</em></h3>\n<div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid ">')
    for rr in jp_rel:
        C.append('<div class="jp-relatedposts-post jp-relatedposts-post0 jp-relatedposts-post-thumbs" data-post-id="%d" data-post-format="false"><a class="jp-relatedposts-post-a" href="%s" title="%s" rel="nofollow" data-origin="%d" data-position="0"><img class="jp-relatedposts-post-img" loading="lazy" src="%s/wp-content/uploads/2017/01/%d.jpg?resize=350%%2C200&#038;ssl=1" width="350" height="200" alt="" /></a><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="%s" rel="nofollow">%s</a></h4><p class="jp-relatedposts-post-excerpt">%s</p><p class="jp-relatedposts-post-date" style="display: block;">%s</p><p class="jp-relatedposts-post-context">في &quot;أخبار وطنية&quot;</p></div>' % (
            hnum(rr['id'], 9000, 400000), plink(rr), A(first_words(rr, 40)), post, base, hnum(rr['id'], 9000), plink(rr), E(T(rr)), E(first_words(rr, 24, '&hellip;')), eg_date(rr['id'])))
    C.append('</div>\n</div>')
    H.append(''.join(C))
    H.append('\t\t</div>\n\n\t\t\t\t<footer class="entry-meta" aria-label="بيانات التدوينة">\n\t\t\t<span class="cat-links"><span class="screen-reader-text">التصنيفات </span><a href="%s/category/cat-1/" rel="category tag">أخبار وطنية</a></span> <span class="tags-links"><span class="screen-reader-text">الوسوم </span><a href="%s/tag/germany/" rel="tag">ألمانيا</a>، <a href="%s/tag/migration/" rel="tag">الهجرة غير النظامية</a>، <a href="%s/tag/merkel/" rel="tag">أنجيلا ميركل</a>، <a href="%s/tag/essebsi/" rel="tag">الباجي قائد السبسي</a></span> \t\t<nav id="nav-below" class="post-navigation" aria-label="المقالات">\n\t\t\t<div class="nav-previous"><span class="prev"><a href="%s" rel="prev">%s</a></span></div><div class="nav-next"><span class="next"><a href="%s" rel="next">%s</a></span></div>\t\t</nav>\n\t\t\t\t</footer>\n\t\t\t\t</div>\n</article>\n\n\t\t\t<div class="comments-area">\n\t\t\t\t<div id="comments">\n\n\t\t<h3 class="comments-title">\n\t\t\tتعليقان على &ldquo;<span>%s</span>&rdquo;\t\t</h3>\n\n\t\t\n\t\t<ol class="comment-list">\n\t\t\t' % (
        base, base, base, base, base, plink(recent[0]), E(T(recent[0])), plink(recent[1]), E(T(recent[1])), E(title)))
    for i, (nm, when, txt) in enumerate(WP_COMMENTS):
        H.append('\n\t\t<li id="comment-%d" class="comment even thread-even depth-1">\n\t\t\t<article class="comment-body" id="div-comment-%d"  itemtype="https://schema.org/Comment" itemscope>\n\t\t\t\t<footer class="comment-meta" aria-label="بيانات التعليق">\n\t\t\t\t\t<img alt=\'\' src=\'https://secure.gravatar.com/avatar/%s?s=50&#038;d=mm&#038;r=g\' class=\'avatar avatar-50 photo\' height=\'50\' width=\'50\' loading=\'lazy\' decoding=\'async\'/>\t\t\t\t\t<div class="comment-author-info">\n\t\t\t\t\t\t<div class="comment-author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope>\n\t\t\t\t\t\t\t<cite itemprop="name" class="fn">%s</cite>\t\t\t\t\t\t</div>\n\n\t\t\t\t\t\t\t\t\t\t\t\t\t<div class="entry-meta comment-metadata">\n\t\t\t\t\t\t\t\t<a href="%s#comment-%d">\n\t\t\t\t\t\t\t\t\t<time datetime="%s" itemprop="datePublished">\n\t\t\t\t\t\t\t\t\t\t%s\t\t\t\t\t\t\t\t\t</time>\n\t\t\t\t\t\t\t\t</a>\n\t\t\t\t\t\t\t</div>\n\t\t\t\t\t\t\t\t\t\t\t\t</div>\n\n\t\t\t\t\t\t\t\t\t</footer>\n\n\t\t\t\t<div class="comment-content" itemprop="text">\n\t\t\t\t\t<p>%s</p>\n<span class="reply"><a rel=\'nofollow\' class=\'comment-reply-link\' href=\'#comment-%d\' data-commentid="%d" data-postid="%d" data-belowelement="div-comment-%d" data-respondelement="respond" data-replyto="الرد على %s" aria-label=\'الرد على %s\'>رد</a></span>\t\t\t\t</div>\n\t\t\t</article>\n\t\t\t</li><!-- #comment-## -->\n' % (
            9120 + i, 9120 + i, hashlib.md5(nm.encode()).hexdigest(), E(nm), url, 9120 + i, iso(aid), when, E(txt), 9120 + i, 9120 + i, post, 9120 + i, A(nm), A(nm)))
    H.append('\t\t</ol><!-- .comment-list -->\n\n\t\t\t<div id="respond" class="comment-respond">\n\t\t<h3 id="reply-title" class="comment-reply-title">اترك تعليقاً <small><a rel="nofollow" id="cancel-comment-reply-link" href="%s#respond" style="display:none;">إلغاء الرد</a></small></h3><form action="%s/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-form-comment"><label for="comment" class="screen-reader-text">تعليق</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><label for="author" class="screen-reader-text">الاسم</label><input placeholder="الاسم *" id="author" name="author" type="text" value="" size="30" required />\n<label for="email" class="screen-reader-text">البريد الإلكتروني</label><input placeholder="البريد الإلكتروني *" id="email" name="email" type="email" value="" size="30" required />\n<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.</label></p>\n<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="أرسل التعليق" /> <input type=\'hidden\' name=\'comment_post_ID\' value=\'%d\' id=\'comment_post_ID\' />\n<input type=\'hidden\' name=\'comment_parent\' id=\'comment_parent\' value=\'0\' />\n</p></form>\t</div><!-- #respond -->\n\t\n</div><!-- #comments -->\n\t\t\t</div>\n\n\t\t\t\t\t</main>\n\t</div>\n\n\t<div class="widget-area sidebar is-right-sidebar" id="right-sidebar">\n\t<div class="inside-right-sidebar">\n\t\t<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="%s/">\n\t<label>\n\t\t<span class="screen-reader-text">البحث عن:</span>\n\t\t<input type="search" class="search-field" placeholder="بحث &hellip;" value="" name="s" title="البحث عن:">\n\t</label>\n\t<button class="search-submit" aria-label="بحث"></button></form>\n</aside>\n\t\t<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries">\n\t\t<h2 class="widget-title">أحدث المقالات</h2>\n\t\t<ul>\n' % (
        url, base, post, base))
    for rr in recent[2:]:
        H.append('\t\t\t\t\t\t\t\t\t<li>\n\t\t\t\t\t<a href="%s">%s</a>\n\t\t\t\t\t\t\t\t\t</li>\n' % (plink(rr), E(T(rr))))
    H.append('\t\t\t\t\t</ul>\n\n\t\t</aside><aside id="custom_html-3" class="widget_text widget inner-padding widget_custom_html"><div class="textwidget custom-html-widget">' + _code_block(6) + '</div></aside><aside id="categories-2" class="widget inner-padding widget_categories"><h2 class="widget-title">التصنيفات</h2>\n\t\t\t<ul>\n')
    for i, c in enumerate(cats):
        H.append('\t<li class="cat-item cat-item-%d"><a href="%s/category/cat-%d/">%s</a> (%d)\n</li>\n' % (i + 2, base, i + 1, c, hnum(c, 3000, 100)))
    H.append('\t\t\t</ul>\n\n\t\t\t</aside>\t</div>\n</div>\n\n\t</div>\n</div>\n\n\n<div class="site-footer">\n\t\t\t<footer class="site-info" aria-label="الموقع"  itemtype="https://schema.org/WPFooter" itemscope>\n\t\t\t<div class="inside-site-info grid-container">\n\t\t\t\t\t\t\t\t<div class="copyright-bar">\n\t\t\t\t\t<span class="copyright">&copy; 2017 وطن نيوز</span> &bull; جميع الحقوق محفوظة\t\t\t\t</div>\n\t\t\t</div>\n\t\t</footer>\n\t\t</div>\n\n<script id=\'generate-menu-js-extra\'>\nvar generatepressMenu = {"toggleOpenedSubMenus":true,"openSubMenuLabel":"\\u0641\\u062a\\u062d \\u0627\\u0644\\u0642\\u0627\\u0626\\u0645\\u0629 \\u0627\\u0644\\u0641\\u0631\\u0639\\u064a\\u0629","closeSubMenuLabel":"\\u0625\\u063a\\u0644\\u0627\\u0642 \\u0627\\u0644\\u0642\\u0627\\u0626\\u0645\\u0629 \\u0627\\u0644\\u0641\\u0631\\u0639\\u064a\\u0629"};\n</script>\n<script src=\'%s/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.3.0\' id=\'generate-menu-js\'></script>\n<script src=\'%s/wp-includes/js/comment-reply.min.js?ver=6.2\' id=\'comment-reply-js\'></script>\n<script src=\'%s/wp-content/plugins/jetpack/_inc/build/likes/queuehandler.min.js?ver=12.1\' id=\'jetpack_likes_queuehandler-js\'></script>\n<script defer src=\'https://stats.wp.com/e-202309.js\' id=\'jetpack-stats-js\'></script>\n<script id="jetpack-stats-js-after">\n_stq = window._stq || [];\n_stq.push([ "view", {v:\'ext\',blog:\'118904412\',post:\'%d\',tz:\'1\',srv:\'www.watan-news.tn\',j:\'1:12.1\'} ]);\n_stq.push([ "clickTrackerInit", "118904412", "%d" ]);\n</script>\n\n</body>\n</html>\n' % (base, base, base, post, post))
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='meta-charset',
                hard='WordPress/GeneratePress hard news (531 words, 7 paragraphs incl. one of 127 words) whose div.entry-content also holds 5 Ad Inserter div.code-block ads with "إعلان" labels (one a native "محتوى مدعوم" box with two clickbait headlines), two "اقرأ أيضا:" link paragraphs, an inline "مقالات ذات صلة" related-posts box (3 titles + 30-word excerpts in <p>) after the 4th paragraph, Jetpack sharing/likes ("شارك هذا:"، "معجب بهذه:") and the Jetpack related-posts grid (24-word excerpts) — all inside the body container; then tags, prev/next, 2 comments and the "اترك تعليقاً" form.')


# =========================================================================== 7. XHTML 1.0 Strict, windows-1256, inline-style noise
def _noisy(p, seed):
    """Render a paragraph the way a WYSIWYG editor pasting from Word does it: the words are split into
    runs wrapped in <span style=...>, some inter-word spaces are &nbsp; or '&nbsp; ' (never a missing
    space, never a split word).  The visible text equals p after NBSP->space and whitespace collapsing."""
    rng = random.Random('noisy:' + seed)
    words = E(p).split(' ')
    runs, i = [], 0
    while i < len(words):
        k = rng.randint(3, 11)
        runs.append(words[i:i + k])
        i += k
    styles = ['<span style="font-family: \'Simplified Arabic\', serif; font-size: 14pt;">',
              '<span style="font-size: 14pt;" lang="AR-TN">', '<span style="color: #000000;">', '']
    out = []
    for j, run in enumerate(runs):
        inner = []
        for w_i, w in enumerate(run):
            inner.append(w)
            if w_i < len(run) - 1:
                inner.append(rng.choice([' ', ' ', ' ', '&nbsp;']))
        st = styles[rng.randrange(len(styles))]
        out.append(st + ''.join(inner) + ('</span>' if st else ''))
        if j < len(runs) - 1:
            out.append(rng.choice([' ', ' ', '&nbsp; ', ' &nbsp;', '&nbsp;']))
    return ''.join(out)


@page('xhtml_strict_1256')
def xhtml_strict_1256():
    aid = MAIN['xhtml_strict_1256']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    enc = 'cp1256'
    y, mo, d, hh, mi = adate(aid)
    base = 'http://www.iqtissadia-tn.com'
    nid = 20417 + hnum(aid, 900)
    latest = pool('x-latest', 8, category='economy', enc=enc)
    related = pool('x-rel', 4, category=('economy', 'localNews'), enc=enc, keywords=['النفط', 'المحروقات', 'الكامور', 'تطاوين', 'الطاقة'])
    H = []
    H.append('<?xml version="1.0" encoding="windows-1256"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ar" lang="ar" dir="rtl">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=windows-1256" />\n<meta http-equiv="Content-Language" content="ar" />\n<title>الاقتصادية التونسية :: %s</title>\n<meta name="keywords" content="طاقة, نفط, غاز, تطاوين, قبلي, الكامور, نوارة, الميزان التجاري" />\n<meta name="description" content="%s" />\n<link rel="stylesheet" type="text/css" href="%s/css/style.css" media="screen" />\n<link rel="stylesheet" type="text/css" href="%s/css/print.css" media="print" />\n<link rel="alternate" type="application/rss+xml" title="الاقتصادية التونسية" href="%s/rss.php" />\n<script type="text/javascript" src="%s/js/prototype.js"></script>\n<script type="text/javascript" src="%s/js/fontsize.js"></script>\n<script type="text/javascript">\n//<![CDATA[\nvar nid = %d; var sec = "energie";\nfunction printArticle(){ window.open(\'%s/print.php?id=\' + nid, \'print\', \'width=700,height=600,scrollbars=yes\'); }\n//]]>\n</script>\n</head>\n<body>\n<div id="container">\n' % (
        E(title), A(first_sentence(r, 30)), base, base, base, base, base, nid, base))
    H.append('<div id="header">\n  <div id="logo"><a href="%s/index.php"><img src="%s/images/logo.gif" alt="الاقتصادية التونسية" width="320" height="70" /></a></div>\n  <div id="date">%s</div>\n  <div id="banner"><a href="%s/ads/click.php?id=17"><img src="%s/ads/banner_468x60_stb.gif" alt="إعلان" width="468" height="60" /></a></div>\n</div>\n<div id="menu">\n  <ul>\n    <li><a href="%s/index.php">الرئيسية</a></li>\n    <li><a href="%s/section.php?s=macro">اقتصاد كلي</a></li>\n    <li><a href="%s/section.php?s=energie" class="current">طاقة ومناجم</a></li>\n    <li><a href="%s/section.php?s=finance">مال وبنوك</a></li>\n    <li><a href="%s/section.php?s=bourse">البورصة</a></li>\n    <li><a href="%s/section.php?s=entreprises">مؤسسات</a></li>\n    <li><a href="%s/section.php?s=emploi">تشغيل</a></li>\n    <li><a href="%s/archive.php">الأرشيف</a></li>\n  </ul>\n</div>\n<div id="bourse-bar"><strong>توننداكس:</strong> 5712.44 <span class="up">(+0.21%%)</span> &nbsp;|&nbsp; <strong>اليورو:</strong> 2.6421 د &nbsp;|&nbsp; <strong>الدولار:</strong> 2.3587 د &nbsp;|&nbsp; <strong>برنت:</strong> 50.63 $</div>\n' % (
        base, base, tn_date(aid, True), base, base, base, base, base, base, base, base, base, base))
    H.append('<div id="main">\n<div id="content">\n<div class="path"><a href="%s/index.php">الرئيسية</a> &raquo; <a href="%s/section.php?s=energie">طاقة ومناجم</a> &raquo; تفاصيل الخبر</div>\n<div class="article">\n<h1 class="title">%s</h1>\n<div class="infos">نشر في: %s - %02d:%02d &nbsp;|&nbsp; القراءات: 1542 &nbsp;|&nbsp; <a href="#" onclick="printArticle(); return false;">طباعة</a> &nbsp;|&nbsp; <a href="%s/send.php?id=%d">أرسل لصديق</a> &nbsp;|&nbsp; حجم الخط: <a href="#" onclick="fontSize(1); return false;">+</a> <a href="#" onclick="fontSize(-1); return false;">-</a></div>\n<div class="photo"><img src="%s/upload/news/%d.jpg" alt="" width="300" height="200" /><p class="caption">حقل نفطي بالجنوب التونسي (صورة من الأرشيف)</p></div>\n<div class="text">\n' % (
        base, base, E(title), tn_date(aid), hh, mi, base, nid, base, nid))
    for i, p in enumerate(paras):
        inner = _noisy(p, '%s:%d' % (aid, i))
        if i == 0:
            H.append('<p style="text-align: justify;"><strong>%s</strong></p>\n' % inner)
        else:
            H.append('<p style="text-align: justify;">%s%s</p>\n' % (inner, '<br />' if i % 2 else ''))
        if i < len(paras) - 1:
            H.append('<p>&nbsp;</p>\n')
    H.append('<p>&nbsp;</p>\n<p style="text-align: left;">&nbsp;</p>\n</div>\n<div class="tools"><a href="#" onclick="printArticle(); return false;"><img src="%s/images/print.gif" alt="طباعة" width="16" height="16" /> طباعة</a> <a href="%s/send.php?id=%d"><img src="%s/images/mail.gif" alt="أرسل" width="16" height="16" /> أرسل لصديق</a> <a href="http://www.facebook.com/sharer.php?u=%s/news.php?id=%d"><img src="%s/images/fb.gif" alt="فيسبوك" width="16" height="16" /> فيسبوك</a></div>\n</div>\n<div class="related">\n<h3>مواضيع ذات صلة</h3>\n<ul>\n' % (
        base, base, nid, base, Q(base), nid, base))
    for rr in related:
        H.append('<li><a href="%s/news.php?id=%d">%s</a> <span class="date">(%s)</span></li>\n' % (base, hnum(rr['id'], 9000, 12000), E(T(rr)), tn_date(rr['id'])))
    H.append('</ul>\n</div>\n<div class="comments">\n<h3>أضف تعليقا</h3>\n<form action="%s/comment.php" method="post">\n<fieldset>\n<input type="hidden" name="nid" value="%d" />\n<label for="c_name">الاسم:</label> <input type="text" name="name" id="c_name" size="30" /><br />\n<label for="c_mail">البريد:</label> <input type="text" name="mail" id="c_mail" size="30" /><br />\n<label for="c_text">التعليق:</label><br />\n<textarea name="text" id="c_text" rows="6" cols="50"></textarea><br />\n<input type="submit" value="إرسال" />\n</fieldset>\n</form>\n<p class="note">* التعليقات لا تنشر إلا بعد مراجعتها من قبل هيئة التحرير.</p>\n</div>\n</div>\n<div id="sidebar">\n<div class="block">\n<h3>آخر الأخبار الاقتصادية</h3>\n<ul>\n' % (base, nid))
    for rr in latest:
        H.append('<li><a href="%s/news.php?id=%d">%s</a><br /><span class="date">%s</span></li>\n' % (base, hnum(rr['id'], 9000, 12000), E(T(rr)), tn_date(rr['id'])))
    H.append('</ul>\n</div>\n<div class="block">\n<h3>أسعار صرف الدينار</h3>\n<table class="rates" summary="أسعار صرف الدينار التونسي">\n<tr><th>العملة</th><th>شراء</th><th>بيع</th></tr>\n<tr><td>اليورو</td><td>2.6295</td><td>2.6547</td></tr>\n<tr><td>الدولار الأمريكي</td><td>2.3471</td><td>2.3703</td></tr>\n<tr><td>الجنيه الإسترليني</td><td>3.0218</td><td>3.0522</td></tr>\n<tr><td>الدرهم المغربي</td><td>0.2401</td><td>0.2437</td></tr>\n</table>\n<p class="source">المصدر: البنك المركزي التونسي</p>\n</div>\n<div class="block">\n<h3>النشرة الاقتصادية</h3>\n<form action="%s/newsletter.php" method="post"><fieldset><input type="text" name="email" value="بريدك الإلكتروني" size="20" /> <input type="submit" value="اشترك" /></fieldset></form>\n</div>\n</div>\n</div>\n<div id="footer">\n<p><a href="%s/about.php">من نحن</a> | <a href="%s/contact.php">اتصل بنا</a> | <a href="%s/ads.php">للإشهار</a> | <a href="%s/rss.php">RSS</a></p>\n<p>جميع الحقوق محفوظة &copy; 2009-2017 الاقتصادية التونسية</p>\n<p><a href="http://validator.w3.org/check?uri=referer"><img src="%s/images/valid-xhtml10.png" alt="Valid XHTML 1.0 Strict" height="31" width="88" /></a></p>\n</div>\n</div>\n<script type="text/javascript">\n//<![CDATA[\nvar gaJsHost = (("https:" == document.location.protocol) ? "https://ssl." : "http://www.");\ndocument.write(unescape("%%3Cscript src=\'" + gaJsHost + "google-analytics.com/ga.js\' type=\'text/javascript\'%%3E%%3C/script%%3E"));\n//]]>\n</script>\n<script type="text/javascript">\n//<![CDATA[\ntry {\nvar pageTracker = _gat._getTracker("UA-8812345-1");\npageTracker._trackPageview();\n} catch(err) {}\n//]]>\n</script>\n</body>\n</html>\n' % (
        base, base, base, base, base, base))
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='windows-1256', pyenc=enc,
                charset_declared='xml-decl+http-equiv',
                charset_regex=rb'^<\?xml version="1\.0" encoding="windows-1256"\?>',
                hard='XHTML 1.0 Strict page in windows-1256 opening with an XML declaration (encoding="windows-1256") plus http-equiv; body in div.text where every paragraph is chopped into <span style> runs (Simplified Arabic/14pt/lang=AR-TN) with &nbsp; and "&nbsp; " between words, a bold lead, stray <br />, and <p>&nbsp;</p> spacer paragraphs between all paragraphs (and two trailing ones); caption <p class="caption">, print/send/font-size tools, exchange-rate table, TUNINDEX bar, related titles with dates, comment form, CDATA scripts, W3C badge.')


# =========================================================================== 8. Nested <article> cards inside <main>
@page('nested_article_cards')
def nested_article_cards():
    aid = MAIN['nested_article_cards']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    base = 'https://www.almanara-news.com'
    nid = 88000 + hnum(aid, 9000)
    url = '%s/world/%d' % (base, nid)
    inline = pool('n-inline', 1, category='internationalNews', keywords=['الكندي', 'الكندية', 'ترودو'])[0]
    related = pool('n-rel', 6, category=('internationalNews', 'society'), keywords=['الهجرة', 'المهاجرين', 'اللاجئين', 'الكندي', 'الكندية', 'الصومال', 'الجالية'])
    section = pool('n-sec', 4, category='internationalNews')
    popular = pool('n-pop', 5, category=('localNews', 'internationalNews'))

    def card(rr, cls, h='h3', words=40):
        k = hnum(rr['id'], 9000, 80000)
        return ('<article class="%s">\n  <a class="card__media" href="%s/world/%d" tabindex="-1"><img src="%s/media/%d/thumb.jpg" alt="" loading="lazy" width="320" height="180"></a>\n  <div class="card__body">\n    <%s class="card__title"><a href="%s/world/%d">%s</a></%s>\n    <p class="card__excerpt">%s</p>\n    <footer class="card__meta"><time datetime="%s">%s</time></footer>\n  </div>\n</article>\n' % (
            cls, base, k, base, k, h, base, k, E(T(rr)), h, E(first_words(rr, words, '…')), iso(rr['id'])[:10], eg_date(rr['id'])))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso(aid),
          "author": [{"@type": "Person", "name": "منى الزين"}], "publisher": {"@type": "NewsMediaOrganization", "name": "المنارة"},
          "image": [base + "/media/%d/main.jpg" % nid], "mainEntityOfPage": url}
    H = []
    H.append('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n  <meta charset="utf-8">\n  <meta name="viewport" content="width=device-width, initial-scale=1">\n  <title>%s | المنارة</title>\n  <meta name="description" content="%s">\n  <link rel="canonical" href="%s">\n  <meta property="og:title" content="%s">\n  <meta property="og:type" content="article">\n  <meta property="og:image" content="%s/media/%d/main.jpg">\n  <link rel="stylesheet" href="/assets/site.8c21.css">\n  <script type="application/ld+json">%s</script>\n  <script defer src="/assets/site.8c21.js"></script>\n</head>\n<body>\n<a class="skip" href="#main">تخطَّ إلى المحتوى</a>\n<header class="site-header">\n  <div class="site-header__top"><span>%s</span><a href="/subscribe" class="btn">اشترك</a><a href="/login">دخول</a></div>\n  <a class="logo" href="/"><img src="/assets/logo.svg" alt="المنارة"></a>\n  <nav aria-label="الأقسام"><ul>\n    <li><a href="/">الرئيسية</a></li><li><a href="/tunisia">تونس</a></li><li><a href="/arab">العالم العربي</a></li><li><a href="/world" aria-current="page">العالم</a></li><li><a href="/economy">اقتصاد</a></li><li><a href="/sport">رياضة</a></li><li><a href="/culture">ثقافة</a></li><li><a href="/video">فيديو</a></li>\n  </ul></nav>\n</header>\n<main id="main">\n' % (
        E(title), A(first_sentence(r, 35)), url, A(title), base, nid, J(ld), eg_date(aid)))
    H.append('<nav class="breadcrumb" aria-label="مسار التنقل"><ol><li><a href="/">الرئيسية</a></li><li><a href="/world">العالم</a></li><li><a href="/world/americas">الأمريكيتان</a></li></ol></nav>\n')
    H.append('<article class="story" itemscope itemtype="https://schema.org/NewsArticle">\n  <header class="story__header">\n    <p class="story__kicker">كندا</p>\n    <h1 class="story__title" itemprop="headline">%s</h1>\n    <p class="story__byline">بقلم <a href="/authors/mouna-zine" rel="author">منى الزين</a> · <time itemprop="datePublished" datetime="%s">%s</time> · <span>قراءة في دقيقتين</span></p>\n  </header>\n  <figure class="story__media">\n    <img src="%s/media/%d/main.jpg" alt="أحمد حسين" width="960" height="540">\n    <figcaption>أحمد حسين خلال حفل أداء اليمين في أوتاوا. <span class="credit">رويترز</span></figcaption>\n  </figure>\n  <div class="story__body" itemprop="articleBody">\n' % (
        E(title), iso(aid), eg_date(aid), base, nid))
    for i, p in enumerate(paras):
        H.append('    <p>%s</p>\n' % E(p))
        if i == 1:
            H.append('    <aside class="story__inline" aria-label="اقرأ أيضا">\n      <p class="story__inline-label">اقرأ أيضا</p>\n      ' + card(inline, 'card card--inline', 'h4', 30).replace('\n', '\n      ') + '</aside>\n')
    H.append('  </div>\n  <footer class="story__footer">\n    <ul class="tags"><li><a href="/tag/canada">كندا</a></li><li><a href="/tag/trudeau">جاستين ترودو</a></li><li><a href="/tag/migration">الهجرة</a></li><li><a href="/tag/somalia">الصومال</a></li></ul>\n    <div class="share" role="group" aria-label="مشاركة"><button data-net="facebook">فيسبوك</button><button data-net="twitter">تويتر</button><button data-net="whatsapp">واتساب</button><button data-net="copy">نسخ الرابط</button></div>\n    <p class="story__correction">هل لاحظت خطأ في هذا المقال؟ <a href="/corrections">راسلنا</a></p>\n  </footer>\n</article>\n')
    H.append('<section class="rail rail--related" aria-labelledby="rel-h">\n  <h2 id="rel-h" class="rail__title">الأخبار ذات الصلة</h2>\n  <div class="rail__grid">\n')
    for rr in related:
        H.append(card(rr, 'card'))
    H.append('  </div>\n</section>\n<section class="rail rail--section" aria-labelledby="sec-h">\n  <h2 id="sec-h" class="rail__title">المزيد من العالم</h2>\n  <div class="rail__grid">\n')
    for rr in section:
        H.append(card(rr, 'card card--compact', 'h3', 35))
    H.append('  </div>\n</section>\n</main>\n<aside class="sidebar" aria-label="الأكثر قراءة">\n  <h2>الأكثر قراءة</h2>\n  <ol>\n')
    for rr in popular:
        H.append('    <li><a href="%s/world/%d">%s</a></li>\n' % (base, hnum(rr['id'], 9000, 80000), E(T(rr))))
    H.append('  </ol>\n  <div class="newsletter"><h2>نشرة المنارة</h2><p>ملخص الأخبار في بريدك كل مساء.</p><form><input type="email" placeholder="بريدك الإلكتروني" aria-label="البريد الإلكتروني"><button>تسجيل</button></form></div>\n</aside>\n<footer class="site-footer">\n  <nav><a href="/about">عن المنارة</a> <a href="/ethics">ميثاق التحرير</a> <a href="/contact">اتصل بنا</a> <a href="/privacy">الخصوصية</a></nav>\n  <p>&copy; 2017 المنارة. جميع الحقوق محفوظة.</p>\n</footer>\n</body>\n</html>\n')
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='meta-charset',
                hard='Semantic HTML5: <main> holds the story <article> (182 words, 3 <p>) AND 10 card <article>s (6 "الأخبار ذات الصلة" topically close — migration/refugees/Canada — with 40-word excerpts, 4 "المزيد من العالم" with 35-word excerpts), each card an <article> with heading + excerpt <p> + <time>; a further card <article> is NESTED inside the story body (aside "اقرأ أيضا", 30-word excerpt) between paragraphs 2 and 3; kicker, byline, figcaption with credit, tags, share buttons and a corrections line inside the story article. Card text outweighs the story ~3:1.')


# =========================================================================== 9. Long reader comments in generic boxes
LC_COMMENTS = [
    ('ولي تلميذ', '21/02/2017 - 10:14',
     'ابني يدرس في السنة الرابعة بهذه المدرسة، ويعود كل يوم إلى البيت وهو يشكو من الصداع وضيق التنفس. مدير المدرسة قال إن «الوضع أصبح خطيرا» وهذا صحيح مئة بالمائة، لكن الأخطر أن المشكل ليس جديدا: منذ ثلاث سنوات ونحن نرفع العرائض إلى الولاية والبلدية دون أي نتيجة، وفي كل مرة يأتي مسؤول ويعد ثم يختفي. هل ننتظر كارثة صحية حتى يتحرك أحد؟'),
    ('سلمى', '21/02/2017 - 10:31', 'ربي يكون في عون الصغار والمعلمين، حرام والله.'),
    ('مهندس بيئة', '21/02/2017 - 11:02',
     'المشكل في الأصل تقني قبل أن يكون سياسيا. المصب البلدي في سيدي بوزيد ليس مصبا مراقبا، بل هو مجرد أرض تلقى فيها الفضلات وتحرق في الهواء الطلق، والروائح تزداد مع كل موجة رياح. الحل ليس في غلق المدرسة بل في نقل المصب إلى موقع بعيد عن المساكن وإنجاز مركز تحويل وفرز كما وعدت به الوكالة الوطنية للتصرف في النفايات منذ سنوات. أما «التدخل العاجل» الذي يطالب به المدير فلن يتجاوز، كالعادة، رش بعض المبيدات وتغطية الفضلات بالتراب لأسبوع أو أسبوعين.'),
    ('معلمة بالمدرسة', '21/02/2017 - 11:40',
     'أنا معلمة في نفس المدرسة. الدروس تعطلت اليوم للمرة الرابعة منذ بداية الثلاثي الثاني، والتلاميذ المقبلون على مناظرة السادسة هم أكبر المتضررين. نطلب فقط أن يأتي مسؤول واحد ويقضي ساعة في القسم معنا والنوافذ مغلقة.'),
    ('د. ع. الهمامي', '21/02/2017 - 12:25',
     'بصفتي طبيبا في المستشفى الجهوي، أؤكد أن حالات الحساسية والربو لدى الأطفال في الأحياء المجاورة للمصب في ارتفاع واضح خلال السنتين الأخيرتين. أما «البوصفير» المذكور في المقال فهو مرتبط أساسا بتلوث المياه وغياب النظافة، لكن المصب العشوائي وتكاثر الحشرات والكلاب السائبة حوله يرفع الخطر فعلا، خاصة عند الأطفال. الوقاية أرخص بكثير من العلاج، والمطلوب تدخل مشترك بين الصحة والبيئة والبلدية قبل فصل الصيف.'),
    ('ردا على مهندس بيئة', '21/02/2017 - 13:08',
     'كلامك صحيح، لكن نقل المصب يحتاج سنوات من الدراسات والصفقات، والتلاميذ لا يمكنهم الانتظار. الحل المؤقت هو تحويل الدروس إلى مدرسة أخرى في الحي إلى حين إيجاد حل نهائي، ولو بنظام الحصص المسائية.'),
    ('ابن الحي الفلاحي', '21/02/2017 - 14:47',
     'أسكن في الحي الفلاحي منذ أكثر من عشرين سنة، وأتذكر أن المصب كان بعيدا عن المنازل، لكن المدينة توسعت والبناء الفوضوي وصل إلى حدوده، ثم بنيت المدرسة نفسها بجانبه. المسؤولية مشتركة إذن بين من رخص للبناء ومن ترك المصب على حاله. في الصيف لا نستطيع فتح النوافذ ليلا، والأطفال ينامون على رائحة الفضلات المحروقة، ثم يقولون لنا إن «متساكني المنطقة» يبالغون.'),
    ('متابع', '21/02/2017 - 16:20', 'شكرا على متابعة الموضوع، نرجو أن تعودوا إليه بعد أسبوع لنرى هل تحرك أحد فعلا.'),
]


@page('long_comments_cms')
def long_comments_cms():
    aid = MAIN['long_comments_cms']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    base = 'http://www.sidibouzid-news.tn'
    nid = 3300 + hnum(aid, 600)
    latest = pool('c-latest', 6, category=('localNews', 'society'), keywords=['سيدي بوزيد'])
    same = pool('c-same', 3, category='society', keywords=['المدرسة', 'التلاميذ', 'الدروس', 'المصب'])
    H = []
    H.append('<!DOCTYPE html>\n<html dir="rtl" lang="ar">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<title>%s - أخبار سيدي بوزيد</title>\n<meta name="description" content="%s">\n<meta property="og:title" content="%s">\n<meta property="og:image" content="%s/upload/%d.jpg">\n<link href="%s/css/main.css?v=12" rel="stylesheet" type="text/css">\n<script src="%s/js/jquery-1.11.1.min.js"></script>\n<script src="%s/js/site.js?v=12"></script>\n</head>\n<body>\n<div id="top">\n  <div class="in">\n    <div class="logo"><a href="%s/"><img src="%s/img/logo.png" alt="أخبار سيدي بوزيد"></a></div>\n    <div class="date">%s</div>\n  </div>\n  <div class="menu"><a href="%s/">الرئيسية</a> <a href="%s/cat/1">أخبار الجهة</a> <a href="%s/cat/2">مجتمع</a> <a href="%s/cat/3">فلاحة</a> <a href="%s/cat/4">رياضة</a> <a href="%s/cat/5">ثقافة</a> <a href="%s/cat/6">تشغيل</a> <a href="%s/contact">اتصل بنا</a></div>\n</div>\n<div id="wrap">\n<div class="col-main">\n' % (
        E(title), A(first_sentence(r, 30)), A(title), base, nid, base, base, base, base, base, tn_date(aid, True), *(base,) * 8))
    H.append('<div class="box">\n  <div class="path"><a href="%s/">الرئيسية</a> &gt; <a href="%s/cat/2">مجتمع</a></div>\n  <h1>%s</h1>\n  <div class="info">%s - %02d:%02d | شوهد 2871 مرة | <a href="#comments">8 تعليقات</a></div>\n  <div class="img"><img src="%s/upload/%d.jpg" alt=""></div>\n  <div class="item">\n' % (
        base, base, E(title), tn_date(aid), hh, mi, base, nid))
    for p in paras:
        H.append('    <p>%s</p>\n' % E(p))
    H.append('  </div>\n  <div class="item">\n    <div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=%s/news/%d">شارك على فيسبوك</a> <a href="https://twitter.com/share?url=%s/news/%d">تويتر</a> <a href="%s/print/%d">طباعة</a></div>\n  </div>\n</div>\n' % (
        base, nid, base, nid, base, nid))
    H.append('<div class="box" id="comments">\n  <div class="head">تعليقات القراء (%d)</div>\n' % len(LC_COMMENTS))
    for i, (nm, when, txt) in enumerate(LC_COMMENTS):
        H.append('  <div class="item">\n    <div class="n"><b>%d. %s</b> <span>%s</span></div>\n    <p>%s</p>\n    <div class="act"><a href="#" data-id="%d" class="like">أعجبني (%d)</a> <a href="#add" data-reply="%d">رد</a></div>\n  </div>\n' % (
            i + 1, E(nm), when, E(txt), 5100 + i, hnum(nm, 40), 5100 + i))
    H.append('</div>\n<div class="box" id="add">\n  <div class="head">أضف تعليقك</div>\n  <div class="item">\n    <form action="%s/comment/add" method="post">\n      <input type="hidden" name="nid" value="%d">\n      <input type="text" name="name" placeholder="الاسم"> <input type="text" name="mail" placeholder="البريد الإلكتروني (لن ينشر)">\n      <textarea name="txt" rows="5" placeholder="تعليقك"></textarea>\n      <button type="submit">أرسل</button>\n    </form>\n    <p class="small">التعليقات تعبر عن رأي أصحابها، ويحتفظ الموقع بحق حذف كل تعليق مسيء أو خارج عن الموضوع.</p>\n  </div>\n</div>\n<div class="box">\n  <div class="head">في نفس القسم</div>\n' % (base, nid))
    for rr in same:
        H.append('  <div class="item"><a href="%s/news/%d"><img src="%s/upload/t%d.jpg" alt=""></a><a href="%s/news/%d">%s</a></div>\n' % (
            base, hnum(rr['id'], 900, 3000), base, hnum(rr['id'], 900, 3000), base, hnum(rr['id'], 900, 3000), E(T(rr))))
    H.append('</div>\n</div>\n<div class="col-side">\n  <div class="box">\n    <div class="head">آخر الأخبار</div>\n')
    for rr in latest:
        H.append('    <div class="item"><a href="%s/news/%d">%s</a> <span>%s</span></div>\n' % (base, hnum(rr['id'], 900, 3000), E(T(rr)), tn_date(rr['id'])))
    H.append('  </div>\n  <div class="box">\n    <div class="head">تابعونا</div>\n    <div class="item"><a href="https://www.facebook.com/sidibouzid.news">صفحتنا على فيسبوك</a> - 41 ألف متابع</div>\n  </div>\n  <div class="box">\n    <div class="head">الطقس في سيدي بوزيد</div>\n    <div class="item">غائم جزئيا - 17 / 6 درجات</div>\n  </div>\n</div>\n</div>\n<div id="foot">\n  <div class="in">أخبار سيدي بوزيد &copy; 2017 - جميع الحقوق محفوظة | <a href="%s/about">من نحن</a> | <a href="%s/contact">اتصل بنا</a></div>\n</div>\n<script>$(function(){ $(".like").click(function(e){ e.preventDefault(); $.post("/comment/like", {id: $(this).data("id")}); }); });</script>\n</body>\n</html>\n' % (base, base))
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='http-equiv',
                hard='Short 2-paragraph article (63 words) followed, in the same column and with the SAME generic markup (div.box > div.item > p), by 8 on-topic reader comments (~%d words; four of 60-80 words in the same register, quoting the article with «»: «الوضع أصبح خطيرا»، «التدخل العاجل»، «البوصفير»، «متساكني المنطقة») whose only markers are a numbered name/date line and like/reply links; no telling class or id on the comment items (only the box has id="comments"). Sidebar also uses div.box/div.item.' % sum(len(c[2].split()) for c in LC_COMMENTS))


# =========================================================================== 10. Plain-text body with white-space: pre-line
@page('preline_plaintext')
def preline_plaintext():
    aid = MAIN['preline_plaintext']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    base = 'https://www.radio-sahel.tn'
    nid = 14000 + hnum(aid, 900)
    url = '%s/ar/news/%d' % (base, nid)
    related = pool('pl-rel', 4, category=('society', 'economy', 'localNews'), keywords=['التجارة', 'البنك المركزي', 'تحيل', 'الشركة'])
    latest = pool('pl-latest', 7, category='localNews')
    H = []
    H.append('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<title>%s | إذاعة الساحل</title>\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="description" content="%s">\n<meta property="og:title" content="%s">\n<meta property="og:url" content="%s">\n<meta property="og:image" content="%s/uploads/news/%d.jpg">\n<link rel="stylesheet" href="%s/static/css/style.css?v=4.2">\n<style>\n.news-text{font-size:18px;line-height:1.9;white-space:pre-line;text-align:justify}\n.news-excerpt{color:#555;font-size:14px}\n</style>\n<script async src="https://www.googletagmanager.com/gtag/js?id=UA-61234567-1"></script>\n<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag(\'js\',new Date());gtag(\'config\',\'UA-61234567-1\');</script>\n</head>\n<body>\n' % (
        E(title), A(first_sentence(r, 30)), A(title), url, base, nid, base))
    H.append('<div class="header">\n  <div class="container">\n    <a href="%s/ar" class="logo"><img src="%s/static/img/logo-ar.png" alt="إذاعة الساحل"></a>\n    <div class="live-player"><button class="play" data-stream="https://stream.radio-sahel.tn/live.mp3">استمع للبث المباشر</button><span class="now">الآن: صباح الساحل</span></div>\n    <div class="lang"><a href="%s/fr">Français</a></div>\n  </div>\n  <div class="nav">\n    <div class="container">\n      <a href="%s/ar">الرئيسية</a><a href="%s/ar/news" class="active">الأخبار</a><a href="%s/ar/programs">البرامج</a><a href="%s/ar/podcasts">بودكاست</a><a href="%s/ar/grille">شبكة البرامج</a><a href="%s/ar/contact">اتصل بنا</a>\n    </div>\n  </div>\n</div>\n<div class="container main">\n  <div class="row">\n    <div class="col-8">\n      <div class="news-detail">\n        <div class="news-cat"><a href="%s/ar/news/society">مجتمع</a></div>\n        <h1 class="news-title">%s</h1>\n        <div class="news-date">%s - %02d:%02d</div>\n        <div class="news-img"><img src="%s/uploads/news/%d.jpg" alt=""></div>\n' % (
        base, base, base, base, base, base, base, base, base, base, E(title), tn_date(aid, True), hh, mi, base, nid))
    H.append('        <div class="news-text">' + '\n'.join(E(p) for p in paras) + '\nتحرير: س.ع</div>\n')
    H.append('        <div class="news-share">\n          <span>شارك:</span>\n          <a href="https://www.facebook.com/sharer/sharer.php?u=%s" target="_blank">فيسبوك</a>\n          <a href="https://twitter.com/intent/tweet?url=%s" target="_blank">تويتر</a>\n          <a href="https://api.whatsapp.com/send?text=%s" target="_blank">واتساب</a>\n        </div>\n        <div class="news-keywords">كلمات مفتاحية: <a href="%s/ar/tag/marketing">التسويق الشبكي</a> <a href="%s/ar/tag/bct">البنك المركزي</a> <a href="%s/ar/tag/commerce">وزارة التجارة</a></div>\n      </div>\n      <div class="related-news">\n        <h2>أخبار ذات صلة</h2>\n' % (
        Q(url), Q(url), Q(url), base, base, base))
    for rr in related:
        k = hnum(rr['id'], 900, 13000)
        H.append('        <div class="related-item">\n          <a href="%s/ar/news/%d"><img src="%s/uploads/news/%d-thumb.jpg" alt=""></a>\n          <div>\n            <h3><a href="%s/ar/news/%d">%s</a></h3>\n            <div class="news-excerpt">%s</div>\n          </div>\n        </div>\n' % (
            base, k, base, k, base, k, E(T(rr)), E(first_sentence(rr, 45))))
    H.append('      </div>\n      <div class="fb-comments" data-href="%s" data-width="100%%" data-numposts="5"></div>\n    </div>\n    <div class="col-4 sidebar">\n      <div class="widget">\n        <h3>آخر الأخبار</h3>\n        <ul class="latest">\n' % url)
    for rr in latest:
        H.append('          <li><span class="t">%02d:%02d</span> <a href="%s/ar/news/%d">%s</a></li>\n' % (
            adate(rr['id'])[3], adate(rr['id'])[4], base, hnum(rr['id'], 900, 13000), E(T(rr))))
    H.append('        </ul>\n      </div>\n      <div class="widget podcast">\n        <h3>استمع من جديد</h3>\n        <p>فاتك برنامج؟ استمع إلى آخر حلقات برامجنا في أي وقت على صفحة البودكاست.</p>\n        <a class="btn" href="%s/ar/podcasts">كل الحلقات</a>\n      </div>\n      <div class="widget app">\n        <h3>تطبيق إذاعة الساحل</h3>\n        <p>حمّل التطبيق واستمع إلينا أينما كنت.</p>\n        <a href="https://play.google.com/store/apps/details?id=tn.radiosahel">Google Play</a> <a href="https://apps.apple.com/app/id1187654321">App Store</a>\n      </div>\n    </div>\n  </div>\n</div>\n<div class="footer">\n  <div class="container">\n    <p>إذاعة الساحل - 102.5 FM</p>\n    <p>&copy; 2017 جميع الحقوق محفوظة</p>\n  </div>\n</div>\n<script src="%s/static/js/jquery.min.js"></script>\n<script src="%s/static/js/player.js?v=4.2"></script>\n</body>\n</html>\n' % (base, base, base))
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='none',
                no_tags_in_body=True,
                hard='UTF-8 with NO charset declaration anywhere (the site sends it only in the HTTP header; no meta, no BOM; the string "charset" does not occur). The whole body is ONE text node in <div class="news-text"> rendered with CSS white-space:pre-line: 14 paragraphs (3 of them 4-word ANT subheads) separated by single raw newlines, no <p>/<br>; the same text node ends with the editor line "تحرير: س.ع" (excluded). Related items carry 45-word first-sentence excerpts in div.news-excerpt; radio live-player, podcast and app widgets.')


# =========================================================================== write + verify
PYCODEC = {'utf-8': 'utf-8', 'windows-1256': 'cp1256', 'iso-8859-6': 'iso8859_6'}
BLOCK = r'(?i)<br\s*/?>|</?(?:p|div|li|ul|ol|tr|td|th|table|tbody|h[1-6]|section|article|aside|header|footer|main|nav|figure|figcaption|blockquote|dl|dt|dd|form|center|picture|pre|fieldset)\b[^>]*>'
LEAK = ['اترك تعليقاً', 'زر الذهاب إلى الأعلى', 'اقرأ أيضاً', 'اقرأ أيضا', 'جميع الحقوق محفوظة', 'شاهد أيضاً',
        'إعلان', 'المصدر:', 'تحرير:']


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
    dupes = d.get('dupes', {})
    for i, p in enumerate(paras):
        if p != norm_ws(p) or not p:
            errs.append('para %d not normalised' % i)
        if p not in flat:
            errs.append('para %d not in page text: %s' % (i, p[:60]))
        elif p not in lineset:
            errs.append('para %d is not a standalone text line' % i)
        elif flat.count(p) != dupes.get(i, 1):
            errs.append('para %d occurs %d times in the page text (expected %d)' % (i, flat.count(p), dupes.get(i, 1)))
    # the gold is the ANT text itself: same words in the same order (page 1 of the paginated page: a prefix)
    ant_words = norm_ws(ANT[gold['source_id']]['text']).split(' ')
    gold_words = gold['text'].split()
    if d.get('absent'):
        if ant_words[:len(gold_words)] != gold_words or ant_words[len(gold_words):] != ' '.join(d['absent']).split(' '):
            errs.append('gold is not the ANT text split at a paragraph boundary')
    elif gold_words != ant_words:
        errs.append('gold words differ from the ANT text')
    for p in d.get('absent', []):
        if p in flat or p[:40] in flat:
            errs.append('text of another page present: %s' % p[:50])
    if gold['title'] not in flat:
        errs.append('title not in page text')
    toks = set(gold['text'].split())
    for s in LEAK:
        if (s in gold['text']) if ' ' in s or s.endswith(':') else (s in toks):
            errs.append('leak string in gold: ' + s)
    low = data.lower()
    cd = gold['charset_declared']
    if data.startswith(b'\xef\xbb\xbf'):
        errs.append('unexpected BOM')
    if cd == 'none' and b'charset' in low:
        errs.append('charset declared although it should not be')
    if cd == 'http-equiv' and not re.search(rb'<meta http-equiv="content-type" content="text/html; charset=' + enc.encode() + rb'"', low):
        errs.append('http-equiv declaration missing')
    if cd == 'meta-charset' and not re.search(rb'<meta (?:data-rh="true" )?charset="?' + enc.encode(), low):
        errs.append('meta charset missing')
    if cd == 'xml-decl+http-equiv':
        if not data.startswith(b'<?xml version="1.0" encoding="' + enc.encode() + b'"?>'):
            errs.append('xml declaration missing')
        if b'<meta http-equiv="content-type" content="text/html; charset=' + enc.encode() + b'"' not in low:
            errs.append('http-equiv declaration missing')
    if d.get('charset_regex') and not re.search(d['charset_regex'], data):
        errs.append('charset declaration not as documented')
    # only one charset is ever declared, and it is the real one
    for m in re.finditer(rb'charset=["\']?([a-z0-9_-]+)|encoding="([a-z0-9_-]+)"', low):
        lab = (m.group(1) or m.group(2)).decode()
        if lab != enc:
            errs.append('declares another charset: %s' % lab)
    if enc != 'utf-8':
        try:
            data.decode('utf-8')
            errs.append('non-utf8 page is valid utf-8')
        except UnicodeDecodeError:
            pass
    if d.get('no_tags_in_body'):
        m = re.search(r'<div class="news-text">(.*?)</div>', doc, re.S)
        if not m or '<' in m.group(1):
            errs.append('pre-line body contains tags')
        elif m.group(1).count('\n') != len(paras):
            errs.append('pre-line body: unexpected newline count')
    if name == 'medium_like' and '<span class="l oc od oe bn of og oh oi oj ed">%s</span>' % paras[0][0] not in doc:
        errs.append('drop cap missing')
    if name == 'xhtml_strict_1256':
        if doc.count('<p>&nbsp;</p>') < len(paras) - 1:
            errs.append('spacer paragraphs missing')
        if '&nbsp;' not in re.search(r'<div class="text">(.*?)</div>', doc, re.S).group(1).replace('<p>&nbsp;</p>', ''):
            errs.append('no inline &nbsp; noise')
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
        print('%-22s %-12s %-20s %4d words %2d paras  page %5d words %6d bytes  %s' % (
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
