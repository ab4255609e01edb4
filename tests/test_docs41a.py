"""Word tracked changes and text boxes, customer lists with the name split into columns, and a tenants' sheet in a
workbook of City facilities (round 41, docs41a).

Covered, each with the hard negatives a city site publishes beside them:
- a memo's sentence naming the customer in brackets after the word ("The affected customer (Name, mailbox) will be
  notified"), typed as a tracked insertion or left in as a tracked deletion: the name and the mailbox, phone or home;
  not brackets after the word that name a class, a rate, a utility or a school district;
- a letter whose window-envelope address block is a text box (VML alone, or DrawingML with its VML copy in
  mc:Fallback, read once) anchored after the closing: the name and street, whatever paragraph anchors the box; not a
  text box holding the City's return address or a staff member's card;
- a CSV or a sheet of customers whose name is split into two columns (Last Name | First Name, LNAME | FNAME,
  Surname | Given Name, Apellido | Nombre) beside a street (or a house number and a street name) and a phone or a
  mailbox: the joined name, the street and the phone; not a staff roster, a council list by district, a business
  listing or names with a city alone split the same way;
- a City facilities' workbook with a sheet of sub-metered tenants whose name column carries a remark in brackets
  ("Tenant (billed through city master meter)"): the tenants' names, mailboxes, phones and kWh; not the City's own
  facilities, their accounts, addresses and kWh.
"""
from __future__ import annotations

import io

from detector_helpers import pairs_found, values_of, workbook

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NAMESPACES = (f'xmlns:w="{_W}" xmlns:v="urn:schemas-microsoft-com:vml" '
               'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
               'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
               'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
               'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"')


def _docx(*paragraphs: str) -> bytes:
    """A Word document whose body holds ``paragraphs``, each a plain text or a ``<w:p>`` element's raw XML."""
    import docx
    from lxml import etree
    document = docx.Document()
    body = document.element.body
    for paragraph in paragraphs:
        if paragraph.startswith("<w:p"):
            element = etree.fromstring(f"<root {_NAMESPACES}>{paragraph}</root>")[0]
            body.sectPr.addprevious(element) if body.sectPr is not None else body.append(element)
        else:
            document.add_paragraph(paragraph)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _tracked(before: str, change: str, after: str, kind: str) -> str:
    """A paragraph with ``change`` inserted (``kind`` "ins"), deleted ("del") or moved here ("moveTo")."""
    text = f'<w:r><w:delText xml:space="preserve">{change}</w:delText></w:r>' if kind == "del" else _run(change)
    return (f'<w:p>{_run(before)}<w:{kind} w:id="7" w:author="jmontoya" w:date="2024-02-15T10:12:00Z">{text}'
            f'</w:{kind}>{_run(after)}</w:p>')


_MEMO = ("City of Calloway Hills", "INTEROFFICE MEMORANDUM", "TO: City Council",
         "FROM: Nathan Brennan, Energy Programs Manager",
         "SUBJECT: Community Power billing dispute follow-up",
         "Staff recommends a one-time bill credit consistent with the tariff.")
_QUESTIONS = "Questions: Nathan Brennan, (909) 620-2375, nbrennan@callowayhills.gov"


def _memo(paragraph: str) -> set[tuple[str, str]]:
    return pairs_found("https://www.callowayhills.gov/memo.docx", _docx(*_MEMO, paragraph, _QUESTIONS))


def test_tracked_insertion_naming_the_customer_in_brackets():
    found = _memo(_tracked("The affected customer ", "(Mei Liu, liu.mei@gmail.com) ", "will be notified by letter.",
                           "ins"))
    assert values_of(found, "customer_name") == {"Mei Liu"}
    assert values_of(found, "email") == {"liu.mei@gmail.com"}


def test_tracked_deletion_naming_the_customer_in_brackets():
    found = _memo(_tracked("The affected customer ", "(Jose Quispe, jose.quispe@icloud.com) ",
                           "will be notified by letter.", "del"))
    assert values_of(found, "customer_name") == {"Jose Quispe"}
    assert values_of(found, "email") == {"jose.quispe@icloud.com"}


def test_tracked_move_naming_the_customer_with_phone_and_home():
    found = _memo(_tracked("The customer ", "(Teodoro Yamamoto, 1180 E Citrus Street, 626-555-0148) ",
                           "asked for a payment plan.", "moveTo"))
    assert values_of(found, "customer_name") == {"Teodoro Yamamoto"}
    assert values_of(found, "address") == {"1180 E Citrus Street"}
    assert values_of(found, "phone") == {"626-555-0148"}


