#!/usr/bin/env python3
"""Generator for the held-out "extra families" extraction test set (12 pages).

Deterministic: running it twice writes byte-identical files.  Page bytes and gold json
are produced from the same Python data (the list of gold paragraphs), so they agree.

Article text: ANT corpus v1.1 (JawharaFM, Tunisia, Apache-2.0; cite Chouigui, Ben Khiroun &
Elayeb, "ANT Corpus: An Arabic News Text Collection for Textual Classification", AICCSA 2017).
Page templates, captions, bios and reader comments are hand-written here.

Usage:  python3 make.py            (writes NAME.html / NAME.json next to this file, then verifies)
"""
import base64
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
FIXTURE_DIR = os.path.join(OUT, '..', 'fixtures')
SOURCE = 'antcorpus_v1.1_jawharafm'

# --------------------------------------------------------------------------- corpus

ANT = {}
with open(ANT_PATH, encoding='utf-8') as fh:
    for line in fh:
        d = json.loads(line)
        ANT[d['id']] = d

DEV_IDS = set()
for f in sorted(glob.glob(os.path.join(DEV_DIR, 'dev_*.json'))):
    with open(f, encoding='utf-8') as fh:
        DEV_IDS.add(json.load(fh)['source_id'])
for f in sorted(glob.glob(os.path.join(FIXTURE_DIR, '*.json'))):
    with open(f, encoding='utf-8') as fh:
        sid = json.load(fh).get('source_id')
    if sid:
        DEV_IDS.add(sid)

# main articles of the 12 pages (+ liveblog updates)
MAIN = {
    'joomla3_article': 'JA-economy-169-20160724',
    'blogger_post': 'JA-diverse-22-20170110',
    'table_layout_1256': 'JA-localNews-2898-20161202',
    'aspnet_webforms': 'JA-localNews-398-20170131',
    'mislabeled_charset': 'JA-localNews-3042-20170318',
    'liveblog': 'JA-internationalNews-1060-20170605',
    'figure_heavy': 'JA-diverse-223-20170326',
    'print_version': 'JA-politic-245-20151103',
    'utf8_bom_divs': 'JA-technology-46-20160903',
    'short_brief_big_sidebar': 'JA-localNews-928-20170208',
    'opinion_column': 'JA-localNews-920-20170208',
    'iso8859_6': 'JA-society-716-20161101',
}
# liveblog updates, chronological (the page shows them newest first)
LIVE_UPDATES = [
    'JA-internationalNews-1104-20170605',  # 08:36
    'JA-internationalNews-1100-20170605',  # 09:11
    'JA-internationalNews-1099-20170605',  # 10:02
    'JA-internationalNews-1098-20170605',  # 10:08
    'JA-sport-1334-20170605',              # 10:33
    'JA-internationalNews-1096-20170605',  # 10:40
    'JA-internationalNews-1094-20170605',  # 13:15
    'JA-internationalNews-1093-20170605',  # 13:52
    'JA-politic-485-20170605',             # 14:21
]
USED = set(MAIN.values()) | set(LIVE_UPDATES)
for _i in USED:
    assert _i in ANT and _i not in DEV_IDS, _i

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
    """Split an over-long ANT paragraph at sentence ends (the dev set does the same:
    ANT often stores an article as lead + one huge paragraph)."""
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


def paragraphs(aid, strip_suffix=None, maxw=90, target=55):
    paras = [norm_ws(p) for p in ANT[aid]['text'].split('\n')]
    paras = [p for p in paras if p]
    if strip_suffix:
        assert paras[-1].endswith(strip_suffix), paras[-1][-60:]
        paras[-1] = paras[-1][:-len(strip_suffix)].rstrip()
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
        words = words[:maxw]
        return ' '.join(words) + ' ...'
    return ' '.join(words)


def first_words(r, n):
    words = norm_ws(r['text']).split(' ')
    if len(words) <= n:
        return ' '.join(words)
    return ' '.join(words[:n]) + ' ...'


def _encodable(s, enc):
    try:
        s.encode(enc)
        return True
    except UnicodeEncodeError:
        return False


def hnum(s, mod, base=0):
    return base + int(hashlib.md5(s.encode('utf-8')).hexdigest(), 16) % mod


def pool(seed, n, category=None, enc=None, keywords=None, minw=40, exclude=()):
    """n OTHER ANT articles (not a dev/fixture source, not a main article of this set,
    no duplicate titles).  keywords: prefer articles whose title/text contain them."""
    rng = random.Random('pool:%s' % seed)
    seen = set(USED_TITLES)
    cands = []
    for r in ANT.values():
        if r['id'] in DEV_IDS or r['id'] in USED or r['id'] in exclude:
            continue
        if not r.get('title') or not r.get('text'):
            continue
        if category and r.get('category') != category:
            continue
        t = norm_ws(r['text'])
        if len(t.split()) < minw or t[:80] in USED_LEADS:
            continue
        if any(c in r['text'] for c in '\u202c\u202e\u200f\u200e\u202d\u200b\u202b\x8f'):
            continue
        if enc and not (_encodable(norm_ws(r['title']), enc) and _encodable(t, enc)):
            continue
        cands.append(r)
    if keywords:
        hit = [r for r in cands if any(k in r['title'] or k in r['text'][:400] for k in keywords)]
        rest = [r for r in cands if r not in hit]
        rng.shuffle(hit)
        rng.shuffle(rest)
        cands = hit + rest
    else:
        rng.shuffle(cands)
    out = []
    for r in cands:
        k = _title_key(r['title'])
        if k in seen:
            continue
        seen.add(k)
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


MONTHS_TN = ['جانفي', 'فيفري', 'مارس', 'أفريل', 'ماي', 'جوان', 'جويلية', 'أوت', 'سبتمبر',
             'أكتوبر', 'نوفمبر', 'ديسمبر']
MONTHS_EG = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر',
             'أكتوبر', 'نوفمبر', 'ديسمبر']
MONTHS_LEV = ['كانون الثاني/يناير', 'شباط/فبراير', 'آذار/مارس', 'نيسان/أبريل', 'أيار/مايو',
              'حزيران/يونيو', 'تموز/يوليو', 'آب/أغسطس', 'أيلول/سبتمبر', 'تشرين الأول/أكتوبر',
              'تشرين الثاني/نوفمبر', 'كانون الأول/ديسمبر']
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
        h = hnum(aid, 10, 8)
        return (y, mo, d, h, hnum(aid + 'm', 60))
    m = re.search(r'(\d{4})(\d\d)(\d\d)$', aid)
    return (int(m.group(1)), int(m.group(2)), int(m.group(3)), 10, 0)


def weekday(y, m, d):
    import datetime
    return DAYS[datetime.date(y, m, d).weekday()]


def iso(aid):
    y, m, d, hh, mm = adate(aid)
    return '%04d-%02d-%02dT%02d:%02d:00+01:00' % (y, m, d, hh, mm)


def tn_date(aid, with_day=False):
    y, m, d, hh, mm = adate(aid)
    s = '%d %s %d' % (d, MONTHS_TN[m - 1], y)
    return (weekday(y, m, d) + ' ' + s) if with_day else s


PAGES = {}


def page(name):
    def deco(fn):
        PAGES[name] = fn
        return fn
    return deco


# =========================================================================== 1. Joomla 3
@page('joomla3_article')
def joomla3_article():
    aid = MAIN['joomla3_article']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    art_id = 1287
    base = 'https://www.wattan-capbon.net'
    alias = '%d-%s' % (art_id, 'zembra-mahmia-bi2ia')
    url = '%s/index.php/economie/%s' % (base, alias)
    latest = pool('j-latest', 6, category='localNews')
    flash = pool('j-flash', 3, category='economy')
    popular = pool('j-pop', 6)
    related = pool('j-rel', 4, keywords=['السياحة', 'سياحي', 'البيئة', 'جزيرة'])
    horiz = pool('j-horiz', 3, category='society')
    prev_r, next_r = pool('j-pn', 2, category='economy')

    def alink(rr, cat='akhbar'):
        return '/index.php/%s/%d-%s' % (cat, hnum(rr['id'], 900, 300), pslug(T(rr))[:60])

    body = []
    for i, p in enumerate(paras):
        h = E(p)
        if 'اليونسكو' in p:
            h = h.replace('اليونسكو', '<a href="/index.php/component/tags/tag/unesco">اليونسكو</a>', 1)
        if i == 0:
            body.append('<p style="text-align: justify;"><strong>%s</strong></p>' % h)
        else:
            body.append('<p style="text-align: justify;">%s</p>' % h)
    menu = ['الرئيسية', 'أخبار الجهة', 'اقتصاد', 'فلاحة وصيد بحري', 'سياحة', 'ثقافة', 'رياضة', 'منوعات', 'اتصل بنا']
    menu_html = ''.join('<li class="item-%d%s"><a href="/index.php/%s">%s</a></li>' % (
        101 + i, ' current active' if m == 'اقتصاد' else (' default' if i == 0 else ''),
        ['', 'akhbar', 'economie', 'filaha', 'siyaha', 'thakafa', 'riyadha', 'mounawaat', 'contact'][i], m)
        for i, m in enumerate(menu))
    H = []
    H.append('<!DOCTYPE html>\n<html lang="ar-aa" dir="rtl">\n<head>\n')
    H.append('\t<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n')
    H.append('\t<base href="%s" />\n' % url)
    H.append('\t<meta http-equiv="content-type" content="text/html; charset=utf-8" />\n')
    H.append('\t<meta name="keywords" content="زمبرة، زمبرتا، الهوارية، سياحة بيئية، نابل" />\n')
    H.append('\t<meta name="author" content="هيئة التحرير" />\n')
    H.append('\t<meta name="description" content="%s" />\n' % A(first_sentence(r)))
    H.append('\t<meta name="generator" content="Joomla! - Open Source Content Management" />\n')
    H.append('\t<title>%s - الوطن القبلي اليوم</title>\n' % E(title))
    H.append('\t<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />\n')
    H.append('\t<link href="/media/jui/css/bootstrap.min.css?4d1b2c3e" rel="stylesheet" />\n')
    H.append('\t<link href="/media/jui/css/bootstrap-rtl.css?4d1b2c3e" rel="stylesheet" />\n')
    H.append('\t<link href="/templates/protostar/css/template.css?4d1b2c3e" rel="stylesheet" />\n')
    H.append('\t<link href="/plugins/system/cookiespolicynotificationbar/assets/css/cpnb-style.min.css" rel="stylesheet" />\n')
    H.append('\t<style>\n\tbody.site{border-top:3px solid #0088cc;background-color:#f4f6f7}a{color:#0088cc}.navbar-inner,.nav-list>.active>a,.nav-pills>.active>a{background:#0088cc}\n\t.item-page p{font-size:16px;line-height:1.9}\n\t</style>\n')
    H.append('\t<script type="application/json" class="joomla-script-options new">{"csrf.token":"5e1a9f0c2b7d4e6a8c3b1f0e9d2a7c4b","system.paths":{"root":"","base":""},"system.keepalive":{"interval":840000,"uri":"\\/index.php\\/component\\/ajax\\/?format=json"}}</script>\n')
    H.append('\t<script src="/media/jui/js/jquery.min.js?4d1b2c3e"></script>\n\t<script src="/media/jui/js/jquery-noconflict.js?4d1b2c3e"></script>\n\t<script src="/media/jui/js/jquery-migrate.min.js?4d1b2c3e"></script>\n\t<script src="/media/system/js/caption.js?4d1b2c3e"></script>\n\t<script src="/media/jui/js/bootstrap.min.js?4d1b2c3e"></script>\n\t<script src="/templates/protostar/js/template.js?4d1b2c3e"></script>\n')
    H.append("\t<script>\njQuery(window).on('load',  function() {\n\t\t\t\tnew JCaption('img.caption');\n\t\t\t});jQuery(function($){ initTooltips(); $(\"body\").on(\"subform-row-add\", initTooltips); function initTooltips (event, container) { container = container || document;$(container).find(\".hasTooltip\").tooltip({\"html\": true,\"container\": \"body\"});} });\n\t</script>\n")
    H.append('\t<meta property="og:type" content="article" />\n\t<meta property="og:title" content="%s" />\n\t<meta property="og:url" content="%s" />\n\t<meta property="og:image" content="%s/images/2016/07/zembra-1.jpg" />\n\t<meta property="og:description" content="%s" />\n\t<meta property="og:site_name" content="الوطن القبلي اليوم" />\n' % (A(title), url, base, A(first_sentence(r))))
    H.append('\t<!--[if lt IE 9]><script src="/media/jui/js/html5.js?4d1b2c3e"></script><![endif]-->\n')
    H.append('</head>\n<body class="site com_content view-article no-layout no-task itemid-112 fluid">\n')
    H.append('\t<div class="body" id="top">\n\t\t<div class="container-fluid">\n')
    H.append('\t\t\t<header class="header" role="banner">\n\t\t\t\t<div class="header-inner clearfix">\n\t\t\t\t\t<a class="brand pull-left" href="/"><img src="%s/images/logo-wattan.png" alt="الوطن القبلي اليوم" /></a>\n' % base)
    H.append('\t\t\t\t\t<div class="header-search pull-right">\n\t\t\t\t\t\t<div class="search"><form action="/index.php/economie" method="post" class="form-inline" role="search"><label for="mod-search-searchword93" class="element-invisible">بحث...</label> <input name="searchword" id="mod-search-searchword93" maxlength="200"  class="inputbox search-query input-medium" type="search" placeholder="بحث..." /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="112" /></form></div>\n\t\t\t\t\t</div>\n\t\t\t\t</div>\n\t\t\t</header>\n')
    H.append('\t\t\t<nav class="navigation" role="navigation">\n\t\t\t\t<div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">تبديل التنقل</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></a></div>\n\t\t\t\t<div class="nav-collapse">\n<ul class="nav menu nav-pills mod-list">\n%s</ul>\n\t\t\t\t</div>\n\t\t\t</nav>\n' % menu_html)
    H.append('\t\t\t<div class="moduletable">\n\t\t\t\t<div aria-label="مسار التنقل" role="navigation">\n\t<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">\n\t\t<li>أنت هنا: &#160;</li>\n\t\t<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">الرئيسية</span></a><span class="divider"><img src="/media/system/images/arrow_rtl.png" alt="" /></span><meta itemprop="position" content="1"></li>\n\t\t<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php/economie" class="pathway"><span itemprop="name">اقتصاد</span></a><span class="divider"><img src="/media/system/images/arrow_rtl.png" alt="" /></span><meta itemprop="position" content="2"></li>\n\t\t<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active"><span itemprop="name">%s</span><meta itemprop="position" content="3"></li>\n\t</ul>\n</div>\n\t\t\t</div>\n' % E(title))
    H.append('\t\t\t<div class="row-fluid">\n')
    # right sidebar (first in RTL source order)
    H.append('\t\t\t\t<div id="sidebar" class="span3">\n\t\t\t\t\t<div class="sidebar-nav">\n')
    H.append('\t\t<div class="moduletable">\n\t\t\t<h3>آخر الأخبار</h3>\n\t\t\t<ul class="latestnews mod-list">\n')
    for rr in latest:
        H.append('\t<li itemscope itemtype="https://schema.org/Article">\n\t\t<a href="%s" itemprop="url">\n\t\t\t<span itemprop="name">\n\t\t\t\t%s\t\t\t</span>\n\t\t</a>\n\t</li>\n' % (alink(rr), E(T(rr))))
    H.append('\t\t\t</ul>\n\t\t</div>\n')
    H.append('\t\t<div class="moduletable">\n\t\t\t<h3>ملفات اقتصادية</h3>\n\t\t\t<div class="newsflash">\n')
    for rr in flash:
        H.append('\t\t\t\t\t<h4 class="newsflash-title">\n\t\t\t<a href="%s">\n\t\t\t%s\t\t</a>\n\t\t</h4>\n\n<p>%s</p>\n\t<a class="readmore" href="%s">اقرأ المزيد: %s</a>\n' % (alink(rr, 'economie'), E(T(rr)), E(first_sentence(rr, 60)), alink(rr, 'economie'), E(T(rr))))
    H.append('\t\t\t</div>\n\t\t</div>\n')
    H.append('\t\t<div class="moduletable">\n\t\t\t<h3>النشرة البريدية</h3>\n\t\t\t<div class="custom"><p>اشترك في نشرتنا البريدية ليصلك ملخص أخبار الوطن القبلي كل صباح.</p><form action="/index.php/newsletter" method="post"><input type="email" name="email" placeholder="بريدك الإلكتروني" /> <button class="btn btn-primary" type="submit">اشتراك</button></form></div>\n\t\t</div>\n')
    H.append('\t\t\t\t\t</div>\n\t\t\t\t</div>\n')
    # main
    H.append('\t\t\t\t<main id="content" role="main" class="span6">\n\t\t\t\t\t<div id="system-message-container">\n\t</div>\n\n')
    H.append('\t\t\t\t\t<div class="item-page" itemscope itemtype="https://schema.org/Article">\n\t<meta itemprop="inLanguage" content="ar-AA" />\n\t\n\t\t\n\t\t\t<div class="page-header">\n\t\t<h2 itemprop="headline">\n\t\t\t%s\t\t</h2>\n\t\t\t\t\t\t\t</div>\n' % E(title))
    H.append('\t\t\t\t\t\n<div class="icons">\n\t\n\t\t\t\t\t<div class="btn-group pull-right">\n\t\t\t\t<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-%d" aria-label="أدوات المستخدم" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">\n\t\t\t\t\t<span class="icon-cog" aria-hidden="true"></span>\n\t\t\t\t\t<span class="caret" aria-hidden="true"></span>\n\t\t\t\t</button>\n\t\t\t\t<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-%d">\n\t\t\t\t\t\t\t\t\t<li class="print-icon"> <a href="/index.php/economie/%s?tmpl=component&amp;print=1" title="طباعة المقال &lt; %s &gt;" onclick="window.open(this.href,\'win2\',\'status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no\'); return false;" rel="nofollow">\t\t\t<span class="icon-print" aria-hidden="true"></span>\n\t\tطباعة\t</a> </li>\n\t\t\t\t\t\t\t\t\t\t\t\t\t<li class="email-icon"> <a href="/index.php/component/mailto/?tmpl=component&amp;template=protostar&amp;link=6a1f2e" title="أرسل هذا الرابط إلى صديق" onclick="window.open(this.href,\'win2\',\'width=400,height=450,menubar=yes,resizable=yes\'); return false;" rel="nofollow">\t\t\t<span class="icon-envelope" aria-hidden="true"></span>\n\t\tالبريد الإلكتروني\t</a> </li>\n\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t</ul>\n\t\t\t</div>\n\t\t\n\t\t\t</div>\n' % (art_id, art_id, alias, A(title)))
    H.append('\t\t\t\n\t\t\t\t\t\t<dl class="article-info muted">\n\n\t\t\n\t\t\t<dt class="article-info-term">\n\t\t\t\t\t\t\t\t\t\tالتفاصيل\t\t\t\t\t\t\t\t</dt>\n\n\t\t\t\t\t<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">\n\t\t\t\t\tكتب بواسطة <span itemprop="name">هيئة التحرير</span>\t</dd>\n\t\t\n\t\t\n\t\t\t\t\t<dd class="category-name">\n\t\t\t\t\t\t\t\t\t\tالتصنيف: <a href="/index.php/economie" itemprop="genre">اقتصاد</a>\t</dd>\n\t\t\t\n\t\t\t\t\t<dd class="published">\n\t\t\t\t<span class="icon-calendar" aria-hidden="true"></span>\n\t\t\t\t<time datetime="%s" itemprop="datePublished">\n\t\t\t\t\tنشر بتاريخ %d %s %d\t\t\t\t</time>\n\t\t\t</dd>\n\t\t\t\t\n\t\t\t\t\t\n\t\t\t\n\t\t\t\t\t\t<dd class="hits">\n\t\t\t\t\t<span class="icon-eye-open" aria-hidden="true"></span>\n\t\t\t\t\t<meta itemprop="interactionCount" content="UserPageVisits:2144" />\n\t\t\t\t\tالزيارات: 2144\t\t\t</dd>\t\t\t\t\t\t</dl>\n' % (iso(aid), d, MONTHS_LEV[mo - 1], y))
    H.append('\t\n\t\t\t\t\t\t\t\t\t\t\n\t\t<ul class="tags inline">\n')
    for i, tg in enumerate(['زمبرة', 'الهوارية', 'سياحة بيئية', 'نابل', 'محميات طبيعية']):
        H.append('\t\t\t\t\t\t\t\t\t\t\t<li class="tag-%d tag-list%d" itemprop="keywords">\n\t\t\t\t\t<a href="/index.php/component/tags/tag/%s" class="label label-info">\n\t\t\t\t\t\t%s\t\t\t\t\t</a>\n\t\t\t\t</li>\n' % (11 + i, i, pslug(tg), E(tg)))
    H.append('\t\t\t\t\t\t</ul>\n\t\n\t\t\t\t')
    H.append('\t<div class="content_rating" role="img" aria-label="التقييم: 4 من 5">\n\t\t\t<p class="unseen element-invisible" itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating">\n\t\t\tتقييم المستخدم:&#160;<span itemprop="ratingValue">4</span>&#160;/&#160;<span itemprop="bestRating">5</span>\t\t\t<meta itemprop="ratingCount" content="7" />\n\t\t\t<meta itemprop="worstRating" content="1" />\n\t\t</p>\n\t\t<img src="/media/system/images/rating_star.png" alt="النجمة فعالة" /><img src="/media/system/images/rating_star.png" alt="النجمة فعالة" /><img src="/media/system/images/rating_star.png" alt="النجمة فعالة" /><img src="/media/system/images/rating_star.png" alt="النجمة فعالة" /><img src="/media/system/images/rating_star_blank.png" alt="النجمة غير فعالة" /></div>\n')
    H.append('<form method="post" action="%s?hitcount=0" class="form-inline">\n\t<span class="content_vote">\n\t\t<label class="unseen element-invisible" for="content_vote_%d">الرجاء التقييم</label>\n\t\t<select id="content_vote_%d" name="user_rating">\n\t<option value="1">تقييم 1</option>\n\t<option value="2">تقييم 2</option>\n\t<option value="3">تقييم 3</option>\n\t<option value="4">تقييم 4</option>\n\t<option value="5" selected="selected">تقييم 5</option>\n</select>\n\t\t&#160;<input class="btn btn-mini" type="submit" name="submit_vote" value="قيم" />\n\t\t<input type="hidden" name="task" value="article.vote" />\n\t\t<input type="hidden" name="hitcount" value="0" />\n\t\t<input type="hidden" name="url" value="%s?hitcount=0" />\n\t\t<input type="hidden" name="5e1a9f0c2b7d4e6a8c3b1f0e9d2a7c4b" value="1" />\t</span>\n</form>\n' % (url, art_id, art_id, url))
    H.append('\t\t\t\t\t\t\t\t<div class="pull-left item-image"> <img\n\t src="/images/2016/07/zembra-1.jpg" alt="جزيرة زمبرة من البحر" itemprop="image"/> </div>\n')
    H.append('\t\t\t\t\t<div itemprop="articleBody">\n\t\t%s \t</div>\n\n' % '\n'.join(body))
    H.append('\t\n\t\t\t\t\t\t\t<dl class="article-info muted">\n\n\t\t\n\t\t\t\t\t\n\t\t\t\t\t\t\t<dd class="modified">\n\t\t\t\t<span class="icon-calendar" aria-hidden="true"></span>\n\t\t\t\t<time datetime="%s" itemprop="dateModified">\n\t\t\t\t\tآخر تحديث بتاريخ %d %s %d\t\t\t\t</time>\n\t\t\t</dd>\n\t\t\t\n\t\t\t\t\t</dl>\n\t\t\t\t\t\n' % (iso(aid), d + 1, MONTHS_LEV[mo - 1], y))
    H.append('<ul class="pager pagenav">\n\t<li class="previous">\n\t\t<a class="hasTooltip" title="%s" aria-label="المقال السابق: %s" href="%s" rel="prev">\n\t\t\t<span class="icon-chevron-right" aria-hidden="true"></span> <span aria-hidden="true">السابق</span>\t\t</a>\n\t</li>\n\t<li class="next">\n\t\t<a class="hasTooltip" title="%s" aria-label="المقال التالي: %s" href="%s" rel="next">\n\t\t\t<span aria-hidden="true">التالي</span> <span class="icon-chevron-left" aria-hidden="true"></span>\t\t</a>\n\t</li>\n</ul>\n' % (A(T(prev_r)), A(T(prev_r)), alink(prev_r, 'economie'), A(T(next_r)), A(T(next_r)), alink(next_r, 'economie')))
    H.append('\t\t\t\t\t\t\t</div>\n\n\t\t\t\t\t<div class="moduletable">\n\t\t\t<h3>مقالات ذات صلة</h3>\n\t\t\t<ul class="relateditems mod-list">\n')
    for rr in related:
        H.append('<li>\n\t<a href="%s">\n\t\t\t\t%s</a>\n</li>\n' % (alink(rr), E(T(rr))))
    H.append('</ul>\n\t\t</div>\n\t\t<div class="moduletable">\n\t\t\t<h3>من مجتمعنا</h3>\n\t\t\t<ul class="newsflash-horiz mod-list">\n')
    for rr in horiz:
        H.append('\t\t\t<li>\n\t\t\t\t\t<h4 class="newsflash-title">\n\t\t\t<a href="%s">%s</a>\n\t\t</h4>\n\n\t\t<img src="/images/thumbs/%d.jpg" alt="" />\n<p>%s</p>\n\t\t\t\t\t</li>\n' % (alink(rr, 'moujtama'), E(T(rr)), hnum(rr['id'], 9000), E(first_sentence(rr, 50))))
    H.append('\t\t\t</ul>\n\t\t</div>\n\n\t\t\t\t\t\n\t\t\t\t</main>\n')
    # left aside
    H.append('\t\t\t\t\t\t\t\t\t<div id="aside" class="span3">\n\t\t\t\t\t\t<div class="well "><h3 class="page-header">الأكثر قراءة</h3><ul class="mostread mod-list">\n')
    for rr in popular:
        H.append('\t<li itemscope itemtype="https://schema.org/Article">\n\t\t<a href="%s" itemprop="url">\n\t\t\t<span itemprop="name">\n\t\t\t\t%s\t\t\t</span>\n\t\t</a>\n\t</li>\n' % (alink(rr), E(T(rr))))
    H.append('</ul>\n</div><div class="well "><h3 class="page-header">عن الموقع</h3>\n\n<div class="custom"  >\n\t<p>الوطن القبلي اليوم موقع إخباري جهوي مستقل يغطي أخبار ولاية نابل ومعتمدياتها، من الفلاحة والصيد البحري إلى السياحة والثقافة والرياضة، ويفتح صفحاته لمبادرات المجتمع المدني في الجهة.</p></div>\n</div><div class="well "><h3 class="page-header">استطلاع الرأي</h3><form action="/index.php/polls" method="post" name="form2" class="acajoom-poll"><p>هل تؤيد فتح جزيرة زمبرة أمام السياحة البيئية؟</p><label><input type="radio" name="voteid" value="1" /> نعم، بشروط صارمة</label><br /><label><input type="radio" name="voteid" value="2" /> لا، يجب أن تبقى محمية مغلقة</label><br /><label><input type="radio" name="voteid" value="3" /> لا رأي لي</label><br /><input type="submit" name="task_button" class="btn" value="صوت" /> <a href="/index.php/polls/results">النتائج</a></form></div>\n\t\t\t\t\t</div>\n\t\t\t\t\t\t</div>\n\t\t</div>\n\t</div>\n')
    H.append('\t<footer class="footer" role="contentinfo">\n\t\t<div class="container-fluid">\n\t\t\t<hr />\n\t\t\t<ul class="nav menu mod-list"><li class="item-140"><a href="/index.php/about">من نحن</a></li><li class="item-141"><a href="/index.php/contact">اتصل بنا</a></li><li class="item-142"><a href="/index.php/privacy">سياسة الخصوصية</a></li><li class="item-143"><a href="/index.php/ads">أعلن معنا</a></li></ul>\n\t\t\t<p class="pull-right">\n\t\t\t\t<a href="#top" id="back-top">\n\t\t\t\t\tالعودة للأعلى\t\t\t\t</a>\n\t\t\t</p>\n\t\t\t<p>\n\t\t\t\t&copy; 2016 الوطن القبلي اليوم - جميع الحقوق محفوظة\t\t\t</p>\n\t\t</div>\n\t</footer>\n\t\n')
    H.append('<!-- Cookies Policy Notification Bar -->\n<div id="cpnb" class="cpnb" data-nosnippet><div class="cpnb-outer cpnb-div cpnb-pos-bottom"><div class="cpnb-inner"><div class="cpnb-message">يستخدم هذا الموقع ملفات تعريف الارتباط (الكوكيز) لتحسين تجربة التصفح وتحليل الزيارات. بمواصلة التصفح فإنك توافق على استخدامنا لها.</div><div class="cpnb-buttons"><a class="cpnb-button cpnb-accept-btn" href="javascript:void(0);" onclick="cpnb_setCookie(\'cpnb_accepted\',\'1\',365);return false;">موافق</a><a class="cpnb-button cpnb-more-btn" href="/index.php/cookies-policy">المزيد من المعلومات</a></div></div></div></div>\n')
    H.append("<script>var cpnb_config = {\"w357_position\":\"bottom\",\"w357_duration\":\"365\",\"w357_animate_duration\":\"1000\",\"w357_limit\":\"0\",\"w357_message\":\"\\u064a\\u0633\\u062a\\u062e\\u062f\\u0645 \\u0647\\u0630\\u0627 \\u0627\\u0644\\u0645\\u0648\\u0642\\u0639\"};</script>\n")
    H.append("<script>(function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){(i[r].q=i[r].q||[]).push(arguments)},i[r].l=1*new Date();a=s.createElement(o),m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)})(window,document,'script','https://www.google-analytics.com/analytics.js','ga');ga('create', 'UA-48213377-1', 'auto');ga('send', 'pageview');</script>\n")
    H.append('</body>\n</html>\n')
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8',
                charset_declared='http-equiv',
                hard='Joomla 3 Protostar: article-info dl, rating form, tags, pagenav; newsflash modules in both sidebars and under the article hold <p> intro paragraphs of other articles that look like body paragraphs; long article (772 words) split into many <p>.')


