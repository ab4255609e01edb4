"""People's names in running text (``detectors.context.persons``), and whose they are."""
from __future__ import annotations

import re

import pytest

from detectors.context.persons import (called_customer, name_after_role, name_before_identifier, name_spelt_in_email,
                                       named_officially, names_in)


@pytest.mark.parametrize("text, names", [
    ("Spoke with the customer, Ana Ruiz, at the counter", ["Ana Ruiz"]),
    ("SCE Customer Ana Ruiz called", ["Ana Ruiz"]),
    ("Mr. Vincent Hollis and Ms. Whitcomb", ["Mr. Vincent Hollis", "Ms. Whitcomb"]),
    ("Kyle M. Dorsey, 27, of Hesperia", ["Kyle M. Dorsey"]),
    ("Ana de la Cruz paid", ["Ana de la Cruz"]),
    ("DOLORES WHITCOMB", ["DOLORES WHITCOMB"]),
    ("La cliente María López paga", ["María López"]),
    ("Theresa Okonkwo", ["Theresa Okonkwo"]),  # a surname no list has, after a frequent given name
    # streets, places, firms and headings
    ("Dale Evans Pkwy and Jess Ranch Pkwy", []),
    ("Mesa Linda Community Energy", []),
    ("Rosa Hernandez, a teacher at Mesa Linda High", ["Rosa Hernandez"]),
    ("Victor Valley Daily Press", []),
    ("Grant Agreement with Willdan", []),
    ("Castellanos Tree Trimming", []),
    ("1234 Maria Lopez Ave", []),
    ("Ganesha Park", []),
    ("Bill Payment Arrangements", []),
    # a place word that is a common surname, after a given name and not after a park's or a hall's namesake
    ("Yuna Hall asked about the shutoff", ["Yuna Hall"]),
    ("Lincoln Park and Jackson Hall", []),
    ("Take Nicole R. Park, who lives on Garfield", ["Nicole R. Park"]),
    ("Lincoln R. Park and Jackson T. Hall", []),
    # a place word that is a common surname (Church, House, Parks) after a given name and a middle initial
    ("Customer: Isaiah A. Church, 16862 Paloma Pass", ["Isaiah A. Church"]),
    ("Holder ISAIAH A. CHURCH called", ["ISAIAH A. CHURCH"]),
    ("Services at First Baptist Church and Grace Church", []),
    ("Reserve the Mary A. Parks Community Center", []),
    ("Lincoln R. Church and Jackson T. House", []),
    # a nickname in quotes or brackets between the names is part of the name's span, no word of its own
    ('Staff reviewed the account of Caridad "Nene" Santillan, who', ['Caridad "Nene" Santillan']),
    ("the account of Roberto (Bobby) Salcedo, who", ["Roberto (Bobby) Salcedo"]),
    ("The Pomona (Fairplex) Board met; call (Ana) now", []),
    # a given name that is a word of a bill's, after a title ("Mrs. Bill Gibson"), not a bill's words
    ("Customer Mrs. Bill Gibson (909) 598-4759", ["Mrs. Bill Gibson"]),
    ("Mr. Bill Payment is due on the 5th", []),
    ("Victoria Park, Grace Park and Ganesha Park", []),
    # given names younger than the 1990 Census lists (the SSA's counts): names, not the words of a heading
    ("Liam Hughes asked about the shutoff", ["Liam Hughes"]),
    ("Nevaeh Johnson", ["Nevaeh Johnson"]),
    ("Infant Care Program", []),
    ("Haven Avenue Senior Housing", []),
    ("Brooklyn Heights Neighborhood Meeting", []),
    ("Summer Reading Program at the Library", []),
    # given names wordfreq counts often only because someone famous bears them: no word list holds them
    ("Ronaldo Manalo asked about the shutoff", ["Ronaldo Manalo"]),
    ("Ibrahim Hassan asked about the shutoff", ["Ibrahim Hassan"]),
    ("Justice Center Open House", []),
    # "Dr." is a title before a name, though "Dr" ends a street's name too
    ("Example household: Dr. Anselmo Quiroga Peña, 412 Heron Ct", ["Dr. Anselmo Quiroga Peña"]),
    ("1450 Sunset Dr. Maria Lopez", []),
    # a month that is a surname after a given name; a month before a day is a date's
    ("Also, Karen May called again about acct 2-53-520-5854", ["Karen May"]),
    ("Karen May 5 meeting notes", []),
    ("Pay by Friday May 9", []),
    # a footnote's number before the name it is about; a house number before a street named after someone
    ("Three exceptions were escalated.\n1 Jason Cotto, service account 3-412-5521-07; net use 1,204 kWh.",
     ["Jason Cotto"]),
    ("1234 Maria Lopez Ave, Pomona", []),
])
def test_names_in_running_text(text, names):
    assert [text[a:b] for a, b in names_in(text)] == names


