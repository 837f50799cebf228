from bkfi_desktop.cli import main

raise SystemExit(main())
