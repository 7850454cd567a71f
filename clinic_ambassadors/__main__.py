from clinic_ambassadors.cli import main

raise SystemExit(main())
