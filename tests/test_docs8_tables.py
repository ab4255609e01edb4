"""Tables the docs8 red team found lost: a usage sheet whose Total column holds formulas with no cached value, a
headerless list whose first row is data, a customer's own average usage, a form with each label on the line above
its value, a record split across a page break. Each with the city's public tables of the same layouts staying
silent."""
from __future__ import annotations

from tests.test_table_headers import found, xlsx


def test_a_usage_sheet_with_an_uncached_total_formula_column_keeps_its_title():
    body = xlsx([["Metered consumption (kWh) by account, Q3 budget billing"],
                 ["Account", "Jul", "Aug", "Sep", "Total"],
                 [5512093377, 640.2, 702.8, 688.1, "=SUM(B3:D3)"],
                 [5540187726, 311.9, 298.4, 305.0, "=SUM(B4:D4)"]])
    result = found("budget_billing_usage.xlsx", body)
    assert ("account_number", "5512093377") in result and ("energy_usage", "702.8") in result
    assert ("energy_usage", "298.4") in result


def test_a_facility_usage_sheet_with_a_total_formula_column_stays_public():
    body = xlsx([["City facilities: electricity consumption (kWh)"],
                 ["Facility", "Jul", "Aug", "Sep", "Total"],
                 ["Palomares Park community room", 4120.5, 4388.0, 3975.2, "=SUM(B3:D3)"],
                 ["Washington Park pool", 9210.0, 9874.3, 8102.6, "=SUM(B4:D4)"]])
    assert found("facility_usage.xlsx", body) == set()


def test_a_customers_own_average_usage_beside_their_account_is_theirs():
    body = (b"Customer,Service Address,Account,12-mo avg kWh,Avg monthly kWh\n"
            b"Odalys Fenwick,2218 W Mission Blvd,4-71-305-8826,1482.6,1388\n"
            b"Teodoro Vance,931 N Garey Ave,4-70-118-2093,\"2,104.9\",612.5\n")
    result = found("arrearage_enrollees.csv", body)
    assert {("energy_usage", "1482.6"), ("energy_usage", "1388"), ("energy_usage", "2,104.9"),
            ("energy_usage", "612.5")} <= result


def test_class_and_program_averages_stay_public():
    classes = (b"Rate class,Accounts,Avg monthly kWh\nResidential,41208,1512.4\nSmall commercial,3390,2875.0\n"
               b"All residential,44598,1498.2\n")
    programs = b"Program,Participants,12-mo avg kWh\nCARE,8110,1388.6\nFERA,902,1420.3\nAll programs,9012,1391.7\n"
    assert found("rate_class_averages.csv", classes) == set()
    assert found("program_averages.csv", programs) == set()


def test_a_total_row_under_customer_rows_names_no_one():
    body = (b"Customer,Service Address,Account,Avg monthly kWh\n"
            b"Odalys Fenwick,2218 W Mission Blvd,4-71-305-8826,1482.6\n"
            b"All residential,,,1498.2\n")
    result = found("enrollees.csv", body)
    assert ("energy_usage", "1482.6") in result and ("energy_usage", "1498.2") not in result


def test_a_headerless_route_list_is_read_from_its_first_row():
    body = (b"4410297-31\tKESSLER, MARGUERITE\t318 E Foothill Blvd\t9093217745\t512.6\t10/03/2026\n"
            b"3-288-5510-02\tYAMADA, OSCAR\t2904 W Mission Blvd\t626-884-1290\t1204.1\t10/03/2026\n"
            b"5-107-4420-77\tBRANDT, LUCILLE\t77 S Gibbs St\t5629031478\t388.0\t10/03/2026\n")
    result = found("route_22_reads.tsv", body)
    assert {("customer_name", "KESSLER, MARGUERITE"), ("address", "318 E Foothill Blvd"),
            ("phone", "9093217745"), ("account_number", "4410297-31"), ("energy_usage", "512.6"),
            ("phone", "5629031478"), ("energy_usage", "1204.1")} <= result
    assert ("account_number", "9093217745") not in result


def test_a_headerless_route_list_of_accounts_keeps_its_reads_as_usage():
    """Every first cell an account: the list is read as accounts of people, and its reads are still their usage."""
    body = (b"2-41-873-0921\tKESSLER, MARGUERITE\t318 E Foothill Blvd\t9093217745\t512.6\t10/03/2026\n"
            b"3-288-5510-02\tYAMADA, OSCAR\t2904 W Mission Blvd\t626-884-1290\t1204.1\t10/03/2026\n"
            b"5-107-4420-77\tBRANDT, LUCILLE\t77 S Gibbs St\t5629031478\t388.0\t10/03/2026\n")
    result = found("route_22_reads.tsv", body)
    assert {("account_number", "2-41-873-0921"), ("customer_name", "KESSLER, MARGUERITE"), ("phone", "9093217745"),
            ("energy_usage", "512.6"), ("energy_usage", "1204.1"), ("energy_usage", "388.0")} <= result


