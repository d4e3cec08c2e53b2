-- Issue 17: a card merged into a contact is not a person in the trash (as in
-- Google Contacts, a merged duplicate disappears into the merge). The source
-- of a merge stays in the trash, for undo to bring it back, and says which
-- contact it lives on in; the Trash does not list it. Purging the contact it
-- went into purges it too. Runs after 0006 (the search helper's migration).

ALTER TABLE contacts ADD COLUMN merged_into INTEGER REFERENCES contacts (id) ON DELETE CASCADE;