def test_brackets_after_the_customer_word_naming_no_person():
    for sentence in ("Residential customer (Schedule D-CARE) rates rise by 3% in June; call (909) 620-2000.",
                     "Each customer (Calloway Hills Community Power, SCE) receives one bill; info@callowayhills.gov.",
                     "The customer (Calloway Unified School District, 1889 Lawrence Rd) received a rebate.",
                     "The customer (Mei Liu) will be notified."):
        found = _memo(sentence)
        assert not values_of(found, "customer_name"), sentence
        assert not values_of(found, "address"), sentence


def _vml_box(*lines: str) -> str:
    paragraphs = "".join(f"<w:p>{_run(line)}</w:p>" for line in lines)
    return ('<w:p><w:r><w:pict><v:shape id="TextBox1" type="#_x0000_t202" style="width:240pt;height:90pt">'
            f'<v:textbox><w:txbxContent>{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>')


def _drawing_box(*lines: str) -> str:
    """A DrawingML text box with the VML copy Word writes in mc:Fallback."""
    paragraphs = "".join(f"<w:p>{_run(line)}</w:p>" for line in lines)
    return ('<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" '
            'name="Text Box 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/'
            f'wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>{paragraphs}</w:txbxContent></wps:txbx>'
            '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict>'
            f'<v:shape><v:textbox><w:txbxContent>{paragraphs}</w:txbxContent></v:textbox></v:shape></w:pict>'
            '</mc:Fallback></mc:AlternateContent></w:r></w:p>')


def _letter(box: str) -> set[tuple[str, str]]:
    body = _docx("City of Calloway Hills | Calloway Hills Community Power",
                 "100 Civic Center Plaza, Calloway Hills, CA 91766",
                 "RE: Hardship waiver, account no. 700971622725",
                 "Dear Roberto Cruz-Medina,",
                 "We have reviewed your request. Your household used 2080 kWh during the summer peak, and the balance "
                 "of $685.31 will be waived. If you have questions, we will call you at (626) 690-1968 as you asked.",
                 "Sincerely,", "Nathan Arellano", "Customer Care Supervisor", box)
    return pairs_found("https://www.callowayhills.gov/letters/hardship-waiver.docx", body)


def test_window_envelope_text_box_after_the_closing():
    for box in (_vml_box, _drawing_box):
        found = _letter(box("Roberto Cruz-Medina", "23970 E Towne Drive", "Calloway Hills, CA 91768"))
        assert values_of(found, "customer_name") == {"Roberto Cruz-Medina"}, box
        assert values_of(found, "address") == {"23970 E Towne Drive"}, box
        assert values_of(found, "account_number") == {"700971622725"}, box


def test_drawing_text_box_read_once():
    from crawler.extract import extract
    document = extract("https://www.callowayhills.gov/a.docx",
                       _docx("Dear neighbour,", _drawing_box("Armen Tafoya", "5362 North Juniper Avenue")))
    assert [s.text for s in document.segments if "Tafoya" in s.text] == ["Armen Tafoya"]


def test_text_box_of_the_citys_return_address_or_a_staff_card():
    for box in (_vml_box("City of Calloway Hills", "100 Civic Center Plaza", "Calloway Hills, CA 91766"),
                _vml_box("Nathan Arellano, Customer Care Supervisor", "100 Civic Center Plaza",
                         "Calloway Hills, CA 91766")):
        found = _letter(box)
        assert not values_of(found, "address")
        assert values_of(found, "customer_name") <= {"Roberto Cruz-Medina"}
        assert "Nathan Arellano" not in values_of(found, "customer_name")


def _csv(*rows: str) -> set[tuple[str, str]]:
    return pairs_found("https://www.callowayhills.gov/data/list.csv", "\n".join(rows) + "\n", "text/csv")


def test_csv_medical_baseline_list_with_split_name():
    found = _csv("Last Name,First Name,Street,Apt,ZIP,Home Phone,Baseline kWh/day",
                 "Espinoza,Khanh,9412 N Linda Vista St,,91764,(626)343-6732,32",
                 "Vo,Kenji,15471 E Sycamore Glen Ct #37,,91784,(626)805-3989,39")
    assert values_of(found, "customer_name") == {"Khanh Espinoza", "Kenji Vo"}
    assert values_of(found, "address") == {"9412 N Linda Vista St", "15471 E Sycamore Glen Ct #37"}
    assert values_of(found, "phone") == {"(626)343-6732", "(626)805-3989"}


