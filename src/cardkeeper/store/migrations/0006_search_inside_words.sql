-- Search inside words (issue 17): "icro" finds Micron. Search now asks two
-- indexes, one row per contact not in the trash in each, rowid = contact id:
--
-- contact_search_inside, a trigram index of every field, but of notes and card
-- text only their first 4,000 characters. A trigram index costs several times
-- a word index per character, and notes can be long (a CSV of 2,000 contacts
-- with 100 kB notes took 30 s instead of 7 s to import with all of them in it);
-- 4,000 characters, some 600 words, hold a card's text and nearly every note
-- whole. Its text is search_fold(), a function CardKeeper registers on its
-- connections (cardkeeper.store.search): lower case and without accents, so
-- "uller" finds Müller, with two spaces before every word so that a word of
-- one or two typed characters is found as a word beginning ("  k", " an").
--
-- contact_search_long, the word index of every field in full, only for the
-- contacts whose notes or card text are longer than that: their later words
-- are still found by their beginnings, as before, and the index stays as
-- small as such contacts are few, so asking it costs a keystroke nothing.
--
-- contact_search (migration 2), made again, keeps the short fields, for
-- finding duplicates by name and company, and no longer holds notes and card
-- text: those are in the two indexes above, and indexing long ones twice
-- would cost imports the time this split saves. (Dropped and made again, not
-- emptied: deleting its 100,000 rows one by one would take minutes.)
CREATE VIEW contact_search_inside_source AS
SELECT
    contact_id,
    search_fold(
        name, company, title, emails, phones, interests,
        substr(notes, 1, 4000), substr(card_text, 1, 4000)
    ) AS text
FROM contact_search_source;

CREATE VIRTUAL TABLE contact_search_inside USING fts5 (text, tokenize = 'trigram');

INSERT INTO contact_search_inside (rowid, text)
SELECT contact_id, text FROM contact_search_inside_source;

CREATE VIEW contact_search_long_source AS
SELECT contact_id, name, company, title, emails, phones, notes, interests, card_text
FROM contact_search_source
WHERE length(notes) > 4000 OR length(card_text) > 4000;

CREATE VIRTUAL TABLE contact_search_long USING fts5 (
    name, company, title, emails, phones, notes, interests, card_text,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO contact_search_long (rowid, name, company, title, emails, phones, notes, interests, card_text)
SELECT contact_id, name, company, title, emails, phones, notes, interests, card_text
FROM contact_search_long_source;

DROP TABLE contact_search;

CREATE VIRTUAL TABLE contact_search USING fts5 (
    name, company, title, emails, phones, interests,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3 4'
);

INSERT INTO contact_search (rowid, name, company, title, emails, phones, interests)
SELECT contact_id, name, company, title, emails, phones, interests
FROM contact_search_source;