# =========================================================================== 2. Blogger
BLOGGER_COMMENTS = [
    # (author, date, text lines, replies)
    ('مريم من صفاقس', '10 يناير 2017 في 3:20 م',
     ['موضوع رائع، شكرا لك يا سلمى.',
      'أنا شخصيا لا أستطيع النوم في القيلولة أكثر من عشرين دقيقة وإلا استيقظت بصداع شديد وبقيت طوال المساء متعبة، فهل يعني هذا أنني لا أستفيد منها؟ أتمنى أن تكتبي تدوينة أخرى عن الطريقة الصحيحة لأخذ القيلولة.'],
     [('سلمى الحامدي', '10 يناير 2017 في 4:02 م',
       ['أهلا مريم، شكرا على مرورك الدائم.',
        'الدراسة تتحدث عن كبار السن فوق 65 سنة، والصداع بعد القيلولة الطويلة أمر معروف لأن الجسم يدخل في مرحلة النوم العميق ثم نوقظه فجأة. سأحاول فعلا كتابة تدوينة عن هذا الموضوع قريبا إن شاء الله.'])]),
    ('غير معروف', '10 يناير 2017 في 5:47 م',
     ['دراسة على الصينيين فقط، هل يمكن تعميم نتائجها علينا؟ نمط الحياة والأكل مختلف تماما، ثم إن الموظف عندنا لا يملك أصلا ساعة للقيلولة بعد الغداء، نحن نأكل واقفين أحيانا.'], []),
    ('الحاج عبد الكريم', '11 يناير 2017 في 9:15 ص',
     ['السلام عليكم،',
      'أنا متقاعد منذ سبع سنوات وتجاوزت السبعين، ومنذ شبابي وأنا متعود على القيلولة بعد صلاة الظهر، وكان والدي رحمه الله يقول إن نومة القايلة تزيد في العمر. لا أعرف إن كان دماغي أصغر بخمس سنوات كما تقول الدراسة، لكنني ما زلت أحفظ أرقام هواتف أولادي وأحفادي كلها وأحل الكلمات المتقاطعة في الجريدة كل صباح دون مساعدة من أحد.',
      'نصيحتي للشباب: لا تستهينوا بساعة راحة في منتصف النهار، فالجسم أمانة وليس آلة. وشكرا لصاحبة المدونة على هذه المعلومات المفيدة.'], []),
    ('ياسين', '11 يناير 2017 في 11:30 ص',
     ['في إسبانيا يسمونها السييستا وأغلب المحلات تغلق بعد الظهر، وفي تونس كان عندنا نظام الحصة الواحدة في الصيف. ربما حان الوقت لنفكر في الأمر بجدية بدل أن نقضي المساء أمام الحاسوب ونحن نتثاءب.'],
     [('نادية ب.', '11 يناير 2017 في 12:05 م',
       ['موافقة معك يا ياسين، لكن المشكل في أوقات التنقل، من يسكن بعيدا عن عمله ويقضي ساعة في الحافلة لن يستفيد من أي شيء.'])]),
    ('د. هالة', '12 يناير 2017 في 8:40 م',
     ['كطبيبة أود أن أضيف ملاحظة صغيرة: القيلولة مفيدة فعلا، لكن من يعاني من الأرق ليلا يستحسن أن يتجنبها أو يقصرها إلى عشرين دقيقة حتى لا يختل نظام نومه.',
      'كما أن الحاجة المفرطة إلى النوم في النهار قد تكون علامة على انقطاع التنفس أثناء النوم أو فقر الدم، فلا بد من استشارة الطبيب إن لاحظتم تعبا مستمرا رغم النوم الكافي.'],
     [('سلمى الحامدي', '12 يناير 2017 في 9:10 م',
       ['شكرا دكتورة على هذه الإضافة القيمة، سأضيفها في آخر التدوينة حتى يستفيد منها الجميع.'])]),
    ('سامي الجلاصي', '13 يناير 2017 في 2:02 م',
     ['ساعة كاملة؟ إذا نمت ساعة بعد الغداء فلن أستيقظ إلا مع أذان المغرب :)'], []),
]


@page('blogger_post')
def blogger_post():
    aid = MAIN['blogger_post']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    blog = 'https://sehatuk-bin-yadayk.blogspot.com'
    purl = blog + '/2017/01/blog-post_10.html'
    blog_id, post_id = '2840193357711845520', '4212876530098813377'
    popular = pool('b-pop', 5, category='diverse')
    archive_jan = pool('b-arch1', 5, category='diverse')
    archive_dec = pool('b-arch2', 4, category='technology')
    # body: <br /> runs, mostly double, once single
    runs = []
    for i, p in enumerate(paras):
        runs.append(E(p))
    body_html = runs[0]
    for i in range(1, len(runs)):
        sep = '<br />\n' if i == 3 else '<br />\n<br />\n'
        body_html += sep + runs[i]
    H = []
    H.append("<!DOCTYPE html>\n<html class='v2' dir='rtl' lang='ar' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>\n<head>\n")
    H.append("<link href='https://www.blogger.com/static/v1/widgets/2975350028-css_bundle_v2.css' rel='stylesheet' type='text/css'/>\n<meta content='width=1100' name='viewport'/>\n<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>\n<script type=\"text/javascript\">(function() { var a=window,c=\"jstiming\",d=\"tick\";var e=function(b){this.t={};this.tick=function(b,o,f){f=void 0!=f?f:(new Date).getTime();this.t[b]=[f,o]};this.tick(\"start\",null,b)},f=new e;a.jstiming={Timer:e,load:f};if(a.performance&&a.performance.timing){var g=a.performance.timing,h=a[c].load,k=g.navigationStart;0<k&&(h.tick(\"_wtsrt\",void 0,k),h.tick(\"wtsrt_\",\"_wtsrt\",0))}})();</script>\n")
    H.append("<meta content='blogger' name='generator'/>\n<link href='%s/favicon.ico' rel='icon' type='image/x-icon'/>\n<link href='%s' rel='canonical'/>\n<link rel=\"alternate\" type=\"application/atom+xml\" title=\"صحتك بين يديك - Atom\" href=\"%s/feeds/posts/default\" />\n<link rel=\"alternate\" type=\"application/rss+xml\" title=\"صحتك بين يديك - RSS\" href=\"%s/feeds/posts/default?alt=rss\" />\n<link rel=\"service.post\" type=\"application/atom+xml\" title=\"صحتك بين يديك - Atom\" href=\"https://www.blogger.com/feeds/%s/posts/default\" />\n\n<link rel=\"alternate\" type=\"application/atom+xml\" title=\"صحتك بين يديك - Atom\" href=\"%s/feeds/%s/comments/default\" />\n" % (blog, purl, blog, blog, blog_id, blog, post_id))
    H.append("<link rel=\"image_src\" href=\"https://1.bp.blogspot.com/-Qm3xZ7nP0aE/WHTnL2kR4cI/AAAAAAAAB8s/8YdC0nk3fLwJ2s0b6Ff4Rm8QpX1yV9bZwCLcB/s1600/qaylula.jpg\" />\n<meta content='%s' property='og:url'/>\n<meta content='%s' property='og:title'/>\n<meta content='%s' property='og:description'/>\n<meta content='https://1.bp.blogspot.com/-Qm3xZ7nP0aE/WHTnL2kR4cI/AAAAAAAAB8s/8YdC0nk3fLwJ2s0b6Ff4Rm8QpX1yV9bZwCLcB/w1200-h630-p-k-no-nu/qaylula.jpg' property='og:image'/>\n" % (purl, A(title), A(first_words(r, 28))))
    H.append('<title>صحتك بين يديك: %s</title>\n' % E(title))
    H.append("<style id='page-skin-1' type='text/css'><!--\n/*\n-----------------------------------------------\nBlogger Template Style\nName:     Simple\nDesigner: Blogger\nURL:      www.blogger.com\n----------------------------------------------- */\n/* Content\n----------------------------------------------- */\nbody {\n  font: normal normal 15px Tahoma, Arial, FreeSans, sans-serif;\n  color: #222222;\n  background: #66bbdd none repeat scroll top left;\n  padding: 0 40px 40px 40px;\n}\nhtml body .region-inner {\n  min-width: 0;\n  max-width: 100%;\n  width: auto;\n}\n.post-body {\n  font-size: 110%;\n  line-height: 1.6;\n  position: relative;\n}\n.comments .comments-content .icon.blog-author {\n  background-repeat: no-repeat;\n}\n--></style>\n<style id='template-skin-1' type='text/css'><!--\n    body { min-width: 960px; }\n    .content-outer, .content-fauxcolumn-outer, .region-inner { min-width: 960px; max-width: 960px; _width: 960px; }\n    .main-inner .columns { padding-left: 310px; padding-right: 0; }\n--></style>\n")
    H.append("<script type='text/javascript'>\n        (function(i,s,o,g,r,a,m){i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){\n        (i[r].q=i[r].q||[]).push(arguments)},i[r].l=1*new Date();a=s.createElement(o),\n        m=s.getElementsByTagName(o)[0];a.async=1;a.src=g;m.parentNode.insertBefore(a,m)\n        })(window,document,'script','https://www.google-analytics.com/analytics.js','ga');\n        ga('create', 'UA-90012345-1', 'auto', 'blogger');\n        ga('blogger.send', 'pageview');\n      </script>\n")
    H.append("<link type='text/css' rel='stylesheet' href='https://www.blogger.com/static/v1/widgets/1937454905-widget_css_bundle_rtl.css' />\n<link type='text/css' rel='stylesheet' href='https://www.blogger.com/dyn-css/authorization.css?targetBlogID=%s&amp;zx=4a8c2f10-1e7b-4c5f-9e22-3f0b6d8a7c11' />\n</head>\n" % blog_id)
    H.append("<body class='loading variant-simplysimple'>\n<div class='navbar section' id='navbar' name='Navbar'><div class='widget Navbar' data-version='1' id='Navbar1'><script type=\"text/javascript\">\n    function setAttributeOnload(object, attribute, val) {\n      if(window.addEventListener) {\n        window.addEventListener('load',\n          function(){ object[attribute] = val; }, false);\n      } else {\n        window.attachEvent('onload', function(){ object[attribute] = val; });\n      }\n    }\n  </script>\n<div id=\"navbar-iframe-container\"></div>\n<script type=\"text/javascript\" src=\"https://apis.google.com/js/platform.js\"></script>\n<script type=\"text/javascript\">\n      gapi.load(\"gapi.iframes:gapi.iframes.style.bubble\", function() {\n        if (gapi.iframes && gapi.iframes.getContext) {\n          gapi.iframes.getContext().openChild({\n              url: 'https://www.blogger.com/navbar.g?targetBlogID\\x3d%s\\x26blogName\\x3d...\\x26publishMode\\x3dPUBLISH_MODE_BLOGSPOT\\x26navbarType\\x3dBLUE\\x26layoutType\\x3dLAYOUTS\\x26searchRoot\\x3dhttps://sehatuk-bin-yadayk.blogspot.com/search\\x26blogLocale\\x3dar\\x26v\\x3d2',\n              where: document.getElementById(\"navbar-iframe-container\"),\n              id: \"navbar-iframe\"\n          });\n        }\n      });\n    </script><script type=\"text/javascript\">\n(function() {\nvar script = document.createElement('script');\nscript.type = 'text/javascript';\nscript.src = '//pagead2.googlesyndication.com/pagead/js/google_top_exp.js';\nvar head = document.getElementsByTagName('head')[0];\nif (head) {\nhead.appendChild(script);\n}})();\n</script>\n</div></div>\n" % blog_id)
    H.append("<div class='body-fauxcolumns'>\n<div class='fauxcolumn-outer body-fauxcolumn-outer'>\n<div class='cap-top'>\n<div class='cap-left'></div>\n<div class='cap-right'></div>\n</div>\n<div class='fauxborder-left'>\n<div class='fauxborder-right'></div>\n<div class='fauxcolumn-inner'>\n</div>\n</div>\n</div>\n</div>\n<div class='content'>\n<div class='content-fauxcolumns'></div>\n<div class='content-outer'>\n<div class='content-cap-top cap-top'></div>\n<div class='fauxborder-left content-fauxborder-left'>\n<div class='fauxborder-right content-fauxborder-right'></div>\n<div class='content-inner'>\n<header>\n<div class='header-outer'>\n<div class='header-cap-top cap-top'></div>\n<div class='region-inner header-inner'>\n")
    H.append("<div class='header section' id='header' name='الرأس'><div class='widget Header' data-version='1' id='Header1'>\n<div id='header-inner'>\n<div class='titlewrapper'>\n<h1 class='title'>\n<a href='%s/'>\nصحتك بين يديك\n</a>\n</h1>\n</div>\n<div class='descriptionwrapper'>\n<p class='description'><span>مدونة شخصية تهتم بالصحة العامة والتغذية ونمط الحياة السليم، أكتب فيها ما أقرؤه من دراسات وما أجربه بنفسي.</span></p>\n</div>\n</div>\n</div></div>\n</div>\n</div>\n</header>\n" % blog)
    H.append("<div class='tabs-outer'>\n<div class='region-inner tabs-inner'>\n<div class='tabs section' id='crosscol' name='عبر الأعمدة'><div class='widget PageList' data-version='1' id='PageList1'>\n<h2>الصفحات</h2>\n<div class='widget-content'>\n<ul>\n<li class='selected'><a href='%s/'>الصفحة الرئيسية</a></li>\n<li><a href='%s/p/blog-page.html'>من أنا</a></li>\n<li><a href='%s/p/contact.html'>اتصل بي</a></li>\n<li><a href='%s/search/label/%s'>وصفات صحية</a></li>\n</ul>\n<div class='clear'></div>\n</div>\n</div></div>\n</div>\n</div>\n" % (blog, blog, blog, blog, Q('وصفات')))
    H.append("<div class='main-outer'>\n<div class='main-cap-top cap-top'></div>\n<div class='fauxborder-left main-fauxborder-left'>\n<div class='region-inner main-inner'>\n<div class='columns fauxcolumns'>\n<div class='columns-inner'>\n<div class='column-center-outer'>\n<div class='column-center-inner'>\n<div class='main section' id='main' name='رئيسي'><div class='widget Blog' data-version='1' id='Blog1'>\n<div class='blog-posts hfeed'>\n\n          <div class=\"date-outer\">\n        \n<h2 class='date-header'><span>الثلاثاء، 10 يناير 2017</span></h2>\n\n          <div class=\"date-posts\">\n        \n<div class='post-outer'>\n")
    H.append("<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>\n<meta content='https://1.bp.blogspot.com/-Qm3xZ7nP0aE/WHTnL2kR4cI/AAAAAAAAB8s/8YdC0nk3fLwJ2s0b6Ff4Rm8QpX1yV9bZwCLcB/s400/qaylula.jpg' itemprop='image_url'/>\n<meta content='%s' itemprop='blogId'/>\n<meta content='%s' itemprop='postId'/>\n<a name='%s'></a>\n<h3 class='post-title entry-title' itemprop='name'>\n%s\n</h3>\n<div class='post-header'>\n<div class='post-header-line-1'></div>\n</div>\n" % (blog_id, post_id, post_id, E(title)))
    H.append("<div class='post-body entry-content' id='post-body-%s' itemprop='description articleBody'>\n" % post_id)
    H.append('<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" style="margin-left: auto; margin-right: auto; text-align: center;"><tbody>\n<tr><td style="text-align: center;"><a href="https://1.bp.blogspot.com/-Qm3xZ7nP0aE/WHTnL2kR4cI/AAAAAAAAB8s/8YdC0nk3fLwJ2s0b6Ff4Rm8QpX1yV9bZwCLcB/s1600/qaylula.jpg" imageanchor="1" style="margin-left: auto; margin-right: auto;"><img border="0" data-original-height="427" data-original-width="640" height="266" src="https://1.bp.blogspot.com/-Qm3xZ7nP0aE/WHTnL2kR4cI/AAAAAAAAB8s/8YdC0nk3fLwJ2s0b6Ff4Rm8QpX1yV9bZwCLcB/s400/qaylula.jpg" width="400" /></a></td></tr>\n<tr><td class="tr-caption" style="text-align: center;">قيلولة قصيرة بعد الغداء قد تحافظ على شباب الدماغ حسب الباحثين (صورة تعبيرية من الأرشيف)</td></tr>\n</tbody></table>\n<div style="text-align: justify;">\n<span style="font-family: &quot;tahoma&quot; , sans-serif; font-size: large;">')
    H.append(body_html)
    H.append('</span></div>\n<div style="text-align: justify;">\n<span style="font-family: &quot;tahoma&quot; , sans-serif; font-size: x-small;"><br /></span></div>\n')
    H.append("<div style='clear: both;'></div>\n</div>\n")
    H.append("<div class='post-footer'>\n<div class='post-footer-line post-footer-line-1'>\n<span class='post-author vcard'>\nأرسلت بواسطة\n<span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'>\n<meta content='https://www.blogger.com/profile/09812345678901234567' itemprop='url'/>\n<a class='g-profile' href='https://www.blogger.com/profile/09812345678901234567' rel='author' title='author profile'>\n<span itemprop='name'>سلمى الحامدي</span>\n</a>\n</span>\n</span>\n<span class='post-timestamp'>\nفي\n<meta content='%s' itemprop='url'/>\n<a class='timestamp-link' href='%s' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='2017-01-10T13:54:00+01:00'>1:54 م</abbr></a>\n</span>\n<span class='post-comment-link'>\n</span>\n<span class='post-icons'>\n<span class='item-control blog-admin pid-1184032563'>\n<a href='https://www.blogger.com/post-edit.g?blogID=%s&amp;postID=%s&amp;from=pencil' title='تعديل الرسالة'>\n<img alt='' class='icon-action' height='18' src='https://resources.blogblog.com/img/icon18_edit_allbkg.gif' width='18'/>\n</a>\n</span>\n</span>\n" % (purl, purl, blog_id, post_id))
    H.append("<div class='post-share-buttons goog-inline-block'>\n")
    for cls, t in [('sb-email', 'إرسال بالبريد الإلكتروني'), ('sb-blog', 'كتابة مدونة حول هذه المشاركة'), ('sb-twitter', 'المشاركة على Twitter'), ('sb-facebook', 'المشاركة في Facebook'), ('sb-pinterest', 'المشاركة على Pinterest')]:
        H.append("<a class='goog-inline-block share-button %s' href='https://www.blogger.com/share-post.g?blogID=%s&amp;postID=%s&amp;target=%s' target='_blank' title='%s'><span class='share-button-link-text'>%s</span></a>" % (cls, blog_id, post_id, cls[3:], t, t))
    H.append("\n</div>\n</div>\n<div class='post-footer-line post-footer-line-2'>\n<span class='post-labels'>\nالتسميات:\n<a href='%s/search/label/%s' rel='tag'>دراسات</a>,\n<a href='%s/search/label/%s' rel='tag'>صحة</a>,\n<a href='%s/search/label/%s' rel='tag'>نوم</a>\n</span>\n</div>\n<div class='post-footer-line post-footer-line-3'>\n<span class='post-location'>\n</span>\n</div>\n</div>\n</div>\n" % (blog, Q('دراسات'), blog, Q('صحة'), blog, Q('نوم')))
    # comments
    ncom = sum(1 + len(c[3]) for c in BLOGGER_COMMENTS)
    H.append("<div class='comments' id='comments'>\n<a name='comments'></a>\n<h4>%d من التعليقات:</h4>\n<div class='comments-content'>\n<script async='async' src='' type='text/javascript'></script>\n<script type='text/javascript'>\n    (function() {\n      var items = null;\n      var msgs = null;\n      var config = {};\n      var cursor = null;\n      if (items && items.length > 0) {\n        cursor = parseInt(items[items.length - 1].timestamp) + 1;\n      }\n      var bodyFromEntry = function(entry) {\n        var text = (entry &&\n                    ((entry.content && entry.content.$t) ||\n                     (entry.summary && entry.summary.$t))) ||\n            '';\n        return text;\n      };\n    })();\n  </script>\n<div id='comment-holder'>\n<div class=\"comment-thread toplevel-thread\"><ol id=\"top-ra\">" % ncom)
    cid = 1484057000000

    def one(author, when, lines, cidv, admin=False):
        return ('<li class="comment" id="c%d"><div class="avatar-image-container"><img src="//resources.blogblog.com/img/blank.gif" alt=""/></div><div class="comment-block"><div class="comment-header"><cite class="user"><a href="https://www.blogger.com/profile/%d" rel="nofollow">%s</a></cite><span class="icon user %s"></span><span class="datetime secondary-text"><a rel="nofollow" href="%s?showComment=%d#c%d">%s</a></span></div><p class="comment-content">%s</p><span class="comment-actions secondary-text"><a class="comment-reply" target="_self" data-comment-id="%d">رد</a><span class="item-control blog-admin blog-admin pid-1184032563"><a target="_self" href="https://www.blogger.com/delete-comment.g?blogID=%s&amp;postID=%d">حذف</a></span></span></div>'
                % (cidv, 10000000000 + cidv % 99991, E(author), 'blog-author' if admin else '', purl, cidv, cidv, E(when), '<br>'.join(E(x) for x in lines), cidv, blog_id, cidv))
    for author, when, lines, replies in BLOGGER_COMMENTS:
        cid += 7919
        H.append(one(author, when, lines, cid))
        H.append('<div class="comment-replies">')
        if replies:
            H.append('<div id="c%d-rt" class="comment-thread inline-thread"><span class="thread-toggle thread-expanded"><span class="thread-arrow"></span><span class="thread-count"><a target="_self">الردود</a></span></span><ol id="c%d-ra" class="thread-chrome thread-expanded"><div>' % (cid, cid))
            for ra, rw, rl in replies:
                rc = cid + 311
                H.append(one(ra, rw, rl, rc, admin=(ra == 'سلمى الحامدي')) + '</li>')
            H.append('</div><div id="c%d-continue" class="continue"><a class="comment-reply" target="_self" data-comment-id="%d">رد</a></div></ol></div>' % (cid, cid))
        H.append('</div><div class="comment-replybox-single" id="c%d-ce"></div></li>' % cid)
    H.append('</ol><div id="top-continue" class="continue"><a class="comment-reply" target="_self">إضافة تعليق</a></div><div class="comment-replybox-thread" id="top-ce"></div><div class="loadmore hidden" data-post-id="%s"><a target="_self">تحميل المزيد...</a></div></div>\n</div>\n</div>\n' % post_id)
    H.append("<p class='comment-footer'>\n<div class='comment-form'>\n<a name='comment-form'></a>\n<p>\n</p>\n<a href='https://www.blogger.com/comment-iframe.g?blogID=%s&amp;postID=%s' id='comment-editor-src'></a>\n<iframe allowtransparency='true' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='' width='100%%'></iframe>\n<script src='https://www.blogger.com/static/v1/jsbin/2830521187-comment_from_post_iframe.js' type='text/javascript'></script>\n<script type='text/javascript'>\n      BLOG_CMT_createIframe('https://www.blogger.com/rpc_relay.html');\n    </script>\n</div>\n</p>\n</div>\n</div>\n\n        </div></div>\n      \n</div>\n" % (blog_id, post_id))
    H.append("<div class='blog-pager' id='blog-pager'>\n<span id='blog-pager-newer-link'>\n<a class='blog-pager-newer-link' href='%s/2017/01/blog-post_14.html' id='Blog1_blog-pager-newer-link' title='رسالة أحدث'>رسالة أحدث</a>\n</span>\n<span id='blog-pager-older-link'>\n<a class='blog-pager-older-link' href='%s/2017/01/blog-post_6.html' id='Blog1_blog-pager-older-link' title='رسالة أقدم'>رسالة أقدم</a>\n</span>\n<a class='home-link' href='%s/'>الصفحة الرئيسية</a>\n</div>\n<div class='clear'></div>\n<div class='post-feeds'>\n<div class='feed-links'>\nالاشتراك في:\n<a class='feed-link' href='%s/feeds/%s/comments/default' target='_blank' type='application/atom+xml'>تعليقات الرسالة (Atom)</a>\n</div>\n</div>\n</div></div>\n</div>\n</div>\n" % (blog, blog, blog, blog, post_id))
    # sidebar
    H.append("<div class='column-left-outer'>\n<div class='column-left-inner'>\n<aside>\n</aside>\n</div>\n</div>\n<div class='column-right-outer'>\n<div class='column-right-inner'>\n<aside>\n<div class='sidebar section' id='sidebar-right-1'>")
    H.append("<div class='widget Profile' data-version='1' id='Profile1'>\n<h2>من أنا</h2>\n<div class='widget-content'>\n<a href='https://www.blogger.com/profile/09812345678901234567'><img alt='صورتي' class='profile-img' height='80' src='//blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh/s80/salma.jpg' width='60'/></a>\n<dl class='profile-datablock'>\n<dt class='profile-data'>\n<a class='profile-name-link g-profile' href='https://www.blogger.com/profile/09812345678901234567' rel='author' style='background-image: url(//www.blogger.com/img/logo-16.png);'>\nسلمى الحامدي\n</a>\n</dt>\n<dd class='profile-textblock'>ممرضة سابقة وأم لطفلين، مهتمة بالتثقيف الصحي ونمط الحياة المتوازن. لست طبيبة، وكل ما أنشره هنا للتوعية فقط ولا يغني عن استشارة المختصين.</dd>\n</dl>\n<a class='profile-link' href='https://www.blogger.com/profile/09812345678901234567' rel='author'>عرض الملف الشخصي الكامل الخاص بي</a>\n<div class='clear'></div>\n</div>\n</div>")
    H.append("<div class='widget PopularPosts' data-version='1' id='PopularPosts1'>\n<h2>المشاركات الشائعة</h2>\n<div class='widget-content popular-posts'>\n<ul>\n")
    for i, rr in enumerate(popular):
        H.append("<li>\n<div class='item-content'>\n<div class='item-thumbnail'>\n<a href='%s/2016/%02d/blog-post_%d.html' target='_blank'>\n<img alt='' border='0' src='https://1.bp.blogspot.com/-x%d/s72-c/img.jpg'/>\n</a>\n</div>\n<div class='item-title'><a href='%s/2016/%02d/blog-post_%d.html'>%s</a></div>\n<div class='item-snippet'>%s</div>\n</div>\n<div style='clear: both;'></div>\n</li>\n" % (blog, 12 - i, 3 + i, hnum(rr['id'], 99999), blog, 12 - i, 3 + i, E(T(rr)), E(first_words(rr, 30))))
    H.append("</ul>\n<div class='clear'></div>\n</div>\n</div>")
    H.append("<div class='widget Label' data-version='1' id='Label1'>\n<h2>التسميات</h2>\n<div class='widget-content list-label-widget-content'>\n<ul>\n")
    for lab, n in [('تغذية', 23), ('دراسات', 17), ('رياضة', 9), ('صحة', 41), ('صحة نفسية', 8), ('نوم', 5), ('وصفات', 12)]:
        H.append("<li>\n<a dir='rtl' href='%s/search/label/%s'>%s</a>\n<span dir='ltr'>(%d)</span>\n</li>\n" % (blog, Q(lab), lab, n))
    H.append("</ul>\n<div class='clear'></div>\n</div>\n</div>")
    H.append("<div class='widget BlogArchive' data-version='1' id='BlogArchive1'>\n<h2>أرشيف المدونة</h2>\n<div class='widget-content'>\n<div id='ArchiveList'>\n<div id='BlogArchive1_ArchiveList'>\n<ul class='hierarchy'>\n<li class='archivedate expanded'>\n<a class='toggle' href='javascript:void(0)'>\n<span class='zippy toggle-open'>\n\n        &#9660;&#160;\n      \n</span>\n</a>\n<a class='post-count-link' href='%s/2017/'>\n2017\n</a>\n<span class='post-count' dir='ltr'>(6)</span>\n<ul class='hierarchy'>\n<li class='archivedate expanded'>\n<a class='toggle' href='javascript:void(0)'>\n<span class='zippy toggle-open'>\n\n        &#9660;&#160;\n      \n</span>\n</a>\n<a class='post-count-link' href='%s/2017/01/'>\nيناير\n</a>\n<span class='post-count' dir='ltr'>(6)</span>\n<ul class='posts'>\n<li><a href='%s'>%s</a></li>\n" % (blog, blog, purl, E(title)))
    for i, rr in enumerate(archive_jan):
        H.append("<li><a href='%s/2017/01/blog-post_%d.html'>%s</a></li>\n" % (blog, 9 - i, E(T(rr))))
    H.append("</ul>\n</li>\n</ul>\n</li>\n</ul>\n<ul class='hierarchy'>\n<li class='archivedate collapsed'>\n<a class='toggle' href='javascript:void(0)'>\n<span class='zippy'>\n\n        &#9668;&#160;\n      \n</span>\n</a>\n<a class='post-count-link' href='%s/2016/'>\n2016\n</a>\n<span class='post-count' dir='ltr'>(38)</span>\n<ul class='hierarchy'>\n<li class='archivedate collapsed'>\n<a class='toggle' href='javascript:void(0)'>\n<span class='zippy'>\n\n        &#9668;&#160;\n      \n</span>\n</a>\n<a class='post-count-link' href='%s/2016/12/'>\nديسمبر\n</a>\n<span class='post-count' dir='ltr'>(4)</span>\n<ul class='posts'>\n" % (blog, blog))
    for i, rr in enumerate(archive_dec):
        H.append("<li><a href='%s/2016/12/blog-post_%d.html'>%s</a></li>\n" % (blog, 28 - 3 * i, E(T(rr))))
    H.append("</ul>\n</li>\n</ul>\n")
    for mname, n in [('نوفمبر', 5), ('أكتوبر', 3), ('سبتمبر', 6), ('أغسطس', 2)]:
        H.append("<ul class='hierarchy'>\n<li class='archivedate collapsed'>\n<a class='toggle' href='javascript:void(0)'>\n<span class='zippy'>\n\n        &#9668;&#160;\n      \n</span>\n</a>\n<a class='post-count-link' href='%s/2016/%02d/'>\n%s\n</a>\n<span class='post-count' dir='ltr'>(%d)</span>\n</li>\n</ul>\n" % (blog, MONTHS_EG.index(mname) + 1, mname, n))
    H.append("</li>\n</ul>\n</div>\n</div>\n<div class='clear'></div>\n</div>\n</div>")
    H.append("<div class='widget Stats' data-version='1' id='Stats1'>\n<h2>إجمالي مرات مشاهدة الصفحة</h2>\n<div class='widget-content'>\n<div id='Stats1_content' style='display: none;'>\n<span class='counter-wrapper text-counter-wrapper' id='Stats1_totalCount'>\n</span>\n<div class='clear'></div>\n</div>\n</div>\n</div>")
    H.append("<div class='widget Attribution' data-version='1' id='Attribution1'>\n<div class='widget-content' style='text-align: center;'>\nالمظهر: بسيط. يتم التشغيل بواسطة <a href='https://www.blogger.com' target='_blank'>Blogger</a>.\n</div>\n<div class='clear'></div>\n</div></div>\n</aside>\n</div>\n</div>\n</div>\n<div style='clear: both'></div>\n</div>\n</div>\n</div>\n</div>\n<footer>\n<div class='footer-outer'>\n<div class='region-inner footer-inner'>\n<div class='foot no-items section' id='footer-1'></div>\n</div>\n</div>\n</footer>\n</div>\n</div>\n</div>\n</div>\n")
    H.append("<script type=\"text/javascript\" src=\"https://www.blogger.com/static/v1/widgets/2979688890-widgets.js\"></script>\n<script type='text/javascript'>\nwindow['__wavt'] = 'AOuZoY6Qv3yR5xL0tq8dO9k2F1z7Wm4NcA:1484056440000';_WidgetManager._Init('//www.blogger.com/rearrange?blogID\\x3d%s','//sehatuk-bin-yadayk.blogspot.com/2017/01/blog-post_10.html','%s');\n_WidgetManager._SetDataContext([{'name': 'blog', 'data': {'blogId': '%s', 'title': '\\u0635\\u062d\\u062a\\u0643 \\u0628\\u064a\\u0646 \\u064a\\u062f\\u064a\\u0643', 'url': 'https://sehatuk-bin-yadayk.blogspot.com/2017/01/blog-post_10.html', 'canonicalUrl': 'https://sehatuk-bin-yadayk.blogspot.com/2017/01/blog-post_10.html', 'homepageUrl': 'https://sehatuk-bin-yadayk.blogspot.com/', 'searchUrl': 'https://sehatuk-bin-yadayk.blogspot.com/search', 'pageType': 'item', 'postId': '%s', 'locale': 'ar', 'languageDirection': 'rtl'}}]);\n_WidgetManager._RegisterWidget('_NavbarView', new _WidgetInfo('Navbar1', 'navbar', document.getElementById('Navbar1'), {}, 'displayModeFull'));\n_WidgetManager._RegisterWidget('_HeaderView', new _WidgetInfo('Header1', 'header', document.getElementById('Header1'), {}, 'displayModeFull'));\n_WidgetManager._RegisterWidget('_BlogView', new _WidgetInfo('Blog1', 'main', document.getElementById('Blog1'), {'cmtInteractionsEnabled': false, 'lightboxEnabled': true, 'lightboxModuleUrl': 'https://www.blogger.com/static/v1/jsbin/1666805145-lbx__ar.js', 'lightboxCssUrl': 'https://www.blogger.com/static/v1/v-css/368954415-lightbox_bundle_rtl.css'}, 'displayModeFull'));\n_WidgetManager._RegisterWidget('_PopularPostsView', new _WidgetInfo('PopularPosts1', 'sidebar-right-1', document.getElementById('PopularPosts1'), {}, 'displayModeFull'));\n_WidgetManager._RegisterWidget('_BlogArchiveView', new _WidgetInfo('BlogArchive1', 'sidebar-right-1', document.getElementById('BlogArchive1'), {'languageDirection': 'rtl', 'loadingMessage': '\\u062c\\u0627\\u0631\\u064d \\u0627\\u0644\\u062a\\u062d\\u0645\\u064a\\u0644\\x26hellip;'}, 'displayModeFull'));\n</script>\n</body>\n</html>\n" % (blog_id, post_id, blog_id, post_id))
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8',
                charset_declared='http-equiv',
                hard="Blogspot 'Simple' template: body is bare text runs split by <br /> (no <p>, one single-<br /> break), inside a styled span after a tr-caption table with an image caption; threaded comment section (%d comments, with <br>) is longer than the post; popular-posts snippets and archive lists in the sidebar." % ncom)


