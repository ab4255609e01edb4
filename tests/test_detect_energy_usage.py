import pytest

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors

from detectors.energy_usage import EnergyUsageDetector
from detectors.model import Location, Segment
from tests.test_customer_context import (CUSTOMER_TABLE, DISPUTE_LETTER, HARD_NEGATIVES, LABEL_BLOCK_PDF,
                                         PAST_DUE_NOTICE, SPANISH_BLOCK, SPANISH_LETTER, USAGE_HISTORY, findings,
                                         lines, table)

FOUND = [
    # (document parts, [found values]); every one is high
    (CUSTOMER_TABLE, ["532", "1,240"]),
    (LABEL_BLOCK_PDF, ["532 kWh"]),
    (USAGE_HISTORY, ["512", "480"]),
    (DISPUTE_LETTER, ["1,240 kWh"]),  # not the average home's 550 kWh nor the 0-300 kWh tier
    (PAST_DUE_NOTICE, ["532 kWh"]),
    (SPANISH_BLOCK, ["532 kWh"]),
    (SPANISH_LETTER, ["812 kWh"]),
    (("Account: 2-23-456-7890  Usage: 1,020 kWh",), ["1,020 kWh"]),
    (("Customer: Maria Lopez  Gas Usage: 42 therms",), ["42 therms"]),
    ((table(("Name", "Service Address", "Annual Usage (kWh)"), ("Maria Lopez", "1234 W Holt Ave", "6,480")),),
     ["6,480"]),
    # a decimal comma (a European export) is part of the figure; a thousands separator stays one
    ((table(("CUST_NAME", "SERVICE_ADDR", "ACCT", "KWH_LAST"), ("PAULA OYELOWO", "880 E ALDER AVE", "2-41-873-4410",
                                                              "972,25"), ("TOMAS HERRERA", "884 E ALDER AVE",
                                                                          "2-41-873-4411", "2,972")),),
     ["972,25", "2,972"]),
    # a letter with no account in it: "your" and a month before the usage make it the customer's
    (lines("Dear Adaeze Whitfield:\n\nThank you for contacting us about your January usage of 2,493 kWh. Our review "
           "found a leaking water heater element."), ["2,493 kWh"]),
    (lines("Dear Mr. Chen,\nYour usage of 812 kWh in June was above the baseline allowance of 300 kWh, and you\n"
           "could save 50 kWh a month; rates are $0.12 per kWh for the first 300 kWh.\nSincerely,\nPCE"), ["812 kWh"]),
    # in Spanish, the unit spelt out; not the tariff's nor the average home's figure beside it
    (("Cliente Marta Ibarra, cuenta 2-23-456-7890, consumió 1,240 kWh en julio, sobre su meta de 900 kWh.",),
     ["1,240 kWh"]),
    (("La señora Ana Ruiz, cuenta 2-23-456-7890, consumió 640 kilovatios-hora en marzo; el hogar promedio usa 550 "
      "kilovatios-hora y la tarifa es de 12 centavos por kilovatio-hora.",), ["640 kilovatios-hora"]),
    # a change in the customer's usage is no tier's range (both figures hers, the first sharing the second's unit); a
    # home's megawatt-hours, not a program's hundreds
    (("Customer Maria Lopez (acct 5531-22871-03) said her bill went from 400 to 1,813 kilowatt-hours. PCE "
      "delivered 1,200 MWh to the City in 2024.",), ["400", "1,813 kilowatt-hours"]),
    (("Our records show your home consumed 3.5 MWh between June 14 and July 15 (account 3-846-1503-46).",),
     ["3.5 MWh"]),
    # the average residential customer's figure beside a customer's own
    (("Customer Ana Ruiz, acct 3-846-1503-46, used 640 kWh. The average residential customer used 595 kWh per "
      "month.",), ["640 kWh"]),
    # the unit's plural and short forms, glued or spelt out, and the unit as a label before the figure
    (("Customer Teodoro Vance, acct 4408127736, 88 Larkspur Ln: 1,490kWh in May, 1,122 kilowatt hours in June, 880 "
      "kWhs in July, 455 kW-hrs in August.",), ["1,490kWh", "1,122 kilowatt hours", "880 kWhs", "455 kW-hrs"]),
    (lines("Cust: Teodoro Vance\nAcct: 4408127736\nkWh used: 1,317"), ["1,317"]),
    # a field note's unit before its figure, with no colon
    (("0915 - cust Dvorak, Milena - svc addr 2207 Bluestem Ct - Premise 40088214. Hi bill compl, kwh 2118 last "
      "cycle.",), ["2118"]),
    # the customer's use after a cut, not the cut
    (("Customer Ana Ruiz (acct 2-39-174-5540): the retrofit cut her use by about 300 kWh; she used 612 kWh in May.",),
     ["612 kWh"]),
    # a figure written in words, as a letter or a customer's story tells it; not a tier or a plant's output in words
    (("Customer Delphine Okoro, acct 4408127736, 312 Quince Ct. She used fourteen hundred kilowatt-hours in August, "
      "two thousand three hundred and ten kWh in September and nine hundred sixty-two kWh in October. Tier 1 covers "
      "the first three hundred kWh; one kWh costs 31 cents; the plant made two hundred megawatt-hours.",),
     ["fourteen hundred kilowatt-hours", "two thousand three hundred and ten kWh", "nine hundred sixty-two kWh"]),
    # "per the read" says where the figure comes from, not a rate; "a normal of" tells a reference figure
    (("Mr. Osei (Kwame Osei, Premise ID 5520917734) disputes a read at 904 Orchid Ln. He consumed 512 kWh per the "
      "read, against a normal of about 380 kWh.",), ["512 kWh"]),
    # a line break between the figure and its unit, as a PDF wraps a letter: one value, the unit from the next line
    (lines("They say I owe $714.20 on account number 2-27-132-0667. I live at 7063 Canada Verde Road and never used 185"
           "\nkWh in one month.\nRegards, Devansh Mahajan"), ["185 kWh"]),
]

