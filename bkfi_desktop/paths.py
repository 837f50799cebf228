"""Where things live: the data folder, the workspace file, bundled resources and forms.

One module so that a source checkout, a wheel install and a frozen build all agree.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "BKFI Desktop"
APP_AUTHOR = "BKFI"
WORKSPACE_FILENAME = "bkfi.db"
DEMO_WORKSPACE_FILENAME = "demo.db"  # sample data lives in its own file, never in the clerk's
PORTABLE_MARKER = "bkfi-portable.txt"

_PACKAGE_DIR = Path(__file__).resolve().parent


def _bundle_root() -> Path:
    """The folder holding resources/ and forms/.

    Frozen (PyInstaller): the unpack folder. Installed wheel: bkfi_desktop/_data. Source
    checkout: the repository root.
    """
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    installed = _PACKAGE_DIR / "_data"
    if (installed / "resources").is_dir():
        return installed
    return _PACKAGE_DIR.parent


def resources_dir() -> Path:
    return _bundle_root() / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def forms_dir() -> Path:
    return _bundle_root() / "forms"


def form_path(name: str) -> Path:
    """The Qt Designer file for a form, e.g. form_path("main_window")."""
    filename = name if name.endswith(".ui") else f"{name}.ui"
    return forms_dir() / filename


def _portable_dir() -> Path | None:
    if getattr(sys, "frozen", False):
        exe_dir = Path(sys.executable).resolve().parent
        if (exe_dir / PORTABLE_MARKER).exists():
            return exe_dir / "data"
    return None


def data_dir() -> Path:
    """The user's data folder: BKFI_HOME, else portable mode, else the platform's folder."""
    override = os.environ.get("BKFI_HOME")
    if override:
        folder = Path(override).expanduser()
    else:
        folder = _portable_dir() or Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def default_workspace_path() -> Path:
    return data_dir() / WORKSPACE_FILENAME


def demo_workspace_path() -> Path:
    return data_dir() / DEMO_WORKSPACE_FILENAME


def is_demo_workspace(path: Path) -> bool:
    return path.resolve() == demo_workspace_path().resolve()


def backups_dir(workspace: Path) -> Path:
    """Backups sit beside the workspace file, in a folder named after it."""
    return workspace.parent / "backups"


def evidence_dir(workspace: Path) -> Path:
    """Evidence files copied in by the user, kept beside the workspace file."""
    return workspace.parent / "evidence"


REPORTS_FOLDER = "bao-cao"
IMAGES_FOLDER = "hinh-anh"


def reports_dir(workspace: Path) -> Path:
    """Issued and signed reports the GUI writes (and a restore puts back), beside the workspace file."""
    return workspace.parent / REPORTS_FOLDER


def images_dir(workspace: Path) -> Path:
    """Signature and seal images brought along by a whole-workspace restore."""
    return workspace.parent / IMAGES_FOLDER