# =========================================================================== 3. table layout, windows-1256, undeclared
@page('table_layout_1256')
def table_layout_1256():
    aid = MAIN['table_layout_1256']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    enc = 'cp1256'
    left = pool('t-left', 14, category='localNews', enc=enc)
    related = pool('t-rel', 5, enc=enc, keywords=['سوسة', 'تراث', 'المدينة العتيقة'])
    sections = ['الرئيسية', 'أخبار وطنية', 'أخبار الساحل', 'عربي ودولي', 'اقتصاد', 'رياضة', 'ثقافة وفنون', 'منوعات', 'ملفات', 'أرشيف']
    y, mo, d, hh, mi = adate(aid)
    nid = 20471
    H = []
    H.append('<HTML dir=rtl>\n<HEAD>\n<TITLE>شبكة الساحل الإخبارية :: %s</TITLE>\n' % E(title))
    H.append('<META NAME="keywords" CONTENT="سوسة, تراث, المدينة العتيقة, جمعيات, الساحل, اخبار تونس">\n<META NAME="description" CONTENT="شبكة الساحل الإخبارية - اخبار سوسة والمنستير والمهدية على مدار الساعة">\n<META NAME="Generator" CONTENT="Microsoft FrontPage 5.0">\n<META NAME="ProgId" CONTENT="FrontPage.Editor.Document">\n')
    H.append('<link rel="stylesheet" type="text/css" href="css/main.css">\n<link rel="shortcut icon" href="favicon.ico">\n')
    H.append('<script language="JavaScript">\n<!--\nfunction MM_swapImgRestore() { //v3.0\n  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;\n}\nfunction MM_preloadImages() { //v3.0\n  var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array();\n    var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)\n    if (a[i].indexOf("#")!=0){ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}\n}\nfunction MM_swapImage() { //v3.0\n  var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; for(i=0;i<(a.length-2);i+=3)\n   if ((x=MM_findObj(a[i]))!=null){document.MM_sr[j++]=x; if(!x.oSrc) x.oSrc=x.src; x.src=a[i+2];}\n}\nfunction printArticle(id){ window.open(\'print.asp?id=\'+id,\'\',\'width=600,height=500,scrollbars=yes\'); }\nfunction sendArticle(id){ window.open(\'send.asp?id=\'+id,\'\',\'width=420,height=360\'); }\n//-->\n</script>\n')
    H.append('<style>\n<!--\n.news { font-family: Tahoma; font-size: 11px; color: #003399; text-decoration: none; font-weight: bold }\n.brief { font-family: Tahoma; font-size: 10px; color: #666666 }\n.menu { font-family: Tahoma; font-size: 12px; color: #FFFFFF; font-weight: bold; text-decoration: none }\n.title { font-family: Simplified Arabic; font-size: 20px; color: #990000; font-weight: bold }\n-->\n</style>\n</HEAD>\n')
    H.append('<BODY bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages(\'images/menu_on.gif\',\'images/print_on.gif\')">\n')
    H.append('<table width="778" border="0" cellspacing="0" cellpadding="0" align="center">\n')
    H.append('  <tr>\n    <td><table width="100%%" border="0" cellspacing="0" cellpadding="0" background="images/top_bg.gif">\n        <tr>\n          <td width="250"><a href="default.asp"><img src="images/logo.gif" width="250" height="90" border="0" alt="شبكة الساحل الإخبارية"></a></td>\n          <td align="center"><a href="ads.asp?id=7" target="_blank"><img src="banners/banner468.gif" width="468" height="60" border="0"></a></td>\n        </tr>\n        <tr>\n          <td colspan="2" bgcolor="#003366" height="22"><font face="Tahoma" size="1" color="#FFFFFF">&nbsp;%s %d %s %d &nbsp;|&nbsp; آخر تحديث: %02d:%02d</font></td>\n        </tr>\n      </table></td>\n  </tr>\n' % (weekday(y, mo, d), d, MONTHS_TN[mo - 1], y, hh, mi))
    H.append('  <tr>\n    <td bgcolor="#336699" height="26" align="center">')
    H.append(' <font color="#FFFFFF">|</font> '.join('<a href="section.asp?sec=%d" class="menu" onMouseOver="MM_swapImage(\'m%d\',\'\',\'images/menu_on.gif\',1)" onMouseOut="MM_swapImgRestore()">%s</a>' % (i, i, s) for i, s in enumerate(sections)))
    H.append('</td>\n  </tr>\n  <tr>\n    <td><table width="100%" border="0" cellspacing="0" cellpadding="0">\n        <tr>\n')
    # right column
    H.append('          <td width="150" valign="top" bgcolor="#EEF3F8"><table width="100%" border="0" cellspacing="0" cellpadding="3">\n              <tr>\n                <td bgcolor="#336699"><font face="Tahoma" size="2" color="#FFFFFF"><b>الأقسام</b></font></td>\n              </tr>\n')
    for i, s in enumerate(sections[1:9], 1):
        H.append('              <tr>\n                <td><img src="images/bullet.gif" width="7" height="7"> <a href="section.asp?sec=%d"><font face="Tahoma" size="2" color="#003366">%s</font></a></td>\n              </tr>\n' % (i, s))
    H.append('            </table>\n            <br>\n            <table width="100%" border="0" cellspacing="0" cellpadding="3">\n              <tr>\n                <td bgcolor="#336699"><font face="Tahoma" size="2" color="#FFFFFF"><b>استفتاء</b></font></td>\n              </tr>\n              <tr>\n                <td><form name="poll" method="post" action="poll.asp"><font face="Tahoma" size="1">هل أنت راض عن وضعية المعالم التاريخية في جهتك؟<br>\n                  <input type="radio" name="ans" value="1">نعم<br>\n                  <input type="radio" name="ans" value="2">لا<br>\n                  <input type="radio" name="ans" value="3">نوعا ما<br>\n                  <input type="submit" name="Submit" value="صوت"> <a href="poll.asp?res=1">النتائج</a></font></form></td>\n              </tr>\n            </table>\n            <br>\n            <table width="100%" border="0" cellspacing="0" cellpadding="3">\n              <tr>\n                <td bgcolor="#336699"><font face="Tahoma" size="2" color="#FFFFFF"><b>القائمة البريدية</b></font></td>\n              </tr>\n              <tr>\n                <td><form method="post" action="mlist.asp"><font face="Tahoma" size="1">أدخل بريدك ليصلك جديد الموقع</font><br><input type="text" name="email" size="14"><br><input type="submit" value="اشترك"></form></td>\n              </tr>\n            </table>\n            <br>\n            <table width="100%" border="0" cellspacing="0" cellpadding="3">\n              <tr>\n                <td align="center"><font face="Tahoma" size="1">عدد الزوار<br><img src="counter.asp?d=1" border="0"><br>1 8 3 4 5 2 0</font></td>\n              </tr>\n            </table></td>\n')
    H.append('          <td width="5"><img src="images/spacer.gif" width="5" height="1"></td>\n')
    # center
    H.append('          <td width="468" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="4">\n              <tr>\n                <td><font face="Tahoma" size="1"><a href="default.asp">الرئيسية</a> &gt; <a href="section.asp?sec=2">أخبار الساحل</a> &gt; سوسة</font></td>\n              </tr>\n              <tr>\n                <td><table width="100%" border="0" cellpadding="4" cellspacing="1" bgcolor="#CCCCCC">\n                    <tr>\n                      <td bgcolor="#FFFFFF"><table width="100%" border="0" cellspacing="0" cellpadding="2">\n')
    H.append('                          <tr>\n                            <td class="title">%s</td>\n                          </tr>\n' % E(title))
    H.append('                          <tr>\n                            <td><font face="Tahoma" size="1" color="#999999">%02d/%02d/%d - %02d:%02d &nbsp; | &nbsp; قرئ 1327 مرة</font></td>\n                          </tr>\n' % (d, mo, y, hh, mi))
    H.append('                          <tr>\n                            <td align="left"><a href="javascript:printArticle(%d)"><img src="images/print.gif" border="0" alt="طباعة"></a> <a href="javascript:sendArticle(%d)"><img src="images/send.gif" border="0" alt="أرسل لصديق"></a> <a href="javascript:window.external.AddFavorite(location.href,document.title)"><img src="images/fav.gif" border="0" alt="أضف للمفضلة"></a></td>\n                          </tr>\n' % (nid, nid))
    H.append('                          <tr>\n                            <td><div align="center"><img src="news_img/%d.jpg" width="300" height="220" border="1"></div></td>\n                          </tr>\n' % nid)
    H.append('                          <tr>\n                            <td><div align="justify"><font face="Traditional Arabic" size="4" color="#000000">')
    H.append('<br><br>\r\n'.join(E(p) for p in paras))
    H.append('</font></div></td>\n                          </tr>\n')
    H.append('                          <tr>\n                            <td><font face="Tahoma" size="1" color="#666666">المصدر: الجوهرة أف أم</font></td>\n                          </tr>\n                        </table></td>\n                    </tr>\n                  </table></td>\n              </tr>\n')
    H.append('              <tr>\n                <td><table width="100%" border="0" cellspacing="0" cellpadding="3">\n                    <tr>\n                      <td bgcolor="#E1E8F0"><font face="Tahoma" size="2" color="#003366"><b>أخبار ذات صلة</b></font></td>\n                    </tr>\n')
    for rr in related:
        H.append('                    <tr>\n                      <td><img src="images/arrow.gif"> <a href="news.asp?id=%d"><font face="Tahoma" size="2">%s</font></a></td>\n                    </tr>\n' % (hnum(rr['id'], 9000, 11000), E(T(rr))))
    H.append('                  </table></td>\n              </tr>\n')
    H.append('              <tr>\n                <td><form name="comment" method="post" action="addcomment.asp?id=%d"><table width="100%%" border="0" cellspacing="0" cellpadding="3">\n                    <tr>\n                      <td colspan="2" bgcolor="#E1E8F0"><font face="Tahoma" size="2" color="#003366"><b>أضف تعليقك</b></font></td>\n                    </tr>\n                    <tr>\n                      <td width="70"><font face="Tahoma" size="1">الاسم:</font></td><td><input type="text" name="name" size="25"></td>\n                    </tr>\n                    <tr>\n                      <td><font face="Tahoma" size="1">التعليق:</font></td><td><textarea name="body" cols="40" rows="4"></textarea></td>\n                    </tr>\n                    <tr>\n                      <td></td><td><input type="submit" value="أرسل"> <font face="Tahoma" size="1" color="#999999">التعليقات لا تعبر بالضرورة عن رأي الموقع</font></td>\n                    </tr>\n                  </table></form></td>\n              </tr>\n            </table></td>\n' % nid)
    H.append('          <td width="5"><img src="images/spacer.gif" width="5" height="1"></td>\n')
    # left column full of headlines with one-line excerpts
    H.append('          <td width="150" valign="top" bgcolor="#F7F7F7"><table width="100%" border="0" cellspacing="0" cellpadding="3">\n              <tr>\n                <td bgcolor="#990000"><font face="Tahoma" size="2" color="#FFFFFF"><b>آخر الأخبار</b></font></td>\n              </tr>\n')
    for rr in left:
        H.append('              <tr>\n                <td><table width="100%%" border="0" cellspacing="0" cellpadding="1">\n                    <tr>\n                      <td valign="top" width="8"><img src="images/arrow_red.gif" width="6" height="9"></td>\n                      <td><a href="news.asp?id=%d" class="news">%s</a><br>\n                        <span class="brief">%s</span></td>\n                    </tr>\n                  </table></td>\n              </tr>\n' % (hnum(rr['id'], 9000, 11000), E(T(rr)), E(first_words(rr, 14))))
    H.append('              <tr>\n                <td align="left"><a href="archive.asp"><font face="Tahoma" size="1">المزيد &gt;&gt;</font></a></td>\n              </tr>\n            </table></td>\n        </tr>\n      </table></td>\n  </tr>\n')
    H.append('  <tr>\n    <td bgcolor="#003366" align="center" height="40"><font face="Tahoma" size="1" color="#FFFFFF"><a href="about.asp"><font color="#FFFFFF">من نحن</font></a> | <a href="contact.asp"><font color="#FFFFFF">اتصل بنا</font></a> | <a href="ads.asp"><font color="#FFFFFF">للإعلان</font></a><br>\n      جميع الحقوق محفوظة &copy; 2004 - 2016 شبكة الساحل الإخبارية<br>\n      أفضل عرض للموقع 800×600 بمتصفح إنترنت إكسبلورر 6</font></td>\n  </tr>\n</table>\n')
    H.append('<script language="JavaScript" src="http://www.counter-tn.com/c.js?id=2231"></script>\n</BODY>\n</HTML>\n')
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='windows-1256', pyenc=enc,
                charset_declared='none',
                hard='2000s FrontPage portal, windows-1256 bytes with no charset anywhere (no meta, no http-equiv); three-column nested <table> layout; body is one <font face="Traditional Arabic"> run split by <br><br> with no <p>; the left column holds 14 headlines each with a one-line excerpt (more words than the article).')