NOT_FOUND = [
    *HARD_NEGATIVES.values(),
    (table(("Month", "kWh", "Amount"), ("Jan 2024", "512", "$98.12")),),  # no customer or account on the page
    ("Usage: 532 kWh",),
    (table(("Facility", "Account", "kWh"), ("City Hall", "2-23-456-7890", "15000")),),
    (table(("Customer Name", "Usage", "Account #"), ("Maria Lopez", "$45.12", "2-23-456-7890")),),
    (lines("Dear Mr. Chen,\nThe City of Pomona thanks you for joining the program.\nSincerely,\nPCE"),),
    # a newsletter to everyone: no person in its salutation
    (lines("Dear Neighbors,\nYour summer bill may rise: the average home uses 640 kWh in August.\nSincerely,\nCBMU"),),
    ("Cuenta 2-23-456-7890: ahorre hasta 120 kilovatios-hora al mes con el programa.",),
    # the unit labelling a rate, a tier, a baseline or a share is no usage
    (lines("Account 4408127736 rates\n$/kWh: 0.31\nTier 1 kWh: 300\nBaseline kWh: 410\nkWh used: 75%"),),
    # nor a year, a tier's range or a class average with the unit before it
    ("Account 4408127736: forecast kWh 2026 sales up 2%; tier kWh 0 - 500 at $0.112, kWh 501 to 1000 at $0.131; "
     "average residential use kWh 812 a month.",),
    # a tariff's and a program's figures cut by a line break stay theirs
    (lines("Account 2-23-456-7890 questions: the baseline allowance is 300\nkWh a month, and you could save 50\nkWh."),),
    # a class's figure told in Spanish, the adjective after its noun
    ("Cuenta 2-23-456-7890 de la señora Ibarrola. Un hogar típico consume 712 kWh al mes; el cliente promedio "
     "usa 540 kWh.",),
    # a Spanish rate page's tiers and blocks, beside a customer's account
    ("Cuenta 2-23-456-7890 de la señora Ibarrola. Energía: $0.1140 por kWh los primeros 800 kWh; bloque 2: 1,200 "
     "kWh; escalón 3: más de 2,400 kWh; cargo por 500 kWh adicionales.",),
    ("Cuenta 2-23-456-7890: nivel 2 entre 600 kWh y 1,100 kWh, exceso sobre 1,100 kWh a $0.21.",),
    # what a change cut from a building's use is no one's consumption
    ("Owner Jerome Tatum opened Tatum Family Hardware at 118 N Broad St in 1987. Stop by or call (706) 482-7720. The "
     "store uses LED lighting that cut its power use by 18% (about 9,400 kWh a year).",),
]


@pytest.mark.parametrize("parts, expected", FOUND)
def test_found(parts, expected):
    found = findings(EnergyUsageDetector, *parts)
    assert [f.value for f in found] == expected
    assert {(f.category, f.severity, f.public_if_repeated) for f in found} == {("energy_usage", "high", False)}


def test_a_class_total_and_its_average_after_a_case_log_of_customers():
    from tests.detector_helpers import values_found
    notes = ("CLAIM INVESTIGATION NOTES\n"
             "11/03/26 LO - Cust Ana Okafor called re: shutoff notice, acct PCE766-58517. Svc addr 4800 Cedar Hollow "
             "Rd. Used 1,200 kWh in October. Callback 920-712-7971.\n"
             "In calendar year 2025 the residential class used 82,089,809 kWh across 9,085 accounts, an average of "
             "567 kWh per month. Commercial sales were 54,937,751 kWh.\n")
    assert values_found("notes.txt", notes, ("energy_usage",)) == {"energy_usage": ["1,200 kWh"]}


