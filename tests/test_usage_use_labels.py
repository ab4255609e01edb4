"""A customer's consumption labelled "use" rather than "usage" on a form or a letter: "Monthly use:", "Average monthly
use (last 12 months):", "Electricity use:" ("energy use" and "monthly usage" were labels already). A scanned payment
arrangement read as "Customer name: ... / Average monthly use (last 12 months): 674 KWH" had no finding at all.

Hard negatives: the same labels on public pages (an annual report's residential average, a flyer's typical home, a
notice's system average), where no customer is named, and a zoning table's "Use:" (a parcel's land use).
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

URL = "https://www.pomonachoiceenergy.org/docs/"


def _found(name: str, lines: list[str]) -> set[tuple[str, str]]:
    return pairs_found(URL + name, "\n".join(lines).encode(), "text/plain")


def test_a_forms_use_labels_give_the_customers_consumption():
    head = ["PAYMENT ARRANGEMENT AGREEMENT", "Agreement No. PA-2025-11802", "Customer name: ODALYS FENWICK"]
    for label, figure in [("Average monthly use (last 12 months):", "712 KWH"), ("Monthly use:", "1,045 kWh"),
                          ("Electricity use (12 months):", "8,530 kWh"), ("Avg monthly use:", "633 kWh")]:
        found = _found("payment-arrangement.txt", [*head, f"{label} {figure}"])
        assert ("energy_usage", figure) in found, label
        assert ("customer_name", "ODALYS FENWICK") in found, label


def test_use_labels_on_public_pages_are_no_ones():
    pages = [["PCE 2024 Annual Report", "Average monthly use (residential): 520 kWh", "Customers enrolled: 41,200"],
             ["Home Energy Rebates", "Average monthly use: 540 kWh for a typical Pomona home",
              "Questions? Call (909) 620-3707"],
             ["NOTICE OF PUBLIC HEARING", "Monthly use: 480 kWh (system average)",
              "Contact: Teodoro Balcazar, Program Manager"],
             ["Zoning Administrator agenda", "Site: 1480 N. Towne Ave.", "Use: Light industrial (M-1)",
              "Applicant: Ridgeview Storage LLC"]]
    for lines in pages:
        assert not values_of(_found("public.txt", lines), "energy_usage"), lines[0]
        assert not values_of(_found("public.txt", lines), "customer_name"), lines[0]
