"""The bundle's `leadeditor-batch` program (a console one, beside the windowed `leadeditor`): the batch
command line, `leadeditor batch ...` with a console of its own on Windows."""

import sys

from leadeditor.batch_cli import console_main

if __name__ == "__main__":
    sys.exit(console_main())
