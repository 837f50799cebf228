"""ReportLab measures every word of a report's tables; its C accelerators (the rl-accel package) must be
the ones in use, or a 50-page report spends seconds measuring text in pure Python (issue 16, P6)."""

from __future__ import annotations

import importlib.util
import os
import types

import pytest
from reportlab.lib import rl_accel


def test_reportlab_measures_text_with_its_c_accelerators() -> None:
    if importlib.util.find_spec("_rl_accel") is None:
        # A development venv made before rl-accel was a dependency: `pip install -e .` brings it.
        reason = "rl-accel is not installed in this environment (pip install -e .)"
        if os.environ.get("BKFI_REQUIRE_TOOLS") == "1":
            pytest.fail(f"{reason}, and BKFI_REQUIRE_TOOLS=1 requires it")
        pytest.skip(reason)
    for name in ("instanceStringWidthTTF", "fp_str", "asciiBase85Encode", "escapePDF"):
        assert isinstance(getattr(rl_accel, name), types.BuiltinFunctionType), name
