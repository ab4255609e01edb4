"""Red team memo17's causes in prose, letters, memos and e-mails, end to end through the extractor and every registry
detector: a hearing witness's testimony, a customer's e-mail signed under "Thanks,", ...

Hard negatives are a city site's text: a staff witness, a staff e-mail signed with a title.
"""
from __future__ import annotations

from tests.detector_helpers import values_found

CONTACT = ("customer_name", "address", "phone", "email", "energy_usage", "account_number", "credential",
           "taxpayer_id")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, CONTACT)


# -- C1: a hearing transcript's witness, who gives the account number when asked -------------------------------------

HEARING = ("RATE APPEALS PANEL - VERBATIM RECORD\n\n"
           "PRESIDING OFFICER: Please state your name and your service address for the record.\n\n"
           "THE WITNESS: My name is Ottilie Brandauer. I live at 2281 Prairie Clover Ln Apt 6, here in town.\n\n"
           "PRESIDING OFFICER: And your account number?\n\n"
           "THE WITNESS: It's 71-40318-22. It's on the statement.\n")


def test_a_witness_who_gives_their_account_number_is_the_customer():
    result = found("hearing.txt", HEARING)
    assert result["customer_name"] == ["Ottilie Brandauer"]
    assert result["address"] == ["2281 Prairie Clover Ln Apt 6"]
    assert result["account_number"] == ["71-40318-22"]


def test_a_staff_witness_naming_their_office_is_no_customer():
    text = ("PRESIDING OFFICER: Please state your name for the record.\n\n"
            "THE WITNESS: My name is Dorrit Kuhlmann, Meter Services Supervisor for the utility.\n\n"
            "PRESIDING OFFICER: Which account number did you review?\n\n"
            "THE WITNESS: Account 71-40318-22, at the request of the panel.\n")
    assert "customer_name" not in found("hearing.txt", text)


# -- C2: a customer's e-mail from a bare mailbox, signed under "Thanks," ---------------------------------------------

SIGNED = ("From: wrenfamily88@prairienet.net\nSent: Monday, April 6, 2026 8:14 AM\nTo: billing@cityutility.org\n"
          "Subject: budget billing\n\nHello, I want to sign up for budget billing. Our bill last month was $280 and "
          "we used 1,145 kWh. We are retired.\n\nThanks,\nHelmut Wrenberg\n6120 Bur Oak Ct Apt 2B\n(620) 441-7083\n")


def test_a_customers_e_mail_signed_under_thanks_gives_name_home_and_phone():
    result = found("memo.txt", SIGNED)
    assert result["customer_name"] == ["Helmut Wrenberg"]
    assert result["address"] == ["6120 Bur Oak Ct Apt 2B"]
    assert result["phone"] == ["(620) 441-7083"]
    assert result["energy_usage"] == ["1,145 kWh"]


def test_a_staff_e_mail_signed_with_a_title_is_the_citys():
    text = ("From: jkessler@cityutility.org\nTo: council@cityutility.org\nSubject: outage update\n\n"
            "Crews restored power to the Bur Oak feeder at 4 pm. The average home used 612 kWh in March.\n\n"
            "Thanks,\nJana Kessler, Distribution Superintendent\n400 N Main St\n(620) 441-7000\n")
    assert found("memo.txt", text) == {}
