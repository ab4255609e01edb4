"""The public content of the site: what a city publishes on purpose and must raise no finding (hard negatives):
staff directory and council bios with direct lines, public comment pages naming speakers with their own contacts,
news, agendas with Zoom passcodes, rate tables in kWh, a sample bill with a visible stand-in customer, parcel,
case, permit, resolution, PO, invoice and ledger numbers, ZIP+4 codes, department phones, companies' EINs,
facility addresses, and public documents (minutes, an annual report, the City's W-9, a fee schedule)."""
from __future__ import annotations

import html

from stdnum.us import ein as stdnum_ein

from . import documents
from .site import Site

FIRMS = ("Willdan Engineering", "Kimley-Horn and Associates", "Best Best & Krieger LLP", "Tetra Tech, Inc.",
         "Harris & Associates", "NV5, Inc.", "Interwest Consulting Group", "TRC Engineers", "Psomas",
         "Michael Baker International", "Ecology Control Industries", "Sierra Pacific Electrical Contractors",
         "American Asphalt South, Inc.", "Bear Electrical Solutions", "Calpine Energy Solutions")
FIRM_DOMAINS = ("willdan.com", "kimley-horn.com", "bbklaw.com", "tetratech.com", "harris-assoc.com", "nv5.com",
                "interwestgrp.com", "trccompanies.com", "psomas.com", "mbakerintl.com")
TITLES = (("City Manager", "City Manager's Office"), ("City Clerk", "City Clerk"), ("Finance Director", "Finance"),
          ("Public Works Director", "Public Works"), ("Senior Planner", "Development Services"),
          ("Energy Programs Manager", "Community Energy"), ("Management Analyst", "Finance"),
          ("Recreation Supervisor", "Community Services"), ("Utility Billing Supervisor", "Finance"),
          ("Code Enforcement Officer", "Development Services"), ("Building Official", "Development Services"))


def _ein(site: Site) -> str:
    while True:
        value = f"{site.rng.choice(['95', '33', '94', '20', '27', '46', '47', '68', '81', '82', '83', '84', '86'])}-" \
                f"{site.rng.randint(1000000, 9999999)}"
        if stdnum_ein.is_valid(value):
            return value


def _mailbox(person_name: str, domain: str) -> str:
    given, *_, surname = person_name.lower().replace("'", "").replace("-", "").split()
    return f"{given[0]}{surname}@{domain}"


def directory(site: Site) -> None:
    ctx, rng, city = site.ctx, site.rng, site.city
    rows = []
    for title, department in rng.sample(TITLES, 8):
        name = ctx.staff_name()
        rows.append([name, title, department, ctx.city_phone(), _mailbox(name, city.domain)])
    contractor = ctx.staff_name()
    domain = rng.choice(FIRM_DOMAINS)
    rows.append([contractor, "City Engineer (contract)", "Public Works", f"({rng.choice(city.area_codes)}) "
                 f"{rng.randint(200, 999)}-{rng.randint(1000, 9999)}",
                 contractor.lower().replace(" ", ".").replace("'", "") + "@" + domain])
    cards = "".join(f'<div class="staff-card"><h3>{d}</h3><p>{ctx.city_phone()}</p></div>'
                    for d in ("Animal Services", "Graffiti Hotline", "Senior Center", "Dial-A-Ride", "Permit Center"))
    body = ("<p>Direct lines are listed below. After hours, call the main line.</p>"
            + site.table(["Name", "Title", "Department", "Phone", "Email"], [[html.escape(c) for c in r] for r in rows])
            + f"<h2>Department Contacts</h2>{cards}")
    site.add("departments.html", site.page("Staff Directory", body), "Staff directory", listed=False)


def council(site: Site) -> None:
    ctx, rng, city = site.ctx, site.rng, site.city
    bios = []
    for n, role in enumerate(["Mayor", "Mayor Pro Tem", "Councilmember", "Councilmember", "Councilmember"], 1):
        name = ctx.staff_name()
        bios.append(f'<div class="bio"><h2>{role} {html.escape(name)}{f", District {n}" if n > 1 else ""}</h2>'
                    f"<p>{html.escape(name.split()[-1])} has lived in {city.name} since {rng.randint(1970, 2010)} and "
                    f"serves on the {city.program} Board.</p><p>Email: {_mailbox(name, city.domain)}<br>Office: "
                    f"{ctx.city_phone()}<br>Cell: ({rng.choice(city.area_codes)}) {rng.randint(200, 999)}-"
                    f"{rng.randint(1000, 9999)}</p></div>")
    body = "".join(bios) + (f"<p>The Council meets the first and third Tuesday at 6 p.m. at {city.hall_address}.</p>")
    site.add("government.html", site.page("City Council", body), "City Council", listed=False)


