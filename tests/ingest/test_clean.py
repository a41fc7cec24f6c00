from dyadscope.ingest.clean import clean_page


def read(data_dir, name):
    return (data_dir / "dumps" / name).read_text(encoding="utf-8")


def test_clean_page_keeps_paragraphs_and_drops_furniture(data_dir):
    page = clean_page(read(data_dir, "agency_dateline.txt"))
    assert page.title == "Kazakhstan, Uzbekistan sign water-sharing accord"
    assert len(page.paragraphs) == 4
    assert page.paragraphs[0].startswith("ASTANA, March 4, 2025 (Xinhua) --")
    for junk in ("Share", "Facebook", "Next", "Related News", "Copyright", "Central Asian"):
        assert junk not in page.text


def test_clean_page_reads_agency_dateline(data_dir):
    page = clean_page(read(data_dir, "agency_dateline.txt"))
    assert (page.published.iso, page.published.precision) == ("2025-03-04", "day")
    assert page.outlet == "Xinhua"


def test_clean_page_reads_byline(data_dir):
    page = clean_page(read(data_dir, "glued.txt"))
    assert page.author == "Maria Santos"
    assert page.outlet == "The Southern Herald"
    assert (page.published.iso, page.published.precision) == ("2024-06-12T09:30", "minute")


def test_clean_page_splits_glued_story(data_dir):
    page = clean_page(read(data_dir, "glued.txt"))
    assert len(page.paragraphs) == 4
    assert "sea-ice" not in page.text
    assert [s.title for s in page.extra_stories] == [
        "Arctic sea ice hits record June low in Barents Sea"
    ]
    assert page.extra_stories[0].text.count("\n\n") == 2
    assert "Brazil" not in page.extra_stories[0].text


def test_clean_page_keeps_subheaded_story_whole():
    paragraphs = [
        "Leaders of Chile and Peru met in Lima on Monday to discuss lithium mining and trade.",
        "Chile's president said Peru and Chile would share geological data on lithium deposits.",
        "Mining ties",
        "The two presidents asked their mining ministers to draft a lithium plan for Chile and "
        "Peru by March, and Peru offered to host the first meeting of experts in Lima.",
        "Chile and Peru also agreed to simplify customs checks at the border crossing near Tacna.",
    ]
    page = clean_page("Chile and Peru discuss lithium\n\n" + "\n\n".join(paragraphs))
    assert page.extra_stories == []
    assert len(page.paragraphs) == 4


def test_clean_page_drops_foreign_spam_and_stays_undated(data_dir):
    page = clean_page(read(data_dir, "undated.txt"))
    assert page.title == "Vietnam and the Philippines Pledge Closer Coast Guard Cooperation"
    assert page.published is None
    assert "スパム" not in page.text and "Print This Page" not in page.text
    assert "Preferred Source" not in page.text
    assert page.outlet == "The Mekong Observer"
    assert len(page.paragraphs) == 4


def test_clean_page_keeps_standfirst_under_title():
    raw = (
        "World\n\nPorts deal signed in Mombasa\n\n"
        "Kenya and Tanzania agree to share data on cargo handled at their ports\n\n"
        "By JOHN DOE | Updated: 2024-01-02 10:00\n\nShare\n\n"
        "Kenya and Tanzania signed a ports agreement in Mombasa on Tuesday, officials said.\n"
    )
    page = clean_page(raw)
    assert page.title == "Ports deal signed in Mombasa"
    assert page.paragraphs[0].startswith("Kenya and Tanzania agree to share data")
    assert page.author == "John Doe"


def test_clean_page_drops_repeated_title_and_subheadings():
    raw = (
        "Talks resume in Geneva\n\nTalks resume in Geneva\n\n"
        "Negotiators from both sides resumed talks in Geneva on Monday, the mediators said.\n\n"
        "Next steps\n\n"
        "The mediators said a second round would follow in April if the first went well.\n\n"
        "Talks resume in Geneva\n"
    )
    page = clean_page(raw)
    assert page.title == "Talks resume in Geneva"
    assert page.text.count("Geneva") == 1
    assert "Next steps" not in page.text


def test_clean_page_drops_learned_lines_only_at_edges():
    raw = (
        "Our site tells you the news of the day in full, every day of the year.\n"
        "Officials from both countries met on Monday and agreed to resume direct flights.\n"
        "A shared sentence that the outlet prints inside many of its stories as well.\n"
        "They will meet again next month to discuss visas and cargo routes, officials said.\n"
        "Our site tells you the news of the day in full, every day of the year, again.\n"
    )
    learned = {
        "our site tells you the news of the day in full every day of the year",
        "a shared sentence that the outlet prints inside many of its stories as well",
    }
    page = clean_page(raw, is_learned=learned.__contains__)
    assert not page.text.startswith("Our site")
    assert "A shared sentence" in page.text
