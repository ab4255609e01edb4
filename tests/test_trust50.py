"""Round 50's trust red team (``/work/redteam-trust50``), each through real ``pubcheck`` processes:

- D1: a reason is masked for the accepted name however staff write it: its words in any case and order ("DELGADO,
  MARIA", as a billing system prints it), with an initial ("M. Delgado"), its surname in a family's forms ("the
  Delgados", "Delgado's") (``reports.redact._naming_alike``);
- D2: a scan names its files by their absolute paths, so a folder typed relatively and absolutely gives the same
  fingerprints: an acceptance holds, nothing still published is called resolved (``crawler.scan.scan_paths``);
- D3/J2: a config (or ignore) file that is not UTF-8 is one configuration error line; a UTF-8 byte-order mark is
  dropped (``crawler.config.toml_text``);
- D4: ``nan`` and ``inf`` (which TOML allows) are refused in a number setting as on the command line;
- D5: a HOME that is no folder: one line naming the key file or database that could not be made, and what to set;
- D6: under a locale that is not UTF-8 (``LC_ALL=C PYTHONUTF8=0``) a file named ``Peña Nuñez 2024.txt`` gets every
  report (SARIF's URI percent-encodes its UTF-8 bytes), and ``summary``, ``accept`` and ``review`` print it;
- J1: a relative ``XDG_STATE_HOME`` is ignored (the XDG spec calls it invalid);
- J4: what a time-limited run did not check says that the time limit, not an interruption, stopped it.
"""
from __future__ import annotations

import codecs
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.collect import (INTERRUPTED_IN_ANALYSIS, NOT_REACHED, TIME_LIMIT_IN_ANALYSIS, TIME_LIMIT_NOT_REACHED,
                             not_reached, stopped_in_analysis)
from crawler.config import Config, ConfigError
from crawler.history.store import default_path
from crawler.run import stopped_at_time_limit
from crawler.url_text import path_uri
from fault_site import FaultSite, delayed, page
from reports.redact import reason_text

ROOT = Path(__file__).resolve().parents[1]
NAME_MASK = "M**** D******"
MASKS = (NAME_MASK, "***-**-6789", "**** W H*** A**")
RECORD = "Customer Maria Delgado, SSN 512-34-6789, account 2-35-123-4567, service at 1412 W Holt Ave, Pomona.\n"


def _cli(args: list, tmp: Path, *, cwd: Path | None = None, env: dict | None = None,
         timeout: float = 300) -> subprocess.CompletedProcess:
    environment = {**os.environ, "HOME": str(tmp / "home"), "XDG_STATE_HOME": str(tmp / "state"),
                   "PUBCHECK_FINGERPRINT_KEY": "trust50-key", "PYTHONPATH": str(ROOT), **(env or {})}
    (tmp / "home").mkdir(exist_ok=True)
    return subprocess.run([sys.executable, "-m", "crawler.cli", *map(str, args)], cwd=cwd or tmp, env=environment,
                          capture_output=True, text=True, timeout=timeout)


def _findings(out: Path) -> list[dict]:
    return json.loads((out / "findings.json").read_text())["findings"]


# -- D1: a reason names the accepted customer another way --------------------------------------------------------

@pytest.mark.parametrize("reason, shown", [
    ("DELGADO, MARIA consented in writing", "D******, M**** consented in writing"),
    ("Delgado Maria signed the release", "D****** M**** signed the release"),
    ("the Delgados asked to keep it", "the D******s asked to keep it"),
    ("The Delgados' request of May 2", "The D******s' request of May 2"),
    ("Delgado's daughter consented", "D******'s daughter consented"),
    ("maria delgado's daughter consented", "m**** d******'s daughter consented"),
    ("the Delgado family asked to keep it", "the D****** family asked to keep it"),
    ("Mrs. Delgado consented in writing", "Mrs. D****** consented in writing"),
    ("M. Delgado (customer) agreed", "M. D****** (customer) agreed"),
    ("Maria D. agreed by phone", "M**** D. agreed by phone"),
    ("DELGADO, M. called the office", "D******, M. called the office"),
])
def test_a_reason_masks_the_accepted_name_in_its_other_forms(reason, shown):
    assert reason_text(reason, masks=MASKS) == shown


