"""People shown on a draft's image: each person once, a later entry corrects an earlier one."""

from __future__ import annotations

from clinic_ambassadors.core.posts import ImagePerson
from clinic_ambassadors.services import draft_editor, drafts
from clinic_ambassadors.storage.draft_extras import person_key, unique_people
from tests.services.test_checklist_facts import CLEAN, world  # noqa: F401 - fixture


def _image(world) -> tuple[str, str]:  # noqa: F811
    pf, author = world["pf"], world["author"]
    rec = drafts.create(pf, author, "amb-1", "Teamfoto", CLEAN)
    return rec.id, draft_editor.add_image(pf, author, rec.id, world["image"])


def _people(world, draft_id: str) -> list[tuple[str, str, bool]]:  # noqa: F811
    (info,) = draft_editor.images(world["pf"], draft_id)
    return [(p.name, p.person.ambassador_id or "", p.consent_ok) for p in info.people]


def test_the_same_person_twice_is_stored_once_with_the_later_consent(world):  # noqa: F811
    pf, author = world["pf"], world["author"]
    draft_id, image_id = _image(world)
    draft_editor.set_people(pf, author, draft_id, image_id, (
        ImagePerson(person_name="Herr Meier"),
        ImagePerson(ambassador_id="amb-2"),
        ImagePerson(person_name="  herr  MEIER ", external_consent=True),  # consent came in
        ImagePerson(ambassador_id="amb-2"),
        ImagePerson(ambassador_id="amb-1")))
    assert _people(world, draft_id) == [("  herr  MEIER ", "", True),
                                        ("Kim Kollegin", "amb-2", False),
                                        ("Alex Autor", "amb-1", True)]
    # the order in which people were listed stays, whatever SQLite returns first
    draft_editor.set_people(pf, author, draft_id, image_id, (
        ImagePerson(ambassador_id="amb-1"), ImagePerson(person_name="Frau Gast")))
    assert [n for n, _, _ in _people(world, draft_id)] == ["Alex Autor", "Frau Gast"]


def test_who_counts_as_the_same_person():
    assert person_key(ImagePerson(ambassador_id="amb-2")) == ("roster", "amb-2")
    assert person_key(ImagePerson(person_name=" Kim  Kollegin")) == ("other", "kim kollegin")
    # a roster entry and a typed name are different entries (the name may be someone else's)
    roster, typed = ImagePerson(ambassador_id="amb-2"), ImagePerson(person_name="Kim Kollegin")
    assert unique_people((roster, typed)) == (roster, typed)
    assert unique_people(()) == ()
