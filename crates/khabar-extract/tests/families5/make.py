#!/usr/bin/env python3
"""Generator for the fifth held-out "extra families" extraction test set (10 pages).

Deterministic: running it twice writes byte-identical files.  Page bytes and gold json are
produced from the same Python data (the list of gold paragraphs), so they agree.

Article text: ANT corpus v1.1 (JawharaFM, Tunisia, Apache-2.0; cite Chouigui, Ben Khiroun &
Elayeb, "ANT Corpus: An Arabic News Text Collection for Textual Classification", AICCSA 2017).
Page templates, deks, captions, comments, paywall offers, match sheets and all chrome are
hand-written here.  Helper code (paragraph splitting, teaser pool, verifier) is reused from
../families4/make.py.

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
XFAM_DIRS = [os.path.join(OUT, '..', d) for d in ('families', 'families2', 'families3', 'families4')]
FIXTURE_DIR = os.path.join(OUT, '..', 'fixtures')
SOURCE = 'antcorpus_v1.1_jawharafm'
ID_RE = r'JA-[A-Za-z]+-\d+-\d+'

# --------------------------------------------------------------------------- corpus

ANT = {}
with open(ANT_PATH, encoding='utf-8') as fh:
    for line in fh:
        d = json.loads(line)
        ANT[d['id']] = d

# source ids that must not be a main article here: dev set, the four earlier extra batches
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
    'paywall_teaser': 'JA-economy-150-20170314',
    'read_more_accordion': 'JA-internationalNews-154-20161023',
    'noscript_lazy': 'JA-technology-67-20170404',
    'ssr_partial_state': 'JA-internationalNews-707-20170416',
    'rt_like_bold_lead': 'JA-internationalNews-1026-20170601',
    'drupal8_paragraphs': 'JA-economy-21-20170105',
    'word_html_export_1256': 'JA-localNews-1669-20170223',
    'sport_match_report': 'JA-sport-1056-20170423',
    'election_results_table': 'JA-internationalNews-863-20170505',
    'mediawiki_wikinews': 'JA-internationalNews-81-23122016',
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
    rng = random.Random('pool5:%s' % seed)
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


def cut_slug(s, n):
    """A percent-encoded slug shortened to at most n characters at a word boundary (never inside an escape)."""
    if len(s) <= n:
        return s
    return s[:n].rsplit('-', 1)[0]


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


def days_before(aid, n):
    """(y, m, d) n days before the article's date: lower bound for "latest"/"most read"/ticker lists."""
    import datetime
    y, m, d = adate(aid)[:3]
    return (datetime.date(y, m, d) - datetime.timedelta(days=n)).timetuple()[:3]


PAGES = {}


def page(name):
    def deco(fn):
        PAGES[name] = fn
        return fn
    return deco




# =========================================================================== 1. business daily, hard paywall after 3 paragraphs
@page('paywall_teaser')
def paywall_teaser():
    aid = MAIN['paywall_teaser']
    r = ANT[aid]
    title = T(r)
    allparas = paragraphs(aid)
    shown = 3
    paras = allparas[:shown]
    y, mo, d, hh, mi = adate(aid)
    base = 'https://www.iqtisadi.tn'
    nid = 51000 + hnum(aid, 9000)
    url = '%s/ar/article/%d/%s' % (base, nid, pslug(title))
    dek = 'ارتفاع الواردات الغذائية بأكثر من النصف خلال شهري جانفي وفيفري يقلص نسبة التغطية ويضاعف العجز الغذائي ثلاث مرات تقريبا مقارنة بالسنة الماضية.'
    caption = 'شحنة من الحبوب الموردة في ميناء رادس (صورة أرشيفية)'
    pitch = ('تابع قراءة هذا المقال وكل تحاليل «الاقتصادي» ومؤشرات الأسواق والملفات الحصرية عبر اشتراك رقمي يمنحك وصولا غير محدود '
             'إلى الموقع والتطبيق والنسخة الرقمية من الجريدة الأسبوعية.')
    legal = 'الأسعار بالدينار التونسي وتشمل الأداء على القيمة المضافة. يتجدد الاشتراك آليا ويمكنك إلغاؤه من صفحة حسابك في أي وقت.'
    plans = [
        ('monthly', 'الاشتراك الشهري', '12', 'د.ت / الشهر', None, 'اشترك الآن',
         ['وصول غير محدود إلى جميع المقالات والتحاليل', 'النشرة الاقتصادية اليومية في بريدك كل صباح', 'إمكانية إلغاء الاشتراك في أي وقت']),
        ('yearly', 'الاشتراك السنوي', '99', 'د.ت / السنة', 'الأكثر طلبا', 'اشترك الآن ووفّر 31%',
         ['كل مزايا الاشتراك الشهري', 'النسخة الرقمية من العدد الأسبوعي بصيغة PDF', 'دعوات إلى منتديات «الاقتصادي» السنوية', 'أرشيف المقالات منذ سنة 2004']),
        ('corporate', 'اشتراك المؤسسات', 'حسب العرض', 'لفرق العمل من 5 مستخدمين فما فوق', None, 'اتصل بفريقنا',
         ['حسابات متعددة لفريق عملك', 'فوترة موحدة ودعم مخصص', 'تقارير قطاعية شهرية']),
    ]
    related = pool('pw-rel', 4, category='economy', keywords=['الميزان التجاري', 'الصادرات', 'الواردات', 'زيت الزيتون', 'التمور'])
    most = pool('pw-most', 6, category=('economy', 'localNews'), since=days_before(aid, 45))
    latest = pool('pw-latest', 5, category='economy', since=days_before(aid, 30))
    nav = [('الرئيسية', '/ar'), ('وطني', '/ar/national'), ('مؤسسات', '/ar/entreprises'), ('مالية وبورصة', '/ar/finance'),
           ('فلاحة', '/ar/agriculture'), ('طاقة', '/ar/energie'), ('دولي', '/ar/international'), ('رأي', '/ar/opinions'),
           ('ملفات', '/ar/dossiers'), ('الاقتصادي بلس', '/ar/plus')]
    ticker = [('توننداكس', '5608,21', '+0,34%'), ('أورو / دينار', '2,4817', '+0,12%'), ('دولار / دينار', '2,3325', '-0,08%'),
              ('برنت (دولار)', '51,35', '-0,61%'), ('ذهب (أونصة)', '1203,40', '+0,20%')]

    def link(rr):
        return '%s/ar/article/%d/%s' % (base, 51000 + hnum(rr['id'], 9000), cut_slug(pslug(T(rr)), 80))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "description": dek,
          "datePublished": iso(aid), "dateModified": iso(aid), "mainEntityOfPage": url, "isAccessibleForFree": "False",
          "author": {"@type": "Person", "name": "سنية الماجري"},
          "publisher": {"@type": "Organization", "name": "الاقتصادي", "logo": {"@type": "ImageObject", "url": base + "/static/img/logo-iqtisadi.png"}},
          "image": "%s/media/%d/%02d/cereales-rades.jpg" % (base, y, mo)}
    H = []
    H.append('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
             '<title>%s | الاقتصادي</title>\n<meta name="description" content="%s">\n<link rel="canonical" href="%s">\n'
             '<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n<meta property="og:description" content="%s">\n'
             '<meta property="article:content_tier" content="locked">\n<meta name="access" content="subscriber">\n'
             '<link rel="stylesheet" href="/static/css/iqtisadi.min.css?v=2017.3">\n<script type="application/ld+json">%s</script>\n'
             '<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"pageType":"article","access":"locked","section":"agriculture","articleId":%d});</script>\n</head>\n' % (
                 E(title), A(dek), url, A(title), A(dek), J(ld), nid))
    H.append('<body class="article-page is-locked">\n<div class="market-bar"><div class="container"><ul class="market-bar__list">\n')
    for lab, v, ch in ticker:
        H.append('<li class="market-bar__item %s"><span class="market-bar__label">%s</span> <span class="market-bar__value">%s</span> <span class="market-bar__change">%s</span></li>\n' % (
            'up' if ch.startswith('+') else 'down', lab, v, ch))
    H.append('</ul><span class="market-bar__time">أسعار الإغلاق %02d/%02d/%d</span></div></div>\n' % (d, mo, y))
    H.append('<header class="site-header"><div class="container"><a class="logo" href="/ar"><img src="/static/img/logo-iqtisadi.svg" alt="الاقتصادي" width="190" height="46"></a>'
             '<div class="header-actions"><a class="btn-subscribe" href="/ar/abonnement">اشترك</a> <a class="btn-login" href="/ar/connexion">تسجيل الدخول</a> '
             '<a class="lang" href="/fr" lang="fr">Français</a></div></div>\n<nav class="main-nav"><div class="container"><ul>\n')
    for lab, h in nav:
        H.append('<li%s><a href="%s">%s</a></li>\n' % (' class="active"' if lab == 'فلاحة' else '', h, lab))
    H.append('</ul></div></nav>\n</header>\n')
    H.append('<div class="container page">\n<main class="main-col">\n<ol class="breadcrumb"><li><a href="/ar">الرئيسية</a></li><li><a href="/ar/agriculture">فلاحة</a></li></ol>\n'
             '<article class="article" id="article-%d">\n<header class="article__header">\n<span class="badge-premium"><svg class="icon-lock" width="12" height="12" aria-hidden="true"></svg> للمشتركين</span>\n'
             '<h1 class="article__title">%s</h1>\n<p class="article__lead">%s</p>\n'
             '<div class="article__meta"><span class="author">بقلم <a href="/ar/auteur/sonia-majri">سنية الماجري</a></span> <time datetime="%s">%s - %02d:%02d</time> <span class="reading-time">قراءة 6 دقائق</span></div>\n'
             '<ul class="article__share"><li><a href="https://www.facebook.com/sharer/sharer.php?u=%s">فيسبوك</a></li><li><a href="https://twitter.com/intent/tweet?url=%s">تويتر</a></li><li><a href="https://www.linkedin.com/shareArticle?url=%s">لينكدإن</a></li><li><button class="bookmark" type="button">حفظ</button></li></ul>\n'
             '</header>\n<figure class="article__image"><img src="%s/media/%d/%02d/cereales-rades.jpg" alt="%s" width="820" height="461"><figcaption>%s</figcaption></figure>\n'
             '<div class="article__body article__body--truncated">\n' % (
                 nid, E(title), E(dek), iso(aid), tn_date(aid), hh, mi, Q(url), Q(url), Q(url), base, y, mo, A(caption), E(caption)))
    for p in paras:
        H.append('<p>%s</p>\n' % E(p))
    H.append('<div class="paywall-fade" aria-hidden="true"></div>\n</div>\n')
    H.append('<section class="paywall" id="paywall" data-offer="digital-2017">\n<div class="paywall__head"><svg class="icon-lock" width="28" height="28" aria-hidden="true"></svg>\n'
             '<h2 class="paywall__title">هذا المحتوى متاح للمشتركين</h2>\n<p class="paywall__pitch">%s</p>\n</div>\n<div class="paywall__plans">\n' % E(pitch))
    for key, name, price, per, badge, cta, feats in plans:
        H.append('<div class="plan plan--%s">%s<h3 class="plan__name">%s</h3><p class="plan__price"><strong>%s</strong> <span>%s</span></p>\n<ul class="plan__features">\n%s</ul>\n'
                 '<a class="plan__cta" href="/ar/abonnement/%s?article=%d">%s</a></div>\n' % (
                     key, '<span class="plan__badge">%s</span>' % badge if badge else '', name, price, per,
                     ''.join('<li>%s</li>\n' % f for f in feats), key, nid, cta))
    H.append('</div>\n<p class="paywall__login">لديك اشتراك؟ <a href="/ar/connexion?next=%s">تسجيل الدخول</a> · اشترك عبر الهاتف: <a href="tel:+21671000000">71 000 000</a></p>\n'
             '<p class="paywall__legal">%s</p>\n</section>\n' % (Q(url), E(legal)))
    H.append('<div class="article__tags"><span>الكلمات المفاتيح:</span> <a href="/ar/tag/balance-alimentaire">الميزان التجاري الغذائي</a> <a href="/ar/tag/importations">الواردات</a> '
             '<a href="/ar/tag/exportations">الصادرات</a> <a href="/ar/tag/ministere-agriculture">وزارة الفلاحة</a></div>\n</article>\n')
    H.append('<section class="related"><h2 class="section-title">في نفس السياق</h2>\n<div class="related__grid">\n')
    for rr in related:
        H.append('<article class="card"><a class="card__img" href="%s"><img src="%s/media/thumbs/%s.jpg" alt="" loading="lazy"></a><h3 class="card__title"><a href="%s">%s</a></h3>'
                 '<p class="card__excerpt">%s</p><span class="card__date">%s</span></article>\n' % (
                     link(rr), base, hexid(rr['id'], 10), link(rr), E(T(rr)), E(first_sentence(rr, 32)), tn_date(rr['id'])))
    H.append('</div>\n</section>\n</main>\n<aside class="side-col">\n<div class="widget widget--subscribe"><h3>الاقتصادي بلس</h3><p>كل المقالات والتحاليل والمؤشرات ابتداء من 12 دينارا في الشهر.</p><a href="/ar/abonnement">اكتشف العروض</a></div>\n'
             '<div class="widget widget--most"><h3 class="widget__title">الأكثر قراءة</h3><ol>\n')
    for rr in most:
        H.append('<li><a href="%s">%s</a></li>\n' % (link(rr), E(T(rr))))
    H.append('</ol></div>\n<div class="widget widget--latest"><h3 class="widget__title">آخر المقالات</h3><ul>\n')
    for rr in latest:
        H.append('<li><a href="%s">%s</a> <time>%s</time></li>\n' % (link(rr), E(T(rr)), tn_date(rr['id'])))
    H.append('</ul></div>\n<div class="widget widget--newsletter"><h3>النشرة الاقتصادية</h3><p>ملخص أهم الأخبار الاقتصادية والمالية كل صباح في بريدك الإلكتروني.</p>'
             '<form action="/ar/newsletter" method="post"><input type="email" name="email" placeholder="بريدك الإلكتروني"><button type="submit">تسجيل</button></form></div>\n</aside>\n</div>\n')
    H.append('<footer class="site-footer"><div class="container"><ul class="footer-links"><li><a href="/ar/qui-sommes-nous">من نحن</a></li><li><a href="/ar/abonnement">الاشتراكات</a></li>'
             '<li><a href="/ar/publicite">الإشهار</a></li><li><a href="/ar/cgv">شروط البيع</a></li><li><a href="/ar/contact">اتصل بنا</a></li></ul>'
             '<p class="copyright">&copy; 2004 - 2017 الاقتصادي. جميع الحقوق محفوظة.</p></div></footer>\n<script src="/static/js/iqtisadi.min.js?v=2017.3" defer></script>\n</body>\n</html>\n')

    def check(doc, flat, lines):
        errs = []
        for p in allparas[shown:]:
            if p in flat or E(p) in doc:
                errs.append('a paragraph behind the paywall is in the file')
        return errs
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='meta-charset', check=check, ant_check='prefix',
                present=['هذا المحتوى متاح للمشتركين', pitch, legal, dek, caption] + [f for pl in plans for f in pl[6]],
                absent_from_gold=[pitch, legal, dek],
                hard='Hard paywall of a business daily: only the first 3 paragraphs (185 of the article\'s 431 words) are in the file, in div.article__body--truncated, followed inside the same <article> by section.paywall: "هذا المحتوى متاح للمشتركين", a 26-word pitch <p>, three plan cards (name, price, 3-4 feature <li>s, call-to-action), a login line and a 20-word legal <p>; dek p.article__lead, lock badge, market-data bar, "في نفس السياق" cards with 32-word excerpts, most-read, latest, subscribe and newsletter widgets; JSON-LD isAccessibleForFree "False". Gold = the 3 visible paragraphs (the rest is not in the file).')

