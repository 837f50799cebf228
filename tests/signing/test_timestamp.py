"""B-T when a timestamp server answers; B-B, without failing, when it does not."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from asn1crypto import tsp
from asn1crypto import x509 as asn1_x509
from pyhanko.keys.internal import translate_pyca_cryptography_key_to_asn1
from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

from bkfi_desktop.documents.signing import P12Signer, SignatureAppearance, sign_pdf, verify_pdf
from tests.signing.pki import make_tsa

APPEARANCE = SignatureAppearance("Nguyễn Thị Hồng Nhung", "Chủ tịch", "")


@pytest.fixture
def tsa_url(pki) -> Iterator[str]:
    """A local RFC 3161 server answering with pyHanko's test timestamper, under the test root."""
    issued = make_tsa(pki.root)
    stamper = DummyTimeStamper(
        tsa_cert=asn1_x509.Certificate.load(issued.cert_der()),
        tsa_key=translate_pyca_cryptography_key_to_asn1(issued.key),
    )

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            request = tsp.TimeStampReq.load(self.rfile.read(int(self.headers["Content-Length"])))
            body = stamper.request_tsa_response(request).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/tsa"
    finally:
        server.shutdown()
        server.server_close()


def test_reachable_timestamp_server_gives_b_t(pki, p12_password, report_pdf, tmp_path, tsa_url):
    out = tmp_path / "bt.pdf"
    result = sign_pdf(report_pdf, out, P12Signer(pki.p12(), p12_password), APPEARANCE, timestamp_url=tsa_url)
    assert result.timestamped
    report = verify_pdf(out, [pki.root_pem])
    assert report.ok and report.timestamped


def test_unreachable_timestamp_server_falls_back_to_b_b(pki, p12_password, report_pdf, tmp_path):
    out = tmp_path / "bb.pdf"
    result = sign_pdf(
        report_pdf,
        out,
        P12Signer(pki.p12(), p12_password),
        APPEARANCE,
        timestamp_url="http://127.0.0.1:9/tsa",
    )
    assert not result.timestamped
    report = verify_pdf(out, [pki.root_pem])
    assert report.ok and not report.timestamped
