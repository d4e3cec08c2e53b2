"""Blurred print made crisp again before Tesseract reads it.

A card photographed with a shaking hand, or out of focus, reaches Tesseract with
every stroke smeared into its neighbours: words are found but their letters are
misread (``Responsable dea achata``). The blur is measured on the prepared card by
the width of its ink's edges; where it is wide, the smear's path is estimated from
the card's cepstrum (a hand's shake draws a short line, and a line smear leaves a
dip in the cepstrum at its length and angle) and divided out (Wiener deconvolution).
A sharp card costs one measurement (about 7 ms) and keeps its pixels; ``read_words`` keeps
the deblurred reading only where Tesseract is clearly surer of it (``DEBLURRED_GAIN``).
"""

from __future__ import annotations

import cv2
import numpy as np
from numpy.typing import NDArray

Image8 = NDArray[np.uint8]

BLURRED = 1.2
"""Blur (Gaussian sigma, px) of the ink's edges above which a card is deblurred, both on the
prepared card and in the card's own pixels. Measured on the prepared cards of seed 139 and a
dev set of 60 hard photos: sharp scans 0.5-0.7, desk photos up to 1.0, hard photos taken
without blur up to 1.25 (one at 1.44), blurred ones 1.05-2.2, most over 1.2. Print enlarged
for Tesseract (a 640x480 phone photo) measures blurred on the enlarged copy, where the blur is
the interpolation's, not the camera's: deblurred there, 75 real low-resolution cards read 341
of their 396 printed strings whole, 344 as they were. A smear along the lines of text (within
a few degrees of level) widens only the upright strokes, whose ink it washes out, and is not
seen."""
MIN_EDGE_CONTRAST = 40.0
"""Grey levels from ink to paper an edge must span to be measured: print, not paper grain."""
EDGE_WINDOW = 9
"""Side (px) of the neighbourhood an edge's contrast is measured in: wide enough to hold both
sides of an edge blurred by up to 2 px, at the 20 px glyphs of the prepared card."""
MIN_EDGES = 200
"""Edge pixels under which a card holds too little print to measure its blur."""
SMEAR_LENGTHS = (4, 40)
"""Shortest and longest smear (px, on the prepared card) looked for: shorter is no smear a
Gaussian's edge width does not already say, longer is a card no deconvolution brings back."""
DEBLURRED_GAIN = 1.05
"""How much surer (confidence mass) Tesseract must be of the deblurred reading to keep it. Two
readings of the same print differ by a few per cent; a deblurred one only that much surer
has read no more, and may have traded a word for another: deconvolution rings around a
large logo's strokes and thins digits' joins (``8749`` read ``2749``)."""
NOISE_TO_SIGNAL = 0.03
"""Wiener's noise-to-signal ratio. On 37 blurred hard photos (seeds 137 and 139) read once,
deblurred where ``BLURRED``: 0.03 found 108 of their 231 printed strings whole (84 as they
were), 0.01 (sharper, noisier) 112 but 12 fewer of 680 on other hard photos and 640x480 cards."""


def edge_width(gray: Image8) -> float | None:
    """Median width (px) of the ink's edges: the contrast across each edge over its steepest
    slope, or None if too few edges hold ink. A sharp edge spans 2 px under the Sobel slope."""
    level = gray.astype(np.float32)
    slope = cv2.magnitude(
        cv2.Sobel(level, cv2.CV_32F, 1, 0, ksize=3) / 8,
        cv2.Sobel(level, cv2.CV_32F, 0, 1, ksize=3) / 8,
    )
    window = np.ones((EDGE_WINDOW, EDGE_WINDOW), np.uint8)
    contrast = cv2.dilate(level, window) - cv2.erode(level, window)
    ridge = slope >= cv2.dilate(slope, np.ones((3, 3), np.uint8))
    edges = ridge & (contrast >= MIN_EDGE_CONTRAST) & (slope > 0)
    if np.count_nonzero(edges) < MIN_EDGES:
        return None
    return float(np.median(contrast[edges] / slope[edges]))


