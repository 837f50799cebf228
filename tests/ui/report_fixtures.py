"""Fixtures for the Báo cáo page and the signing dialogs, loaded with
`pytest_plugins = ["tests.ui.report_fixtures"]`; `answers` and `context` (the demo workspace seen on
20/11/2026, inline runner) come from tests/ui/conftest.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from bkfi_desktop.documents.signing import P12Signer, SignatureAppearance, import_trust_root, sign_pdf
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.app_context import AppContext
from bkfi_desktop.workflows.build_report import build_report
from tests.signing.pki import P12_PASSWORD, TestPki, build_pki


@dataclass
class SaveAnswers:
    """Scripted answers for dialogs.choose_save_file (the GUI conftest scripts only the open dialogs)."""

    paths: list[Path | None] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)

    def choose_save_file(
        self, _parent: Any, title: str, suggested: str = "", _filter: str = ""
    ) -> Path | None:
        self.asked.append(suggested)
        return self.paths.pop(0) if self.paths else None


@pytest.fixture
def save_answers(monkeypatch: pytest.MonkeyPatch) -> SaveAnswers:
    scripted = SaveAnswers()
    monkeypatch.setattr(dialogs, "choose_save_file", scripted.choose_save_file)
    return scripted


@pytest.fixture(scope="session")
def test_pki(tmp_path_factory: pytest.TempPathFactory) -> TestPki:
    """A throwaway CA (root, signer, expired signer…) with its .p12 files, made once per run."""
    return build_pki(tmp_path_factory.mktemp("ui-pki"))


@pytest.fixture
def trusted_root(test_pki: TestPki) -> Path:
    """The test root installed as a trust root in this test's own data folder (BKFI_HOME)."""
    import_trust_root(test_pki.root_pem)
    return test_pki.root_pem


@dataclass(frozen=True)
class IssuedReport:
    report_id: int
    pdf: Path


@pytest.fixture
def issued_report(context: AppContext, tmp_path: Path) -> IssuedReport:
    """The demo unit's 2025-H1 report, issued (numbered) through the report service."""
    folder = tmp_path / "báo cáo"
    built = build_report(
        context.workspace, "2025-H1", out_pdf=folder / "bao-cao-2025-H1.pdf", issued_on=context.today()
    )
    assert built.report_id is not None
    return IssuedReport(built.report_id, built.pdf_path)


@pytest.fixture
def signed_pdf(issued_report: IssuedReport, test_pki: TestPki) -> Iterator[Path]:
    """The issued report signed with the test signer's .p12 through the signing service."""
    out = issued_report.pdf.with_name("bao-cao-2025-H1-da-ky.pdf")
    sign_pdf(issued_report.pdf, out, P12Signer(test_pki.p12("signer"), P12_PASSWORD), SignatureAppearance())
    yield out
