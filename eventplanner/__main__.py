"""``python -m eventplanner``: the same as the ``eventplanner`` command."""

import sys

from eventplanner.app import main

sys.exit(main())
