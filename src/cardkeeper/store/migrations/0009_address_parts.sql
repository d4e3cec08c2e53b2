-- Addresses in parts (issue 14): street, extra line, postcode, city, region and
-- country beside the address as printed, so that exports and sync give other
-- programs the city and postcode in their own fields, and search finds them.
--
-- The addresses already in the library are split once, here, with the text
-- kept: split_address_parts() is cardkeeper.postal.split_address as an SQL
-- function (registered by cardkeeper.store.address_split on every connection
-- before migrating), giving the parts as one JSON object, called once per
-- address. Being a statement of this file, the split commits with the new
-- columns and the schema version, or not at all.

ALTER TABLE contacts ADD COLUMN address_street TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN address_extended TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN address_postcode TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN address_city TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN address_region TEXT NOT NULL DEFAULT '';
ALTER TABLE contacts ADD COLUMN address_country TEXT NOT NULL DEFAULT '';

UPDATE contacts SET (
    address_street, address_extended, address_postcode, address_city, address_region,
    address_country
) = (
    SELECT
        json_extract(split, '$.street'), json_extract(split, '$.extended'),
        json_extract(split, '$.postcode'), json_extract(split, '$.city'),
        json_extract(split, '$.region'), json_extract(split, '$.country')
    FROM (SELECT split_address_parts(address) AS split)
)
WHERE address <> '';

-- Search looks in the address too: the text as printed and the parts (which a
-- user may have typed apart from it, and whose country is a code like DE). The
-- views of migrations 2 and 6 are made again with it; contact_search_long, a
-- table of fixed columns, is made again with an address column, and
-- contact_search_inside is made again and filled anew: for 10,000 contacts with
-- an address that took 0.4 s, where deleting and re-adding their rows took 1.1 s
-- (FTS5 deletes row by row, as migration 6 found).
DROP VIEW contact_search_long_source;
DROP VIEW contact_search_inside_source;
DROP VIEW contact_search_source;

CREATE VIEW contact_search_source AS
SELECT
    c.id AS contact_id,
    c.prefix || ' ' || c.given_name || ' ' || c.middle_name || ' ' || c.family_name || ' '
        || c.suffix || ' ' || c.full_name AS name,
    c.company AS company,
    c.title AS title,
    (SELECT group_concat(address, ' ') FROM emails WHERE contact_id = c.id) AS emails,
    (SELECT group_concat(e164 || ' ' || printed, ' ') FROM phones WHERE contact_id = c.id)
        AS phones,
    c.notes AS notes,
    c.interested_in AS interests,
    c.card_text AS card_text,
    c.address || ' ' || c.address_street || ' ' || c.address_extended || ' '
        || c.address_postcode || ' ' || c.address_city || ' ' || c.address_region || ' '
        || c.address_country AS address
FROM contacts AS c
WHERE c.deleted_at IS NULL;

CREATE VIEW contact_search_inside_source AS
SELECT
    contact_id,
    search_fold(
        name, company, title, emails, phones, interests,
        substr(notes, 1, 4000), substr(card_text, 1, 4000), address
    ) AS text
FROM contact_search_source;

CREATE VIEW contact_search_long_source AS
SELECT contact_id, name, company, title, emails, phones, notes, interests, card_text, address
FROM contact_search_source
WHERE length(notes) > 4000 OR length(card_text) > 4000;

DROP TABLE contact_search_long;

CREATE VIRTUAL TABLE contact_search_long USING fts5 (
    name, company, title, emails, phones, notes, interests, card_text, address,
    tokenize = 'unicode61 remove_diacritics 2'
);

INSERT INTO contact_search_long (rowid, name, company, title, emails, phones, notes, interests,
                                 card_text, address)
SELECT contact_id, name, company, title, emails, phones, notes, interests, card_text, address
FROM contact_search_long_source;

DROP TABLE contact_search_inside;

CREATE VIRTUAL TABLE contact_search_inside USING fts5 (text, tokenize = 'trigram');

INSERT INTO contact_search_inside (rowid, text)
SELECT contact_id, text FROM contact_search_inside_source;
