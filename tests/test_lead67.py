"""Round 67's lead mends.

- A personnel action notice gives its employee's SSN and "Home address:" beside "Position:" and "Department:".
  Those two labels are a staff roster's, whose block is a public listing: the home address was dropped (dev seed
  77's one miss). A block a personal identifier anchors, with a field of someone's home, is one person's record.
"""
from __future__ import annotations

from tests.detector_helpers import pairs_found, values_of

_SITE = "https://www.cityofvallecito.example.gov"


def _notice(*fields: str) -> str:
    return ("<html><body><h1>Human Resources Notices</h1><div class='notice'><p>PERSONNEL ACTION NOTICE</p>"
            + "".join(f"<p>{field}</p>" for field in fields) + "</div></body></html>")


def test_a_home_address_beside_an_employees_ssn_and_department_is_reported():
    found = pairs_found(f"{_SITE}/hr/notices.html", _notice(
        "Action: retirement", "Employee: Bartolo Quintanilla", "SSN: 371-52-8846", "Position: Water Utility Worker",
        "Department: Public Works", "Home address: 1187 W. Alvarado Street", "Approved by: Human Resources Manager"))
    assert values_of(found, "ssn") == {"371-52-8846"}
    assert values_of(found, "address") == {"1187 W. Alvarado Street"}


def test_a_home_phone_beside_an_employees_ssn_and_position_is_reported():
    found = pairs_found(f"{_SITE}/hr/notices.html", _notice(
        "Employee: Oksana Hrytsenko", "Social Security No.: 529-18-4470", "Position: Account Clerk II",
        "Department: Finance", "Home phone: (909) 514-2783"))
    assert values_of(found, "phone") == {"(909) 514-2783"}


def test_a_staff_card_with_position_department_and_office_address_stays_public():
    found = pairs_found(f"{_SITE}/departments/finance.html", _notice(
        "Name: Oksana Hrytsenko", "Position: Finance Director", "Department: Finance",
        "Office address: 505 Civic Center Drive", "Phone: (909) 620-2341"))
    assert not values_of(found, "address") and not values_of(found, "phone")
    assert not values_of(found, "customer_name")


def test_a_job_posting_with_a_home_office_field_and_no_identifier_stays_public():
    found = pairs_found(f"{_SITE}/jobs/analyst.html", _notice(
        "Position: Energy Analyst", "Department: Community Energy", "Work location: 505 Civic Center Drive",
        "Home address: not required on this form", "Contact: Human Resources, (909) 620-2200"))
    assert not values_of(found, "address") and not values_of(found, "phone")
