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
