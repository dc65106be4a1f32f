#!/usr/bin/env python3
"""Generator for the fourth held-out "extra families" extraction test set (10 pages).

Deterministic: running it twice writes byte-identical files.  Page bytes and gold json are
produced from the same Python data (the list of gold paragraphs), so they agree.

Article text: ANT corpus v1.1 (JawharaFM, Tunisia, Apache-2.0; cite Chouigui, Ben Khiroun &
Elayeb, "ANT Corpus: An Arabic News Text Collection for Textual Classification", AICCSA 2017).
Page templates, deks, captions, comments, the interview questions, the English translation and
all chrome are hand-written here.  Helper code (paragraph splitting, teaser pool, verifier) is
reused from ../families3/make.py.

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
XFAM_DIRS = [os.path.join(OUT, '..', d) for d in ('families', 'families2', 'families3')]
FIXTURE_DIR = os.path.join(OUT, '..', 'fixtures')
SOURCE = 'antcorpus_v1.1_jawharafm'
ID_RE = r'JA-[A-Za-z]+-\d+-\d+'

# --------------------------------------------------------------------------- corpus

ANT = {}
with open(ANT_PATH, encoding='utf-8') as fh:
    for line in fh:
        d = json.loads(line)
        ANT[d['id']] = d

# source ids that must not be a main article here: dev set, the three earlier extra batches
# (jsons, pages.json, README, MANIFEST, make.py: includes the liveblog update ids and the
# appended article of families3), test fixtures
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
    'al_jazeera_like': 'JA-internationalNews-5-20170121',
    'bbc_arabic_like': 'JA-internationalNews-61-02012017',
    'hespress_like': 'JA-culture-106-20170513',
    'old_frames': 'JA-localNews-447-22052014',
    'sharepoint_gov': 'JA-localNews-4074-20170519',
    'news_aggregator': 'JA-internationalNews-1097-20170605',
    'two_column_bilingual': 'JA-economy-186-20170405',
    'gallery_story': 'JA-localNews-328-17012017',
    'q_and_a_interview': 'JA-localNews-175-14012017',
    'text_in_table_cells_modern': 'JA-technology-52-20170309',
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


def hexid(s, n=7):
    return hashlib.md5(s.encode('utf-8')).hexdigest()[:n]


_POOL_SEEN = set()
_BEFORE = None      # (y, m, d) of the page's main article: teasers are never newer than the article


def pool(seed, n, category=None, enc=None, keywords=None, minw=40, since=None):
    """n OTHER ANT articles: never a main article of this set, the dev set, the earlier extra
    batches or the fixtures; no duplicate titles within the whole set (all pages)."""
    rng = random.Random('pool4:%s' % seed)
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
MONTHS_MA = ['يناير', 'فبراير', 'مارس', 'أبريل', 'ماي', 'يونيو', 'يوليوز', 'غشت', 'شتنبر', 'أكتوبر',
             'نونبر', 'دجنبر']
MONTHS_LEV = ['يناير/ كانون الثاني', 'فبراير/ شباط', 'مارس/ آذار', 'أبريل/ نيسان', 'مايو/ أيار',
              'يونيو/ حزيران', 'يوليو/ تموز', 'أغسطس/ آب', 'سبتمبر/ أيلول', 'أكتوبر/ تشرين الأول',
              'نوفمبر/ تشرين الثاني', 'ديسمبر/ كانون الأول']


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




# =========================================================================== 1. big-broadcaster React page (Al Jazeera-like)
@page('al_jazeera_like')
def al_jazeera_like():
    aid = MAIN['al_jazeera_like']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    import datetime
    base = 'https://www.almawja.net'
    url = '%s/news/humanrights/%d/%d/%d/%s' % (base, y, mo, d, pslug(title))
    dek = 'بعد أكثر من عام على الحادثة التي تناقلتها وسائل الإعلام في العالم، ما زال اللاجئ السوري أسامة العابد ينتظر في مدريد وصول زوجته وابنته، ويبحث عن عمل بعد أن فقد وظيفته مدربا لكرة القدم.'
    caption = 'أسامة العابد في شقته بضاحية خيتافي جنوبي العاصمة الإسبانية مدريد (الفرنسية)'
    more1 = pool('aj-more1', 3, category='internationalNews', keywords=['اللاجئين', 'لاجئ', 'مهاجر', 'المهاجرين'])
    more2 = pool('aj-more2', 3, category='internationalNews', keywords=['سوريا', 'السوري', 'حلب', 'دمشق'])
    cards = pool('aj-cards', 4, category='internationalNews', keywords=['اللاجئين', 'ألمانيا', 'أوروبا', 'الهجرة'])
    live = pool('aj-live', 7, category=('internationalNews', 'politic'),
                since=(datetime.date(y, mo, d) - datetime.timedelta(days=1)).timetuple()[:3])
    most = pool('aj-most', 10, category=('internationalNews', 'politic', 'diverse'))
    nav = [('الرئيسية', '/'), ('أخبار', '/news/'), ('سياسة', '/politics/'), ('اقتصاد', '/ebusiness/'), ('رياضة', '/sport/'),
           ('ثقافة', '/culture/'), ('علوم وتكنولوجيا', '/tech/'), ('تحقيقات', '/investigations/'), ('مدونات', '/blogs/'),
           ('برامج', '/programs/'), ('وثائقيات', '/documentaries/')]

    def link(rr):
        a = adate(rr['id'])
        return '%s/news/%d/%d/%d/%s' % (base, a[0], a[1], a[2], pslug(T(rr))[:90].rstrip('-%'))

    def more_on(rows, k):
        lis = []
        for rr in rows:
            lis.append('<li class="more-on__item"><article class="gc u-clickable-card gc--type-post gc--list gc--with-image">'
                       '<div class="gc__content"><div class="gc__header-wrap"><h3 class="gc__title"><a class="u-clickable-card__link" href="%s"><span>%s</span></a></h3></div></div>'
                       '<div class="gc__image-wrap"><div class="responsive-image"><img class="gc__image" loading="lazy" src="%s/wp-content/uploads/%d/%02d/%s.jpg?resize=270%%2C180" alt=""></div></div></article></li>' % (
                           link(rr), E(T(rr)), base, adate(rr['id'])[0], adate(rr['id'])[1], hexid(rr['id'], 10)))
        return ('<div class="more-on more-on--inline" data-testid="more-on-%d"><h2 class="more-on__heading">اقرأ أيضا</h2>'
                '<span class="screen-reader-text">list of 3 items</span><ul class="more-on__list">%s</ul>'
                '<span class="screen-reader-text">end of list</span></div>' % (k, ''.join(lis)))
    apollo = {"ROOT_QUERY": {"article({\"name\":\"%s\",\"postType\":\"post\"})" % hexid(aid, 12): {"__ref": "Post:%d" % (3700000 + hnum(aid, 9999))}},
              "Post:%d" % (3700000 + hnum(aid, 9999)): {"__typename": "Post", "title": title, "excerpt": dek, "date": iso(aid, '+03:00'),
                                                        "source": "الفرنسية", "content": ''.join('<p>%s</p>' % E(p) for p in paras),
                                                        "tags": [{"title": "لاجئون"}, {"title": "سوريا"}, {"title": "إسبانيا"}, {"title": "المجر"}]}}
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "mainEntityOfPage": {"@type": "WebPage", "@id": url},
          "headline": title, "description": dek, "datePublished": iso(aid, '+03:00'), "dateModified": iso(aid, '+03:00'),
          "image": {"@type": "ImageObject", "url": "%s/wp-content/uploads/%d/%02d/osama-abed.jpg" % (base, y, mo), "width": 1200, "height": 675},
          "publisher": {"@type": "Organization", "name": "الموجة نت", "logo": {"@type": "ImageObject", "url": base + "/images/logo-mawja.png"}},
          "author": {"@type": "Organization", "name": "الموجة نت"}}
    H = []
    H.append('<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">'
             '<title>%s | أخبار | الموجة نت</title><meta name="description" content="%s"><link rel="canonical" href="%s">'
             '<meta property="og:title" content="%s"><meta property="og:description" content="%s"><meta property="og:url" content="%s"><meta property="og:type" content="article">'
             '<meta property="og:image" content="%s/wp-content/uploads/%d/%02d/osama-abed.jpg"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:site" content="@almawjanet">'
             '<meta name="pageType" content="Article"><meta name="postLabel" content=""><meta name="where" content="إسبانيا"><meta name="topics" content="لاجئون">'
             '<link rel="preload" as="font" href="/fonts/almawja-sans-ar.woff2" crossorigin=""><link rel="stylesheet" href="/css/main.7a9c1e2f.css">'
             '<script type="application/ld+json">%s</script></head>' % (
                 E(title), A(dek), url, A(title), A(dek), url, base, y, mo, J(ld)))
    H.append('<body class="rtl"><div id="root"><div class="site-wrapper"><a class="skip-link" href="#main-content-area"><span class="skip-link__text">انتقل إلى المحتوى</span></a>'
             '<div class="container container--header"><header class="header-menu"><div class="site-header__logo"><a href="/"><span class="screen-reader-text">الموجة نت</span>'
             '<svg class="site-logo" viewBox="0 0 120 40" aria-hidden="true"><path d="M0 20h120"></path></svg></a></div><nav class="site-header__navigation" aria-label="القائمة الرئيسية"><ul class="menu header-menu">')
    for lab, href in nav:
        H.append('<li class="menu__item menu__item--ar%s"><a href="%s"><span>%s</span></a></li>' % (' menu__item--active' if href == '/news/' else '', href, lab))
    H.append('</ul></nav><div class="site-header__live-cta"><a class="bypass-block-link" href="/live/"><svg class="icon icon--play" aria-hidden="true"></svg><span>البث المباشر</span></a></div>'
             '<button class="site-header__search-trigger" aria-label="ابحث"><svg class="icon icon--search"></svg></button><div class="site-header__account"><button class="account-button">تسجيل الدخول</button></div></header></div>')
    H.append('<div class="container container--white container--content"><div class="l-col-container"><main id="main-content-area" class="l-col l-col--8 content-area">'
             '<header class="article-header"><div class="article-header__topics"><a class="topics-sec-item" href="/topics/refugees/"><span>لاجئون</span></a></div>'
             '<h1>%s</h1><p class="article__subhead css-1wt8oh6"><em>%s</em></p></header>' % (E(title), E(dek)))
    H.append('<div class="article-info-block css-ti04u7"><div class="article-source">المصدر : الفرنسية</div><div class="article-dates"><div class="date-simple css-1yjq2zp">'
             '<span class="screen-reader-text">نشر في </span><span aria-hidden="true">%d/%d/%d</span></div></div></div>' % (d, mo, y))
    H.append('<div class="article-b-l-t-share"><div class="share-bar"><ul class="social-share">'
             + ''.join('<li class="social-share__item"><a class="social-share__link" href="%s" aria-label="%s" target="_blank" rel="noopener"><svg class="icon"></svg></a></li>' % (h, lab)
                       for h, lab in [('https://www.facebook.com/sharer.php?u=' + Q(url), 'فيسبوك'), ('https://twitter.com/intent/tweet?url=' + Q(url), 'تويتر'),
                                      ('https://wa.me/?text=' + Q(url), 'واتساب'), ('mailto:?body=' + Q(url), 'البريد الإلكتروني')])
             + '<li class="social-share__item"><button class="social-share__copy" type="button">نسخ الرابط</button></li></ul></div></div>')
    H.append('<figure class="article-featured-image"><div class="responsive-image"><img loading="lazy" src="%s/wp-content/uploads/%d/%02d/osama-abed.jpg?resize=770%%2C513" alt="%s"></div>'
             '<figcaption>%s</figcaption></figure>' % (base, y, mo, A(caption), E(caption)))
    H.append('<div class="wysiwyg wysiwyg--all-content css-ibbk12" aria-live="polite" aria-atomic="true">')
    for i, p in enumerate(paras):
        H.append('<p>%s</p>' % E(p))
        if i == 1:
            H.append(more_on(more1, 1))
        if i == 5:
            H.append(more_on(more2, 2))
    H.append('</div>')
    H.append('<div class="article-topics-tags"><h2 class="screen-reader-text">الوسوم</h2><ul class="topics-list">'
             + ''.join('<li class="topics-list__item"><a href="/where/%s/">%s</a></li>' % (Q(t), t) for t in ['لاجئون', 'سوريا', 'إسبانيا', 'المجر'])
             + '</ul></div>')
    H.append('<div class="newsletter-signup"><h2 class="newsletter-signup__title">نشرة الموجة البريدية</h2><p class="newsletter-signup__desc">اشترك في نشرتنا البريدية ليصلك كل صباح موجز بأبرز الأخبار والتحليلات والتقارير من حول العالم.</p>'
             '<form class="newsletter-signup__form"><label class="screen-reader-text" for="nl-email">البريد الإلكتروني</label><input id="nl-email" type="email" placeholder="البريد الإلكتروني"><button type="submit">اشترك</button></form>'
             '<p class="newsletter-signup__legal">بالتسجيل، أنت توافق على سياسة الخصوصية</p></div>')
    H.append('<section class="more-section"><h2 class="more-section__title">المزيد من لاجئون</h2><div class="more-section__list">')
    for rr in cards:
        a = adate(rr['id'])
        H.append('<article class="gc u-clickable-card gc--type-post gc--list gc--with-image"><div class="gc__content"><div class="gc__header-wrap"><h3 class="gc__title"><a class="u-clickable-card__link" href="%s"><span>%s</span></a></h3></div>'
                 '<div class="gc__body-wrap"><div class="gc__excerpt"><p>%s</p></div></div><footer class="gc__footer"><div class="gc__date"><div class="date-simple"><span class="screen-reader-text">نشر في </span><span aria-hidden="true">%d/%d/%d</span></div></div></footer></div>'
                 '<div class="gc__image-wrap"><div class="responsive-image"><img class="gc__image" loading="lazy" src="%s/wp-content/uploads/%d/%02d/%s.jpg?resize=270%%2C180" alt=""></div></div></article>' % (
                     link(rr), E(T(rr)), E(first_words(rr, 24)), a[2], a[1], a[0], base, a[0], a[1], hexid(rr['id'], 10)))
    H.append('</div></section></main>')
    H.append('<aside class="l-col l-col--4 sidebar"><section class="live-ticker" aria-labelledby="live-ticker-title"><h2 id="live-ticker-title" class="live-ticker__title"><span class="live-ticker__dot" aria-hidden="true"></span>مباشر | آخر التطورات</h2><ul class="live-ticker__list">')
    for rr in sorted(live, key=lambda x: adate(x['id']), reverse=True):
        a = adate(rr['id'])
        H.append('<li class="live-ticker__item"><time class="live-ticker__time" datetime="%s">%02d:%02d</time><a class="live-ticker__link" href="%s">%s</a></li>' % (
            iso(rr['id'], '+03:00'), a[3], a[4], link(rr), E(T(rr))))
    H.append('</ul><a class="live-ticker__more" href="/live-updates/">عرض كل التحديثات</a></section>'
             '<section class="most-read-container" aria-labelledby="most-read-title"><h2 id="most-read-title" class="most-read-container__title">الأكثر قراءة</h2><ol class="most-read-list">')
    for k, rr in enumerate(most):
        H.append('<li class="most-read-list__item"><span class="most-read-list__number" aria-hidden="true">%d</span><article class="gc gc--type-post gc--list"><h3 class="gc__title"><a href="%s"><span>%s</span></a></h3></article></li>' % (
            k + 1, link(rr), E(T(rr))))
    H.append('</ol></section><div class="ad-container ad-container--sidebar"><div id="dfp-ad-sidebar" class="ad-slot"></div></div></aside></div></div>')
    foot = [('من نحن', '/about/'), ('مدونة السلوك', '/code-of-ethics/'), ('سياسة الخصوصية', '/privacy/'), ('شروط الاستخدام', '/terms/'),
            ('تفضيلات ملفات تعريف الارتباط', '/cookies/'), ('إمكانية الوصول', '/accessibility/'), ('اتصل بنا', '/contact/'), ('الوظائف', '/careers/')]
    H.append('<footer class="site-footer"><div class="container"><div class="site-footer__logo"><a href="/"><span class="screen-reader-text">الموجة نت</span></a></div><nav class="site-footer__links" aria-label="روابط التذييل"><ul>'
             + ''.join('<li><a href="%s">%s</a></li>' % (h, lab) for lab, h in foot)
             + '</ul></nav><div class="site-footer__social"><span>تابعونا</span> <a href="https://www.facebook.com/almawjanet">فيسبوك</a> <a href="https://twitter.com/almawjanet">تويتر</a> <a href="https://www.youtube.com/almawjanet">يوتيوب</a> <a href="https://www.instagram.com/almawjanet">إنستغرام</a></div>'
             '<p class="site-footer__copyright">© 2017 الموجة نت</p></div></footer></div></div>')
    H.append('<script>window.__APOLLO_STATE__=%s;</script><script src="/js/runtime.3f8e0a.js" defer></script><script src="/js/main.9b2c71.js" defer></script></body></html>\n' % J(apollo))
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='meta-charset',
                present=[T(more1[0]), T(more2[2]), 'end of list', dek, caption],
                hard='Modern big-broadcaster React page on one minified line: body in div.wysiwyg (9 <p>, 531 words) with TWO in-body "اقرأ أيضا" more-on cards (3 linked <h3> titles each, screen-reader "list of 3 items"/"end of list") after paragraphs 2 and 6; dek <p class="article__subhead"><em> right above, "المصدر : الفرنسية" and date block, share bar, featured figure with caption; tags, newsletter box with <p>, "المزيد من لاجئون" cards with 24-word <p> excerpts; sidebar live-ticker rail ("مباشر | آخر التطورات", 7 timestamped titles) and a numbered "الأكثر قراءة" list of 10; the whole body also sits as HTML in window.__APOLLO_STATE__.')


# =========================================================================== 2. BBC Arabic-like (Simorgh, hashed class names)
@page('bbc_arabic_like')
def bbc_arabic_like():
    aid = MAIN['bbc_arabic_like']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    base = 'https://www.gnb.news'
    sid = 'world-%d' % (38400000 + hnum(aid, 99999))
    url = '%s/arabic/%s' % (base, sid)
    caption = 'مهاجرون من دول أفريقيا جنوب الصحراء فوق السياج الحدودي المحيط بجيب سبتة الإسباني خلال محاولة سابقة للعبور'
    related_topics = ['الهجرة', 'إسبانيا', 'المغرب', 'الاتحاد الأوروبي', 'أفريقيا']
    related = pool('bbc-rel', 4, category='internationalNews', keywords=['المهاجرين', 'مهاجر', 'الهجرة', 'اللاجئين', 'إسبانيا'])
    suggested = pool('bbc-sugg', 4, category=('internationalNews', 'diverse'))
    most = pool('bbc-most', 10, category=('internationalNews', 'diverse', 'sport'))
    nav = ['الرئيسية', 'أخبار', 'اقتصاد', 'صحة', 'علوم وتكنولوجيا', 'فنون وثقافة', 'رياضة', 'برامجنا', 'بودكاست']
    C = lambda k: 'bbc-%s e%s0' % (hexid('bbc-cls-' + k, 6), hexid('bbc-emo-' + k, 6))   # hashed emotion/css-in-js class names

    def link(rr):
        return '%s/arabic/%s-%d' % (base, 'world' if rr.get('category') == 'internationalNews' else 'science-and-tech', 38000000 + hnum(rr['id'], 999999))

    def bdate(aid2):
        a = adate(aid2)
        return '%d %s %d' % (a[2], MONTHS_LEV[a[1] - 1], a[0])

    def promo(rr, summary):
        a = adate(rr['id'])
        s = ('<li class="%s"><div class="%s"><div class="%s"><div class="%s"><img src="https://ichef.gnb.news/ace/ws/240/cpsprodpb/%s.jpg" alt="" loading="lazy" class="%s"></div></div>'
             '<div class="%s"><h3 class="%s"><a href="%s" class="%s">%s</a></h3>' % (
                 C('promo-li'), C('promo'), C('promo-img-wrap'), C('promo-img'), hexid(rr['id'], 20), C('img'),
                 C('promo-text'), C('promo-h3'), link(rr), C('promo-a'), E(T(rr))))
        if summary:
            s += '<div dir="rtl" class="%s"><p dir="rtl" class="%s">%s</p></div>' % (C('para-wrap'), C('para-promo'), E(first_sentence(rr, 32)))
        s += '<time datetime="%04d-%02d-%02d" class="%s">%s</time></div></div></li>' % (a[0], a[1], a[2], C('promo-time'), bdate(rr['id']))
        return s
    simorgh = {"pageData": {"metadata": {"id": "urn:gnb:ares::asset:arabic/" + sid, "language": "ar", "type": "STY", "locators": {"assetUri": "/arabic/" + sid},
                                         "tags": {"about": [{"thingLabel": t} for t in related_topics]}},
                            "promo": {"headlines": {"seoHeadline": title, "promoHeadline": title}},
                            "content": {"model": {"blocks": [{"type": "headline", "model": {"blocks": [{"type": "text", "model": {"text": title}}]}}]
                                                  + [{"type": "text", "model": {"blocks": [{"type": "paragraph", "model": {"text": p}}]}} for p in paras]}}},
               "status": 200, "service": "arabic", "isAmp": False}
    H = []
    H.append('<!DOCTYPE html><html lang="ar" dir="rtl" class="no-js"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1"/>'
             '<title>%s - GNB News عربي</title><meta name="description" content="%s"/><link rel="canonical" href="%s"/><link rel="amphtml" href="%s.amp"/>'
             '<meta property="og:title" content="%s"/><meta property="og:description" content="%s"/><meta property="og:site_name" content="GNB News عربي"/><meta property="og:type" content="article"/><meta property="og:url" content="%s"/>'
             '<meta name="article:published_time" content="%s"/><meta name="article:section" content="العالم"/>'
             '<style data-emotion="bbc 0 1 2">.%s{font-family:"GNB Nassim Arabic",Arial,Verdana,Geneva,Helvetica,sans-serif;font-size:1.0625rem;line-height:1.7647;padding-bottom:1.5rem;margin:0;}</style></head>' % (
                 E(title), A(first_sentence(r, 30)), url, url, A(title), A(first_sentence(r, 30)), url, iso(aid, '+00:00'), C('para').split()[0]))
    H.append('<body><div id="root"><div class="%s"><a href="#content" class="%s">تخطى إلى المحتوى</a>' % (C('app'), C('skip')))
    H.append('<header role="banner" lang="ar" class="%s"><div class="%s"><div class="%s"><a href="%s/arabic" class="%s"><svg viewBox="0 0 84 24" class="%s" aria-hidden="true"><path d="M0 0h84v24H0z"></path></svg><span class="%s">GNB News, عربي - الرئيسية</span></a></div></div>'
             '<nav role="navigation" class="%s"><div class="%s"><ul role="list" class="%s">' % (C('header'), C('banner'), C('brand'), base, C('brand-a'), C('svg'), C('vh'), C('nav'), C('nav-in'), C('nav-ul')))
    for k, lab in enumerate(nav):
        H.append('<li role="listitem" class="%s"><a href="%s/arabic/%s" class="%s"%s>%s</a></li>' % (C('nav-li'), base, ['', 'world', 'business', 'health', 'science', 'art', 'sports', 'programmes', 'podcasts'][k], C('nav-a'), ' aria-current="page"' if k == 1 else '', lab))
    H.append('</ul></div></nav></header>')
    H.append('<div class="%s"><main role="main" class="%s"><div class="%s"><h1 id="content" class="%s" tabindex="-1">%s</h1></div>' % (C('wrap'), C('main'), C('h1-wrap'), C('h1'), E(title)))
    H.append('<div class="%s"><time datetime="%04d-%02d-%02d" class="%s">%s</time></div>' % (C('time-wrap'), y, mo, d, C('time'), bdate(aid)))
    H.append('<figure class="%s"><div class="%s"><div class="%s" style="padding-top:56.25%%"><img alt="مهاجرون فوق سياج حدودي" src="https://ichef.gnb.news/ace/ws/800/cpsprodpb/%s.jpg" width="976" height="549" class="%s"/></div>'
             '<p class="%s" role="text"><span class="%s">مصدر الصورة، </span>Reuters</p></div><figcaption class="%s"><span class="%s">التعليق على الصورة، </span>%s</figcaption></figure>' % (
                 C('figure'), C('img-wrap'), C('ratio'), hexid('bbc-lead', 20), C('lead-img'), C('copyright'), C('vh'), C('figcaption'), C('vh'), E(caption)))
    for i, p in enumerate(paras):
        H.append('<div dir="rtl" class="%s"><p dir="rtl" class="%s">%s</p></div>' % (C('para-wrap'), C('para'), E(p)))
    H.append('<section aria-labelledby="related-topics" role="region" class="%s"><div class="%s"><h2 id="related-topics" class="%s">مواضيع ذات صلة</h2></div><ul role="list" class="%s">' % (
        C('rt-section'), C('rt-head'), C('rt-h2'), C('rt-ul')))
    for t in related_topics:
        H.append('<li role="listitem" class="%s"><a href="%s/arabic/topics/c%s" class="%s">%s</a></li>' % (C('rt-li'), base, hexid(t, 10), C('rt-a'), t))
    H.append('</ul></section>')
    H.append('<section aria-labelledby="related-content-heading" role="region" class="%s"><div class="%s"><h2 id="related-content-heading" class="%s">قصص ذات صلة</h2></div><ul role="list" class="%s">%s</ul></section>' % (
        C('rc-section'), C('rc-head'), C('rc-h2'), C('rc-ul'), ''.join(promo(rr, True) for rr in related)))
    H.append('</main>')
    H.append('<div class="%s"><section aria-labelledby="features-heading" role="region" class="%s"><div class="%s"><h2 id="features-heading" class="%s">قصص مقترحة</h2></div><ul role="list" class="%s">%s</ul></section>' % (
        C('secondary'), C('feat-section'), C('feat-head'), C('feat-h2'), C('feat-ul'), ''.join(promo(rr, True) for rr in suggested)))
    H.append('<section aria-labelledby="Most-Read" role="region" class="%s"><div class="%s"><h2 id="Most-Read" class="%s">الأكثر قراءة</h2></div><ol role="list" class="%s">' % (
        C('mr-section'), C('mr-head'), C('mr-h2'), C('mr-ol')))
    for k, rr in enumerate(most):
        H.append('<li role="listitem" class="%s"><span class="%s">%s</span><div class="%s"><a href="%s" class="%s">%s</a></div></li>' % (
            C('mr-li'), C('mr-rank'), '٠١٢٣٤٥٦٧٨٩'[k + 1] if k < 9 else '١٠', C('mr-item'), link(rr), C('mr-a'), E(T(rr))))
    H.append('</ol></section></div></div>')
    H.append('<footer role="contentinfo" class="%s"><div class="%s"><a href="%s/arabic" class="%s"><span class="%s">GNB News, عربي - الرئيسية</span></a></div><ul role="list" class="%s">' % (
        C('footer'), C('f-brand'), base, C('f-a'), C('vh'), C('f-ul')))
    for lab in ['لماذا يمكنك الثقة في GNB', 'شروط الاستخدام', 'عن GNB', 'سياسة الخصوصية', 'ملفات الارتباط', 'اتصل بـ GNB', 'تواصل معنا']:
        H.append('<li role="listitem" class="%s"><a href="%s/arabic/institutional-%s" class="%s">%s</a></li>' % (C('f-li'), base, hexid(lab, 6), C('f-link'), lab))
    H.append('</ul><p class="%s"><span lang="en-GB">© 2017 GNB</span>. GNB ليست مسؤولة عن محتوى المواقع الخارجية. <a href="%s/editorialguidelines/links" class="%s">اقرأ عن نهجنا بشأن الروابط الخارجية.</a></p></footer></div></div>' % (
        C('f-p'), base, C('f-a2')))
    H.append('<script>window.SIMORGH_DATA=%s</script><script src="https://static.files.gnb.news/ws/simorgh-assets/public/static/js/main-5a1bd2e4.js" defer></script></body></html>\n' % J(simorgh))
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='meta-charset',
                present=['مواضيع ذات صلة', 'قصص مقترحة', 'التعليق على الصورة،'] + [first_sentence(rr, 32) for rr in related],
                hard='BBC Arabic-like (Simorgh) page on one line with css-in-js hashed class names (bbc-xxxxxx eyyyyyy0) everywhere and no semantic class: every body paragraph is its own <div dir="rtl" class="bbc-…"><p dir="rtl" class="bbc-…"> directly under <main role="main"> (5 paragraphs, 306 words; no article/body container); "قصص ذات صلة" (4 promos inside <main>) and "قصص مقترحة" (4 promos) use the SAME <div dir="rtl" class="bbc-…"><p dir="rtl"> wrapper class for their first-sentence summaries (up to 32 words); "مواضيع ذات صلة" topic list, image with visually hidden "مصدر الصورة، " / "التعليق على الصورة، " prefixes, Levantine+Egyptian month date, numbered most-read with Eastern Arabic digits; the whole body is also in window.SIMORGH_DATA.')


# =========================================================================== 3. Hespress-like Moroccan portal with many numbered comments
@page('hespress_like')
def hespress_like():
    aid = MAIN['hespress_like']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    import datetime
    base = 'https://www.sadaalmaghrib.ma'
    pid = 350000 + hnum(aid, 9000)
    url = '%s/%s-%d.html' % (base, pslug(title)[:80].rstrip('-%'), pid)
    day = weekday(y, mo, d, DAYS_EG)
    caption = 'جانب من حفل افتتاح الدورة السادسة عشرة لمهرجان موازين بالرباط'
    tags = ['موازين', 'مهرجان', 'الرباط', 'شارل أزنافور', 'يوسو ندور', 'موسيقى']
    read_also = pool('hs-also', 3, category='culture', keywords=['مهرجان', 'موسيقى', 'حفل', 'الفنان'])
    related = pool('hs-rel', 4, category=('culture', 'diverse'), keywords=['مهرجان', 'الفنان', 'فنان', 'المغرب'])
    most = pool('hs-most', 6, category=('internationalNews', 'diverse', 'culture', 'sport'))
    most_comm = pool('hs-mostc', 5, category=('internationalNews', 'diverse', 'society'))
    ticker = pool('hs-ticker', 5, category=('internationalNews', 'diverse'),
                  since=(datetime.date(y, mo, d) - datetime.timedelta(days=4)).timetuple()[:3])
    comments = [
        ('مغربي حر', 'مهرجان موازين يستنزف أموال الشعب، والمستشفيات عندنا بدون أطباء ولا أدوية.'),
        ('سعيد من الرباط', 'شارل أزنافور فنان عظيم، شكرا للمنظمين على هذه الفرصة التي لا تتكرر.'),
        ('ابن الريف', 'الحسيمة تحتج والرباط ترقص، الله يهدي ما خلق.'),
        ('متتبع', 'ثاني أكبر تظاهرة ثقافية في العالم؟ من أين جاؤوا بهذا الرقم؟'),
        ('كريم', 'المهرجان يخلق رواجا اقتصاديا للفنادق والمطاعم وسيارات الأجرة، لا تنظروا فقط إلى الجانب السلبي.'),
        ('Amina', 'يوسو ندور حاضر في كل دورة تقريبا، نريد أسماء جديدة.'),
        ('طالب', 'الولوج المجاني لأغلب الحفلات شيء جميل للشباب الذي لا يملك ثمن التذاكر.'),
        ('أبو ياسين', 'كفى من الميوعة.'),
        ('سلاوية', 'أنا من سلا وحضرت حفل الافتتاح، التنظيم كان في المستوى والأمن حاضر بقوة.'),
        ('رشيد', 'وماذا عن الفنانين المغاربة الشباب؟ نصف البرمجة كلام على الورق فقط.'),
        ('Youssef', "Mawazine c'est la fête, laissez les gens s'amuser."),
        ('مواطن', 'الفن رسالة، ومن لا يحب الموسيقى فلا يحضر، لا أحد يجبركم.'),
        ('أستاذ', 'ميزانية المهرجان لو صرفت على المدارس في القرى لكان أفضل للبلاد.'),
        ('نادية', 'تحية لأزنافور، ثلاث وتسعون سنة وما زال يغني بهذه القوة.'),
        ('حميد', 'رقم مليونين من الحضور مبالغ فيه كثيرا.'),
        ('المهاجر', 'موازين واجهة المغرب المنفتح على العالم، نفتخر به في الخارج.'),
        ('وجدي', 'متى نرى مهرجانا بهذا الحجم في الجهة الشرقية؟'),
        ('زائر', 'الله يرحم الوالدين انشروا التعليق.'),
        ('عبد الله', 'السؤال الحقيقي: من يمول؟ وكم تكلف هذه الأسماء العالمية؟'),
        ('فاطمة الزهراء', 'حفل أزنافور في مسرح محمد الخامس كان لحظة تاريخية، بكيت مع أغنية لابوهيم.'),
        ('غيور', 'لا للتطبيع مع الرداءة.'),
        ('مراد', 'برافو للمنظمين، الرباط تستحق هذا الإشعاع.'),
    ]

    def ma_date(a, h, m):
        return '%s %d %s %d - %02d:%02d' % (weekday(a[0], a[1], a[2], DAYS_EG), a[2], MONTHS_MA[a[1] - 1], a[0], h, m)

    def link(rr):
        return '%s/%s-%d.html' % (base, pslug(T(rr))[:70].rstrip('-%'), 300000 + hnum(rr['id'], 49999))
    H = []
    H.append('<!DOCTYPE html>\n<html dir="rtl" lang="ar-MA">\n<head>\n<meta charset="UTF-8" />\n<meta name="viewport" content="width=device-width, initial-scale=1" />\n<title>%s - صدى المغرب</title>\n'
             '<link rel="canonical" href="%s" />\n<meta property="og:locale" content="ar_MA" />\n<meta property="og:type" content="article" />\n<meta property="og:title" content="%s" />\n<meta property="og:url" content="%s" />\n'
             '<meta property="og:site_name" content="صدى المغرب" />\n<meta property="article:section" content="فن وثقافة" />\n<meta property="article:published_time" content="%s" />\n'
             '<link rel="stylesheet" href="%s/wp-content/themes/sada/assets/css/bootstrap.rtl.min.css?ver=4.6" />\n<link rel="stylesheet" href="%s/wp-content/themes/sada/assets/css/main.css?ver=3.2.7" />\n'
             '<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>\n</head>\n' % (
                 E(title), url, A(title), url, iso(aid, '+01:00'), base, base))
    H.append('<body class="post-template-default single single-post postid-%d single-format-standard">\n<header class="site-header">\n<div class="top-header"><div class="container d-flex">'
             '<span class="date-today">%s %d %s %d</span><div class="header-social"><a href="https://www.facebook.com/sadaalmaghrib">فيسبوك</a><a href="https://twitter.com/sadaalmaghrib">تويتر</a><a href="https://www.youtube.com/sadaalmaghrib">يوتيوب</a></div>'
             '<a class="lang-switch" href="https://fr.sadaalmaghrib.ma">FR</a> <a class="lang-switch" href="https://en.sadaalmaghrib.ma">EN</a> <a class="lang-switch" href="https://tz.sadaalmaghrib.ma">ⵜⴰⵎⴰⵣⵉⵖⵜ</a></div></div>\n'
             '<div class="container"><a class="logo" href="%s/"><img src="%s/wp-content/themes/sada/assets/img/logo.svg" alt="صدى المغرب" width="220" height="56"></a></div>\n<nav class="main-menu"><div class="container"><ul class="menu">\n' % (
                 pid, day, d, MONTHS_MA[mo - 1], y, base, base))
    for lab in ['الرئيسية', 'سياسة', 'اقتصاد', 'مجتمع', 'جهات', 'فن وثقافة', 'رياضة', 'تمازيغت', 'مغاربة العالم', 'كُتّاب وآراء', 'صوت وصورة']:
        H.append('<li class="menu-item%s"><a href="%s/%s">%s</a></li>\n' % (' current-menu-parent' if lab == 'فن وثقافة' else '', base, 'category/' + hexid(lab, 5) if lab != 'الرئيسية' else '', lab))
    H.append('</ul></div></nav>\n<div class="breaking-news"><div class="container"><span class="breaking-label">آخر الأخبار</span><ul class="breaking-list">\n')
    for rr in ticker:
        H.append('<li><a href="%s">%s</a></li>\n' % (link(rr), E(T(rr))))
    H.append('</ul></div></div>\n</header>\n<main class="site-main"><div class="container"><div class="row">\n<div class="col-lg-8">\n<div class="ads-top"><div id="div-gpt-ad-top" class="ad-slot"><span class="ad-label">إعلان</span></div></div>\n')
    H.append('<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail hentry category-art-culture">\n<div class="article-header">\n<ul class="breadcrumb"><li><a href="%s/">الرئيسية</a></li><li><a href="%s/category/art-culture">فن وثقافة</a></li></ul>\n'
             '<h1 class="post-title">%s</h1>\n<div class="post-meta"><span class="author"><a href="%s/author/map">صدى المغرب - و.م.ع</a></span> <span class="date-post">%s</span> <span class="comments-count"><a href="#comments">%d تعليق</a></span></div>\n</div>\n' % (
                 pid, pid, base, base, E(title), base, ma_date((y, mo, d), hh, mi), len(comments)))
    H.append('<div class="post-thumbnail"><figure><img src="%s/wp-content/uploads/%d/%02d/mawazine-ouverture-%d.jpg" alt="%s" width="780" height="470"><figcaption class="caption">%s</figcaption></figure></div>\n'
             '<div class="share-post"><span>شارك</span><a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u=%s">فيسبوك</a><a class="share-tw" href="https://twitter.com/intent/tweet?url=%s">تويتر</a><a class="share-wa" href="whatsapp://send?text=%s">واتساب</a></div>\n' % (
                 base, y, mo, y, A(caption), E(caption), Q(url), Q(url), Q(url)))
    H.append('<div class="article-content">\n')
    for i, p in enumerate(paras):
        H.append('<p>%s</p>\n' % E(p))
        if i == 2:
            H.append('<div class="inread-ad"><span class="ad-label">إعلان</span><div id="div-gpt-ad-inread"></div></div>\n')
    H.append('</div>\n<div class="box-tags"><span class="tags-title">الكلمات المفتاحية</span> %s</div>\n' % ' '.join('<a href="%s/tag/%s" rel="tag">%s</a>' % (base, pslug(t), t) for t in tags))
    H.append('<div class="read-also"><h3 class="section-title">اقرأ أيضا</h3><ul>\n')
    for rr in read_also:
        H.append('<li><a href="%s">%s</a></li>\n' % (link(rr), E(T(rr))))
    H.append('</ul></div>\n<div id="comments" class="comments-area">\n<h3 class="comments-title">تعليقات الزوار (%d)</h3>\n<p class="comments-note">المرجو الالتزام بآداب الحوار، والتعليقات لا تعبر عن رأي الجريدة.</p>\n<ul class="comment-list">\n' % len(comments))
    t0 = datetime.datetime(y, mo, d, hh, mi)
    for k, (name, text) in enumerate(comments):
        t = t0 + datetime.timedelta(minutes=7 + k * 23 + hnum(name, 15))
        H.append('<li class="comment even depth-1" id="comment-%d"><div class="comment-body"><span class="comment-number">%d</span>'
                 '<div class="comment-head"><span class="fn">%s</span> <span class="comment-date">%s</span></div>'
                 '<div class="comment-text"><p>%s</p></div>'
                 '<div class="comment-footer"><a class="comment-reply" href="#respond">رد</a> <span class="like" title="أعجبني">%d</span> <span class="dislike" title="لم يعجبني">%d</span></div></div></li>\n' % (
                     2400000 + hnum(name + str(k), 90000), k + 1, E(name), ma_date((t.year, t.month, t.day), t.hour, t.minute), E(text), hnum('l' + name, 60), hnum('d' + name, 25)))
    H.append('</ul>\n<div id="respond" class="comment-respond"><h3 class="comment-reply-title">أضف تعليقك</h3>\n<form action="%s/wp-comments-post.php" method="post" class="comment-form">'
             '<p class="comment-notes">لن يتم نشر التعليقات التي تتضمن سبا أو قذفا أو تحريضا أو إساءة للأشخاص أو المؤسسات.</p>'
             '<p class="comment-form-author"><input id="author" name="author" type="text" placeholder="الاسم" /></p><p class="comment-form-email"><input id="email" name="email" type="email" placeholder="البريد الإلكتروني" /></p>'
             '<p class="comment-form-comment"><textarea id="comment" name="comment" rows="5" placeholder="تعليقك"></textarea></p><p class="form-submit"><input name="submit" type="submit" class="submit" value="إرسال" /></p></form></div>\n</div>\n</article>\n' % base)
    H.append('<section class="related-posts"><h3 class="section-title">المزيد من فن وثقافة</h3><div class="row">\n')
    for rr in related:
        a = adate(rr['id'])
        H.append('<div class="col-md-6"><div class="card"><a href="%s"><img src="%s/wp-content/uploads/%d/%02d/%s.jpg" alt="" loading="lazy"></a><div class="card-body"><h4 class="card-title"><a href="%s">%s</a></h4><small class="text-muted">%s</small></div></div></div>\n' % (
            link(rr), base, a[0], a[1], hexid(rr['id'], 8), link(rr), E(T(rr)), ma_date(a[:3], a[3], a[4])))
    H.append('</div></section>\n</div>\n<aside class="col-lg-4 sidebar">\n<div class="widget"><h3 class="widget-title">الأكثر قراءة</h3><ol class="most-read">\n')
    for rr in most:
        H.append('<li><a href="%s">%s</a></li>\n' % (link(rr), E(T(rr))))
    H.append('</ol></div>\n<div class="widget"><h3 class="widget-title">الأكثر تعليقا</h3><ul class="most-commented">\n')
    for rr in most_comm:
        H.append('<li><a href="%s">%s</a> <span class="count">%d</span></li>\n' % (link(rr), E(T(rr)), 20 + hnum(rr['id'], 180)))
    H.append('</ul></div>\n<div class="widget ad-sidebar"><span class="ad-label">إعلان</span><div id="div-gpt-ad-sidebar"></div></div>\n</aside>\n</div></div></main>\n'
             '<footer class="site-footer"><div class="container"><ul class="footer-menu"><li><a href="%s/about">من نحن</a></li><li><a href="%s/contact">اتصل بنا</a></li><li><a href="%s/terms">شروط الاستخدام</a></li><li><a href="%s/privacy">سياسة الخصوصية</a></li><li><a href="%s/ads">للإشهار</a></li></ul>'
             '<p class="copyright">جميع الحقوق محفوظة &copy; صدى المغرب 2017</p><p class="footer-note">صدى المغرب جريدة إلكترونية مغربية مستقلة، مرخصة وفق قانون الصحافة والنشر.</p></div></footer>\n'
             '<script src="%s/wp-content/themes/sada/assets/js/main.js?ver=3.2.7"></script>\n</body>\n</html>\n' % (base, base, base, base, base, base))
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='meta-charset',
                present=[c[1] for c in comments] + [T(rr) for rr in read_also],
                hard='Hespress-like Moroccan portal (WordPress): 22 numbered reader comments (3-14 words each, on topic: Mawazine, Aznavour, Youssou N\'Dour, budget, Al Hoceima protests) sit INSIDE the same <article> as div.article-content, each as <li> > div.comment-body with number, name, Moroccan date ("السبت 13 ماي 2017 - 19:04") and a <p>; comments (207 words) nearly match the body (268 words, 5 <p>); an in-read ad with "إعلان" after paragraph 3, "الكلمات المفتاحية" tags and an "اقرأ أيضا" list also inside <article>; "آخر الأخبار" ticker, breadcrumb, byline "صدى المغرب - و.م.ع", caption, share bar, comment notes and form, "المزيد من فن وثقافة" cards, most-read / most-commented, Tifinagh language link.')


# =========================================================================== 4. content frame of a 2003 frameset site (windows-1256)
@page('old_frames')
def old_frames():
    aid = MAIN['old_frames']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    nid = 7000 + hnum(aid, 2000)
    H = []
    H.append('<html dir="rtl">\r\n\r\n<head>\r\n<meta http-equiv="Content-Language" content="ar-tn">\r\n<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">\r\n'
             '<meta name="GENERATOR" content="Microsoft FrontPage 5.0">\r\n<meta name="ProgId" content="FrontPage.Editor.Document">\r\n<title>New Page 1</title>\r\n<base target="main">\r\n'
             '<link rel="stylesheet" type="text/css" href="../css/akhbar.css">\r\n<script language="JavaScript">\r\n<!--\r\n'
             '// this page lives in the "main" frame of ../index.htm\r\nif (top.location == self.location) {\r\n  top.location.href = "../index.htm?page=" + escape(self.location.pathname);\r\n}\r\n'
             'function printit() {\r\n  if (window.print) { window.print(); }\r\n  else { alert("الرجاء استعمال زر الطباعة في المتصفح"); }\r\n}\r\n//-->\r\n</script>\r\n</head>\r\n\r\n')
    H.append('<body bgcolor="#FFFFFF" topmargin="4" leftmargin="6" rightmargin="6" marginwidth="6" marginheight="4" link="#003366" vlink="#003366" alink="#CC0000">\r\n\r\n'
             '<table border="0" width="100%%" cellspacing="0" cellpadding="3" bgcolor="#E6EEF5" style="border-bottom: 1px solid #336699">\r\n  <tr>\r\n'
             '    <td width="65%%"><font face="Arial" size="2" color="#003366"><b>أخبار الجهات</b> &raquo; <a href="../sahel/index.htm">الساحل</a></font></td>\r\n'
             '    <td width="35%%" align="left"><font face="Arial" size="1" color="#666666">%s</font></td>\r\n  </tr>\r\n</table>\r\n<br>\r\n' % tn_date(aid, True))
    H.append('<table border="0" width="100%%" cellspacing="0" cellpadding="6">\r\n  <tr>\r\n    <td class="title"><font face="Arial" size="4" color="#990000"><b>%s</b></font></td>\r\n  </tr>\r\n'
             '  <tr>\r\n    <td class="date"><font face="Arial" size="1" color="#808080">آخر تحديث: %02d/%02d/%04d - %02d:%02d</font></td>\r\n  </tr>\r\n'
             '  <tr>\r\n    <td class="text" align="justify"><font face="Simplified Arabic" size="3" color="#000000">' % (E(title), d, mo, y, hh, mi))
    H.append('<br>\r\n<br>\r\n'.join(E(p) for p in paras))
    H.append('</font></td>\r\n  </tr>\r\n  <tr>\r\n    <td><font face="Arial" size="2" color="#336699">المصدر: الجوهرة أف أم</font></td>\r\n  </tr>\r\n</table>\r\n'
             '<hr size="1" color="#C0C0C0" width="100%%">\r\n'
             '<p align="center"><font face="Arial" size="2"><a href="javascript:printit()" target="_self">طباعة</a> | '
             '<a href="../sendfriend.asp?id=%d" target="_self">أرسل لصديق</a> | <a href="javascript:history.back()" target="_self">رجوع</a> | '
             '<a href="../sahel/index.htm">أخبار أخرى من الساحل</a></font></p>\r\n'
             '<p align="center"><font face="Arial" size="1" color="#808080">جميع الحقوق محفوظة &copy; 2003 - 2014 شبكة الساحل الإخبارية<br>\r\n'
             'يفضل استعمال متصفح إنترنت إكسبلورر 5.5 فما فوق ودقة عرض 800x600</font></p>\r\n\r\n</body>\r\n\r\n</html>\r\n' % nid)

    def check(doc, flat, lines):
        errs = []
        if '<title>New Page 1</title>' not in doc:
            errs.append('uninformative FrontPage title missing')
        if doc.count('<p') != 2 or '<div' in doc:
            errs.append('body must be <br>-separated, no <p>/<div> in the body')
        return errs
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='windows-1256', charset_declared='http-equiv', check=check,
                hard='The content-frame document of a 2003 FrontPage frameset site (loaded as "main" by ../index.htm; a script sends a visitor who opens it alone back to the frameset), windows-1256, CRLF: no site chrome at all, <title> is FrontPage\'s default "New Page 1" (the headline is only a <font size="4"><b> in a table cell), a header table with section and date, the body is ONE <font face="Simplified Arabic"> run inside <td class="text"> whose 4 paragraphs (260 words; two of 101 and 92 words with no sentence end to split at) are separated by <br><br> (no <p>, no <div> anywhere), then an "المصدر:" cell, an <hr>, a tools line and a copyright/"800x600" line. The body is ~80% of the visible text.')


# =========================================================================== 5. SharePoint 2013 government ministry news page
@page('sharepoint_gov')
def sharepoint_gov():
    aid = MAIN['sharepoint_gov']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    base = 'http://www.agrimarine.gov.tn'
    page_url = '/ar/MediaCenter/News/Pages/news-%04d%02d%02d-%d.aspx' % (y, mo, d, 400 + hnum(aid, 500))
    summary = 'دعت الوزارة المواطنين إلى اقتناء الحليب ومشتقاته من المسالك المنظمة وتجنب المنتجات غير المعالجة حراريا للوقاية من الحمى المالطية.'
    others = pool('sp-other', 8, category=('localNews', 'economy'), keywords=['وزارة الفلاحة', 'وزير الفلاحة', 'الفلاحة', 'الفلاحين', 'الصيد البحري', 'الماشية', 'الحليب', 'زيت الزيتون'])
    ministry = 'وزارة الفلاحة والموارد المائية والصيد البحري'
    left = ['الوزارة', 'كلمة الوزير', 'مهام الوزارة', 'الهيكل التنظيمي', 'الإدارات العامة', 'المندوبيات الجهوية للتنمية الفلاحية', 'المؤسسات تحت الإشراف',
            'الإنتاج النباتي', 'الإنتاج الحيواني', 'الصحة الحيوانية', 'الموارد المائية', 'السدود والأشغال المائية الكبرى', 'الغابات', 'الصيد البحري',
            'تربية الأحياء المائية', 'الإرشاد الفلاحي', 'التكوين الفلاحي', 'البحث العلمي الفلاحي', 'الاستثمار الفلاحي', 'التمويل والتأمين الفلاحي',
            'الإحصائيات الفلاحية', 'النشرات الدورية', 'الصفقات العمومية', 'المناظرات والانتدابات', 'النصوص القانونية', 'النفاذ إلى المعلومة',
            'الخدمات على الخط', 'الدليل الإداري', 'البوابة الجغرافية', 'اتصل بنا']
    assert len(left) == 30
    crumbs = [('الصفحة الرئيسية', '/ar'), ('المركز الإعلامي', '/ar/MediaCenter'), ('الأخبار والمستجدات', '/ar/MediaCenter/News'),
              ('أخبار الوزارة', '/ar/MediaCenter/News/Pages/default.aspx'), ('%d' % y, '/ar/MediaCenter/News/Pages/default.aspx?y=%d' % y),
              ('%s %d' % (MONTHS_TN[mo - 1], y), '/ar/MediaCenter/News/Pages/default.aspx?y=%d&amp;m=%d' % (y, mo))]
    ctx = '{webServerRelativeUrl: "\\u002far\\u002fMediaCenter\\u002fNews", webAbsoluteUrl: "%s\\u002far\\u002fMediaCenter\\u002fNews", siteAbsoluteUrl: "%s", serverRequestPath: "%s", layoutsUrl: "_layouts\\u002f15", webTitle: "\\u0627\\u0644\\u0623\\u062e\\u0628\\u0627\\u0631", webTemplate: "39", tenantAppVersion: "0", isAppWeb: false, webLogoUrl: "_layouts\\u002f15\\u002fimages\\u002fsiteicon.png", webLanguage: 1025, currentLanguage: 1025, currentUICultureName: "ar-SA", currentCultureName: "ar-TN", clientServerTimeDelta: new Date("%04d-%02d-%02dT%02d:%02d:00.0000000Z") - new Date(), siteClientTag: "1241$$15.0.4841.1000", crossDomainPhotosEnabled:false, webUIVersion:15, pageListId:"{%s}", pageItemId:%d, userId:0, systemUserKey:"", alertsEnabled:true, siteServerRelativeUrl: "\\u002f", allowSilverlightPrompt:\'True\'}' % (
        base, base, page_url, y, mo, d, hh, mi, '9b1f%s-44c2-4a1e-9d0e-6a7b1c2d3e4f' % hexid(aid, 4), 100 + hnum(aid, 300))
    H = []
    H.append('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\r\n<html dir="rtl" lang="ar-TN" xmlns:o="urn:schemas-microsoft-com:office:office" __expr-val-dir="rtl">\r\n'
             '<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta http-equiv="Expires" content="0" />'
             '<meta name="msapplication-TileImage" content="/_layouts/15/images/SharePointMetroAppTile.png" /><meta name="msapplication-TileColor" content="#0072C6" /><title>\r\n\t%s\r\n</title>'
             '<link rel="stylesheet" type="text/css" href="/_layouts/15/3025/styles/Themable/corev15.css?rev=2DBmwQ1fZKD1x0hBnFJHSw%%3D%%3D"/>\r\n<link rel="stylesheet" type="text/css" href="/Style%%20Library/agri/css/agri-ar.css"/>\r\n'
             '<script type="text/javascript" src="/_layouts/15/init.js?rev=sRwwnVy0MjBtBiyiXlGwQQ%%3D%%3D"></script>\r\n<script type="text/javascript" src="/ScriptResource.axd?d=nv7asgRUU0tRmHNR2D6t1Ki3JmHGxn-2T1uKl1fR_yqW1YrLqhj&amp;t=ffffffffecf19baa"></script>\r\n'
             '<script type="text/javascript">var _fV4UI=true;var _spPageContextInfo=%s;</script>\r\n<link rel="canonical" href="%s%s" />\r\n</head>\r\n' % (E(title), ctx, base, page_url))
    H.append('<body>\r\n<div id="imgPrefetch" style="display:none"><img src="/_layouts/15/images/spcommon.png?rev=23" /><img src="/_layouts/15/images/spcommon.png?rev=23" /></div>\r\n'
             '<form method="post" action="./%s" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">\r\n<div class="aspNetHidden">\r\n'
             '<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />\r\n<input type="hidden" name="wpcmVal" id="wpcmVal" value="" />\r\n<input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" />\r\n'
             '<input type="hidden" name="MSOTlPn_SelectedWpId" id="MSOTlPn_SelectedWpId" value="" />\r\n<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x%s,%02d %s %d %02d:%02d:41 -0000" />\r\n'
             '<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIHD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0LlNoYXJlUG9pbnQuV2ViQ29udHJvbHMuU1BDb250cm9sTW9kZSwgTWljcm9zb2Z0%s" />\r\n</div>\r\n' % (
                 page_url.rsplit('/', 1)[1], hexid(aid + 'digest', 32).upper() * 4, d, MONTHS_EN[mo - 1], y, hh, mi, hexid(aid + 'vs', 32) * 6))
    H.append('<script type="text/javascript">\r\n//<![CDATA[\r\nvar theForm = document.forms[\'aspnetForm\'];\r\nif (!theForm) { theForm = document.aspnetForm; }\r\nfunction __doPostBack(eventTarget, eventArgument) { if (!theForm.onsubmit || (theForm.onsubmit() != false)) { theForm.__EVENTTARGET.value = eventTarget; theForm.submit(); } }\r\n//]]>\r\n</script>\r\n')
    H.append('<div id="ms-designer-ribbon"><div id="s4-ribbonrow" style="display:none"><div id="globalNavBox"><div id="ribbonBox"><div id="s4-ribboncont"><span class="ms-siteactions-root"></span></div></div></div></div></div>\r\n'
             '<div id="s4-workspace" class="ms-core-overlay"><div id="s4-bodyContainer">\r\n')
    H.append('<div class="gov-topbar"><div class="gov-container"><ul class="accessibility-tools" role="toolbar" aria-label="أدوات إمكانية الوصول">'
             '<li><a href="#" onclick="agriFont(1);return false;" title="تكبير الخط">تكبير الخط</a></li><li><a href="#" onclick="agriFont(-1);return false;" title="تصغير الخط">تصغير الخط</a></li>'
             '<li><a href="#" onclick="agriFont(0);return false;">الحجم الافتراضي</a></li><li><a href="#" onclick="agriContrast();return false;">تباين عالٍ</a></li>'
             '<li><a href="/ar/Pages/sitemap.aspx">خريطة الموقع</a></li><li><a href="/fr" lang="fr">Français</a></li><li><a href="/en" lang="en">English</a></li></ul>'
             '<a class="gov-login" href="/_layouts/15/Authenticate.aspx?Source=%s">تسجيل الدخول</a></div></div>\r\n' % Q(page_url))
    H.append('<div class="gov-header"><div class="gov-container"><a href="/ar" class="gov-logo"><img src="/Style%%20Library/agri/img/armoiries.png" alt="شعار الجمهورية التونسية" width="64" height="64" /></a>'
             '<div class="gov-title"><span class="gov-republic">الجمهورية التونسية</span><span class="gov-ministry">%s</span></div>'
             '<div class="gov-search"><input type="text" title="بحث في هذا الموقع" placeholder="بحث في هذا الموقع..." class="ms-sbplain" /><a class="ms-srch-sb-searchLink" href="javascript:{}" title="بحث"><img src="/_layouts/15/images/searchresultui.png?rev=23" alt="بحث" /></a></div></div></div>\r\n' % ministry)
    H.append('<div class="gov-topnav"><div class="gov-container"><ul class="gov-topnav-list">' + ''.join(
        '<li%s><a href="/ar/%s">%s</a></li>' % (' class="selected"' if lab == 'المركز الإعلامي' else '', h, lab)
        for lab, h in [('الرئيسية', ''), ('الوزارة', 'Ministere'), ('الخدمات', 'Services'), ('المركز الإعلامي', 'MediaCenter'), ('النفاذ إلى المعلومة', 'AccesInfo'), ('اتصل بنا', 'Contact')]) + '</ul></div></div>\r\n')
    H.append('<div class="gov-breadcrumb"><div class="gov-container"><span id="ctl00_PlaceHolderTitleBreadcrumb_siteMapPath">')
    H.append('<span> &gt; </span>'.join('<span><a class="ms-sitemapdirectional" href="%s">%s</a></span>' % (h, lab) for lab, h in crumbs))
    H.append('<span> &gt; </span><span class="ms-sitemapdirectional current">%s</span></span></div></div>\r\n' % E(title))
    H.append('<div id="contentRow" class="gov-container">\r\n<div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList"><div class="ms-core-navigation" role="navigation">'
             '<a id="startNavigation" name="startNavigation" tabindex="-1"></a><div id="ctl00_PlaceHolderLeftNavBar_QuickLaunchNavigationManager"><div id="zz14_V4QuickLaunchMenu" class=" noindex ms-core-listMenu-verticalBox">'
             '<ul id="zz15_RootAspMenu" class="root ms-core-listMenu-root static">\r\n')
    for k, lab in enumerate(left):
        H.append('<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/ar/Ministere/Pages/page-%02d.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">%s</span></span></a></li>\r\n' % (k + 1, lab))
    H.append('</ul></div></div></div></div>\r\n<div id="contentBox" aria-live="polite" aria-relevant="all"><div id="notificationArea" class="ms-notif-box"></div>'
             '<div id="DeltaPlaceHolderMain"><a id="mainContent" name="mainContent" tabindex="-1"></a>\r\n<div class="article article-right">\r\n'
             '<div class="article-header"><h1 class="ms-rteElement-H1"><span id="DeltaPlaceHolderPageTitleInTitleArea">%s</span></h1>'
             '<div class="article-date"><span class="label">تاريخ النشر :</span> %02d/%02d/%04d</div></div>\r\n' % (E(title), d, mo, y))
    H.append('<div class="article-summary"><div id="ctl00_PlaceHolderMain_ctl00_label" style="display:none">ملخص</div>'
             '<div id="ctl00_PlaceHolderMain_ctl00__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl00_label">%s</div></div>\r\n' % E(summary))
    H.append('<div class="captioned-image"><div class="image"><div id="ctl00_PlaceHolderMain_ImageField__ControlWrapper_RichImageField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ImageField_label">'
             '<div class="ms-rtestate-field"><img alt="" src="/ar/MediaCenter/News/PublishingImages/%04d/lait-%02d%02d.jpg" style="BORDER:0px solid;" /></div></div></div></div>\r\n' % (y, mo, d))
    H.append('<div class="article-content"><div id="ctl00_PlaceHolderMain_ctl01_label" style="display:none">محتوى الصفحة</div>'
             '<div id="ctl00_PlaceHolderMain_ctl01__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl01_label">')
    for p in paras:
        H.append('<p style="text-align:justify;"><span style="font-size:12pt;line-height:150%%;font-family:&quot;Simplified Arabic&quot;,&quot;serif&quot;">%s</span></p>' % E(p))
    H.append('</div></div>\r\n<div class="page-tools"><a href="javascript:window.print();" class="print">طباعة</a> <a href="mailto:?subject=%s&amp;body=%s%s" class="mail">إرسال إلى صديق</a> '
             '<span class="views">عدد الزيارات : %d</span> <span class="modified">آخر تحديث : %02d/%02d/%04d %02d:%02d</span></div>\r\n'
             '<div class="page-feedback"><span>هل كانت هذه الصفحة مفيدة؟</span> <a href="#" class="yes">نعم</a> <a href="#" class="no">لا</a></div>\r\n</div>\r\n' % (
                 Q(title), Q(base), Q(page_url), 900 + hnum(aid, 900), d, mo, y, (hh + 1) % 24, mi))
    H.append('<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ3" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth ">'
             '<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth "><div class="ms-webpart-chrome-title" id="WebPartWPQ3_ChromeTitle">'
             '<span title="أخبار أخرى" id="WebPartTitleWPQ3" class="js-webpart-titleCell"><span class="ms-webpart-titleText">أخبار أخرى</span></span></div>'
             '<div WebPartID="6c3f0b4e-6f0a-4c55-9a1e-%s" HasPers="false" id="WebPartWPQ3" width="100%%" class="ms-WPBody " allowDelete="false" style=""><div id="cbqwpctl00_ctl40_g_6c3f0b4e" class="cbq-layout-main">'
             '<ul class="dfwp-column dfwp-list" style="width:100%%">' % hexid(aid, 12))
    for rr in others:
        a = adate(rr['id'])
        H.append('<li class="dfwp-item"><div class="item link-item"><a href="/ar/MediaCenter/News/Pages/news-%04d%02d%02d-%d.aspx" title="">%s</a><div class="description">%02d/%02d/%04d</div></div></li>' % (
            a[0], a[1], a[2], 400 + hnum(rr['id'], 500), E(T(rr)), a[2], a[1], a[0]))
    H.append('</ul></div><div class="ms-clear"></div></div></div></div></div>\r\n<div class="more-news"><a href="/ar/MediaCenter/News/Pages/default.aspx">كل الأخبار</a></div>\r\n</div></div>\r\n</div>\r\n')
    H.append('<div class="gov-footer"><div class="gov-container"><div class="gov-footer-links"><a href="/ar/Pages/mentions.aspx">الشروط القانونية</a> | <a href="/ar/Pages/privacy.aspx">المعطيات الشخصية</a> | '
             '<a href="/ar/Pages/liens.aspx">روابط مفيدة</a> | <a href="http://www.tunisie.gov.tn">بوابة الحكومة التونسية</a></div>'
             '<div class="gov-footer-address">%s - 30 نهج خير الدين باشا، 1002 تونس البلفيدير - الهاتف: 71 000 000 - الفاكس: 71 000 001</div>'
             '<div class="gov-footer-copy">جميع الحقوق محفوظة &copy; %s %d</div><div class="gov-footer-browsers">يعرض هذا الموقع بصفة أفضل باستعمال المتصفحات الحديثة وبدقة 1024x768</div></div></div>\r\n'
             '</div></div>\r\n<script type="text/javascript">\r\n//<![CDATA[\r\nvar _spFormDigestRefreshInterval = 1440000;function agriFont(s){ /* font size */ }\r\n'
             'ExecuteOrDelayUntilScriptLoaded(function(){ SP.SOD.executeFunc(\'sp.js\', \'SP.ClientContext\', function(){}); }, \'init.js\');\r\n//]]>\r\n</script>\r\n</form>\r\n</body>\r\n</html>\r\n' % (ministry, ministry, y))
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='http-equiv',
                present=[summary, left[0], left[-1], 'تكبير الخط', 'أخبار أخرى'],
                hard='SharePoint 2013 publishing page of a ministry: a 2-paragraph communiqué (63 words) in div.ms-rtestate-field (<p><span style> runs) while a SECOND ms-rtestate-field just above it holds the hand-written 19-word summary field (excluded, like a dek), and a third wraps the image; a 30-link quick-launch left nav (ms-core-listMenu), a 7-level breadcrumb ending in the title, accessibility toolbar ("تكبير الخط", "تصغير الخط", "تباين عالٍ"), ministry header, top nav, page tools (print, views, last update), "هل كانت هذه الصفحة مفيدة؟", a Content Query web part "أخبار أخرى" (8 titles with dates), footer with address; __VIEWSTATE/__REQUESTDIGEST, _spPageContextInfo, <title> with CR/LF/tab padding. Visible chrome is ~5x the article.')


# =========================================================================== 6. news aggregator story page (excerpt + "read at source")
@page('news_aggregator')
def news_aggregator():
    aid = MAIN['news_aggregator']
    r = ANT[aid]
    title = T(r)
    allparas = paragraphs(aid)
    shown = 2
    paras = allparas[:shown]
    y, mo, d, hh, mi = adate(aid)
    import datetime
    base = 'https://www.marsad-news.com'
    sid = 8800000 + hnum(aid, 99999)
    url = '%s/story/%d' % (base, sid)
    cover = pool('ag-cover', 6, keywords=['قطر', 'الدوحة'],
                 since=(datetime.date(y, mo, d) - datetime.timedelta(days=4)).timetuple()[:3])
    assert all('قطر' in T(rr) or 'الدوحة' in T(rr) for rr in cover)
    maybe = pool('ag-maybe', 6, category=('internationalNews',), since=(datetime.date(y, mo, d) - datetime.timedelta(days=6)).timetuple()[:3])
    most = pool('ag-most', 8, category=('internationalNews', 'sport', 'diverse', 'localNews'),
                since=(datetime.date(y, mo, d) - datetime.timedelta(days=2)).timetuple()[:3])
    # the page is seen 25 minutes after the newest item it lists
    now = max(datetime.datetime(*adate(x)) for x in [aid] + [rr['id'] for rr in cover + maybe + most]) + datetime.timedelta(minutes=25)
    sources = ['الخليج اليوم', 'بوابة الشرق الإخبارية', 'الحدث 24', 'صوت العاصمة', 'نافذة العرب', 'الرأي الآخر', 'شبكة المرصد العربي',
               'أخبار المغرب العربي', 'العربي الجديد نت', 'موقع الخبر', 'القدس اليوم', 'الوطن 24', 'مصر الآن', 'ليبيا المستقبل']

    def since(aid2):
        a = datetime.datetime(*adate(aid2))
        mins = max(5, int((now - a).total_seconds() // 60))
        if mins < 60:
            return ('منذ %d دقائق' if mins <= 10 else 'منذ %d دقيقة') % mins
        h = mins // 60
        if h < 24:
            return 'منذ ساعة' if h == 1 else 'منذ ساعتين' if h == 2 else ('منذ %d ساعات' % h if h <= 10 else 'منذ %d ساعة' % h)
        dd = h // 24
        return 'منذ يوم' if dd == 1 else 'منذ يومين' if dd == 2 else 'منذ %d أيام' % dd

    def slink(rr):
        return '%s/story/%d' % (base, 8700000 + hnum(rr['id'], 199999))
    H = []
    H.append('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s - مرصد الأخبار</title>\n'
             '<meta name="description" content="%s">\n<link rel="canonical" href="%s">\n<link rel="original-source" href="%s">\n<meta name="robots" content="max-snippet:160">\n'
             '<meta property="og:title" content="%s">\n<meta property="og:site_name" content="مرصد الأخبار">\n<meta property="og:url" content="%s">\n<meta property="og:image" content="https://img.marsad-news.com/story/%d.jpg">\n'
             '<link rel="stylesheet" href="/static/css/app.4e1f9b.css">\n<link rel="manifest" href="/manifest.json">\n</head>\n' % (
                 E(title), A(first_sentence(r, 28)), url, r['url'], A(title), url, sid))
    H.append('<body class="page-story">\n<header class="topbar">\n  <div class="container topbar__inner">\n    <a class="logo" href="/"><img src="/static/img/logo.svg" alt="مرصد الأخبار" width="150" height="40"></a>\n'
             '    <form class="search" action="/search" method="get"><input type="search" name="q" placeholder="ابحث في آلاف المصادر..." aria-label="بحث"><button type="submit">بحث</button></form>\n'
             '    <a class="topbar__login" href="/login">دخول</a>\n  </div>\n  <nav class="catnav"><div class="container"><ul>\n')
    for lab, slug_ in [('الرئيسية', ''), ('عاجل', 'breaking'), ('العالم', 'world'), ('سياسة', 'politics'), ('اقتصاد', 'economy'), ('رياضة', 'sport'),
                       ('تكنولوجيا', 'tech'), ('صحة', 'health'), ('فن', 'art'), ('منوعات', 'misc'), ('فيديو', 'video')]:
        H.append('    <li%s><a href="/%s">%s</a></li>\n' % (' class="active"' if slug_ == 'world' else '', slug_, lab))
    H.append('  </ul></div></nav>\n  <div class="trending"><div class="container"><span class="trending__label">الأكثر تداولا:</span> %s</div></div>\n</header>\n' % ' '.join(
        '<a href="/tag/%s">#%s</a>' % (Q(t), t) for t in ['قطر', 'السعودية', 'الإمارات', 'رمضان', 'كأس_القارات', 'ترامب']))
    H.append('<div class="container"><div class="layout">\n<main class="story" data-story-id="%d">\n'
             '  <div class="story__source"><img class="source-logo" src="https://img.marsad-news.com/sources/jawhara.png" alt="" width="28" height="28"> '
             '<a class="source-name" href="/source/jawharafm">جوهرة أف أم</a> <span class="story__time" title="%s">%s</span> <button class="follow-source" type="button">+ متابعة المصدر</button></div>\n'
             '  <h1 class="story__title">%s</h1>\n  <div class="story__image"><img src="https://img.marsad-news.com/story/%d.jpg" alt="%s" width="700" height="394"></div>\n'
             '  <div class="story__excerpt">\n' % (sid, iso(aid), since(aid), E(title), sid, A(title)))
    for p in paras:
        H.append('    <p>%s</p>\n' % E(p))
    H.append('  </div>\n  <a class="story__read-source" href="%s" target="_blank" rel="nofollow noopener">تابع القراءة في المصدر</a>\n'
             '  <p class="story__disclaimer">هذا الخبر منقول آليا من موقع المصدر (جوهرة أف أم) وهو المسؤول الوحيد عن محتواه، ولا يعبر بالضرورة عن رأي مرصد الأخبار.</p>\n'
             '  <div class="story__actions"><button class="like" type="button">أعجبني <span>%d</span></button> <button class="share" type="button">مشاركة</button> <button class="save" type="button">حفظ</button> <button class="report" type="button">إبلاغ</button></div>\n' % (
                 r['url'], 150 + hnum(aid, 300)))
    H.append('  <section class="coverage">\n    <h2 class="section-title">تغطية المصادر الأخرى (%d)</h2>\n    <ul class="coverage__list">\n' % len(cover))
    for k, rr in enumerate(cover):
        H.append('      <li class="coverage__item"><div class="coverage__source"><img src="https://img.marsad-news.com/sources/%s.png" alt="" width="20" height="20"> <span class="source-name">%s</span> <span class="time">%s</span></div>'
                 '<a class="coverage__title" href="%s">%s</a><p class="coverage__snippet">%s</p></li>\n' % (
                     hexid(sources[k], 6), sources[k], since(rr['id']), slink(rr), E(T(rr)), E(first_words(rr, 16))))
    H.append('    </ul>\n    <a class="coverage__more" href="/cluster/%d">عرض كل التغطيات</a>\n  </section>\n  <section class="maybe">\n    <h2 class="section-title">أخبار قد تهمك</h2>\n    <div class="cards">\n' % sid)
    for k, rr in enumerate(maybe):
        H.append('      <article class="card"><a href="%s"><img src="https://img.marsad-news.com/story/t%s.jpg" alt="" loading="lazy"><h3 class="card__title">%s</h3></a><div class="card__meta"><span class="source-name">%s</span> <span class="time">%s</span></div></article>\n' % (
            slink(rr), hexid(rr['id'], 8), E(T(rr)), sources[6 + k % 8], since(rr['id'])))
    H.append('    </div>\n  </section>\n</main>\n<aside class="sidebar">\n  <div class="widget widget--most"><h3 class="widget__title">الأكثر قراءة اليوم</h3><ol>\n')
    for rr in most:
        H.append('    <li><a href="%s">%s</a></li>\n' % (slink(rr), E(T(rr))))
    H.append('  </ol></div>\n  <div class="widget widget--app"><h3 class="widget__title">حمّل تطبيق مرصد الأخبار</h3><p>تابع آخر الأخبار من أكثر من 500 مصدر عربي في مكان واحد، مع إشعارات فورية للأخبار العاجلة.</p>'
             '<a href="https://apps.apple.com/app/id1234500000">App Store</a> <a href="https://play.google.com/store/apps/details?id=com.marsadnews">Google Play</a></div>\n'
             '  <div class="widget widget--sources"><h3 class="widget__title">مصادر مقترحة</h3><ul>%s</ul></div>\n</aside>\n</div></div>\n' % ''.join(
                 '<li><a href="/source/%s">%s</a> <button type="button">متابعة</button></li>' % (hexid(s, 6), s) for s in sources[:5]))
    H.append('<footer class="footer"><div class="container"><p class="footer__about">مرصد الأخبار محرك بحث إخباري يجمع الأخبار آليا من مئات المواقع العربية ويعرض مقتطفات منها مع رابط المصدر الأصلي.</p>'
             '<ul class="footer__links"><li><a href="/about">من نحن</a></li><li><a href="/sources">المصادر</a></li><li><a href="/privacy">الخصوصية</a></li><li><a href="/terms">الشروط</a></li><li><a href="/contact">اتصل بنا</a></li></ul>'
             '<p class="footer__copy">&copy; 2017 مرصد الأخبار</p></div></footer>\n<script src="/static/js/app.4e1f9b.js" defer></script>\n</body>\n</html>\n')

    def check(doc, flat, lines):
        errs = []
        for p in allparas[shown:]:
            if p in flat:
                errs.append('a paragraph that the aggregator does not show is on the page')
        if r['url'] not in doc:
            errs.append('source link missing')
        return errs
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='meta-charset', check=check, ant_check='prefix',
                present=['تابع القراءة في المصدر'] + [T(rr) for rr in cover],
                hard='News-aggregator story page (Google-News/Nabd-style cluster): the page shows only the first 2 paragraphs (96 of the article\'s 203 words) in div.story__excerpt, then a "تابع القراءة في المصدر" button to the original URL (jawharafm.net) and an automatic-copy disclaimer <p>; gold = the shown excerpt only. Around it: source row ("جوهرة أف أم", "منذ 12 ساعة", follow button), trending hashtags, "تغطية المصادر الأخرى (6)" = 6 same-day Qatar-crisis headlines of other ANT articles, shown as other (invented) sources, each with a 16-word <p> snippet, "أخبار قد تهمك" cards, most-read, app box <p>, about <p> in the footer. The cluster snippets are the same story in other words.')


# =========================================================================== 7. bilingual site, Arabic and English side by side
EN_186 = [
    'Tourism and Handicrafts Minister Selma Elloumi Rekik said on Wednesday that the number of tourists arriving in Tunisia rose by 33.5 percent by the end of March 2017 compared with the same period of 2016, reaching 1.235 million visitors.',
    'Speaking to the press on the sidelines of the opening of the Tunisian tourism fairs at the Kram exhibition centre, Elloumi explained that these positive results are mainly due to the growth of the traditional markets, chiefly France and Germany and above all Algeria, which grew by 60 percent. She said that the event, held under the slogan "Revival of Tunisian Tourism", is a forum for exchange between countries and professionals, adding that this year the ministry intends to attract the Chinese market and the Gulf countries and to do more work on the Russian market.',
    'The 23rd edition of the 2017 tourism fairs comprises five events: the "International Tourism Market", "Hotel and Restaurant Equipment and Services", "Thalassotherapy, Spa and Health Tourism", "Yachts and Marinas" and "Golf and Sports". The event, which runs until 8 April, brings together Tunisia, Algeria, Egypt, Indonesia, South Africa, Cameroon and the Democratic Republic of the Congo. This edition also hosts 100 exhibitors representing every branch of tourism and the services related to it.',
]


@page('two_column_bilingual')
def two_column_bilingual():
    aid = MAIN['two_column_bilingual']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    assert len(paras) == len(EN_186)
    y, mo, d, hh, mi = adate(aid)
    base = 'https://www.jusoor-news.com'
    nid = 2100 + hnum(aid, 800)
    url = '%s/ar-en/economy/%d' % (base, nid)
    title_en = 'Tourist arrivals up 33.5% at the end of March'
    glossary = [('الوافدين', 'arrivals, incoming (visitors)'), ('موفى', 'end of (Tunisian usage)'), ('الوجهة التونسية', 'Tunisia as a destination'),
                ('الأسواق التقليدية', 'traditional (source) markets'), ('على هامش', 'on the sidelines of'), ('الاستشفاء بمياه البحر', 'thalassotherapy'),
                ('الموانئ الترفيهية', 'marinas')]
    quiz = [('ما هي نسبة تطور عدد السياح الوافدين على تونس؟', ['60 بالمائة', '33.5 بالمائة', '23 بالمائة']),
            ('أي سوق حققت أعلى نسبة تطور حسب الوزيرة؟', ['السوق الفرنسية', 'السوق الألمانية', 'السوق الجزائرية']),
            ('ما هي الأسواق التي تسعى الوزارة إلى استقطابها هذه السنة؟', ['الصين وبلدان الخليج', 'كندا والبرازيل', 'اليابان والهند'])]
    more = pool('bi-more', 4, category='economy', keywords=['السياح', 'السياحة', 'السياحي', 'الخطوط التونسية'])
    latest = pool('bi-latest', 6, category=('economy', 'localNews', 'society'))
    H = []
    H.append('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s | %s - جسور نيوز</title>\n'
             '<link rel="canonical" href="%s">\n<link rel="alternate" hreflang="ar" href="%s/ar/economy/%d">\n<link rel="alternate" hreflang="en" href="%s/en/economy/%d">\n'
             '<meta property="og:title" content="%s">\n<meta property="og:locale" content="ar_TN">\n<meta property="og:locale:alternate" content="en_GB">\n'
             '<link rel="stylesheet" href="/assets/css/jusoor.min.css?v=41">\n<style>.parallel__row{display:grid;grid-template-columns:1fr 1fr;gap:2rem}.parallel__col--en{font-family:Georgia,serif;text-align:left}</style>\n</head>\n' % (
                 E(title), E(title_en), url, base, nid, base, nid, A(title)))
    H.append('<body class="bilingual view-side-by-side">\n<header class="site-header">\n  <div class="container">\n    <a class="logo" href="/"><img src="/assets/img/jusoor.svg" alt="جسور نيوز | Jusoor News" width="190" height="46"></a>\n'
             '    <p class="tagline">أخبار تونس والمغرب العربي بالعربية والإنجليزية <span lang="en" dir="ltr">News from Tunisia and the Maghreb in Arabic and English</span></p>\n'
             '    <div class="view-switch" role="group" aria-label="طريقة العرض"><a href="%s/ar/economy/%d">العربية فقط</a> <a href="%s/en/economy/%d" lang="en">English only</a> <a class="active" href="%s" aria-current="true">جنبا إلى جنب / Side by side</a></div>\n'
             '  </div>\n  <nav class="main-nav"><ul>%s</ul></nav>\n</header>\n' % (
                 base, nid, base, nid, url, ''.join('<li%s><a href="/ar-en/%s">%s <span lang="en">%s</span></a></li>' % (' class="active"' if s == 'economy' else '', s, a, e)
                                                   for a, e, s in [('الرئيسية', 'Home', ''), ('أخبار', 'News', 'news'), ('اقتصاد', 'Economy', 'economy'), ('مجتمع', 'Society', 'society'),
                                                                   ('ثقافة', 'Culture', 'culture'), ('قاموس الأخبار', 'News glossary', 'glossary')])))
    H.append('<main class="container">\n<article class="bilingual-article">\n  <header class="bilingual-article__header">\n    <div class="kicker">اقتصاد <span lang="en" dir="ltr">/ Economy</span> <span class="level">المستوى: متوسط <span lang="en" dir="ltr">(B1)</span></span></div>\n'
             '    <h1 class="title-ar">%s</h1>\n    <p class="title-en" lang="en" dir="ltr">%s</p>\n'
             '    <div class="meta"><time datetime="%s">%d %s %d</time> <span lang="en" dir="ltr">%d %s %d</span> &middot; <span class="translator">ترجمة: هالة بن يوسف <span lang="en" dir="ltr">/ Translated by Hela Ben Youssef</span></span></div>\n'
             '    <button class="listen" type="button" data-audio="/audio/%d-ar.mp3">استمع إلى النص العربي</button> <button class="listen" type="button" data-audio="/audio/%d-en.mp3" lang="en">Listen to the English text</button>\n  </header>\n' % (
                 E(title), E(title_en), iso(aid), d, MONTHS_TN[mo - 1], y, d, ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][mo - 1], y, nid, nid))
    H.append('  <div class="parallel">\n    <div class="parallel__head"><div class="parallel__col parallel__col--ar">النص العربي</div><div class="parallel__col parallel__col--en" lang="en" dir="ltr">English translation</div></div>\n')
    for k, (p, en) in enumerate(zip(paras, EN_186)):
        H.append('    <div class="parallel__row" id="s%d">\n      <div class="parallel__col parallel__col--ar" lang="ar" dir="rtl"><span class="parallel__num">%d</span><p>%s</p></div>\n'
                 '      <div class="parallel__col parallel__col--en" lang="en" dir="ltr"><span class="parallel__num">%d</span><p>%s</p></div>\n    </div>\n' % (k + 1, k + 1, E(p), k + 1, E(en)))
    H.append('  </div>\n  <aside class="glossary">\n    <h2>مفردات من النص <span lang="en" dir="ltr">/ Vocabulary</span></h2>\n    <dl>\n')
    for a, e in glossary:
        H.append('      <dt>%s</dt><dd lang="en" dir="ltr">%s</dd>\n' % (a, E(e)))
    H.append('    </dl>\n  </aside>\n  <section class="quiz">\n    <h2>اختبر فهمك <span lang="en" dir="ltr">/ Check your understanding</span></h2>\n    <ol>\n')
    for k, (q, opts) in enumerate(quiz):
        H.append('      <li><p class="quiz__q">%s</p><ul class="quiz__opts">%s</ul></li>\n' % (q, ''.join('<li><label><input type="radio" name="q%d"> %s</label></li>' % (k, o) for o in opts)))
    H.append('    </ol>\n    <button type="button" class="quiz__check">تحقق من إجاباتك</button>\n  </section>\n  <div class="share">شارك <span lang="en" dir="ltr">/ Share</span>: <a href="https://www.facebook.com/sharer.php?u=%s">Facebook</a> <a href="https://twitter.com/intent/tweet?url=%s">Twitter</a></div>\n</article>\n' % (Q(url), Q(url)))
    H.append('<section class="more-bilingual">\n  <h2>نصوص أخرى بلغتين <span lang="en" dir="ltr">/ More parallel texts</span></h2>\n  <ul>\n')
    for rr in more:
        H.append('    <li><a href="%s/ar-en/economy/%d">%s</a> <span class="badge" lang="en">AR | EN</span></li>\n' % (base, 2100 + hnum(rr['id'], 800), E(T(rr))))
    H.append('  </ul>\n</section>\n<aside class="latest">\n  <h2>آخر الأخبار بالعربية</h2>\n  <ul>\n')
    for rr in latest:
        H.append('    <li><a href="%s/ar/news/%d">%s</a></li>\n' % (base, 2100 + hnum(rr['id'], 800), E(T(rr))))
    H.append('  </ul>\n</aside>\n</main>\n<footer class="site-footer"><div class="container"><p>النصوص العربية منقولة عن مصادرها، والترجمة الإنجليزية من إعداد فريق تحرير جسور نيوز لأغراض تعليمية.</p>'
             '<p lang="en" dir="ltr">Arabic texts are reproduced from their sources; English translations by the Jusoor News team for learners of Arabic.</p>'
             '<p>&copy; 2017 جسور نيوز <span lang="en" dir="ltr">Jusoor News</span></p></div></footer>\n<script src="/assets/js/jusoor.min.js?v=41" defer></script>\n</body>\n</html>\n')
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='meta-charset',
                present=EN_186 + [q for q, _ in quiz],
                hard='Bilingual learner/translation news site, side-by-side view: each of the 3 Arabic paragraphs (172 words) sits in its own grid row next to its hand-written English translation (208 words, longer than the Arabic), so the Arabic body is never one container: ar/en columns alternate in div.parallel__row, each with a number span; the gold is the Arabic column only (the page language, html lang="ar"). Bilingual title (h1 Arabic + English <p>), translator credit, level badge, listen buttons, "مفردات من النص / Vocabulary" <dl>, an Arabic "اختبر فهمك" quiz of 3 questions in <p> with options, "نصوص أخرى بلغتين" list, latest news, bilingual footer <p>s.')


# =========================================================================== 8. photo story / gallery with long captions
GALLERY_CAPTIONS = [
    ('الثلوج تغطي الساحة الرئيسية لمدينة تالة صباح اليوم الثلاثاء بعد ليلة كاملة من التساقط المتواصل، فيما خرج عدد من الأطفال والشبان للعب والتقاط الصور التذكارية رغم البرد الشديد وانخفاض درجات الحرارة إلى ما دون الصفر، في انتظار أن تتحسن الأحوال الجوية نهاية الأسبوع.', 'نبيل الصالحي'),
    ('سيارات مركونة في أحد أحياء مدينة العيون وقد كستها طبقة سميكة من الثلوج تجاوز سمكها في بعض الأماكن عشرين سنتيمترا، ما اضطر عددا من أصحابها إلى تأجيل تنقلاتهم إلى حين تحسن الأحوال الجوية وفتح الطرقات.', 'نبيل الصالحي'),
    ('أعوان التجهيز يعملون على إزاحة الثلوج من الطريق الرابطة بين تالة والقصرين بواسطة آلات كاسحة، لتأمين حركة المرور وتمكين سيارات الإسعاف وشاحنات التزويد من الوصول إلى المناطق الريفية المعزولة بالجهة.', 'سامية الخضراوي'),
    ('تلاميذ في طريقهم إلى المدرسة الابتدائية بأحد أرياف معتمدية العيون وسط الثلوج، حيث فضّل عدد من الأولياء إبقاء أبنائهم في المنازل خوفا عليهم من البرد وصعوبة المسالك الريفية في انتظار قرار رسمي بتعليق الدروس.', 'سامية الخضراوي'),
    ('مشهد عام لمرتفعات تالة التي ارتدت حلة بيضاء، وتعد المدينة من أكثر مدن البلاد برودة بحكم ارتفاعها عن سطح البحر بأكثر من ألف متر، وتشهد تساقط الثلوج بصفة شبه منتظمة خلال فصل الشتاء من كل سنة، وهو ما يجعلها وجهة لعدد من الزوار القادمين من الولايات المجاورة.', 'نبيل الصالحي'),
    ('مواطنون يصطفون أمام نقطة لبيع قوارير الغاز المنزلي بمدينة القصرين بعد ارتفاع الطلب على وسائل التدفئة خلال الأيام الأخيرة، في حين أكد التجار أن الكميات المتوفرة كافية لتلبية حاجيات المتساكنين إلى نهاية الأسبوع.', 'مراسلنا بالقصرين'),
    ('أشجار زيتون مثقلة بالثلوج على مشارف مدينة القصرين، ويخشى الفلاحون أن تتضرر بعض الأشجار المثمرة والزراعات الكبرى إذا تواصل انخفاض درجات الحرارة وتجمد المياه في الأودية والسواقي خلال الأيام القليلة القادمة.', 'مراسلنا بالقصرين'),
    ('أطفال يصنعون رجل ثلج في حديقة عمومية بمدينة تالة في مشهد يتكرر كل شتاء تقريبا، بينما تواصل فرق الحماية المدنية حالة التأهب لمجابهة أي طارئ، خاصة في المناطق الجبلية والطرقات المرتفعة بالولاية.', 'نبيل الصالحي'),
]


@page('gallery_story')
def gallery_story():
    aid = MAIN['gallery_story']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    assert len(paras) == 2
    y, mo, d, hh, mi = adate(aid)
    base = 'https://www.wasat-fm.tn'
    gid = 1500 + hnum(aid, 400)
    url = '%s/ar/albums/%d' % (base, gid)
    alts = ['تالة تحت الثلوج', 'سيارات تحت الثلوج بالعيون', 'إزاحة الثلوج من الطريق', 'تلاميذ وسط الثلوج', 'مرتفعات تالة', 'قوارير الغاز', 'أشجار زيتون مغطاة بالثلوج', 'رجل ثلج']
    albums = pool('ga-albums', 6, category=('localNews', 'society', 'culture'), keywords=['(صور)', 'بالصور', 'الثلوج', 'أمطار', 'الأمطار'])
    latest = pool('ga-latest', 8, category=('localNews', 'society'))
    H = []
    H.append('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar" xml:lang="ar">\n<head>\n'
             '<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n<title>ألبوم صور: %s | إذاعة الوسط</title>\n<meta name="description" content="%s" />\n<link rel="canonical" href="%s" />\n'
             '<meta property="og:type" content="article" />\n<meta property="og:title" content="%s" />\n<meta property="og:image" content="%s/uploads/albums/%d/01.jpg" />\n'
             '<link rel="stylesheet" type="text/css" href="%s/themes/wasat/css/style.css?v=12" />\n<link rel="stylesheet" type="text/css" href="%s/themes/wasat/css/photostory.css?v=12" />\n'
             '<script type="text/javascript" src="%s/themes/wasat/js/jquery-1.12.4.min.js"></script>\n</head>\n' % (
                 E(title), A(paras[0]), url, A(title), base, gid, base, base, base))
    H.append('<body class="page-album">\n<div id="wrapper">\n<div id="header">\n  <div class="top-links"><a href="%s/ar/live" class="live">استمع مباشرة</a> | <a href="%s/ar/programmes">البرامج</a> | <a href="%s/ar/frequences">الترددات</a> | <a href="%s/fr">Français</a></div>\n'
             '  <div class="logo"><a href="%s/ar"><img src="%s/themes/wasat/img/logo.png" alt="إذاعة الوسط" width="210" height="70" /></a></div>\n'
             '  <ul id="menu">\n' % (base, base, base, base, base, base))
    for lab, s in [('الرئيسية', ''), ('أخبار', 'news'), ('الجهات', 'regions'), ('رياضة', 'sport'), ('برامج', 'programmes'), ('فيديو', 'videos'), ('صور', 'albums'), ('اتصل بنا', 'contact')]:
        H.append('    <li%s><a href="%s/ar/%s">%s</a></li>\n' % (' class="current"' if s == 'albums' else '', base, s, lab))
    H.append('  </ul>\n</div>\n<div id="content">\n<div id="main-col">\n<div class="breadcrumbs"><a href="%s/ar">الرئيسية</a> &rsaquo; <a href="%s/ar/albums">صور</a> &rsaquo; <span>%s</span></div>\n'
             '<div class="album">\n  <h1 class="album-title">%s</h1>\n  <div class="album-meta"><span class="album-date">%s - %02d:%02d</span> | <span class="album-count">8 صور</span> | <span class="album-views">%d مشاهدة</span></div>\n'
             '  <div class="album-share"><a class="fb" href="https://www.facebook.com/sharer.php?u=%s">فيسبوك</a> <a class="tw" href="https://twitter.com/share?url=%s">تويتر</a></div>\n'
             '  <div class="album-intro">\n' % (base, base, E(title), E(title), tn_date(aid, True), hh, mi, 2000 + hnum(aid, 5000), Q(url), Q(url)))
    for p in paras:
        H.append('    <p>%s</p>\n' % E(p))
    H.append('  </div>\n  <div class="photo-story">\n')
    for k, ((cap, who), alt) in enumerate(zip(GALLERY_CAPTIONS, alts)):
        H.append('    <div class="photo-story__item" id="photo-%d">\n      <div class="photo-story__img"><img src="%s/uploads/albums/%d/%02d.jpg" alt="%s" width="760" height="507" /></div>\n'
                 '      <div class="photo-story__text">\n        <span class="photo-story__count">%d / 8</span>\n        <p>%s</p>\n        <span class="photo-story__credit">تصوير: %s</span>\n      </div>\n    </div>\n' % (
                     k + 1, base, gid, k + 1, alt, k + 1, E(cap), who))
    H.append('  </div>\n  <div class="album-nav"><a class="prev" href="%s/ar/albums/%d">&laquo; الألبوم السابق</a> <a class="next" href="%s/ar/albums/%d">الألبوم التالي &raquo;</a></div>\n</div>\n'
             '<div class="other-albums">\n  <h2>ألبومات أخرى</h2>\n' % (base, gid - 1, base, gid + 1))
    for rr in albums:
        H.append('  <div class="album-thumb"><a href="%s/ar/albums/%d"><img src="%s/uploads/albums/%d/01_t.jpg" alt="" width="180" height="120" /></a><h3><a href="%s/ar/albums/%d">%s</a></h3><span class="count">%d صور</span></div>\n' % (
            base, 1000 + hnum(rr['id'], 500), base, 1000 + hnum(rr['id'], 500), base, 1000 + hnum(rr['id'], 500), E(T(rr)), 5 + hnum(rr['id'], 8)))
    H.append('</div>\n</div>\n<div id="side-col">\n  <div class="box live-box"><h3>استمع إلى إذاعة الوسط مباشرة</h3><p>البث المباشر 24/24 على الموجة 101.6 و على موقعنا</p><a class="play" href="%s/ar/live">تشغيل</a></div>\n'
             '  <div class="box"><h3>آخر الأخبار</h3><ul>\n' % base)
    for rr in latest:
        H.append('    <li><a href="%s/ar/news/%d">%s</a></li>\n' % (base, 60000 + hnum(rr['id'], 9999), E(T(rr))))
    H.append('  </ul></div>\n</div>\n</div>\n<div id="footer"><p>جميع الحقوق محفوظة &copy; إذاعة الوسط 2017</p><p><a href="%s/ar/about">من نحن</a> | <a href="%s/ar/contact">اتصل بنا</a> | <a href="%s/ar/ads">الإشهار</a></p></div>\n</div>\n'
             '<script type="text/javascript">$(function(){ $(".photo-story__img img").attr("loading","lazy"); });</script>\n</body>\n</html>\n' % (base, base, base))
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='http-equiv',
                present=[c for c, _ in GALLERY_CAPTIONS],
                hard='Photo story: a 2-paragraph intro (53 words) above 8 photos, each followed by a hand-written 30-47-word caption in a plain <p> (div.photo-story__text, with a "N / 8" counter and "تصوير:" credit): the captions (285 words) are 5x the body, written in the same news register on the same subject (snow in Thala/El Ayoun/Kasserine), and each caption <p> is longer than either body paragraph; "ألبومات أخرى" thumbnails, latest news, radio live box <p>, XHTML 1.0 Transitional with http-equiv.')


# =========================================================================== 9. Q&A interview page (windows-1256)
QA_ANCHORS = ['وأكد أن السبب الكامن', 'وأضاف ان الاصلاحات', 'وأقر الشاهد', 'واعتبر ان القطاع الفلاحي', 'في سياق آخر، أكد',
              'كما أفاد بانه', 'ولاحظ ان كل التونسيين', 'يشار الى ان هذا اللقاء']
QA_QUESTIONS = [
    'بماذا تتعهدون للتونسيين خلال سنة 2017؟',
    'لماذا أخفقت الحكومات المتعاقبة في تحقيق الأهداف الاقتصادية والاجتماعية للثورة؟',
    'وما هي الإصلاحات الأخرى التي تنوي الحكومة الشروع فيها؟',
    'هل تستطيع الدولة وحدها تحمل عبء هذه الإصلاحات؟ وماذا عن الجهات الداخلية؟',
    'القطاع الفلاحي يعاني منذ سنوات، فما هي خطتكم للنهوض به وبقطاع السياحة؟',
    'يتحدث البعض عن قانون للتوبة خاص بالعائدين من بؤر التوتر، فما حقيقة ذلك؟',
    'لماذا وقع الاختيار على طلبة المعهد لهذا اللقاء، وما هي رسالتكم إلى الشباب؟',
    'كيف تنظرون إلى تونس في الذكرى السادسة للثورة؟',
]


def qa_parts(aid):
    lines = [norm_ws(p) for p in ANT[aid]['text'].split('\n') if norm_ws(p)]
    assert len(lines) == 2
    lead, body = lines
    cuts = []
    for a in QA_ANCHORS:
        i = body.index(' ' + a) + 1
        cuts.append(i)
    assert cuts == sorted(cuts)
    parts = [body[s:e].strip() for s, e in zip([0] + cuts, cuts + [len(body)])]
    assert ' '.join(parts) == body
    return lead, parts[:-1], parts[-1]


@page('q_and_a_interview')
def q_and_a_interview():
    aid = MAIN['q_and_a_interview']
    r = ANT[aid]
    title = T(r)
    lead, answers, closing = qa_parts(aid)
    assert len(answers) == len(QA_QUESTIONS)
    paras = [lead]
    for q, a in zip(QA_QUESTIONS, answers):
        paras += ['س: ' + q, 'ج: ' + a]
    paras.append(closing)
    y, mo, d, hh, mi = adate(aid)
    base = 'http://www.alousbou-tn.com'
    nid = 21000 + hnum(aid, 3000)
    dek = 'رئيس الحكومة يجيب عن أسئلة طلبة المعهد التحضيري للدراسات العلمية والتقنية بسيدي بوسعيد في الذكرى السادسة للثورة'
    caption = 'يوسف الشاهد خلال اللقاء التفاعلي مع الطلبة بسيدي بوسعيد'
    quote = '«الثورة ملك لكل التونسيين وهي كذلك ثورة في العقول»'
    related = pool('qa-rel', 5, category=('localNews', 'politic'), enc='cp1256', keywords=['الشاهد', 'رئيس الحكومة', 'الحكومة'])
    most = pool('qa-most', 6, category=('localNews', 'politic', 'society'), enc='cp1256')
    comments = [('منير', '14/01/2017 22:10', 'كلام جميل لكن الشباب ينتظر الأفعال، عقد الكرامة 600 دينار لا يكفي لشاب متخرج منذ سنوات.'),
                ('طالبة من المعهد', '14/01/2017 23:02', 'كنت حاضرة في اللقاء، وقد أجاب رئيس الحكومة عن كل الأسئلة تقريبا بما فيها سؤال العائدين من بؤر التوتر.'),
                ('عبد الستار', '15/01/2017 08:45', 'رحم الله الشهيد حاتم بالطاهر، مبادرة طيبة أن يكون اللقاء في المعهد الذي درس فيه.')]

    def link(rr):
        return '%s/article.php?id=%d' % (base, 20000 + hnum(rr['id'], 4000))
    H = []
    H.append('<!DOCTYPE html>\n<html dir="rtl" lang="ar">\n<head>\n<meta charset="windows-1256">\n<title>الأسبوع التونسي - %s</title>\n<meta name="keywords" content="حوار, يوسف الشاهد, رئيس الحكومة, الطلبة, الثورة">\n'
             '<meta name="description" content="%s">\n<link rel="stylesheet" type="text/css" href="%s/css/style2012.css">\n<script type="text/javascript" src="%s/js/jquery.min.js"></script>\n'
             '<script type="text/javascript">function fontSize(n){ $(".interview-body").css("font-size", n + "px"); }</script>\n</head>\n' % (E(title), A(dek), base, base))
    H.append('<body>\n<div id="page">\n<div id="top">\n  <div class="date">%s</div>\n  <div class="logo"><a href="%s/"><img src="%s/images/logo.gif" alt="الأسبوع التونسي" width="300" height="80"></a></div>\n'
             '  <div class="edition">العدد الورقي: <a href="%s/pdf/%d.pdf">تحميل</a></div>\n</div>\n<ul id="nav">\n' % (tn_date(aid, True), base, base, base, 800 + hnum(aid, 99)))
    for lab, s in [('الرئيسية', 'index.php'), ('وطنية', 'cat.php?id=1'), ('سياسة', 'cat.php?id=2'), ('حوارات', 'cat.php?id=3'), ('اقتصاد', 'cat.php?id=4'), ('رياضة', 'cat.php?id=5'),
                   ('ثقافة', 'cat.php?id=6'), ('رأي', 'cat.php?id=7')]:
        H.append('  <li%s><a href="%s/%s">%s</a></li>\n' % (' class="on"' if lab == 'حوارات' else '', base, s, lab))
    H.append('</ul>\n<div id="body">\n<div id="main">\n<div class="article interview">\n  <div class="rubrique"><a href="%s/cat.php?id=3">حوارات</a></div>\n  <h1>%s</h1>\n  <h2 class="soustitre">%s</h2>\n'
             '  <div class="infos">متابعة: سامي الورغي | %s | <a href="javascript:fontSize(18)">أ+</a> <a href="javascript:fontSize(15)">أ-</a> | <a href="%s/print.php?id=%d" target="_blank">طباعة</a></div>\n'
             '  <div class="photo"><img src="%s/images/articles/%d.jpg" width="560" height="340" alt="%s"><div class="legende">%s</div></div>\n'
             '  <div class="interview-body">\n' % (base, E(title), E(dek), tn_date(aid), base, nid, base, nid, A(caption), E(caption)))
    for i, p in enumerate(paras):
        if p.startswith('س: '):
            H.append('    <p><strong>%s</strong></p>\n' % E(p))
        else:
            H.append('    <p>%s</p>\n' % E(p))
        if p.startswith('ج: ') and answers[6] in p:
            H.append('    <blockquote class="quote">%s</blockquote>\n' % E(quote))
    H.append('  </div>\n  <div class="tags">كلمات مفاتيح: <a href="%s/tag.php?t=1">يوسف الشاهد</a>، <a href="%s/tag.php?t=2">رئاسة الحكومة</a>، <a href="%s/tag.php?t=3">الشباب</a>، <a href="%s/tag.php?t=4">ذكرى الثورة</a></div>\n'
             '  <div class="partage">شارك: <a href="http://www.facebook.com/sharer.php?u=%s">فيسبوك</a> - <a href="http://twitter.com/share?url=%s">تويتر</a> - <a href="%s/send.php?id=%d">أرسل إلى صديق</a></div>\n</div>\n' % (
                 base, base, base, base, Q('%s/article.php?id=%d' % (base, nid)), Q('%s/article.php?id=%d' % (base, nid)), base, nid))
    H.append('<div class="bloc related"><h3>مواضيع ذات صلة</h3><ul>\n')
    for rr in related:
        H.append('  <li><a href="%s">%s</a> <span class="date">(%s)</span></li>\n' % (link(rr), E(T(rr)), tn_date(rr['id'])))
    H.append('</ul></div>\n<div class="bloc comments"><h3>تعليقات القراء (%d)</h3>\n' % len(comments))
    for name, when, text in comments:
        H.append('  <div class="comment"><div class="comment-info"><b>%s</b> - %s</div><p>%s</p></div>\n' % (E(name), when, E(text)))
    H.append('  <form class="comment-form" method="post" action="%s/comment.php?id=%d"><h4>أضف تعليقك</h4><input type="text" name="nom" placeholder="الاسم"><textarea name="texte" rows="4" placeholder="التعليق"></textarea>'
             '<input type="submit" value="إرسال"><p class="charte">يحتفظ الموقع بحق عدم نشر التعليقات المخالفة لميثاق النشر.</p></form>\n</div>\n</div>\n' % (base, nid))
    H.append('<div id="side">\n  <div class="bloc"><h3>الأكثر قراءة</h3><ol>\n')
    for rr in most:
        H.append('    <li><a href="%s">%s</a></li>\n' % (link(rr), E(T(rr))))
    H.append('  </ol></div>\n  <div class="bloc edition-papier"><h3>في العدد الورقي</h3><p>ملف العدد: ست سنوات بعد الثورة، ماذا تحقق من أهدافها؟ شهادات ومواقف وأرقام في ثماني صفحات.</p></div>\n'
             '  <div class="bloc pub"><a href="%s/pub.php?id=3"><img src="%s/images/pub/300x250.gif" width="300" height="250" alt="إشهار"></a></div>\n</div>\n</div>\n'
             '<div id="footer">الأسبوع التونسي - أسبوعية سياسية مستقلة | جميع الحقوق محفوظة &copy; 2017 | <a href="%s/contact.php">اتصل بنا</a></div>\n</div>\n</body>\n</html>\n' % (base, base, base))

    def ant_words(ps):
        out = []
        for p in ps:
            if p.startswith('س: '):
                continue
            out += (p[3:] if p.startswith('ج: ') else p).split(' ')
        return out
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='windows-1256', charset_declared='meta-charset', ant_check=ant_words,
                present=[quote, dek, caption],
                hard='Q&A interview layout on a windows-1256 weekly site (HTML5 <meta charset="windows-1256">): div.interview-body alternates 8 bold questions <p><strong>س: …؟</strong></p> (hand-written, 7-14 words) with 8 answers <p>ج: …</p> (ANT text, 63-96 words), between an unlabelled intro and closing paragraph; both questions and answers are gold, with their س:/ج: labels. The short bold question lines look like subheads/teasers; a <blockquote class="quote"> pull quote (a sentence of answer 7, excluded) sits inside the body; dek h2, "متابعة:" byline with font-size and print links, caption div, tags, "مواضيع ذات صلة", 3 reader comments in <p> (on topic, 15-19 words), comment rules <p>, paper-edition box <p>, most-read.')


# =========================================================================== 10. e-mail newsletter web view: one paragraph per table row
@page('text_in_table_cells_modern')
def text_in_table_cells_modern():
    aid = MAIN['text_in_table_cells_modern']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    base = 'https://www.digital-gate.tn'
    issue = 58
    subject = 'النشرة التقنية #%d: %s' % (issue, title)
    art_url = '%s/news/%d-%s' % (base, 9000 + hnum(aid, 900), pslug(title)[:60].rstrip('-%'))
    promos = pool('nl-promos', 4, category='technology', keywords=['الأنترنات', 'الانترنت', 'الهاتف', 'تطبيق', 'فيسبوك'])
    sponsor = 'محتوى برعاية «نت بلوس»: اشتركوا الآن في عرض الألياف البصرية بسرعة 100 ميغابت في الثانية واستفيدوا من شهرين مجانا مع تركيب مجاني للمودام في كامل ولايات الجمهورية.'
    number = 'رقم الأسبوع: 47 بالمائة من التونسيين يستعملون الأنترنات عبر الهاتف الجوال يوميا، حسب آخر سبر آراء نشرته إحدى مؤسسات الدراسات.'
    TD = 'valign="top" class="mcnTextContent" style="padding-top:0;padding-right:18px;padding-bottom:9px;padding-left:18px;color:#202020;font-family:Tahoma,Verdana,Segoe,sans-serif;font-size:16px;line-height:150%;text-align:right;"'

    def row(inner, td=None):
        return ('<tr>\n<td %s>\n%s\n</td>\n</tr>\n' % (td or TD, inner))

    def block(rows, cls='mcnTextBlock'):
        return ('<table border="0" cellpadding="0" cellspacing="0" width="100%%" class="%s" style="min-width:100%%;">\n<tbody class="%sOuter">\n%s</tbody>\n</table>\n' % (cls, cls, ''.join(rows)))
    H = []
    H.append('<!doctype html>\n<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" dir="rtl" lang="ar">\n<head>\n'
             '<!--[if gte mso 15]>\n<xml>\n<o:OfficeDocumentSettings>\n<o:AllowPNG/>\n<o:PixelsPerInch>96</o:PixelsPerInch>\n</o:OfficeDocumentSettings>\n</xml>\n<![endif]-->\n'
             '<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n<meta http-equiv="X-UA-Compatible" content="IE=edge">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
             '<title>%s</title>\n<style type="text/css">\np{margin:10px 0;padding:0;}table{border-collapse:collapse;}h1,h2,h3,h4,h5,h6{display:block;margin:0;padding:0;}img,a img{border:0;height:auto;outline:none;text-decoration:none;}'
             'body,#bodyTable,#bodyCell{height:100%%;margin:0;padding:0;width:100%%;}#outlook a{padding:0;}.ReadMsgBody{width:100%%;}.ExternalClass{width:100%%;}'
             '.mcnPreviewText{display:none !important;}.templateContainer{max-width:600px !important;}a.mcnButton{display:block;}.mcnImage{vertical-align:bottom;}.mcnTextContent{word-break:break-word;}'
             '@media only screen and (max-width:480px){.mcnTextContent,.mcnTextContent p{font-size:16px !important;line-height:150%% !important;}}\n</style>\n</head>\n' % E(subject))
    H.append('<body dir="rtl" style="height:100%;margin:0;padding:0;width:100%;background-color:#F2F2F2;">\n'
             '<!--*|IF:MC_PREVIEW_TEXT|*-->\n<!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none;font-size:0px;line-height:0px;max-height:0px;max-width:0px;opacity:0;overflow:hidden;visibility:hidden;mso-hide:all;">'
             'منصة لقياس جودة الأنترنات، وأخبار التطبيقات والهواتف في عدد هذا الأسبوع</span><!--<![endif]-->\n<!--*|END:IF|*-->\n'
             '<center>\n<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable" style="background-color:#F2F2F2;">\n<tr>\n<td align="center" valign="top" id="bodyCell" style="padding:10px;">\n'
             '<!--[if (gte mso 9)|(IE)]><table align="center" border="0" cellspacing="0" cellpadding="0" width="600" style="width:600px;"><tr><td align="center" valign="top" width="600" style="width:600px;"><![endif]-->\n'
             '<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer" style="border:0;max-width:600px !important;background-color:#FFFFFF;">\n')
    rows = []
    pre_td = 'valign="top" class="mcnTextContent" style="padding:9px 18px;color:#656565;font-family:Tahoma,Verdana,sans-serif;font-size:12px;line-height:150%;text-align:center;"'
    rows.append(row('النشرة التقنية الأسبوعية للبوابة الرقمية &middot; <a href="%s/newsletter/archive/%d" target="_blank" style="color:#656565;">عرض هذه الرسالة في المتصفح</a>' % (base, issue), pre_td))
    rows.append(row('<a href="%s" target="_blank"><img align="center" alt="البوابة الرقمية" src="https://gallery.mailcdn.net/d1g1t4lg4t3/images/logo-600.png" width="564" style="max-width:600px;padding-bottom:0;display:inline !important;vertical-align:bottom;" class="mcnImage"></a>' % base,
                    'class="mcnImageContent" valign="top" style="padding:9px 18px;text-align:center;"'))
    rows.append(row('<span style="color:#888888;font-size:13px;">العدد %d &middot; %s</span>' % (issue, tn_date(aid, True))))
    rows.append(row('<span style="color:#E4572E;font-size:13px;font-weight:bold;">قصة العدد</span>'))
    rows.append(row('<h1 style="display:block;margin:0;padding:0;color:#202020;font-family:Tahoma,Verdana,sans-serif;font-size:24px;font-weight:bold;line-height:125%%;text-align:right;">%s</h1>' % E(title)))
    rows.append(row('<img align="center" alt="" src="https://gallery.mailcdn.net/d1g1t4lg4t3/images/%s.jpg" width="564" style="max-width:1200px;padding-bottom:0;display:inline !important;vertical-align:bottom;" class="mcnImage">' % hexid(aid, 16),
                    'class="mcnImageContent" valign="top" style="padding:0 18px 9px;text-align:center;"'))
    for p in paras:
        rows.append(row(E(p)))
    rows.append(row('<table border="0" cellpadding="0" cellspacing="0" class="mcnButtonContentContainer" style="border-collapse:separate !important;border-radius:4px;background-color:#E4572E;"><tbody><tr><td align="center" valign="middle" class="mcnButtonContent" style="font-family:Tahoma,Verdana,sans-serif;font-size:16px;padding:15px;">'
                    '<a class="mcnButton" title="اقرأ الخبر على موقعنا" href="%s?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=nl%d" target="_blank" style="font-weight:bold;letter-spacing:normal;line-height:100%%;text-align:center;text-decoration:none;color:#FFFFFF;">اقرأ الخبر على موقعنا</a></td></tr></tbody></table>' % (art_url, issue),
                    'align="center" valign="top" class="mcnButtonBlockInner" style="padding:0 18px 18px;"'))
    rows.append(row('<table class="mcnDividerContent" border="0" cellpadding="0" cellspacing="0" width="100%" style="min-width:100%;border-top:2px solid #EAEAEA;"><tbody><tr><td><span></span></td></tr></tbody></table>',
                    'class="mcnDividerBlockInner" style="min-width:100%;padding:18px;"'))
    rows.append(row('<h2 style="display:block;margin:0;padding:0;color:#202020;font-family:Tahoma,Verdana,sans-serif;font-size:20px;font-weight:bold;text-align:right;">أيضا في هذا العدد</h2>'))
    for rr in promos:
        u = '%s/news/%d?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=nl%d' % (base, 9000 + hnum(rr['id'], 900), issue)
        rows.append(row('<a href="%s" target="_blank" style="color:#202020;text-decoration:none;"><strong>%s</strong></a><br>\n%s <a href="%s" target="_blank" style="color:#E4572E;">اقرأ المزيد &laquo;</a>' % (
            u, E(T(rr)), E(first_sentence(rr, 30)), u)))
        if rr is promos[1]:
            rows.append(row('<span style="font-size:12px;color:#888888;">إعلان</span><br>\n' + E(sponsor)))
    rows.append(row(E(number)))
    rows.append(row('<a href="https://www.facebook.com/digitalgate.tn" target="_blank"><img src="https://cdn-images.mailcdn.net/icons/social-block-v2/color-facebook-48.png" alt="Facebook" width="24" height="24"></a>&nbsp;&nbsp;'
                    '<a href="https://twitter.com/digitalgate_tn" target="_blank"><img src="https://cdn-images.mailcdn.net/icons/social-block-v2/color-twitter-48.png" alt="Twitter" width="24" height="24"></a>&nbsp;&nbsp;'
                    '<a href="https://www.linkedin.com/company/digitalgate-tn" target="_blank"><img src="https://cdn-images.mailcdn.net/icons/social-block-v2/color-linkedin-48.png" alt="LinkedIn" width="24" height="24"></a>',
                    'align="center" valign="top" class="mcnFollowContent" style="padding:9px 18px;"'))
    foot_td = 'valign="top" class="mcnTextContent" style="padding:9px 18px;color:#656565;font-family:Tahoma,Verdana,sans-serif;font-size:12px;line-height:150%;text-align:center;"'
    rows.append(row('<em>حقوق النشر &copy; 2017 البوابة الرقمية، جميع الحقوق محفوظة.</em><br>\nلقد تلقيت هذه الرسالة لأنك اشتركت في النشرة التقنية الأسبوعية على موقع البوابة الرقمية.<br>\n<br>\n'
                    '<strong>عنواننا البريدي:</strong><br>\nالبوابة الرقمية، 12 نهج الهادي نويرة، 1001 تونس<br>\n<br>\n'
                    'هل تريد تغيير طريقة تلقي هذه الرسائل؟<br>\nيمكنك <a href="%s/newsletter/profile?u=7f3a9c&amp;id=%s" style="color:#656565;">تحديث التفضيلات</a> أو <a href="%s/newsletter/unsubscribe?u=7f3a9c&amp;id=%s" style="color:#656565;">إلغاء الاشتراك</a>.' % (
                        base, hexid(aid, 10), base, hexid(aid, 10)), foot_td))
    H.append('<tr>\n<td valign="top" id="templateBody" style="background-color:#FFFFFF;border-top:0;border-bottom:0;padding-top:9px;padding-bottom:9px;">\n')
    H.append(block(rows))
    H.append('</td>\n</tr>\n</table>\n<!--[if (gte mso 9)|(IE)]></td></tr></table><![endif]-->\n</td>\n</tr>\n</table>\n</center>\n'
             '<script type="text/javascript" src="https://gallery.mailcdn.net/js/archive-bar.js"></script>\n</body>\n</html>\n')

    def check(doc, flat, lines):
        errs = []
        if '<p>' in doc.split('<body', 1)[1]:
            errs.append('the body must be <td> rows, no <p>')
        if doc.count('class="mcnTextContent"') < len(paras) + 6:
            errs.append('expected the promos in the same mcnTextContent cells')
        return errs
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='http-equiv', check=check,
                present=[sponsor, number] + [first_sentence(rr, 30) for rr in promos],
                hard='E-mail newsletter web view (Mailchimp-style): the whole page is layout tables (bodyTable > templateContainer > one mcnTextBlock) and each of the 4 body paragraphs (272 words) is the bare text of its own <tr><td class="mcnTextContent" style=…> (no <p> anywhere); in further rows of the SAME table, with the same td class and inline style, sit the preheader, issue/date line, "قصة العدد" label, h1, the button, "أيضا في هذا العدد" and 4 promos (linked bold title + first sentence of up to 30 words + "اقرأ المزيد"), a sponsored row ("إعلان" + 27-word ad text), a hand-written "رقم الأسبوع" fact row, social icons and the footer (copyright, why you got this e-mail, postal address, update preferences / unsubscribe); hidden preheader span, MSO conditional comments; <title> is the e-mail subject ("النشرة التقنية #58: …").')
PYCODEC = {'utf-8': 'utf-8', 'windows-1256': 'cp1256', 'iso-8859-6': 'iso8859_6'}
BLOCK = r'(?i)<br\s*/?>|</?(?:p|div|li|ul|ol|tr|td|th|table|tbody|h[1-6]|section|article|aside|header|footer|main|nav|figure|figcaption|blockquote|dl|dt|dd|form|center|picture|pre|fieldset|hr|caption)\b[^>]*>'
LEAK = ['اترك تعليقاً', 'زر الذهاب إلى الأعلى', 'اقرأ أيضاً', 'اقرأ أيضا', 'جميع الحقوق محفوظة', 'شاهد أيضاً',
        'إعلان', 'المصدر:', 'المصدر :', 'تحرير:', 'ذات صلة', 'الأكثر قراءة', 'تابع القراءة', 'قصص مقترحة',
        'التعليق على الصورة', 'مصدر الصورة', 'تكبير الخط', 'تصغير الخط', 'أخبار أخرى', 'إلغاء الاشتراك',
        'تصوير:', 'أضف تعليقك', 'نهاية القائمة', 'مباشر', 'طباعة', 'Tourism', 'the', '#']

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
        elif flat.count(p) != d.get('expect_count', {}).get(p, 1):
            errs.append('para %d occurs %d times in the page text' % (i, flat.count(p)))
    # the gold is the ANT text itself: same words in the same order (see ant_check)
    ant = norm_ws(ANT[gold['source_id']]['text']).split(' ')
    mode = d.get('ant_check', 'full')
    if mode == 'full':
        if gold['text'].split() != ant:
            errs.append('gold words differ from the ANT text')
    elif mode == 'prefix':
        gw = gold['text'].split()
        if gw != ant[:len(gw)] or len(gw) >= len(ant):
            errs.append('gold words are not a proper prefix of the ANT text')
    else:
        if mode(paras) != ant:
            errs.append('gold words (without the hand-written parts) differ from the ANT text')
    if gold['title'] not in flat:
        errs.append('title not in page text')
    if gold['title'] != norm_ws(ANT[gold['source_id']]['title']):
        errs.append('gold title is not the ANT title')
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
