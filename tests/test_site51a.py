"""A budget book's schedule of utility write-offs, a rebate's payments with the installer's column, own-id labels
in prose, and phones in the record of a customer found (red team site51).

- A "Payee" column beside the column of the service address the utility serves (Payee | Service Address | Billing ID
  | Write-off | Reason, a PDF appendix's table laid out in text) is the customers' names, "Billing ID" their
  accounts. Hard negatives: a check register's payees (Payee | Check No. | Amount | Account), a vendor list's payees
  at a remit-to address.
- A program's payments ("Recipient | Install Address | Contractor | Rebate $ | Contact Email" of heat pump rebates
  paid) list the program's customers; the contractor's column is the installer's, set aside. Hard negatives: a
  program's contractors' list (Contractor | Contact Name | Phone | Email), a rebate's list of firms.
- An organisation's own id after its label ("RCP ID RCP-34960841") in a PDF paragraph whose customer is named a line
  or two above; Spanish "su cuenta de RCP RC780296235"; Armenian's account word after the number ("իր 48-19359-74
  հաշվին"); an id under the initials the document calls a utility's accounts by ("RCP acct # ..." and "RCP ID
  R-966-68525" in a service-request export). Hard negatives: an asset list's "GIS ID GIS-4819305", a bank's "cuenta
  de BBVA", Armenian "հաշվետու", an id under initials no account is called by.
- The number staff called a customer back at, in the paragraph telling the customer's case ("Staff returned the call
  at (626)758-8599"), and the number of the call a letter to a customer thanks them for ("speaking with Ana Ruiz on
  the phone (+1 562-928-3019)"). Hard negatives: a hotline after a customer's story, a number before the customer's
  name, a call returned in a paragraph naming no customer, the City's own number in a letter.
"""
from __future__ import annotations

import io

from tests.detector_helpers import docx_paragraphs, lines_pdf, pairs_found, values_of

_SITE = "https://www.pomonachoiceenergy.org"


def _csv(name: str, *rows: str, separator: str = ",") -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/files/{name}", "\n".join(row.replace(",", separator) if separator != "," else row
                                                          for row in rows) + "\n", "text/csv")


def _html(body: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/finance/page.html", f"<html><body><main>{body}</main></body></html>")


def _table_pdf(title: str, rows: list[tuple[str, ...]], xs=(72, 190, 330, 430, 500)) -> bytes:
    """A PDF page with a title and a table drawn cell by cell at the columns' x positions (read back as lines of
    cells a tab apart)."""
    from reportlab.pdfgen import canvas
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.drawString(72, 740, title)
    for k, row in enumerate(rows):
        for x, cell in zip(xs, row):
            pdf.drawString(x, 716 - 16 * k, cell)
    pdf.save()
    return out.getvalue()


# -- write-off schedules ----------------------------------------------------------------------------------------------

_WRITE_OFFS = [("Payee", "Service Address", "Billing ID", "Write-off", "Reason"),
               ("Xiaoyan Wang", "277 W Magnolia Ave", "649-81195", "$5,596", "deceased"),
               ("Cedric Jefferson", "717 Avenida Serena", "6622361", "$4,819", "uncollectible"),
               ("Jocelyn Pangilinan", "358 E Laurel Glen Rd", "RCP 1776 8949", "$2,974", "uncollectible"),
               ("Mei-Ling Huang", "14005 W Tamarack Ave", "CN 276111", "$5,401", "bankruptcy"),
               ("Sevan Petrosyan", "696 N Bonita Ave", "SW-18158-R", "$2,523", "moved")]


def test_write_off_schedule_in_a_pdf_appendix():
    found = pairs_found(f"{_SITE}/finance/budget.pdf",
                        _table_pdf("Appendix G - Schedule of Utility Write-offs over $1,000", _WRITE_OFFS))
    assert values_of(found, "customer_name") == {"Xiaoyan Wang", "Cedric Jefferson", "Jocelyn Pangilinan",
                                                 "Mei-Ling Huang", "Sevan Petrosyan"}
    assert values_of(found, "address") == {"277 W Magnolia Ave", "717 Avenida Serena", "358 E Laurel Glen Rd",
                                           "14005 W Tamarack Ave", "696 N Bonita Ave"}
    assert values_of(found, "account_number") == {"649-81195", "6622361", "RCP 1776 8949", "CN 276111", "SW-18158-R"}


def test_write_off_schedule_in_an_html_table():
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in _WRITE_OFFS[1:3])
    found = _html("<h2>Uncollectible utility accounts written off</h2><table><tr>"
                  + "".join(f"<th>{c}</th>" for c in _WRITE_OFFS[0]) + f"</tr>{rows}</table>")
    assert values_of(found, "customer_name") == {"Xiaoyan Wang", "Cedric Jefferson"}
    assert values_of(found, "account_number") == {"649-81195", "6622361"}


