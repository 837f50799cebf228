"""Ways an attacker (or a careless clerk) changes a signed PDF, each returning the altered bytes."""

from __future__ import annotations

import io

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.stamp.text import TextStamp, TextStampStyle

from bkfi_desktop.documents.attachments import PAYLOAD_NAME


def _written(writer: IncrementalPdfFileWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def flip_byte(data: bytes, offset: int = 400) -> bytes:
    """Change one bit inside the signed byte range (the page content area)."""
    altered = bytearray(data)
    altered[offset] ^= 0x01
    return bytes(altered)


def add_annotation(data: bytes, page: int = 0) -> bytes:
    """An incremental update adding a sticky note to a page."""
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    page_ref, _resources = writer.find_page_for_modification(page)
    annot = generic.DictionaryObject(
        {
            generic.pdf_name("/Type"): generic.pdf_name("/Annot"),
            generic.pdf_name("/Subtype"): generic.pdf_name("/Text"),
            generic.pdf_name("/Rect"): generic.ArrayObject(
                [generic.FloatObject(v) for v in (100, 100, 120, 120)]
            ),
            generic.pdf_name("/Contents"): generic.pdf_string("Đã sửa số liệu"),
        }
    )
    writer.register_annotation(page_ref, writer.add_object(annot))
    return _written(writer)


def add_stamp(data: bytes, page: int = 0) -> bytes:
    """An incremental update drawing a text stamp onto the page content."""
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    TextStamp(writer, TextStampStyle(stamp_text="DA DUYET")).apply(page, 100, 300)
    return _written(writer)


def replace_attachment(data: bytes, name: str = PAYLOAD_NAME, new: bytes = b'{"forged": true}') -> bytes:
    """An incremental update pointing the embedded file at new content."""
    writer = IncrementalPdfFileWriter(io.BytesIO(data))
    names = writer.root["/Names"]["/EmbeddedFiles"]["/Names"]
    for index in range(0, len(names), 2):
        if names[index] == name:
            spec = names[index + 1]
            stream = generic.StreamObject(
                {generic.pdf_name("/Type"): generic.pdf_name("/EmbeddedFile")}, stream_data=new
            )
            ref = writer.add_object(stream)
            spec["/EF"] = generic.DictionaryObject(
                {generic.pdf_name("/F"): ref, generic.pdf_name("/UF"): ref}
            )
            writer.update_container(spec)
    return _written(writer)


def truncate(data: bytes, keep: float = 0.9) -> bytes:
    return data[: int(len(data) * keep)]
