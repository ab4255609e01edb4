"""A generated public website of a fictional US city that is not Pomona: the City of Mesa Linda, CA, and
its community choice energy program, Mesa Linda Community Energy (MLCE), in SCE territory.

The pages copy how real municipal sites are built and what they publish (CivicPlus/Granicus/Drupal page
chrome, staff directories with direct lines, council bios, agenda packets with Zoom instructions, staff
reports, public comment letters and printed e-mails, minutes, budget books, rate pages, a sample bill,
the City's W-9, bid results, planning notices, a police log, a parks catalog, Spanish pages), so that
``test_precision_city_site`` can check that pubcheck stays quiet on them with no configuration at all.
A few true leaks are planted the way they really happen (an export uploaded by mistake, a past-due notice
in a packet, a contractor's W-9, IT instructions). Every name, number and address is fictitious.

``build(root)`` writes the site into ``root`` and returns the planted leaks; every other file is public.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from docx import Document as WordDocument
from fpdf import FPDF
from openpyxl import Workbook


@dataclass(frozen=True)
class Leak:
    path: str  # of the file under the site root
    category: str
    value: str


HEADER = """<div id="skipLink"><a href="#main">Skip to Main Content</a></div>
<header class="siteHeader"><div class="topBar">Create a Website Account - Manage notification subscriptions,
save form progress and more. <a href="/MyAccount">Sign In</a></div>
<a href="/index.html"><img src="/ImageRepository/logo.png" alt="City of Mesa Linda, California - Home"></a>
<nav id="mainNav" aria-label="Main"><ul>
<li><a href="/government.html">Government</a></li><li><a href="/departments.html">Departments</a></li>
<li><a href="/residents.html">Residents</a></li><li><a href="/business.html">Business</a></li>
<li><a href="/mlce/index.html">Community Energy</a></li><li><a href="/agendas.html">Agendas &amp; Minutes</a></li>
<li><a href="/es/index.html">Español</a></li></ul></nav></header>"""

FOOTER = """<footer id="siteFooter"><div class="footerContact">
<h2>Contact Us</h2><p>City of Mesa Linda<br>1200 Civic Center Drive<br>Mesa Linda, CA 92392</p>
<p>Phone: <a href="tel:7609555000">(760) 955-5000</a><br>Fax: (760) 955-5099</p>
<p>City Hall Hours: Monday - Thursday 7:30 a.m. - 6 p.m., closed Fridays</p></div>
<div class="footerLinks"><a href="/accessibility.html">Accessibility</a> <a href="/sitemap.html">Site Map</a>
<a href="/contact.html">Contact Us</a> <a href="/copyright.html">Copyright Notices</a></div>
<div class="poweredBy">Government Websites by CivicPlus&reg;</div></footer>"""


def page(title: str, body: str, lang: str = "en") -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Mesa Linda, CA'
            f'</title></head><body>{HEADER}<div id="breadCrumbs"><a href="/index.html">Home</a> &rsaquo; {title}'
            f'</div><main id="main"><div class="fr-view"><h1>{title}</h1>{body}</div></main>{FOOTER}</body></html>')


def table(headers: list[str], rows: list[list[str]], caption: str = "") -> str:
    head = "".join(f"<th scope=col>{h}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    caption = f"<caption>{caption}</caption>" if caption else ""
    return f"<table class=\"table\">{caption}<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


# -- HTML pages -----------------------------------------------------------------------------------------

PAGES: dict[str, str] = {}

PAGES["index.html"] = page("Welcome to Mesa Linda", """
<div class="alert">ALERT: Water main repair on Bear Valley Road between Jess Ranch Pkwy and Mariposa Rd. Expect
delays. Questions? Call Public Works at (760) 955-5250.</div>
<h2>News Flash</h2>
<ul class="news">
<li><a href="/news/solar-canopy.html">Mayor Okafor Opens Civic Center Solar Canopy</a> Posted on: March 12, 2024</li>
<li><a href="/news/water-rates.html">Public Hearing on Water and Sewer Rates</a></li>
<li><a href="/jobs/utility-billing-specialist.html">Now Hiring: Utility Billing Specialist</a></li></ul>
<h2>Quick Links</h2>
<ul><li><a href="/directory.html">Staff Directory</a></li><li><a href="/council.html">City Council</a></li>
<li><a href="/city-clerk.html">City Clerk</a></li><li><a href="/finance/vendors.html">Vendor Information</a></li>
<li><a href="/utility-billing.html">Utility Billing</a></li>
<li><a href="/police/daily-log.html">Police Daily Log</a></li>
<li><a href="/planning/cases.html">Current Planning Cases</a></li>
<li><a href="/parks/index.html">Parks &amp; Recreation</a></li>
<li><a href="/library.html">Mesa Linda Library</a></li>
<li><a href="/neighborhood-watch.html">Neighborhood Watch</a></li>
<li><a href="/bids.html">Bids &amp; RFPs</a></li><li><a href="/contact.html">Contact Us</a></li>
<li><a href="/documents.html">Document Center</a></li><li><a href="/staff/planning.html">Planning Division</a></li>
<li><a href="/it/council-chambers-av.html">Council Chambers A/V guide</a></li>
<li><a href="/mlce/enrollment-updates.html">MLCE enrollment updates</a></li></ul>""")

PAGES["directory.html"] = page("Staff Directory", """
<p>To reach a department after hours, call the main line. Direct lines are listed below.</p>
""" + table(["Name", "Title", "Department", "Phone", "Email"], [
    ["Okafor, Linda", "Mayor", "City Council", "(760) 955-5001",
     '<a href="mailto:lokafor@mesalindaca.gov">lokafor@mesalindaca.gov</a>'],
    ["Thomas Whitaker", "City Manager", "City Manager's Office", "(760) 955-5010", "twhitaker@mesalindaca.gov"],
    ["Rosa Delgado", "Deputy City Clerk", "City Clerk", "(760) 955-5022", "rdelgado@mesalindaca.gov"],
    ["Kevin O'Brien", "Building Official (contract)", "Building &amp; Safety", "(760) 955-5112",
     "kevin.obrien@interwestgrp.com"],
    ["Priya Raman", "Senior Management Analyst", "Finance", "(760) 955-5034", "praman@mesalindaca.gov"],
    ["Marcus Bell", "Public Works Superintendent", "Public Works", "(760) 961-3340", "mbell@mesalindaca.gov"],
    ["Angela Ruiz", "Code Enforcement Officer", "Code Enforcement", "(760) 961-4422", "aruiz@mesalindaca.gov"],
    ["Daniel Reyes", "City Engineer (contract)", "Engineering", "(760) 955-5140", "dreyes@willdan.com"],
    ["Sofia Nguyen", "Energy Programs Manager", "Mesa Linda Community Energy", "(760) 955-5310",
     "snguyen@mlcenergy.org"],
]) + """
<h2>Department Contacts</h2>
<div class="staff-card"><h3>Animal Services</h3><p>Shelter: 12300 Apple Valley Road</p><p>(760) 961-8800</p></div>
<div class="staff-card"><h3>Code Enforcement</h3><p>Report a violation: (760) 961-4420</p></div>
<div class="staff-card"><h3>Graffiti Removal Hotline</h3><p>(760) 961-4477</p></div>
<div class="staff-card"><h3>Senior Center</h3><p>14874 Yucca Loma Road</p><p>(760) 241-7170</p></div>
<div class="staff-card"><h3>Dial-A-Ride</h3><p>(760) 948-3030, weekdays 6 a.m. - 7 p.m.</p></div>""")

PAGES["staff/planning.html"] = page("Planning Division", """
<p>The Planning Division reviews development applications and maintains the General Plan.</p>
<div class="staff-card"><h3>Maria Alvarez</h3><p>Principal Planner</p><p>Phone: 760-955-5121</p>
<p>Email: <a href="mailto:malvarez@mesalindaca.gov">malvarez@mesalindaca.gov</a></p></div>
<div class="staff-card"><h3>Jonathan Pierce</h3><p>Associate Planner (contract, Kimley-Horn)</p>
<p>Direct: (213) 261-4085</p><p>Email: jonathan.pierce@kimley-horn.com</p></div>
<div class="staff-card"><h3>Heather Lindqvist</h3><p>Planning Technician</p><p>Phone: (760) 955-5124</p></div>
<p>Planning counter hours: Monday - Thursday 7:30 a.m. - 5 p.m.</p>""")

PAGES["council.html"] = page("City Council", """
<div class="bio"><h2>Mayor Linda Okafor</h2>
<p>Mayor Okafor was elected to the City Council in 2016 and has served as Mayor since 2022. She is a retired
nurse and has lived in Mesa Linda since 1994 with her husband, Daniel, and their three children.</p>
<p>Email: lokafor@mesalindaca.gov<br>Office: (760) 955-5001<br>Cell: (760) 881-2290</p></div>
<div class="bio"><h2>Mayor Pro Tem Robert Chen, District 2</h2>
<p>Robert Chen is a small business owner and a graduate of Cal State San Bernardino.</p>
<p>Email: rchen@mesalindaca.gov | Phone: (760) 955-5002 | Mobile: (760) 508-1734</p></div>
<div class="bio"><h2>Councilmember Gloria Estrada, District 4</h2>
<p>Councilmember Estrada holds office hours on the first Saturday of each month at the Yucca Loma Library.</p>
<p>To schedule a meeting call (760) 955-5004 or email gestrada@mesalindaca.gov.</p></div>
<p>Council meets on the 2nd and 4th Tuesday of each month at 6:30 p.m. in the Council Chambers, 14343 Civic
Drive. Meetings stream live on the City's YouTube channel.</p>""")