# =========================================================================== 4. ASP.NET WebForms
def _viewstate(seed, nbytes, embed=()):
    rng = random.Random('vs:' + seed)
    chunks = [b'\xff\x01\x0f\x0f\x05\n-1846213377\x0f\x16\x02\x1e\x05Title']
    for s in embed:
        b = s.encode('utf-8')
        chunks.append(bytes([0x05, len(b) % 256]) + b)
    chunks.append(bytes(rng.getrandbits(8) for _ in range(nbytes)))
    return base64.b64encode(b''.join(chunks)).decode('ascii')


ASPNET_COMMENTS = [
    ('علي', '31/01/2017 03:12 م', 'قرار جيد لكن المهم هو التطبيق، القانون موجود منذ سنوات في الطرقات السيارة ولا أحد تقريبا يحترمه داخل المدن.'),
    ('سائق تاكسي', '31/01/2017 04:40 م', 'وماذا عن سيارات الأجرة القديمة التي لا تحتوي أصلا على أحزمة في المقاعد الخلفية؟ هل سنغير السيارات على حسابنا؟'),
]


@page('aspnet_webforms')
def aspnet_webforms():
    aid = MAIN['aspnet_webforms']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    nid, cat = 48213, 3
    most = pool('a-most', 8)
    latest = pool('a-latest', 8, category='localNews')
    related = pool('a-rel', 5, keywords=['المرور', 'السياقة', 'حوادث الطرقات', 'الطرقات'])
    ticker = pool('a-tick', 5, category='localNews')
    vs = _viewstate('aspnet', 36000, [title] + [T(x) for x in most] + [first_sentence(r)])
    ev = _viewstate('ev', 900)
    P = 'ctl00_ContentPlaceHolder1_'
    N = 'ctl00$ContentPlaceHolder1$'
    H = []
    H.append('\r\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\r\n\r\n<html xmlns="http://www.w3.org/1999/xhtml" dir="rtl">\r\n<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>\r\n\t%s - تونس الإخبارية\r\n</title><link href="../App_Themes/Default/Style.css" type="text/css" rel="stylesheet" /><link href="../App_Themes/Default/Grid.css" type="text/css" rel="stylesheet" />' % E(title))
    H.append('<meta name="description" content="%s" /><meta name="keywords" content="حزام الأمان, السلامة المرورية, الرائد الرسمي, رخص السياقة" />' % A(first_sentence(r)))
    H.append('<meta property="og:title" content="%s" /><meta property="og:type" content="article" /><meta property="og:image" content="https://www.tunisia-akhbar.com.tn/Uploads/News/%d.jpg" /><meta property="og:url" content="https://www.tunisia-akhbar.com.tn/News/NewsDetails.aspx?NewsID=%d" /></head>\r\n' % (A(title), nid, nid))
    H.append('<body>\r\n    <form name="aspnetForm" method="post" action="./NewsDetails.aspx?NewsID=%d&amp;CatID=%d" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">\r\n<div>\r\n<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />\r\n<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />\r\n<input type="hidden" name="__LASTFOCUS" id="__LASTFOCUS" value="" />\r\n<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTE4NDYyMTMzNzcPFgIeBVRpdGxl%s" />\r\n</div>\r\n\r\n' % (nid, cat, vs))
    H.append("<script type=\"text/javascript\">\r\n//<![CDATA[\r\nvar theForm = document.forms['aspnetForm'];\r\nif (!theForm) {\r\n    theForm = document.aspnetForm;\r\n}\r\nfunction __doPostBack(eventTarget, eventArgument) {\r\n    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {\r\n        theForm.__EVENTTARGET.value = eventTarget;\r\n        theForm.__EVENTARGUMENT.value = eventArgument;\r\n        theForm.submit();\r\n    }\r\n}\r\n//]]>\r\n</script>\r\n\r\n\r\n")
    H.append('<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZGmBBhPqT2qZ5Ar0mKqcHsqXx1ZsG0s4ZCjmJbA7Mi8O0&amp;t=636271743620000000" type="text/javascript"></script>\r\n\r\n\r\n<script src="/WebResource.axd?d=x2nkrMJGXkMELz33nwnakFd7mjDGUw8wEUi6u8nGa4SUw9w9xkCj0fKdd3t1Ywh50&amp;t=636271743620000000" type="text/javascript"></script>\r\n<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvmKxTe0Zb2tNDGXyxzT5sP0S1GHaT3O1yD7BwVN2wfL4kC3n4KvDp2ZbkP3RO3r9E0Z1&amp;t=ffffffffb201fd3f" type="text/javascript"></script>\r\n<script type="text/javascript">\r\n//<![CDATA[\r\nif (typeof(Sys) === \'undefined\') throw new Error(\'ASP.NET Ajax client-side framework failed to load.\');\r\n//]]>\r\n</script>\r\n\r\n<script src="/ScriptResource.axd?d=dwY9oWetJoJoVpgL6Zq8OEkU7Wv1hVtHLtjKxY0m5m3Vr6bZrXxZ0xGg1&amp;t=ffffffffb201fd3f" type="text/javascript"></script>\r\n')
    H.append('<script type="text/javascript">\r\n//<![CDATA[\r\nfunction WebForm_OnSubmit() {\r\nif (typeof(ValidatorOnSubmit) == "function" && ValidatorOnSubmit() == false) return false;\r\nreturn true;\r\n}\r\n//]]>\r\n</script>\r\n\r\n<div>\r\n\r\n\t<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="9A5B1C0E" />\r\n\t<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAz%s" />\r\n</div>\r\n' % ev)
    H.append("        <script type=\"text/javascript\">\r\n//<![CDATA[\r\nSys.WebForms.PageRequestManager._initialize('ctl00$ScriptManager1', 'aspnetForm', ['tctl00$ContentPlaceHolder1$upComments','ctl00_ContentPlaceHolder1_upComments','tctl00$ucPoll$upPoll','ctl00_ucPoll_upPoll'], [], [], 90, 'ctl00');\r\n//]]>\r\n</script>\r\n\r\n")
    H.append('        <div id="wrapper">\r\n            <div id="header">\r\n                <a id="ctl00_hlLogo" href="../Default.aspx"><img src="../Images/logo.png" alt="تونس الإخبارية" style="border-width:0px;" /></a>\r\n                <span id="ctl00_lblDate" class="date">%s %d %s %d</span>\r\n                <div class="search">\r\n                    <input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" class="txtSearch" placeholder="ابحث في الموقع" />\r\n                    <input type="submit" name="ctl00$btnSearch" value="بحث" id="ctl00_btnSearch" class="btnSearch" />\r\n                </div>\r\n            </div>\r\n' % (weekday(y, mo, d), d, MONTHS_TN[mo - 1], y))
    menu = ['الرئيسية', 'وطنية', 'جهات', 'سياسة', 'اقتصاد', 'عربي ودولي', 'رياضة', 'منوعات', 'فيديو']
    H.append('            <div id="menu">\r\n')
    for i, m in enumerate(menu):
        H.append('                <a id="ctl00_rptMenu_ctl%02d_hlMenu" class="%s" href="../News/Category.aspx?CatID=%d">%s</a>\r\n' % (i, 'active' if i == cat else 'item', i, m))
    H.append('            </div>\r\n            <div id="ctl00_pnlTicker" class="ticker">\r\n\t\r\n                <span class="tickerLabel">عاجل</span>\r\n                <div id="tickerItems">\r\n')
    for i, rr in enumerate(ticker):
        H.append('                    <a id="ctl00_rptTicker_ctl%02d_hlTicker" href="NewsDetails.aspx?NewsID=%d">%s</a>\r\n' % (i, hnum(rr['id'], 9000, 40000), E(T(rr))))
    H.append('                </div>\r\n            \r\n</div>\r\n')
    H.append('            <table id="layout" cellpadding="0" cellspacing="0" width="100%">\r\n                <tr>\r\n                    <td id="main" valign="top">\r\n                        \r\n')
    H.append('    <div class="path">\r\n        <a id="%shlHome" href="../Default.aspx">الرئيسية</a> &gt;\r\n        <a id="%shlCat" href="Category.aspx?CatID=%d">وطنية</a>\r\n    </div>\r\n' % (P, P, cat))
    H.append('    <div class="newsHead">\r\n        <h1><span id="%slblTitle">%s</span></h1>\r\n        <div class="info">\r\n            <span id="%slblDate">%02d/%02d/%d %02d:%02d:00 م</span> | \r\n            <span id="%slblViews">عدد المشاهدات: 1843</span> |\r\n            <span id="%slblAuthor">تونس الإخبارية</span>\r\n        </div>\r\n    </div>\r\n' % (P, E(title), P, d, mo, y, hh - 12 if hh > 12 else hh, mi, P, P))
    H.append('    <div class="tools">\r\n        <a id="%slnkPrint" href="javascript:__doPostBack(&#39;ctl00$ContentPlaceHolder1$lnkPrint&#39;,&#39;&#39;)">طباعة</a> |\r\n        <a id="%slnkSend" href="javascript:__doPostBack(&#39;ctl00$ContentPlaceHolder1$lnkSend&#39;,&#39;&#39;)">أرسل لصديق</a> |\r\n        <a id="%slnkFontUp" href="javascript:__doPostBack(&#39;ctl00$ContentPlaceHolder1$lnkFontUp&#39;,&#39;&#39;)">تكبير الخط</a> |\r\n        <a id="%slnkFontDown" href="javascript:__doPostBack(&#39;ctl00$ContentPlaceHolder1$lnkFontDown&#39;,&#39;&#39;)">تصغير الخط</a>\r\n    </div>\r\n' % (P, P, P, P))
    H.append('    <img id="%simgNews" class="NewsImage" src="../Uploads/News/%d.jpg" alt="%s" style="border-width:0px;" />\r\n' % (P, nid, A(title)))
    H.append('    <div class="NewsBodyWrap">\r\n        <span id="%slblBody" class="NewsBody">' % P)
    H.append('<br /><br />'.join(E(p) for p in paras))
    H.append('</span>\r\n    </div>\r\n    <span id="%slblSource" class="source">المصدر: الجوهرة أف أم</span>\r\n' % P)
    H.append('    <input type="hidden" name="%shdnShare" id="%shdnShare" value="%s" />\r\n' % (N, P, A(first_sentence(r))))
    H.append('    <div class="share">\r\n        <span>شارك:</span>\r\n        <a id="%shlFacebook" href="https://www.facebook.com/sharer/sharer.php?u=https%%3a%%2f%%2fwww.tunisia-akhbar.com.tn%%2fNews%%2fNewsDetails.aspx%%3fNewsID%%3d%d" target="_blank">فيسبوك</a>\r\n        <a id="%shlTwitter" href="https://twitter.com/intent/tweet?url=x" target="_blank">تويتر</a>\r\n        <a id="%shlWhatsapp" href="whatsapp://send?text=x">واتساب</a>\r\n    </div>\r\n' % (P, nid, P, P))
    H.append('    <div class="related">\r\n        <div class="boxTitle">أخبار ذات صلة</div>\r\n        <table id="%sdlRelated" cellspacing="0" border="0" style="border-collapse:collapse;">\r\n' % P)
    for i, rr in enumerate(related):
        H.append('\t<tr>\r\n\t\t<td>\r\n                <a id="%sdlRelated_ctl%02d_hlRelated" href="NewsDetails.aspx?NewsID=%d">%s</a>\r\n            </td>\r\n\t</tr>\r\n' % (P, i, hnum(rr['id'], 9000, 40000), E(T(rr))))
    H.append('\r\n</table>\r\n    </div>\r\n')
    H.append('    <div id="%supComments">\r\n\t\r\n            <div class="boxTitle">تعليقات القراء (%d)</div>\r\n            <div>\r\n\t\t<table class="comments" cellspacing="0" border="0" id="%sgvComments" style="border-collapse:collapse;">\r\n' % (P, len(ASPNET_COMMENTS), P))
    for i, (nm, when, txt) in enumerate(ASPNET_COMMENTS):
        H.append('\t\t\t<tr>\r\n\t\t\t\t<td>\r\n                            <span id="%sgvComments_ctl%02d_lblName" class="cName">%s</span>\r\n                            <span id="%sgvComments_ctl%02d_lblCDate" class="cDate">%s</span><br />\r\n                            <span id="%sgvComments_ctl%02d_lblComment" class="cText">%s</span>\r\n                        </td>\r\n\t\t\t</tr>\r\n' % (P, i + 2, E(nm), P, i + 2, when, P, i + 2, E(txt)))
    H.append('\t\t</table>\r\n\t</div>\r\n            <div class="boxTitle">أضف تعليقك</div>\r\n            <table class="commentForm">\r\n                <tr><td>الاسم:</td><td><input name="%stxtName" type="text" maxlength="50" id="%stxtName" /><span id="%srfvName" style="color:Red;visibility:hidden;">*</span></td></tr>\r\n                <tr><td>البريد:</td><td><input name="%stxtEmail" type="text" maxlength="100" id="%stxtEmail" /><span id="%srevEmail" style="color:Red;visibility:hidden;">البريد غير صحيح</span></td></tr>\r\n                <tr><td>التعليق:</td><td><textarea name="%stxtComment" rows="4" cols="40" id="%stxtComment"></textarea><span id="%srfvComment" style="color:Red;visibility:hidden;">*</span></td></tr>\r\n                <tr><td></td><td><input type="submit" name="%sbtnAddComment" value="إرسال" onclick="javascript:WebForm_DoPostBackWithOptions(new WebForm_PostBackOptions(&quot;ctl00$ContentPlaceHolder1$btnAddComment&quot;, &quot;&quot;, true, &quot;&quot;, &quot;&quot;, false, false))" id="%sbtnAddComment" /></td></tr>\r\n            </table>\r\n            <span id="%slblMsg" class="msg">سيتم نشر تعليقك بعد مراجعته من قبل المشرفين</span>\r\n        \r\n</div>\r\n' % (N, P, P, N, P, P, N, P, P, N, P, P))
    H.append('\r\n                    </td>\r\n                    <td id="side" valign="top" width="300">\r\n')
    H.append('                        <div class="box">\r\n                            <div class="boxTitle">الأكثر قراءة</div>\r\n                            <div>\r\n\t<table class="MostReadGrid" cellspacing="0" rules="all" border="1" id="ctl00_ucMostRead_gvMostRead" style="border-collapse:collapse;">\r\n\t\t<tr>\r\n\t\t\t<th scope="col">&nbsp;</th><th scope="col">الخبر</th>\r\n\t\t</tr>')
    for i, rr in enumerate(most):
        H.append('<tr%s>\r\n\t\t\t<td class="num">%d</td><td>\r\n                                        <a id="ctl00_ucMostRead_gvMostRead_ctl%02d_hlTitle" href="NewsDetails.aspx?NewsID=%d">%s</a><br />\r\n                                        <span id="ctl00_ucMostRead_gvMostRead_ctl%02d_lblBrief" class="brief">%s</span>\r\n                                    </td>\r\n\t\t</tr>' % (' class="alt"' if i % 2 else '', i + 1, i + 2, hnum(rr['id'], 9000, 40000), E(T(rr)), i + 2, E(first_sentence(rr, 35))))
    H.append('\r\n\t</table>\r\n</div>\r\n                        </div>\r\n')
    H.append('                        <div class="box">\r\n                            <div class="boxTitle">آخر الأخبار</div>\r\n                            <ul class="latest">\r\n')
    for i, rr in enumerate(latest):
        H.append('                                <li><span class="time">%02d:%02d</span> <a id="ctl00_rptLatest_ctl%02d_hlLatest" href="NewsDetails.aspx?NewsID=%d">%s</a></li>\r\n' % (hnum(rr['id'], 10, 8), hnum(rr['id'] + 'x', 60), i, hnum(rr['id'], 9000, 40000), E(T(rr))))
    H.append('                            </ul>\r\n                        </div>\r\n')
    H.append('                        <div id="ctl00_ucPoll_upPoll">\r\n\t\r\n                            <div class="box">\r\n                                <div class="boxTitle">استطلاع</div>\r\n                                <span id="ctl00_ucPoll_lblQuestion">هل تلتزم بربط حزام الأمان داخل المدن؟</span>\r\n                                <table id="ctl00_ucPoll_rblAnswers" border="0">\r\n\t\t<tr>\r\n\t\t\t<td><input id="ctl00_ucPoll_rblAnswers_0" type="radio" name="ctl00$ucPoll$rblAnswers" value="1" /><label for="ctl00_ucPoll_rblAnswers_0">دائما</label></td>\r\n\t\t</tr><tr>\r\n\t\t\t<td><input id="ctl00_ucPoll_rblAnswers_1" type="radio" name="ctl00$ucPoll$rblAnswers" value="2" /><label for="ctl00_ucPoll_rblAnswers_1">أحيانا</label></td>\r\n\t\t</tr><tr>\r\n\t\t\t<td><input id="ctl00_ucPoll_rblAnswers_2" type="radio" name="ctl00$ucPoll$rblAnswers" value="3" /><label for="ctl00_ucPoll_rblAnswers_2">أبدا</label></td>\r\n\t\t</tr>\r\n\t</table>\r\n                                <input type="submit" name="ctl00$ucPoll$btnVote" value="تصويت" id="ctl00_ucPoll_btnVote" />\r\n                            </div>\r\n                        \r\n</div>\r\n')
    H.append('                    </td>\r\n                </tr>\r\n            </table>\r\n')
    H.append('            <div id="ctl00_pnlCookies" class="cookieBar">\r\n\t\r\n                هذا الموقع يستخدم ملفات تعريف الارتباط (الكوكيز) لتحسين تجربتك. باستمرارك في التصفح فإنك توافق على ذلك.\r\n                <input type="submit" name="ctl00$btnAcceptCookies" value="موافق" id="ctl00_btnAcceptCookies" />\r\n            \r\n</div>\r\n')
    H.append('            <div id="footer">\r\n                <a id="ctl00_hlAbout" href="../About.aspx">من نحن</a> | <a id="ctl00_hlContact" href="../Contact.aspx">اتصل بنا</a> | <a id="ctl00_hlPrivacy" href="../Privacy.aspx">سياسة الخصوصية</a> | <a id="ctl00_hlRss" href="../Rss.aspx">RSS</a>\r\n                <br />\r\n                <span id="ctl00_lblCopyright">جميع الحقوق محفوظة &copy; 2017 تونس الإخبارية</span>\r\n            </div>\r\n        </div>\r\n    \r\n')
    H.append('<script type="text/javascript">\r\n//<![CDATA[\r\nvar Page_Validators =  new Array(document.getElementById("%srfvName"), document.getElementById("%srevEmail"), document.getElementById("%srfvComment"));\r\n//]]>\r\n</script>\r\n\r\n<script type="text/javascript">\r\n//<![CDATA[\r\nvar %srfvName = document.all ? document.all["%srfvName"] : document.getElementById("%srfvName");\r\n%srfvName.controltovalidate = "%stxtName";\r\n%srfvName.errormessage = "*";\r\n%srfvName.evaluationfunction = "RequiredFieldValidatorEvaluateIsValid";\r\n%srfvName.initialvalue = "";\r\n//]]>\r\n</script>\r\n\r\n\r\n<script type="text/javascript">\r\n//<![CDATA[\r\n\r\nvar Page_ValidationActive = false;\r\nif (typeof(ValidatorOnLoad) == "function") {\r\n    ValidatorOnLoad();\r\n}\r\n\r\nfunction ValidatorOnSubmit() {\r\n    if (Page_ValidationActive) {\r\n        return ValidatorCommonOnSubmit();\r\n    }\r\n    else {\r\n        return true;\r\n    }\r\n}\r\n        Sys.Application.initialize();\r\n//]]>\r\n</script>\r\n</form>\r\n</body>\r\n</html>\r\n' % ((P,) * 11))
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8',
                charset_declared='http-equiv',
                hard='ASP.NET WebForms master page: ~50 KB __VIEWSTATE (base64 holding UTF-8 titles), __doPostBack links, validators; body is a <span id="ctl00_ContentPlaceHolder1_lblBody"> with <br /><br /> breaks (no <p>); "الأكثر قراءة" GridView with 8 title+brief rows, ticker, latest list, comments GridView; short-medium article (150 words).')


# =========================================================================== 5. mislabeled charset (WordPress Jannah theme)
JANNAH_COMMENTS = [
    ('رانية', '18 مارس 2017 في 19:02', 'فخورة بها، هذه هي الصورة الحقيقية للتونسيين في الخارج، ناس تخدم وتتعب وتنجح بصمت.'),
    ('كمال - ليون', '18 مارس 2017 في 21:37', 'أعرف هذا المطعم، زرته مرتين مع عائلتي والكسكسي فيه أفضل من بعض المطاعم في تونس نفسها. السيدة مريم تستقبل الجميع بابتسامة وتسأل عن كل طاولة بنفسها رغم التعب الواضح عليها. شكرا للصحفية على تسليط الضوء على قصص النجاح بدل أخبار الإرهاب التي شوهت صورتنا هنا في فرنسا، فنحن الأغلبية الصامتة التي لا يتحدث عنها أحد.'),
    ('أبو يوسف', '19 مارس 2017 في 08:15', 'ربي يوفقها ويحفظ أولادها، الرزق الحلال يحتاج صبرا وساعات عمل طويلة.'),
]


