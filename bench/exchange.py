"""Export and import of 10,000 contacts in every contacts format, timed.

A library of generated contacts (``bench.fake_library``) is exported as vCard
4.0, vCard 3.0 and the Google and Outlook CSVs; each file is then imported into
a new library, and imported again (which must add nothing). Imports go through
the real use case: a commit per 500 entries saved as one batch, each entry's
UID and email/phone looked up first, a big .vcf read ahead by a worker process.
The baseline, measured in the same run, is reading the same file with the
standard reader alone (vobject's full reader, the csv module): what an importer
built on them pays before saving anything. Prints a Markdown table and
writes it to ``bench/out/exchange.md``.

    python -m bench.exchange [--count 10000]
"""

from __future__ import annotations

import argparse
import csv
import io
import shutil
import tempfile
import time
from pathlib import Path

import vobject  # type: ignore[import-untyped]

from bench.fake_library import fake_library
from cardkeeper.app.contact_exchange import (
    EXPORT_FORMATS,
    Outcome,
    export_contacts,
    import_contacts,
)
from cardkeeper.store.database import open_library

OUT = Path(__file__).parent / "out" / "exchange.md"


def run(count: int, work: Path) -> str:
    started = time.perf_counter()
    source = fake_library(work / "source", count)
    made = time.perf_counter() - started
    rows = []
    for fmt in EXPORT_FORMATS:
        path = work / f"contacts-{fmt}.{'csv' if fmt.startswith('csv') else 'vcf'}"
        with open_library(source) as library:
            started = time.perf_counter()
            exported = export_contacts(library, None, fmt, path)
            export_seconds = time.perf_counter() - started
        baseline = parse_only_seconds(path)
        target = work / f"into-{fmt}"
        with open_library(target) as library:
            started = time.perf_counter()
            first = import_contacts(library, path, region="US")
            first_seconds = time.perf_counter() - started
            started = time.perf_counter()
            second = import_contacts(library, path, region="US")
            second_seconds = time.perf_counter() - started
        shutil.rmtree(target)
        rows.append(
            f"| {fmt} | {exported} | {path.stat().st_size / 1e6:.1f} | {export_seconds:.2f} "
            f"| {first.count(Outcome.ADDED)} added, {first.count(Outcome.ALREADY_THERE)} there "
            f"(same email/phone), {first.count(Outcome.FAILED)} failed "
            f"| {baseline:.2f} | {first_seconds:.2f} | {first_seconds / baseline:.1f} "
            f"| {second.count(Outcome.ADDED)} added | {second_seconds:.2f} |"
        )
    return "\n".join(
        [
            f"{count} generated contacts (library made in {made:.1f} s; 0 when reused). The"
            " generator gives some people the same email or phone, so a few are already there.",
            "",
            "| format | exported | MB | export s | first import | baseline: parse only s "
            "| import s | ratio | second import | s |",
            "|---|---|---|---|---|---|---|---|---|---|",
            *rows,
            "",
        ]
    )


def parse_only_seconds(path: Path) -> float:
    """Reading the file with the standard reader and nothing else."""
    text = path.read_bytes().decode("utf-8-sig")
    started = time.perf_counter()
    if path.suffix == ".csv":
        rows = list(csv.reader(io.StringIO(text)))
    else:
        rows = list(vobject.readComponents(text))
    seconds = time.perf_counter() - started
    if not rows:
        raise SystemExit(f"{path} read as empty")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--work", type=Path, help="folder for the libraries (default: temporary)")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="cardkeeper-exchange-"))
    table = run(args.count, work)
    print(table)
    OUT.parent.mkdir(exist_ok=True)
    OUT.write_text(table)


if __name__ == "__main__":
    main()
