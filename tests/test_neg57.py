"""Red team neg57 (precision on a community choice energy JPA's website; fix neg57).

- A contract's notice table (Party | Attention | Address | Phone | Email) names each party's addressee at its office:
  a row naming its party by its role in the agreement ("Licensee") or its person by a title ("..., Vice
  President") is the firm's, while a customer column's row, a consumer mailbox or an account keeps a record.
- A contact sheet's post before its holder ("Outage Liaison: ..., cell ...", "Watch Officer: ...") names staff at work.
- A featured business named by its trade ("... Law Office", "... Family Dental") is the one "call them at" reaches.
- A card laid out a line an element, a person's name as its heading over their public role ("Block Captain - Eastside"),
  publishes the cell and mailbox under it for the role; a resident's card naming no role keeps them.
- A message among a packet's correspondence received that gives the writer's own account by its number, signed
  after "--" with a name no list holds ("Pascual Dervishi", which probablepeople calls a firm) over their street,
  number and consumer mailbox, is the writer's record, street too; a comment on an item stays public. The signature's
  home line ("3318 Mesa Grande Rd, Santa Rosa") names no one; a name alone on the first line is the writer's.
"""
from tests.detector_helpers import docx_table, lines_pdf, pairs_found, values_of

_NOTICE_HEADER = ("Party", "Attention", "Address", "Phone", "Email")


