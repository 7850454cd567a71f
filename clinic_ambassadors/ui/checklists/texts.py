"""Checklist codes turned into text: roles, template problems, gate refusals, times."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from clinic_ambassadors.ui.timefmt import local_time  # noqa: F401 - used here and re-exported
from clinic_ambassadors.core.checklists import Role, TemplateError


def _t(text: str) -> str:
    return QCoreApplication.translate("Checklists", text)


def ui_lang() -> str:
    """The language for checklist texts: German if the UI locale is German, else English."""
    return "de" if QLocale().language() == QLocale.Language.German else "en"


def role_label(role: Role | str | None) -> str:
    if role is None:
        return ""
    return {
        Role.MANAGER: _t("Practice manager"),
        Role.REVIEWER: _t("Reviewer"),
        Role.AMBASSADOR: _t("Ambassador"),
        Role.AUTHOR: _t("Author"),
        Role.ANY: _t("Anyone"),
    }[Role(role)]


def _problems() -> dict[str, str]:
    return {
        "toml_syntax": _t("The text is not valid TOML: {detail}"),
        "missing_field": _t("A required field is missing: {field}"),
        "wrong_type": _t("{field} has the wrong type (expected {expected})."),
        "unknown_key": _t("{field} is not a known field."),
        "unknown_role": _t("{field}: unknown role “{value}” (use manager, reviewer, ambassador, author "
                        "or any)."),
        "unknown_value": _t("{field}: “{value}” is not allowed here."),
        "unknown_step": _t("{field}: “{value}” is not a step of this template."),
        "invalid_id": _t("{field}: ids use only small letters, digits and _ (got “{value}”)."),
        "invalid_value": _t("{field}: the value “{value}” is not valid."),
        "empty_text": _t("{field} is empty; every text needs German and English."),
        "no_items": _t("The template has no items."),
        "duplicate_item": _t("{field}: the item id “{value}” is used twice."),
        "duplicate_step": _t("{field}: the step id “{value}” is used twice."),
        "attaches_to_mismatch": _t("attaches_to does not fit kind {kind}."),
        "part_not_allowed": _t("{field}: only the pre-publication checklist has parts."),
    }


def template_problem_text(error: TemplateError) -> str:
    """'file.toml, line 12: what is wrong' for the editor's message list."""
    template = _problems().get(error.code.value, "{code}")
    values: dict[str, Any] = {"field": error.field or "", "code": error.code.value,
                              "value": "", "expected": "", "kind": "", "detail": ""}
    values.update({k: v for k, v in error.data.items() if v is not None})
    try:
        text = template.format(**values)
    except (KeyError, IndexError):
        text = error.code.value
    where = error.source or _t("template")
    if error.line is not None:
        where = _t("{0}, line {1}").format(where, error.line)
    return f"{where}: {text}"


def names_in_lang(names: Any, lang: str | None = None) -> list[str]:
    if isinstance(names, dict):
        return list(names.get(lang or ui_lang()) or names.get("en") or [])
    return [str(n) for n in names or []]


def onboarding_refusal_text(exc: Any) -> str:
    """For code onboarding_incomplete: which items keep the person from becoming active."""
    names = names_in_lang(exc.data.get("names")) or [str(i) for i in exc.data.get("items", [])]
    return (_t("This ambassador cannot become active yet. These required onboarding items are "
               "still open:") + "\n" + "\n".join(f"• {n}" for n in names))


def _record_value(record: Any, key: str) -> str:
    value = record.get(key, "") if isinstance(record, dict) else getattr(record, key, "")
    return str(getattr(value, "value", value) or "")


def _on_roster(record: Any) -> bool:
    """Older records (audit data) say nothing: they were written for roster people."""
    return _record_value(record, "subject_kind") in ("", "roster")


def record_text(record: Any) -> str:
    """One thing the file records against an item (a RecordedProblem or its dict form)."""
    subject = _record_value(record, "subject") or "?"
    if _record_value(record, "problem") == "withdrawn":
        text = _t("photo consent of {0} withdrawn").format(subject)
    elif _on_roster(record):
        text = _t("no photo consent on file for {0}").format(subject)
    else:
        text = _t("no written consent marked for {0}, who is not on the roster").format(subject)
    where = _record_value(record, "where")
    return _t("{0} (image {1})").format(text, where) if where else text


def records_say_text(records: Any) -> str:
    """The line next to an item the records contradict: "Records say: …"."""
    return _t("Records say: {0}").format("; ".join(record_text(r) for r in records))


def fix_advice(records: Any) -> list[str]:
    """Where each kind of problem is fixed: the Ambassadors page only helps people on the
    roster; a patient, visitor or colleague off the roster has their consent marked on the
    image (or is removed from it); a withdrawn consent is not recorded away."""
    records = list(records)
    withdrawn = [r for r in records if _record_value(r, "problem") == "withdrawn"]
    missing = [r for r in records if _record_value(r, "problem") != "withdrawn"]
    advice = []
    if any(_on_roster(r) for r in missing):
        advice.append(_t("People on the roster: record their photo consent on the Ambassadors "
                         "page, or remove them from the image (Images tab of the draft)."))
    if withdrawn:
        advice.append(_t("A withdrawn photo consent: remove the person from the image, or "
                         "remove the image (Images tab of the draft)."))
    if any(not _on_roster(r) for r in missing):
        advice.append(_t("Someone not on the roster (a patient, a visitor, a colleague): once "
                         "their written consent is on file, tick “Written consent on file” for "
                         "them on the Images tab of the draft; otherwise remove them from the "
                         "image or remove the image."))
    return advice


def contradiction_refusal_text(records: Any) -> str:
    records = list(records)
    return (_t("This item cannot be ticked while the app's own records say otherwise:") + "\n"
            + "\n".join(f"• {record_text(r)}" for r in records) + "\n\n"
            + "\n\n".join(fix_advice(records) + [_t("Then tick the item.")]))


def checklist_refusal_text(exc: Any) -> str:
    code = getattr(exc, "code", "")
    texts = {
        "role_not_allowed": _t("This item is ticked by the role “{0}”; your profile does not "
                               "have it."),
        "already_ticked": _t("Someone ticked this item meanwhile."),
        "not_ticked": _t("Someone unticked this item meanwhile."),
    }
    if code == "role_not_allowed":
        return texts[code].format(role_label(exc.data.get("allowed")))
    if code == "template_invalid":
        return template_problem_text(exc.error)
    if code == "template_unchanged":
        return _t("The template has no changes; nothing was saved.")
    if code == "template_kind_changed":
        return _t("A template cannot change its kind. Give the copy a new id instead.")
    if code == "onboarding_incomplete":
        return onboarding_refusal_text(exc)
    if code == "incident_closed":
        return _t("This incident is already closed.")
    if code == "contradicts_records":
        return contradiction_refusal_text(exc.data.get("records") or [])
    return texts.get(code, _t("The checklist change was refused ({0}).").format(code))


def show_error(parent: Any, exc: BaseException) -> None:
    """Like ui.messages.show_error, but knowing the checklist codes."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, _t("Clinic Ambassadors"), error_text(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def error_text(exc: BaseException) -> str:
    """Our codes first, everything else through the app's messages."""
    from clinic_ambassadors.ui.messages import error_text as app_error_text

    if getattr(exc, "code", "") in {"role_not_allowed", "already_ticked", "not_ticked",
                                    "template_invalid", "template_unchanged",
                                    "template_kind_changed", "onboarding_incomplete",
                                    "incident_closed", "checklist_refused",
                                    "contradicts_records"}:
        return checklist_refusal_text(exc)
    return app_error_text(exc)