@pytest.mark.parametrize("cell, names", [
    # a billing system's "LAST,FIRST" with no space after the comma; a city and its state so written are no name
    ("LOZANO,ILSE", ["LOZANO,ILSE"]),
    ("GARCIA,MARIA ELENA", ["GARCIA,MARIA ELENA"]),
    ("Pomona,CA 91766", []),
])
def test_names_in_a_cell(cell, names):
    assert [cell[a:b] for a, b in names_in(cell, anchored=True)] == names


@pytest.mark.parametrize("text, names", [
    # beside an identifier, names no Census list has, in every way lists and notes write them
    ("Maanas Krishna, 700-150-458-290, balance $1,708.59", ["Maanas Krishna"]),
    ("Mi-kyung Kwon / kwonm169@earthlink.net / Account No. 8-441-871-035", ["Mi-kyung Kwon"]),
    ("Jörgen van de Kooij (Acct. No. 8253972696)", ["Jörgen van de Kooij"]),
    ("6218 Nogales Boulevard Apt. 133B: El-Qasim, Dalia, Acct # 2-81-840-1360", ["El-Qasim, Dalia"]),
    ("Applicant: COMPTON-LA, KIRSTY; ITIN: 969 81 1311", ["COMPTON-LA, KIRSTY"]),
    ("Lara Llabrés, Yudy M. (946 Industrial Ct), SS# 082561467", ["Lara Llabrés, Yudy M."]),
    ("Resident Flynn, Damian reports the meter is running fast; SCE account # 8-721-597-404", ["Flynn, Damian"]),
    ("Called Leroy Shea back at 626-908-4817 about 3-437-6216-15", ["Leroy Shea"]),
    ("Mrs. Valerie St. Kaufman, acct 2-23-456-7890", ["Mrs. Valerie St. Kaufman"]),
    ("JOANN ST. COMBS \u2014 st.combsj792@comcast.net \u2014 Svc Acct 8132 6994 79", ["JOANN ST. COMBS"]),
    ("1234 ST. JAMES ST, acct 2-23-456-7890", []),
    ("Manrique, Rafael H.: social security # 198-35-4144; manrique.rafael@icloud.com", ["Manrique, Rafael H."]),
    # the last group of an account number written with dots, or a number ending the line above, is no house number
    ("Svc Acct 6165.1195.87 Garen Hakobyan, acct 2-23-456-7890", ["Garen Hakobyan"]),
    ("Lisa Branch: Svc Acct 6165.1195.87\n Garen Hakobyan; Cust. Acct. 700809873247", ["Lisa Branch", "Garen Hakobyan"]),
    # a record's fields apart by ellipses, the name surname first
    ("Ocampo, Reinaldo ... r.ocampo@outlook.com ... 1,251kWh, acct 2-23-456-7890", ["Ocampo, Reinaldo"]),
    ("Ocampo, Reinaldo … r.ocampo@outlook.com … acct 2-23-456-7890", ["Ocampo, Reinaldo"]),
    ("Ocampo, Reinaldo · 3358 North Poppy Ct · acct 2-23-456-7890", ["Ocampo, Reinaldo"]),
    # a month that is a given name, before a surname, where an identifier ties them; never a month's heading
    ("Household of April Patrick. Rebill acct 6451 8071 9 from 3369 kWh", ["April Patrick"]),
    ("May Council Meeting: acct 2-23-456-7890", []),
    ("June Newsletter, acct 2-23-456-7890", []),
    # the Vietnamese given name My, as a record's field of its own beside an identifier; "My" in a sentence is the word
    ("Cust. Acct. 7001235683 - My Le - 12345 Holt St - 1-951-555-8705", ["My Le"]),
    ("Acct 2-23-456-7890 | My Bill | 12 Elm St", []),
    # a capitalised particle that ends a name is its surname; one before a surname stays a particle
    ("Household of Duc Le. Rebill Service Account 2-86-388-0372", ["Duc Le"]),
    ("Hanh Do, acct 2-23-456-7890", ["Hanh Do"]),
    ("Meet at Casa De, acct 2-23-456-7890", []),
    ("My Home acct 2-23-456-7890 was moved", []),
    ("On 2025-09-27 I met with Ji-woo Son (1-661-780-7973) about SCE acct 323-07982-79.", ["Ji-woo Son"]),
    ("Michał Dąbrowski, SSN 512-34-6789", ["Michał Dąbrowski"]),
    ("YUI D. WATANABE, ITIN 912-78-1234", ["YUI D. WATANABE"]),
    # a PDF's table rows whose column gaps became single spaces
    ("Galeano, Bayron E. 1235 East Mission Cir SCE acct 3-898-5563-76 balance $1,594.77", ["Galeano, Bayron E."]),
    ("7006 3999 8682 JESUSA ESTEBAN 810 kWh 760-290-1375", ["JESUSA ESTEBAN"]),
    ("Written off: Edilma Alzate Mate, 889 E. Sheridan Dr, Acct. No. 7003 4546 6984", ["Edilma Alzate Mate"]),
    ("Applicant: Bianca Lane; ITIN 926 96 2167", ["Bianca Lane"]),
    # a Korean given name in roman letters before the surname Park, Hall or Lane; never a park
    ("Residence (Ji-ho Park), Svc Acct 2-27-243-9433", ["Ji-ho Park"]),
    ("Hye-won Hall, acct 2-23-456-7890", ["Hye-won Hall"]),
    ("Ganesha Park, Svc Acct 2-27-243-9433", []),
    ("Washington Park meter, acct 2-23-456-7890", []),
    ("Victoria Park, acct 2-23-456-7890", []),
    # a firm named after its partners, a trade name, a title's words: no person's name
    ("Whitfield, Howard and Young, EIN 27-3318450", []),
    ("Whitfield, Howard & Young, EIN 27-3318450", []),
    ("Billing: Ortega, Lucia and Ramon, acct 2-23-456-7890", ["Ortega, Lucia"]),  # a household
    ("Dana Whitfield dba Whitfield Tree Service, TIN 84-2207716", ["Dana Whitfield"]),
    ("Nora Beltran d/b/a Beltran Mobile Detailing, EIN 84-2207716", ["Nora Beltran"]),
    ("Mayor Pro Tem Adeyemi asked about acct 2-23-456-7890", []),
    # a call note's "@" for "at" after a surname-first name
    ("5/3 JR -- VM left for Brandt, Elise @ 951-220-4817 ref acct no 700551029384", ["Brandt, Elise"]),
    # a place word that is a common surname after a frequent word that is far more often a given name than a word
    ("spoke with Deborah Park (acct 7204418365)", ["Deborah Park"]),
    ("Taxpayer ID for Gregory Hall: 931 84 2270", ["Gregory Hall"]),
    ("spk w/ Marlene Church - SA 1748203316", ["Marlene Church"]),
    ("Grace Church, acct 2-23-456-7890", []),
    ("Rose Park, acct 2-23-456-7890", []),
    ("Marlene Church Rd, acct 2-23-456-7890", []),
    ("Trinity Church and Madison Park, acct 2-23-456-7890", []),
    # a given name the 1990 Census lists lack, before a surname that is also a word (a Spanish city)
    ("Uma Oviedo, LSCEA acct 7595.2763.028", ["Uma Oviedo"]),
    ("Conor Wiley (acct 2-23-456-7890)", ["Conor Wiley"]),
    # surname first, ending a sentence or in brackets, with a given name that is also a word
    ("Lights out at the home of OYELARAN, TEMI. Rebill PCE acct 2-23-456-7890 for May.", ["OYELARAN, TEMI"]),
    ("Message from Quintanilla, Grant at 909-555-0167 about acct 2-23-456-7890", ["Quintanilla, Grant"]),
    ("Home charger (OKAFOR, CHIDI), account no. 3-049-2281-55", ["OKAFOR, CHIDI"]),
    # a surname-first name after a verb that opens the sentence: the surname is read without it
    ("Consider Whitlock, Marisol, who pays the PCE Basic rate on acct 2-23-456-7890", ["Whitlock, Marisol"]),
    ("Meet De la Cruz, Ana, at acct 2-23-456-7890", ["De la Cruz, Ana"]),
    # an initial or two and a surname, where an identifier ties them
    ("Medical baseline: T. Abernathy, 71 Aster Ct, acct 2-23-456-7890", ["T. Abernathy"]),
    ("Refund to M. K. Villanueva (acct 2-23-456-7890)", ["M. K. Villanueva"]),
    ("Meter moved to N. Garey Ave, acct 2-23-456-7890", []),  # a street's direction
    ("Approved by J. Payroll, acct 2-23-456-7890", []),  # a word, no surname
    # a surname that is a month's or a place's word, written first ("MAY, JOEL"); not a place and a name
    ("MAY, JOEL came to the counter about 2-34-107-0416", ["MAY, JOEL"]),
    ("PARK, YOUNG-HO ... younghopark55@charter.net ... 946 kWh", ["PARK, YOUNG-HO"]),
    ("Hall, Denise ... (909) 555-0142 ... 946 kWh", ["Hall, Denise"]),
    ("Reservations at Ganesha Park, Kevin at (909) 555-0142", []),
    ("Picnic at the Park, Kevin at (909) 555-0142", []),
    ("May, June and July bills, acct 2-23-456-7890", []),
    ("Park, Lincoln ... (909) 555-0142 ... 946 kWh", []),
    # a particle written first is the surname ("LE, TAM"); a house number ending the line above is no one's
    ("Recipient LE, TAM, Soc. Sec. No. 051288672", ["LE, TAM"]),
    ("Voicemail from MY HUYNH at 442-205-9311 about 700557732118", ["MY HUYNH"]),
    ("MY HOME ACCOUNT 2-23-456-7890 WAS BILLED TWICE", []),
    ("My Home acct 2-23-456-7890 was billed twice", []),
    ("11300 Rancho Trl Apt 80\nNASSER-SAWYER, FADI: Soc. Sec. No. 659564044", ["NASSER-SAWYER, FADI"]),
    # a particle that ends a name written surname first is the given name
    ("Customer Account 8-594-396-011 - Duong, Van - 953 Tierra Pl", ["Duong, Van"]),
    ("Beethoven, Van 2-23-456-7890", []),
    # an agency's acronym after a name is not its surname ("Gary COPA")
    ("Phelps, Gary COPA acct 7000 4829 2942", ["Phelps, Gary"]),
    # an agency's acronym after a word is no name
    ("Credit owed. Rebill PCE acct 2-23-456-7890", []),
    ("Stuck register. Rebill Svc acct 8984193085 from 314 kWh", []),
    # headings, job titles, departments, places and streets stay no one's, identifier or not
    ("PAYROLL CHANGE SSN 512-34-6789", []),
    ("Maintenance Worker II, Public Works. SSN 512-34-6789", []),
    ("Meter Reader, Public Works. SS# 512-34-6789", []),
    ("Recreation Leader in Community Services, SSN 512-34-6789", []),
    ("Social Security No. 727 09 6371", []),
    ("Programa de Asistencia, cuenta 2-23-456-7890", []),
    ("© City of Palmera Springs, acct 2-23-456-7890", []),
    ("4433 Civic Center Dr, Palmera Springs, CA 92240, acct 2-23-456-7890", []),
    ("5890 Civic Way\nLomita Springs, CA 92362-5498, acct 2-23-456-7890", []),
    ("1061 Vereda Hermosa, acct 2-23-456-7890", []),
    ("362 Camino Hazel Unit 4, acct 2-23-456-7890", []),
    ("706 W Falcon Lane Spc 26, acct 2-23-456-7890", []),
    ("My PCP signed the medical baseline form for acct 2-23-456-7890", []),
    ("Vendor: John Smith Plumbing, Tax ID 95-1234567", []),
])
def test_names_beside_an_identifier(text, names):
    assert [text[a:b] for a, b in names_in(text, anchored=True)] == names


