"""Turn a flat card into what CardKeeper actually gets: a scan or a phone photo.

Every function returns a :class:`Photo` that also says where the card's corners ended up,
so a card finder can be tested against the truth and not only by eye. All randomness
comes from the numpy ``Generator`` passed in.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import cv2
import numpy as np
from PIL import Image

from tools.cardgen.desks import DESK_WEIGHTS, DESKS, desk

Point = tuple[float, float]
FRAMES = ((1600, 1200), (2048, 1536), (2400, 1800), (2592, 1944), (3000, 2000), (2560, 1920))
_TURNS = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}


@dataclass
class Photo:
    image: Image.Image
    corners: list[Point]
    """Where the card's own top-left, top-right, bottom-right, bottom-left corners are."""
    rotation: float
    """How far the card is turned clockwise in the image, in degrees (90 = text runs down)."""
    effects: list[str] = field(default_factory=list)
    """What makes a photo hard: "blur", "glare", "low_light", "steep"; and "desk:<kind>"."""
    jpeg: bytes = b""
    """For photos, the JPEG file the camera wrote (``image`` is it decoded); "" for scans."""


def to_array(card: Image.Image) -> np.ndarray:
    return np.asarray(card.convert("RGB"), dtype=np.float32)


def with_noise(rng: np.random.Generator, image: np.ndarray, sigma: float) -> np.ndarray:
    """Sensor noise on a uint8 image: fine luminance grain plus coarser colour blotches.

    The grain is uniform rather than Gaussian because drawing millions of normal samples
    is slow; after blur and JPEG nobody can tell them apart.
    """
    h, w = image.shape[:2]
    chroma = rng.standard_normal((h // 4, w // 4, 3), dtype=np.float32) * (sigma * 0.35)
    noise = cv2.resize(chroma, (w, h), interpolation=cv2.INTER_LINEAR).astype(np.int16)
    reach = max(1, round(sigma * 3**0.5))  # uniform on [-a, a] has deviation a / sqrt(3)
    noise += rng.integers(-reach, reach + 1, (h, w, 1), dtype=np.int16)
    return cv2.add(image, noise, dtype=cv2.CV_8U)


def _smooth_field(
    w: int, h: int, make: Callable[[np.ndarray, np.ndarray], np.ndarray]
) -> np.ndarray:
    """Evaluate a slowly varying field on a coarse grid of normalised coordinates, then
    upscale: full-resolution maths on 6-megapixel frames would dominate the run time."""
    sw, sh = max(2, w // 8), max(2, h // 8)
    y, x = np.mgrid[0:sh, 0:sw].astype(np.float32)
    field = make((x + 0.5) / sw, (y + 0.5) / sh).astype(np.float32)
    return cv2.resize(field, (w, h), interpolation=cv2.INTER_LINEAR)


def _turn_points(points: list[Point], width: int, height: int, turn: int) -> list[Point]:
    if turn == 90:
        return [(height - y, x) for x, y in points]
    if turn == 180:
        return [(width - x, height - y) for x, y in points]
    if turn == 270:
        return [(y, width - x) for x, y in points]
    return points


def scan(card: Image.Image, rng: np.random.Generator, turn: int = 0) -> Photo:
    """A flatbed or sheet-fed scan: lid-coloured margin, a hair of skew, faint noise.

    ``turn`` (0, 90, 180, 270) turns the result clockwise, as when a card is fed sideways.
    """
    if turn not in (0, *_TURNS):
        raise ValueError(f"turn must be 0, 90, 180 or 270, not {turn}")
    src = to_array(card)
    h, w = src.shape[:2]
    margin = int(rng.integers(12, 45))
    lid = float(rng.uniform(215, 255))
    skew = float(rng.uniform(-0.8, 0.8))
    size = (w + 2 * margin, h + 2 * margin)
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), -skew, 1.0)
    matrix[:, 2] += margin
    out = cv2.warpAffine(src, matrix, size, flags=cv2.INTER_LINEAR, borderValue=(lid, lid, lid))
    out = out * rng.uniform(0.94, 1.0) + rng.uniform(0, 8)
    np.clip(out, 0, 255, out=out)
    image = with_noise(rng, out.astype(np.uint8), float(rng.uniform(1.0, 2.5)))
    outline = np.array([[[0, 0], [w, 0], [w, h], [0, h]]], np.float32)
    corners = [(float(x), float(y)) for x, y in cv2.transform(outline, matrix)[0]]
    if turn:
        image = cv2.rotate(image, _TURNS[turn])
        corners = _turn_points(corners, size[0], size[1], turn)
    return Photo(Image.fromarray(image, "RGB"), corners, float((turn + skew) % 360))


def _card_quad(
    rng: np.random.Generator, card_size: tuple[int, int], frame: tuple[int, int], steep: bool
) -> tuple[np.ndarray, float]:
    """Where the card lands: scaled to 25-70% of the frame, turned, tilted and inside it."""
    angle = float(rng.uniform(-45, 45))
    return place_card(rng, card_size, frame, angle, steep=steep), angle


def place_card(
    rng: np.random.Generator,
    card_size: tuple[int, int],
    frame: tuple[int, int],
    angle: float,
    *,
    steep: bool,
    coverage_range: tuple[float, float] = (0.25, 0.7),
) -> np.ndarray:
    """The card's corners in the frame when turned by ``angle``: scaled to cover a share of
    the frame in ``coverage_range``, tilted and inside the frame."""
    cw, ch = card_size
    fw, fh = frame
    share = float(rng.uniform(*coverage_range))
    tilt = float(rng.uniform(0.1, 0.3) if steep else rng.uniform(0.0, 0.12))
    side = int(rng.integers(4))
    jitter = rng.uniform(-0.02, 0.02, (4, 2))
    scale = float(np.sqrt(share * fw * fh / (cw * ch)))
    theta = np.radians(angle)
    rotation = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
    unit = np.array([[-0.5, -0.5], [0.5, -0.5], [0.5, 0.5], [-0.5, 0.5]])
    # Tilting away from the camera makes the far edge shorter: pull its two corners in.
    far = [(0, 1), (1, 2), (2, 3), (3, 0)][side]
    for index in far:
        other = far[1] if index == far[0] else far[0]
        unit[index] += (unit[other] - unit[index]) * tilt / 2
    unit += jitter
    for _ in range(60):
        quad = (unit * [cw * scale, ch * scale]) @ rotation.T
        span = quad.max(axis=0) - quad.min(axis=0)
        if span[0] < fw * 0.94 and span[1] < fh * 0.94:
            break
        scale *= 0.96
    low = -quad.min(axis=0) + [fw * 0.03, fh * 0.03]
    high = [fw, fh] - quad.max(axis=0) - [fw * 0.03, fh * 0.03]
    offset = rng.uniform(low, np.maximum(low, high))
    return np.asarray(quad + offset, np.float32)


def shrunk(src: np.ndarray, quad: np.ndarray) -> np.ndarray:
    """The card shrunk close to its size in the photo when it appears smaller there:
    a perspective warp alone would alias the small text."""
    h, w = src.shape[:2]
    factor = side_length(quad) / w * 1.25
    if factor >= 1:
        return src
    return cv2.resize(src, (round(w * factor), round(h * factor)), interpolation=cv2.INTER_AREA)


def homography(w: int, h: int, quad: np.ndarray) -> np.ndarray:
    rect = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    return cv2.getPerspectiveTransform(rect, quad.astype(np.float32))


def coverage(w: int, h: int, quad: np.ndarray, frame: tuple[int, int]) -> np.ndarray:
    ones = np.ones((h, w), np.float32)
    return cv2.warpPerspective(ones, homography(w, h, quad), frame, flags=cv2.INTER_LINEAR)


def shadow(rng: np.random.Generator, mask: np.ndarray, card_side: float) -> np.ndarray:
    """A soft contact shadow offset away from the light, computed small for speed."""
    h, w = mask.shape
    small = cv2.resize(mask, (w // 2, h // 2), interpolation=cv2.INTER_AREA)
    dx, dy = rng.uniform(-0.025, 0.025, 2) * card_side / 2
    shift = np.array([[1, 0, dx], [0, 1, dy]], np.float32)
    shifted = cv2.warpAffine(small, shift, small.shape[::-1])
    blurred = cv2.GaussianBlur(shifted, (0, 0), max(1.0, card_side * 0.02 / 2))
    return np.asarray(cv2.resize(blurred, (w, h), interpolation=cv2.INTER_LINEAR))


@dataclass(frozen=True)
class Light:
    """The scene's light: exposure x directional gradient x vignette, and a colour cast."""

    exposure: float
    direction: float
    slope: float
    fall_off: float
    cast: np.ndarray

    @classmethod
    def draw(cls, rng: np.random.Generator, low_light: bool) -> Light:
        exposure = rng.uniform(0.35, 0.55) if low_light else rng.uniform(0.88, 1.06)
        warm = rng.uniform(0.04, 0.12) if low_light else rng.uniform(-0.05, 0.07)
        return cls(
            exposure=float(exposure),
            direction=float(rng.uniform(0, 2 * np.pi)),
            slope=float(rng.uniform(0.08, 0.3)),
            fall_off=float(rng.uniform(0.05, 0.3)),
            cast=np.array([1 + warm, 1.0, 1 - warm], np.float32),
        )

    def gain(self, w: int, h: int) -> np.ndarray:
        def field(x: np.ndarray, y: np.ndarray) -> np.ndarray:
            xn, yn = x - 0.5, y - 0.5
            along = xn * np.cos(self.direction) + yn * np.sin(self.direction)
            vignette = 1 - self.fall_off * (xn**2 + yn**2) * 2
            return np.asarray((1 + 2 * self.slope * along) * vignette * self.exposure)

        return _smooth_field(w, h, field)


def _glare(rng: np.random.Generator, quad: np.ndarray, w: int, h: int) -> np.ndarray:
    """A bright blown-out spot on the card, like a desk lamp reflected in glossy stock."""
    cx, cy = rng.dirichlet(np.ones(4)) @ quad / [w, h]
    radius = float(np.linalg.norm(quad[2] - quad[0])) * rng.uniform(0.08, 0.2)
    strength = rng.uniform(150, 260)

    def spot(x: np.ndarray, y: np.ndarray) -> np.ndarray:
        distance2 = ((x - cx) * w) ** 2 + ((y - cy) * h) ** 2
        return np.asarray(np.exp(-distance2 / (2 * radius**2)) * strength)

    return _smooth_field(w, h, spot)


def _motion_kernel(rng: np.random.Generator, length: int) -> np.ndarray:
    """A line-shaped blur kernel at a random angle: the smear of a shaking hand."""
    kernel = np.zeros((length, length), np.float32)
    kernel[length // 2, :] = 1
    matrix = cv2.getRotationMatrix2D((length / 2 - 0.5, length / 2 - 0.5), rng.uniform(0, 180), 1)
    turned = np.asarray(cv2.warpAffine(kernel, matrix, (length, length)), np.float32)
    return np.asarray(turned / turned.sum(), np.float32)


def encode_jpeg(image: np.ndarray, quality: int) -> tuple[Image.Image, bytes]:
    ok, data = cv2.imencode(
        ".jpg", cv2.cvtColor(image, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, quality]
    )
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    decoded = cv2.imdecode(data, cv2.IMREAD_COLOR)
    if decoded is None:
        raise RuntimeError("JPEG decoding failed")
    return Image.fromarray(cv2.cvtColor(decoded, cv2.COLOR_BGR2RGB), "RGB"), data.tobytes()


def to_u8(image: np.ndarray) -> np.ndarray:
    return np.asarray(np.clip(image, 0, 255), np.uint8)


def lay_card(
    image: np.ndarray, src: np.ndarray, quad: np.ndarray, gain: np.ndarray, light: Light
) -> np.ndarray:
    """``image`` with the card ``src`` (already shrunk) blended in at ``quad``, lit by the
    scene's light (``gain`` is at half the frame's size)."""
    h, w = src.shape[:2]
    fh, fw = image.shape[:2]
    card_gain = cv2.warpPerspective(
        gain,
        homography(w, h, quad / 2),
        (w, h),
        flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
        borderMode=cv2.BORDER_REPLICATE,
    )
    lit = to_u8(src * card_gain[..., None] * light.cast)
    warped = cv2.warpPerspective(lit, homography(w, h, quad), (fw, fh), flags=cv2.INTER_LINEAR)
    mask = coverage(w, h, quad, (fw, fh))
    return np.asarray(cv2.blendLinear(warped, image, mask, 1 - mask))


def _photograph(card: Image.Image, rng: np.random.Generator, effects: list[str]) -> Photo:
    """Compose the scene. Smooth things (desk, shadow, light) are built at half size and
    the card is lit in its own pixels, so that the full-size frame is only touched by fast
    uint8 operations: float maths on 6-megapixel frames would dominate the run time."""
    fw, fh = FRAMES[int(rng.integers(len(FRAMES)))]
    if rng.random() < 0.3:  # phones are often held upright
        fw, fh = fh, fw
    kind = DESKS[int(rng.choice(len(DESKS), p=DESK_WEIGHTS))]
    light = Light.draw(rng, "low_light" in effects)
    flat = to_array(card)
    quad, angle = _card_quad(rng, (flat.shape[1], flat.shape[0]), (fw, fh), "steep" in effects)
    src = shrunk(flat, quad)
    h, w = src.shape[:2]
    half = (fw // 2, fh // 2)
    gain = light.gain(*half)
    shade = shadow(rng, coverage(w, h, quad / 2, half), side_length(quad) / 2)
    background = desk(rng, *half, kind) * light.cast
    background *= (gain * (1 - rng.uniform(0.25, 0.55) * shade))[..., None]
    background = cv2.resize(to_u8(background), (fw, fh), interpolation=cv2.INTER_LINEAR)
    image = lay_card(background, src, quad, gain, light)
    if "glare" in effects:
        glare = to_u8(_glare(rng, quad, fw, fh))
        image = cv2.add(image, cv2.merge([glare, glare, glare]))
    if "blur" in effects:
        if rng.random() < 0.5:
            image = cv2.filter2D(image, -1, _motion_kernel(rng, int(rng.integers(9, 21))))
        else:
            image = cv2.GaussianBlur(image, (0, 0), rng.uniform(2.0, 3.5))
    else:
        image = cv2.GaussianBlur(image, (0, 0), rng.uniform(0.5, 1.3))
    sigma = rng.uniform(7, 12) if "low_light" in effects else rng.uniform(2, 5)
    photo, jpeg = encode_jpeg(with_noise(rng, image, float(sigma)), int(rng.integers(70, 93)))
    corners = [(float(x), float(y)) for x, y in quad]
    return Photo(photo, corners, angle % 360, [*effects, f"desk:{kind}"], jpeg)


def side_length(quad: np.ndarray) -> float:
    return float(np.linalg.norm(quad[1] - quad[0]))


def desk_photo(card: Image.Image, rng: np.random.Generator) -> Photo:
    """A phone photo of the card lying on a desk (JPEG-compressed, 1600x1200 to 3000x2000)."""
    return _photograph(card, rng, [])


def hard_photo(card: Image.Image, rng: np.random.Generator) -> Photo:
    """A desk photo with one or two of: strong blur, a glare spot, low light; often steeper."""
    count = int(rng.integers(1, 3))
    effects = [str(e) for e in rng.choice(["blur", "glare", "low_light"], count, replace=False)]
    if rng.random() < 0.5:
        effects.append("steep")
    return _photograph(card, rng, effects)
