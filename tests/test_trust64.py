"""Red team trust64: what a CI gate on pubcheck passes that it should not: passwords in the ops files a city leaves
on its site (deploy scripts, SQL grants, a PostgreSQL password file, a Redis config)."""
from __future__ import annotations

import json

import pytest

from detector_helpers import pairs_found, values_of
from fault_site import FaultSite, body, page
from test_fault_site import run


# -- D1: a password handed to a tool on its command line, set by SQL, or kept in a .pgpass ------------------------------
@pytest.mark.parametrize("text, password", [
    ("#!/bin/bash\n# nightly push of the GIS tiles\nsshpass -p \"Osprey!Ridge40\" rsync -az tiles/ gis@map02:/var/www\n",
     "Osprey!Ridge40"),
    ("0 2 * * * /usr/bin/sshpass -pWinterhaven7 scp /srv/exports/*.csv sftp@vendor.net:/in\n", "Winterhaven7"),
    ("curl --user svc_publish:Lark%Meadow19 --upload-file agenda.pdf https://cms.losolmos.gov/api/files\n",
     "Lark%Meadow19"),
    ("curl -s -u 'billing_ro:Kingfisher*88' 'https://cis.internal/api/v2/accounts?updated=today' > accts.json\n",
     "Kingfisher*88"),
    ("wget --ftp-user=meters --ftp-password=Tern_Lake_2023 ftp://ami.vendor.net/reads/latest.csv\n",
     "Tern_Lake_2023"),
    ("smbclient //fs02/Finance -U finance_bot%Heronsgate55 -c 'get ledger.xlsx'\n", "Heronsgate55"),
    ("ldapmodify -x -H ldaps://dc1 -D 'cn=svc_ldap,ou=svc,dc=olmos,dc=local' -w Cinder#Cone9 -f users.ldif\n",
     "Cinder#Cone9"),
    ("net use P: \\\\fileserver\\Planning /user:OLMOS\\scanner Bramble2022 /persistent:no\n", "Bramble2022"),
    ("$secure = ConvertTo-SecureString -String \"Quail.Run.81\" -AsPlainText -Force\n", "Quail.Run.81"),
    ("-- reporting account for the dashboard\nGRANT SELECT ON cis.* TO 'dash'@'10.2.%' IDENTIFIED BY 'Ember+Fall31';\n",
     "Ember+Fall31"),
    ("create user meter_etl identified by Acorn77grove default tablespace users;\n", "Acorn77grove"),
    ("ALTER ROLE gis_reader WITH LOGIN ENCRYPTED PASSWORD 'Fennel&Dune6';\n", "Fennel&Dune6"),
    ("localhost:5432:*:postgres:Starling-Bay-7\ndb-prod.olmos.local:6432:billing:etl:Moss9Hollow\n", "Moss9Hollow"),
    ("bind 0.0.0.0\nport 6379\nrequirepass Lupine_Field_14\n", "Lupine_Field_14"),
    ("bcp CIS.dbo.Accounts out accounts.dat -S sql02 -U etl_user -P Wren^Hollow5 -c\n", "Wren^Hollow5"),
    ("redis-cli -h cache01 -a 'Dusk!Owl88' --scan --pattern 'session:*'\n", "Dusk!Owl88"),
    ("mongorestore --host mdb2 -u restore -p Thistle#410 /backups/latest\n", "Thistle#410"),
    ("PsExec64.exe \\\\PRINT01 -u OLMOS\\svc_print -p Gannet2019 net stop spooler\n", "Gannet2019"),
    ("xfreerdp /v:kiosk-lib3 /u:kiosk /p:Pinyon-77-Jay /f\n", "Pinyon-77-Jay"),
    ("lftp -u upload,Cormorant%31 sftp://files.vendor.net -e 'put reads.csv; bye'\n", "Cormorant%31"),
    ("openssl rsa -in web.key -passin pass:Nuthatch.2024 -out web-nopass.key\n", "Nuthatch.2024"),
    ("keytool -importkeystore -srckeystore old.p12 -srcstorepass Vireo88bird -destkeystore new.jks\n", "Vireo88bird"),
    ("restic backup /srv --repo sftp:bk@nas:/r --password 'Plover+Sand6'\n", "Plover+Sand6"),
])
def test_a_password_an_ops_file_hands_to_a_tool_or_sets_by_sql_is_a_credential(text, password):
    assert password in values_of(pairs_found("https://www.losolmos.gov/it/tools/run.txt", text, "text/plain"),
                                 "credential")


