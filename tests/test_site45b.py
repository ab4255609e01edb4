"""A customer's usage written without its unit, and big customers' MWh (red team site45).

- A bill's figure with no unit right after a verb of using and a month or billing period after it, in a customer's
  record: minutes ("read her account number, ..., into the record and said she used 1,836 in December"), a call log's
  notes ("says used 1,648 last month"), a customer's e-mail ("i only used like 1,645 last month"). Hard negatives:
  a unit of its own ("used 1,836 gallons in December", "used 2,000 volunteer hours last month"), a year ("used
  1,500 in 2023"), residents' total.
- A usage range after a word of use ("monthly usage between 900 and 1,899 kWh") in a customer's memo: both figures.
  Hard negatives: a tier's range ("Tier 2 applies to usage between 301 and 600 kWh", "between 0 and 500 kWh"), a
  count ("between 900 and 1,200 customers").
- A usage with no unit set against an earlier one ("usage 434 vs. 700 prior year") in a case summary: both. Hard
  negatives: years, a share, the system's GWh.
- Spanish "por el aire acondicionado" after a figure is its cause, not a rate's "per" ("pasó de 610 a 1,864 kWh por el
  aire acondicionado"). Hard negative: "500 kWh por hogar".
- A large customer's MWh when its account number used them ("account 2-48-921-6826 consumed 197 MWh last year").
  Hard negatives: a program's "saved 3,400 MWh", the City's facilities' MWh.
- A key-accounts workbook's "Annual MWh" column, its rows customers (account name, contact, SA number). Hard
  negatives: "Annual MWh saved" of programs, a bare "MWh" column.
"""
from __future__ import annotations

import html

from tests.detector_helpers import docx_paragraphs, lines_pdf, pairs_found, values_of, xlsx

_SITE = "https://www.pomonachoiceenergy.org"


def _txt(*lines: str) -> set[tuple[str, str]]:
    return pairs_found(f"{_SITE}/library/mailbox.txt", "\n".join(lines) + "\n")


def _html(title: str, *paragraphs: str) -> set[tuple[str, str]]:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    page = f"<html><head><title>{title}</title></head><body><main><h1>{title}</h1>{body}</main></body></html>"
    return pairs_found(f"{_SITE}/council/minutes.html", page)


def _tsv(*rows: str) -> set[tuple[str, str]]:
    head = "ts\tagent\tcaller\tcallback\treason\tnotes"
    return pairs_found(f"{_SITE}/energy/call_log.tsv", "\n".join((head,) + rows) + "\n", "text/tab-separated-values")


def test_minutes_commenter_said_she_used_a_figure_in_a_month():
    found = _html("Regular Meeting Minutes",
                  "Public Comment",
                  "Ana Ruiz stated that her bill was wrong for three months. She read her account number, "
                  "4479-706-8064, into the record and said she used 1,836 in December, double her normal.")
    assert values_of(found, "energy_usage") == {"1,836"}


def test_call_log_notes_says_used_last_month():
    found = _tsv("2024-07-12 12:55\tkowens\tJi-hoon Choi\t442.327.7421\tsolar\tsays used 1,648 last month",
                 "2024-07-27 9:30\ttpham\tLilit Petrosyan\t1-442-434-6774\tpayment plan\tsays used 2,166 last month",
                 "2024-07-24 12:14\tkowens\tPriya Iyer\t760-535-7459\tbilling\tasked about CARE")
    assert values_of(found, "energy_usage") == {"1,648", "2,166"}


def test_customer_mail_used_like_a_figure_last_month():
    found = _txt("From: rmanalo@gmail.com", "Subject: Re: your account", "",
                 "hi this is Rodelio Manalo again. my acct # is 3160346431, service is at 8131 W Sierra Madre Ave.",
                 "i only used like 1,645 last month why is it so high", "and we used 1,380 last July")
    assert values_of(found, "energy_usage") == {"1,645", "1,380"}


def test_other_units_years_and_totals_after_used_are_no_usage():
    found = _txt("From: rmanalo@gmail.com", "Subject: Re: your account", "",
                 "hi this is Rodelio Manalo. my acct # is 3160346431, service is at 8131 W Sierra Madre Ave.",
                 "we used 1,836 gallons in December for the garden",
                 "the church used 2,000 volunteer hours last month",
                 "our group used 1,500 in 2023 on repairs",
                 "residents used 4,200 in December across the district")
    assert values_of(found, "energy_usage") == set()