@pytest.mark.parametrize("reason", [
    "the deposits were refunded in March",   # a word of the surname's shape, no capital: no family
    "Mesa Drive closure notice",
    "Mailed Documents on file",
    "per M. Dawson, Records",                # an initial with another surname
    "Approved under policy PCE-01 section 4.1 on 2024-05-01",
    "the Holts Valley project",              # an address's word alone is no family: the address mask is no name
    "the Marias Street fair",                # a given name's shape, but no "the ...s" of a surname alone
])
def test_a_reason_without_the_name_keeps_its_words(reason):
    assert reason_text(reason, masks=MASKS) == reason


def test_a_mask_of_no_name_gives_no_name_forms():
    # an SSN's, an address's (its number starred), a URL segment's: their words are no person's name
    for mask in ("***-**-6789", "**** W H*** A**", "m****-d******.html", "********"):
        assert reason_text("the Holts' and Ave's notices", masks=(mask,)) == "the Holts' and Ave's notices"


def test_accept_masks_a_surname_first_and_a_family_reason_everywhere(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text(RECORD)
    first = _cli(["scan", docs, "--out", tmp_path / "out1"], tmp_path)
    assert first.returncode == 1, first.stderr
    by_category = {f["category"]: f["fingerprint"] for f in _findings(tmp_path / "out1")}
    name = _cli(["accept", by_category["customer_name"][:12], "--reason", "DELGADO, MARIA consented in writing",
                 "--by", "J. Rivera, Compliance"], tmp_path)
    address = _cli(["accept", by_category["address"][:12], "--reason", "the Delgados asked to keep it",
                    "--by", "J. Rivera, Compliance"], tmp_path)
    review = _cli(["review"], tmp_path)
    second = _cli(["scan", docs, "--out", tmp_path / "out2"], tmp_path)
    assert name.returncode == address.returncode == review.returncode == 0, (name.stderr, address.stderr)
    assert "D******, M**** consented in writing" in name.stdout
    assert "the D******s asked to keep it" in address.stdout
    assert "reason:   D******, M**** consented in writing" in review.stdout
    reasons = {f["category"]: (f.get("accepted") or {}).get("reason") for f in _findings(tmp_path / "out2")}
    assert reasons["customer_name"] == "D******, M**** consented in writing"
    assert reasons["address"] == "the D******s asked to keep it"
    with sqlite3.connect(tmp_path / "state" / "pubcheck" / "history.sqlite") as db:
        stored = [row[0] for row in db.execute("SELECT reason FROM acceptances")]
    assert sorted(stored) == ["D******, M**** consented in writing", "the D******s asked to keep it"]
    written = [name.stdout, address.stdout, review.stdout, *((tmp_path / "out2" / f).read_text(errors="replace")
                                                            for f in ("findings.json", "findings.sarif",
                                                                      "report.html", "junit.xml"))]
    assert not any("delgado" in text.lower() for text in written)


# -- D2: a folder typed relatively is the folder typed absolutely ------------------------------------------------

def test_a_folder_scanned_by_a_relative_path_keeps_its_fingerprints_and_acceptances(tmp_path):
    docs = tmp_path / "site" / "public"
    docs.mkdir(parents=True)
    (docs / "a.txt").write_text("Payroll correction: employee SSN 512-34-6789 on file.\n")
    elsewhere = tmp_path / "ci"
    elsewhere.mkdir()
    first = _cli(["scan", docs, "--out", tmp_path / "out1"], tmp_path)
    assert first.returncode == 1, first.stderr
    (fingerprint,) = [f["fingerprint"] for f in _findings(tmp_path / "out1")]
    accepted = _cli(["accept", fingerprint[:12], "--reason", "Sample in the training packet", "--by", "J. Rivera"],
                    tmp_path)
    assert accepted.returncode == 0, accepted.stderr
    relative = _cli(["scan", "../site/public", "--out", "out2"], tmp_path, cwd=elsewhere)
    assert relative.returncode == 0, relative.stderr  # the acceptance holds
    data = json.loads((elsewhere / "out2" / "findings.json").read_text())
    assert [(f["fingerprint"], f["status"], f["url"]) for f in data["findings"]] == \
        [(fingerprint, "accepted", str(docs / "a.txt"))]
    assert data["resolved"] == []
    dotted = _cli(["scan", "./public/../public/", "--out", tmp_path / "out3"], tmp_path, cwd=tmp_path / "site")
    assert dotted.returncode == 0, dotted.stderr
    assert [f["url"] for f in _findings(tmp_path / "out3")] == [str(docs / "a.txt")]


# -- D3, J2: a config file's encoding ----------------------------------------------------------------------------

CONFIG = '[crawl]\ntimeout = 5\nuser_agent = "pubcheck café"\n'


def test_a_utf8_config_with_a_byte_order_mark_is_read(tmp_path):
    path = tmp_path / "pubcheck.toml"
    path.write_bytes(codecs.BOM_UTF8 + CONFIG.encode())
    config = Config.load(path)
    assert (config.crawl["timeout"], config.crawl["user_agent"]) == (5, "pubcheck café")


@pytest.mark.parametrize("encoding, message", [
    ("utf-16", "is not UTF-8 but UTF-16"), ("utf-16-be", "is not UTF-8 but UTF-16"),
    ("latin-1", "is not UTF-8: byte 0xe9 on line 3"), ("cp1252", "is not UTF-8: byte 0xe9 on line 3"),
])
def test_a_config_in_another_encoding_is_a_configuration_error(tmp_path, encoding, message):
    path = tmp_path / "pubcheck.toml"
    path.write_bytes(CONFIG.encode(encoding))
    with pytest.raises(ConfigError, match=message) as error:
        Config.load(path)
    assert str(path) in str(error.value) and "save it as UTF-8" in str(error.value)


def test_a_config_or_ignore_file_in_utf16_stops_the_run_with_one_line(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Payroll correction: employee SSN 512-34-6789 on file.\n")
    config = tmp_path / "pubcheck.toml"
    config.write_bytes(CONFIG.encode("utf-16"))
    proc = _cli(["scan", docs, "--out", tmp_path / "out", "--config", config], tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        f"pubcheck: config file {config} is not UTF-8 but UTF-16 (Notepad's \"Unicode\"), or holds NUL bytes: save "
        "it as UTF-8 (in Notepad: Save As, Encoding UTF-8)"]
    config.write_bytes(codecs.BOM_UTF8 + CONFIG.encode())
    (tmp_path / "pubcheck-ignore.toml").write_bytes('[[accept]]\nfingerprint = "ab"\n'.encode("utf-16"))
    proc = _cli(["scan", docs, "--out", tmp_path / "out", "--config", config], tmp_path)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1, proc.stderr
    assert f"ignore file {tmp_path / 'pubcheck-ignore.toml'} is not UTF-8 but UTF-16" in proc.stderr


# -- D4: nan and inf --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("written", ["nan", "+nan", "-nan", "inf", "+inf", "-inf"])
def test_a_number_setting_refuses_what_is_no_finite_number(tmp_path, written):
    path = tmp_path / "pubcheck.toml"
    path.write_text(f"[crawl]\nmax_minutes = {written}\n")
    with pytest.raises(ConfigError, match=r"\[crawl\] max_minutes must be a finite number, got"):
        Config.load(path)


def test_a_time_limit_of_inf_in_the_config_stops_before_fetching(tmp_path):
    config = tmp_path / "pubcheck.toml"
    config.write_text("[crawl]\nmax_minutes = inf\n")
    with FaultSite({"/": page("<p>City Hall hours</p>")}) as site:
        proc = _cli(["crawl", site.url, "--out", tmp_path / "out", "--config", config], tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.strip() == "pubcheck: [crawl] max_minutes must be a finite number, got inf"
    assert site.served == []


# -- D5: a HOME that is no folder -------------------------------------------------------------------------------

def test_a_home_that_is_no_folder_is_one_line_naming_what_to_set(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Payroll correction: employee SSN 512-34-6789 on file.\n")
    home = tmp_path / "homefile"
    home.write_text("")
    proc = _cli(["scan", docs, "--out", tmp_path / "out"], tmp_path,
                env={"HOME": str(home), "XDG_STATE_HOME": "", "PUBCHECK_FINGERPRINT_KEY": ""})
    assert proc.returncode == 2
    assert proc.stderr.strip().splitlines() == [
        f"pubcheck: cannot create the fingerprint key file {home}/.config/pubcheck/fingerprint.key: Not a directory "
        f"({home}/.config/pubcheck); set PUBCHECK_FINGERPRINT_KEY or name a usable file with [report] "
        "fingerprint_key_file"]
    proc = _cli(["scan", docs, "--out", tmp_path / "out"], tmp_path, env={"HOME": str(home), "XDG_STATE_HOME": ""})
    assert proc.returncode == 2
    (line,) = proc.stderr.strip().splitlines()
    assert line.startswith(f"pubcheck: cannot use the history database {home}/.local/state/pubcheck/history.sqlite: ")
    assert "Not a directory" in line
    assert line.endswith("; set XDG_STATE_HOME to a writable folder, or name the database with [history] db or --db")
    assert not (tmp_path / "out" / "report.html").exists()


# -- J1: a relative XDG_STATE_HOME ------------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["relstate", "./state", "", None])
def test_a_relative_or_unset_xdg_state_home_means_the_home_folders(monkeypatch, tmp_path, value):
    monkeypatch.setenv("HOME", str(tmp_path))
    if value is None:
        monkeypatch.delenv("XDG_STATE_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_STATE_HOME", value)
    assert default_path() == tmp_path / ".local" / "state" / "pubcheck" / "history.sqlite"
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "ci-state"))
    assert default_path() == tmp_path / "ci-state" / "pubcheck" / "history.sqlite"


def test_runs_with_a_relative_xdg_state_home_from_two_folders_share_one_history(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Payroll correction: employee SSN 512-34-6789 on file.\n")
    for n in (1, 2):
        (tmp_path / f"w{n}").mkdir()
        proc = _cli(["scan", docs, "--out", tmp_path / f"out{n}"], tmp_path, cwd=tmp_path / f"w{n}",
                    env={"XDG_STATE_HOME": "relstate"})
        assert proc.returncode == 1, proc.stderr
    assert [f["status"] for f in _findings(tmp_path / "out2")] == ["recurring"]
    assert (tmp_path / "home" / ".local" / "state" / "pubcheck" / "history.sqlite").is_file()
    assert not (tmp_path / "w1" / "relstate").exists()


# -- D6: a name the locale's encoding cannot say ----------------------------------------------------------------

@pytest.mark.parametrize("path, uri", [
    ("/srv/docs/Peña Nuñez 2024.txt", "file:///srv/docs/Pe%C3%B1a%20Nu%C3%B1ez%202024.txt"),
    ("/srv/docs/100% x#1 q?.txt", "file:///srv/docs/100%25%20x%231%20q%3F.txt"),
    (os.fsdecode(b"/srv/caf\xe9 menu.txt"), "file:///srv/caf%E9%20menu.txt"),  # its bytes, no UTF-8
    ("docs/Peña.txt", "docs/Pe%C3%B1a.txt"),
])
def test_a_file_uri_percent_encodes_the_names_bytes(path, uri):
    assert path_uri(path) == uri


def test_a_scan_under_a_locale_that_is_not_utf8_writes_every_report(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "Peña Nuñez 2024.txt").write_text("Payroll correction: employee SSN 512-34-6789 on file.\n")
    c_locale = {"LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONIOENCODING": ""}
    proc = _cli(["scan", docs, "--out", tmp_path / "out"], tmp_path, env=c_locale)
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 1
    out = tmp_path / "out"
    assert all((out / name).is_file() for name in ("findings.json", "findings.sarif", "junit.xml", "report.html"))
    (finding,) = _findings(out)
    assert finding["url"] == str(docs / "Peña Nuñez 2024.txt")
    sarif = json.loads((out / "findings.sarif").read_text(encoding="utf-8"))
    (result,) = sarif["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == \
        path_uri(str(docs)) + "/Pe%C3%B1a%20Nu%C3%B1ez%202024.txt"
    assert "Peña Nuñez 2024.txt" in (out / "report.html").read_text(encoding="utf-8")
    assert "Peña Nuñez 2024.txt" in (out / "junit.xml").read_text(encoding="utf-8")
    summary = _cli(["summary"], tmp_path, env=c_locale)
    accepted = _cli(["accept", finding["fingerprint"][:12], "--reason", "muestra de capacitación", "--by", "J. Núñez"],
                    tmp_path, env=c_locale)
    review = _cli(["review"], tmp_path, env=c_locale)
    for proc in (summary, accepted, review):
        assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    assert "Pe\\xf1a Nu\\xf1ez 2024.txt" in review.stdout  # what an ASCII terminal can show of the name
    assert "by:       J. N\\xfa\\xf1ez" in review.stdout
    assert "reason:   J. N\\xfa\\xf1ez" not in review.stdout
    assert "by:       J. Núñez" in _cli(["review"], tmp_path).stdout  # stored as the UTF-8 text it was typed as


# -- J4: what a time limit left unchecked -----------------------------------------------------------------------

def test_what_a_stop_left_unchecked_says_what_stopped_the_run():
    limit = stopped_at_time_limit(0.5)
    assert (not_reached(limit), stopped_in_analysis(limit)) == (TIME_LIMIT_NOT_REACHED, TIME_LIMIT_IN_ANALYSIS)
    assert TIME_LIMIT_NOT_REACHED == "not fetched: the run's time limit was reached before this URL was fetched"
    assert (not_reached("interrupted by SIGINT"), stopped_in_analysis("interrupted by SIGTERM")) == \
        (NOT_REACHED, INTERRUPTED_IN_ANALYSIS)


def test_a_time_limited_scan_lists_its_files_as_stopped_by_the_time_limit(tmp_path):
    folder = tmp_path / "files"
    folder.mkdir()
    for n in range(3):
        (folder / f"notes-{n}.txt").write_text("Account holder: Rosalind Penhaligon\nSSN: 533-27-6190\n")
    proc = _cli(["scan", folder, "--out", tmp_path / "out", "--max-minutes", "0.0001"], tmp_path)
    assert proc.returncode == 2, proc.stderr
    reasons = {d["not_checked"] for d in json.loads((tmp_path / "out" / "findings.json").read_text())["documents"]}
    assert reasons == {"not checked: the run's time limit was reached before this file was checked"}


def test_a_time_limited_crawl_lists_what_it_did_not_fetch_as_stopped_by_the_time_limit(tmp_path):
    slow = {f"/minutes-{n}.html": delayed(3, page(f"<p>Minutes of meeting {n}.</p>")) for n in range(8)}
    links = "".join(f"<a href='/minutes-{n}.html'>Meeting {n}</a> " for n in range(8))
    config = tmp_path / "pubcheck.toml"
    config.write_text("[crawl]\nconcurrency = 1\nautothrottle = false\n")
    with FaultSite({"/": page(links), **slow}) as site:
        proc = _cli(["crawl", site.url, "--out", tmp_path / "out", "--config", config, "--max-minutes", "0.1"],
                    tmp_path)
    assert proc.returncode == 2, proc.stderr
    docs = json.loads((tmp_path / "out" / "findings.json").read_text())["documents"]
    unchecked = {d["not_checked"] for d in docs if d["not_checked"]}
    assert TIME_LIMIT_NOT_REACHED in unchecked
    assert unchecked <= {TIME_LIMIT_NOT_REACHED, TIME_LIMIT_IN_ANALYSIS}
