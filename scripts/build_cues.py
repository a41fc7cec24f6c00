"""Rebuild src/dyadscope/data/nlp/event_cues.txt from the coder's lexicons.

The nlp stage parses only sentences holding a cue, so the cue list must cover every form of
every trigger: each trigger lemma with its regular inflections (verbs: -s, -ed, -ing, a
doubled final consonant; nouns: plurals) and irregular past forms; for triggers that need
an object ("hold" + "talks"), a pair cue: one form of the trigger and one of its objects
must both be in the sentence (a sentence with "held" alone cannot give that trigger); and
the stance cues, a verb of saying with a word of obligation ("said ... must"), and a verb
of saying with the doers of an attack ("said the gunmen came from ...").
Trigger forms are whole words ("sever" does not make "several" a cue, nor
"accord" "according"); stance cues are word starts, written with a final "*".

Usage: python scripts/build_cues.py [--check]   (--check fails if the file is out of date)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dyadscope.coding.lexicon import load_lexicon

OUT = Path(__file__).resolve().parents[1] / "src" / "dyadscope" / "data" / "nlp" / "event_cues.txt"
HEADER = """\
# Cue words that make the nlp stage parse a sentence: whole words, case-insensitive; a cue
# ending in "*" matches at word starts (stance cues such as "undermin*"); "a,b+c,d" needs one
# word of each side (a light verb and its object: "held" and "talks").
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
    "say": ["said"],
    "write": ["wrote", "written"],
    "think": ["thought"],
}
VOWELS = set("aeiou")


def verb_forms(lemma: str) -> set[str]:
    """A verb's regular inflections (generous: a form English never uses costs nothing)."""
    forms = {lemma, *IRREGULAR.get(lemma, [])}
    if lemma.endswith("ee"):
        forms |= {lemma + "s", lemma + "d", lemma + "ing"}
    elif lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in VOWELS:
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
    last = lemma[-1:]
    if len(lemma) > 2 and last not in VOWELS | set("wxy") and lemma[-2] in VOWELS:
        forms |= {lemma + last + "ed", lemma + last + "ing"}  # "banned", "committed"
    return forms


def noun_forms(word: str) -> set[str]:
    forms = {word, word + "s", word + "es"}
    if word.endswith("y") and len(word) > 1 and word[-2] not in VOWELS:
        forms.add(word[:-1] + "ies")
    return forms


def trigger_forms(lemma: str, pos: str) -> set[str]:
    if pos == "V":
        return verb_forms(lemma)
    if pos == "N":
        return noun_forms(lemma)
    return {lemma}


def build() -> list[str]:
    lexicon = load_lexicon()
    cues: set[str] = set()
    for (lemma, pos), entries in lexicon.triggers.items():
        for entry in entries:
            needs = set(entry.needs)
            for pseudo in ("@goods", "@carrying"):
                if pseudo in needs:
                    # any aid good in the sentence stands for goods given or brought
                    needs = (needs - {pseudo}) | lexicon.cues("aid_goods")
            content = {w for w in needs if not w.startswith("@")}
            if content and content == needs:
                # The trigger fires only with one of its objects: both must be in the
                # sentence ("held" and "talks"), written "forms+objects".
                objects = set().union(*(noun_forms(w) for w in content))
                left = ",".join(sorted(trigger_forms(lemma, pos)))
                cues.add(left + "+" + ",".join(sorted(objects)))
            else:
                cues |= trigger_forms(lemma, pos)
    for pattern, _stance in lexicon.stance:
        cues.add(pattern.pattern.replace("\\b", "").replace("\\", "") + "*")
    cues.add(_obligation_cue(lexicon))
    cues.add(_attribution_cue(lexicon))
    return sorted(cues)


def _attribution_cue(lexicon) -> str:
    """A verb of saying with the doers of an attack: "officials said the gunmen came from X"
    accuses X (the coder's attributions)."""
    said = set().union(*(verb_forms(lemma) for lemma in lexicon.speech if " " not in lemma))
    doers = {w for w in lexicon.cues("perpetrator_noun") if w != "those"}
    return ",".join(sorted(said)) + "+" + ",".join(sorted(doers))


def _obligation_cue(lexicon) -> str:
    """A verb of saying with a word of obligation: "Russia said Sudan must return ..." asks
    Sudan to act, whatever the verb of the act (the coder's reported demands)."""
    said = set().union(*(verb_forms(lemma) for lemma in lexicon.speech if " " not in lemma))
    # "need" is left out: far more often a noun or a plain need than a demand on another party.
    obliged = {c for c, kind in lexicon.modality.items() if kind == "obligation" and c != "need"}
    return ",".join(sorted(said)) + "+" + ",".join(sorted(obliged))


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
    print(f"wrote {len(text.splitlines()) - 4} cues to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
