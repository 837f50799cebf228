"""Hostile .txt/.csv task lists and signed-report PDFs, made here: encodings, truncations, bit flips,
absurd widths, deep nesting, lying XRef streams, compressed bombs, encryption."""

from __future__ import annotations

import io
import zlib
from pathlib import Path

from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.writer import copy_into_new_writer

from bkfi_desktop.documents.signing import P12Signer, SignatureAppearance, sign_pdf
from bkfi_desktop.textvn.legacy import unicode_to_tcvn3, unicode_to_vni
from tests.exchange import builders
from tests.hostile.cases import Case
from tests.hostile.office_cases import LEAD, flips, truncations
from tests.signing.pki import P12_PASSWORD, TestPki
from tests.signing.support import make_report_pdf


def _csv_text(tasks: int, sep: str = ",") -> str:
    lines = [sep.join(["TT", "Nội dung nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian thực hiện"]), sep.join(["I", "NHIỆM VỤ CHUNG", "", "", ""])]
    lines += [sep.join([str(n), f"Nhiệm vụ thông tin đối ngoại số {n}", LEAD, "", "Năm 2025"]) for n in range(1, tasks + 1)]
    return "\n".join(lines) + "\n"


def text_cases(folder: Path) -> list[Case]:
    cases: list[Case] = []

    def add(name: str, data: bytes, suffix: str, expect: str, **extra: object) -> None:
        path = folder / f"{name}{suffix}"
        path.write_bytes(data)
        cases.append(Case(name=name, file=str(path), expect=expect, **extra))  # type: ignore[arg-type]

    plan = builders.seed_path().read_text(encoding="utf-8")
    add("txt-original", plan.encode("utf-8"), ".txt", "import", tasks=-1, family="txt")
    for label, data in (
        ("utf-8-bom", b"\xef\xbb\xbf" + plan.encode("utf-8")),
        ("utf-16-bom", plan.encode("utf-16")),
        ("utf-16-be-bom", b"\xfe\xff" + plan.encode("utf-16-be")),
        ("utf-16-le-no-bom", plan.encode("utf-16-le")),
        ("crlf", plan.replace("\n", "\r\n").encode("utf-8")),
        ("cr-only", plan.replace("\n", "\r").encode("utf-8")),
    ):
        add(f"txt-{label}", data, ".txt", "import", tasks=-1, family="txt")
    add("txt-tcvn3", unicode_to_tcvn3(plan).encode("latin-1", errors="replace"), ".txt", "clean")
    add("txt-vni", unicode_to_vni(plan).encode("latin-1", errors="replace"), ".txt", "clean")
    raw = plan.encode("utf-8")
    for index, cut in truncations(raw, 16):
        add(f"txt-truncated-{index}", cut, ".txt", "clean")
    for index, flipped in flips(raw, 16, seed=29):
        add(f"txt-bitflip-{index}", flipped, ".txt", "clean")
    add("txt-21mb", b"a" * (21 * 1024 * 1024), ".txt", "refuse", needle="20 MB")
    add("txt-one-15mb-line", ("Nhiệm vụ " * 1_600_000).encode("utf-8"), ".txt", "clean")
    add("txt-60000-paragraphs", "\n\n".join(f"{n}. Đoạn {n}" for n in range(60_000)).encode("utf-8"), ".txt", "clean")
    add("txt-binary", bytes(range(256)) * 64, ".txt", "refuse")
    add("txt-empty", b"", ".txt", "refuse")
    add("txt-only-spaces", b" \n\t\n " * 100, ".txt", "refuse")
    add("txt-html", b"<html><body><table><tr><td>TT</td></tr></table></body></html>", ".txt", "clean")
    add("txt-utf16-odd-length", plan.encode("utf-16")[:-1], ".txt", "clean")
    add("txt-invalid-utf8", raw.replace("Kế hoạch".encode(), b"K\xff ho\xfe"), ".txt", "clean")
    add("txt-nul-bytes", raw.replace(b"\n", b"\x00\n"), ".txt", "clean")

    table = _csv_text(12)
    add("csv-original", table.encode("utf-8"), ".csv", "import", tasks=12)
    add("csv-semicolon", _csv_text(12, ";").encode("utf-8"), ".csv", "import", tasks=12)
    add("csv-tab", _csv_text(12, "\t").encode("utf-8"), ".tsv", "import", tasks=12)
    add("csv-bom-crlf", b"\xef\xbb\xbf" + table.replace("\n", "\r\n").encode("utf-8"), ".csv", "import", tasks=12)
    add("csv-utf16", table.encode("utf-16"), ".csv", "import", tasks=12)
    add("csv-60000-rows", _csv_text(60_000).encode("utf-8"), ".csv", "refuse", needle="50.000")
    add("csv-20000-columns", (table + ",".join(str(n) for n in range(20_000)) + "\n").encode("utf-8"), ".csv",
        "refuse", needle="512")
    add("csv-row-of-numbers-only", (",".join(str(n) for n in range(16_384)) + "\n").encode("utf-8"), ".csv",
        "refuse", needle="512")
    add("csv-unterminated-quote", (table + '1,"Nhiệm vụ không đóng ngoặc\n' + "x,y\n" * 1000).encode("utf-8"),
        ".csv", "clean")
    add("csv-nul", table.replace(",", "\x00,").encode("utf-8"), ".csv", "clean")
    add("csv-huge-field", (table + '99,"' + "a" * 5_000_000 + '",Phòng,,Năm 2025\n').encode("utf-8"), ".csv", "clean")
    add("csv-as-xlsx", table.encode("utf-8"), ".xlsx", "refuse")
    for index, cut in truncations(table.encode("utf-8"), 8):
        add(f"csv-truncated-{index}", cut, ".csv", "clean")
    for index, flipped in flips(table.encode("utf-8"), 8, seed=31):
        add(f"csv-bitflip-{index}", flipped, ".csv", "clean")
    return cases


