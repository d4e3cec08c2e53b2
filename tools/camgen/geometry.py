"""Where things lie on the desk, and where the webcam sees them.

A script does not depend on the size of the video it is rendered at: positions on the desk
are measured in frame heights from the top-left of the view, so the same script gives the
same picture at 640x360, 1280x720 or 1920x1080. The webcam is not quite square to the
desk, so a desk rectangle is seen as a trapezoid (``View.keystone``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import cv2
import numpy as np
from numpy.typing import NDArray

Point = tuple[float, float]
Quad = NDArray[np.float64]
"""Four corners (4 x 2): the card's own top-left, top-right, bottom-right, bottom-left."""


@dataclass(frozen=True)
class Pose:
    """Where a card lies: its centre on the desk and how far it is turned clockwise."""

    x: float
    y: float
    angle: float
    """Degrees clockwise as seen by the camera."""

    def toward(self, other: Pose, share: float) -> Pose:
        """The pose ``share`` of the way to ``other`` (0 = here, 1 = there)."""
        return Pose(
            self.x + (other.x - self.x) * share,
            self.y + (other.y - self.y) * share,
            self.angle + (other.angle - self.angle) * share,
        )

    def moved(self, dx: float, dy: float, turn: float = 0.0) -> Pose:
        return Pose(self.x + dx, self.y + dy, self.angle + turn)


@dataclass(frozen=True)
class View:
    """The webcam's view of the desk."""

    aspect: float
    """Frame width over height."""
    keystone: float
    """How much narrower the far (top) edge of a desk rectangle looks than its near edge."""

    def homography(self, height: float = 1.0) -> NDArray[np.float64]:
        """Desk coordinates to image coordinates in units of ``height`` (pixels, or 1)."""
        a, k = self.aspect, self.keystone
        desk = np.array([[0, 0], [a, 0], [a, 1], [0, 1]], np.float32)
        seen = np.array([[k * a / 2, 0], [a - k * a / 2, 0], [a, 1], [0, 1]], np.float32)
        return np.asarray(cv2.getPerspectiveTransform(desk, seen * height), np.float64)

    def project(self, points: NDArray[np.float64], height: float = 1.0) -> NDArray[np.float64]:
        """Desk points (n x 2) as seen in the image, in units of ``height``."""
        flat = np.asarray(points, np.float64).reshape(-1, 1, 2)
        return np.asarray(cv2.perspectiveTransform(flat, self.homography(height)), np.float64)[:, 0]

    def inside(self, quad: Quad, margin: float = 0.0) -> bool:
        """Whether an image quad (frame heights) lies in the frame, ``margin`` from its edges."""
        return bool(
            quad[:, 0].min() >= margin
            and quad[:, 0].max() <= self.aspect - margin
            and quad[:, 1].min() >= margin
            and quad[:, 1].max() <= 1 - margin
        )

    def visible(self, quad: Quad, height: float = 1.0) -> bool:
        """Whether any part of an image quad (in units of ``height``) is in the frame."""
        frame = np.array(
            [[0, 0], [self.aspect, 0], [self.aspect, 1], [0, 1]], np.float32
        ) * np.float32(height)
        area, _ = cv2.intersectConvexConvex(frame, quad.astype(np.float32))
        return bool(area > 0)


def card_corners(pose: Pose, width: float, height: float) -> Quad:
    """The desk corners of a ``width`` x ``height`` card lying at ``pose``."""
    theta = math.radians(pose.angle)
    turn = np.array([[math.cos(theta), -math.sin(theta)], [math.sin(theta), math.cos(theta)]])
    half = np.array([[-1, -1], [1, -1], [1, 1], [-1, 1]], np.float64) * [width / 2, height / 2]
    return np.asarray(half @ turn.T + [pose.x, pose.y], np.float64)


def area(quad: Quad) -> float:
    """The area of a convex quad (shoelace)."""
    x, y = quad[:, 0], quad[:, 1]
    return float(abs(np.dot(x, np.roll(y, -1)) - np.dot(y, np.roll(x, -1))) / 2)
