"""Reviewers see the draft's images with the people shown and their photo consent, and
multi-step "all" reviews say whom the draft still waits for instead of "Approved"."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QLabel

from clinic_ambassadors.core.ambassadors import Ambassador
from clinic_ambassadors.core.drafts import DraftState, ReviewPolicy, ReviewStep, StepRule
from clinic_ambassadors.core.posts import ImagePerson
from clinic_ambassadors.services import ambassadors as ambassador_service
from clinic_ambassadors.services import draft_editor
from clinic_ambassadors.services.review_policy import set_review_policy
from tests.ui.test_reviews_page import World, _page, _wait_detail, world  # noqa: F401


def _png(path) -> str:
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#4a90d9"))
    assert image.save(str(path), "PNG")
    return str(path)


def _draft_with_image(world: World, tmp_path) -> str:
    """In review, then an image showing a colleague without photo consent is added (the
    consent check blocks submitting, so the image comes after, as a late edit would)."""
    m = world.actor(world.manager)
    world.session.call(ambassador_service.save, m, Ambassador(id="amb-kim", name="Kim Kollegin"))
    d = world.draft("Teamfoto")
    author = world.actor(world.author)
    image_id = world.session.call(draft_editor.add_image, author, d, _png(tmp_path / "team.png"))
    world.session.call(draft_editor.set_people, author, d, image_id,
                       (ImagePerson(ambassador_id="amb-kim"),))
    return d


def test_review_detail_shows_images_and_missing_photo_consent(qtbot, world, tmp_path):
    d = _draft_with_image(world, tmp_path)
    page = _page(qtbot, world, world.r1)
    _wait_detail(qtbot, page, d)
    images = page.detail.images
    qtbot.waitUntil(lambda: images.list.count() == 1, timeout=15000)
    item = images.list.item(0)
    assert "team.png" in item.text()
    assert "Kim Kollegin: no photo consent" in item.text()
    assert not item.icon().isNull()  # the thumbnail
    assert images.list.isVisibleTo(page) and not images.empty.isVisibleTo(page)
    assert images.status.isVisibleTo(page)
    assert images.list.accessibleName()

    images.list.itemClicked.emit(item)
    dialog = images.findChild(QDialog, "reviewImageDialog")
    assert dialog is not None and dialog.isVisible()
    large = dialog.findChild(QLabel, "reviewImageLarge")
    assert large.pixmap() is not None and not large.pixmap().isNull()
    assert "no photo consent" in dialog.findChild(QLabel, "reviewImagePeople").text()
    dialog.close()


def test_draft_without_images_says_so(qtbot, world):
    d = world.draft("Nur Text")
    page = _page(qtbot, world, world.r1)
    _wait_detail(qtbot, page, d)
    images = page.detail.images
    assert images.empty.isVisibleTo(page) and images.empty.text() == "No images."
    assert not images.list.isVisibleTo(page)
    assert not page.detail.progress.isVisibleTo(page)  # single-step policy: nothing to count


def test_multi_step_all_first_approval_names_whom_it_waits_for(qtbot, world):
    set_review_policy(world.session.pf, world.actor(world.manager), ReviewPolicy.multi_step(
        ReviewStep(frozenset({world.r1.id, world.r2.id}), StepRule.ALL)))
    d = world.draft("Zwei Ärzte")
    page = _page(qtbot, world, world.r1)
    _wait_detail(qtbot, page, d)
    assert "0 of 2 approvals" in page.detail.progress.text()
    assert page.approve()
    qtbot.waitUntil(lambda: page.message.isVisibleTo(page), timeout=15000)
    message = page.message.text()
    assert world.state(d) is DraftState.IN_REVIEW
    assert "Dr. Rolf Zwei" in message and "Approved" not in message
    assert "still waiting for" in message

    other = _page(qtbot, world, world.r2)
    _wait_detail(qtbot, other, d)
    header = other.detail.progress
    assert header.isVisibleTo(other)
    assert "Step 1 of 1" in header.text() and "1 of 2 approvals (Dr. Rita Review)" in header.text()
    other.approve()
    qtbot.waitUntil(lambda: other.message.isVisibleTo(other), timeout=15000)
    assert world.state(d) is DraftState.APPROVED
    assert other.message.text().startswith("Approved")
