"""HTML extraction: block segments, locations, hidden text, chrome, and labels from tables, lists and forms."""
from __future__ import annotations

import sys

import pytest

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors


def html(body: str, content_type: str | None = "text/html; charset=utf-8", **kwargs):
    return extract("https://www.pomonachoiceenergy.org/page", body.encode("utf-8"), content_type, **kwargs)


def only(document, text: str):
    matches = [s for s in document.segments if s.text == text]
    assert len(matches) == 1, f"{text!r} in {[s.text for s in document.segments]}"
    return matches[0]


def texts(document) -> list[str]:
    return [s.text for s in document.segments]


def test_inline_elements_merge_into_their_block_and_br_breaks_the_line():
    doc = html("<p>SSN: <b>512-34-6789</b><br>Account <a href='/a'>2-23-456</a></p>")
    assert texts(doc) == ["SSN: 512-34-6789\nAccount 2-23-456"]


def test_text_around_a_nested_block_is_split_in_document_order():
    doc = html("<div>Intro <p>nested</p> tail</div>")
    assert texts(doc) == ["Intro", "nested", "tail"]


def test_locations_give_a_short_css_path():
    doc = html("<html><body>\n<main>\n<p>one</p>\n<table><tr><td>a</td><td>b</td></tr>\n"
               "<tr><td>c</td><td>512-34-6789</td></tr></table>\n"
               "<table><tr><td>x</td></tr></table></main></body></html>")
    assert only(doc, "one").location.as_dict() == {"element": "main > p"}
    assert only(doc, "512-34-6789").location.as_dict() == {
        "element": "main > table:nth-of-type(1) > tr:nth-of-type(2) > td:nth-of-type(2)"}
    assert only(doc, "x").location.as_dict() == {"element": "main > table:nth-of-type(2) > tr > td"}


def test_paths_start_at_the_nearest_id_and_stay_short():
    doc = html("<div id='content'><section><p>first</p><p>second</p></section></div>"
               + "<div>" * 12 + "deep" + "</div>" * 12)
    assert only(doc, "second").location.element == "div#content > section > p:nth-of-type(2)"
    assert only(doc, "deep").location.element.count(">") == 5


def test_title_is_the_document_title_and_a_segment():
    doc = html("<html><head><title> Rates  2024 </title></head><body><svg><title>icon</title></svg></body></html>")
    assert doc.title == "Rates 2024"
    assert only(doc, "Rates 2024").hidden is None


@pytest.mark.parametrize("markup, text, reason", [
    ("<!-- old: 512-34-6789 -->", "old: 512-34-6789", "html comment"),
    ("<input type='hidden' name='acct' value='2-23-456'>", "2-23-456", "hidden input"),
    ("<input name='ssn' value='512-34-6789'>", "512-34-6789", "form value"),
    ("<textarea>notes here</textarea>", "notes here", "form value"),
    ("<div style='color:red; display : none'>gone</div>", "gone", "display:none"),
    ("<span style='visibility:hidden'>ghost</span>", "ghost", "visibility:hidden"),
    ("<div hidden>secret</div>", "secret", "hidden attribute"),
    ("<div class='box d-none'>bootstrap hidden</div>", "bootstrap hidden", "class d-none"),
    ("<img src='a.png' alt='Photo of Jane Doe'>", "Photo of Jane Doe", "alt attribute"),
    ("<abbr title='Social Security Number'>SSN</abbr>", "Social Security Number", "title attribute"),
    ("<input placeholder='e.g. 512-34-6789'>", "e.g. 512-34-6789", "placeholder attribute"),
    ("<tr data-account='2234567890'><td>x</td></tr>", "2234567890", "data attribute"),
    ("<button aria-label='Call Jane'>X</button>", "Call Jane", "aria-label attribute"),
    ("<select><option value='2234567890'>Jane Doe</option></select>", "2234567890", "value attribute"),
    ("<a href='mailto:jane.doe@example.com'>Email the customer</a>", "jane.doe@example.com", "link target"),
    ("<noscript>Enable scripts</noscript>", "Enable scripts", "noscript"),
])
def test_text_a_reader_does_not_see_is_marked_with_the_reason(markup, text, reason):
    doc = html(f"<html><head><meta name='author' content='Jane Roe'></head><body><table>{markup}</table></body></html>")
    assert only(doc, text).hidden == reason
    assert only(doc, "Jane Roe").hidden == "meta tag"
    assert only(doc, "Jane Roe").label == "author"


