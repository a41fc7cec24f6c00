from dyadscope.analysis import plot_index, relations_index


def test_plot_index_writes_png_and_svg(synthetic_events, tmp_path):
    rows = relations_index(synthetic_events, "CHN-RUS", "month")
    png, svg = tmp_path / "index.png", tmp_path / "index.svg"
    plot_index(rows, png, dyad="CHN-RUS", events=synthetic_events)
    plot_index(rows, svg, dyad="CHN-RUS", events=synthetic_events)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert b"<svg" in svg.read_bytes()[:400]


def test_plot_index_without_events_or_rows(tmp_path):
    path = tmp_path / "empty.png"
    plot_index([], path, dyad="CHN-RUS")
    assert path.stat().st_size > 0