# =========================================================================== 2. Bootstrap site, second half of the body in a collapsed "اقرأ المزيد" block
@page('read_more_accordion')
def read_more_accordion():
    aid = MAIN['read_more_accordion']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    cut = 5
    y, mo, d, hh, mi = adate(aid)
    base = 'https://www.khabarna.info'
    nid = 230000 + hnum(aid, 9999)
    url = '%s/world/%d.html' % (base, nid)
    caption = 'الممثلة ليندا كارتر (يسارا) والممثلة غال غادوت خلال حفل الأمم المتحدة في نيويورك'
    comments = [
        ('سلمى', 'منذ 5 ساعات', 'اختيار غريب فعلا، كان بإمكان المنظمة أن تختار امرأة حقيقية من ملايين النساء اللواتي يناضلن كل يوم من أجل حقوقهن في الميدان.'),
        ('كريم بن صالح', 'منذ 4 ساعات', 'الشخصية الخيالية تصل إلى الأطفال والشباب أكثر من أي خطاب رسمي، ولا أرى مشكلة في ذلك ما دامت الرسالة هي المساواة بين الجنسين.'),
        ('منى', 'منذ ساعتين', 'المشكلة ليست في الشخصية بل في توقيت الاختيار، فالمنظمة لم تنجح حتى في اختيار امرأة لمنصب الأمين العام.'),
    ]
    related = pool('rm-rel', 4, category=('internationalNews', 'diverse'), keywords=['الأمم المتحدة', 'المرأة', 'النساء', 'غوتيريس', 'غوتيريز'])
    most = pool('rm-most', 6, category=('internationalNews', 'diverse', 'culture'), since=days_before(aid, 30))
    breaking = pool('rm-break', 3, category=('internationalNews', 'politic', 'localNews'), since=days_before(aid, 4))
    nav = ['الرئيسية', 'أخبار محلية', 'عربي ودولي', 'اقتصاد', 'رياضة', 'ثقافة وفنون', 'منوعات', 'تكنولوجيا', 'فيديو']

    def link(rr):
        return '%s/%s/%d.html' % (base, 'world' if rr['category'] == 'internationalNews' else 'misc', 230000 + hnum(rr['id'], 9999))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": iso(aid), "mainEntityOfPage": url,
          "image": "%s/uploads/%d/%02d/wonder-woman-un.jpg" % (base, y, mo), "publisher": {"@type": "Organization", "name": "خبرنا"}}
    H = []
    H.append('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
             '<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">\n<title>%s - خبرنا</title>\n<link rel="canonical" href="%s">\n'
             '<meta property="og:title" content="%s">\n<meta property="og:image" content="%s/uploads/%d/%02d/wonder-woman-un.jpg">\n'
             '<link rel="stylesheet" href="/assets/vendor/bootstrap-4.1.3-rtl/css/bootstrap.min.css">\n<link rel="stylesheet" href="/assets/vendor/font-awesome/css/font-awesome.min.css">\n'
             '<link rel="stylesheet" href="/assets/css/khabarna.css?v=31">\n'
             '<style>.collapse:not(.show){display:none}.btn-read-more[aria-expanded="true"]{display:none}.article-text p{font-size:1.15rem;line-height:2}</style>\n'
             '<script type="application/ld+json">%s</script>\n</head>\n' % (E(title), url, A(title), base, y, mo, J(ld)))
    H.append('<body>\n<nav class="navbar navbar-expand-lg navbar-dark bg-danger sticky-top">\n<div class="container">\n<a class="navbar-brand" href="/"><img src="/assets/img/logo-white.png" alt="خبرنا" height="34"></a>\n'
             '<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainNav" aria-controls="mainNav" aria-expanded="false" aria-label="القائمة"><span class="navbar-toggler-icon"></span></button>\n'
             '<div class="collapse navbar-collapse" id="mainNav">\n<ul class="navbar-nav ml-auto">\n')
    for lab in nav:
        H.append('<li class="nav-item%s"><a class="nav-link" href="/%s">%s</a></li>\n' % (' active' if lab == 'عربي ودولي' else '', hexid(lab, 6), lab))
    H.append('</ul>\n<form class="form-inline my-2 my-lg-0" action="/search"><input class="form-control form-control-sm" type="search" name="q" placeholder="بحث"></form>\n</div>\n</div>\n</nav>\n')
    H.append('<div class="breaking bg-dark text-white py-1"><div class="container"><span class="badge badge-danger">عاجل</span> %s</div></div>\n' % ' | '.join(
        '<a class="text-white" href="%s">%s</a>' % (link(rr), E(T(rr))) for rr in breaking))
    H.append('<div class="container my-4">\n<div class="row">\n<div class="col-lg-8">\n<nav aria-label="breadcrumb"><ol class="breadcrumb bg-transparent p-0">'
             '<li class="breadcrumb-item"><a href="/">الرئيسية</a></li><li class="breadcrumb-item"><a href="/world">عربي ودولي</a></li>'
             '<li class="breadcrumb-item active" aria-current="page">%s</li></ol></nav>\n' % E(title))
    H.append('<article class="post">\n<h1 class="post-title mb-3">%s</h1>\n<div class="post-meta text-muted small mb-3"><i class="fa fa-clock-o"></i> %s <span class="mx-2">|</span> '
             '<i class="fa fa-user"></i> خبرنا - متابعات <span class="mx-2">|</span> <i class="fa fa-eye"></i> %d مشاهدة</div>\n'
             '<figure class="figure w-100"><img class="figure-img img-fluid rounded" src="%s/uploads/%d/%02d/wonder-woman-un.jpg" alt="%s"><figcaption class="figure-caption">%s</figcaption></figure>\n'
             '<div class="share-buttons mb-3"><a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer.php?u=%s"><i class="fa fa-facebook"></i> شارك</a> '
             '<a class="btn btn-sm btn-info" href="https://twitter.com/share?url=%s"><i class="fa fa-twitter"></i> غرّد</a> '
             '<a class="btn btn-sm btn-success" href="whatsapp://send?text=%s"><i class="fa fa-whatsapp"></i> واتساب</a></div>\n'
             '<div class="article-text">\n' % (E(title), tn_date(aid, True), 1200 + hnum(aid, 5000), base, y, mo, A(caption), E(caption), Q(url), Q(url), Q(url)))
    for p in paras[:cut]:
        H.append('<p>%s</p>\n' % E(p))
    H.append('<div class="text-center my-3"><button class="btn btn-outline-danger btn-read-more" type="button" data-toggle="collapse" data-target="#more" aria-expanded="false" aria-controls="more">'
             'اقرأ المزيد <i class="fa fa-chevron-down"></i></button></div>\n<div class="collapse" id="more">\n')
    for p in paras[cut:]:
        H.append('<p>%s</p>\n' % E(p))
    H.append('<div class="text-center my-3"><button class="btn btn-link btn-sm text-muted" type="button" data-toggle="collapse" data-target="#more" aria-expanded="true" aria-controls="more">'
             'إخفاء <i class="fa fa-chevron-up"></i></button></div>\n</div>\n</div>\n')
    H.append('<div class="tags my-3"><i class="fa fa-tags"></i> <a class="badge badge-light" href="/tag/un">الأمم المتحدة</a> <a class="badge badge-light" href="/tag/women">حقوق المرأة</a> '
             '<a class="badge badge-light" href="/tag/cinema">سينما</a></div>\n</article>\n')
    H.append('<section class="related my-4"><h4 class="section-heading border-bottom pb-2">اقرأ أيضا</h4>\n<div class="row">\n')
    for rr in related:
        H.append('<div class="col-md-6 mb-3"><div class="card h-100"><img class="card-img-top" src="%s/uploads/thumbs/%s.jpg" alt="">'
                 '<div class="card-body"><h5 class="card-title"><a href="%s">%s</a></h5><p class="card-text">%s</p></div></div></div>\n' % (
                     base, hexid(rr['id'], 10), link(rr), E(T(rr)), E(first_sentence(rr, 30))))
    H.append('</div>\n</section>\n<section class="comments my-4">\n<a class="btn btn-light btn-block" data-toggle="collapse" href="#comments" role="button" aria-expanded="false" aria-controls="comments">'
             'عرض التعليقات (%d)</a>\n<div class="collapse" id="comments">\n' % len(comments))
    for name, when, text in comments:
        H.append('<div class="media border-bottom py-3"><img class="ml-3 rounded-circle" src="/assets/img/avatar.png" alt="" width="40" height="40">'
                 '<div class="media-body"><h6 class="mt-0">%s <small class="text-muted">%s</small></h6><p class="mb-0">%s</p></div></div>\n' % (name, when, E(text)))
    H.append('</div>\n<form class="comment-form mt-3" action="/comment" method="post"><h5>أضف تعليقك</h5><div class="form-group"><input class="form-control" name="name" placeholder="الاسم"></div>'
             '<div class="form-group"><textarea class="form-control" name="body" rows="3" placeholder="التعليق"></textarea></div><button class="btn btn-danger" type="submit">إرسال</button></form>\n</section>\n</div>\n')
    H.append('<aside class="col-lg-4">\n<div class="card mb-4"><div class="card-header bg-danger text-white">الأكثر قراءة</div><ul class="list-group list-group-flush">\n')
    for k, rr in enumerate(most):
        H.append('<li class="list-group-item"><span class="badge badge-secondary ml-2">%d</span> <a href="%s">%s</a></li>\n' % (k + 1, link(rr), E(T(rr))))
    H.append('</ul></div>\n<div class="card mb-4"><div class="card-body text-center"><span class="text-muted small">إعلان</span><div class="ad-300x250"></div></div></div>\n'
             '<div class="card mb-4"><div class="card-body"><h5 class="card-title">النشرة البريدية</h5><p class="card-text">اشترك ليصلك ملخص أهم الأخبار كل مساء.</p>'
             '<input class="form-control mb-2" type="email" placeholder="البريد الإلكتروني"><button class="btn btn-danger btn-block" type="button">اشترك</button></div></div>\n</aside>\n</div>\n</div>\n')
    H.append('<footer class="bg-dark text-white-50 py-4"><div class="container"><div class="row"><div class="col-md-6"><p>خبرنا موقع إخباري مستقل يهتم بالشأن المحلي والعربي والدولي.</p></div>'
             '<div class="col-md-6 text-left"><a class="text-white-50" href="/about">من نحن</a> · <a class="text-white-50" href="/contact">اتصل بنا</a> · <a class="text-white-50" href="/privacy">سياسة الخصوصية</a></div></div>'
             '<p class="small mb-0">جميع الحقوق محفوظة &copy; 2016 خبرنا</p></div></footer>\n'
             '<script src="/assets/vendor/jquery-3.3.1.min.js"></script>\n<script src="/assets/vendor/bootstrap-4.1.3-rtl/js/bootstrap.bundle.min.js"></script>\n</body>\n</html>\n')

    def check(doc, flat, lines):
        errs = []
        part = doc.split('<div class="collapse" id="more">', 1)
        if len(part) != 2 or not all(E(p) in part[1].split('</article>')[0] for p in paras[cut:]):
            errs.append('the second half must be inside div.collapse#more')
        if any(E(p) in part[1] for p in paras[:cut]):
            errs.append('first half leaked into the collapse')
        if doc.count('class="collapse') != 3:
            errs.append('expected three collapse blocks (nav, body, comments)')
        return errs
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='http-equiv', check=check,
                present=['اقرأ المزيد', caption] + [c[2] for c in comments],
                absent_from_gold=[c[2] for c in comments] + [caption],
                hard='Bootstrap 4 news page: the long article (752 words, 11 <p>) is split by an "اقرأ المزيد" toggle button; paragraphs 6-11 (457 words) sit in <div class="collapse" id="more"> (hidden by CSS until clicked), which ends with a "إخفاء" button. Gold = all 11 paragraphs. Two other .collapse blocks on the page are NOT content (the navbar menu and the 3 hand-written on-topic reader comments behind "عرض التعليقات (3)"), so "hidden = boilerplate" and "collapse = body" are both wrong rules. Also: breaking bar, breadcrumb ending in the title, figure caption, share buttons, tags, "اقرأ أيضا" cards with 30-word card-text excerpts, most-read list, ad, newsletter card.')

# =========================================================================== 3. lazy-loaded body: skeleton placeholders, full body only inside <noscript>
@page('noscript_lazy')
def noscript_lazy():
    aid = MAIN['noscript_lazy']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    base = 'https://www.taqni-today.com'
    pid = 18000 + hnum(aid, 4000)
    url = '%s/%d/%02d/%s/' % (base, y, mo, pslug(title))
    dek = 'تحالف ألماني بين صانع السيارات الفاخرة وأكبر مورد لقطع الغيار لتطوير سيارات أجرة تقود نفسها داخل المدن.'
    cap_lead = 'سيارة اختبار ذاتية القيادة من مرسيدس بنز خلال عرض في شتوتغارت (صورة أرشيفية)'
    cap_in = 'مقر شركة بوش في مدينة غيرلينغن قرب شتوتغارت'
    related = pool('ns-rel', 6, category=('technology', 'diverse', 'economy'), keywords=['السيارات', 'ذاتية القيادة', 'أوبر', 'تسلا', 'مرسيدس', 'فولكسفاغن', 'رونو', 'سيارات كهربائية'])
    most = pool('ns-most', 5, category=('technology', 'diverse'), since=days_before(aid, 30))
    nav = [('أخبار', 'news'), ('هواتف', 'phones'), ('سيارات', 'cars'), ('تطبيقات', 'apps'), ('ألعاب', 'games'), ('مراجعات', 'reviews'), ('شروحات', 'howto')]
    widths = [100, 96, 100, 88, 100, 93, 100, 71, 100, 97, 84, 100, 60]

    def link(rr):
        a = adate(rr['id'])
        return '%s/%d/%02d/%s/' % (base, a[0], a[1], cut_slug(pslug(T(rr)), 70))
    ld = {"@context": "https://schema.org", "@type": "Article", "headline": title, "description": dek, "datePublished": iso(aid),
          "author": {"@type": "Organization", "name": "تقني اليوم"}, "mainEntityOfPage": url}
    H = []
    H.append('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
             '<title>%s | تقني اليوم</title>\n<meta name="description" content="%s">\n<link rel="canonical" href="%s">\n'
             '<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({"gtm.start":new Date().getTime(),event:"gtm.js"});var f=d.getElementsByTagName(s)[0],j=d.createElement(s);j.async=true;j.src="https://www.googletagmanager.com/gtm.js?id="+i;f.parentNode.insertBefore(j,f);})(window,document,"script","dataLayer","GTM-K7Q2ZP");</script>\n'
             '<link rel="stylesheet" href="/assets/css/app.5c2e91.css">\n<style>.ph-line{height:14px;margin:12px 0;border-radius:4px;background:linear-gradient(90deg,#eee,#f6f6f6,#eee);background-size:200%% 100%%;animation:ph 1.2s infinite}@keyframes ph{to{background-position:-200%% 0}}</style>\n'
             '<script type="application/ld+json">%s</script>\n'
             '<script src="/assets/js/lazy-article.3e7a.js" defer></script>\n</head>\n' % (E(title), A(dek), url, J(ld)))
    H.append('<body class="single single-post postid-%d">\n<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K7Q2ZP" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>\n' % pid)
    H.append('<header class="site-header"><div class="wrap"><a class="brand" href="/"><img src="/assets/img/taqni-logo.svg" alt="تقني اليوم" width="150" height="36"></a>\n<nav class="primary-nav"><ul>\n')
    for lab, s in nav:
        H.append('<li%s><a href="/category/%s/">%s</a></li>\n' % (' class="current"' if s == 'cars' else '', s, lab))
    H.append('</ul></nav>\n<button class="dark-toggle" type="button" aria-label="الوضع الليلي"></button>\n</div></header>\n')
    H.append('<main id="main" class="wrap layout">\n<article class="post" id="post-%d">\n<header class="post-header">\n<a class="post-cat" href="/category/cars/">سيارات</a>\n'
             '<h1 class="post-title">%s</h1>\n<p class="post-excerpt">%s</p>\n'
             '<div class="post-meta"><span class="post-author">فريق التحرير</span> <time datetime="%s">%s</time> <span class="read-time">3 دقائق قراءة</span></div>\n</header>\n' % (
                 pid, E(title), E(dek), iso(aid), tn_date(aid)))
    H.append('<figure class="post-thumb"><img class="lazy" src="data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw==" data-src="/uploads/%d/%02d/daimler-bosch-robotaxi.jpg" alt="%s" width="820" height="461">'
             '<noscript><img src="/uploads/%d/%02d/daimler-bosch-robotaxi.jpg" alt="%s" width="820" height="461"></noscript><figcaption>%s</figcaption></figure>\n' % (
                 y, mo, A(cap_lead), y, mo, A(cap_lead), E(cap_lead)))
    H.append('<div class="post-body js-lazy-body" data-endpoint="/wp-json/taqni/v1/posts/%d/body" data-nonce="%s" aria-busy="true">\n<span class="sr-only">جار تحميل المقال</span>\n' % (pid, hexid(aid + 'nonce', 10)))
    for w in widths:
        H.append('<div class="ph-line" style="width:%d%%"></div>\n' % w)
    H.append('</div>\n<noscript>\n<div class="post-body post-body--static">\n')
    for k, p in enumerate(paras):
        H.append('<p>%s</p>\n' % E(p))
        if k == 2:
            H.append('<figure class="inline-img"><img src="/uploads/%d/%02d/bosch-gerlingen.jpg" alt="%s" width="700" height="394"><figcaption>%s</figcaption></figure>\n' % (y, mo, A(cap_in), E(cap_in)))
    H.append('</div>\n</noscript>\n')
    H.append('<div class="post-tags"><a href="/tag/mercedes/" rel="tag">مرسيدس</a> <a href="/tag/bosch/" rel="tag">بوش</a> <a href="/tag/self-driving/" rel="tag">القيادة الذاتية</a> <a href="/tag/uber/" rel="tag">أوبر</a></div>\n'
             '<div class="post-share"><span>شارك:</span> <a href="https://www.facebook.com/sharer.php?u=%s">فيسبوك</a> <a href="https://twitter.com/intent/tweet?url=%s">تويتر</a> <a href="https://t.me/share/url?url=%s">تلغرام</a></div>\n' % (Q(url), Q(url), Q(url)))
    H.append('<section class="related-posts"><h2 class="block-title">مقالات ذات صلة</h2>\n<div class="grid">\n')
    for rr in related:
        H.append('<article class="mini-post"><a href="%s"><img src="/uploads/thumbs/%s.jpg" alt="" loading="lazy" width="300" height="169"></a>'
                 '<h3 class="mini-post__title"><a href="%s">%s</a></h3><p class="mini-post__excerpt">%s</p></article>\n' % (
                     link(rr), hexid(rr['id'], 10), link(rr), E(T(rr)), E(first_sentence(rr, 34))))
    H.append('</div>\n</section>\n<section id="comments" class="comments-area" data-lazy="disqus"><h2 class="block-title">التعليقات</h2><div id="disqus_thread"></div>'
             '<noscript>يرجى تفعيل جافاسكريبت لعرض <a href="https://disqus.com/?ref_noscript">التعليقات المدعومة من Disqus.</a></noscript></section>\n</article>\n')
    H.append('<aside class="sidebar">\n<section class="widget"><h3 class="widget-title">الأكثر قراءة هذا الأسبوع</h3><ol class="popular">\n')
    for rr in most:
        H.append('<li><a href="%s">%s</a></li>\n' % (link(rr), E(T(rr))))
    H.append('</ol></section>\n<section class="widget widget-newsletter"><h3 class="widget-title">النشرة التقنية</h3><p>أهم أخبار الهواتف والسيارات الذكية والتطبيقات مرة في الأسبوع، بلا إزعاج.</p>'
             '<form><input type="email" placeholder="بريدك الإلكتروني"><button type="submit">اشترك</button></form></section>\n</aside>\n</main>\n')
    H.append('<footer class="site-footer"><div class="wrap"><p>&copy; 2017 تقني اليوم &middot; <a href="/about/">من نحن</a> &middot; <a href="/privacy/">الخصوصية</a> &middot; <a href="/contact/">اتصل بنا</a></p></div></footer>\n'
             '<script>window.TAQNI={postId:%d,lazyBody:true,commentsProvider:"disqus"};</script>\n</body>\n</html>\n' % pid)

    def check(doc, flat, lines):
        errs = []
        for p in paras:
            if p in flat:
                errs.append('a body paragraph is visible outside <noscript>')
        ns = noscript_lines(doc)
        for p in paras:
            if ns.count(p) != 1:
                errs.append('body paragraph not exactly once as a line inside <noscript>')
        return errs
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='meta-charset', check=check,
                gold_view='noscript',
                present=[dek, cap_lead] + [first_sentence(rr, 34) for rr in related],
                absent_from_gold=[dek, cap_lead, cap_in],
                hard='Lazy-loaded body: the visible DOM has only div.js-lazy-body with 13 skeleton div.ph-line placeholders (aria-busy, a screen-reader "جار تحميل المقال", a data-endpoint for the JS fetch); the only copy of the 5 body paragraphs (258 words) is inside a <noscript> right after it (with an inline figure + caption). An HTML5 parser with scripting on sees that <noscript> as raw text, so the body must be re-parsed from it. Other <noscript>s hold a GTM iframe, an image fallback and the Disqus message. Outside <noscript> the visible text is the dek, captions, 6 "مقالات ذات صلة" cards with first-sentence excerpts of up to 34 words (217 words, close to the article\'s 258), popular list and newsletter <p>. Gold = the noscript body (what a browser without JS and the JS-rendered page both show).')

