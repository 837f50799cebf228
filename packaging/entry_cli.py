"""Frozen entry point of `bkfi` (console).

freeze_support() first: verification runs in a child process (multiprocessing, spawn), and in a frozen
build that child is this same executable; without it the child would parse its own arguments as a
command and the check would fail.
"""

import multiprocessing

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from bkfi_desktop.cli import main

    raise SystemExit(main())