@pytest.mark.parametrize("text, name, official", [
    ("Mayor Tim Sandoval thanked staff", "Tim Sandoval", True),
    ("Mayor Pro Tem Lena Adeyemi thanked staff", "Lena Adeyemi", True),
    ("Dario Venn - Senior Accountant - (909) 620-2374", "Dario Venn", True),
    ("Prepared by: Priya Raman", "Priya Raman", True),
    ("Priya Raman, Senior Management Analyst", "Priya Raman", True),
    ("Carla Ruiz\nCustomer Programs Specialist", "Carla Ruiz", True),
    ("Jane Doe, Pomona Choice Energy", "Jane Doe", True),
    ("the customer, Ana Ruiz, called", "Ana Ruiz", False),
    ("Council staff met the customer Ana Ruiz", "Ana Ruiz", False),  # the customer word is nearer
    ("employee Robert Chen", "Robert Chen", False),
    ("per Zaira de la Rosa: customer Nico Hervia called", "Zaira de la Rosa", True),
    ("FROM: Imran Geraci", "Imran Geraci", True),
    # a memo's "To:" names a colleague; "issued to:" inside a sentence names whoever was paid
    ("To: Imran Geraci", "Imran Geraci", True),
    ("MEMORANDUM\nTO: Imran Geraci", "Imran Geraci", True),
    ("Refund check issued to: Imran Geraci", "Imran Geraci", False),
    ("To: Imran Geraci (imran.geraci77@gmail.com)", "Imran Geraci", False),
    # a caller whose own mailbox follows the name is no staff member, whatever word stands before
    ("Escalated to supervisor: Karen Vartanian ((562)412-8879, karen.vartanian@att.net) says", "Karen Vartanian",
     False),
])
def test_named_officially(text, name, official):
    start = text.index(name)
    assert named_officially(text, start, start + len(name)) is official


