"""Hidden HTML end to end (extraction and every registry detector): what a page publishes in comments,
templates, inline scripts and link targets is checked like its text, and a public page's own scripts,
structured data and links raise nothing."""
from __future__ import annotations

import base64

import pytest

from crawler.extract import extract
from detectors.engine import scan_document
from detectors.registry import load_detectors

GOOGLE = "AIza" + "SyB1c2D3e4F5g6H7i8J9k0L1m2N3o4P5q6R"

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | City of Mesa Linda</title>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-8XK2M4PQ7T"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}
gtag('js', new Date()); gtag('config', 'G-8XK2M4PQ7T');</script>
<script>(function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start': new Date().getTime(),event:'gtm.js'}});
}})(window,document,'script','dataLayer','GTM-K7QX2B9');</script>
<!--[if lt IE 9]><script src="/js/html5shiv.min.js"></script><![endif]-->
</head><body><!-- begin site header -->
<header class="siteHeader"><nav><a href="/index.html">Home</a> <a href="/news?category=council&amp;page=2">News</a>
<!-- <a href="/old-portal/login.aspx?ReturnUrl=%2fbilling">Old billing portal</a> --></nav></header>
<main id="main"><h1>{title}</h1>{body}</main>
<footer id="siteFooter"><p>City of Mesa Linda, 1200 Civic Center Drive, Mesa Linda, CA 92392</p>
<p><a href="tel:7609555000">Call City Hall</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.mesalindaca.gov%2Fnews">Share</a></p>
<!-- footer links updated 2024-03-12 by webmaster --></footer></body></html>"""

PUBLIC = {
    "contact.html": """<p>City Hall is open Monday - Thursday.</p>
<div id="map"></div>
<script>function initMap() {{ new google.maps.Map(document.getElementById('map'), {{zoom: 14}}); }}</script>
<script src="https://maps.googleapis.com/maps/api/js?key={google}&amp;callback=initMap" async defer></script>
<iframe src="https://www.google.com/maps/embed/v1/place?key={google}&amp;q=1200+Civic+Center+Drive,Mesa+Linda,CA"></iframe>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "GovernmentOrganization",
"name": "City of Mesa Linda", "telephone": "+1-760-955-5000", "email": "cityclerk@mesalindaca.gov",
"address": {{"@type": "PostalAddress", "streetAddress": "1200 Civic Center Drive", "addressLocality": "Mesa Linda",
"addressRegion": "CA", "postalCode": "92392"}}}}</script>""",
    "drupal.html": """<p>Community Energy enrollment.</p>
<script>jQuery.extend(Drupal.settings, {{"basePath": "\\/", "pathPrefix": "", "ajaxPageState": {{"theme": "mlce",
"theme_token": "kX3v9QpLm2Rt7YwZ1aBcD4eFgH5iJ6kL", "js": {{"misc\\/drupal.js": 1}}}},
"googleanalytics": {{"trackOutbound": 1, "trackMailto": 1}}, "views": {{"ajax_path": "\\/views\\/ajax",
"ajaxViews": {{"views_dom_id:8f3a2c1e7b5d4e6a": {{"view_name": "news", "view_display_id": "block_1"}}}}}}}});</script>
<script>var wpApiSettings = {{"root": "https:\\/\\/www.mesalindaca.gov\\/wp-json\\/", "nonce": "a1b2c3d4e5"}};</script>
<script>grecaptcha.render('captcha', {{'sitekey': '6LcA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S'}});</script>
<script>!function(f,b,e,v,n,t,s){{n=f.fbq=function(){{n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)}};
}}(window, document,'script','https://connect.facebook.net/en_US/fbevents.js'); fbq('init', '812345678901234');
fbq('track', 'PageView');</script>
<noscript><img height="1" width="1" src="https://www.facebook.com/tr?id=812345678901234&amp;ev=PageView&amp;noscript=1"></noscript>
<script>const firebaseConfig = {{apiKey: "{google}", authDomain: "mesalinda-311.firebaseapp.com",
projectId: "mesalinda-311", messagingSenderId: "812345678901", appId: "1:812345678901:web:3f9a2c1e7b5d4e6a"}};</script>""",
    "meetings.html": """<p>Join the Planning Commission by Zoom:
