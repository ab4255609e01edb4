"""Records in running text (``detectors.context.prose``): a person named in the same paragraph, list item or
short block as an identifier, or called a customer beside their contacts, or beside a home and its usage.

Each case is a document (parts as in ``test_customer_context.document``) and the customer fields expected in
it by kind; the identifier itself is the identifier detectors' finding, not a field. Hard negatives are the
prose of a city site: news, minutes naming speakers, agenda items, staff and council pages, rate and program
pages, a sample bill with a stand-in customer.
"""
from __future__ import annotations

import pytest

from detectors.model import Location, Segment
from tests.test_customer_context import customer_fields, document, lines


REPORTED = ("name", "address", "phone", "email", "usage", "contact")  # kinds the contact detectors report


def fields_by_kind(*parts) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for f in customer_fields(document(*parts)):
        if f.kind in REPORTED:
            found.setdefault(f.kind, []).append(f.text)
    return found


FOUND = {
    # a sentence on one unnamed customer with their own phone, usage and service address; staff who re-read the meter
    "unnamed customer and the staff who worked the case": (
        ("The customer called from 308-234-1690 disputing the February bill of 1,886 kWh at the service address 75375 "
         "Rd 131. Meter was re-read by Dennis Ruhter on 3/1.",),
        {"phone": ["308-234-1690"], "usage": ["1,886 kWh"], "address": ["75375 Rd 131"]}),
    "a ticket's owner": (("One affected customer, Harrison Nez, received a statement meant for account 51-3490764-5.",
                          "Nez notified us by phone (806-472-9908). Root cause: a vendor script; remediation owner "
                          "Nadine Okoro."),
                         {"name": ["Harrison Nez"], "phone": ["806-472-9908"]}),
    # a caller about their own account, and the number their call is to be returned at
    "caller to call back": (("Keola Kahale called twice about the billing adjustment on his account; please return the "
                             "call at (850) 837-3738.",),
                            {"name": ["Keola Kahale"], "phone": ["(850) 837-3738"]}),
    # the name of the utility whose account it is is no part of the customer's name, nor their employer
    "another utility's account": (
        ("High bill complaint by Rosalind Achebe (Xcel Energy acct 53-6858476923-6), usage 3,121 kWh.",
         "Hardship list: Tobias Lindqvist  Mesa Linda Water & Power acct MLW-283855  ph 308-241-6685",
         "Refund to customer Maria Elena Ruiz Loveland Water acct 3-012-3456-78."),
        {"name": ["Rosalind Achebe", "Tobias Lindqvist", "Maria Elena Ruiz"], "usage": ["3,121 kWh"]}),
    "case note": (
        ("03/12/2024 Spoke with the customer, Ana Ruiz, at 1234 N. Garey Ave, Pomona. SCE acct 2-23-456-7890, "
         "usage 640 kWh, callback 909-555-0142.",),
        {"name": ["Ana Ruiz"], "address": ["1234 N. Garey Ave"], "usage": ["640 kWh"], "phone": ["909-555-0142"]}),
    "case note over pdf lines": (
        (lines("03/12/2024 Spoke with the customer, Ana Ruiz, at 1234 N. Garey Ave, Pomona. SCE acct\n"
               "2-23-456-7890, usage 640 kWh, callback 909-555-0142. Promised payment by 3/22.\n"
               "03/13/2024 Meter test scheduled."),),
        {"name": ["Ana Ruiz"], "address": ["1234 N. Garey Ave"], "usage": ["640 kWh"], "phone": ["909-555-0142"]}),
    "payment plan list whose mailboxes spell the names": (
        (lines("EXHIBIT 2 - CUSTOMERS ON EXTENDED PAYMENT PLANS\nAndrew Hall ... halla361@verizon.net ... 571 kwh\n"
               "RUBY JA\u00c9N ... ruby1997@ymail.com ... 942 kWh"),),
        {"name": ["Andrew Hall", "RUBY JA\u00c9N"], "email": ["halla361@verizon.net", "ruby1997@ymail.com"],
         "usage": ["571 kwh", "942 kWh"]}),
    "sample bill naming a real customer whose surname is a place's word": (
        ("Take Nicole R. Park, who lives at 245 Garfield Drive. In January the home consumed 2,959 kwh and the "
         "statement for Service Account 5978086826 came to $780.50.",),
        {"name": ["Nicole R. Park"], "address": ["245 Garfield Drive."], "usage": ["2,959 kwh"]}),
    # a surname that is a place's word after a given name far more often a name than a word
    "call note for a customer surnamed Park": (
        ("Callback 3/9: talked to Deborah Park (acct 7204418365), who lives at 2218 N. Towne Ave; reach her at "
         "626-418-0937. Last cycle 1,244 kWh.",),
        {"name": ["Deborah Park"], "address": ["2218 N. Towne Ave"], "phone": ["626-418-0937"],
         "usage": ["1,244 kWh"]}),
    "call note for a customer surnamed Church": (
        ("spk w/ Marlene Church (951-330-2874) - SA 1748203316, prem 811 E. Phillips Blvd. 1702 kwh last cyc",),
        {"name": ["Marlene Church"], "phone": ["951-330-2874"], "address": ["811 E. Phillips Blvd."],
         "usage": ["1702 kwh"]}),
    "ITIN of a person surnamed Hall": (("ITIN for Gregory Hall: 931 84 2270 (individual taxpayer number).",),
                                       {"name": ["Gregory Hall"]}),
    "unnamed call note on a street named after a park": (
        ("5/14 left VM ref acct no 700518230044 / 419 E. Park Ave / usage 688 kwh.",),
        {"address": ["419 E. Park Ave"], "usage": ["688 kwh"]}),
    # a resident's name with their home and their number in one clause: a callback list, a service ticket
    "priority callback list": (
        (Segment("10:12 pm \u2013 Gloria Navarro (1718 Quail Run Rd) called in, life-support customer, call back at "
                 "(951) 402-3318", Location(element="main > ul > li")),),
        {"name": ["Gloria Navarro"], "address": ["1718 Quail Run Rd"], "phone": ["(951) 402-3318"]}),
    "streetlight ticket reported by a resident": (
        ("Ticket 31877: reported by Dennis Whitaker, 902 Alder Crest Ave, (626) 377-4412. Pole dark since 7/1.",),
        {"name": ["Dennis Whitaker"], "address": ["902 Alder Crest Ave"], "phone": ["(626) 377-4412"]}),
    # a case's details in the paragraphs after its record, which speak of the customer or the account again
    "hearing decision's usage in the next finding": (
        (Segment("1. Appellant Teresa Vance is the customer of record for utility account 6620418873 serving the "
                 "residence at 2911 N. Garey Ave.", Location(element="main > p:nth-of-type(1)")),
         Segment("2. From March 3, 2025 to June 2, 2025 the account recorded 744 kWh and 1,208 kWh respectively.",
                 Location(element="main > p:nth-of-type(2)"))),
        {"name": ["Teresa Vance"], "address": ["2911 N. Garey Ave."], "usage": ["744 kWh", "1,208 kWh"]}),
    "speaker's record beside an official named by title": (
        ("Lucia Ortega of 5120 N. Palomares St (Customer No. 6210447) said her usage rose to 1,650 kWh. Mayor Pro "
         "Tem Adeyemi referred her to staff.",),
        {"name": ["Lucia Ortega"], "address": ["5120 N. Palomares St"], "usage": ["1,650 kWh"]}),
    "staff report's phone in the next paragraph": (
        (Segment("On May 2, 2025, Mr. Dwayne Ellery of 418 E. Kingsley Ave contacted PCE about account 700331987214.",
                 Location(element="main > p:nth-of-type(1)")),
         Segment("Mr. Ellery said the home had been vacant. Staff reached Mr. Ellery at 909-318-4426 twice.",
                 Location(element="main > p:nth-of-type(2)"))),
        {"name": ["Mr. Dwayne Ellery", "Mr. Ellery", "Mr. Ellery"], "address": ["418 E. Kingsley Ave"],
         "phone": ["909-318-4426"]}),
    # a chat transcript whose visitor gives an identifier: the visitor's turns, in lower case as typed
    "chat visitor's turns": (
        (lines("Live chat transcript May 2, 2026\n"
               "Visitor: hello this is gloria navarro, my acct is 5127730481\n"
               "Agent (Marco): Thanks! What is the service address?\n"
               "Visitor: 2716 n. orange grove ave\n"
               "Agent (Marco): And a callback number? Our billing line is 909-620-3700 if you need it.\n"
               "Visitor: 626-904-1187"),),
        {"name": ["gloria navarro"], "address": ["2716 n. orange grove ave"], "phone": ["626-904-1187"]}),
    "street address cut by a line break in one paragraph": (
        ("Spoke with the customer Ana Ruiz, acct 2-23-456-7890, who lives at 1234 W\nHolt Ave, Pomona.",),
        {"name": ["Ana Ruiz"], "address": ["1234 W\nHolt Ave"]}),
    "a line that ends with a whole address, above a name": (
        ("AMIRA KHALIL (household 8) \u00b7 ITIN no. 948707479 \u00b7 8901 W Via Cypress\n"
         "Recipient Pla, Tom\u00e1s, Soc. Sec. No. 330809299, (805)426-7715, $1,562.29 credited",),
        {"name": ["AMIRA KHALIL", "Pla, Tom\u00e1s"], "address": ["8901 W Via Cypress"], "phone": ["(805)426-7715"]}),
    "call log naming the caller": (
        ("Caller: Dana Whitfield, 909-555-0142, asked about the bill for 1234 W Holt Ave.",),
        {"name": ["Dana Whitfield"], "phone": ["909-555-0142"], "address": ["1234 W Holt Ave."]}),
    "assistance applicants": (
        (Segment("Applicant Jane Doe, ITIN 912-75-4418, 410 Orange St", Location(element="main > ul > li")),
         Segment("Applicant Luis Ortega, ITIN 923-71-4418, 12 E Holt Ave, (909) 555-0111",
                 Location(element="main > ul > li"))),
        {"name": ["Jane Doe", "Luis Ortega"], "address": ["410 Orange St", "12 E Holt Ave"],
         "phone": ["(909) 555-0111"]}),
    "payment arrangements": (
        (lines("Approved payment arrangements - May 2024\n1. Maria Lopez (acct 2-23-456-7890) - $120/month\n"
               "2. Robert Chen (acct 3-012-3456-78) - $80/month"),),
        {"name": ["Maria Lopez", "Robert Chen"]}),
    "personnel notice": (
        ("Personnel action: employee Robert Chen, SSN 512-34-6789, separated effective May 1.",),
        {"name": ["Robert Chen"]}),
    "short block": (
        (lines("Dolores Whitcomb\n16104 Mojave Dr\nSSN 523-41-8876"),),
        {"name": ["Dolores Whitcomb"], "address": ["16104 Mojave Dr"]}),
    "hidden comment": (
        (Segment("Customer Maria Lopez, acct 2-23-456-7890, 1234 W Holt Ave, (909) 555-0147",
                 Location(element="main"), hidden="html comment"),),
        {"name": ["Maria Lopez"], "address": ["1234 W Holt Ave"], "phone": ["(909) 555-0147"]}),
    "billing example from a real customer": (
        ("Example: for customer Theresa Okonkwo at 14457 Pawnee Rd, who used 612 kWh in May, the bill comes to "
         "$98.40.",),
        {"name": ["Theresa Okonkwo"], "address": ["14457 Pawnee Rd"], "usage": ["612 kWh"]}),
    "customer and a personal mailbox": (
        ("Customer Walter Brandt asked to be e-mailed at wbrandt@verizon.net about his refund.",),
        {"name": ["Walter Brandt"], "email": ["wbrandt@verizon.net"]}),
    "customer with a given name no list has": (
        ("Spoke with the customer, Oluwaseun Brown, at 9764 N Holt Ave; callback (626) 566-6108.",),
        {"name": ["Oluwaseun Brown"], "address": ["9764 N Holt Ave"], "phone": ["(626) 566-6108"]}),
    # a place's word inside the name is no office's before the phone ("Bell-Park at 951-...")
    "voicemail": (("Voicemail from Aimee Bell-Park at 951-246-3349. Acct 8321020091 flagged for SCE.",),
                  {"name": ["Aimee Bell-Park"], "phone": ["951-246-3349"]}),
    # Vietnamese vowels with two marks are letters of Latin Extended Additional (U+1E00-U+1EFF)
    "vietnamese name": (("Customer Nguyễn Thị Hương, Account # 3-598-4679-99, phone (951) 746-4749.",),
                        {"name": ["Nguyễn Thị Hương"], "phone": ["(951) 746-4749"]}),
    "vietnamese label block": (("HOÀNG, BẢO VĂN\n813 S Hamilton Blvd, Pomona, CA 91768\nAccount # 3-598-4679-99\n"
                                "(951) 746-4749",),
                               {"name": ["HOÀNG, BẢO VĂN"], "address": ["813 S Hamilton Blvd, Pomona, CA 91768"],
                                "phone": ["(951) 746-4749"]}),
    # a staff report telling one customer's case: the dispute someone filed, the service they receive, what the
    # customer asked; "the customer can be reached at" is the customer's number, not an office's
    "dispute in a staff report": (
        ("Staff received a billing dispute from Jae-sung Kwon, who receives service at 3096 Park Ave Apt. 203. The "
         "customer's bill for July reflected 1428 kilowatt-hours. Staff attempted to reach the customer at "
         "+1 213-663-2580.",),
        {"name": ["Jae-sung Kwon"], "address": ["3096 Park Ave Apt. 203"], "usage": ["1428 kilowatt-hours"],
         "phone": ["+1 213-663-2580"]}),
    "reached at": (("Customer Donald Coffey, Service Account 3-598-4679-99, 407 S Towne Ave. The customer can be "
                    "reached at (909) 696-9372.",),
                   {"name": ["Donald Coffey"], "address": ["407 S Towne Ave."], "phone": ["(909) 696-9372"]}),
    "what the ratepayer asked": (
        ("Staff met with HSIEH, MEI-HUI on site. The ratepayer asked that future notices go to mhsieh98@aol.com and "
         "that the field crew call (818) 434-3367 before arriving at 684 Sumac Dr #7.",),
        {"name": ["HSIEH, MEI-HUI"], "email": ["mhsieh98@aol.com"], "phone": ["(818) 434-3367"],
         "address": ["684 Sumac Dr #7"]}),
    # an e-mail from a customer to the utility's customer care: the recipient's government mailbox makes no card
    "e-mail to customer care": ((lines("From: Ana Ruiz <ana.ruiz@verizon.net>\nTo: PCE Customer Care <pce@pomonaca.gov>\n"
                                       "Subject: wrong bill\nHello, my bill is too high. Call me at (951) 609-9614.\n"
                                       "Ana Ruiz")),
                                {"name": ["Ana Ruiz"], "email": ["ana.ruiz@verizon.net"], "phone": ["(951) 609-9614"]}),
    # a call log's time or date before the name is no house number ("1234 Maria Lopez Ave" is a street)
    "call log with times": (lines("3/2 10:31 Maria Lopez re acct 700123456789 -- billing question.\n"
                                  "#4410 3/2 10:34  Cai, Xiulan re acct 700123456790 -- says usage can't be right."),
                            {"name": ["Maria Lopez", "Cai, Xiulan"]}),
    # a name written surname first, right after or before the word that calls its bearer a customer
    "surname first after the role": (("Customer Jiménez, Óscar, 15248 N Gordon St",),
                                     {"name": ["Jiménez, Óscar"], "address": ["15248 N Gordon St"]}),
    "surname first and an initial before the role": (("Pham, John S. (PCE customer, 2593 Lincoln Ave) - johnpham@icloud.com",),
                                                      {"name": ["Pham, John S."], "address": ["2593 Lincoln Ave"],
                                                       "email": ["johnpham@icloud.com"]}),
    "surname first before the role": (("Jiménez, Óscar (PCE customer, 15248 N Gordon St) - oscarj@aol.com",),
                                      {"name": ["Jiménez, Óscar"], "address": ["15248 N Gordon St"],
                                       "email": ["oscarj@aol.com"]}),
    # a published average beside the customer's own figure is no one's consumption
    "usage against the average": (("PCE customer Ana Ruiz, who lives at 12 Elm St. Her household consumed 1,204 kWh in "
                                   "July, compared with the 520 kWh residential average.",),
                                  {"name": ["Ana Ruiz"], "address": ["12 Elm St."], "usage": ["1,204 kWh"]}),
    # a month's abbreviation as a given name ("Jun"): no date is written with a surname after it
    "given name jun": (("Staff met with Jun Yamazaki on site. The ratepayer asked that future notices go to "
                        "junyamazaki@sbcglobal.net and that the field crew call 818-287-2335 before arriving at 15841 "
                        "Alvarado St Unit 12.",),
                       {"name": ["Jun Yamazaki"], "email": ["junyamazaki@sbcglobal.net"], "phone": ["818-287-2335"],
                        "address": ["15841 Alvarado St Unit 12"]}),
    # a post-office box or a rural route's box is the customer's billing address
    "post-office box": (("Carmen Delgado, PO Box 2742, Pomona, CA 91769, Acct # 4821-0093-17, phone 909-387-6578.",),
                        {"name": ["Carmen Delgado"], "address": ["PO Box 2742, Pomona, CA 91769"],
                         "phone": ["909-387-6578"]}),
    "billing address a box": (("Staff reviewed the account of Carmen Delgado, PCE Acct # 4821-0093-17, billing address "
                               "P.O. Box 2742, Claremont, CA 91711.",),
                              {"name": ["Carmen Delgado"], "address": ["P.O. Box 2742, Claremont, CA 91711"]}),
    "rural route": ((lines("OKONKWO, GRACE\nRR 2 Box 140, Pomona, CA 91766\nAccount No.: 2-41-337-8812")),
                    {"name": ["OKONKWO, GRACE"], "address": ["RR 2 Box 140, Pomona, CA 91766"]}),
    # a two-letter surname written first; Spanish particles "de los" in a titled name
    "short surname first": (("Customer Du, Fang C., 712 Elm St, Pomona, CA 91766: 2398 kWh last billing period.",),
                            {"name": ["Du, Fang C."], "address": ["712 Elm St, Pomona, CA 91766"], "usage": ["2398 kWh"]}),
    "de los": (("El Sr. Ricardo de los Santos llamó por su factura alta. Cuenta 9782-7998-53.",),
               {"name": ["Sr. Ricardo de los Santos"]}),
    # a call centre's notes in lower case: a listed given name and surname after the customer word or "cx"
    "lower-case call note": (("cx dana whitfield called re hi bill, 1352 W Mission Blvd, cb 951 923 9920",),
                             {"name": ["dana whitfield"], "address": ["1352 W Mission Blvd"], "phone": ["951 923 9920"]}),
    "lower-case after the role": (("Customer dana whitfield, 1352 W Mission Blvd, phone (909) 439-2757.",),
                                  {"name": ["dana whitfield"], "address": ["1352 W Mission Blvd"],
                                   "phone": ["(909) 439-2757"]}),
    # a phone's groups before a house number are no street's name
    "phone then address": (("Customer Xiuying Kong 714 899 4465 2361 N Orange Grove Ave, Pomona, CA 91766",),
                           {"name": ["Xiuying Kong"], "phone": ["714 899 4465"],
                            "address": ["2361 N Orange Grove Ave, Pomona, CA 91766"]}),
    # an ombudsman's case: the complainant called a customer of a program, no account number
    "complainant": (("The complainant, Ms Eiravati Divan, a medical-baseline customer at 869 Elm Drive, objected to a "
                     "disconnection notice. Home phone 714-271-5520.",),
                    {"name": ["Ms Eiravati Divan"], "address": ["869 Elm Drive"], "phone": ["714-271-5520"]}),
    # the unit spelt out in full seeds the record as "kWh" does
    "spelt-out unit": (("Pomona Choice Energy today recognized Vartan Manukyan, whose home at 3046 Lincoln Ct became "
                        "the utility's 10,000th rooftop solar installation. Since the system was switched on, the "
                        "household's consumption fell to 563 kilowatt-hours a month.",),
                       {"name": ["Vartan Manukyan"], "address": ["3046 Lincoln Ct"], "usage": ["563 kilowatt-hours"]}),
    "home and usage": (("Ana Ruiz at 1234 W Holt Ave used 640 kWh in May.",),
                       {"name": ["Ana Ruiz"], "address": ["1234 W Holt Ave"], "usage": ["640 kWh"]}),
    "spanish": (("La cliente María López, cuenta 2-23-456-7890, vive en 1234 W Holt Ave.",),
                {"name": ["María López"], "address": ["1234 W Holt Ave."]}),
    # only one field can be read: the name beside the identifier
    "name only": (("Refund issued to Robert Chen, acct. 3-012-3456-78 on May 2.",), {"name": ["Robert Chen"]}),
    # a given name no list has before a Census surname, in text an identifier ties
    "case log line": (("Case 1142: Priya Brown, 562 S Pawnee Rd, (909) 699-1433, account 2-40-130-1000.",),
                      {"name": ["Priya Brown"], "address": ["562 S Pawnee Rd"], "phone": ["(909) 699-1433"]}),
    # no name: the account's own address and callback number
    "identifier without a name": (("Acct 2-23-456-7890: meter at 1234 W Holt Ave replaced; callback (909) 555-0142.",),
                                  {"address": ["1234 W Holt Ave"], "phone": ["(909) 555-0142"]}),
    "beside a staff mailbox": (
        (Segment("From: jdoe@pomonaca.gov", Location(element="p")),
         Segment("Customer Maria Lopez, acct 2-23-456-7890, called about her bill.", Location(element="p"))),
        {"name": ["Maria Lopez"]}),
    # a given name no Census list has, run straight into the identifier's label
    "name beside the label": (("Refunds: Priya Raman, acct. 3-012-3456-78; Xiomara Quispe (SCE acct #2-23-456-7890).",),
                              {"name": ["Priya Raman", "Xiomara Quispe"]}),
    # an employee named with their position beside their SSN; the approver stays staff
    "payroll notice": (
        ("The following change takes effect on September 19, 2024: Vergara, Isabela, Administrative Assistant, "
         "Development Services. SSN 160-87-0783. Mailing address: 981 Ventura Drive #16. Approved by: Dana Wu, Human "
         "Resources Manager",),
        {"name": ["Vergara, Isabela"], "address": ["981 Ventura Drive #16"]}),
    # an employee's emergency contact is a relative's number, not an emergency line's
    "new-hire bulletin": (
        (lines("HUMAN RESOURCES BULLETIN\nNew hire: DESTA HAILU\nClassification: Park Ranger\n"
               "Social Security No. 512 34 6789\nEmergency contact phone: 951-555-0183"),),
        {"name": ["DESTA HAILU"], "phone": ["951-555-0183"]}),
    # a notice's sentence, then a line that opens with the identifier's label: a field of the same record
    "separation notice": (
        (lines("NOTICE OF SEPARATION\nKENJI ODA, Records Specialist, Utilities, separates from City service on "
               "May 2, 2025.\nS.S.N.: 512 34 6789. Final paycheck to be mailed to 41 Wren Ct."),),
        {"name": ["KENJI ODA"], "address": ["41 Wren Ct."]}),
    # a note copied from the billing system ties any name, listed or not, as an identifier does
    "note copied from the billing system": (("<!-- copied from CIS screen: Jhun Marcelo-Dang / 1-951-984-4014 -->",),
                                            {"name": ["Jhun Marcelo-Dang"], "phone": ["1-951-984-4014"]}),
    # a person's own bill or meter said of them, beside their home or mailbox
    "complaint retold": (
        ("Email from Ingrid Solberg (ingrid.solberg@gmail.com): she says her meter at 402 Palm Dr reads wrong.",),
        {"name": ["Ingrid Solberg"], "email": ["ingrid.solberg@gmail.com"], "address": ["402 Palm Dr"]}),
    "bill said of a resident": (("Mrs. Haddad of 517 E Phillips Blvd says her bill doubled.",),
                                {"name": ["Mrs. Haddad"], "address": ["517 E Phillips Blvd"]}),
    # a memo's sender is staff; the customer in its body is not
    "memo": (
        (lines("MEMORANDUM\nTO: File\nFROM: Imran Geraci\nDATE: 2025-09-27\nRE: Billing dispute\n"
               "On 2025-09-27 I met with Ji-woo Son (1-661-780-7973) about SCE acct 323-07982-79. The customer "
               "disputes 3,044 KWH billed for July."),),
        {"name": ["Ji-woo Son"], "phone": ["1-661-780-7973"], "usage": ["3,044 KWH"]}),
    "caller escalated to a supervisor": (
        ("Escalated to supervisor: Thanh Vu (1-626-939-5740, vut77@ymail.com) says the generation charge doubled. "
         "Usage went from 3,033 kWh to 511kWh. RDCE acct no. 56025300224829.",),
        {"name": ["Thanh Vu"], "phone": ["1-626-939-5740"], "email": ["vut77@ymail.com"],
         "usage": ["3,033 kWh", "511kWh"]}),
    "streets in spanish and usps forms": (
        ("Azeneth Viera, 1435 NE Vereda Bluebell Spc 12, RDCE acct no. 700-588-423-582; Cheng-En Fang, 12028 Willow "
         "Row No. 57, acct 2-23-456-7890",),
        {"name": ["Azeneth Viera", "Cheng-En Fang"],
         "address": ["1435 NE Vereda Bluebell Spc 12", "12028 Willow Row No. 57"]}),
    "a street's name is no field label": (
        ("Glenn-Luu, Omar 1061 Vereda Hermosa Acct # 8594353954 balance $1,450.29",),
        {"name": ["Glenn-Luu, Omar"], "address": ["1061 Vereda Hermosa"]}),
    "street cut by a line break": (
        (lines("I am writing about my electric bill. My Acct. No. 2-32-696-0961 was charged for 485 kWh at 7199 South\n"
               "Agate Lane, which is twice what we use."),),
        {"address": ["7199 South"], "usage": ["485 kWh"]}),  # the number and what the line holds of the street
    # a consumption figure and a phone, no address, in a list of approved applicants
    "usage and a phone": (
        (Segment("Graciela Ybarra, 909 482 6610, consumo 612 kWh", Location(element="main > ul > li")),
         Segment("Bernard Achterberg, (626)714-0093, used 1,120 kWh in June", Location(element="main > ul > li"))),
        {"name": ["Graciela Ybarra", "Bernard Achterberg"], "phone": ["909 482 6610", "(626)714-0093"],
         "usage": ["612 kWh", "1,120 kWh"]}),
    # names no list has, surname first too: the usage and the phone tie them
    "usage and a phone beside names no list has": (
        (Segment("Yaretzi Quenta, 909 482 6610, consumo 612 kWh", Location(element="main > ul > li")),
         Segment("Ibarra Soto, Nayeli \u2014 (626)714-0093 \u2014 1,120 kWh", Location(element="main > ul > li"))),
        {"name": ["Yaretzi Quenta", "Ibarra Soto, Nayeli"], "phone": ["909 482 6610", "(626)714-0093"],
         "usage": ["612 kWh", "1,120 kWh"]}),
    # a note that says it was copied from the utility's customer system
    "copied from the customer system": (
        (Segment("pasted from CIS: Marisol Quintero Vidal / ACC-448120 / (626) 418-2290", Location(element="main"),
                 hidden="html comment"),),
        {"name": ["Marisol Quintero Vidal"], "phone": ["(626) 418-2290"]}),
    # a sentence that lists customers after a colon: each item's name and home
    "list of customers after a colon": (
        ("These ratepayers were moved to the medical baseline tier: Odette Varga, 318 Juniper Ave; Kevin Tran, "
         "77 Larkspur Ct.",),
        {"name": ["Odette Varga", "Kevin Tran"], "address": ["318 Juniper Ave", "77 Larkspur Ct."]}),
    # "Customer <name>" names the person: its "customer" is no office's cue for the phone after it
    "customer who called from a phone": (("Customer Teodora Vasquez called from 626-401-2290 about her bill.",),
                                         {"name": ["Teodora Vasquez"], "phone": ["626-401-2290"]}),
    # a note's "cust:" calls the person after it a customer
    "hidden note with cust:": (
        (Segment("cust: Desmond Holloway / 5520 Quail Run / dholloway@aol.com", Location(element="div"),
                 hidden="display:none"),),
        {"name": ["Desmond Holloway"], "address": ["5520 Quail Run"], "email": ["dholloway@aol.com"]}),
    # an office word in the customer's own street ("Plaza", "Center") does not make the phone after it an office's
    "phone after a street named like an office": (
        ("Payment plan 3-412-7730-21 \u2013 Teodora Vasquez \u2013 218 Plaza Verde Ct \u2013 626.401.2290",),
        {"name": ["Teodora Vasquez"], "address": ["218 Plaza Verde Ct"], "phone": ["626.401.2290"]}),
    # call notes drop the street's type; the record's wording ("@", "of", a field of its own) says it is a home
    "street without its type after @": (
        ("4/2/2025 spoke w/ marisol duarte @ 1457 sunset; acct 3-114-2287-05; 622 kWh; cb 909 555 0178.",),
        {"name": ["marisol duarte"], "address": ["1457 sunset"], "usage": ["622 kWh"], "phone": ["909 555 0178"]}),
    "street without its type as a field": (
        ("8/14/2024 - PARK JI-HOON - 906 E towne - cb# 626-555-0110 - acct 7712093355 - wants final bill",),
        {"name": ["PARK JI-HOON"], "address": ["906 E towne"], "phone": ["626-555-0110"]}),
    "street without its type before a verb": (
        ("Applicant Rosa Elena Vidal of 2290 Kingsley applied for CARE; SSN 601-23-4417 on file.",),
        {"name": ["Rosa Elena Vidal"], "address": ["2290 Kingsley"]}),
    "Spanish plural street": (("Cust. ID 273076834 - Sra. Ofelia Quintero, 318 los robles, tel 909 555 0143",),
                              {"name": ["Sra. Ofelia Quintero"], "address": ["318 los robles"],
                               "phone": ["909 555 0143"]}),
    # a lower-case name with a middle name, and a surname that is also a Spanish word, in a record an account ties
    "lower-case name with a middle name": (
        ("cx israel rojo called re hi bill, acct 1043 2766 50; spoke w/ john minh tran, acct 1043 2766 51",),
        {"name": ["israel rojo", "john minh tran"]}),
    # "cust" before a lower-case name, and a common surname that is also a frequent word
    "cust before a lower-case name": (("Mensaje de cx: cust maria lopez, 1234 w holt ave, ph 909-397-1234",),
                                      {"name": ["maria lopez"], "address": ["1234 w holt ave"],
                                       "phone": ["909-397-1234"]}),
    # a record's fields apart by bars: the label of the account before the phone is no office's
    "fields apart by bars": (("Haddad, Yousef  |  SCE Acct 2-41-123-4567  |  909-865-4401",),
                             {"name": ["Haddad, Yousef"], "phone": ["909-865-4401"]}),
    # the next field's "PCE account" after the phone is no office's word beside it
    "phone before the account's label": (("Customer Lilit Sargsyan phone 951 623 5849, PCE account 2-41-123-4567.",),
                                         {"name": ["Lilit Sargsyan"], "phone": ["951 623 5849"]}),
    # the customer doing something before the number: the number is theirs, though "customer" is an office's word
    "customer asked for a callback": (
        ("Spoke with account holder Omar Haddad; SA ID 8103947721. Customer asked for callback at 626 629 1203.",),
        {"name": ["Omar Haddad"], "phone": ["626 629 1203"]}),
    # a line that ends with a label's abbreviation runs on into the number on the next
    "label's abbreviation at a line's end": (
        (lines("On August 12, 2024, utility customer Arnel Dimaculangan filed an appeal regarding charges on account no.\n"
               "3-110-5865-54. The service address is 1450 W Holt Ave."),),
        {"name": ["Arnel Dimaculangan"], "address": ["1450 W Holt Ave."]}),
    # a list item's second line, indented under its first, is the same record (no table's row)
    "indented second line": ((lines("1. High bill - customer Verduzco Montemayor, Samuel\n"
                                    "   Premise ID 2356457711, 1420 kWh"),),
                             {"name": ["Verduzco Montemayor, Samuel"], "usage": ["1420 kWh"]}),
    # a sentence on the next line that speaks of the customer of the line above
    "the customer on the next line": ((lines("Ms. Dana Whitfield (acct 3-001-2345-67) used 284 kWh.\n"
                                             "The customer can be reached at 714-934-6830."),),
                                      {"name": ["Ms. Dana Whitfield"], "usage": ["284 kWh"], "phone": ["714-934-6830"]}),
    # a long paragraph: the record is the sentences around the identifier
    "long paragraph": (
        (" ".join(["The council approved the budget and thanked staff for the work on the program."] * 12)
         + " Staff found that customer Maria Lopez (acct 2-23-456-7890) was overbilled. "
         + " ".join(["Mayor Tim Sandoval and Councilmember Nolte spoke about the parks."] * 12),),
        {"name": ["Maria Lopez"]}),
}

