"""The examples of docs/python-api.md run as written."""

import doctest
from pathlib import Path

import pytest

from pipeline.nlp import SHIPPED_MODEL

DOCS = Path(__file__).resolve().parents[1] / "docs"


@pytest.mark.skipif(not (SHIPPED_MODEL / "config.cfg").exists(), reason="no shipped model")
def test_python_api_examples():
    failed, attempted = doctest.testfile(str(DOCS / "python-api.md"), module_relative=False,
                                         optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert attempted > 10 and failed == 0
