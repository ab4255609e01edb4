"""Values read out at a meeting that a transcript's line break cuts (round 35, split35).

- A mailbox read out in words whose first words end a line and whose rest opens the next ("... email me at
  jrivas at hotmail" / "dot com ...", "... at jrivas at" / "cox dot net"), in a customer's turn, is the customer's
  mailbox, as a phone number or an account number so cut already is.
- A consumption figure read out in words that a line break cuts inside its number ("my bill says two thousand
  three hundred" / "twelve kilowatt hours") is the speaker's figure: with it the turn tells of their usage, and
  their name and home are found.
- Hard negatives: a staff member's City mailbox cut the same way, a mailbox cut at the end of a turn whose next line
  is another speaker's, and a class's average read out across a line break.
"""
from __future__ import annotations

from tests.detector_helpers import numbered_lines_pdf, pairs_found, values_of

_TRANSCRIPT = "https://www.pomonaca.gov/council/transcripts/2024-10-08-special.pdf"


def test_a_mailbox_read_out_that_a_line_break_cuts_after_its_domain():
    found = pairs_found(_TRANSCRIPT, numbered_lines_pdf(
        "MAYOR PRO TEM OSEGUERA: next speaker please",
        "PUBLIC SPEAKER: hi this is wilhelmina castellanos we're on the pce",
        "basic plan my account is seven oh oh three one eight two two six four nine",
        "and you can email me at wcastellanos at hotmail",
        "dot com thank you",
    ), "application/pdf")
    assert "wilhelmina castellanos" in values_of(found, "customer_name")
    assert values_of(found, "email") == {"wcastellanos at hotmail dot com"}


def test_a_mailbox_read_out_that_a_line_break_cuts_after_its_at():
    found = pairs_found(_TRANSCRIPT, numbered_lines_pdf(
        "PUBLIC SPEAKER: good evening my name is thaddeus okoro-bianchi my bill",
        "says 1,375 kwh for august and my email is tokorob at",
        "cox dot net i live at 2218 West Alvarado Street",
    ), "application/pdf")
    assert values_of(found, "email") == {"tokorob at cox dot net"}
    assert "2218 West Alvarado Street" in values_of(found, "address")


def test_no_mailbox_where_the_cut_one_is_the_citys_or_the_turn_ends():
    found = pairs_found(_TRANSCRIPT, numbered_lines_pdf(
        "UTILITY SERVICES MANAGER: thank you mayor residents can email me at mfontaine at",
        "pomonaca dot gov with questions about their bills",
        "PUBLIC SPEAKER: hi this is gustavo lindqvist-amador my account is seven",
        "oh oh one nine four four two seven three one and my email is at",
        "CITY CLERK: pomona dot gov has the agenda online",
    ), "application/pdf")
    assert values_of(found, "email") == set()


def test_a_figure_in_words_that_a_line_break_cuts_makes_the_turn_a_customers():
    found = pairs_found(_TRANSCRIPT, numbered_lines_pdf(
        "CHAIR VILLANUEVA: go ahead",
        "PUBLIC SPEAKER: yes this is annelise marchetti i'm a pce customer and",
        "my bill says two thousand three hundred",
        "twelve kilowatt hours for september the service address is 1577 North",
        "Towne Avenue thank you",
    ), "application/pdf")
    assert "annelise marchetti" in values_of(found, "customer_name")
    assert values_of(found, "energy_usage") == {"two thousand three hundred twelve kilowatt hours"}
    assert values_of(found, "address") == {"1577 North Towne Avenue"}


def test_no_figure_where_the_cut_one_is_a_class_average():
    found = pairs_found(_TRANSCRIPT, numbered_lines_pdf(
        "PUBLIC SPEAKER: hi my name is corwin abernethy-soto my bill went up and i read",
        "that the average residential customer uses about six hundred",
        "forty kilowatt hours a month i live at 866 East Holt Avenue",
        "PCE PROGRAM MANAGER: our total load was nine hundred",
        "ninety thousand megawatt hours last year",
    ), "application/pdf")
    assert values_of(found, "energy_usage") == set()
    assert values_of(found, "customer_name") == set()
    assert values_of(found, "address") == set()


_MAP = "https://www.pomonachoiceenergy.org/programs/ev/home-charging-map.html"


def _map_page(*pins: tuple[str, str], note: str = "") -> str:
    buttons = "".join(f'<button class="marker" data-tooltip="{tip}" aria-label="{label}"></button>' for tip, label in pins)
    return ("<html><head><title>Home EV Charging Map</title></head><body><main><h1>Where PCE customers charge</h1>"
            "<p>Pomona Choice Energy's EV program: chargers installed with a PCE rebate.</p>"
            f'<div class="map">{buttons}</div>{note}</main></body></html>')


def test_a_private_homes_charger_pin_is_its_owners_record():
    found = pairs_found(_MAP, _map_page(
        ("Home charger: Leocadia Brzezinska, 1466 W. Kingsley Avenue Apt 4, Pomona, CA 91767", "Owner phone (909) 555-0181"),
        ("Home charger: Ivo Tan, 905 Lincoln Ave, Pomona, CA 91767", "Owner phone (909) 555-0196"),
        ("Residence - Nkemdirim Obiora-Falk, 2280 N. Towne Avenue, Pomona", "Homeowner cell (626) 555-0147"),
    ))
    assert values_of(found, "customer_name") == {"Leocadia Brzezinska", "Ivo Tan", "Nkemdirim Obiora-Falk"}
    assert {"(909) 555-0181", "(909) 555-0196", "(626) 555-0147"} <= values_of(found, "phone")
    assert len(values_of(found, "address")) == 3


def test_no_record_in_a_public_or_a_business_charger_pin():
    found = pairs_found(_MAP, _map_page(
        ("Public charger: Palomares Park, 499 E. Arrow Highway, Pomona, CA 91767", "Parks office (909) 555-0120"),
        ("Public charger: Pomona Public Library, 625 S. Garey Avenue (2 ports)", "Library desk (909) 555-0133"),
        ("Business charger: Okafor Auto Service, 1200 E. Holt Avenue, Pomona", "Shop phone (909) 555-0164"),
        ("Home charger: Oakwood Bakery LLC, 310 W. Second Street, Pomona", "Owner phone (909) 555-0172"),
        note="<p>Public charger: Civic Center Parking, 505 S. Garey Avenue (4 ports).</p>"))
    assert values_of(found, "customer_name") == set()
    assert values_of(found, "address") == set()
    assert not {"(909) 555-0120", "(909) 555-0133", "(909) 555-0164", "(909) 555-0172"} & values_of(found, "phone")
