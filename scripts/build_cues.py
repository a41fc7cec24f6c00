"""Rebuild src/dyadscope/data/nlp/event_cues.txt from the coder's lexicons.

The nlp stage parses only sentences holding a cue (matched case-insensitively at word starts),
so the cue list must cover every form of every trigger: the stem of each trigger lemma (its
regular inflections start with it), irregular past forms, the required object words of
light-verb triggers ("hold" + "talks": "talks" is the cue, not "hold"), and stance cues.

Usage: python scripts/build_cues.py [--check]   (--check fails if the file is out of date)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dyadscope.coding.lexicon import load_lexicon

OUT = Path(__file__).resolve().parents[1] / "src" / "dyadscope" / "data" / "nlp" / "event_cues.txt"
HEADER = """\
# Cue words that make the nlp stage parse a sentence (matched case-insensitively at word starts).
# A sentence without any of them cannot hold an event the coder would find, so the parser skips it.
# Generated from the coder's lexicons (data/coding/) by scripts/build_cues.py; do not edit by hand.
"""
# Irregular past forms of trigger verbs (general English grammar).
IRREGULAR = {
    "meet": ["met"],
    "hold": ["held"],
    "speak": ["spoke"],
    "seek": ["sought"],
    "fight": ["fought"],
    "shoot": ["shot"],
    "strike": ["struck"],
    "throw": ["threw"],
    "freeze": ["froze"],
    "break": ["broke"],
    "give": ["gave"],
    "send": ["sent"],
    "pay": ["paid"],
    "begin": ["began", "begun"],
    "blow": ["blew"],
    "withdraw": ["withdrew"],
    "swear": ["swore", "sworn"],
    "fly": ["flew", "flown"],
    "undertake": ["undertook"],
    "have": ["had"],
    "bar": ["barr"],
    "set": ["set"],
    "cut": ["cut"],
    "put": ["put"],
    "hit": ["hit"],
    "shut": ["shut"],
    "lead": ["led"],
    "draw": ["drew"],
    "tell": ["told"],
    "take": ["took"],
    "go": ["went"],
    "make": ["made"],
    "stand": ["stood"],
    "sell": ["sold"],
}
# Required words that are function words: the trigger lemma itself must be the cue.
FUNCTION_WORDS = {
    "on",
    "for",
    "with",
    "to",
    "off",
    "out",
    "down",
    "up",
    "over",
    "in",
    "by",
    "upon",
    "back",
    "together",
    "alongside",
    "joint",
    "against",
    "at",
    "into",
}
# Verbs too common to be cues on their own: their required objects are the cues instead
# ("had talks" is found through "talks").
COMMON_VERBS = {
    "have",
    "hold",
    "make",
    "take",
    "give",
    "put",
    "set",
    "get",
    "keep",
    "open",
    "close",
    "reach",
    "express",
    "provide",
    "send",
    "start",
    "begin",
    "stage",
    "launch",
    "conduct",
    "pay",
    "improve",
    "share",
    "extend",
    "accept",
    "deliver",
    "attend",
    "stand",
    "voice",
    "observe",
    "declare",
    "mass",
    "establish",
    "restore",
    "conclude",
    "lift",
    "ease",
    "cut",
    "break",
    "fire",
    "block",
    "throw",
    "freeze",
    "recall",
    "relax",
    "cancel",
    "halt",
    "resume",
}
MIN_STEM = 3


def stems(lemma: str) -> set[str]:
    out = {lemma}
    if lemma.endswith("e") and len(lemma) > MIN_STEM + 1:
        out = {lemma[:-1]}
    if lemma.endswith("y") and len(lemma) > MIN_STEM + 1:
        out = {lemma[:-1]}
    out |= set(IRREGULAR.get(lemma, []))
    return out


def build() -> list[str]:
    lexicon = load_lexicon()
    cues: set[str] = set()
    for (lemma, _pos), entries in lexicon.triggers.items():
        for entry in entries:
            content = entry.needs - FUNCTION_WORDS
            if content and lemma in COMMON_VERBS:
                for word in content:
                    cues |= stems(word)
            else:
                cues |= stems(lemma)
    for pattern, _stance in lexicon.stance:
        cues.add(pattern.pattern.replace("\\b", "").replace("\\", ""))
    # A cue that starts with a shorter cue is redundant.
    ordered = sorted(cues, key=len)
    kept: list[str] = []
    for cue in ordered:
        if not any(cue.startswith(k) for k in kept):
            kept.append(cue)
    return sorted(kept)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    text = HEADER + "\n".join(build()) + "\n"
    if args.check:
        current = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
        if current != text:
            print(f"{OUT.name} is out of date: run scripts/build_cues.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {len(text.splitlines()) - 3} cues to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
