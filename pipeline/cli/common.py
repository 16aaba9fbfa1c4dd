"""Argument and input handling shared by the commands that read documents."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

from pipeline.document import DateError, parse_date
from pipeline.io import Document, InputError, Skipped, load_meta, make_document, read_inputs


def add_input_arguments(parser: argparse.ArgumentParser, text_option: bool = True) -> None:
    parser.add_argument("inputs", nargs="*", metavar="INPUT",
                        help=".txt file, folder of them (its meta.jsonl is read), or .jsonl[.gz] of articles")
    if text_option:
        parser.add_argument("--text", help="process this text instead of files")
    parser.add_argument("--date", type=date_argument,
                        help="document date where none is known (2023-10-06, 2023-10, 2023, 06.10.2023, 6. oktober 2023 …)")
    parser.add_argument("--meta", type=meta_argument, help="JSONL of {id, date, publisher, title, ...} for .txt inputs")
    parser.add_argument("--model", default=None,
                        help="spaCy model name or path; 'blank' for rules only (default: the shipped model)")
    add_follow_links(parser)


def add_follow_links(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--follow-links", action="store_true",
                        help="in INPUT folders, read links that point outside the folder too (they are skipped "
                             "with a warning by default)")


def output_file(value: str) -> str:
    """A file to write: not a folder (the run would end in a failed rename after all its work)."""
    if Path(value).is_dir():
        raise argparse.ArgumentTypeError(f"{value} is a folder; give a file name")
    return value


def folder_argument(value: str) -> str:
    """A folder to write into (created when missing): not an existing file."""
    if Path(value).exists() and not Path(value).is_dir():
        raise argparse.ArgumentTypeError(f"{value} is a file; give a folder")
    return value


def count_argument(value: str) -> int:
    """A count of 0 or more."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 0:
        raise argparse.ArgumentTypeError(f"{value} is less than 0")
    return number


def meta_argument(value: str) -> str:
    """--meta: a file that can be read (argparse reports one that cannot, exit status 2)."""
    try:
        with open(value, "rb"):
            pass
    except OSError as exc:
        raise argparse.ArgumentTypeError(f"cannot read {value}: {exc.strerror or exc}") from None
    return value


def date_argument(value: str) -> str:
    """--date in ISO form; argparse reports a value that is no date and exits with status 2."""
    try:
        return parse_date(value).iso
    except DateError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


class Inputs:
    """Iterates the documents of the command line; reports bad ones on stderr and counts them."""

    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.failed = 0

    def report(self, error: InputError) -> None:
        self.failed += 1
        print(f"claims: error: {error}", file=sys.stderr)

    def __iter__(self) -> Iterator[Document]:
        args = self.args
        if getattr(args, "text", None) is not None:
            doc = make_document("text", args.text, {"date": args.date})
            yield doc
            return
        if not args.inputs:  # a usage error: exit status 2, as argparse gives
            print("claims: error: give INPUT files or folders (or --text)", file=sys.stderr)
            raise SystemExit(2)
        meta = load_meta(args.meta) if args.meta else {}
        for item in read_inputs(args.inputs, meta, follow_links=getattr(args, "follow_links", False)):
            if isinstance(item, Skipped):
                print(f"claims: warning: {item}", file=sys.stderr)
                continue
            if isinstance(item, InputError):
                self.report(item)
                continue
            for warning in item.warnings:
                print(f"claims: warning: {item.source or item.id}: {warning}", file=sys.stderr)
            if item.date is None and args.date:
                item.date = args.date
            yield item
