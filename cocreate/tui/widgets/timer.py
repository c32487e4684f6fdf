"""A stage timer: start, pause, extend; shows elapsed time, or time left once extended."""

from __future__ import annotations

import time

from textual.reactive import reactive
from textual.timer import Timer
from textual.widgets import Static

EXTEND = 5 * 60


def clock(seconds: float) -> str:
    s = int(abs(seconds))
    return f"{s // 60:02d}:{s % 60:02d}"


class StageTimer(Static):
    """Counts up from start; with a budget (each extend adds five minutes) it counts down."""

    budget: reactive[int] = reactive(0)
    elapsed: reactive[float] = reactive(0.0)
    running: reactive[bool] = reactive(False)

    def __init__(self, **kwargs: object) -> None:
        super().__init__("", **kwargs)  # type: ignore[arg-type]
        self._started: float | None = None
        self._ticker: Timer | None = None

    def on_mount(self) -> None:
        self._ticker = self.set_interval(1, self._tick, pause=True)

    def _tick(self) -> None:
        if self._started is not None:
            self.elapsed = self._base + time.monotonic() - self._started

    _base: float = 0.0

    def toggle(self) -> None:
        """Start the timer, or pause it."""
        if self.running:
            self._base = self.elapsed
            self._started = None
            self.running = False
            if self._ticker:
                self._ticker.pause()
        else:
            self._started = time.monotonic()
            self.running = True
            if self._ticker:
                self._ticker.resume()

    def extend(self) -> None:
        self.budget += EXTEND

    def reset(self) -> None:
        """A new stage starts with a fresh, stopped timer."""
        self._base = 0.0
        self._started = None
        self.running = False
        self.budget = 0
        self.elapsed = 0.0
        if self._ticker:
            self._ticker.pause()

    def render(self) -> str:
        mark = "▶" if self.running else "⏸" if self.elapsed else "⏱"
        if self.budget:
            left = self.budget - self.elapsed
            return f"{mark} {clock(left)} left" if left >= 0 else f"{mark} over {clock(left)}"
        return f"{mark} {clock(self.elapsed)}"