# =========================================================================== 4. SSR page: 2 paragraphs in the HTML, the whole body in window.__INITIAL_STATE__
@page('ssr_partial_state')
def ssr_partial_state():
    aid = MAIN['ssr_partial_state']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    ssr = 2
    y, mo, d, hh, mi = adate(aid)
    base = 'https://www.madar24.net'
    uid = '%s%s' % (hexid(aid, 8).upper(), hexid(aid + 'x', 18).upper())
    url = '%s/world/asia/%d/%02d/%02d/%s/' % (base, y, mo, d, cut_slug(pslug(title), 90))
    dek = 'صواريخ جديدة تطلق من الغواصات ومنصات متحركة محلية الصنع في استعراض "يوم الشمس" تثير قلق المختصين في الولايات المتحدة.'
    cap_lead = 'صواريخ تعرض في ساحة كيم إيل سونغ بالعاصمة بيونغ يانغ خلال الاستعراض العسكري'
    cap_in = 'الزعيم الكوري الشمالي كيم جونغ أون يحيي الجنود خلال الاستعراض'
    ad_html = '<div class="ad-slot ad-slot--inarticle" data-slot="/2194851/madar24/world/inarticle_1"><span class="ad-slot__label">إعلان</span></div>'
    inter = pool('ssr-inter', 1, category='internationalNews', keywords=['كوريا الشمالية', 'بيونغ يانغ', 'كيم جونغ'])[0]
    more = pool('ssr-more', 6, category='internationalNews', keywords=['كوريا', 'الصين', 'اليابان', 'ترامب'])
    most = pool('ssr-most', 8, category=('internationalNews', 'politic', 'diverse'), since=days_before(aid, 7))
    trending = ['كوريا الشمالية', 'سوريا', 'الانتخابات الفرنسية', 'ترامب', 'ليبيا']
    nav = [('الرئيسية', '/'), ('العالم', '/world/'), ('الشرق الأوسط', '/middle-east/'), ('المغرب العربي', '/maghreb/'), ('اقتصاد', '/business/'),
           ('علوم', '/science/'), ('رياضة', '/sport/'), ('فيديو', '/video/')]

    def link(rr):
        a = adate(rr['id'])
        return '%s/world/%d/%02d/%02d/%s/' % (base, a[0], a[1], a[2], cut_slug(pslug(T(rr)), 70))

    def el(t, **kw):
        e = {"_id": hexid(aid + t + str(len(elements)), 26).upper(), "type": t}
        e.update(kw)
        return e
    elements = []
    for k, p in enumerate(paras):
        elements.append(el('text', content=p, additional_properties={"_id": 1492300000000 + k}))
        if k == 1:
            elements.append(el('image', url='%s/resizer/%s.jpg' % (base, hexid(aid + 'img2', 20)), caption=cap_in, credits={"affiliation": [{"name": "أ ف ب"}]}))
        if k == 2:
            elements.append(el('interstitial_link', content='اقرأ أيضا: ' + T(inter), url=link(inter)))
        if k == 4:
            elements.append(el('raw_html', content=ad_html))
    state = {
        "app": {"site": "madar24", "arcSite": "madar24-ar", "deployment": 4127, "outputType": "default"},
        "article": {
            "_id": uid, "type": "story", "canonical_url": url.replace(base, ''),
            "headlines": {"basic": title}, "subheadlines": {"basic": dek},
            "display_date": iso(aid, '+02:00'), "first_publish_date": iso(aid, '+02:00'),
            "credits": {"by": [{"type": "author", "name": "مدار 24 - وكالات"}]},
            "taxonomy": {"primary_section": {"_id": "/world/asia", "name": "آسيا"}, "tags": [{"text": t} for t in ['كوريا الشمالية', 'كيم جونغ أون', 'صواريخ باليستية']]},
            "promo_items": {"basic": {"type": "image", "url": '%s/resizer/%s.jpg' % (base, hexid(aid + 'img', 20)), "caption": cap_lead}},
            "content_elements": elements,
            "render": {"ssr_elements": ssr, "strategy": "defer-below-fold"},
        },
        "related": [{"headline": T(rr), "description": first_sentence(rr, 30), "url": link(rr)} for rr in more],
        "mostRead": [{"headline": T(rr), "url": link(rr)} for rr in most],
    }
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "description": dek, "datePublished": iso(aid, '+02:00'),
          "mainEntityOfPage": {"@type": "WebPage", "@id": url}, "publisher": {"@type": "Organization", "name": "مدار 24"}}
    H = []
    H.append('<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/>'
             '<title>%s | مدار 24</title><link rel="canonical" href="%s"/><meta name="description" content="%s"/>'
             '<meta property="og:title" content="%s"/><meta property="og:type" content="article"/><meta property="og:url" content="%s"/>'
             '<link rel="preload" href="/pf/dist/engine/react.js?d=4127" as="script"/><link rel="stylesheet" href="/pf/resources/css/madar24.css?d=4127"/>'
             '<script type="application/ld+json">%s</script></head>\n' % (E(title), url, A(dek), A(title), url, J(ld)))
    H.append('<body><div id="fusion-app" class="fusion-app"><div class="site-shell">'
             '<header class="masthead"><a class="masthead__logo" href="/"><img src="/pf/resources/img/madar24-logo.svg" alt="مدار 24" width="160" height="40"/></a>'
             '<nav class="masthead__nav"><ul>%s</ul></nav><a class="masthead__live" href="/live/">بث مباشر</a></header>'
             '<div class="trending-bar"><span class="trending-bar__label">الأكثر تداولا</span><ul>%s</ul></div>\n' % (
                 ''.join('<li><a href="%s">%s</a></li>' % (h, lab) for lab, h in nav),
                 ''.join('<li><a href="/tags/%s/">%s</a></li>' % (Q(t), t) for t in trending)))
    H.append('<main class="article-layout"><div class="article-layout__main"><article class="story" data-story-id="%s">'
             '<div class="story__section"><a href="/world/asia/">آسيا</a></div><h1 class="story__headline">%s</h1><h2 class="story__subheadline">%s</h2>'
             '<div class="story__byline"><span class="story__author">مدار 24 - وكالات</span> <time class="story__date" datetime="%s">%s</time></div>'
             '<figure class="story__lead-art"><img src="%s/resizer/%s.jpg" alt="%s" width="1200" height="675"/><figcaption>%s <span class="credit">(أ ف ب)</span></figcaption></figure>'
             '<div class="story__body" data-rendered-elements="%d" data-total-elements="%d">' % (
                 uid, E(title), E(dek), iso(aid, '+02:00'), tn_date(aid), base, hexid(aid + 'img', 20), A(cap_lead), E(cap_lead), ssr, len(elements)))
    for p in paras[:ssr]:
        H.append('<p class="story__paragraph">%s</p>' % E(p))
    H.append('<div class="story__deferred" data-hydrate="StoryBodyRest" data-from-element="%d"></div></div>' % ssr)
    H.append('<div class="story__tags">%s</div><div class="share-bar"><button type="button" data-share="facebook">فيسبوك</button> <button type="button" data-share="twitter">تويتر</button> '
             '<button type="button" data-share="whatsapp">واتساب</button> <button type="button" data-share="copy">نسخ الرابط</button></div></article>\n' % ''.join(
                 '<a class="tag" href="/tags/%s/">%s</a> ' % (Q(t), t) for t in ['كوريا الشمالية', 'كيم جونغ أون', 'صواريخ باليستية']))
    H.append('<section class="more-stories"><h2 class="more-stories__title">المزيد من آسيا</h2><div class="more-stories__list">')
    for rr in more:
        H.append('<div class="promo"><a class="promo__image" href="%s"><img src="%s/resizer/%s.jpg" alt="" loading="lazy"/></a><h3 class="promo__headline"><a href="%s">%s</a></h3>'
                 '<p class="promo__description">%s</p></div>' % (link(rr), base, hexid(rr['id'], 20), link(rr), E(T(rr)), E(first_sentence(rr, 30))))
    H.append('</div></section></div>\n<aside class="article-layout__rail"><div class="most-read"><h2 class="most-read__title">الأكثر قراءة</h2><ol>%s</ol></div>'
             '<div class="rail-ad"><span class="ad-slot__label">إعلان</span></div></aside></main>\n' % ''.join(
                 '<li><a href="%s">%s</a></li>' % (link(rr), E(T(rr))) for rr in most))
    H.append('<footer class="site-footer"><ul><li><a href="/about/">من نحن</a></li><li><a href="/editorial-policy/">الميثاق التحريري</a></li><li><a href="/privacy/">سياسة الخصوصية</a></li>'
             '<li><a href="/contact/">اتصل بنا</a></li></ul><p>&copy; 2017 مدار 24. جميع الحقوق محفوظة.</p></footer></div></div>\n')
    H.append('<script>window.__INITIAL_STATE__=%s;</script>\n' % J(state))
    H.append('<script src="/pf/dist/engine/react.js?d=4127" defer></script><script src="/pf/dist/components/combinations/default.js?d=4127" defer></script></body></html>\n')

    def check(doc, flat, lines):
        errs = []
        for p in paras[ssr:]:
            if p in flat:
                errs.append('a deferred paragraph is in the visible HTML')
        st = state_texts(doc)
        if st != paras:
            errs.append('the text elements of __INITIAL_STATE__ are not the gold paragraphs')
        return errs
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='meta-charset', check=check,
                gold_view='ssr_state',
                present=[dek, cap_lead] + [first_sentence(rr, 30) for rr in more],
                absent_from_gold=[dek, cap_lead, cap_in, 'اقرأ أيضا'],
                hard='Arc/Fusion-style SSR page that renders only the first 2 content elements (83 of 434 words) into div.story__body and leaves an empty div.story__deferred (data-hydrate) for the rest; the whole body lives in window.__INITIAL_STATE__.article.content_elements (8 "text" elements interleaved with an image + caption, an interstitial_link "اقرأ أيضا: …" and a raw_html ad, which are not body). Gold = all 8 text elements (the article the reader sees after hydration). Visible chrome: dek h2, byline, lead-art caption, tags, share bar, "المزيد من آسيا" promos with 30-word descriptions, most-read rail, trending bar; the state also holds related/mostRead lists. JSON-LD has only the description.')

# =========================================================================== 5. RT-Arabic-like page: bold lead block, in-body "اقرأ المزيد" and "تابعوا … على" promos
@page('rt_like_bold_lead')
def rt_like_bold_lead():
    aid = MAIN['rt_like_bold_lead']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    base = 'https://arabic.eurasia-today.com'
    nid = 880000 + hnum(aid, 99999)
    url = '%s/news/%d-%s/' % (base, nid, cut_slug(pslug(title), 60))
    short = 'https://ar.eat.im/%s' % hexid(aid, 4)
    caption = 'الرئيس الأمريكي دونالد ترامب في حديقة الورود بالبيت الأبيض'
    source_line = 'المصدر: رويترز'
    ra = pool('at-ra', 2, category='internationalNews', keywords=['المناخ', 'ترامب', 'أوباما', 'البيت الأبيض'])
    chosen = pool('at-chosen', 6, category='internationalNews', keywords=['ترامب', 'الولايات المتحدة', 'واشنطن', 'روسيا'])
    most = pool('at-most', 8, category=('internationalNews', 'diverse'), since=days_before(aid, 2))
    promo_tg = 'تابعوا AT على تلغرام'
    nav = [('الرئيسية', '/'), ('الشرق الأوسط', '/middle_east/'), ('العالم', '/world/'), ('روسيا', '/russia/'), ('اقتصاد', '/business/'),
           ('علوم وتكنولوجيا', '/technology/'), ('رياضة', '/sport/'), ('منوعات', '/varieties/'), ('فيديو', '/video/'), ('برامج', '/programs/')]
    platforms = [('تلغرام', 'https://t.me/at_arabic'), ('فيسبوك', 'https://www.facebook.com/atarabic'), ('تويتر', 'https://twitter.com/atarabic'),
                 ('يوتيوب', 'https://www.youtube.com/atarabic'), ('إنستغرام', 'https://www.instagram.com/atarabic')]

    def link(rr):
        return '%s/news/%d-%s/' % (base, 880000 + hnum(rr['id'], 99999), cut_slug(pslug(T(rr)), 60))

    def readmore(rr):
        return ('<div class="read-more"><div class="read-more__title">اقرأ المزيد</div><div class="read-more__wrapper"><a class="read-more__cover" href="%s">'
                '<img class="read-more__img" src="%s/static.eat/article/thumbnail/%s.jpg" alt=""></a><div class="read-more__text"><a class="read-more__link" href="%s">%s</a></div></div></div>\n' % (
                    link(rr), base, hexid(rr['id'], 16), link(rr), E(T(rr))))
    H = []
    H.append('<!DOCTYPE html>\n<html lang="ar" dir="rtl" prefix="og: http://ogp.me/ns#">\n<head>\n<meta charset="UTF-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n'
             '<title>%s - AT Arabic</title>\n<meta name="description" content="%s">\n<link rel="canonical" href="%s">\n<link rel="amphtml" href="%s?amp">\n'
             '<meta property="og:title" content="%s">\n<meta property="og:url" content="%s">\n<meta name="mediator" content="%d">\n<meta name="mediator_author" content="">\n'
             '<link rel="stylesheet" href="/static.eat/css/main.min.css?v=1496">\n</head>\n' % (E(title), A(paras[0]), url, url, A(title), url, nid))
    H.append('<body class="page page_article">\n<div class="layout">\n<header class="layout__header header">\n<div class="header__top"><a class="header__logo" href="/"><img src="/static.eat/img/logo-at-arabic.svg" alt="AT Arabic" width="140" height="40"></a>'
             '<a class="header__live" href="/live/">البث المباشر</a><form class="header__search" action="/search/"><input type="text" name="q" placeholder="بحث"></form></div>\n'
             '<nav class="header__menu menu"><ul class="menu__list">%s</ul></nav>\n</header>\n' % ''.join(
                 '<li class="menu__item%s"><a class="menu__link" href="%s">%s</a></li>' % (' menu__item_active' if h == '/world/' else '', h, lab) for lab, h in nav))
    H.append('<div class="layout__content">\n<div class="layout__main">\n<div class="article" data-id="%d">\n'
             '<div class="article__short-url">رابط مختصر <input class="short-url__input" type="text" value="%s" readonly> <button class="short-url__copy" type="button">نسخ</button></div>\n'
             '<div class="article__date-autor-shortcode"><div class="date"><time class="date date_article-header" datetime="%s">%02d.%02d.%d | %02d:%02d GMT</time></div></div>\n'
             '<h1 class="article__heading article__heading_article-page">%s</h1>\n'
             '<div class="article__summary article__summary_article-page js-mediator-article">%s</div>\n'
             '<div class="article__cover"><div class="cover__media"><img src="%s/static.eat/article/%s.jpg" alt="%s" width="980" height="551"></div>'
             '<div class="article__cover-title">%s</div><div class="article__cover-copyright">Reuters</div></div>\n'
             '<div class="article__text article__text_article-page js-mediator-article">\n' % (
                 nid, short, iso(aid), d, mo, y, (hh - 1) % 24, mi, E(title), E(paras[0]), base, hexid(aid, 16), A(caption), E(caption)))
    for k, p in enumerate(paras[1:], 1):
        H.append('<p>%s</p>\n' % E(p))
        if k == 1:
            H.append(readmore(ra[0]))
        if k == 2:
            H.append('<p class="article__promo"><a href="https://t.me/at_arabic" target="_blank" rel="noopener"><strong>%s</strong></a></p>\n' % promo_tg)
        if k == 3:
            H.append(readmore(ra[1]))
    H.append('<p><strong>%s</strong></p>\n</div>\n' % source_line)
    H.append('<div class="tags-trends"><span class="tags-trends__title">الكلمات الدلالية:</span> <a href="/trends/trump/">دونالد ترامب</a> <a href="/trends/climate/">تغير المناخ</a> '
             '<a href="/trends/usa/">الولايات المتحدة</a></div>\n'
             '<div class="article__share share"><span class="share__title">شارك:</span> <a class="share__item" href="https://www.facebook.com/sharer/sharer.php?u=%s">فيسبوك</a> '
             '<a class="share__item" href="https://twitter.com/intent/tweet?url=%s">تويتر</a> <a class="share__item" href="https://vk.com/share.php?url=%s">فكونتاكتي</a></div>\n' % (Q(url), Q(url), Q(url)))
    H.append('<div class="follows-channel"><div class="follows-channel__title">تابعوا AT على</div><ul class="follows-channel__list">%s</ul></div>\n' % ''.join(
        '<li class="follows-channel__item"><a href="%s" target="_blank" rel="noopener">%s</a></li>' % (h, lab) for lab, h in platforms))
    H.append('<div class="article__comments"><div class="comments__title">التعليقات</div><div id="hypercomments_widget" data-xid="%d"></div></div>\n</div>\n' % nid)
    H.append('<div class="mediator"><div class="mediator__title">اخترنا لكم</div><div class="mediator__list">\n')
    for rr in chosen:
        H.append('<div class="card card_mediator"><a class="card__cover" href="%s"><img src="%s/static.eat/article/thumbnail/%s.jpg" alt=""></a>'
                 '<div class="card__heading"><a class="link" href="%s">%s</a></div><div class="card__summary">%s</div></div>\n' % (
                     link(rr), base, hexid(rr['id'], 16), link(rr), E(T(rr)), E(first_sentence(rr, 30))))
    H.append('</div></div>\n</div>\n<div class="layout__rightside">\n<div class="rows-news"><div class="rows-news__title">الأكثر قراءة</div><ul class="rows-news__list">\n')
    for rr in most:
        a = adate(rr['id'])
        H.append('<li class="rows-news__item"><span class="rows-news__time">%02d:%02d</span> <a class="rows-news__link" href="%s">%s</a></li>\n' % (a[3], a[4], link(rr), E(T(rr))))
    H.append('</ul></div>\n<div class="subscribe-box"><div class="subscribe-box__title">اشترك في نشرتنا</div><p class="subscribe-box__text">أبرز الأخبار والتقارير في بريدك الإلكتروني كل صباح.</p>'
             '<form><input type="email" placeholder="البريد الإلكتروني"><button type="submit">اشتراك</button></form></div>\n</div>\n</div>\n')
    H.append('<footer class="layout__footer footer"><div class="footer__copyright">&copy; 2017 AT Arabic. جميع الحقوق محفوظة</div><ul class="footer__links"><li><a href="/about/">عن القناة</a></li>'
             '<li><a href="/frequencies/">الترددات</a></li><li><a href="/contacts/">اتصل بنا</a></li><li><a href="/privacy/">سياسة الخصوصية</a></li></ul></footer>\n</div>\n'
             '<script src="/static.eat/js/main.min.js?v=1496"></script>\n</body>\n</html>\n')

    def check(doc, flat, lines):
        errs = []
        if '<div class="article__summary article__summary_article-page js-mediator-article">%s</div>' % E(paras[0]) not in doc:
            errs.append('the lead (ANT paragraph 1) must be the article__summary block')
        return errs
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='meta-charset', check=check,
                present=[promo_tg, source_line, caption, 'اقرأ المزيد'] + [T(rr) for rr in ra],
                absent_from_gold=[promo_tg, source_line, caption, 'اقرأ المزيد'],
                hard='RT-Arabic-like article: the story\'s first paragraph (the lead, 35 words, ANT paragraph 1) is not in the text block but above the cover image in div.article__summary (bold by CSS), the rest in div.article__text; gold = lead + the 5 paragraphs, because the lead is the opening of the story, not a dek (nothing repeats it). Inside article__text: two "اقرأ المزيد" read-more cards (image + linked title of other articles), a "تابعوا AT على تلغرام" promo <p><a><strong>, and a bold "المصدر: رويترز" <p> (excluded). Around: short-URL box, date line, cover caption + copyright, tags, share, "تابعوا AT على" platform list, comments widget, "اخترنا لكم" cards with 30-word summaries, most-read with times, newsletter.')

