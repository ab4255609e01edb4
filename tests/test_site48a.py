"""A program's applicants, a callback queue, a one-case call log and an appellant's e-mail (red team site48).

- A sheet of a utility program's applicants ("Applicant | Phone | E-mail | Home address", titled by its file, its sheet
  or a column as a rebate's, an incentive's, a CARE enrolment's): the applicants are the program's customers
  (``headers.program_applicants``). Hard negatives: a permit's, a board's, the program's contractors' applicants;
  organisations applying; a sheet with no program named.
- A text file's title line stamped with the time it was run ("CALLBACK REQUESTS  LVCE  printed 2024-03-11 08:15") is no
  header of columns (``crawler.extract._is_header_text``), and a 3-4-3 account in a row giving a private phone is no
  ledger's string (``account_number._persons_phone_in_row``); a surname that is a facility's word ("PARK JI-WOO") is
  no park. Hard negatives: a GL detail under a timestamped title, a park's row.
- A call log's excerpt of one case on a packet's page: entries of a date, a time and the call's direction, and a
  line of note between them naming the caller (``notes._one_callers_log``). Hard negatives: a public works log, a log
  naming two people.
- An e-mail from a person's mailbox about "my appeal" of a bill, giving their home and phone
  (``letters._own_bill_appeal``), the writer named by "I am ..." (and "NAME, I live" is no "Last, First"). Hard
  negatives: an appeal of a permit, a comment supporting someone else's appeal, "my appeal" where no bill is appealed.
"""
from __future__ import annotations

import io
import zipfile

from crawler.extract import looks_like_header_row
from detectors.engine import scan_document
from tests.detector_helpers import _all_detectors, make_document, pairs_found, values_of, workbook

_SITE = "https://www.lomaverde.gov"
_HEADER = ["Applicant", "Phone", "E-mail", "Home address", "Status"]
_ROWS = [["Daniela Okafor", "(626) 914-3382", "dokafor77@gmail.com", "1418 W Laurel Crest Dr", "Approved"],
         ["Tran Van Hieu", "909.338.1457", "hieu.tran@yahoo.com", "227 N Bramble Way Apt 3", "Pending"]]
_APPLICANTS = {"Daniela Okafor", "Tran Van Hieu"}


def _sheet(name: str, tab: str, header: list[str], rows: list[list[str]]) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/energy/data/{name}", workbook({tab: [header, *rows]}))


def test_program_applicants_by_file_name():
    found = _sheet("heat-pump-incentive-applications.xlsx", "Apps", _HEADER, _ROWS)
    assert values_of(found, "customer_name") == _APPLICANTS
    assert values_of(found, "phone") == {"(626) 914-3382", "909.338.1457"}
    assert values_of(found, "email") == {"dokafor77@gmail.com", "hieu.tran@yahoo.com"}
    assert values_of(found, "address") == {"1418 W Laurel Crest Dr", "227 N Bramble Way Apt 3"}


def test_program_applicants_by_sheet_name_or_column():
    assert values_of(_sheet("export.xlsx", "CARE enrollment", _HEADER, _ROWS), "customer_name") == _APPLICANTS
    found = _sheet("applications.xlsx", "Sheet1", ["Applicant", "Phone", "Address", "Rebate amount"],
                   [[r[0], r[1], r[3], "$500"] for r in _ROWS])
    assert values_of(found, "customer_name") == _APPLICANTS
    assert values_of(found, "address") == {"1418 W Laurel Crest Dr", "227 N Bramble Way Apt 3"}


def test_public_applicants_stay_a_listing():
    for name in ("solar-permit-applications.xlsx", "rebate-contractor-applications.xlsx",
                 "commission-applicants.xlsx"):
        assert _sheet(name, "Apps", _HEADER, _ROWS) == set(), name
    organisations = [["Hope Community Church", "(626) 914-3382", "office@hopecc.org", "1418 W Laurel Crest Dr", "Paid"],
                     ["Valley Unified School District", "(909) 338-1457", "facilities@vusd.org", "227 N Bramble Way",
                      "Approved"]]
    assert _sheet("ev-rebate-applications.xlsx", "Apps", _HEADER, organisations) == set()


_CALLBACKS = """CALLBACK REQUESTS  LVCE  printed 2024-03-11 08:15
------------------------------------------------------------
08:41  (626) 447-2190  PARK JI-WOO  ACCT 041-5520-318  BILL
09:02  909-318-6624  LAU MEI  ACCT 067-2245-901  SOLAR
11:37  (951) 552-0873  OKORO ADAEZE  ACCT 038-7710-264  PAYPLAN
"""


def test_callback_queue_under_a_timestamped_title():
    found = pairs_found(f"{_SITE}/energy/docs/callbacks.txt", _CALLBACKS)
    assert values_of(found, "customer_name") == {"PARK JI-WOO", "LAU MEI", "OKORO ADAEZE"}
    assert values_of(found, "account_number") == {"041-5520-318", "067-2245-901", "038-7710-264"}
    assert values_of(found, "phone") == {"(626) 447-2190", "909-318-6624", "(951) 552-0873"}


