-- Search inside words (issue 17): "icro" finds Micron. A trigram index over
-- the fields of contact_search_source, one row per contact not in the trash,
-- rowid = contact id; search looks only here. (contact_search stays: finding
-- duplicates by name and company asks it for word beginnings per field.)
-- The text is search_fold(), a function CardKeeper registers on its
-- connections (cardkeeper.store.search): lower case and without accents, so
-- "uller" finds Müller, with two spaces before every word so that a word of
-- one or two typed characters is found as a word beginning ("  k", " an").
CREATE VIEW contact_search_inside_source AS
SELECT
    contact_id,
    search_fold(name, company, title, emails, phones, notes, interests, card_text) AS text
FROM contact_search_source;

CREATE VIRTUAL TABLE contact_search_inside USING fts5 (text, tokenize = 'trigram');

INSERT INTO contact_search_inside (rowid, text)
SELECT contact_id, text FROM contact_search_inside_source;