@pytest.mark.parametrize("text, name, customer", [
    ("the customer, Ana Ruiz, called", "Ana Ruiz", True),
    ("Ana Ruiz, a PCE customer, called", "Ana Ruiz", True),
    ("account holder Ana Ruiz", "Ana Ruiz", True),
    ("resident Ana Ruiz", "Ana Ruiz", False),
    ("Customer Service Representative Ana Ruiz", "Ana Ruiz", False),
])
def test_called_customer(text, name, customer):
    start = text.index(name)
    assert called_customer(text, start, start + len(name)) is customer


@pytest.mark.parametrize("text, name", [
    ("Refund issued to Priya Raman, acct. 3-012-3456-78 on May 2.", "Priya Raman"),
    ("Dolores Ibarra SSN 545-12-3456", "Dolores Ibarra"),
    ("Xiomara Quispe (SCE acct #2-23-456-7890)", "Xiomara Quispe"),
    ("Customer Priya Raman, account no. 2-23-456-7890", "Priya Raman"),
    ("LOPEZ, MARIA acct 2-23-456-7890", "LOPEZ, MARIA"),
    ("Delia Vance's account, 6612-0934-17, is past due", "Delia Vance"),  # without the possessive
    ("Quach, Cuong Svc Acct 709321747", "Quach, Cuong"),  # a service account's short label
    # a street named after someone
    ("Service at 1234 Maria Lopez Ave, acct 700123456789", None),
    # a given name that is also a word, before a surname that is none, run straight into the identifier
    ("Recipient Cielo Quiñonez, SSN 545-12-3456", "Cielo Quiñonez"),
    ("Cielo Ekwueme, acct 2-23-456-7890", "Cielo Ekwueme"),
    ("Grant Agreement, acct 2-23-456-7890", None),
    ("Summer Rates, acct 2-23-456-7890", None),
    ("Park Avenue Account No. 2-23-456-7890", None),
    ("The Johnson Family acct 2-23-456-7890", None),
    ("ABC Electric Inc., acct 2-23-456-7890", None),
])
def test_name_before_an_identifier(text, name):
    found = name_before_identifier(text, next(i for i, c in enumerate(text) if c.isdigit() and text[i - 1] in " #-"))
    assert (text[found[0]:found[1]] if found else None) == name


