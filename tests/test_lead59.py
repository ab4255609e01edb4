"""Round 59, the lead's own fixes: each test fails before its fix."""

from tests.detector_helpers import pairs_found

_SITE = "https://www.valleverde.gov/"

_ARMENIAN_LETTER = (
    "Ծրագրից դուրս գալու հաստատում\n"
    "{date}\n"
    "Նարինե Պողոսյան\n"
    "2218 Juniper Ridge Rd\n"
    "Valle Verde, CA 91784\n"
    "Հաշվի համար (Valle Verde Clean Power): VVCP40918833\n"
    "Հաշվի համար SCE: 3-118-4420-67\n"
    "Հարգելի Նարինե,\n"
    "Հաստատում ենք, որ Ձեր հաշիվը դուրս է եկել Valle Verde Clean Power-ից 21.03.2024-ից։\n"
    "Վերջին 12 ամիսների սպառումը՝ 6 212 kWh ։ Հարցերի դեպքում զանգահարեք (951) 440-2718 ։\n"
    "Gevorg Melikyan\n"
    "Customer Programs Supervisor\n"
    "Valle Verde Clean Power · Valle Verde, CA 91784\n")


def _found(text: str, name: str = "letter.txt") -> set[tuple[str, str]]:
    return pairs_found(_SITE + "energia/" + name, text)


def test_an_armenian_full_stop_ends_the_sentence_before_the_letter_s_signature():
    """A letter in Armenian ends its sentences with "։": the program's number to call and the staff name signed on
    the next line are no part of the customer's sentence about their usage, which is the addressee's."""
    found = _found(_ARMENIAN_LETTER.format(date="04.11.2025"))
    assert {("customer_name", "Նարինե Պողոսյան"), ("address", "2218 Juniper Ridge Rd"),
            ("account_number", "VVCP40918833"), ("account_number", "3-118-4420-67"),
            ("energy_usage", "6 212 kWh")} <= found
    assert ("customer_name", "Gevorg Melikyan") not in found
    assert ("phone", "(951) 440-2718") not in found


def test_a_day_first_date_is_no_account_number():
    """Most of the world writes the day first ("26.09.2025"): a letter's date over its addressee is a date, not an
    account beside the customer's name; the account under its label still is one."""
    found = _found(_ARMENIAN_LETTER.format(date="26.09.2025"))
    assert not {value for category, value in found if category == "account_number"} - {
        "VVCP40918833", "3-118-4420-67"}
    found = _found("Уважаемая Светлана Орлова,\n17.10.2024\nНомер лицевого счёта: 5-220-8814-03\n"
                   "Ваш счёт за электроэнергию за 31.08.2024 составил 1 214 кВт·ч.\n", "pismo.txt")
    assert ("account_number", "5-220-8814-03") in found
    assert not {value for category, value in found if category == "account_number"} - {"5-220-8814-03"}


def _accounts(found: set[tuple[str, str]]) -> set[str]:
    return {value for category, value in found if category == "account_number"}


def test_a_utility_s_published_line_after_its_name_and_a_colon_is_no_account():
    """SCE's service accounts share the form of a toll-free number (8...); the utility's own published line,
    run together after its name and a colon in a list of lines to call, or after a call verb, is its line."""
    assert not _accounts(_found("Números útiles — Apagones y emergencias: SCE: 8006554555 · Fugas de gas: "
                                "SoCalGas: 8004272200\n", "numeros.html"))
    assert not _accounts(_found("Si tiene preguntas sobre su factura, llame a SCE: 8006554555.\n", "faq.html"))
    found = _found("Cliente Graciela Montoya, 4410 Sycamore Bend, SCE: 8001026149, pidió un plan de pagos.\n",
                   "notas.txt")
    assert "8001026149" in _accounts(found)


_TRANSCRIPT = (
    "Verbatim Transcript, Billing Appeal BA-2025-0412\n"
    "HEARING OFFICER LINDQVIST: We are on the record. Would the appellant please state your full\n"
    "name and the service address for the record?\n"
    "MR. ABERNATHY: Tobias Abernathy. I live at 9034 Quartz Hill Road, here in town.\n"
    "HEARING OFFICER LINDQVIST: Thank you. Ms. Ferreira, you are with Customer Care?\n"
    "MS. FERREIRA: Yes. Lucia Ferreira, Customer Care. I'm reading from the account now. The\n"
    "account number is 3-447-2019-55, and the last two bills show\n"
    "1,482 kWh and 1,906 kilowatt-hours.\n"
    "MR. ABERNATHY: That is wrong. You can reach me at 626-555-0148 or t.abernathy@gmail.com.\n"
    "HEARING OFFICER LINDQVIST: Is there public comment? Mr. Haddad, go ahead.\n"
    "MR. HADDAD: Karim Haddad. I live on Quartz Hill Road too, and the rates are too high for everyone.\n"
    "HEARING OFFICER LINDQVIST: Noted. The matter is submitted. Staff can be reached at (909) 558-9204.\n")


def test_a_titled_speaker_who_states_their_name_for_the_appellant_is_the_party():
    """A transcript labels the appellant by title and surname ("MR. ABERNATHY:"): asked to state their name as the
    appellant, they say a full name of that surname; staff then read the account out. The party's name and home are
    the customer's, and so is the usage staff read from the account, however the PDF wraps the lines."""
    found = _found(_TRANSCRIPT, "transcript-ba-2025-0412.txt")
    assert {("customer_name", "Tobias Abernathy"), ("address", "9034 Quartz Hill Road"),
            ("account_number", "3-447-2019-55"), ("energy_usage", "1,482 kWh"),
            ("energy_usage", "1,906 kilowatt-hours"), ("phone", "626-555-0148"),
            ("email", "t.abernathy@gmail.com")} <= found
    names = {value for category, value in found if category == "customer_name"}
    assert not names & {"Lucia Ferreira", "Karim Haddad"}


