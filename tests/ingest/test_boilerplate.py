import pytest

from dyadscope.ingest.boilerplate import LearnedLines, match_cue


@pytest.mark.parametrize(
    "line",
    [
        "Share",
        "Share - WeChat",
        "More Images",
        "Skip to Content Facebook Feature Image",
        "1 2 Next >>|",
        "BACK TO THE TOP",
        "Copyright 2024 Example Ltd. All rights reserved.",
        "Recommended Articles",
        "Add Example News as a Preferred Source",
        "(This story has not been edited by Example staff; it comes from a syndicated feed.)",
        "Home > News & Events",
        "<Suggest To A Friend>",
    ],
)
def test_match_cue_catches_furniture(line):
    assert match_cue(line, prose=line.endswith((".", ".)"))) is not None


@pytest.mark.parametrize(
    "line",
    [
        "The ministers shared their views on regional security and trade.",
        "Next year marks the 20th anniversary of the treaty, the minister said.",
        "Share prices rose after the announcement of the new trade deal on Monday.",
    ],
)
def test_match_cue_leaves_prose(line):
    assert match_cue(line, prose=True) is None


def test_match_cue_names_publisher():
    assert match_cue("Add The Daily Example as a Preferred Source").outlet == "The Daily Example"


def test_learned_lines_need_share_of_pages():
    learned = LearnedLines(min_pages=3, min_share=0.5)
    for n in range(6):
        keys = {"site menu", f"story line {n}"}
        if n < 2:
            keys.add("rare line")
        learned.observe("host:a", keys)
    assert learned.is_boilerplate("host:a", "site menu")
    assert not learned.is_boilerplate("host:a", "rare line")
    assert not learned.is_boilerplate("host:a", "story line 1")
    assert not learned.is_boilerplate("host:b", "site menu")


def test_learned_lines_prune_rare_keys():
    learned = LearnedLines(min_pages=2, min_share=0.3, bucket=10)
    for n in range(100):
        learned.observe("g", {"footer", f"unique {n}"})
    assert learned.is_boilerplate("g", "footer")
    assert len(learned._counts["g"]) < 20