NOT_FOUND = {
    # a district's own account, and a utility's staff named with it
    "a district's account": ("Refund for Mesa Linda Water District acct 4410-2291-03 approved.",
                             "Contact Dana Whitfield (Xcel Energy) at 303-555-0199 about the substation."),
    "the customer will": ("The customer will call back tomorrow; the customer mark down applies at 1352 W Mission Blvd, "
                          "(909) 555-0100.", "Model CX 500 inverter, 1352 W Mission Blvd, call 951 923 9920"),
    "the city's box": ("Payments by mail: City of Pomona, P.O. Box 660, Pomona, CA 91769. Account questions: "
                       "(909) 620-2311.",),
    # a line that opens with a lower-case label ("draft:") is one of its own, not the sentence above going on
    "drafts one per line": (lines("draft: Stacie Carey spoke in support of the new library hours.\n"
                                  "draft: the resident called about the bill; the account number is 700932700299."),),
    "department before a program": ("Approved by Dana Wu, Dept. (PCE customer programs) at 2593 Lincoln Ave",),
    "month abbreviations": ("Jun Council Meeting moved to Jun 12, 505 S Garey Ave; call 909-555-0100 about your bill.",),
    "a facility called a customer": ("The Pomona Senior Center (PCE customer since 2019) is at 1234 W Holt Ave.",
                                     "Customer Service, Billing, 15248 N Gordon St"),
    "pay my bill": ("Log in to My Account to pay my bill online. Questions? Ana Ruiz, Customer Care, (909) 620-2311",),
    # an FAQ on disputes: what a customer asks, and the office to call; no one's case
    "dispute faq": ("If the customer asked for a payment plan or has a billing dispute from a recent bill, the "
                     "customer can be reached by our team: call Customer Care at (800) 555-0199 or write to "
                     "care@pcepower.org.",),
    "program story": ("Ana Ruiz, who receives service at home through the CARE program, spoke at the workshop. "
                       "The customer asked about the program's rates.",),
    "news with a resident": ("Mayor Tim Sandoval joined resident Maria Lopez to open the new solar canopy.",),
    "customer story": ("When the Hernandez family added rooftop solar, their monthly bill fell from $190 to $24. "
                       "\"We use about 650 kWh a month,\" said Rosa Hernandez, a teacher at Mesa Linda High.",),
    "minutes naming speakers": (lines(
        "PUBLIC COMMENT\nMaria Gutierrez, Juniper Lane, spoke in support of the solar canopy.\n"
        "Harold Jenkins, 13882 Lakeview Drive, spoke about speeding on Spring Valley Parkway.\n"
        "Walter Brandt spoke about his SCE bill and asked that MLCE hold a community workshop."),),
    "agenda item": ("4.3 Award Bid No. 2024-003 to American Asphalt South, Inc., 1400 Main St, in the amount of "
                    "$1,284,500. Staff contact: Priya Raman, (760) 955-5034.",),
    "identifier beside the City's contacts": ("Account 2-23-456-7890 questions: call (909) 620-2079 or visit City "
                                              "Hall, 505 S. Garey Ave.",),
    "emergency numbers beside an identifier": ("Account 2-23-456-7890 outage? Emergency contact: Police "
                                               "Dispatch (909) 622-1241; in an emergency call 911.",),
    "staff contact above a facility's account line": (lines(
        "Questions: contact Priya Raman, Senior Planner, (760) 955-5034.\nAcct. No. 2-23-456-7890 is the "
        "Library's meter."),),
    "official's own bill": ("Councilmember Ana Ruiz said her bill doubled at her home on 517 E Phillips Blvd.",),
    "an account of events": ("Kwame Mensah said his account of the meeting was accurate; write to him at 88 Juniper "
                             "Ct.",),
    "testimonial without a home": ("Rosa Hernandez says her bill fell by half after the rebate.",),
    "budget account beside an official": ("Mayor Tim Sandoval presented Account 101-1234-56789 of the General Fund.",),
    "street beside an account": ("Park Avenue Account No. 2-23-456-7890 was reassigned.",),
    "staff beside an account": ("Prepared by: Priya Raman, Senior Management Analyst. Customer accounts such as "
                                "2-23-456-7890 were reviewed.",),
    "staff contact beside a customer-system word": (
        "Questions about the billing system upgrade? Call Lena Ortiz at (909) 620-2380 if your name is wrong in the "
        "billing system.",),
    "average usage beside the City's number": ("The average home uses 550 kWh a month. Questions: (909) 620-2251.",),
    "a baseline and the City's number": ("Council approved the 550 kWh baseline for Zone 10 on a motion by "
                                         "Councilmember Nolte. Questions: Lena Ortiz, (909) 620-2251.",),
    "customer questions line": ("For customer questions call Teodora Vasquez at 626-401-2290.",),
    "customer inquiries line": ("Customer inquiries: Teodora Vasquez, 626-401-2290",),
    "customer service abbreviated": ("Cust. Svc: Desmond Holloway, 5520 Quail Run, (800) 555-0100",),
    "custodian": ("Custodian: Desmond Holloway, 5520 Quail Run",),
    "customers invited to contact someone": ("Customers with billing questions may contact: Odette Varga, "
                                              "318 Juniper Ave.",),
    "customers in one sentence, a list after another": ("Two customers spoke. Residents honored: Odette Varga, "
                                                        "318 Juniper Ave.",),
    "office phone beside an account": ("Account 2-23-456-7890 transfers: call the Plaza office at 626.401.2290.",),
    "facility usage": ("City Hall at 505 S. Garey Ave used 1,240,000 kWh in FY 2022-23, said Marcus Bell.",),
    "program savings": ("Customer Maria Lopez saved 500 kWh a year with the program.",),
    "rate example": ("Tier 1: 0-300 kWh at $0.12/kWh. A typical customer using 580 kWh pays $72.",),
    "sample bill": (lines("How to Read Your Bill\nCustomer John Sample at 1234 Any Street, acct 2-41-836-0172, "
                          "used 612 kWh."),),
    "planning applicant": (lines("NOTICE OF PUBLIC HEARING\nApplicant: Jose and Elena Ramirez\n"
                                 "Project Address: 15602 Tern Street, Mesa Linda, CA 92392\nAPN: 3087-412-18-0000"),),
    "police log": ("06/04/24 - Theft from vehicle, 15600 block of Tern St (24-0031312). Arrested: Kyle M. Dorsey, 27, "
                   "of Hesperia, on a warrant.",),
    "customer service staff": ("Customer Service Representative Jane Doe, (909) 620-2079, can help with account "
                               "2-23-456-7890 questions.",),
    "public comment": (lines("PUBLIC COMMENTS RECEIVED VIA ECOMMENT\nCustomer Luis Ortega of 13940 Cuyamaca Rd "
                             "says rates are too high. Phone (909) 955-8812."),),
    "title before an everyday word": ("Se\u00f1ora Refund policies changed; see account 2-23-456-7890.",),
    "names in separate paragraphs": (
        Segment("Maria Lopez was honored for 20 years of service.", Location(element="main > p")),
        Segment("Account 2-23-456-7890 was closed.", Location(element="main > p")),),
    "staff contact beside an official's card": (
        "Mayor Pro Tem Nare Terzian, District 2", "Email: nterzian@cityofpinecrest.org\nCell: (626) 509-1735"),
    "agenda heading with a resolution number": ("Item 12: Resolution 2024 Plaza Amendment, account 101-4310-5101.",),
    # a facility's or an organization's account on its line, and the staff contact beside it
    "facility accounts in a staff report": (
        "SCE service accounts: City Hall 3-012-3456-78; Ganesha Park Community Center 8-001-234-567.",),
    "agenda item with a park's account": ("Item 5.2: Transfer SCE account 2-23-456-7890 for Palomares Park to PCE. "
                                          "Staff contact: Priya Raman, (760) 955-5034.",),
    "parks named after a word or a namesake": (
        "SCE accounts moved to PCE: Victoria Park 3-012-3456-78, Grace Church hall 8-001-234-567, Lincoln Park "
        "2-23-456-7890, Madison Park restroom 2-41-836-0172.",),
    "a park's account with its street": ("Ganesha Park, SCE acct 8-001-234-567, 1575 N. White Ave, 42,000 kWh",),
    # a name, a street address and a phone that are a business's, an agent's, an official's or an event's
    "business spotlight": ("Shop local: Navarro Tortilleria, owner Gloria Navarro, 418 W. Second St, (909) 629-8811.",
                           "Dennis Whitaker of Whitaker Plumbing, 902 Alder Crest Ave, (626) 377-4412, won the bid."),
    "agent's open house": ("Realtor Gloria Navarro, 1718 Quail Run Rd, (951) 402-3318, hosts an open house.",),
    "council member's district office": ("Councilmember Dennis Whitaker, district office 902 Alder Crest Ave, "
                                         "(626) 377-4412",),
    "event at an address, tickets by phone": (
        "Meet the artist: Gloria Navarro shows her prints at 1718 Quail Run Rd; tickets (951) 402-3318.",
        "Open house hosted by Dennis Whitaker at 902 Alder Crest Ave. RSVP (626) 377-4412.",),
    "testimonial beside a program's line": (
        "\"Our bill fell by a quarter after the audit,\" said Lena Adeyemi, a longtime customer in the Phillips "
        "Ranch area. The audit is free to all residential customers; call (626) 555-0173 to book.",),
    "an official by title in a speaker's record": (
        Segment("Mayor Pro Tem Adeyemi thanked the speakers.", Location(element="main > p")),),
    "chat without an identifier": (lines("Visitor: hi its gloria navarro, when is the next workshop?\n"
                                         "Agent (Marco): Saturday at 505 S. Garey Ave.\n"
                                         "Visitor: can I call 626-904-1187 to sign up?"),),
    "program contacts slide beside an average": (lines(
        "Program Contacts\nMarisol Ortega - Utility Services Manager - (909) 620-2251\n"
        "Dario Venn - Senior Accountant - (909) 620-2374\nAlma Reyes - Key Accounts Representative - (909) 620-3720\n"
        "Average CARE usage 498 kWh/month"),),
    "association's account": ("Phillips Ranch Association, acct 2-23-456-7890, 100 Village Loop",),
    "district's usage": ("Energy Savings Assistance: Mesa Linda Unified School District, SA# 8001234567, "
                         "2,400,000 kWh",),
    "building's usage": ("Veterans Memorial Building, SCE acct 3-012-3456-78, annual use 84,000 kWh",),
    "program contacts whose mailboxes spell their words": (
        lines("Energy Programs ... energy@pceclean.org ... rebates up to 500 kWh\n"
              "Grace Park Pool ... gracepark@cityofx.org ... (909) 555-0123"),),
    "caller id": ("Caller ID: (909) 555-0142. Callers: please hold.",),
    # a number and words after "at", "of" or a separator that are a count, a time, a measure or a numbered item
    "counts and times beside an account": (
        "Acct 3-114-2287-05: billed at 2023 levels; call back at 10 am, then at 2 pm. Review of 12 months, "
        "average of 500 homes, 3 locations, Item 12 budget, 30 days.",),
    # a vendor's own line in a payments register: the firm's contact and its number with the City
    "the program's line before its account": ("Questions? Call 909-620-3700 (PCE Customer Care) about acct "
                                               "2-41-123-4567.",),
    "vendor line": ("Vendor: Robert Johnson, 1234 Industrial Way, Account No. 5501234567",
                    "Remit to: Robert Johnson, 1234 Industrial Way, Account No. 5501234567, (909) 318-2200"),
    "cust before a verb": ("cust called back re: the outage; cust mark down the date of the fair.",),
    "spoke with staff": ("spoke w/ the supervisor about acct 3-114-2287-05; no change.",),
    "caller who only spoke": ("Public comment by phone. Caller: Dana Whitfield spoke against the rate increase.",),
    "customers at large": ("The customer may call (800) 555-0199 or visit 12 Main St to set up a payment plan.",),
    # a caller about no utility matter, or a firm's, with the number to return the call at
    "caller about a pothole": ("Tomas Reyes called about the pothole on Elm St; please return the call at "
                               "(850) 837-3790.",),
    "firm's caller": ("Ana Ruiz of Ruiz Electric called about the streetlight contract; please return the call at "
                      "(850) 837-3791.",),
    "instructor in a guide": ("Tennis Lessons: Instructor: Coach Terrence Hill, (760) 412-8835. Customers of MLCE "
                              "get 10% off.",),
}


