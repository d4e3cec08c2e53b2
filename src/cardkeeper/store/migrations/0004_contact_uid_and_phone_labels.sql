-- Contacts in and out (issue 6): a stable identity that travels with a contact
-- through vCard files and CardDAV servers, and a phone's own label.

-- The UID of RFC 6350: the same person exported, edited elsewhere and imported
-- again is recognised by it, never duplicated. Contacts already in the library
-- get one now; 32 hex digits, as uuid4().hex gives the store for new ones.
ALTER TABLE contacts ADD COLUMN uid TEXT;
UPDATE contacts SET uid = lower(hex(randomblob(16))) WHERE uid IS NULL;
CREATE UNIQUE INDEX contacts_by_uid ON contacts (uid);

-- Any writer that leaves the uid out (a tool or an older script writing rows
-- directly) still gets one, so every contact can be exported and synced.
CREATE TRIGGER contacts_get_a_uid AFTER INSERT ON contacts WHEN NEW.uid IS NULL
BEGIN
    UPDATE contacts SET uid = lower(hex(randomblob(16))) WHERE id = NEW.id;
END;

-- A label beyond the kind ("Assistant", "Home office"), as Apple and Google
-- keep it, so it survives a round trip through their files.
ALTER TABLE phones ADD COLUMN label TEXT NOT NULL DEFAULT '';
