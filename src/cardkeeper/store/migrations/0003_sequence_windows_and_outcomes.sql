-- Following through, as issue 5 needs it: a step's window ("day 7-9"), its
-- reason, why a sequence ended (replied, not interested), and a sequence per
-- event (cards from a trade fair follow a different rhythm than a dinner).

ALTER TABLE sequence_steps ADD COLUMN window_days INTEGER NOT NULL DEFAULT 0
    CHECK (window_days >= 0);
ALTER TABLE sequence_steps ADD COLUMN reason TEXT NOT NULL DEFAULT '';

ALTER TABLE follow_ups ADD COLUMN outcome TEXT NOT NULL DEFAULT ''
    CHECK (outcome IN ('', 'replied', 'not_interested'));

ALTER TABLE events ADD COLUMN sequence_id INTEGER REFERENCES sequences (id) ON DELETE SET NULL;
