"""`python -m mirrorbot` runs the same command line as the console script."""

from mirrorbot.cli import main

raise SystemExit(main())
