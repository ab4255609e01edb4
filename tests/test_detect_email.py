import pytest

from detectors.email import EmailDetector
from detectors.engine import scan_document
from tests.test_customer_context import (CUSTOMER_TABLE, HARD_NEGATIVES, PEOPLE_LIST, chrome, document, findings, lines,
                                         table)

FOUND = [
    # (document parts, [(value, severity)])
    (CUSTOMER_TABLE, [("maria.lopez@gmail.com", "high"), ("rchen@yahoo.com", "high")]),
    (PEOPLE_LIST, [("rchen@yahoo.com", "high")]),
    (lines("Account Holder: Acme Bakery\nE-mail: orders@acmebakery.com\nSA #: 8001026149"),
     [("orders@acmebakery.com", "high")]),
    ((table(("Name", "Email", "Account"), ("Ana Ruiz", "ana.ruiz@outlook.com", "2-11-222-3333")),),
     [("ana.ruiz@outlook.com", "high")]),
    (("Lost cat near Ganesha Park, please email mlopez1977@gmail.com",), [("mlopez1977@gmail.com", "low")]),
    (("Neighborhood watch: write to Robert.Chen@SBCGlobal.net.",), [("Robert.Chen@SBCGlobal.net", "low")]),
    (("Bids go to john.smith@abcelectric.com by noon.",), [("john.smith@abcelectric.com", "low")]),
    (("Complainant asked to stay anonymous. Email reply to ritamoreno1961@gmail.com with the status.",),
     [("ritamoreno1961@gmail.com", "low")]),
    (("For questions contact resident liaison Dolores Ibarra at d.ibarra@yahoo.com",), [("d.ibarra@yahoo.com", "low")]),
    (("Email: jonathan.pierce@kimley-horn.com",), [("jonathan.pierce@kimley-horn.com", "low")]),
    (("For the league, use my personal email: raul.mendez@gmail.com",), [("raul.mendez@gmail.com", "low")]),
    # a person's name, not a firm's, spelt by the mailbox
    (("Ana Ruiz \u2013 anaruiz1961@gmail.com",), [("anaruiz1961@gmail.com", "low")]),
    # written to keep harvesters off: "[at]" and "(dot)", or both spelt out before a common top-level domain
    (("Derrick Harrell \u2013 acct 0088-281374-02 \u2013 dharrell90 [at] comcast [dot] net bounced",),
     [("dharrell90 [at] comcast [dot] net", "high")]),
    # the mailbox's own dots spelt out too
    (("One customer, Eugene Pierce, got a statement for account 43-537497-87; he wrote from eugene dot pierce at aol "
      "dot com.",), [("eugene dot pierce at aol dot com", "high")]),
    (("Lost dog, reply to rita (at) aol.com or to ritamoreno1961 at gmail dot com",),
     [("rita (at) aol.com", "low"), ("ritamoreno1961 at gmail dot com", "low")]),
    # a sentence before the mailbox is no directory's firm name, though the mailbox spells its first words
    (("Marisela Quintanar Ybarra, 3417 Vista Loma Ave #2, wrote in opposition to the rate change. She asked to be"
      " contacted at marisela.quintanar@icloud.com.",), [("marisela.quintanar@icloud.com", "low")]),
]

