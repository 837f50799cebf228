"""Translations: English source strings in tr(), Vietnamese in resources/i18n/bkfi_vi.ts (Qt Linguist).

- Build: `compile_translations(out_dir)` runs pyside6-lrelease over every resources/i18n/*.ts
  (setup.py or a freeze script calls it; the .qm files then ship beside the .ts).
- Source checkout: `install_translators` compiles on first run into <data folder>/i18n when no
  current .qm ships, and reuses that copy until the .ts changes.
- Developers: `python -m bkfi_desktop.ui.i18n update` rescans bkfi_desktop/ui/**/*.py, bkfi_desktop/app.py and forms/*.ui
  with pyside6-lupdate into bkfi_vi.ts (translations kept), holding /tmp/bkfi_ts.lock so two people
  never rewrite the file at once. `python -m bkfi_desktop.ui.i18n check` lists unfinished strings.

Qt ships no Vietnamese qtbase catalogue, so the few Qt strings a clerk sees (standard buttons, wizard
buttons, edit menus) are declared in bkfi_desktop/ui/qt_strings.py and translated in our own file.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from bkfi_desktop import paths

log = logging.getLogger(__name__)

LANGUAGE = "vi"
LANGUAGE_KEY = "ui/language"  # chosen on the Cài đặt page; read at start-up before any page is imported
LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))  # each in its own language: not translated


def chosen_language(settings: QSettings) -> str:
    """The interface language saved in settings ("vi" unless the clerk chose another we ship)."""
    value = str(settings.value(LANGUAGE_KEY, LANGUAGE))
    return value if value in dict(LANGUAGES) else LANGUAGE


CATALOGUE = "bkfi"
LOCK_FILE = Path("/tmp/bkfi_ts.lock")


def ts_dir() -> Path:
    return paths.resource_path("i18n")


def ts_path(language: str = LANGUAGE) -> Path:
    return ts_dir() / f"{CATALOGUE}_{language}.ts"


def _qt_tool(name: str) -> str | None:
    """pyside6-lrelease / pyside6-lupdate: beside the interpreter, on PATH, or inside PySide6."""
    exe = ".exe" if sys.platform == "win32" else ""
    candidates = [Path(sys.executable).parent / f"pyside6-{name}{exe}"]
    with contextlib.suppress(ImportError):
        import PySide6

        candidates.append(Path(PySide6.__file__).parent / f"{name}{exe}")
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    return shutil.which(f"pyside6-{name}") or shutil.which(name)


def compile_translations(out_dir: Path) -> list[Path]:
    """Compile every resources/i18n/*.ts to out_dir/*.qm; returns the .qm files written."""
    lrelease = _qt_tool("lrelease")
    if lrelease is None:
        raise RuntimeError("pyside6-lrelease not found; install PySide6 to compile translations")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for source in sorted(ts_dir().glob("*.ts")):
        target = out_dir / (source.stem + ".qm")
        subprocess.run([lrelease, "-silent", str(source), "-qm", str(target)], check=True)
        written.append(target)
    return written


def _current(qm: Path, ts: Path) -> bool:
    return qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime)


def find_or_compile_qm(language: str = LANGUAGE) -> Path | None:
    """The .qm to load: shipped beside the .ts if current, else compiled into the data folder."""
    ts = ts_path(language)
    shipped = ts.with_suffix(".qm")
    if _current(shipped, ts):
        return shipped
    cached = paths.data_dir() / "i18n" / shipped.name
    if _current(cached, ts):
        return cached
    if not ts.is_file():
        return shipped if shipped.is_file() else None
    try:
        compile_translations(cached.parent)
    except (RuntimeError, OSError, subprocess.CalledProcessError) as exc:
        log.warning("cannot compile translations: %s", exc)
        return shipped if shipped.is_file() else None
    return cached if cached.is_file() else None


def install_translators(app: QCoreApplication, language: str = LANGUAGE) -> list[QTranslator]:
    """Install Qt's own catalogue (if Qt ships one for the language) and ours; returns them (keep them)."""
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    # By name: QLocale.Language and QLocale.Country are enums of hundreds of members that PySide would
    # build before the window's first paint.
    QLocale.setDefault(QLocale("vi_VN"))
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase", "qt"):
        translator = QTranslator(app)
        if translator.load(f"{name}_{language}", qt_folder):
            app.installTranslator(translator)
            installed.append(translator)
            break
    qm = find_or_compile_qm(language)
    if qm is not None:
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("cannot load translation %s", qm)
    return installed


# --- developer commands ---------------------------------------------------------------------------


@contextlib.contextmanager
def _ts_lock() -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # Windows: no concurrent editors expected
        yield
        return
    with LOCK_FILE.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def source_files() -> list[Path]:
    root = paths.resources_dir().parent
    python = [*sorted((root / "bkfi_desktop" / "ui").rglob("*.py")), root / "bkfi_desktop" / "app.py"]
    forms = sorted((root / "forms").glob("*.ui"))
    return python + forms


def run_lupdate(target: Path, *, locked: bool = True) -> None:
    """Merge the strings found in the GUI sources into `target` (existing translations kept)."""
    lupdate = _qt_tool("lupdate")
    if lupdate is None:
        raise RuntimeError("pyside6-lupdate not found")
    command = [lupdate, "-silent", "-no-obsolete", "-locations", "none"]
    command += [str(path) for path in source_files()] + ["-ts", str(target)]
    lock = _ts_lock() if locked else contextlib.nullcontext()
    with lock:
        subprocess.run(command, check=True)


def unfinished_messages(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    problems = []
    import xml.etree.ElementTree as ET  # the developer commands only

    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source", "")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                problems.append((name, source))
            elif not (translation.text or "").strip() and not list(translation):
                problems.append((name, source))
    return problems


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    command = args[0] if args else "help"
    if command == "update":
        run_lupdate(ts_path())
        missing = unfinished_messages(ts_path())
        print(f"{ts_path()}: {len(missing)} unfinished")
        for context, source in missing:
            print(f"  [{context}] {source}")
        return 0
    if command == "compile":
        out = Path(args[1]) if len(args) > 1 else ts_dir()
        for path in compile_translations(out):
            print(path)
        return 0
    if command == "check":
        missing = unfinished_messages(ts_path())
        for context, source in missing:
            print(f"[{context}] {source}")
        return 1 if missing else 0
    print("usage: python -m bkfi_desktop.ui.i18n update | compile [OUT_DIR] | check")
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
