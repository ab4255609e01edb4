"""Customer records told in a hearing's transcript or a letter's sentences (red team prose37, patterns 1-4).

- A password told in a sentence: its value quoted a few words after the label ("read back to the resident the
  password on the account, "Marlin42$""), or named again as "the temporary one given was ..." after a password was
  mentioned (perhaps on the line above). Hard negatives: a Wi-Fi network's quoted name, a password manager's name,
  an example "like ...", a reset link's caption, "Password: ********", a rule of length, a public meeting's passcode.
- A billing hearing's transcript: the party's turns (labelled "APPELLANT:", "CLAIMANT:", by their title and surname,
  or their answers "A:" to a questioning after they spoke) are the customer's record once they tie the party to the
  account: the name they state, a relative they name, their usage. Hard negatives: the hearing officer's and staff's
  turns, a zoning appeal's appellant who speaks of no account.
"""
from __future__ import annotations

from tests.detector_helpers import lines_pdf, pairs_found, values_of

_SITE = "https://www.pomonachoiceenergy.org/documents"


def _found(name: str, body: str | bytes) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/{name}", body)


# --- a password told in a sentence ------------------------------------------------------------------------------

def test_a_password_quoted_a_few_words_after_its_label_is_a_password():
    letter = ("Dear Mr. Quintero:\n"
              "Our office learned that a call-center agent read back to the resident the password on the account,\n"
              "\u201cMarlin42$\u201d, without verifying the caller. Please have it changed.\n")
    assert values_of(_found("counsel-letter.txt", letter), "credential") == {"Marlin42$"}


def test_a_quoted_name_after_a_password_word_that_names_something_else_is_no_password():
    for text in ('Join the Wi-Fi password for network "Library-Public2" at the front desk.\n',
                 'Use a password manager such as "1Password" to keep track of logins.\n',
                 'Never choose a password like "Summer2024!" for any City account.\n',
                 'Click the password reset link, "Forgot-Password", to start over.\n',
                 "Password: ********\n",
                 "Your password must be 8 characters and include a symbol.\n",
                 'Zoom webinar ID 812 4410 2290, passcode "Pom55#x", for the public hearing.\n'):
        assert "credential" not in {category for category, _ in _found("help.txt", text)}, text


def test_the_temporary_one_given_after_a_password_is_the_password():
    minutes = ("MS. ORTEGA: Staff reset the customer's portal password during the call; the temporary one given "
               "was Heron7731!.\n")
    assert values_of(_found("minutes.txt", minutes), "credential") == {"Heron7731!"}
    wrapped = lines_pdf(["MS. ORTEGA: Staff reset the customer's portal password during",
                         "the call; the temporary one given was Heron7731!."])
    assert values_of(_found("minutes.pdf", wrapped), "credential") == {"Heron7731!"}
    assert "credential" not in {c for c, _ in _found("faq.txt", "Which form? The temporary one given was Form B-12.\n")}


# --- a billing hearing's party -----------------------------------------------------------------------------------

_HEARING = """BILLING APPEAL HEARING
Hearing Officer: Rosalind Achterberg. Appearing for PCE: Tomasz Wilk, Program Manager.
HEARING OFFICER ACHTERBERG: We are on the record. Please state your name.
APPELLANT: Marisela Oyelaran.
Q: How much power do you normally use? A: Around 380 kWh. Then in July the bill said 1,240 kWh.
Q: And your account number? A: It's 2-41-775-3310.
MR. WILK: Staff do not dispute that the meter was exchanged in June.
HEARING OFFICER ACHTERBERG: Thank you. Anything else, Ms. Oyelaran?
APPELLANT: Only that my daughter Priyanka Oyelaran-Dunn lives with me and the account is in both our names.
"""


def test_a_hearing_partys_turns_are_the_customers_record():
    found = _found("appeal-hearing.txt", _HEARING)
    names = values_of(found, "customer_name")
    assert {"Marisela Oyelaran", "Priyanka Oyelaran-Dunn"} <= names
    assert {"380 kWh", "1,240 kWh"} <= values_of(found, "energy_usage")
    assert not {"Rosalind Achterberg", "Tomasz Wilk"} & names


def test_the_answers_of_a_staff_witness_are_not_the_partys():
    transcript = """BILLING APPEAL HEARING
HEARING OFFICER: Please state your name.
MR. WILK: Tomasz Wilk, Program Manager.
Q: What did the meter read? A: The July cycle read 1,240 kWh on account 2-41-775-3310.
"""
    assert "Tomasz Wilk" not in values_of(_found("appeal-hearing.txt", transcript), "customer_name")


def test_a_zoning_appellant_who_speaks_of_no_account_is_public():
    transcript = """PLANNING COMMISSION APPEAL HEARING
CHAIR: Please state your name.
APPELLANT: Desmond Okafor-Ruiz.
Q: What is the appeal about? A: The fence height at the corner lot. My son Tobias Okafor helped me file it.
"""
    assert not values_of(_found("zoning-hearing.txt", transcript), "customer_name")


def test_a_hearing_partys_spoken_home_and_phone_are_theirs():
    transcript = """BILLING APPEAL HEARING
HEARING OFFICER: Please state your name for the record.
CLAIMANT: Teodoro Vaszary.
Q: And the service address? A: It's thirty-two seventeen Alvarado, in Pomona.
Q: A number to reach you? A: My cell, six-two-six four-oh-one three-eight-eight-two.
Q: And your bill? A: It said 1,115 kWh for June.
PUBLIC COMMENT
HEARING OFFICER: One card. MR. FELDT: The Chamber supports the program, call us at nine oh nine, five five five, oh one two three.
"""
    found = _found("claim-hearing.txt", transcript)
    assert "thirty-two seventeen Alvarado" in values_of(found, "address")
    assert "six-two-six four-oh-one three-eight-eight-two" in values_of(found, "phone")
    assert len(values_of(found, "phone")) == 1
    assert "Teodoro Vaszary" in values_of(found, "customer_name")


