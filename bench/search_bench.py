"""Search-filter latency at 100k activities: the activities table's filter (count + first page, as
the Hoạt động page runs it) against the same query in raw sqlite3, in the same run.

`python -m bench.search_bench [--activities N]`; prints one ratio per search.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from bench.common import best_of, big_workspace, print_ratio
from bench.pairs import PairResult, Sample, alternate
from bkfi_desktop.core.activities import ActivityFilter
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.ui.activity_table_model import PAGE_SIZE, ActivityTableModel

SEARCHES = ("le hoi", "phản bác thông tin", "zalo oa dac san", "không có kết quả nào")


def _raw(db: str, words: list[str]) -> None:
    connection = sqlite3.connect(db)
    try:
        where = " AND ".join("title_key LIKE ?" for _ in words)
        params = [f"%{word}%" for word in words]
        connection.execute(f"SELECT count(*) FROM activity WHERE {where}", params).fetchone()
        connection.execute(
            f"SELECT * FROM activity WHERE {where} ORDER BY date DESC, id DESC LIMIT {PAGE_SIZE}", params
        ).fetchall()
    finally:
        connection.close()


def run(activities: int) -> None:
    from bkfi_desktop.textvn.folding import fold_for_search

    path = big_workspace(activities)
    print(f"Workspace: {path} ({activities} generated activities)")
    _app = QApplication.instance() or QApplication([])
    with Workspace.open(path) as workspace:
        model = ActivityTableModel(workspace)  # no runner: the read runs inline, so it can be timed
        for text in SEARCHES:
            ours = best_of(5, lambda text=text: model.set_filter(ActivityFilter(text=text)))
            words = fold_for_search(text).split()
            baseline = best_of(5, lambda words=words: _raw(str(path), words))
            print_ratio(f"search “{text}” ({model.total} rows)", ours, baseline, "raw sqlite3 count+page")


def measure(pairs: int = 5, activities: int = 100_000) -> list[PairResult]:
    """P2: the Hoạt động page's filter in process against raw sqlite3, alternating per search (time only:
    both run in this process, so there is no separate peak memory to compare)."""
    import time

    from bkfi_desktop.textvn.folding import fold_for_search

    def timed(work: Callable[[], object]) -> Sample:
        started = time.perf_counter()
        work()
        return Sample(wall=time.perf_counter() - started, cpu=0.0, peak_rss_mib=0.0)

    path = big_workspace(activities)
    _app = QApplication.instance() or QApplication([])
    results = []
    with Workspace.open(path) as workspace:
        model = ActivityTableModel(workspace)
        for text in SEARCHES:
            words = fold_for_search(text).split()
            result = PairResult(f"P2 search filter “{text}” ({activities} activities)", "raw sqlite3 count + page",
                                goal_time=1.2)
            results.append(alternate(
                result,
                lambda text=text: timed(lambda: model.set_filter(ActivityFilter(text=text))),
                lambda words=words: timed(lambda: _raw(str(path), words)),
                pairs,
            ))
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--activities", type=int, default=100_000)
    run(parser.parse_args().activities)
