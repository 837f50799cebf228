"""Ship the top-level resources/ and forms/ folders inside the wheel as bkfi_desktop/_data/.

A source checkout reads them from the repository root; an installed wheel reads the copy in the
package. bkfi_desktop/paths.py is the one place that knows both.
"""

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


setup(cmdclass={"build_py": BuildPyWithData})
