"""Every library gets the three built-in templates and "Met at an event", once."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from cardkeeper.app.built_ins import MET_AT_AN_EVENT, ensure_built_ins, restore_built_in_templates
from cardkeeper.app.builtin_templates import BUILT_IN_TEMPLATES, INVITE, OFFER, THANK_YOU
from cardkeeper.app.follow_through import due_after
from cardkeeper.domain import Channel, Template
from cardkeeper.store.database import Library
from cardkeeper.store.sequences import Sequences
from cardkeeper.store.templates import Templates


def test_a_new_library_gets_the_built_in_templates_and_sequence(library: Library) -> None:
    ensure_built_ins(library)

    templates = Templates(library)
    for shipped in BUILT_IN_TEMPLATES:
        stored = templates.by_name(shipped.name)
        assert stored == replace(shipped, id=stored.id if stored else None)
        assert stored is not None and stored.built_in
    sequence = Sequences(library).by_name(MET_AT_AN_EVENT)
    assert sequence is not None and sequence.built_in
    names = {template.id: template.name for template in templates.all()}
    assert [
        (s.step, s.delay_days, s.window_days, s.business_days, s.channel, names[s.template_id])
        for s in sequence.steps
        if s.template_id is not None
    ] == [
        (1, 1, 1, False, Channel.EMAIL, THANK_YOU),
        (2, 6, 2, False, Channel.EMAIL, OFFER),
        (3, 14, 9, False, Channel.EMAIL, INVITE),
    ]
    assert all(step.reason for step in sequence.steps)


def test_the_steps_fall_on_days_1_to_2_7_to_9_and_21_to_30(library: Library) -> None:
    ensure_built_ins(library)
    sequence = Sequences(library).by_name(MET_AT_AN_EVENT)
    assert sequence is not None
    met = date(2024, 5, 17)
    windows = []
    start = met
    for step in sequence.steps:
        due = due_after(start, step)
        windows.append(((due - met).days, (due + timedelta(days=step.window_days) - met).days))
        start = due  # each step done on its first day
    assert windows == [(1, 2), (7, 9), (21, 30)]


def test_ensuring_again_changes_nothing_and_keeps_the_users_edits(library: Library) -> None:
    ensure_built_ins(library)
    templates = Templates(library)
    thank_you = templates.by_name(THANK_YOU)
    assert thank_you is not None
    templates.save(replace(thank_you, subject="My own subject"))
    before = (templates.all(), Sequences(library).all())

    ensure_built_ins(library)

    assert (templates.all(), Sequences(library).all()) == before
    assert len(before[0]) == 3 and len(before[1]) == 1


def test_restoring_puts_the_shipped_text_back_and_leaves_the_users_own(library: Library) -> None:
    ensure_built_ins(library)
    templates = Templates(library)
    mine = templates.save(Template("After a dinner", "Thanks for dinner", "Hi"))
    for template in templates.all():
        templates.save(replace(template, subject="edited", body="edited"))
    sequence_before = Sequences(library).all()

    restore_built_in_templates(library)

    for shipped in BUILT_IN_TEMPLATES:
        stored = templates.by_name(shipped.name)
        assert stored is not None
        assert (stored.subject, stored.body) == (shipped.subject, shipped.body)
    assert templates.get(mine) == Template("After a dinner", "edited", "edited", id=mine)
    assert Sequences(library).all() == sequence_before


def test_restoring_in_a_library_without_them_adds_them(library: Library) -> None:
    restore_built_in_templates(library)
    assert sorted(t.name for t in Templates(library).all()) == sorted(
        t.name for t in BUILT_IN_TEMPLATES
    )