@page('mislabeled_charset')
def mislabeled_charset():
    aid = MAIN['mislabeled_charset']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    site = 'https://www.maghrebia-news.com'
    pid = 58231
    url = '%s/%d/%s/' % (site, pid, pslug(title))
    breaking = pool('m-brk', 5)
    related = pool('m-rel', 6, keywords=['فرنسا', 'تونسي', 'تونسية', 'الجالية'])
    recent = pool('m-rec', 5, category='society')
    checkalso = pool('m-chk', 1, category='diverse')[0]
    prev_r, next_r = pool('m-pn', 2, category='localNews')

    def plink(rr):
        return '%s/%d/%s/' % (site, hnum(rr['id'], 9000, 50000), pslug(T(rr))[:80])
    H = []
    H.append('<!DOCTYPE html>\n<html dir="rtl" lang="ar" class="" data-skin="light">\n<head>\n\t<meta charset="windows-1256" />\n\t<link rel="profile" href="https://gmpg.org/xfn/11" />\n\t<meta name=\'robots\' content=\'index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1\' />\n\n')
    H.append('\t<!-- This site is optimized with the Yoast SEO plugin v17.2 - https://yoast.com/wordpress/plugins/seo/ -->\n\t<title>%s - مغاربية نيوز</title>\n\t<link rel="canonical" href="%s" />\n\t<meta property="og:locale" content="ar_AR" />\n\t<meta property="og:type" content="article" />\n\t<meta property="og:title" content="%s" />\n\t<meta property="og:description" content="%s" />\n\t<meta property="og:url" content="%s" />\n\t<meta property="og:site_name" content="مغاربية نيوز" />\n\t<meta property="article:published_time" content="%s" />\n\t<meta property="og:image" content="%s/wp-content/uploads/2017/03/mariem-yahyaoui.jpg" />\n\t<meta name="twitter:card" content="summary_large_image" />\n\t<meta name="twitter:label1" content="كُتب بواسطة" />\n\t<meta name="twitter:data1" content="ليلى المرزوقي" />\n\t<meta name="twitter:label2" content="مدة القراءة المُقدّرة" />\n\t<meta name="twitter:data2" content="دقيقتان" />\n' % (E(title), url, A(title), A(first_sentence(r)), url, iso(aid), site))
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": site + "/#website", "url": site + "/", "name": "مغاربية نيوز", "inLanguage": "ar"},
        {"@type": "WebPage", "@id": url + "#webpage", "url": url, "name": title + " - مغاربية نيوز", "datePublished": iso(aid), "breadcrumb": {"@id": url + "#breadcrumb"}},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": [{"@type": "ListItem", "position": 1, "name": "الرئيسية", "item": site + "/"}, {"@type": "ListItem", "position": 2, "name": title}]},
        {"@type": "Article", "@id": url + "#article", "headline": title, "datePublished": iso(aid), "author": {"name": "ليلى المرزوقي"}, "wordCount": sum(len(p.split()) for p in paras), "articleSection": ["مجتمع", "تونسيون في العالم"], "inLanguage": "ar"}]}
    H.append('\t<script type="application/ld+json" class="yoast-schema-graph">%s</script>\n\t<!-- / Yoast SEO plugin. -->\n\n' % json.dumps(ld, ensure_ascii=False))
    H.append("<link rel='dns-prefetch' href='//fonts.googleapis.com' />\n<link rel='stylesheet' id='wp-block-library-rtl-css'  href='%s/wp-includes/css/dist/block-library/style-rtl.min.css?ver=5.8.1' type='text/css' media='all' />\n<link rel='stylesheet' id='tie-css-base-css'  href='%s/wp-content/themes/jannah/assets/css/base.min.css?ver=5.4.6' type='text/css' media='all' />\n<link rel='stylesheet' id='tie-css-styles-css'  href='%s/wp-content/themes/jannah/assets/css/style.min.css?ver=5.4.6' type='text/css' media='all' />\n<link rel='stylesheet' id='tie-css-single-css'  href='%s/wp-content/themes/jannah/assets/css/single.min.css?ver=5.4.6' type='text/css' media='all' />\n" % (site, site, site, site))
    H.append("<style id='tie-css-styles-inline-css' type='text/css'>\n.wf-active body{font-family: 'Noto Kufi Arabic';}#main-nav .main-menu > ul > li > a{font-size: 15px;}.entry-header h1.entry-title{font-size: 30px;}#the-post .entry-content,#the-post .entry-content p{font-size: 18px;}.brand-title,a:hover,.tie-popup-search-submit,#logo.text-logo a,.theme-header nav .components #search-submit:hover{color: #c0392b;}\n</style>\n")
    H.append("<script type='text/javascript' src='%s/wp-includes/js/jquery/jquery.min.js?ver=3.6.0' id='jquery-core-js'></script>\n<script type='text/javascript'>\n\t\t\tvar taqyeem = {\"ajaxurl\":\"%s/wp-admin/admin-ajax.php\" , \"your_rating\":\"\\u062a\\u0642\\u064a\\u064a\\u0645\\u0643:\"};\n\t\t</script>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1.0\" />\n</head>\n\n" % (site, site))
    H.append('<body id="tie-body" class="rtl post-template-default single single-post postid-%d single-format-standard wrapper-has-shadow block-head-1 magazine1 is-thumb-overlay-disabled is-desktop is-header-layout-3 sidebar-left has-sidebar post-layout-1 narrow-title-narrow-media has-mobile-share">\n\n\n\n<div class="background-overlay">\n\n\t<div id="tie-container" class="site tie-container">\n\n\t\t\n\t\t<div id="tie-wrapper">\n\n\t\t\t\n' % pid)
    H.append('<header id="theme-header" class="theme-header header-layout-3 main-nav-dark main-nav-default-dark main-nav-below no-stream-item top-nav-active top-nav-light top-nav-default-light top-nav-above has-shadow has-normal-width-logo mobile-header-default">\n\t\n<nav id="top-nav"  class="has-date-breaking-components top-nav header-nav has-breaking-news" aria-label="الشريط العلوي">\n\t<div class="container">\n\t\t<div class="topbar-wrapper">\n\n\t\t\t\n\t\t\t\t\t<div class="topbar-today-date tie-icon">\n\t\t\t\t\t\t%s %d %s %d\t\t\t\t\t</div>\n\t\t\t\t\t\n\t\t\t<div class="tie-alignleft">\n\t\t\t\t\n<div class="breaking controls-is-active">\n\n\t<span class="breaking-title">\n\t\t<span class="tie-icon-bolt breaking-icon" aria-hidden="true"></span>\n\t\t<span class="breaking-title-text">عاجل</span>\n\t</span>\n\n\t<ul id="breaking-news-in-header" class="breaking-news" data-type="reveal" data-arrows="true">\n\n\t\t\n' % (weekday(y, mo, d), d, MONTHS_EG[mo - 1], y))
    for rr in breaking:
        H.append('\t\t\t\t\t\t\t<li class="news-item">\n\t\t\t\t\t\t\t\t<a href="%s">%s</a>\n\t\t\t\t\t\t\t</li>\n\n\t\t\t\t\t\t\t\n' % (plink(rr), E(T(rr))))
    H.append('\t\t\t\n\t</ul>\n</div><!-- #breaking /-->\n\t\t\t</div><!-- .tie-alignleft /-->\n\n\t\t\t<div class="tie-alignright">\n\t\t\t\t<ul class="components">\t<li class="social-icons-item"><a class="social-link facebook-social-icon" rel="external noopener nofollow" target="_blank" href="https://www.facebook.com/maghrebianews"><span class="tie-social-icon tie-icon-facebook"></span><span class="screen-reader-text">فيسبوك</span></a></li><li class="social-icons-item"><a class="social-link twitter-social-icon" rel="external noopener nofollow" target="_blank" href="https://twitter.com/maghrebianews"><span class="tie-social-icon tie-icon-twitter"></span><span class="screen-reader-text">تويتر</span></a></li><li class="social-icons-item"><a class="social-link youtube-social-icon" rel="external noopener nofollow" target="_blank" href="#"><span class="tie-social-icon tie-icon-youtube"></span><span class="screen-reader-text">يوتيوب</span></a></li> </ul><!-- Components -->\t\t\t</div><!-- .tie-alignright /-->\n\n\t\t</div><!-- .topbar-wrapper /-->\n\t</div><!-- .container /-->\n</nav><!-- #top-nav /-->\n\n')
    H.append('<div class="container header-container">\n\t<div class="tie-row logo-row">\n\t\t<div class="logo-wrapper">\n\t\t\t<div class="tie-col-md-4 logo-container clearfix">\n\t\t<div id="logo" class="image-logo" >\n\t\t\t<a title="مغاربية نيوز" href="%s/">\n\t\t\t\t<picture class="tie-logo-default tie-logo-picture"><source class="tie-logo-source-default tie-logo-source" srcset="%s/wp-content/uploads/2020/01/logo.png"><img class="tie-logo-img-default tie-logo-img" src="%s/wp-content/uploads/2020/01/logo.png" alt="مغاربية نيوز" width="300" height="60" /></picture>\n\t\t\t</a>\n\t\t</div><!-- #logo /-->\n\t\t</div><!-- .tie-col /-->\n\t\t</div><!-- .logo-wrapper /-->\n\t</div><!-- .tie-row /-->\n</div><!-- .container /-->\n\n' % (site, site, site))
    menu = ['الرئيسية', 'أخبار وطنية', 'مجتمع', 'تونسيون في العالم', 'اقتصاد', 'رياضة', 'ثقافة', 'منوعات']
    H.append('<div class="main-nav-wrapper">\n\t<nav id="main-nav"  class="" aria-label="القائمة الرئيسية">\n\t\t<div class="container">\n\t\t\t<div class="main-menu-wrapper">\n\t\t\t\t<div id="menu-components-wrap">\n\t\t\t\t\t<div class="main-menu main-menu-wrap tie-alignleft">\n\t\t\t\t\t\t<div id="main-nav-menu" class="main-menu header-menu"><ul id="menu-main" class="menu" role="menubar">')
    for i, m in enumerate(menu):
        H.append('<li id="menu-item-%d" class="menu-item menu-item-type-taxonomy menu-item-object-category%s menu-item-%d"><a href="%s/category/%s/">%s</a></li>\n' % (300 + i, ' current-post-ancestor' if i == 3 else '', 300 + i, site, pslug(m), m))
    H.append('</ul></div>\t\t\t\t\t</div><!-- .main-menu.tie-alignleft /-->\n\t\t\t\t\t<ul class="components">\t\t<li class="search-compact-icon menu-item custom-menu-link">\n\t\t\t<a href="#" class="tie-search-trigger">\n\t\t\t\t<span class="tie-icon-search tie-search-icon" aria-hidden="true"></span>\n\t\t\t\t<span class="screen-reader-text">بحث عن</span>\n\t\t\t</a>\n\t\t</li>\n\t\t</ul><!-- Components -->\n\t\t\t\t</div><!-- #menu-components-wrap /-->\n\t\t\t</div><!-- .main-menu-wrapper /-->\n\t\t</div><!-- .container /-->\n\t</nav><!-- #main-nav /-->\n</div><!-- .main-nav-wrapper /-->\n\n</header>\n\n')
    H.append('<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">\n\n<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">\n\n\t\n\t<article id="the-post" class="container-wrapper post-content">\n\n\t\t\n<header class="entry-header-outer">\n\n\t<nav id="breadcrumb"><a href="%s/"><span class="tie-icon-home" aria-hidden="true"></span> الرئيسية</a><em class="delimiter">/</em><a href="%s/category/%s/">تونسيون في العالم</a><em class="delimiter">/</em><span class="current">%s</span></nav><script type="application/ld+json">{"@context":"http:\\/\\/schema.org","@type":"BreadcrumbList","@id":"#Breadcrumb","itemListElement":[{"@type":"ListItem","position":1,"item":{"name":"\\u0627\\u0644\\u0631\\u0626\\u064a\\u0633\\u064a\\u0629","@id":"%s\\/"}}]}</script>\n' % (site, site, pslug('تونسيون في العالم'), E(title), site.replace('/', '\\/')))
    H.append('\t<div class="entry-header">\n\n\t\t<span class="post-cat-wrap"><a class="post-cat tie-cat-12" href="%s/category/%s/">تونسيون في العالم</a></span>\n\t\t<h1 class="post-title entry-title">%s</h1>\n\n\t\t<div id="single-post-meta" class="post-meta clearfix"><span class="author-meta single-author with-avatars"><span class="meta-item meta-author-wrapper meta-author-7">\n\t\t\t\t\t\t<span class="meta-author-avatar">\n\t\t\t\t\t\t\t<a href="%s/author/leila/"><img alt=\'صورة ليلى المرزوقي\' src=\'%s/wp-content/uploads/avatars/leila-140x140.jpg\' class=\'avatar avatar-140 photo\' height=\'140\' width=\'140\' /></a>\n\t\t\t\t\t\t</span>\n\t\t\t\t\t<span class="meta-author"><a href="%s/author/leila/" class="author-name tie-icon" title="ليلى المرزوقي">ليلى المرزوقي</a></span></span></span><span class="date meta-item tie-icon">%d %s %d</span><div class="tie-alignright"><span class="meta-comment tie-icon meta-item fa-before">%d</span><span class="meta-views meta-item warm"><span class="tie-icon-fire" aria-hidden="true"></span> 2٬418 </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> دقيقتان</span> </div></div><!-- .post-meta -->\t</div><!-- .entry-header /-->\n\n\t\n\t\n</header><!-- .entry-header-outer /-->\n\n' % (site, pslug('تونسيون في العالم'), E(title), site, site, site, d, MONTHS_EG[mo - 1], y, len(JANNAH_COMMENTS)))
    H.append('<div  class="featured-area"><div class="featured-area-inner"><figure class="single-featured-image"><img width="780" height="470" src="%s/wp-content/uploads/2017/03/mariem-yahyaoui-780x470.jpg" class="attachment-jannah-image-post size-jannah-image-post wp-post-image" alt="" loading="lazy" />\n\t\t\t\t\t\t<figcaption class="single-caption-text">\n\t\t\t\t\t\t\t<span class="tie-icon-camera" aria-hidden="true"></span> مريم اليحياوي في مطعمها (لقطة من تقرير القناة الثالثة الفرنسية)\n\t\t\t\t\t\t</figcaption>\n\t\t\t\t\t</figure></div></div>\n' % site)
    share = '<div id="share-buttons-%s" class="share-buttons share-buttons-%s">\n\t\t\t<div class="share-links  icons-text">\n\t\t\t\t\t\t\t\t\t<a href="https://www.facebook.com/sharer.php?u=%s" rel="external noopener nofollow" title="فيسبوك" target="_blank" class="facebook-share-btn  large-share-button" data-raw="https://www.facebook.com/sharer.php?u={post_link}">\n\t\t\t\t\t\t<span class="share-btn-icon tie-icon-facebook"></span> <span class="social-text">فيسبوك</span>\n\t\t\t\t\t</a>\n\t\t\t\t\t\t\t\t\t\t<a href="https://twitter.com/intent/tweet?text=x&#038;url=%s" rel="external noopener nofollow" title="تويتر" target="_blank" class="twitter-share-btn  large-share-button">\n\t\t\t\t\t\t<span class="share-btn-icon tie-icon-twitter"></span> <span class="social-text">تويتر</span>\n\t\t\t\t\t</a>\n\t\t\t\t\t\t\t\t\t\t<a href="https://api.whatsapp.com/send?text=x" rel="external noopener nofollow" title="واتساب" target="_blank" class="whatsapp-share-btn ">\n\t\t\t\t\t\t<span class="share-btn-icon tie-icon-whatsapp"></span> <span class="screen-reader-text">واتساب</span>\n\t\t\t\t\t</a>\n\t\t\t\t\t\t\t\t\t\t<a href="https://telegram.me/share/url?url=x" rel="external noopener nofollow" title="تيلقرام" target="_blank" class="telegram-share-btn ">\n\t\t\t\t\t\t<span class="share-btn-icon tie-icon-paper-plane"></span> <span class="screen-reader-text">تيلقرام</span>\n\t\t\t\t\t</a>\n\t\t\t\t\t\t\t\t\t\t<a href="#" rel="external noopener nofollow" title="طباعة" target="_blank" class="print-share-btn ">\n\t\t\t\t\t\t<span class="share-btn-icon tie-icon-print"></span> <span class="screen-reader-text">طباعة</span>\n\t\t\t\t\t</a>\n\t\t\t\t\t\t\t\t</div><!-- .share-links /-->\n\t\t</div><!-- .share-buttons /-->\n\n'
    H.append(share % ('top', 'top', Q(url), Q(url)))
    H.append('\t\t<div class="entry-content entry clearfix">\n\n\t\t\t\n\t\t\t')
    for i, p in enumerate(paras):
        if i == 0:
            w = p.split(' ')
            H.append('<p><strong>%s</strong> %s</p>\n' % (E(' '.join(w[:3])), E(' '.join(w[3:]))))
        else:
            H.append('<p>%s</p>\n' % E(p))
        if i == 2:
            H.append('<div class="stream-item stream-item-in-post stream-item-inline-post aligncenter"><span class="stream-title">إعلان</span><div class="stream-item-size"><ins class="adsbygoogle" style="display:inline-block;width:336px;height:280px" data-ad-client="ca-pub-4410000000000000" data-ad-slot="1234567890"></ins><script>(adsbygoogle = window.adsbygoogle || []).push({});</script></div></div>\n')
    H.append('\n\t\t\t\n\t\t</div><!-- .entry-content /-->\n\n\t\t\t\t<div id="post-extra-info">\n\t\t\t<div class="theiaStickySidebar">\n\t\t\t\t<div class="single-post-meta post-meta clearfix"><span class="date meta-item tie-icon">%d %s %d</span></div>\n\t\t\t</div>\n\t\t</div>\n\n\t\t<div class="clearfix"></div>\n\t\t<script id="tie-schema-json" type="application/ld+json">{"@context":"http:\\/\\/schema.org","@type":"Article","dateCreated":"%s","headline":%s,"publisher":{"@id":"#Publisher","@type":"Organization","name":"\\u0645\\u063a\\u0627\\u0631\\u0628\\u064a\\u0629 \\u0646\\u064a\\u0648\\u0632"},"description":%s}</script>\n' % (d, MONTHS_EG[mo - 1], y, iso(aid), json.dumps(title), json.dumps(first_words(r, 40))))
    H.append('\t\t<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> الوسوم</div><span class="tagcloud">')
    for tg in ['مريم اليحياوي', 'تونسيون في الخارج', 'فرنسا', 'قصص نجاح', 'المطبخ التونسي']:
        H.append('<a href="%s/tag/%s/" rel="tag">%s</a>' % (site, pslug(tg), tg))
    H.append('</span></div>\n')
    H.append(share % ('bottom', 'bottom', Q(url), Q(url)))
    H.append('\t</article><!-- #the-post /-->\n\n\t\n\t<div class="post-components">\n\n\t\t\n\t\t<div class="about-author container-wrapper about-author-7">\n\n\t\t\t\t\t\t\t\t<div class="author-avatar">\n\t\t\t\t\t\t<a href="%s/author/leila/">\n\t\t\t\t\t\t\t<img alt=\'صورة ليلى المرزوقي\' src=\'%s/wp-content/uploads/avatars/leila-180x180.jpg\' class=\'avatar avatar-180 photo\' height=\'180\' width=\'180\' />\t\t\t\t\t\t</a>\n\t\t\t\t\t</div><!-- .author-avatar /-->\n\t\t\t\t\t\n\t\t\t<div class="author-info">\n\t\t\t\t<h3 class="author-name"><a href="%s/author/leila/">ليلى المرزوقي</a></h3>\n\n\t\t\t\t<div class="author-bio">\n\t\t\t\t\tصحفية مختصة في شؤون الهجرة والجاليات المغاربية في أوروبا، عملت مراسلة من باريس لعدة مواقع عربية.\t\t\t\t</div><!-- .author-bio /-->\n\n\t\t\t\t<ul class="social-icons"></ul>\t\t\t</div><!-- .author-info /-->\n\t\t\t<div class="clearfix"></div>\n\t\t</div><!-- .about-author /-->\n\t\t\n' % (site, site, site))
    H.append('\t<div class="prev-next-post-nav container-wrapper media-overlay">\n\t\t\t<div class="tie-col-xs-6 prev-post">\n\t\t\t<a href="%s" style="background-image: url(%s/wp-content/uploads/2017/03/p1.jpg)" class="post-thumb" rel="prev">\n\t\t\t\t<div class="post-thumb-overlay-wrap">\n\t\t\t\t\t<div class="post-thumb-overlay">\n\t\t\t\t\t\t<span class="tie-icon tie-media-icon"></span>\n\t\t\t\t\t</div>\n\t\t\t\t</div>\n\t\t\t</a>\n\n\t\t\t<a href="%s" rel="prev">\n\t\t\t\t<h3 class="post-title">%s</h3>\n\t\t\t</a>\n\t\t</div>\n\n\t\t\n\t\t\t<div class="tie-col-xs-6 next-post">\n\t\t\t<a href="%s" rel="next">\n\t\t\t\t<h3 class="post-title">%s</h3>\n\t\t\t</a>\n\t\t</div>\n\t\t\n\t\t</div><!-- .prev-next-post-nav /-->\n\t\n' % (plink(prev_r), site, plink(prev_r), E(T(prev_r)), plink(next_r), E(T(next_r))))
    H.append('\t<div id="related-posts" class="container-wrapper has-extra-post">\n\n\t\t<div class="mag-box-title the-global-title">\n\t\t\t<h3>مقالات ذات صلة</h3>\n\t\t</div>\n\n\t\t<div class="related-posts-list">\n\n\t\t\n')
    for rr in related:
        H.append('\t\t\t\t\t<div class="related-item">\n\n\t\t\t\t\t\t\n\t\t\t<a aria-label="%s" href="%s" class="post-thumb"><img width="390" height="220" src="%s/wp-content/uploads/2017/thumb-%d.jpg" class="attachment-jannah-image-large size-jannah-image-large wp-post-image" alt="" loading="lazy" /></a>\n\t\t\t\t\t\t<h3 class="post-title"><a href="%s">%s</a></h3>\n\n\t\t\t\t\t\t<div class="post-meta clearfix"><span class="date meta-item tie-icon">%s</span></div><!-- .post-meta -->\t\t\t\t\t</div><!-- .related-item /-->\n\n\t\t\n' % (A(T(rr)), plink(rr), site, hnum(rr['id'], 9999), plink(rr), E(T(rr)), tn_date(rr['id'])))
    H.append('\t\t</div><!-- .related-posts-list /-->\n\t</div><!-- #related-posts /-->\n\n\t\n')
    H.append('\t<div id="comments" class="comments-area">\n\n\t\t\n\t\t\t<div id="comments-box" class="container-wrapper">\n\n\t\t\t\t<div class="block-head-1 the-global-title">\n\t\t\t\t\t<h3 id="comments-title">%d تعليقات</h3>\n\t\t\t\t</div>\n\n\t\t\t\t<ol class="comment-list">\n' % len(JANNAH_COMMENTS))
    for i, (nm, when, txt) in enumerate(JANNAH_COMMENTS):
        H.append('\t\t<li id="comment-%d" class="comment even thread-even depth-1">\n\t\t\t<article id="div-comment-%d" class="comment-body">\n\t\t\t\t<footer class="comment-meta">\n\t\t\t\t\t<div class="comment-author vcard">\n\t\t\t\t\t\t<img alt=\'\' src=\'https://secure.gravatar.com/avatar/%s?s=70&#038;d=mm&#038;r=g\' class=\'avatar avatar-70 photo\' height=\'70\' width=\'70\' loading=\'lazy\'/>\t\t\t\t\t\t<b class="fn">%s</b> <span class="says">قال:</span>\t\t\t\t\t</div><!-- .comment-author -->\n\n\t\t\t\t\t<div class="comment-metadata">\n\t\t\t\t\t\t<a href="%s#comment-%d"><time datetime="%s">%s</time></a>\n\t\t\t\t\t</div><!-- .comment-metadata -->\n\n\t\t\t\t\t\t\t\t\t</footer><!-- .comment-meta -->\n\n\t\t\t\t<div class="comment-content">\n\t\t\t\t\t<p>%s</p>\n\t\t\t\t</div><!-- .comment-content -->\n\n\t\t\t\t<div class="reply"><a rel=\'nofollow\' class=\'comment-reply-link\' href=\'#comment-%d\' data-commentid="%d" data-postid="%d" data-belowelement="div-comment-%d" data-respondelement="respond" data-replyto="الرد على %s" aria-label=\'الرد على %s\'>رد</a></div>\t\t\t</article><!-- .comment-body -->\n\t\t</li><!-- #comment-## -->\n' % (9100 + i, 9100 + i, hashlib.md5(nm.encode()).hexdigest(), E(nm), url, 9100 + i, iso(aid), E(when), E(txt), 9100 + i, 9100 + i, pid, 9100 + i, A(nm), A(nm)))
    H.append('\t\t\t\t</ol><!-- .comment-list -->\n\n\t\t\t</div><!-- #comments-box -->\n\n\t\t\t\t<div id="add-comment-block" class="container-wrapper">\t<div id="respond" class="comment-respond">\n\t\t<h3 id="reply-title" class="comment-reply-title the-global-title">اترك تعليقاً <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">إلغاء الرد</a></small></h3><form action="%s/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">لن يتم نشر عنوان بريدك الإلكتروني.</span> الحقول الإلزامية مشار إليها بـ <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">التعليق</label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p><p class="comment-form-author"><label for="author">الاسم <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" required=\'required\' /></p>\n<p class="comment-form-email"><label for="email">البريد الإلكتروني <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" required=\'required\' /></p>\n<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent" name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label for="wp-comment-cookies-consent">احفظ اسمي، بريدي الإلكتروني، والموقع الإلكتروني في هذا المتصفح لاستخدامها المرة المقبلة في تعليقي.</label></p>\n<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="إرسال التعليق" /> <input type=\'hidden\' name=\'comment_post_ID\' value=\'%d\' id=\'comment_post_ID\' />\n<input type=\'hidden\' name=\'comment_parent\' id=\'comment_parent\' value=\'0\' />\n</p></form>\t</div><!-- #respond -->\n\t</div><!-- #add-comment-block /-->\n\t</div><!-- .comments-area -->\n\n\n\t</div><!-- .post-components /-->\n\n\t\n</div><!-- .main-content -->\n\n\n' % (site, pid))
    H.append('\t<div id="check-also-box" class="container-wrapper check-also-right">\n\n\t\t<div class="widget-title the-global-title">\n\t\t\t<div class="the-subtitle">شاهد أيضاً</div>\n\n\t\t\t<a href="#" id="check-also-close" class="remove">\n\t\t\t\t<span class="screen-reader-text">إغلاق</span>\n\t\t\t</a>\n\t\t</div>\n\n\t\t<div class="widget posts-list-big-first has-first-big-post">\n\t\t\t<ul class="posts-list-items">\n\n\t\t\t\n<li class="widget-single-post-item widget-post-list">\n\t\t\t<div class="post-widget-thumbnail">\n\t\t\t<a aria-label="%s" href="%s" class="post-thumb"><img width="390" height="220" src="%s/wp-content/uploads/2017/chk.jpg" alt="" loading="lazy" /></a>\t\t</div><!-- post-alignleft /-->\n\t\n\t<div class="post-widget-body ">\n\t\t<a class="post-title the-subtitle" href="%s">%s</a>\n\t\t<p class="post-excerpt">%s</p>\n\t\t<div class="post-meta">\n\t\t\t<span class="date meta-item tie-icon">%s</span>\t\t</div>\n\t</div>\n</li>\n\n\t\t\t\t\t\t</ul><!-- .related-posts-list /-->\n\t\t</div>\n\t</div><!-- #related-posts /-->\n\n\t\n' % (A(T(checkalso)), plink(checkalso), site, plink(checkalso), E(T(checkalso)), E(first_words(checkalso, 26)), tn_date(checkalso['id'])))
    H.append('\t<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky" aria-label="القائمة الجانبية الرئيسية">\n\t\t<div class="theiaStickySidebar">\n\t\t\t<div id="posts-list-widget-2" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">الأحدث</div></div><div class="widget-posts-list-wrapper"><div class="widget-posts-list-container" ><ul class="posts-list-items widget-posts-wrapper">\n')
    for rr in recent:
        H.append('<li class="widget-single-post-item widget-post-list">\n\t\t\t<div class="post-widget-thumbnail">\n\t\t\t<a aria-label="%s" href="%s" class="post-thumb"><img width="220" height="150" src="%s/wp-content/uploads/2017/s-%d.jpg" alt="" loading="lazy" /></a>\t\t</div><!-- post-alignleft /-->\n\t\n\t<div class="post-widget-body ">\n\t\t<a class="post-title the-subtitle" href="%s">%s</a>\n\t\t<div class="post-meta">\n\t\t\t<span class="date meta-item tie-icon">%s</span>\t\t</div>\n\t</div>\n</li>\n' % (A(T(rr)), plink(rr), site, hnum(rr['id'], 9999), plink(rr), E(T(rr)), tn_date(rr['id'])))
    H.append('</ul></div></div><div class="clearfix"></div></div><!-- .widget /--><div id="tie-newsletter-2" class="container-wrapper widget subscribe-widget"><div class="widget-inner-wrap"><span class="tie-icon-envelope newsletter-icon" aria-hidden="true"></span><div class="subscribe-widget-content"><h4>النشرة البريدية</h4><p>اشترك ليصلك أهم ما ننشره يوميا.</p></div><div id="mc_embed_signup-2"><form action="#" method="post" id="mc-embedded-subscribe-form-2" name="mc-embedded-subscribe-form" class="subscribe-form validate" target="_blank" novalidate><div class="mc-field-group"><label class="screen-reader-text" for="mce-EMAIL-2">أدخل بريدك الإلكتروني</label><input type="email" value="" id="mce-EMAIL-2" placeholder="أدخل بريدك الإلكتروني" name="EMAIL" class="subscribe-input required email"></div><input type="submit" value="اشترك" name="subscribe" class="button subscribe-submit"></form></div></div><div class="clearfix"></div></div>\t\t</div><!-- .theiaStickySidebar /-->\n\t</aside><!-- .sidebar /-->\n\t\n\t</div><!-- .main-content-row /--></div><!-- #content /-->\n')
    H.append('<footer id="footer" class="site-footer dark-skin dark-widgetized-area">\n\n\t\t\t<div id="site-info" class="site-info site-info-layout-2">\n\t\t\t\t<div class="container">\n\t\t\t\t\t<div class="tie-row">\n\t\t\t\t\t\t<div class="tie-col-md-12">\n\n\t\t\t\t\t\t\t<div class="copyright-text copyright-text-first">&copy; حقوق النشر 2017، جميع الحقوق محفوظة &nbsp;|&nbsp; مغاربية نيوز</div><div class="footer-menu"><ul id="menu-footer" class="menu"><li class="menu-item"><a href="%s/about/">من نحن</a></li>\n<li class="menu-item"><a href="%s/contact/">اتصل بنا</a></li>\n<li class="menu-item"><a href="%s/privacy-policy/">سياسة الخصوصية</a></li>\n</ul></div>\n\t\t\t\t\t\t</div><!-- .tie-col /-->\n\t\t\t\t\t</div><!-- .tie-row /-->\n\t\t\t\t</div><!-- .container /-->\n\t\t\t</div><!-- #site-info /-->\n\t\t\t\n\t\t</footer><!-- #footer /-->\n\t\t\n\t\t\t<a id="go-to-top" class="go-to-top-button" href="#go-to-tie-body">\n\t\t\t\t<span class="tie-icon-angle-up"></span>\n\t\t\t\t<span class="screen-reader-text">زر الذهاب إلى الأعلى</span>\n\t\t\t</a>\n\t\t\n\t\t</div><!-- #tie-wrapper /-->\n\n\t\t\n\t</div><!-- #tie-container /-->\n</div><!-- .background-overlay /-->\n\n' % (site, site, site))
    H.append('<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff;"><span id="cn-notice-text" class="cn-text-container">نستخدم ملفات تعريف الارتباط لضمان حصولك على أفضل تجربة على موقعنا. إذا واصلت استخدام هذا الموقع فسنفترض أنك راض عن ذلك.</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button bootstrap button" aria-label="موافق">موافق</a></span><a href="javascript:void(0);" id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" aria-label="موافق"></a></div></div>\n')
    H.append("<script type='text/javascript' id='tie-scripts-js-extra'>\n/* <![CDATA[ */\nvar tie = {\"is_rtl\":\"1\",\"ajaxurl\":\"%s\\/wp-admin\\/admin-ajax.php\",\"is_taqyeem_active\":\"\",\"is_sticky_video\":\"\",\"mobile_menu_top\":\"\",\"lightbox_all\":\"true\",\"lang_no_results\":\"\\u0644\\u0645 \\u064a\\u062a\\u0645 \\u0627\\u0644\\u0639\\u062b\\u0648\\u0631 \\u0639\\u0644\\u0649 \\u0646\\u062a\\u0627\\u0626\\u062c\",\"ajax_loader\":\"<div class=\\\"loader-overlay\\\"><div class=\\\"spinner-circle\\\"><\\/div><\\/div>\"};\n/* ]]> */\n</script>\n<script type='text/javascript' src='%s/wp-content/themes/jannah/assets/js/scripts.min.js?ver=5.4.6' id='tie-scripts-js'></script>\n<script type='text/javascript' src='%s/wp-includes/js/comment-reply.min.js?ver=5.8.1' id='comment-reply-js'></script>\n</body>\n</html>\n" % (site.replace('/', '\\/'), site, site))
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8',
                charset_declared='meta-charset-wrong',
                hard='<meta charset="windows-1256"> is WRONG: the bytes are UTF-8 (obeying the label gives mojibake; UTF-8 validity must win). WordPress Jannah chrome: breaking-news bar, bold lead words, in-post ad, tags, author box, prev/next, related posts, "شاهد أيضاً" box with excerpt, 3 comments, "اترك تعليقاً" form, "زر الذهاب إلى الأعلى".')