def _pdf(objects: list[bytes], trailer: bytes = b"") -> bytes:
    out = b"%PDF-1.7\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R " % (len(objects) + 1) + trailer + b">>\nstartxref\n%d\n%%%%EOF\n" % xref
    return out


_PAGES = b"<< /Type /Pages /Kids [] /Count 0 >>"


def _bomb_pdf(inflated: int) -> bytes:
    """A report-looking PDF whose embedded bkfi-report.json inflates to `inflated` bytes of zeros."""
    packer = zlib.compressobj(9)
    chunk = b"\x00" * (16 * 1024 * 1024)
    body = b"".join(packer.compress(chunk) for _ in range(inflated // len(chunk))) + packer.flush()
    stream = b"<< /Type /EmbeddedFile /Filter /FlateDecode /Length %d >>\nstream\n" % len(body) + body + b"\nendstream"
    return _pdf([
        b"<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(bkfi-report.json) 3 0 R] >> >> >>",
        _PAGES,
        b"<< /Type /Filespec /F (bkfi-report.json) /UF (bkfi-report.json) /EF << /F 4 0 R >> >>",
        stream,
    ])


def pdf_cases(folder: Path, pki: TestPki) -> list[Case]:
    cases: list[Case] = []

    def add(name: str, data: bytes, expect: str, suffix: str = ".pdf", **extra: object) -> None:
        path = folder / f"{name}{suffix}"
        path.write_bytes(data)
        cases.append(Case(name=name, file=str(path), expect=expect, action="verify", **extra))  # type: ignore[arg-type]

    unsigned = folder / "bao-cao.pdf"
    unsigned.write_bytes(make_report_pdf())
    signed = folder / "bao-cao-da-ky.pdf"
    sign_pdf(unsigned, signed, P12Signer(pki.p12("signer"), P12_PASSWORD), SignatureAppearance())
    data = signed.read_bytes()
    add("pdf-signed-original", data, "valid")
    add("pdf-unsigned", unsigned.read_bytes(), "invalid", needle="chưa được ký")
    for index, cut in truncations(data, 26):
        add(f"pdf-truncated-{index}", cut, "invalid")
    for index, flipped in flips(data, 40, seed=37):
        add(f"pdf-bitflip-{index}", flipped, "either")
    writer = copy_into_new_writer(PdfFileReader(io.BytesIO(data)))
    writer.encrypt("mat-khau-chu", "mat-khau")
    out = io.BytesIO()
    writer.write(out)
    add("pdf-encrypted", out.getvalue(), "invalid", needle="mã hóa")
    add("pdf-empty", b"", "invalid")
    add("pdf-html", "<html><body>Báo cáo</body></html>".encode(), "invalid", needle="không phải tệp PDF")
    add("pdf-is-zip", b"PK\x03\x04" + b"\x00" * 200, "invalid", needle="không phải tệp PDF")
    add("pdf-header-only", b"%PDF-1.7\n", "invalid")
    add("pdf-deep-arrays-500", _pdf([b"<< /Type /Catalog /Pages 2 0 R /X " + b"[" * 500 + b"]" * 500 + b" >>", _PAGES]),
        "invalid")
    add("pdf-deep-dicts-5000", _pdf([b"<< /Type /Catalog /Pages 2 0 R /X " + b"<< /A " * 5000 + b"1" + b" >>" * 5000 + b" >>",
                                     _PAGES]), "invalid")
    add("pdf-deep-arrays-200000", _pdf([b"<< /Type /Catalog /Pages 2 0 R /X " + b"[" * 200_000 + b"]" * 200_000 + b" >>",
                                        _PAGES]), "invalid", needle="lồng nhau", heavy=True)
    xref_stream = b"%%PDF-1.7\n1 0 obj\n<< /Type /XRef /Size %s /W [%s] /Length 3 >>\nstream\nabc\nendstream\nendobj\nstartxref\n9\n%%%%EOF\n"
    add("pdf-xref-size-100000000", xref_stream % (b"100000000", b"1 4 1"), "invalid", needle="giới hạn", heavy=True)
    add("pdf-xref-widths-absurd", xref_stream % (b"5", b"1 2000000000 1"), "invalid", heavy=True)
    add("pdf-xref-widths-zero", xref_stream % (b"5", b"0 0 0"), "invalid")
    add("pdf-xref-widths-negative", xref_stream % (b"5", b"-1 -4 1"), "invalid")
    add("pdf-xref-table-5000000", b"%PDF-1.7\nxref\n0 5000000\n0000000000 65535 f \ntrailer\n<< /Size 5000000 >>\n"
        b"startxref\n9\n%%EOF\n", "invalid", heavy=True)
    add("pdf-prev-loop", _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", _PAGES], b"/Prev 9 "), "invalid", heavy=True)
    add("pdf-length-lie", _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", _PAGES,
                                b"<< /Length 999999999 >>\nstream\nabc\nendstream"]), "invalid")
    add("pdf-embedded-bomb-1gb", _bomb_pdf(1024 * 1024 * 1024), "invalid", heavy=True)
    add("pdf-embedded-bomb-64mb", _bomb_pdf(64 * 1024 * 1024), "invalid")
    add("pdf-self-referencing-pages", _pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                                            b"<< /Type /Pages /Kids [2 0 R] /Count 1 /Parent 2 0 R >>"]), "invalid")
    add("pdf-as-txt", data, "valid", suffix=".txt")
    return cases
