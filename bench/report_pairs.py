"""P3 and P6 of issue #16, measured side by side as whole processes (bench.pairs).

- P3: `bkfi report build --sign-p12 …` on the demo workspace against LibreOffice headless converting a
  5-page .docx to PDF (what an office does today to get a PDF out of Word text).
- P6: a report of 500 tasks / 20,000 activities (PDF + Excel appendix + payload) against the same
  number of pages in bare ReportLab, the same number of cells in openpyxl's write-only mode and a
  `json.dumps` of the same payload, in one process.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from bench.pairs import PairResult, Sample, alternate, bench_env, python_process, run_process

PERIOD = "2025-H1"
P12_PASSWORD_VAR = "BKFI_BENCH_P12_PASSWORD"


def _bkfi(*args: str) -> list[str]:
    return [sys.executable, "-m", "bkfi_desktop", *args]


def _test_p12(folder: Path) -> Path:
    """A throwaway signer certificate (the test suite's own CA maker)."""
    from tests.signing.pki import P12_PASSWORD, make_root, make_signer

    root = make_root()
    signer = make_signer(root)
    path = folder / "ky-so.p12"
    path.write_bytes(signer.p12(P12_PASSWORD, [root.cert]))
    return path


def _five_page_docx(path: Path) -> Path:
    from docx import Document

    document = Document()
    document.add_heading("BÁO CÁO Kết quả thực hiện công tác thông tin đối ngoại 6 tháng đầu năm 2025", 1)
    sentence = (
        "Thực hiện Kế hoạch của Ủy ban nhân dân thành phố về công tác thông tin đối ngoại, đơn vị đã "
        "triển khai đầy đủ các nhiệm vụ được giao, bảo đảm tiến độ và chất lượng. "
    )
    for _ in range(60):
        document.add_paragraph(sentence * 3)
    document.save(str(path))
    return path


def measure_p3(pairs: int = 5) -> list[PairResult]:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    result = PairResult(
        "P3 bkfi report build --sign-p12 (demo, whole process)",
        "LibreOffice headless .docx → PDF (5 pages)",
        goal_time=0.5,
        goal_memory=0.5,
    )
    if soffice is None:
        print("P3 skipped: LibreOffice (soffice) is not installed (apt-get install libreoffice-writer-nogui)")
        return []
    from tests.signing.pki import P12_PASSWORD

    folder = Path(tempfile.mkdtemp(prefix="bkfi-p3-"))
    env = bench_env(folder, **{P12_PASSWORD_VAR: P12_PASSWORD})
    db = folder / "demo.db"
    run_process(_bkfi("--db", str(db), "demo"), env=env)
    p12 = _test_p12(folder)
    docx = _five_page_docx(folder / "bao-cao.docx")
    profile = (folder / "lo-profile").as_uri()
    counter = iter(range(1_000_000))

    def ours() -> Sample:
        out = folder / f"bao-cao-{next(counter)}.pdf"
        return run_process(
            _bkfi("--db", str(db), "report", "build", "--period", PERIOD, "--out", str(out),
                  "--sign-p12", str(p12), "--password-env", P12_PASSWORD_VAR),
            env=env,
        )

    def baseline() -> Sample:
        return run_process(
            [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
             "--outdir", str(folder / "lo"), str(docx)],
            env=env,
        )

    return [alternate(result, ours, baseline, pairs)]


BARE_P6 = """
import io, json, sys
from openpyxl import Workbook
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from bkfi_desktop.documents.report_pdf.fonts import REGULAR, register_fonts

pages, rows, columns, payload_path, out = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]
register_fonts()
canvas = Canvas(out + ".pdf", pagesize=A4, initialFontName=REGULAR)
for page in range(pages):
    canvas.setFont(REGULAR, 12)
    for line in range(40):
        canvas.drawString(85, 780 - 18 * line, f"Trang {page + 1}, dòng {line + 1}: nội dung báo cáo thử tải.")
    canvas.showPage()
canvas.save()
workbook = Workbook(write_only=True)
sheet = workbook.create_sheet("Phụ lục")
for row in range(rows):
    sheet.append([f"Ô {row}.{column} nội dung phụ lục" for column in range(columns)])
workbook.save(out + ".xlsx")
with open(payload_path, encoding="utf-8") as handle:
    payload = json.load(handle)
with open(out + ".json", "w", encoding="utf-8") as handle:
    handle.write(json.dumps(payload, ensure_ascii=False))
print("done")
"""


def measure_p6(pairs: int = 5, tasks: int = 500, activities: int = 20_000) -> list[PairResult]:
    from bench.report_bench import large_report_workspace

    folder = Path(tempfile.mkdtemp(prefix="bkfi-p6-"))
    env = bench_env(folder)
    db = large_report_workspace(folder / "thử tải.db", tasks=tasks, activities=activities)
    counter = iter(range(1_000_000))
    last: dict[str, Path] = {}

    def ours() -> Sample:
        stem = folder / f"bao-cao-{next(counter)}"
        last["pdf"], last["xlsx"], last["json"] = (stem.with_suffix(s) for s in (".pdf", ".xlsx", ".json"))
        return run_process(
            _bkfi("--db", str(db), "report", "build", "--period", PERIOD, "--preview", "--out", str(last["pdf"]),
                  "--xlsx", str(last["xlsx"]), "--payload-out", str(last["json"])),
            env=env,
        )

    ours()  # the sizes the baseline must match
    pages, rows, columns = _sizes(last["pdf"], last["xlsx"])
    payload = last["json"]

    def baseline() -> Sample:
        return python_process(
            BARE_P6, str(pages), str(rows), str(columns), str(payload), str(folder / "bare"), env=env, expect="done"
        )

    result = PairResult(
        f"P6 report build, {tasks} tasks / {activities} activities (PDF {pages} p. + xlsx + payload)",
        f"bare ReportLab {pages} p. + openpyxl write-only {rows}×{columns} + json.dumps",
        goal_time=1.5,
    )
    return [alternate(result, ours, baseline, pairs, warm_up=False)]


def _sizes(pdf: Path, xlsx: Path) -> tuple[int, int, int]:
    from openpyxl import load_workbook
    from pyhanko.pdf_utils.reader import PdfFileReader

    with pdf.open("rb") as handle:
        pages = int(PdfFileReader(handle).root["/Pages"]["/Count"])
    workbook = load_workbook(xlsx, read_only=True)
    rows, columns = 0, 0
    for sheet in workbook.worksheets:  # write-only files carry no <dimension>: count what is there
        for row in sheet.iter_rows(values_only=True):
            rows += 1
            columns = max(columns, len(row))
    workbook.close()
    return pages, rows, columns


if __name__ == "__main__":
    from bench.pairs import print_result

    for measured in (*measure_p3(), *measure_p6()):
        print_result(measured)