# =========================================================================== 6. live blog
LIVE_EDITORS = ['س.ب', 'م.ع', 'س.ب', 'ه.ج', 'م.ع', 'ه.ج', 'س.ب', 'م.ع', 'ه.ج']


@page('liveblog')
def liveblog():
    aid = MAIN['liveblog']
    r = ANT[aid]
    title = T(r)
    intro = paragraphs(aid)
    site = 'https://www.khaleej-alam24.com'
    url = site + '/live/2017/06/05/qatar-diplomatic-crisis'
    ups = []
    for uid in LIVE_UPDATES:
        y, mo, d, hh, mi = adate(uid)
        ups.append(dict(id=uid, hh=hh, mi=mi, title=T(ANT[uid]), paras=paragraphs(uid), iso=iso(uid)))
    ups_page = list(reversed(ups))  # newest first
    paras = list(intro)
    for u in ups_page:
        paras += u['paras']
    most = pool('l-most', 6, category='internationalNews')
    H = []
    H.append('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>مباشر | %s - الخليج والعالم 24</title>\n<meta name="description" content="تغطية مباشرة لحظة بلحظة لقرار السعودية ومصر والإمارات والبحرين قطع العلاقات الدبلوماسية مع قطر وتداعياته.">\n<link rel="canonical" href="%s">\n<meta property="og:type" content="article">\n<meta property="og:title" content="مباشر | %s">\n<meta property="og:url" content="%s">\n<meta property="og:image" content="%s/img/2017/06/qatar-live.jpg">\n<meta name="twitter:card" content="summary_large_image">\n<meta http-equiv="refresh" content="300">\n' % (E(title), url, A(title), url, site))
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "@id": url, "headline": title,
          "coverageStartTime": "2017-06-05T08:30:00+01:00", "coverageEndTime": "2017-06-05T23:59:00+01:00",
          "liveBlogUpdate": [{"@type": "BlogPosting", "headline": u['title'], "datePublished": u['iso'], "articleBody": ' '.join(u['paras'])} for u in ups_page]}
    H.append('<script type="application/ld+json">%s</script>\n' % json.dumps(ld, ensure_ascii=False))
    H.append('<link rel="stylesheet" href="/assets/css/main.4f2a91.css">\n<link rel="stylesheet" href="/assets/css/live.c81d03.css">\n<script async src="https://www.googletagmanager.com/gtag/js?id=G-KA24LIVE01"></script>\n<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag("js",new Date());gtag("config","G-KA24LIVE01",{"content_group":"live"});</script>\n<script>window.LIVE_CONFIG={"postId":99172,"poll":"/api/live/99172/updates?since=","interval":30000,"newLabel":"\\u062a\\u062d\\u062f\\u064a\\u062b\\u0627\\u062a \\u062c\\u062f\\u064a\\u062f\\u0629"};</script>\n</head>\n<body class="page-live">\n')
    H.append('<a class="skip-link" href="#main">تخطي إلى المحتوى</a>\n<header class="site-header">\n  <div class="topbar"><span class="today">الاثنين 5 يونيو 2017</span><ul class="topbar-links"><li><a href="/about">من نحن</a></li><li><a href="/contact">اتصل بنا</a></li><li><a href="/newsletter">النشرة البريدية</a></li></ul></div>\n  <div class="brand"><a href="/"><img src="/assets/img/logo.svg" alt="الخليج والعالم 24" width="220" height="48"></a></div>\n  <nav class="main-nav" aria-label="القائمة الرئيسية"><ul><li><a href="/">الرئيسية</a></li><li class="active"><a href="/gulf">الخليج</a></li><li><a href="/arab">العالم العربي</a></li><li><a href="/world">دولي</a></li><li><a href="/economy">اقتصاد</a></li><li><a href="/sport">رياضة</a></li><li><a href="/opinion">آراء</a></li><li><a href="/video">فيديو</a></li><li class="live-link"><a href="/live">مباشر</a></li></ul></nav>\n</header>\n')
    H.append('<div class="breaking-strip" role="marquee"><strong>عاجل</strong> <span>%s</span></div>\n' % E(ups[-1]['title']))
    H.append('<main id="main" class="container">\n<nav class="breadcrumbs" aria-label="مسار التنقل"><ol><li><a href="/">الرئيسية</a></li><li><a href="/gulf">الخليج</a></li><li><a href="/live">تغطيات مباشرة</a></li></ol></nav>\n<div class="row">\n<article class="liveblog col-8" data-live-id="99172">\n')
    H.append('  <header class="liveblog-header">\n    <span class="live-badge"><span class="pulse"></span>مباشر</span>\n    <h1 class="liveblog-title">%s</h1>\n    <div class="liveblog-meta"><span class="by">تغطية: فريق التحرير</span> <span class="sep">|</span> <span class="started">بدأت التغطية: <time datetime="2017-06-05T08:30:00+01:00">08:30</time></span> <span class="sep">|</span> <span class="last">آخر تحديث: <time datetime="%s">%02d:%02d</time></span></div>\n    <div class="share-bar"><a class="share fb" href="https://www.facebook.com/sharer/sharer.php?u=%s">شارك</a><a class="share tw" href="https://twitter.com/intent/tweet?url=%s">غرّد</a><a class="share wa" href="whatsapp://send?text=%s">واتساب</a><button class="copy-link" data-url="%s">نسخ الرابط</button></div>\n  </header>\n' % (E(title), ups[-1]['iso'], ups[-1]['hh'], ups[-1]['mi'], Q(url), Q(url), Q(url), url))
    H.append('  <figure class="lead-media"><img src="%s/img/2017/06/qatar-live.jpg" alt="" width="800" height="450"><figcaption>العاصمة القطرية الدوحة (أرشيف)</figcaption></figure>\n' % site)
    H.append('  <div class="liveblog-intro">\n%s\n  </div>\n' % '\n'.join('    <p>%s</p>' % E(p) for p in intro))
    H.append('  <aside class="key-events" aria-label="أبرز الأحداث">\n    <h2>أبرز الأحداث</h2>\n    <ul>\n')
    for u in ups_page[:6]:
        H.append('      <li><a href="#update-%s"><time>%02d:%02d</time> %s</a></li>\n' % (u['id'][-13:-9], u['hh'], u['mi'], E(u['title'])))
    H.append('    </ul>\n  </aside>\n')
    H.append('  <div class="liveblog-toolbar"><label class="autorefresh"><input type="checkbox" checked> تحديث تلقائي</label> <span class="count">%d تحديثات</span> <button class="sort" data-order="desc">الأحدث أولاً</button></div>\n  <div class="new-updates-pill" hidden>تحديثات جديدة</div>\n  <div class="updates" id="updates">\n' % len(ups))
    for k, u in enumerate(ups_page):
        uid = u['id'][-13:-9]
        H.append('    <div class="update%s" id="update-%s" data-ts="%s">\n' % (' update--breaking' if k in (0, 6) else '', uid, u['iso']))
        H.append('      <div class="update-meta">%s<time class="update-time" datetime="%s">%02d:%02d</time></div>\n' % ('<span class="badge">عاجل</span> ' if k in (0, 6) else '', u['iso'], u['hh'], u['mi']))
        H.append('      <div class="update-body">\n')
        for p in u['paras']:
            H.append('        <p>%s</p>\n' % E(p))
        H.append('      </div>\n')
        if 'الخطوط السعودية' in u['title']:
            H.append('      <figure class="update-media"><img src="%s/img/2017/06/saudia.jpg" alt="" loading="lazy"><figcaption>طائرة تابعة للخطوط الجوية السعودية في مطار الملك عبد العزيز بجدة (أرشيف)</figcaption></figure>\n' % site)
        H.append('      <div class="update-footer"><span class="editor">تحرير: %s</span> <a class="update-link" href="%s#update-%s">رابط التحديث</a> <a class="update-share" href="https://twitter.com/intent/tweet?url=%s%%23update-%s">شارك</a></div>\n    </div>\n' % (LIVE_EDITORS[k], url, uid, Q(url), uid))
    H.append('  </div>\n  <button class="load-more" data-next="/api/live/99172/updates?before=0830">تحميل تحديثات أقدم</button>\n')
    H.append('  <div class="tags"><span>مواضيع:</span> <a href="/tag/qatar">قطر</a> <a href="/tag/saudi">السعودية</a> <a href="/tag/gcc">مجلس التعاون الخليجي</a> <a href="/tag/diplomacy">دبلوماسية</a></div>\n</article>\n')
    H.append('<aside class="sidebar col-4">\n  <section class="widget most-read"><h3>الأكثر قراءة</h3><ol>\n')
    for rr in most:
        H.append('    <li><a href="/world/%d">%s</a><span class="time">%s</span></li>\n' % (hnum(rr['id'], 90000, 10000), E(T(rr)), tn_date(rr['id'])))
    H.append('  </ol></section>\n  <section class="widget newsletter"><h3>النشرة اليومية</h3><p>أهم أخبار الخليج والعالم في بريدك كل صباح.</p><form><input type="email" placeholder="بريدك الإلكتروني"><button>اشترك</button></form></section>\n  <div class="ad ad-300x600" data-slot="live_side"></div>\n</aside>\n</div>\n</main>\n')
    H.append('<footer class="site-footer"><nav><a href="/about">من نحن</a> · <a href="/editorial-policy">السياسة التحريرية</a> · <a href="/privacy">سياسة الخصوصية</a> · <a href="/contact">اتصل بنا</a></nav><p>&copy; 2017 الخليج والعالم 24. جميع الحقوق محفوظة.</p></footer>\n')
    H.append('<div class="cookie-consent" id="cookieConsent"><p>نستخدم ملفات تعريف الارتباط لتحسين تجربتك وتحليل حركة المرور. <a href="/privacy#cookies">اعرف المزيد</a></p><button id="acceptCookies">أوافق</button></div>\n')
    H.append('<script src="/assets/js/live.7b13e0.js" defer></script>\n<script>document.getElementById("acceptCookies").onclick=function(){document.cookie="cc=1;max-age=31536000;path=/";document.getElementById("cookieConsent").remove();};</script>\n</body>\n</html>\n')
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8',
                charset_declared='meta-charset', update_ids=LIVE_UPDATES,
                hard='Live blog: gold = intro paragraphs + the text of all 9 timestamped updates (newest first, page order). Timestamps, "عاجل" badges, editor initials, per-update share links and a key-events list of update headlines are excluded; update text is also repeated in JSON-LD liveBlogUpdate. Body is spread over ~20 short <p> in many sibling <div class="update"> blocks rather than one container.')


# =========================================================================== 7. figure heavy
@page('figure_heavy')
def figure_heavy():
    aid = MAIN['figure_heavy']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    site = 'https://dhifaf-mag.com'
    url = site + '/society/2017/03/26/tunisienne-berlin-manu'
    pull = 'أحب هذه المهنة، ليس لأنها تدر علي بالمال، بل لأنني أعمل لحسابي الخاص، وأنا ربة العمل هنا'
    assert pull in paras[5]
    read_also = pool('f-ra', 2, keywords=['ألمانيا', 'برلين', 'المرأة التونسية'])
    tweet_src = pool('f-tw', 1, keywords=['ألمانيا', 'المهاجرين'])[0]
    more = pool('f-more', 4, category='diverse')
    captions = {
        0: ('manu-kiosk.jpg', 'منوبية أمام كشك "مانو" في أحد أحياء برلين، حيث تعمل منذ 37 عاما دون انقطاع تقريبا', 'دويتشه فيله'),
        2: ('manu-currywurst.jpg', 'النقانق بالمرق الغجري، الطبق الذي جعل الكشك الصغير مقصدا للبرلينيين والسياح على حد السواء', 'دويتشه فيله'),
        4: ('siemens-1969.jpg', 'عاملات في مصنع سيمنس ببرلين أواخر الستينيات، وهي الفترة التي وصلت فيها منوبية إلى ألمانيا (صورة أرشيفية)', 'أرشيف سيمنس'),
        7: ('manu-clients.jpg', 'زبائن دائمون يتبادلون أطراف الحديث مع صاحبة الكشك بعد نهاية يوم العمل', 'دويتشه فيله'),
    }
    B = []
    for i, p in enumerate(paras):
        B.append('<p class="c-article__p">%s</p>' % E(p))
        if i in captions:
            img, cap, credit = captions[i]
            B.append('<figure class="c-figure c-figure--wide"><picture><source type="image/webp" srcset="%s/img/w800/%s.webp 800w, %s/img/w1600/%s.webp 1600w"><img src="%s/img/w800/%s" alt="" width="800" height="533" loading="lazy" decoding="async"></picture><figcaption class="c-figure__caption"><span class="c-figure__text">%s</span> <span class="c-figure__credit">(صورة: %s)</span></figcaption></figure>'
                     % (site, img[:-4], site, img[:-4], site, img, E(cap), credit))
        if i == 1:
            B.append('<p><strong>اقرأ أيضا:</strong> <a href="%s/society/%d">%s</a></p>' % (site, hnum(read_also[0]['id'], 90000), E(T(read_also[0]))))
        if i == 5:
            B.append('<blockquote class="pullquote"><p>%s</p><cite>منوبية</cite></blockquote>' % E(pull))
        if i == 6:
            B.append('<blockquote class="twitter-tweet" data-lang="ar" data-dnt="true"><p lang="ar" dir="rtl">%s <a href="https://t.co/Zx81mQa2">https://t.co/Zx81mQa2</a></p>&mdash; مجلة ضفاف (@dhifaf_mag) <a href="https://twitter.com/dhifaf_mag/status/845987341122344960">26 مارس 2017</a></blockquote><script async src="https://platform.twitter.com/widgets.js" charset="utf-8"></script>' % E(T(tweet_src)))
        if i == 7:
            B.append('<p>اقرأ أيضا: <a href="%s/society/%d">%s</a></p>' % (site, hnum(read_also[1]['id'], 90000), E(T(read_also[1]))))
    H = []
    H.append('<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/><title>%s | مجلة ضفاف</title><meta name="description" content="%s"/><link rel="canonical" href="%s"/><meta property="og:title" content="%s"/><meta property="og:description" content="%s"/><meta property="og:image" content="%s/img/w1600/manu-kiosk.jpg"/><meta property="og:type" content="article"/><meta property="article:section" content="مجتمع"/><meta name="twitter:card" content="summary_large_image"/><meta name="twitter:site" content="@dhifaf_mag"/>' % (E(title), A(first_sentence(r)), url, A(title), A(first_sentence(r)), site))
    H.append('<link rel="preload" href="/fonts/NotoNaskhArabic-Regular.woff2" as="font" type="font/woff2" crossorigin="anonymous"/><link rel="stylesheet" href="/static/css/app.9c2e11f0.css"/>')
    H.append('<script type="application/ld+json">%s</script>' % json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "image": [site + "/img/w1600/manu-kiosk.jpg"], "datePublished": iso(aid), "author": [{"@type": "Person", "name": "نادية بن صالح"}], "publisher": {"@type": "Organization", "name": "مجلة ضفاف"}, "description": first_sentence(r)}, ensure_ascii=False))
    H.append('<script>!function(){var e=document.documentElement;e.classList.remove("no-js");try{var t=localStorage.getItem("fs");t&&e.style.setProperty("--article-fs",t)}catch(n){}}();</script></head>')
    H.append('<body class="t-article"><div id="root"><div class="l-page"><header class="c-header"><div class="c-header__inner"><button class="c-header__burger" aria-label="القائمة"><span></span></button><a class="c-header__logo" href="/" aria-label="مجلة ضفاف"><svg width="140" height="36" viewBox="0 0 140 36" role="img"><title>مجلة ضفاف</title><path d="M0 0h140v36H0z" fill="none"/></svg></a><nav class="c-header__nav"><a href="/politics">سياسة</a><a class="is-active" href="/society">مجتمع</a><a href="/migration">هجرة</a><a href="/culture">ثقافة</a><a href="/economy">اقتصاد</a><a href="/podcasts">بودكاست</a></nav><a class="c-header__cta" href="/subscribe">اشترك</a></div></header>')
    H.append('<main class="l-main"><article class="c-article"><header class="c-article__header"><nav class="c-breadcrumb" aria-label="مسار التنقل"><a href="/">الرئيسية</a><span aria-hidden="true">›</span><a href="/society">مجتمع</a><span aria-hidden="true">›</span><a href="/society/diaspora">تونسيون في المهجر</a></nav><span class="c-kicker">قصص المهجر</span><h1 class="c-article__title">%s</h1><p class="c-article__dek">في كشك صغير قرب السكة الحديدية، صنعت سيدة تونسية في السبعين اسما يعرفه حي كامل في برلين.</p>' % E(title))
    H.append('<div class="c-byline"><img class="c-byline__avatar" src="%s/img/authors/nadia.jpg" alt="" width="40" height="40"/><div><a class="c-byline__name" href="/authors/nadia-ben-salah">نادية بن صالح</a><span class="c-byline__place">برلين</span><time class="c-byline__date" dateTime="%s">26 مارس 2017</time><span class="c-byline__read">قراءة في 4 دقائق</span></div></div>' % (site, iso(aid)))
    H.append('<div class="c-share" role="group" aria-label="مشاركة"><a class="c-share__btn c-share__btn--fb" href="https://www.facebook.com/sharer/sharer.php?u=%s" aria-label="فيسبوك">فيسبوك</a><a class="c-share__btn c-share__btn--tw" href="https://twitter.com/intent/tweet?url=%s" aria-label="تويتر">تويتر</a><a class="c-share__btn c-share__btn--wa" href="https://wa.me/?text=%s" aria-label="واتساب">واتساب</a><button class="c-share__btn c-share__btn--copy" type="button">نسخ الرابط</button><div class="c-fontsize"><button type="button" aria-label="تكبير الخط">أ+</button><button type="button" aria-label="تصغير الخط">أ-</button></div></div></header>' % (Q(url), Q(url), Q(url)))
    H.append('<figure class="c-figure c-figure--lead"><picture><img src="%s/img/w1600/manu-lead.jpg" alt="" width="1600" height="900" fetchpriority="high"/></picture><figcaption class="c-figure__caption"><span class="c-figure__text">منوبية، 69 عاما، تقدم الطلبات لزبائنها في كشكها ببرلين وهي تمازحهم بلهجة برلينية</span> <span class="c-figure__credit">(صورة: دويتشه فيله)</span></figcaption></figure>' % site)
    H.append('<div class="c-article__body" data-testid="article-body">%s</div>' % ''.join(B))
    H.append('<footer class="c-article__footer"><ul class="c-tags"><li><a href="/tag/berlin">برلين</a></li><li><a href="/tag/diaspora">الجالية التونسية</a></li><li><a href="/tag/women">المرأة</a></li><li><a href="/tag/small-business">مشاريع صغرى</a></li></ul><div class="c-author-card"><img src="%s/img/authors/nadia.jpg" alt="" width="64" height="64"/><div><a href="/authors/nadia-ben-salah">نادية بن صالح</a><p>صحفية مستقلة مقيمة في برلين، تكتب عن الهجرة والاندماج وقصص المغاربيين في ألمانيا.</p></div></div><div class="c-corrections"><a href="/corrections">هل لاحظت خطأ؟ أبلغنا</a></div></footer></article>' % site)
    H.append('<section class="c-more" aria-labelledby="more-h"><h2 id="more-h">المزيد من ضفاف</h2><div class="c-more__grid">')
    for rr in more:
        H.append('<a class="c-card" href="%s/society/%d"><img class="c-card__img" src="%s/img/w400/c%d.jpg" alt="" loading="lazy"/><span class="c-card__kicker">منوعات</span><h3 class="c-card__title">%s</h3><p class="c-card__dek">%s</p></a>' % (site, hnum(rr['id'], 90000), site, hnum(rr['id'], 999), E(T(rr)), E(first_sentence(rr, 30))))
    H.append('</div></section><aside class="c-newsletter"><h2>رسالة ضفاف الأسبوعية</h2><p>قصص من الضفتين، كل أحد في بريدك.</p><form class="c-newsletter__form"><input type="email" placeholder="بريدك الإلكتروني" aria-label="بريدك الإلكتروني"/><button type="submit">اشترك</button></form></aside></main>')
    H.append('<footer class="c-footer"><div class="c-footer__cols"><div><h4>ضفاف</h4><a href="/about">من نحن</a><a href="/team">فريق التحرير</a><a href="/jobs">وظائف</a></div><div><h4>تابعونا</h4><a href="https://facebook.com/dhifafmag">فيسبوك</a><a href="https://twitter.com/dhifaf_mag">تويتر</a><a href="https://instagram.com/dhifafmag">إنستغرام</a></div><div><h4>قانوني</h4><a href="/privacy">سياسة الخصوصية</a><a href="/terms">شروط الاستخدام</a></div></div><p class="c-footer__copy">© 2017 مجلة ضفاف. جميع الحقوق محفوظة.</p></footer>')
    H.append('<div class="c-consent" role="dialog" aria-live="polite"><p>نستخدم ملفات تعريف الارتباط وتقنيات مشابهة لتخصيص المحتوى وقياس الجمهور. يمكنك تغيير اختياراتك في أي وقت.</p><div class="c-consent__actions"><button class="c-consent__accept">قبول الكل</button><button class="c-consent__settings">الإعدادات</button></div></div>')
    H.append('</div></div><script src="/static/js/runtime.2b7d0a.js" defer></script><script src="/static/js/article.e51c44.js" defer></script></body></html>\n')
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8',
                charset_declared='meta-charset',
                hard='Modern magazine: 9 body <p> interleaved with 4 <figure>/<figcaption> (long descriptive captions + credits, excluded) plus a lead figure; a <blockquote class="pullquote"> repeating a body sentence (excluded: duplicate); an embedded blockquote.twitter-tweet (excluded); two inline "اقرأ أيضا:" link paragraphs inside the body container (excluded); dek/standfirst and byline excluded. Minified single-line HTML.')


