"""Widgets of the app, one job each."""