def test_check_register_payees_stay_vendors():
    found = pairs_found(f"{_SITE}/finance/warrants.pdf", _table_pdf("Warrant Register - July 2024", [
        ("Payee", "Check No.", "Amount", "Account", "Description"),
        ("Maria Lopez", "104522", "$1,250.00", "101-4410-5230", "Mileage reimbursement"),
        ("Golden Poppy HVAC", "104523", "$8,400.00", "610-4410-5230", "HVAC repair City Hall"),
        ("Daniel Okafor", "104524", "$640.00", "101-1210-5110", "Instructor services")]))
    assert not values_of(found, "customer_name")
    assert not values_of(found, "account_number")


def test_vendor_payees_at_a_remit_to_address_stay_vendors():
    found = _csv("vendor-payments.csv", "Payee,Remit Address,Vendor No.,Amount",
                 "Maria Lopez,1200 E Holt Ave Suite 4,V-10221,$1250.00",
                 "Daniel Okafor,400 W Mission Blvd,V-10388,$640.00")
    assert not values_of(found, "customer_name")


# -- a rebate's payments --------------------------------------------------------------------------------------------

def test_rebate_recipients_beside_the_installers_column():
    found = _csv("heat-pump-rebates-paid.csv", "Recipient,Install Address,Contractor,Rebate $,Contact Email",
                 "Arturo Cervantes,3980 N Olive Ave,Golden Poppy HVAC,2500,cervantesfamily7@outlook.com",
                 "Rodel Dimaculangan,2412 W Magnolia Ave,\"Terrazul Solar Installers, Inc.\",1500,rdim4@att.net",
                 "Socorro Magaña,662 Juniper Ln,Terrazul Solar Installers,1500,socorro.magana@outlook.com",
                 separator=";")
    assert values_of(found, "customer_name") == {"Arturo Cervantes", "Rodel Dimaculangan", "Socorro Magaña"}
    assert values_of(found, "address") == {"3980 N Olive Ave", "2412 W Magnolia Ave", "662 Juniper Ln"}
    assert values_of(found, "email") == {"cervantesfamily7@outlook.com", "rdim4@att.net", "socorro.magana@outlook.com"}


def test_a_rebate_programs_contractors_stay_a_listing():
    found = _csv("heat-pump-rebate-contractors.csv", "Contractor,Contact Name,Office Address,Phone,Email",
                 "Golden Poppy HVAC,Arturo Cervantes,3980 N Olive Ave,(909) 555-0142,arturo@goldenpoppyhvac.com",
                 "Terrazul Solar,Rodel Dimaculangan,2412 W Magnolia Ave,(909) 555-0177,rodel@terrazulsolar.com")
    assert not values_of(found, "customer_name")
    assert not values_of(found, "address")


def test_rebates_paid_to_firms_stay_a_listing():
    found = _csv("commercial-rebates-paid.csv", "Business,Site Address,Contractor,Rebate $",
                 "Holt Avenue Bakery,1200 E Holt Ave,Golden Poppy HVAC,2500",
                 "Mission Tire Center,400 W Mission Blvd,Terrazul Solar Installers,1500")
    assert not values_of(found, "customer_name")
    assert not values_of(found, "address")


# -- own ids and account words ----------------------------------------------------------------------------------------

def test_own_id_in_a_pdf_paragraph_naming_the_customer_above():
    found = pairs_found(f"{_SITE}/agendas/staff-report.pdf", lines_pdf([
        "On January 10, 2024, Ms. Losa Fifita, who receives electric service at",
        "808 Lemon Grove Ave, Spc 81, Pomona, CA 91766, contacted the Utility Billing",
        "counter to dispute a bill of $502.99. The billing history for RCP ID RCP-34960841 shows",
        "864 kWh for the June cycle, roughly twice the same month last year."]))
    assert values_of(found, "account_number") == {"RCP-34960841"}


def test_asset_ids_in_a_list_naming_no_one_stay_unfound():
    found = pairs_found(f"{_SITE}/agendas/streetlights.pdf", lines_pdf([
        "Streetlight conversion, phase 2",
        "Pole at Holt Ave and Garey Ave, GIS ID GIS-4819305, LED retrofit",
        "Pole at Mission Blvd and Park Ave, GIS ID GIS-4819306, LED retrofit"]))
    assert not values_of(found, "account_number")


def test_spanish_account_named_by_the_programs_acronym():
    found = pairs_found(f"{_SITE}/letters/carta.docx", docx_paragraphs(
        "Estimado(a) Itzel Solís:",
        "Le informamos que su cuenta de RCP RC780296235 fue ajustada. El consumo facturado de 880 kWh fue corregido."))
    assert values_of(found, "account_number") == {"RC780296235"}


def test_spanish_bank_account_by_acronym_is_no_utility_account():
    found = pairs_found(f"{_SITE}/finanzas/pagos.html", "<html><body><main><p>Los pagos de la Ciudad se depositan en "
                        "la cuenta de BBVA de la tesorería municipal; el número de referencia es el que aparece en su "
                        "recibo.</p></main></body></html>")
    assert not values_of(found, "account_number")


