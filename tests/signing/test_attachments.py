"""Payload and appendix travel inside the PDF as associated files."""

from __future__ import annotations

import io

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from bkfi_desktop.documents.attachments import APPENDIX_NAME, PAYLOAD_NAME, embed_files, read_embedded_files
from bkfi_desktop.errors import InvalidInputError
from tests.signing.support import make_report_pdf


def test_round_trip_and_associated_file_relationships(tmp_path):
    pdf = make_report_pdf()
    files = read_embedded_files(pdf)
    assert set(files) == {PAYLOAD_NAME, APPENDIX_NAME}
    assert b'"schema": "bkfi.report/1"' in files[PAYLOAD_NAME]
    path = tmp_path / "r.pdf"
    path.write_bytes(pdf)
    assert read_embedded_files(path) == files

    root = PdfFileReader(io.BytesIO(pdf)).root
    relationships = {
        str(spec.get_object()["/UF"]): str(spec.get_object()["/AFRelationship"]) for spec in root["/AF"]
    }
    assert relationships == {PAYLOAD_NAME: "/Data", APPENDIX_NAME: "/Supplement"}
    names = root["/Names"]["/EmbeddedFiles"]["/Names"]
    keys = [str(names[i]) for i in range(0, len(names), 2)]
    assert keys == sorted(keys)  # a name tree must be sorted


def test_pdfdetach_sees_the_files(tmp_path):
    import subprocess

    from tests.tooling import require_tool

    tool = require_tool("pdfdetach")
    path = tmp_path / "r.pdf"
    path.write_bytes(make_report_pdf())
    listing = subprocess.run([tool, "-list", str(path)], capture_output=True, text=True, check=True).stdout
    assert PAYLOAD_NAME in listing and APPENDIX_NAME in listing


def test_the_same_name_twice_is_refused():
    with pytest.raises(InvalidInputError, match=PAYLOAD_NAME.replace(".", r"\.")):
        embed_files(make_report_pdf(), [(PAYLOAD_NAME, b"{}", "application/json")])


def test_not_a_pdf_is_refused():
    with pytest.raises(InvalidInputError):
        embed_files(b"not a pdf", [(PAYLOAD_NAME, b"{}", "application/json")])