def _table(header, rows, title="Notices") -> str:
    head = "".join(f"<th>{h}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<html><body><main><h1>{title}</h1><table><tr>{head}</tr>{body}</table></main></body></html>"


def test_a_contracts_notice_addressee_with_a_title_is_the_firms():
    doc = docx_table([_NOTICE_HEADER,
                      ("Authority", "Chief Executive Officer", "400 Plaza Way, Rialto Verde, CA 92376", "(855) 430-2211",
                       "contracts@rialtoverdepower.org"),
                      ("Seller", "Thaddeus Morrow, Vice President", "2210 Bayview Dr, Suite 300, Irvine, CA 92618",
                       "(949) 555-0161", "thaddeus.morrow@westwindsolar.com")],
                     "Section 22. Notices shall be delivered to the addresses below.", heading="Power Purchase Agreement")
    found = pairs_found("https://x.org/contracts/ppa.docx", doc)
    assert not {kind for kind, _ in found} & {"customer_name", "address", "phone", "email"}


def test_a_notice_row_named_by_its_party_role_is_the_firms():
    page = _table(_NOTICE_HEADER, [("Licensee", "Greta Lindqvist", "88 Harbor Blvd, Ventura, CA 93001", "(805) 555-0119",
                                    "glindqvist@tidelinefiber.com")])
    found = pairs_found("https://x.org/contracts/license.html", page)
    assert not {kind for kind, _ in found} & {"customer_name", "address", "phone", "email"}


def test_a_customer_columns_row_with_a_title_stays_a_record():
    page = _table(("Customer", "Service Address", "Phone", "Email"),
                  [("Rufus Kendall, Manager", "61 Cedar St, Pomona, CA 91766", "(909) 555-0172", "rufus@kendallcafe.com")],
                  title="Referrals")
    assert values_of(pairs_found("https://x.org/referrals.html", page), "customer_name") == {"Rufus Kendall, Manager"}


def test_an_addressee_at_home_or_a_party_with_an_account_stays_a_record():
    page = _table(("Attention", "Address", "Phone", "Email"),
                  [("Noor Haddad", "17 Elm Ct, Pomona, CA 91767", "(909) 555-0190", "noor.haddad@gmail.com")],
                  title="Mailing list")
    assert values_of(pairs_found("https://x.org/mail.html", page), "customer_name") == {"Noor Haddad"}
    page = _table(("Party", "Name", "Service Address", "SCE Account", "kWh"),
                  [("Buyer", "Elsie Varga", "5 Oak Pl, Pomona, CA 91767", "2-44-718-2290", "1,388")], title="Buyers")
    found = pairs_found("https://x.org/buyers.html", page)
    assert "2-44-718-2290" in values_of(found, "account_number")


def test_posts_before_their_holders_on_a_contact_sheet_are_staffs_cells():
    page = ("<html><body><main><h1>Storm response contacts</h1><ul>"
            "<li>Outage Liaison: Colm Varley, cell (951) 684-2230</li>"
            "<li>Watch Officer: Priya Dutta, cell (951) 702-5518</li>"
            "<li>EOC Coordinator: Lars Eklund, cell (951) 733-9021</li></ul></main></body></html>")
    assert values_of(pairs_found("https://x.gov/emergency.html", page), "phone") == set()


def test_a_residents_cell_stays_found_beside_a_contact_sheet():
    page = ("<html><body><main><h1>Storm response</h1><p>Watch Officer: Priya Dutta, cell (951) 702-5518.</p>"
            "<p>Resident Hana Petrak, cell (951) 640-7712, reported her power out since Tuesday.</p></main></body></html>")
    assert "(951) 640-7712" in values_of(pairs_found("https://x.gov/storm.html", page), "phone")


def test_a_featured_business_named_by_its_trade_is_whom_call_them_reaches():
    page = ("<html><body><main><h1>Spring newsletter</h1><p>Business spotlight: Okoye Family Dental cut its bill by "
            "18% with LED lighting. Call them at (562) 731-4410.</p></main></body></html>")
    assert values_of(pairs_found("https://x.org/news/spring.html", page), "phone") == set()


def test_a_neighbour_called_by_name_stays_a_persons_number():
    page = ("<html><body><main><h1>Neighbors</h1><p>Neighbor story: Mira Solberg cut her bill by 18% with LED "
            "lighting. Call her at (562) 731-4411.</p></main></body></html>")
    assert values_of(pairs_found("https://x.org/news/neighbors.html", page), "phone") == {"(562) 731-4411"}


def _cards(lead: str, cards) -> str:
    body = "".join(f"<div><h4>{name}</h4><p>{role}</p><p>Cell: {cell}</p><p>{mail}</p></div>" for name, role, cell, mail in cards)
    return f"<html><body><main><h1>Volunteers</h1><p>{lead}</p>{body}</main></body></html>"


def test_a_volunteers_card_giving_their_role_under_their_name_publishes_their_cell_and_mailbox():
    page = _cards("Block captains help neighbors get ready for outages.",
                  [("Ingrid Solvang", "Block Captain - Eastside", "(909) 614-2287", "ingrid.solvang@gmail.com"),
                   ("Teodor Maris", "Volunteer Coordinator, Westmont", "(909) 614-2288", "tmaris71@yahoo.com")])
    found = pairs_found("https://x.gov/programs/captains.html", page)
    assert values_of(found, "phone") == set() and values_of(found, "email") == set()


def test_a_residents_card_naming_no_role_keeps_their_cell_and_mailbox():
    page = _cards("Neighbors who went solar this year.",
                  [("Ingrid Solvang", "Solar homeowner - Eastside", "(909) 614-2287", "ingrid.solvang@gmail.com")])
    found = pairs_found("https://x.gov/programs/stories.html", page)
    assert values_of(found, "phone") == {"(909) 614-2287"} and values_of(found, "email") == {"ingrid.solvang@gmail.com"}


def _correspondence(*body: str) -> bytes:
    return lines_pdf(["Correspondence received", *body, "--", "Ottavio Brnjic", "4410 Quail Hollow Ct, Rialto Verde",
                      "(909) 733-5120", "obrnjic58@yahoo.com"])


def test_a_correspondents_own_account_number_makes_their_signature_a_customers_record():
    found = pairs_found("https://x.org/board/correspondence.pdf", _correspondence(
        "Why does my bill show a generation charge? My account 8254019377 was", "opted out in January."))
    assert values_of(found, "customer_name") == {"Ottavio Brnjic"}
    assert values_of(found, "address") == {"4410 Quail Hollow Ct"}
    assert values_of(found, "phone") == {"(909) 733-5120"} and values_of(found, "email") == {"obrnjic58@yahoo.com"}


def test_a_correspondents_comment_on_an_item_stays_public():
    found = pairs_found("https://x.org/board/correspondence.pdf", _correspondence(
        "My bill is high enough. I oppose the rate increase on the agenda;", "please vote no on item 6."))
    assert not {kind for kind, _ in found} & {"customer_name", "address", "phone", "email"}


def test_a_complaint_signed_by_a_name_no_list_holds_names_its_writer():
    pdf = lines_pdf(["Letters", "I am writing about my bill. My SCE bill shows a",
                     "generation charge I never agreed to. Please refund it.", "--", "Casimir Zhelev", "(909) 733-5121",
                     "czhelev61@gmail.com"])
    found = pairs_found("https://x.org/care/letters.pdf", pdf)
    assert values_of(found, "customer_name") == {"Casimir Zhelev"} and values_of(found, "phone") == {"(909) 733-5121"}


def test_the_signers_home_line_gives_no_name_and_a_name_alone_on_its_line_is_the_writers():
    pdf = lines_pdf(["Correspondence received", "My account 8061457723 was switched to the 100% option without my",
                     "consent.", "--", "Paloma Reyes", "3318 Mesa Grande Rd, Santa Rosa", "(707) 555-0184",
                     "preyes1980@gmail.com"])
    found = pairs_found("https://x.org/board/letters.pdf", pdf)
    assert values_of(found, "customer_name") == {"Paloma Reyes"}
    assert values_of(found, "address") == {"3318 Mesa Grande Rd"}