def test_used_in_a_month_on_a_page_with_no_customer_is_no_usage():
    found = _html("Food bank news", "The pantry used 1,200 in December, twice as many boxes as last year.")
    assert values_of(found, "energy_usage") == set()


def test_key_accounts_annual_mwh_column():
    body = xlsx([["Account Name", "Contact", "Contact Ph", "SA #", "Annual MWh", "Rep"],
                 ["Valencia Packaging", "Dariush Moradi", "442 542 6888", "700152384633", "33,674.0", "Brenda McAllister"],
                 ["Foothill Cold Chain LLC", "Thanh Vo", "951.944.0392", "700036140675", "6,556.6", "Brenda McAllister"]])
    found = pairs_found(f"{_SITE}/finance/key_accounts.xlsx", body)
    assert values_of(found, "energy_usage") == {"33,674.0", "6,556.6"}


def test_program_savings_and_bare_mwh_columns_are_no_usage():
    body = xlsx([["Program", "Participants", "Annual MWh saved"],
                 ["Smart Thermostat", "1,204", "3,400.0"],
                 ["Pool Pump Rebate", "310", "812.5"]])
    assert values_of(pairs_found(f"{_SITE}/finance/programs.xlsx", body), "energy_usage") == set()
    body = xlsx([["Facility", "Address", "MWh"],
                 ["City Hall", "1100 Civic Center Dr", "2,410.2"],
                 ["Central Library", "200 N Main St", "1,118.7"]])
    assert values_of(pairs_found(f"{_SITE}/finance/facilities.xlsx", body), "energy_usage") == set()


def test_usage_range_in_a_settlement_memo():
    body = docx_paragraphs("Confidential Settlement Memo", "Re: Billing dispute, Marcus Mensah",
                           "The claimant disputes charges from January through June. Meter data for the service "
                           "account (8000 672 450) shows monthly usage between 900 and 1,899 kWh.")
    assert values_of(pairs_found(f"{_SITE}/legal/memo.docx", body), "energy_usage") == {"900", "1,899 kWh"}


def test_tier_ranges_and_counts_between_figures_are_no_usage():
    body = docx_paragraphs("Re: Billing dispute, Marcus Mensah",
                           "Meter data for the service account (8000 672 450) was reviewed.",
                           "Tier 2 applies to usage between 301 and 600 kWh.",
                           "Tier 1 covers usage between 0 and 300 kWh.",
                           "The program served between 900 and 1,200 customers.")
    assert values_of(pairs_found(f"{_SITE}/legal/memo.docx", body), "energy_usage") == set()


def test_case_summary_usage_versus_prior_year():
    body = lines_pdf(["Item 5 attachment - Escalated case #2",
                      "Customer: Maricel Bautista Acct: 3138641322",
                      "Issue: high bill; usage 434 vs. 700 prior year. Resolution: meter re-read."])
    assert values_of(pairs_found(f"{_SITE}/agendas/packet.pdf", body), "energy_usage") == {"434", "700"}


def test_years_shares_and_system_figures_versus_are_no_usage():
    body = lines_pdf(["Item 5 attachment - Escalated case #2",
                      "Customer: Maricel Bautista Acct: 3138641322",
                      "Issue: usage 2023 vs 2024 compared. Enrollment usage 34 vs 40%.",
                      "System usage 550 vs 600 GWh."])
    assert values_of(pairs_found(f"{_SITE}/agendas/packet.pdf", body), "energy_usage") == set()


def test_spanish_changed_usage_because_of_air_conditioning():
    page = ("<html><body><main><h3>¿Por qué subió mi factura?</h3><p>Un caso reciente: la señora Hyun-woo Park nos "
            "llamó preocupada. Vive en 12890 Highland Ave, Apt 36A y su consumo pasó de 610 a 1,864 kWh por el aire "
            "acondicionado. Su número de cuenta de SCE es 8007495582.</p><p>Un hogar típico usa 500 kWh por hogar."
            "</p></main></body></html>")
    found = pairs_found(f"{_SITE}/es/preguntas.html", page)
    assert values_of(found, "energy_usage") == {"610", "1,864 kWh"}


def test_news_item_account_consumed_mwh():
    found = _html("Winery goes 100% renewable",
                  "Cucamonga Hills Winery at 11870 Foothill Blvd opted up to 100% renewable.",
                  "Behind the scenes, the owner's spouse Darnell Jefferson is the account holder; account "
                  "2-48-921-6826 consumed 197 MWh last year.",
                  "The Smart Thermostat program saved 3,400 MWh last year. City facilities used 12,000 MWh in 2023.")
    assert values_of(found, "energy_usage") == {"197 MWh"}
