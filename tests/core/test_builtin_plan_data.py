"""Shape checks for the built-in seed plan (Bắc Kạn city, Nghị quyết 47/NQ-CP)."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

PLAN_FILE = Path(__file__).resolve().parents[2] / "resources" / "plans" / "nq47_bac_kan_2024.json"
ROLES = {"lead", "support", "implement"}
CATEGORIES = {"phong_ban", "nganh", "doan_the", "dang", "xa", "phuong", "collective", "cap_tren"}
TASK_KEYS = {"code", "content", "details", "product", "deadline_text", "units"}


@pytest.fixture(scope="module")
def plan() -> dict[str, Any]:
    return json.loads(PLAN_FILE.read_text(encoding="utf-8"))


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from _strings(item)


def test_header(plan: dict[str, Any]) -> None:
    assert plan["schema"] == "bkfi.plan/1"
    header = plan["plan"]
    assert header["key"] == "nq47-bac-kan-2024"
    assert header["year"] == 2024
    assert header["title"].startswith("Triển khai thực hiện Nghị quyết số 47/NQ-CP")
    assert header["signer"]["name"] == "Lê Đăng Trường"
    assert all(not r.startswith("-") and not r.endswith(";") for r in header["recipients"])


def test_groups_cover_section_ii_and_iv(plan: dict[str, Any]) -> None:
    groups = plan["groups"]
    assert len([g for g in groups if g["section"] == "II"]) >= 5
    assert groups[-1]["section"] == "IV" and groups[-1]["title"] == "Tổ chức thực hiện"


def test_every_task_has_content_and_valid_unit_refs(plan: dict[str, Any]) -> None:
    names = [u["name"] for u in plan["units"]]
    assert len(names) == len(set(names))
    assert all(u["category"] in CATEGORIES for u in plan["units"])
    codes = []
    for group in plan["groups"]:
        for n, task in enumerate(group["tasks"], 1):
            assert set(task) == TASK_KEYS
            assert task["code"] == f"{group['ordinal']}.{n}"
            assert task["content"].strip()
            assert "*" not in task["content"]
            assert task["units"], task["code"]
            for ref in task["units"]:
                assert ref["ref"] in names, ref
                assert ref["role"] in ROLES, ref
            codes.append(task["code"])
    assert len(codes) == len(set(codes))


def test_collectives_are_single_references(plan: dict[str, Any]) -> None:
    collectives = {u["name"] for u in plan["units"] if u["category"] == "collective"}
    assert {"Các phòng, ban, ngành, đoàn thể thành phố", "Ủy ban nhân dân các xã, phường"} <= collectives
    task_1_1 = plan["groups"][0]["tasks"][0]
    assert [r["ref"] for r in task_1_1["units"]] == [
        "Các phòng, ban, ngành, đoàn thể thành phố",
        "Ủy ban nhân dân các xã, phường",
    ]
    assert len(task_1_1["details"]) == 3


def test_group_2_is_led_by_culture_and_information_office(plan: dict[str, Any]) -> None:
    group = next(g for g in plan["groups"] if g["ordinal"] == "2")
    assert group["title"] == "Hoàn thiện cơ chế, chính sách về thông tin đối ngoại"
    for task in group["tasks"]:
        leads = [r["ref"] for r in task["units"] if r["role"] == "lead"]
        assert leads == ["Phòng Văn hoá và Thông tin thành phố"]


def test_text_is_nfc(plan: dict[str, Any]) -> None:
    raw = PLAN_FILE.read_text(encoding="utf-8")
    assert unicodedata.is_normalized("NFC", raw)
    for text in _strings(plan):
        assert unicodedata.is_normalized("NFC", text), text
