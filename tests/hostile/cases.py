"""One hostile input and what must come of it."""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass
class Case:
    name: str
    file: str
    # "import": imports `tasks` tasks; "refuse": one clean line naming the file; "either": one of the
    # two, and an import must hold what the undamaged original holds; "clean": a refusal or an import
    # of whatever is left (a truncated text). PDFs: "valid", "invalid" (problems naming the file), "either".
    expect: str
    tasks: int | None = None  # -1: as many as the undamaged original of this family
    needle: str | None = None  # a word the refusal must contain (names the limit)
    warning: str | None = None
    heavy: bool = False  # run alone through the real `bkfi` command, its peak memory measured
    action: str = "import"  # or "verify"
    family: str = ""  # cases compared with the same undamaged original

    def __post_init__(self) -> None:
        if self.tasks == -1 and not self.family:
            self.family = self.name.split("-")[0]

    def to_dict(self) -> dict[str, object]:
        return asdict(self)
