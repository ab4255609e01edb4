"""Round 60 (site60d): customer records told in running prose by case narratives, notices and hearing summaries.

A shut-off notice addressed "To:" a resident at their home, and a customer's phone given with an extension where
the words before it say whose it is (a third person reached there, a hearing's party, a Spanish callback label).
"""
from __future__ import annotations

from tests.detector_helpers import values_found

CATEGORIES = ("customer_name", "address", "phone", "account_number")


def found(text: str) -> dict[str, list[str]]:
    return values_found("notice.txt", text, CATEGORIES)


def test_notice_addressed_to_a_resident_at_home():
    got = found("FINAL NOTICE BEFORE SERVICE INTERRUPTION. To: Leopold Marchetti-Voss, 3308 N. Tamarind Way, "
                "Unit 9, Fontaleza, CA 92335. Your electric account 4-20-118-7765 is 61 days past due.\n")
    assert "Leopold Marchetti-Voss" in got.get("customer_name", [])
    assert any(v.startswith("3308 N. Tamarind Way") for v in got.get("address", []))


def test_notice_to_a_resident_with_a_box_and_an_identifier_after_it():
    got = found("TO: Ngaire Whitcombe-Sato, PO Box 4471, Fontaleza, CA 92336. Account 4-20-118-9012 will be "
                "disconnected. SSN on file 521-44-7812.\n")
    assert "Ngaire Whitcombe-Sato" in got.get("customer_name", [])


def test_memo_to_staff_is_no_customer():
    got = found("To: Marguerite Abernathy-Lowe, Utilities Director. From: Ossian Fairley, Billing Manager. "
                "Subject: arrearage report for account class R-1, 1,240 accounts past due.\n")
    assert not got.get("customer_name")


def test_customer_phone_with_extension_after_a_third_person_reach():
    text = ("Ticket 2025-88123. Caller says his name is Anatoly Brzezinski, of 4410 Quince Ave, about SCE account "
            "2-71-440-1982. Best number to reach him is 626-418-3327 x14.\n\n"
            "Appeal hearing. The appellant, Mrs. Oona Castellucci, appeared by telephone from (760) 414-2280 ext. 7. "
            "She testified that service at 1907 Ribbonwood Dr was cut although she had a payment plan on CCA "
            "account 4417-20019.\n\n"
            "Folio 311-4471. La clienta dice ser Renata Ibarguen y vive en 522 Calle Azahar. Da su cuenta de "
            "Edison 3-018-442-1190. Numero para devolver la llamada: 951-224-8731 x302.\n")
    phones = found(text).get("phone", [])
    assert {"626-418-3327", "(760) 414-2280", "951-224-8731"} <= set(phones)


def test_staff_desk_extension_stays_public():
    text = ("Questions about this agenda item may be directed to Wilhelmina Oduya, Energy Programs Manager, at "
            "(909) 620-2251 ext. 4412. Ms. Oduya can be reached at (909) 620-2251 ext. 4413. Across the program "
            "4,410 customers used 2,210,330 kWh.\n")
    assert not found(text).get("phone")


def test_outage_report_names_affected_households():
    text = ("At 2:10 a.m. a pole-top transformer failed on Linnet Row, interrupting service to 212 customers. Among "
            "the households affected, Mr. Casimir Oyelaran-Holt (5520 Teasel Ct, Apt 2) relies on a home dialysis "
            "machine; he was reached at (626) 318-4402. A neighbor, Marjorie Ivanova, at 5532 Teasel Ct asked for a "
            "claim form at pivanova.home@gmail.com.\n")
    got = values_found("incident.txt", text, ("customer_name", "address", "phone", "email"))
    assert "Mr. Casimir Oyelaran-Holt" in got.get("customer_name", [])
    assert "(626) 318-4402" in got.get("phone", [])


def test_outage_report_crews_and_public_figures_are_no_households():
    text = ("At 2:10 a.m. a transformer failed on Linnet Row, interrupting service to 212 customers. Crew lead "
            "Dorian Whitcombe restored power at 6:45 a.m. Questions: Outage Desk (909) 620-3700. Across the district "
            "4,120 households used 2,004,118 kWh in July.\n")
    got = values_found("incident.txt", text, ("customer_name", "address", "phone", "energy_usage"))
    assert not got


def test_notice_to_a_resident_whose_street_a_wrap_put_on_the_next_line():
    text = ("FINAL NOTICE. To: Evander Quiroga Blasco, 20417\nWest Saguaro Loop # 6, Fontaleza, CA 92336. Your "
            "electric account\nno. 5 18 302 7741 is past due.\n")
    got = values_found("notice.txt", text, CATEGORIES)
    assert "Evander Quiroga Blasco" in got.get("customer_name", [])
    assert any(v.startswith("20417") for v in got.get("address", []))