def test_armenian_account_word_after_the_number():
    found = pairs_found(f"{_SITE}/rcp/faq-hy.html", "<html><body><main><p>Օրինակ՝ Anahit Sarkisian-ը, որը բնակվում է "
                        "22693 N Mission Blvd հասցեում, զանգահարեց, քանի որ իր 48-19359-74 հաշվին գրանցված էր "
                        "1,349 kWh ։</p></main></body></html>")
    assert values_of(found, "account_number") == {"48-19359-74"}


def test_armenian_reporting_word_is_no_account():
    found = pairs_found(f"{_SITE}/rcp/report-hy.html", "<html><body><main><p>Ծրագրի 2023-2024 հաշվետու տարում "
                        "մասնակցել է 48-19359 տնային տնտեսություն։</p></main></body></html>")
    assert not values_of(found, "account_number")


# -- calls returned ---------------------------------------------------------------------------------------------------

_CASE = ("On May 7, 2024, Ms. Xiaoyan Liu, who receives electric service at 988 W Cypress St, contacted the Utility "
         "Billing counter to dispute a bill of $213.23. The billing history for her account shows 2368 kWh for the "
         "March cycle, roughly double the same month last year. Staff returned the call at {phone} and scheduled a "
         "meter re-read.")


def _story(body: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/news/story.html", f"<html><body><main>{body}</main></body></html>")


def test_number_a_named_customer_was_called_back_at():
    for phone in ("(626)758-8599", "562.966.1236", "1-562-558-8783"):
        found = _story(f"<p>{_CASE.format(phone=phone)}</p>")
        assert values_of(found, "customer_name") == {"Ms. Xiaoyan Liu"}
        assert values_of(found, "phone") == {phone}


def test_calls_returned_in_a_docx_casework_log():
    found = pairs_found(f"{_SITE}/council/casework-log.docx", docx_paragraphs(
        "Office of Councilmember Dennis Achterberg - Casework Log, Q2 2024",
        _CASE.format(phone="562.693.6676")))
    assert values_of(found, "phone") == {"562.693.6676"}


def test_hotline_after_a_customers_story_is_no_ones():
    found = _story(f"<p>{_CASE.format(phone='(626)758-8599')} Other customers with questions can call the billing "
                   "hotline at (909) 620-4100.</p>")
    assert values_of(found, "phone") == {"(626)758-8599"}


def test_call_returned_with_no_customer_named_stays_unfound():
    found = _story("<p>Billing staff returned the call at (909) 555-0188 within one business day for 94 percent of "
                   "callers last year.</p>")
    assert not values_of(found, "phone")


def test_number_before_the_customers_name_is_not_theirs():
    found = _story("<p>Staff returned the call at (626) 555-0123 on the line the program lists; the next week, "
                   "Ms. Xiaoyan Liu, who receives electric service at 988 W Cypress St, paid the bill.</p>")
    assert not values_of(found, "phone")


def test_letter_thanks_for_a_call_at_the_customers_number():
    found = pairs_found(f"{_SITE}/letters/reply.docx", docx_paragraphs(
        "Kuo-Hua Chen", "3182 W Tamarack Ave", "Pomona, CA 91767", "Dear Kuo-Hua,",
        "Thank you for speaking with Benedicto Lualhati on the phone (+1 562-928-3019). As promised, we have reversed "
        "the late fee. Your usage of 397 kilowatt-hours was billed correctly.",
        "Sincerely,", "Charmaine Oduya", "Utility Billing Supervisor"))
    assert values_of(found, "phone") == {"+1 562-928-3019"}


def test_letter_thanks_for_a_call_on_the_offices_line():
    found = pairs_found(f"{_SITE}/letters/reply.html", "<html><body><main><p>Kuo-Hua Chen<br>3182 W Tamarack Ave<br>"
                        "Pomona, CA 91767</p><p>Dear Kuo-Hua,</p><p>Thank you for speaking with our billing team on the "
                        "phone (909) 620-2341 last week. As promised, we have reversed the late fee.</p><p>Sincerely,"
                        "<br>Charmaine Oduya<br>Utility Billing Supervisor</p></main><footer>Utility Billing, 505 S Garey "
                        "Ave, Pomona, CA 91766, (909) 620-2341</footer></body></html>")
    assert not values_of(found, "phone")


_REQUESTS = ("SR#,Opened,Type,Reporter,Location,Callback,Details",
             'SR-24-56092,2024-04-23,Refuse Billing,Deborah Pritchard,21740 Orangewood St,(951) 611-4036,'
             '"high bill, wants leak check. RCP ID R-966-68525"',
             'SR-24-27418,2024-01-13,Refuse Billing,Rogelio Zamora,559 N Mesquite Rd,909.833.3515,'
             '"caller says RCP acct # RC835387821 billed for 2 carts, only has 1"')


def test_id_under_the_initials_the_document_calls_accounts_by():
    found = _csv("service-requests-billing.csv", *_REQUESTS)
    assert values_of(found, "account_number") == {"R-966-68525", "RC835387821"}


def test_id_under_initials_no_account_is_called_by_stays_unfound():
    found = _csv("service-requests-billing.csv", _REQUESTS[0], _REQUESTS[1].replace("RCP ID", "GIS ID"),
                 _REQUESTS[2])
    assert values_of(found, "account_number") == {"RC835387821"}
