"""Round 62 (site62d): what a utility's mailing leaves behind.

Label sheets, envelopes and postcards printed from a mail merge name each addressee with no label saying they are
customers: the mailing's sender (a utility's return address) or the file's name (an opt-out or past-due mailing)
tells whose they are. A property notice's labels (owners of record, a parcel number over each) and firms stay public.
A merge source's glued column names ("AnnualKWH") are read as their words.
"""
from __future__ import annotations

from detectors.context.headers import header_kind, split_words
from detectors.engine import scan_document
from detectors.model import Document, Location, Segment
from tests.detector_helpers import _all_detectors


def _pdf(url: str, pages: list[list[str]], title: str | None = None) -> Document:
    segments = [Segment(title, Location(element="PDF metadata"), label="Title", hidden="pdf metadata")] if title else []
    for number, lines in enumerate(pages, start=1):
        segments += [Segment(text, Location(page=number, line=k)) for k, text in enumerate(lines, start=1)]
    return Document(url=url, content_type="application/pdf", segments=segments)


def _found(document: Document) -> set[tuple[str, str]]:
    return {(f.category, f.value) for f in scan_document(document, _all_detectors())}


# three labels across, as a PDF's text reads an Avery sheet: a tab between the columns
_SHEET = [
    "HALVARD J ESKILDSEN\tMWAJUMA OTIENO\tPERPETUA ANYANWU",
    "4410 SILVERLEAF CT\t1187 RANCHO VISTA DR APT 9\t92 OCOTILLO LN",
    "MERIDIAN CA 92880-1142\tMERIDIAN CA 92881-0318\tMERIDIAN CA 92880-7731",
    "DIONISIO FARNSWORTH\tYAROSLAVA KUCHERENKO",
    "PO BOX 3318\t7721 CANYON WREN WAY",
    "CORONA CA 92878\tMERIDIAN CA 92881-4409",
]


def test_label_sheet_of_an_opt_out_mailing_names_customers():
    found = _found(_pdf("https://www.meridianca.gov/files/CCE_optout_wave3_labels.pdf", [_SHEET]))
    for name in ("HALVARD J ESKILDSEN", "MWAJUMA OTIENO", "PERPETUA ANYANWU", "DIONISIO FARNSWORTH", "YAROSLAVA KUCHERENKO"):
        assert ("customer_name", name) in found
    assert any(c == "address" and v.startswith("1187 RANCHO VISTA DR APT 9") for c, v in found)
    assert any(c == "address" and v.startswith("PO BOX 3318") for c, v in found)


def test_label_sheet_titled_as_a_past_due_run_names_customers():
    found = _found(_pdf("https://www.meridianca.gov/files/doc04412.pdf", [_SHEET], title="Past Due Notices - Avery 5160"))
    assert ("customer_name", "MWAJUMA OTIENO") in found


def test_word_label_cells_of_a_rate_notice_mailing():
    cells = ["Lorenzo Baptiste\n818 Quince Hollow Rd\nMeridian, CA 92880",
             "Ingeborg Saltvik\nor Current Resident\n3305 Larkspur Ave Unit 2\nMeridian, CA 92881",
             "Teodora Vasquez-Ruelas\n51 Stagecoach Pass\nMeridian, CA 92880"]
    document = Document(url="https://www.meridianca.gov/docs/RateIncreaseNotice_Labels.docx", content_type="application/docx",
                        segments=[Segment(text, Location(element=f"table 1 > row 1 > cell {k}"))
                                  for k, text in enumerate(cells, start=1)])
    found = _found(document)
    assert ("customer_name", "Ingeborg Saltvik") in found
    assert any(c == "address" and v.startswith("3305 Larkspur Ave Unit 2") for c, v in found)


def test_envelope_from_a_water_utility_names_its_addressee():
    page = ["Meridian Water Department", "PO Box 770", "Meridian, CA 92880", "CERTIFIED MAIL",
            "*****AUTO**5-DIGIT 92881", "OKSANA W BRENNEMAN", "2290 FLINTRIDGE PL", "MERIDIAN CA 92881-2201"]
    found = _found(_pdf("https://www.meridianca.gov/files/env_run_0312.pdf", [page]))
    assert ("customer_name", "OKSANA W BRENNEMAN") in found
    assert any(c == "address" and v.startswith("2290 FLINTRIDGE PL") for c, v in found)


