"""Red teams web22 and memo22: a fixed-width report's address run into its phone column, a usage figure after an
account and a dash, a script's comment lines, a JSON record's list of monthly reads or phones, an Astro island's typed
props, and a memo's fiscal-impact line beside a customer's dashed entry or her own utility account."""
from __future__ import annotations

from tests.detector_helpers import values_found

KINDS = ("customer_name", "address", "phone", "account_number", "energy_usage")


def found(name: str, body: str) -> dict[str, list[str]]:
    return values_found(name, body, KINDS)


def test_an_address_run_into_the_phone_column():
    text = ("ACCT NO          CUSTOMER                      SERVICE ADDRESS                          PHONE\n"
            "420-3318-7       OKONJO, ADAEZE                4410 NE SPRUCE HOLLOW ST APT 12, LARCH BEND, WA 99157 "
            "509.555.0161\n"
            "PR-51120443      HALVORSEN, ERIK               77 S MILL LN UNIT C, LARCH BEND, WA 99156 509.555.0177\n")
    result = found("cis.txt", text)
    assert "4410 NE SPRUCE HOLLOW ST APT 12, LARCH BEND, WA 99157" in result["address"]
    assert {"509.555.0161", "509.555.0177"} <= set(result["phone"])


def test_usage_after_an_account_and_a_dash_and_a_tiers_range():
    assert found("list.txt", "Acct 4410237719 - 2,914 kWh\n")["energy_usage"] == ["2,914 kWh"]
    assert "energy_usage" not in found("rates.txt", "Tier 2: 301 - 1,000 kWh at $0.14\n")


def test_a_scripts_comment_lines_each_give_their_usage():
    body = ("<script>\n  // Rosa Villalobos | acct 4970-711258-16 | 1438 kWh\n"
            "  // Kenji Oda | acct 4970-711258-17 | 1439 kWh\n</script>")
    assert found("page.html", body)["energy_usage"] == ["1438 kWh", "1439 kWh"]


def test_a_json_records_list_of_monthly_reads_and_of_phones():
    body = ('<script type="application/json">[{"customerName":"Oksana Melnyk","acctNo":"3104-228761-12",'
            '"kwhHistory":[1184,1022,998],"phones":["509-555-0161","509-555-0177"]}]</script>')
    result = found("page.html", body)
    assert result["energy_usage"] == ["1184", "1022", "998"] and result["phone"] == ["509-555-0161", "509-555-0177"]
    system = '<script type="application/json">{"systemKwhHistory":[41000,40220],"averageKwh":[640,612]}</script>'
    assert found("stats.html", system) == {}


def test_an_astro_islands_type_tags_are_no_figures():
    body = ('<astro-island props="{&quot;customer&quot;:[0,{&quot;name&quot;:[0,&quot;Keiko Tanaka&quot;],'
            '&quot;premiseId&quot;:[0,&quot;PR-46551719&quot;],&quot;usageKwh&quot;:[0,1508]}]}"></astro-island>')
    result = found("card.html", body)
    assert result["energy_usage"] == ["1508"] and result["customer_name"] == ["Keiko Tanaka"]


def test_a_memos_fiscal_impact_line_leaves_its_customers_alone():
    entry = ("Gr\u00e1inne Fitzgerald \u2013 8318 Cedar Creek Rd Apt 2B \u2013 Account No. 30-510637-92 \u2013 "
             "410.555.3390\nFiscal impact: charged to fund 510 (Electric Enterprise).\n")
    assert found("memo.txt", entry)["account_number"] == ["30-510637-92"]
    own = ("Staff reviewed her BGE acct 5627711728 and confirmed the read.\n"
           "Fiscal impact: the write-off is charged to GL 510-4420-6135 (Bad Debt Expense), fund 510.\n")
    assert found("memo.txt", own)["account_number"] == ["5627711728"]
    ledger = "Fiscal impact: charged to Account No. 510-4420-6135 (Bad Debt Expense), fund 510.\n"
    assert "account_number" not in found("memo.txt", ledger)


def test_a_usg_column_a_work_cell_a_class_threshold_and_a_bracketed_customer():
    sheet = ("<table><tr><th>ACCT_NBR</th><th>CUST NM</th><th>SVC ADDR</th><th>USG</th></tr><tr><td>5279793511</td>"
             "<td>KULKARNI, Priya</td><td>5532 LOBLOLLY PINE DR</td><td>2446</td></tr></table>")
    assert found("export.html", sheet)["energy_usage"] == ["2446"]
    staff = "Holiday coverage\n\u2022 Gareth Pembroke (Billing Manager) \u2014 ext. 2231, cell (410) 555-8511 (City-issued)\n"
    assert found("coverage.txt", staff) == {}
    release = ("Marrow Bay Electric launches Bay Saver rebates. Residential customers who use more than 1,200 kWh in "
               "summer months can save up to $150. Media contact: (410) 555-4240.\n")
    assert found("release.txt", release) == {}
    bracketed = "Contact: Babatunde Okafor (customer), 223 Bayberry Rd, acct 5500123456\n"
    assert found("note.txt", bracketed)["customer_name"] == ["Babatunde Okafor"]


def test_lookup_links_write_each_customers_record_into_their_queries():
    body = ("<ul><li><a href='/lookup?account=PR-54387811&amp;name=Ana%20Ruiz&amp;addr=17800%20Mill%20St&amp;kwh=1922'>"
            "View</a></li><li><a href='/lookup?account=9052-100110-71&amp;name=Li%20Wei&amp;addr=11078%20N%20Tamarack"
            "%20Way&amp;kwh=3614'>View</a></li></ul>")
    result = found("links.html", body)
    assert result["customer_name"] == ["Ana Ruiz", "Li Wei"]
    assert result["address"] == ["17800 Mill St", "11078 N Tamarack Way"]
    search = "<a href='/search?q=parks&amp;page=2&amp;sort=name'>Parks</a> <a href='/map?q=505+S+Garey+Ave'>Map</a>"
    assert found("nav.html", search) == {}


def test_a_next_js_pages_streamed_rows_are_data():
    body = ('<script>self.__next_f.push([1,"5:[\\"$\\",\\"div\\",null,{\\"account\\":{\\"customer_name\\":\\"Niamh '
            'Brennan\\",\\"service_address\\":\\"46842 N Osprey Ln, Milo Junction, OR 97882\\",\\"account_number\\":'
            '\\"573-1567-8\\",\\"kwh\\":804}}]\\n"])</script>')
    result = found("page.html", body)
    assert result["address"] == ["46842 N Osprey Ln, Milo Junction, OR 97882"] and result["energy_usage"] == ["804"]
    chrome = '<script>self.__next_f.push([1,"0:[\\"$\\",\\"nav\\",null,{\\"title\\":\\"Outage map\\",\\"zoom\\":12}]\\n"])</script>'
    assert found("page.html", chrome) == {}