# =========================================================================== 6. Drupal 8 node built from Paragraphs components
@page('drupal8_paragraphs')
def drupal8_paragraphs():
    aid = MAIN['drupal8_paragraphs']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    base = 'https://www.marsad-eco.tn'
    nid = 4100 + hnum(aid, 800)
    alias = '/ar/%s' % pslug(title)
    chart_cap = 'تطور نسبة التضخم السنوية في تونس بين 2013 و2016 (بالمائة، سنة الأساس 2010)'
    chart_credit = 'المصدر: المعهد الوطني للإحصاء - إنجاز مرصد الاقتصاد'
    quote = 'وتطورت أسعار مجموعة التعليم بنسبة 7،2 بالمائة خلال 2016'
    assert quote in ' '.join(paras)
    facts = [('4،2 بالمائة', 'نسبة التضخم عند الاستهلاك العائلي لسنة 2016'), ('5،1 بالمائة', 'التضخم الضمني دون احتساب الطاقة والتغذية'),
             ('7،3 بالمائة', 'ارتفاع أسعار الملابس والأحذية'), ('15،5 بالمائة', 'الزيادة في تعريفة مياه الشرب والتطهير')]
    rel_in = pool('d8-relin', 3, category='economy', keywords=['التضخم', 'الأسعار', 'المقدرة الشرائية', 'الدينار'])
    rel_views = pool('d8-views', 4, category='economy', keywords=['المعهد الوطني للإحصاء', 'نسبة النمو', 'الاستهلاك', 'الأسعار'])
    latest = pool('d8-latest', 6, category=('economy', 'localNews'), since=days_before(aid, 7))
    most = pool('d8-most', 5, category='economy', since=days_before(aid, 60))

    def link(rr):
        return '/ar/node/%d' % (4100 + hnum(rr['id'], 800) + 1000)

    def text_par(ps, k):
        return ('<div class="paragraph paragraph--type--text paragraph--view-mode--default" data-paragraph-id="%d">\n'
                '<div class="clearfix text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item">%s</div>\n</div>\n' % (
                    9300 + k, ''.join('<p>%s</p>' % E(p) for p in ps)))

    def teaser(rr):
        return ('<article role="article" about="%s" class="node node--type-article node--view-mode-teaser">\n<h2 class="node__title"><a href="%s" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">%s</span></a></h2>\n'
                '<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>%s</p></div></div>\n</article>\n' % (
                    link(rr), link(rr), E(T(rr)), E(first_sentence(rr, 35))))

    def related_par(label, rows, k):
        return ('<div class="paragraph paragraph--type--related-content paragraph--view-mode--default" data-paragraph-id="%d">\n'
                '<div class="field field--name-field-label field--type-string field--label-hidden field__item">%s</div>\n'
                '<div class="field field--name-field-related-nodes field--type-entity-reference field--label-hidden field__items">\n%s</div>\n</div>\n' % (
                    9300 + k, label, ''.join('<div class="field__item">%s</div>\n' % teaser(rr) for rr in rows)))
    comps = []
    comps.append(text_par(paras[0:2], 1))
    comps.append('<div class="paragraph paragraph--type--image paragraph--view-mode--default" data-paragraph-id="9302">\n'
                 '<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img src="/sites/default/files/styles/wide/public/%d-%02d/inflation-2013-2016.png?itok=%s" width="900" height="500" alt="%s" typeof="foaf:Image" class="image-style-wide"></div>\n'
                 '<div class="field field--name-field-caption field--type-string field--label-hidden field__item">%s</div>\n'
                 '<div class="field field--name-field-credit field--type-string field--label-hidden field__item">%s</div>\n</div>\n' % (y, mo, hexid(aid, 8), A(chart_cap), E(chart_cap), E(chart_credit)))
    comps.append(text_par(paras[2:4], 3))
    comps.append(related_par('اقرأ أيضا', rel_in[:2], 4))
    comps.append(text_par(paras[4:6], 5))
    comps.append('<div class="paragraph paragraph--type--quote paragraph--view-mode--default" data-paragraph-id="9306">\n<blockquote class="field field--name-field-quote field--type-string-long field--label-hidden field__item">%s</blockquote>\n'
                 '<div class="field field--name-field-quote-source field--type-string field--label-hidden field__item">المعهد الوطني للإحصاء</div>\n</div>\n' % E(quote))
    comps.append(text_par(paras[6:8], 7))
    comps.append('<div class="paragraph paragraph--type--factbox paragraph--view-mode--default" data-paragraph-id="9308">\n<div class="field field--name-field-factbox-title field--type-string field--label-hidden field__item">بالأرقام</div>\n'
                 '<div class="field field--name-field-facts field--type-entity-reference-revisions field--label-hidden field__items">\n%s</div>\n</div>\n' % ''.join(
                     '<div class="field__item"><div class="paragraph paragraph--type--fact paragraph--view-mode--default"><div class="field field--name-field-number field__item">%s</div>'
                     '<div class="field field--name-field-fact-text field__item">%s</div></div></div>\n' % (n, t) for n, t in facts))
    comps.append(text_par(paras[8:10], 9))
    comps.append(related_par('ملفات ذات صلة', rel_in[2:], 10))
    assert len(paras) == 10
    settings = {"path": {"baseUrl": "/", "scriptPath": None, "pathPrefix": "ar/", "currentPath": "node/%d" % nid, "currentPathIsAdmin": False, "isFront": False, "currentLanguage": "ar"},
                "pluralDelimiter": "\u0003", "ajaxPageState": {"libraries": "addtoany/addtoany,classy/base,classy/messages,core/html5shiv,marsad/global-styling,paragraphs/drupal.paragraphs.unpublished,statistics/drupal.statistics,views/views.module",
                                                                "theme": "marsad", "theme_token": None},
                "statistics": {"data": {"nid": str(nid)}, "url": "/core/modules/statistics/statistics.php"}, "user": {"uid": 0, "permissionsHash": hexid(aid + 'perm', 64)}}
    H = []
    H.append('<!DOCTYPE html>\n<html lang="ar" dir="rtl" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#">\n'
             '  <head>\n    <meta charset="utf-8" />\n<meta name="title" content="%s | مرصد الاقتصاد" />\n<link rel="canonical" href="%s%s" />\n<meta name="Generator" content="Drupal 8 (https://www.drupal.org)" />\n'
             '<meta name="MobileOptimized" content="width" />\n<meta name="HandheldFriendly" content="true" />\n<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
             '<link rel="shortlink" href="%s/ar/node/%d" />\n<link rel="revision" href="%s%s" />\n'
             '    <title>%s | مرصد الاقتصاد</title>\n    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_%s.css?ov%s" />\n'
             '<!--[if lte IE 8]>\n<script src="/sites/default/files/js/js_VtafjXmRvoUgAzqzYTA3Wrjkx9wcWhjP0G4ZnnqRamA.js"></script>\n<![endif]-->\n  </head>\n' % (
                 E(title), base, alias, base, nid, base, alias, E(title), hexid(aid + 'css', 43), hexid(aid, 6)))
    H.append('  <body class="path-node page-node-type-article">\n        <a href="#main-content" class="visually-hidden focusable skip-link">\n      انتقل إلى المحتوى الرئيسي\n    </a>\n    \n'
             '      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n    <div class="layout-container">\n\n  <header role="banner">\n'
             '    <div class="region region-header">\n    <div id="block-marsad-branding" class="block block-system block-system-branding-block">\n  \n    \n'
             '        <a href="/ar" title="الرئيسية" rel="home" class="site-logo"><img src="/themes/custom/marsad/logo.svg" alt="الرئيسية" /></a>\n        <div class="site-name"><a href="/ar" title="الرئيسية" rel="home">مرصد الاقتصاد</a></div>\n'
             '        <div class="site-slogan">أرقام وتحاليل الاقتصاد التونسي</div>\n  </div>\n<div class="language-switcher-language-url block block-language block-language-blocklanguage-interface" id="block-languageswitcher" role="navigation">\n'
             '  <ul class="links"><li hreflang="ar" class="is-active"><a href="%s" class="language-link is-active" hreflang="ar">العربية</a></li><li hreflang="fr"><a href="/fr/node/%d" class="language-link" hreflang="fr">Français</a></li></ul>\n  </div>\n\n  </div>\n\n'
             '    <div class="region region-primary-menu">\n    <nav role="navigation" aria-labelledby="block-marsad-main-menu-menu" id="block-marsad-main-menu" class="block block-menu navigation menu--main">\n'
             '            <h2 class="visually-hidden" id="block-marsad-main-menu-menu">الملاحة الرئيسية</h2>\n        <ul class="menu">\n' % (alias, nid))
    for lab, h in [('الرئيسية', '/ar'), ('الظرف الاقتصادي', '/ar/conjoncture'), ('المالية العمومية', '/ar/finances-publiques'), ('الأسعار', '/ar/prix'),
                   ('التشغيل', '/ar/emploi'), ('التجارة الخارجية', '/ar/commerce'), ('مؤشرات', '/ar/indicateurs'), ('بيانات مفتوحة', '/ar/open-data')]:
        H.append('                    <li class="menu-item"><a href="%s" data-drupal-link-system-path="%s">%s</a></li>\n' % (h, h.strip('/'), lab))
    H.append('        </ul>\n  </nav>\n\n  </div>\n\n  </header>\n\n  <div class="region region-breadcrumb">\n    <div id="block-marsad-breadcrumbs" class="block block-system block-system-breadcrumb-block">\n'
             '  <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">\n    <h2 id="system-breadcrumb" class="visually-hidden">مسار التصفح</h2>\n    <ol>\n'
             '          <li><a href="/ar">الرئيسية</a></li>\n          <li><a href="/ar/prix">الأسعار</a></li>\n        </ol>\n  </nav>\n\n  </div>\n\n  </div>\n\n')
    H.append('  <main role="main">\n    <a id="main-content" tabindex="-1"></a>\n    <div class="layout-content">\n        <div class="region region-content">\n'
             '    <div id="block-marsad-page-title" class="block block-core block-page-title-block">\n  \n    \n      \n  <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">%s</span>\n</h1>\n\n\n  </div>\n'
             '<div id="block-marsad-content" class="block block-system block-system-main-block">\n  \n    \n      \n<article role="article" about="%s" class="node node--type-article node--promoted node--view-mode-full">\n\n  \n    \n\n'
             '      <footer class="node__meta">\n      <article typeof="schema:Person" about="/ar/user/17" class="profile">\n  </article>\n\n      <div class="node__submitted">\n'
             '        بواسطة <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" about="/ar/user/17" typeof="schema:Person" property="schema:name" datatype="">هيئة التحرير</span></span>\n'
             ' في <span class="field field--name-created field--type-created field--label-hidden">%s - %02d:%02d</span>\n        \n      </div>\n    </footer>\n  \n'
             '  <div class="node__content clearfix">\n    <div class="field field--name-field-image field--type-image field--label-hidden field__item">  <img src="/sites/default/files/styles/large/public/%d-%02d/marche-central.jpg?itok=%s" width="900" height="506" alt="السوق المركزية بالعاصمة" typeof="foaf:Image" class="image-style-large" />\n\n\n</div>\n'
             '      <div class="field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden field__items">\n' % (
                 E(title), alias, tn_date(aid), hh, mi, y, mo, hexid(aid + 'img', 8)))
    for c in comps:
        H.append('              <div class="field__item">%s</div>\n' % c)
    H.append('          </div>\n  \n  <div class="field field--name-field-tags field--type-entity-reference field--label-above">\n    <div class="field__label">الوسوم</div>\n          <div class="field__items">\n'
             + ''.join('              <div class="field__item"><a href="/ar/taxonomy/term/%d" hreflang="ar">%s</a></div>\n' % (30 + k, t) for k, t in enumerate(['التضخم', 'الأسعار', 'المعهد الوطني للإحصاء', 'المقدرة الشرائية']))
             + '          </div>\n      </div>\n<span class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="%s%s" data-a2a-title="%s"><a class="a2a_button_facebook"></a><a class="a2a_button_twitter"></a><a class="a2a_button_linkedin"></a><a class="a2a_dd addtoany_share_save" href="https://www.addtoany.com/share#url=%s"></a></span>\n'
             '<section class="field field--name-comment field--type-comment field--label-above comment-wrapper">\n  \n      <h2 class="title comment-form__title">أضف تعليقا</h2>\n'
             '    <form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/ar/comment/reply/node/%d/comment" method="post" id="comment-form" accept-charset="UTF-8">\n'
             '  <div class="js-form-item form-item js-form-type-textfield form-type-textfield js-form-item-name form-item-name">\n      <label for="edit-name">اسمك</label>\n        <input data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="30" maxlength="60" class="form-text" />\n\n        </div>\n'
             '<div class="js-form-item form-item js-form-type-textarea form-type-textarea js-form-item-comment-body-0-value form-item-comment-body-0-value">\n      <label for="edit-comment-body-0-value" class="js-form-required form-required">التعليق</label>\n'
             '        <div class="form-textarea-wrapper">\n  <textarea data-drupal-selector="edit-comment-body-0-value" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5" cols="60" class="form-textarea required" required="required" aria-required="true"></textarea>\n</div>\n\n        </div>\n'
             '<input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="حفظ" class="button js-form-submit form-submit" />\n\n</form>\n\n  \n</section>\n\n  </div>\n\n</article>\n\n  </div>\n' % (
                 base, alias, A(title), Q(base + alias), nid))
    H.append('<div class="views-element-container block block-views block-views-blockrelated-articles-block-1" id="block-views-block-related-articles-block-1">\n  \n      <h2>أخبار ذات صلة</h2>\n    \n      <div><div class="view view-related-articles view-id-related_articles view-display-id-block_1 js-view-dom-id-%s">\n  \n    \n      \n      <div class="view-content">\n' % hexid(aid + 'view', 64))
    for rr in rel_views:
        H.append('      <div class="views-row">%s</div>\n' % teaser(rr))
    H.append('    </div>\n  \n          </div>\n</div>\n\n  </div>\n\n  </div>\n\n    </div>\n    \n          <aside class="layout-sidebar-second" role="complementary">\n          <div class="region region-sidebar-second">\n'
             '    <div class="views-element-container block block-views block-views-blocklatest-news-block-1" id="block-views-block-latest-news-block-1">\n  \n      <h2>آخر الأخبار</h2>\n    \n      <div><div class="view view-latest-news view-id-latest_news view-display-id-block_1">\n  \n    \n      \n      <div class="item-list">\n  \n  <ul>\n\n')
    for rr in latest:
        H.append('          <li><div class="views-field views-field-title"><span class="field-content"><a href="%s" hreflang="ar">%s</a></span></div><div class="views-field views-field-created"><span class="field-content">%s</span></div></li>\n' % (
            link(rr), E(T(rr)), tn_date(rr['id'])))
    H.append('  \n  </ul>\n\n</div>\n\n    \n  \n          </div>\n</div>\n\n  </div>\n<div class="views-element-container block block-views block-views-blockpopular-block-1" id="block-views-block-popular-block-1">\n  \n      <h2>الأكثر قراءة</h2>\n    \n      <div><div class="view view-popular"><div class="item-list"><ol>\n')
    for rr in most:
        H.append('  <li><a href="%s" hreflang="ar">%s</a></li>\n' % (link(rr), E(T(rr))))
    H.append('</ol></div></div></div>\n\n  </div>\n<div id="block-newsletter" class="block block-block-content block-block-content%s">\n  \n      <h2>النشرة الأسبوعية</h2>\n    \n      \n'
             '            <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>كل يوم اثنين، أهم المؤشرات الاقتصادية والمالية في تونس مع قراءة مبسطة للأرقام.</p><p><a href="/ar/newsletter">اشترك مجانا</a></p></div>\n      \n  </div>\n\n  </div>\n\n          </aside>\n    \n  </main>\n\n' % hexid(aid + 'nl', 36))
    H.append('      <footer role="contentinfo">\n        <div class="region region-footer">\n    <div id="block-footer" class="block block-block-content">\n  \n    \n      \n'
             '            <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>مرصد الاقتصاد منصة مستقلة لمتابعة المؤشرات الاقتصادية في تونس. &copy; 2017 جميع الحقوق محفوظة.</p></div>\n      \n  </div>\n\n  </div>\n\n    </footer>\n  \n</div>\n  </div>\n\n    \n'
             '    <script type="application/json" data-drupal-selector="drupal-settings-json">%s</script>\n<script src="/sites/default/files/js/js_%s.js"></script>\n\n  </body>\n</html>\n' % (
                 json.dumps(settings, ensure_ascii=True, separators=(',', ':')).replace('</', '<\\/'), hexid(aid + 'js', 43)))

    def check(doc, flat, lines):
        errs = []
        if doc.count('paragraph--type--text ') != 5:
            errs.append('expected 5 text components')
        if flat.count(quote) != 2:
            errs.append('the pull quote must repeat a body sentence')
        return errs
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='meta-charset', check=check,
                present=[chart_cap, chart_credit, 'بالأرقام'] + [first_sentence(rr, 35) for rr in rel_in + rel_views] + [t for n, t in facts],
                absent_from_gold=[chart_cap, chart_credit, 'بالأرقام'] + [t for n, t in facts],
                hard='Drupal 8 node whose body is a Paragraphs field: 10 body <p> (609 words) spread over 5 div.paragraph--type--text components (two <p> each, in field--name-field-text) that alternate, as siblings in the same field__items, with an image component (chart caption + credit), two related-content components ("اقرأ أيضا", "ملفات ذات صلة") holding full node teasers (h2 + a first-sentence body summary <p> of 13-36 words in the same text-formatted field markup), a quote component repeating a body sentence, and a "بالأرقام" factbox of 4 number/label pairs. Classy-theme whitespace, node__meta "بواسطة … في", tags, AddToAny, comment form, views block "أخبار ذات صلة" (4 teasers with summaries in the same markup), "آخر الأخبار", "الأكثر قراءة", newsletter block <p>, drupal-settings-json.')

