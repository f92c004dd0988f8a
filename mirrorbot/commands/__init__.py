"""Command-line commands, one module each: ``add_parser(subparsers)`` and ``run(args)``.

Each command module imports only what it needs (never Textual), so a command
starts as fast as ``mirrorbot --help``.
"""
