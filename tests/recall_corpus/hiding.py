"""The hiding places: each builder writes one file of the site with customer records planted the way real leaks
happen (case notes typed into a page, an export uploaded by mistake, a row pasted into a public table, a record
left in a comment or a hidden block, a memo, a page deep in a budget book), among public content.

One hiding place per file, so that every finding on a file is scored against that hiding place's records.
"""
from __future__ import annotations

import html

from . import documents
from .core import MONTHS
from .site import Site

PUBLIC_LETTER = ("{date}\n\nHonorable Mayor and Members of the City Council\n\nRE: Item {item}\n\nI have lived at "
                 "{address} for many years and I ask the Council to keep the library open on Saturdays. Our "
                 "children depend on it.\n\nSincerely,\n{name}\n{address}\n{phone}\n{email}")


def _pick(site: Site, options, k: int) -> list:
    options = list(options)
    site.rng.shuffle(options)
    return [options[i % len(options)] for i in range(k)]


def _path(site: Site, *options: str) -> str:
    return site.rng.choice(options)


def _public(site: Site, template: str) -> str:
    """A template filled with public values only (nothing planted)."""
    return template.format(**site.ctx.filler())


def case_notes(site: Site) -> None:
    place, ctx = "prose_case_notes", site.ctx
    path = _path(site, "customer-service/case-notes.html", "energy/cs-weekly-notes.html", "utilities/call-log.html")
    intro = _public(site, site.rng.choice(site.ctx.phrasing.case_notes_intro))
    notes = [ctx.fill(t, path, place) for t in _pick(site, ctx.phrasing.case_notes, site.rng.randint(4, 5))]
    if site.rng.random() < 0.5:
        body = "".join(f"<p>{n}</p>" for n in notes)
    else:
        body = "".join(f'<div class="note"><h3>Note {i}</h3><p>{n}</p></div>' for i, n in enumerate(notes, 1))
    supervisor = f"<p>Supervisor on duty: {ctx.staff_name()}, {ctx.city_phone()}.</p>"
    site.add(path, site.page("Customer Service Notes", f"<p>{intro}</p>{body}{supervisor}"), "Customer service notes")


def payment_arrangements(site: Site) -> None:
    place, ctx = "list_payment_arrangements", site.ctx
    path = _path(site, "utilities/payment-arrangements.html", "energy/payment-plans-approved.html")
    items = [ctx.fill(t, path, place) for t in _pick(site, ctx.phrasing.payment_items, site.rng.randint(4, 5))]
    layout = site.rng.choice(ctx.phrasing.payment_layouts)
    body = (f"<p>Payment arrangements approved in {site.rng.choice(MONTHS)}. Service will not be disconnected "
            f"while an arrangement is current. Questions: Utility Billing, {ctx.city_phone()}.</p>"
            + site.list_markup(items, layout))
    site.add(path, site.page("Payment Arrangements", body), "Payment arrangements")


def assistance_applicants(site: Site) -> None:
    place, ctx = "list_assistance_applicants", site.ctx
    path = _path(site, "housing/rental-assistance-applicants.html", "community/bill-assistance.html")
    items = [ctx.fill(t, path, place) for t in _pick(site, ctx.phrasing.assistance_items, site.rng.randint(3, 5))]
    layout = site.rng.choice(ctx.phrasing.payment_layouts)
    body = (f"<p>The {site.city.name} Emergency Rental and Utility Assistance Program helps households behind on "
            f"rent or energy bills. Funding: CDBG-CV grant B-20-MW-06-0555. Call the Housing Division at "
            f"{ctx.city_phone()}.</p><h2>Applications approved this round</h2>" + site.list_markup(items, layout))
    site.add(path, site.page("Rental and Bill Assistance", body), "Rental and bill assistance")


def personnel_notice(site: Site) -> None:
    place, ctx = "personnel_notice", site.ctx
    templates = _pick(site, ctx.phrasing.personnel_notices, site.rng.randint(1, 2))
    if site.rng.random() < 0.5:
        path = _path(site, "hr/personnel-notice.pdf", "docs/hr/notice-to-departments.pdf")
        notices = [ctx.fill(t, path, place, encodable="latin-1") for t in templates]
        site.add(path, documents.pdf(notices), "Personnel notice")
    else:
        path = _path(site, "hr/notices.html", "human-resources/bulletin.html")
        notices = [ctx.fill(t, path, place) for t in templates]
        body = "".join("<div class=\"notice\">" + "".join(f"<p>{html.escape(line)}</p>" for line in n.split("\n"))
                       + "</div>" for n in notices)
        site.add(path, site.page("Human Resources Notices", body), "Human resources notices")


