"""`python -m bench`: CLI queries on a 100k-activity workspace against the same query in raw sqlite3."""

from __future__ import annotations

import argparse
import contextlib
import io
import sqlite3

from bench.common import best_of, big_workspace, print_ratio
from bkfi_desktop.cli import main as bkfi


def _cli(db: str, *args: str) -> None:
    with contextlib.redirect_stdout(io.StringIO()):
        assert bkfi(["--db", db, *args]) == 0


def _raw(db: str, sql: str, params: tuple[object, ...] = ()) -> None:
    connection = sqlite3.connect(db)
    try:
        connection.execute(sql, params).fetchall()
    finally:
        connection.close()


def run(activities: int) -> None:
    db = str(big_workspace(activities))
    print(f"Workspace: {db} ({activities} generated activities)")
    cases = (
        (
            "activity list --search 'le hoi' --limit 200",
            ("activity", "list", "--search", "le hoi", "--limit", "200", "--json"),
            "SELECT * FROM activity WHERE title_key LIKE ? ORDER BY date DESC LIMIT 200",
            ("%le hoi%",),
        ),
        (
            "activity list --kind rebuttal (all rows)",
            ("activity", "list", "--kind", "rebuttal", "--json"),
            "SELECT * FROM activity WHERE kind = ? ORDER BY date DESC",
            ("rebuttal",),
        ),
        (
            "tasks list --json",
            ("tasks", "list", "--json"),
            "SELECT * FROM task JOIN task_unit ON task_unit.task_id = task.id JOIN unit ON unit.id = task_unit.unit_id",
            (),
        ),
    )
    for name, cli_args, sql, params in cases:
        ours = best_of(3, lambda cli_args=cli_args: _cli(db, *cli_args))
        baseline = best_of(3, lambda sql=sql, params=params: _raw(db, sql, params))
        print_ratio(name, ours, baseline, "raw sqlite3")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--activities", type=int, default=100_000)
    run(parser.parse_args().activities)
