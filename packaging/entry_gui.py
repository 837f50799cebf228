"""Frozen entry point of `bkfi-desktop` (windowed)."""

from bkfi_desktop.app import main

if __name__ == "__main__":
    raise SystemExit(main())
