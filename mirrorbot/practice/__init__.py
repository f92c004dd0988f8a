"""Practice mode: a scripted speaker who opens up in layers, and honest feedback.

    scenario.py   load and validate prompts/scenarios/*.toml (file:line errors)
    judge.py      how close a coded reply came to the speaker's current layer
    feedback.py   the one-line tip and the example of a stronger reflection
    loop.py       PracticeSession: the order of a practice turn
    summary.py    the end-of-session measures against the thresholds
    history.py    the same measures across past practice sessions (journal)

Nothing here imports a face; the command line (``commands/practice.py``)
and the app drive a :class:`~mirrorbot.practice.loop.PracticeSession`.
"""