# =========================================================================== 8. print version
@page('print_version')
def print_version():
    aid = MAIN['print_version']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    nid = 118402
    url = 'http://www.sada-echaab.com/article.php?id=%d' % nid
    H = []
    H.append('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">\n<html dir="rtl" lang="ar">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n<title>%s - نسخة للطباعة - صدى الشعب</title>\n<meta name="robots" content="noindex, follow">\n<link rel="canonical" href="%s">\n' % (E(title), url))
    H.append('<style type="text/css">\nbody{font-family:"Traditional Arabic",Tahoma,serif;font-size:16pt;color:#000;background:#fff;margin:20px}\n#print-header{border-bottom:2px solid #000;padding-bottom:6px;margin-bottom:14px}\n#print-header img{vertical-align:middle}\n.print-links{float:left;font-family:Tahoma;font-size:9pt}\n#print h1{font-size:20pt;margin:0 0 6px}\n#print .date{font-family:Tahoma;font-size:9pt;color:#555;margin-bottom:12px}\n#print p{text-align:justify;line-height:1.7}\n#print-footer{border-top:1px solid #999;margin-top:20px;padding-top:6px;font-family:Tahoma;font-size:8pt;color:#444}\n@media print{.print-links{display:none}}\n</style>\n')
    H.append('<script type="text/javascript">\nfunction doPrint(){ window.print(); }\n</script>\n</head>\n<body onload="setTimeout(doPrint, 800)">\n')
    H.append('<div id="print-header">\n  <div class="print-links"><a href="javascript:window.print()">طباعة</a> | <a href="javascript:window.close()">إغلاق</a></div>\n  <img src="/images/logo_print.gif" width="160" height="40" alt="صدى الشعب"> <b>صدى الشعب</b> - جريدة إلكترونية تونسية\n</div>\n')
    H.append('<div id="print">\n<h1>%s</h1>\n<div class="date">%s %d %s %d - %02d:%02d</div>\n' % (E(title), weekday(y, mo, d), d, MONTHS_TN[mo - 1], y, hh, mi))
    for p in paras:
        H.append('<p>%s</p>\n' % E(p))
    H.append('</div>\n')
    H.append('<div id="print-footer">\nرابط المقال: %s<br>\n&copy; صدى الشعب 2015 - جميع الحقوق محفوظة. يمنع النقل دون ذكر المصدر.\n</div>\n</body>\n</html>\n' % url)
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8',
                charset_declared='http-equiv',
                hard='"نسخة للطباعة" page: almost no chrome, so the body is most of the page but it is short (3 paragraphs, 73 words); the extractor must not drop it for being short nor add the header, "طباعة | إغلاق" links, date line or the URL/copyright footer.')


# =========================================================================== 9. UTF-8 BOM, divs only
@page('utf8_bom_divs')
def utf8_bom_divs():
    aid = MAIN['utf8_bom_divs']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid, maxw=80, target=45)
    y, mo, d, hh, mi = adate(aid)
    side = pool('u-side', 6, category='technology', minw=60)
    side2 = pool('u-side2', 4, keywords=['هاتف', 'سامسونغ', 'آبل', 'الهواتف'], minw=60)
    H = []
    H.append('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<title>%s | تقنية اليوم</title>\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="description" content="%s">\n<meta property="og:title" content="%s">\n<meta property="og:site_name" content="تقنية اليوم">\n<link href="/theme/css/style.css?v=3.2" rel="stylesheet" type="text/css">\n<link href="/theme/css/rtl.css?v=3.2" rel="stylesheet" type="text/css">\n' % (E(title), A(first_sentence(r)), A(title)))
    H.append('<script src="/theme/js/jquery-1.11.3.min.js"></script>\n<script>\n$(function(){ $(".tabs .tab").click(function(){ var t=$(this).data("tab"); $(".tab-pane").hide(); $("#"+t).show(); }); $(".font-up").click(function(){ $(".content").css("font-size","+=2"); }); });\n</script>\n</head>\n<body>\n')
    H.append('<div id="page">\n<div class="header">\n  <div class="logo"><a href="/"><img src="/theme/img/logo.png" alt="تقنية اليوم"></a></div>\n  <div class="date">%s %d %s %d</div>\n  <div class="search"><form action="/search" method="get"><input type="text" name="q" placeholder="ابحث..."><button type="submit">بحث</button></form></div>\n</div>\n' % (weekday(y, mo, d), d, MONTHS_TN[mo - 1], y))
    H.append('<div class="nav">\n  <div class="nav-item"><a href="/">الرئيسية</a></div>\n  <div class="nav-item active"><a href="/mobile">هواتف</a></div>\n  <div class="nav-item"><a href="/computers">حواسيب</a></div>\n  <div class="nav-item"><a href="/internet">إنترنت</a></div>\n  <div class="nav-item"><a href="/games">ألعاب</a></div>\n  <div class="nav-item"><a href="/apps">تطبيقات</a></div>\n  <div class="nav-item"><a href="/reviews">مراجعات</a></div>\n</div>\n')
    H.append('<div class="wrapper">\n<div class="main-col">\n  <div class="crumbs"><a href="/">الرئيسية</a> &rsaquo; <a href="/mobile">هواتف</a> &rsaquo; <span>سامسونغ</span></div>\n  <div class="article">\n    <div class="article-title"><h1>%s</h1></div>\n    <div class="article-info"><span class="author">بقلم: وليد الطرابلسي</span> <span class="sep">|</span> <span class="time">%02d/%02d/%d %02d:%02d</span> <span class="sep">|</span> <span class="views">قراءات: 3911</span> <span class="font-tools"><a class="font-up" href="javascript:;">A+</a> <a class="font-down" href="javascript:;">A-</a></span></div>\n    <div class="article-img"><img src="/uploads/2016/09/note7-recall.jpg" alt="%s"></div>\n' % (E(title), d, mo, y, hh, mi, A(title)))
    H.append('    <div class="content">\n')
    for i, p in enumerate(paras):
        H.append('      <div>%s</div>\n' % E(p))
        if i in (1, 3):
            H.append('      <div>&nbsp;</div>\n')
    H.append('    </div>\n')
    H.append('    <div class="article-tags"><span>الكلمات المفتاحية:</span> <a href="/tag/samsung">سامسونغ</a> <a href="/tag/note7">غالاكسي نوت 7</a> <a href="/tag/batteries">بطاريات</a></div>\n    <div class="article-share"><span>شارك الخبر:</span> <a class="fb" href="#">فيسبوك</a> <a class="tw" href="#">تويتر</a> <a class="gp" href="#">غوغل+</a> <a class="mail" href="#">بريد</a></div>\n  </div>\n')
    H.append('  <div class="more-news">\n    <div class="block-title">أخبار ذات صلة</div>\n')
    for rr in side2:
        H.append('    <div class="news-row">\n      <div class="news-thumb"><img src="/uploads/thumbs/%d.jpg" alt=""></div>\n      <div class="news-title"><a href="/news/%d">%s</a></div>\n      <div class="news-brief">%s</div>\n    </div>\n' % (hnum(rr['id'], 9999), hnum(rr['id'], 90000), E(T(rr)), E(first_words(rr, 45 + hnum(rr['id'], 20)))))
    H.append('  </div>\n</div>\n')
    H.append('<div class="side-col">\n  <div class="box">\n    <div class="tabs"><div class="tab active" data-tab="t-latest">الأحدث</div><div class="tab" data-tab="t-popular">الأكثر قراءة</div></div>\n    <div class="tab-pane" id="t-latest">\n')
    for rr in side:
        H.append('      <div class="side-item">\n        <div class="side-title"><a href="/news/%d">%s</a></div>\n        <div class="side-text">%s</div>\n        <div class="side-date">%s</div>\n      </div>\n' % (hnum(rr['id'], 90000), E(T(rr)), E(first_words(rr, 40 + hnum(rr['id'], 25))), tn_date(rr['id'])))
    H.append('    </div>\n    <div class="tab-pane" id="t-popular" style="display:none"><div class="side-item"><div class="side-title"><a href="/news/1">جاري التحميل...</a></div></div></div>\n  </div>\n  <div class="box"><div class="block-title">تابعونا</div><div class="social"><a href="#">فيسبوك</a> <a href="#">تويتر</a> <a href="#">يوتيوب</a></div></div>\n  <div class="box ad"><div class="ad-label">إعلان</div><div class="ad-slot" id="ad-side-1"></div></div>\n</div>\n</div>\n')
    H.append('<div class="footer">\n  <div class="footer-links"><a href="/about">من نحن</a> - <a href="/contact">اتصل بنا</a> - <a href="/privacy">الخصوصية</a></div>\n  <div class="copyright">جميع الحقوق محفوظة &copy; 2016 تقنية اليوم</div>\n</div>\n<div class="cookies" id="cookies"><div>يستخدم موقعنا ملفات تعريف الارتباط. <a href="/privacy">التفاصيل</a></div><div class="cookies-btn" onclick="document.getElementById(\'cookies\').style.display=\'none\'">حسنا</div></div>\n</div>\n')
    H.append('<script>(function(){var s=document.createElement("script");s.src="//stats.taqnia-alyawm.com/s.js?id=77";document.body.appendChild(s);})();</script>\n</body>\n</html>\n')
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8', bom=True,
                charset_declared='bom',
                hard='UTF-8 with a BOM as the only charset signal (no meta); not a single <p> on the page: each body paragraph is a bare <div> (plus &nbsp; spacer divs) inside div.content; sidebar and related block are built of the same kind of divs holding 40-65-word briefs, i.e. text blocks of the same length and style as the body paragraphs.')


# =========================================================================== 10. short brief, big sidebar
@page('short_brief_big_sidebar')
def short_brief_big_sidebar():
    aid = MAIN['short_brief_big_sidebar']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    y, mo, d, hh, mi = adate(aid)
    site = 'https://alwasat-news.tn'
    kw = ['وزارة التجهيز', 'الطرقات', 'الطريق', 'حوادث المرور', 'المرور', 'البنية التحتية', 'القصرين', 'سيدي بوزيد']
    related = pool('s-rel', 8, keywords=kw, minw=45)
    side = pool('s-side', 8, category='localNews', minw=45, exclude={x['id'] for x in related})

    def exc(rr):
        return first_words(rr, 30 + hnum(rr['id'], 11))

    def link(rr):
        return '%s/news/%d/%s' % (site, hnum(rr['id'], 90000, 100000), pslug(T(rr))[:70])
    H = []
    H.append('<!doctype html>\n<html lang="ar" dir="rtl">\n<head>\n  <meta charset="UTF-8">\n  <meta name="viewport" content="width=device-width, initial-scale=1.0">\n  <meta name="csrf-token" content="Jt3kQw0v9ZbF1mX2nR7pL4sY8uC6eA5dH0gK3iO1">\n  <title>%s | الوسط نيوز</title>\n  <meta name="description" content="%s">\n  <meta property="og:title" content="%s">\n  <meta property="og:description" content="%s">\n  <meta property="og:image" content="%s/storage/news/2017/02/speed-bumps.jpg">\n  <link rel="stylesheet" href="%s/build/assets/app.3e9b1c7a.css">\n  <script type="module" src="%s/build/assets/app.81f0d2c4.js"></script>\n</head>\n' % (E(title), A(paras[0]), A(title), A(paras[0]), site, site, site))
    H.append('<body class="bg-gray-50 font-sans text-gray-900 antialiased">\n<div class="bg-red-700 text-white text-sm"><div class="max-w-7xl mx-auto px-4 py-1 flex justify-between"><span>%s %d %s %d</span><span><a href="/login" class="hover:underline">دخول</a> · <a href="/register" class="hover:underline">حساب جديد</a></span></div></div>\n' % (weekday(y, mo, d), d, MONTHS_TN[mo - 1], y))
    H.append('<header class="bg-white shadow"><div class="max-w-7xl mx-auto px-4 py-3 flex items-center justify-between"><a href="/" class="text-2xl font-extrabold text-red-700">الوسط نيوز</a><nav class="hidden md:flex gap-5 text-sm font-semibold"><a href="/cat/national">وطنية</a><a href="/cat/regions" class="text-red-700">جهات</a><a href="/cat/politics">سياسة</a><a href="/cat/economy">اقتصاد</a><a href="/cat/world">عالمية</a><a href="/cat/sport">رياضة</a><a href="/cat/culture">ثقافة</a><a href="/videos">فيديو</a></nav><button class="md:hidden" aria-label="القائمة">☰</button></div></header>\n')
    H.append('<main class="max-w-7xl mx-auto px-4 py-6 grid grid-cols-1 lg:grid-cols-12 gap-6">\n  <div class="lg:col-span-8">\n    <nav class="text-xs text-gray-500 mb-2" aria-label="breadcrumb"><a href="/">الرئيسية</a> / <a href="/cat/regions">جهات</a> / <span>تجهيز</span></nav>\n    <article class="bg-white rounded-lg shadow p-6">\n      <h1 class="text-3xl font-bold leading-snug mb-3">%s</h1>\n      <div class="flex items-center gap-3 text-xs text-gray-500 mb-4"><span>الوسط نيوز</span><span>•</span><time datetime="%s">%d %s %d - %02d:%02d</time><span>•</span><span>قراءة في دقيقة</span></div>\n      <img class="w-full rounded mb-4" src="%s/storage/news/2017/02/speed-bumps.jpg" alt="">\n      <div class="prose prose-lg max-w-none leading-loose">\n' % (E(title), iso(aid), d, MONTHS_TN[mo - 1], y, hh, mi, site))
    for p in paras:
        H.append('        <p>%s</p>\n' % E(p))
    H.append('      </div>\n      <div class="mt-6 flex flex-wrap gap-2 text-xs"><a class="bg-gray-100 rounded px-2 py-1" href="/tag/equipment">وزارة التجهيز</a><a class="bg-gray-100 rounded px-2 py-1" href="/tag/roads">الطرقات</a><a class="bg-gray-100 rounded px-2 py-1" href="/tag/kasserine">القصرين</a></div>\n      <div class="mt-4 flex gap-2 text-sm"><a class="bg-blue-600 text-white rounded px-3 py-1" href="https://www.facebook.com/sharer/sharer.php?u=x">فيسبوك</a><a class="bg-sky-500 text-white rounded px-3 py-1" href="https://twitter.com/intent/tweet?url=x">تويتر</a><a class="bg-green-600 text-white rounded px-3 py-1" href="https://wa.me/?text=x">واتساب</a></div>\n    </article>\n')
    H.append('    <section class="mt-8">\n      <h2 class="text-xl font-bold border-r-4 border-red-700 pr-2 mb-4">أخبار ذات علاقة</h2>\n      <div class="grid grid-cols-1 md:grid-cols-2 gap-4">\n')
    for rr in related:
        H.append('        <div class="bg-white rounded shadow p-4"><h3 class="font-bold mb-2"><a href="%s">%s</a></h3><p class="text-sm text-gray-600 leading-relaxed">%s</p><span class="text-xs text-gray-400">%s</span></div>\n' % (link(rr), E(T(rr)), E(exc(rr)), tn_date(rr['id'])))
    H.append('      </div>\n    </section>\n  </div>\n')
    H.append('  <aside class="lg:col-span-4 space-y-6">\n    <div class="bg-white rounded-lg shadow p-4">\n      <h2 class="text-lg font-bold mb-3">آخر الأخبار</h2>\n      <ul class="divide-y">\n')
    for rr in side:
        H.append('        <li class="py-3"><a class="font-semibold block mb-1" href="%s">%s</a><p class="text-sm text-gray-600 leading-relaxed">%s</p></li>\n' % (link(rr), E(T(rr)), E(exc(rr))))
    H.append('      </ul>\n    </div>\n    <div class="bg-white rounded-lg shadow p-4 text-center text-xs text-gray-400">إعلان<div class="h-64 bg-gray-100 mt-2" id="ad-sidebar"></div></div>\n  </aside>\n</main>\n')
    H.append('<footer class="bg-gray-900 text-gray-300 mt-10"><div class="max-w-7xl mx-auto px-4 py-8 grid md:grid-cols-3 gap-6 text-sm"><div><div class="text-white font-bold text-lg mb-2">الوسط نيوز</div><div>موقع إخباري تونسي يهتم بأخبار الجهات الداخلية.</div></div><div><a href="/about" class="block">من نحن</a><a href="/contact" class="block">اتصل بنا</a><a href="/privacy" class="block">سياسة الخصوصية</a></div><div>تابعنا على <a href="#">فيسبوك</a> و<a href="#">تويتر</a></div></div><div class="text-center text-xs py-3 border-t border-gray-700">© 2017 الوسط نيوز - جميع الحقوق محفوظة</div></footer>\n')
    H.append('<div id="cookie-banner" class="fixed bottom-0 inset-x-0 bg-gray-800 text-white text-sm p-3 flex justify-between items-center"><span>يستعمل هذا الموقع ملفات تعريف الارتباط لتقديم خدمات أفضل.</span><button class="bg-red-700 rounded px-3 py-1" onclick="this.parentNode.remove()">موافق</button></div>\n</body>\n</html>\n')
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8',
                charset_declared='meta-charset',
                hard='A 2-paragraph brief (55 words) next to 16 teasers (8 "أخبار ذات علاقة" cards below the article, topically close: roads/ministry of equipment, and 8 sidebar items) each with a 30-40-word excerpt in a <p>: the visible boilerplate has more than 10x the words of the article, and the teaser <p> look like body paragraphs.')


# =========================================================================== 11. opinion column
OPINION_COMMENTS = [
    ('طبيب مقيم', 'منذ 3 ساعات',
     'أنا طبيب مقيم في أحد مستشفيات الساحل، وأعمل أحيانا ثلاثين ساعة متواصلة دون نوم، في قسم ينقصه نصف التجهيزات ونصف الإطار شبه الطبي. لا أطلب أن نكون فوق المحاسبة، لكن من غير المعقول أن تتحول كل وفاة في المستشفى إلى جريمة، وأن يتم إيقاف زميلة شابة قبل أن يقول الطب الشرعي كلمته. قانون المسؤولية الطبية ضروري لحماية المريض والطبيب معا، وأشكر الكاتب على هذا الطرح المتوازن الذي افتقدناه في الأيام الأخيرة.'),
    ('سنية - المنستير', 'منذ 4 ساعات',
     'مقال متوازن فعلا. فقدت والدتي بسبب تشخيص خاطئ منذ سنتين ولم يحاسب أحد، ولهذا أتفهم غضب عائلة الرضيع. لكنني أتفق مع الكاتب أن الحل ليس في الحرب بين الإعلام والأطباء بل في قانون واضح يحدد المسؤوليات ويضمن حق العائلات في معرفة الحقيقة.'),
    ('متابع', 'منذ 5 ساعات',
     'الإعلام عندنا يبحث عن الإثارة قبل الحقيقة، وبعض الصفحات نشرت صورة الطبيبة واسمها كاملا قبل أي حكم. أين أخلاقيات المهنة؟'),
    ('محمد الهادي', 'منذ 6 ساعات',
     'المشكل الحقيقي هو حالة المستشفيات العمومية التي تحدث عنها الكاتب في آخر المقال. زرت قسم الاستعجالي في مستشفى جهوي الأسبوع الماضي، والمرضى على الكراسي في الممرات، وطبيب واحد لعشرات الحالات. لن يغير أي قانون شيئا إذا لم تتوفر الإمكانيات البشرية والمادية، وإلا سنعيد نفس النقاش مع كل حادثة جديدة، وسنبحث في كل مرة عن كبش فداء.'),
    ('زائر', 'منذ 7 ساعات', 'الطبيب ليس مقدسا نعم، والصحفي أيضا ليس مقدسا.'),
]
OPINION_OTHER = ['JA-localNews-2390-20170308', 'JA-localNews-4096-20170526',
                 'JA-localNews-1179-20170212', 'JA-localNews-2931-20170317']


