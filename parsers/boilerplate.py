"""The words and line patterns that mark page chrome, captions, credits and notices.

Kept apart from the extraction code so that tuning what counts as boilerplate is an edit to
data, and the walk that applies it stays unchanged.
"""

from __future__ import annotations

import re

# ---------------------------------------------------------------------------------------------
# Page chrome: class and id words
# ---------------------------------------------------------------------------------------------
# Class and id words of page chrome. An element so named is dropped with what it holds, unless
# its name also says it is the story, or it holds most of the page's prose (then it is a layout
# wrapper such as "has-sidebar", not chrome).
CHROME_WORDS = frozenset(
    {
        "share",
        "sharing",
        "sharebar",
        "social",
        "socials",
        "related",
        "relatednews",
        "recommend",
        "recommended",
        "recommendations",
        "breadcrumb",
        "breadcrumbs",
        "crumbs",
        "sidebar",
        "newsletter",
        "subscribe",
        "subscription",
        "signup",
        "promo",
        "promotion",
        "advert",
        "advertisement",
        "advertising",
        "ad",
        "ads",
        "adv",
        "adslot",
        "sponsor",
        "sponsored",
        "toolbar",
        "tools",
        "tags",
        "tag",
        "taglist",
        "keywords",
        "print",
        "byline",
        "author",
        "authors",
        "bio",
        "pagination",
        "pager",
        "nav",
        "navbar",
        "navigation",
        "menu",
        "footer",
        "masthead",
        "outbrain",
        "taboola",
        "popular",
        "trending",
        "mostread",
        "readmore",
        "more",
        "widget",
        "login",
        "copyright",
        "rating",
        "meta",
        "disclaimer",
        "editor",
        "bianji",
        "modal",
        "popup",
        "offscreen",
        "skip",
        "banner",
        "gallery",
        "slideshow",
        "carousel",
        "player",
        "podcast",
        "timestamp",
        "dateline",
        "date",
        "time",
        "updated",
        "published",
        "rollover",
        "teaser",
        "teasers",
        "excerpt",
        "tooltip",
        "popover",
        "hovercard",
        "flyout",
        "dropdown",
    }
)
# Words of blocks that are never part of the story, even when they hold much of the page's text.
HARD_CHROME_WORDS = frozenset(
    {
        "comment",
        "comments",
        "disqus",
        "replies",
        "respond",
        "reply",
        "discussion",
        "cookie",
        "cookies",
        "consent",
        "gdpr",
    }
)
# Class words of a pull quote ("pullquote", "pull-quote", "pullQuote", "quote-aside"): a sentence of
# the story set again in large type, which would be read twice.
PULL_QUOTE_WORDS = frozenset({"pullquote", "pullquotes", "quoteaside"})
# Class words that name a taxonomy or a state of the page rather than a part of it
# (WordPress: "tag-economy", "category-news", "postid-12"); skipped when reading hints.
TAXONOMY_PREFIX_RE = re.compile(
    r"^(?:tag|tags|category|categories|format|type|status|postid|post-id|page-id|section|topic|"
    r"node-type|term|level|lang|template)-",
    re.IGNORECASE,
)
CAPTION_WORDS = frozenset(
    {
        "caption",
        "captions",
        "figcaption",
        "credit",
        "credits",
        "photocredit",
        "pictext",
        "imgdesc",
        "picdesc",
        "photodesc",
        "imgtitle",
        "imagecaption",
        "photocaption",
    }
)
# Containers that name themselves the story body get this much extra weight.
STORY_CONTAINER_RE = re.compile(
    r"(?:^|[\s_-])(?:article[-_]?body|articlebody|article[-_]?content|article[-_]?text|story[-_]?body|"
    r"story[-_]?content|entry[-_]?content|post[-_]?content|post[-_]?body|post[-_]?entry|content[-_]?body|"
    r"body[-_]?text|article__body|article-body__content|rich[-_]?text|text[-_]?content|"
    r"field--name-body|td-post-content|single[-_]?content|news[-_]?content|detail[-_]?content)(?:$|[\s_-])",
    re.IGNORECASE,
)
# ---------------------------------------------------------------------------------------------
# Boilerplate lines: general rules, matched against a whole block's text.
# ---------------------------------------------------------------------------------------------
_CREDIT_AGENCY = (
    r"(?:Xinhua|China Daily|CGTN|ECNS|CNS|China News Service|IC|VCG|CFP|Getty Images?|Reuters|AP|AFP|EPA|"
    r"Bloomberg|Shutterstock|People's Daily|Global Times|Visual China|IC Photo|Handout|File)"
)
CAPTION_PATTERNS = (
    # "[Photo/Xinhua]", "[Photo by Li Ming/For China Daily]", "[Photo provided to China Daily]"
    re.compile(r"\[(?:Photo|Photos|Image|Video|Graphic|Infographic|File photo)\b[^\]]{0,120}\]\s*\W*$", re.I),
    # "... LIN YUNLONG/FOR CHINA DAILY", "... ZOU HONG/CHINA DAILY"
    re.compile(r"\b[A-Z][A-Z .'-]{1,40}/\s*(?:FOR\s+)?CHINA DAILY\s*\W*$"),
    # "(Xinhua/Li Ming)", "(Photo by Li Ming/Xinhua)", "(CFP)", "(AP Photo/Mark Schiefelbein)"
    re.compile(r"\((?:[^()]{0,60}/\s*)?" + _CREDIT_AGENCY + r"(?:\s*Photo)?(?:\s*/[^()]{1,60})?\)\s*\W*$"),
    re.compile(r"\((?:[^()]{0,20}Photo[^()]{0,60})\)\s*\W*$", re.I),
    # "Photo taken on Nov 9, 2025 shows ...", "File photo shows ...", "Aerial drone photo ..."
    re.compile(
        r"^(?:An? |The )?(?:\w+ ){0,3}(?:photo|picture|image|screenshot)s? (?:taken|shows|showing|from)\b",
        re.I,
    ),
    re.compile(r"^(?:File )?(?:photo|picture|image)s?\s*(?:shows|taken|:)", re.I),
    # "Photo: VCG", "Photo: Courtesy of ...", "Photo/IC", "Credit: ...", "Image source: ..."
    re.compile(
        r"^(?:Photo|Photos|Photograph|Image|Picture|Pic|Graphic|Illustration|Credit|Source|Video)"
        r"(?: source| credit| by)?\s*[:/]\s*.{0,80}$",
        re.I,
    ),
    re.compile(r"^(?:Photo|Image|Illustration)s? (?:by|courtesy of|provided by)\b.{0,80}$", re.I),
    re.compile(r"(?:Photo|Image|Illustration): [^.]{1,60}$"),
    re.compile(r"\b(?:Getty Images|Shutterstock|AFP via Getty Images)\s*$"),
    # Chinese captions: "图为……", "（图片来源：……）", "（记者 王明 摄）", "新华社记者 李明 摄".
    re.compile(
        r"^图\s*[为：:]|[（(](?:图片来源|图源|摄影|供图)[：:][^）)]{0,40}[）)]\s*$|\S{1,12}\s*摄[）)]?\s*$"
    ),
)
BOILERPLATE_PATTERNS = (
    # "(Web editor: Zhang Kaiwei, Liang Jun)", "Editor: Li Ming", "Source: Xinhua", "Responsible editor: ..."
    re.compile(
        r"^[(\[（]?\s*(?:Web editor|Editor|Editors|Edited by|Responsible editor|Chief editor|Source|"
        r"Translator|Translated by|Reporter|Contributor|Proofread by|责任编辑|编辑|来源|校对)s?\s*[:：|]"
        r".{0,120}[)\]）]?\s*$",
        re.I,
    ),
    re.compile(r"^[(\[（]\s*(?:Web editor|Editor|Source)s?\b[^)\]）]{0,120}[)\]）]\s*$", re.I),
    # Copyright footers.
    re.compile(r"^(?:copyright|©|\(c\))\s", re.I),
    re.compile(r"\b(?:all rights reserved|版权所有|unauthorized reproduction)\b", re.I),
    # Share, print and follow widgets, navigation words.
    re.compile(
        r"^(?:share|share this(?: article| story)?|share on \w+|print|email|e-mail|tweet|like|"
        r"follow us(?: on .*)?|facebook|twitter|linkedin|whatsapp|wechat|weibo|reddit|pinterest|telegram|"
        r"copy link|font size|a\s*\+|a\s*-|close|back to top|top|next|previous|prev|more|read more|see more|"
        r"load more|show more|comments?|\d+ comments?|leave a comment|advert(?:isement)?s?|advertising|"
        r"sponsored|"
        r"related(?: (?:articles?|stories|news|content|links|coverage|posts))?|read next|read also|"
        r"you may also like|recommended(?: for you)?|most (?:read|popular|viewed)|trending|"
        r"subscribe(?: now| to .*)?|sign up(?: .*)?|newsletter|download (?:the )?app.*|"
        r"(?:ecns|cgtn|xinhua|china daily) app download|scan the qr code.*)\W*$",
        re.I,
    ),
    # Bylines repeated in the body: "By ZHANG WEI | China Daily", "By Li Ming in Beijing".
    re.compile(
        r"^By\s+(?:[A-Z][\w.'’-]*\.?\s*){1,4}(?:(?:,|and|&)\s*(?:[A-Z][\w.'’-]*\.?\s*){1,4})*"
        r"(?:\s*(?:[|,–—-]|in|from)\s*[^.!?]{0,60})?$"
    ),
    # A date on its own line: "10 November 2025", "Wednesday, Nov. 12, 2025 10:22 AM".
    re.compile(
        r"^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?"
        r"(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s+\d{4}|"
        r"[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})"
        r"(?:[ ,|]+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[APap]\.?[Mm]\.?)?)?(?:\s*[A-Z]{2,4})?$"
    ),
    re.compile(r"^(?:Written by|Reported by|Story by|Text by|Reporting by)\s+.{0,100}$", re.I),
    re.compile(r"^(?:Updated|Published|Posted|Last updated|Modified)\s*[:：]?\s*.{0,60}\d.{0,30}$", re.I),
)
# Notices that are boilerplate whatever their length: cookie and consent banners.
NOTICE_PATTERNS = (
    re.compile(
        r"\b(?:(?:uses?|use of|accept|allow|necessary|store[sd]?|these|third-party)\s+(?:\w+\s+){0,2}cookies|"
        r"cookie (?:policy|settings|consent|preferences))\b",
        re.I,
    ),
)
# Headings that open a related-stories section: the heading and the rest of the body are dropped.
TAIL_SECTION_RE = re.compile(
    r"^(?:related(?: (?:articles?|stories|news|content|links|coverage|reading|posts))?|"
    r"read more|more (?:on|from|stories|news).{0,40}|you may also like|recommended(?: reading)?|"
    r"further reading|see also|also read|most (?:read|popular|viewed)|latest news|trending(?: now)?)\W*$",
    re.I,
)
# "READ MORE: ...", "Related: ...", "Watch: ...": a label that introduces a link to another page.
LABEL_RE = re.compile(r"^\W*[A-Za-z][\w ]{0,24}[:：|»>]\s")


# ---------------------------------------------------------------------------------------------
# Predicates over a block's text
# ---------------------------------------------------------------------------------------------
def is_caption_text(text: str) -> bool:
    return len(text) < 600 and any(p.search(text) for p in CAPTION_PATTERNS)


def is_boilerplate_text(text: str) -> bool:
    if len(text) < 400 and any(p.search(text) for p in BOILERPLATE_PATTERNS):
        return True
    return len(text) < 2000 and any(p.search(text) for p in NOTICE_PATTERNS)
