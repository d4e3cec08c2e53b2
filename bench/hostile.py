"""Hostile inputs against every reader, each in a fresh process: time and peak memory.

What a contact can hand the user (a .vcf, a photo, a backup archive, a CardDAV
server, a template in a synced library) is made oversized or slow on purpose,
and fed through the entry point a user would use: the ``cardkeeper`` CLI's
``import``, ``restore`` and ``draft``, and the library's sync against a
server on 127.0.0.1 run here. The bounds come from issue 16: every reader has
a size limit and linear time, every request an overall deadline, an import
stays under 1 GB of memory whatever it reads.

Each probe runs in its own process session, and its peak memory is the most
that all processes of the session held at once (their resident sizes summed,
read from /proc every 20 ms; the entry point's own high-water mark when that is
more): a card reading worker or Tesseract counts too. ``ru_maxrss`` cannot be
used: a child started from this process inherits this process's high-water
mark across ``exec``. A probe that would not end is killed at its timeout
(shown as "over N s"), and each child runs under an address-space and a
file-size cap, so a runaway case cannot take the memory or the disk of a
machine shared with others; hitting a cap is shown as such. Inputs are
generated in a temporary folder and deleted; bombs are written as their
compressed bytes only. The baseline rows are the same entry points on small
normal inputs, measured in the same run.

    python -m bench.hostile [--out DIR]
"""

from __future__ import annotations

import argparse
import base64
import contextlib
import os
import signal
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MB = 1_000_000
GIB = 1 << 30

MEMORY_BOUND_MB = 1000
"""The issue's bound: an import's memory stays under 1 GB whatever it reads."""
MEMORY_CAP = 4 * GIB
"""RLIMIT_AS of each child: four times the bound, so a case over the bound still shows how
far over it goes, while other work on the machine keeps its memory."""
FILE_CAP = 2 * GIB
"""RLIMIT_FSIZE of each child: a bomb unpacked to disk stops at one file of this size."""
TIMEOUT_S = 60.0
"""Longest a probe may run before it is killed: twice the longest bound below."""
READ_BOUND_S = 30.0
"""A file reader in linear time takes a few seconds for 100 MB; 30 s leaves room for a slow
machine, and is still far below what a user would wait for before killing the app."""
REQUEST_BOUND_S = 30.0
"""A sync's overall deadline must end it whatever the server does; 30 s is above the client's
20 s per-read timeout, which alone does not end a server that answers one byte at a time."""
RENDER_BOUND_S = 10.0
"""A draft renders in milliseconds; ten seconds is already a hung window."""
CHUNK = 1 << 20

LAUNCH = """
import resource, runpy, sys
memory, files = int(sys.argv[1]), int(sys.argv[2])
resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
resource.setrlimit(resource.RLIMIT_FSIZE, (files, files))
sys.argv = sys.argv[3:]
runpy.run_module(sys.argv[0], run_name="__main__", alter_sys=True)
"""
"""Sets the caps inside the child before anything is imported (a ``preexec_fn`` is unsafe
here: the bench runs server threads while it starts children)."""


@dataclass(frozen=True)
class Probe:
    name: str
    module_args: list[str]
    """``python -m`` and its arguments: the entry point and the input."""
    size: int
    """Bytes of the input (the file, or what the server offers)."""
    bound_s: float
    note: Callable[[], str] = lambda: ""
    """Read after the run: what a server sent, for instance."""


@dataclass(frozen=True)
class Result:
    seconds: float
    peak_mb: float
    told: str
    timed_out: bool
    cap: str
    """Which cap stopped it ("memory", "file size"), or ""."""


def session_kb(session: int) -> tuple[int, int]:
    """Resident kB of all processes in ``session`` now, and the leader's high-water mark."""
    total = leader = 0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[3]) != session:  # the fields after the name: state, ppid, pgrp, sid
                continue
            status = (stat.parent / "status").read_text()
        except (OSError, IndexError):
            continue  # it ended meanwhile
        sizes = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        total += int(sizes.get("VmRSS", "0 kB").split()[0])
        if stat.parent.name == str(session):
            leader = int(sizes.get("VmHWM", "0 kB").split()[0])
    return total, leader


