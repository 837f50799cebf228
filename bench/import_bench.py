"""`python -m bench.import_bench`: import a 2,000-row Excel appendix, against openpyxl's bare
load-and-iterate of the same file; prints the ratio.

The baseline is the least any importer must do (open the workbook read-only and touch every
cell); the ratio is what reading the layout, repairing text, splitting units and writing the
tasks costs on top of it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from openpyxl import Workbook, load_workbook

from bench.common import best_of, print_ratio
from bench.pairs import PairResult, Sample, alternate, bench_env, print_result, python_process, run_process
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.exchange.task_import import read_task_list
from bkfi_desktop.workflows.import_tasks import import_tasks

UNITS = (
    "Phòng Văn hóa và Thông tin",
    "Phòng Nội vụ; Phòng Tư pháp",
    "Các phòng, ban, ngành, đoàn thể thành phố;\nUBND các xã, phường",
    "Văn phòng HĐND và UBND thành phố",
)
DEADLINES = ("Thường xuyên", "Quý IV/2025", "Trước ngày 31/12/2025", "Hằng năm", "Định kỳ 6 tháng")


def build_appendix(path: Path, rows: int = 2_000) -> Path:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Phụ lục")
    sheet.append(["PHỤ LỤC"])
    sheet.append(["DANH MỤC NHIỆM VỤ THỬ TẢI"])
    sheet.append(["(Kèm theo Kế hoạch số 999/KH-UBND ngày 01/01/2025)"])
    sheet.append(["STT", "Nội dung nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian thực hiện", "Sản phẩm", "Ghi chú"])
    sheet.append([f"({n})" for n in range(1, 8)])
    per_group = 100
    for group in range(rows // per_group):
        sheet.append([_roman(group + 1), f"NHÓM NHIỆM VỤ SỐ {group + 1}"])
        for n in range(1, per_group):
            i = group * per_group + n
            sheet.append([
                n,
                f"Triển khai nhiệm vụ thông tin đối ngoại số {i} trên địa bàn, bảo đảm tiến độ và chất lượng",
                UNITS[i % len(UNITS)],
                UNITS[(i + 1) % len(UNITS)],
                DEADLINES[i % len(DEADLINES)],
                "Báo cáo kết quả",
                "",
            ])
    workbook.save(path)
    return path


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out, n = out + letters, n - value
    return out


def bare_openpyxl(path: Path) -> int:
    workbook = load_workbook(path, read_only=True, data_only=True)
    count = 0
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows(values_only=True):
            count += sum(1 for value in row if value is not None)
    workbook.close()
    return count


BARE_PROCESS = """
import sys
from openpyxl import load_workbook
workbook = load_workbook(sys.argv[1], read_only=True, data_only=True)
count = sum(1 for sheet in workbook.worksheets for row in sheet.iter_rows(values_only=True) for v in row if v is not None)
workbook.close()
print("cells", count)
"""


def measure(pairs: int = 5, rows: int = 2_000) -> list[PairResult]:
    """P5: `bkfi import-tasks` of the appendix into a new workspace, whole process, against a Python
    process doing openpyxl's load + iterate of the same file."""
    folder = Path(tempfile.mkdtemp(prefix="bkfi-import-bench-"))
    appendix = build_appendix(folder / "phu-luc.xlsx", rows)
    env = bench_env(folder)
    counter = iter(range(1_000_000))

    def ours() -> Sample:
        db = folder / f"import-{next(counter)}.db"
        return run_process([sys.executable, "-m", "bkfi_desktop", "--db", str(db), "import-tasks", str(appendix)],
                           env=env)

    def baseline() -> Sample:
        return python_process(BARE_PROCESS, str(appendix), env=env, expect="cells")

    result = PairResult(f"P5 bkfi import-tasks ({rows} rows, new workspace)", "openpyxl load + iterate process",
                        goal_time=1.5)
    return [alternate(result, ours, baseline, pairs)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=2_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pairs", type=int, default=5)
    args = parser.parse_args()
    for result in measure(args.pairs, args.rows):
        print_result(result)
    folder = Path(tempfile.mkdtemp(prefix="bkfi-import-bench-"))
    appendix = build_appendix(folder / "phu-luc.xlsx", args.rows)
    baseline = best_of(args.runs, lambda: bare_openpyxl(appendix))
    reading = best_of(args.runs, lambda: read_task_list(appendix))

    counter = iter(range(1_000_000))

    def full_import() -> None:
        with Workspace.open(folder / f"import-{next(counter)}.db") as workspace:
            import_tasks(workspace, appendix)

    importing = best_of(args.runs, full_import)
    print(f"Phụ lục {args.rows} dòng: {appendix}")
    print_ratio("read_task_list", reading, baseline, "openpyxl load + iterate")
    print_ratio("import_tasks (read + write, new db)", importing, baseline, "openpyxl load + iterate")


if __name__ == "__main__":
    main()
