"""PyInstaller's entry script: the frozen `mixframe` runs the same `main` as the installed command."""

from mixframe.cli import main

raise SystemExit(main())
