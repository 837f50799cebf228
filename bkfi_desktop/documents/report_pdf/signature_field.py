"""The empty signature field over the signing block, added after ReportLab and before files are embedded."""

from __future__ import annotations

import io

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import SigFieldSpec, append_signature_field

from bkfi_desktop.documents.report_pdf.signing_block import SignatureBox
from bkfi_desktop.errors import BkfiError

SIGNATURE_FIELD_NAME = "BKFI_Signature"  # the signing service fills this field


def add_signature_field(pdf: bytes, signature: SignatureBox) -> bytes:
    if signature.page_index < 0:
        raise BkfiError("Không xác định được vị trí ký trên báo cáo; báo cáo chưa được lập.")
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    x1, y1, x2, y2 = signature.box
    append_signature_field(
        writer,
        SigFieldSpec(
            SIGNATURE_FIELD_NAME,
            on_page=signature.page_index,
            box=(int(x1), int(y1), round(x2), round(y2)),
            readable_field_name="Chữ ký số của người có thẩm quyền",
        ),
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
