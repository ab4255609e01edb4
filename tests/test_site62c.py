"""Free-text answers published as data: survey exports, feedback forms served as JSON, 311 exports.

A resident types their own name, account, phone and mailbox into an open-ended answer, in lower case as often as not,
and the City publishes the export. One cell or field is one person's words: their introduction or closing names them,
the answer in the next row is someone else's, and a street named after a park is no City facility.
"""
import csv
import io
import json

from detector_helpers import pairs_found, values_of


def _csv(header, rows) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


SURVEY = ["Respondent ID", "Collector ID", "Overall rating", "Q9 Other (please specify)"]


def test_lower_case_introduction_in_a_survey_answer_names_the_customer():
    body = _csv(SURVEY, [
        ["11829304455", "418820031", "2", "my name is oksana petrenko and my power plus account 4-118-220-9034 was billed "
                                         "twice this spring, text me 951 404 2219"],
        ["11829304456", "418820031", "5", "Great program, keep the workshops coming to the Westside library"],
    ])
    found = pairs_found("https://www.example-city.gov/energy/survey-2026-responses.csv", body, "text/csv")
    assert "oksana petrenko" in values_of(found, "customer_name")
    assert "951 404 2219" in values_of(found, "phone")


def test_closing_and_here_forms_name_the_writer_of_an_answer_about_their_bill():
    body = _csv(SURVEY, [
        ["11829304457", "418820031", "1", "the true-up statement on my bill is wrong again. regards, Tavita Mulitalo. "
                                          "reach me at tavita.m@yahoo.com"],
        ["11829304458", "418820031", "1", "Hamid Rostami here, i was charged the exit fee twice, my bill never "
                                          "shows the credit, call me 909 388 1402"],
    ])
    found = pairs_found("https://www.example-city.gov/energy/survey-2026-responses.csv", body, "text/csv")
    names = values_of(found, "customer_name")
    assert {"Tavita Mulitalo", "Hamid Rostami"} <= names
    assert "tavita.m@yahoo.com" in values_of(found, "email")


def test_a_contact_form_api_serves_the_message_as_running_text():
    body = json.dumps({"data": [
        {"id": 4471, "created": "2026-03-02T10:11:00Z", "comment": "Hi this is Lorenzo Baptiste at 2214 Windmill Court, "
         "our usage jumped to 1,980 kWh in August, please call 626-590-7712"},
        {"id": 4472, "created": "2026-03-02T11:40:00Z", "comment": "Please hold the next workshop on a Saturday morning"},
    ]})
    found = pairs_found("https://www.example-city.gov/api/contact/submissions.json", body, "application/json")
    assert "Lorenzo Baptiste" in values_of(found, "customer_name")
    assert "2214 Windmill Court" in values_of(found, "address")
    assert "626-590-7712" in values_of(found, "phone")


def test_a_311_location_on_a_street_named_after_a_park_is_no_facility():
    body = _csv(["Request ID", "Type", "Location", "Description"], [
        ["SR-26-10442", "Billing question", "Cedar Park Dr / 5th St",
         "resident says her edison acct 2-209-441-7730 shows the wrong meter, she wants a call back"],
    ])
    found = pairs_found("https://www.example-city.gov/open-data/311-requests.csv", body, "text/csv")
    assert "2-209-441-7730" in values_of(found, "account_number")


def test_city_facility_accounts_stay_public():
    body = _csv(["Facility", "Location", "SCE Service Account", "Annual kWh"], [
        ["Lincoln Park Pool", "410 Lincoln Park Way", "3-055-120-4471", "88,410"],
        ["Corporation Yard", "1200 Industrial Park Rd", "3-055-120-4472", "132,900"],
    ])
    found = pairs_found("https://www.example-city.gov/energy/facility-accounts.csv", body, "text/csv")
    assert not values_of(found, "account_number")


def test_an_answer_in_the_next_row_is_another_persons():
    body = _csv(["Submitted", "Response"], [
        ["2026-04-01", "I called (909) 620-2300 and was on hold for an hour, the rates should be lower"],
        ["2026-04-01", "this is Ines Carvalho, my CCA acct 3-301-774-2210 was double billed, call me 909-771-0423"],
        ["2026-04-02", "Love the LED streetlights, thank you Public Works"],
    ])
    found = pairs_found("https://www.example-city.gov/open-data/feedback.csv", body, "text/csv")
    assert "(909) 620-2300" not in values_of(found, "phone")
    assert "909-771-0423" in values_of(found, "phone")


def test_staff_and_neighbourhoods_in_answers_are_no_customers():
    body = _csv(SURVEY, [
        ["11829304460", "418820031", "2", "I spoke to Marisol Etxeberria at the front counter and my bill is still "
                                          "wrong, nothing happened"],
        ["11829304461", "418820031", "4", "I live in the Orchard Hills neighborhood and I'm happy with the 100% green "
                                          "option, thanks, keep it up"],
        ["11829304462", "418820031", "3", "Councilmember Ruth Abernathy promised lower bills at the town hall"],
    ])
    found = pairs_found("https://www.example-city.gov/energy/survey-2026-responses.csv", body, "text/csv")
    assert not values_of(found, "customer_name")
    assert not values_of(found, "phone")


def test_a_public_comment_on_a_rate_item_names_no_customer_without_a_number():
    body = _csv(["Comment ID", "Agenda Item", "Position", "Comment"], [
        ["e-1042", "Item 7B Public Hearing on Generation Rates", "Oppose",
         "My name is Desmond Okafor, I live in Eastgate and I oppose this increase on our bills"],
    ])
    found = pairs_found("https://www.example-city.gov/council/2026-04-14/ecomments.csv", body, "text/csv")
    assert not values_of(found, "customer_name")


def test_a_lower_case_street_given_as_the_writers_home_is_their_address():
    from detectors.context.shapes import street_addresses
    text = ("hi my bill tripled, we're at 2290 calle los olivos acct 3-118-402-7765 and at my house on 71 w jasper "
            "street 909 555 0199 please call")
    found = [m.group() for m in street_addresses(text)]
    assert "2290 calle los olivos" in found  # the account right after is no part of the street
    assert "71 w jasper street" in found
    assert not street_addresses("our home is 40 years old and we live at 12 units in the complex")
    body = _csv(SURVEY, [["11829304470", "418820031", "1", "this is farida haidari, service address 455 paseo "
                                                           "las lomas, my account 3-118-402-7765 was double billed"]])
    found = pairs_found("https://www.example-city.gov/energy/survey-2026-responses.csv", body, "text/csv")
    assert "455 paseo las lomas" in values_of(found, "address")
    assert "3-118-402-7765" in values_of(found, "account_number")


def test_ten_digits_the_writer_calls_their_own_number_are_a_phone_not_an_account():
    body = _csv(["Submitted", "Response"], [
        ["2026-05-03", "the rebate portal keeps logging me out. my number is 8184302291, text me"],
        ["2026-05-03", "6264417702 is my cell, the heat pump workshop was great"],
        ["2026-05-04", "my SCE account is 8004417702 and it was double billed"],
    ])
    found = pairs_found("https://www.example-city.gov/open-data/feedback.csv", body, "text/csv")
    assert {"8184302291", "6264417702"} <= values_of(found, "phone")
    assert values_of(found, "account_number") == {"8004417702"}