PAGES["city-clerk.html"] = page("City Clerk", """
<p>The City Clerk's Office administers elections, maintains official records and coordinates public records
requests under the California Public Records Act.</p>
<dl><dt>Address</dt><dd>1200 Civic Center Drive, Mesa Linda, CA 92392</dd>
<dt>Phone</dt><dd>(760) 955-5020</dd><dt>Fax</dt><dd>(760) 955-5029</dd>
<dt>Email</dt><dd>cityclerk@mesalindaca.gov</dd></dl>
<h2>Staff</h2>
<p>Lauren Mitchell, MMC, City Clerk - lmitchell@mesalindaca.gov<br>
Rosa Delgado, Deputy City Clerk - (760) 955-5022</p>
<h2>Public Comment</h2>
<p>Written comments received by 3 p.m. on the day of the meeting are distributed to the Council and posted
with the agenda packet. Email comments to publiccomment@mesalindaca.gov.</p>""")

PAGES["utility-billing.html"] = page("Utility Billing", """
<p>Pay your water, sewer and trash bill online, by phone at (888) 297-5591, or in person at City Hall.</p>
<h2>Where is my account number?</h2>
<p>Your account number is printed in the upper right corner of your bill. It is a 10-digit number starting
with 8, like 8001234567. Your Customer Number is a 7-digit number, for example 0412345.</p>
<h2>Start or stop service</h2>
<p>Call Utility Billing at (760) 955-5060 or email utilitybilling@mesalindaca.gov at least 2 business days
before your move. A deposit of $75 is required for tenants.</p>
<h2>Can't pay your bill?</h2>
<p>Payment arrangements are available. Service will not be shut off while a payment plan is in good standing.
Shut-off notices are mailed 15 days after the due date. Customers enrolled in the Low Income Assistance
Program receive a 20% discount.</p>""")

PAGES["utility-rates.html"] = page("Water, Sewer and Trash Rates", table(
    ["Meter Size", "Monthly Service Charge", "Tier 1 (0-12 HCF)", "Tier 2 (13+ HCF)"],
    [['5/8"', "$32.10", "$3.12", "$4.05"], ['1"', "$48.65", "$3.12", "$4.05"], ['2"', "$131.40", "$3.12", "$4.05"]],
    "Water rates effective July 1, 2024") + """
<p>A typical single-family customer using 15 HCF per month pays $81.61. The average residential customer
uses 580 kWh of electricity per month.</p>""")

PAGES["mlce/index.html"] = page("Mesa Linda Community Energy", """
<p>Mesa Linda Community Energy (MLCE) is the City's community choice aggregation program. MLCE buys cleaner
power for homes and businesses; Southern California Edison (SCE) still delivers it, reads meters and sends one
bill.</p>
<p>In 2023 MLCE served 41,870 customer accounts and delivered 612,345 MWh of electricity, 52% of it from
renewable sources. Our 1.5 MW community solar project at 2200 Industrial Parkway powers about 400 homes.</p>
<h2>Contact MLCE</h2>
<p>Customer Service: 1-844-696-5423 (Monday - Friday, 8 a.m. - 6 p.m.)<br>
Email: info@mlcenergy.org<br>Office: 1200 Civic Center Drive, Suite 200, Mesa Linda, CA 92392</p>
<ul><li><a href="/mlce/rates.html">Rates and bill comparison</a></li>
<li><a href="/mlce/how-to-read-your-bill.html">How to read your bill</a></li>
<li><a href="/mlce/board.html">Board of Directors</a></li>
<li><a href="/docs/mlce-annual-report-2023.pdf">2023 Annual Report</a></li>
<li><a href="/docs/mlce-bill-insert.pdf">Bill insert: your new MLCE charges</a></li></ul>""")

PAGES["mlce/rates.html"] = page("MLCE Rates and Bill Comparison", table(
    ["Rate Schedule", "Tier", "MLCE Generation ($/kWh)", "SCE Generation ($/kWh)"],
    [["Domestic (D)", "All usage", "$0.1121", "$0.1342"], ["TOU-D-4-9PM", "On-peak", "$0.1687", "$0.1904"],
     ["GS-1", "Summer", "$0.1395", "$0.1512"]]) + table(
    ["Customer Type", "Average Monthly Usage (kWh)", "SCE Total Bill", "MLCE Total Bill", "Monthly Savings"],
    [["Residential (Domestic)", "580", "$172.44", "$165.12", "$7.32"],
     ["Residential CARE", "520", "$105.10", "$101.90", "$3.20"],
     ["Small Commercial (GS-1)", "1,450", "$398.20", "$381.35", "$16.85"]],
    "Sample monthly bill comparison, rates effective February 1, 2024") + """
<p>Your actual savings depend on your usage. Customers on CARE or FERA keep their discounts.</p>""")

PAGES["mlce/how-to-read-your-bill.html"] = page("How to Read Your Bill", """
<p>MLCE customers receive one bill from SCE. The sample bill below shows where to find the most important
information.</p>
<div class="sample-bill"><h2>Sample Bill</h2>
<dl><dt>Customer name</dt><dd>JOHN SAMPLE</dd>
<dt>Service address</dt><dd>1234 ANY STREET, MESA LINDA, CA 92392</dd>
<dt>Customer account</dt><dd>2-41-836-0172</dd>
<dt>Service account</dt><dd>3-047-2291-58</dd>
<dt>Total usage</dt><dd>612 kWh</dd><dt>Amount due</dt><dd>$142.17</dd></dl></div>
<ol><li>Your customer account number: use it when you call SCE or MLCE.</li>
<li>Your service account number identifies the meter at your home.</li>
<li>Your usage this month in kWh, and a 13-month usage history.</li></ol>""")

