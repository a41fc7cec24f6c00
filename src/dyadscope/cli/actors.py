"""`dyadscope actors resolve "TEXT" --date D` and `dyadscope actors list --country C --date D`."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Annotated

import typer

from ..errors import UsageError

DateOption = Annotated[
    str | None, typer.Option("--date", help="Reference date, YYYY-MM-DD (default: today).")
]
ActorsOption = Annotated[
    str | None, typer.Option("--actors", help="A YAML file of extra or overriding actors.")
]


def register(app: typer.Typer) -> None:
    sub = typer.Typer(help="Look up actors in the knowledge base.", no_args_is_help=True)
    sub.command("resolve")(resolve)
    sub.command("list")(list_offices)
    app.add_typer(sub, name="actors")


def _check_date(value: str | None) -> str | None:
    """YYYY, YYYY-MM or YYYY-MM-DD, each part valid; a coded usage error otherwise."""
    if value is None:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value)
    try:
        if not match:
            raise ValueError(value)
        year, month, day = match.groups()
        date(int(year), int(month or 1), int(day or 1))
    except ValueError as e:
        raise UsageError("E005", value=value) from e
    return value


def _resolver(actors_file: str | None):
    from ..actors import KnowledgeBase, Resolver

    return Resolver(KnowledgeBase.load([actors_file] if actors_file else []))


def resolve(
    text: Annotated[str, typer.Argument(help="The mention, e.g. 'the Russian prime minister'.")],
    when: DateOption = None,
    actors: ActorsOption = None,
) -> None:
    """Print the actor one mention denotes on a date, as JSON (null when none)."""
    when = _check_date(when) or _today()
    actor = _resolver(actors).resolve(text, when)
    if actor is None:
        typer.echo("null")
        return
    out = actor.to_dict()
    out.update({"igo": actor.igo, "code": actor.code, "kind": actor.kind, "reason": actor.reason})
    typer.echo(json.dumps(out, ensure_ascii=False, indent=2))


def list_offices(
    country: Annotated[str, typer.Option("--country", help="ISO alpha-3 code or IGO:UN.")],
    when: DateOption = None,
    actors: ActorsOption = None,
) -> None:
    """Who held which office in a country on a date (every term when no date is given)."""
    resolver = _resolver(actors)
    kb = resolver.kb
    code = country.upper() if not country.upper().startswith("IGO:") else "IGO:" + country[4:]
    if kb.country_name(code) is None:
        raise UsageError("E009", what=f"country {country!r}")
    when = _check_date(when)
    rows = []
    for (owner, office), _terms in sorted(kb.holders.items()):
        if owner != code:
            continue
        for term in kb.office_holders(owner, office, when and _full_date(when)):
            name = kb.people[term.person].name
            rows.append((office, kb.term_title(term), name, term.start, term.end or "now"))
    if not rows:
        typer.echo(f"no office holders known for {code} on {when}")
        return
    for office, title, name, start, end in sorted(rows, key=lambda r: (r[0], r[3])):
        typer.echo(f"{office:8} {title:45} {name:32} {start} .. {end}")


def _today() -> str:
    return date.today().isoformat()


def _full_date(value: str) -> str:
    from ..actors.resolve import normalise_date

    return normalise_date(value) or value