@pytest.mark.parametrize("parts, expected", FOUND.values(), ids=list(FOUND))
def test_records_in_running_text(parts, expected):
    assert fields_by_kind(*parts) == expected


@pytest.mark.parametrize("parts", NOT_FOUND.values(), ids=list(NOT_FOUND))
def test_public_prose_is_no_record(parts):
    assert fields_by_kind(*parts) == {}


def test_a_paragraph_does_not_run_into_the_next_list_item():
    items = [Segment("Jane Doe, Finance Director", Location(element="main > ul > li:nth-of-type(1)")),
             Segment("Account 2-23-456-7890: closed", Location(element="main > ul > li:nth-of-type(2)"))]
    assert fields_by_kind(items) == {}


def test_a_page_title_does_not_run_into_the_body():
    """The <title> ends no sentence ("Personnel Notices | Alder Grove, CA"), yet it is no part of the notice
    below it: the city's name in it is no one's, whatever identifier the notice holds."""
    found = fields_by_kind(Segment("Personnel Notices | Alder Grove, CA", Location(element="head > title")),
                           Segment("PAYROLL CHANGE", Location(element="div > p")),
                           Segment("Effective May 2: Okoro, Chidi. SSN 512-34-6789. Mailing address: 41 Wren Ct.",
                                   Location(element="div > p")))
    assert "Alder Grove, CA" not in found.get("name", [])