PAGES["mlce/board.html"] = page("MLCE Board of Directors", """
<p>The MLCE Board is made up of the five members of the Mesa Linda City Council.</p>
""" + table(["Director", "Role", "Email"], [
    ["Linda Okafor", "Chair", "lokafor@mesalindaca.gov"], ["Robert Chen", "Vice Chair", "rchen@mesalindaca.gov"],
    ["Gloria Estrada", "Director", "gestrada@mesalindaca.gov"]]) + """
<p>Board Clerk: Lauren Mitchell, (760) 955-5021, boardclerk@mlcenergy.org</p>
<p>General Counsel: Nicole Fairbanks, Best Best &amp; Krieger LLP, (909) 989-8584,
nicole.fairbanks@bbklaw.com</p>
<p>Regulatory consultant: Andrew Kessler, Kessler Energy Advisors, (415) 872-3390,
andrew.kessler@kesslerenergy.com</p>""")

PAGES["news/solar-canopy.html"] = page("Mayor Okafor Opens Civic Center Solar Canopy", """
<p class="dateline">FOR IMMEDIATE RELEASE - March 12, 2024</p>
<p>MESA LINDA, CA - Mayor Linda Okafor joined Mesa Linda Community Energy staff and residents on Tuesday to
open a 480 kW solar canopy over the Civic Center parking lot. The canopy will produce about 812,000 kWh a
year, enough to cover 60% of City Hall's electricity use, and will save the City about $140,000 a year.</p>
<p>"This project shows that clean energy saves money," said Mayor Okafor. Resident Maria Gutierrez, who has
lived on Juniper Lane for 30 years, said she was proud of the project.</p>
<p>The project was built by SunPeak Solar Inc. of Riverside and financed with a California Energy Commission loan.</p>
<p><strong>Media Contact:</strong><br>Jessica Tran, Public Information Officer<br>(760) 955-5050<br>
jtran@mesalindaca.gov</p>
<p><strong>Partner contact:</strong> Mark Ellis, Habitat for Humanity Victor Valley, (760) 243-1190,
mark.ellis@habitatvv.org</p>""")

PAGES["news/water-rates.html"] = page("Public Hearing on Water and Sewer Rates", """
<p>NOTICE IS HEREBY GIVEN that the City Council will hold a public hearing on Tuesday, June 11, 2024 at 6:30
p.m. in the Council Chambers, 14343 Civic Drive, Mesa Linda, CA 92392, to consider proposed increases to water
and sewer rates.</p>
<p>Under Proposition 218, property owners and tenants who pay the water bill may submit a written protest to the
City Clerk, 1200 Civic Center Drive, Mesa Linda, CA 92392. A protest must identify the parcel (by street address
or Assessor's Parcel Number) and bear the original signature of the owner or customer.</p>
<p>Join by Zoom: <a href="https://us06web.zoom.us/j/84512378901?pwd=bWx0UkVxQ1pVUjNCcUdLZkJ6Zz09">
https://us06web.zoom.us/j/84512378901?pwd=bWx0UkVxQ1pVUjNCcUdLZkJ6Zz09</a><br>
Webinar ID: 845 1237 8901<br>Passcode: 612024<br>
Or dial: +1 669 900 6833, +1 253 215 8782 or +1 346 248 7799</p>
<p>Documents: <a href="/docs/agenda-packet-2024-06-11.pdf">Agenda packet</a>,
<a href="/docs/minutes-2024-05-28.pdf">Minutes of May 28</a>.</p>""")

PAGES["agendas.html"] = page("Agendas &amp; Minutes", table(
    ["Meeting", "Date", "Agenda", "Minutes", "Video"],
    [["City Council", "06/11/2024", '<a href="/docs/agenda-packet-2024-06-11.pdf">Agenda Packet</a>',
      "", '<a href="https://mesalinda.granicus.com/MediaPlayer.php?view_id=2&amp;clip_id=1187">Video</a>'],
     ["City Council", "05/28/2024", "Agenda", '<a href="/docs/minutes-2024-05-28.pdf">Minutes</a>', "Video"],
     ["Planning Commission", "05/15/2024", '<a href="/docs/pc-notice-2024-05-15.pdf">Notice</a>', "", ""]]) + """
<p><a href="/docs/budget-fy2024-25.pdf">Adopted Budget FY 2024-25</a></p>""")

PAGES["jobs/utility-billing-specialist.html"] = page("Utility Billing Specialist", """
<p><strong>Salary:</strong> $52,416.00 - $66,892.80 Annually<br><strong>Job Type:</strong> Full-time<br>
<strong>Job Number:</strong> 2024-00017<br><strong>Department:</strong> Finance<br><strong>Closing:</strong>
5/31/2024 5:00 PM Pacific</p>
<h2>Description</h2><p>Under general supervision, performs customer service and billing work for the City's
water, sewer and refuse accounts: answers questions about bills, sets up new accounts, processes payments and
shut-off notices, and resolves billing disputes.</p>
<h2>Examples of Duties</h2><ul><li>Reviews meter reads and high-usage reports.</li>
<li>Explains rates, tiers and charges to customers in person, by phone and by email.</li></ul>
<p>For questions about this recruitment contact Human Resources at (760) 955-5040 or hr@mesalindaca.gov.
Applicants needing an accommodation should call (760) 955-5041. The City of Mesa Linda is an Equal Opportunity
Employer.</p>""")

PAGES["finance/vendors.html"] = page("Vendor Information", """
<p>Vendors doing business with the City must submit a W-9. The City's own W-9 is available below for vendors
who need it for their records.</p>
<p>City of Mesa Linda Federal Tax ID (EIN): 95-6005471<br>
Mesa Linda Community Energy Authority EIN: 82-3156720</p>
<p><a href="/docs/city-w9.pdf">City of Mesa Linda W-9 (PDF)</a></p>
<p>Accounts Payable: (760) 955-5035, accountspayable@mesalindaca.gov. Invoices should be sent to
1200 Civic Center Drive, Attn: Accounts Payable, Mesa Linda, CA 92392.</p>""")

PAGES["bids.html"] = page("Bids &amp; RFPs", """
<h2>RFP 2024-09: On-Call Electrical Services</h2>
<p>Proposals are due May 2, 2024 at 2:00 p.m. Questions must be submitted in writing to the Purchasing
Officer, Tanya Brooks, at tbrooks@mesalindaca.gov.</p>
<h2>Bid Results: Bid No. 2024-003, Slurry Seal Project</h2>
""" + table(["Bidder", "Contact", "Phone", "Bid Amount"], [
    ["American Asphalt South, Inc.", "Tom Baker", "(909) 427-8276", "$1,284,500.00"],
    ["Pavement Coatings Co.", "Lisa Hartman", "(714) 826-3011", "$1,311,250.00"],
    ["Roy Allan Slurry Seal, Inc.", "Greg Allan", "(562) 693-3114", "$1,402,980.00"]]) + """
<p>Plan holders list: Desert Electric Contractors, attn. Sam Ortiz, sam.ortiz@desertelectric.com,
(760) 245-3310; Bravo Signal Corp., bids@bravosignal.com.</p>""")

