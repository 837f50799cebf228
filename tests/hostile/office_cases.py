"""Hostile .xlsx/.docx files, made here from XML text: bombs, lies in declared sizes, absurd spans,
deep nesting, truncations and bit flips of real files. Nothing binary is committed."""

from __future__ import annotations

import random
import struct
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from tests.exchange import builders, variant_builders
from tests.hostile.cases import Case

_CT = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "{extra}</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    '<sheet name="Phụ lục" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WB_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    "{extra}</Relationships>"
)
_SHEET_OPEN = (
    '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)
LEAD = "Phòng Văn hóa và Thông tin"


def _col(index: int) -> str:
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _text_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def task_rows(tasks: int, start: int = 1) -> Iterator[str]:
    """A header, one group and `tasks` numbered tasks, as <row> XML, from row `start`."""
    header = ["TT", "Nội dung nhiệm vụ", "Chủ trì", "Phối hợp", "Thời gian thực hiện"]
    yield f'<row r="{start}">' + "".join(_text_cell(f"{_col(i + 1)}{start}", h) for i, h in enumerate(header)) + "</row>"
    row = start + 1
    yield f'<row r="{row}">{_text_cell(f"A{row}", "I")}{_text_cell(f"B{row}", "NHIỆM VỤ CHUNG")}</row>'
    for number in range(1, tasks + 1):
        row += 1
        yield (
            f'<row r="{row}"><c r="A{row}"><v>{number}</v></c>'
            f'{_text_cell(f"B{row}", f"Nhiệm vụ thông tin đối ngoại số {number}")}'
            f'{_text_cell(f"C{row}", LEAD)}{_text_cell(f"E{row}", "Năm 2025")}</row>'
        )


def sheet_xml(rows: Iterable[str], *, dimension: str | None = None, tail: str = "") -> Iterator[str]:
    yield _SHEET_OPEN
    if dimension is not None:
        yield f'<dimension ref="{dimension}"/>'
    yield "<sheetData>"
    yield from rows
    yield "</sheetData>" + tail + "</worksheet>"


def raw_xlsx(path: Path, sheet: Iterable[str], *, parts: dict[str, str] | None = None) -> Path:
    """A minimal workbook whose one sheet is streamed from `sheet` (so bombs never sit in memory)."""
    parts = dict(parts or {})
    extra_ct = "".join(
        f'<Override PartName="/{name}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
        f'{"sharedStrings" if "sharedStrings" in name else "styles"}+xml"/>'
        for name in parts if name.startswith("xl/") and name.endswith(("sharedStrings.xml", "styles.xml"))
    )
    extra_rels = "".join(
        f'<Relationship Id="rId{10 + i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
        f'{"sharedStrings" if "sharedStrings" in name else "styles"}" Target="{name[3:]}"/>'
        for i, name in enumerate(parts) if name.endswith(("sharedStrings.xml", "styles.xml"))
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CT.format(extra=extra_ct))
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WB_RELS.format(extra=extra_rels))
        _stream_member(archive, "xl/worksheets/sheet1.xml", sheet)
        for name, text in parts.items():
            archive.writestr(name, text)
    return path


def _stream_member(archive: zipfile.ZipFile, name: str, pieces: Iterable[str]) -> None:
    with archive.open(_deflated_info(name), "w", force_zip64=True) as member:
        buffer: list[str] = []
        size = 0
        for piece in pieces:
            buffer.append(piece)
            size += len(piece)
            if size > 1 << 20:
                member.write("".join(buffer).encode("utf-8"))
                buffer, size = [], 0
        member.write("".join(buffer).encode("utf-8"))


def _deflated_info(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def set_declared_size(data: bytes, member: str, size: int) -> bytes:
    """Rewrite the uncompressed size the central directory declares for `member` (a lie)."""
    name = member.encode()
    at = data.find(b"PK\x01\x02" + b"", 0)
    out = bytearray(data)
    while at >= 0:
        name_len = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + name_len] == name:
            struct.pack_into("<I", out, at + 24, size)
            return bytes(out)
        at = data.find(b"PK\x01\x02", at + 46)
    raise AssertionError(f"no member {member}")


def flips(data: bytes, count: int, seed: int) -> Iterator[tuple[int, bytes]]:
    rng = random.Random(seed)
    for index in range(count):
        altered = bytearray(data)
        for _ in range(1 + index % 3):
            position = rng.randrange(len(altered))
            altered[position] ^= 1 << rng.randrange(8)
        yield index, bytes(altered)


