from coalition.cli import main

raise SystemExit(main())