def public_comments(site: Site) -> None:
    ctx = site.ctx
    path = "council/public-comments.html"
    entries = [ctx.fill(t, path, "public", plant=False) for t in ctx.phrasing.comment_page_entries for _ in range(2)]
    ecomment = ctx.fill("<h3>eComment</h3><p>Name: {name}<br>Address: {address}<br>Email: {email}<br>"
                        "Comment: Please fix the potholes on my street before raising fees.</p>", path, "public",
                        plant=False, name_style="plain")
    listing = "".join(entries)
    if listing.startswith("<li>"):
        listing = f"<ul>{listing}</ul>"
    body = (f"<p>Public comments received for the City Council meeting of {ctx.date()}. Comments become part of "
            f"the public record.</p>{listing}{ecomment}")
    site.add(path, site.page("Public Comments Received", body), "Public comments received")


def news(site: Site) -> None:
    ctx, rng, city = site.ctx, site.rng, site.city
    resident = ctx.staff_name()
    body = (f"<p class=\"dateline\">FOR IMMEDIATE RELEASE - {ctx.date()}</p><p>{city.name.upper()}, CA - The City "
            f"opened a {rng.randint(200, 900)} kW solar canopy at the Civic Center. It will produce about "
            f"{rng.randint(300, 900)},000 kWh a year. Resident {html.escape(resident)}, who lives on "
            f"{rng.choice(site.ctx.pop.streets)} Street, said the project makes her proud.</p><p>Media contact: "
            f"{html.escape(ctx.staff_name())}, Public Information Officer, {ctx.city_phone()}, "
            f"pio@{city.domain}</p>")
    site.add("news/solar-canopy.html", site.page("City Opens Civic Center Solar Canopy", body), "News: solar canopy")
    body = (f"<p>{city.program} customers used {rng.randint(300, 700)} GWh in {rng.choice([2023, 2024])}. The "
            f"average home used {rng.randint(450, 650)} kWh a month; {rng.randint(30, 60)}% of the power was "
            f"renewable. {city.program} now serves {rng.randint(20, 60)},{rng.randint(100, 999)} accounts.</p>")
    site.add("news/annual-results.html", site.page(f"{city.program} Annual Results", body), "News: annual results")


def agendas(site: Site) -> None:
    ctx, rng, city = site.ctx, site.rng, site.city
    items = [
        f"Resolution No. {rng.randint(2024, 2025)}-{rng.randint(10, 150)} approving a lot merger for Assessor's "
        f"Parcel Number {rng.randint(1000, 9999)}-{rng.randint(100, 999)}-{rng.randint(10, 99)} (Case No. "
        f"LM {rng.randint(10, 99)}-{rng.randint(2023, 2025)}).",
        f"Ordinance No. {rng.randint(1000, 1999)}, second reading. Contract No. {rng.randint(2024, 2025)}-"
        f"{rng.randint(1000, 9999)} with {rng.choice(FIRMS)}, {rng.randint(100, 9999)} Commerce Center Dr, "
        f"{city.name}, CA {city.zip_code}-{rng.randint(1000, 9999)}.",
        f"Purchase Order PO# {rng.randint(8000000000, 8099999999)} and Invoice No. {rng.randint(1000000, 9999999)}, "
        f"approved {ctx.date()}.",
        f"Building permit B{rng.randint(24, 25)}-{rng.randint(10000, 99999)} appeal, "
        f"{rng.randint(100, 9999)} {rng.choice(site.ctx.pop.streets)} Ave.",
        f"Bid No. {rng.randint(2024, 2025)}-{rng.randint(1, 30):03d}: award to {rng.choice(FIRMS)}.",
    ]
    meeting = f"{rng.randint(810, 899)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    body = (f"<p>Join the meeting on Zoom: Meeting ID {meeting}, Passcode: {rng.randint(100000, 999999)}. Or "
            "call +1 253 215 8782.</p><ol>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ol>"
            '<p><a href="/docs/minutes.pdf">Minutes of the previous meeting</a></p>')
    site.add("agendas.html", site.page("Agendas and Minutes", body), "Agendas", listed=False)