@pytest.mark.parametrize("text", [
    # an IT help page and a vendor's install guide, as cities publish them
    "To upload, run curl -u with your user name; curl prompts for the password.\n"
    "The sshpass -p option puts the password on the command line, which other users can see: use sshpass -f.\n",
    "curl -u username:password https://api.example.com/v1/reports\ncurl -u admin:admin http://localhost:8080/\n"
    "curl -u \"$API_USER:$API_KEY\" https://api.vendor.com/v1\nsshpass -p \"$SSHPASS\" ssh deploy@host\n",
    "CREATE USER 'app'@'%' IDENTIFIED BY 'password';\nALTER USER root IDENTIFIED BY '<root-password>';\n"
    "CREATE USER report IDENTIFIED BY new_password;\nCREATE ROLE readonly WITH LOGIN PASSWORD 'secret';\n",
    "ldapsearch -x -W -D 'cn=admin,dc=example,dc=org' -b 'dc=example,dc=org'\nnet use Z: \\\\server\\share /user:DOM\\jdoe *\n"
    "# requirepass foobared\n$pw = Read-Host -AsSecureString\n",
    # a council staff report and a grant program's page
    "Grant applicants identified by staff as eligible will be notified by mail. Customers identified by SCE as "
    "medical baseline households are exempt.\n",
    "mysql -u root --password cis_prod < restore.sql\npg_dump --no-password cis_2024 > cis.sql\n"
    "keytool -list -keystore $JAVA_HOME/lib/security/cacerts -storepass changeit\ndocker login -u ci --password-stdin\n"
    "restic --password-file /etc/restic/pw backup /srv\nUse --password followed by the value, or omit it to be asked.\n",
    # an IPv6 address and a time code, shaped as a password file's fields
    "fe80:5432:abcd:1234:5678\n2024:12:05:host:5432\n",
])
def test_manuals_placeholders_and_prose_about_those_tools_hold_no_credential(text):
    assert not values_of(pairs_found("https://www.losolmos.gov/it/help.txt", text, "text/plain"), "credential")


def test_a_powershell_cmdlet_is_not_reported_as_the_password_it_converts():
    found = values_of(pairs_found("https://www.losolmos.gov/it/backup.txt",
                                  "$pw = ConvertTo-SecureString 'Sandhill!Crane3' -AsPlainText -Force\n", "text/plain"),
                      "credential")
    assert found == {"Sandhill!Crane3"}


def test_ops_files_left_on_a_site_fail_the_gate_with_their_passwords_masked(tmp_path):
    files = {"/it/deploy.sh": ("application/x-sh", "#!/bin/sh\nsshpass -p 'Tidepool#61' ssh web@10.1.1.4 reload\n"),
             "/it/grant.sql": ("application/sql", "CREATE USER 'rpt'@'%' IDENTIFIED BY 'Saltmarsh!72';\n"),
             "/it/.pgpass": ("application/octet-stream", "db01.olmos.local:5432:cis:cis_ro:Gr4nite-Peak\n")}
    routes = {path: body(text, content_type) for path, (content_type, text) in files.items()}
    routes["/"] = page("<h1>IT</h1>" + "".join(f"<a href='{path}'>{path}</a> " for path in files))
    (tmp_path / "pubcheck.toml").write_text("[crawl]\ntimeout = 5\nretries = 0\nconcurrency = 1\n")
    with FaultSite(routes) as site:
        proc, _ = run(["crawl", site.url, "--out", tmp_path / "out", "--config", tmp_path / "pubcheck.toml"], tmp_path)
    assert proc.returncode == 1, proc.stderr
    report = json.loads((tmp_path / "out" / "findings.json").read_text())
    credentials = {f["url"].removeprefix(site.url.rstrip("/")) for f in report["findings"] if f["category"] == "credential"}
    assert credentials == set(files)
    for name in ("findings.json", "report.html", "junit.xml", "findings.sarif"):
        text = (tmp_path / "out" / name).read_text()
        assert not any(secret in text for secret in ("Tidepool#61", "Saltmarsh!72", "Gr4nite-Peak")), name


# -- D2: a batch file, a private key and a certificate under the types Apache, Debian and nginx give them -----------
def _pem(kind: str) -> bytes:
    """A throwaway key or self-signed certificate in PEM, made by openssl's command line."""
    import shutil
    import subprocess
    if not shutil.which("openssl"):
        pytest.skip("no openssl command to make a key")
    made = subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:1024", "-nodes", "-keyout", "-", "-out", "-",
                           "-days", "1", "-subj", "/CN=sso.losolmos.gov"], capture_output=True, check=True).stdout
    start = made.index(f"-----BEGIN {kind}".encode())
    return made[start:made.index(b"-----\n", made.index(f"-----END {kind}".encode())) + 6]