# =========================================================================== 7. a Word document saved as "Web Page" and published as is (windows-1256)
def word_wrap(s, width=76):
    """Word's HTML writer wraps its output near 76 columns with CRLF, breaking at spaces in the text or
    between attributes (never inside a quoted attribute value)."""
    out, line_start, last_space = [], 0, None
    in_tag, quote = False, None
    i = 0
    buf = list(s)
    breaks = []
    for i, ch in enumerate(buf):
        if in_tag:
            if quote:
                if ch == quote:
                    quote = None
            elif ch in '\'"':
                quote = ch
            elif ch == '>':
                in_tag = False
            elif ch == ' ':
                last_space = i
        else:
            if ch == '<':
                in_tag = True
            elif ch == ' ':
                last_space = i
        if i - line_start >= width and last_space is not None and last_space > line_start:
            breaks.append(last_space)
            line_start = last_space + 1
            last_space = None
    res, prev = [], 0
    for b in breaks:
        res.append(s[prev:b])
        prev = b + 1
    res.append(s[prev:])
    return '\r\n'.join(res)


WORD_AR = "lang=AR-TN style='font-size:14.0pt;line-height:150%;font-family:\"Simplified Arabic\",\"serif\";mso-ascii-font-family:\"Times New Roman\";mso-hansi-font-family:\"Times New Roman\"'"
WORD_LTR = "dir=LTR style='font-size:14.0pt;line-height:150%;font-family:\"Simplified Arabic\",\"serif\";mso-fareast-font-family:\"Times New Roman\"'"


def word_runs(text):
    """Arabic text as Word writes it: Arabic runs in <span lang=AR-TN>, digit runs in <span dir=LTR>."""
    toks = text.split(' ')
    runs, cur, cur_ltr = [], [], None
    for k, t in enumerate(toks):
        ltr = bool(re.fullmatch(r'\d+', t))
        if cur_ltr is None or ltr == cur_ltr:
            cur.append(t)
        else:
            runs.append((cur_ltr, cur))
            cur = [t]
        cur_ltr = ltr
    runs.append((cur_ltr, cur))
    out = []
    for k, (ltr, ws) in enumerate(runs):
        s = ' '.join(ws)
        if ltr:
            out.append('<span %s>%s</span><span dir=RTL></span>' % (WORD_LTR, E(s)))
        else:
            lead = ' ' if k > 0 else ''
            trail = ' ' if k < len(runs) - 1 else ''
            out.append('<span %s>%s%s%s</span>' % (WORD_AR, lead, E(s), trail))
    return ''.join(out)


@page('word_html_export_1256')
def word_html_export_1256():
    aid = MAIN['word_html_export_1256']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    num = 417
    footnote = 'تصدر البلاغات الإعلامية عن خلية الإعلام والاتصال بالولاية وتنشر على الموقع الرسمي للولاية وعلى صفحتها الرسمية بموقع فيسبوك.'
    contact = 'للاستفسار: خلية الإعلام والاتصال بولاية نابل - الهاتف 72 000 000'
    head_lines = ['الجمهورية التونسية', 'وزارة الشؤون المحلية والبيئة', 'ولاية نابل', 'خلية الإعلام والاتصال']
    S = "style='text-align:right;line-height:115%;direction:rtl;unicode-bidi:embed'"
    NL = '\r\n'
    H = []
    H.append('<html xmlns:v="urn:schemas-microsoft-com:vml"\r\nxmlns:o="urn:schemas-microsoft-com:office:office"\r\nxmlns:w="urn:schemas-microsoft-com:office:word"\r\n'
             'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"\r\nxmlns="http://www.w3.org/TR/REC-html40">\r\n\r\n<head>\r\n'
             '<meta http-equiv=Content-Type content="text/html; charset=windows-1256">\r\n<meta name=ProgId content=Word.Document>\r\n'
             '<meta name=Generator content="Microsoft Word 14">\r\n<meta name=Originator content="Microsoft Word 14">\r\n'
             '<link rel=File-List href="com-417_files/filelist.xml">\r\n<!--[if !mso]>\r\n<style>\r\nv\\:* {behavior:url(#default#VML);}\r\no\\:* {behavior:url(#default#VML);}\r\n'
             'w\\:* {behavior:url(#default#VML);}\r\n.shape {behavior:url(#default#VML);}\r\n</style>\r\n<![endif]-->\r\n<title>الجمهورية التونسية</title>\r\n'
             '<!--[if gte mso 9]><xml>\r\n <o:DocumentProperties>\r\n  <o:Author>cellule-com</o:Author>\r\n  <o:LastAuthor>PC-COM2</o:LastAuthor>\r\n  <o:Revision>3</o:Revision>\r\n'
             '  <o:TotalTime>14</o:TotalTime>\r\n  <o:LastPrinted>%04d-%02d-%02dT%02d:%02d:00Z</o:LastPrinted>\r\n  <o:Created>%04d-%02d-%02dT%02d:%02d:00Z</o:Created>\r\n'
             '  <o:LastSaved>%04d-%02d-%02dT%02d:%02d:00Z</o:LastSaved>\r\n  <o:Pages>1</o:Pages>\r\n  <o:Words>%d</o:Words>\r\n  <o:Characters>%d</o:Characters>\r\n'
             '  <o:Company>Gouvernorat de Nabeul</o:Company>\r\n  <o:Lines>9</o:Lines>\r\n  <o:Paragraphs>2</o:Paragraphs>\r\n  <o:CharactersWithSpaces>%d</o:CharactersWithSpaces>\r\n'
             '  <o:Version>14.00</o:Version>\r\n </o:DocumentProperties>\r\n</xml><![endif]-->\r\n<link rel=themeData href="com-417_files/themedata.thmx">\r\n'
             '<link rel=colorSchemeMapping href="com-417_files/colorschememapping.xml">\r\n<!--[if gte mso 9]><xml>\r\n <w:WordDocument>\r\n  <w:Zoom>110</w:Zoom>\r\n'
             '  <w:TrackMoves>false</w:TrackMoves>\r\n  <w:TrackFormatting/>\r\n  <w:PunctuationKerning/>\r\n  <w:ValidateAgainstSchemas/>\r\n  <w:SaveIfXMLInvalid>false</w:SaveIfXMLInvalid>\r\n'
             '  <w:IgnoreMixedContent>false</w:IgnoreMixedContent>\r\n  <w:AlwaysShowPlaceholderText>false</w:AlwaysShowPlaceholderText>\r\n  <w:DoNotPromoteQF/>\r\n'
             '  <w:LidThemeOther>FR</w:LidThemeOther>\r\n  <w:LidThemeAsian>X-NONE</w:LidThemeAsian>\r\n  <w:LidThemeComplexScript>AR-TN</w:LidThemeComplexScript>\r\n'
             '  <w:Compatibility>\r\n   <w:BreakWrappedTables/>\r\n   <w:SnapToGridInCell/>\r\n   <w:WrapTextWithPunct/>\r\n   <w:UseAsianBreakRules/>\r\n   <w:DontGrowAutofit/>\r\n'
             '  </w:Compatibility>\r\n  <m:mathPr>\r\n   <m:mathFont m:val="Cambria Math"/>\r\n   <m:brkBin m:val="before"/>\r\n   <m:defJc m:val="centerGroup"/>\r\n  </m:mathPr></w:WordDocument>\r\n'
             '</xml><![endif]-->\r\n' % ((y, mo, d, 15, 41) + (y, mo, d, 15, 2) + (y, mo, d, 15, 41) + (
                 len((title + ' ' + ' '.join(paras)).split()) + 30, len(' '.join(paras)) + 160, len(' '.join(paras)) + 200)))
    H.append('<style>\r\n<!--\r\n /* Font Definitions */\r\n @font-face\r\n\t{font-family:"Cambria Math";\r\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;\r\n\tmso-font-charset:1;\r\n'
             '\tmso-generic-font-family:roman;\r\n\tmso-font-pitch:variable;\r\n\tmso-font-signature:0 0 0 0 0 0;}\r\n@font-face\r\n\t{font-family:"Simplified Arabic";\r\n'
             '\tpanose-1:2 2 6 3 5 4 5 2 3 4;\r\n\tmso-font-charset:0;\r\n\tmso-generic-font-family:roman;\r\n\tmso-font-pitch:variable;\r\n'
             '\tmso-font-signature:8193 0 0 0 64 0;}\r\n /* Style Definitions */\r\n p.MsoNormal, li.MsoNormal, div.MsoNormal\r\n\t{mso-style-unhide:no;\r\n\tmso-style-qformat:yes;\r\n'
             '\tmso-style-parent:"";\r\n\tmargin:0cm;\r\n\tmargin-bottom:.0001pt;\r\n\ttext-align:right;\r\n\tmso-pagination:widow-orphan;\r\n\tdirection:rtl;\r\n\tunicode-bidi:embed;\r\n'
             '\tfont-size:12.0pt;\r\n\tfont-family:"Times New Roman","serif";\r\n\tmso-fareast-font-family:"Times New Roman";}\r\np.MsoFootnoteText, li.MsoFootnoteText, div.MsoFootnoteText\r\n'
             '\t{mso-style-link:"Note de bas de page Car";\r\n\tmargin:0cm;\r\n\tmargin-bottom:.0001pt;\r\n\ttext-align:right;\r\n\tdirection:rtl;\r\n\tunicode-bidi:embed;\r\n\tfont-size:10.0pt;\r\n'
             '\tfont-family:"Times New Roman","serif";}\r\nspan.MsoFootnoteReference\r\n\t{vertical-align:super;}\r\np.MsoTitle, li.MsoTitle, div.MsoTitle\r\n\t{mso-style-unhide:no;\r\n'
             '\tmso-style-qformat:yes;\r\n\tmargin:0cm;\r\n\tmargin-bottom:.0001pt;\r\n\ttext-align:center;\r\n\tdirection:rtl;\r\n\tunicode-bidi:embed;\r\n\tfont-size:16.0pt;\r\n'
             '\tfont-family:"Times New Roman","serif";\r\n\tfont-weight:bold;\r\n\ttext-decoration:underline;}\r\n.MsoChpDefault\r\n\t{mso-style-type:export-only;\r\n\tmso-default-props:yes;\r\n'
             '\tfont-size:10.0pt;}\r\n /* Page Definitions */\r\n @page\r\n\t{mso-footnote-separator:url("com-417_files/header.htm") fs;\r\n\tmso-footnote-continuation-separator:url("com-417_files/header.htm") fcs;}\r\n'
             '@page WordSection1\r\n\t{size:595.3pt 841.9pt;\r\n\tmargin:70.85pt 70.85pt 70.85pt 70.85pt;\r\n\tmso-header-margin:35.4pt;\r\n\tmso-footer-margin:35.4pt;\r\n\tmso-paper-source:0;}\r\n'
             'div.WordSection1\r\n\t{page:WordSection1;}\r\n-->\r\n</style>\r\n<!--[if gte mso 10]>\r\n<style>\r\n /* Style Definitions */\r\n table.MsoNormalTable\r\n\t{mso-style-name:"Tableau Normal";\r\n'
             '\tmso-tstyle-rowband-size:0;\r\n\tmso-tstyle-colband-size:0;\r\n\tmso-style-noshow:yes;\r\n\tmso-padding-alt:0cm 5.4pt 0cm 5.4pt;\r\n\tfont-size:10.0pt;\r\n'
             '\tfont-family:"Times New Roman","serif";}\r\n</style>\r\n<![endif]--><!--[if gte mso 9]><xml>\r\n <o:shapedefaults v:ext="edit" spidmax="1026"/>\r\n</xml><![endif]--><!--[if gte mso 9]><xml>\r\n'
             ' <o:shapelayout v:ext="edit">\r\n  <o:idmap v:ext="edit" data="1"/>\r\n </o:shapelayout></xml><![endif]-->\r\n</head>\r\n\r\n'
             "<body lang=FR link=blue vlink=purple style='tab-interval:35.4pt'>\r\n\r\n<div class=WordSection1 dir=RTL>\r\n\r\n")
    # letterhead table
    H.append(word_wrap("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 dir=RTL style='border-collapse:collapse;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt'>") + NL
             + " <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes;mso-yfti-lastrow:yes'>" + NL
             + "  <td width=340 valign=top style='width:255.0pt;padding:0cm 5.4pt 0cm 5.4pt'>" + NL)
    for k, ln in enumerate(head_lines):
        H.append(word_wrap("  <p class=MsoNormal dir=RTL %s><b><span lang=AR-TN style='font-size:%s;line-height:115%%;font-family:\"Simplified Arabic\",\"serif\"'>%s<o:p></o:p></span></b></p>" % (
            S, '13.0pt' if k == 0 else '12.0pt', ln)) + NL)
    H.append("  </td>" + NL + "  <td width=264 valign=top style='width:198.0pt;padding:0cm 5.4pt 0cm 5.4pt'>" + NL)
    H.append(word_wrap("  <p class=MsoNormal align=left dir=RTL style='text-align:left;direction:rtl;unicode-bidi:embed'><span lang=AR-TN style='font-size:12.0pt;font-family:\"Simplified Arabic\",\"serif\"'>نابل في </span>"
                       "<span dir=LTR style='font-size:12.0pt'>%d</span><span dir=RTL></span><span lang=AR-TN style='font-size:12.0pt;font-family:\"Simplified Arabic\",\"serif\"'> %s </span>"
                       "<span dir=LTR style='font-size:12.0pt'>%d</span><span lang=AR-TN style='font-size:12.0pt;font-family:\"Simplified Arabic\",\"serif\"'><o:p></o:p></span></p>" % (d, MONTHS_TN[mo - 1], y)) + NL)
    H.append(word_wrap("  <p class=MsoNormal align=left dir=RTL style='text-align:left;direction:rtl;unicode-bidi:embed'><span lang=AR-TN style='font-size:12.0pt;font-family:\"Simplified Arabic\",\"serif\"'>عدد: </span>"
                       "<span dir=LTR style='font-size:12.0pt'>%d/%d</span><span lang=AR-TN style='font-size:12.0pt;font-family:\"Simplified Arabic\",\"serif\"'><o:p></o:p></span></p>" % (num, y)) + NL)
    H.append("  </td>" + NL + " </tr>" + NL + "</table>" + NL + NL)
    blank = "<p class=MsoNormal dir=RTL style='text-align:justify;line-height:150%'><span lang=AR-TN style='font-size:14.0pt;line-height:150%;font-family:\"Simplified Arabic\",\"serif\"'><o:p>&nbsp;</o:p></span></p>"
    H.append(word_wrap(blank) + NL + NL)
    fn_ref = ("<a style='mso-footnote-id:ftn1' href=\"#_ftn1\" name=\"_ftnref1\" title=\"\"><span class=MsoFootnoteReference><span dir=LTR><span style='mso-special-character:footnote'>"
              "<![if !supportFootnotes]><span class=MsoFootnoteReference><span style='font-size:16.0pt;font-family:\"Times New Roman\",\"serif\"'>[1]</span></span><![endif]></span></span></span></a>")
    H.append(word_wrap("<p class=MsoTitle dir=RTL><span lang=AR-TN style='font-family:\"Simplified Arabic\",\"serif\"'>بلاغ إعلامي</span>%s<span lang=AR-TN style='font-family:\"Simplified Arabic\",\"serif\"'><o:p></o:p></span></p>" % fn_ref) + NL + NL)
    H.append(word_wrap(blank) + NL + NL)
    H.append(word_wrap("<p class=MsoNormal align=center dir=RTL style='text-align:center;line-height:150%%'><b><span lang=AR-TN style='font-size:16.0pt;line-height:150%%;font-family:\"Simplified Arabic\",\"serif\"'>%s<o:p></o:p></span></b></p>" % E(title)) + NL + NL)
    for p in paras:
        H.append(word_wrap("<p class=MsoNormal dir=RTL style='text-align:justify;text-justify:kashida;text-kashida:0%%;line-height:150%%'>%s<span %s><o:p></o:p></span></p>" % (word_runs(p), WORD_AR)) + NL + NL)
    H.append(word_wrap(blank) + NL + NL)
    H.append(word_wrap("<p class=MsoNormal align=left dir=RTL style='text-align:left;line-height:150%'><b><span lang=AR-TN style='font-size:14.0pt;line-height:150%;font-family:\"Simplified Arabic\",\"serif\"'>المكلف بخلية الإعلام والاتصال<o:p></o:p></span></b></p>") + NL + NL)
    H.append(word_wrap("<p class=MsoNormal align=left dir=RTL style='text-align:left;line-height:150%'><span lang=AR-TN style='font-size:14.0pt;line-height:150%;font-family:\"Simplified Arabic\",\"serif\"'>منير الطرابلسي<o:p></o:p></span></p>") + NL + NL)
    H.append(word_wrap(blank) + NL + NL)
    c1, c2 = contact.split(' 72 000 000')
    H.append(word_wrap("<p class=MsoNormal dir=RTL style='text-align:justify'><i><span lang=AR-TN style='font-size:11.0pt;font-family:\"Simplified Arabic\",\"serif\"'>%s </span></i><i><span dir=LTR style='font-size:11.0pt'>72 000 000</span></i><i><span lang=AR-TN style='font-size:11.0pt;font-family:\"Simplified Arabic\",\"serif\"'><o:p></o:p></span></i></p>" % c1) + NL + NL)
    H.append("</div>" + NL + NL + "<div style='mso-element:footnote-list'><![if !supportFootnotes]><br clear=all>" + NL + NL + "<hr align=right size=1 width=\"33%\">" + NL + NL
             + "<![endif]>" + NL + NL + "<div style='mso-element:footnote' id=ftn1>" + NL + NL)
    H.append(word_wrap("<p class=MsoFootnoteText dir=RTL><a style='mso-footnote-id:ftn1' href=\"#_ftnref1\" name=\"_ftn1\" title=\"\"><span class=MsoFootnoteReference><span dir=LTR style='font-size:10.0pt'><span style='mso-special-character:footnote'>"
                       "<![if !supportFootnotes]><span class=MsoFootnoteReference><span style='font-size:10.0pt;font-family:\"Times New Roman\",\"serif\"'>[1]</span></span><![endif]></span></span></span></a>"
                       "<span dir=RTL></span><span lang=AR-TN style='font-family:\"Simplified Arabic\",\"serif\"'> %s<o:p></o:p></span></p>" % footnote) + NL + NL)
    H.append("</div>" + NL + NL + "</div>" + NL + NL + "</body>" + NL + NL + "</html>" + NL)

    def check(doc, flat, lines):
        errs = []
        if '<title>الجمهورية التونسية</title>' not in doc:
            errs.append('Word title (first line of the letterhead) missing')
        if doc.count('<o:p>') < 10 or 'class=WordSection1' not in doc:
            errs.append('Word markup missing')
        body = doc.split('<title>')[1]
        if any(p in body for p in paras):
            errs.append('a paragraph is not wrapped/split by Word markup')
        if '<p>' in doc or '<div class="' in doc:
            errs.append('unexpected non-Word markup')
        return errs
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='windows-1256', charset_declared='http-equiv', check=check,
                charset_regex=rb'<meta http-equiv=Content-Type content="text/html; charset=windows-1256">',
                present=[footnote, 'بلاغ إعلامي', 'المكلف بخلية الإعلام والاتصال', c1] + head_lines,
                absent_from_gold=[footnote, 'بلاغ إعلامي', c1] + head_lines,
                hard='A Word 2010 document saved as "Web Page" (.htm) and published as is by a governorate\'s press office: no site chrome at all, windows-1256 declared Word-style (unquoted http-equiv), xmlns:o/w/v, conditional-comment <xml> blocks, a 4 KB Word stylesheet, <o:p> in every paragraph, CRLF with Word\'s line wrapping at ~76 columns inside the text; everything is p.MsoNormal/MsoTitle (letterhead table lines, date and number, "بلاغ إعلامي" heading with a footnote reference, the headline, the 2 body paragraphs, signature, contact line, the footnote); each body paragraph is split into <span lang=AR-TN> runs with the numbers in separate <span dir=LTR> runs, so no paragraph is one text node; <title> is the letterhead\'s first line "الجمهورية التونسية" (Word\'s default document title), so the headline must come from the bold centred paragraph. Short (67 words).')

