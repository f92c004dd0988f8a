"""Scripted replies: templates from prompts/, rules, per-conversation memory."""
