"""Colours of meaning (an error, a late goal, a saved answer) that stay readable on the
system's palette: light, dark or high contrast.

Text takes the palette's own colours everywhere else.  Where red or green says something,
it says it in a shade that keeps a contrast of at least 4.5:1 (WCAG AA) against the
window's background, and falls back to the window's text colour (with the word beside it
still saying what the colour says) when no shade does.  Style sheets are built when shown,
so a palette changed while the app runs is followed by what is shown next.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

AA = 4.5  # WCAG 2's least contrast for text

# Each meaning's shades, darkest first: the first that reads on the window is used.
_SHADES = {
    "error": ("#b00020", "#d32f2f", "#ff6e6e", "#ff9e9e", "#ffc4c4"),
    "good": ("#1b5e20", "#2e7d32", "#66bb6a", "#8fd694", "#c2f0c5"),
}


def luminance(colour: QColor) -> float:
    """The relative luminance of ``colour`` (WCAG 2)."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(one: QColor, two: QColor) -> float:
    """The contrast ratio of two colours, from 1 to 21."""
    a, b = sorted((luminance(one), luminance(two)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def _palette(palette: QPalette | None) -> QPalette:
    return palette if palette is not None else QGuiApplication.palette()


def meaning(kind: str, palette: QPalette | None = None) -> QColor:
    """The colour for ``kind`` ("error" or "good") that reads on ``palette``'s window."""
    palette = _palette(palette)
    window = palette.color(QPalette.ColorRole.Window)
    for shade in _SHADES[kind]:
        colour = QColor(shade)
        if contrast(colour, window) >= AA:
            return colour
    return palette.color(QPalette.ColorRole.WindowText)


def error_style(palette: QPalette | None = None) -> str:
    """A label's style sheet for a problem: red that reads on the window."""
    return f"color: {meaning('error', palette).name()};"


def late_style(palette: QPalette | None = None) -> str:
    """A late or over-long thing: the error's red, in bold."""
    return error_style(palette) + " font-weight: bold;"


def good_style(palette: QPalette | None = None) -> str:
    """A thing on track or done: green that reads on the window."""
    return f"color: {meaning('good', palette).name()};"


def invalid_style(palette: QPalette | None = None) -> str:
    """A field's frame when what is in it cannot be saved."""
    return f"border: 1px solid {meaning('error', palette).name()}; border-radius: 3px;"
