"""``pubcheck demo``: builds the bundled demo site, serves it on 127.0.0.1 and crawls it, production
and password-protected staging, as a webmaster would crawl the City's sites."""
from __future__ import annotations

import os
import sys
import tempfile
from collections import Counter
from pathlib import Path

from .server import LocalSite
from .site import STAGING_CREDENTIALS, build_site

DEMO_AUTH_VAR = "PUBCHECK_DEMO_AUTH"


def run_demo(out: str, config, *, reveal: bool = False, verbose: bool = False, history=None,
             started: str | None = None) -> int:
    """Serve and crawl the demo site; 0 when the run happened (its planted findings and broken documents are
    its point), 2 when it did not. ``history``: compare with and record into a history (``--db``); ``started``:
    when the command started (the run's time is the whole command's, the demo site's building included)."""
    from ..run import exit_status, run_crawl

    with tempfile.TemporaryDirectory(prefix="pubcheck-demo-") as root:
        with LocalSite(root) as site:
            site.behaviour = build_site(Path(root), site.url)
            os.environ[DEMO_AUTH_VAR] = STAGING_CREDENTIALS
            print(f"pubcheck demo: serving the demo site at {site.url} (staging at {site.url}staging/)",
                  file=sys.stderr)
            result = run_crawl([site.url, f"{site.url}staging/"], out, config, reveal=reveal,
                               auth_env=DEMO_AUTH_VAR, verbose=verbose, history=history, started=started)
    if result is not None:
        by_category = Counter(f.category for f in result.findings)
        statuses = Counter(d.status for d in result.documents)
        print(f"pubcheck demo: {len(result.findings)} findings ("
              + ", ".join(f"{n} {c}" for c, n in sorted(by_category.items())) + "); "
              + ", ".join(f"{n} {s}" for s, n in sorted(statuses.items())) + " URLs", file=sys.stderr)
        print(f"pubcheck demo: open {Path(out, 'report.html').resolve()}", file=sys.stderr)
    return exit_status(result, fail_on="never", allow_unchecked=len(result.documents) if result else 0)
