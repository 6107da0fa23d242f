"""``python -m eventplanner``: the same as the ``eventplanner`` command."""

import sys

from eventplanner.cli import main

sys.exit(main())
