"""Themes of our own, beside Textual's built-in ones."""

from __future__ import annotations

from textual.theme import Theme

HIGH_CONTRAST = Theme(
    name="mirrorbot-high-contrast",
    primary="#ffff00",
    secondary="#00ffff",
    accent="#ffff00",
    warning="#ffaf00",
    error="#ff5f5f",
    success="#00ff00",
    foreground="#ffffff",
    background="#000000",
    surface="#000000",
    panel="#1c1c1c",
    boost="#303030",
    dark=True,
    text_alpha=1.0,
    variables={
        "footer-key-foreground": "#ffff00",
        "block-cursor-background": "#ffff00",
        "block-cursor-foreground": "#000000",
        "input-selection-background": "#ffff00 40%",
    },
)

THEMES = (HIGH_CONTRAST,)