def test_a_batch_file_and_a_private_key_served_under_program_and_certificate_types_are_read(tmp_path):
    """A .bat is application/x-msdos-program (Debian) or x-msdownload (Apache), as .exe is; nginx serves .pem and .crt
    as application/x-x509-ca-cert. Their text was 'not a scanned type': the run incomplete on a harmless staff script,
    and a private key never reported."""
    key, certificate = _pem("PRIVATE KEY"), _pem("CERTIFICATE")
    drives = b"@echo off\r\nREM map the scanner share\r\nnet use S: \\\\fs01\\Scans /user:OLMOS\\scan Redtail#Hawk4\r\n"
    tools = b"@echo off\r\nnet use H: \\\\fs01\\Home\\%USERNAME% /persistent:yes\r\n"
    routes = {"/it/map-drives.bat": body(drives, "application/x-msdos-program"),
              "/it/home-drive.bat": body(tools, "application/x-msdownload"),
              "/it/server.pem": body(key, "application/x-x509-ca-cert"),
              "/sso/adfs-signing.crt": body(certificate, "application/x-x509-ca-cert"),
              "/downloads/setup.bat": body(b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + bytes(300), "application/x-msdos-program")}
    routes["/"] = page("<h1>IT</h1>" + "".join(f"<a href='{path}'>{path}</a> " for path in routes))
    (tmp_path / "pubcheck.toml").write_text("[crawl]\ntimeout = 5\nretries = 0\nconcurrency = 1\n")
    with FaultSite(routes) as site:
        proc, _ = run(["crawl", site.url, "--out", tmp_path / "out", "--config", tmp_path / "pubcheck.toml",
                       "--allow-unchecked", "1"], tmp_path)
    report = json.loads((tmp_path / "out" / "findings.json").read_text())
    docs = {d["url"].removeprefix(site.url.rstrip("/")): d for d in report["documents"]}
    found = {(f["url"].removeprefix(site.url.rstrip("/")), f["category"]) for f in report["findings"]}
    assert found == {("/it/map-drives.bat", "credential"), ("/it/server.pem", "credential")}, found
    for path in ("/it/map-drives.bat", "/it/home-drive.bat", "/it/server.pem", "/sso/adfs-signing.crt"):
        assert docs[path]["status"] == "scanned", docs[path]
    # a program's bytes under that type stay unread, and say so
    assert docs["/downloads/setup.bat"]["not_checked"], docs["/downloads/setup.bat"]
    assert proc.returncode == 1, proc.stderr
    assert "Redtail#Hawk4" not in (tmp_path / "out" / "report.html").read_text()


# -- D3: one "document removed" page for every path a CMS took down, while the site is up ---------------------------
ARCHIVED = page("<title>City of Los Olmos</title><h1>Archived record</h1><p>This file has been moved to the City's "
                "records archive. To obtain a copy, please submit a Public Records Request to the City Clerk.</p>")


def test_documents_taken_down_and_answered_by_one_archived_record_page_of_a_site_that_is_up_are_resolved(tmp_path):
    """Not 'not checked' every night after: the links are gone, the site serves its pages, and the one page that
    answers the removed paths answers no start URL and no document still linked."""
    from test_trust63 import ABOUT, HOME_WITH_ABOUT, HOME_WITHOUT_DOCUMENTS, nights
    code, docs, report = nights(tmp_path, lambda path: HOME_WITHOUT_DOCUMENTS if path == "/" else ARCHIVED
                                if path.startswith(("/Archive", "/DocumentCenter")) else None,
                                extra={"/about": ABOUT, "/": HOME_WITH_ABOUT})
    assert code == 0, docs
    assert not any(doc.get("not_checked") for doc in docs.values()), docs
    assert len(report["resolved"]) >= 4


def test_one_archived_record_page_that_also_answers_a_document_still_linked_resolves_nothing(tmp_path):
    from test_trust63 import ABOUT, DOCUMENTS, nights
    still_linked = page("<title>City of Los Olmos</title><a href='/about'>About</a> "
                        "<a href='/Archive/statement-1.pdf'>Statement</a>")
    code, docs, report = nights(tmp_path, lambda path: still_linked if path == "/" else ARCHIVED
                                if path in DOCUMENTS else None, extra={"/about": ABOUT})
    assert code == 2
    assert docs["Archive/statement-1.pdf"]["not_checked"], docs
    assert report["resolved"] == [] or all("statement-1" not in str(r) for r in report["resolved"])


# -- J1: a scan of a folder of many thousand files says what it is doing ---------------------------------------------
def test_a_long_scan_writes_a_progress_line_every_30_seconds_and_a_short_one_stays_silent(monkeypatch):
    import io

    from crawler import scan
    from crawler.collect import Collector
    clock = [1000.0]
    monkeypatch.setattr(scan.time, "monotonic", lambda: clock[0])
    collector = Collector(command="scan", targets=["/srv/site"], limits={}, key=b"k")
    collector.record("/srv/site/a.txt", "scanned", None)
    collector.record("/srv/site/b.bin", "skipped", "not a document type")
    stream = io.StringIO()
    progress = scan.ScanProgress(collector, stream)
    progress.tick(3)
    clock[0] += 12
    progress.tick(3, last=True)
    assert stream.getvalue() == ""  # a scan over in 12 s: no line
    clock[0] += 20
    progress.tick(2)
    assert stream.getvalue() == ("pubcheck: 2 files, 1 scanned, 0 failed, 1 skipped, 2 in analysis, 0 findings, "
                                 "32 s\n")
    clock[0] += 5
    progress.tick(1)
    assert stream.getvalue().count("\n") == 1
