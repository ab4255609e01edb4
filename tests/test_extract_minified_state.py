"""Nuxt 2's minified page state, a function called at once whose parameters are the state's values
(``window.__NUXT__=(function(a,b){return {...}}("...", "..."))``), is read as the JSON state it returns: each
parameter bound to its argument, a record per object. A state of staff, programs or code raises nothing."""
from __future__ import annotations

from crawler.extract.scripts import _returned_states
from tests.test_extract_html_parts import found, records, html

NUXT_CUSTOMERS = (
    '<div id="__nuxt"></div><script>window.__NUXT__=(function(a,b,c,d,e,f,g,h,i){return {layout:"default",'
    'data:[{payees:[{custName:a,acctNo:b,svcAddr:c,phoneNbr:d,trees:3},{custName:e,acctNo:f,svcAddr:g,'
    'phoneNbr:h,trees:i}]}],fetch:{},error:null,serverRendered:!0,routePath:"\\u002Fprograms\\u002Fshade-trees",'
    'config:{_app:{basePath:"\\u002F",assetsPath:"\\u002F_nuxt\\u002F",cdnURL:void 0}}}}("Wendell Aponte",'
    '"2-37-514-8802","4419 Juniper Hollow Rd","(530) 555-0178","Lucía Ferreira-Holt","2-37-608-1153",'
    '"90 Quarry Bend Ct","(530) 555-0141",2));</script>')


def test_a_minified_state_binds_its_parameters_to_its_arguments():
    (start, end, state), = _returned_states(NUXT_CUSTOMERS)
    assert state["data"][0]["payees"][1] == {"custName": "Lucía Ferreira-Holt", "acctNo": "2-37-608-1153",
                                             "svcAddr": "90 Quarry Bend Ct", "phoneNbr": "(530) 555-0141",
                                             "trees": 2}
    assert state["serverRendered"] is True and state["config"]["_app"]["cdnURL"] is None
    assert any(("custName", "Wendell Aponte") in record for record in records(html(NUXT_CUSTOMERS)))
    assert {("customer_name", "Wendell Aponte"), ("account_number", "2-37-514-8802"),
            ("address", "4419 Juniper Hollow Rd"), ("phone", "(530) 555-0178"),
            ("customer_name", "Lucía Ferreira-Holt"), ("address", "90 Quarry Bend Ct")} <= found(NUXT_CUSTOMERS)


def test_a_minified_state_of_staff_and_programs_raises_nothing():
    page = ('<script>window.__NUXT__=(function(a,b,c){return {data:[{program:{title:a,budget:"$1.2M",'
            'contact:{name:b,title:"Urban Forestry Manager",department:"Public Works"}},districts:[c,"District 2"]}],'
            'serverRendered:!0}}("Shade Tree Rebates","Marguerite Osei","District 1"));</script>')
    assert _returned_states(page)
    assert not {kind for kind, _ in found(page)} & {"customer_name", "phone", "address", "account_number"}


def test_a_function_returning_code_is_no_state():
    assert _returned_states("var f=(function(a,b){return {sum:a+b,run:go(a)}}(1,2));") == []
    assert _returned_states("x=(function(a){return {n:a}})") == []  # defined, never called
