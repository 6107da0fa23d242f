"""Start Eventplanner from a source checkout: ``python main.py`` (same as ``eventplanner``)."""

import sys

from eventplanner.app import main

if __name__ == "__main__":
    sys.exit(main())
