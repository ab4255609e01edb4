"""Round 41 leftovers (misc41): a customer named after an invitation's verb or a topic's label, an account's holders
named without the usual shape, a solar customer's exported and net kWh, role words kept out of a name, and older
misses (Tagalog labels and markers, the given name "Bill", an Arabic name opening an English sentence).

Covered, each with the hard negatives a city site publishes beside them:
- "For the billing dispute, contact Tevita Fifita at ...; his account is ...": the person to contact about a customer's
  case is the customer when the sentence (or the next one's opening pronoun) tells their own account or bill; and a
  topic's label before a colon ("Billing questions: Marisol Quintero, ... asked why her June bill doubled") hides no
  record. Staff named for questions, with their title, office mailbox or the reader's account, stay public;
- the holder after the address ("the account at 2250 N. Towne Ave is in the name of her former roommate, ..."),
  "X holds the PCE account for the duplex at ...", a tenant and a landlord named with what became of the account;
- a solar household's exported, sent-back, net generation and negative net usage figures;
- "Renter Amira Haddad", "Inquilino Rogelio Nava", "Si Rogelio Bautista": the role word or marker is no part of the name;
- "Numero ng serbisyo:" as an account label (a toll-free line after it is the office's), "Bill Kowalski, acct ...",
  "محمود الحداد called about account ...".
"""
from __future__ import annotations

from detector_helpers import pairs_found, values_of

FOOTER = "<footer>City of Pomona, 505 S Garey Ave, Pomona, CA 91766 · (909) 620-2311</footer>"
URL = "https://www.pomonaca.gov/pce/case-notes.html"


