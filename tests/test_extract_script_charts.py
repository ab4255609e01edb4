"""A chart a page's script draws holds its data in JavaScript (Chart.js ``labels``/``datasets``, Highcharts
``categories``/``series``, Google Charts ``arrayToDataTable``): it is read as the table the chart draws, a row per
category under "Label" and each series' value under its name, so a chart of named customers' kWh is found and one
of months, rate classes, programs, districts or staff raises nothing."""
from __future__ import annotations

import pytest

from crawler.extract.scripts import chart_tables
from tests.test_extract_html_parts import found, records, html

CHART_JS = ("<h1>Highest bills this summer</h1><canvas id='top'></canvas><script>new Chart(document.getElementById"
            "('top'), {type: 'bar', data: {labels: [\"Rosalind Achterberg\", \"Thaddeus Okafor\"], datasets: [{label:"
            " 'kWh (Aug 2025)', data: [3127, 2894], backgroundColor: '#36a'}]}, options: {plugins: {legend: {labels:"
            " {color: '#333'}}}}});</script>")


def test_a_chart_js_chart_is_the_table_it_draws():
    assert chart_tables(CHART_JS) == [[["Label", "kWh (Aug 2025)"], ["Rosalind Achterberg", "3127"],
                                       ["Thaddeus Okafor", "2894"]]]
    assert [("Label", "Rosalind Achterberg"), ("kWh (Aug 2025)", "3127")] in records(html(CHART_JS))
    assert {("customer_name", "Rosalind Achterberg"), ("energy_usage", "3127"), ("customer_name", "Thaddeus Okafor"),
            ("energy_usage", "2894")} <= found(CHART_JS)


@pytest.mark.parametrize("script, table", [
    ("Highcharts.chart('c', {xAxis: {categories: ['Imogen Castellanos', 'Hartley Venn']}, series: [{name: "
     "'kWh (July)', data: [2210, 1987.5]}, {name: 'Peak kW', data: [7.2, 6]}]});",
     [["Label", "kWh (July)", "Peak kW"], ["Imogen Castellanos", "2210", "7.2"], ["Hartley Venn", "1987.5", "6"]]),
    ("var d = google.visualization.arrayToDataTable([['Customer', 'kWh'], ['Imogen Castellanos', 2210],"
     " ['O\\'Brien, Hartley', 1987],]);",
     [["Customer", "kWh"], ["Imogen Castellanos", "2210"], ["O'Brien, Hartley", "1987"]]),
    ("new Chart(c, {data: {datasets: [{label: \"kWh\", data: [10, 20]}], labels: ['Q1', 'Q2']}});",
     [["Label", "kWh"], ["Q1", "10"], ["Q2", "20"]]),
    ('new Chart(c, {"type": "bar", "data": {"labels": ["Imogen Castellanos"], "datasets": [{"label": "kWh", '
     '"data": [2210]}]}});', [["Label", "kWh"], ["Imogen Castellanos", "2210"]]),
])
def test_highcharts_google_charts_and_series_before_labels(script, table):
    assert chart_tables(script) == [table]


@pytest.mark.parametrize("script", [
    "new Chart(c, {data: {datasets: [{label: 'kWh by meter', data: [{x: 'Mtr 4410', y: 19}]}]}});",  # no categories
    "new Chart(c, {data: {labels: names, datasets: [{label: 'kWh', data: usage}]}});",  # variables: built at run time
    "options = {plugins: {legend: {labels: {color: 'red'}}}};",
])
def test_charts_whose_data_is_no_literal_list_give_no_table(script):
    assert chart_tables(script) == []


@pytest.mark.parametrize("script", [
    "new Chart(c, {type: 'line', data: {labels: ['Jan', 'Feb', 'Mar'], datasets: [{label: 'System kWh', "
    "data: [9120400, 8211030, 7440120]}]}});",
    "new Chart(c, {type: 'bar', data: {labels: ['R-1 Residential', 'GS-1 Small Commercial', 'Street Lighting'], "
    "datasets: [{label: 'kWh', data: [80482100, 12841000, 512000]}]}});",
    "new Chart(c, {type: 'pie', data: {labels: ['Budget Billing', 'Paperless', 'Autopay'], datasets: [{label: "
    "'Customers enrolled', data: [4120, 9811, 7003]}]}});",
    "new Chart(c, {data: {labels: ['District 1 - Ana Ruiz', 'District 2 - Victor Preciado'], datasets: [{label: "
    "'kWh (2025)', data: [41200100, 39811000]}]}});",
    "new Chart(c, {data: {labels: ['Maria Lopez', 'James Park'], datasets: [{label: 'Calls handled (June)', "
    "data: [412, 388]}]}});",
    "new Chart(c, {data: {labels: ['2023', '2024', '2025'], datasets: [{label: 'Avg kWh per home', "
    "data: [612, 598, 640]}]}});",
    "var d = google.visualization.arrayToDataTable([['Month', 'Residential kWh'], ['Jan', 6120400], "
    "['Feb', 5981000]]);",
])
def test_charts_of_months_classes_programs_districts_and_staff_raise_nothing(script):
    assert found(f"<h1>Usage and programs</h1><canvas id='c'></canvas><script>{script}</script>") == set()


ACCOUNT_CHART = ("<h2>Your neighbors' usage</h2><script>new Chart(ctx, {type: 'line', data: {labels: ['Account #: "
                 "2-58-301-7724', 'Account #: 2-58-447-0193'], datasets: [{label: 'Monthly kWh', data: [1317, 1452]}]}"
                 "});</script>")


def test_a_chart_of_accounts_names_its_category_column_by_their_word():
    assert chart_tables(ACCOUNT_CHART) == [[["Account #", "Monthly kWh"], ["2-58-301-7724", "1317"],
                                            ["2-58-447-0193", "1452"]]]
    assert {("account_number", "2-58-301-7724"), ("energy_usage", "1317"), ("account_number", "2-58-447-0193"),
            ("energy_usage", "1452")} <= found(ACCOUNT_CHART)


@pytest.mark.parametrize("labels", [
    "['Account 1', 'Account 2', 'Account 3']",                  # anonymous accounts: no identifiers
    "['Account type A', 'Account type B', 'Account type C']",
    "['Acct 2-58-301-7724', 'Residential', 'Small Commercial']",  # not every category an account
    "['Tier 1 (0-500 kWh)', 'Tier 2 (501-1000 kWh)', 'Tier 3']",
])
def test_charts_of_anonymous_accounts_classes_and_tiers_keep_their_labels(labels):
    script = f"new Chart(c, {{data: {{labels: {labels}, datasets: [{{label: 'Avg kWh', data: [620, 1840, 9900]}}]}}}});"
    assert chart_tables(script)[0][0] == ["Label", "Avg kWh"]
    assert not {kind for kind, _ in found(f"<h2>Average use by class</h2><script>{script}</script>")} & {
        "energy_usage", "customer_name"}