def test_hidden_state_is_inherited_and_splits_the_surrounding_block():
    doc = html("<p>Name: <span style='display:none'>Jane <b>Doe</b></span> shown</p>"
               "<div hidden><p>inner <img alt='pic'></p></div>")
    assert texts(doc)[:3] == ["Name:", "Jane Doe", "shown"]
    assert only(doc, "Jane Doe").hidden == "display:none"
    assert only(doc, "inner").hidden == "hidden attribute"
    assert only(doc, "pic").hidden == "alt attribute"


def test_screen_reader_text_and_responsive_classes_count_as_visible():
    doc = html("<span class='sr-only'>reader text</span><div aria-hidden='true'>icon text</div>"
               "<div class='d-none d-md-block'>desktop only</div>")
    assert {s.text: s.hidden for s in doc.segments} == {
        "reader text": None, "icon text": None, "desktop only": None}


def test_style_is_not_read_but_script_and_template_are_hidden_segments_apart_from_the_text():
    doc = html("<p>a<script>var ssn='512-34-6789';</script>b<style>p{}</style>c</p><template><p>t</p></template>")
    assert {s.text: s.hidden for s in doc.segments} == {
        "var ssn='512-34-6789';": "inline script", "abc": None, "t": "template"}


def test_visible_button_values_and_duplicate_link_targets():
    doc = html("<input type='submit' value='Send'><a href='mailto:info@pomona.org'>info@pomona.org</a>")
    assert only(doc, "Send").hidden is None
    assert texts(doc) == ["Send", "info@pomona.org"]


def test_site_header_footer_and_navigation_are_chrome():
    doc = html("""<body>
      <header><p>City of Pomona</p></header>
      <div class="site-footer"><p>505 S. Garey Ave</p></div>
      <div id="navbar">Menu link</div><div role="navigation">Role nav</div>
      <div class="card-header">Card title</div><div class="card"><header class="card-header">Card header</header></div>
      <div class="region region-footer"><p>Theme footer</p></div><div class="modal-footer">Modal footer</div>
      <main><div class="footer-note">In main</div>
        <article><header><h1>Article header</h1></header></article></main>
      <section><footer>Section footer</footer></section>
      <footer><p>Call (909) 620-2241</p></footer></body>""")
    chrome = {s.text: s.chrome for s in doc.segments}
    assert chrome == {"City of Pomona": True, "505 S. Garey Ave": True, "Menu link": True, "Role nav": True,
                      "Card title": False, "Card header": False, "Theme footer": True, "Modal footer": False, "In main": False, "Article header": False, "Section footer": False,
                      "Call (909) 620-2241": True}


def test_column_header_table_gives_one_labelled_record_per_row():
    doc = html("""<table><thead><tr><th>Customer</th><th>Account No.</th><th>Usage (kWh)</th></tr></thead>
      <tbody><tr><td>Jane Doe</td><td>2-23-456-7890</td><td>512</td></tr>
      <tr><td>John Roe</td><td><i>2-23-456-7891</i></td><td></td></tr></tbody></table>""")
    assert [r.location.element for r in doc.records] == ["table > tbody > tr:nth-of-type(1)",
                                                         "table > tbody > tr:nth-of-type(2)"]
    assert [[(label, f.text) for label, f in r.labelled()] for r in doc.records] == [
        [("Customer", "Jane Doe"), ("Account No.", "2-23-456-7890"), ("Usage (kWh)", "512")],
        [("Customer", "John Roe"), ("Account No.", "2-23-456-7891")]]
    assert all(f in doc.segments for r in doc.records for f in r.fields)
    assert only(doc, "Customer").label is None