def test_facility_named_on_the_line_above_keeps_its_address_and_usage_public():
    text = ("Customer spotlight. Odalys Ferreira-Kim of 771 Bramble Way, account 4-20-118-3321, cut her use to\n"
            "412 kWh a month after the retrofit. By comparison, the Hollyhock Park Community\n"
            "Building at 390 W. Foothill Blvd (SCE account 3-004-118-2290)\n"
            "used 318,442 kWh last fiscal year. The Levee Road Water Reclamation Plant at 2100 S. Levee Rd used\n"
            "2,440,915 kWh.\n")
    got = values_found("story.txt", text, ("address", "energy_usage"))
    assert not any("Foothill" in v or "Levee" in v for v in got.get("address", []))
    assert not any(v.startswith(("318,442", "2,440,915")) for v in got.get("energy_usage", []))
    assert any(v.startswith("771 Bramble Way") for v in got.get("address", []))


def test_remit_to_a_vendor_is_no_addressee():
    got = found("Remit to: Osgood Varnell, 1880 Foundry Way, Account No. 5501239921, (909) 318-2277\n")
    assert not got.get("customer_name")


def test_name_cut_between_two_word_paragraphs_pasted_from_a_pdf():
    import io
    import docx
    document = docx.Document()
    document.add_paragraph("The Board reported out that it authorized a settlement with Radomir")
    document.add_paragraph("Szczepaniak regarding his CCA account 4417-20931 at 6120 Yarrow Ct. Counsel will write to "
                           "rszczep@outlook.com.")
    document.add_paragraph("Thank you for your patience. Thanks, Sandra")
    document.add_paragraph("Field note 09/23: SCE account 2-33-444-5555 at 12 Elm St was read.")
    body = io.BytesIO()
    document.save(body)
    names = values_found("board.docx", body.getvalue(), ("customer_name",)).get("customer_name", [])
    assert "Radomir Szczepaniak" in names and not any("Sandra" in n or "Field" in n for n in names)


def test_caller_who_says_who_they_are_in_a_311_narrative():
    text = ("Request 311-2025-55120. Caller states she is Mrs. Henrietta Okonjo-Blyth and that the streetlight outside "
            "4102 Corvina Ln has been out for a week. Callback number 909-441-7720; prefers text.\n\n"
            "Request 311-2025-55121. caller said his name is dwayne kowalski; no power at 77 Pinto Ct since the storm. "
            "Call back 626-771-2044.\n\n"
            "Solicitud 311-2025-55122. La persona que llama dice ser Ofelia Bracamontes y vive en 930 Calle Jazmin. "
            "Numero para devolver la llamada: 951-602-3318.\n")
    got = values_found("feed.txt", text, ("customer_name", "address", "phone"))
    assert {"Mrs. Henrietta Okonjo-Blyth", "dwayne kowalski", "Ofelia Bracamontes"} <= set(got.get("customer_name", []))
    assert {"909-441-7720", "951-602-3318"} <= set(got.get("phone", []))


def test_caller_who_says_what_they_are_names_no_one():
    text = ("Request 311-2025-55123. Caller states she is unable to pay the balance and asked about CARE; referred to "
            "the Customer Care counter at 505 E. Holt Ave, (909) 620-3700.\n")
    got = values_found("feed.txt", text, ("customer_name", "address", "phone"))
    assert not got.get("customer_name")


def test_reader_letter_signed_after_a_dash_its_name_cut_by_a_soft_break():
    page = ("<main><p>Dear Energy Coach: my bill reached 1,904 kWh in August and I rent a cottage at 650 W.<br>\n"
            "Quillon St. My Edison account 3-112-908-4471 is on a tiered plan. Write me at dfarrow.home@gmail.com. "
            "\u2014 Desmond<br>\nFarrow-Achterberg</p><p>Dear Desmond: try pre-cooling.</p></main>")
    got = values_found("column.html", page, ("customer_name",))
    assert any("Farrow-Achterberg" in v for v in got.get("customer_name", []))


def test_staff_report_analysis_goes_on_with_the_customer_by_pronoun():
    text = ("Background. In May 2025, Anneliese Varga-Mbeki, who lives at 2290 Thistle Row, appealed a rebill on her "
            "CCA account 4417-22981.\n\nCouncilmember Ortwin Haldane asked for a report on appeals.\n\n"
            "Analysis. Staff reviewed the interval data with her by phone at 562-418-0093. Correspondence was sent to "
            "her mailing address, P.O. Box 7710, Fontaleza, CA 92336.\n\n"
            "Questions may be directed to Bertil Osei, Senior Analyst, at (909) 620-2251.\n")
    got = values_found("report.txt", text, ("address", "phone"))
    assert "562-418-0093" in got.get("phone", []) and "(909) 620-2251" not in got.get("phone", [])
    assert any(v.startswith("P.O. Box 7710") for v in got.get("address", []))


def test_shutoff_notice_tenant_contact_after_its_record():
    text = ("NOTICE OF INTENT TO DISCONNECT. To: Marisela Quintanar, 3907 Pico Ridge Dr, Fontaleza, CA 92335. Your "
            "water account 41-22094-03 is past due.\n\nService will be shut off on or after May 4 unless payment is "
            "made (Inspector Warrick Dunleavy, (909) 620-2290). Tenant contact on file: (951) 377-2014.\n")
    phones = values_found("notice.txt", text, ("phone",)).get("phone", [])
    assert "(951) 377-2014" in phones and "(909) 620-2290" not in phones
