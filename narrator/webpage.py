"""A web page's HTML -> the article as plain text, shaped like a pasted article.

trafilatura finds the article body (it drops navigation, captions, related
links, newsletter boxes and footers far better than hand-written rules); this
module lays out what it found the way a copy from the browser looks - headline,
standfirst, byline, then one paragraph per line with blank lines between - so
that the normaliser's rules apply to a page and to its pasted text alike.
"""

from __future__ import annotations

import re

from lxml import html as lxml_html

from .errors import NarratorError
from .models import RawArticle

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")  # lxml refuses a str that declares an encoding
_BYLINE_XPATH = (
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' byline ') or "
    "contains(@class, 'byline') or contains(@class, 'author') or @itemprop='author' or @rel='author']"
)


def squash(text: str) -> str:
    """Collapse runs of whitespace (including non-breaking spaces) to one space.

    >>> squash("  Bus\\u00a0news \\n today ")
    'Bus news today'
    """
    return " ".join(text.split())


def html_article(markup: str, source: str, url: str | None = None) -> RawArticle:
    """The article on an HTML page, as a RawArticle carrying the page's metadata."""
    import trafilatura  # takes half a second to import: only when a page is read

    doc = trafilatura.bare_extraction(
        markup, url=url, with_metadata=True, include_comments=False, include_tables=False,
        include_images=False, include_links=False, deduplicate=False,
        # only dates the page declares: the extensive search takes any year in the text for one
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    lines = [squash(ln).removeprefix("- ") for ln in (doc.text or "").splitlines()] if doc else []
    lines = drop_repeats([ln for ln in lines if ln])
    page = _parse(markup)
    visible = _visible_text(page)
    headline = _headline(doc.title if doc else None, page, doc.sitename if doc else None)
    if headline and lines and _same(lines[0], headline):
        lines.pop(0)
    standfirst = squash(doc.description or "") if doc else ""
    if standfirst and (headline is None or not _same(standfirst, headline)) and standfirst in visible:
        lines = [ln for ln in lines[:3] if not _same(ln, standfirst)] + lines[3:]
    else:
        standfirst = ""
    if not any(len(ln.split()) >= 8 for ln in lines):  # no line of prose: a menu, a login wall
        raise NarratorError(
            f"{source}: found no article text on the page; copy the article from your browser into a "
            f".txt file and narrate that")
    author = squash(doc.author or "") if doc else ""
    byline = _byline(page, author)
    head = [t for t in (headline, standfirst, byline) if t]
    return RawArticle(
        text="\n\n".join(head + lines) + "\n",
        source=source,
        title=headline,
        author=author or None,
        publication=_site_name(doc.sitename if doc else None),
        url=(doc.url if doc and doc.url else url),
        date=doc.date if doc else None,
    )


def _parse(markup: str):
    """The page as an lxml tree without its scripts and styles, or None if it is not HTML."""
    try:
        page = lxml_html.document_fromstring(_XML_DECL.sub("", markup, count=1))
    except (ValueError, lxml_html.etree.ParserError):
        return None
    for el in page.xpath("//script | //style | //noscript | //template"):
        el.drop_tree()
    return page


def drop_repeats(lines: list[str]) -> list[str]:
    """Drop pull quotes: lines of 4+ words that repeat part of another, longer paragraph.

    >>> drop_repeats(["Cuts loom.", "We are at breaking point", '“We are at breaking point,” she said.'])
    ['Cuts loom.', '“We are at breaking point,” she said.']
    """
    def key(s: str) -> str:
        return re.sub(r"[^\w\s]", "", s).casefold()
    keys = [key(ln) for ln in lines]
    return [ln for ln, k in zip(lines, keys) if len(k.split()) < 4 or
            not any(k in other and len(other) > len(k) for other in keys)]


def _site_name(name: str | None) -> str | None:
    """The site's name, unless it is only the host name trafilatura falls back to.

    >>> _site_name("The Northfield Courier"), _site_name("www.courier.example"), _site_name("127.0.0.1:8000")
    ('The Northfield Courier', None, None)
    """
    name = squash(name or "")
    return None if not name or re.fullmatch(r"[\w-]+(?:\.[\w-]+)+(?::\d+)?|[\w.-]+:\d+", name) else name


def _same(a: str, b: str) -> bool:
    """Equal but for case, spacing and trailing punctuation.

    >>> _same("Bus routes cut.", "bus  routes cut")
    True
    """
    def key(s: str) -> str:
        return squash(s).rstrip(".!?:").casefold()
    return key(a) == key(b)


def _visible_text(page) -> str:
    """The words a reader sees in the page's body (to tell a standfirst from a meta-only summary)."""
    if page is None:
        return ""
    body = page.find("body")
    return squash((body if body is not None else page).text_content())


def _headline(title: str | None, page, sitename: str | None) -> str | None:
    """The page's <h1> when the metadata title is that headline plus a site suffix, else the title."""
    h1 = next((squash(el.text_content()) for el in page.iter("h1")), "") if page is not None else ""
    title = squash(title or "")
    if sitename and title.endswith(sitename):
        title = re.sub(r"\s*[|–—-]\s*$", "", title[: -len(sitename)]).strip() or title
    if h1 and (not title or (h1 != title and h1 in title)):
        return h1
    return title or None


def _byline(page, author: str) -> str | None:
    """The page's own `By ...` line when there is a short one, else `By <author>`."""
    if page is not None:
        for el in page.xpath(_BYLINE_XPATH):
            text = squash(el.text_content())
            if text.startswith("By ") and len(text.split()) <= 12 and (not author or author.split(";")[0] in text):
                return text
    if not author:
        return None
    names = [a.strip() for a in author.split(";") if a.strip()]
    return "By " + (" and ".join(names) if len(names) <= 2 else ", ".join(names[:-1]) + " and " + names[-1])
