"""Site profiles: where the story sits on the pages of the outlets the pipeline follows.

One table of data, read by the body and metadata stages (``parsers.body``,
``parsers.metadata``). A profile names the hosts it serves
(a regular expression matched against ``host/path``, ``www.`` removed), CSS selectors
of the story body (tried in order; the first whose matches hold enough text wins, and
several matches of one selector are read in page order), selectors of blocks inside
the body to drop (share and print widgets, pagers, editor lines, related lists),
selectors of caption blocks (kept apart from the body) and of the elements that show
the date and the byline. A profile that yields too little text falls back to the
generic extractor, so a redesign degrades to generic extraction rather than to an
empty article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

# Blocks that no outlet's story body needs, dropped inside every profile's body.
COMMON_DROP = (
    "script",
    "style",
    "noscript",
    "iframe",
    "form",
    "button",
    "[class*=share]",
    "[id*=share]",
    "[class*=Share]",
    "[id*=Share]",
    ".print",
    "#print",
    ".pager",
    ".pagination",
)
# Blocks whose text is a photo caption or credit, kept apart from the body everywhere.
COMMON_CAPTIONS = ("figcaption", ".caption", ".wp-caption-text", ".photo-caption", ".img-caption")


@dataclass(frozen=True, slots=True)
class SiteProfile:
    """Where one outlet puts its story; every selector list is tried in order."""

    name: str
    outlet: str
    pattern: re.Pattern[str]
    body: tuple[str, ...]
    drop: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    bylines: tuple[str, ...] = ()
    titles: tuple[str, ...] = ("h1",)
    timezone: str = "UTC"
    language: str = "en"


def _hosts(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


PROFILES: tuple[SiteProfile, ...] = (
    SiteProfile(
        name="chinadaily",
        outlet="China Daily",
        pattern=_hosts(r"^(?:[\w-]+\.)*chinadaily\.com\.cn/"),
        body=("#Content", "#lft-art .article", ".lft_art #Content", "#content", ".article"),
        drop=("#div_currpage", ".selectpage", ".tabcon", ".currpage", ".mb10.tw3_01_2", ".share-box"),
        captions=(".picshow p", "p.caption", ".pic-desc", ".img_desc"),
        dates=(".info_l", ".info", "#pubtime", ".pubtime"),
        bylines=(".info_l", ".info .author", ".author"),
        titles=("#lft-art h1", ".lft_art h1", "h1"),
        timezone="Asia/Shanghai",
    ),
    SiteProfile(
        name="peoplesdaily",
        outlet="People's Daily Online",
        pattern=_hosts(r"^en\.people\.cn/"),
        body=(".w860 .d2txt_con", ".d2txt_con", "#p_content", ".wb_12", ".txt_con", ".rwb_zw"),
        drop=(".editor", ".origin", ".d2txt_1", ".paper_num", ".relevant", ".rel_news", ".d2_15"),
        captions=(".pictext", "p.pic_text", ".picdesc"),
        dates=(".origin", ".d2txt_1", ".w860 .fl", ".box01 .fl", ".wb_1 .fl"),
        bylines=(".origin", ".d2txt_1", ".author"),
        titles=(".w860 h1", ".d2txt h1", "h1"),
        timezone="Asia/Shanghai",
    ),
    SiteProfile(
        name="xinhua",
        outlet="Xinhua",
        pattern=_hosts(r"^(?:english\.news\.cn/|(?:[\w-]+\.)*xinhuanet\.com/english/)"),
        body=("#detail", "#p-detail", ".main-aticle #detail", "#content", ".content"),
        drop=(
            ".pageShare",
            "#articleEdit",
            ".editor",
            ".bianji",
            ".zan-wrap",
            "#fontsize",
            ".xinhuaPlayer",
            ".relatedNews",
            ".page-Article-ad",
        ),
        captions=(".pic-text", "p.pictext", ".imgDesc"),
        dates=(".header-time", ".h-time", "#pubtime", ".time", ".info .time"),
        bylines=(".source", ".header .editor"),
        titles=(".head-line .title", "h1 .title", ".Btitle", "h1"),
        timezone="Asia/Shanghai",
    ),
    SiteProfile(
        name="ecns",
        outlet="ecns.cn",
        pattern=_hosts(r"^(?:[\w-]+\.)*ecns\.cn/"),
        body=("#yanse", ".content_main", ".left_zw", ".content .content_con", ".content"),
        drop=(".downloadApp", ".ecns-app", ".share", ".bshare", ".editor", ".relatednews", ".tuijian"),
        captions=(".pictext", "p.picDesc", ".pic_desc"),
        dates=(".info", ".time", "#pubtime", ".content_info"),
        bylines=(".info .source", ".author"),
        titles=(".content h1", "h1"),
        timezone="Asia/Shanghai",
    ),
    SiteProfile(
        name="cgtn",
        outlet="CGTN",
        pattern=_hosts(r"^(?:[\w-]+\.)*cgtn\.com/"),
        body=("#cmsMainContent", ".cmsMainContent", ".news-content .text", ".content-detail"),
        drop=(".news-share", ".related-news", ".news-recommend", ".share-bar", ".video-info", ".copyright"),
        captions=(".cmsImageDesc", ".cmsImage .desc", ".imgTitle", ".photo-desc", ".pic-desc"),
        dates=(".news-author-datetime", ".news-date", ".date", ".publishTime"),
        bylines=(".news-author-name", ".news-author .name", ".author"),
        titles=(".news-title", "h1.news-title", "h1"),
        timezone="Asia/Shanghai",
    ),
    SiteProfile(
        name="globaltimes",
        outlet="Global Times",
        pattern=_hosts(r"^(?:[\w-]+\.)*globaltimes\.cn/"),
        body=(".article_right", ".article_content", ".row.content", ".span12.row-content"),
        drop=(".author_share", ".article_footer", ".article_column", ".share_bar", ".related_news"),
        captions=("p.picture", ".picture", "center p"),
        dates=(".pub_time", ".author_share_left", ".article_top .time", ".text-left"),
        bylines=(".byline", ".author_share_left .byline", ".editor_bio"),
        titles=(".article_title", ".article-title", "h1", "h3"),
        timezone="Asia/Shanghai",
    ),
    SiteProfile(
        name="govcn",
        outlet="The State Council of the People's Republic of China",
        pattern=_hosts(r"^english\.www\.gov\.cn/"),
        body=("#UCAP-CONTENT", ".pages_content", ".article .content", "#Content", ".content", "#content"),
        drop=(".pages_print", ".share", ".editor", ".related", ".moreRelated", ".mxxgwj"),
        captions=(".pictext", "p.picDesc", ".img_desc"),
        dates=(".info", ".pages-date", "#pubtime", ".time", ".date"),
        bylines=(".info .source", ".source"),
        titles=(".article h1", "#title", "h1"),
        timezone="Asia/Shanghai",
    ),
    SiteProfile(
        name="mofcom",
        outlet="Ministry of Commerce of the People's Republic of China",
        pattern=_hosts(r"^english\.mofcom\.gov\.cn/"),
        body=("#zoom", ".art-con", ".artCon", ".TRS_Editor", ".article-content", "#content"),
        drop=(".art-share", ".art-tool", ".artTools", ".print", ".close", ".related"),
        captions=(".pictext", ".img_desc"),
        dates=(".art-time", ".artInfo", ".art-info", "#pubtime", ".time", ".date"),
        bylines=(".art-source", ".source"),
        titles=(".art-title", ".artTitle", "h1", "h2"),
        timezone="Asia/Shanghai",
    ),
    SiteProfile(
        name="wto",
        outlet="World Trade Organization",
        pattern=_hosts(r"^(?:[\w-]+\.)*wto\.org/"),
        body=("#mainContent .centerCol", ".centerCol", "#mainContent", "main", "#content"),
        drop=(".breadcrumb", ".newsRelatedLinks", ".shareThis", ".boxRight", ".printLink", ".problemsView"),
        captions=(".imgcaption", ".photocredit", ".caption"),
        dates=(".newsDate", ".date", ".paranormaltext.date", "time"),
        bylines=(),
        titles=("#mainContent h1", "h1"),
        timezone="Europe/Zurich",
    ),
    SiteProfile(
        name="unctad",
        outlet="UNCTAD",
        pattern=_hosts(r"^(?:[\w-]+\.)*unctad\.org/"),
        body=(
            ".field--name-body",
            ".node__content .text-formatted",
            "article .node__content",
            "main article",
        ),
        drop=(".field--name-field-tags", ".social-share", ".related-content", ".field--name-field-related"),
        captions=(".field--name-field-caption", ".media-caption", ".image-caption"),
        dates=(".field--name-field-date time", "time[datetime]", ".field--name-field-date", ".date"),
        bylines=(".field--name-field-author",),
        titles=("h1.page-title", "h1"),
        timezone="Europe/Zurich",
    ),
)


def profile_for(url: str) -> SiteProfile | None:
    """The profile of the site ``url`` belongs to, if the pipeline knows the site."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").removeprefix("www.")
    except ValueError:
        return None
    if not host:
        return None
    key = f"{host}{parts.path or '/'}"
    for profile in PROFILES:
        if profile.pattern.search(key):
            return profile
    return None
