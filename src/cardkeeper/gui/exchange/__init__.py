"""Contacts in and out of CardKeeper: vCard/CSV import and export (with the CSV column
mapping), CardDAV sync (by hand and on a timer), back up and restore. File menu's
second and third groups.
"""
