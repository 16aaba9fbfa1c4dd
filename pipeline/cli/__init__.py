"""The `claims` command line. Each subcommand lives in its own module with a `register(subparsers)`
function; this file only wires them together."""

from __future__ import annotations

import argparse
import importlib
import os
import sys

from pipeline import __version__

# The pipeline works on many small matrices and scales by processes (`claims batch --workers`): one
# BLAS/OpenMP thread per process is faster than a pool of them fighting over the same cores. Set
# before numpy is first imported; a value the user set wins.
for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

#: Modules that contribute subcommands. A module that is not there (a stage still to come) is skipped.
SUBCOMMAND_MODULES = (
    "pipeline.cli.mentions",
    "pipeline.cli.extract",
    "pipeline.cli.evaluate",
    "pipeline.review.commands",
    "pipeline.batch.commands",
    "pipeline.report.commands",
)


class Parser(argparse.ArgumentParser):
    """argparse with a usage error on one line (`claims extract: error: ...; see claims extract -h`), exit 2.
    Subcommand parsers are of this class too (add_subparsers takes the parent's class)."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} -h)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="claims", description="Norwegian (Bokmål) claim extraction.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name and name.startswith(exc.name):
                continue
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        print(f"claims {args.command}: interrupted; files are written whole or not at all", file=sys.stderr)
        return 130
    except OSError as exc:  # a folder where a file was meant, a full disk, no permission: the user's to fix
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"claims {args.command}: error: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
