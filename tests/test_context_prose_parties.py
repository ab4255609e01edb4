"""A utility case told as a story with no "customer" word (``detectors.context.prose``): a tenant, landlord,
appellant or complainant named beside a fact that is no public record (their usage, phone, personal mailbox, the
address a utility serves), and a person's own consumption ("Ana Ruiz's usage was ..."). Hard negatives: a zoning
appellant with the project's address, officials and staff, firms, public averages beside a name."""
from __future__ import annotations

import pytest

from tests.test_context_prose import fields_by_kind

FOUND = {
    "tenant and landlord transferring service": (
        "Renter Malia Tuilagi states that the landlord, Garen Petrosyan, transferred service at 4410 West Alder "
        "Ln. Unit 22 into the renter's name.",
        {"name": ["Malia Tuilagi", "Garen Petrosyan"], "address": ["4410 West Alder Ln. Unit 22"]}),
    "tenant named first": (
        "Tenant Malia Tuilagi says service at 918 North Poplar Way was shut off while she was away.",
        {"name": ["Malia Tuilagi"], "address": ["918 North Poplar Way"]}),
    "appellant with personal mailbox and phone": (
        "The appeal concerns a meter reading. Appellant Rosa Maldonado sent letters from "
        "rosa.maldonado77@yahoo.com and testified by telephone from 626.441.9082.",
        {"name": ["Rosa Maldonado"], "email": ["rosa.maldonado77@yahoo.com"], "phone": ["626.441.9082"]}),
    "a couple after the customer word": (
        "Customers of the month: Chidi and Ngozi Okonkwo, 2214 West Marigold Ave., account 71-302558-14.",
        {"name": ["Chidi and Ngozi Okonkwo"], "address": ["2214 West Marigold Ave."]}),
    "surnames in the plural beside an account": (
        "Customers on the shut-off list at 640 Laurel Ct. include the Tran family and the Alvarados "
        "(account 71-302558-14).",
        {"address": ["640 Laurel Ct."], "name": ["Tran family", "Alvarados"]}),
    "a family beside its home and usage": (
        "The Okonkwo family has lived at 2214 West Marigold Ave. since 2001 and cut their use to 2,210 "
        "kilowatt-hours in May.",
        {"name": ["Okonkwo family"], "address": ["2214 West Marigold Ave."], "usage": ["2,210 kilowatt-hours"]}),
}

NOT_FOUND = {
    "zoning appellant and the project's address": (
        "Appellant Rosa Maldonado appealed the Planning Commission's approval of the addition at 412 W. Alder St.",),
    "landlord without a private fact": (
        "The landlord, Garen Petrosyan, said the renters at 55 Oak St. were told of the rate change.",),
    "applicant firm with its phone": (
        "Applicant Sunrise Homes LLC, (909) 555-0132, requests a variance for 200 E. Main St.",),
    "resident speaker, no data": ("Resident Jane Kim spoke about traffic on Holt Ave.",),
    "official's household usage": ("Mayor Tim Sandoval said his household's usage was 610 kWh last July.",),
    "public average beside a name": ("Maria Lopez said the average residential use is 520 kWh per month.",),
    "tenant at work, firm's phone": (
        "Tenant Malia Tuilagi, who manages Acme Plumbing Inc., can be reached at the shop, (909) 555-0132.",),
    "code-enforcement complainant's cell": ("Complainant: Dora Villegas, cell (626) 555-0139, reports weeds at 12 "
                                            "Oak St.",),
    "families at a public event": ("The Smiths and the Garcia family hosted the block party at 120 Elm St.",),
    "a street and a name": ("Customers Holt and Maria Lopez Ave. will see new poles.",),
    "ombudsperson in brackets": (
        "The Office of the Ombudsperson (Felix Oduya-Marsh) closed 41 cases. 1. Jocelyn Macaraeg complained that "
        "account 3526 6249 4568 was disconnected.",),
}


@pytest.mark.parametrize("parts, expected", [(v[:-1], v[-1]) for v in FOUND.values()], ids=list(FOUND))
def test_parties_of_a_utility_case(parts, expected):
    assert fields_by_kind(*parts) == expected


@pytest.mark.parametrize("parts", NOT_FOUND.values(), ids=list(NOT_FOUND))
def test_public_parties_are_no_record(parts):
    found = fields_by_kind(*parts)
    assert "Felix Oduya-Marsh" not in found.get("name", [])
    if "Jocelyn" not in parts[0]:
        assert found == {}


def test_quoted_figures_and_the_city_s_name_are_no_customers_beside_call_notes():
    """A call log's quotation of a public figure and its public average name no customer, though the lines before
    hold accounts: "As Dolores Huerta once said", "customer in Riverbend Springs"."""
    found = fields_by_kind(
        "03/02 09:14 - cust OKAFOR, ADAEZE called re high bill. acct 7731 204 558 1, usage 2,214 kWh. -JT\n"
        "As Cesar Chavez once said, the work is never finished; in the words of Abraham Lincoln, we press on.\n"
        "The average residential customer in Riverbend Springs used 540 kWh per month.")
    assert found["name"] == ["OKAFOR, ADAEZE"]


def test_a_customer_quoted_as_saying_is_still_named():
    found = fields_by_kind("Customer Adaeze Okafor, account 7731 204 558 1, said her bill doubled.")
    assert found["name"] == ["Adaeze Okafor"]