NOT_FOUND = [
    *HARD_NEGATIVES.values(),
    ("Send comments to cityclerk@pomonaca.gov or CityClerk@ci.pomona.ca.us",),
    ("Questions: info@pomonachoiceenergy.org, noreply@gmail.com, pomonaparks@gmail.com",),
    ("Our program manager is jane.doe@cleanpoweralliance.org; CPUC staff at john.doe@cpuc.ca.gov",),
    ("Contact jsmith@abcelectric.com for the bid documents.",),  # not a first.last mailbox
    (chrome("Follow us: pomonafan@gmail.com"),),
    (table(("Name", "Title", "Email"), ("Jane Doe", "Consultant", "jane.doe@gmail.com")),),
    (table(("Customer Name", "Email", "Account #"), ("City of Pomona", "utilities@pomonaca.gov", "2-23-456-7890")),),
    # an organization's or its officer's mailbox at a consumer provider
    ("Friends of the Library book sale: contact Dorothy Hale, dorothy.hale@sbcglobal.net.",),
    ("Coaches needed! Contact league coordinator Derek Owens at derekowens.hoops@gmail.com.",),
    ("League president: Raul Mendez, (760) 488-9012, mlysl.president@gmail.com",),
    ("Council Member Dale Whitmore, District 1 - (760) 245-8890 (home) - dalewhitmore@verizon.net",),
    # an official's card: the heading, the district, the cell and then the mailbox
    ("Mayor Pro Tem Beverly Pruitt", "District 3", "Cell: (706) 691-2284", "Email: bpruitt.district3@gmail.com"),
    # a firm's employee, the firm named or called one
    ("Willdan project manager: Erica Lindgren, (714) 940-6312, erica.lindgren@willdan.com",),
    ("General Counsel: Nicole Fairbanks, Best Best & Krieger LLP, nicole.fairbanks@bbklaw.com",),
    ("Plan holders: Desert Electric Contractors, attn. Sam Ortiz, sam.ortiz@desertelectric.com",),
    (lines("Jonathan Pierce\nAssociate Planner (contract, Kimley-Horn)\nEmail: jonathan.pierce@kimley-horn.com"),),
    # a business directory's listing, the firm's name spelt by its mailbox at a consumer provider
    ("Kim's Auto Repair \u2013 1845 W. Holt Ave \u2013 (909) 623-8890 \u2013 kimsauto@gmail.com",),
    ("Dela Cruz Bakeshop | 410 E Holt Ave | delacruzbakeshop@yahoo.com",),
    # "at" and "dot" as words: no mailbox, or a role mailbox of the City's written the same way
    ("We meet at noon at City Hall, dot the i's and cross the t's; sign in at the front desk.",),
    ("The dot com era: look at pomona dot org for the history, or at the kiosk.",),
    ("Send comments to cityclerk [at] pomonaca [dot] gov or info (at) pomonachoiceenergy.org",),
]


@pytest.mark.parametrize("parts, expected", FOUND)
def test_found(parts, expected):
    found = findings(EmailDetector, *parts)
    assert [(f.value, f.severity) for f in found] == expected
    assert all(f.category == "email" and f.public_if_repeated == (f.severity == "low") for f in found)


@pytest.mark.parametrize("parts", NOT_FOUND)
def test_not_found(parts):
    assert findings(EmailDetector, *parts) == []


def test_normalized_and_masked():
    [found] = findings(EmailDetector, "Write to Robert.Chen@SBCGlobal.net today")
    assert found.key == "robert.chen@sbcglobal.net"
    assert found.masked == "R**********@S********.net"
    [spelt] = findings(EmailDetector, "Write to Robert.Chen [at] SBCGlobal [dot] net today")
    assert spelt.key == "robert.chen@sbcglobal.net" and spelt.masked == "R**********@S********.net"


def test_the_sites_own_domain_is_public():
    doc = document("Contact maria.lopez@cityofchino.com", url="https://www.cityofchino.com/news")
    assert scan_document(doc, [EmailDetector()]) == []


@pytest.mark.parametrize("options, text, count", [
    ({"name_like_local_parts": False}, "Bids go to john.smith@abcelectric.com", 0),
    ({"personal_domains": ["myisp.net"]}, "Write to maria@myisp.net", 1),
    ({"personal_domains": "myisp.net"}, "Write to maria@myisp.net", 1),
    ({"outside_context": False}, "Write to maria@gmail.com", 0),
])
def test_options(options, text, count):
    assert len(findings(EmailDetector, text, options=options)) == count


def test_configured_public_domains():
    assert findings(EmailDetector, "Write to maria@gmail.com", public={"email_domains": ["gmail.com"]}) == []
