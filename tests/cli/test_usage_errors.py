"""A usage error is one line on stderr and exit status 2, never a traceback."""

from __future__ import annotations

import pytest

from pipeline.cli import main


@pytest.mark.parametrize("args, message", [
    (["extract", "x.txt", "--meta", "{tmp}/none.jsonl"], "argument --meta: cannot read"),
    (["annotate", "x.txt", "--annotations", "{tmp}/ann", "--meta", "{tmp}/none.jsonl"], "argument --meta"),
    (["batch", "x.txt", "--out", "{tmp}/out", "--meta", "{tmp}/none.jsonl"], "argument --meta"),
    (["batch", "x.txt", "--out", "{tmp}/out", "--date", "31.02.2023"], "argument --date"),
    (["batch", "x.txt", "--out", "{tmp}/afile"], "is a file; give a folder"),
    (["export", "--format", "csv", "--annotations", "{tmp}", "-o", "{tmp}"], "is a folder"),
    (["report"], "required: SOURCE"),
    (["extract", "--model", "blank"], "give INPUT files or folders"),
    (["no-such-command"], "invalid choice"),
])
def test_usage_errors(tmp_path, capsys, args, message):
    (tmp_path / "afile").write_text("")
    with pytest.raises(SystemExit) as stopped:
        code = main([a.format(tmp=tmp_path) for a in args])
        raise SystemExit(code)
    err = capsys.readouterr().err
    assert stopped.value.code == 2, err
    assert message in err and "Traceback" not in err and err.count("\n") == 1, err
