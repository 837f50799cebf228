"""Load pyHanko's HTTP clients (and with them aiohttp) only when a server is really contacted.

pyHanko 0.38 imports aiohttp as soon as any of its signing or validation modules is imported, by two
package ``__init__``s: ``pyhanko.sign.timestamps`` (its HTTP timestamp client, imported by every signer
module for the ``TimeStamper`` base class) and ``pyhanko_certvalidator.fetchers.aiohttp_fetchers``
(imported by ``pyhanko.sign.validation.ades`` for a backend it builds only inside AdES validation).
Signing a report offline or checking 300 of them never contacts a server, yet paid for aiohttp: about
0.2–0.4 s and 30 MiB per process (measured on `bkfi report build --sign-p12` and `bkfi compile`).
pyHanko has no lighter import path (read in its source: signers/pdf_signer, pdf_cms, attributes,
ades/api and validation/ades import those packages at module level).

``install()`` puts those two packages in ``sys.modules`` before pyHanko is imported, as modules whose
light names come from their own aiohttp-free submodules and whose other names first run the package's
real ``__init__`` — what a plain import would have run, only later. The fetcher backend that AdES
validation builds is handed out as a factory that loads the real class when called. A timestamp
server set in the profile, or any fetching, still works: it loads aiohttp then (tests/signing
test_timestamp.py signs against a live timestamp server).
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import sys
import threading
import types
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class _Deferral:
    package: str
    light: dict[str, str]  # name → the aiohttp-free submodule defining it (re-exported by the real __init__)
    factories: tuple[str, ...] = ()  # classes only ever called: handed out as a factory


DEFERRALS = (
    _Deferral(
        "pyhanko.sign.timestamps",
        {"TimeStamper": "api", "TimestampRequestError": "common_utils", "DummyTimeStamper": "dummy_client"},
    ),
    _Deferral("pyhanko_certvalidator.fetchers.aiohttp_fetchers", {}, factories=("AIOHttpFetcherBackend",)),
)


def _package_folder(package: str) -> Path | None:
    """Where ``package`` lives, found without importing anything of it."""
    top, *rest = package.split(".")
    spec = importlib.util.find_spec(top)
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations)), *rest)
    return folder if (folder / "__init__.py").is_file() else None


_LOADING = threading.RLock()  # a signing thread and a checking thread may both ask first


def _load_real(module: types.ModuleType) -> None:
    """The package's own __init__, run in the module already in sys.modules (this imports aiohttp)."""
    with _LOADING:
        # Asked again while it runs (a circular import inside it): answer like a module half imported.
        if module.__dict__.get("_bkfi_loaded") or module.__dict__.get("_bkfi_loading"):
            return
        init = Path(module.__file__)  # type: ignore[arg-type]
        module.__dict__["_bkfi_loading"] = True
        try:
            exec(compile(init.read_bytes(), str(init), "exec"), module.__dict__)  # the library's own code
        finally:
            module.__dict__["_bkfi_loading"] = False
        module.__dict__["_bkfi_loaded"] = True  # only once it ran through: a failed import fails again


def _factory(module: types.ModuleType, name: str) -> Any:
    def make(*args: Any, **kwargs: Any) -> Any:
        _load_real(module)
        return module.__dict__[name](*args, **kwargs)

    make.__name__ = make.__qualname__ = name
    return make


def _getattr_for(module: types.ModuleType, deferral: _Deferral):
    parent_name, _, own = deferral.package.rpartition(".")

    def __getattr__(name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        # A plain import binds a package on its parent once loaded; ours was never "loaded", so bind it
        # when the parent (being imported right now) first asks for a name.
        parent = sys.modules.get(parent_name)
        if parent is not None and own not in parent.__dict__:
            setattr(parent, own, module)
        if name in deferral.light:
            value = getattr(importlib.import_module(f"{deferral.package}.{deferral.light[name]}"), name)
        elif name in deferral.factories and not module.__dict__.get("_bkfi_loaded"):
            return _factory(module, name)
        else:
            _load_real(module)
            if name not in module.__dict__:
                raise AttributeError(f"module {deferral.package!r} has no attribute {name!r}")
            value = module.__dict__[name]
        module.__dict__[name] = value
        return value

    return __getattr__


def _defer(deferral: _Deferral) -> bool:
    existing = sys.modules.get(deferral.package)
    if existing is not None:
        return bool(existing.__dict__.get("_bkfi_deferred"))
    folder = _package_folder(deferral.package)
    if folder is None:
        return False
    init = folder / "__init__.py"
    spec = importlib.machinery.ModuleSpec(deferral.package, loader=None, origin=str(init), is_package=True)
    spec.submodule_search_locations = [str(folder)]
    spec.has_location = True
    module = importlib.util.module_from_spec(spec)
    module.__file__ = str(init)
    module.__path__ = [str(folder)]
    module.__dict__["_bkfi_deferred"] = True
    module.__dict__["__getattr__"] = _getattr_for(module, deferral)
    sys.modules[deferral.package] = module
    return True


def install() -> bool:
    """Defer both HTTP clients; True when both are deferred (False when pyHanko loaded them already)."""
    return all([_defer(deferral) for deferral in DEFERRALS])


def loaded() -> bool:
    """Whether aiohttp is in this process (what the tests and the benchmark check)."""
    return "aiohttp" in sys.modules
