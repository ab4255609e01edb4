"""Red team trust51: the staging credentials go only to the exact scheme, host and port of the start URLs they were
given for (never in clear over ``http`` after an ``https`` start), and with two start URLs only to the one that asks
for them. Every crawl runs against a real server on 127.0.0.1."""
from __future__ import annotations

import datetime
import json
import math
import re
import shutil
import socket
import ssl
import subprocess
import sys
import threading

import jsonschema
import pytest

from fault_site import FaultSite, basic_auth_required, body, error, page, redirect, with_basic_auth
from conftest import ROOT
from crawler.config import Config, ConfigError
from crawler.scan import OWN_OUTPUT
from test_fault_site import documents, environment, run

USER, PASSWORD = "stager", "Zq9-Secr3t-Pw!x"
AUTH = {"STAGING_AUTH": f"{USER}:{PASSWORD}"}
SARIF_SCHEMA = json.loads((ROOT / "tests" / "fixtures" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
CONFIG = "[crawl]\ntimeout = 5\nretries = 0\nconcurrency = 1\n"


def self_signed(tmp) -> tuple[str, str]:
    """A certificate and key for 127.0.0.1 (pubcheck, as Scrapy, does not verify a site's certificate)."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
            .not_valid_after(now + datetime.timedelta(days=1))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
            .sign(key, hashes.SHA256()))
    certfile, keyfile = tmp / "cert.pem", tmp / "key.pem"
    certfile.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    keyfile.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                          serialization.NoEncryption()))
    return str(certfile), str(keyfile)


class DualSchemeSite(FaultSite):
    """One port answering TLS and plain HTTP alike (a proxy that serves both): ``https://127.0.0.1:P/`` and
    ``http://127.0.0.1:P/`` are the same host and port, another scheme. ``seen`` lists (scheme, path,
    Authorization) of every route wrapped by :meth:`recording`."""

    def __init__(self, certfile, keyfile):
        super().__init__({})
        self.seen: list[tuple[str, str, str | None]] = []
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(certfile, keyfile)
        accept = self.server.get_request

        def get_request():
            sock, address = accept()
            sock.settimeout(10)
            try:
                tls = sock.recv(1, socket.MSG_PEEK) == b"\x16"
            except OSError:
                tls = False
            sock.settimeout(None)
            return (context.wrap_socket(sock, server_side=True) if tls else sock), address

        self.server.get_request = get_request
        self.https_url = self.url.replace("http://", "https://")

    def recording(self, path, route):
        def answer(handler):
            tls = isinstance(handler.connection, ssl.SSLSocket)
            self.seen.append(("https" if tls else "http", path, handler.headers.get("Authorization")))
            route(handler)
        return answer


def recorded(seen: list, route):
    def answer(handler):
        seen.append((handler.path, handler.headers.get("Authorization")))
        route(handler)
    return answer


def test_https_credentials_never_go_to_the_same_host_over_http(tmp_path):
    (tmp_path / "pubcheck.toml").write_text(CONFIG)
    certfile, keyfile = self_signed(tmp_path)
    site = DualSchemeSite(certfile, keyfile)
    plain = site.url  # http://127.0.0.1:P/: the same host and port as the start URL, in clear
    routes = {"/": page(f"<a href='{plain}doc.txt'>hard-coded http link</a> <a href='/old'>moved</a>"
                        " <a href='/s.txt'>s</a>"),
              "/s.txt": body(b"Staging notes.", "text/plain"),
              "/old": redirect(plain + "doc2.txt", 302),
              "/doc.txt": body(b"Plain document.", "text/plain"),
              "/doc2.txt": body(b"Moved document.", "text/plain")}
    site.routes.update({p: site.recording(p, with_basic_auth(r) if p in ("/", "/s.txt", "/old") else r)
                        for p, r in routes.items()})
    with site:
        proc, _ = run(["crawl", site.https_url, "--out", tmp_path / "out", "--config", tmp_path / "pubcheck.toml",
                       "--auth-env", "STAGING_AUTH"], tmp_path, env=AUTH)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 0, proc.stderr
    over_http = [(path, auth) for scheme, path, auth in site.seen if scheme == "http"]
    assert sorted(over_http) == [("/doc.txt", None), ("/doc2.txt", None)]
    assert {path for scheme, path, auth in site.seen if scheme == "https" and auth} >= {"/", "/s.txt", "/old"}
    docs = documents(tmp_path / "out")
    assert docs[plain + "doc.txt"]["status"] == "scanned" and docs[plain + "doc2.txt"]["status"] == "scanned"


def test_two_start_urls_only_the_one_that_asks_gets_the_credentials(tmp_path):
    """Production (public, with a password-protected document of its own) and staging (basic auth as a whole) in one
    run, the README's cron line: staging is checked with the credentials, production never receives them."""
    (tmp_path / "pubcheck.toml").write_text(CONFIG)
    production_seen, staging_seen = [], []
    production = {"/": page("<a href='/about.html'>About</a> <a href='/council/closed.pdf'>Closed session</a>"),
                  "/about.html": page("<p>City Hall is open Monday to Thursday.</p>"),
                  "/council/closed.pdf": basic_auth_required}
    staging = {"/": page("<a href='/draft.html'>Draft</a>"), "/draft.html": page("<p>Draft budget page.</p>"),
               "/robots.txt": body(b"User-agent: *\n", "text/plain")}
    with FaultSite({p: recorded(production_seen, r) for p, r in production.items()}) as prod, \
            FaultSite({p: recorded(staging_seen, with_basic_auth(r)) for p, r in staging.items()}) as stage:
        proc, _ = run(["crawl", prod.url, stage.url, "--out", tmp_path / "out", "--config", tmp_path / "pubcheck.toml",
                       "--auth-env", "STAGING_AUTH"], tmp_path, env=AUTH)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 0, proc.stderr
    assert production_seen and all(auth is None for _, auth in production_seen)
    assert {path for path, auth in staging_seen if auth} >= {"/", "/draft.html"}
    docs = documents(tmp_path / "out")
    assert docs[stage.url + "draft.html"]["status"] == "scanned"
    assert docs[prod.url + "about.html"]["status"] == "scanned"
    assert docs[prod.url + "council/closed.pdf"]["reason"] == (
        "password-protected (HTTP 401): not checked; give credentials with --auth-env to check it")


def test_one_start_url_gets_the_credentials_from_the_first_request(tmp_path):
    """The documented behaviour with one start origin: a public home page and a protected document of the same
    origin, the credentials go with every request (no 401 first)."""
    (tmp_path / "pubcheck.toml").write_text(CONFIG)
    seen = []
    routes = {"/": page("<a href='/members/list.txt'>Members</a>"),
              "/members/list.txt": with_basic_auth(body(b"Pool members meet on Tuesdays.", "text/plain"))}
    with FaultSite({p: recorded(seen, r) for p, r in routes.items()}) as site:
        proc, _ = run(["crawl", site.url, "--out", tmp_path / "out", "--config", tmp_path / "pubcheck.toml",
                       "--auth-env", "STAGING_AUTH"], tmp_path, env=AUTH)
    assert proc.returncode == 0, proc.stderr
    assert seen and all(auth for _, auth in seen)
    assert documents(tmp_path / "out")[site.url + "members/list.txt"]["status"] == "scanned"


def test_reports_that_cannot_be_written_are_recorded_so(tmp_path):
    """--out is taken away (a file where the folder was: the reports cannot be written, as on a full disk) while
    the crawl runs: exit 2, and the history says the run failed and its report was not written, so that the
    nightly summary links no report that does not exist under an outcome the exit status contradicts."""
    (tmp_path / "pubcheck.toml").write_text(CONFIG)
    release = threading.Event()

    def held(handler):
        release.wait(60)
        page("<p>Customer: Rosalind Penhaligon. SSN: 533-27-6190</p>")(handler)

    out = tmp_path / "out"
    with FaultSite({"/": page("<a href='/held.html'>held</a>"), "/held.html": held}) as site:
        proc = subprocess.Popen([sys.executable, "-m", "crawler.cli", "crawl", site.url, "--out", str(out),
                                 "--config", str(tmp_path / "pubcheck.toml")], cwd=ROOT, text=True,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment(tmp_path))
        try:
            assert site.wait_for("/held.html")
            shutil.rmtree(out)
            out.write_text("not a folder")
        finally:
            release.set()
        _, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 2, stderr
    assert "could not write the report" in stderr and "Traceback" not in stderr
    summary, _ = run(["summary"], tmp_path)
    assert summary.returncode == 0, summary.stderr
    assert "outcome:    ERROR: the check did not run as asked" in summary.stdout
    assert "report:     NOT WRITTEN: could not write the report to" in summary.stdout
    assert "report.html" not in summary.stdout


@pytest.mark.parametrize("written", ["nan", "inf", "-inf"])
def test_the_config_file_is_validated_whatever_the_command_line_overrides(tmp_path, written):
    """``max_minutes = nan`` is refused when --max-minutes 1 overrides it too: the file stays broken otherwise,
    and bites the night the option is dropped."""
    path = tmp_path / "pubcheck.toml"
    path.write_text(f"[crawl]\nmax_minutes = {written}\nmax_pages = 50\n")
    with pytest.raises(ConfigError, match=r"\[crawl\] max_minutes must be a finite number, got"):
        Config.load(path, {"crawl": {"max_minutes": 1.0}})
    path.write_text("[crawl]\nmax_minutes = 30\nmax_pages = 50\n")  # a sound file: the option still wins
    assert Config.load(path, {"crawl": {"max_minutes": 1.0}}).crawl["max_minutes"] == 1.0
    assert math.isfinite(Config.load(path).crawl["max_minutes"])


def test_a_broken_config_value_under_a_command_line_override_stops_the_run(tmp_path):
    config = tmp_path / "pubcheck.toml"
    config.write_text("[crawl]\nmax_minutes = nan\n")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "hours.txt").write_text("City Hall is open Monday to Thursday.")
    proc, _ = run(["scan", tmp_path / "docs", "--out", tmp_path / "out", "--config", config, "--max-minutes", "1"],
                  tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip() == "pubcheck: [crawl] max_minutes must be a finite number, got nan"


def sarif_of(out) -> dict:
    log = json.loads((out / "findings.sarif").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(SARIF_SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER).validate(log)
    return log


def test_the_sarif_of_an_incomplete_run_says_it_did_not_succeed(tmp_path):
    """Documents not checked (exit 2): executionSuccessful false, one error notification per reason with its count,
    not one per URL; a complete run's log says it succeeded with no notification."""
    (tmp_path / "pubcheck.toml").write_text(CONFIG)
    links = " ".join(f"<a href='/down{i}.pdf'>d{i}</a>" for i in range(3)) + " <a href='/gone.docx'>g</a>"
    routes = {"/": page(links + " <a href='/ok.html'>ok</a>"), "/ok.html": page("<p>Parks and recreation.</p>"),
              **{f"/down{i}.pdf": error(503) for i in range(3)}, "/gone.docx": error(500)}
    with FaultSite(routes) as site:
        proc, _ = run(["crawl", site.url, "--out", tmp_path / "out", "--config", tmp_path / "pubcheck.toml"], tmp_path)
        clean, _ = run(["crawl", site.url + "ok.html", "--out", tmp_path / "clean", "--config",
                        tmp_path / "pubcheck.toml"], tmp_path)
    assert proc.returncode == 2, proc.stderr
    invocation = sarif_of(tmp_path / "out")["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    notes = invocation["toolExecutionNotifications"]
    assert all(n["level"] == "error" for n in notes)
    assert sorted(n["properties"]["count"] for n in notes) == [1, 3]
    assert notes[0]["message"]["text"].startswith("3 published documents not checked: ")
    assert notes[1]["message"]["text"].startswith("1 published document not checked: ")
    assert not any(site.url in n["message"]["text"] for n in notes)
    assert clean.returncode == 0, clean.stderr
    invocation = sarif_of(tmp_path / "clean")["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is True and invocation["toolExecutionNotifications"] == []


def test_the_sarif_of_an_interrupted_run_says_so():
    from crawler.results import DocumentResult, RunInfo, RunResult
    from reports.sarif import sarif_log
    run_info = RunInfo(command="crawl", targets=["https://www.example.gov/"], started="2026-01-01T00:00:00+00:00",
                       interrupted="stopped at its time limit (5 minutes)", errors=["lost the connection to Redis"])
    documents = [DocumentResult(url=f"https://www.example.gov/d{i}.pdf", kind="document", status="failed",
                                reason="stopped at its time limit before it reached this file",
                                not_checked="stopped at its time limit before it reached this file")
                 for i in range(4)]
    log = sarif_log(RunResult(run=run_info, findings=[], documents=documents), "1")
    log["runs"][0]["results"] = list(log["runs"][0]["results"])
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert [n["message"]["text"] for n in invocation["toolExecutionNotifications"]] == [
        "lost the connection to Redis",
        "the run was stopped at its time limit (5 minutes) before it finished: pages and documents it did not reach "
        "were not checked",
        "4 published documents not checked: stopped at its time limit before it reached this file"]


def _finding(i: int, severity: str, category: str):
    from detectors.model import Detection, Location
    return Detection(url=f"https://www.example.gov/export/rows-{i // 100:04d}.csv", category=category,
                     severity=severity, rule="test", masked="***-**-6190", value="533-27-6190", key="533276190",
                     location=Location(line=i % 100 + 1), hidden=None, label=None, context="SSN ***-**-6190",
                     why="", seq=i, fingerprint=f"{i:064x}")


def _one_of_each(results: list[dict]) -> list[dict]:
    """One result of each form: results that differ only in their numbers' values (a line, a fingerprint, a file's
    number), not in a number's sign or zero, meet the schema alike (it checks each result on its own, numbers against
    minimums of -1, 0 and 1); validating all 25,000 took nearly all of a test's time."""
    forms = {}
    for result in results:
        text = re.sub(r"[0-9a-f]{64}", "f", json.dumps(result, sort_keys=True))
        forms.setdefault(re.sub(r"\d+", lambda number: "1" if int(number[0]) else "0", text), result)
    return list(forms.values())


def test_a_sarif_log_holds_25000_results_at_most_the_most_severe():
    """GitHub code scanning refuses a run of more than 25,000 results: the most severe are kept (ties in the order of
    findings.json, kept in it), and a notification says how many were left out and where they all are."""
    from crawler.results import RunInfo, RunResult
    from reports.sarif import chunks
    high = {7, 12_345, 25_010}  # three high findings among 25,011 low ones, one of them past the cap
    findings = [_finding(i, "high" if i in high else "low", "ssn" if i in high else "phone") for i in range(25_014)]
    run_info = RunInfo(command="scan", targets=["export"], started="2026-01-01T00:00:00+00:00", version="1")
    log = json.loads("".join(chunks(RunResult(run=run_info, findings=findings[::-1], documents=[]))))
    run_log = log["runs"][0]
    results = run_log["results"]
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate({**log, "runs": [{**run_log, "results": _one_of_each(results)}]})
    assert len(results) == 25_000
    assert sum(r["level"] == "error" for r in results) == 3  # every high one kept
    fingerprints = [r["partialFingerprints"]["pubcheck/v1"] for r in results]
    assert fingerprints == sorted(fingerprints)  # the order of findings.json
    assert fingerprints[-1] == f"{25_010:064x}" and fingerprints[-2] == f"{24_998:064x}"  # low ones 24,999 on left out
    invocation = run_log["invocations"][0]
    assert invocation["executionSuccessful"] is True  # the run checked everything; the log is what is short
    assert invocation["toolExecutionNotifications"] == [{
        "level": "warning", "properties": {"count": 14},
        "message": {"text": "14 findings left out of this log: code-scanning dashboards (GitHub) take 25,000 results "
                            "a run at most, so the most severe are here; findings.json lists them all"}}]


def test_a_sarif_log_under_the_cap_keeps_every_result():
    from crawler.results import RunInfo, RunResult
    from reports.sarif import sarif_log
    run_info = RunInfo(command="scan", targets=["export"], started="2026-01-01T00:00:00+00:00")
    log = sarif_log(RunResult(run=run_info, findings=[_finding(i, "low", "phone") for i in range(25_000)],
                              documents=[]), "1")
    assert len(list(log["runs"][0]["results"])) == 25_000
    assert log["runs"][0]["invocations"][0]["toolExecutionNotifications"] == []


def test_a_scan_skips_its_own_report_folder_inside_the_scanned_folder(tmp_path):
    """``scan public --out public/_pubcheck``: the lock file and the previous run's reports are no published
    documents; the folder is listed once as skipped, with why, and the second run reads no report of the first."""
    public = tmp_path / "public"
    (public / "forms").mkdir(parents=True)
    (public / "forms" / "hours.txt").write_text("City Hall is open Monday to Thursday.")
    (public / "notice.txt").write_text("Customer: Rosalind Penhaligon, SSN 533-27-6190")
    out = public / "_pubcheck"
    for night in (1, 2):
        proc, _ = run(["scan", public, "--out", out], tmp_path)
        assert proc.returncode == 1, proc.stderr
        docs = documents(out)
        assert sorted(docs) == [str(out), str(public / "forms" / "hours.txt"), str(public / "notice.txt")]
        assert (docs[str(out)]["status"], docs[str(out)]["reason"]) == ("skipped", OWN_OUTPUT)
        assert not any(d["url"].startswith(str(out) + "/") for d in docs.values())


def test_a_report_folder_outside_the_scanned_folder_is_not_mentioned(tmp_path):
    public = tmp_path / "public"
    public.mkdir()
    (public / "hours.txt").write_text("City Hall is open Monday to Thursday.")
    proc, _ = run(["scan", public, "--out", tmp_path / "out"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert sorted(documents(tmp_path / "out")) == [str(public / "hours.txt")]
