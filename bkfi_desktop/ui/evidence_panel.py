"""Evidence on the tasks page: files (copied into the data folder) and web links (widgets of tasks_page.ui).

Add files by dialog or by dropping them; add a link by dialog (EvidenceLinkDialog), or by dropping or
pasting (Ctrl+V) an address onto the list; open with double-click or Enter (files in their program,
links in the browser); remove (asks first). Every write is one service call in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QListWidgetItem, QStyle
from sqlalchemy.orm import Session

from bkfi_desktop.core import assignments
from bkfi_desktop.ui import dialogs
from bkfi_desktop.ui.worker import ProgressReporter

if TYPE_CHECKING:
    from bkfi_desktop.ui.task_detail import TaskDetailController

ID_ROLE = Qt.ItemDataRole.UserRole
TARGET_ROLE = Qt.ItemDataRole.UserRole + 1  # the file path or the web address
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # "file" or "link"


@dataclass(frozen=True)
class EvidenceItem:
    id: int
    label: str
    path: Path | None
    url: str

    @property
    def kind(self) -> str:
        return "file" if self.path is not None else "link"


def evidence_in_mime(mime: QMimeData) -> tuple[list[Path], list[str]]:
    """The files and the web addresses a drop or the clipboard carries (text is taken as addresses)."""
    files: list[Path] = []
    links: list[str] = []
    if mime.hasUrls():
        for url in mime.urls():
            if url.isLocalFile():
                path = Path(url.toLocalFile())
                if path.is_file():
                    files.append(path)
            elif url.scheme().lower() in ("http", "https"):
                links.append(url.toString())
    elif mime.hasText():
        links = [line.strip() for line in mime.text().splitlines() if line.strip()]
    return files, links


class EvidencePanel(QObject):
    def __init__(self, host: TaskDetailController) -> None:
        super().__init__(host)
        self.host = host
        self.ui = ui = host.ui
        ui.addEvidenceButton.clicked.connect(self.choose_files)
        ui.addLinkButton.clicked.connect(self.add_link)
        ui.openEvidenceButton.clicked.connect(self.open)
        ui.removeEvidenceButton.clicked.connect(self.remove)
        ui.evidenceList.itemActivated.connect(lambda _item: self.open())
        ui.evidenceList.installEventFilter(self)  # Ctrl+V
        ui.evidenceList.viewport().installEventFilter(self)  # drag and drop

    def show(self, evidence: list[EvidenceItem]) -> None:
        listing = self.ui.evidenceList
        style = listing.style()
        icons = {
            "file": style.standardIcon(QStyle.StandardPixmap.SP_FileIcon),
            "link": style.standardIcon(QStyle.StandardPixmap.SP_DriveNetIcon),
        }
        listing.clear()
        for entry in evidence:
            target = str(entry.path) if entry.path is not None else entry.url
            item = QListWidgetItem(icons[entry.kind], entry.label)
            item.setData(ID_ROLE, entry.id)
            item.setData(TARGET_ROLE, target)
            item.setData(KIND_ROLE, entry.kind)
            item.setToolTip(target)
            listing.addItem(item)

    # --- adding ----------------------------------------------------------------------------------

    def choose_files(self) -> None:
        files = dialogs.choose_open_files(self.host.page, self.tr("Choose evidence files"))
        if files:
            self.add_files(files)

    def add_files(self, files: list[Path]) -> None:
        """Copy the files in (off the GUI thread: they may be large), then show them."""
        host = self.host
        task_id = host.task_id
        if task_id is None:
            return
        workspace = host.context.workspace

        def copy(progress: ProgressReporter) -> int:
            for number, path in enumerate(files):
                progress.check_cancelled()
                progress.report(100 * number / len(files), path.name)
                with workspace.transaction() as session:
                    assignments.add_evidence_file(session, workspace.evidence_dir, task_id, path)
            return len(files)

        def done(_count: object) -> None:
            if host.task_id == task_id:
                host.show_task(task_id)
            host.context.announce("tasks")

        host.context.runner.run(
            copy,
            on_success=done,
            on_failure=lambda exc: (dialogs.show_error(host.page, exc), done(0)),
            on_cancelled=lambda: done(0),
            cancellable=True,
            label=self.tr("Copying evidence files…"),
        )

    def add_link(self) -> None:
        from bkfi_desktop.ui.evidence_link_dialog import EvidenceLinkDialog

        if self.host.task_id is None:
            return
        dialog = EvidenceLinkDialog(self.host.context.workspace, self.host.task_id, self.host.page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id: self.host.changed())
        dialog.open()

    def add_links(self, links: list[str]) -> bool:
        """Record pasted or dropped addresses, all in one transaction (none when one is refused)."""
        task_id = self.host.task_id
        if task_id is None or not links:
            return False

        def record(session: Session) -> None:
            for link in links:
                assignments.add_evidence_link(session, task_id, link)

        return self.host.write(record)

    def add_from_mime(self, mime: QMimeData) -> bool:
        files, links = evidence_in_mime(mime)
        if links:
            self.add_links(links)
        if files:
            self.add_files(files)
        return bool(files or links)

    def paste(self) -> None:
        mime = QGuiApplication.clipboard().mimeData()
        if mime is not None and self.host.task_id is not None:
            self.add_from_mime(mime)

    # --- opening and removing --------------------------------------------------------------------

    def open(self) -> None:
        item = self.ui.evidenceList.currentItem()
        if item is None:
            return
        target = str(item.data(TARGET_ROLE) or "")
        if item.data(KIND_ROLE) == "link":
            url = QUrl(target, QUrl.ParsingMode.TolerantMode)
        else:
            url = QUrl.fromLocalFile(target)
        if not dialogs.open_external(url):
            dialogs.show_error(self.host.page, self.tr("Cannot open “%1”.").replace("%1", target))

    def remove(self) -> None:
        item = self.ui.evidenceList.currentItem()
        if item is None:
            return
        if dialogs.confirm(
            self.host.page, self.tr("Remove the evidence “%1” from this task?").replace("%1", item.text())
        ):
            evidence_id = int(item.data(ID_ROLE))
            self.host.write(lambda session: assignments.remove_evidence(session, evidence_id))

    # --- paste, drag and drop --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if (
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Paste)
        ):
            self.paste()
            return True
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            mime = event.mimeData()  # type: ignore[attr-defined]
            if self.host.task_id is not None and (mime.hasUrls() or mime.hasText()):
                event.acceptProposedAction()  # type: ignore[attr-defined]
                return True
        if kind == QEvent.Type.Drop and isinstance(event, QDropEvent) and self.host.task_id is not None:
            if self.add_from_mime(event.mimeData()):
                event.acceptProposedAction()
                return True
        return super().eventFilter(watched, event)