def _page(*paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><body><header>City of Pomona | Pomona Choice Energy</header><main>{body}</main>{FOOTER}</body></html>"


def _found(*paragraphs: str, url: str = URL) -> set[tuple[str, str]]:
    return pairs_found(url, _page(*paragraphs))


# -- the person to contact about a customer's case ---------------------------------------------------------------

def test_person_to_contact_about_a_customers_case_is_the_customer():
    found = _found("For the billing dispute, contact Tevita Fifita at (626) 555-0192 or tfifita88@yahoo.com; "
                   "his account is 2-41-567-8901.")
    assert values_of(found, "customer_name") == {"Tevita Fifita"}
    assert {("phone", "(626) 555-0192"), ("email", "tfifita88@yahoo.com"),
            ("account_number", "2-41-567-8901")} <= found


def test_own_account_told_in_the_next_sentence_by_its_pronoun():
    found = _found("On the late-fee complaint, contact Rangi Parata at (626) 555-0110. His PCE account is 2-09-872-1144.")
    assert values_of(found, "customer_name") == {"Rangi Parata"}
    assert ("phone", "(626) 555-0110") in found


def test_topic_label_before_a_colon_hides_no_record():
    for label in ("Billing questions:", "Questions:", "Contact:"):
        found = _found(f"{label} Marisol Quintero, 909.555.7321, marisol.quintero@gmail.com asked why her June bill "
                       "doubled.")
        assert values_of(found, "customer_name") == {"Marisol Quintero"}, label
        assert {("phone", "909.555.7321"), ("email", "marisol.quintero@gmail.com")} <= found, label


def test_staff_to_contact_stay_public():
    for sentence in (
            "For billing disputes, contact Nadia Petrenko at (909) 620-2418 or npetrenko@pomonaca.gov; have your "
            "account number ready.",
            "Questions: Nadia Petrenko, (909) 620-2418, npetrenko@pomonaca.gov. Her team reviews account disputes "
            "within 10 days.",
            "For questions about your bill, please contact Omar Haddad, Billing Supervisor, at (909) 620-2311; he can "
            "review your account.",
            "Media questions: Daniel Okafor, (909) 620-2051, dokafor@pomonaca.gov.",
            "Questions? Contact Maria Lopez at (626) 555-0134 or mlopez.volunteer@gmail.com. Her bill assistance "
            "workshops run monthly.",
            "For the billing workshop, contact Jo Ann Beltran, CARE Outreach Coordinator, at jbeltran88@gmail.com; "
            "her account team can help.",
            "Volunteer questions: Helen Brightwater, (626) 555-0177, hbrightwater@gmail.com. Her own garden at "
            "418 E. Kingsley Ave is on the tour.",
            "For the rate appeal, contact Carmen Ruiz at (909) 620-2333; her office reviews every account."):
        found = _found(sentence)
        assert not values_of(found, "customer_name"), sentence
        assert not {kind for kind, _ in found} & {"address", "energy_usage", "account_number"}, sentence


# -- the holders of an account named without the usual shape --------------------------------------------------------

def test_holder_named_after_the_address_an_abbreviation_between():
    found = _found("Per the caller, the account at 2250 N. Towne Ave is in the name of her former roommate, Priya Sandhu.")
    assert values_of(found, "customer_name") == {"Priya Sandhu"}
    assert ("address", "2250 N. Towne Ave") in found


def test_name_that_holds_the_account_for_a_home():
    found = _found("Dmitri Volkov holds the PCE account for the duplex at 418 E. Kingsley Ave.")
    assert values_of(found, "customer_name") == {"Dmitri Volkov"}
    assert values_of(found, "address") == {"418 E. Kingsley Ave."}
    found = _found("Hyun-woo Park holds the electric account for the fourplex at 771 N. Gibbs St and asked for a "
                   "payment plan.")
    assert values_of(found, "customer_name") == {"Hyun-woo Park"}


def test_tenant_and_landlord_named_with_what_became_of_the_account():
    found = _found("Case 2026-118: high bill complaint.",
                   "The tenant, Luis Ortega, says the landlord, Karen Whitfield, never transferred the account.")
    assert values_of(found, "customer_name") == {"Luis Ortega", "Karen Whitfield"}
    found = _found("Case 2026-121: the June bill was sent to the wrong party. The renter, Marcus Bell, told staff that "
                   "the owner, Gloria Estrada, kept the PCE account in her name.")
    assert values_of(found, "customer_name") == {"Marcus Bell", "Gloria Estrada"}


def test_holders_negatives():
    for sentence in (
            "The landlord, Karen Whitfield, owns the building at 1412 N. Garey Ave and rents four units.",
            "Mayor Tim Sandoval holds the PCE account for City Hall at 505 S. Garey Ave.",
            "Maria Lopez held the account executive role at the Chamber of Commerce, 101 W. Mission Blvd.",
            "The owner, Gloria Estrada, opened the service counter at her bakery on Holt Ave in 2019.",
            "Councilmember Elizabeth Ontiveros-Cole transferred the account for the Washington Park pavilion to Parks "
            "and Recreation.",
            "Tenants' rights workshop: Attorney Karen Whitfield will explain how to transfer the account when you move.",
            "Per the deed, the parcel at 2250 N. Towne Ave is in the name of the Pomona Valley Land Trust."):
        found = _found("Utility billing FAQ.", sentence)
        assert not values_of(found, "customer_name"), sentence
        assert not values_of(found, "address"), sentence


# -- a solar customer's exported and net figures --------------------------------------------------------------------

def test_solar_households_exported_and_net_figures():
    cases = {
        "The Nguyens exported 812 kWh last month.": ("Nguyens", "812 kWh"),
        "Aroha Tane sent 640 kWh back to the grid in May, according to her statement.": ("Aroha Tane", "640 kWh"),
        "The Delgado family's solar array showed net generation of 1,204 kWh for the year.":
            ("Delgado family", "1,204 kWh"),
        "Ms. Ferreira's true-up showed net usage of -672 kWh.": ("Ms. Ferreira", "-672 kWh"),
    }
    for sentence, (name, usage) in cases.items():
        found = _found(sentence)
        assert values_of(found, "customer_name") == {name}, sentence
        assert values_of(found, "energy_usage") == {usage}, sentence


def test_facilities_programs_and_samples_solar_figures_stay_public():
    for sentence in (
            "The City's solar array at the Civic Center exported 812 kWh on Earth Day, Public Works Director Meg Vance "
            "said.",
            "A typical rooftop system sends 300 kWh back to the grid each month in summer.",
            "Under NEM 3.0, a home that exports 400 kWh a month earns about $20 in credits.",
            "Net generation of 4,200 kWh from the Ganesha Park array was credited to the City's account.",
            "Garey High School's solar canopy showed net generation of 9,800 kWh for the year.",
            "The Fairplex exported 8,120 kWh back to the grid during the fair, according to Fairplex CEO Walter Cruz.",
            "How to read your true-up: if your net usage is -672 kWh, you generated more than you used.",
            "Workshop presenter Dana Ortiz explained that her team's study found net usage of -300 kWh for an average "
            "solar home."):
        found = _found(sentence)
        assert not values_of(found, "energy_usage"), sentence
        assert not values_of(found, "customer_name"), sentence


# -- role words and markers before a name ---------------------------------------------------------------------------

def test_role_word_before_a_name_is_no_part_of_it():
    cases = {
        "Renter Amira Haddad, 2-41-567-8901, asked why her bill doubled.": "Amira Haddad",
        "Lessee Joaquin Reyes (acct 3-18-442-0917) disputes the June charges.": "Joaquin Reyes",
        "Inquilino Rogelio Nava, cuenta 3-22-901-4418, pidió un plan de pagos.": "Rogelio Nava",
        "Arrendataria Lucía Campos, cuenta 3-22-901-4418, pidió un plan de pagos.": "Lucía Campos",
        "Roommate Priya Malhotra, acct 3-18-442-0917, asked to be added to the account.": "Priya Malhotra",
        "Si Rogelio Bautista, account 2-55-310-7721, pakitawagan sa (909) 555-0133.": "Rogelio Bautista",
    }
    for sentence, name in cases.items():
        assert values_of(_found(sentence), "customer_name") == {name}, sentence


# -- older leftovers ------------------------------------------------------------------------------------------------

def test_tagalog_service_number_label():
    found = _found("Numero ng serbisyo: 3-41-552-8310. Si Maria Santos ay humiling ng plano ng pagbabayad.")
    assert ("account_number", "3-41-552-8310") in found
    assert values_of(found, "customer_name") == {"Maria Santos"}
    found = _found("Ang inyong numero ng serbisyo ay 700318842265.")
    assert ("account_number", "700318842265") in found


def test_toll_free_line_after_an_account_label_is_the_offices():
    for sentence in ("Numero ng serbisyo: 1-800-655-4555 (Lunes hanggang Biyernes).",
                     "Tumawag sa numero ng serbisyo sa customer: (800) 655-4555.",
                     "Service account questions: 1-800-655-4555 (Monday to Friday)."):
        assert not values_of(_found(sentence), "account_number"), sentence


def test_given_name_bill_beside_an_account():
    for sentence, name in (("Bill Kowalski, acct 2-41-567-8901, asked about a payment plan.", "Bill Kowalski"),
                           ("Bill Tran (account 3-18-442-0917) called about his high bill.", "Bill Tran")):
        assert values_of(_found(sentence), "customer_name") == {name}, sentence
    for sentence in ("Bill Date: 03/14/2026. Account 2-41-567-8901. Amount due $84.12.",
                     "Bill Summary, acct 2-41-567-8901: total due $84.12.",
                     "Bill Pay, account 3-18-442-0917.",
                     "Bill Insert, account 3-18-442-0917."):
        assert not values_of(_found(sentence), "customer_name"), sentence


def test_arabic_name_opening_an_english_sentence():
    found = _found("محمود الحداد called about account 2-41-567-8901.")
    assert values_of(found, "customer_name") == {"محمود الحداد"}
    found = _found("Case 2026-77. فاطمة الزهراء بن علي asked for a payment plan on account 3-18-442-0917.")
    assert values_of(found, "customer_name") == {"فاطمة الزهراء بن علي"}
    found = _found("Mahmoud Al-Haddad called about account 2-41-567-8901 and asked for a payment plan.")
    assert values_of(found, "customer_name") == {"Mahmoud Al-Haddad"}


def test_arabic_words_without_an_identifier_or_as_a_label_name_no_one():
    assert not values_of(_found("مرحبا بكم called the meeting to order at 6 p.m."), "customer_name")
    found = _found("رقم الحساب / Account number: 2-41-567-8901")
    assert not values_of(found, "customer_name")
