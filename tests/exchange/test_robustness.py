"""Whatever bytes arrive, the importer answers with InvalidInputError (one Vietnamese line naming
the file) or a plan, never another exception: random bytes, and real .xlsx/.docx files with one
zip member replaced, truncated, bit-flipped or removed."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bkfi_desktop.errors import InvalidInputError
from bkfi_desktop.exchange.task_import import read_task_list
from tests.exchange import builders, variant_builders

_SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def originals(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple[zipfile.ZipInfo, bytes]]]:
    folder = tmp_path_factory.mktemp("originals")
    files = {
        "xlsx": builders.appendix_xlsx(folder / "a.xlsx"),
        "docx": variant_builders.table_with_title_and_two_row_header_docx(folder / "b.docx"),
    }
    out = {}
    for kind, path in files.items():
        with zipfile.ZipFile(path) as archive:
            out[kind] = [(item, archive.read(item.filename)) for item in archive.infolist()]
    return out


def _read(path: Path) -> None:
    try:
        read_task_list(path)
    except InvalidInputError as error:
        assert path.name in error.message and "\n" not in error.message


@_SETTINGS
@given(data=st.binary(max_size=2048), suffix=st.sampled_from([".xlsx", ".docx", ".txt", ".csv", ".xls"]))
def test_random_bytes(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"ngẫu nhiên{suffix}"
    path.write_bytes(data)
    _read(path)


@_SETTINGS
@given(
    kind=st.sampled_from(["xlsx", "docx"]),
    victim=st.integers(min_value=0, max_value=30),
    damage=st.sampled_from(["random", "truncate", "flip", "drop"]),
    noise=st.binary(min_size=1, max_size=64),
    cut=st.floats(min_value=0, max_value=1),
)
def test_damaged_zip_members(
    tmp_path: Path,
    originals: dict[str, list[tuple[zipfile.ZipInfo, bytes]]],
    kind: str,
    victim: int,
    damage: str,
    noise: bytes,
    cut: float,
) -> None:
    members = originals[kind]
    victim %= len(members)
    path = tmp_path / f"hỏng.{kind}"
    with zipfile.ZipFile(path, "w") as archive:
        for index, (item, data) in enumerate(members):
            if index == victim:
                if damage == "drop":
                    continue
                if damage == "random":
                    data = noise
                elif damage == "truncate":
                    data = data[: int(len(data) * cut)]
                else:
                    spot = int((len(data) - 1) * cut)
                    data = data[:spot] + noise[:4] + data[spot + 4 :]
            archive.writestr(item.filename, data)
    _read(path)


def test_zip_bomb_is_refused_before_unpacking(tmp_path: Path) -> None:
    path = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as member:
            chunk = b"\x00" * (1024 * 1024)
            for _ in range(410):
                member.write(chunk)
    with pytest.raises(InvalidInputError) as caught:
        read_task_list(path)
    assert "bom.xlsx" in caught.value.message and "400 MB" in caught.value.message
