"""Files carried inside a report PDF: the payload JSON and the Excel appendix.

They are embedded before signing so that the signature covers them. Each file is registered in
the catalog's /Names /EmbeddedFiles tree and listed in the catalog's /AF (associated files) with an
/AFRelationship: /Data for the machine-readable payload, /Supplement for anything else.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from pathlib import Path

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.embed import EmbeddedFileObject, EmbeddedFileParams, FileSpec, embed_file
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.rw_common import PdfHandler

from bkfi_desktop.errors import InvalidInputError

PAYLOAD_NAME = "bkfi-report.json"
PLAN_PAYLOAD_NAME = "bkfi-plan.json"  # the unit's detailed plan carries its data the same way
APPENDIX_NAME = "bkfi-phu-luc.xlsx"
_DATA_MIME_TYPES = {"application/json"}


def _relationship(mime_type: str) -> generic.NameObject:
    return generic.pdf_name("/Data" if mime_type in _DATA_MIME_TYPES else "/Supplement")


def embed_files(pdf_in: bytes, files: list[tuple[str, bytes, str]]) -> bytes:
    """Return the PDF with each (name, data, MIME type) embedded as an associated file.

    A name already embedded is refused rather than silently shadowed.
    """
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf_in), strict=False)
    except (PdfError, ValueError) as exc:
        raise InvalidInputError(f"Không đính kèm được tệp vào PDF: tệp PDF không đọc được ({exc}).") from None
    existing = set(_embedded_specs(writer.prev))
    now = datetime.now(UTC)
    for name, data, mime_type in sorted(files, key=lambda item: item[0]):
        if name in existing:
            raise InvalidInputError(f"Không đính kèm được tệp {name}: PDF đã có một tệp đính kèm cùng tên.")
        existing.add(name)
        stream = EmbeddedFileObject.from_file_data(
            writer,
            data=data,
            mime_type=mime_type,
            params=EmbeddedFileParams(creation_date=now, modification_date=now),
        )
        embed_file(
            writer,
            FileSpec(
                file_spec_string=name,
                file_name=name,
                embedded_data=stream,
                af_relationship=_relationship(mime_type),
            ),
        )
    _sort_name_tree(writer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _sort_name_tree(writer: IncrementalPdfFileWriter) -> None:
    """Name trees must be sorted by key; embed_file appends."""
    names = writer.root["/Names"]["/EmbeddedFiles"]["/Names"]
    pairs = [(names[i], names.raw_get(i + 1)) for i in range(0, len(names), 2)]
    pairs.sort(key=lambda pair: str(pair[0]))
    names.clear()
    for key, ref in pairs:
        names.append(key)
        names.append(ref)
    writer.update_container(names)


def _get(container: generic.DictionaryObject, key: str) -> generic.PdfObject | None:
    """A dereferenced entry, or None."""
    try:
        return container[key]
    except KeyError:
        return None


def _walk_name_tree(node: generic.DictionaryObject, found: dict[str, generic.DictionaryObject]) -> None:
    if "/Names" in node:
        names = node["/Names"]
        for i in range(0, len(names) - 1, 2):
            spec = names[i + 1]
            if isinstance(spec, generic.DictionaryObject):
                found.setdefault(str(names[i]), spec)
    for kid in _get(node, "/Kids") or ():
        _walk_name_tree(kid.get_object(), found)


def _embedded_specs(handler: PdfHandler) -> dict[str, generic.DictionaryObject]:
    """File specs by name, from the /EmbeddedFiles tree and the catalog's /AF."""
    root = handler.root
    found: dict[str, generic.DictionaryObject] = {}
    try:
        tree = root["/Names"]["/EmbeddedFiles"]
    except KeyError:
        tree = None
    if tree is not None:
        _walk_name_tree(tree, found)
    for spec in _get(root, "/AF") or ():
        spec = spec.get_object()
        if isinstance(spec, generic.DictionaryObject):
            name = _get(spec, "/UF") or _get(spec, "/F")
            if name is not None:
                found.setdefault(str(name), spec)
    return found


def embedded_files_of(handler: PdfHandler) -> dict[str, bytes]:
    """Embedded files of a reader or of one historical revision of it."""
    result: dict[str, bytes] = {}
    for name, spec in _embedded_specs(handler).items():
        ef = _get(spec, "/EF")
        if ef is None:
            continue
        stream = _get(ef, "/UF") or _get(ef, "/F")
        if stream is None:
            continue
        result[name] = stream.get_object().data
    return result


def read_embedded_files(pdf: bytes | Path) -> dict[str, bytes]:
    """Every embedded file, by name, as the PDF shows it now."""
    data = Path(pdf).read_bytes() if isinstance(pdf, Path) else pdf
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        return embedded_files_of(reader)
    except (PdfError, ValueError, KeyError) as exc:
        name = pdf.name if isinstance(pdf, Path) else "PDF"
        raise InvalidInputError(
            f"Không đọc được tệp đính kèm trong {name}: tệp PDF bị hỏng ({exc})."
        ) from None
