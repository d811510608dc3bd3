"""One-line rules: each looks at one pasted line and names why it is never read aloud.

A rule returns a reason code (`credit`, `timestamp`, `newsletter` ...) or None, and
`line_reason` asks them in turn. Rules are grouped by family: picture credits
(`credits`), links and embeds (`links`), dates and times (`stamps`), the page talking to
the reader (`prompts`), page furniture that is not prose (`page`) and notes about the
story rather than the story (`notes`). Rules that look at a line's neighbours, boxes and
position live in `narrator.normalise`, `narrator.boxes`, `narrator.widgets` and
`narrator.endmatter`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from narrator.lines import words
from narrator.rules.credits import credit
from narrator.rules.links import embed, navigation, read_more, teaser
from narrator.rules.notes import (
    acknowledgement,
    banner,
    disclaimer,
    editorial,
    profile_headline,
    reviewer,
    self_reference,
    wire_footer,
)
from narrator.rules.page import badge, interface, label, page_widget, scores
from narrator.rules.prompts import (
    call_to_action,
    consent,
    page_button,
    prompt,
    reader_prompt,
)
from narrator.rules.stamps import timestamp

LINE_RULES: tuple[Callable[[str], str | None], ...] = (
    consent, credit, read_more, teaser, scores, timestamp, prompt, reader_prompt, interface, call_to_action, page_button, label,
    profile_headline,
    wire_footer,
    editorial, acknowledgement, embed, navigation, self_reference, reviewer, disclaimer, banner, page_widget, badge)


def line_reason(text: str) -> str | None:
    """The first line rule's reason; a bilingual page's label is read by its second language.

    >>> line_reason("Sanas / Advertisement"), line_reason("Leugh cuideachd / Read more: Ferry fares rise")
    ('advert', 'read-more')
    >>> line_reason("Fógra | Advertisement"), line_reason("Rates rise / Fares fall") is None
    ('advert', True)

    A label of up to five words may stand before its translation, and word pairs inside a
    line (`14 Mawrth / March`) are read by their second word:

    >>> line_reason("Darllen mewn 4 munud | 4 min read"), line_reason("Cyhoeddwyd / Published: 14 Mawrth / March 2024, 07:30")
    ('dateline-timestamp', 'dateline-timestamp')
    >>> line_reason("Cyhoeddwyd | Published: 14 Mehefin | June 2025")
    'dateline-timestamp'
    >>> line_reason("Prices rose 4 per cent | 4 things to know about rates") is None
    True
    >>> line_reason("Students can choose English and / or Welsh when they sit the exam in March.") is None
    True
    """
    for rule in LINE_RULES:
        if reason := rule(text):
            return reason
    if (rest := second_language(text)) is not None:
        return line_reason(rest)
    paired = _WORD_PAIR.sub(r"\1", text)  # `14 Mawrth / March 2024`
    return line_reason(paired) if paired != text else None


_WORD_PAIR = re.compile(r"(?<![\w/-])[^\W\d_]+ [/|] ([^\W\d_]+)(?![\w/])")


def second_language(text: str) -> str | None:
    """A bilingual label's second half (`Sanas / Advertisement`, `Cyfeiriad e-bost | Email
    address`): the first half a short unpunctuated label; None for any other line.

    >>> second_language("Cyfeiriad e-bost | Email address"), second_language("Rates rose, as expected / Fares fall")
    ('Email address', None)
    """
    head, sep, rest = text.partition(" / ") if " / " in text else text.partition(" | ")
    if sep and 1 <= len(words(head)) <= 5 and not re.search(r"[.!?:,]", head):
        return rest
    return None