# =========================================================================== 8. football match centre: report + scoreboard + lineups + minute-by-minute (windows-1256, undeclared)
@page('sport_match_report')
def sport_match_report():
    aid = MAIN['sport_match_report']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    base = 'http://www.kora-arabia.com'
    mid = 1734000 + hnum(aid, 999)
    home, away = 'ريال مدريد', 'برشلونة'
    lineup_h = [(1, 'كيلور نافاس', 'حارس'), (2, 'داني كارفاخال', 'مدافع'), (5, 'رافاييل فاران', 'مدافع'), (4, 'سيرجيو راموس', 'مدافع'), (12, 'مارسيلو', 'مدافع'),
                (14, 'كاسيميرو', 'وسط'), (8, 'توني كروس', 'وسط'), (19, 'لوكا مودريتش', 'وسط'), (22, 'إيسكو', 'وسط'), (11, 'غاريث بيل', 'هجوم'), (7, 'كريستيانو رونالدو', 'هجوم')]
    lineup_a = [(1, 'مارك أندري تير شتيغن', 'حارس'), (20, 'سيرجي روبرتو', 'مدافع'), (3, 'جيرارد بيكيه', 'مدافع'), (23, 'صامويل أومتيتي', 'مدافع'), (18, 'جوردي ألبا', 'مدافع'),
                (5, 'سيرجيو بوسكيتس', 'وسط'), (4, 'إيفان راكيتيتش', 'وسط'), (8, 'أندريس إنييستا', 'وسط'), (10, 'ليونيل ميسي', 'هجوم'), (9, 'لويس سواريز', 'هجوم'), (17, 'باكو ألكاسير', 'هجوم')]
    subs_h = [(20, 'ماركو أسينسيو', "دخل د 39 مكان غاريث بيل"), (10, 'جيمس رودريغيز', 'دخل في الشوط الثاني')]
    events = [("1'", 'start', 'انطلاق المباراة على ملعب سانتياغو برنابيو'),
              ("27'", 'goal', 'هدف لريال مدريد: كاسيميرو يفتتح التسجيل من متابعة داخل منطقة الجزاء'),
              ("32'", 'goal', 'هدف لبرشلونة: ليونيل ميسي يعادل النتيجة بعد مجهود فردي داخل المنطقة'),
              ("39'", 'sub', 'تبديل في ريال مدريد: خروج غاريث بيل مصابا ودخول ماركو أسينسيو'),
              ("45'", 'half', 'نهاية الشوط الأول بالتعادل 1 - 1'),
              ("46'", 'start', 'انطلاق الشوط الثاني'),
              ("72'", 'goal', 'هدف لبرشلونة: إيفان راكيتيتش يسجل بتسديدة من خارج المنطقة'),
              ("77'", 'red', 'بطاقة حمراء: طرد سيرجيو راموس بعد تدخل عنيف على ميسي'),
              ("84'", 'goal', 'هدف لريال مدريد: جيمس رودريغيز يعيد التعادل بتسديدة داخل المنطقة'),
              ("92'", 'goal', 'هدف لبرشلونة: ميسي يخطف الفوز في الوقت بدل الضائع، وهو هدفه رقم 500 مع برشلونة'),
              ("93'", 'end', 'صافرة النهاية: فوز برشلونة 3 - 2 في كلاسيكو الجولة 33')]
    stats = [('الاستحواذ', '43%', '57%'), ('التسديدات', '18', '15'), ('على المرمى', '7', '8'), ('الركنيات', '6', '4'), ('الأخطاء', '12', '9'),
             ('البطاقات الصفراء', '3', '2'), ('البطاقات الحمراء', '1', '0')]
    comments = [('أبو ياسين', 'ميسي يثبت مرة أخرى أنه أفضل لاعب في العالم، هدف قاتل في آخر لحظة.'),
                ('مدريدي حتى النخاع', 'طرد راموس غير مجرى المباراة، الريال كان قادرا على الفوز بعشرة لاعبين لولا الهدف الأخير.'),
                ('سامي', 'الليغا لم تحسم بعد، الريال ما زال يملك مباراة مؤجلة أمام سيلتا فيغو.')]
    related = pool('sp-rel', 6, category='sport', enc='cp1256', keywords=['برشلونة', 'ريال مدريد', 'ميسي', 'رونالدو', 'زيدان', 'الليغا'])
    most = pool('sp-most', 8, category='sport', enc='cp1256', since=days_before(aid, 30))
    ticker = pool('sp-tick', 4, category='sport', enc='cp1256', since=days_before(aid, 3))
    nav = ['الرئيسية', 'الأخبار', 'المباريات', 'البطولات', 'الانتقالات', 'الفيديو', 'الكرة التونسية', 'الكرة العربية', 'المنتدى']

    def link(rr):
        return '%s/news/?n=%d' % (base, 500000 + hnum(rr['id'], 99999))

    def lineup(team, rows, coach, subs):
        t = ['<table class="lineup" cellspacing="0" cellpadding="3" width="100%%">\n<tr><th colspan="3" class="team_head">%s</th></tr>\n' % team]
        for n, name, pos in rows:
            t.append('<tr><td class="num">%d</td><td class="name"><a href="%s/player/?p=%d">%s</a></td><td class="pos">%s</td></tr>\n' % (n, base, 9000 + hnum(name, 9999), name, pos))
        if subs:
            t.append('<tr><th colspan="3" class="subs_head">البدلاء المشاركون</th></tr>\n')
            for n, name, note in subs:
                t.append('<tr><td class="num">%d</td><td class="name"><a href="%s/player/?p=%d">%s</a></td><td class="pos">%s</td></tr>\n' % (n, base, 9000 + hnum(name, 9999), name, note))
        t.append('<tr><td colspan="3" class="coach">المدرب: %s</td></tr>\n</table>\n' % coach)
        return ''.join(t)
    H = []
    H.append('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
             '<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl" lang="ar">\n<head>\n<title>%s 2 - 3 %s | الدوري الإسباني | كرة عربية</title>\n'
             '<meta name="keywords" content="كلاسيكو, ريال مدريد, برشلونة, ميسي, الليغا" />\n<link href="/css/kora.css?v=47" rel="stylesheet" type="text/css" />\n'
             '<script type="text/javascript">var match_id = %d; var match_status = "FT"; var refresh_events = false;</script>\n'
             '<script type="text/javascript" src="/js/jquery-1.8.3.min.js"></script>\n</head>\n' % (home, away, mid))
    H.append('<body>\n<div id="wrapper">\n<div id="top"><a href="/" id="logo"><img src="/images/logo_kora.gif" alt="كرة عربية" width="220" height="60" /></a>\n'
             '<div id="login_box"><a href="/user/login.aspx">دخول</a> | <a href="/user/register.aspx">تسجيل</a></div>\n'
             '<form id="search" action="/search.aspx" method="get"><input type="text" name="q" /><input type="submit" value="بحث" /></form></div>\n<ul id="menu">\n')
    for lab in nav:
        H.append('<li><a href="/%s.aspx">%s</a></li>\n' % (hexid(lab, 5), lab))
    H.append('</ul>\n<div id="ticker"><b>آخر الأخبار:</b> %s</div>\n' % ' &nbsp;|&nbsp; '.join('<a href="%s">%s</a>' % (link(rr), E(T(rr))) for rr in ticker))
    H.append('<div id="content">\n<div id="main_col">\n<div class="match_box">\n<div class="match_head">الدوري الإسباني - الجولة 33 | %s %d %s %d | ملعب سانتياغو برنابيو | الحكم: أليخاندرو هيرنانديز</div>\n'
             '<table class="scoreboard" cellspacing="0" cellpadding="0" width="100%%">\n<tr>\n<td class="team home"><img src="/images/teams/rma.gif" width="48" height="48" alt="" /><br /><a href="%s/team/?t=91">%s</a></td>\n'
             '<td class="score"><span class="goals">2</span> - <span class="goals">3</span><br /><span class="status">انتهت</span></td>\n'
             '<td class="team away"><img src="/images/teams/fcb.gif" width="48" height="48" alt="" /><br /><a href="%s/team/?t=87">%s</a></td>\n</tr>\n'
             '<tr>\n<td class="scorers">كاسيميرو 27\'<br />جيمس رودريغيز 84\'</td>\n<td class="ht">الشوط الأول: 1 - 1</td>\n<td class="scorers">ميسي 32\'، 92\'<br />راكيتيتش 72\'</td>\n</tr>\n'
             '<tr>\n<td class="cards" colspan="3">بطاقة حمراء: سيرجيو راموس (%s) 77\'</td>\n</tr>\n</table>\n</div>\n' % (
                 weekday(y, mo, d), d, MONTHS_TN[mo - 1], y, base, home, base, away, home))
    H.append('<div class="report_wrap">\n<div class="report">\n<h1 class="news_title">%s</h1>\n<div class="news_info">كرة عربية - متابعة | %02d/%02d/%d %02d:%02d</div>\n'
             '<div class="news_img"><img src="/images/news/%d/clasico-%d.jpg" width="460" height="300" alt="" /><div class="img_caption">ليونيل ميسي يحتفل أمام جماهير برنابيو بهدف الفوز</div></div>\n<div class="news_text">\n' % (
                 E(title), d, mo, y, hh, mi, y, mid))
    for p in paras:
        H.append('<p>%s</p>\n' % E(p))
    H.append('</div>\n<div class="news_tools"><a href="javascript:window.print()">طباعة</a> | <a href="/send.aspx?n=%d">أرسل لصديق</a> | <a href="#comments">أضف تعليقا</a></div>\n</div>\n' % mid)
    H.append('<div class="match_side">\n<h3 class="box_title">مجريات المباراة</h3>\n<ul class="events">\n')
    for m, kind, txt in events:
        H.append('<li class="ev_%s"><span class="min">%s</span> <span class="txt">%s</span></li>\n' % (kind, m, txt))
    H.append('</ul>\n</div>\n</div>\n')
    H.append('<h3 class="box_title">التشكيلة الأساسية</h3>\n<table class="lineups" width="100%%" cellspacing="0" cellpadding="0"><tr>\n<td valign="top" width="50%%">\n%s</td>\n<td valign="top" width="50%%">\n%s</td>\n</tr></table>\n' % (
        lineup(home, lineup_h, 'زين الدين زيدان', subs_h), lineup(away, lineup_a, 'لويس إنريكي', [])))
    H.append('<h3 class="box_title">إحصائيات المباراة</h3>\n<table class="stats" width="100%" cellspacing="0" cellpadding="3">\n<tr><th>' + home + '</th><th></th><th>' + away + '</th></tr>\n')
    for lab, a, b in stats:
        H.append('<tr><td class="v">%s</td><td class="lab">%s</td><td class="v">%s</td></tr>\n' % (a, lab, b))
    H.append('</table>\n<div class="box related">\n<h3 class="box_title">أخبار متعلقة</h3>\n<ul>\n')
    for rr in related:
        H.append('<li><a href="%s">%s</a> <span class="date">%02d/%02d/%d</span></li>\n' % (link(rr), E(T(rr)), adate(rr['id'])[2], adate(rr['id'])[1], adate(rr['id'])[0]))
    H.append('</ul>\n</div>\n<div class="box comments" id="comments">\n<h3 class="box_title">تعليقات الزوار (%d)</h3>\n' % len(comments))
    for k, (name, txt) in enumerate(comments):
        H.append('<div class="comment"><div class="c_head"><b>%s</b> <span class="date">%02d/%02d/%d</span></div><div class="c_body">%s</div></div>\n' % (name, d, mo, y, E(txt)))
    H.append('<form action="/comment.aspx?n=%d" method="post" class="c_form"><input type="text" name="name" /> الاسم<br /><textarea name="body" rows="4" cols="50"></textarea><br /><input type="submit" value="أضف تعليقك" /></form>\n</div>\n</div>\n' % mid)
    H.append('<div id="side_col">\n<div class="box"><h3 class="box_title">الأكثر قراءة</h3>\n<ol>\n')
    for rr in most:
        H.append('<li><a href="%s">%s</a></li>\n' % (link(rr), E(T(rr))))
    H.append('</ol>\n</div>\n<div class="box poll"><h3 class="box_title">استفتاء</h3>\n<form action="/poll.aspx" method="post"><p class="q">من أفضل لاعب في الكلاسيكو؟</p>\n'
             + ''.join('<label><input type="radio" name="o" value="%d" /> %s</label><br />\n' % (k + 1, o) for k, o in enumerate(['ليونيل ميسي', 'إيفان راكيتيتش', 'كاسيميرو', 'جيمس رودريغيز']))
             + '<input type="submit" value="صوّت" /> <a href="/poll.aspx?r=1">النتائج</a></form>\n</div>\n</div>\n</div>\n')
    H.append('<div id="footer"><a href="/about.aspx">من نحن</a> | <a href="/contact.aspx">اتصل بنا</a> | <a href="/ads.aspx">أعلن معنا</a><br />جميع الحقوق محفوظة &copy; كرة عربية 2004 - 2017</div>\n</div>\n</body>\n</html>\n')

    def check(doc, flat, lines):
        errs = []
        if b'charset' in doc.encode('cp1256').lower():
            errs.append('"charset" must not occur anywhere')
        if doc.count('<li class="ev_') != len(events):
            errs.append('events list incomplete')
        return errs
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='windows-1256', charset_declared='none', check=check,
                present=[e[2] for e in events] + [c[1] for c in comments] + ['التشكيلة الأساسية', 'كرة عربية - متابعة'],
                absent_from_gold=[e[2] for e in events] + [c[1] for c in comments],
                hard='Football match centre of a 2000s-style sports portal, windows-1256 with no charset anywhere (no meta, no BOM; the HTTP header would carry it): the 154-word report (3 <p> in div.news_text, under an h1 that differs from <title> "ريال مدريد 2 - 3 برشلونة | …") sits between a scoreboard table (teams, score, scorers with minutes, half-time, red card), a "مجريات المباراة" minute-by-minute list of 11 hand-written event lines (9-16 words each, same facts and vocabulary as the report), two lineup tables (11 players each, positions, subs, coaches), a statistics table, "أخبار متعلقة", 3 visitor comments, most-read, a poll and a ticker. The scoreboard, event list, lineups and statistics hold about twice the report\'s words; the whole page text is 5x the report. Lineups, events and statistics are hand-written around the article\'s facts (not a verified match sheet).')