PAGES["planning/cases.html"] = page("Current Planning Cases", table(
    ["Case No.", "Applicant", "Location", "Description", "Planner"],
    [["PLAN24-0012", "Desert Sun Homes LLC", "Southwest corner of Main St and Cottonwood Ave",
      "Tentative Tract Map 20714, 96 single-family lots", "Maria Alvarez"],
     ["CUP24-0007", "Jose and Elena Ramirez", "15602 Tern Street", "Accessory dwelling unit over 1,200 sq ft",
      "Heather Lindqvist"]]) + """
<p>Applicant contact for PLAN24-0012: Brian Ochoa, Desert Sun Homes LLC, (909) 481-2230,
bochoa@desertsunhomes.com.</p>""")

PAGES["police/daily-log.html"] = page("Police Daily Log", """
<p>The daily log lists calls for service. Addresses are shown by hundred block.</p>
""" + table(["Date/Time", "Report #", "Type", "Location"], [
    ["06/03/24 01:22", "24-0031245", "Burglary - Residential", "14500 Block Main St"],
    ["06/03/24 09:40", "24-0031261", "Vandalism", "12300 Block Apple Valley Rd"],
    ["06/03/24 16:05", "24-0031298", "Traffic Collision", "Bear Valley Rd / Jess Ranch Pkwy"]]) + """
<p>06/04/24 - Theft from vehicle, 15600 block of Tern St (24-0031312). Arrested: Kyle M. Dorsey, 27, of
Hesperia, on a warrant.</p>
<p>Anyone with information is asked to contact Detective Sgt. Alvarez at (760) 956-2213 or We-Tip at
1-800-782-7463.</p>""")

PAGES["parks/index.html"] = page("Parks &amp; Recreation", """
<p>Register online or at the James Woody Community Center, 13467 Navajo Road, (760) 247-3207.</p>
<h2>Youth Sports</h2>
<p>Mesa Linda Youth Soccer League registration is open. League president: Raul Mendez, (760) 488-9012,
mlysl.president@gmail.com.</p>
<p>Friends of Mesa Linda Parks meets monthly; email friendsofmlparks@gmail.com to volunteer.</p>
<p><a href="/docs/parks-activity-guide-summer-2024.pdf">Summer 2024 Activity Guide</a></p>
<p>Park reservations: (760) 955-5240. Lost and found: call the Community Center.</p>""")

PAGES["library.html"] = page("Mesa Linda Library", table(
    ["Day", "Hours"], [["Monday - Thursday", "10 a.m. - 8 p.m."], ["Friday - Saturday", "10 a.m. - 5 p.m."]]) + """
<p>Mesa Linda Branch Library, 14901 Dale Evans Pkwy, Mesa Linda, CA 92392. Phone: (760) 247-2022.</p>
<p>Book Club: second Wednesday at 6 p.m. Questions? Contact Sandra Whitfield at (760) 247-2027.</p>
<p>Friends of the Library book sale: contact Dorothy Hale, dorothy.hale@sbcglobal.net.</p>
<p>Log in to your library account with your library card number and PIN. Forgot your PIN? Ask at the desk.</p>""")

PAGES["neighborhood-watch.html"] = page("Neighborhood Watch", """
<p>Neighborhood Watch groups meet with the Police Department's Crime Prevention Unit twice a year.</p>
""" + table(["Group", "Area", "Block Captain"], [
    ["Spring Valley Lake Watch", "Lakeview Dr and Spring Valley Pkwy", "Harold Jenkins"],
    ["Tern Street Neighbors", "15400-15800 blocks of Tern St", "Elena Ramirez"]]) + """
<p>To start a group, contact Crime Prevention Specialist Amy Cho at (760) 956-2240 or acho@mesalindaca.gov.</p>""")

PAGES["contact.html"] = page("Contact Us", """
<form action="/contact/submit" method="post">
<label for="name">Name</label><input id="name" name="name" type="text">
<label for="email">Email</label><input id="email" name="email" type="email">
<label for="phone">Phone</label><input id="phone" name="phone" type="tel">
<label for="addr">Address</label><input id="addr" name="address" type="text">
<label for="msg">Message</label><textarea id="msg" name="message"></textarea>
<input type="submit" value="Submit"></form>
<p>Emergency: 911. Police non-emergency: (760) 956-2200. Fire Station 311: (760) 241-0311.</p>""")

PAGES["es/index.html"] = page("Bienvenidos a Mesa Linda", """
<p>La Ciudad de Mesa Linda ofrece servicios en español. Para más información llame al (760) 955-5000.</p>
<h2>Energía Comunitaria de Mesa Linda</h2>
<p>Su factura de SCE incluye los cargos de MLCE. Su número de cuenta aparece en la parte superior de su
factura. Si tiene preguntas sobre su cuenta, llame al 1-844-696-5423 o escriba a info@mlcenergy.org.</p>
<p>Programa de descuentos: los clientes de CARE reciben un descuento de 30% en su factura.</p>
<p>Oficina del Secretario Municipal: 1200 Civic Center Drive; teléfono (760) 955-5020.</p>""", lang="es")

PAGES["city-clerk/campaign-contributions.html"] = page("Campaign Statements (Form 460)", """
<p>Campaign disclosure statements are public records (Government Code 81008). Schedule A of the statement of
Councilmember Estrada for the period ending 12/31/2023:</p>
""" + table(["Contributor Name", "Address", "Occupation", "Employer", "Amount"], [
    ["Hector Villanueva", "14021 Pawnee Rd, Mesa Linda, CA 92392", "Contractor", "Self", "$250.00"],
    ["Marjorie Klein", "15811 Wichita Rd, Mesa Linda, CA 92392", "Retired", "N/A", "$100.00"]]))

PAGES["news/yard-of-the-month.html"] = page("Yard of the Month", """
<p>The Beautification Committee congratulates this month's winners, who receive a sign and a $50 gift card.</p>
""" + table(["Name", "Address"], [
    ["The Johnson Family", "14520 Pawnee Rd"], ["Maria and Luis Ortega", "13940 Cuyamaca Rd"]]) + """
<p>Nominate a yard: beautification@mesalindaca.gov</p>""")

PAGES["planning/historic-register.html"] = page("Local Historic Register", table(
    ["Name", "Address", "Year Built", "Style"],
    [["Whitfield House", "14402 Mojave Dr", "1928", "Spanish Colonial Revival"],
     ["Harvey Ranch House", "16001 Bear Valley Rd", "1911", "Craftsman"]]))

PAGES["mlce/benchmarking.html"] = page("Building Energy Benchmarking Results", """
<p>Under Ordinance 2022-14, buildings over 50,000 square feet report their energy use each year.</p>
""" + table(["Property Name", "Address", "Floor Area (sq ft)", "Annual Electricity Use (kWh)", "ENERGY STAR Score"], [
    ["Mesa Linda Marketplace", "12100 Amargosa Rd", "182,400", "2,912,000", "71"],
    ["Desert View Medical Plaza", "15500 Main St", "64,200", "1,104,500", "58"]]))

PAGES["city-clerk/candidates.html"] = page("Candidates - November 5, 2024 General Municipal Election", """
<p>The following candidates have qualified for the ballot. Contact information is as provided on the
candidate's nomination papers.</p>
""" + table(["Candidate Name", "Ballot Designation", "Address", "Phone", "Email"], [
    ["Gloria Estrada", "Councilmember", "15210 Tern St", "(760) 508-3125", "gloria4council@gmail.com"],
    ["Samuel Okoro", "Small Business Owner", "13777 Seneca Rd", "(760) 881-4402", "okoroforml@gmail.com"]]))

