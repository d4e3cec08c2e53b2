"""The QR codes on a card: every one in a camera frame or a flattened card, as text.

A vCard QR code on a business card has 57-77 modules across a quarter of the card's height;
seen by a 720p webcam that is about 2 pixels a module, turned and tilted with the card.
OpenCV's ``QRCodeDetector`` finds and reads such a code only when it has many pixels a
module and lies square to the image (see the table). So codes are *found* with
``QRCodeDetectorAruco``, whose finder-pattern search copes with small modules, and a code
that cannot be read as it lies is *rectified*: its quadrangle is warped upright onto a
larger square, binarised with a local threshold, and read there. When nothing is read in a
small image, codes are looked for again on a sharpened copy twice as large, where modules of
1.5-2 pixels are found and corners come out truer.

Measured on 12 generated cards with a vCard code (``tools.cardgen.qr_code``: 310-400 bytes,
61-73 modules), flat (12 images) and in 1280x720 frames, 800-1000 px wide, turned 0-4
degrees, blurred (0.5-0.9 px) and noisy (144 images). Times are medians on one core, with
a benchmark running on the other, for those frames and for 11 frames of cards without a code:

==============================================  =====  =======  ===========  ==============
method                                          flat   frames   with a code  without a code
==============================================  =====  =======  ===========  ==============
``QRCodeDetector.detectAndDecodeMulti``         1/12   0/144    50 ms        37 ms
``QRCodeDetector.detectAndDecode``              4/12   0/144    126 ms       97 ms
both, then both again on a 2x copy              7/12   2/144    583 ms       579 ms
``QRCodeDetectorAruco.detectAndDecodeMulti``    4/12   0/144    63 ms        22 ms
``decode_qr``                                   12/12  110/144  130-150 ms   111 ms
==============================================  =====  =======  ===========  ==============

Of the 156 ``decode_qr`` read 122; without the 2x search 86, without sharpening that copy
114, with one rectified size instead of two 115, without looking for the code again in the
rectified square 112. Reading the code as it lies adds none here but is what reads codes
with large modules (a short link), which the local threshold hollows out. Misses grow as
the card shrinks in the frame: of 40 frames each (10 other cards) with the card 55%, 62%
and 69% of the frame's width, 22, 28 and 33 were read.
"""

from __future__ import annotations

import cv2
import numpy as np
from cv2.typing import MatLike
from numpy.typing import NDArray

UPSCALE_BELOW = 1600
"""An image whose long side is at most this is searched again at twice the size when no
code was read: a webcam frame or a flattened card. A phone photo needs no larger copy; its
codes have several pixels a module already."""
RECTIFIED_ATTEMPTS = ((600, 21), (800, 31))
"""(side of the rectified square, local threshold window) in pixels, tried in order; the
code fills 76% of the square, so 600 px gives 7 px a module even for 65 modules and the
window spans about three modules."""
QUIET_SHARE = 0.12
"""The light margin kept around a rectified code, as a share of the square's side."""
THRESHOLD_OFFSET = 3
"""How much darker than its neighbourhood a pixel must be to count as a dark module."""
SHARPEN_AMOUNT = 1.0
SHARPEN_SIGMA = 2.0
"""Unsharp mask of the 2x copy (pixels of the copy): the best of six tried."""


def decode_qr(image: NDArray[np.uint8]) -> list[str]:
    """The texts of the QR codes found in a BGR image, each once, in the order found.

    An empty list when there is none or none can be read; never raises on an image.
    """
    gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    detector = cv2.QRCodeDetectorAruco()
    texts = _read_all(detector, gray, _find(detector, gray))
    if not texts and max(gray.shape) <= UPSCALE_BELOW:
        quads = _find(detector, _enlarged(gray))
        texts = _read_all(detector, gray, [quad / 2 for quad in quads])
    return texts


def _enlarged(gray: MatLike) -> MatLike:
    """``gray`` at twice the size, sharpened so that 1-pixel gaps between modules show."""
    enlarged = cv2.resize(gray, None, fx=2, fy=2, interpolation=cv2.INTER_CUBIC)
    blurred = cv2.GaussianBlur(enlarged, (0, 0), SHARPEN_SIGMA)
    return cv2.addWeighted(enlarged, 1 + SHARPEN_AMOUNT, blurred, -SHARPEN_AMOUNT, 0)


def _read_all(detector: cv2.QRCodeDetectorAruco, gray: MatLike, quads: list[MatLike]) -> list[str]:
    """The texts of the codes at ``quads``, each once: as they lie, or else rectified."""
    texts: list[str] = []
    for quad in quads:
        text = _read(detector, gray, quad) or _read_rectified(detector, gray, quad)
        if text and text not in texts:
            texts.append(text)
    return texts


def _find(detector: cv2.QRCodeDetectorAruco, gray: MatLike) -> list[MatLike]:
    """The quadrangles of the codes in ``gray`` (4x2 corners each)."""
    found, points = detector.detectMulti(gray)
    return list(points) if found and points is not None else []


def _read(detector: cv2.QRCodeDetectorAruco, image: MatLike, quad: MatLike) -> str:
    """The text of the code at ``quad`` in ``image``, "" when it cannot be read."""
    try:
        text, _ = detector.decode(image, quad.reshape(1, 4, 2))
    except UnicodeDecodeError:
        # OpenCV before 4.12 hands Python a code's bytes as UTF-8 and fails on other
        # encodings (opencv#23728); 4.12 and later convert them to UTF-8 themselves.
        return ""
    return str(text)


def _read_found(detector: cv2.QRCodeDetectorAruco, image: MatLike) -> str:
    """The text of the code found anew in ``image``: its corners there may be truer."""
    quads = _find(detector, image)
    return _read(detector, image, quads[0]) if quads else ""


def _read_rectified(detector: cv2.QRCodeDetectorAruco, gray: MatLike, quad: MatLike) -> str:
    """The code at ``quad`` warped upright, enlarged and binarised, then read; "" if not."""
    for side, window in RECTIFIED_ATTEMPTS:
        square, corners = _rectified(gray, quad, side)
        binary = cv2.adaptiveThreshold(
            square, 255, cv2.ADAPTIVE_THRESH_GAUSSIAN_C, cv2.THRESH_BINARY, window, THRESHOLD_OFFSET
        )
        text = _read(detector, binary, corners) or _read_found(detector, binary)
        if text:
            return text
    return ""


def _rectified(gray: MatLike, quad: MatLike, side: int) -> tuple[MatLike, MatLike]:
    """The code at ``quad`` warped onto a ``side``-pixel square, and its corners there."""
    near, far = side * QUIET_SHARE, side * (1 - QUIET_SHARE)
    corners = np.array([(near, near), (far, near), (far, far), (near, far)], dtype=np.float32)
    warp = cv2.getPerspectiveTransform(np.asarray(quad, dtype=np.float32).reshape(4, 2), corners)
    square = cv2.warpPerspective(gray, warp, (side, side), flags=cv2.INTER_CUBIC, borderValue=255)
    return square, corners