@pytest.mark.parametrize("text, name", [
    ("the customer, Priya Brown, at 9764 N Holt Ave", "Priya Brown"),
    ("Customer Oluwaseun Lopez at 4363 S Holt Ave", "Oluwaseun Lopez"),
    ("Customer Priya Whitcomb at 5698 W Pawnee Rd", "Priya Whitcomb"),  # probablepeople reads a firm here
    ("customers. Jane Doe, Program Manager", None),
    ("customer Service Desk", None),
])
def test_name_after_a_customer_word(text, name):
    end = text.lower().index("customer") + len("customer") + text.lower().startswith("customers", text.lower().index(
        "customer"))
    found = name_after_role(text, end)
    assert (text[found[0]:found[1]] if found else None) == name


def test_a_firm_named_after_its_owner_is_no_person():
    text = "Vendor: John Smith Plumbing, Tax ID 95-1234567"
    assert names_in(text) == []


@pytest.mark.parametrize("line, name", [
    # a mailbox that spells the given name or the surname of the words before it names its owner
    ("Andrew Hall ... halla361@verizon.net ... 571 kwh", "Andrew Hall"),
    ("RUBY JAÉN ... ruby1997@ymail.com ... 942 kWh", "RUBY JAÉN"),
    ("Meter question from Nicole Park, npark88@gmail.com", "Nicole Park"),
    # an office, a program or a heading the mailbox spells is no one
    ("Customer Service ... customerservice@pce.org ... 571 kwh", None),
    ("Energy Programs ... energy@pce.org ... 571 kwh", None),
    ("Billing Office Hours, billing@cityofx.org", None),
    ("June Newsletter ... june@pce.org", None),
    # a mailbox that spells none of the words
    ("Andrew Hall ... meterfan@verizon.net", None),
])
def test_name_spelt_in_email(line, name):
    mailbox = re.search(r"\S+@\S+", line)
    span = name_spelt_in_email(line, 0, mailbox.start(), mailbox.group())
    assert (line[span[0]:span[1]] if span else None) == name
