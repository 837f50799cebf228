"""Budgets for reading .xlsx/.docx packages: checked by streaming every XML part before openpyxl or
python-docx sees the file, so a bomb, a lie in a declared size or an absurd span is refused in
seconds with one Vietnamese line, instead of costing gigabytes inside a library.

What is counted is what is actually in the file (bytes really inflated, rows and cells really
present), never what the file declares about itself (<dimension>, zip header sizes).
"""

from __future__ import annotations

import re
import struct
import time
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from xml.parsers import expat

from bkfi_desktop.errors import InvalidInputError

MAX_MEMBERS = 2_000
MAX_CENTRAL_DIRECTORY = 2 * 1024 * 1024
MAX_PART_BYTES = 48 * 1024 * 1024  # one XML part, inflated
MAX_TOTAL_BYTES = 160 * 1024 * 1024  # all XML parts together, inflated
MAX_ELEMENTS = 4_000_000  # one XML part (a cell with a value is two)
MAX_DOCX_ELEMENTS = 800_000  # python-docx keeps the whole tree in memory
MAX_STYLE_ELEMENTS = 300_000  # openpyxl turns every style record into objects
MAX_DEPTH = 100
MAX_SHEET_ROW_ELEMENTS = 200_000  # <row> elements in one sheet, empty or not
MAX_CELL_ELEMENTS = 1_500_000  # <c> elements in the whole workbook, empty or not
MAX_FILLED_ROWS = 50_000  # rows holding at least one value (same as the readers' row limit)
MAX_ROW_INDEX = 100_000  # last row holding a value: empty rows before it are read too
MAX_ROW_VALUES = 512  # cells holding a value in one row
MAX_MERGES = 20_000
MAX_SPAN = 64  # Word tables have at most 63 columns
MAX_TABLE_CELLS = 200_000  # <w:tc> in one .docx
MAX_VMERGE_RUN = 300  # python-docx follows a vertical merge one row at a time, recursively
MAX_CELL_CHARS = 32_767  # Excel's own limit for the text of one cell
MAX_PARAGRAPHS = 50_000  # paragraphs of a .docx body, as the reader counts them
MAX_SECONDS = 20.0
_CHUNK = 64 * 1024

SHARED_COLUMNS = 40  # the readers' column limit: values beyond it are reported, not read
_CELL_REF = re.compile(r"([A-Z]{1,3})?(\d*)")


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def budget_error(path: Path, reason: str) -> InvalidInputError:
    return InvalidInputError(f"Tệp “{path.name}” {reason}")


@dataclass
class SheetFacts:
    """What a worksheet part really holds, counted while streaming it."""

    last_row: int = 0  # 1-based index of the last row holding a value; 0 when none
    last_column: int = 0  # 1-based index of the rightmost column holding a value
    filled_rows: int = 0
    values_beyond: int = 0  # values right of SHARED_COLUMNS, which the reader leaves out
    first_beyond: str = ""


@dataclass
class PackageFacts:
    sheets: dict[str, SheetFacts] = field(default_factory=dict)  # by part name, no leading "/"