def packet_letters(site: Site) -> None:
    """An agenda packet: the agenda (Zoom passcode, resolutions), a staff report, then correspondence: public
    comment letters (public) and complaints from customers quoting their account (planted)."""
    place, ctx, rng, city = "packet_letters", site.ctx, site.rng, site.city
    path = _path(site, "docs/agenda-packet-council.pdf", "agendas/packet-regular-meeting.pdf")
    meeting_id = f"{rng.randint(810, 899)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}"
    agenda = (f"CITY OF {city.name.upper()}\nCITY COUNCIL REGULAR MEETING AGENDA\n{ctx.date()} - 6:00 p.m.\n"
              f"Council Chambers, {city.hall_address}, {city.name}, CA {city.zip_code}\n\nJoin by Zoom: Meeting ID "
              f"{meeting_id}, Passcode: {rng.randint(100000, 999999)}\nBy phone: +1 669 900 6833\n\n1. CALL TO "
              f"ORDER\n2. PUBLIC COMMENT\n3. CONSENT CALENDAR\n3.1 Resolution No. {rng.randint(2024, 2025)}-"
              f"{rng.randint(10, 99)} approving Contract No. C-{rng.randint(1000, 9999)}\n3.2 Warrant register No. "
              f"{rng.randint(20, 30)}-{rng.randint(10, 52)}\n4. {city.program.upper()} RATE ADJUSTMENT\n5. "
              f"CORRESPONDENCE RECEIVED\n6. ADJOURNMENT")
    report = (f"STAFF REPORT\nTO: Honorable Mayor and City Council\nFROM: {ctx.staff_name()}, {city.program} "
              f"Director\nSUBJECT: Generation rate adjustment\n\nRECOMMENDATION\nAdopt a resolution setting "
              f"generation rates 2% below SCE. The average residential customer uses 560 kWh per month and would "
              f"save $3.10 a month.\n\nFISCAL IMPACT\nAccount No. 610-4710-{rng.randint(5100, 5399)} (Power Supply).")
    letters = [ctx.fill(t, path, place, encodable="latin-1") for t in
               _pick(site, ctx.phrasing.complaint_letters, rng.randint(2, 3))]
    public = [ctx.fill(PUBLIC_LETTER, path, place, encodable="latin-1", plant=False) for _ in range(2)]
    correspondence = public + letters
    rng.shuffle(correspondence)
    site.add(path, documents.pdf([agenda, report, *correspondence]), "Council agenda packet")


def billing_example(site: Site) -> None:
    place, ctx = "billing_example", site.ctx
    path = _path(site, "energy/understanding-your-rates.html", "energy/new-rates-example.html")
    example = ctx.fill(site.rng.choice(ctx.phrasing.billing_examples), path, place)
    rates = site.table(["Rate", "Tier", "Generation ($/kWh)"],
                       [["Domestic (D)", "Baseline (0-350 kWh)", "$0.1084"], ["Domestic (D)", "Above baseline",
                                                                              "$0.1291"],
                        ["TOU-D-4-9PM", "On-peak", "$0.1712"]])
    body = (f"<p>On July 1 {site.city.program} generation rates change. The table shows the new rates; the example "
            f"below shows what they mean on a bill.</p>{rates}{example}<p>Questions? Call {site.city.program} at "
            f"1-855-{site.rng.randint(200, 999)}-{site.rng.randint(1000, 9999)}.</p>")
    site.add(path, site.page("Understanding Your New Rates", body), "Understanding your new rates")


