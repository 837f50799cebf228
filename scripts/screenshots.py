"""Render every page of the main window on the demo workspace to docs/screenshots/<page>.png.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [OUT_DIR]

Vietnamese interface, a fixed "today" inside the demo data, a 1280×800 window.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, QThread  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from bkfi_desktop.core.demo import create_demo  # noqa: E402
from bkfi_desktop.core.workspace import Workspace  # noqa: E402
from bkfi_desktop.ui.app_context import AppContext  # noqa: E402
from bkfi_desktop.ui.i18n import install_translators  # noqa: E402
from bkfi_desktop.ui.pages import PAGES  # noqa: E402
from bkfi_desktop.ui.worker import InlineTaskRunner  # noqa: E402

TODAY = dt.date(2026, 11, 20)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as home:
        os.environ["BKFI_HOME"] = home
        app = QApplication.instance() or QApplication([])
        translators = install_translators(app)  # noqa: F841  (kept alive while rendering)
        from bkfi_desktop import paths
        from bkfi_desktop.ui import dialogs
        from bkfi_desktop.ui.main_window import MainWindow

        dialogs.confirm = lambda *_args, **_kwargs: True  # "build this late report anyway?": yes
        workspace = Workspace.open(paths.demo_workspace_path())  # the demo's own file, under its banner
        create_demo(workspace)
        context = AppContext(workspace, InlineTaskRunner(), clock=lambda: TODAY)
        window = MainWindow(context, QSettings(str(Path(home) / "s.ini"), QSettings.Format.IniFormat))
        window.resize(1280, 800)
        window.show()
        for spec in PAGES:
            page = window.show_page(spec.key)
            if spec.key == "tasks":
                page.select_task_code(page.model.index_of_task(page.visible_task_ids()[0]).data(0x0101).code)
            if spec.key == "reports":
                # The page as a clerk sees it after building the demo's first-half report.
                page.set_period_code("2025-H1")
                page.choose_period()
                page.ui.buildButton.click()
                for _ in range(40):  # the PDF preview renders asynchronously
                    app.processEvents()
                    QThread.msleep(50)
            app.processEvents()
            target = out / f"{spec.key}.png"
            window.grab().save(str(target))
            print(target)
        window.close()
        workspace.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