def truncations(data: bytes, count: int) -> Iterator[tuple[int, bytes]]:
    for index in range(count):
        cut = max(1, len(data) * (index + 1) // (count + 1))
        yield index, data[:cut]


def xlsx_cases(folder: Path) -> list[Case]:
    cases: list[Case] = []

    def add(name: str, path: Path, expect: str, **extra: object) -> None:
        cases.append(Case(name=name, file=str(path), expect=expect, **extra))  # type: ignore[arg-type]

    base = builders.appendix_xlsx(folder / "phu-luc.xlsx")
    data = base.read_bytes()
    add("xlsx-original", base, "import", tasks=-1)
    for index, cut in truncations(data, 26):
        path = folder / f"cat-{index}.xlsx"
        path.write_bytes(cut)
        add(f"xlsx-truncated-{index}", path, "refuse")
    for index, flipped in flips(data, 40, seed=17):
        path = folder / f"lat-bit-{index}.xlsx"
        path.write_bytes(flipped)
        add(f"xlsx-bitflip-{index}", path, "either", tasks=-1)
    for suffix in (".docx", ".txt", ".csv", ".pdf", ".xlsm", ""):
        path = folder / f"phu-luc-doi-duoi{suffix or '-khong-duoi'}"
        path.write_bytes(data)
        add(f"xlsx-as-{suffix or 'none'}", path, "import", tasks=-1)

    def sheet(name: str, rows: Iterable[str], expect: str, *, dimension: str | None = None, tail: str = "",
              parts: dict[str, str] | None = None, **extra: object) -> None:
        path = raw_xlsx(folder / f"{name}.xlsx", sheet_xml(rows, dimension=dimension, tail=tail), parts=parts)
        add(name, path, expect, **extra)

    sheet("dimension-understated", task_rows(102), "import", dimension="A1:E10", tasks=102)
    sheet("dimension-overstated", task_rows(5), "import", dimension="A1:XFD1048576", tasks=5)
    sheet("dimension-missing", task_rows(7), "import", tasks=7)
    sheet("dimension-garbage", task_rows(6), "refuse", dimension="ZZ:!!")  # openpyxl cannot open it: said so
    sheet("dimension-lies-60000-rows", task_rows(60_000), "refuse", dimension="A1:E10", needle="50.000", heavy=True)
    sheet("dimension-lies-50001-rows", task_rows(50_001), "refuse", dimension="A1:E10", needle="50.000")
    sheet("empty-styled-rows-million", (f'<row r="{r}" s="1" customFormat="1"/>' for r in range(1, 1_000_001)),
          "refuse", needle="200.000", heavy=True)
    sheet("single-cell-xfd1048576", [*task_rows(5), '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'],
          "refuse", needle="1.048.576", heavy=True)
    sheet("row-of-16384-numbers", ['<row r="1">' + "".join(f'<c r="{_col(c)}1"><v>{c}</v></c>'
                                                          for c in range(1, 16385)) + "</row>"],
          "refuse", needle="512")
    sheet("tasks-then-16384-numbers", [*task_rows(4), '<row r="20">' + "".join(
        f'<c r="{_col(c)}20"><v>{c}</v></c>' for c in range(1, 16385)) + "</row>"], "refuse", needle="512")
    sheet("value-far-right", [*task_rows(8), f'<row r="30">{_text_cell("AZ30", "ghi chú lạc")}</row>'],
          "import", tasks=8, warning="ngoài 40 cột")
    sheet("180mb-of-empty-rows", ("<row/>" * 100_000 for _ in range(300)), "refuse", needle="MB", heavy=True)
    sheet("30mb-of-empty-rows", ("<row/>" * 100_000 for _ in range(50)), "refuse", needle="200.000")
    sheet("styled-empty-cells-2m", (f'<row r="{r}">' + "".join(f'<c r="{_col(c)}{r}" s="1"/>' for c in range(1, 21))
                                    + "</row>" for r in range(1, 100_001)), "refuse", needle="1.500.000", heavy=True)
    sheet("deep-nesting", ["<x>" * 20_000, "</x>" * 20_000], "refuse")
    path = raw_xlsx(folder / "deep-nesting-styles.xlsx", sheet_xml(task_rows(2)),
                    parts={"xl/styles.xml": "<styleSheet>" + "<x>" * 5_000 + "</x>" * 5_000 + "</styleSheet>"})
    add("deep-nesting-styles", path, "refuse", needle="lồng nhau")
    sheet("row-index-huge", [*task_rows(3), '<row r="999999999"><c r="A999999999"><v>1</v></c></row>'],
          "refuse", needle="999.999.999")
    sheet("row-index-negative", ['<row r="-5"><c r="A1"><v>1</v></c></row>', *task_rows(3, start=2)],
          "either", tasks=3)
    sheet("cell-ref-garbage", ['<row r="1"><c r="!!"><v>1</v></c></row>', *task_rows(3, start=2)], "either", tasks=3)
    sheet("merge-whole-sheet", task_rows(4), "import", tail='<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
          tasks=4)
    sheet("merges-50000", task_rows(4), "refuse", needle="20.000",
          tail="<mergeCells>" + "".join(f'<mergeCell ref="H{r}:I{r}"/>' for r in range(1, 50_001)) + "</mergeCells>")
    sheet("empty-sheet", [], "refuse")
    sheet("header-only", list(task_rows(0)), "refuse")
    sheet("one-cell-10mb", [*task_rows(2), f'<row r="9">{_text_cell("B9", "a" * 10_000_000)}</row>'], "refuse",
          needle="32.767")
    sheet("one-cell-32767", [*task_rows(2), f'<row r="9">{_text_cell("G9", "a" * 32_767)}</row>'], "import", tasks=2)
    sheet("shared-strings-bomb", task_rows(3), "refuse", needle="MB",
          parts={"xl/sharedStrings.xml": '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 + "<si><t>" + "x" * 60_000_000 + "</t></si></sst>"}, heavy=True)
    sheet("styles-million-elements", task_rows(3), "refuse", needle="phần tử",
          parts={"xl/styles.xml": '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 "<cellXfs>" + '<xf numFmtId="0"/>' * 400_000 + "</cellXfs></styleSheet>"})
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;'
              '&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>')
    for name, doctype in (("billion-laughs", laughs[len('<?xml version="1.0"?>'):]),
                          ("xxe-entity", '<!DOCTYPE w [<!ENTITY e SYSTEM "file:///etc/passwd">]>')):
        path = folder / f"{name}.xlsx"
        raw_xlsx(path, [_SHEET_OPEN.replace("<worksheet", doctype + "<worksheet"),
                        "<sheetData>", *task_rows(2), "</sheetData></worksheet>"])
        add(name, path, "refuse", needle="DTD")
    sheet("not-xml", ["\x01\x02 garbage <<<"], "refuse")
    sheet("bad-utf8", [*task_rows(2)], "either")
    bad = folder / "bad-utf8.xlsx"
    _rewrite_member(bad, "xl/worksheets/sheet1.xml", lambda raw: raw.replace("NHIỆM".encode(), b"NHI\xff\xfeM"))
    cases[-1].expect = "refuse"

    many = folder / "3000-members.xlsx"
    raw_xlsx(many, sheet_xml(task_rows(2)))
    with zipfile.ZipFile(many, "a") as archive:
        for index in range(3000):
            archive.writestr(f"xl/media/x{index}.bin", b"")
    add("zip-3000-members", many, "refuse", needle="2.000")

    lied = raw_xlsx(folder / "declared.xlsx", sheet_xml(task_rows(30)))
    raw = lied.read_bytes()
    for label, size in (("huge", 5_000_000_000 % (1 << 32)), ("small", 100), ("zero", 0), ("off-by-one", None)):
        path = folder / f"declared-{label}.xlsx"
        with zipfile.ZipFile(lied) as archive:
            real = archive.getinfo("xl/worksheets/sheet1.xml").file_size
        path.write_bytes(set_declared_size(raw, "xl/worksheets/sheet1.xml", real - 1 if size is None else size))
        add(f"declared-size-{label}", path, "refuse")
    return cases


def _rewrite_member(path: Path, member: str, change: object) -> None:
    with zipfile.ZipFile(path) as archive:
        items = [(info, archive.read(info.filename)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, raw in items:
            archive.writestr(info.filename, change(raw) if info.filename == member else raw)  # type: ignore[operator]


_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _p(text: str) -> str:
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def _tc(text: str, props: str = "") -> str:
    return f"<w:tc>{f'<w:tcPr>{props}</w:tcPr>' if props else ''}{_p(text)}</w:tc>"


def task_table(tasks: int, *, span: str | None = None, cell: str = "") -> str:
    rows = ["<w:tr>" + "".join(_tc(h) for h in ("TT", "Nội dung nhiệm vụ", "Chủ trì", "Thời gian thực hiện")) + "</w:tr>"]
    for number in range(1, tasks + 1):
        rows.append("<w:tr>" + _tc(str(number)) + _tc(f"Nhiệm vụ thông tin đối ngoại số {number}")
                    + _tc(LEAD) + _tc("Năm 2025") + "</w:tr>")
    if span is not None:
        rows.append("<w:tr>" + _tc("x", f'<w:gridSpan w:val="{span}"/>') + "</w:tr>")
    if cell:
        rows.append("<w:tr>" + cell + "</w:tr>")
    grid = "<w:tblGrid>" + '<w:gridCol w:w="1000"/>' * 4 + "</w:tblGrid>"
    return f"<w:tbl>{grid}{''.join(rows)}</w:tbl>"


def raw_docx(path: Path, body: Iterable[str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'wordprocessingml.document.main+xml"/></Types>'))
        archive.writestr("_rels/.rels", _RELS.replace("xl/workbook.xml", "word/document.xml"))
        _stream_member(archive, "word/document.xml",
                       [f'<?xml version="1.0" encoding="UTF-8"?><w:document {_W}><w:body>', *body, "</w:body></w:document>"])
    return path


def docx_cases(folder: Path) -> list[Case]:
    cases: list[Case] = []

    def add(name: str, path: Path, expect: str, **extra: object) -> None:
        cases.append(Case(name=name, file=str(path), expect=expect, **extra))  # type: ignore[arg-type]

    base = variant_builders.table_with_title_and_two_row_header_docx(folder / "ke-hoach.docx")
    data = base.read_bytes()
    add("docx-original", base, "import", tasks=-1)
    for index, cut in truncations(data, 26):
        path = folder / f"cat-{index}.docx"
        path.write_bytes(cut)
        add(f"docx-truncated-{index}", path, "refuse")
    for index, flipped in flips(data, 40, seed=23):
        path = folder / f"lat-bit-{index}.docx"
        path.write_bytes(flipped)
        add(f"docx-bitflip-{index}", path, "either", tasks=-1)
    for suffix in (".xlsx", ".txt", ".pdf", ".doc", ""):
        path = folder / f"ke-hoach-doi-duoi{suffix or '-khong-duoi'}"
        path.write_bytes(data)
        expect = "refuse" if suffix == ".doc" else "import"
        add(f"docx-as-{suffix or 'none'}", path, "either" if expect == "refuse" else expect, tasks=-1)

    def doc(name: str, body: Iterable[str], expect: str, **extra: object) -> None:
        add(name, raw_docx(folder / f"{name}.docx", body), expect, **extra)

    title = [_p("KẾ HOẠCH"), _p("Thực hiện công tác thông tin đối ngoại năm 2025")]
    doc("docx-plain-table", [*title, task_table(6)], "import", tasks=6)
    for span in ("100000000", "0", "-1", "abc", "65", "2147483648"):
        doc(f"docx-gridspan-{span}", [*title, task_table(3, span=span)], "refuse", needle="gộp")
    doc("docx-gridspan-63", [*title, task_table(3, span="63")], "either", tasks=3)
    doc("docx-wide-row", [*title, task_table(3, cell=_tc("x", '<w:gridSpan w:val="60"/>') * 10)], "refuse", needle="cột")
    doc("docx-175mb-document", (_p("Đoạn văn bản lặp lại " + "x" * 200) for _ in range(800_000)), "refuse",
        needle="MB", heavy=True)
    doc("docx-many-paragraphs", [*title, *(_p(f"Đoạn {i}") for i in range(60_000))], "refuse", needle="50.000")
    doc("docx-deep-xml", ["<w:p>" + "<w:r>" * 5000 + "</w:r>" * 5000 + "</w:p>"], "refuse", needle="lồng nhau")

    def nested(levels: int) -> str:
        inner = task_table(2)
        for _ in range(levels):
            inner = f"<w:tbl><w:tr><w:tc>{inner}{_p('')}</w:tc></w:tr></w:tbl>"
        return inner

    doc("docx-nested-tables-40", [*title, nested(40)], "refuse", needle="lồng nhau")
    doc("docx-nested-tables-3", [*title, nested(3), task_table(4)], "either")
    vmerge = "".join("<w:tr>" + _tc("", "<w:vMerge/>") + _tc("a") + "</w:tr>" for _ in range(2000))
    restart = _tc("x", '<w:vMerge w:val="restart"/>')
    doc("docx-vmerge-2000", [*title, task_table(2), f"<w:tbl><w:tr>{restart}{_tc('a')}</w:tr>{vmerge}</w:tbl>"],
        "refuse", needle="gộp dọc")
    doc("docx-table-cells-300k", [*title, "<w:tbl>" + ("<w:tr>" + "<w:tc><w:p/></w:tc>" * 20 + "</w:tr>") * 11_000 + "</w:tbl>"],
        "refuse", needle="ô bảng", heavy=True)
    doc("docx-dtd", ['<!DOCTYPE x [<!ENTITY a "b">]>'], "refuse")
    doc("docx-not-xml", ["<w:p><w:r></w:p>"], "refuse")
    doc("docx-empty-body", [], "refuse")
    doc("docx-text-only", [*title, _p("Không có bảng nhiệm vụ nào ở đây.")], "either")
    return cases