def table_rows(site: Site) -> None:
    """A committee roster and a program table, each with one customer row pasted in among public rows."""
    place, ctx, rng, city = "table_added_row", site.ctx, site.rng, site.city
    path = _path(site, "energy/advisory-committee.html", "boards/energy-committee.html")
    headers = list(ctx.phrasing.roster_headers)
    rows = [[ctx.staff_name(), rng.choice(["Chair", "Vice Chair", "Member", "Alternate"]), ctx.date(), ctx.date(),
             f"{rng.choice(['cmte', 'eac', 'board'])}{n}@{city.domain}"] for n in range(1, rng.randint(5, 8))]
    rows.insert(rng.randint(1, len(rows)), ctx.fill(rng.choice(ctx.phrasing.roster_rows), path, place).split("|"))
    body = (f"<p>The Energy Advisory Committee advises the Council on {city.program}. Members are appointed by "
            f"the Council. Staff liaison: {ctx.staff_name()}, {ctx.city_phone()}.</p>" + site.table(headers, rows))
    site.add(path, site.page("Energy Advisory Committee", body), "Energy advisory committee")

    path = _path(site, "energy/program-sites.html", "sustainability/installations.html")
    headers, customer_row, public_row = ctx.phrasing.program_table
    facilities = ["City Hall", "Central Library", "Fire Station 2", "Corporation Yard", "Senior Center",
                  "Aquatic Center", "Police Headquarters", "Community Center", "Transit Center"]
    rows = []
    for facility in _pick(site, facilities, rng.randint(4, 7)):
        street = rng.choice(["Civic Way", "Library Ln", "Corporate Dr", "Park Ave", "Industrial Pkwy"])
        rows.append(public_row.format(**ctx.filler(), facility=facility, chargers=rng.randint(2, 24),
                                      facility_address=f"{rng.randint(100, 9999)} {street}",
                                      production=f"{rng.randint(20, 900) * 1000:,}").split("|"))
    rows.insert(rng.randint(1, len(rows)), ctx.fill(customer_row, path, place).split("|"))
    body = (f"<p>{city.program} installations at City facilities. Production figures are annual estimates.</p>"
            + site.table(list(headers), rows))
    site.add(path, site.page("Program Installations", body), "Program installations")


def _public_body(site: Site) -> str:
    city, ctx = site.city, site.ctx
    return (f"<p>Pay your {city.program} charges on your SCE bill. Customer service: 1-855-"
            f"{site.rng.randint(200, 999)}-{site.rng.randint(1000, 9999)}, Monday - Friday 8 a.m. - 5 p.m. Walk-in "
            f"payments at City Hall, {city.hall_address}.</p><p>Enrollment questions: "
            f"info@{city.program_domain}. Staff contact: {ctx.staff_name()}, {ctx.city_phone()}.</p>")


def html_comments(site: Site) -> None:
    place, ctx = "html_comment", site.ctx
    path = _path(site, "energy/pay-your-bill.html", "utilities/billing.html")
    comments = [ctx.fill(t, path, place) for t in _pick(site, ctx.phrasing.comments, 2)]
    body = _public_body(site)
    site.add(path, site.page("Paying Your Bill", comments[0] + body + comments[1]), "Paying your bill")


def hidden_blocks(site: Site) -> None:
    place, ctx = "hidden_block", site.ctx
    path = _path(site, "energy/enrollment.html", "energy/opt-out.html")
    blocks = [ctx.fill(t, path, place) for t in _pick(site, ctx.phrasing.hidden_blocks, 2)]
    body = (f"{blocks[0]}<p>Every customer in {site.city.name} is enrolled automatically.</p>{_public_body(site)}"
            f"{blocks[1]}")
    site.add(path, site.page("Enrollment and Opt-Out", body), "Enrollment and opt-out")


def template_noscript(site: Site) -> None:
    place, ctx = "template_noscript", site.ctx
    path = _path(site, "energy/account-lookup.html", "myaccount/lookup.html")
    template = ctx.fill(site.rng.choice(ctx.phrasing.templates), path, place)
    noscript = ctx.fill(site.rng.choice(ctx.phrasing.noscripts), path, place)
    body = (f"<p>Look up your enrollment status.</p><div id=\"results\"></div>{template}{noscript}"
            f"{_public_body(site)}")
    site.add(path, site.page("Account Lookup", body), "Account lookup")


