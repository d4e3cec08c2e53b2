"""Templates: saved and found by name in any case; built-ins edited but never lost."""

from __future__ import annotations

import pytest

from cardkeeper.domain import Sequence, SequenceStep, Template
from cardkeeper.errors import TemplateError
from cardkeeper.store.database import Library
from cardkeeper.store.sequences import Sequences
from cardkeeper.store.templates import Templates


def test_a_template_comes_back_as_saved_and_is_found_by_name_in_any_case(
    library: Library,
) -> None:
    templates = Templates(library)
    template_id = templates.save(Template(" Dinner thanks ", "Thanks, {{ first_name }}", "Hi…"))

    saved = templates.get(template_id)
    assert saved == Template("Dinner thanks", "Thanks, {{ first_name }}", "Hi…", id=template_id)
    assert templates.by_name("DINNER THANKS") == saved
    assert templates.by_name("dinner") is None
    assert templates.get(404) is None


def test_templates_are_listed_by_name_whatever_the_case(library: Library) -> None:
    templates = Templates(library)
    for name in ("offer", "Invite", "After the call"):
        templates.save(Template(name, "", ""))
    assert [t.name for t in templates.all()] == ["After the call", "Invite", "offer"]


def test_saving_with_an_id_updates_that_template(library: Library) -> None:
    templates = Templates(library)
    template_id = templates.save(Template("Offer", "Old", "Old body"))
    assert (
        templates.save(Template("Offer a demo", "New", "New body", id=template_id)) == template_id
    )
    assert templates.all() == [Template("Offer a demo", "New", "New body", id=template_id)]


def test_a_taken_name_is_refused_in_any_case_and_nothing_is_saved(library: Library) -> None:
    templates = Templates(library)
    first = templates.save(Template("Offer", "Subject", "Body"))
    other = templates.save(Template("Invite", "Subject", "Body"))

    with pytest.raises(TemplateError) as new:
        templates.save(Template("OFFER", "", ""))
    assert str(new.value) == "There is already a template called “Offer”: pick another name."
    with pytest.raises(TemplateError, match="already a template called “Offer”"):
        templates.save(Template("offer", "Changed", "Changed", id=other))

    assert [(t.id, t.name, t.subject) for t in templates.all()] == [
        (other, "Invite", "Subject"),
        (first, "Offer", "Subject"),
    ]


def test_a_template_needs_a_name(library: Library) -> None:
    with pytest.raises(TemplateError, match=r"^A template needs a name\.$"):
        Templates(library).save(Template("  ", "Subject", "Body"))
    assert Templates(library).all() == []


def test_saving_a_template_deleted_meanwhile_says_so(library: Library) -> None:
    templates = Templates(library)
    template_id = templates.save(Template("Offer", "", ""))
    templates.delete(template_id)
    with pytest.raises(TemplateError, match="“Offer” was deleted meanwhile"):
        templates.save(Template("Offer", "Subject", "", id=template_id))
    assert templates.all() == []


def test_a_built_in_template_can_be_edited_but_not_renamed_or_deleted(library: Library) -> None:
    templates = Templates(library)
    template_id = templates.save(Template("Thank you", "Shipped", "Shipped", built_in=True))

    templates.save(Template("Thank you", "Mine", "My words", id=template_id))
    with pytest.raises(TemplateError) as renamed:
        templates.save(Template("Thanks", "Mine", "My words", id=template_id))
    assert str(renamed.value) == (
        "“Thank you” is a built-in template and keeps its name: "
        "duplicate it to make one of your own."
    )
    with pytest.raises(TemplateError) as deleted:
        templates.delete(template_id)
    assert str(deleted.value) == (
        "“Thank you” is a built-in template and cannot be deleted; "
        "change its text instead, or restore it."
    )
    assert templates.all() == [Template("Thank you", "Mine", "My words", True, template_id)]


def test_an_update_keeps_the_built_in_flag_as_stored(library: Library) -> None:
    templates = Templates(library)
    mine = templates.save(Template("Mine", "", ""))
    shipped = templates.save(Template("Shipped", "", "", built_in=True))
    templates.save(Template("Mine", "", "", built_in=True, id=mine))
    templates.save(Template("Shipped", "", "", built_in=False, id=shipped))
    assert [t.built_in for t in templates.all()] == [False, True]


def test_deleting_a_template_leaves_the_steps_that_used_it_without_one(library: Library) -> None:
    templates = Templates(library)
    template_id = templates.save(Template("Offer", "", ""))
    sequence_id = Sequences(library).save(
        Sequence("Fair", [SequenceStep(1, 3, template_id=template_id)])
    )

    templates.delete(template_id)
    templates.delete(template_id)  # already gone: nothing to do

    assert templates.all() == []
    sequence = Sequences(library).get(sequence_id)
    assert sequence is not None
    assert sequence.steps == [SequenceStep(1, 3, template_id=None)]