DRUPAL_FOOTER = """<div class="region region-footer"><p>Mesa Linda Community Energy | 1200 Civic Center Drive,
Suite 200 | 1-844-696-5423 | <a href="mailto:info@mlcenergy.org">info@mlcenergy.org</a></p></div>"""


def drupal_page(title: str, body: str) -> str:
    """The CCA's own site is a Drupal theme: regions instead of header and footer elements."""
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | MLCE</title></head><body>'
            f'<div class="region region-header"><a href="/mlce/index.html">MLCE</a> <a href="/mlce/faq.html">FAQ</a>'
            f'</div><div class="layout-content"><h1 class="page-title">{title}</h1><div class="field field--name-body">'
            f'{body}</div></div>{DRUPAL_FOOTER}</body></html>')


PAGES["mlce/faq.html"] = drupal_page("Frequently Asked Questions", """
<h3>Where do I find my Service Account number?</h3>
<p>Your Service Account (SA) ID is the 10-digit number on page 1 of your SCE bill, for example 8001234567. Your
Customer Account number has the form 2-XX-XXX-XXXX.</p>
<h3>How do I opt out?</h3>
<p>Call 1-844-696-5423 or fill out the opt-out form. Have your SCE account number ready. There is no fee to opt
out within 60 days of enrollment; after that you may return to SCE at any time.</p>
<h3>Will my service be shut off if I switch?</h3>
<p>No. SCE still delivers your power. Disconnection rules do not change. Your past-due balance stays with SCE.</p>
<h3>Who do I call during an outage?</h3>""" + table(["Agency", "Phone"], [
    ["SCE outages", "1-800-611-1911"], ["Southwest Gas", "1-877-860-6020"],
    ["Golden State Water", "(760) 247-6484"], ["Mesa Linda Water (after hours)", "(760) 955-5290"]]) + """
<h3>Does MLCE offer net energy metering?</h3>
<p>Yes. A typical rooftop system of 6 kW produces about 10,800 kWh a year. NEM customers are paid $0.06/kWh for
surplus generation. Contact our NEM specialist, Carla Ruiz, at (760) 955-5312.</p>""")

PAGES["mlce/enrollment-notice.html"] = drupal_page("Enrollment Notices", """
<p>State law requires two notices before and two after enrollment. Below is the text of the first notice.</p>
<blockquote><p>Dear Mesa Linda Resident,</p>
<p>Beginning in March, your electricity will be provided by Mesa Linda Community Energy. SCE will continue to
deliver your power, read your meter and send your bill. You will be automatically enrolled; your account will
receive the Base Choice rate, 2% below SCE's. A typical household using 580 kWh a month will save $3.40.</p>
<p>If you wish to opt out, call 1-844-696-5423 with your SCE account number.</p>
<p>Sincerely,<br>Sofia Nguyen, Energy Programs Manager</p></blockquote>""")

PAGES["council-roster.html"] = page("Council Member Contact Information", """
<p>Council members may be contacted directly.</p>
<ul><li>Council Member Dale Whitmore, District 1 - (760) 245-8890 (home) - dalewhitmore@verizon.net</li>
<li>Council Member Anita Sharma, District 5 - cell (760) 508-6120 - asharma@mesalindaca.gov</li></ul>
<p>Letters to the Council may be mailed to City Hall, 1200 Civic Center Drive.</p>""")

PAGES["code-enforcement/nuisance-notice.html"] = page("Notice of Public Nuisance Hearing", """
<p>The City Council will consider abatement of the following property on July 9, 2024.</p>
<dl><dt>Owner</dt><dd>Harold and Joan Pierce</dd><dt>Mailing Address</dt><dd>P.O. Box 1720, Apple Valley, CA 92307</dd>
<dt>Site Address</dt><dd>15090 Quinnault Rd, Mesa Linda, CA 92392</dd><dt>APN</dt><dd>3087-221-05-0000</dd>
<dt>Violations</dt><dd>Dead vegetation, inoperable vehicles (MLMC 8.30.020)</dd></dl>
<p>Code Enforcement Officer: Angela Ruiz, (760) 961-4422.</p>""")

PAGES["news/meet-our-customers.html"] = page("Customer Stories: The Hernandez Family", """
<p>When the Hernandez family added rooftop solar in 2022, their monthly bill fell from $190 to $24. "We use about
650 kWh a month, and the panels cover almost all of it," said Rosa Hernandez, a teacher at Mesa Linda High.</p>
<p>Want to share your story? Email stories@mlcenergy.org or call our outreach coordinator at (760) 955-5315.</p>""")

PAGES["webex-meeting.html"] = page("Planning Commission - Remote Participation", """
<p>Join by Webex: https://mesalinda.webex.com/mesalinda/j.php?MTID=m8f2c1a</p>
<p>Meeting number (access code): 2481 123 4567<br>Meeting password: PlanCom24<br>
Join by phone: +1-408-418-9388 United States Toll</p>
<p>Public comments may also be emailed to planning@mesalindaca.gov until noon.</p>""")

PAGES["parks/volunteer.html"] = page("Volunteer Opportunities", """
<p>Senior Center volunteer drivers needed: call Bev Carlson at (760) 241-2213 weekdays.</p>
<p>Adopt-a-Park: neighborhood groups keep parks clean. Contact the Mesa Linda Rotary Club at
mesalindarotary@gmail.com or Keep Mesa Linda Beautiful at kmlb.org@gmail.com.</p>
<p>Eagle Scout projects: contact Troop 44 Scoutmaster Phil Grant, (760) 244-0913.</p>""")

# -- true leaks on HTML pages ---------------------------------------------------------------------------

PAGES["it/council-chambers-av.html"] = page("Council Chambers A/V Guide", """
<p>Before each meeting, the clerk's staff start the dais system and the Granicus encoder.</p>
<ol><li>Power on the podium PC and log in.<br>Username: chambersav<br>Password: Dais#Podium2291</li>
<li>Start the Zoom Room and select "Council Chambers".</li>
<li>Check that the encoder shows the live feed.</li></ol>
<p>For trouble call IT on-call at (760) 955-5099.</p>""")

PAGES["mlce/enrollment-updates.html"] = page("MLCE Enrollment Updates", """
<p>Draft for staff review - opt-out requests received week of March 4, 2024.</p>
""" + table(["Customer Name", "Service Address", "SA ID", "Phone", "Reason"], [
    ["Gerald Fontaine", "13881 Seneca Rd, Mesa Linda, CA 92392", "8002719345", "(760) 508-4471", "Rooftop solar"],
    ["Yolanda Pruitt", "15240 Wichita Rd, Mesa Linda, CA 92392", "8003381120", "(760) 881-0736", "Prefers SCE"]]))

PAGES["docs/finance/vendor-setup-ortega.html"] = page("Vendor Setup Request", """
<p>New vendor: Luis Ortega (sole proprietor), mobile DJ services for Summer Concerts.</p>
<p>Taxpayer ID (ITIN): 912-75-4418<br>Remit to: 13940 Cuyamaca Rd, Mesa Linda, CA 92392</p>""")

# -- CSV, spreadsheet and Word files --------------------------------------------------------------------

