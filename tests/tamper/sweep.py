"""Run tamper cases against one project folder and tally what each produced."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tests.tamper.cases import Case
from tests.tamper.project import Snapshot, memoised_kdf, outcome, restore


@dataclass
class Tally:
    """Per category: cases tried, outcome classes; and every case that was not caught as it should be."""

    tried: Counter = field(default_factory=Counter)
    classes: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    messages: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    benign: dict[str, str] = field(default_factory=dict)
    failures: list[tuple[str, str, str]] = field(default_factory=list)

    def add(self, case: Case, result: str, message: str) -> None:
        self.tried[case.category] += 1
        self.classes[case.category][result] += 1
        self.messages[result].add(message)
        if result == "unchanged" and case.benign:
            self.benign[case.label] = case.benign
        elif result not in case.detected_as:
            self.failures.append((case.category, case.label, f"{result}: {message}"))

    def merge(self, other: Tally) -> None:
        self.tried.update(other.tried)
        for category, counts in other.classes.items():
            self.classes[category].update(counts)
        for result, texts in other.messages.items():
            self.messages[result] |= texts
        self.benign.update(other.benign)
        self.failures.extend(other.failures)

    @property
    def total(self) -> int:
        return sum(self.tried.values())

    def detected(self, category: str | None = None) -> int:
        counts = Counter()
        for name, classes in self.classes.items():
            if category in (None, name):
                counts.update(classes)
        return sum(n for result, n in counts.items() if result not in ("unchanged", "SILENT CHANGE")
                   and not result.startswith("CRASH"))


def apply(root: Path, case: Case) -> None:
    for name, data in case.changes.items():
        if data is None:
            (root / name).unlink()
        else:
            (root / name).write_bytes(data)


def run(root: Path, snap: Snapshot, cases: Iterable[Case]) -> Tally:
    """Each case on the pristine folder, checked through the public open path, then undone."""
    tally = Tally()
    with memoised_kdf():
        for case in cases:
            apply(root, case)
            result, message = outcome(root, snap, case.passphrase)
            restore(root, snap.files)
            tally.add(case, result, message)
    return tally
