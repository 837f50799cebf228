"""Frozen entry point of `bkfi` (console)."""

from bkfi_desktop.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
