"""HTTP basic auth goes to the start URLs' hosts only: not to another host a staging site redirects to
(a single sign-on page, a CDN), not to an off-site link, and never into any output."""
from __future__ import annotations

import json

from conftest import RecordingSite
from crawler.demo.server import LocalSite, SiteBehaviour

CREDENTIALS = "webmaster:Redirect-Secret-42"


def test_credentials_do_not_follow_a_redirect_to_another_host(run_pubcheck, tmp_path):
    other = RecordingSite()
    root = tmp_path / "site"
    (root / "staging").mkdir(parents=True)
    (root / "staging" / "index.html").write_text('<a href="/staging/sso">Sign in</a> <a href="page.html">Page</a>')
    (root / "staging" / "page.html").write_text("<p>Draft page</p>")
    config = tmp_path / "pubcheck.toml"
    config.write_text('[crawl]\nallowed_hosts = ["127.0.0.1"]\n')  # the other port belongs to the site too
    try:
        with LocalSite(root, SiteBehaviour(protected_prefix="/staging/", credentials=CREDENTIALS,
                                           redirects={"/staging/sso": other.url + "portal"})) as site:
            result = run_pubcheck("crawl", site.url + "staging/", "--out", tmp_path / "out", "--auth-env", "STAGING",
                                  "--config", config, env={"STAGING": CREDENTIALS})
    finally:
        other.stop()
    assert result.returncode == 0, result.stderr
    docs = {d["url"]: d for d in json.loads((tmp_path / "out" / "findings.json").read_text())["documents"]}
    assert docs[site.url + "staging/page.html"]["status"] == "scanned"  # auth reached the staging host
    # (not a sign-in path: a redirect to one is listed as password-protected and not followed, tests/test_trust44a.py)
    assert docs[other.url + "portal"]["status"] == "scanned"  # the other host is in scope, fetched ...
    assert other.requests == [("/portal", None)]  # ... without the staging credentials
