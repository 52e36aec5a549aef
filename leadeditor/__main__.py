"""`leadeditor` on the command line: --version, --profile NAME, --demo, --demo --smoke-test."""

from __future__ import annotations

import argparse
import sys

from leadeditor import APP_NAME, __version__


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="leadeditor", description=f"{APP_NAME}: find a VICIdial lead and "
                                     "correct it safely.")
    parser.add_argument("--version", action="version", version=f"leadeditor {__version__}")
    parser.add_argument("--demo", action="store_true",
                        help="start the built-in sandbox server and sign in to it as 6666")
    parser.add_argument("--smoke-test", action="store_true",
                        help="with --demo: search phone 3125550100, check the results, exit 0 when right")
    parser.add_argument("--non-latin", action="store_true",
                        help="with --demo: run the sandbox with use_non_latin=1")
    parser.add_argument("--profile", metavar="NAME",
                        help="open the server profile NAME (signed in from the keyring when its password is "
                        "remembered); without it the last profile used opens")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.smoke_test and not args.demo:
        sys.stderr.write("leadeditor: --smoke-test needs --demo\n")
        return 2
    if args.demo and args.profile:
        sys.stderr.write("leadeditor: choose either --demo or --profile\n")
        return 2
    if not args.demo:
        from leadeditor.app import run_with_profile

        return run_with_profile(args.profile)
    from leadeditor.app import run_demo

    return run_demo(smoke_test=args.smoke_test, non_latin=args.non_latin)


if __name__ == "__main__":
    sys.exit(main())