def energy_pages(site: Site) -> None:
    ctx, rng, city = site.ctx, site.rng, site.city
    tollfree = f"1-8{rng.choice('4567')}{rng.randint(4, 8)}-{rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
    body = (f"<p>{city.program} ({city.acronym}) is the City's community choice energy program. SCE still "
            f"delivers the power and sends one bill.</p><p>Customer service: {tollfree}<br>Email: "
            f"info@{city.program_domain}<br>Office: {city.hall_address}, Suite 200, {city.name}, CA "
            f"{city.zip_code}</p>")
    site.add("energy/index.html", site.page(city.program, body), city.program, listed=False)
    rates = site.table(["Rate Schedule", "Tier", f"{city.acronym} Generation ($/kWh)", "SCE Generation ($/kWh)"],
                       [["Domestic (D)", "Tier 1: 0-350 kWh", "$0.1121", "$0.1342"],
                        ["Domestic (D)", "Tier 2: over 350 kWh", "$0.1318", "$0.1502"],
                        ["TOU-D-4-9PM", "On-peak", "$0.1687", "$0.1904"], ["GS-1", "Summer", "$0.1395", "$0.1512"]])
    compare = site.table(["Customer Type", "Average Monthly Usage (kWh)", "SCE Bill", f"{city.acronym} Bill"],
                         [["Residential", f"{rng.randint(500, 650)}", "$172.44", "$165.12"],
                          ["Residential CARE", f"{rng.randint(400, 550)}", "$105.10", "$101.90"],
                          ["Small Commercial", "1,450", "$398.20", "$381.35"]])
    site.add("energy/rates.html", site.page("Rates", rates + compare), "Rates")
    name, address, account = site.rng.choice(ctx.phrasing.stand_ins)
    body = (f"<p>The sample bill below is an example; the names and numbers on it are not a real customer's.</p>"
            f'<div class="sample-bill"><dl><dt>Customer name</dt><dd>{name}</dd><dt>Service address</dt><dd>'
            f"{address}, {city.name.upper()}, CA {city.zip_code}</dd><dt>Customer account</dt><dd>{account}</dd>"
            f"<dt>Total usage</dt><dd>612 kWh</dd><dt>Amount due</dt><dd>$142.17</dd></dl></div><ol><li>Your "
            f"customer account number: use it when you call SCE or {city.acronym}.</li><li>Your usage this month in "
            f"kWh, and a 13-month history.</li></ol>")
    site.add("energy/how-to-read-your-bill.html", site.page("How to Read Your Bill", body), "How to read your bill")


def residents(site: Site) -> None:
    ctx, rng, city = site.ctx, site.rng, site.city
    rows = [[f, f"{rng.randint(100, 9999)} {rng.choice(ctx.pop.streets)} {rng.choice(['Ave', 'St', 'Dr', 'Blvd'])}, "
                f"{city.name}, CA {city.zip_code}-{rng.randint(1000, 9999)}", ctx.city_phone(),
             rng.choice(["Daily 7 a.m. - dusk", "Mon-Thu 10-8", "Mon-Fri 8-5"])]
            for f in ("Central Library", "Community Center", "Senior Center", "Aquatic Center", "Veterans Park",
                      "Sports Complex")]
    body = site.table(["Facility", "Address", "Phone", "Hours"], rows, "City facilities")
    site.add("residents.html", site.page("Parks and Facilities", body), "Residents", listed=False)


def planning(site: Site) -> None:
    ctx, rng, city = site.ctx, site.rng, site.city
    notices = []
    for _ in range(3):
        notices.append(
            f"<h3>Case {rng.choice(['CUP', 'DR', 'TPM', 'VAR'])}{rng.randint(24, 25)}-{rng.randint(1, 99):04d}</h3>"
            f"<p>Applicant: {html.escape(ctx.staff_name())}<br>Project address: {rng.randint(100, 9999)} "
            f"{rng.choice(ctx.pop.streets)} Rd, {city.name}, CA {city.zip_code}-{rng.randint(1000, 9999)}<br>APN: "
            f"{rng.randint(100, 999)}-{rng.randint(100, 999)}-{rng.randint(10, 99)}<br>Description: accessory "
            f"dwelling unit.</p>")
    body = (f"<p>Public hearings of the Planning Commission. Questions: Planning Division, {ctx.city_phone()}, "
            f"planning@{city.domain}.</p>" + "".join(notices))
    site.add("planning/notices.html", site.page("Public Hearing Notices", body), "Public hearing notices")