# --- numbers spoken in words -------------------------------------------------------------------------------------

def test_a_phone_in_words_where_a_person_is_reached_is_a_phone():
    report = lines_pdf(["UNCOLLECTIBLE BALANCES",
                        "The balance of Mr. Osvaldo Prendergast was referred to the agency; it reports he can be reached",
                        "at six one nine, four four two, eight zero one six but has declined a payment plan."])
    assert values_of(_found("writeoffs.pdf", report), "phone") == {"six one nine, four four two, eight zero one six"}
    office = "Questions? The Finance office can be reached at nine oh nine, six two oh, two zero four three.\n"
    assert "phone" not in {c for c, _ in _found("writeoffs.txt", office)}


def test_a_phone_told_in_spanish_words_is_a_phone():
    mail = ("Subject: RE: mi factura\n"
            "Vivimos en 1402 W Alvarado St. El número de cuenta es 2-55-310-7781. Mi celular: seis dos seis, cuatro\n"
            "cero uno, siete siete ocho dos.\n")
    assert "seis dos seis, cuatro cero uno, siete siete ocho dos" in values_of(_found("hilo.txt", mail), "phone")
    assert "phone" not in {c for c, _ in _found("aviso.txt", "Tiene dos o tres días; cinco o seis personas.\n")}


def test_a_year_before_a_figure_in_words_cut_by_a_line_is_no_street():
    letter = lines_pdf(["Re: our client Odalys Ferreira, SCE account 2-77-104-5531, residing at 811 E Jasmine Pl.",
                        "Our client's charges for the winter of 2025 reflect one",
                        "thousand two hundred twelve kilowatt-hours, which cannot be right."])
    assert not any(value.startswith("2025") for value in values_of(_found("counsel.pdf", letter), "address"))


# --- public look-alikes -----------------------------------------------------------------------------------------

_COUNSEL_LETTER = """LETTER FROM COUNSEL
BRANNIGAN & OYELOWO LLP
Attorneys at Law
415 W Colorado Blvd., Suite 12, Pasadena, CA 91105
(626) 555-0187

March 3, 2025

Pomona Choice Energy
Attn: Wendell Abernathy-Cho, Customer Programs Manager

Re: Our client Ludmila Oyarzun; SCE Customer Account No. 2-61-204-7718

Dear Mr. Abernathy-Cho:

This office represents the customer named above about the charges billed to her home at 2291 N Garey Ave.
Please direct all further communication to this office rather than to her cell phone, 909-555-0163.

Very truly yours,
Imogen Brannigan
"""


def test_a_letters_addressee_named_with_a_staff_title_is_no_customer():
    names = values_of(_found("counsel-letter.txt", _COUNSEL_LETTER), "customer_name")
    assert "Ludmila Oyarzun" in names
    assert not any("Abernathy" in name for name in names)


def test_a_law_firms_letterhead_phone_is_the_firms():
    phones = values_of(_found("counsel-letter.txt", _COUNSEL_LETTER), "phone")
    assert "909-555-0163" in phones
    assert "(626) 555-0187" not in phones


def test_a_customers_own_address_block_phone_is_still_theirs():
    letter = ("Renata Vuković\n1845 W Ninth St\nPomona, CA 91766\n(909) 555-0129\n\nMarch 3, 2025\n\n"
              "Pomona Choice Energy\n\nRe: SCE Customer Account No. 2-61-550-0193\n\nDear Customer Care:\n"
              "My bill for February says 2,410 kWh, which is impossible for my apartment.\n\nSincerely,\nRenata Vuković\n")
    assert "(909) 555-0129" in values_of(_found("complaint.txt", letter), "phone")


def test_an_account_held_by_the_city_is_the_citys():
    report = ("2. Facilities\nThe warming center at the Palomares Community Room served 140 visitors. Its meter, SCE "
              "account 8006102247, held by the City of Pomona, recorded 3,208 kWh for the week.\n")
    assert "account_number" not in {c for c, _ in _found("after-action.txt", report)}
    resident = ("An elderly customer whose account 8006104415 carries a life-support flag did not answer two calls; "
                "Jorge Villaseñor was found safe at home.\n")
    assert "8006104415" in values_of(_found("after-action.txt", resident), "account_number")


# --- a value wrapped onto the next quoted line of a reply ---------------------------------------------------------

def test_an_account_wrapped_onto_the_next_quoted_line_keeps_its_label():
    mail = ("From: Records Unit <records@pomonaca.gov>\nSubject: CPRA 24-118 responsive records\n\n"
            "On Mon, Sep 9, 2024 at 9:12 AM Faustina Ibekwe <fibekwe88@yahoo.com> wrote:\n"
            "> Hello, my bill this month is three times our normal. The account number is\n"
            "> 3007714296, under my name. Please call me.\n")
    assert "3007714296" in values_of(_found("cpra.eml", mail), "account_number")
    quoted_figure = ("On Mon, Sep 9, 2024 at 9:12 AM Faustina Ibekwe <fibekwe88@yahoo.com> wrote:\n"
                     "> The number of visitors is\n> 3007714296 according to the counter.\n")
    assert "account_number" not in {c for c, _ in _found("cpra.eml", quoted_figure)}

