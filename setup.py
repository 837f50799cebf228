"""Ship the top-level resources/ and forms/ folders inside the wheel as bkfi_desktop/_data/.

A source checkout reads them from the repository root; an installed wheel reads the copy in the
package. bkfi_desktop/paths.py is the one place that knows both.
"""

import os
import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).parent
DATA_DIRS = ("resources", "forms")


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "bkfi_desktop" / "_data"
        for name in DATA_DIRS:
            source = ROOT / name
            for path in source.rglob("*"):
                if path.is_file() and "__pycache__" not in path.parts:
                    destination = target / name / path.relative_to(source)
                    destination.parent.mkdir(parents=True, exist_ok=True)
                    self.copy_file(str(path), str(destination))
        _compile_translations(ROOT / "resources" / "i18n", target / "resources" / "i18n")


def _compile_translations(source: Path, target: Path) -> None:
    """Qt Linguist .ts → .qm with PySide6's lrelease (PySide6 is a build requirement)."""
    lrelease = shutil.which("pyside6-lrelease")
    if lrelease is None:
        import PySide6

        lrelease = str(Path(PySide6.__file__).parent / ("lrelease.exe" if os.name == "nt" else "lrelease"))
    target.mkdir(parents=True, exist_ok=True)
    for ts_file in sorted(source.glob("*.ts")):
        subprocess.run([lrelease, "-silent", str(ts_file), "-qm", str(target / f"{ts_file.stem}.qm")], check=True)


setup(cmdclass={"build_py": BuildPyWithData})
