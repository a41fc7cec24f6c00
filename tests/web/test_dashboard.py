"""The dashboard in a real headless Chromium: every page loads, charts draw, the path
dyad → event → document works, search finds articles, and article markup stays text."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def _visit(page, url: str, shots, name: str) -> None:
    response = page.goto(url)
    assert response is not None and response.status == 200, url
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(shots / f"{name}.png"), full_page=True)
    assert page.js_errors == [], page.js_errors


def test_overview_lists_dyads_with_sparklines(page, live_url, shots):
    _visit(page, live_url + "/", shots, "overview")
    rows = page.locator("table.dyads tbody tr")
    assert rows.count() >= 3
    assert page.locator("a.dyad-link", has_text="RUS").first.is_visible()
    assert page.locator("svg.spark polyline").count() >= 1


def test_dyad_page_draws_index_and_timeline(page, live_url, shots):
    _visit(page, live_url + "/dyads/RUS-CHN", shots, "dyad")
    assert page.locator("#index-chart .main-svg").count() > 0
    assert page.locator("#timeline-chart .scatterlayer .point").count() > 10
    text = page.locator("main").inner_text()
    assert "Joint Communique on Investment Cooperation" in text  # agreement
    assert "at their best level in history" in text  # verdict and quote
    assert "1996" in text  # milestone base year


def test_click_from_dyad_to_event_to_document(page, live_url, shots):
    _visit(page, live_url + "/dyads/CHN-RUS", shots, "dyad-top")
    page.locator("table.events a.event-link", has_text="phone call").first.click()
    page.wait_for_url("**/events/*")
    page.wait_for_load_state("networkidle")
    assert "/events/" in page.url
    page.screenshot(path=str(shots / "event.png"), full_page=True)
    assert page.locator(".article .event.sel").first.inner_text().startswith("Chinese Foreign")
    page.locator("#open-document").click()
    page.wait_for_url("**/documents/**")
    page.wait_for_load_state("networkidle")
    assert "/documents/a.txt" in page.url
    page.screenshot(path=str(shots / "document.png"), full_page=True)
    assert page.locator("#article .event.sel").count() >= 1
    assert page.locator("#article .mention.m-PERSON").count() >= 2
    assert page.locator("#article .quote").count() == 1
    page.locator("#legend input[data-layer=mention]").uncheck()
    assert "hide-mention" in page.locator("#article").get_attribute("class")


def test_document_shows_markup_as_text(page, live_url, shots):
    _visit(page, live_url + "/documents/d.html", shots, "document-escaped")
    article = page.locator("#article")
    assert "<script>alert('x')</script>" in article.inner_text()
    assert article.locator("script, b, i").count() == 0


def test_search_finds_and_marks_words(page, live_url, shots):
    _visit(page, live_url + "/", shots, "before-search")
    page.fill(".search-box input[name=q]", "joint communique")
    page.keyboard.press("Enter")
    page.wait_for_url("**/search?q=*")  # the form submits: wait for the new page, not the old
    page.wait_for_load_state("networkidle")
    page.screenshot(path=str(shots / "search.png"), full_page=True)
    assert "/search?q=joint+communique" in page.url
    assert page.locator("ol.results li a.result-title").first.inner_text().startswith("Wang Yi")
    assert page.locator("ol.results mark").count() >= 2


def test_events_page_filters(page, live_url, shots):
    _visit(page, live_url + "/events?dyad=CHN-USA&quad_class=material+conflict", shots, "events")
    rows = page.locator("table.events tbody tr")
    assert rows.count() >= 1
    for badge in rows.locator(".etype").all_inner_texts():
        assert badge.startswith("SANCTION")


def test_actor_network_draws(page, live_url, shots):
    _visit(page, live_url + "/actors", shots, "actors")
    assert page.locator("#network-chart .scatterlayer .point").count() >= 4


def test_documents_page_lists_failed_reasons(page, live_url, shots):
    _visit(page, live_url + "/documents?status=failed", shots, "documents-failed")
    assert "E102 binary content" in page.locator("table.grid").inner_text()


def test_bad_dyad_page_says_why(page, live_url, shots):
    response = page.goto(live_url + "/dyads/NOT-A-DYAD")
    assert response.status == 400
    page.screenshot(path=str(shots / "error.png"))
    assert "E006" in page.locator("main").inner_text()


def test_openapi_page_renders_offline(page, live_url, shots):
    _visit(page, live_url + "/docs", shots, "openapi")
    page.wait_for_selector(".opblock", timeout=10_000)
    assert page.locator(".opblock").count() >= 12
