-- Search finds a name by its reading (issue 14): "Yamada" finds 山田太郎, whose card printed
-- Taro Yamada beside it. The reading joins the name in the search views of the address-parts
-- migration, made again here as they were but for that; so contact_search (whose name
-- column finding duplicates asks) also finds a Latin card's person in a Japanese card's.
--
-- Only the contacts with a reading are indexed again: for the others the name's words are
-- the same as before (the reading adds spaces only), so their rows stay as they are.
DROP VIEW contact_search_long_source;
DROP VIEW contact_search_inside_source;
DROP VIEW contact_search_source;

CREATE VIEW contact_search_source AS
SELECT
    c.id AS contact_id,
    c.prefix || ' ' || c.given_name || ' ' || c.middle_name || ' ' || c.family_name || ' '
        || c.suffix || ' ' || c.full_name || ' ' || c.reading_given || ' ' || c.reading_family
        AS name,
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

DELETE FROM contact_search
WHERE rowid IN (SELECT id FROM contacts WHERE reading_given <> '' OR reading_family <> '');
DELETE FROM contact_search_long
WHERE rowid IN (SELECT id FROM contacts WHERE reading_given <> '' OR reading_family <> '');
DELETE FROM contact_search_inside
WHERE rowid IN (SELECT id FROM contacts WHERE reading_given <> '' OR reading_family <> '');

INSERT INTO contact_search (rowid, name, company, title, emails, phones, interests)
SELECT s.contact_id, s.name, s.company, s.title, s.emails, s.phones, s.interests
FROM contact_search_source AS s JOIN contacts AS c ON c.id = s.contact_id
WHERE c.reading_given <> '' OR c.reading_family <> '';

INSERT INTO contact_search_long (rowid, name, company, title, emails, phones, notes, interests,
                                 card_text, address)
SELECT s.contact_id, s.name, s.company, s.title, s.emails, s.phones, s.notes, s.interests,
       s.card_text, s.address
FROM contact_search_long_source AS s JOIN contacts AS c ON c.id = s.contact_id
WHERE c.reading_given <> '' OR c.reading_family <> '';

INSERT INTO contact_search_inside (rowid, text)
SELECT s.contact_id, s.text
FROM contact_search_inside_source AS s JOIN contacts AS c ON c.id = s.contact_id
WHERE c.reading_given <> '' OR c.reading_family <> '';