def test_property_notice_labels_stay_public():
    sheet = ["APN 283-114-021\tAPN 283-114-022\tAPN 283-114-030",
             "HALVARD J ESKILDSEN\tMWAJUMA OTIENO\tPERPETUA ANYANWU",
             "4410 SILVERLEAF CT\t1187 RANCHO VISTA DR APT 9\t92 OCOTILLO LN",
             "MERIDIAN CA 92880-1142\tMERIDIAN CA 92881-0318\tMERIDIAN CA 92880-7731"] * 2
    found = _found(_pdf("https://www.meridianca.gov/files/Customer_Notice_Labels.pdf", [sheet]))
    assert not {c for c, _ in found} & {"customer_name", "address"}
    found = _found(_pdf("https://www.meridianca.gov/files/TTM-20544_300ft_owners_labels.pdf", [_SHEET]))
    assert not {c for c, _ in found} & {"customer_name", "address"}


def test_labels_without_a_utility_sender_or_mailing_name_stay_public():
    found = _found(_pdf("https://www.meridianca.gov/files/holiday_parade_volunteers_labels.pdf", [_SHEET]))
    assert not {c for c, _ in found} & {"customer_name", "address"}
    page = ["City of Meridian - Planning Division", "3900 Main Street", "Meridian, CA 92880",
            "OKSANA W BRENNEMAN", "2290 FLINTRIDGE PL", "MERIDIAN CA 92881-2201"]
    found = _found(_pdf("https://www.meridianca.gov/files/env_0312.pdf", [page]))
    assert not {c for c, _ in found} & {"customer_name", "address"}


def test_firms_on_a_utility_mailing_list_stay_public():
    sheet = ["Anyanwu Plumbing Inc\tOtieno Dental Group\tSilverleaf Market",
             "4410 Main St Ste 3\t1187 Rancho Vista Dr\t92 Ocotillo Ln",
             "Meridian CA 92880\tMeridian CA 92881\tMeridian CA 92880"]
    found = _found(_pdf("https://www.meridianca.gov/files/business_customers_labels.pdf", [sheet, sheet]))
    assert not {c for c, _ in found} & {"customer_name", "address"}


def test_glued_unit_in_a_merge_column_name():
    assert split_words("AnnualKWH") == "Annual KWH"
    assert header_kind("TotalKWH")[0] == "usage"
    assert header_kind("AvgKWH")[0] is None  # an average is no one's usage
    assert split_words("NmFirst") == "Nm First" and split_words("kWh") == "kWh"


def _letter(body: list[str]) -> Document:
    head = ["Meridian Utility Billing", "PO Box 2290", "Meridian, CA 92880", "FINAL NOTICE",
            "GRACIELA T MONTOYA", "118 HERON BAY CT", "MERIDIAN CA 92881-3004", "Account Number: 0044718-031",
            "Service Address: 118 Heron Bay Ct"]
    return _pdf("https://www.meridianca.gov/files/notices_0915.pdf", [head + body])


def test_courtesy_call_placed_to_the_customer_in_a_notice():
    found = _found(_letter(["Your account is past due. Payment must be received by 09/30/2025.",
                            "Automated reminder call placed to (951) 338-2046 on 09/12 (no answer)."]))
    assert ("phone", "(951) 338-2046") in found


def test_ways_to_pay_by_phone_in_a_notice_are_the_offices():
    found = _found(_letter(["Your account is past due. Payment must be received by 09/30/2025.",
                            "Pay online at meridianca.gov/pay, by phone (951) 338-2000, or at City Hall.",
                            "You can also pay by phone (951) 338-2001 any time."]))
    assert not any(c == "phone" for c, _ in found)