def blur_sigma(gray: Image8) -> float:
    """The Gaussian blur (sigma, px) that widens a sharp edge to ``gray``'s edge width; 0 when
    there is too little print to tell. A Gaussian spreads an edge over sigma * sqrt(2 pi)."""
    width = edge_width(gray)
    if width is None:
        return 0.0
    return float(np.sqrt(max(width**2 - 4.0, 0.0)) / np.sqrt(2 * np.pi))


def deblurred(gray: Image8, scale: float) -> Image8 | None:
    """``gray`` (the prepared card, ``scale`` times the card's size) with its smear divided
    out, or None if it is not blurred (``BLURRED``)."""
    sigma = blur_sigma(gray)
    if sigma < BLURRED or sigma / scale < BLURRED:
        return None
    length, angle = smear(gray)
    height, width = gray.shape[:2]
    pad = length + 2
    # The card is carried on past its edges, to a size the FFT is quick at, so that the
    # deconvolution does not wrap one edge's print onto the other.
    bottom = cv2.getOptimalDFTSize(height + 2 * pad) - height - pad
    right = cv2.getOptimalDFTSize(width + 2 * pad) - width - pad
    padded = cv2.copyMakeBorder(gray, pad, bottom, pad, right, cv2.BORDER_REPLICATE)
    sharp = _wiener(padded.astype(np.float32), _line_kernel(length, angle))
    return np.asarray(np.clip(sharp[pad : pad + height, pad : pad + width], 0, 255), np.uint8)


def smear(gray: Image8) -> tuple[int, float]:
    """Length (px) and angle (degrees) of the line the card was smeared along: where its
    cepstrum dips deepest within ``SMEAR_LENGTHS`` of the origin (a line of length L
    multiplies the spectrum by a sinc with zeros every 1/L along it)."""
    height, width = gray.shape[:2]
    level = gray.astype(np.float32)
    window = np.outer(np.hanning(height), np.hanning(width)).astype(np.float32)
    size = (cv2.getOptimalDFTSize(height), cv2.getOptimalDFTSize(width))
    spectrum = np.abs(np.fft.rfft2((level - level.mean()) * window, size))
    cepstrum = np.fft.fftshift(np.fft.irfft2(np.log1p(spectrum), size))
    lengths = np.arange(SMEAR_LENGTHS[0], min(SMEAR_LENGTHS[1], min(height, width) // 4) + 1)
    angles = np.arange(0, 180, 3)
    rows = np.rint(size[0] // 2 + np.outer(np.sin(np.radians(angles)), lengths)).astype(int)
    cols = np.rint(size[1] // 2 + np.outer(np.cos(np.radians(angles)), lengths)).astype(int)
    at = np.unravel_index(int(np.argmin(cepstrum[rows, cols])), rows.shape)
    return int(lengths[at[1]]), float(angles[at[0]])


def _line_kernel(length: int, angle: float) -> NDArray[np.float32]:
    """A straight smear ``length`` px long at ``angle``, summing to 1."""
    side = 2 * length + 1
    kernel = np.zeros((side, side), np.float32)
    dx = np.cos(np.radians(angle)) * (length - 1) / 2
    dy = np.sin(np.radians(angle)) * (length - 1) / 2
    start = (round(length - dx), round(length - dy))
    end = (round(length + dx), round(length + dy))
    cv2.line(kernel, start, end, 1.0, 1, cv2.LINE_AA)
    return np.asarray(kernel / kernel.sum(), np.float32)


def _wiener(level: NDArray[np.float32], kernel: NDArray[np.float32]) -> NDArray[np.float64]:
    """``level`` with ``kernel``'s blur divided out, noise held down by NOISE_TO_SIGNAL."""
    height, width = level.shape[:2]
    side = kernel.shape[0]
    spread = np.zeros((height, width), np.float32)
    spread[:side, :side] = kernel
    spread = np.roll(spread, (-(side // 2), -(side // 2)), (0, 1))
    blur = np.fft.rfft2(spread)
    restored = np.fft.rfft2(level) * np.conj(blur) / (np.abs(blur) ** 2 + NOISE_TO_SIGNAL)
    return np.fft.irfft2(restored, (height, width))
