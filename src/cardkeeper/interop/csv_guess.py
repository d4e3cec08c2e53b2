"""Which field a column of any other program's CSV probably holds, guessed from its header:
the names address books, CRMs and spreadsheets give their columns, in several languages."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

_GUESSES: dict[str, str] = {
    **dict.fromkeys(("prefix", "nameprefix", "salutation", "anrede", "honorific"), "prefix"),
    **dict.fromkeys(
        ("firstname", "givenname", "first", "forename", "vorname", "prenom", "nombre"), "given_name"
    ),
    **dict.fromkeys(("middlename", "additionalname", "middle"), "middle_name"),
    **dict.fromkeys(
        ("lastname", "familyname", "surname", "last", "nachname", "nom", "apellido", "cognome"),
        "family_name",
    ),
    **dict.fromkeys(("suffix", "namesuffix"), "suffix"),
    **dict.fromkeys(
        ("phoneticfirstname", "phoneticgivenname", "givennameyomi", "givenyomi", "firstnameyomi"),
        "reading_given",
    ),
    **dict.fromkeys(
        ("phoneticlastname", "phoneticfamilyname", "familynameyomi", "surnameyomi", "lastnameyomi"),
        "reading_family",
    ),
    **dict.fromkeys(("name", "fullname", "displayname", "contactname"), "full_name"),
    **dict.fromkeys(
        ("title", "jobtitle", "position", "role", "organizationtitle", "function"), "title"
    ),
    **dict.fromkeys(
        (
            "company",
            "organization",
            "organisation",
            "organizationname",
            "org",
            "firma",
            "employer",
            "unternehmen",
            "societe",
            "entreprise",
            "empresa",
            "azienda",
        ),
        "company",
    ),
    **dict.fromkeys(
        (
            "address",
            "formattedaddress",
            "street",
            "city",
            "postalcode",
            "zip",
            "country",
            "state",
            "region",
            "adresse",
            "anschrift",
            "strasse",
            "ort",
            "plz",
            "ville",
            "direccion",
            "indirizzo",
        ),
        "address",
    ),
    **dict.fromkeys(("email", "mail", "emailaddress", "emailvalue", "courriel"), "email"),
    **dict.fromkeys(
        (
            "phone",
            "telephone",
            "tel",
            "workphone",
            "businessphone",
            "officephone",
            "telefon",
            "telefono",
        ),
        "phone_work",
    ),
    **dict.fromkeys(
        (
            "mobile",
            "mobilephone",
            "cell",
            "cellphone",
            "handy",
            "mobilenumber",
            "mobil",
            "portable",
            "movil",
            "cellulare",
        ),
        "phone_mobile",
    ),
    **dict.fromkeys(("fax", "faxnumber", "businessfax", "workfax"), "phone_fax"),
    **dict.fromkeys(("homephone", "otherphone", "phonevalue"), "phone_other"),
    **dict.fromkeys(("website", "web", "webpage", "url", "homepage", "websitevalue"), "website"),
    **dict.fromkeys(("tags", "tag", "labels", "categories", "groups", "groupmembership"), "tags"),
    **dict.fromkeys(
        (
            "notes",
            "note",
            "comments",
            "comment",
            "notiz",
            "notizen",
            "bemerkung",
            "bemerkungen",
            "anmerkung",
            "remarques",
            "notas",
        ),
        "notes",
    ),
    **dict.fromkeys(
        ("interests", "interestedin", "interest", "interesse", "interessen", "interets"),
        "interested_in",
    ),
    **dict.fromkeys(("event", "eventname", "metat", "where"), "event"),
    **dict.fromkeys(("meton", "met", "datemet", "when"), "met_on"),
}


def guessed_fields(header: Sequence[str]) -> dict[str, str]:
    """The field each column's name stands for (column header -> field); others left out."""
    guessed = {}
    for column in header:
        # Accents folded, so "Téléphone" and "Société" are read as "telephone" and "societe".
        folded = unicodedata.normalize("NFKD", column.lower())
        key = re.sub(r"[^a-z]", "", folded)
        if key in _GUESSES:
            guessed[column] = _GUESSES[key]
    return guessed
