"""The customer's own account of a case on a form, under a prompt ("Explain your appeal:", "Reason for request:"),
after checkboxes and printed notes: its figures are the case's however many lines stand between it and the record
(a scanned shut-off appeal lost "The bill says 2419 kWh ... Last year same month was 978 kWh" when a printed note on
Medical Baseline stood above the prompt). And a sentence about the case that wraps onto the next line goes on there.

Hard negatives: a blank form's prompt followed by the office's printed text about a program's average and its
allowance, and the same prompt under a record followed by the office's instructions with its help line.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

URL = "https://www.pomonachoiceenergy.org/docs/"
RECORD = ["REQUEST FOR REVIEW OF DISCONNECTION NOTICE", "Account holder name:\tPriscila Ondarza",
          "Service address: 3307 N Verbena Ct\tPomona 91767", "PCE account no.:\t6120594417",
          "Reason for appeal (check all that apply):", "Billing dispute\tFinancial hardship\tOther",
          "[ ] Payment already made\t[x] Other",
          "Medical Baseline customers receive an additional 16.5 kWh per day of baseline allowance; attach the",
          "Medical Baseline certification if it applies."]


def _usage(lines: list[str]) -> set[str]:
    return values_of(pairs_found(URL + "appeal.txt", "\n".join(lines).encode(), "text/plain"), "energy_usage")


def test_the_answer_under_a_forms_prompt_is_the_cases():
    lines = [*RECORD, "Explain your appeal / Explique su apelacion:",
             "I do not agree with the estimated read. The bill says 2,806 kWh but the house was",
             "empty for repairs. Last year same month was 911 kWh. Please hold the shut off until",
             "it is checked."]
    assert _usage(lines) == {"2,806 kWh", "911 kWh"}


def test_a_prompt_followed_by_the_offices_text_gives_no_usage():
    blank = ["REQUEST FOR REVIEW OF DISCONNECTION NOTICE", "Account holder name:", "PCE account no.:",
             "Explain your appeal:", "The average Pomona home uses 540 kWh a month; Medical Baseline adds",
             "16.5 kWh a day. Questions: Customer Care, (909) 620-3707."]
    assert not _usage(blank)
    instructions = [*RECORD, "Comments:", "Customers on the CARE rate save 30 percent. The residential average",
                    "is 540 kWh a month. Call (909) 620-3707 for help."]
    assert not _usage(instructions)
