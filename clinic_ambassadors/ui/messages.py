"""Domain error codes turned into sentences a practice manager understands."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from clinic_ambassadors.core.errors import DomainError, ValidationError


def tr(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def error_text(exc: BaseException) -> str:
    code = getattr(exc, "code", None)
    texts = {
        "not_a_database": tr("This file is not a Clinic Ambassadors programme file. "
                             "It was left unchanged."),
        "foreign_database": tr("This database belongs to another program, not to Clinic "
                               "Ambassadors. It was left unchanged."),
        "newer_version": tr("This file was written by a newer version of Clinic Ambassadors. "
                            "Please update the app to open it; the file was not changed."),
        "locked": tr("The programme file is busy: another person or program is writing to it. "
                     "Please try again in a moment. Nothing was lost."),
        "disk_full": tr("The disk is full, so nothing was saved. Free some space and try again; "
                        "your input is still in the form."),
        "read_only": tr("This programme file is open read-only, so changes cannot be saved. "
                        "Ask your administrator for write access or open a copy."),
        "read_only_needs_upgrade": tr("This read-only file comes from an older version and needs "
                                      "an upgrade. Copy it to a folder you can write to and open "
                                      "the copy."),
        "file_missing": tr("The programme file does not exist (any more)."),
        "empty_file": tr("This file is empty, so it is not a programme file. It was left "
                         "unchanged."),
        "corrupt": tr("The programme file is damaged. Restore the latest backup "
                      "(File > Restore backup)."),
        "not_found": tr("The record was not found; someone may have changed it meanwhile."),
        "not_a_demo_file": tr("That file holds a real programme; the demo is never written over "
                              "it."),
    }
    if isinstance(exc, ValidationError):
        return validation_text(exc.problems)
    gate = gate_refusal_text(exc)
    if gate:
        return gate
    if code in {"onboarding_incomplete", "checklist_refused", "role_not_allowed",
                "template_invalid", "incident_closed", "already_ticked", "not_ticked"}:
        from clinic_ambassadors.ui.checklists.texts import checklist_refusal_text

        return checklist_refusal_text(exc)
    if hasattr(exc, "refusal"):  # services.drafts.WorkflowRefused
        from clinic_ambassadors.ui.workflow_text import refusal_texts

        return refusal_texts(exc)
    if code in texts:
        return texts[code]
    if isinstance(exc, DomainError):
        return str(exc)
    if isinstance(exc, OSError):
        return tr("The file could not be used: {0}").format(exc.strerror or str(exc))
    return tr("Something unexpected went wrong: {0}").format(exc)




def gate_refusal_text(exc: BaseException) -> str:
    """The safe-default refusals (review policy, activation, inactive authors, restore)."""
    kind, code, data = type(exc).__name__, getattr(exc, "code", ""), getattr(exc, "data", {})
    if kind == "PolicyRefused":
        texts = {
            "not_a_manager": tr("Only a practice manager changes the review policy."),
            "step_without_reviewer": tr("Every review step needs at least one reviewer."),
            "unknown_reviewer": tr("A chosen reviewer no longer exists; choose the reviewers "
                                   "again."),
            "not_a_reviewer": tr("Only profiles with the reviewer role can review: {0}. Give "
                                 "them the role under Programme > People first."),
            "confirm_no_review": tr("Switching review off needs your confirmation."),
            "last_reviewer": tr("This is the only reviewer of a review step. Add another "
                                "reviewer (Programme > People) or change the review policy "
                                "first."),
        }
        return texts.get(code, tr("This review policy cannot be saved.")).format(
            ", ".join(data.get("names", [])))
    if kind == "ActivationRefused":
        if code == "self_activation":
            return tr("Nobody sets their own record active. Another practice manager does it "
                      "once the onboarding items are ticked.")
        return tr("Only a practice manager sets an ambassador active, once the onboarding "
                  "items are ticked (Programme > Onboarding).")
    if kind == "AuthorNotActive":
        from clinic_ambassadors.ui.labels import status_label
        from clinic_ambassadors.core.ambassadors import AmbassadorStatus

        status = data.get("status", "")
        try:
            shown = status_label(AmbassadorStatus(status))
        except ValueError:
            shown = status
        return tr("{0} is “{1}”, not active. Only active ambassadors write and submit drafts: "
                  "first the onboarding (Programme > Onboarding), then a practice manager sets "
                  "them active.").format(data.get("name", ""), shown)
    if kind == "RestoreRefused":
        texts = {
            "source_is_folder": tr("That is a folder, not a backup file. Choose the backup "
                                   "file itself."),
            "target_is_folder": tr("The programme file to restore into is a folder; nothing "
                                   "was changed."),
            "demo_over_real": tr("This is a backup of the demo programme, and the open file "
                                 "holds your real programme. Nothing was changed."),
        }
        return texts.get(code, tr("This backup cannot be restored there; nothing was changed."))
    if code in ("cannot_write", "target_is_folder"):
        return tr("The file cannot be written there. Choose a file name in a folder you may "
                  "write to.")
    return ""


#: Length limits the services enforce, for the "too long" message.
LIMITS = {"name": 200, "notes": 10_000, "title": 300, "text": 100_000, "term": 500,
          "clinic_name": 200, "your_name": 200, "reviewer_name": 200}


def problem_text(field: str, code: str) -> str:
    names = {
        "name": tr("Name"),
        "email": tr("E-mail"),
        "clinic_name": tr("Name of the practice"),
        "reviewer_name": tr("Name of the reviewer"),
        "your_name": tr("Your name"),
        "roles": tr("Role"),
        "pin": tr("PIN"),
        "time_budget_hours": tr("Time budget"),
        "cadence_target": tr("Posts per month"),
        "notes": tr("Notes"),
        "title": tr("Title"),
        "term": tr("Term"),
        "comment": tr("Comment"),
        "resolution": tr("Resolution"),
    }
    base = field.split(".")[0]
    label = names.get(base, field)
    if base == "channels":
        label = tr("Channel {0}").format(int(field.split(".")[1]) + 1)
        if field.endswith("followers"):
            label += " – " + tr("followers")
        elif field.endswith("url"):
            label += " – " + tr("web address")
    messages = {
        "required": tr("{0} is required."),
        "too_long": tr("{0} is too long (at most {1} characters).")
        if base in LIMITS else tr("{0} is too long."),
        "invalid_email": tr("{0} is not a valid e-mail address (example: name@praxis.de)."),
        "invalid_url": tr("{0} is not a valid web address; it must start with https://."),
        "negative": tr("{0} cannot be negative."),
        "out_of_range": tr("{0} is out of range."),
        "before_signed": tr("{0}: withdrawal cannot be before signing."),
        "invalid_pin": tr("{0} must be 4 to 12 digits."),
    }
    limit = QLocale().toString(LIMITS.get(base, 0))
    return messages.get(code, tr("{0} is not valid.")).format(label, limit)


def validation_text(problems: list[tuple[str, str]]) -> str:
    return "\n".join(problem_text(f, c) for f, c in problems)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, tr("Clinic Ambassadors"), error_text(exc),
                      QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    _open_boxes.append(box)
    box.finished.connect(lambda _r: _open_boxes.remove(box) if box in _open_boxes else None)
    box.open()  # never exec(): the event loop keeps running, tests never hang


_open_boxes: list[QMessageBox] = []