# =========================================================================== 9. election article with a results table and a turnout chart inside the body
@page('election_results_table')
def election_results_table():
    aid = MAIN['election_results_table']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    assert len(paras) == 4
    y, mo, d, hh, mi = adate(aid)
    base = 'https://www.sawt-dz.com'
    pid = 61000 + hnum(aid, 9000)
    url = '%s/%d/%02d/%02d/%s/' % (base, y, mo, d, cut_slug(pslug(title), 80))
    total = 462
    seats = [('جبهة التحرير الوطني', 164), ('التجمع الوطني الديمقراطي', 97), ('تجمع أمل الجزائر', 39), ('تحالف حركة مجتمع السلم وجبهة التغيير', 33),
             ('اتحاد العدالة والنهضة والبناء', 15), ('جبهة القوى الاشتراكية', 14), ('الحركة الشعبية الجزائرية', 13), ('حزب العمال', 11),
             ('التجمع من أجل الثقافة والديمقراطية', 9), ('التحالف الوطني الجمهوري', 8)]
    seats.append(('أحزاب أخرى وقوائم حرة', total - sum(s for _, s in seats)))
    for party, _ in seats[:-1]:
        assert party.split(' وجبهة')[0] in ANT[aid]['text'], party
    turnout = [('2007', '35,65'), ('2012', '43,14'), ('2017', '38,25')]
    caption = 'عملية فرز الأصوات في أحد مكاتب الاقتراع بالجزائر العاصمة'
    tp_name = 'النتائج الرسمية للانتخابات التشريعية 2017 (توزيع المقاعد)'
    tp_desc = 'المصدر: وزارة الداخلية والجماعات المحلية - النسب محسوبة من مجموع 462 مقعدا'
    chart_title = 'نسبة المشاركة في الانتخابات التشريعية (%)'
    comments = [('عبد القادر', 'مشاركة ضعيفة كالعادة، الشباب فقدوا الثقة في البرلمان ولا أحد يسأل لماذا.'),
                ('نسيمة من وهران', 'النتائج كانت متوقعة، لكن المهم أن تعمل الأغلبية الجديدة على ملف السكن والتشغيل بدل الخطابات.')]
    related = pool('el-rel', 4, category=('internationalNews',), keywords=['الجزائر', 'الانتخابات التشريعية', 'بوتفليقة'])
    most = pool('el-most', 6, category=('internationalNews', 'sport', 'diverse'), since=days_before(aid, 14))
    dossier = pool('el-dossier', 5, category=('internationalNews',), keywords=['الجزائر', 'الجزائري'])
    breaking = pool('el-break', 3, category='internationalNews', since=days_before(aid, 2))
    nav = ['الرئيسية', 'الوطني', 'الجهوي', 'الاقتصاد', 'الدولي', 'الرياضة', 'الثقافة', 'آراء', 'فيديو']

    def link(rr):
        a = adate(rr['id'])
        return '%s/%d/%02d/%02d/%s/' % (base, a[0], a[1], a[2], cut_slug(pslug(T(rr)), 60))

    def pct(n):
        return ('%.2f' % (100.0 * n / total)).replace('.', ',')
    H = []
    H.append('<!DOCTYPE html>\n<html dir="rtl" lang="ar">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n<meta name="viewport" content="width=device-width, initial-scale=1" />\n'
             '<title>%s &#8211; صوت الجزائر</title>\n<link rel="canonical" href="%s" />\n<meta property="og:title" content="%s" />\n<meta property="og:type" content="article" />\n'
             "<link rel='stylesheet' id='tablepress-default-css' href='%s/wp-content/plugins/tablepress/css/default-rtl.min.css?ver=1.8' type='text/css' media='all' />\n"
             "<link rel='stylesheet' id='sawt-style-css' href='%s/wp-content/themes/sawt/style.css?ver=2.3' type='text/css' media='all' />\n"
             '<style>.turnout-chart .bar span{display:block;background:#1b5e20;height:18px}</style>\n</head>\n' % (E(title), url, A(title), base, base))
    H.append('<body class="post-template-default single single-post postid-%d single-format-standard">\n<div id="page" class="site">\n'
             '<div class="top-bar"><span class="date-today">%s %d %s %d</span> <span class="breaking-label">عاجل</span> <ul class="breaking-list">%s</ul></div>\n'
             '<header id="masthead" class="site-header"><a class="site-logo" href="%s/"><img src="%s/wp-content/uploads/logo-sawt.png" alt="صوت الجزائر" width="210" height="60" /></a>\n'
             '<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">%s</ul></nav></header>\n' % (
                 pid, weekday(y, mo, d, DAYS_EG), d, MONTHS_EG[mo - 1], y, ''.join('<li><a href="%s">%s</a></li>' % (link(rr), E(T(rr))) for rr in breaking),
                 base, base, ''.join('<li class="menu-item%s"><a href="%s/category/%s/">%s</a></li>' % (' current-menu-parent' if lab == 'الدولي' else '', base, hexid(lab, 6), lab) for lab in nav)))
    H.append('<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">\n'
             '<article id="post-%d" class="post-%d post type-post status-publish format-standard has-post-thumbnail category-international">\n'
             '<header class="entry-header"><div class="breadcrumbs"><a href="%s/">الرئيسية</a> &raquo; <a href="%s/category/international/">الدولي</a></div>\n'
             '<h1 class="entry-title">%s</h1>\n<div class="entry-meta"><span class="byline">صوت الجزائر - الجزائر</span> <span class="posted-on"><time class="entry-date published" datetime="%s">%d %s %d</time></span> '
             '<span class="comments-link"><a href="#comments">%d تعليقات</a></span></div></header>\n'
             '<div class="post-thumbnail"><img width="780" height="439" src="%s/wp-content/uploads/%d/%02d/legislatives-2017-fz.jpg" class="attachment-post-thumbnail wp-post-image" alt="%s" />'
             '<p class="wp-caption-text">%s</p></div>\n<div class="entry-content">\n' % (
                 pid, pid, base, base, E(title), iso(aid), d, MONTHS_EG[mo - 1], y, len(comments), base, y, mo, A(caption), E(caption)))
    H.append('<p>%s</p>\n<p>%s</p>\n' % (E(paras[0]), E(paras[1])))
    H.append('\n<h2 id="tablepress-12-name" class="tablepress-table-name tablepress-table-name-id-12">%s</h2>\n<span id="tablepress-12-description" class="tablepress-table-description tablepress-table-description-id-12">%s</span>\n\n'
             '<table id="tablepress-12" class="tablepress tablepress-id-12" aria-labelledby="tablepress-12-name" aria-describedby="tablepress-12-description">\n<thead>\n<tr class="row-1 odd">\n\t<th class="column-1">الحزب</th><th class="column-2">عدد المقاعد</th><th class="column-3">النسبة من مجموع المقاعد</th>\n</tr>\n</thead>\n<tbody class="row-hover">\n' % (tp_name, tp_desc))
    for k, (party, n) in enumerate(seats):
        H.append('<tr class="row-%d %s">\n\t<td class="column-1">%s</td><td class="column-2">%d</td><td class="column-3">%s%%</td>\n</tr>\n' % (k + 2, 'even' if k % 2 == 0 else 'odd', party, n, pct(n)))
    H.append('</tbody>\n<tfoot>\n<tr class="row-%d">\n\t<th class="column-1">المجموع</th><th class="column-2">%d</th><th class="column-3">100%%</th>\n</tr>\n</tfoot>\n</table>\n<!-- #tablepress-12 from cache -->\n' % (len(seats) + 2, total))
    H.append('<p>%s</p>\n' % E(paras[2]))
    H.append('<div class="turnout-chart" role="img" aria-label="%s">\n<div class="chart-title">%s</div>\n' % (A(chart_title), E(chart_title)))
    for yr, v in turnout:
        H.append('<div class="row"><span class="label">%s</span><div class="bar"><span style="width:%s%%"></span></div><span class="value">%s%%</span></div>\n' % (yr, v.replace(',', '.'), v))
    H.append('</div>\n<p>%s</p>\n' % E(paras[3]))
    H.append('<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">شارك هذا:</h3><ul><li><a class="share-facebook" href="%s?share=facebook">فيسبوك</a></li><li><a class="share-twitter" href="%s?share=twitter">تويتر</a></li></ul></div>\n</div>\n' % (url, url))
    H.append('<footer class="entry-footer"><span class="tags-links">الوسوم: <a href="%s/tag/legislatives/" rel="tag">تشريعيات 2017</a>، <a href="%s/tag/fln/" rel="tag">جبهة التحرير الوطني</a>، <a href="%s/tag/rnd/" rel="tag">الأرندي</a></span></footer>\n</article>\n' % (base, base, base))
    H.append('<div class="related-posts"><h3 class="related-title">مواضيع ذات صلة</h3><ul>\n')
    for rr in related:
        H.append('<li><a href="%s">%s</a><p>%s</p></li>\n' % (link(rr), E(T(rr)), E(first_sentence(rr, 28))))
    H.append('</ul></div>\n<div id="comments" class="comments-area"><h2 class="comments-title">%d تعليقات على &ldquo;%s&rdquo;</h2><ol class="comment-list">\n' % (len(comments), E(title)))
    for k, (name, txt) in enumerate(comments):
        H.append('<li id="comment-%d" class="comment"><article class="comment-body"><footer class="comment-meta"><b class="fn">%s</b> <time>%d %s %d</time></footer>'
                 '<div class="comment-content"><p>%s</p></div></article></li>\n' % (8800 + k, name, d, MONTHS_EG[mo - 1], y, E(txt)))
    H.append('</ol>\n<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">أضف تعليقاً</h3><form action="%s/wp-comments-post.php" method="post" id="commentform" class="comment-form">'
             '<p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="6"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال التعليق" /></p></form></div>\n</div>\n</main></div>\n' % base)
    H.append('<aside id="secondary" class="widget-area">\n<section class="widget widget_dossier"><h2 class="widget-title">ملف: تشريعيات 2017</h2><ul>\n')
    for rr in dossier:
        H.append('<li><a href="%s">%s</a></li>\n' % (link(rr), E(T(rr))))
    H.append('</ul></section>\n<section class="widget widget_popular"><h2 class="widget-title">الأكثر قراءة</h2><ol>\n')
    for rr in most:
        H.append('<li><a href="%s">%s</a></li>\n' % (link(rr), E(T(rr))))
    H.append('</ol></section>\n</aside>\n</div>\n<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2017 صوت الجزائر &#8211; جميع الحقوق محفوظة</div></footer>\n</div>\n'
             "<script type='text/javascript' src='%s/wp-includes/js/wp-embed.min.js?ver=4.7.4'></script>\n</body>\n</html>\n" % base)

    def check(doc, flat, lines):
        errs = []
        content = doc.split('<div class="entry-content">', 1)[1].split('</article>', 1)[0]
        if content.count('<tr class="row-') != len(seats) + 2 or 'turnout-chart' not in content:
            errs.append('the results table and the chart must be inside the body container')
        return errs
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='http-equiv', check=check,
                present=[tp_name, tp_desc, chart_title, caption] + [p for p, _ in seats] + [c[1] for c in comments],
                absent_from_gold=[tp_name, tp_desc, chart_title, 'المجموع'] + [c[1] for c in comments],
                hard='WordPress article whose div.entry-content holds, between body paragraphs 2 and 3, a TablePress results table (h2 table name, "المصدر:" description span, 3 columns, 11 party rows with seat counts and computed percentages, a total row: 90 tokens, mostly numbers and party names that also occur in the body) and, between paragraphs 3 and 4, a div-based turnout bar chart (title, 3 year/percentage rows). Gold = the 4 paragraphs only (190 words); the table and chart are data widgets, like captions. Also: breaking bar, breadcrumb, thumbnail caption <p class="wp-caption-text">, share box, tags, "مواضيع ذات صلة" with 28-word <p> excerpts, 2 on-topic comments, "ملف: تشريعيات 2017" and most-read widgets.')

