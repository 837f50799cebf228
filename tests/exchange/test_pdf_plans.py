"""Plans sent as PDF (text PDFs from the document system, signed or not; scans refused), and
text pasted from a PDF into a .txt file."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from bkfi_desktop.core.plan_data import PlanData
from bkfi_desktop.core.workspace import Workspace
from bkfi_desktop.errors import InvalidInputError
from bkfi_desktop.exchange.task_import import read_task_list
from bkfi_desktop.workflows.import_tasks import import_tasks
from tests.exchange import builders
from tests.exchange import pdf_builders as pb


def _shape(plan: PlanData) -> list[tuple[str, str, list[tuple[str, str, list[str], str, list[tuple[str, str]]]]]]:
    return [
        (g.ordinal, g.title, [(t.code, t.content, t.details, t.deadline_text, sorted((u.name, u.role) for u in t.units))
                              for t in g.tasks])
        for g in plan.groups
    ]


@pytest.fixture(scope="module")
def seed_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return pb.seed_pdf(tmp_path_factory.mktemp("pdf") / "kế hoạch 47.pdf")


def test_seed_plan_as_txt_docx_and_text_pdf_gives_the_same_tasks_and_roles(seed_pdf: Path, tmp_path: Path) -> None:
    from_txt = read_task_list(builders.seed_path())
    from_docx = read_task_list(builders.seed_docx(tmp_path / "kế hoạch 47.docx"))
    from_pdf = read_task_list(seed_pdf)
    assert from_txt.task_count >= 12
    assert _shape(from_pdf) == _shape(from_txt) == _shape(from_docx)
    assert from_pdf.title == from_txt.title and from_pdf.number == from_txt.number
    assert from_pdf.signer == from_txt.signer and from_pdf.recipients == from_txt.recipients
    assert not any("Chữ ký số" in w for w in from_pdf.warnings)  # not signed: nothing to say


def test_a_signed_pdf_plan_states_who_signed_and_whether_it_checks(
    seed_pdf: Path, tmp_path: Path, pki, p12_password: str
) -> None:
    from bkfi_desktop.documents.signing import P12Signer, SignatureAppearance, import_trust_root, sign_pdf

    signed = tmp_path / "kế hoạch đã ký.pdf"
    sign_pdf(seed_pdf, signed, P12Signer(pki.p12(), p12_password),
             SignatureAppearance("Lê Văn Khải", "Phó Chủ tịch", "KT. Chủ tịch"))
    unknown = read_task_list(signed)
    assert _shape(unknown) == _shape(read_task_list(seed_pdf))
    line = unknown.warnings[0]
    assert line.startswith("Chữ ký số của tệp “kế hoạch đã ký.pdf”: Ký bởi Nguyễn Thị Hồng Nhung")
    assert "không kiểm tra được" in line
    import_trust_root(pki.root_pem)
    trusted = read_task_list(signed)
    assert trusted.warnings[0].endswith(", hợp lệ.")
    workspace = Workspace.open(tmp_path / "dữ liệu.db")
    summary = import_tasks(workspace, signed)
    assert summary.task_count == trusted.task_count and any("hợp lệ" in line for line in summary.summary_lines())


def test_a_scanned_pdf_is_refused_with_one_line_and_nothing_changes(tmp_path: Path) -> None:
    from PIL import Image

    image = tmp_path / "trang.png"
    Image.new("RGB", (400, 560), "white").save(image)
    scan = tmp_path / "bản quét.pdf"
    canvas = Canvas(str(scan), pagesize=A4)
    canvas.drawImage(str(image), 0, 0, width=A4[0], height=A4[1])
    canvas.showPage()
    canvas.save()
    workspace = Workspace.open(tmp_path / "dữ liệu.db")
    with pytest.raises(InvalidInputError) as caught:
        import_tasks(workspace, scan)
    message = str(caught.value)
    assert message.startswith("Tệp “bản quét.pdf” là bản quét") and "\n" not in message
    with workspace.session() as session:
        from bkfi_desktop.core.store.models import Task

        assert session.query(Task).count() == 0


def test_a_truncated_pdf_gets_one_line(seed_pdf: Path, tmp_path: Path) -> None:
    broken = tmp_path / "tải dở.pdf"
    broken.write_bytes(seed_pdf.read_bytes()[:1500])
    with pytest.raises(InvalidInputError) as caught:
        read_task_list(broken)
    assert str(caught.value).startswith("Tệp “tải dở.pdf”") and "\n" not in str(caught.value)


def test_text_pasted_from_a_pdf_loses_page_furniture_and_broken_lines(tmp_path: Path) -> None:
    path = tmp_path / "dán từ pdf.txt"
    path.write_text("\n".join([
        "KẾ HOẠCH",
        "Thông tin đối ngoại năm 2025",
        "II. NHIỆM VỤ CỤ THỂ",
        "1. Tuyên truyền",
        "- Gắn thông tin đối ngoại với phát triển kinh tế",
        "- xã hội của thành phố; đăng tin trên face-",
        "book và zalo của phường.",
        "Trang 1/2",
        "Kế hoạch số 45/KH-UBND",
        "- Tuyên truyền Kết luận số 57-",
        "KL/TW của Bộ Chính trị.",
        "2",
        "Kế hoạch số 45/KH-UBND",
        "- Đơn vị thực hiện: Phòng Văn hóa và Thông tin.",
    ]), encoding="utf-8")
    tasks = read_task_list(path).groups[0].tasks
    assert [t.content for t in tasks] == [
        "Gắn thông tin đối ngoại với phát triển kinh tế - xã hội của thành phố; đăng tin trên facebook và zalo của phường.",
        "Tuyên truyền Kết luận số 57-KL/TW của Bộ Chính trị.",
    ]


def test_a_password_protected_pdf_gets_one_line(seed_pdf: Path, tmp_path: Path) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.pdf_utils.writer import copy_into_new_writer

    locked = tmp_path / "có mật khẩu.pdf"
    with seed_pdf.open("rb") as source:
        writer = copy_into_new_writer(PdfFileReader(source))
        writer.encrypt("mat-khau", "mat-khau")
        with locked.open("wb") as out:
            writer.write(out)
    with pytest.raises(InvalidInputError) as caught:
        read_task_list(locked)
    assert str(caught.value) == (
        "Tệp “có mật khẩu.pdf” được đặt mật khẩu mở tệp; hãy xin bản không đặt mật khẩu của kế hoạch."
    )


def test_a_commune_plan_pdf_with_its_two_column_heading(tmp_path: Path) -> None:
    from tests.exchange.prose_builders import COMMUNE_PLAN

    body = COMMUNE_PLAN[COMMUNE_PLAN.index("KẾ HOẠCH"):]
    from_pdf = read_task_list(pb.commune_plan_pdf(tmp_path / "kế hoạch xã.pdf", body))
    assert (from_pdf.number, from_pdf.issuer, from_pdf.parent_agency, from_pdf.place) == (
        "45/KH-UBND", "ỦY BAN NHÂN DÂN XÃ NA RÌ", "UBND HUYỆN NA RÌ", "Na Rì",
    )
    assert from_pdf.issued_on is not None and from_pdf.issued_on.isoformat() == "2025-03-10"
    from tests.exchange.prose_builders import commune_plan_docx

    from_docx = read_task_list(commune_plan_docx(tmp_path / "kế hoạch xã.docx"))
    assert _shape(from_pdf) == _shape(from_docx)  # prose roles, §III pointers, deadlines alike
    assert from_pdf.signer == from_docx.signer