def test_first_row_of_short_words_is_a_header_and_colspan_is_followed():
    doc = html("""<table><tr><td>Name</td><td colspan="2">Service Address</td><td>Phone</td></tr>
      <tr><td>Jane Doe</td><td>123 Main St</td><td>Pomona</td><td>909-555-1234</td></tr></table>""")
    assert [(label, f.text) for label, f in doc.records[0].labelled()] == [
        ("Name", "Jane Doe"), ("Service Address", "123 Main St"), ("Service Address", "Pomona"),
        ("Phone", "909-555-1234")]


def test_a_first_row_of_values_is_not_a_header():
    doc = html("<table><tr><td>Jane Doe</td><td>909-555-1234</td></tr>"
               "<tr><td>John</td><td>909-555-0000</td></tr></table>")
    assert len(doc.records) == 2
    assert all(f.label is None for r in doc.records for f in r.fields)


def test_row_header_table_is_one_key_value_record():
    doc = html("""<table><tr><th>Account No.</th><td>2-23-456-7890</td></tr>
      <tr><th>Service Address</th><td>123 Main St, Pomona</td></tr>
      <tr><th>Usage</th><td>512 kWh</td></tr></table>""")
    assert len(doc.records) == 1
    assert doc.records[0].location.element == "table"
    assert [(label, f.text) for label, f in doc.records[0].labelled()] == [
        ("Account No.", "2-23-456-7890"), ("Service Address", "123 Main St, Pomona"), ("Usage", "512 kWh")]


def test_label_cells_ending_in_a_colon_label_the_next_cell():
    doc = html("<table><tr><td>Account No.:</td><td>2-23-456</td><td>Phone:</td><td>909-555-1234</td></tr></table>"
               "<table><tr><th>Name</th><th>Notes</th></tr>"
               "<tr><td>Jane</td><td>SSN:</td><td>512-34-6789</td></tr></table>")
    assert [(label, f.text) for label, f in doc.records[0].labelled()] == [
        ("Account No.", "2-23-456"), ("Phone", "909-555-1234")]
    assert only(doc, "512-34-6789").label == "SSN"


def test_nested_tables_keep_their_own_records():
    doc = html("<table><tr><th>Outer</th><th>Detail</th></tr><tr><td>x</td><td>"
               "<table><tr><th>SSN</th><td>512-34-6789</td></tr></table></td></tr></table>")
    assert only(doc, "512-34-6789").label == "SSN"
    assert [[f.text for f in r.fields] for r in doc.records] == [["x"], ["512-34-6789"]]


def test_definition_list_is_one_record_labelled_by_terms():
    doc = html("<dl><dt>Customer:</dt><dd>Jane Doe</dd><dt>Usage</dt><dd>512 kWh</dd><dd>498 kWh</dd></dl>")
    assert len(doc.records) == 1
    assert [(label, f.text) for label, f in doc.records[0].labelled()] == [
        ("Customer", "Jane Doe"), ("Usage", "512 kWh"), ("Usage", "498 kWh")]


def test_form_labels_name_input_values():
    doc = html("<form><label for='acct'>Account number</label><input id='acct' value='2-23-456'>"
               "<label>SSN <input value='512-34-6789'></label><input name='phone' value='909-555-1234'></form>")
    assert only(doc, "2-23-456").label == "Account number"
    assert only(doc, "512-34-6789").label == "SSN"
    assert only(doc, "909-555-1234").label == "phone"


def test_pre_keeps_one_segment_per_line():
    doc = html("<pre>\nName: Jane Doe\n\n  SSN: 512-34-6789</pre>")
    assert [(s.text, s.location.as_dict()) for s in doc.segments] == [
        ("Name: Jane Doe", {"element": "pre"}), ("  SSN: 512-34-6789", {"element": "pre"})]


def test_windows_1252_page_reads_right_with_and_without_a_declaration():
    text = "<p>The City\u2019s \u201cChoice\u201d program \u2013 caf\u00e9</p>"
    body = text.encode("cp1252")
    for content_type in ("text/html; charset=iso-8859-1", "text/html", None):
        doc = extract("https://x/p.html", body, content_type)
        assert texts(doc) == ["The City\u2019s \u201cChoice\u201d program \u2013 caf\u00e9"], content_type
    meta = b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">' + body
    assert texts(extract("https://x/p", meta, "text/html"))[-1].endswith("caf\u00e9")


