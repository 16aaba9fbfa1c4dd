"""Every command on input it cannot use: a message on stderr and exit 1 or 2, never a Python exception
(the same command lines run as processes in `make stress`)."""

from __future__ import annotations

import pytest

from bench.stress import BAD_COMMANDS, bad_inputs
from pipeline.cli import main


@pytest.mark.parametrize("index", range(len(BAD_COMMANDS)), ids=[" ".join(argv[:2]) for argv in BAD_COMMANDS])
def test_bad_input_is_a_message_never_an_exception(tmp_path, capsys, index):
    argv = bad_inputs(tmp_path)[index]
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse: a usage error
        code = exc.code
    err = capsys.readouterr().err
    assert code in (1, 2), (argv, code, err)
    assert err.strip() and "Traceback" not in err, argv
