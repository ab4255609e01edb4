"""Customer records told as prose in a utility's narrative documents, and the public figures beside them (red team
prose35, part b).

- A system's size in kilowatts is no consumption: a planning staff report on a permit "to install a 120 kW rooftop
  solar array" names its applicant, its owner and the project's address, and reports none of them ("Use Permit" is no
  word of using). Kilowatts said of a month's bill still are a home's use.
- A figure the words after it name as a tariff's ("980 kWh as the winter baseline allowance") is none of the
  customer's, whose billed figure in the same paragraph still is.
- A firm's contact named by their role ("Vendor account director: NAME, cell ...") gives a work cell, no resident's.
- Words that reach a person at a number make it a telephone, whatever its digits' shape ("Mr. Ruiz can be reached at
  8183306512" is no SCE service account); so do a message left for them there, their wish to be contacted there,
  the household called there, and the same said in Spanish ("Se le puede contactar al", "pidió que lo llamaran al"),
  also where a PDF's or a text file's line break leaves the words at the end of the line above; and ten digits a
  person called from.
- Usage told in sentences: two bills joined by "and" before one unit ("was 1,488 and 902 kWh, respectively"), the
  figure the same use rose to later in the sentence with no unit ("and rose to 1122 the month he came home"), the
  energy a credit reversed, a letter's figure whose unit a PDF's line break moved to the next line. Hard negatives: a
  tariff's range, a class's figures, a register read, a percentage or a year the use rose to, a program's credit.
- A newsletter's story of a named customer household with their own monthly usage ("Their August usage fell from
  1,384 kWh to 1,106 kWh"): a customer's usage on the site, which PCE-01 4.1 protects unless consent is on file (the
  tool cannot know). The household is reported by the name that opens the story, not again by "the Loloheas". Hard
  negatives: a story with no usage of the family's own, a program's average and aggregate figures.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

SITE = "https://www.ciudadverde.example.gov/documents"


def _found(name: str, body: str) -> set[tuple[str, str]]:
    return pairs_found(f"{SITE}/{name}", body)


# --- a system's kilowatts, a tariff's figure ---------------------------------------------------------------------

def test_a_permit_for_a_solar_array_reports_no_one():
    body = ("PLANNING COMMISSION STAFF REPORT\n"
            "From: Odalys Ferreira, Assistant Planner\n"
            "Subject: CUP 25-1148 - 3920 W Mission Blvd, Unit 7\n"
            "The applicant, Teodoro Blanchet-Ruiz, on behalf of the property owner, Lavinia Okafor, requests approval "
            "of a Conditional Use Permit to install a 120 kW rooftop solar array and a battery storage system at "
            "3920 W Mission Blvd, Unit 7 (APN 8301-014-022). The project is expected to generate 168,000 kWh per "
            "year.\n"
            "Contact: Odalys Ferreira, (909) 620-2288, oferreira@ciudadverde.example.gov\n")
    found = _found("staff-report-cup-25-1148.txt", body)
    assert not values_of(found, "customer_name")
    assert not values_of(found, "energy_usage")
    assert not values_of(found, "address")


def test_kilowatts_said_of_a_bill_are_still_a_homes_use():
    from detectors.context.shapes import consumption_spans
    for text, figure in (("my bill says 1,150 kilowatts for august", "1,150 kilowatts"),
                         ("last month we used about 870 kilowatts", "870 kilowatts")):
        assert [text[a:b] for a, b in consumption_spans(text)] == [figure]
    for text in ("the use permit allows a 250 kW battery storage system", "install a 60 kW carport canopy array"):
        assert not consumption_spans(text)


def test_a_figure_named_as_the_baseline_allowance_is_no_customers():
    body = ("DECISION OF THE HEARING OFFICER\n"
            "The customer, Renata Szczepanska, SCE service account 3-604-2281-57, was billed for 1,320 kWh in "
            "August. Utility records show 985 kWh as the summer baseline allowance for her climate zone, and the "
            "meter tested within tolerance.\n")
    usage = values_of(_found("decision-2025-17.txt", body), "energy_usage")
    assert "1,320 kWh" in usage and "985 kWh" not in usage


# --- a firm's contact -------------------------------------------------------------------------------------------

def test_a_vendors_account_director_cell_is_a_work_number():
    body = ("PRIVACY INCIDENT REPORT - MISDIRECTED STATEMENTS\n"
            "Vendor: Northgate Print Services, 4410 E Airport Dr, Ontario, CA 91761, (909) 390-4418\n"
            "Vendor account director: Søren Vasquez-Lind, cell 909-731-4482, svlind@northgateprint.com.\n"
            "Summary: a batch of true-up statements was inserted into the wrong envelopes.\n")
    found = _found("incident-2025-03.txt", body)
    assert not values_of(found, "phone") & {"909-731-4482"}
    assert not values_of(found, "customer_name")
    # a resident's own cell, nothing naming a role before it, is still reported
    body = "Complaint log\nThe caller left her cell 909-731-4482 for a return call about the outage.\n"
    assert "909-731-4482" in values_of(_found("log.txt", body), "phone")


# --- a person reached at a number -------------------------------------------------------------------------------

def test_ten_digits_a_person_is_reached_at_are_a_phone_not_an_account():
    body = ("STAFF REPORT: APPEAL OF A PCE BILLING DETERMINATION\n"
            "Nnamdi Okonkwo, SCE service account 3-512-8840-16, of 2291 N Orange Grove Ave, disputes his "
            "August bill of 1,612 kWh. Mr. Okonkwo can be reached at 8183306512; he also gave "
            "nokonkwo77@gmail.com as his mailbox.\n")
    found = _found("appeal.txt", body)
    assert "8183306512" in values_of(found, "phone")
    assert "8183306512" not in values_of(found, "account_number")
    body = ("Incident 2025-07: the statement of Rhiannon Esterhuizen (account 3-118-4420-63) was delivered to a "
            "neighbour at 1442 W Fourth St, who called from 8182207731 and returned it unopened.\n")
    found = _found("incident.txt", body)
    assert "8182207731" in values_of(found, "phone") and "8182207731" not in values_of(found, "account_number")
    # ten digits from 8 under an account's own words stay an account
    body = "Lien notice: SCE service account 8183306512 for 2291 N Orange Grove Ave was past due.\n"
    assert "8183306512" in values_of(_found("lien.txt", body), "account_number")


def test_messages_left_and_wishes_to_be_contacted_at_a_number():
    body = ("Dear Ms. Adeyemi:\n"
            "Your service account 3-771-0954-22 was reviewed. We also left a voicemail for you at 9094178830 about "
            "the CARE program.\n"
            "Sincerely,\nBilling Review Unit\n")
    assert "9094178830" in values_of(_found("determination.txt", body), "phone")
    body = ("Committee minutes, item 4. A ratepayer in Phillips Ranch disputed an estimated read. He asked to be "
            "contacted at 626.904.3317 after 5 p.m.; staff has left two messages.\n")
    assert "626.904.3317" in values_of(_found("minutes.txt", body), "phone")
    # an office the reader is asked to call is no one's own
    body = "If you disagree with this determination, you may call us at 626.904.3317 within 15 days.\n"
    assert not values_of(_found("notice.txt", body), "phone")


def test_spanish_words_that_reach_a_person_even_across_a_line_break():
    body = ("Resumen del caso\n"
            "El señor Mateus Quispe dijo que su cuenta (3-209-7716-48) fue inscrita sin su permiso. Se le puede "
            "contactar al 909.318.4402 o por correo.\n")
    assert "909.318.4402" in values_of(_found("resumen.txt", body), "phone")
    body = ("Resumen del caso\n"
            "La señora Itzel Barrientos dijo que su cuenta fue inscrita en PCE sin su permiso. Pidió que la llamaran al\n"
            "213-570-6614.\n"
            "Nota: el consumo promedio de un hogar es de 520 kWh.\n")
    assert "213-570-6614" in values_of(_found("resumen-2.txt", body), "phone")


def test_the_household_called_back_at_a_number_on_the_next_line():
    body = ("Case 2025-031. Mr. and Mrs. Delacroix-Imbert of Ganesha Hills asked for a payment plan. Staff called the "
            "household\n"
            "at 909-552-8170 and arranged a free energy assessment.\n")
    assert "909-552-8170" in values_of(_found("board-cases.txt", body), "phone")


# --- usage told in sentences ------------------------------------------------------------------------------------

def test_two_bills_joined_by_and_share_the_unit_after_the_second():
    body = ("DECISION AND ORDER\n"
            "Appellant, a customer with SCE service account 3-417-6620-09, was billed for 1,140 kWh for the period "
            "ending March 3, 2025. Her usage in the two preceding periods was 1,488 and 902 kWh, respectively.\n")
    usage = values_of(_found("decision-2025-09.txt", body), "energy_usage")
    assert {"1,140 kWh", "1,488", "902 kWh"} <= usage
    from detectors.context.shapes import consumption_spans
    for text in ("Homes between 400 and 900 kWh pay the Tier 2 rate.",
                 "Residential customers used 480 and 515 kWh in the two summers.",
                 "The meter read 40962 and 386 kWh were billed."):
        assert not any(text[a:b].startswith(("400", "480", "40962")) for a, b in consumption_spans(text))


def test_a_later_figure_the_same_use_rose_to_keeps_the_unit_before_it():
    body = ("Case 2025-112\n"
            "Mr. and Mrs. Villaseñor of 1720 W Ninth St, service account 3-884-1029-37, asked the Board to waive late "
            "fees. Their usage fell to 655 kWh while Mr. Villaseñor was abroad and rose to 1122 the month he came "
            "home.\n")
    assert {"655 kWh", "1122"} <= values_of(_found("board-cases.txt", body), "energy_usage")
    from detectors.context.shapes import consumption_spans
    for text in ("Usage fell to 655 kWh and then rose to 45 percent of the baseline.",
                 "Usage fell to 655 kWh and rose to 2025 levels."):
        assert [text[a:b] for a, b in consumption_spans(text)] == ["655 kWh"]


def test_the_energy_a_credit_reversed_is_the_accounts_use():
    body = ("INTERNAL AUDIT REPORT\n"
            "Finding 2: a credit of $1,406.10 was posted to account 3-552-7190-64, held by Odile Marchetti at "
            "3318 N Towne Ave, by the representative who entered the dispute. The credit reversed 1,086 "
            "kilowatt-hours of generation charges.\n")
    assert "1,086 kilowatt-hours" in values_of(_found("audit.txt", body), "energy_usage")
    from detectors.context.shapes import consumption_spans
    for text in ("The solar credit covered 300 kWh of her use.", "Program credits of 250 kWh a month apply."):
        assert not consumption_spans(text)


def test_a_letters_figure_whose_unit_a_line_break_moved_to_the_next_line():
    from io import BytesIO

    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas
    buffer = BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=letter)
    lines = ["Pomona Choice Energy", "March 4, 2025", "Ms. Ottilie Brandvold", "2214 N Gibbs St",
             "Pomona, CA 91767", "RE: Billing Dispute, service account 3-620-4471-05",
             "Dear Ms. Brandvold:",
             "Our review of the interval data from your meter shows that the 2,118",
             "kwh billed for January matches the energy recorded at your home. Your usage",
             "for January of last year was 1,460 kWh.",
             "Sincerely,", "Billing Review Unit"]
    y = 740
    for line in lines:
        pdf.drawString(72, y, line)
        y -= 16
    pdf.save()
    usage = values_of(pairs_found(f"{SITE}/determination.pdf", buffer.getvalue()), "energy_usage")
    assert any(value.startswith("2,118") for value in usage) and "1,460 kWh" in usage


# --- a newsletter's story -----------------------------------------------------------------------------------------

def test_a_storys_customers_and_their_own_monthly_usage():
    body = ("Current Events - Customer Newsletter, Summer 2025\n"
            "Customer Spotlight: Cooler for Less\n"
            "Ines and Tavita Lolohea have lived in their house on Kingsley Street since 2004. After a free home "
            "assessment, the Loloheas sealed their ducts and replaced an old refrigerator. Their August usage fell "
            "from 1,384 kWh to 1,106 kWh, a saving of about $70 a month.\n"
            "By the Numbers\n"
            "The average home used 540 kWh a month last year.\n")
    found = _found("newsletter-summer-2025.txt", body)
    names = values_of(found, "customer_name")
    assert any(name.endswith("Lolohea") for name in names) and "Loloheas" not in names
    assert {"1,384 kWh", "1,106 kWh"} <= values_of(found, "energy_usage")
    assert "540 kWh" not in values_of(found, "energy_usage")


def test_a_story_without_the_familys_own_usage_stays_quiet():
    body = ("Customer Spotlight: Cooler for Less\n"
            "Ines and Tavita Lolohea have lived in their house on Kingsley Street since 2004. After a free home "
            "assessment, they sealed their ducts and now save about $70 a month.\n"
            "Participants' average usage fell from 640 kWh to 590 kWh across the program.\n"
            "Mayor Benedicta Oyelaran thanked the 300 families who took part. Participating homes used 1,240 kWh "
            "less in August.\n")
    found = _found("newsletter-fall-2025.txt", body)
    assert not values_of(found, "customer_name")
    assert not values_of(found, "energy_usage")


def test_a_pdf_storys_family_called_by_its_surname_after_a_line_that_ends_a_sentence():
    from io import BytesIO

    from reportlab.pdfgen import canvas
    buffer = BytesIO()
    pdf = canvas.Canvas(buffer)
    lines = ["Current Events - Customer Newsletter", "Customer Spotlight: Cooler for Less",
             "Ines and Tavita Lolohea have lived in their house on Kingsley Street since 2004.",
             "After a free home assessment through the Home Upgrade program, the Loloheas",
             "sealed their ducts. Their August usage fell from 1,384 kWh to 1,106 kWh, a saving",
             "of about $70 a month.",
             "By the Numbers", "The average home used 540 kWh a month last year."]
    y = 760
    for line in lines:
        pdf.drawString(60, y, line)
        y -= 16
    pdf.save()
    found = pairs_found(f"{SITE}/newsletter.pdf", buffer.getvalue())
    assert values_of(found, "customer_name") == {"Ines and Tavita Lolohea"}
    assert values_of(found, "energy_usage") == {"1,384 kWh", "1,106 kWh"}


# --- an address in Spanish word order ---------------------------------------------------------------------------

def test_an_address_told_in_spanish_order_in_a_customers_case():
    body = ("Resumen del caso de un cliente\n"
            "La señora Ximena Olazábal, que vive en el 2417 de la calle Orange Grove, dijo que su cuenta "
            "(3-702-5519-84) fue inscrita en PCE sin su permiso.\n")
    assert "2417 de la calle Orange Grove" in values_of(_found("resumen.txt", body), "address")
    from detectors.context.shapes import street_addresses
    for text in ("La audiencia es el 12 de la semana próxima.", "Se reunieron el 15 de mayo de 2025.",
                 "Vive en la calle Pearl desde 1998."):
        assert not street_addresses(text)