# =========================================================================== 10. MediaWiki (Vector) citizen-news wiki, Wikinews-style article
@page('mediawiki_wikinews')
def mediawiki_wikinews():
    aid = MAIN['mediawiki_wikinews']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    base = 'https://ar.wikikhabar.org'
    wt = title.replace(' ', '_')
    page_url = '%s/wiki/%s' % (base, Q(wt))
    date_line = '%s %d %s %d' % (weekday(y, mo, d, DAYS_EG), d, MONTHS_EG[mo - 1], y)
    map_cap = 'موقع مالطا في البحر الأبيض المتوسط، حيث هبطت الطائرة المختطفة'
    share_text = 'شارك هذا الخبر'
    license_line = 'نص هذا الخبر منشور برخصة المشاع الإبداعي نسب المصنف 2.5، ويمكنك نسخه وتوزيعه مع ذكر ويكي الخبر.'
    latest = pool('wk-latest', 10, category=('internationalNews', 'localNews', 'politic'), since=days_before(aid, 10))
    related = pool('wk-rel', 3, category=('internationalNews',), keywords=['ليبيا', 'الليبية', 'طرابلس', 'مالطا'])
    src2 = 'مالطا: هبوط طائرة ليبية مخطوفة في مطار فاليتا الدولي'
    cats = ['ليبيا', 'مالطا', 'طيران', 'اختطاف', 'أفريقيا', 'أوروبا', 'أخبار منشورة', date_line.split(' ', 1)[1]]
    rev = 41200 + hnum(aid, 700)

    def wlink(t):
        return '/wiki/%s' % Q(t.replace(' ', '_'))

    def h2(text, anchor):
        return ('<h2><span class="mw-headline" id="%s">%s</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span>'
                '<a href="/w/index.php?title=%s&amp;action=edit&amp;section=%d" title="عدل القسم: %s">عدل</a><span class="mw-editsection-bracket">]</span></span></h2>\n' % (
                    anchor, text, Q(wt), 1 if anchor == 'أخبار_ذات_صلة' else 2, text))
    cfg = {"wgCanonicalNamespace": "", "wgCanonicalSpecialPageName": False, "wgNamespaceNumber": 0, "wgPageName": wt, "wgTitle": title,
           "wgCurRevisionId": rev, "wgRevisionId": rev, "wgArticleId": 9100 + hnum(aid, 800), "wgIsArticle": True, "wgAction": "view",
           "wgUserName": None, "wgCategories": cats, "wgContentLanguage": "ar", "wgPageContentModel": "wikitext", "wgRelevantPageName": wt}
    H = []
    H.append('<!DOCTYPE html>\n<html class="client-nojs" lang="ar" dir="rtl">\n<head>\n<meta charset="UTF-8"/>\n<title>%s - ويكي الخبر</title>\n'
             '<script>document.documentElement.className = document.documentElement.className.replace( /(^|\\s)client-nojs(\\s|$)/, "$1client-js$2" );</script>\n'
             '<script>(window.RLQ=window.RLQ||[]).push(function(){mw.config.set(%s);mw.loader.state({"site.styles":"ready","noscript":"ready","user.styles":"ready","user":"ready"});});</script>\n'
             '<link rel="stylesheet" href="/w/load.php?debug=false&amp;lang=ar&amp;modules=ext.cite.styles%%7Cmediawiki.legacy.commonPrint%%2Cshared%%7Cskins.vector.styles&amp;only=styles&amp;skin=vector"/>\n'
             '<meta name="generator" content="MediaWiki 1.28.0"/>\n<link rel="edit" title="عدل" href="/w/index.php?title=%s&amp;action=edit"/>\n<link rel="license" href="//creativecommons.org/licenses/by/2.5/"/>\n'
             '<link rel="canonical" href="%s"/>\n</head>\n' % (E(title), J(cfg), Q(wt), page_url))
    H.append('<body class="mediawiki rtl sitedir-rtl mw-hide-empty-elt ns-0 ns-subject page-%s rootpage-%s skin-vector action-view">\t\t<div id="mw-page-base" class="noprint"></div>\n'
             '\t\t<div id="mw-head-base" class="noprint"></div>\n\t\t<div id="content" class="mw-body" role="main">\n\t\t\t<a id="top"></a>\n\n'
             '\t\t\t<div id="siteNotice" class="mw-body-content"><div id="localNotice" lang="ar" dir="rtl"><p>هل شاهدت حدثا في منطقتك؟ <a href="/wiki/%s">اكتب خبرا</a> وشارك في تغطية الأخبار.</p></div></div>\n'
             '\t\t\t<div class="mw-indicators mw-body-content">\n</div>\n\t\t\t<h1 id="firstHeading" class="firstHeading" lang="ar">%s</h1>\n'
             '\t\t\t<div id="bodyContent" class="mw-body-content">\n\t\t\t\t<div id="siteSub" class="noprint">من ويكي الخبر، مصدر الأخبار الحر</div>\n'
             '\t\t\t\t<div id="contentSub"></div>\n\t\t\t\t<div id="jump-to-nav" class="mw-jump">اذهب إلى: <a href="#mw-head">تصفح</a>، <a href="#p-search">بحث</a></div>\n'
             '\t\t\t\t<div id="mw-content-text" lang="ar" dir="rtl" class="mw-content-rtl"><div class="mw-parser-output">' % (
                 hexid(wt, 12), hexid(wt, 12), Q('ويكي_الخبر:اكتب_خبرا'), E(title)))
    H.append('<table class="infobox latest-news" style="float:left; clear:left; width:260px; margin:0 1em 1em 0; font-size:90%;">\n<tr>\n<th style="background:#cedff2;">آخر الأخبار</th></tr>\n<tr>\n<td>\n<ul>')
    for rr in latest:
        H.append('<li><a href="%s" title="%s">%s</a></li>' % (wlink(T(rr)), A(T(rr)), E(T(rr))))
    H.append('</ul>\n<p><a href="/wiki/%s" title="بوابة:أخبار">المزيد من الأخبار</a></p>\n</td></tr></table>\n' % Q('بوابة:أخبار'))
    H.append('<p><strong class="published"><span id="publishDate" class="published" title="%04d-%02d-%02d">%s</span></strong></p>\n' % (y, mo, d, date_line))
    H.append('<div class="thumb tright"><div class="thumbinner" style="width:222px;"><a href="/wiki/%s" class="image"><img alt="" src="/w/images/thumb/6/6a/Malta_location_map.svg/220px-Malta_location_map.svg.png" width="220" height="165" class="thumbimage"/></a>'
             '<div class="thumbcaption"><div class="magnify"><a href="/wiki/%s" class="internal" title="تكبير"></a></div>%s</div></div></div>\n' % (
                 Q('ملف:Malta_location_map.svg'), Q('ملف:Malta_location_map.svg'), E(map_cap)))
    for p in paras:
        H.append('<p>%s</p>\n' % E(p))
    H.append(h2('أخبار ذات صلة', 'أخبار_ذات_صلة'))
    H.append('<ul>' + ''.join('<li>%s: <a href="%s" title="%s">%s</a></li>' % (
        '%d %s %d' % (adate(rr['id'])[2], MONTHS_EG[adate(rr['id'])[1] - 1], adate(rr['id'])[0]), wlink(T(rr)), A(T(rr)), E(T(rr))) for rr in related) + '</ul>\n')
    H.append(h2('مصادر', 'مصادر'))
    H.append('<ul><li><span class="sourceTemplate"><a rel="nofollow" class="external text" href="%s">«%s»</a> — <i>جوهرة أف أم</i>، %s</span></li>'
             '<li><span class="sourceTemplate"><a rel="nofollow" class="external text" href="https://www.maltanews.example/%d/%02d/%02d/libyan-plane">«%s»</a> — <i>أخبار مالطا</i>، %s</span></li></ul>\n' % (
                 A(r['url']), E(title), date_line.split(' ', 1)[1], y, mo, d, E(src2), date_line.split(' ', 1)[1]))
    H.append('<table class="share-box" style="float:left; border:1px solid #aaa; margin:0.5em 0 0.5em 1em;"><tr><td><b>%s</b><br/><a href="https://www.facebook.com/sharer.php?u=%s">فيسبوك</a> · '
             '<a href="https://twitter.com/share?url=%s">تويتر</a> · <a href="mailto:?subject=%s">البريد</a></td></tr></table>\n'
             '<div class="license-notice" style="clear:both; border-top:1px solid #aaa; font-size:85%%;"><p>%s</p></div>\n'
             '<!-- \nNewPP limit report\nParsed by mw1273\nCached time: %04d%02d%02d%02d%02d00\nCPU time usage: 0.092 seconds\nReal time usage: 0.118 seconds\n-->\n</div>' % (
                 share_text, Q(page_url), Q(page_url), Q(title), E(license_line), y, mo, d, hh, mi))
    H.append('<noscript><img src="//ar.wikikhabar.org/wiki/Special:CentralAutoLogin/start?type=1x1" alt="" title="" width="1" height="1" style="border: none; position: absolute;" /></noscript></div>\t\t\t\t\t<div class="printfooter">\n'
             '\t\t\t\t\t\tمأخوذ من «<a dir="ltr" href="%s?oldid=%d">%s?oldid=%d</a>»\t\t\t\t\t</div>\n' % (page_url, rev, page_url, rev))
    H.append('\t\t\t\t<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/%s" title="خاص:تصنيفات">تصنيفات</a>: <ul>%s</ul></div></div>\t\t\t\t<div class="visualClear"></div>\n'
             '\t\t\t\t\t\t</div>\n\t\t</div>\n' % (Q('خاص:تصنيفات'), ''.join('<li><a href="/wiki/%s" title="تصنيف:%s">%s</a></li>' % (Q('تصنيف:' + c.replace(' ', '_')), c, c) for c in cats)))
    H.append('\t\t<div id="mw-navigation">\n\t\t\t<h2>قائمة التصفح</h2>\n\t\t\t<div id="mw-head">\n\t\t\t\t\t\t\t\t\t<div id="p-personal" role="navigation" class="" aria-labelledby="p-personal-label">\n'
             '\t\t\t\t\t\t<h3 id="p-personal-label">أدوات شخصية</h3>\n\t\t\t\t\t\t<ul>\n<li id="pt-anonuserpage">غير مسجل للدخول</li><li id="pt-anontalk"><a href="/wiki/%s">نقاش</a></li>'
             '<li id="pt-anoncontribs"><a href="/wiki/%s">مساهمات</a></li><li id="pt-createaccount"><a href="/w/index.php?title=%s">إنشاء حساب</a></li><li id="pt-login"><a href="/w/index.php?title=%s">دخول</a></li>\t\t\t\t\t\t</ul>\n\t\t\t\t\t</div>\n' % (
                 Q('خاص:نقاشي'), Q('خاص:مساهماتي'), Q('خاص:إنشاء_حساب'), Q('خاص:دخول')))
    H.append('\t\t\t\t\t\t\t\t\t<div id="left-navigation">\n\t\t\t\t\t\t\t\t\t\t<div id="p-namespaces" role="navigation" class="vectorTabs" aria-labelledby="p-namespaces-label">\n\t\t\t\t\t\t<h3 id="p-namespaces-label">نطاقات</h3>\n'
             '\t\t\t\t\t\t<ul>\n\t\t\t\t\t\t\t<li id="ca-nstab-main" class="selected"><span><a href="%s">خبر</a></span></li>\n\t\t\t\t\t\t\t<li id="ca-talk"><span><a href="/wiki/%s" rel="discussion">نقاش</a></span></li>\n'
             '\t\t\t\t\t\t</ul>\n\t\t\t\t\t</div>\n\t\t\t\t\t\t\t\t\t</div>\n\t\t\t\t<div id="right-navigation">\n\t\t\t\t\t\t\t\t\t\t<div id="p-views" role="navigation" class="vectorTabs" aria-labelledby="p-views-label">\n'
             '\t\t\t\t\t\t<h3 id="p-views-label">معاينات</h3>\n\t\t\t\t\t\t<ul>\n\t\t\t\t\t\t\t<li id="ca-view" class="selected"><span><a href="%s">اقرأ</a></span></li>\n'
             '\t\t\t\t\t\t\t<li id="ca-edit"><span><a href="/w/index.php?title=%s&amp;action=edit">عدل</a></span></li>\n\t\t\t\t\t\t\t<li id="ca-history" class="collapsible"><span><a href="/w/index.php?title=%s&amp;action=history">تاريخ</a></span></li>\n'
             '\t\t\t\t\t\t</ul>\n\t\t\t\t\t</div>\n\t\t\t\t\t\t\t\t\t\t<div id="p-search" role="search">\n\t\t\t\t\t\t<h3><label for="searchInput">بحث</label></h3>\n'
             '\t\t\t\t\t\t<form action="/w/index.php" id="searchform"><div id="simpleSearch"><input type="search" name="search" placeholder="ابحث في ويكي الخبر" title="ابحث في ويكي الخبر [f]" accesskey="f" id="searchInput"/></div></form>\n'
             '\t\t\t\t\t</div>\n\t\t\t\t\t\t\t\t\t</div>\n\t\t\t</div>\n' % (page_url, Q('نقاش:' + wt), page_url, Q(wt), Q(wt)))
    H.append('\t\t\t<div id="mw-panel">\n\t\t\t\t<div id="p-logo" role="banner"><a class="mw-wiki-logo" href="/wiki/%s" title="زر الصفحة الرئيسية"></a></div>\n' % Q('الصفحة_الرئيسية'))
    portals = [('p-navigation', 'تصفح', ['الصفحة الرئيسية', 'أحدث الأخبار', 'أخبار حسب البلد', 'أخبار حسب الموضوع', 'خبر عشوائي']),
               ('p-interaction', 'مشاركة', ['اكتب خبرا', 'غرفة الأخبار', 'الميدان', 'أحدث التغييرات', 'مساعدة', 'تبرع']),
               ('p-tb', 'أدوات', ['ماذا يصل هنا', 'تغييرات ذات علاقة', 'رفع ملف', 'صفحات خاصة', 'وصلة دائمة', 'معلومات الصفحة', 'استشهد بهذا الخبر']),
               ('p-coll-print_export', 'طباعة/تصدير', ['إنشاء كتاب', 'تحميل كملف PDF', 'نسخة للطباعة'])]
    for pid_, lab, items in portals:
        H.append('\t\t\t\t\t\t<div class="portal" role="navigation" id="%s" aria-labelledby="%s-label">\n\t\t\t<h3 id="%s-label">%s</h3>\n\t\t\t<div class="body">\n\t\t\t\t\t\t\t\t<ul>\n%s\t\t\t\t\t\t\t\t</ul>\n\t\t\t\t\t\t\t</div>\n\t\t</div>\n' % (
            pid_, pid_, pid_, lab, ''.join('\t\t\t\t\t\t\t\t\t<li id="n-%s"><a href="/wiki/%s">%s</a></li>\n' % (hexid(it, 6), Q(it.replace(' ', '_')), it) for it in items)))
    H.append('\t\t\t\t\t</div>\n\t\t</div>\n\t\t<div id="footer" role="contentinfo">\n\t\t\t\t\t\t\t<ul id="footer-info">\n'
             '\t\t\t\t\t\t\t\t\t\t<li id="footer-info-lastmod"> عدلت هذه الصفحة آخر مرة في %d %s %d، الساعة %02d:%02d.</li>\n'
             '\t\t\t\t\t\t\t\t\t\t<li id="footer-info-copyright">النصوص منشورة برخصة <a rel="license" href="//creativecommons.org/licenses/by/2.5/">المشاع الإبداعي نسب المصنف 2.5</a>؛ قد تنطبق شروط إضافية. طالع <a href="/wiki/%s">شروط الاستخدام</a> للتفاصيل.</li>\n'
             '\t\t\t\t\t\t\t\t\t</ul>\n\t\t\t\t\t\t\t<ul id="footer-places">\n\t\t\t\t\t\t\t\t\t\t<li id="footer-places-privacy"><a href="/wiki/%s">سياسة الخصوصية</a></li>\n'
             '\t\t\t\t\t\t\t\t\t\t<li id="footer-places-about"><a href="/wiki/%s">حول ويكي الخبر</a></li>\n\t\t\t\t\t\t\t\t\t\t<li id="footer-places-disclaimer"><a href="/wiki/%s">إخلاء مسؤولية</a></li>\n'
             '\t\t\t\t\t\t\t\t\t</ul>\n\t\t\t\t\t\t\t\t\t\t<div style="clear:both"></div>\n\t\t</div>\n'
             '\t\t<script>(window.RLQ=window.RLQ||[]).push(function(){mw.config.set({"wgBackendResponseTime":87,"wgHostname":"mw1273"});});</script>\n\t</body>\n</html>\n' % (
                 d, MONTHS_EG[mo - 1], y, (hh + 2) % 24, mi, Q('ويكي_الخبر:شروط_الاستخدام'), Q('ويكي_الخبر:سياسة_الخصوصية'), Q('ويكي_الخبر:حول'), Q('ويكي_الخبر:إخلاء_مسؤولية')))

    def check(doc, flat, lines):
        errs = []
        out = doc.split('<div class="mw-parser-output">', 1)[1].split('<div class="printfooter">', 1)[0]
        for s in ['آخر الأخبار', date_line, map_cap, 'مصادر', share_text, license_line]:
            if E(s) not in out:
                errs.append('expected inside mw-parser-output: ' + s[:30])
        if flat.count(title) != 2:
            errs.append('title expected twice in the page text (h1 and the sources list)')
        return errs
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', charset_declared='meta-charset', check=check,
                present=[date_line, map_cap, license_line, share_text, src2] + [T(rr) for rr in latest],
                absent_from_gold=[date_line, map_cap, license_line, share_text],
                hard='MediaWiki 1.28 (Vector skin) page of a citizen-news wiki, Wikinews style: a 2-paragraph, 52-word story inside div.mw-parser-output, which also holds a floated "آخر الأخبار" infobox table with 10 linked headlines placed BEFORE the story, the publish-date line <p><strong class="published">, a map thumb with thumbcaption, "أخبار ذات صلة" and "مصادر" sections with [عدل] edit links (the sources list repeats the headline in «»), a share table and a licence <p>; around it the Vector chrome: site notice <p>, siteSub "من ويكي الخبر، مصدر الأخبار الحر", jump links, printfooter "مأخوذ من …", 8 category links, personal tools, namespace/view tabs, 4 sidebar portals (~25 links), footer with last-modified and licence lines, NewPP limit report comment, RLQ/mw.config scripts. The chrome has many times the words of the story.')

# =========================================================================== verifier
PYCODEC = {'utf-8': 'utf-8', 'windows-1256': 'cp1256', 'iso-8859-6': 'iso8859_6'}
BLOCK = r'(?i)<br\s*/?>|</?(?:p|div|li|ul|ol|tr|td|th|table|tbody|thead|tfoot|h[1-6]|section|article|aside|header|footer|main|nav|figure|figcaption|blockquote|dl|dt|dd|form|center|picture|pre|fieldset|hr|caption|label)\b[^>]*>'
LEAK = ['اترك تعليقاً', 'زر الذهاب إلى الأعلى', 'اقرأ أيضاً', 'اقرأ أيضا', 'جميع الحقوق محفوظة', 'شاهد أيضاً',
        'إعلان', 'المصدر:', 'المصدر :', 'تحرير:', 'ذات صلة', 'الأكثر قراءة', 'تابع القراءة', 'أضف تعليقك', 'طباعة', '#',
        'هذا المحتوى متاح للمشتركين', 'تسجيل الدخول', 'اقرأ المزيد', 'إخفاء', 'عرض التعليقات', 'جار تحميل', 'تابعوا',
        'بالأرقام', 'بلاغ إعلامي', 'المدرب:', 'مجريات المباراة', 'المجموع', 'مأخوذ من', 'تصنيفات', 'عدل', 'آخر الأخبار',
        'شارك', 'الكلمات الدلالية', 'بواسطة']


def visible_lines(doc, keep_noscript=False):
    """Page text as a reader sees it: scripts, styles, templates, comments (and, unless keep_noscript,
    <noscript>) dropped; HTML whitespace collapsed; block tags and <br> are line breaks."""
    hidden = 'script|style|template|textarea|title' + ('' if keep_noscript else '|noscript')
    s = re.sub(r'(?is)<(%s)\b.*?</\1\s*>' % hidden, '\n', doc)
    if keep_noscript:
        s = re.sub(r'(?i)</?noscript\b[^>]*>', '\n', s)
    s = re.sub(r'(?s)<!--.*?-->', '\n', s)
    s = re.sub(r'(?s)<\?xml.*?\?>', '\n', s)
    s = re.sub(r'\s+', ' ', s)
    s = re.sub(BLOCK, '\n', s)
    s = re.sub(r'<[^>]+>', '', s)
    s = html.unescape(s)
    return [norm_ws(x) for x in s.split('\n') if norm_ws(x)]


def noscript_lines(doc):
    """Lines of the text inside <noscript> elements only (what a browser without JavaScript adds)."""
    out = []
    for m in re.finditer(r'(?is)<noscript\b[^>]*>(.*?)</noscript\s*>', doc):
        out += visible_lines(m.group(1))
    return out


def state_texts(doc):
    """The text elements of window.__INITIAL_STATE__.article.content_elements, in order."""
    m = re.search(r'<script>window\.__INITIAL_STATE__=(.*?);</script>', doc, re.S)
    st = json.loads(m.group(1))
    return [e['content'] for e in st['article']['content_elements'] if e['type'] == 'text']


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
            'track', 'wbr'}
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
    VOID = {'br', 'img', 'meta', 'link', 'input', 'hr', 'source', 'wbr'}

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
    paras = gold['text'].split('\n')
    view = d.get('gold_view', 'visible')
    if view == 'noscript':
        # the body is only inside <noscript>: check it in the page text of a browser without JavaScript
        vlines = visible_lines(doc, keep_noscript=True)
    else:
        vlines = lines
    vflat = ' ' + ' '.join(vlines) + ' '
    vset = set(vlines)
    state = state_texts(doc) if view == 'ssr_state' else None
    for i, p in enumerate(paras):
        if p != norm_ws(p) or not p:
            errs.append('para %d not normalised' % i)
        if view == 'ssr_state' and p not in flat:
            # not rendered into the HTML: must be a text element of the state JSON, exactly once
            if state.count(p) != 1:
                errs.append('para %d neither in the HTML nor once in __INITIAL_STATE__' % i)
            continue
        if p not in vflat:
            errs.append('para %d not in page text: %s' % (i, p[:60]))
        elif p not in vset:
            errs.append('para %d is not a standalone text line' % i)
        elif vflat.count(p) != d.get('expect_count', {}).get(p, 1):
            errs.append('para %d occurs %d times in the page text' % (i, vflat.count(p)))
    # the gold is the ANT text itself: same words in the same order
    ant = norm_ws(ANT[gold['source_id']]['text']).split(' ')
    mode = d.get('ant_check', 'full')
    if mode == 'full':
        if gold['text'].split() != ant:
            errs.append('gold words differ from the ANT text')
    elif mode == 'prefix':
        gw = gold['text'].split()
        if gw != ant[:len(gw)] or len(gw) >= len(ant):
            errs.append('gold words are not a proper prefix of the ANT text')
    if gold['title'] not in flat:
        errs.append('title not in page text')
    if gold['title'] != norm_ws(ANT[gold['source_id']]['title']):
        errs.append('gold title is not the ANT title')
    # boilerplate strings must not be in the gold, unless the ANT article itself uses them
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
        if s not in vflat:
            errs.append('expected distractor missing from page: ' + s[:40])
    low = data.lower()
    cd = gold['charset_declared']
    if data.startswith(b'\xef\xbb\xbf'):
        errs.append('unexpected BOM')
    declared = [(m.group(1) or m.group(2)).decode() for m in
                re.finditer(rb'charset=["\']?([a-z0-9_-]+)|encoding="([a-z0-9_-]+)"', low)]
    if cd == 'http-equiv' and not re.search(rb'<meta http-equiv=["\']?content-type["\']? content=["\']?text/html; charset=' + enc.encode(), low):
        errs.append('http-equiv declaration missing')
    if cd == 'meta-charset' and not re.search(rb'<meta charset=["\']?' + enc.encode(), low):
        errs.append('meta charset missing')
    if cd == 'none':
        if b'charset' in low or declared:
            errs.append('charset_declared is none but the page names a charset')
    else:
        for lab in declared:          # only one charset is ever declared, and it is the real one
            if lab != enc:
                errs.append('declares another charset: %s' % lab)
        if not declared:
            errs.append('no charset declaration')
        if re.search(rb'charset=', low[:1024]) is None:
            errs.append('charset declaration not within the first 1024 bytes')
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
        print('%-24s %-12s %-13s %4d words %2d paras  page %5d words %6d bytes  %s' % (
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