def hidden_inputs(site: Site) -> None:
    place, ctx = "hidden_input", site.ctx
    path = _path(site, "energy/contact-form.html", "forms/service-request.html")
    forms = []
    for inputs in ctx.phrasing.hidden_inputs:
        template = "".join(f'<input type="hidden" name="{name}" value="{{{field}}}">' for name, field in inputs)
        forms.append(f'<form method="post" action="/forms/submit">{ctx.fill(template, path, place)}'
                     '<label>Message <textarea name="message"></textarea></label><button>Send</button></form>')
    body = _public_body(site) + "".join(forms)
    site.add(path, site.page("Contact Us", body), "Contact form")


def docx_memo(site: Site) -> None:
    place, ctx = "docx_memo", site.ctx
    path = _path(site, "docs/energy/memo-hardship.docx", "docs/memos/customer-care-memo.docx")
    memos = [ctx.fill(t, path, place) for t in _pick(site, ctx.phrasing.memos, site.rng.randint(1, 2))]
    paragraphs = [line for memo in memos for line in memo.split("\n") if line]
    site.add(path, documents.docx(paragraphs), "Customer care memo")


def _export_rows(site: Site, path: str, place: str, n: int) -> list[list[str]]:
    """Header and ``n`` rows of a customer export: this variant's header words, a seed's choice of columns."""
    rng, ctx = site.rng, site.ctx
    fields = ["account", "name", "address"] + rng.sample(["phone", "email", "kwh"], rng.randint(1, 3))
    rng.shuffle(fields)
    columns = [(rng.choice(ctx.phrasing.export_headers[f if f != "kwh" else "usage"]), f) for f in fields]
    public = [("Rate", lambda: rng.choice(["D", "D-CARE", "TOU-D-4-9PM", "TOU-D-PRIME", "D-FERA"])),
              ("ZIP", lambda: site.city.zip_code)]
    rows = [[h for h, _ in columns] + [h for h, _ in public]]
    style = rng.choice(["plain", "upper_last_first", "last_first", "upper"])
    for _ in range(n):
        values = ctx.fill("|".join(f"{{{f}}}" for _, f in columns), path, place, name_style=style).split("|")
        rows.append(values + [make() for _, make in public])
    return rows


def csv_export(site: Site) -> None:
    place = "csv_export"
    path = _path(site, "docs/energy/customer-export.csv", "docs/uploads/enrollment-list.csv")
    site.add(path, documents.csv_bytes(_export_rows(site, path, place, site.rng.randint(3, 5))), "Enrollment data")


def xlsx_export(site: Site) -> None:
    place = "xlsx_export"
    path = _path(site, "docs/energy/solar-participants.xlsx", "docs/uploads/customer-list.xlsx")
    site.add(path, documents.xlsx([("Customers", _export_rows(site, path, place, site.rng.randint(3, 5)), False)]),
             "Program participants")


def xlsx_hidden_sheet(site: Site) -> None:
    """A public summary sheet; the detail it was made from stays in the workbook as a hidden sheet."""
    place = "xlsx_hidden_sheet"
    path = _path(site, "docs/energy/enrollment-summary.xlsx", "docs/reports/program-summary.xlsx")
    summary = [["Customer Class", "Accounts", "Annual kWh"], ["Residential", "38,412", "301,552,000"],
               ["Commercial", "4,120", "262,480,000"], ["Total", "42,532", "564,032,000"]]
    detail = _export_rows(site, path, place, site.rng.randint(3, 4))
    site.add(path, documents.xlsx([("Summary", summary, False), ("Detail", detail, True)]), "Enrollment summary")


