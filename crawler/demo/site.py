"""The bundled demo site: a small City of Pomona website with planted fake violations and the public
data a real city site is full of (hard negatives). Built into a folder at run time from the text
below, so what is planted where stays readable here.

Every planted value is fictitious. ``PLANTED`` lists the raw values the demo must find (and that must
never appear in a report written without --reveal).
"""
from __future__ import annotations

from pathlib import Path

from docx import Document as WordDocument
from fpdf import FPDF
from openpyxl import Workbook

from .server import SiteBehaviour

STAGING_CREDENTIALS = "reviewer:demo-staging-pass"

PLANTED = {
    "ssn": ["512-34-6789", "623-45-7812", "545 12 3456"],
    "taxpayer_id": ["912-70-1234"],
    "account_number": ["2-23-456-7890", "3-012-3456-78", "8001026149", "2-31-555-0192", "7001234567"],
    "customer_name": ["Maria Lopez", "Robert Chen", "Dolores Ibarra"],
    "address": ["1234 W Holt Ave", "2250 N Garey Ave", "781 E Alvarado St"],
    "phone": ["(909) 555-0147", "(626) 555-0199"],
    "email": ["mlopez1975@gmail.com", "d.ibarra@yahoo.com"],
    "energy_usage": ["532 kWh", "1,240 kWh"],
    "credential": ["PomonaStaff#2024"],
}

HEADER = """<header id="site-header"><a href="/index.html">City of Pomona</a>
<nav><a href="/departments.html">Departments</a> <a href="/council.html">City Council</a>
<a href="/utility.html">Pomona Choice Energy</a> <a href="/notices.html">Public Notices</a>
<a href="/calendar?month=2026-11">Calendar</a> <a href="/history.html">History</a></nav></header>"""
FOOTER = """<footer><address>City Hall, 505 S. Garey Ave., Pomona, CA 91766</address>
<p>Phone (909) 620-2311 &middot; Pomona Choice Energy (909) 620-2079 &middot;
<a href="mailto:cityclerk@pomonaca.gov">cityclerk@pomonaca.gov</a></p>
<p>SCE customer service 1-800-655-4555</p></footer>"""


def page(title: str, body: str, charset: str = "utf-8") -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return (f"<!DOCTYPE html><html lang=en><head>{meta}<title>{title} | City of Pomona</title></head>"
            f"<body>{HEADER}<main><h1>{title}</h1>{body}</main>{FOOTER}</body></html>")


