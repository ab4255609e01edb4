"""The labels that name an account number: a plain account's and a customer's.

A module of their own, apart from the account detector: a report that masks a one-word label asks whether the word
is a label's (``detectors.vocabulary.label_words``), and importing the detector for its labels cost the reporting
process half a second of compiling the detector's patterns.
"""
from __future__ import annotations

from . import translations

# a plain "Account No." is also how a budget names a general-ledger account; these name a customer's
GENERIC_LABELS = ("Account No", "Account Nos", "Account Number", "Account Nbr", "Account #", "Account ID", "Acct",
                  "Accts", "Acc No", "Acc. No", "Acc #", "Acc. #", "A/C", "A/C No", "A/C #", "Número de cuenta",
                  "Numero de cuenta", "No. de cuenta", "Núm. de cuenta",
                  # a billing screen's or a municipal utility's "reference" for the account, read as the plain "Acct"
                  # is ("Acct Ref: 0027955741"): not a bare "Ref", any file's or ticket's
                  "Acct Ref", "Acct Reference", "Account Ref", "Account Reference",
                  # Spanish notes cut "cuenta" short as English ones cut "account": "(cta. PCE-2545302)"
                  "Cta", "No. de cta", "Núm. de cta", *translations.phrases_for("account number"))
CUSTOMER_LABELS = (
    # "SA" in capitals only (labels.compile_labels): in lower case it is a word ("Tawagan sa 951 379 2265")
    "Service Account", "Service Acct", "SA", "S.A.", "SA ID", "SA No", "SA #", "Service Agreement", "Customer Account", "Customer Acct",
    "Customer No", "Customer Number", "Customer #", "Customer ID", "Cust No", "Cust #", "Cust ID", "Cust Acct",
    # the number a billing system keys its customer by (Oracle CC&B's Person ID, PER_ID), and a schema.org Person's
    # "identifier", which the JSON reader labels so (crawler.extract.json_data)
    "Person ID", "Person No", "Person Number", "Person #",
    # the number the holder or the ratepayer is filed under ("Account Holder No.: 4417820913", "Ratepayer ID: ...";
    # a list of one holder labels its option's value so: "Service holder ID", "Customer of record ID")
    *(f"{holder} {kind}" for holder in ("Account Holder", "Acct Holder", "Ratepayer", "Service Holder", "Svc Holder",
                                        "Meter Holder", "Account Owner", "Customer of Record")
      for kind in ("No", "Number", "Nbr", "#", "ID")),
    "Service ID", "Svc Acct", "Svc Account", "Svc Pt", "Srv Pt", "Service Pt",
    # a billing system's one number for the customer's account and its service ("Customer Acct/Svc: 07-206-2557-00")
    "Acct/Svc", "Account/Service", "Acct/Service", "Account/Svc",
    # a premise's number, written singular or plural, whole or cut short ("Premises No.", "Prem. ID", "Prem Nbr")
    "Premise ID", "Premise No", "Premise Nos", "Premise Number", "Premise Nbr", "Premise #", "Premises ID",
    "Premises No", "Premises Number", "Premises Nbr", "Premises #", "Prem ID", "Prem No", "Prem Number", "Prem Nbr",
    "Prem #",
    # a meter's number is the service account's too (PCE-01 4.1): "Meter # V482N-133779", "Mtr No. 0045127890"
    "Meter ID", "Meter No", "Meter Number", "Meter Nbr", "Meter #", "Mtr ID", "Mtr No", "Mtr #", "Número de medidor",
    # its serial, which names the same meter ("Meter serial ZX928578-22", "Mtr S/N 4410293")
    "Meter Serial", "Meter Serial No", "Meter Serial Number", "Meter Serial #", "Meter S/N", "Mtr Serial", "Mtr S/N",
    "Numero de medidor", "No. de medidor", "Núm. de medidor",
    "Utility Account", "Utility Acct", "Electric Account", "Electric Acct", "Electricity Account", "Energy Account",
    "Billing Account", "Billing Acct", "Utility Billing Account", "Utility Billing Acct",
    "SCE Account", "SCE Acct", "PCE Account", "PCE Acct", "Edison Account", "Edison Acct",
    # a utility's number, named by its brand ("her SoCalGas number, 0418 229 310 7", "LADWP No. 442 118 9031")
    *(f"{brand} {kind}" for brand in ("SoCalGas", "SoCal Gas", "SCG", "SCE", "Edison", "SDG&E", "PG&E", "LADWP")
      for kind in ("No", "Number", "Nbr", "#", "ID")),
    "Account ending in", "Account ending with", "Acct ending in", "Account ending", "Acct ending",
    # and in Spanish: "la cuenta que termina en 5254", "su cuenta terminada en 5254"
    # (not "cuenta termina en": "su cuenta termina en 2026" is when it ends)
    "Cuenta que termina en", "Cuenta terminada en", "Cta que termina en", "Cta terminada en",
    "Customer's account", "Customer\u2019s account", "your account",
    # a portal's notice names the account it speaks of after "for": "Your SmartHub account for 80-1723-70"
    "account for", "acct for", "my account", "his account", "her account",
    "their account",
    # another utility's account, named by its service ("water acct W-72590", "cuenta de agua W-18359")
    "Water Account", "Water Acct", "Gas Account", "Gas Acct", "Propane Account", "Propane Acct", "Sewer Account",
    "Sewer Acct", "Refuse Account", "Refuse Acct", "Trash Account", "Trash Acct", "Cuenta de agua", "Cuenta de gas",
    # and in Spanish with the service's everyday word: "basura" for refuse, "drenaje" and "alcantarillado" for sewer
    # ("Cuenta de basura PCE-RS-204518"; not "cuenta de luz": a label's words are no one's name, and Luz is a given name)
    "Cuenta del agua", "Cuenta de basura", "Cuenta de la basura", "Cuenta de alcantarillado", "Cuenta de drenaje",
    "Cuenta eléctrica", "Cuenta electrica",
    # the electric account in Spanish, named by its utility as "PCE Account" is ("mi número de cuenta de PCE es ...")
    "Cuenta de PCE", "Cuenta de SCE", "Cuenta de Edison", "Cuenta de electricidad",
    "Cuenta de servicio", "Cuenta de cliente", "Número de cuenta de servicio",
    # ... and cut short as "Cta" is ("cta. de servicio 0042-118830-01", "cta. de agua W-18359")
    "Cta de servicio", "Cta de cliente", "Cta de agua", "Cta del agua", "Cta de gas", "Cta de basura",
    "Numero de cuenta de servicio", "Número de cliente", "Numero de cliente", "su cuenta", "mi cuenta",
    "ID de cliente", "ID del cliente", "Identificación de cliente", "Identificacion de cliente",
    "Número de premisa", "Numero de premisa", "No. de premisa", "Número de local", "Numero de local",
    # a billing system's (SAP IS-U's) fields in Spanish: the contract account, the business partner, the supply point
    "Cuenta contrato", "Cuenta de contrato", "Interlocutor comercial", "Punto de suministro", "Código de suministro",
    "Codigo de suministro",
    # other billing systems' names for a customer's or a service point's number: Texas' ESI ID, a meter data
    # system's service point, the customer information system's (CIS) number, SAP IS-U's contract account and
    # business partner
    # (a plain "ESI" too, as an outage list writes it: "ESI 10443727350082727")
    "ESI", "ESI ID", "ESI IDs", "ESIID", "ESI #", "ESI No", "ESI Number", "Service Point", "Service Points",
    "Service Point ID", "Service Point No", "Service Point Number", "Service Point #", "SP ID", "SPID",
    "Service Delivery Point", "Contract Account", "Contract Acct", "Business Partner", "Bus. Partner", "Bus Partner", "CIS Account", "CIS Acct",
    # (not "Bill Account": the labels' words are read as no one's name when masking, and Bill is a given name)
    "CIS ID", "CIS No", "CIS #", "CA No", "CA #", "Utility ID", "Utility No",
    # the billing system's other names for the same numbers: a service point's cut short, a billing or customer
    # reference, a service agreement's abbreviation, a meter's badge number (SCE), "A/C" for account
    "Srv Pt ID", "Svc Pt ID", "Service Pt ID", "Billing ID", "Billing No", "Billing Number", "Customer Ref",
    "Customer Reference", "Cust Ref", "Svc Agmt", "Service Agmt", "Svc Agreement", "Serv Agreement", "Serv Agmt",
    "Meter Badge", "Badge #",
    "Badge No", "Location ID", "A/C #", "A/C No", "A/C Number",
    # a prepaid meter's or an automatic payment's enrolment is the customer's account by another name ("Prepaid ID
    # PP-4M-08867", "office_autopay_id: AP-47Z22616"); a one-off payment's or refund's number is no account's
    "Prepaid ID", "Prepaid No", "Prepaid Number", "Prepaid #", "Prepaid Account", "Prepaid Acct", "AutoPay ID",
    "AutoPay No", "AutoPay Number", "AutoPay #", "AutoPay Account", "AutoPay Acct", "Auto Pay ID", "Auto Pay No",
    "Auto Pay #",
    # a prepaid meter's program written "prepay" as often ("Prepay ID PP20448811", "Prepay Acct No.")
    "Prepay ID", "Prepay No", "Prepay Number", "Prepay #", "Prepay Account", "Prepay Acct", "Prepay Account ID",
    "Prepay Acct ID",
    # a home's net energy metering (NEM) interconnection application: the utility's number for that customer's
    # request to connect their solar, filed under their service account ("NEM Application # INT-25-856717",
    # "Interconnection Request No. NEM-8991751"), as a CARE application's number is its household's
    *(f"{kind} {number}" for kind in ("NEM Application", "NEM App", "NEM Interconnection Application",
                                      "Interconnection Application", "Interconnection App", "Interconnection Request")
      for number in ("ID", "No", "Number", "Nbr", "#")),
    # a service location's number, what some utilities bill by ("Location No. 7753.756", "Loc #")
    "Location No", "Location Number", "Location Nbr", "Location #", "Loc No", "Loc ID", "Loc #",
    # an electric co-op bills its members: the member's number is the account ("Co-op member no. DREC-329727-91")
    "Co-op member no", "Co-op member number", "Co-op member #", "Coop member no", "Cooperative member no",
    "Member No", "Member Number", "Member Nbr", "Member #", "Member ID", "Membership No", "Membership Number",
    "Membership #",
    # a meter point's number, which a utility bills the supply by: Europe's "POD" (point of delivery), Britain's MPAN
    # and MPRN, a supply's number ("Supply No. 4471902231", "MPAN 59 0967 6547 550", "POD: LCE001E84268091")
    "POD", "POD ID", "POD No", "POD #", "Point of Delivery", "Meter Point", "Meter Point ID", "Meter Point No",
    "Meter Point Number", "MPAN", "MPRN", "Supply No", "Supply Number", "Supply #", "Supply Point", "Supply Point ID",
    # a member's and a service's numbers cut short as a billing screen or a log abbreviates them ("Mbr No. 06-3643-50",
    # "Mbr# 73811754", "Svc ID 3309145672", "Svc Loc # 571742-269")
    "Mbr No", "Mbr Number", "Mbr Nbr", "Mbr #", "Mbr ID", "Svc ID", "Svc No", "Svc Loc No", "Svc Loc #", "Svc Loc ID",
    # a utility billing (UB) system's account, as its screens and a clerk's log write it ("UB# 12-10387-60", "UB Acct")
    "UB #", "UB No", "UB Acct", "UB Account", "UB ID",
    "Service Loc No", "Service Loc #", "Service Loc ID", "Service Location No", "Service Location #",
    "Service Location ID",
    # a utility billing system's customer-location account, the customer's number and the service location's as one
    # ("Customer/Location 423408-864593", a "Cust-Loc" or "CUST/LOC" column)
    "Customer/Location", "Customer-Location", "Customer/Loc", "Cust/Loc", "Cust-Loc", "Cust/Location",
    "Customer/Location No", "Customer/Location #", "Customer-Location No", "Cust/Loc No", "Cust/Loc #", "Cust-Loc No",
    "Cust-Loc #",
    # a household's enrolment in a utility's assistance or medical program keys its account there ("CARE ID
    # CARE-2024-004812", "Medical Baseline cert # MB-19-00731", "FERA enrollment no. FE-88-10293"), and a payment
    # arrangement's or a collection's number its debt ("Payment plan no. PP25-00183", "Collections ref. C-0917"):
    # each names one customer, as no program's or agency's own number does
    *(f"{program} {kind}" for program in ("CARE", "FERA", "CARE/FERA", "CARE / FERA", "Medical Baseline", "Med Baseline",
                                          "Medical Baseline Allowance")
      for kind in ("ID", "No", "Number", "#", "Enrollment", "Enrolment", "Enrollment ID", "Enrolment ID",
                   "Enrollment No", "Enrolment No", "Enrollment #", "Enrolment #", "Enrollment Number",
                   "Enrolment Number", "Cert", "Cert #", "Cert No", "Certification", "Certification #",
                   "Certification No", "Certification ID", "Application #", "Application No", "Application ID")),
    # (not a bare "Collection No.": a library's or a museum's; "Collections" is the office that chases debts)
    *(f"{debt} {kind}" for debt in ("Payment Plan", "Payment Arrangement", "Pay Plan", "Collections",
                                    "Collection Case", "Collections Case")
      for kind in ("ID", "No", "Number", "#", "Ref", "Reference")),
    # a community choice program's opt-out or enrolment confirmation: the number it gives the one customer whose
    # service it moved ("Opt-out confirmation # 20240904-5556", "CCA Enrollment ID 70-349235"); not a bare
    # "Confirmation No.", any booking's or payment's
    *(f"{kind} {number}" for kind in ("Opt-out", "Opt out", "Optout", "Opt-out confirmation", "Opt out confirmation",
                                      "Opt-out conf", "Opt-out request", "Opt out request", "CCA enrollment",
                                      "CCA enrolment", "CCA opt-out", "CCA opt out")
      for number in ("ID", "No", "Number", "#", "Ref")),
    "Opt-out confirmation", "Opt out confirmation", "Opt-out conf",
    "Plan de pagos", "Plan de pagos #", "Plan de pagos No", "Número de plan de pagos", "Numero de plan de pagos",
    "Caso de cobranza", "Caso de cobranza #", "Cuenta de cobranza", "No. de cobranza",
    # a household's CARE or FERA enrolment in Spanish ("su número de inscripción en CARE es C785264565")
    *(f"{number} {program}" for program in ("inscripción en CARE", "inscripcion en CARE", "inscripción en FERA",
                                            "inscripcion en FERA", "inscripción CARE", "inscripción FERA")
      for number in ("Número de", "Numero de", "No. de", "Núm. de")),
    # a payment arrangement in the words Spanish-language notices use for it ("Número de acuerdo de pago PA-4188-67053",
    # "arreglo de pagos no. ...")
    *(f"{number} {kind}" for kind in ("acuerdo de pago", "acuerdo de pagos", "arreglo de pago", "arreglo de pagos",
                                      "convenio de pago", "convenio de pagos")
      for number in ("Número de", "Numero de", "No. de", "Núm. de")),
    *(f"{kind} {number}" for kind in ("Acuerdo de pago", "Acuerdo de pagos", "Arreglo de pago", "Arreglo de pagos",
                                      "Convenio de pago", "Convenio de pagos")
      for number in ("#", "No", "Núm", "Número", "Numero")),
    # the same labels in the languages of the City's customers ("Số khách hàng", "고객 번호", "电表号码")
    *translations.phrases_for("customer number", "meter number", "service account"))
