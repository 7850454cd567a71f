"""The findings as rows: one per rule, with the places where it fires.

A long text that repeats a phrase would otherwise bury everything else under hundreds of
identical rows (a 200 KB paste gave 1,904). The header counts rules per severity and says
the number of places where that differs: "2 warnings in 5 places".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from clinic_ambassadors.core.checker import Finding, Severity
from clinic_ambassadors.ui.checker.texts import (
    content_lang,
    counts_text as finding_counts,
    finding_title,
    severity_icon,
    severity_label,
    tooltip_html,
)

FindingRole = Qt.ItemDataRole.UserRole + 1
PlacesRole = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


def _t(text: str) -> str:
    return QCoreApplication.translate("FindingsList", text)


@dataclass(frozen=True)
class FindingGroup:
    """One rule's findings in a text (one row of the list); ``places`` in text order."""

    places: tuple[Finding, ...]

    @property
    def severity(self) -> Severity:
        return self.places[0].severity

    @property
    def rule_id(self) -> str:
        return self.places[0].rule_id


def group_findings(findings: Sequence[Finding]) -> list[FindingGroup]:
    """Groups in the order their rule first occurs in ``findings`` (the checker's order)."""
    by_rule: dict[tuple[str, Severity], list[Finding]] = {}
    for finding in findings:
        by_rule.setdefault((finding.rule_id, finding.severity), []).append(finding)
    return [FindingGroup(tuple(sorted(places, key=lambda f: (f.start, f.end))))
            for places in by_rule.values()]


def places_suffix(count: int) -> str:
    """' (3×)' after a rule's title when it fires in more than one place, else ''."""
    if count < 2:
        return ""
    return " " + _t("({0}×)").format(QLocale().toString(count))


def counts_text(groups: Sequence[FindingGroup]) -> str:
    """'1 block, 2 warnings in 5 places': rules per severity, places where they differ."""
    parts = []
    loc = QLocale()
    for severity in (Severity.BLOCK, Severity.WARN, Severity.INFO):
        of_kind = [g for g in groups if g.severity is severity]
        if not of_kind:
            continue
        rules, places = len(of_kind), sum(len(g.places) for g in of_kind)
        if rules == places:  # '2 warnings', one finding per rule
            parts.append(finding_counts([g.places[0] for g in of_kind]))
        else:
            parts.append(_places_count(severity, rules).format(loc.toString(rules),
                                                               loc.toString(places)))
    return ", ".join(parts) if parts else finding_counts([])


def _places_count(severity: Severity, rules: int) -> str:
    if severity is Severity.BLOCK:
        return _t("1 block in {1} places") if rules == 1 else _t("{0} blocks in {1} places")
    if severity is Severity.WARN:
        return _t("1 warning in {1} places") if rules == 1 else _t("{0} warnings in {1} places")
    return _t("1 note in {1} places") if rules == 1 else _t("{0} notes in {1} places")


class FindingsModel(QAbstractListModel):
    """One row per rule: severity icon, title with the number of places, and the passage
    of the place the row stands at (the first, until the reader moves on)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []
        self._groups: list[FindingGroup] = []
        self._place: list[int] = []
        self._icons = {s: severity_icon(s) for s in Severity}

    def set_findings(self, findings: Sequence[Finding]) -> None:
        self.beginResetModel()
        self._findings = list(findings)
        self._groups = group_findings(self._findings)
        self._place = [0] * len(self._groups)
        self.endResetModel()

    def group(self, row: int) -> FindingGroup | None:
        return self._groups[row] if 0 <= row < len(self._groups) else None

    def groups(self) -> list[FindingGroup]:
        return list(self._groups)

    def place(self, row: int) -> int:
        return self._place[row] if 0 <= row < len(self._place) else 0

    def set_place(self, row: int, place: int) -> None:
        group = self.group(row)
        if group is None:
            return
        place %= len(group.places)
        if place != self._place[row]:
            self._place[row] = place
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)

    def finding(self, row: int) -> Finding | None:
        """The finding at the place row ``row`` stands at."""
        group = self.group(row)
        return group.places[self._place[row]] if group is not None else None

    def findings(self) -> list[Finding]:
        """Every finding (one per place), as given to ``set_findings``."""
        return list(self._findings)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802 - Qt API
        return 0 if parent.isValid() else len(self._groups)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        finding = self.finding(index.row()) if index.isValid() else None
        if finding is None:
            return None
        count = len(self._groups[index.row()].places)
        if role == Qt.ItemDataRole.DisplayRole:
            excerpt = finding.excerpt if len(finding.excerpt) <= 60 else finding.excerpt[:59] + "…"
            left, right = ("„", "“") if content_lang() == "de" else ("“", "”")
            return f"{finding_title(finding)}{places_suffix(count)}\n{left}{excerpt}{right}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icons[finding.severity]
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip_html([finding])
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (f"{severity_label(finding.severity)}: {finding_title(finding)}"
                    f"{places_suffix(count)}: {finding.excerpt}")
        if role == FindingRole:
            return finding
        if role == PlacesRole:
            return self._groups[index.row()].places
        return None