def check_zip_directory(path: Path) -> None:
    """Refuse a zip whose central directory is huge before zipfile loads it whole."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        handle.seek(max(0, size - 65_557))
        tail = handle.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) < at + 22:
        return  # zipfile reports the damage in its own terms
    entries, cd_size = struct.unpack("<xxxxxxxxxxHI", tail[at : at + 16])
    if entries > MAX_MEMBERS or cd_size > MAX_CENTRAL_DIRECTORY:
        raise budget_error(path, f"có quá nhiều phần nén bên trong (giới hạn {_n(MAX_MEMBERS)} phần); "
                           "không phải tệp Excel/Word thông thường.")


def check_xlsx(path: Path) -> PackageFacts:
    return _check_package(path, docx=False)


def check_docx(path: Path) -> PackageFacts:
    return _check_package(path, docx=True)


def _check_package(path: Path, *, docx: bool) -> PackageFacts:
    check_zip_directory(path)
    facts = PackageFacts()
    scan = _Scan(path, docx=docx, facts=facts)
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            if len(members) > MAX_MEMBERS:
                raise budget_error(path, f"có hơn {_n(MAX_MEMBERS)} phần nén bên trong; không phải tệp Excel/Word thông thường.")
            for info in members:
                if info.filename.endswith((".xml", ".rels")) or info.filename == "[Content_Types].xml":
                    scan.part(archive, info)
    except InvalidInputError:
        raise
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError) as exc:
        raise budget_error(path, "bị hỏng hoặc không đầy đủ (có thể tải về chưa xong); hãy lấy lại tệp gốc.") from exc
    return facts


class _Scan:
    """One streaming pass per XML part; state for the part in progress lives on self."""

    def __init__(self, path: Path, *, docx: bool, facts: PackageFacts) -> None:
        self.path = path
        self.docx = docx
        self.facts = facts
        self.total = 0
        self.cells = 0
        self.table_cells = 0
        self.deadline = time.process_time() + MAX_SECONDS  # CPU time: a busy machine is not the file's fault

    def refuse(self, reason: str) -> None:
        raise budget_error(self.path, reason)

    def part(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
        self.name = info.filename.lstrip("/")
        limit = MAX_PART_BYTES
        if info.file_size > limit:
            self.refuse(f"có phần “{self.name}” khi giải nén lên tới {_n(info.file_size // 1024 // 1024)} MB "
                        f"(giới hạn {_n(limit // 1024 // 1024)} MB mỗi phần); không phải tệp Excel/Word thông thường.")
        self.elements = 0
        self.cap = MAX_ELEMENTS
        self.cell_ref: str | None = None
        self.depth = 0
        self.root = ""
        self.sheet: SheetFacts | None = None
        self.row = 0
        self.row_has_value = False
        self.row_values = 0
        self.row_elements = 0
        self.column = 0
        self.cell_column = 0
        self.in_cell = False
        self.merges = 0
        self.grid_col = 0
        self.vmerge_runs: list[dict[int, int]] = []
        self.tc_stack: list[int] = []
        self.grid_cols: list[int] = []
        docx = self.docx
        self.parser = parser = expat.ParserCreate()
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.buffer_text = True
        if not docx:
            parser.CharacterDataHandler = self._text
        self.text_chars = -1  # counting only inside <t>
        self.paragraphs = 0
        parser.StartDoctypeDeclHandler = self._doctype
        parser.EntityDeclHandler = self._entity
        read = 0
        with archive.open(info) as stream:
            while True:
                chunk = stream.read(_CHUNK)
                if not chunk:
                    break
                read += len(chunk)
                self.total += len(chunk)
                if read > limit:
                    self.refuse(f"có phần “{self.name}” khi giải nén lớn hơn {_n(limit // 1024 // 1024)} MB "
                                "(giới hạn mỗi phần); không phải tệp Excel/Word thông thường.")
                if self.total > MAX_TOTAL_BYTES:
                    self.refuse(f"khi giải nén lớn hơn {_n(MAX_TOTAL_BYTES // 1024 // 1024)} MB (giới hạn); "
                                "không phải tệp Excel/Word thông thường.")
                if time.process_time() > self.deadline:
                    self.refuse(f"cần đọc quá {int(MAX_SECONDS)} giây (giới hạn); hãy tách ra tệp nhỏ hơn.")
                self._feed(parser, chunk, False)
        self._feed(parser, b"", True)
        if self.sheet is not None:
            self._end_row()

    def _feed(self, parser: expat.XMLParserType, chunk: bytes, final: bool) -> None:
        try:
            parser.Parse(chunk, final)
        except expat.ExpatError as exc:
            self.refuse(f"bị hỏng: phần “{self.name}” không phải XML hợp lệ (dòng {exc.lineno}); hãy lấy lại tệp gốc.")

    def _doctype(self, *_args: object) -> None:
        self.refuse(f"có khai báo DTD trong phần “{self.name}” (tệp Office thật không có); tệp bị từ chối.")

    def _entity(self, *_args: object) -> None:
        self._doctype()

    # --- elements ------------------------------------------------------------------------------

    def _start(self, tag: str, attrs: dict[str, str]) -> None:
        # The hot path: called for every element of every part, so it does as little as it can.
        self.depth += 1
        self.elements += 1
        if self.depth > MAX_DEPTH or self.elements > self.cap:
            self._over()
        local = tag.rpartition(":")[2] if ":" in tag else tag
        if self.depth == 1:
            self._root(local)
        elif self.docx:
            if local == "p" and self.depth == 3 and self.root == "document":
                self.paragraphs += 1
                if self.paragraphs > MAX_PARAGRAPHS:
                    self.refuse(f"có hơn {_n(MAX_PARAGRAPHS)} đoạn văn (giới hạn); hãy tách ra tệp nhỏ hơn.")
            self._docx_start(local, attrs)
        elif local == "t":
            self.text_chars = 0

    def _over(self) -> None:
        if self.depth > MAX_DEPTH:
            self.refuse(f"có cấu trúc lồng nhau quá sâu trong phần “{self.name}” (giới hạn {MAX_DEPTH} cấp).")
        self.refuse(f"có quá nhiều phần tử trong phần “{self.name}” (giới hạn {_n(self.cap)}); hãy tách ra tệp nhỏ hơn.")

    def _root(self, local: str) -> None:
        self.root = local
        if self.docx:
            self.cap = MAX_DOCX_ELEMENTS
        elif local == "styleSheet":
            self.cap = MAX_STYLE_ELEMENTS
        elif local == "worksheet":
            self.sheet = self.facts.sheets.setdefault(self.name, SheetFacts())
            # A sheet is most of a workbook: one lean callback per element, no end callbacks (a sheet
            # nested too deep is refused by openpyxl's parser, whose depth limit is 256).
            self.parser.StartElementHandler = self._sheet_element
            self.parser.EndElementHandler = None

    def _sheet_element(self, tag: str, attrs: dict[str, str]) -> None:
        self.elements += 1
        if self.elements > self.cap:
            self._over()
        local = tag.rpartition(":")[2] if ":" in tag else tag
        self.text_chars = -1
        if local == "c":
            self.cells += 1
            if self.cells > MAX_CELL_ELEMENTS:
                self.refuse(f"có hơn {_n(MAX_CELL_ELEMENTS)} ô (kể cả ô trống được định dạng); hãy tách ra tệp nhỏ hơn.")
            self.column += 1
            self.cell_ref = attrs.get("r")
            self.in_cell = True
        elif local == "t":
            self.text_chars = 0
        elif local == "v" or local == "is":
            if self.in_cell:
                self._value()
        elif local == "row" or local == "mergeCell":
            self._sheet_start(local, attrs)

    def _text(self, data: str) -> None:
        if self.text_chars >= 0:
            self.text_chars += len(data)
            if self.text_chars > MAX_CELL_CHARS:
                self.refuse(f"có ô chứa hơn {_n(MAX_CELL_CHARS)} ký tự trong phần “{self.name}” "
                            "(giới hạn của Excel); tệp không do Excel tạo ra.")

    def _end(self, tag: str) -> None:
        self.depth -= 1
        self.text_chars = -1
        if self.docx:
            local = tag.rpartition(":")[2]
            if local == "tc" and self.tc_stack:
                self.tc_stack.pop()
            elif local == "tbl" and self.vmerge_runs:
                self.vmerge_runs.pop()
                self.grid_col = self.grid_cols.pop()  # back to the outer table's column

    # --- worksheets ----------------------------------------------------------------------------

    def _sheet_start(self, local: str, attrs: dict[str, str]) -> None:
        if local == "row":
            self._end_row()
            self.row_elements += 1
            if self.row_elements > MAX_SHEET_ROW_ELEMENTS:
                self.refuse(f"có trang tính với hơn {_n(MAX_SHEET_ROW_ELEMENTS)} dòng (kể cả dòng trống được "
                            "định dạng); hãy xóa các dòng thừa hoặc tách ra tệp nhỏ hơn.")
            number = attrs.get("r", "")
            self.row = int(number) if number.isdigit() else self.row + 1
            self.column = 0
        elif local == "mergeCell":
            self.merges += 1
            if self.merges > MAX_MERGES:
                self.refuse(f"có hơn {_n(MAX_MERGES)} vùng ô gộp trong một trang; tệp bị từ chối.")

    def _value(self) -> None:
        self.in_cell = False  # count a cell once even if it has both <v> and <is>
        sheet = self.sheet
        assert sheet is not None
        if self.cell_ref:  # read only for cells holding a value: most styled cells hold none
            letters, digits = _CELL_REF.match(self.cell_ref).groups()  # type: ignore[union-attr]
            if letters:
                self.column = _column_index(letters)
            if digits and int(digits) != self.row:  # a cell outside its row: openpyxl follows the cell
                self._end_row()
                self.row = int(digits)
                self.row_has_value = False
        self.row_values += 1
        if self.row_values > MAX_ROW_VALUES:
            self.refuse(f"có dòng {_n(self.row)} với hơn {_n(MAX_ROW_VALUES)} ô dữ liệu (giới hạn); "
                        "không phải bảng nhiệm vụ.")
        if self.row > MAX_ROW_INDEX:
            self.refuse(f"có dữ liệu ở dòng {_n(self.row)}, quá giới hạn {_n(MAX_ROW_INDEX)} dòng; "
                        "hãy xóa các ô thừa ở cuối trang hoặc tách ra tệp nhỏ hơn.")
        self.row_has_value = True
        sheet.last_row = max(sheet.last_row, self.row)
        sheet.last_column = max(sheet.last_column, self.column)
        if self.column > SHARED_COLUMNS:
            sheet.values_beyond += 1
            if not sheet.first_beyond:
                sheet.first_beyond = f"{_column_letters(self.column)}{self.row}"

    def _end_row(self) -> None:
        if self.row_has_value and self.sheet is not None:
            self.sheet.filled_rows += 1
            if self.sheet.filled_rows > MAX_FILLED_ROWS:
                self.refuse(f"có hơn {_n(MAX_FILLED_ROWS)} dòng dữ liệu (giới hạn); hãy tách bảng nhiệm vụ ra tệp nhỏ hơn.")
        self.row_has_value = False
        self.row_values = 0

    # --- Word tables ---------------------------------------------------------------------------

    def _docx_start(self, local: str, attrs: dict[str, str]) -> None:
        if local == "tbl":
            self.vmerge_runs.append({})
            self.grid_cols.append(self.grid_col)
        elif local == "tr":
            self.grid_col = 0
        elif local == "tc":
            self.table_cells += 1
            if self.table_cells > MAX_TABLE_CELLS:
                self.refuse(f"có hơn {_n(MAX_TABLE_CELLS)} ô bảng (giới hạn); hãy tách ra tệp nhỏ hơn.")
            self.tc_stack.append(self.grid_col)
            self.grid_col += 1
        elif local == "gridSpan":
            span = _int_attr(attrs)
            if span is None or not 1 <= span <= MAX_SPAN:
                self.refuse(f"có ô bảng gộp {span if span is not None else '?'} cột (giới hạn {MAX_SPAN} cột); "
                            "bảng bị hỏng hoặc bị làm giả.")
            self.grid_col += span - 1
            if self.grid_col > MAX_SPAN * 4:
                self.refuse(f"có bảng rộng hơn {MAX_SPAN * 4} cột (giới hạn); bảng bị hỏng hoặc bị làm giả.")
        elif local == "vMerge" and self.vmerge_runs and self.tc_stack:
            runs = self.vmerge_runs[-1]
            column = self.tc_stack[-1]
            value = next((v for k, v in attrs.items() if k.rpartition(":")[2] == "val"), "continue")
            runs[column] = 0 if value == "restart" else runs.get(column, 0) + 1
            if runs[column] > MAX_VMERGE_RUN:
                self.refuse(f"có ô bảng gộp dọc hơn {_n(MAX_VMERGE_RUN)} dòng (giới hạn); hãy tách bảng ra.")


def _int_attr(attrs: dict[str, str]) -> int | None:
    for key, value in attrs.items():
        if key.rpartition(":")[2] == "val":
            try:
                return int(value)
            except ValueError:
                return None
    return None


def _column_index(letters: str) -> int:
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index


def _column_letters(index: int) -> str:
    letters = ""
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def apply_sheet_facts(workbook: object, facts: PackageFacts) -> list[str]:
    """Size every read-only worksheet from what was counted (never from its <dimension>), and
    return one warning per sheet whose values lie right of the columns the reader takes."""
    warnings = []
    for ws in getattr(workbook, "worksheets", []):
        part = str(getattr(ws, "_worksheet_path", "") or "").lstrip("/")
        sheet = facts.sheets.get(part)
        if sheet is None or not hasattr(ws, "_max_row"):
            continue
        ws._min_row = ws._min_column = 1
        ws._max_row = max(sheet.last_row, 1)
        ws._max_column = max(sheet.last_column, 1)
        if sheet.values_beyond:
            warnings.append(
                f"Trang “{ws.title}” có {_n(sheet.values_beyond)} ô dữ liệu nằm ngoài {SHARED_COLUMNS} cột đầu "
                f"(từ ô {sheet.first_beyond}); các ô này không được đọc."
            )
    return warnings