def test_speakers_who_state_their_names_at_a_hearing_with_no_account_stay_public():
    """Council speakers state their names and streets for the record: no account is read out, no one is a
    customer."""
    found = _found(_TRANSCRIPT.replace("I'm reading from the account now. The\naccount number is 3-447-2019-55, and "
                                       "the last two bills show\n1,482 kWh and 1,906 kilowatt-hours.",
                                       "The program's rates are on the agenda."), "transcript-ba-2025-0412.txt")
    assert not {value for category, value in found if category == "customer_name"}


def test_a_customer_s_home_given_in_their_own_quoted_words_is_theirs():
    """A press release names a resident in full, quotes them giving their home, then ties their account by title
    and surname a paragraph later: the quoted home is the customer's too, cut by a line break or not."""
    found = _found("<p>Valle Verde, CA. Ifeoma Castellano, 71, who has lived on Wren Hollow Drive since 1983, had her "
                   "service restored Friday. \"I told them three times I live at 4476 Wren Hollow\nDrive Unit 2, not "
                   "across the street,\" Castellano said.</p>\n<p>Ms. Castellano's account, 3-208-5517-42, had shown "
                   "612 kWh a month.</p>\n", "release.html")
    assert {("customer_name", "Ifeoma Castellano"), ("address", "4476 Wren Hollow Drive Unit 2"),
            ("account_number", "3-208-5517-42")} <= found


def test_a_home_quoted_from_someone_else_is_not_the_customer_s():
    found = _found("<p>Valle Verde, CA. Ifeoma Castellano, 71, had her service restored Friday. \"We're at 90 Larch "
                   "Court most weekends to help,\" said volunteer coordinator Dmitri Volkov.</p>\n<p>Ms. Castellano's "
                   "account, 3-208-5517-42, had shown 612 kWh a month.</p>\n", "release.html")
    assert ("customer_name", "Ifeoma Castellano") in found
    assert not {value for category, value in found if category == "address"}


def test_utility_statements_for_a_number_give_the_account_and_an_initial_before_a_rare_surname_names_its_writer():
    """A correspondence summary: 'a letter signed "T. Vaifale" (...) encloses Edison statements for NUMBER': the
    number the utility's statements are for is the account, and an initial before a surname no Census list holds
    but that reads as a name is the writer's name."""
    found = _found("<p>A note signed \"T. Vaifale\" (tvaifale@gmail.com) encloses Edison statements for "
                   "3-118-220-4410 showing 918 kWh in April.</p>\n", "correspondence.html")
    assert {("customer_name", "T. Vaifale"), ("account_number", "3-118-220-4410"), ("email", "tvaifale@gmail.com"),
            ("energy_usage", "918 kWh")} <= found


def test_a_city_s_own_utility_bills_and_staff_initials_stay_public():
    found = _found("<p>SCE bills for 2-41-877-4503 (City Hall) and 2-41-877-4510 (Library) are paid from fund "
                   "101-4310-5200. Approved by J. Whitcombe, Finance Director.</p>\n<p>PCE invoices for 2,340 "
                   "customers were mailed on 3/14/2025.</p>\n", "budget.html")
    assert not found


def test_a_staff_contact_closing_a_block_of_records_makes_no_contact_card_of_the_block():
    """A CMS writes an article as one block of lines broken by <br>: its records first, a staff member's contact with
    a government mailbox last. The block tells residents' usage or gives their own mailboxes: it is no contact card,
    and its records are customers' still; the staff member's card stays public."""
    found = _found("<html><body><article><h1>Rebate Awards</h1>A $1,900 heat-pump rebate was awarded to Temperance "
                   "Okonjo for the home at 2281 Juniper Bluff Road; her use fell to 388 kWh a month.<br>\n"
                   "Awarded $2,100: Lorcan Whitfield, 610 Sable Creek Court, 951-555-0163, who replaced a furnace "
                   "(61 therms of gas last winter).<br>\nQuestions may be directed to Marisela Quan, Energy Programs "
                   "Analyst, (909) 620-2241, mquan@valleverde.gov.</article></body></html>", "rebates.html")
    assert {("customer_name", "Temperance Okonjo"), ("address", "2281 Juniper Bluff Road"),
            ("energy_usage", "388 kWh"), ("customer_name", "Lorcan Whitfield"),
            ("phone", "951-555-0163")} <= found
    assert not {value for category, value in found if "Quan" in value or "620-2241" in value or "mquan" in value}
    found = _found("<html><body><article>Mga kuwento ng mga customer<br>\nTumawag si Ikaika Kahale sa numerong "
                   "562-555-0199; ang kanyang email ay ikaika.k@hotmail.com.<br>\nPara sa tulong: Marisela Quan, "
                   "Utility Billing Analyst, (909) 620-2241, mquan@valleverde.gov.</article></body></html>",
                   "balita.html")
    assert ("email", "ikaika.k@hotmail.com") in found
    assert not {value for category, value in found if "Quan" in value or "620-2241" in value}


def test_a_staff_contact_card_in_one_block_stays_public():
    found = _found("<html><body><div>Marisela Quan<br>\nEnergy Programs Analyst<br>\n(909) 620-2241 | cell "
                   "(626) 555-0134<br>\nmquan@valleverde.gov</div><p>The Library (SCE account 2-30-441-1180) used "
                   "41,200 kWh.</p></body></html>", "staff.html")
    assert not found
