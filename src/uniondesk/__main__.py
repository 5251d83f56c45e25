from uniondesk.cli import main

raise SystemExit(main())