def run(probe: Probe, work: Path, number: int) -> Result:
    """Run one probe in a new session under the caps; kill the session at the timeout."""
    logs = work / "logs" / str(number)
    logs.mkdir(parents=True)
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
        "CARDKEEPER_LOG_DIR": str(logs),
        "XDG_CONFIG_HOME": str(work / "config"),
    }
    argv = [sys.executable, "-c", LAUNCH, str(MEMORY_CAP), str(FILE_CAP), *probe.module_args]
    with (logs / "out").open("w+b") as out:
        started = time.perf_counter()
        child = subprocess.Popen(
            argv, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=work, start_new_session=True
        )
        peak_kb, timed_out = 0, False
        while child.poll() is None:
            if time.perf_counter() - started > TIMEOUT_S:
                os.killpg(child.pid, signal.SIGKILL)
                child.wait()
                timed_out = True
                break
            peak_kb = max(peak_kb, *session_kb(child.pid))
            time.sleep(0.02)
        seconds = time.perf_counter() - started
        if session_kb(child.pid)[0]:  # a worker outlived the entry point
            os.killpg(child.pid, signal.SIGKILL)
        out.seek(0)
        output = out.read().decode("utf-8", "replace").replace(f"{work}{os.sep}", "")
    crash_logs = " ".join(p.read_text("utf-8", "replace") for p in logs.rglob("*.log"))
    signs = {"memory": ("MemoryError", "bad_alloc"), "file size": ("File too large",)}
    cap = next((k for k, v in signs.items() if any(s in output + crash_logs for s in v)), "")
    return Result(seconds, peak_kb / 1000, _told(output), timed_out, cap)


def _told(output: str) -> str:
    """The sentence the user saw: the first line, or a traceback's last (its error)."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    if not lines:
        return "(nothing)"
    told = lines[-1] if lines[0].startswith("Traceback") else lines[0]
    return told if len(told) <= 140 else told[:137] + "…"


def size_text(size: int) -> str:
    return f"{size:,} B" if size < MB else f"{size / MB:,.1f} MB"


def row(probe: Probe, result: Result) -> str:
    if result.timed_out:
        time_text, within = f"over {TIMEOUT_S:.0f} s", False
    else:
        time_text = f"{result.seconds:.1f}"
        within = result.seconds <= probe.bound_s and result.peak_mb < MEMORY_BOUND_MB
    told = "(killed at the timeout)" if result.timed_out else result.told
    if result.cap:
        limit = MEMORY_CAP if result.cap == "memory" else FILE_CAP
        told = f"stopped at the {limit / GIB:.0f} GiB {result.cap} cap: {told}"
        within = False
    note = probe.note()
    # Under a megabyte, the process's own start-up is all the ratio would show.
    ratio = f"{result.peak_mb * MB / probe.size:,.2f}" if probe.size >= MB else "—"
    return (
        f"| {probe.name}{f' ({note})' if note else ''} | {size_text(probe.size)} | {time_text} "
        f"(bound {probe.bound_s:.0f}) | {result.peak_mb:,.0f} | {ratio} "
        f"| {told.replace('|', '/')} | {'yes' if within else 'no'} |"
    )


# -- the inputs --------------------------------------------------------------------------


def write_chunks(path: Path, parts: Iterator[bytes]) -> Path:
    with path.open("wb") as out:
        for part in parts:
            out.write(part)
    return path


def vcard(lines: Iterator[bytes], version: str = "3.0") -> Iterator[bytes]:
    yield f"BEGIN:VCARD\r\nVERSION:{version}\r\nFN:Hostile Card\r\nN:Card;Hostile;;;\r\n".encode()
    yield from lines
    yield b"END:VCARD\r\n"


def long_line(size: int) -> Iterator[bytes]:
    """One NOTE line of ``size`` bytes, never folded."""
    yield b"NOTE:"
    for _ in range(size // CHUNK):
        yield b"a" * CHUNK
    yield b"\r\n"


def csv_rows(cell: Iterator[bytes], *, closed: bool = True) -> Iterator[bytes]:
    """A Google-layout CSV of one contact whose notes are ``cell``, quoted (or never closed)."""
    yield b"First Name,Last Name,E-mail 1 - Value,Notes\r\n"
    yield b'Hostile,Card,csv@example.com,"'
    yield from cell
    yield b'"\r\n' if closed else b"\r\n"


def filler(size: int) -> Iterator[bytes]:
    """``size`` bytes of one letter, in chunks."""
    for _ in range(size // CHUNK):
        yield b"a" * CHUNK


def soft_breaks(size: int) -> Iterator[bytes]:
    """A quoted-printable value that is nothing but soft line breaks: one logical line."""
    yield b"NOTE;ENCODING=QUOTED-PRINTABLE:"
    yield b"=\r\n" * (size // 3)
    yield b"x\r\n"


def photo(size: int) -> Iterator[bytes]:
    """A base64 PHOTO folded at 75 columns, as a phone writes one."""
    yield b"PHOTO;ENCODING=b;TYPE=JPEG:" + base64.b64encode(b"\xff\xd8\xff\xe0") + b"\r\n"
    folded = b" " + b"A" * 74 + b"\r\n"
    lines = CHUNK // len(folded)
    for _ in range(size // (lines * len(folded))):
        yield folded * lines


def flat_png(path: Path, side: int) -> Path:
    """A side × side RGB PNG of one colour: the first row holds the colour, every other row
    repeats the one above (PNG's "Up" filter), so it compresses to about a thousandth."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    deflate = zlib.compressobj(9)
    first = deflate.compress(b"\x00" + bytes((200, 120, 40)) * side)
    same = b"\x02" + bytes(3 * side)
    body = first + b"".join(deflate.compress(same) for _ in range(side - 1)) + deflate.flush()
    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    with path.open("wb") as out:
        out.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header))
        for start in range(0, len(body), CHUNK):
            out.write(chunk(b"IDAT", body[start : start + CHUNK]))
        out.write(chunk(b"IEND", b""))
    return path


