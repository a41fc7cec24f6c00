"""Line features for the text-dump cleaner: what a line looks like, independent of the page.

A page dump is a list of lines; article paragraphs are long lines of running prose, page
furniture is short, repeated, unpunctuated or in another script. These helpers measure that.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_SPACES = re.compile(r"[\s\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_WORD = re.compile(r"\w+(?:[-'’.]\w+)*")
_KEY_CHARS = re.compile(r"[^\w]+")
# A paragraph ends like a sentence: stop, question, exclamation, ellipsis, possibly inside
# closing quotes or brackets, or with an agency credit such as "(ANI)".
_PROSE_END = re.compile(r"""(?:[.!?…:;]|\.\.\.)["'”’»)\]]*\s*(?:\([A-Z][\w ]{1,20}\))?$""")
# Letters of the big script families, as character ranges (regex counting runs in C).
_SCRIPTS = {
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]"),
    "han": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"),
    "kana": re.compile(r"[\u3040-\u30ff]"),
    "hangul": re.compile(r"[\uac00-\ud7af\u1100-\u11ff]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f]"),
    "hebrew": re.compile(r"[\u0590-\u05ff]"),
    "greek": re.compile(r"[\u0370-\u03ff]"),
    "devanagari": re.compile(r"[\u0900-\u097f]"),
    "thai": re.compile(r"[\u0e00-\u0e7f]"),
}


def normalise_line(line: str) -> str:
    """Collapse every kind of space (no-break, ideographic, zero-width) and strip."""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", line)).strip()


def line_key(line: str) -> str:
    """Comparison key: case-folded word characters only, so "Share -" and "share" match."""
    return _KEY_CHARS.sub(" ", line.casefold()).strip()


_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def words(line: str) -> list[str]:
    return _WORD.findall(line)


def count_words(line: str) -> int:
    """Words of a line; scripts written without spaces count one word per two characters."""
    return len(_WORD.findall(line)) + len(_UNSPACED.findall(line)) // 2


def ends_like_prose(line: str) -> bool:
    return bool(_PROSE_END.search(line))


def script_counts(text: str) -> dict[str, int]:
    """Letters per script family; an ASCII string is all Latin, counted without scanning."""
    if text.isascii():
        return {"latin": len(_SCRIPTS["latin"].findall(text))}
    return {name: len(pattern.findall(text)) for name, pattern in _SCRIPTS.items()}


def script_share(line: str, script: str) -> float:
    """Share of the letters of `line` written in `script` (1.0 for a line without letters)."""
    if line.isascii():
        return 1.0 if script == "latin" else 0.0 if any(c.isalpha() for c in line) else 1.0
    counts = script_counts(line)
    total = sum(counts.values())
    return counts.get(script, 0) / total if total else 1.0


def dominant_script(text: str, sample: int = 20000) -> str:
    counts = script_counts(text[:sample])
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else "latin"


@dataclass(slots=True)
class Line:
    """One non-empty line of a page, with the features the cleaner decides on."""

    index: int
    text: str
    key: str
    n_words: int
    repeats: int = 1  # how many lines of the page share this key
    prose: bool = False
    foreign: bool = False  # mostly in a script other than the page's
    role: str = ""  # set by the cleaner: title, standfirst, meta, cue, learned, heading, body

    @property
    def heading_like(self) -> bool:
        """Short unpunctuated line of a few words: a title, heading or menu entry."""
        return not self.prose and 3 <= self.n_words <= 30


def read_lines(raw: str, script: str) -> list[Line]:
    """Non-empty lines of a dump with their features (repeats counted over the page);
    `script` is the page's dominant script."""
    lines: list[Line] = []
    counts: dict[str, int] = {}
    for index, text in enumerate(raw.splitlines()):
        text = normalise_line(text)
        if not text:
            continue
        key = line_key(text)
        n_words = count_words(text)
        line = Line(index=index, text=text, key=key, n_words=n_words)
        line.foreign = script_share(text, script) < 0.5
        line.prose = _is_prose(text, n_words)
        counts[key] = counts.get(key, 0) + 1
        lines.append(line)
    for line in lines:
        line.repeats = counts[line.key]
    return lines


def _is_prose(text: str, n_words: int) -> bool:
    # Long lines count as prose even unpunctuated (photo captions ending in a credit);
    # shorter ones need a sentence end.
    if n_words >= 16:
        return True
    return n_words >= 5 and ends_like_prose(text)
