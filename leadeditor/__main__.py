"""`leadeditor` on the command line: --version, --profile NAME, --demo, --demo --smoke-test, --self-test, and
`leadeditor batch ...` (`batch_cli.py`)."""

from __future__ import annotations

import argparse
import sys

from leadeditor import APP_NAME, __version__


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="leadeditor", description=f"{APP_NAME}: find a VICIdial lead and correct it safely."
    )
    parser.add_argument("--version", action="version", version=f"leadeditor {__version__}")
    parser.add_argument(
        "--demo", action="store_true", help="start the built-in sandbox server and sign in to it as 6666"
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="with --demo: search phone 3125550100, check the results, exit 0 when right",
    )
    parser.add_argument(
        "--non-latin", action="store_true", help="with --demo: run the sandbox with use_non_latin=1"
    )
    parser.add_argument(
        "--profile",
        metavar="NAME",
        help="open the server profile NAME (signed in from the keyring when its password is "
        "remembered); without it the last profile used opens",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that everything the app needs is installed (modules, window, keyring, "
        "sandbox), print what is missing, exit 0 when all is well",
    )
    parser.add_argument(
        "--keyring-sign-in",
        action="store_true",
        help="with --self-test: also store the sandbox password in the keyring, read it back "
        "and sign in to the sandbox with it",
    )
    return parser.parse_args(argv)


def _ensure_streams() -> None:
    """A windowed frozen app on Windows has no stdout/stderr (None): writing to them would crash --version,
    --self-test and the smoke test. They go to $LEADEDITOR_CONSOLE_LOG (CI reads it), else nowhere."""
    import os

    if sys.stdout is None or sys.stderr is None:
        path = os.environ.get("LEADEDITOR_CONSOLE_LOG") or os.devnull
        stream = open(path, "a", buffering=1, encoding="utf-8")  # noqa: SIM115 (open while the app runs)
        sys.stdout = sys.stdout or stream
        sys.stderr = sys.stderr or stream


def main(argv: list[str] | None = None) -> int:
    _ensure_streams()
    words = sys.argv[1:] if argv is None else argv
    if words[:1] == ["batch"]:  # `leadeditor batch ...`: the batch engine's command line, no widgets
        from leadeditor.batch_cli import main as batch_main

        return batch_main(words[1:], own_language=argv is None)
    args = parse_args(words)
    if args.smoke_test and not args.demo:
        sys.stderr.write("leadeditor: --smoke-test needs --demo\n")
        return 2
    if args.keyring_sign_in and not args.self_test:
        sys.stderr.write("leadeditor: --keyring-sign-in needs --self-test\n")
        return 2
    if args.demo and args.profile:
        sys.stderr.write("leadeditor: choose either --demo or --profile\n")
        return 2
    from leadeditor.keyring_choice import request_explicit

    request_explicit()  # the real app names its keyring backend; it is applied on the first keyring call
    if args.self_test:
        from leadeditor.self_test import run

        return run(keyring_sign_in=args.keyring_sign_in)
    if not args.demo:
        from leadeditor.app import run_with_profile

        return run_with_profile(args.profile)
    from leadeditor.app import run_demo

    return run_demo(smoke_test=args.smoke_test, non_latin=args.non_latin)


if __name__ == "__main__":
    sys.exit(main())