def test_utf8_bom_wins_over_a_wrong_declaration():
    doc = extract("https://x/p", "\ufeff<p>caf\u00e9</p>".encode("utf-8"), "text/html; charset=iso-8859-1")
    assert texts(doc) == ["caf\u00e9"]


def test_wrong_declared_charset_is_overruled_with_a_warning():
    doc = extract("https://x/p", "<p>caf\u00e9 \u2019</p>".encode("cp1252"), "text/html; charset=utf-8")
    assert texts(doc) == ["caf\u00e9 \u2019"]
    assert "does not match" in doc.warnings[0]


def test_comments_outside_the_html_element_and_xml_declarations():
    doc = html("<?xml version='1.0' encoding='utf-8'?><!-- built for Jane --><html><body><p>x</p></body></html>")
    assert {s.text: s.hidden for s in doc.segments} == {"built for Jane": "html comment", "x": None}


def test_nesting_past_the_walks_depth_is_read_flat_and_reported():
    doc = html("<div>" * 3000 + "deep text")
    assert "nested more than 2048 elements deep" in doc.warnings[0] and "read as plain text" in doc.warnings[0]
    assert "deep text" in [segment.text for segment in doc.segments]
    assert not doc.unchecked


def test_text_budget_cuts_and_says_the_rest_was_not_checked():
    doc = html("".join(f"<p>paragraph number {i}</p>" for i in range(100)), max_chars=50)
    assert doc.text_size == 50
    assert "extraction limit" in doc.unchecked[0]


def _calls(body: str):
    """The Python and built-in function calls one extraction makes, and the document. A count, not seconds: the
    same on a busy CI machine as on an idle one, so the guard never flakes (speed itself is benchmarks' job)."""
    count = 0

    def count_calls(frame, event, arg):
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(count_calls)
    try:
        doc = html(body)
    finally:
        sys.setprofile(None)
    return count, doc


def _growth(page_of) -> tuple[float, object]:
    """How many more calls four times the page takes than the page, and the large page's document: linear work
    gives about 4, work that revisits what came before (quadratic) about 16."""
    small, _ = _calls(page_of(1000))
    large, doc = _calls(page_of(4000))
    return large / small, doc


def _table_and_paragraphs(n: int) -> str:
    rows = "".join(f"<tr><td>Customer {i}</td><td>{i:010d}</td><td>{i} kWh</td><td>ok</td><td>x</td></tr>"
                   for i in range(n))
    return (f"<table><tr><th>A</th><th>B</th><th>C</th><th>D</th><th>E</th></tr>{rows}</table>"
            + "".join(f"<p>Paragraph {i} with <a href='/x' title='link {i}'>a link</a></p>" for i in range(n)))


def test_large_page_takes_linear_work():
    """A guard against quadratic behaviour: table cells and paragraphs."""
    growth, doc = _growth(_table_and_paragraphs)
    assert len(doc.records) == 4000
    assert growth < 5, f"4x the page took {growth:.1f}x the calls"


# --- what the source publishes but no browser shows ------------------------------------------------------

def test_a_row_commented_out_of_a_table_keeps_the_column_headers_and_is_a_record():
    doc = html("""<table id="optouts"><thead><tr><th>Customer</th><th>Account No.</th><th>Usage (kWh)</th></tr></thead>
      <tbody><tr><td>Public Row</td><td>n/a</td><td>0</td></tr>
      <!-- <tr><td>Jane Doe</td><td>2-23-456-7890</td><td>640</td></tr> --></tbody></table>""")
    jane = only(doc, "Jane Doe")
    assert (jane.hidden, jane.label) == ("html comment", "Customer")
    assert only(doc, "2-23-456-7890").label == "Account No."
    assert jane.location.element.startswith("table#optouts > tbody > comment")
    assert [[(label, f.text) for label, f in r.labelled()] for r in doc.records if f"{r.fields[0].text}" == "Jane Doe"] == [
        [("Customer", "Jane Doe"), ("Account No.", "2-23-456-7890"), ("Usage (kWh)", "640")]]
    assert texts(doc).count("Customer") == 1  # the header is not read twice


