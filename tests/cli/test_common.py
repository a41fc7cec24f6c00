"""Helpers shared by the commands."""

import pytest
from rich.table import Table

from dyadscope.cli._common import FORMATS, check_format, print_table, write_export
from dyadscope.errors import UsageError


def test_check_format_names_the_choices():
    check_format("parquet")
    with pytest.raises(UsageError) as raised:
        check_format("xml")
    assert raised.value.code == "E004" and ", ".join(FORMATS) in str(raised.value)


def test_parquet_needs_an_output_file():
    with pytest.raises(UsageError, match="-o FILE"):
        write_export([{"a": 1}], "parquet", None)


def test_print_table_writes_to_the_output_file(tmp_path, capsys):
    table = Table("name")
    table.add_row("Wang Yi")
    out = tmp_path / "table.txt"
    print_table(table, out)
    assert "Wang Yi" in out.read_text(encoding="utf-8") and capsys.readouterr().out == ""
