"""`python -m generator`: the same command line as `rst2openapi`."""

import sys

from generator.cli import main

sys.exit(main())