CUSTOMER_EXPORT = """Account Number,Customer Name,Service Address,City,ZIP,Phone,Email,Rate,Jan kWh,Feb kWh,Mar kWh
2-38-114-2207,Theresa Okonkwo,14457 Pawnee Rd,Mesa Linda,92392,760-508-3391,tokonkwo62@gmail.com,D,612,588,540
2-38-115-9043,Walter Brandt,16720 Muni Rd,Mesa Linda,92392,760-244-1786,wbrandt@verizon.net,TOU-D-4-9PM,1044,980,911
2-38-117-3356,Carmen Villalobos,13320 Cuyamaca Rd,Mesa Linda,92392,760-955-7713,,D-CARE,430,415,398
"""


def _usage_workbook(path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "Solar Savings"
    sheet.append(["Participant", "Service Address", "Annual Usage (kWh)", "Panel Size (kW)"])
    sheet.append(["Denise Harlow", "15531 Ottawa Rd, Mesa Linda, CA 92392", 9840, 6.2])
    sheet.append(["Anthony Greco", "14060 Kiowa Rd, Mesa Linda, CA 92392", 12415, 7.8])
    book.save(str(path))


ENROLLMENT_FILE = """SA_ID,CUST_NAME,SERV_ADDR,SERV_CITY,RATE_SCHED,KWH_ANNUAL
8004417720,MARTINEZ ELENA,14988 SENECA RD,MESA LINDA,D,7420
8004419051,OKAFOR JAMES,16020 TUSCOLA RD,MESA LINDA,TOU-D-PRIME,11980
"""


def _call_log(path: Path) -> None:
    doc = WordDocument()
    doc.add_paragraph("Collections call log - March 2024 (do not post)")
    rows = [("Customer", "Acct #", "Phone", "Notes"),
            ("Priscilla Vaughn", "2-38-301-7765", "(760) 508-9921", "Promised payment 3/22"),
            ("Marcus Trent", "2-38-302-1149", "(760) 244-6630", "Disputes usage, wants meter test")]
    grid = doc.add_table(rows=len(rows), cols=4)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            grid.cell(r, c).text = value
    doc.save(str(path))


# -- PDFs -----------------------------------------------------------------------------------------------

def _pdf(path: Path, pages: list[str]) -> None:
    pdf = FPDF()
    pdf.set_auto_page_break(True, margin=15)
    pdf.set_font("Helvetica", size=10)
    for text in pages:
        pdf.add_page()
        for line in text.strip("\n").split("\n"):
            pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


AGENDA_PACKET = [
    """CITY OF MESA LINDA
CITY COUNCIL REGULAR MEETING AGENDA
Tuesday, June 11, 2024 - 6:30 p.m.
Council Chambers, 14343 Civic Drive, Mesa Linda, CA 92392

Mayor Linda Okafor | Mayor Pro Tem Robert Chen | Councilmember Gloria Estrada
Councilmember Dale Whitmore | Councilmember Anita Sharma

HOW TO PARTICIPATE
Members of the public may attend in person or join the Zoom webinar:
https://us06web.zoom.us/j/84512378901?pwd=bWx0UkVxQ1pVUjNCcUdLZkJ6Zz09
Webinar ID: 845 1237 8901
Passcode: 612024
One tap mobile: +16699006833,,84512378901#,,,,*612024# US (San Jose)
Dial by your location:
+1 669 900 6833 US (San Jose)
+1 253 215 8782 US (Tacoma)
+1 888 788 0099 US Toll-free
To comment by email, write to publiccomment@mesalindaca.gov before 3 p.m.

1. CALL TO ORDER
2. PLEDGE OF ALLEGIANCE
3. PUBLIC COMMENT
4. CONSENT CALENDAR
4.1 Approve the minutes of the May 28, 2024 regular meeting.
4.2 Approve warrant register No. 24-22 in the amount of $2,184,517.33.
4.3 Award Bid No. 2024-003 to American Asphalt South, Inc. in the amount of $1,284,500.
5. PUBLIC HEARING
5.1 Proposed water and sewer rate increase (Resolution No. 2024-41).
6. NEW BUSINESS
6.1 Agreement with Willdan Energy Solutions for energy efficiency program administration.""",
    """STAFF REPORT
TO: Honorable Mayor and Members of the City Council
FROM: Thomas Whitaker, City Manager
PREPARED BY: Priya Raman, Senior Management Analyst
DATE: June 11, 2024
SUBJECT: AGREEMENT WITH WILLDAN ENERGY SOLUTIONS FOR ENERGY EFFICIENCY PROGRAM ADMINISTRATION

RECOMMENDATION
That the City Council approve a two-year agreement with Willdan Energy Solutions, 2401 E. Katella Ave.,
Suite 300, Anaheim, CA 92806, in an amount not to exceed $480,000.

BACKGROUND
MLCE customers used 612,345 MWh in 2023. The program targets 1,200 households with an average savings of
450 kWh per home per year. The typical participating customer uses 7,000 kWh a year.

FISCAL IMPACT
Funded from Account No. 501-4610-5201 (Energy Programs - Contract Services) in the FY 2024-25 budget.

CONTACT
Willdan project manager: Erica Lindgren, (714) 940-6312, erica.lindgren@willdan.com
Staff contact: Priya Raman, (760) 955-5034

ATTACHMENTS
A. Agreement
B. Written public comments received""",
    """ATTACHMENT B - WRITTEN PUBLIC COMMENTS RECEIVED

June 4, 2024

Honorable Mayor Okafor and Members of the City Council
City of Mesa Linda
1200 Civic Center Drive
Mesa Linda, CA 92392

RE: Item 5.1 - Proposed Water and Sewer Rate Increase

Dear Mayor Okafor and Councilmembers:

My wife and I have lived at 15612 Juniper Lane for 22 years. Our water bill went from $84 to $131 in two
years and this increase will make it worse. Seniors on fixed incomes are afraid of shut-offs. Please vote no.

Sincerely,

James Garcia
15612 Juniper Lane
Mesa Linda, CA 92392
(760) 508-2264
jgarcia.ml@gmail.com""",
    """From: Karen Whitfield <kwhitfield55@yahoo.com>
Sent: Monday, June 10, 2024 4:12 PM
To: Public Comment <publiccomment@mesalindaca.gov>
Subject: Comment on Item 6.1

Dear Council,

I support the energy efficiency program. My home on Ottawa Road used 30% less electricity after the
free audit last year. Please approve it.

Karen Whitfield
Mesa Linda resident, District 3
Cell: 760-244-9031""",

    """PUBLIC COMMENTS RECEIVED VIA ECOMMENT - ITEM 5.1

Agenda Item: 5.1 Proposed Water and Sewer Rate Increase
First Name: Luis
Last Name: Ortega
Address: 13940 Cuyamaca Rd, Mesa Linda, CA 92392
Phone: (760) 955-8812
Email: lortega.home@gmail.com
Comment: My last water bill was $142. I cannot afford another increase. Please find savings elsewhere.

First Name: Beatriz
Last Name: Salcedo
Address: 15877 Ottawa Rd, Mesa Linda, CA 92392
Email: bsalcedo@outlook.com
Comment: I support the increase if it fixes the leaking mains on my street.""",
]

MINUTES = ["""CITY OF MESA LINDA
MINUTES OF THE REGULAR MEETING OF THE CITY COUNCIL
May 28, 2024

CALL TO ORDER: Mayor Okafor called the meeting to order at 6:31 p.m.
ROLL CALL: Present: Councilmembers Estrada, Sharma, Whitmore, Mayor Pro Tem Chen and Mayor Okafor.
Staff present: City Manager Thomas Whitaker, City Attorney Nicole Fairbanks, City Clerk Lauren Mitchell.

PUBLIC COMMENT
Maria Gutierrez, Juniper Lane, spoke in support of the solar canopy.
Harold Jenkins, 13882 Lakeview Drive, spoke about speeding on Spring Valley Parkway.
Walter Brandt spoke about his SCE bill and asked that MLCE hold a community workshop.

CONSENT CALENDAR
Motion by Councilmember Sharma, second by Mayor Pro Tem Chen, to approve the Consent Calendar. Motion
carried 5-0. Resolution No. 2024-38 adopted.

ADJOURNMENT
The meeting adjourned at 8:14 p.m. to June 11, 2024.

Lauren Mitchell, MMC, City Clerk"""]

BUDGET = ["""CITY OF MESA LINDA
ADOPTED BUDGET FISCAL YEAR 2024-25
GENERAL FUND EXPENDITURE DETAIL - PUBLIC WORKS

Account Number       Description                     FY 2022-23 Actual   FY 2024-25 Adopted
101-4310-5101        Salaries - Full Time            $1,284,112          $1,402,500
101-4310-5201        Contract Services               $412,090            $455,000
101-4310-5310        Electricity (SCE/MLCE)          $188,441            $201,000
101-4310-5320        Water                           $52,210             $56,000

Street lights used 1,240,000 kWh in FY 2022-23. City facilities used 6.1 GWh in total.
Department contact: Marcus Bell, Public Works Superintendent, (760) 961-3340.""",
          """PERSONNEL SUMMARY
Position                        FY 2023-24   FY 2024-25
Utility Billing Specialist      3.0          4.0
Customer Service Representative 2.0          2.0
Meter Reader                    4.0          4.0"""]

CITY_W9 = ["""Form W-9 (Rev. March 2024)
Request for Taxpayer Identification Number and Certification
Department of the Treasury, Internal Revenue Service

1 Name of entity/individual: City of Mesa Linda
2 Business name/disregarded entity name, if different from above:
3a Federal tax classification: Other - Government entity
5 Address (number, street, and apt. or suite no.): 1200 Civic Center Drive
6 City, state, and ZIP code: Mesa Linda, CA 92392

Part I Taxpayer Identification Number (TIN)
Social security number: ___ - __ - ____
or
Employer identification number: 95-6005471

Part II Certification
Under penalties of perjury, I certify that the number shown on this form is my correct taxpayer
identification number.
Signature of U.S. person: Priya Raman, Finance Director     Date: 01/08/2024"""]

BILL_INSERT = ["""Your New Mesa Linda Community Energy Charges

Starting with your March bill, MLCE generation charges appear on page 3 of your SCE bill.

Sample bill - the numbers below are an example.
Customer name: JANE CUSTOMER
Service address: 100 MAIN ST, MESA LINDA CA 92392
Customer account: 2-00-000-0000
Your usage this period: 512 kWh
MLCE generation charges: 512 kWh x $0.1121 = $57.40

Questions about your bill? Call MLCE at 1-844-696-5423 or SCE at 1-800-655-4555.
If your bill is past due, SCE may send a shut-off notice; call SCE to set up a payment arrangement."""]

ANNUAL_REPORT = ["""MESA LINDA COMMUNITY ENERGY
2023 ANNUAL REPORT

Customers and sales by class
Customer Class        Accounts     Annual Usage (kWh)
Residential           37,412       301,552,000
Commercial            4,120        262,480,000
Agricultural          338          48,313,000
Total                 41,870       612,345,000

Power content: 52% renewable (eligible renewable 38%, large hydro 14%).
Opt-out rate: 6.2% since launch. Savings to customers since launch: $8.4 million.

MLCE Staff: Sofia Nguyen, Energy Programs Manager, snguyen@mlcenergy.org, (760) 955-5310"""]

PARKS_GUIDE = ["""SUMMER 2024 ACTIVITY GUIDE - CITY OF MESA LINDA PARKS & RECREATION

Register online, by phone at (760) 955-5240, or at the James Woody Community Center.

Ballet Folklorico (ages 6-12)
Instructor: Marisol Gonzalez   Mon/Wed 4:00-5:00 p.m.   Fee: $45   Course #12401
Location: James Woody Community Center, 13467 Navajo Road

Tennis Lessons (ages 8-adult)
Instructor: Coach Terrence Hill, (760) 412-8835   Sat 9:00-10:30 a.m.   Fee: $60
Location: Mesa Linda Town Center Park, 14999 Dale Evans Pkwy

Senior Line Dancing
Contact: Senior Center, (760) 241-7170

Youth Basketball League
Coaches needed! Contact league coordinator Derek Owens at (760) 508-7712 or derekowens.hoops@gmail.com.

Facility rentals: a refundable deposit is required. Gate code will be provided with your permit."""]

PC_NOTICE = ["""NOTICE OF PUBLIC HEARING
CITY OF MESA LINDA PLANNING COMMISSION

NOTICE IS HEREBY GIVEN that the Planning Commission will hold a public hearing on May 15, 2024 at 6:00 p.m.
in the Council Chambers, 14343 Civic Drive, to consider the following:

Case: CUP24-0007
Applicant: Jose and Elena Ramirez
Project Address: 15602 Tern Street, Mesa Linda, CA 92392
APN: 3087-412-18-0000
Description: Conditional Use Permit for an accessory dwelling unit over 1,200 square feet.

Questions: Heather Lindqvist, Planning Technician, (760) 955-5124, hlindqvist@mesalindaca.gov

Lauren Mitchell, City Clerk
Published: Victor Valley Daily Press, May 3, 2024"""]

PAST_DUE_NOTICE = ["""MESA LINDA COMMUNITY ENERGY
1200 Civic Center Drive, Suite 200
Mesa Linda, CA 92392

March 18, 2024

Dolores Whitcomb
16104 Mojave Dr
Mesa Linda, CA 92392

FINAL NOTICE - PAST DUE BALANCE
Customer Account: 2-38-226-4419

Dear Ms. Whitcomb,

Our records show that your account has a past due balance of $318.42. Your usage in February was 1,126 kWh.
To avoid disconnection, please pay by April 2, 2024 or call us at 1-844-696-5423.

Sincerely,
MLCE Customer Care"""]

CONTRACTOR_W9 = ["""Form W-9 (Rev. March 2024)
Request for Taxpayer Identification Number and Certification

1 Name of entity/individual: Raymond T. Castellanos
2 Business name: Castellanos Tree Trimming
3a Federal tax classification: Individual/sole proprietor
5 Address: 16231 Mojave Dr
6 City, state, and ZIP code: Mesa Linda, CA 92392

Part I Taxpayer Identification Number (TIN)
Social security number: 523-41-8876

Signature: Raymond T. Castellanos     Date: 02/14/2024"""]

NETWORK_NOTES = ["""CITY OF MESA LINDA - INFORMATION TECHNOLOGY
Field tablets for meter readers: setup notes

1. Connect to the Wi-Fi network MLPW-FIELD.
   Wi-Fi password: Yard!Meters-4471
2. Open the meter reading app and sign in with your city login.
3. Report problems to the IT Help Desk, (760) 955-5099, helpdesk@mesalindaca.gov."""]

CUSTOMER_LETTER = ["""MESA LINDA COMMUNITY ENERGY
1200 Civic Center Drive, Suite 200, Mesa Linda, CA 92392

April 2, 2024

Mr. Vincent Hollis
15220 Wichita Rd
Mesa Linda, CA 92392

Dear Mr. Hollis:

Thank you for contacting us about your March bill. Our review shows your home at 15220 Wichita Rd used
1,480 kWh during the billing period, up from 910 kWh in February, because of electric heating. Your bill is
correct. Our Budget Billing plan can spread your charges evenly over the year.

Sincerely,
Carla Ruiz
Customer Programs Specialist"""]

COMPLAINT_LOG = ["""CODE ENFORCEMENT - COMPLAINT LOG (INTERNAL)
Week of May 6, 2024

CE24-0412  15090 Quinnault Rd  Weeds, abandoned vehicle
Complainant: Rita Moreno, cell (760) 555-0182, wants a call back.

CE24-0413  14411 Kiowa Rd  Illegal dumping
Complainant asked to stay anonymous. Email reply to ritamoreno1961@gmail.com with the case status."""]

SCADA_NOTES = ["""WATER DIVISION - SCADA HMI QUICK REFERENCE
Operator workstation: PLANT-HMI-02
Login: operator2
Password: Wtr!Scada-2024
Call the on-call operator at (760) 955-5290 for alarms."""]

PDFS = {
    "docs/agenda-packet-2024-06-11.pdf": AGENDA_PACKET,
    "docs/minutes-2024-05-28.pdf": MINUTES,
    "docs/budget-fy2024-25.pdf": BUDGET,
    "docs/city-w9.pdf": CITY_W9,
    "docs/mlce-bill-insert.pdf": BILL_INSERT,
    "docs/mlce-annual-report-2023.pdf": ANNUAL_REPORT,
    "docs/parks-activity-guide-summer-2024.pdf": PARKS_GUIDE,
    "docs/pc-notice-2024-05-15.pdf": PC_NOTICE,
    "docs/finance/past-due-notice-whitcomb.pdf": PAST_DUE_NOTICE,
    "docs/finance/w9-castellanos-tree.pdf": CONTRACTOR_W9,
    "docs/it/field-tablet-setup.pdf": NETWORK_NOTES,
    "docs/mlce/hollis-bill-review.pdf": CUSTOMER_LETTER,
    "docs/code/complaint-log-2024-05-06.pdf": COMPLAINT_LOG,
    "docs/water/scada-quick-reference.pdf": SCADA_NOTES,
}

# links to the files that no page links to on purpose (uploaded with the CMS's "documents" module)
PAGES["documents.html"] = page("Document Center", "<ul>" + "".join(
    f'<li><a href="/{path}">{Path(path).stem}</a></li>' for path in [
        "docs/finance/past-due-notice-whitcomb.pdf", "docs/finance/w9-castellanos-tree.pdf",
        "docs/it/field-tablet-setup.pdf", "docs/mlce/customer-export-2024-03.csv",
        "docs/mlce/solar-pilot-participants.xlsx", "docs/mlce/hollis-bill-review.pdf",
        "docs/code/complaint-log-2024-05-06.pdf", "docs/water/scada-quick-reference.pdf",
        "docs/mlce/collections-call-log.docx", "docs/mlce/sce-enrollment-file.csv",
        "docs/finance/vendor-setup-ortega.html"]) + "</ul>")
LEAKS = [
    Leak("docs/mlce/hollis-bill-review.pdf", "customer_name", "Mr. Vincent Hollis"),
    Leak("docs/mlce/hollis-bill-review.pdf", "address", "15220 Wichita Rd"),
    Leak("docs/mlce/hollis-bill-review.pdf", "energy_usage", "1,480 kWh"),
    Leak("docs/code/complaint-log-2024-05-06.pdf", "phone", "(760) 555-0182"),
    Leak("docs/code/complaint-log-2024-05-06.pdf", "email", "ritamoreno1961@gmail.com"),
    Leak("docs/water/scada-quick-reference.pdf", "credential", "Wtr!Scada-2024"),
    Leak("docs/mlce/collections-call-log.docx", "customer_name", "Priscilla Vaughn"),
    Leak("docs/mlce/collections-call-log.docx", "account_number", "2-38-301-7765"),
    Leak("docs/mlce/collections-call-log.docx", "phone", "(760) 508-9921"),
    Leak("docs/mlce/sce-enrollment-file.csv", "account_number", "8004417720"),
    Leak("docs/mlce/sce-enrollment-file.csv", "customer_name", "MARTINEZ ELENA"),
    Leak("docs/mlce/sce-enrollment-file.csv", "address", "14988 SENECA RD"),
    Leak("docs/mlce/sce-enrollment-file.csv", "energy_usage", "7420"),
    Leak("docs/finance/vendor-setup-ortega.html", "taxpayer_id", "912-75-4418"),
    Leak("it/council-chambers-av.html", "credential", "Dais#Podium2291"),
    Leak("mlce/enrollment-updates.html", "customer_name", "Gerald Fontaine"),
    Leak("mlce/enrollment-updates.html", "address", "13881 Seneca Rd, Mesa Linda, CA 92392"),
    Leak("mlce/enrollment-updates.html", "account_number", "8002719345"),
    Leak("mlce/enrollment-updates.html", "phone", "(760) 881-0736"),
    Leak("docs/mlce/customer-export-2024-03.csv", "account_number", "2-38-114-2207"),
    Leak("docs/mlce/customer-export-2024-03.csv", "customer_name", "Walter Brandt"),
    Leak("docs/mlce/customer-export-2024-03.csv", "address", "16720 Muni Rd"),
    Leak("docs/mlce/customer-export-2024-03.csv", "phone", "760-508-3391"),
    Leak("docs/mlce/customer-export-2024-03.csv", "email", "wbrandt@verizon.net"),
    Leak("docs/mlce/customer-export-2024-03.csv", "energy_usage", "1044"),
    Leak("docs/mlce/solar-pilot-participants.xlsx", "customer_name", "Denise Harlow"),
    Leak("docs/mlce/solar-pilot-participants.xlsx", "address", "14060 Kiowa Rd, Mesa Linda, CA 92392"),
    Leak("docs/mlce/solar-pilot-participants.xlsx", "energy_usage", "12415"),
    Leak("docs/finance/past-due-notice-whitcomb.pdf", "customer_name", "Dolores Whitcomb"),
    Leak("docs/finance/past-due-notice-whitcomb.pdf", "address", "16104 Mojave Dr"),
    Leak("docs/finance/past-due-notice-whitcomb.pdf", "account_number", "2-38-226-4419"),
    Leak("docs/finance/past-due-notice-whitcomb.pdf", "energy_usage", "1,126 kWh"),
    Leak("docs/finance/w9-castellanos-tree.pdf", "ssn", "523-41-8876"),
    Leak("docs/it/field-tablet-setup.pdf", "credential", "Yard!Meters-4471"),
]


PAGES["sitemap.html"] = page("Site Map", "<ul>" + "".join(
    f'<li><a href="/{path}">{path}</a></li>' for path in sorted(PAGES)) + "</ul>")


def build(root: Path) -> list[Leak]:
    """Write the site under ``root``; return the planted leaks (every other file is public content)."""
    for path, html in PAGES.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
    for path, pages in PDFS.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        _pdf(target, pages)
    (root / "docs/mlce").mkdir(parents=True, exist_ok=True)
    (root / "docs/mlce/customer-export-2024-03.csv").write_text(CUSTOMER_EXPORT, encoding="utf-8")
    _usage_workbook(root / "docs/mlce/solar-pilot-participants.xlsx")
    (root / "docs/mlce/sce-enrollment-file.csv").write_text(ENROLLMENT_FILE, encoding="utf-8")
    _call_log(root / "docs/mlce/collections-call-log.docx")
    return list(LEAKS)
