"""``python -m tools.camgen OUT``: write a desk-webcam video of cards and its manifest."""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Sequence
from pathlib import Path

from tools.camgen.plan import hard_cases, stack
from tools.camgen.video import write_frames, write_video


def _size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d+)x(\d+)", text)
    if not match:
        raise argparse.ArgumentTypeError(f"size must look like 1280x720, not {text!r}")
    return int(match[1]), int(match[2])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.camgen", description=__doc__)
    parser.add_argument("out", type=Path, help="folder for video.avi (or frames/) and manifest")
    parser.add_argument("--script", choices=("stack", "hard"), default="stack")
    parser.add_argument("--cards", type=int, default=20, help="cards in a stack")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--fps", type=float, default=30.0)
    parser.add_argument("--size", type=_size, default=(1280, 720), help="WxH, 16:9")
    parser.add_argument("--frames", action="store_true", help="numbered JPEGs, not a video")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    script = stack(args.cards, args.seed) if args.script == "stack" else hard_cases(args.seed)
    if args.frames:
        target = args.out / "frames"
        manifest = write_frames(script, target, args.fps, args.size)
    else:
        target = args.out / "video.avi"
        manifest = write_video(script, target, args.fps, args.size)
    print(
        f"wrote {manifest['frame_count']} frames ({manifest['seconds']:.1f} s of video) "
        f"to {target} in {time.perf_counter() - started:.1f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