def test_a_commented_out_block_is_read_like_the_page():
    doc = html("<main><p>Notices</p><!-- <div class='draft'><h2>Shut-off list</h2><dl><dt>Customer:</dt>"
               "<dd>Maria Lopez</dd><dt>SSN:</dt><dd>512-34-6789</dd></dl></div> --></main>")
    assert {s.text: s.hidden for s in doc.segments} == {
        "Notices": None, "Shut-off list": "html comment", "Customer:": "html comment", "Maria Lopez": "html comment",
        "SSN:": "html comment", "512-34-6789": "html comment"}
    assert [(label, f.text) for label, f in doc.records[0].labelled()] == [  # the list's title heads its record
        ("", "Shut-off list"), ("Customer", "Maria Lopez"), ("SSN", "512-34-6789")]


def test_plain_and_conditional_comments():
    doc = html("<p>x</p><!-- old phone: 909-555-0142 --><!--[if lt IE 9]><script src='shiv.js'></script>"
               "<![endif]--><!-- /.container -->")
    assert {s.text: s.hidden for s in doc.segments} == {
        "x": None, "old phone: 909-555-0142": "html comment", "/.container": "html comment"}


def test_template_contents_are_read_as_hidden():
    doc = html("<template id='row'><tr><td>Jane Doe</td><td>512-34-6789</td></tr></template>"
               "<script type='text/x-template'><p>Hello {{name}}</p></script>")
    assert {s.text: s.hidden for s in doc.segments} == {
        "Jane Doe": "template", "512-34-6789": "template", "Hello {{name}}": "template"}


def test_inline_scripts_are_hidden_segments_and_json_data_records_labelled_by_their_keys():
    doc = html("""<p>Outages</p>
      <script>var customers = [{"name": "Jane Doe", "sa": "8001026149", "address": {"street": "1234 W Holt Ave"}},
        {"name": "John Roe", "sa": "8001026150"}];</script>
      <script type="application/ld+json">{"@type": "GovernmentOrganization", "name": "City of Pomona"}</script>
      <script>gtag('config', 'G-8XK2M4PQ7T');
        var apiKey = "f3a9c2e17b";</script>
      <script>window.__STATE__ = {"rows": [{"holder": "El-Sayed, Fatima", "kwh": 2370}], "ids": [4, 5]};
        renderGrid(document.getElementById('grid'), {"page": 1});</script>
      <script src="/js/site.js"></script>""")
    scripts = [(s.text, s.hidden, s.label) for s in doc.segments if s.hidden]
    assert scripts == [
        ("Jane Doe", "inline script", "name"), ("8001026149", "inline script", "sa"),
        ("1234 W Holt Ave", "inline script", "address.street"),
        ("John Roe", "inline script", "name"), ("8001026150", "inline script", "sa"),
        ("City of Pomona", "inline script", "name"),
        ("gtag('config', 'G-8XK2M4PQ7T');\n        var apiKey = \"f3a9c2e17b\";", "inline script", None),
        ("El-Sayed, Fatima", "inline script", "holder"), ("2370", "inline script", "kwh"),
        ("4", "inline script", "ids"), ("5", "inline script", "ids"), ("1", "inline script", "page"),
        ("window.__STATE__ = …;\n        renderGrid(document.getElementById('grid'), …);", "inline script", None)]
    assert [[(f.label, f.text) for f in r.fields] for r in doc.records] == [
        [("name", "Jane Doe"), ("sa", "8001026149"), ("address.street", "1234 W Holt Ave")],
        [("name", "John Roe"), ("sa", "8001026150")], [("name", "City of Pomona")],
        [("holder", "El-Sayed, Fatima"), ("kwh", "2370")], [("page", "1")]]  # data, never code, makes a record
    assert only(doc, "2370").location.element == "script:nth-of-type(4) > $.rows[0].kwh"