PAGES = {
    "index.html": page("Welcome to the City of Pomona", """
<p>Pomona is a city of 150,000 residents in the Pomona Valley. City Hall is open Monday to Thursday.</p>
<ul><li><a href="/news.html">City News</a></li><li><a href="/old-news">News archive</a></li>
<li><a href="/docs/budget-fy2024.pdf">Adopted Budget FY 2024</a></li>
<li><a href="/docs/council-minutes-2024-03-05.pdf">Council minutes, March 5, 2024</a></li>
<li><a href="/docs/broken-scan.pdf">Planning Commission packet (scan)</a></li>
<li><a href="/docs/permit-fees.csv">Permit fees (CSV)</a></li>
<li><a href="/reports/quarterly-report.html">Quarterly report</a></li>
<li><a href="/missing-page.html">Parks master plan</a></li>
<li><a href="https://www.sce.com/">Southern California Edison</a></li></ul>"""),
    "departments.html": page("Departments", """
<table><tr><th>Department</th><th>Address</th><th>Phone</th><th>Email</th></tr>
<tr><td>City Clerk</td><td>505 S. Garey Ave., Room 101</td><td>(909) 620-2311</td><td>cityclerk@pomonaca.gov</td></tr>
<tr><td>Public Works</td><td>148 N. Huntington St.</td><td>(909) 620-2241</td><td>publicworks@pomonaca.gov</td></tr>
<tr><td>Pomona Public Library</td><td>625 S. Garey Ave.</td><td>(909) 620-2043</td><td>library@pomonaca.gov</td></tr>
<tr><td>Pomona Choice Energy</td><td>505 S. Garey Ave.</td><td>(909) 620-2079</td><td>info@pomonachoiceenergy.org</td></tr>
</table>
<h2>Parks</h2><ul><li>Ganesha Park, 1575 N. White Ave.</li><li>Washington Park, 865 E. Grand Ave.</li>
<li>Palomares Park, 499 E. Arrow Hwy.</li></ul>"""),
    "council.html": page("City Council", """
<table><tr><th>Name</th><th>Title</th><th>District</th><th>Email</th></tr>
<tr><td>Tim Sandoval</td><td>Mayor</td><td>At large</td><td>mayor@pomonaca.gov</td></tr>
<tr><td>Nora Garcia</td><td>Councilmember</td><td>1</td><td>district1@pomonaca.gov</td></tr></table>
<h2>Agenda, March 5, 2024</h2><ol>
<li>Resolution No. 2024-123 approving the Assessor Parcel Number 8341-012-034 lot merger (Case No. LM 12-2023).</li>
<li>Ordinance No. 4321, second reading. Contract No. 2024-0117 with ABC Electric, 123 Main St., Pomona, CA 91766-1234.</li>
<li>Purchase order PO# 8001026149 and Invoice No. 2045678, approved 03/05/2024.</li>
<li>Public hearing on the project at 1460 E. Holt Ave.; Zoom meeting ID 812 3456 7890, passcode 445566.</li></ol>"""),
    "utility.html": page("Pomona Choice Energy Rates", """
<p>Pomona residents used 412 GWh of electricity in 2023. The average home uses 550 kWh a month.</p>
<table><tr><th>Plan</th><th>Tier</th><th>Rate per kWh</th></tr>
<tr><td>Power 100</td><td>Tier 1: 0-300 kWh</td><td>$0.128</td></tr>
<tr><td>Power 100</td><td>Tier 2: over 300 kWh</td><td>$0.151</td></tr></table>
<p>Questions about your bill? Call SCE at 1-800-655-4555 or PCE at (909) 620-2079.</p>
<p><a href="/docs/customer-optouts-2024.xlsx">Opt-out processing log</a> &middot;
<a href="/docs/billing-dispute-letter.pdf">Billing dispute response (PDF)</a> &middot;
<a href="/docs/billing-dispute-letter.docx">(Word)</a></p>"""),
    "notices.html": page("Public Notices", """
<p>Shut-off notices are mailed to customers 15 days before disconnection.</p>
<!-- draft list from billing: Maria Lopez SSN 512-34-6789, acct 2-23-456-7890 -->
<table><thead><tr><th>Customer Name</th><th>Service Address</th><th>Service Account</th><th>Usage (kWh)</th></tr></thead>
<tr><td>Robert Chen</td><td>2250 N Garey Ave, Pomona, CA 91767</td><td>3-012-3456-78</td><td>1,240 kWh</td></tr>
</table>
<form action="/pay"><input type="hidden" name="acct" value="Service Account 8001026149"></form>
<p>For questions contact resident liaison Dolores Ibarra at d.ibarra@yahoo.com or cell (626) 555-0199.</p>
<p>Staff portal: username cityweb, password: PomonaStaff#2024</p>"""),
    "news.html": page("City News", """
<p>Mayor Tim Sandoval opened the renovated Ganesha Park pool on June 1, 2024.</p>
<p>Call the Parks Department at (909) 620-2321 for summer programs.</p>"""),
    "orphan-hearing-notice.html": page("Hearing Notice (unlinked)", """
<p>Appellant taxpayer ITIN 912-70-1234; SSN 623-45-7812 on file.</p>"""),
    "reports/quarterly-report.html": page("Quarterly Report", """
<p>Program participation rose 4% over the quarter. <a href="server-error.html">Detailed tables</a>.</p>"""),
    "staging/index.html": page("Staging: next release", """
<p>Upcoming pages: <a href="draft.html">Delinquency draft</a></p>"""),
    "staging/draft.html": page("Delinquent accounts (draft, staging)", """
<dl><dt>Customer Account</dt><dd>2-31-555-0192</dd><dt>Account holder SSN</dt><dd>545 12 3456</dd></dl>"""),
}

SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<url><loc>{base}index.html</loc></url><url><loc>{base}council.html</loc></url>
<url><loc>{base}orphan-hearing-notice.html</loc></url></urlset>"""


def write_pdf(path: Path, pages: list[str]) -> None:
    """A PDF with one page of plain text per string (the demo's and the tests' documents)."""
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    for text in pages:
        pdf.add_page()
        pdf.multi_cell(0, 6, text)
    pdf.output(str(path))


LETTER = [
    "Pomona Choice Energy\n505 S. Garey Ave., Pomona, CA 91766\n\nJuly 30, 2024\n\n"
    "Mr. Robert Chen\n2250 N Garey Ave\nPomona, CA 91767\n\nRE: Billing dispute, Service Account 3-012-3456-78\n\n"
    "Dear Mr. Chen,\n\nWe reviewed the bill for your home at 2250 N Garey Ave. Your usage of 1,240 kWh in July "
    "was read correctly. If you have questions, call PCE at (909) 620-2079.\n\nSincerely,\nCustomer Care",
]


def build_site(root: Path, base_url: str) -> SiteBehaviour:
    """Write the demo site into ``root``; returns how its server must behave."""
    for name, html in PAGES.items():
        target = root / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
    history = page("History of Pomona", "<p>Pomona\u2019s founders named the city after the Roman goddess of "
                   "fruit; the caf\u00e9 on Second Street opened in 1911.</p>", charset="")
    (root / "history.html").write_bytes(history.encode("cp1252"))  # an old page with no declared charset
    (root / "robots.txt").write_text(f"User-agent: *\nDisallow: /staging/\nSitemap: {base_url}sitemap.xml\n")
    (root / "sitemap.xml").write_text(SITEMAP.format(base=base_url))
    docs = root / "docs"
    docs.mkdir(exist_ok=True)
    write_pdf(docs / "budget-fy2024.pdf", [
        "Adopted Budget FY 2024\nGeneral Fund account 101-1234-56789: $1,250,000\nPO# 8001026149\n"
        "Invoice No. 2045678\nAPN 8341-012-034",
        "Electric utility: 412,000 MWh delivered city-wide; average residential use 550 kWh per month."])
    write_pdf(docs / "council-minutes-2024-03-05.pdf", [
        "Minutes of the City Council, March 5, 2024\nRoll call: all present.",
        "Public comment: a speaker's form was attached by mistake.\nName: Maria Lopez  SSN: 512-34-6789\n"
        "Customer Account: 2-23-456-7890  Usage: 532 kWh"])
    write_pdf(docs / "billing-dispute-letter.pdf", LETTER)
    letter = WordDocument()
    for paragraph in LETTER[0].split("\n\n"):
        letter.add_paragraph(paragraph)
    letter.save(str(docs / "billing-dispute-letter.docx"))
    (docs / "broken-scan.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\nthis file was cut off")
    (docs / "permit-fees.csv").write_text("Permit,Fee\nFence,$120\nPatio cover,$340\n")
    book = Workbook()
    sheet = book.active
    sheet.title = "Opt-outs"
    sheet.append(["Customer Name", "Service Address", "Account Number", "Phone", "Email"])
    sheet.append(["Dolores Ibarra", "781 E Alvarado St, Pomona, CA 91767", "7001234567", "(909) 555-0147",
                  "d.ibarra@yahoo.com"])
    sheet.append(["Maria Lopez", "1234 W Holt Ave, Pomona, CA 91768", "2-23-456-7890", "(626) 555-0199",
                  "mlopez1975@gmail.com"])
    book.save(str(docs / "customer-optouts-2024.xlsx"))
    return SiteBehaviour(protected_prefix="/staging/", credentials=STAGING_CREDENTIALS,
                         redirects={"/old-news": "/news.html"}, statuses={"/reports/server-error.html": 500})