<a href="https://us06web.zoom.us/j/84512378901?pwd=bWx0UkVxQ1pVUjNCcUdLZkJ6Zz09">Join the meeting</a>.</p>
<p><a href="https://mesalinda.granicus.com/MediaPlayer.php?view_id=2&amp;clip_id=1187">Video</a>
<a href="/calendar.aspx?EID=8123456789&amp;month=3&amp;year=2024">Calendar</a>
<a href="https://twitter.com/intent/tweet?text=Mayor+Okafor+opens+the+Civic+Center+solar+canopy">Tweet</a></p>
<!-- TODO: replace agenda link after 3/12 meeting -->
<template id="agenda-row"><tr><td>{{{{item}}}}</td><td>{{{{title}}}}</td></tr></template>""",
    "budget.html": """<table><thead><tr><th>Account Number</th><th>Description</th><th>FY 2023-24 Actual</th>
<th>FY 2024-25 Adopted</th></tr></thead><tbody>
<tr><td>101-4310-5210</td><td>Electricity</td><td>$12,500</td><td>$13,000</td></tr>
<!-- <tr><td>101-4310-5220</td><td>Natural Gas</td><td>$2,100</td><td>$2,300</td></tr> -->
<tr><td>101-4310-6110</td><td>Office Supplies</td><td>$1,250</td><td>$1,300</td></tr></tbody></table>""",
    "vendors.html": """<p><a href="/bids?vendor=Baker+%26+Sons+Paving&amp;sort=asc">Baker &amp; Sons Paving</a>
<a href="/news?tag=%23SolarCanopy&amp;page=2">#SolarCanopy</a></p>""",
}

BASIC = base64.b64encode(b"webadmin:Summer2024!").decode()

LEAKS = {  # page body -> (category, value) that must be found
    "optouts.html": ("""<table><thead><tr><th>Customer Name</th><th>Service Address</th><th>SCE Account</th></tr></thead>
<tbody><tr><td>Mesa Linda Library</td><td>1200 Civic Center Drive</td><td>n/a</td></tr>
<!-- <tr><td>Gerald Fontaine</td><td>13881 Seneca Rd</td><td>4418-2291-07</td></tr> --></tbody></table>""",
                     [("account_number", "4418-2291-07")]),
    "outages.html": ("""<div id="outages"></div>
<script>var affected = [{{"name": "Denise Harlow", "serviceAccount": "PCE-20481357", "ssn": "523-41-8876"}}];</script>""",
                     [("account_number", "PCE-20481357"), ("ssn", "523-41-8876")]),
    "staging.html": ("""<p>Preview the new site on <a href="https://stage:Pr3view!2024@staging.mesalindaca.gov/">staging</a>.</p>
<p><a href="/billing/statement?name=Walter+Brandt&amp;acct=8002719345">Statement</a></p>""",
                     [("credential", "Pr3view!2024"), ("account_number", "8002719345")]),
    "api.html": ("""<pre>curl -H "Authorization: Basic {basic}" https://api.mesalindaca.gov/v1/accounts</pre>
<script>const OUTAGE_API_KEY = "f3a9c2e17b5d4e6a8c1b"; fetch('/api/outages', {{headers: {{'X-Key': OUTAGE_API_KEY}}}});</script>""",
                 [("credential", BASIC), ("credential", "f3a9c2e17b5d4e6a8c1b")]),
    # a password of a same-site link's query, percent-encoded: read whole, "#" and all
    "portal.html": ("""<p><a href="/portal/login.aspx?user=ops&amp;password=Heron%237719">Billing portal</a></p>""",
                    [("credential", "Heron#7719")]),
    "template.html": ("""<template id="sample"><dl><dt>Customer:</dt><dd>Priscilla Vaughn</dd><dt>SSN:</dt>
<dd>065 98 5485</dd></dl></template>""", [("ssn", "065 98 5485")]),
}


def _scan(name: str, body: str):
    html = PAGE.format(title=name.split(".")[0].title(), body=body.format(google=GOOGLE, basic=BASIC))
    document = extract(f"https://www.mesalindaca.gov/{name}", html.encode("utf-8"), "text/html; charset=utf-8")
    return document, scan_document(document, load_detectors())


@pytest.mark.parametrize("name", sorted(PUBLIC))
def test_a_public_page_s_scripts_structured_data_and_links_raise_nothing(name):
    document, findings = _scan(name, PUBLIC[name])
    assert any(s.hidden == "inline script" for s in document.segments)
    assert [(f.category, f.value, f.why) for f in findings] == []


@pytest.mark.parametrize("name", sorted(LEAKS))
def test_leaks_in_hidden_html_are_found(name):
    body, expected = LEAKS[name]
    _, findings = _scan(name, body)
    found = {(f.category, f.value) for f in findings}
    assert set(expected) <= found, found
    for finding in findings:
        for _, value in expected:
            assert value not in finding.context and value not in finding.masked