def test_a_headerless_list_without_a_usage_title_keeps_its_figures_unread():
    body = (b"KESSLER, MARGUERITE\t318 E Foothill Blvd\t9093217745\t512.60\n"
            b"YAMADA, OSCAR\t2904 W Mission Blvd\t6268841290\t1204.10\n"
            b"BRANDT, LUCILLE\t77 S Gibbs St\t5629031478\t388.00\n")
    result = found("refunds_mailed_oct.tsv", body)
    assert ("phone", "9093217745") in result
    assert not {value for category, value in result if category == "energy_usage"}


def test_a_headerless_permit_list_with_parcels_and_ratings_stays_public():
    body = (b"B27-4410\t8342-117-905\t1187 Kingsley Ave\tSolar PV rooftop\t7.45\t10/02/2026\n"
            b"B27-4413\t8351-002-118\t562 Palomares St\tSolar PV rooftop\t5.10\t10/02/2026\n"
            b"B27-4420\t8362-441-071\t2290 N Towne Ave\tBattery storage\t13.50\t10/03/2026\n")
    assert found("permit_reads_oct.tsv", body) == set()


def test_a_headerless_roster_of_council_offices_stays_public():
    body = (b"District 1\tCouncilmember Nora Villanueva\t505 S Garey Ave\t9096202051\n"
            b"District 2\tCouncilmember Elias Grant\t505 S Garey Ave\t9096202052\n"
            b"District 3\tCouncilmember Priya Raman\t505 S Garey Ave\t9096202053\n")
    assert found("council_offices.tsv", body) == set()


FORM = ("CARE / FERA Discount Application\nApplicant name\n{name}\nService address\n{address}\nCity / ZIP\n"
        "Pomona, CA 91767\nDaytime phone\n{phone}\nPCE/SCE account number\n{account}\nHousehold size\n3\n")


def test_a_printed_form_with_each_label_above_its_value():
    body = FORM.format(name="Rosalind Achebe", address="2716 N Towne Ave", phone="909-417-2268",
                       account="3-604-2281-57").encode()
    result = found("care_applications_scanned.txt", body)
    assert {("customer_name", "Rosalind Achebe"), ("address", "2716 N Towne Ave"), ("phone", "909-417-2268"),
            ("account_number", "3-604-2281-57")} <= result


def test_a_blank_form_template_stays_silent():
    body = FORM.format(name="", address="", phone="", account="").encode()
    assert found("care_application_blank.txt", body) == set()


def test_a_staff_card_with_labels_above_its_values_stays_public():
    body = (b"Questions about the program?\nProgram manager\nDana Whitfield\nOffice address\n505 S Garey Ave\n"
            b"Phone\n909-620-3311\nEmail\ndwhitfield@pomonaca.gov\n")
    assert found("care_program_contacts.txt", body) == set()


def test_headings_over_paragraphs_are_no_labels():
    body = (b"How to apply\nApplicant name\nWrite your name as it appears on your PCE bill, for example Jane Doe.\n"
            b"Service address\nThe address where you receive electric service, such as 505 S Garey Ave.\n"
            b"Account number\nThe number printed at the top of your bill.\n")
    assert found("care_instructions.txt", body) == set()


def pdf(*pages: list[str]) -> bytes:
    from fpdf import FPDF
    document = FPDF()
    document.set_font("Helvetica", size=11)
    for lines in pages:
        document.add_page()
        for line in lines:
            document.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(document.output())


def test_a_record_split_by_a_page_break_keeps_its_usage_line():
    body = pdf(["Field service orders - completed October 2026", "Order 26-1004-212 Meter exchange",
                "Customer: Marisol Okafor", "Service address: 1460 W Phillips Blvd"],
               ["Phone: 626-318-4402", "Account: 4-117-2093-55", "Final read: 2204.6 kWh"])
    result = found("field_orders_oct.pdf", body)
    assert ("customer_name", "Marisol Okafor") in result and ("energy_usage", "2204.6 kWh") in result


def test_a_rate_line_after_a_customer_block_is_no_usage():
    body = pdf(["Customer: Marisol Okafor", "Service address: 1460 W Phillips Blvd"],
               ["Account: 4-117-2093-55", "Baseline allowance: 310 kWh", "Rate: $0.31 per kWh",
                "Average residential usage: 512 kWh"])
    result = found("field_orders_oct.pdf", body)
    assert ("account_number", "4-117-2093-55") in result
    assert not {value for category, value in result if category == "energy_usage"}


def test_a_facility_block_with_a_meter_read_stays_public():
    body = pdf(["Facility: Palomares Park community room", "Address: 499 E Arrow Hwy"],
               ["Phone: 909-620-2321", "Meter read: 4120.5 kWh"])
    assert found("facility_reads.pdf", body) == set()
