"""Pictures of a report page for the README (`make report-screenshot`): headless Chromium (Debian's
/usr/bin/chromium, `make browser-deps`) driven by Playwright, the page opened from disk as a reader
would open it.

    python -m pipeline.report.screenshot out/report.html docs/report.png [--at '#doc-ID' docs/article.png]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")


def shoot(page_path: Path, shots: list[tuple[str, Path]], width: int = 1280, height: int = 1400) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"], headless=True)
        try:
            page = browser.new_page(viewport={"width": width, "height": height})
            for fragment, out in shots:
                page.goto(page_path.resolve().as_uri() + fragment)
                page.wait_for_load_state("load")
                out.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(out))
        finally:
            browser.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.report.screenshot")
    parser.add_argument("page", type=Path)
    parser.add_argument("out", type=Path, help="picture of the top of the page")
    parser.add_argument("--at", nargs=2, action="append", default=[], metavar=("FRAGMENT", "OUT"),
                        help="also a picture at #FRAGMENT")
    args = parser.parse_args(argv)
    if not CHROMIUM.exists():
        print(f"screenshot: error: {CHROMIUM} is missing (make browser-deps)", file=sys.stderr)
        return 2
    if not args.page.is_file():
        print(f"screenshot: error: {args.page}: no such file", file=sys.stderr)
        return 2
    shoot(args.page, [("", args.out)] + [(frag, Path(out)) for frag, out in args.at])
    return 0


if __name__ == "__main__":
    sys.exit(main())
