"""Shared fixtures. Qt runs offscreen; every test gets its own data folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The signing fixtures (throwaway CA, SoftHSM2 token, NSS store) are session-wide and shared by the
# signing and GUI tests: one registration, so the process's PKCS#11 library sees one token folder.
pytest_plugins = ("tests.signing.support", "tests.compile.fixtures", "tests.demo_workspace")
os.environ.setdefault("QT_QUICK_BACKEND", "software")


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point BKFI_HOME at a fresh folder (with Vietnamese letters and a space) for every test."""
    home = tmp_path_factory.mktemp("bkfi") / "dữ liệu BKFI"
    home.mkdir()
    monkeypatch.setenv("BKFI_HOME", str(home))
    return home
