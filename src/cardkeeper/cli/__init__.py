"""The ``cardkeeper`` command: the app with no arguments, the same work from a terminal otherwise.

``cardkeeper FILE...`` (what a file manager's "Open With CardKeeper" runs)
opens the app and imports the files as a drop on its window would, or hands
them to the window already open on the library. Qt is imported only when the
window is opened, so ``--help``, ``--version`` and every subcommand work on a
machine with no display.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from cardkeeper import __version__
from cardkeeper.cli.closed_output import finishing_when_closed
from cardkeeper.crash_log import record_crash
from cardkeeper.errors import CardKeeperError
from cardkeeper.logs import setup_logging
from cardkeeper.reading.json_contract import SHAPE as SCAN_JSON_SHAPE
from cardkeeper.terminal import shown

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cardkeeper",
        usage="%(prog)s [options] [FILE ... | COMMAND ...]",
        description="Turn business cards into contacts, and follow up with every one of them. "
        "With no command, the app opens; card photos, folders and .vcf or .csv files named "
        "instead of a command are imported in it, as if dropped on its window.",
    )
    _add_global_options(parser)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    scan = commands.add_parser(
        "scan",
        help="read card images and print what was found; saves nothing",
        epilog=SCAN_JSON_SHAPE,
    )
    scan.add_argument("images", nargs="+", metavar="IMAGE", type=Path)
    scan.add_argument(
        "--json",
        action="store_true",
        help="print a JSON array, one object per card (described below, and in docs/scan-json.md)",
    )
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
    _add_review(commands)
    _add_draft_and_export(commands)
    _add_backup_and_restore(commands)
    _add_mail(commands)
    for command in (scan, import_, camera):
        _accept_after_command(command)
    return parser


def build_open_parser() -> argparse.ArgumentParser:
    """The command line of ``cardkeeper FILE...``: the app's options and what to import."""
    parser = argparse.ArgumentParser(
        prog="cardkeeper",
        description="Open the app and import card photos, folders and .vcf or .csv files in it.",
    )
    _add_global_options(parser)
    parser.add_argument("files", nargs="+", metavar="FILE", type=Path)
    parser.set_defaults(command=None)
    return parser


def _add_global_options(parser: argparse.ArgumentParser) -> None:
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
    parser.add_argument(
        "--tray",
        action="store_true",
        help="start with only the tray icon, which announces due follow-ups (as at login)",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="log everything, down to each file, to the log file and to stderr",
    )


def _accept_after_command(command: argparse.ArgumentParser) -> None:
    """The global options a command also takes after its name, as people type them
    ("cardkeeper import --data-dir X")."""
    command.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS, help="as above")
    command.add_argument(
        "-v", "--verbose", action="store_true", default=argparse.SUPPRESS, help="as above"
    )


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    """The command and its options, or (``command`` None) the app with the files to import.

    A first word that is not an option nor a command is a file, so that
    ``cardkeeper PHOTO.jpg`` works beside ``cardkeeper import PHOTO.jpg``.
    """
    parser = build_parser()
    if _names_files(parser, argv):
        opener = build_open_parser()
        # Options between files ("a.jpg -v b.jpg") need the intermixed parse, which cannot
        # take a "--" ("-- -scan.jpg"); a plain parse can.
        return opener.parse_args(argv) if "--" in argv else opener.parse_intermixed_args(argv)
    args = parser.parse_args(argv)
    args.files = []
    return args


def _names_files(parser: argparse.ArgumentParser, argv: Sequence[str]) -> bool:
    commands: set[str] = set()
    takes_value: set[str] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            commands.update(action.choices)
        elif action.nargs != 0:
            takes_value.update(action.option_strings)
    value_next = False
    for word in argv:
        if value_next:
            value_next = False
        elif word == "--":
            return True
        elif word.startswith("-") and word != "-":
            value_next = "=" not in word and any(
                option == word or (word.startswith("--") and option.startswith(word))
                for option in takes_value
            )
        else:
            return word not in commands
    return False


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
        _accept_after_command(command)


