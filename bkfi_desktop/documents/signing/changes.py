"""Say in Vietnamese what changed in a PDF after a given revision: pages, page content, annotations.

pyHanko's difference analysis says *whether* a later revision is allowed; this says *what* it did,
so the receiving office can tell "someone stamped page 1" from "a second signature was added".
"""

from __future__ import annotations

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.rw_common import PdfHandler


def _page_count(handler: PdfHandler) -> int:
    return int(handler.root["/Pages"]["/Count"])


def _page(handler: PdfHandler, index: int) -> generic.DictionaryObject:
    page_ref, _resources = handler.find_page_for_modification(index)
    return page_ref.get_object()


def _content_bytes(page: generic.DictionaryObject) -> bytes:
    try:
        contents = page["/Contents"]
    except KeyError:
        return b""
    streams = contents if isinstance(contents, generic.ArrayObject) else [contents]
    return b"\n".join(stream.get_object().data for stream in streams)


def _annotation_refs(page: generic.DictionaryObject) -> dict[int, str]:
    try:
        annots = page["/Annots"]
    except KeyError:
        return {}
    found = {}
    for raw in annots:
        ref = getattr(raw, "reference", None)
        key = ref.idnum if ref is not None else id(raw)
        annot = raw.get_object()
        try:
            found[key] = str(annot["/Subtype"]).lstrip("/")
        except KeyError:
            found[key] = "Annot"
    return found


def describe_page_changes(reader: PdfFileReader, signed_revision: int) -> list[str]:
    """Changes to pages since `signed_revision`, each a short Vietnamese phrase."""
    old = reader.get_historical_resolver(signed_revision)
    changes: list[str] = []
    try:
        old_count, new_count = _page_count(old), _page_count(reader)
    except (KeyError, TypeError, ValueError):
        return changes
    if old_count != new_count:
        changes.append(f"số trang đổi từ {old_count} thành {new_count}")
    for index in range(min(old_count, new_count)):
        try:
            old_page, new_page = _page(old, index), _page(reader, index)
            if _content_bytes(old_page) != _content_bytes(new_page):
                changes.append(f"nội dung trang {index + 1} bị thay đổi (thêm chữ, dấu hoặc hình)")
            old_annots, new_annots = _annotation_refs(old_page), _annotation_refs(new_page)
        except Exception:  # a damaged page says enough by itself
            changes.append(f"trang {index + 1} không đọc được sau khi ký")
            continue
        added = [subtype for key, subtype in new_annots.items() if key not in old_annots]
        if added:
            kinds = ", ".join(sorted(set(added)))
            changes.append(f"thêm {len(added)} chú thích/dấu ({kinds}) vào trang {index + 1}")
        if any(key not in new_annots for key in old_annots):
            changes.append(f"gỡ bỏ chú thích khỏi trang {index + 1}")
    return changes
