"""API latency with a large store: p50/p95 of /api/events and /api/index.

Builds a SQLite store (or uses --db) with N synthetic coded events (default 100,000) spread
over 24 countries and 10 years, fuses them, then times requests through the ASGI app in
process. Each endpoint is timed twice (the index also per frequency and with date windows,
on period boundaries or cutting periods in two): cold (before every request the core's caches are
emptied and the connection pool closed, so SQLite's page cache is gone too and the index is
read from its pre-aggregated rows afresh) and warm (as served: pooled connections, and the
core keeps each index until the store changes). A store given with --db that is not yet fused
(or was fused before the index aggregates existed) is fused first.

    .venv/bin/python bench/api_latency.py [--events 100000] [--requests 300] [--db URL]
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from fastapi.testclient import TestClient

from dyadscope import core
from dyadscope.api import create_app
from dyadscope.records import Actor, Document, Event, Evidence

COUNTRIES = [
    "CHN",
    "RUS",
    "USA",
    "IND",
    "JPN",
    "KOR",
    "PRK",
    "DEU",
    "FRA",
    "GBR",
    "UKR",
    "TUR",
    "IRN",
    "ISR",
    "SAU",
    "PAK",
    "BRA",
    "ZAF",
    "EGY",
    "NGA",
    "KAZ",
    "VNM",
    "IDN",
    "AUS",
]
TYPES = [
    ("CONSULT", "verbal cooperation", 3.0),
    ("AGREE", "verbal cooperation", 4.0),
    ("SUPPORT", "verbal cooperation", 3.5),
    ("COOPERATE", "material cooperation", 6.0),
    ("AID", "material cooperation", 7.0),
    ("REQUEST", "neutral", -0.5),
    ("ACCUSE", "verbal conflict", -3.0),
    ("REJECT", "verbal conflict", -4.0),
    ("SANCTION", "material conflict", -7.0),
    ("ASSAULT", "material conflict", -9.5),
]
EVENTS_PER_DOC = 10
FREQS = ["day", "week", "month", "quarter", "year"]


def synthetic_documents(n_events: int, seed: int = 7) -> list[Document]:
    rng = random.Random(seed)
    weights = [1.0 / (i + 1) for i in range(len(COUNTRIES))]  # a few big countries dominate
    docs = []
    for d in range(n_events // EVENTS_PER_DOC):
        text = " ".join(
            f"Sentence {i} of synthetic article {d} about relations." for i in range(12)
        )
        doc = Document(
            f"synthetic/{d:06d}.txt", text, title=f"Synthetic article {d}", outlet="Bench"
        )
        doc.content_hash, doc.published, doc.published_precision = f"h{d}", "2020-01-01", "day"
        for i in range(EVENTS_PER_DOC):
            a, b = rng.choices(COUNTRIES, weights, k=2)
            while b == a:
                b = rng.choice(COUNTRIES)
            etype, quad, intensity = rng.choice(TYPES)
            day = f"{rng.randint(2015, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            start = i * 45
            doc.events.append(
                Event(
                    doc.doc_id,
                    etype,
                    [Actor(a, a, a)],
                    [Actor(b, b, b)],
                    Evidence(text[start : start + 44], start, start + 44),
                    date=day,
                    date_precision="day",
                    confidence=rng.random(),
                    quad_class=quad,
                    intensity=intensity,
                    interstate=True,
                )
            )
        docs.append(doc)
    return docs


def build(db_url: str, n_events: int) -> None:
    ds = core.open(db_url)
    t0 = time.perf_counter()
    docs = synthetic_documents(n_events)
    ds.store.write_documents(docs)
    for i in range(0, len(docs), 200):
        ds.store.write_coded(docs[i : i + 200])
    t1 = time.perf_counter()
    ds.store.refresh_fusion()
    t2 = time.perf_counter()
    counts = ds.stats()
    print(
        f"store: {counts['events']} coded events, {counts['fused_events']} fused, "
        f"{counts['dyads']} dyads; write {t1 - t0:.1f} s, fusion {t2 - t1:.1f} s"
    )
    ds.close()


def percentiles(times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    p95 = ms[min(len(ms) - 1, int(round(0.95 * len(ms))) - 1)]
    median = statistics.median(ms)
    return f"p50 {median:6.1f} ms   p95 {p95:6.1f} ms   max {ms[-1]:6.1f} ms  (n={len(ms)})"


def event_urls(rng: random.Random, n: int, client: TestClient) -> list[str]:
    dyads = [d["dyad"] for d in client.get("/api/dyads?limit=1000").json()["items"]]
    urls = []
    for _ in range(n):
        kind = rng.randrange(6)
        if kind == 0:
            urls.append("/api/events")
        elif kind == 1:
            urls.append(f"/api/events?dyad={rng.choice(dyads[:40])}")
        elif kind == 2:
            year = rng.randint(2015, 2024)
            urls.append(f"/api/events?since={year}-01&until={year}-06&type=CONSULT,AGREE")
        elif kind == 3:
            urls.append(f"/api/events?country={rng.choice(COUNTRIES)}&sort=-intensity&limit=100")
        elif kind == 4:
            first = client.get(f"/api/events?dyad={rng.choice(dyads[:10])}&limit=50").json()
            urls.append(
                f"/api/events?dyad={first['items'][0]['source'][0]['country']}-"
                f"{first['items'][0]['target'][0]['country']}&cursor={first['next']}"
            )
        else:
            urls.append(
                f"/api/events?unfused=true&quad_class=material-conflict&dyad={rng.choice(dyads[:20])}"
            )
    return urls


def timed(client: TestClient, urls: list[str], before=None) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for url in urls:
        if before:
            before()
        t0 = time.perf_counter()
        response = client.get(url)
        times.append(time.perf_counter() - t0)
        assert response.status_code == 200, (url, response.text)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--db", help="store to time; built first when it holds no events")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'bench.db'}"
        ds = core.open(url)
        if ds.stats()["events"] == 0:
            build(url, args.events)
        elif ds.store.fusion_stale():
            t0 = time.perf_counter()
            ds.store.refresh_fusion()
            print(f"fusion refreshed in {time.perf_counter() - t0:.1f} s")
        with TestClient(create_app(ds)) as client:
            time_endpoints(ds, client, random.Random(1), args.requests)
        ds.close()


def time_endpoints(ds: core.Dyadscope, client: TestClient, rng: random.Random, n: int) -> None:
    def forget() -> None:
        ds._index_cache.clear()
        ds._events_cache.clear()
        ds.store.engine.dispose()

    urls = event_urls(rng, n, client)
    timed(client, urls[:20])  # warm the connection pool and page cache
    print("/api/events          cold", percentiles(timed(client, urls, before=forget)))
    print("/api/events          warm", percentiles(timed(client, urls)))
    unfused = [u for u in urls if "unfused" not in u and "cursor=" not in u]  # cursor: per list
    unfused = [u + ("&" if "?" in u else "?") + "unfused=true" for u in unfused]
    print("/api/events?unfused  cold", percentiles(timed(client, unfused, before=forget)))
    print("/api/events?unfused  warm", percentiles(timed(client, unfused)))
    dyads = [d["dyad"] for d in client.get("/api/dyads?limit=1000").json()["items"]]
    time_index(client, forget, index_urls(rng, dyads[:30], n))


def index_urls(rng: random.Random, dyads: list[str], n: int) -> list[tuple[str, str, str]]:
    """(freq, plain url, url with a date window on period boundaries) for busy dyads."""
    out = []
    for _ in range(n):
        first, second = rng.choice(dyads).split("-")
        pair = f"{first}-{second}" if rng.random() < 0.5 else f"{second}-{first}"
        directed = "&directed=true" if rng.random() < 0.3 else ""
        freq = rng.choice(FREQS)
        url = f"/api/index?dyad={pair}&freq={freq}{directed}"
        year = rng.randint(2016, 2020)
        since = date.fromisocalendar(year, 1, 1) if freq == "week" else date(year, 1, 1)
        out.append((freq, url, f"{url}&since={since.isoformat()}&until={year + 2}-12-31"))
    return out


def time_index(client: TestClient, forget, urls: list[tuple[str, str, str]]) -> None:  # type: ignore[no-untyped-def]
    plain = [u for _, u, _ in urls]
    cold = timed(client, plain, before=forget)
    print("/api/index           cold", percentiles(cold))
    print("/api/index           warm", percentiles(timed(client, plain)))
    for freq in FREQS:
        mine = [t for (f, _, _), t in zip(urls, cold, strict=True) if f == freq]
        print(f"  {freq:<7}            cold", percentiles(mine))
    windows = [w for _, _, w in urls[: len(urls) // 3]]
    print("/api/index window    cold", percentiles(timed(client, windows, before=forget)))
    unaligned = [w.replace("-01-01&", "-02-10&").replace("-12-31", "-11-20") for w in windows]
    unaligned = [w.replace("&freq=week", "&freq=month") for w in unaligned]
    print("  cut periods        cold", percentiles(timed(client, unaligned, before=forget)))


if __name__ == "__main__":
    main()