def _add_mail(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    mail = commands.add_parser(
        "mail", help="set up the mailbox drafts go to, and look in it for replies"
    )
    actions = mail.add_subparsers(dest="mail_action", metavar="ACTION", required=True)
    setup = actions.add_parser(
        "setup",
        help="log in to an IMAP server (the password read from standard input) and find Drafts",
    )
    setup.add_argument("host", metavar="HOST", help="the IMAP server, e.g. imap.example.com")
    setup.add_argument("--user", required=True, help="the mailbox's user name")
    setup.add_argument("--port", type=int, help="993 with tls, 143 with starttls unless given")
    setup.add_argument(
        "--security",
        choices=["tls", "starttls"],
        default="tls",
        help="tls: encrypted from the start (the default); starttls: encrypted before logging in",
    )
    setup.add_argument(
        "--cafile", type=Path, metavar="FILE", help="trust a server with a certificate of its own"
    )
    setup.add_argument("--drafts", metavar="FOLDER", help="the Drafts folder, if not flagged")
    setup.add_argument(
        "--notice-replies",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="let the app look for replies from contacts with open follow-ups",
    )
    check = actions.add_parser(
        "check", help="look for replies and sent mail now, and mark the follow-ups they answer"
    )
    for command in (mail, setup, check):
        _accept_after_command(command)


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
        _accept_after_command(action)
        if name == "snooze":
            until = action.add_mutually_exclusive_group(required=True)
            until.add_argument("--until", metavar="YYYY-MM-DD", help="the day to snooze to")
            until.add_argument("--days", type=int, metavar="N", help="snooze for N days")
    _accept_after_command(followups)


def _add_review(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    review = commands.add_parser(
        "review",
        help="list the cards waiting for review, or accept, discard or restore them",
        description="With no action, list the review inbox: the cards read and not yet accepted.",
    )
    review.add_argument("--json", action="store_true", help="print a JSON array")
    review.set_defaults(ids=[], every=False)
    actions = review.add_subparsers(dest="action", metavar="ACTION")
    helps = {
        "accept": "accept cards as read and start their follow-ups, as the window's Accept does",
        "discard": "move cards to the trash, as the window's Delete does",
        "restore": "bring discarded cards back from the trash",
    }
    for name, text in helps.items():
        action = actions.add_parser(name, help=text, description=text[0].upper() + text[1:] + ".")
        action.add_argument("ids", nargs="*", metavar="ID", help="numbers from the ID column")
        if name != "restore":
            action.add_argument(
                "--all", dest="every", action="store_true", help="every card in the review inbox"
            )
        _accept_after_command(action)
    _accept_after_command(review)


def _add_draft_and_export(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    draft = commands.add_parser(
        "draft",
        help="write the email for a contact from a template: print it, save it as .eml, "
        "print a mailto: link, or put it in your mailbox's Drafts",
        description="Without --template, the template of the contact's open follow-up is used.",
    )
    draft.add_argument("contact", metavar="CONTACT", help="an id, an email, or words of the name")
    draft.add_argument("--template", metavar="NAME", help="the template's name (or id)")
    output = draft.add_mutually_exclusive_group()
    output.add_argument("--eml", metavar="FILE", type=Path, help="save it as a draft for Outlook")
    output.add_argument("--mailto", action="store_true", help="print a mailto: link to open")
    output.add_argument(
        "--to-drafts",
        action="store_true",
        help="put it in the Drafts folder of your mailbox (see `cardkeeper mail setup`)",
    )
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
        _accept_after_command(command)


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
    args = parse_args(sys.argv[1:] if argv is None else argv)
    setup_logging(verbose=args.verbose)
    what = args.command or "window"
    log.debug("Command %s, CardKeeper %s", what, __version__)
    stdout = sys.stdout
    if args.command is not None:
        sys.stdout = finishing_when_closed(stdout)
    try:
        if args.command is None:
            missing = [path for path in args.files if not os.path.exists(path)]
            for path in missing:
                print(f"cardkeeper: {_not_found(path)}", file=sys.stderr)
            if missing:
                return 2
            from cardkeeper.gui.app import run_app

            return run_app(
                args.data_dir,
                args.camera,
                [path.absolute() for path in args.files],
                tray=args.tray,
            )
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
        if args.command == "review":
            from cardkeeper.cli.review_command import run_review

            return run_review(
                args.action, args.ids, data_dir=args.data_dir, every=args.every, as_json=args.json
            )
        if args.command == "draft":
            from cardkeeper.cli.draft_command import run_draft

            return run_draft(
                args.contact,
                template=args.template,
                eml=args.eml,
                mailto=args.mailto,
                to_drafts=args.to_drafts,
                data_dir=args.data_dir,
            )
        if args.command == "mail":
            from cardkeeper.cli.mail_command import run_mail_check, run_mail_setup

            if args.mail_action == "check":
                return run_mail_check(data_dir=args.data_dir)
            return run_mail_setup(
                args.host,
                user=args.user,
                port=args.port,
                security=args.security,
                cafile=args.cafile,
                drafts=args.drafts,
                notice_replies=args.notice_replies,
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
        log.warning("Command %s failed (%s)", what, type(error).__name__)
        log.debug("Command %s failed: %s", what, error)
        print(f"cardkeeper: {shown(error)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        log.info("Command %s stopped by the user", what)
        print("cardkeeper: stopped.", file=sys.stderr)
        return 130
    except Exception as error:  # the last line of defence: no traceback reaches a user
        print(f"cardkeeper: {record_crash(error)}", file=sys.stderr)
        return 3
    finally:
        sys.stdout = stdout


def _not_found(path: Path) -> str:
    """A word with no folder and no extension was most likely meant as a command."""
    if len(path.parts) == 1 and not path.suffix:
        return (
            f"{path} is neither a command nor a file or folder here; "
            "`cardkeeper --help` lists the commands."
        )
    return f"There is no file or folder {path}."
