from mixframe.cli import main

raise SystemExit(main())