def multipage_pdf(site: Site) -> None:
    """A staff report of several pages; its attachment lists customers on the later pages."""
    place, ctx, rng, city = "multipage_pdf", site.ctx, site.rng, site.city
    path = _path(site, "docs/staff-report-arrearages.pdf", "docs/energy/collections-update.pdf")
    pages = [f"STAFF REPORT\nMeeting date: {ctx.date()}\nTO: {city.program} Board\nFROM: {ctx.staff_name()}, "
             f"Finance Director\nSUBJECT: Customer arrearages and the Arrearage Management Plan\n\nBACKGROUND\n"
             f"At the end of the quarter 3,412 residential accounts were more than 60 days past due, owing "
             f"$2.1 million. The average past-due residential customer used 640 kWh per month."]
    for n in range(rng.randint(2, 4)):
        pages.append(f"DISCUSSION (continued)\nTable {n + 1}. Arrears by customer class\nResidential  3,412 "
                     f"accounts  $1,804,220\nCommercial  281 accounts  $311,540\nStaff contact: {ctx.staff_name()}, "
                     f"{ctx.city_phone()}\nResolution No. {rng.randint(2024, 2025)}-{rng.randint(10, 99)}.")
    lines = [ctx.fill(t, path, place, encodable="latin-1")
             for t in _pick(site, ctx.phrasing.attachment_lines, rng.randint(4, 7))]
    half = len(lines) // 2
    title = rng.choice(ctx.phrasing.attachment_titles)
    pages += [title + "\n\n" + "\n".join(lines[:half]), f"{title} (continued)\n\n" + "\n".join(lines[half:])]
    site.add(path, documents.pdf(pages), "Staff report: arrearages")


def budget_book(site: Site) -> None:
    """A 300-page budget book of general-ledger tables; a schedule on one deep page names customers."""
    place, ctx, rng, city = "budget_book_pdf", site.ctx, site.rng, site.city
    path = _path(site, "docs/finance/adopted-budget.pdf", "docs/budget/budget-book-fy2025-26.pdf")
    items = ["Salaries - Full Time", "Overtime", "Retirement (CalPERS)", "Health Insurance", "Contract Services",
             "Electricity (SCE)", "Water", "Office Supplies", "Vehicle Maintenance", "Training and Travel",
             "Professional Services", "Software Licenses", "Rents and Leases", "Power Purchases"]
    deep = rng.randint(150, 290)
    pages = []
    for n in range(1, 301):
        if n == deep:
            records = [ctx.fill(t, path, place, encodable="latin-1")
                       for t in _pick(site, ctx.phrasing.budget_lines, rng.randint(1, 3))]
            pages.append(rng.choice(ctx.phrasing.budget_titles) + "\n\n" + "\n".join(records))
            continue
        fund, dept = rng.choice([101, 205, 510, 610, 710]), rng.randint(4100, 4900)
        lines = [f"CITY OF {city.name.upper()} - ADOPTED BUDGET FY 2025-26 - PAGE {n}",
                 f"Fund {fund} - Department {dept}", "Account Number    Description    FY 2024-25 Actual    "
                 "FY 2025-26 Adopted"]
        for item in rng.sample(items, 10):
            lines.append(f"{fund}-{dept}-{rng.randint(5100, 5999)}    {item}    ${rng.randint(1000, 2000000):,}    "
                         f"${rng.randint(1000, 2000000):,}")
        lines.append(f"Streetlights used {rng.randint(900, 1900):,},000 kWh. Department contact: {ctx.city_phone()}.")
        pages.append("\n".join(lines))
    site.add(path, documents.pdf(pages, font_size=9), "Adopted budget")


def legacy_page(site: Site) -> None:
    """An old page saved in windows-1252, with or without a charset declaration."""
    place, ctx = "cp1252_page", site.ctx
    path = _path(site, "archive/programa-asistencia.htm", "old/lowincome_approvals.htm")
    items = [ctx.fill(t, path, place, encodable="cp1252") for t in _pick(site, ctx.phrasing.legacy_items, 3)]
    listing = "".join(items)
    if listing.startswith("<li>"):
        listing = f"<ul>{listing}</ul>"
    body = (f"<p>Programa de descuento para familias de bajos ingresos \u2013 solicitudes aprobadas. "
            f"Informaci\u00f3n: {ctx.city_phone()}.</p>{listing}<p>\u00a9 City of {site.city.name}</p>")
    charset = site.rng.choice(["windows-1252", ""])
    site.add(path, site.page("Programa de Asistencia", body, charset=charset).encode("cp1252"),
             "Programa de asistencia")


BUILDERS = (case_notes, payment_arrangements, assistance_applicants, personnel_notice, packet_letters,
            billing_example, table_rows, html_comments, hidden_blocks, template_noscript, hidden_inputs, docx_memo,
            csv_export, xlsx_export, xlsx_hidden_sheet, multipage_pdf, budget_book, legacy_page)
