"""A budget book's schedule of utility write-offs, a rebate's payments with the installer's column, own-id labels
in prose, and phones in the record of a customer found (red team site51).

- A "Payee" column beside the column of the service address the utility serves (Payee | Service Address | Billing ID
  | Write-off | Reason, a PDF appendix's table laid out in text) is the customers' names, "Billing ID" their
  accounts. Hard negatives: a check register's payees (Payee | Check No. | Amount | Account), a vendor list's payees
  at a remit-to address.
- A program's payments ("Recipient | Install Address | Contractor | Rebate $ | Contact Email" of heat pump rebates
  paid) list the program's customers; the contractor's column is the installer's, set aside. Hard negatives: a
  program's contractors' list (Contractor | Contact Name | Phone | Email), a rebate's list of firms.
"""
from __future__ import annotations

import io

from tests.detector_helpers import pairs_found, values_of

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