def test_timestamp_is_no_column_name():
    assert not looks_like_header_row(["CALLBACK REQUESTS", "LVCE", "printed 2024-03-11 08:15"])
    assert not looks_like_header_row(["IVR QUEUE", "exported 02/09/2024 17:02"])
    assert looks_like_header_row(["Name", "Service Address", "kWh 2024"])


def test_ledger_strings_and_parks_stay_public():
    ledger = """GL DETAIL  run 03/11/2024 08:15
------------------------------------------------------------
101-4410-520  Office supplies      1,200.00
101-4410-530  Postage                 480.00
205-6120-410  Streetlight energy   18,400.00
"""
    assert pairs_found(f"{_SITE}/finance/gl.txt", ledger) == set()
    parks = """PARK ACCOUNTS  printed 2024-03-11 08:15
------------------------------------------------------------
Lincoln Park  Acct 8001234567  Irrigation
Central Park  Acct 8007654321  Lighting
"""
    assert values_of(pairs_found(f"{_SITE}/parks/accounts.txt", parks), "account_number") == set()


def _lines(lines: list[str]) -> set[tuple[str, str]]:
    return {(f.category, f.value) for f in scan_document(make_document(lines), _all_detectors())}


def test_one_callers_log_on_a_packet_page():
    found = _lines(["Customer Service phone log excerpt, prepared by R. Mendez:",
                    "05/02 09:14\tinbound\t626.447.2190",
                    "Ha-eun Lim says May bill too high, 1,482 kWh, wants a meter test.",
                    "05/02 11:40\toutbound\tleft vm, mailed form to 733 Quail Hollow Rd Apt 2",
                    "05/06 14:05\tinbound\tform rec'd"])
    assert found == {("customer_name", "Ha-eun Lim"), ("phone", "626.447.2190"), ("energy_usage", "1,482 kWh"),
                     ("address", "733 Quail Hollow Rd Apt 2")}


def test_logs_of_no_one_customer():
    assert _lines(["Public Works phone log excerpt:", "05/02 09:14\tinbound\t626.447.2190",
                   "Maria Ortiz reports pothole on Elm, wants it patched.",
                   "05/02 11:40\toutbound\tcrew sent to 733 Quail Hollow Rd", "05/06 14:05\tinbound\tthanked crew"]) == set()
    assert _lines(["Customer Service phone log excerpt:", "05/02 09:14\tinbound\t626.447.2190",
                   "Ha-eun Lim says May bill too high, 1,482 kWh.", "05/02 11:40\toutbound\t909.318.6624",
                   "Gabriel Soto asked about his account.", "05/06 14:05\tinbound\tform rec'd"]) == set()


_APPEALS = ('Appeal #,Appellant,Service Address,Utility Account,Disputed kWh\n'
            'A-7,Rosa Delgado,1520 Vine Hill Rd,8000 3321 7765,"1,204"\n')
_MAIL = ("From: lmarsh88@gmail.com\nTo: cityclerk@lomaverde.gov\nSubject: Item 5 - {subject}\n\nPlease include this with "
         "the agenda item. I am Lorena Marsh, I live at 412 Quail Run Rd. My number is 626-914-7720.\n")
_APPELLANT = {("customer_name", "Rosa Delgado"), ("address", "1520 Vine Hill Rd"),
              ("account_number", "8000 3321 7765"), ("energy_usage", "1,204")}


def _attachments(**members: str) -> set[tuple[str, str]]:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in members.items():
            archive.writestr(name.replace("_csv", ".csv").replace("_txt", ".txt"), text)
    return pairs_found(f"{_SITE}/council/packets/attachments.zip", out.getvalue())


def test_appellants_e_mail_about_their_bill():
    found = _attachments(B_appeals_csv=_APPEALS, C_mail_txt=_MAIL.format(subject="my appeal"))
    assert found - _APPELLANT == {("customer_name", "Lorena Marsh"), ("address", "412 Quail Run Rd."),
                                  ("phone", "626-914-7720"), ("email", "lmarsh88@gmail.com")}
    said = _MAIL.format(subject="my appeal of my April bill")
    assert ("customer_name", "Lorena Marsh") in _attachments(C_mail_txt=said)


def test_appeals_of_no_bill_or_no_ones_own():
    for subject in ("my appeal of the fence permit denial", "support the appeal"):
        assert _attachments(B_appeals_csv=_APPEALS, C_mail_txt=_MAIL.format(subject=subject)) == _APPELLANT, subject
    assert _attachments(C_mail_txt=_MAIL.format(subject="my appeal")) == set()


def test_one_callers_log_with_its_agents_initials():
    found = _lines(["Phone log excerpt:", "05/02 09:14\tinbound\t626.447.2190",
                    "Ha-eun Lim says May bill too high, 1,482 kWh.",
                    "05/02 11:40\toutbound\tT. Okoro: mailed form to 733 Quail Hollow Rd Apt 2",
                    "05/06 14:05\tinbound\tform rec'd"])
    assert values_of(found, "customer_name") == {"Ha-eun Lim"}
    assert values_of(found, "address") == {"733 Quail Hollow Rd Apt 2"}
