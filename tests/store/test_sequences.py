"""Sequences: saved whole with their steps, and chosen per event."""

from __future__ import annotations

import pytest

from cardkeeper.domain import Channel, Sequence, SequenceStep, Template
from cardkeeper.errors import FollowUpError
from cardkeeper.store.database import Library
from cardkeeper.store.events import Events
from cardkeeper.store.sequences import Sequences
from cardkeeper.store.templates import Templates


def _steps(template_id: int | None = None) -> list[SequenceStep]:
    return [
        SequenceStep(1, 2, window_days=1, business_days=True, template_id=template_id),
        SequenceStep(2, 10, channel=Channel.CALL, reason="Call about the pilot"),
    ]


def test_a_sequence_comes_back_with_its_steps(library: Library) -> None:
    template_id = Templates(library).save(Template("Thanks", "", ""))
    sequences = Sequences(library)
    sequence_id = sequences.save(Sequence(" Trade fair ", _steps(template_id)))

    saved = sequences.get(sequence_id)
    assert saved == Sequence("Trade fair", _steps(template_id), id=sequence_id)
    assert sequences.by_name("TRADE FAIR") == saved
    assert sequences.all() == [saved]
    assert sequences.get(404) is None
    assert sequences.by_name("fair") is None


def test_steps_are_numbered_in_list_order(library: Library) -> None:
    sequences = Sequences(library)
    sequence_id = sequences.save(
        Sequence("Dinner", [SequenceStep(7, 1), SequenceStep(7, 5), SequenceStep(1, 9)])
    )
    saved = sequences.get(sequence_id)
    assert saved is not None
    assert [(s.step, s.delay_days) for s in saved.steps] == [(1, 1), (2, 5), (3, 9)]


def test_saving_again_replaces_the_steps(library: Library) -> None:
    sequences = Sequences(library)
    sequence_id = sequences.save(Sequence("Dinner", _steps()))
    sequences.save(Sequence("Dinner party", [SequenceStep(1, 4)], id=sequence_id))
    assert sequences.all() == [Sequence("Dinner party", [SequenceStep(1, 4)], id=sequence_id)]


def test_sequences_are_listed_by_name(library: Library) -> None:
    sequences = Sequences(library)
    for name in ("webinar", "Dinner", "Trade fair"):
        sequences.save(Sequence(name, [SequenceStep(1, 1)]))
    assert [s.name for s in sequences.all()] == ["Dinner", "Trade fair", "webinar"]


@pytest.mark.parametrize(
    ("sequence", "sentence"),
    [
        (Sequence(" ", [SequenceStep(1, 1)]), "A sequence needs a name."),
        (Sequence("Empty", []), "The sequence “Empty” needs at least one step."),
        (
            Sequence("Odd", [SequenceStep(1, 1), SequenceStep(2, -1)]),
            "Step 2 of “Odd” cannot wait a negative number of days.",
        ),
        (
            Sequence("Odd", [SequenceStep(1, 1, window_days=-2)]),
            "Step 1 of “Odd” cannot wait a negative number of days.",
        ),
        (
            Sequence("Odd", [SequenceStep(1, 1), SequenceStep(2, 1, template_id=404)]),
            "Step 2 uses a template that is no longer in the library: pick another one.",
        ),
    ],
)
def test_a_sequence_that_cannot_work_is_refused_with_a_sentence(
    library: Library, sequence: Sequence, sentence: str
) -> None:
    with pytest.raises(FollowUpError) as refused:
        Sequences(library).save(sequence)
    assert str(refused.value) == sentence
    assert Sequences(library).all() == []


def test_a_taken_name_is_refused_and_nothing_changes(library: Library) -> None:
    sequences = Sequences(library)
    first = sequences.save(Sequence("Dinner", [SequenceStep(1, 1)]))
    second = sequences.save(Sequence("Fair", [SequenceStep(1, 2)]))
    with pytest.raises(FollowUpError, match="already a sequence called “Dinner”"):
        sequences.save(Sequence("DINNER", [SequenceStep(1, 9)], id=second))
    assert sequences.all() == [
        Sequence("Dinner", [SequenceStep(1, 1)], id=first),
        Sequence("Fair", [SequenceStep(1, 2)], id=second),
    ]


def test_saving_a_sequence_deleted_meanwhile_says_so(library: Library) -> None:
    sequences = Sequences(library)
    sequence_id = sequences.save(Sequence("Dinner", [SequenceStep(1, 1)]))
    sequences.delete(sequence_id)
    with pytest.raises(FollowUpError, match="“Dinner” was deleted meanwhile"):
        sequences.save(Sequence("Dinner", [SequenceStep(1, 2)], id=sequence_id))
    assert sequences.all() == []


def test_the_built_in_sequence_keeps_its_name_and_cannot_be_deleted(library: Library) -> None:
    sequences = Sequences(library)
    sequence_id = sequences.save(Sequence("Met at an event", [SequenceStep(1, 1)], built_in=True))

    sequences.save(Sequence("Met at an event", [SequenceStep(1, 2)], id=sequence_id))
    with pytest.raises(FollowUpError, match="built-in sequence and keeps its name"):
        sequences.save(Sequence("Mine now", [SequenceStep(1, 2)], id=sequence_id))
    with pytest.raises(FollowUpError) as deleted:
        sequences.delete(sequence_id)
    assert str(deleted.value) == (
        "“Met at an event” is the built-in sequence and cannot be deleted; "
        "change its steps instead."
    )
    assert sequences.all() == [
        Sequence("Met at an event", [SequenceStep(1, 2)], built_in=True, id=sequence_id)
    ]


def test_an_event_follows_the_sequence_chosen_for_it(library: Library) -> None:
    sequences = Sequences(library)
    events = Events(library)
    fair = events.get_or_create("Hannover Messe")
    dinner = events.get_or_create("Dinner")
    assert fair.id is not None and dinner.id is not None
    sequence_id = sequences.save(Sequence("Trade fair", _steps()))

    assert sequences.for_event(fair.id) is None
    sequences.set_for_event(fair.id, sequence_id)
    assert sequences.for_event(fair.id) == sequences.get(sequence_id)
    assert sequences.for_event(dinner.id) is None

    sequences.set_for_event(fair.id, None)
    assert sequences.for_event(fair.id) is None


def test_deleting_a_sequence_sends_its_events_back_to_the_default(library: Library) -> None:
    sequences = Sequences(library)
    fair = Events(library).get_or_create("Hannover Messe")
    assert fair.id is not None
    sequence_id = sequences.save(Sequence("Trade fair", _steps()))
    sequences.set_for_event(fair.id, sequence_id)

    sequences.delete(sequence_id)
    sequences.delete(sequence_id)  # already gone: nothing to do

    assert sequences.for_event(fair.id) is None
    assert Events(library).get(fair.id) == fair


def test_choosing_a_missing_event_or_sequence_says_so(library: Library) -> None:
    sequences = Sequences(library)
    fair = Events(library).get_or_create("Hannover Messe")
    assert fair.id is not None
    sequence_id = sequences.save(Sequence("Trade fair", _steps()))

    with pytest.raises(FollowUpError, match=r"^That event is no longer in the library\.$"):
        sequences.set_for_event(404, sequence_id)
    with pytest.raises(FollowUpError, match="That sequence is no longer in the library"):
        sequences.set_for_event(fair.id, 404)
    assert sequences.for_event(fair.id) is None
