"""The ``cardkeeper`` command: the app with no arguments, the same work from a terminal otherwise.

Qt is imported only when the window is opened, so ``--help``, ``--version``
and every subcommand work on a machine with no display.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from collections.abc import Sequence
from pathlib import Path

from cardkeeper import __version__
from cardkeeper.crash_log import record_crash
from cardkeeper.errors import CardKeeperError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cardkeeper",
        description="Turn business cards into contacts, and follow up with every one of them. "
        "With no command, the app opens.",
    )
    parser.add_argument("--version", action="version", version=f"CardKeeper {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="library folder to use instead of the usual one (also $CARDKEEPER_DATA_DIR)",
    )
    parser.add_argument(
        "--camera",
        metavar="SOURCE",
        help="open the scanner on this camera number, video file or folder of frames",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    scan = commands.add_parser(
        "scan", help="read card images and print what was found; saves nothing"
    )
    scan.add_argument("images", nargs="+", metavar="IMAGE", type=Path)
    scan.add_argument("--json", action="store_true", help="print the JSON array of DESIGN.md")
    _add_reading_options(scan)

    import_ = commands.add_parser(
        "import",
        help="read card images and folders (recursively) into the library, "
        "and contacts from .vcf and .csv files",
    )
    import_.add_argument("paths", nargs="+", metavar="PATH", type=Path)
    import_.add_argument("--event", default=None, help="where you met these people")
    import_.add_argument(
        "--jobs", type=int, default=0, help="cards read at once (default: one per core)"
    )
    _add_reading_options(import_)

    camera = commands.add_parser(
        "camera",
        help="scan cards laid under a webcam, each captured once, and print what was read",
    )
    camera.add_argument(
        "--source",
        default="0",
        help="camera number, video file or folder of frames (default: the first camera)",
    )
    camera.add_argument("--json", action="store_true", help="print a JSON array as in scan")
    camera.add_argument("--save", action="store_true", help="also save the cards for review")
    camera.add_argument("--event", default=None, help="where you met these people (with --save)")
    _add_reading_options(camera)
    _add_followups(commands)
    _add_draft_and_export(commands)
    _add_backup_and_restore(commands)
    for command in (scan, import_, camera):
        # Accepted after the command too ("cardkeeper import --data-dir X"), as people type it.
        command.add_argument(
            "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="as above"
        )
    return parser


def _add_backup_and_restore(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
) -> None:
    backup = commands.add_parser(
        "backup", help="save the whole library (contacts and card images) as one archive"
    )
    backup.add_argument("--out", required=True, type=Path, metavar="FILE", help="the .zip to write")
    restore = commands.add_parser(
        "restore",
        help="make the library the one in a backup; the library there now is kept beside it",
    )
    restore.add_argument("archive", type=Path, metavar="FILE", help="a backup .zip")
    for command in (backup, restore):
        command.add_argument(
            "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="as above"
        )


def _add_followups(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    followups = commands.add_parser(
        "followups",
        help="list the open follow-ups, or mark them done, snoozed, skipped or replied",
        description="With no action, list the open follow-ups by due day.",
    )
    followups.add_argument("--due", action="store_true", help="only those overdue or due today")
    followups.add_argument("--json", action="store_true", help="print a JSON array")
    followups.set_defaults(ids=[], until=None, days=None)
    actions = followups.add_subparsers(dest="action", metavar="ACTION")
    helps = {
        "done": "mark follow-ups done and schedule the next step of each",
        "snooze": "put follow-ups off until a later day",
        "skip": "skip follow-ups and schedule the next step of each",
        "replied": "they replied: end the sequence",
        "not-interested": "they are not interested: end the sequence",
    }
    for name, text in helps.items():
        action = actions.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".")
        action.add_argument("ids", nargs="+", metavar="ID", help="numbers from the ID column")
        action.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="as above")
        if name == "snooze":
            until = action.add_mutually_exclusive_group(required=True)
            until.add_argument("--until", metavar="YYYY-MM-DD", help="the day to snooze to")
            until.add_argument("--days", type=int, metavar="N", help="snooze for N days")
    followups.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="as above")


def _add_draft_and_export(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    draft = commands.add_parser(
        "draft",
        help="write the email for a contact from a template: print it, or save it as .eml, "
        "or print a mailto: link",
        description="Without --template, the template of the contact's open follow-up is used.",
    )
    draft.add_argument("contact", metavar="CONTACT", help="an id, an email, or words of the name")
    draft.add_argument("--template", metavar="NAME", help="the template's name (or id)")
    output = draft.add_mutually_exclusive_group()
    output.add_argument("--eml", metavar="FILE", type=Path, help="save it as a draft for Outlook")
    output.add_argument("--mailto", action="store_true", help="print a mailto: link to open")
    export = commands.add_parser(
        "export",
        help="write the contacts as vCard or CSV for other address books, "
        "or the open follow-ups as iCalendar",
    )
    export.add_argument(
        "--format",
        required=True,
        choices=["ics", "vcf", "vcf3", "csv-google", "csv-outlook"],
        help="ics: follow-ups for a calendar; vcf: vCard 4.0; vcf3: vCard 3.0 (older phones); "
        "csv-google, csv-outlook: for Google Contacts or Outlook",
    )
    export.add_argument("--out", required=True, metavar="FILE", help="where to write; - for stdout")
    export.add_argument(
        "--remind-at", default="9:00", metavar="HH:MM", help="time of day each is due (9:00)"
    )
    export.add_argument("--event", metavar="NAME", help="only the contacts met at this event")
    export.add_argument("--ids", metavar="ID,ID", help="only these contacts, e.g. 3,7,12")
    export.add_argument(
        "--photos", action="store_true", help="put a small image of each card in the vCard"
    )
    for command in (draft, export):
        command.add_argument(
            "--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="as above"
        )


def _add_reading_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--lang", default=None, help="Tesseract languages, e.g. eng+deu (default: settings)"
    )
    command.add_argument(
        "--region",
        default=None,
        help="country for numbers printed without a country code, e.g. DE (default: settings)",
    )


def main(argv: Sequence[str] | None = None) -> int:
    # In a frozen app (PyInstaller) the import's reading worker starts through here.
    multiprocessing.freeze_support()
    args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            from cardkeeper.gui.app import run_app

            return run_app(args.data_dir, args.camera)
        if args.command == "scan":
            from cardkeeper.cli.scan_command import run_scan

            return run_scan(args.images, as_json=args.json, languages=args.lang, region=args.region)
        if args.command == "camera":
            from cardkeeper.cli.camera_command import run_camera

            return run_camera(
                args.source,
                as_json=args.json,
                save=args.save,
                data_dir=args.data_dir,
                event=args.event,
                languages=args.lang,
                region=args.region,
            )
        if args.command == "followups":
            from cardkeeper.cli.followups_command import run_followups

            return run_followups(
                args.action,
                args.ids,
                data_dir=args.data_dir,
                due_only=args.due,
                as_json=args.json,
                until=args.until,
                days=args.days,
            )
        if args.command == "draft":
            from cardkeeper.cli.draft_command import run_draft

            return run_draft(
                args.contact,
                template=args.template,
                eml=args.eml,
                mailto=args.mailto,
                data_dir=args.data_dir,
            )
        if args.command == "backup":
            from cardkeeper.cli.backup_command import run_backup

            return run_backup(args.out, data_dir=args.data_dir)
        if args.command == "restore":
            from cardkeeper.cli.backup_command import run_restore

            return run_restore(args.archive, data_dir=args.data_dir)
        if args.command == "export":
            from cardkeeper.cli.export_command import run_export

            return run_export(
                args.format,
                args.out,
                remind_at=args.remind_at,
                data_dir=args.data_dir,
                event=args.event,
                ids=args.ids,
                photos=args.photos,
            )
        from cardkeeper.cli.import_command import run_import

        return run_import(
            args.paths,
            data_dir=args.data_dir,
            event=args.event,
            jobs=args.jobs,
            languages=args.lang,
            region=args.region,
        )
    except CardKeeperError as error:
        print(f"cardkeeper: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("cardkeeper: stopped.", file=sys.stderr)
        return 130
    except Exception as error:  # the last line of defence: no traceback reaches a user
        print(f"cardkeeper: {record_crash(error)}", file=sys.stderr)
        return 3