def test_an_office_phone_before_its_fax_joins_no_record():
    """A page's contact line after a record ("Phone: (626) 835-6985 | Fax: ..."): the fax beside it makes it an
    office's, whatever separator stands between them."""
    found = fields_by_kind(lines("Recipient Marisol Okafor, SSN 512-34-6789, $186.77 credited\nCity of Alder Grove\n"
                                 "Phone: (626) 835-6985 | Fax: (626) 835-8894"))
    assert found["name"] == ["Marisol Okafor"] and "phone" not in found


def test_a_case_goes_on_only_where_the_next_paragraphs_speak_of_it():
    """After a record, the paragraphs that speak of no customer or account, or come after a heading, are the
    page's own: a program's averages, its office's line, the next section's figures."""
    found = fields_by_kind(
        Segment("Mr. Dwayne Ellery of 418 E. Kingsley Ave asked about account 700331987214.",
                Location(element="main > p:nth-of-type(1)")),
        Segment("The average household in the program uses 520 kWh a month.", Location(element="main > p:nth-of-type(2)")),
        Segment("The customer service center at (626) 555-0148 answers questions.",
                Location(element="main > p:nth-of-type(3)")),
        Segment("Program results", Location(element="main > h2")),
        Segment("The account pool recorded 92,000 kWh; call (626) 555-0191.", Location(element="main > p:nth-of-type(4)")))
    assert found == {"name": ["Mr. Dwayne Ellery"], "address": ["418 E. Kingsley Ave"]}
