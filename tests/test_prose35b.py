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
  also where a PDF's or a text file's line break leaves the words at the end of the line above.
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
