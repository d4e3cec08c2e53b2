"""``python -m tools.cardgen OUT``: write a labelled set of card images for the bench."""

from __future__ import annotations

import argparse
import collections
import time
from collections.abc import Sequence

from tools.cardgen.dataset import DEFAULT_COUNTS, generate
from tools.cardgen.wide import WIDE_KINDS


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.cardgen", description=__doc__)
    parser.add_argument("out", help="folder to write the images and manifest.json into")
    parser.add_argument("--scans", type=int, default=DEFAULT_COUNTS["scan"], help="flat scans")
    parser.add_argument("--desk", type=int, default=DEFAULT_COUNTS["desk"], help="desk photos")
    parser.add_argument(
        "--turned", type=int, default=DEFAULT_COUNTS["turned"], help="scans turned 90/180/270"
    )
    parser.add_argument("--hard", type=int, default=DEFAULT_COUNTS["hard"], help="hard photos")
    for kind in WIDE_KINDS:
        parser.add_argument(
            f"--{kind.replace('_', '-')}",
            type=int,
            default=DEFAULT_COUNTS[kind],
            help=f'"{kind}" samples (see tools/cardgen/dataset.py)',
        )
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--workers", type=int, default=None, help="processes (default: CPUs)")
    args = parser.parse_args(argv)
    counts = {"scan": args.scans, "desk": args.desk, "turned": args.turned, "hard": args.hard}
    counts |= {kind: getattr(args, kind) for kind in WIDE_KINDS}
    started = time.perf_counter()
    samples = generate(args.out, counts, seed=args.seed, workers=args.workers)
    kinds = collections.Counter(s.kind for s in samples)
    summary = ", ".join(f"{kinds[k]} {k}" for k in counts if kinds[k])
    print(
        f"wrote {len(samples)} images ({summary}) to {args.out} in "
        f"{time.perf_counter() - started:.1f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