def test_split_name_columns_of_exports_and_other_languages():
    found = _csv("LNAME,FNAME,HOUSE NO,STREET NAME,UNIT,CITY,ZIP,PHONE",
                 "REDDY,DMITRI,21024,S OLIVE RIDGE DR,,CALLOWAY HILLS,91784,6263732538")
    assert values_of(found, "customer_name") == {"DMITRI REDDY"}
    assert values_of(found, "address") == {"21024 S OLIVE RIDGE DR"}
    found = _csv("Apellido,Nombre,Dirección,Teléfono", "Hakobyan,DeShawn,6037 Citrus Pl,909 598 2178")
    assert values_of(found, "customer_name") == {"DeShawn Hakobyan"}
    found = _csv("Surname,Given Name,Street Address,City,Email",
                 "Kealoha,Jian,21357 Rancho Camino Ln,Calloway Hills,jkealoha@gmail.com")
    assert values_of(found, "customer_name") == {"Jian Kealoha"}
    assert values_of(found, "email") == {"jkealoha@gmail.com"}


def test_opt_out_sheet_with_split_name():
    body = workbook({"Opt-outs": [["Last Name", "First Name", "Street", "Unit", "City", "Phone"],
                                  ["Washington", "Kenji", "12018 Buena Ventura Dr", "36A", "Calloway Hills",
                                   "562 496 1742"]]})
    found = pairs_found("https://www.callowayhills.gov/data/opt-outs.xlsx", body)
    assert values_of(found, "customer_name") == {"Kenji Washington"}
    assert values_of(found, "address") == {"12018 Buena Ventura Dr"}


def test_split_names_of_public_lists():
    for rows in (("Last Name,First Name,Title,Department,Phone",
                  "Espinoza,Khanh,Senior Planner,Planning,(909) 620-2441"),
                 ("Last Name,First Name,District,Address,Phone",
                  "Espinoza,Khanh,District 1,9412 N Linda Vista St,(626)343-6732"),
                 ("Last Name,First Name,Business Name,Street,Phone",
                  "Espinoza,Khanh,Espinoza Auto Repair,9412 N Linda Vista St,(626)343-6732"),
                 ("Last Name,First Name,City,State", "Espinoza,Khanh,Calloway Hills,CA"),
                 ("Last Name,First Name,Street,ZIP", "Espinoza,Khanh,9412 N Linda Vista St,91764")):
        found = _csv(*rows)
        assert not values_of(found, "customer_name"), rows
        assert not values_of(found, "address"), rows


def test_tenants_sheet_in_a_city_facilities_workbook():
    body = workbook({
        "Facilities": [["Facility", "Address", "SCE Account", "FY24 kWh"],
                       ["City Hall", "836 Laurel Canyon Ln", "6-87-454-9049", "1,233,389"],
                       ["Civic Center Library", "365 Towne Way", "8-77-711-3102", "1,199,751"],
                       ["Senior Center", "228 Cortez Dr", "2-85-719-3979", "1,909,472"]],
        "Leased space - tenants": [["Tenant (billed through city master meter)", "Contact", "Sub-meter kWh", "Phone"],
                                   ["Khanh O'Brien", "khanh.obrien@gmail.com", "9,025", "(909)929-9945"],
                                   ["Rohan T. Huang", "rohan_huan@gmail.com", "1414", "909.258.8826"]],
    })
    found = pairs_found("https://www.callowayhills.gov/data/city-facilities-electric-accounts.xlsx", body)
    assert values_of(found, "customer_name") == {"Khanh O'Brien", "Rohan T. Huang"}
    assert values_of(found, "email") == {"khanh.obrien@gmail.com", "rohan_huan@gmail.com"}
    assert values_of(found, "energy_usage") == {"9,025", "1414"}
    assert values_of(found, "phone") == {"(909)929-9945", "909.258.8826"}
    assert not values_of(found, "account_number") and not values_of(found, "address")


def test_remarks_in_brackets_keep_a_columns_kind():
    from detectors.context.headers import header_kind
    assert header_kind("Tenant (billed through city master meter)") == ("name", False)
    assert header_kind("Occupant (per lease)")[0] == "name"
    assert header_kind("Name (as shown on the account)")[0] == "name"
    assert header_kind("Facility (served through master meter)")[0] == "veto"
    assert header_kind("Usage (kWh)") == ("usage", True)
    assert header_kind("Customer (Account #)")[0] == "account"
    assert header_kind("Meter (tenant)")[0] == "account"
