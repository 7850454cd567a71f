"""How findings look: severity names, colours, icons, tooltip and detail texts."""

from __future__ import annotations

import html
from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from clinic_ambassadors.core.checker import Finding, Severity

SEVERITY_COLOURS = {
    Severity.BLOCK: QColor("#c62828"),
    Severity.WARN: QColor("#e65100"),
    Severity.INFO: QColor("#1565c0"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("Checker", text)


def content_lang() -> str:
    """Language for rule texts: the UI's language, so the reader understands the message."""
    return "de" if QLocale().language() == QLocale.Language.German else "en"


def severity_label(severity: Severity) -> str:
    return {
        Severity.BLOCK: _t("Block"),
        Severity.WARN: _t("Warning"),
        Severity.INFO: _t("Note"),
    }[severity]


def severity_meaning(severity: Severity) -> str:
    return {
        Severity.BLOCK: _t("Must be changed before the post can be submitted (a reviewer may "
                           "override it with a reason)."),
        Severity.WARN: _t("Please check; the reviewer will look at it."),
        Severity.INFO: _t("For information; usually fine."),
    }[severity]


def severity_icon(severity: Severity, size: int = 14) -> QIcon:
    """A filled dot in the severity colour (with a distinct shape for colour-blind readers)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(SEVERITY_COLOURS[severity])
    margin = 1
    if severity is Severity.BLOCK:  # a square: "stop"
        painter.drawRoundedRect(margin, margin, size - 2 * margin, size - 2 * margin, 2, 2)
    elif severity is Severity.WARN:  # a triangle
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QPolygonF

        painter.drawPolygon(QPolygonF([QPointF(size / 2, margin), QPointF(size - margin, size - margin),
                                       QPointF(margin, size - margin)]))
    else:  # a circle
        painter.drawEllipse(margin, margin, size - 2 * margin, size - 2 * margin)
    painter.end()
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)  # keep the colour on a selected row
    return icon


def counts_text(findings: Iterable[Finding]) -> str:
    """'2 blocks, 1 warning, 3 notes' (only the severities that occur)."""
    counts = Counter(f.severity for f in findings)
    parts = []
    forms = {
        Severity.BLOCK: (_t("1 block"), _t("{0} blocks")),
        Severity.WARN: (_t("1 warning"), _t("{0} warnings")),
        Severity.INFO: (_t("1 note"), _t("{0} notes")),
    }
    for severity in (Severity.BLOCK, Severity.WARN, Severity.INFO):
        n = counts.get(severity, 0)
        if n:
            one, many = forms[severity]
            parts.append(one if n == 1 else many.format(QLocale().toString(n)))
    return ", ".join(parts) if parts else _t("No findings")


def finding_title(finding: Finding, lang: str | None = None) -> str:
    lang = lang or content_lang()
    return finding.title(lang) or finding.rule_id


def finding_html(finding: Finding, lang: str | None = None, *, excerpt: bool = True) -> str:
    """Full explanation: what, why (legal basis) and what to do instead."""
    lang = lang or content_lang()
    colour = SEVERITY_COLOURS[finding.severity].name()
    esc = html.escape
    parts = [
        f"<p style='margin:0 0 4px 0'><b style='color:{colour}'>{esc(severity_label(finding.severity))}"
        f"</b> &nbsp;<b>{esc(finding_title(finding, lang))}</b></p>",
    ]
    if excerpt:
        left, right = ("„", "“") if lang == "de" else ("“", "”")
        parts.append(f"<p style='margin:0 0 6px 0'><i>{left}{esc(finding.excerpt)}{right}</i></p>")
    parts += [
        f"<p style='margin:0 0 6px 0'>{esc(finding.message(lang))}</p>",
        f"<p style='margin:0 0 2px 0'><b>{esc(_t('What to do instead'))}</b></p>",
        f"<p style='margin:0 0 6px 0'>{esc(finding.suggestion(lang))}</p>",
        f"<p style='margin:0; color:#555'><b>{esc(_t('Legal basis'))}:</b> {esc(finding.basis)}</p>",
    ]
    return "".join(parts)


def tooltip_html(findings: Iterable[Finding], lang: str | None = None) -> str:
    """Tooltip for a passage; several findings may overlap there."""
    blocks = [finding_html(f, lang, excerpt=False) for f in findings]
    body = "<hr>".join(blocks)
    return f"<div style='max-width:420px'>{body}</div>" if body else ""
