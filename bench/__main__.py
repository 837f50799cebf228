"""`python -m bench [--pairs N] [--only P1,P5]`: every figure of issue #16, each side by side with its
baseline in the same run (alternating pairs, bench.pairs), then one table with the goal beside each.

P1 window shown · P2 search filter · P3 report build + sign · P4 compile vs pdfsig · P5 import ·
P6 large report. A figure whose baseline tool is missing here (LibreOffice, pdfsig) says so and is
left out of the table.
"""

from __future__ import annotations

import argparse
import importlib
import os
from collections.abc import Callable

from bench.pairs import PairResult, print_result

# figure → (module, function); each function takes `pairs` and returns PairResults.
FIGURES: dict[str, tuple[str, str]] = {
    "P1": ("bench.gui_bench", "measure"),
    "P2": ("bench.search_bench", "measure"),
    "P3": ("bench.report_pairs", "measure_p3"),
    "P4": ("bench.compile_bench", "measure"),
    "P5": ("bench.import_bench", "measure"),
    "P6": ("bench.report_pairs", "measure_p6"),
}


def _measure(figure: str, pairs: int) -> list[PairResult]:
    module_name, function_name = FIGURES[figure]
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        print(f"{figure}: {module_name} is not in this checkout")
        return []
    function: Callable[[int], list[PairResult]] | None = getattr(module, function_name, None)
    if function is None:
        print(f"{figure}: {module_name}.{function_name} is missing")
        return []
    return function(pairs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pairs", type=int, default=5, help="alternating pairs per figure (at least 5 for the record)")
    parser.add_argument("--only", default="", help="comma-separated figures, e.g. P1,P5")
    args = parser.parse_args()
    chosen = [figure.strip().upper() for figure in args.only.split(",") if figure.strip()] or list(FIGURES)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    results: list[PairResult] = []
    for figure in chosen:
        print(f"== {figure}", flush=True)
        for result in _measure(figure, args.pairs):
            print_result(result)
            results.append(result)
    print(f"\n{'figure':<70} {'time ×':>8} {'memory ×':>9}  goal")
    for result in results:
        wall = result.summary("wall")[0]
        rss = result.summary("peak_rss_mib")[0]
        goal = ", ".join(
            text for text in (
                f"time ≤ {result.goal_time:g}×" if result.goal_time is not None else "",
                f"memory ≤ {result.goal_memory:g}×" if result.goal_memory is not None else "",
            ) if text
        ) or "—"
        verdict = {True: "ok", False: "MISSED", None: ""}[result.meets_goals()]
        print(f"{result.name[:70]:<70} {wall:8.2f} {rss:9.2f}  {goal} {verdict}")
    print(f"\nload average at the end: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
