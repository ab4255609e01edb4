"""A CMS theme that prints all of a node's fields in one wrapper, each label element followed by its value element
(Drupal's ``field__label`` / ``field__item``, a view's ``views-label`` / ``field-content``, ACF's ``acf-label`` /
``acf-value``, a bare ``label`` / ``value`` pair): each value is labelled by the label before it and the pairs are one
record, as a ``<dl>``'s are; the same markup on a staff directory, a facility or a vendor page gives nothing."""
from __future__ import annotations

import pytest

from tests.test_extract_html_parts import found, html, records


def pairs(wrapper: str, label_tag: str, label_class: str, value_class: str, *fields: tuple[str, str]) -> str:
    return (f'<div class="{wrapper}">' + "".join(
        f'<{label_tag} class="{label_class}">{label}</{label_tag}><{label_tag} class="{value_class}">{value}'
        f'</{label_tag}>' for label, value in fields) + "</div>")


def drupal(*fields):
    return pairs("field", "div", "field__label", "field__item", *fields)


def test_each_value_of_a_wrapper_of_pairs_is_labelled_by_the_label_before_it():
    document = html(drupal(("Customer", "Sione Mahe"), ("Service Address", "4412 Alder Crest Dr"),
                           ("Phone", "(206) 731-5528")))
    assert records(document) == [[("Customer", "Sione Mahe"), ("Service Address", "4412 Alder Crest Dr"),
                                  ("Phone", "(206) 731-5528")]]


@pytest.mark.parametrize("markup", [
    drupal(("Customer", "Sione Mahe"), ("Service Address", "4412 Alder Crest Dr"), ("Phone", "(206) 731-5528"),
           ("Account No.", "5120-448302"), ("Last bill kWh", "1,912")),
    pairs("views-row", "span", "views-label", "field-content", ("Customer", "Sione Mahe"),
          ("Service Address", "4412 Alder Crest Dr"), ("Phone", "(206) 731-5528"), ("Account No.", "5120-448302"),
          ("Last bill kWh", "1,912")),
    pairs("acf-fields", "div", "acf-label", "acf-value", ("Account holder", "Sione Mahe"),
          ("Service address", "4412 Alder Crest Dr"), ("Home phone", "(206) 731-5528"), ("Acct #", "5120-448302"),
          ("kWh used", "1,912")),
    pairs("record", "span", "label", "value", ("Customer", "Sione Mahe"), ("Service Address", "4412 Alder Crest Dr"),
          ("Phone", "(206) 731-5528"), ("Account No.", "5120-448302"), ("Last bill kWh", "1,912")),
])
def test_a_customer_in_label_value_pairs_is_found(markup):
    assert {("customer_name", "Sione Mahe"), ("address", "4412 Alder Crest Dr"), ("phone", "(206) 731-5528"),
            ("account_number", "5120-448302"), ("energy_usage", "1,912")} <= found(markup)


@pytest.mark.parametrize("markup", [
    '<h2>Staff Directory</h2>' + drupal(("Name", "Losana Vake"), ("Title", "Customer Service Supervisor"),
                                        ("Department", "Utility Billing"), ("Phone", "(206) 555-0142"),
                                        ("Email", "lvake@harborcity.gov")),
    drupal(("Name", "Maple Bay Branch Library"), ("Hours", "Mon-Sat 10am-6pm"), ("Address", "410 Harbor Ave"),
           ("Phone", "(206) 555-0190")),
    pairs("views-row", "span", "views-label", "field-content", ("Council Member", "Rosa Quintanilla"),
          ("District", "3"), ("Phone", "(206) 555-0177"), ("Email", "rquintanilla@harborcity.gov")),
    pairs("acf-fields", "div", "acf-label", "acf-value", ("Vendor", "Puget Line Services LLC"),
          ("Contact", "Brian Holt"), ("Phone", "(425) 555-0110"), ("Address", "1800 Industrial Way")),
    drupal(("Project", "Alder St water main replacement"), ("Location", "3200 block of Alder St"),
           ("Contact", "Dana Whitfield, (206) 555-0150")),
    drupal(("Program", "Heat pump rebate"), ("Average kWh saved", "1,850"), ("Rebate", "$400")),
])
def test_label_value_pairs_of_a_city_page_give_no_customer_data(markup):
    assert found(markup) == set()


def test_a_bare_label_class_before_no_value_is_a_badge_not_a_label():
    document = html('<div class="teaser"><span class="label">New</span><span class="summary">Heat pump rebates'
                    '</span></div>')
    assert records(document) == []