@pytest.mark.parametrize("markup, text", [
    ("<a href='https://stage:S3cret!@staging.pomonaca.gov/docs/'>Staging</a>",
     "https://stage:S3cret!@staging.pomonaca.gov/docs/"),
    ("<form action='https://portal.pomonaca.gov/login?user=admin&amp;password=Summer2024!'></form>",
     "https://portal.pomonaca.gov/login?user=admin&password=Summer2024!"),
    ("<iframe src='//maps.example.com/embed?q=1234+W+Holt+Ave'></iframe>", "//maps.example.com/embed?q=1234 W Holt Ave"),
    ("<div data-feed='https://api.pomonaca.gov/outages?token=abc123'></div>",
     "https://api.pomonaca.gov/outages?token=abc123"),
    ("<a href='/oauth#access_token=9f8a7b6c5d&amp;state=x'>x</a>", "/oauth?access_token=9f8a7b6c5d&state=x"),
    # a decoded value holding "#" or "&" is quoted, so that it is read whole, not up to that character
    ("<a href='/portal/login.aspx?user=ops&amp;password=Heron%237719'>Portal</a>",
     '/portal/login.aspx?user=ops&password="Heron#7719"'),
    ("<a href='/vendors?q=Smith+%26+Sons&amp;page=2'>x</a>", '/vendors?q="Smith & Sons"&page=2'),
])
def test_link_targets_with_user_info_or_query_values_are_hidden_segments(markup, text):
    doc = html(markup)
    assert only(doc, text).hidden == "link target"


def test_a_query_naming_a_records_fields_is_that_record():
    """A lookup link writes a customer's record into its query: its parameters are one record, labelled by their keys
    (the URL itself is not repeated)."""
    doc = html("<a href='/pay?name=Jane+Doe&amp;acct=8001026149&amp;email=jdoe%40gmail.com&amp;lang=en'>Pay</a>")
    assert [[(f.label, f.text, f.hidden) for f in record.fields] for record in doc.records] == [[
        ("name", "Jane Doe", "link target"), ("acct", "8001026149", "link target"),
        ("email", "jdoe@gmail.com", "link target"), ("lang", "en", "link target")]]
    assert not [s for s in doc.segments if s.text.startswith("/pay")]


def test_link_targets_without_values_or_shown_as_text_are_not_repeated():
    link = "https://www.pomonaca.gov/news?id=12"
    doc = html(f"<a href='/about'>About</a> <a href='/search?q='>Search</a> <a href='{link}'>{link}</a> "
               "<a href='/list?page=2'>2</a> <a href='/list?page=2'>next</a> <a href='tel:8006554555'>Call SCE</a>")
    assert {s.text: (s.hidden, s.label) for s in doc.segments} == {
        "/list?page=2": ("link target", None),
        f"About Search {link} 2 next Call SCE (tel. 800-655-4555)": (None, None)}  # the number after its link


def _commented_rows_scripts_and_links(n: int) -> str:
    rows = "".join(f"<tr><td>Customer {i}</td><td>{i:010d}</td></tr><!-- <tr><td>Old {i}</td><td>x</td></tr> -->"
                   for i in range(n))
    return (f"<table><tr><th>A</th><th>B</th></tr>{rows}</table>"
            + "".join(f"<p><a href='/p?id={i}&amp;n=v'>l</a><script>var x{i} = {{\"k\": {i}}};</script></p>"
                      for i in range(n)))


def test_comments_scripts_and_links_take_linear_time():
    """A guard against quadratic behaviour: commented rows, scripts and links with queries."""
    growth, doc = _growth(_commented_rows_scripts_and_links)
    assert len(doc.records) == 12000  # 4,000 rows, 4,000 commented rows, 4,000 JSON objects
    assert growth < 9, f"4x the page took {growth:.1f}x the time"


