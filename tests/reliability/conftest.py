"""Shared by the reliability tests: where the repository is, and how big each trial is (small in
`make test`; `make stress` runs the long versions of these checks from bench/stress.py)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