def test_a_print_shop_login_of_letters_alone_before_pass():
    found = _found(Document(url="https://www.meridianca.gov/docs/labels.docx", content_type="application/docx",
                            segments=[Segment("Vendor upload: sftp.mailhouse.example.net  user meridianops  pass Heron$7731k",
                                              Location(element="paragraph 4"))]))
    assert ("credential", "Heron$7731k") in found
    found = _found(Document(url="https://www.meridianca.gov/docs/guide.docx", content_type="application/docx",
                            segments=[Segment("Each user must pass Module-3 Safety before the audit.",
                                              Location(element="paragraph 2"))]))
    assert not any(c == "credential" for c, _ in found)


def test_a_merge_sources_city_state_zip_column_holds_no_name():
    rows = [("FullName", "Graciela Montoya"), ("Street", "118 Heron Bay Ct"), ("CityStZip", "Santa Rosalia CA 92881"),
            ("SCEAcct", "2-41-558-9012")]
    segments = [Segment(text, Location(element=f"table 1 > row 2 > cell {k}"), label=label)
                for k, (label, text) in enumerate(rows, start=1)]
    found = _found(Document(url="https://www.meridianca.gov/docs/DataSource.docx", content_type="application/docx",
                            segments=segments))
    assert ("customer_name", "Graciela Montoya") in found
    assert ("customer_name", "Santa Rosalia") not in found


def test_a_class_average_on_the_next_line_of_a_letter_is_no_ones_usage():
    found = _found(_letter(["Over the past year your account recorded 9,412 kWh of electricity, compared with the 6,300 kWh",
                            "residential average."]))
    assert ("energy_usage", "9,412 kWh") in found
    assert ("energy_usage", "6,300 kWh") not in found


def test_a_label_with_its_unit_on_a_line_of_its_own():
    sheet = ["ROSALIND K ABERNATHY\tCHIDUBEM EZE", "77 MARIPOSA TER\t4012 PALISADE RD", "UNIT 14\tMERIDIAN CA 92880",
             "MERIDIAN CA 92881-0019\t", "TOBIAS LINDGREN\t", "900 CORAL BELL WAY\t", "MERIDIAN CA 92880\t"]
    found = _found(_pdf("https://www.meridianca.gov/files/shutoff_notice_labels.pdf", [sheet]))
    assert ("customer_name", "ROSALIND K ABERNATHY") in found and ("customer_name", "CHIDUBEM EZE") in found
    assert any(c == "address" and v.startswith("77 MARIPOSA TER") for c, v in found)


def test_a_notices_ways_to_pay_under_a_customers_record_are_the_offices():
    found = _found(_letter(["Our records show a past-due balance at the address above. Payment must be received by 09/30.",
                            "If someone in your home depends on life-support equipment, call (951) 338-2000.",
                            "Pay online at meridianca.gov/pay, by phone (951) 338-2000, or at City Hall."]))
    assert not any(c == "phone" for c, _ in found)


def test_labels_of_vendors_payees_or_board_members_stay_public():
    for name in ("Accounts_Payable_1099_vendor_labels.pdf", "utility_commission_members_labels.pdf"):
        found = _found(_pdf(f"https://www.meridianca.gov/files/{name}", [_SHEET]))
        assert not {c for c, _ in found} & {"customer_name", "address"}, name


def test_a_label_addressed_to_a_couple():
    sheet = ["JOSE & MARIA LOPEZ-ARCE\tMR AND MRS DEVRAJ MENON\tPERPETUA ANYANWU",
             "4410 SILVERLEAF CT\t1187 RANCHO VISTA DR APT 9\t92 OCOTILLO LN",
             "MERIDIAN CA 92880-1142\tMERIDIAN CA 92881-0318\tMERIDIAN CA 92880-7731"]
    found = _found(_pdf("https://www.meridianca.gov/files/care_enrollment_labels.pdf", [sheet]))
    assert ("customer_name", "JOSE & MARIA LOPEZ-ARCE") in found or ("customer_name", "MARIA LOPEZ-ARCE") in found
    assert any(c == "customer_name" and "DEVRAJ MENON" in v for c, v in found)
    assert any(c == "address" and v.startswith("4410 SILVERLEAF CT") for c, v in found)