def test_a_change_in_use_is_no_use():
    from tests.detector_helpers import values_found
    spotlight = ("<p>Lakeview Hardware, 301 Main St, (912) 427-8812, cut its lighting load by 40% with our LED rebate. "
                 "Owner Dale Okafor says the store now uses about 2,100 kWh less each month.</p>")
    assert values_found("spotlight.html", spotlight, ("energy_usage", "customer_name")) == {}
    note = "Customer Ana Okafor, acct 5521-330981-44, used 1,200 kWh in May, 300 kWh less than in April.\n"
    assert values_found("note.txt", note, ("energy_usage",)) == {"energy_usage": ["1,200 kWh"]}


def test_a_class_average_in_two_seasons_after_a_customers_own_usage():
    """The thousands separator of "1,014" ends no clause: "612 kWh in winter" is the average's too."""
    letter = lines("Dear Ms. Okafor,\nYour account 5521-480317-2 used 1,480 kWh this month.\nThe average residential "
                   "customer uses 1,014 kWh per month in summer and 612 kWh in winter.")
    assert [f.value for f in findings(EnergyUsageDetector, letter)] == ["1,480 kWh"]


@pytest.mark.parametrize("parts", NOT_FOUND)
def test_not_found(parts):
    assert findings(EnergyUsageDetector, *parts) == []


def test_usage_table_on_another_pdf_page_than_the_account():
    usage = table(("Month", "kWh"), ("Jan 2024", "512"))
    for segment in usage[0]:
        segment.location = Location(page=2)
    assert findings(EnergyUsageDetector, Segment("Account Number: 2-23-456-7890", Location(page=1)), usage) == []
    assert len(findings(EnergyUsageDetector, Segment("Account Number: 2-23-456-7890", Location(page=2)), usage)) == 1


def test_decimal_comma_is_normalized_as_a_decimal_point():
    found = findings(EnergyUsageDetector, table(("Name", "Service Address", "Account", "kWh"),
                                                ("Paula Oyelowo", "880 E Alder Ave", "2-41-873-4410", "1438,5")))
    assert [(f.value, f.key) for f in found] == [("1438,5", "1438.5")]


def test_normalized_and_masked():
    [found] = findings(EnergyUsageDetector, "Account: 2-23-456-7890  Usage: 1,020 kWh")
    assert found.key == "1020 kwh"
    assert found.masked == "*,*** kWh"



# A class's or a program's statistic is published on purpose, wherever its subject stands in the sentence; a
# customer's own figures and own average beside it stay theirs. Scanned as files, through extraction and every
# detector.
STATISTIC_BESIDE_A_CUSTOMER = [
    ("memo.txt", "The typical multifamily household in Diamond Bar used 433 kWh a month last winter.\n\n"
                 "On May 9 the call center received a billing dispute from Lorena Quiroga, who receives service at "
                 "5518 Alder Creek Rd, Pomona, CA 91767 (PCE Acct # 6172039481).\n", []),
    ("bill.html", "<p>Below is an actual bill.</p><div><p>Lorena Quiroga<br>5518 Alder Creek Rd</p><p>Utility Acct: "
                  "6172039481</p><p>Electric usage this period: 1,310 kWh</p></div><h2>FAQ</h2><p>Why is my bill "
                  "higher in summer? Air conditioning. The residential median is 585 kWh.</p>", ["1,310 kWh"]),
    ("slide.txt", "Program Contacts\nNadia Ferreira - Utility Services Manager - (909) 620-2418\n"
                  "Omar Castellanos - Senior Accountant - (909) 620-2561\nAverage FERA usage 476 kWh/month\n", []),
    ("case.txt", "Customer Lorena Quiroga, acct 6172039481, said her average usage was 902 kWh, while the average "
                 "residential customer in the Inland Empire used 530 kWh per month, compared with 471 kWh in the prior "
                 "year. Small commercial accounts averaged 2,140 kWh.\n", ["902 kWh"]),
    ("case.txt", "Customer Lorena Quiroga, acct 6172039481. Compared with the average home, Ms. Quiroga used 1,455 "
                 "kWh in June.\n", ["1,455 kWh"]),
    ("record.txt", "Customer: Lorena Quiroga\nAccount: 6172039481\nAvg monthly usage: 968 kWh\n", ["968 kWh"]),
    ("case.txt", "Customer Lorena Quiroga, acct 6172039481, 5518 Alder Creek Rd. The household averaged 1,388 kWh "
                 "last summer. The City's average is 604 kWh.\n", ["1,388 kWh"]),
]


@pytest.mark.parametrize("name, text, expected", STATISTIC_BESIDE_A_CUSTOMER)
def test_class_statistic_is_no_customer_usage(name, text, expected):
    found = scan_document(extract(name, text.encode()), load_detectors({}))
    assert [f.value for f in found if f.category == "energy_usage"] == expected
    assert "Omar Castellanos" not in [f.value for f in found]  # staff named with their titles beside an average


def test_a_figure_in_words_is_masked_and_normalized_in_digits():
    found = findings(EnergyUsageDetector, "Customer Delphine Okoro, acct 4408127736, used two thousand three hundred "
                                          "and ten kWh in May.")
    assert [(f.masked, f.key) for f in found] == [("*** ******** ***** ******* *** *** kWh", "2310 kwh")]
    assert "thousand" not in found[0].context