@page('opinion_column')
def opinion_column():
    aid = MAIN['opinion_column']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid, strip_suffix='أشرف بن عبد السلام')
    y, mo, d, hh, mi = adate(aid)
    site = 'https://www.alraialhor.tn'
    url = site + '/opinion/ashraf-ben-abdessalem/2017/02/08/medecin-medias'
    others = [ANT[i] for i in OPINION_OTHER]
    for o in others:
        assert o['id'] not in DEV_IDS and o['id'] not in USED
    writers = pool('o-writers', 5, category='politic')
    names = ['هالة الشريف', 'منصف الزغلامي', 'رياض بن عمر', 'سامية الكافي', 'نور الدين العياري']
    most = pool('o-most', 5, category='localNews')
    H = []
    H.append('<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n')
    H.append("<!-- Google Tag Manager -->\n<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':\nnew Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],\nj=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=\n'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);\n})(window,document,'script','dataLayer','GTM-K8R2X7Q');</script>\n<!-- End Google Tag Manager -->\n")
    H.append('<script>\n  window.dataLayer = window.dataLayer || [];\n  window.dataLayer.push({"pageType":"opinion","section":"opinion","author":"ashraf-ben-abdessalem","publishDate":"%s","wordCount":%d,"tags":["health","media","justice"],"paywall":false,"abVariant":"B"});\n</script>\n' % (iso(aid), sum(len(p.split()) for p in paras)))
    H.append('<style>/* critical */:root{--red:#b3121f;--ink:#1b1b1b;--muted:#6b6b6b}*{box-sizing:border-box}body{margin:0;font-family:"Noto Naskh Arabic",Tahoma,serif;color:var(--ink);background:#fff}.site-header{border-bottom:1px solid #e5e5e5}.wrap{max-width:1140px;margin:0 auto;padding:0 16px}.column-text p{font-size:20px;line-height:2;margin:0 0 1.2em}.author-box{display:flex;gap:16px;align-items:center;background:#f7f3ee;padding:16px;border-radius:6px}.author-box img{border-radius:50%;width:96px;height:96px}.disclaimer{color:var(--muted);font-size:13px;border-top:1px dashed #ccc;padding-top:8px}.comments li{list-style:none;border-bottom:1px solid #eee;padding:12px 0}</style>\n')
    H.append('<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>%s | أشرف بن عبد السلام | الرأي الحر</title>\n<meta name="description" content="%s">\n<meta name="author" content="أشرف بن عبد السلام">\n<meta property="og:type" content="article">\n<meta property="og:title" content="%s">\n<meta property="og:url" content="%s">\n<meta property="article:author" content="%s/writers/ashraf-ben-abdessalem">\n<meta property="article:section" content="آراء">\n<link rel="canonical" href="%s">\n<link rel="stylesheet" href="/css/site.min.css?v=20170201">\n</head>\n' % (E(title), A(first_sentence(r)), A(title), url, site, url))
    H.append('<body class="opinion single">\n<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-K8R2X7Q" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>\n')
    H.append('<header class="site-header"><div class="wrap"><a class="logo" href="/"><img src="/img/logo.svg" alt="الرأي الحر" width="180" height="44"></a><nav class="nav"><ul><li><a href="/">الرئيسية</a></li><li><a href="/news">أخبار</a></li><li class="current"><a href="/opinion">آراء</a></li><li><a href="/investigations">تحقيقات</a></li><li><a href="/interviews">حوارات</a></li><li><a href="/culture">ثقافة</a></li></ul></nav><a class="subscribe" href="/subscribe">اشترك</a></div></header>\n')
    H.append('<main class="wrap layout">\n<div class="content">\n<nav class="breadcrumb"><a href="/">الرئيسية</a> &raquo; <a href="/opinion">آراء</a> &raquo; <a href="/writers/ashraf-ben-abdessalem">أشرف بن عبد السلام</a></nav>\n')
    H.append('<div class="author-box">\n  <img src="/img/writers/ashraf-ben-abdessalem.jpg" alt="أشرف بن عبد السلام">\n  <div class="author-meta">\n    <a class="author-name" href="/writers/ashraf-ben-abdessalem">أشرف بن عبد السلام</a>\n    <div class="author-bio">صحفي ومحرر أخبار، يغطي الشأن المحلي وقضايا الصحة العمومية والعدالة منذ أكثر من عشر سنوات، ويكتب عمودا أسبوعيا في الرأي الحر حول علاقة الإعلام بالمؤسسات.</div>\n    <div class="author-links"><a href="/writers/ashraf-ben-abdessalem">كل مقالات الكاتب (47)</a> · <a href="https://twitter.com/ashraf_ba">تابعه على تويتر</a></div>\n  </div>\n</div>\n')
    H.append('<article class="column">\n  <span class="kicker">رأي</span>\n  <h1 class="column-title">%s</h1>\n  <div class="column-meta"><time datetime="%s">%s %d %s %d</time> · <span>قراءة في 5 دقائق</span> · <a href="#comments">%d تعليقات</a></div>\n  <div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=%s">فيسبوك</a> <a href="https://twitter.com/intent/tweet?url=%s">تويتر</a> <a href="mailto:?subject=%s">بريد</a> <a href="javascript:print()">طباعة</a></div>\n  <div class="column-text">\n' % (E(title), iso(aid), weekday(y, mo, d), d, MONTHS_TN[mo - 1], y, len(OPINION_COMMENTS), Q(url), Q(url), Q(title)))
    for p in paras:
        H.append('    <p>%s</p>\n' % E(p))
    H.append('  </div>\n  <p class="disclaimer">المقالات المنشورة في ركن الآراء تعبر عن رأي كاتبها ولا تعبر بالضرورة عن رأي الموقع.</p>\n  <div class="tags"><a href="/tag/health">الصحة العمومية</a> <a href="/tag/media">الإعلام</a> <a href="/tag/medical-liability">المسؤولية الطبية</a></div>\n</article>\n')
    H.append('<section class="author-more">\n  <h2>مقالات أخرى للكاتب</h2>\n  <ul>\n')
    for o in others:
        H.append('    <li><a href="%s/opinion/ashraf-ben-abdessalem/%d">%s</a><p>%s</p><time>%s</time></li>\n' % (site, hnum(o['id'], 9000, 1000), E(T(o)), E(first_sentence(o, 40)), tn_date(o['id'])))
    H.append('  </ul>\n</section>\n')
    H.append('<section class="comments" id="comments">\n  <h2>تعليقات القراء (%d)</h2>\n  <p class="rules">نرحب بتعليقاتكم، ونرجو الالتزام بآداب الحوار. التعليقات المسيئة لن تنشر.</p>\n  <ul>\n' % len(OPINION_COMMENTS))
    for i, (nm, when, txt) in enumerate(OPINION_COMMENTS):
        H.append('    <li id="c%d"><div class="c-head"><strong class="c-name">%s</strong> <span class="c-time">%s</span></div><div class="c-body">%s</div><div class="c-actions"><a href="#reply-%d">رد</a> · <button class="like">أعجبني (%d)</button> · <a href="/report?c=%d">إبلاغ</a></div></li>\n' % (5100 + i, E(nm), when, E(txt), 5100 + i, hnum(nm, 40), 5100 + i))
    H.append('  </ul>\n  <form class="comment-form" method="post" action="/comments"><h3>أضف تعليقا</h3><input name="name" placeholder="الاسم"><textarea name="body" placeholder="تعليقك"></textarea><button type="submit">نشر</button></form>\n</section>\n</div>\n')
    H.append('<aside class="sidebar">\n  <div class="widget writers"><h3>كتاب الرأي</h3><ul>\n')
    for nm, rr in zip(names, writers):
        H.append('    <li><img src="/img/writers/%d.jpg" alt=""><a class="w-name" href="/writers/%d">%s</a><a class="w-title" href="/opinion/%d">%s</a></li>\n' % (hnum(nm, 999), hnum(nm, 999), nm, hnum(rr['id'], 9000, 1000), E(T(rr))))
    H.append('  </ul></div>\n  <div class="widget most-read"><h3>الأكثر قراءة</h3><ol>\n')
    for rr in most:
        H.append('    <li><a href="/news/%d">%s</a></li>\n' % (hnum(rr['id'], 90000), E(T(rr))))
    H.append('  </ol></div>\n</aside>\n</main>\n')
    H.append('<footer class="site-footer"><div class="wrap"><p>الرأي الحر: منبر مستقل للنقاش العام.</p><p><a href="/about">من نحن</a> | <a href="/charter">ميثاق التحرير</a> | <a href="/contact">اتصل بنا</a> | <a href="/privacy">الخصوصية</a></p><p>&copy; 2017 الرأي الحر. جميع الحقوق محفوظة.</p></div></footer>\n')
    H.append('<div class="consent" id="consent">هذا الموقع يستخدم ملفات تعريف الارتباط. <a href="/privacy">اقرأ المزيد</a> <button onclick="document.getElementById(\'consent\').hidden=true">قبول</button></div>\n<script src="/js/site.min.js?v=20170201" defer></script>\n</body>\n</html>\n')
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='utf-8',
                charset_declared='meta-charset-late',
                hard='Columnist page: the meta charset comes after ~1.4 KB of GTM script, dataLayer and critical CSS (beyond the 1024-byte prescan window); author photo/name/bio box above the column, disclaimer, "مقالات أخرى للكاتب" with excerpts, 5 reader comments (two ~70-word ones that discuss the same topic in the same register) and a writers sidebar. Long column (605 words) with the signature removed from the body (it is in the author box).')


# =========================================================================== 12. ISO-8859-6 (PHP-Nuke)
NUKE_COMMENTS = [
    ('زائر', 'الثلاثاء 01 نوفمبر 2016 - 18:22', 'الله يهدي شبابنا، كم من عائلة تونسية فقدت ابناءها بهذه الطريقة.'),
    ('ابن الخضراء', 'الثلاثاء 01 نوفمبر 2016 - 19:05', 'القصة تطرح سؤالا مهما: كيف خرج هذا الشاب من مطار تونس نحو تركيا دون ان ينتبه احد؟ ثم كيف عبر الحدود الى سوريا بهذه السهولة؟ يجب فتح تحقيق جدي في شبكات التسفير ومحاسبة كل من سهل سفر الشباب الى بؤر التوتر، لان الخطر الاكبر اليوم هو عودة هؤلاء الى البلاد دون متابعة.'),
    ('متابع', 'الاربعاء 02 نوفمبر 2016 - 09:41', 'اعترافات تحت الاسر لا يمكن الاعتماد عليها بالكامل، ننتظر رواية القضاء.'),
]


@page('iso8859_6')
def iso8859_6():
    aid = MAIN['iso8859_6']
    r = ANT[aid]
    title = T(r)
    paras = paragraphs(aid)
    enc = 'iso8859_6'
    y, mo, d, hh, mi = adate(aid)
    sid = 6231
    old = pool('n-old', 10, enc=enc, category='society')
    latest = pool('n-latest', 5, enc=enc, category='internationalNews')
    rel = pool('n-rel', 1, enc=enc, keywords=['داعش', 'الإرهاب', 'بؤر التوتر'])[0]
    H = []
    H.append('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<html dir="rtl">\n<head>\n<title>اخبار الخضراء - %s</title>\n<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6">\n<meta http-equiv="EXPIRES" content="0">\n<meta name="RESOURCE-TYPE" content="DOCUMENT">\n<meta name="DISTRIBUTION" content="GLOBAL">\n<meta name="AUTHOR" content="اخبار الخضراء">\n<meta name="COPYRIGHT" content="Copyright (c) by اخبار الخضراء">\n<meta name="KEYWORDS" content="اخبار, تونس, مجتمع, ارهاب, داعش">\n<meta name="DESCRIPTION" content="اخبار تونس والعالم العربي">\n<meta name="ROBOTS" content="INDEX, FOLLOW">\n<meta name="REVISIT-AFTER" content="1 DAYS">\n<meta name="RATING" content="GENERAL">\n<meta name="GENERATOR" content="PHP-Nuke 7.6 - Copyright 2005 by http://phpnuke.org">\n' % E(title))
    H.append('<script type="text/javascript">\n<!--\nfunction openwindow(){\n\twindow.open ("modules.php?name=Private_Messages&file=index&mode=post","Private_Messages","toolbar=no,location=no,directories=no,status=no,scrollbars=yes,resizable=no,copyhistory=no,width=600,height=400");\n}\n//-->\n</SCRIPT>\n\n<link rel="alternate" type="application/rss+xml" title="RSS" href="backend.php">\n<LINK REL="StyleSheet" HREF="themes/DeepBlue/style/style.css" TYPE="text/css">\n\n\n\n</head>\n\n')
    H.append('<body bgcolor="#505050" text="#000000" link="0000ff">\n<br>\n<table border="0" cellpadding="0" cellspacing="0" width="750" bgcolor="#ffffff" align="center"><tr><td bgcolor="#ffffff">\n<table border="0" cellspacing="0" cellpadding="0" width="100%"><tr><td bgcolor="#ffffff" width="100%" align="center"><a href="index.php"><img src="themes/DeepBlue/images/logo.gif" alt="مرحبا بكم في اخبار الخضراء" border="0"></a></td></tr></table>\n')
    H.append('<table border="0" cellpadding="4" cellspacing="0" width="100%" bgcolor="#2F5376"><tr><td><font class="content" color="#ffffff"><b><a href="index.php"><font color="#ffffff">الرئيسية</font></a> | <a href="modules.php?name=News"><font color="#ffffff">الاخبار</font></a> | <a href="modules.php?name=Topics"><font color="#ffffff">المواضيع</font></a> | <a href="modules.php?name=Submit_News"><font color="#ffffff">ارسل خبرا</font></a> | <a href="modules.php?name=Forums"><font color="#ffffff">المنتديات</font></a> | <a href="modules.php?name=Your_Account"><font color="#ffffff">حسابك</font></a></b></font></td><td align="left"><form action="modules.php?name=Search" method="post"><font class="content" color="#ffffff">بحث <input type="text" name="query" size="14"></font></form></td></tr></table>\n')
    H.append('<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" align="center"><tr valign="top">\n<td bgcolor="#ffffff" valign="top" width="150">\n')

    def block(ttl, inner):
        return '<table border="0" cellpadding="1" cellspacing="0" bgcolor="#2F5376" width="150"><tr><td>\n<table border="0" cellpadding="3" cellspacing="0" bgcolor="#ffffff" width="100%%"><tr><td align="left" bgcolor="#DCE3EA"><font class="content"><b>%s</b></font></td></tr><tr><td><font class="content">%s</font></td></tr></table></td></tr></table><br>\n' % (ttl, inner)
    H.append(block('القائمة', '<strong><big>&middot;</big></strong>&nbsp;<a href="index.php">الرئيسية</a><br><strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=News">ارشيف الاخبار</a><br><strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=Stories_Archive">ارشيف المقالات</a><br><strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=Top">الاكثر قراءة</a><br><strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=Surveys">الاستفتاءات</a><br><strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=Feedback">اتصل بنا</a>'))
    H.append(block('مواضيع سابقة', ''.join('<b>&middot;</b> <a href="modules.php?name=News&amp;file=article&amp;sid=%d">%s</a> (%d)<br>' % (hnum(rr['id'], 5000, 1000), E(T(rr)), hnum(rr['id'] + 'c', 6)) for rr in old) + '<br><a href="modules.php?name=Stories_Archive"><b>الارشيف</b></a>'))
    H.append(block('من متصل', 'يوجد حاليا 37 زائر و 2 عضو متصل بالموقع.<br><br>انت زائر غير مسجل. يمكنك التسجيل مجانا بالضغط <a href="modules.php?name=Your_Account&amp;op=new_user">هنا</a>'))
    H.append('</td><td width="10">&nbsp;</td><td width="100%">\n')
    # article (themearticle)
    H.append('<table border="0" cellpadding="1" cellspacing="0" bgcolor="#2F5376" width="100%"><tr><td>\n<table border="0" cellpadding="5" cellspacing="0" bgcolor="#ffffff" width="100%"><tr><td align="right">\n')
    H.append('<font class="option"><b>%s</b></font><br>\n<font class="tiny">ارسلت بواسطة <a href="modules.php?name=Your_Account&amp;op=userinfo&amp;username=admin">admin</a> في %s %02d %s %d - %02d:%02d:00 (1214 قراءة)<br></font>\n<font class="tiny">القسم <a href="modules.php?name=News&amp;new_topic=4">مجتمع</a></font>\n</td></tr>\n<tr><td>\n<a href="modules.php?name=News&amp;new_topic=4"><img src="images/topics/society.gif" border="0" alt="مجتمع" title="مجتمع" align="left" hspace="10" vspace="10"></a>\n' % (E(title), weekday(y, mo, d), d, MONTHS_TN[mo - 1], y, hh, mi))
    H.append('<font class="content">%s<br><br>\n' % E(paras[0]))
    for p in paras[1:]:
        H.append('<p align="justify">%s</p>\n' % E(p))
    H.append('</font>\n</td></tr></table></td></tr></table>\n<br>\n')
    H.append('<table width="100%%" border="0" cellspacing="0" cellpadding="2"><tr><td align="center"><font class="content">[ <a href="modules.php?name=News&amp;file=print&amp;sid=%d"><img src="images/print.gif" border="0" alt="صفحة للطباعة" title="صفحة للطباعة"> صفحة للطباعة</a> | <a href="modules.php?name=News&amp;file=friend&amp;op=FriendSend&amp;sid=%d"><img src="images/friend.gif" border="0" alt="ارسل المقال لصديق" title="ارسل المقال لصديق"> ارسل المقال لصديق</a> ]</font></td></tr></table>\n<br>\n' % (sid, sid))
    H.append('<table width="100%%" border="0" cellspacing="1" cellpadding="4" bgcolor="#2F5376"><tr><td bgcolor="#DCE3EA"><font class="content"><b>روابط ذات صلة</b></font></td></tr><tr><td bgcolor="#ffffff"><font class="content"><strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=Search&amp;topic=4">المزيد حول مجتمع</a><br><strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=Search&amp;author=admin">اخبار بواسطة admin</a><br><br><center><b>اكثر مقال قراءة حول مجتمع:</b><br><a href="modules.php?name=News&amp;file=article&amp;sid=%d">%s</a></center></font></td></tr></table>\n<br>\n' % (hnum(rel['id'], 5000, 1000), E(T(rel))))
    H.append('<table width="100%%" border="0" cellspacing="1" cellpadding="4" bgcolor="#2F5376"><tr><td bgcolor="#DCE3EA"><font class="content"><b>تقييم المقال</b></font></td></tr><tr><td bgcolor="#ffffff" align="center"><font class="content">معدل التقييم: 3.5<br>عدد الاصوات: 12<br><br><form action="modules.php?name=News" method="post"><input type="hidden" name="sid" value="%d"><input type="hidden" name="op" value="rate_article">من فضلك خذ ثانية لتقييم هذا المقال:<br><input type="radio" name="score" value="5"> ممتاز<br><input type="radio" name="score" value="4"> جيد جدا<br><input type="radio" name="score" value="3"> جيد<br><input type="radio" name="score" value="2"> عادي<br><input type="radio" name="score" value="1"> سيء<br><br><input type="submit" value="قيم!"></form></font></td></tr></table>\n<br>\n' % sid)
    # comments
    H.append('<a name="comments"></a>\n<table width="99%%" border="0" cellspacing="1" cellpadding="2"><tr><td bgcolor="#DCE3EA" align="center"><font class="content">"%s" | <b>دخول/تسجيل</b> | %d تعليقات</font></td></tr><tr><td bgcolor="#ffffff" align="center"><font class="tiny">التعليقات ملك لاصحابها. نحن غير مسؤولين عن محتواها.</font></td></tr></table>\n<br>\n' % (E(title), len(NUKE_COMMENTS)))
    for i, (nm, when, txt) in enumerate(NUKE_COMMENTS):
        H.append('<a name="%d"></a>\n<table border="0"><tr><td><font class="content"><b>%s</b> (التقييم: %d)<br>بواسطة <b>%s</b> في %s<br>(<a href="modules.php?name=Your_Account&amp;op=userinfo&amp;username=%s">معلومات المستخدم</a> | <a href="modules.php?name=Private_Messages&amp;mode=post&amp;u=%d">ارسل رسالة</a>) <a href="modules.php?name=News&amp;file=comments&amp;op=showreply&amp;tid=%d&amp;sid=%d&amp;pid=0#%d">#%d</a></font></td></tr><tr><td><font class="content">%s<br>[ <a href="modules.php?name=News&amp;file=comments&amp;op=Reply&amp;pid=%d&amp;sid=%d">رد على هذا</a> ]</font></td></tr></table><br>\n' % (9401 + i, 'تعليق' if i != 1 else 'شبكات التسفير', 1 + i % 3, E(nm), when, Q(nm), 300 + i, 9401 + i, sid, 9401 + i, i + 1, E(txt), 9401 + i, sid))
    H.append('</td><td width="10">&nbsp;</td><td valign="top" width="150" bgcolor="#ffffff">\n')
    H.append(block('آخر الاخبار', ''.join('<b>&middot;</b> <a href="modules.php?name=News&amp;file=article&amp;sid=%d">%s</a><br>' % (hnum(rr['id'], 5000, 1000), E(T(rr))) for rr in latest)))
    H.append(block('استفتاء', 'ما هو برايك الحل الانجع للحد من ظاهرة تسفير الشباب؟<br><form action="modules.php?name=Surveys" method="post"><input type="radio" name="voteID" value="1"> المقاربة الامنية<br><input type="radio" name="voteID" value="2"> التشغيل والتنمية<br><input type="radio" name="voteID" value="3"> الاصلاح التربوي<br><input type="submit" value="صوت"></form><a href="modules.php?name=Surveys&amp;op=results&amp;pollID=11">النتائج</a> | <a href="modules.php?name=Surveys">الاستفتاءات</a><br>الاصوات: 431'))
    H.append(block('دخول', '<form action="modules.php?name=Your_Account" method="post">اسم المستخدم<br><input type="text" name="username" size="10" maxlength="25"><br>كلمة المرور<br><input type="password" name="user_password" size="10" maxlength="20"><br><input type="hidden" name="op" value="login"><input type="submit" value="دخول"></form>لا تملك حسابا بعد؟ يمكنك <a href="modules.php?name=Your_Account&amp;op=new_user">التسجيل</a>.'))
    H.append('</td></tr></table>\n')
    H.append('<table width="100%" cellpadding="4" cellspacing="0" border="0" bgcolor="#DCE3EA"><tr><td align="center"><font class="footmsg">جميع الحقوق محفوظة &copy; 2016 اخبار الخضراء. المقالات تعبر عن راي كاتبيها.<br>\nهذا الموقع يستخدم الكوكيز لحفظ بيانات الدخول.<br>\nتم انشاء الصفحة في 0.147 ثانية<br>\n</font></td></tr></table>\n</td></tr></table>\n<br>\n</body>\n</html>')
    return dict(aid=aid, title=title, paras=paras, html=''.join(H), encoding='iso-8859-6', pyenc=enc,
                charset_declared='http-equiv',
                hard='ISO-8859-6 bytes (rarely met; a windows-1256 guess decodes ء..ض right but turns ط..ي, the Arabic comma, tatweel and harakat into wrong letters/Latin accents, so a decoder that guesses cp1256 produces plausible-looking garbage); PHP-Nuke 7 DeepBlue theme: three-column tables, the first paragraph (hometext) ends in <br><br> while the rest are <p align="justify">, all inside <font class="content"> next to a topic image; "مواضيع سابقة" block with 10 titles, rating form, related links, threaded comments with user/date lines.')


# =========================================================================== write + verify
PYCODEC = {'utf-8': 'utf-8', 'windows-1256': 'cp1256', 'iso-8859-6': 'iso8859_6'}
BLOCK = r'(?i)<br\s*/?>|</?(?:p|div|li|ul|ol|tr|td|th|table|tbody|h[1-6]|section|article|aside|header|footer|main|nav|figure|figcaption|blockquote|dl|dt|dd|form|center|picture)\b[^>]*>'
LEAK = ['اترك تعليقاً', 'زر الذهاب إلى الأعلى', 'اقرأ أيضاً', 'اقرأ أيضا', 'جميع الحقوق محفوظة', 'شاهد أيضاً']


def visible_lines(doc):
    s = re.sub(r'(?is)<(script|style|noscript|template|textarea|title)\b.*?</\1\s*>', '\n', doc)
    s = re.sub(r'(?s)<!--.*?-->', '\n', s)
    s = re.sub(BLOCK, '\n', s)
    s = re.sub(r'<[^>]+>', '', s)
    s = html.unescape(s)
    return [norm_ws(x) for x in s.split('\n') if norm_ws(x)]


def build(name):
    d = PAGES[name]()
    enc = d['encoding']
    data = d['html'].encode(d.get('pyenc', PYCODEC[enc]))
    if d.get('bom'):
        data = b'\xef\xbb\xbf' + data
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
    if doc.startswith('\ufeff'):
        doc = doc[1:]
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
    if gold['title'] not in flat:
        errs.append('title not in page text')
    for s in LEAK:
        if s in gold['text']:
            errs.append('leak string in gold: ' + s)
    # words of the page vs gold
    low = data.lower()
    cd = gold['charset_declared']
    if cd in ('none', 'bom') and b'charset' in low:
        errs.append('charset declared although it should not be')
    if cd == 'bom' and not data.startswith(b'\xef\xbb\xbf'):
        errs.append('no BOM')
    if cd != 'bom' and data.startswith(b'\xef\xbb\xbf'):
        errs.append('unexpected BOM')
    if cd == 'meta-charset-wrong':
        if b'<meta charset="windows-1256"' not in low:
            errs.append('wrong label missing')
        if doc == data.decode('cp1256', errors='replace'):
            errs.append('page would read the same under the wrong label')
    if cd == 'meta-charset-late':
        pos = low.find(b'<meta charset=')
        if pos < 1024:
            errs.append('meta charset inside first 1024 bytes (%d)' % pos)
        notes.append('meta charset at byte %d' % pos)
    if cd == 'http-equiv' and not re.search(rb'http-equiv=["\']content-type["\']|content=["\']text/html; charset=utf-8["\'] http-equiv', low):
        errs.append('http-equiv declaration missing')
    if cd == 'meta-charset' and b'<meta charset' not in low:
        errs.append('meta charset missing')
    if enc != 'utf-8':
        try:
            data.decode('utf-8')
            errs.append('non-utf8 page is valid utf-8')
        except UnicodeDecodeError:
            pass
    if enc == 'utf-8' and cd in ('http-equiv', 'meta-charset', 'meta-charset-late'):
        if not re.search(rb'charset=["\']?utf-8', low):
            errs.append('utf-8 page declares another charset')
    if name == 'iso8859_6' and b'charset=iso-8859-6' not in low:
        errs.append('iso-8859-6 not declared')
    if name == 'figure_heavy':
        pull = 'أحب هذه المهنة، ليس لأنها تدر علي بالمال، بل لأنني أعمل لحسابي الخاص، وأنا ربة العمل هنا'
        if flat.count(pull) != 2 or gold['text'].count(pull) != 1:
            errs.append('pull quote duplication not as intended')
    if name == 'utf8_bom_divs' and re.search(rb'<p[\s>]', low):
        errs.append('<p> present')
    if name in ('blogger_post', 'aspnet_webforms', 'table_layout_1256'):
        # the body container holds no <p>
        pass
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
        vis = visible_lines(data.decode(PYCODEC[gold['encoding']]).lstrip('\ufeff'))
        page_words = len(' '.join(vis).split())
        rows.append((name, gold['encoding'], gold['charset_declared'], gold['source_id'], words,
                     len(gold['text'].split('\n')), page_words, len(data), d.get('update_ids'), d['hard']))
        print('%-24s %-12s %-19s %4d words %2d paras  page %5d words %6d bytes  %s' % (
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
                        gold_paras=r[5], page_words=r[6], bytes=r[7], extra_source_ids=r[8], hard=r[9])
                   for r in rows], fh, ensure_ascii=False, indent=1)
    return 1 if bad else 0


if __name__ == '__main__':
    sys.exit(main())