def bids(site: Site) -> None:
    ctx, rng = site.ctx, site.rng
    rows = [[html.escape(firm), _ein(site), f"${rng.randint(20000, 2000000):,}",
             f"PO {rng.randint(24, 25)}-{rng.randint(1000, 9999)}", f"INV-{rng.randint(100000, 999999)}"]
            for firm in rng.sample(FIRMS, 5)]
    body = ("<p>Awarded contracts and payments to vendors, as approved by the Council.</p>"
            + site.table(["Vendor", "Vendor EIN", "Amount", "Purchase Order", "Invoice"], rows))
    site.add("finance/vendor-payments.html", site.page("Vendor Payments", body), "Vendor payments")
    gl = [[f"{fund}-{rng.randint(4100, 4900)}-{rng.randint(5100, 5999)}", item, f"${rng.randint(10000, 900000):,}"]
          for fund, item in [(101, "Salaries"), (101, "Electricity"), (610, "Power Purchases"), (205, "Gas Tax")]]
    body = (site.table(["Account Number", "Description", "Adopted"], gl)
            + f"<p>Funded from Account No. 610-4710-{rng.randint(5100, 5999)} (Power Supply - Contract Services).</p>"
            + f"<p>Questions: Finance, {ctx.city_phone()}.</p>")
    site.add("finance/budget.html", site.page("Budget Summary", body), "Budget summary")


def billing_faq(site: Site) -> None:
    ctx, city = site.ctx, site.city
    body = (f"<h2>Where is my account number?</h2><p>Your SCE customer account number is printed at the top of "
            f"page 1 of your bill. It has 12 digits and starts with 700. Have it ready when you call.</p>"
            f"<h2>Start or stop service</h2><p>Call Utility Billing at {ctx.city_phone()} or email "
            f"utilitybilling@{city.domain} two business days before you move.</p><p>Customers enrolled in CARE "
            f"receive a 30% discount; FERA customers 18%.</p>")
    site.add("utilities/faq.html", site.page("Utility Billing FAQ", body), "Utility billing FAQ")


def public_documents(site: Site) -> None:
    ctx, rng, city = site.ctx, site.rng, site.city
    speakers = [ctx.staff_name() for _ in range(3)]
    minutes = (f"CITY OF {city.name.upper()}\nMINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL\n{ctx.date()}\n\n"
               f"PUBLIC COMMENT\n{speakers[0]}, {rng.choice(ctx.pop.streets)} Street, spoke about speeding.\n"
               f"{speakers[1]} spoke in support of the solar canopy.\n{speakers[2]} asked about {city.acronym} "
               f"rates.\n\nCONSENT CALENDAR\nMotion carried 5-0. Resolution No. {rng.randint(2024, 2025)}-"
               f"{rng.randint(10, 99)} adopted.\n\n{ctx.staff_name()}, City Clerk")
    site.add("docs/minutes.pdf", documents.pdf([minutes]), "Minutes", listed=False)
    report = (f"{city.program.upper()}\nANNUAL REPORT\n\nCustomer Class    Accounts    Annual Usage (kWh)\n"
              f"Residential    37,412    301,552,000\nCommercial    4,120    262,480,000\nTotal    41,532    "
              f"564,032,000\n\nStaff: {ctx.staff_name()}, Energy Programs Manager, {ctx.city_phone()}")
    site.add("docs/annual-report.pdf", documents.pdf([report]), "Annual report")
    w9 = (f"Form W-9\nRequest for Taxpayer Identification Number and Certification\n1 Name: City of {city.name}\n"
          f"3 Federal tax classification: Government entity\n5 Address: {city.hall_address}\n6 City, state, ZIP: "
          f"{city.name}, CA {city.zip_code}\nPart I Taxpayer Identification Number\nSocial security number: "
          f"___-__-____\nEmployer identification number: {_ein(site)}\nSignature: {ctx.staff_name()}, Finance "
          f"Director")
    site.add("docs/city-w9.pdf", documents.pdf([w9]), "City W-9")
    fees = [["Permit", "Fee", "Code Section"], ["Residential solar (up to 15 kW)", "$450", "15.04.020"],
            ["EV charger", "$210", "15.04.030"], ["Panel upgrade", "$180", "15.04.040"]]
    site.add("docs/permit-fees.csv", documents.csv_bytes(fees), "Permit fees")
    release = [f"NEWS RELEASE - {ctx.date()}", f"{city.program} lowers rates",
               f"The {city.program} Board voted to set generation rates 2% below SCE's. A typical home using "
               f"550 kWh a month saves $3 a month. Contact: {ctx.staff_name()}, {ctx.city_phone()}."]
    site.add("docs/news-release.docx", documents.docx(release), "News release")


BUILDERS = (directory, council, public_comments, news, agendas, energy_pages, residents, planning, bids,
            billing_faq, public_documents)
