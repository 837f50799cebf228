"""The compile fixtures live in tests/compile/fixtures.py, registered once for the whole session in
tests/conftest.py; the names tests import are re-exported here."""

from tests.compile.fixtures import UNIT_A, UNIT_B, UNIT_C, ReportSet

__all__ = ["UNIT_A", "UNIT_B", "UNIT_C", "ReportSet"]