class _RepeatedZeros:
    """Stands in for zipfile's compressor: every 1 MiB of zeros becomes the same deflate
    block, made once. A block ended by a full flush refers to nothing before it, so the
    blocks strung together are a valid stream: several GiB cost a few MB and seconds (the
    CRC), not a minute of compressing zeros."""

    def __init__(self) -> None:
        deflate = zlib.compressobj(9, zlib.DEFLATED, -15)
        self._block = deflate.compress(bytes(CHUNK)) + deflate.flush(zlib.Z_FULL_FLUSH)
        self._end = deflate.flush(zlib.Z_FINISH)

    def compress(self, data: bytes) -> bytes:
        assert len(data) == CHUNK and not any(data[:64])
        return self._block

    def flush(self) -> bytes:
        return self._end


def bomb_backup(path: Path, normal: Path, bomb: str, size: int) -> Path:
    """``normal``, a real backup, with its member ``bomb`` (or a new one) ``size`` bytes of
    zeros; the archive's own headers claim that size."""
    with zipfile.ZipFile(normal) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            if info.filename != bomb:
                out.writestr(info, source.read(info))
        with out.open(bomb, "w", force_zip64=True) as member:
            member._compressor = _RepeatedZeros()  # type: ignore[attr-defined]
            zeros = bytes(CHUNK)
            for _ in range(size // CHUNK):
                member.write(zeros)
    return path


# -- the servers ---------------------------------------------------------------------------

MULTISTATUS_HEAD = b'<?xml version="1.0"?><d:multistatus xmlns:d="DAV:">'
_EMPTY_CHANGES = MULTISTATUS_HEAD + b"<d:sync-token>t1</d:sync-token></d:multistatus>"
SMALL_ANSWER = b"HTTP/1.1 207 Multi-Status\r\nContent-Length: %d\r\n\r\n%s" % (
    len(_EMPTY_CHANGES),
    _EMPTY_CHANGES,
)
"""A valid answer to the sync's first request: no cards changed, and a new sync token."""


class Server(ThreadingHTTPServer):
    """A CardDAV server on 127.0.0.1 that answers every request as ``mode`` says; counts
    the bytes it managed to send."""

    daemon_threads = True

    def __init__(self, mode: str, offered: int) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.mode, self.offered, self.sent = mode, offered, 0
        self.stopping = threading.Event()
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/book/"

    def told_sent(self) -> str:
        return f"sent {self.sent:,} B"

    def stop(self) -> None:
        self.stopping.set()
        self.shutdown()
        self.server_close()


class _Handler(BaseHTTPRequestHandler):
    server: Server

    def log_message(self, *_args: object) -> None:
        """Quiet: the table says what happened."""

    def _any(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        with contextlib.suppress(OSError):  # the client hung up: what it got is counted
            {"normal": self._normal, "huge": self._huge, "slow": self._slow}[self.server.mode]()

    do_PROPFIND = do_REPORT = do_GET = do_PUT = do_DELETE = _any  # noqa: N815

    def _send(self, data: bytes) -> None:
        self.wfile.write(data)
        self.server.sent += len(data)

    def _normal(self) -> None:
        self._send(SMALL_ANSWER)

    def _huge(self) -> None:
        """A sync-collection answer listing millions of cards, made as it is sent."""
        self._send(b"HTTP/1.1 207 Multi-Status\r\nContent-Type: application/xml\r\n")
        self._send(f"Content-Length: {self.server.offered}\r\n\r\n".encode() + MULTISTATUS_HEAD)
        number = 0
        while self.server.sent < self.server.offered and not self.server.stopping.is_set():
            batch = "".join(
                f'<d:response><d:href>/book/{i}.vcf</d:href><d:propstat><d:prop><d:getetag>"{i}"'
                "</d:getetag></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>"
                "</d:response>"
                for i in range(number, number + 2000)
            )
            number += 2000
            self._send(batch.encode()[: self.server.offered - self.server.sent])

    def _slow(self) -> None:
        """A valid answer, one byte a second: no single read ever waits long."""
        for byte in SMALL_ANSWER:
            if self.server.stopping.wait(1.0):
                return
            self._send(bytes([byte]))
            self.wfile.flush()


def sync_child(url: str, folder: Path) -> None:
    """The child's side of a sync probe: choose ``url`` as the address book and sync, as
    Sync Now does; the sentence a user would see is printed."""
    from cardkeeper.app.sync import choose_address_book, sync
    from cardkeeper.errors import CardKeeperError
    from cardkeeper.interop.carddav import CardDavClient
    from cardkeeper.store.database import open_library

    with open_library(folder) as library:
        choose_address_book(library, url, "bench")
        try:
            with CardDavClient(url, "bench", "secret") as client:
                report = sync(library, client)
        except CardKeeperError as error:
            print(error)
            return
    print(f"Synced: {report.pulled_new} new from the server.")


# -- the probes ----------------------------------------------------------------------------


def library_with_a_contact(folder: Path, templates: dict[str, str]) -> Path:
    from cardkeeper.app.built_ins import ensure_built_ins
    from cardkeeper.domain import Contact, Template
    from cardkeeper.store.contacts import Contacts
    from cardkeeper.store.database import open_library
    from cardkeeper.store.templates import Templates

    with open_library(folder) as library:
        ensure_built_ins(library)
        Contacts(library).save_new_contact(
            Contact(given_name="Anna", family_name="Koch", emails=["anna@koch.de"])
        )
        for name, body in templates.items():
            Templates(library).save(Template(name=name, subject="Hello", body=body))
    return folder


TEMPLATES = {
    "baseline: a normal template": "Dear {{ first_name }}, good to meet you.",
    "template: full_name.center(4000000000)|length": "{{ full_name.center(4000000000)|length }}",
    'template: "{:>100000000}".format(full_name)': '{{ "{:>100000000}".format(full_name) }}',
    "template: full_name|indent(100000000)": "{{ full_name|indent(100000000) }}",
    "template: three nested 1,000-step loops": "".join(
        f'{{% for {name} in "{"x" * 1000}" %}}' for name in "abc"
    )
    + "x{% endfor %}" * 3,
}
"""Each draft's body by its name. The loops run over a 1,000-character literal: ``range`` is
not among the placeholders a template may use."""


def probes(work: Path) -> Iterator[Probe]:
    """Each input is made just before its probe runs, so the disk holds one at a time."""
    from cardkeeper.app.library_backup import back_up
    from cardkeeper.store.database import open_library
    from tests.card_files import write_scan

    def cli(*args: str | Path) -> list[str]:
        return ["cardkeeper", "--data-dir", str(work / "library"), *map(str, args)]

    def imported(name: str, path: Path, command: str = "import") -> Probe:
        return Probe(name, cli(command, path), path.stat().st_size, READ_BOUND_S)

    small = write_chunks(work / "small.vcf", vcard(iter([b"EMAIL:hostile@example.com\r\n"])))
    yield imported("baseline: a normal vCard", small)
    line = write_chunks(work / "line.vcf", vcard(long_line(50 * MB)))
    yield imported("vCard, one 50 MB line", line)
    qp = write_chunks(work / "qp.vcf", vcard(soft_breaks(6 * MB), "2.1"))
    yield imported("vCard, a 6 MB chain of quoted-printable soft breaks", qp)
    big_photo = write_chunks(work / "photo.vcf", vcard(photo(100 * MB)))
    yield imported("vCard, a 100 MB PHOTO", big_photo)
    for path in (work / "line.vcf", work / "qp.vcf", work / "photo.vcf"):
        path.unlink()

    small_csv = write_chunks(work / "small.csv", csv_rows(iter([b"a note"])))
    yield imported("baseline: a normal CSV", small_csv)
    cell = write_chunks(work / "cell.csv", csv_rows(filler(50 * MB)))
    yield imported("CSV, one 50 MB cell", cell)
    cell.unlink()
    unclosed = write_chunks(work / "unclosed.csv", csv_rows(filler(50 * MB), closed=False))
    yield imported("CSV, a 50 MB quoted cell never closed", unclosed)
    unclosed.unlink()

    card, _truth = write_scan(work / "cards", 3)
    yield imported("baseline: a card photo", card)
    yield imported("PNG, 20,000 × 20,000 px of one colour", flat_png(work / "big.png", 20_000))
    (work / "big.png").unlink()

    normal = work / "normal.zip"
    with open_library(library_with_a_contact(work / "source", {})) as library:
        back_up(library, normal, datetime.now(UTC))
    yield imported("baseline: a normal backup", normal, command="restore")
    for what, member in (
        ("a card image", "cards/ab/" + "ab" * 32 + ".jpg"),
        ("backup.json", "backup.json"),
        ("the database", "library.sqlite3"),
    ):
        bomb = bomb_backup(work / "bomb.zip", normal, member, 4 * GIB)
        yield imported(f"backup, {what} of 4 GiB zeros", bomb, command="restore")
        bomb.unlink()

    for name, mode, offered in (
        ("baseline: CardDAV, a normal answer", "normal", len(SMALL_ANSWER)),
        ("CardDAV, an answer of 1 GiB", "huge", GIB),
        ("CardDAV, a server sending 1 byte/s", "slow", len(SMALL_ANSWER)),
    ):
        server = Server(mode, offered)
        args = ["bench.hostile", "--sync-child", server.url, str(work / f"sync-{mode}")]
        try:
            yield Probe(name, args, offered, REQUEST_BOUND_S, server.told_sent)
        finally:
            server.stop()

    drafts = library_with_a_contact(work / "drafts", TEMPLATES)
    for name, body in TEMPLATES.items():
        args = ["cardkeeper", "--data-dir", str(drafts), "draft", "Anna", "--template", name]
        yield Probe(name, args, len(body.encode()), RENDER_BOUND_S)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=Path("bench/out"))
    parser.add_argument("--sync-child", nargs=2, metavar=("URL", "LIBRARY"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.sync_child:
        sync_child(args.sync_child[0], Path(args.sync_child[1]))
        return
    lines = [
        f"Each probe in its own process, killed after {TIMEOUT_S:.0f} s, under a "
        f"{MEMORY_CAP / GIB:.0f} GiB address-space and {FILE_CAP / GIB:.0f} GiB file-size cap. "
        f"Within bounds: peak under {MEMORY_BOUND_MB} MB and time under the probe's bound.",
        "",
        "| input | size | time (s) | peak memory (MB) | memory / size | what the user was told "
        "| within bounds |",
        "|---|---|---|---|---|---|---|",
    ]
    print("\n".join(lines), flush=True)
    with tempfile.TemporaryDirectory(prefix="cardkeeper-bench-hostile-") as scratch:
        work = Path(scratch)
        for number, probe in enumerate(probes(work)):
            lines.append(row(probe, run(probe, work, number)))
            print(lines[-1], flush=True)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "hostile.md").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
