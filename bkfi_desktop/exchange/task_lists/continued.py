"""A task table broken by page breaks into several tables, joined back into one.

Offices (and PDF exports) break a long appendix into a second and third table: with the header row
repeated, or with no header at all. A table right after a task table, as wide as it, whose header
is the same or which has no header, continues it: its rows are read after the first table's rows,
so the running group ("I", "2 → 2.1, 2.2") carries on instead of starting a new appendix.
"""

from __future__ import annotations

from bkfi_desktop.exchange.task_lists.grid import Grid, HeaderLayout, find_header
from bkfi_desktop.exchange.task_lists.vocabulary import header_key


def _width(grid: Grid) -> int:
    return max((len(row) for row in grid.rows), default=0)


def _header_keys(grid: Grid, layout: HeaderLayout) -> list[list[str]]:
    return [[header_key(cell) for cell in grid.rows[row]] for row in range(layout.header_row, layout.data_start)]


def continues(previous: Grid | None, grid: Grid) -> bool:
    """True when `grid` is the rest of the task table `previous` (same width; same header or none)."""
    if previous is None or not grid.rows or _width(previous) != _width(grid) or _width(grid) < 3:
        return False
    before = find_header(previous)
    if before is None:
        return False
    layout = find_header(grid)
    if layout is None:
        filled = [row for row in grid.rows if sum(1 for cell in row if cell.strip()) >= 2]
        return bool(filled)
    return _header_keys(grid, layout) == _header_keys(previous, before)


def append_rows(target: Grid, grid: Grid) -> None:
    """Add the rows of a continuation (without its repeated header) to the table it continues."""
    layout = find_header(grid)
    start = layout.data_start if layout is not None else 0
    offset = len(target.rows) - start
    target.rows.extend(grid.rows[start:])
    for (row, col), how in grid.fills.items():
        if row >= start:
            target.fills[(row + offset, col)] = how
    target.bold_cells.update((row + offset, col) for row, col in grid.bold_cells if row >= start)
    if grid.row_numbers or target.row_numbers:
        target.row_numbers = target.row_numbers or list(range(1, len(target.rows) - len(grid.rows) + start + 1))
        target.row_numbers.extend(grid.row_numbers[start:] or range(start + 1, len(grid.rows) + 1))


def join_continued(grids: list[Grid]) -> list[Grid]:
    joined: list[Grid] = []
    for grid in grids:
        if joined and continues(joined[-1], grid):
            append_rows(joined[-1], grid)
        else:
            joined.append(Grid(name=grid.name, rows=[list(row) for row in grid.rows], fills=dict(grid.fills),
                               row_numbers=list(grid.row_numbers), excel=grid.excel, hidden_rows=set(grid.hidden_rows),
                               hidden_cols=set(grid.hidden_cols), bold_cells=set(grid.bold_cells)))
    return joined
