"""The line-level cleaner for page text dumps (and for text extracted from HTML).

Each line is judged by general features (lines.py): prose or not, repeated on the page, in
the page's script; by cue patterns (boilerplate.py); and by what the outlet repeats on its other
pages (learned lines). The page then reads as: a head (menus, title, standfirst, byline) up to
the first paragraph of prose, a body of paragraphs separated by gaps of furniture, and a tail.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from ..records import Story
from .boilerplate import match_cue
from .dates import (
    PageDate,
    complete_dateline,
    find_agency_dateline,
    find_embedded_post_date,
    find_lead_date,
    weekdays_named,
)
from .lines import Line, dominant_script, line_key, read_lines, script_share, words
from .metadata import (
    combine_outlet,
    find_agency_credit,
    find_lead_outlet,
    known_outlet,
    read_byline,
)
from .stories import Block, split_stories

# Learned (site-repeated) prose is ignored when it would remove more than this share of the
# body: such a page is a copy of another page, and dedup handles it.
MAX_LEARNED_SHARE = 0.5


@dataclass(slots=True)
class CleanPage:
    title: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    extra_stories: list[Story] = field(default_factory=list)
    published: PageDate | None = None
    author: str | None = None
    outlet: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass(slots=True)
class _Clues:
    """Metadata seen on furniture lines while marking them."""

    publisher: str | None = None
    author: str | None = None
    date: PageDate | None = None


def clean_page(
    raw: str,
    *,
    title: str | None = None,
    is_learned: Callable[[str], bool] | None = None,
    year_hint: int | None = None,
) -> CleanPage:
    """Clean one page dump: title, body paragraphs, glued stories and the metadata it states."""
    script = dominant_script(raw)
    lines = read_lines(raw, script)
    clues = _mark_furniture(lines, is_learned)
    start = next((n for n, ln in enumerate(lines) if ln.prose and not ln.role), len(lines))
    title_line = _mark_title(lines, start, title, script)
    page = CleanPage(title=title or (title_line.text if title_line else None))
    standfirst = _find_standfirst(lines[:start], title_line, given=bool(title))
    blocks, trailing = _body_blocks(lines, start)
    if standfirst and blocks:
        blocks[0].paragraphs.insert(0, standfirst.text)
    title_key = line_key(page.title) if page.title else None
    page.paragraphs, page.extra_stories = split_stories(blocks, trailing, title_key)
    _read_metadata(page, clues, year_hint)
    return page


def _mark_furniture(lines: list[Line], is_learned: Callable[[str], bool] | None) -> _Clues:
    clues = _Clues()
    for line in lines:
        if line.foreign:
            line.role = "foreign"
            continue
        hit = match_cue(line.text, prose=line.prose)
        if hit:
            line.role = "end" if hit.action == "end" else "cue"
            clues.publisher = clues.publisher or _publisher(hit.outlet)
            continue
        byline = None if line.prose else read_byline(line.text)
        if byline:
            line.role = "meta"
            clues.author = clues.author or byline.author
            clues.publisher = clues.publisher or byline.outlet
            clues.date = clues.date or byline.date
            continue
        if is_learned and is_learned(line.key):
            line.role = "learned"
    return clues


def _publisher(name: str | None) -> str | None:
    if not name:
        return None
    known = known_outlet(name)
    return known[0] if known else name


def _mark_title(lines: list[Line], start: int, given: str | None, script: str) -> Line | None:
    """Pick the title among the head lines (unless given) and mark every copy of it."""
    chosen = None
    if given:
        key = line_key(given)
        chosen = next((ln for ln in lines[:start] if ln.key == key and not ln.role), None)
    else:
        candidates = [
            ln
            for ln in lines[:start]
            if not ln.role and ln.heading_like and script_share(ln.text, script) >= 0.9
        ]
        # A headline printed twice (page title and article heading) beats a one-off line.
        repeated = [ln for ln in candidates if ln.repeats >= 2 and ln.n_words >= 4]
        longer = [ln for ln in candidates if ln.n_words >= 4]
        pool = repeated or longer or candidates
        chosen = pool[0] if pool else None
        key = chosen.key if chosen else None
    if key:
        for line in lines:
            if line.key == key and line.role in ("", "learned"):
                line.role = "title"
    return chosen


def _find_standfirst(head: list[Line], title_line: Line | None, given: bool) -> Line | None:
    """The subtitle printed right under the title (a sentence without a full stop).

    With the title known from elsewhere (markup, a JSON field) and absent from the text, the
    subtitle may open the text instead.
    """
    if title_line is None and not given:
        return None
    after = title_line.index if title_line else -1
    for line in head:
        if line.index <= after or line.role:
            continue
        if line.repeats == 1 and _reads_like_sentence(line):
            line.role = "standfirst"
            return line
        return None
    return None


def _reads_like_sentence(line: Line) -> bool:
    """A sentence-case run of words (a subtitle), not a label list or a title-case heading."""
    if not line.heading_like or line.n_words < 6 or any(c in line.text for c in "|•·>/"):
        return False
    tokens = words(line.text)[1:]
    return sum(t[:1].islower() for t in tokens) >= 0.4 * len(tokens)


def _body_blocks(lines: list[Line], start: int) -> tuple[list[Block], list[Line]]:
    """Paragraphs from the first prose line to the end (or an end cue), grouped by gaps."""
    body = []
    for line in lines[start:]:
        if line.role == "end":
            break
        body.append(line)
    keep = _keep_learned(body)
    blocks: list[Block] = []
    gap: list[Line] = []
    seen: set[str] = set()
    for line in body:
        is_paragraph = line.prose and (
            not line.role or (line.role == "learned" and line.index in keep)
        )
        if not is_paragraph or line.key in seen:
            if not line.role:
                line.role = "heading"
            gap.append(line)
            continue
        seen.add(line.key)
        line.role = "body"
        if gap or not blocks:
            blocks.append(Block([], gap))
            gap = []
        blocks[-1].paragraphs.append(line.text)
    return blocks, gap


def _keep_learned(body: list[Line]) -> set[int]:
    """Learned prose lines to keep: those inside the body, or all when they are most of it."""
    prose = [ln for ln in body if ln.prose and ln.role in ("", "learned")]
    learned = [ln for ln in prose if ln.role == "learned"]
    if not learned:
        return set()
    total = sum(len(ln.text) for ln in prose)
    if sum(len(ln.text) for ln in learned) > MAX_LEARNED_SHARE * total:
        return {ln.index for ln in learned}
    own = [n for n, ln in enumerate(prose) if not ln.role]
    if not own:
        return {ln.index for ln in learned}
    return {ln.index for ln in prose[own[0] : own[-1] + 1] if ln.role == "learned"}


def _read_metadata(page: CleanPage, clues: _Clues, year_hint: int | None) -> None:
    first = page.paragraphs[0] if page.paragraphs else ""
    last = page.paragraphs[-1] if page.paragraphs else ""
    dateline = find_agency_dateline(first)
    page.author = clues.author
    agency = None
    if dateline:
        known = known_outlet(dateline.agency)
        agency = known[0] if known else dateline.agency
    agency = agency or find_agency_credit(last) or find_agency_credit(first)
    page.outlet = combine_outlet(clues.publisher or find_lead_outlet(first), agency)
    page.published = (
        clues.date
        or find_lead_date(first)
        or (complete_dateline(dateline, year_hint) if dateline else None)
        or _embedded_post_date(page.paragraphs)
    )


def _embedded_post_date(paragraphs: list[str]) -> PageDate | None:
    """The date of a post the story embeds, when the lead names that date's weekday.

    A story quoting a post "on Thursday" and embedding it signed on a Thursday was published
    that day; without the weekday to confirm it the date stays unknown.
    """
    found = find_embedded_post_date("\n".join(paragraphs))
    if not found or found.day is None:
        return None
    lead = " ".join(paragraphs[:2])
    return found if found.day.weekday() in weekdays_named(lead) else None