@pytest.mark.parametrize("markup", [
    # an old CMS template: navigation, body and footer in rows of one full-width table
    '<table width="100%"><tr><td><a href="/">City</a> | <a href="/gov">Government</a></td></tr>'
    "<tr><td><h1>Case notes</h1><p>Customer Ana Ruiz, acct 2-23-456-7890.</p><p>Next note.</p></td></tr>"
    "<tr><td><p>City Hall, 505 S. Garey Ave</p></td></tr></table>",
    # two columns: a sidebar beside the content, which has headings of its own
    "<table><tr><td><ul><li>Home</li><li>Energy</li></ul></td><td><h2>Case notes</h2>"
    "<p>Customer Ana Ruiz, acct 2-23-456-7890.</p></td></tr></table>",
    '<table role="presentation"><tr><td>Customer Ana Ruiz, acct 2-23-456-7890.</td><td>Sidebar</td></tr></table>',
    # a sidebar beside a body of several paragraphs
    "<table><tr><td><ul><li>Home</li><li>Energy</li></ul></td><td><p>Customer Ana Ruiz, acct 2-23-456-7890.</p>"
    "<p>Next note.</p></td></tr></table>",
])
def test_a_table_that_lays_out_the_page_makes_no_records(markup):
    doc = html(markup)
    assert doc.records == []
    assert all(s.label is None for s in doc.segments)
    assert any(s.text == "Customer Ana Ruiz, acct 2-23-456-7890." for s in doc.segments)


# an old district template: banner, then menu beside content, then the address line, all in one table
OLD_TEMPLATE = (
    '<table width="760"><tr><td colspan="2"><b>Mesa Linda Water &amp; Power District</b></td></tr>'
    '<tr><td width="150"><a href="/">Home</a><br><a href="/notices.html">Shutoff Notices</a><br>'
    '<a href="/contact.html">Contact</a></td><td><h2>Payment Arrangements</h2>'
    "<p>Approved in March: Bill Acct 41-0773-52, Rosalind Achebe, 4471 Buckthorn Rd; "
    "Bill Acct 41-0392-18, Tobias Lindqvist, 812 Quarry Hill Rd.</p>{extra}</td></tr>"
    '<tr><td colspan="2">MLWPD &middot; 310 W 5th St, Mesa Linda, CO 80537 &middot; (970) 555-4100 &middot; '
    '<a href="mailto:info@mlwpd.org">info@mlwpd.org</a></td></tr></table>')


def found(body: str) -> set[tuple[str, str]]:
    return {(f.category, f.value) for f in scan_document(html(body), load_detectors())}


def test_the_address_line_and_menu_of_a_layout_table_are_the_sites_chrome():
    doc = html(OLD_TEMPLATE.format(extra=""))
    chrome = {s.text for s in doc.segments if s.chrome}
    assert any("310 W 5th St" in text for text in chrome) and any("Shutoff Notices" in text for text in chrome)
    assert not any("Rosalind Achebe" in text for text in chrome)
    values = {value for _, value in found(OLD_TEMPLATE.format(extra=""))}
    assert {"Rosalind Achebe", "4471 Buckthorn Rd", "41-0773-52"} <= values
    assert not any("310 W 5th St" in value or "555-4100" in value for value in values)


def test_a_short_row_after_a_layout_tables_content_that_links_nowhere_stays_content():
    markup = ('<table><tr><td><h2>Shutoff list</h2><p>Bill Acct 41-0773-52, Rosalind Achebe, 4471 Buckthorn Rd.</p>'
              "<p>Payment plans are available from the billing office.</p></td></tr>"
              "<tr><td>Added Friday: Bill Acct 41-0392-18, Tobias Lindqvist, 812 Quarry Hill Rd</td></tr></table>")
    doc = html(markup)
    assert not any(s.chrome for s in doc.segments)
    assert {"Tobias Lindqvist", "812 Quarry Hill Rd", "41-0392-18"} <= {value for _, value in found(markup)}


@pytest.mark.parametrize("markup", [
    "<table><tr><th>Customer</th><th>Account</th></tr><tr><td>Ana Ruiz</td><td>2-23-456-7890</td></tr></table>",
    "<table><tr><td>Customer</td><td>Account</td></tr><tr><td>Ana Ruiz</td><td>2-23-456-7890</td></tr></table>",
    "<table><caption>Sites</caption><tr><td>Ana Ruiz</td></tr><tr><td>Luis Ortega</td></tr></table>",
    # an editor wraps each value in a paragraph of its own
    "<table><tr><td><p>Customer</p></td><td><p>Account</p></td></tr><tr><td><p>Ana Ruiz</p></td>"
    "<td><p>2-23-456-7890</p></td></tr></table>",
])
def test_data_tables_still_make_records(markup):
    assert html(markup).records
