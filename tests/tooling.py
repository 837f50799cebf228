"""Tests that need a system tool skip locally but fail in CI (BKFI_REQUIRE_TOOLS=1)."""

from __future__ import annotations

import os
import shutil

import pytest


def require_tool(name: str) -> str:
    """Return the tool's path, or skip (locally) / fail (CI) when it is missing."""
    path = shutil.which(name)
    if path:
        return path
    reason = f"{name} is not installed"
    if os.environ.get("BKFI_REQUIRE_TOOLS") == "1":
        pytest.fail(f"{reason}, and BKFI_REQUIRE_TOOLS=1 requires it")
    pytest.skip(reason)
    raise AssertionError("unreachable")


def require_file(path: str, what: str) -> str:
    """Like require_tool, for a library file such as the SoftHSM2 PKCS#11 module."""
    if os.path.exists(path):
        return path
    reason = f"{what} not found at {path}"
    if os.environ.get("BKFI_REQUIRE_TOOLS") == "1":
        pytest.fail(f"{reason}, and BKFI_REQUIRE_TOOLS=1 requires it")
    pytest.skip(reason)
    raise AssertionError("unreachable")
