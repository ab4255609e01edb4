"""Credential detector (rule 6.5): real secrets found, the many pages that talk about passwords not.

Token-shaped test values are assembled from pieces so that the test file itself holds no string a
secret scanner would stop.
"""
from __future__ import annotations

import base64
import json

import pytest

from crawler.extract import extract
from detectors.credential import CredentialDetector
from detectors.engine import scan_document
from detectors.model import Location, Segment
from detectors.registry import detector_classes
from tests.detector_helpers import findings_for


def _b64(data: dict) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


HEX32 = "0123456789abcdef" * 2
GITHUB = "ghp_" + "A1b2C3d4E5f6G7h8" * 2 + "I9j0"
SLACK = "xoxb-" + "284567890123-1234567890123-" + "AbCdEfGhIjKlMnOpQrStUvWx"
STRIPE = "sk_" + "live_" + "51HxYzAbCdEfGhIjKlMnOpQr"
GOOGLE = "AIza" + "SyB1c2D3e4F5g6H7i8J9k0L1m2N3o4P5q6R"
SENDGRID = "SG." + "aBcDeFgHiJkLmNoPqRsTuV" + "." + "aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789-_aBcDe"
AWS_ID = "AKIA" + "Z7QWERTYUIOPASDF"
JWT = _b64({"alg": "HS256", "typ": "JWT"}) + "." + _b64({"sub": "1234567890", "name": "PCE"}) + ".c2lnbmF0dXJlX2hlcmU"
KEY_BODY = "MIIEpAIBAAKCAQEAvN3bXq2Lr9m\nkR7t0pQwErTyUiOpAsDfGhJkL=="
BASIC = base64.b64encode(b"webadmin:Summer2024!").decode()
MAPBOX = "pk." + _b64({"u": "pomona", "a": "ck123"}) + ".abcdefghijklmnop"


TRUE_CASES = [  # (text or segments, secret, why contains)
    ("Temporary password: Tr0ub4dor&3", "Tr0ub4dor&3", "label 'password:'"),
    ("Password = hunter2", "hunter2", "label 'Password='"),
    ("pwd=S3cret!", "S3cret!", "label 'pwd='"),
    ("Please use passcode 48213 at the front desk", "48213", "passcode after label 'passcode'"),
    ("Voicemail PIN: 4821", "4821", "pin after label 'PIN:'"),
    ("Gate code: 58213", "58213", "label 'Gate code:'"),
    ("login details: user jsmith / pass Summer2024!", "Summer2024!", "label 'pass'"),
    ("<!-- tie-line RTU: user kcoop_ops pass Tie_line!4417 -->", "Tie_line!4417", "label 'pass'"),
    ("The Wi-Fi password is PomonaGuest2024.", "PomonaGuest2024", "label 'password'"),
    ("username: admin password: admin123", "admin123", "label 'password:'"),
    ("Password: welcome", "welcome", "label 'Password:'"),
    ('{"user": "pce_svc", "password": "x7!kLm9q"}', "x7!kLm9q", "label 'password:'"),
    ("DB_HOST=db01\nDB_PASSWORD=pomona\nDB_PORT=5432", "pomona", "key 'DB_PASSWORD'"),
    ("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8Rt2", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq8Rt2",
     "key 'aws_secret_access_key'"),
    ('config = {"apiKey": "f3a9c2e17b"}', "f3a9c2e17b", "key 'apiKey'"),
    ("Contraseña: Pomona2024", "Pomona2024", "label 'Contraseña:'"),
    ("La clave es Energia#2024", "Energia#2024", "label 'clave'"),
    ("Clave de acceso: 58213", "58213", "label 'Clave de acceso:'"),
    ("Sistema de facturación\nClave: Energia2024", "Energia2024", "label 'Clave:'"),
    ("Door code: 4821 (staff only)", "4821", "pin after label 'Door code:'"),
    ("Upload to https://jsmith:s3cr3tpw@ftp.ci.pomona.ca.us/files today", "s3cr3tpw", "password in URL"),
    ("ftp://pce:Energy2024@files.pomonachoiceenergy.org/", "Energy2024", "password in URL"),
    ("-----BEGIN RSA PRIVATE KEY-----\n" + KEY_BODY + "\n-----END RSA PRIVATE KEY-----", KEY_BODY,
     "RSA private key block"),
    ("-----BEGIN OPENSSH PRIVATE KEY-----\n" + KEY_BODY, KEY_BODY, "OPENSSH private key block"),
    ("-----BEGIN PGP PRIVATE KEY BLOCK-----", "-----BEGIN PGP PRIVATE KEY BLOCK-----", "PGP private key block"),
    (f"aws key {AWS_ID} in the notes", AWS_ID, "AWS access key ID"),
    (f"token {GITHUB}", GITHUB, "GitHub token"),
    (f"Slack bot: {SLACK}", SLACK, "Slack token"),
    (f"Stripe {STRIPE}", STRIPE, "Stripe live secret key"),
    (f"SENDGRID {SENDGRID}", SENDGRID, "SendGrid API key"),
    (f"Twilio API key SK{HEX32}", f"SK{HEX32}", "Twilio API key"),
    (f"Authorization: Bearer {JWT}", JWT, "JSON Web Token"),
    ([("Username", "jsmith"), ("Password", "Summer2024!")], "Summer2024!", "field labelled 'Password'"),
    # a real login in a URL on an example host (staging, a vendor's): only stand-in logins make it a sample
    ("Connect with https://admin:s3cr3tP4ss@staging.example.com/", "s3cr3tP4ss", "password in URL"),
    ("sftp://pce_upload:Tigre!326@sftp.billingvendor.example.com/in", "Tigre!326", "password in URL"),
    (Segment("https://svc:Maple2291Q@api.example.com/v1", hidden="link target"), "Maple2291Q", "password in URL"),
    ("postgres://cis_app:Hunter22x@localhost:5432/cis", "Hunter22x", "password in URL"),
    # short labels before ":" or "=" and a value with letters
    ("temp pw: Pomona*46x", "Pomona*46x", "label 'pw:'"),
    ("PW= Jaguar!77", "Jaguar!77", "label 'PW='"),
    ("Login for the kiosk: p/w = Sunset#2024", "Sunset#2024", "label 'p/w='"),
    # a desk note's "pw" with a space only: in lower case, or after a temporary or a new password's word
    ("told him pw reset, temp pw mesquite_bean_48", "mesquite_bean_48", "label 'pw'"),
    ("Temp PW Ocotillo_27 given to cust", "Ocotillo_27", "label 'PW'"),
    ("new pwd Arroyo#77 set at the counter", "Arroyo#77", "label 'pwd'"),
    ("passwd sandia_crest_9 (texted)", "sandia_crest_9", "label 'passwd'"),
    ([("User", "jsmith"), ("PW", "Sunset#2024")], "Sunset#2024", "field labelled 'PW'"),
    ([("Temp Password", "welcome1")], "welcome1", "field labelled 'Temp Password'"),
    ([Segment("<!-- admin password: Pomona2024! -->", Location(line=40), hidden="html comment")],
     "Pomona2024!", "label 'password:'"),
    # a login beside meeting words: a user name is no meeting invitation's
    (["Power on the podium PC and log in.\nUsername: chambersav\nPassword: Dais#Podium2291",
      "Start the Zoom Room and select Council Chambers."], "Dais#Podium2291", "label 'Password:'"),
    (["Zoom Room controller", "Login: zoomadmin", "Password: Zr!Cntrl-88"], "Zr!Cntrl-88", "label 'Password:'"),
    ("Webex host account - username: clerk01, password: Host#2024x", "Host#2024x", "label 'password:'"),
    # user-info in a link's target or any URL, HTTP credentials echoed in a page
    ([Segment("https://stage:Pr3view!2024@staging.pomonaca.gov/", hidden="link target")], "Pr3view!2024",
     "password in URL"),
    ("Files: //deploy:Xq7vR2p9@files.pomonaca.gov/drop", "Xq7vR2p9", "password in URL"),
    ([Segment("https://portal.pomonaca.gov/login?user=admin&password=Summer2024!", hidden="link target")],
     "Summer2024!", "label 'password='"),
    ("Authorization: Basic " + BASIC, BASIC, "HTTP Basic credentials"),
    ("curl -H 'Authorization: Bearer 9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c' https://api.pomonaca.gov/v1",
     "9f8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c", "token in an Authorization header"),
    ("The vendor's integration uses Bearer 4d7Gk2pQ9xZr8LmN3vBt6YcW", "4d7Gk2pQ9xZr8LmN3vBt6YcW", "bearer token"),
    # secrets in a page's inline scripts
    ([Segment('var config = {apiKey: "f3a9c2e17b5d4e6a8c1b", endpoint: "/api/outages"};', hidden="inline script")],
     "f3a9c2e17b5d4e6a8c1b", "key 'apiKey'"),
    ([Segment('const DB_PASSWORD = "Tr0ub4dor&3"; connect(DB_PASSWORD);', hidden="inline script")], "Tr0ub4dor&3",
     "key 'DB_PASSWORD'"),
    ([Segment("var password = 'Summer2024!'; login(user, password);", hidden="inline script")], "Summer2024!",
     "label 'password='"),
    ([Segment(f'AWS.config.update({{accessKeyId: "{AWS_ID}"}});', hidden="inline script")], AWS_ID,
     "AWS access key ID"),
    # a page's structured data (JSON-LD) or state: a string value lifted out of it is text, not code
    ([Segment("billing portal password: Heron#5820Lk", label="description", hidden="inline script")],
     "Heron#5820Lk", "label"),
    # a script file of the site's, read as an inline script is
    ([Segment('var kiosk = {user: "kiosk01"}; var kioskPassword = "Kiosk$1096";', hidden="script file")],
     "Kiosk$1096", "key 'kioskPassword'"),
    # a sentence that says what the password is, the value strong enough to be one
    ("The password for the billing portal login pce_admin is Sunset#2024.", "Sunset#2024", "label 'password ... is'"),
    ("The passcode for the IVR admin console is P@ssw0rd-cis7 until rotation.", "P@ssw0rd-cis7",
     "label 'passcode ... is'"),
    # a config's password key cut short to "PASS" after the system it opens
    ("DB_HOST=cis-db01\nDB_PASS=cis_1326Bz", "cis_1326Bz", "key 'DB_PASS'"),
    # a label qualified by a few words before its ":" or "="
    ("Contraseña del portal de facturación: kXtBgA#zV6LL", "kXtBgA#zV6LL", "label 'Contraseña ...:'"),
    ("Password for the CIS test login = Pce!2025test", "Pce!2025test", "label 'Password ...:'"),
    # a form's input named as a password's, with no <label> (the extractor gives the input's name)
    ([Segment("B3BD6k#Tas", label="pw", hidden="form value")], "B3BD6k#Tas", "form input 'pw'"),
    ([Segment("Winter2025", label="login[user_pass]", hidden="hidden input")], "Winter2025", "form input"),
    # a user name and a password as a pair after a word naming a login
    ("The shared CIS service account is svc_cisload / Solar2025$ until IT rotates it.", "Solar2025$",
     "after a user name and a slash"),
    ("Temp login for the kiosk: kiosk01 / Pomona#77.", "Pomona#77", "after a user name and a slash"),
    ("The vendor portal login is fin_clerk / Q4t%Lmzr(8Pe until accounts are issued.", "Q4t%Lmzr(8Pe",
     "after a user name and a slash"),  # a parenthesis inside a password is no function call
    # passwords told in prose, with no "Password:" label
    ("The Edison data exchange pw is Alder2023$ (user pce_ops).", "Alder2023$", "label 'pw'"),
    ("Customer Dana Whitlock was locked out; her password was reset to Cedar1988! and she must change it.",
     "Cedar1988!", "label 'password ... to'"),
    ("Rep reset the customer's temp password to Tulip88# over the phone.", "Tulip88#", "label 'password ... to'"),
    ("NOTE: shared mailbox password changed to Sandhill#Crane26 - do not share.", "Sandhill#Crane26",
     "label 'password ... to'"),
    ("Guest wireless in the annex is CH-Annex, key Vb7rQ2mKx9.", "Vb7rQ2mKx9", "Wi-Fi network's key"),
    # a password reset told beside a published meeting passcode is still somebody's password
    ("Reminder: the Zoom passcode for the public workshop is 663108. Customer Dana Whitlock was locked out; her "
     "password was reset to Cedar1988! today.", "Cedar1988!", "label 'password ... to'"),
]


@pytest.mark.parametrize("text, secret, why", TRUE_CASES)
def test_finds_credentials(text, secret, why):
    findings = findings_for(CredentialDetector, text)
    assert [f.value for f in findings] == [secret]
    finding = findings[0]
    assert why in finding.why
    assert finding.category == "credential" and finding.rule == "PCE-01 6.5"
    assert finding.masked == "********"
    for shown in (finding.masked, finding.context, finding.why):
        assert secret not in shown and secret.split("\n")[0] not in shown


HARD_NEGATIVES = [
    # a vendor's library among the site's script files: a syntax highlighter's keyword list, an editor's code
    [Segment("keywords: 'parse partial partition pascal passing password password_grace_time password_lock_time'",
             hidden="script file")],
    [Segment("this.$row=e,this.$rowTokens=this.$session.getTokens(this.$row),this.$tokenIndex=this.$rowTokens.length-1"
             "}return this.session.tokenRe.lastIndex=0;var n=1", hidden="script file")],
    # a policy's change is no password's
    "Password changed to 12 characters minimum; passwords updated to meet the new policy.",
    # an FAQ's question ("Password reset?") is no password
    "Password reset? Use the Forgot password link; staff will never ask for your password.",
    "Password expired! Call the help desk to set a new one.",
    # what technical pages on a city site say around the words: env vars, code, prose and verbs
    "PWD: '/Users/maciej'",
    '"PWD": "/home/nodeuser/project/node",',
    "const aliceSecret = alice.computeSecret(bobKey);",
    "Fix regression where passing an empty password and/or salt would cause a fatal error",
    "async_wrap: allow user to pass execution_async_id (Trevor Norris)",
    "Forgot password?",
    "Reset your password",
    "Password Reset",
    "Password Protected",
    "This PDF is password-protected.",
    "Password requirements: at least 8 characters",
    "Password: must be at least 8 characters",
    "Password: 8-16 characters",
    "Password: (case sensitive)",
    "Password: Enter the password you received by email",
    "password: see your welcome letter",
    "Password must contain 1 uppercase letter and 1 number.",
    "Your password is case sensitive.",
    "Your password is required.",
    "The password field is required.",
    "Passwords: must be changed every 90 days",
    "Password:",
    "Password:\nLog In",
    "Password: Submit",
    "Password: Welcome",
    "Password: ********",
    "Password: ••••••",
    "password: xxxxx",
    "password: changeme",
    "Password: <password>",
    "Password: [password]",
    "password: {{password}}",
    "DB_PASSWORD=${PASSWORD}",
    "set PASSWORD=%PASSWORD%",
    "Password: N/A",
    "Password: none",
    "Password: same as above",
    "Password: example",
    "password: secret",
    "password: password",
    "Password: your password",
    "Password: YourLastName1234",
    "Example of a strong password: Tr0ub4dor&3",
    "Enter your PIN (e.g. 1234)",
    "PIN: 1234",
    "PIN: 12",
    "PIN: ____",
    '<input type="password" name="pwd" value="">',
    "Secretary: Maria Lopez",
    "csrf_token=a8f3c2e17b9d",
    "token_type: bearer",
    "password_hint: favourite4pet",
    "Bus pass 2024 on sale",
    "Each user jsmith2 pass through the gate B4 noon.",
    "The user Maria pass rate was 98%.",
    "Senior pass: Pass2024",
    "Palabra clave: Pomona2024",
    "Olvidó su contraseña?",
    "La contraseña debe tener al menos 8 caracteres.",
    "mailto:jsmith@ci.pomona.ca.us",
    "https://jsmith@files.ci.pomona.ca.us/",
    "https://jsmith:@files.ci.pomona.ca.us/",
    "https://user:password@example.com/path",
    "https://www.pomonachoiceenergy.org:8443/rates",
    "Meeting ID: 812 3456 7890 Passcode: 123456",
    "Join: https://us02web.zoom.us/j/81234567890?pwd=aBcD1234xyz",
    "Webinar Passcode: PCE2024",
    "Meeting number (access code): 2481 123 4567\nMeeting password: PlanCom24 (Webex)",
    ["Join Zoom Meeting", "Meeting ID: 812 3456 7890", "Password: 483920"],
    "ID de reunión: 812 3456 7890 Código de acceso: 654321",
    "Public comment by phone: call-in number (888) 808-6929, Access code: 8943512",
    "Información clave: energia2024",
    [("Zoom Passcode", "483920")],
    [("PIN", "1234")],
    ["Join Zoom Meeting", "https://us02web.zoom.us/j/81234567890", "Meeting ID: 812 3456 7890",
     "Passcode: 483920"],
    ["Username:", "Password:", "Forgot password?", "Log In"],
    [("Password", "")],
    [("Password", "Reset")],
    [("Password Reset Date", "03/04/2024")],
    [Segment("", hidden="hidden input", label="password")],
    "AKIAIOSFODNN7EXAMPLE",
    "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----",
    "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUF\n-----END CERTIFICATE-----",
    "pk_" + "live_" + "51HxYzAbCdEfGhIjKlMnOpQr",
    "sk_" + "test_" + "51HxYzAbCdEfGhIjKlMnOpQr",
    "eyJub3RqdXN0.eyJhbm90aGVy.c2lnbmF0dXJl",
    _b64({"alg": "none"}) + "." + _b64({"sub": "1"}) + ".c2lnbmF0dXJlX2hlcmU",
    f"Account SID AC{HEX32}",
    f"Reference SK{HEX32}",
    # URLs and HTTP talk without a secret
    "//cdn.pomonaca.gov/js/site.js",
    "Authorization: Bearer <token>",
    "Authorization: Bearer YOUR_ACCESS_TOKEN",
    "Authorization: Basic " + base64.b64encode(b"username:password").decode(),
    "Bearer authentication is described in RFC 6750.",
    "Send the bearer token in the Authorization header.",
    [Segment("https://us06web.zoom.us/j/84512378901?pwd=bWx0UkVxQ1pVUjNCcUdLZkJ6Zz09", hidden="link target")],
    # browser keys and per-visitor tokens in a public page's own scripts and links
    [Segment(f"https://maps.googleapis.com/maps/api/js?key={GOOGLE}&callback=initMap", hidden="link target")],
    [Segment(f'function initMap() {{ new google.maps.Map(el, {{zoom: 12}}); }} var apiKey = "{GOOGLE}";',
             hidden="inline script")],
    [Segment(f'const firebaseConfig = {{apiKey: "{GOOGLE}", authDomain: "pomona-311.firebaseapp.com"}};',
             hidden="inline script")],
    [Segment(f"mapboxgl.accessToken = '{MAPBOX}';", hidden="inline script")],
    # structured data that talks about passwords, and an expression in a script's code
    [Segment("Reset your password: use at least 8 characters", label="description", hidden="inline script")],
    [Segment("var login = {password: form.passwordField.value};", hidden="inline script")],
    [Segment('esriConfig.apiKey = "AAPK3f9a2c1e7b5d4e6a8c1b0d2e4f6a8c";', hidden="inline script")],
    [Segment('L.tileLayer(url, {attribution: "OSM", accessToken: "x7Hq2Lp9Zk4Rm8Tv"}).addTo(map);',
             hidden="inline script")],
    [Segment('jQuery.extend(Drupal.settings, {"basePath": "/", "ajaxPageState": {"theme": "city", '
             '"theme_token": "kX3v9QpLm2Rt7YwZ1aBcD4eFgH5iJ6kL"}});', hidden="inline script")],
    [Segment('var wpApiSettings = {"root": "https://www.pomonaca.gov/wp-json/", "nonce": "a1b2c3d4e5"};',
             hidden="inline script")],
    [Segment("grecaptcha.render('captcha', {'sitekey': '6LcA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8S'});",
             hidden="inline script")],
    [Segment("var cfg = {apiKey: window.APP.apiKey, token: getToken(), password: form.password.value};",
             hidden="inline script")],
    [Segment("gtag('config', 'G-8XK2M4PQ7T'); fbq('init', '812345678901234');", hidden="inline script")],
    # a qualified label before instructions, buttons and rules
    "Password requirements: at least 8 characters",
    "Password reset instructions: Click here",
    "Contraseña del portal: Enviar",
    "Password for the portal: see the IT help desk",
    # form inputs of other names, and an empty password input
    [Segment("X1234567", label="passport_no", hidden="form value")],
    [Segment("12kW", label="pwr_kw", hidden="form value")],
    [Segment("", label="pw", hidden="form value")],
    [Segment("Enter password", label="pw_hint", hidden="form value")],
    # slashes after an account word: date ranges, fractions, paths, URLs, a rate plan, a ledger string
    "The account covers 1/2/2024 / 3/4/2024 and the fraction 3 / 4 of the bill",
    "Account transfers: see /var/log / Summer2024",
    "Log in to your account at sce.com / myaccount2024",
    "Your account is domestic / TOU-D-4-9PM",
    "The account was moved from Fund 101 / Dept4310 last year.",
    "Account type: Residential / CARE2024",
    "Login page: https://myaccount.sce.com / https://pce.example.org/portal2",
    # documentation's stand-in logins on an example host
    "https://user:s3cret99@example.com/path",
    "ftp://alice:secret1@ftp.example.org/",
    "postgres://username:password@localhost/db",
    "https://deploy:hunter@staging.example.com/",
    # "PW" as a unit, a part number, an abbreviation's figure
    "Order 50 PW panels, part PW-2024.",
    "Install 12 PW: 4 units per pole",
    "Pump station 3, PW: 1500",
    "PW 2024 annual report",
    # "PW" in capitals is Public Works'; a bare word after a note's "pw" is what was done, not the password
    "PW Director Dan Ruiz; PW Dept. 2026-14",
    "PW A12 pump station rebuilt",
    "array output 50 pW at 12 kW",
    "pw reset done, she will call back",
    "see pw 2026 plan",
    [("PW", "1200")],
    # what a password is like, not what it is
    "The password for the Wi-Fi is posted at the front desk.",
    "The password for your account is case-sensitive.",
    # a bus or a season pass is no password
    "BUS_PASS=available\nSEASON_PASS=$45",
    # password policy and help, not a password: "reset to", "changed to", "pw is" followed by no secret
    "Passwords must be 12 characters. Set your password to at least 12 characters; it must be changed to a new "
    "one every 90 days.",
    "Password reset to 2FA-enabled accounts begins June 1.",
    "Staff reset all portal passwords to meet PCE-01 6.5. Reset your password to regain access to My Account v2.",
    "Forgot your password? Reset your password at https://myaccount.example.org/reset.",
    "The default pw is printed on the badge.",
    # a published meeting's passcode, a product key, keys that are no network's
    "Join the Zoom webinar: Meeting ID 845 1120 3377, the password is Council2025.",
    "Join the Zoom webinar: Meeting ID 845 1120 3377. The Zoom webinar password has been changed to Workshop25.",
    "Enter the product key 7HJ2K-M3XQ9-PQ84R-T6WYB-2CJ4D in the license dialog.",
    "The wireless coverage map key shows signal in blue. The Wi-Fi network key changes monthly.",
    "Call computeSecret(bobKey) and pass the key to the form; user admin / pass(x) for docs.",
]


@pytest.mark.parametrize("text", HARD_NEGATIVES)
def test_ignores_talk_about_passwords(text):
    assert findings_for(CredentialDetector, text) == []


def test_a_password_in_a_pages_json_ld_description():
    html = ('<html><head><script type="application/ld+json">{"@type": "Person", "name": "Opal Reyna", '
            '"description": "portal password: Heron#5820Lk"}</script></head><body><p>Stories</p></body></html>')
    found = scan_document(extract("page.html", html.encode()), [CredentialDetector()])
    assert [f.value for f in found] == ["Heron#5820Lk"]


def test_label_and_url_host_stay_readable_and_the_url_user_is_masked():
    [labelled] = findings_for(CredentialDetector, "Network: PCE-Guest Password: Library2024")
    assert labelled.context == "Network: PCE-Guest Password: ********"
    assert labelled.key == "Library2024"
    [url] = findings_for(CredentialDetector, "see ftp://pce:Energy2024@files.pomonachoiceenergy.org/")
    assert "ftp://p**:********@files.pomonachoiceenergy.org/" in url.context


def test_private_key_context_shows_no_key_material():
    text = "-----BEGIN EC PRIVATE KEY-----\n" + KEY_BODY + "\n-----END EC PRIVATE KEY-----"
    [finding] = findings_for(CredentialDetector, text)
    assert finding.context == "-----BEGIN EC PRIVATE KEY----- ******** -----END EC PRIVATE KEY-----"
    assert finding.key == "".join(KEY_BODY.split())


def test_hidden_segment_location_is_reported():
    [finding] = findings_for(CredentialDetector, [Segment("<!-- ftp user ftpuser pass: S3rv1ce! -->",
                                                          hidden="html comment")])
    assert finding.hidden == "html comment"


def test_google_key_is_medium():
    [finding] = findings_for(CredentialDetector, f"maps key={GOOGLE}")
    assert finding.severity == "medium" and finding.why == "Google API key"


@pytest.mark.parametrize("options, text, found", [
    ({"meeting_words": []}, "Meeting ID: 812 3456 7890 Passcode: 483920", ["483920"]),
    ({"meeting_words": ["bluejeans"]}, "BlueJeans Passcode: 123456", []),
    ({"placeholders": ["Pomona2024"]}, "Password: pomona2024", []),
    ({"placeholders": "Pomona2024"}, "Password: Summer2024", ["Summer2024"]),
    ({"min_length": 8}, "Password = hunter2", []),
    ({"min_length": 8}, "PIN: 4821", ["4821"]),
    ({"min_length": 8}, "Passcode: 48213", []),
])
def test_options(options, text, found):
    assert [f.value for f in findings_for(CredentialDetector, text, options)] == found


def test_registered_with_the_policy_rule():
    assert CredentialDetector in detector_classes()
    assert (CredentialDetector.category, CredentialDetector.severity, CredentialDetector.rule) == \
        ("credential", "high", "PCE-01 6.5")


@pytest.mark.parametrize("name, body, found", [
    # a log line's key=value password with its message going on after it
    ("app.log", b"2026-04-02 11:20:03,118 ERROR [pool-2] c.m.ldap.Bind - bind failed for user=svc_mdm2 "
                b"password=Harbor!77qz retrying in 30s\n", ["Harbor!77qz"]),
    # an INI section's "pass=" under its "user=" line
    ("sync.ini", b"[sftp]\nhost=sftp.utility.local\nuser=readsync\npass=Juniper$88KLM\n", ["Juniper$88KLM"]),
    # a "pass" or a password field that holds no secret
    ("grades.ini", b"[inspection]\nuser=Inspector Ruiz\npass=yes\n", []),
    ("policy.ini", b"[policy]\npassword=reset required quarterly\nmin_length=12\n", []),
    ("bus.ini", b"[transit]\nroute=12\npass=Monthly\n", []),
])
def test_key_value_files(name, body, found):
    findings = scan_document(extract(name, body), [CredentialDetector()])
    assert [f.value for f in findings] == found


# --- a marked label ending a quoted line labels the quoted line below it ---------------------------------------------

_REPLY_HEAD = ["From: Marisol Ekwueme <m.ekwueme@example.net>", "Subject: RE: locked out of the bill-pay portal", "",
               "Thank you, that worked.", "", "> On Friday, Customer Care wrote:"]


@pytest.mark.parametrize("quoted, value", [
    (["> Your new portal password:", "> Orchid-4471", "> Please change it after you sign in."], "Orchid-4471"),
    (["> > Temporary password =", "> > Vk9#tq2Lm"], "Vk9#tq2Lm"),
])
def test_a_marked_label_quoted_in_a_reply_labels_the_quoted_value_below(quoted, value):
    found = findings_for(CredentialDetector, _REPLY_HEAD + quoted)  # a line a segment, as a text file reads
    assert [f.value for f in found] == [value]


@pytest.mark.parametrize("quoted", [
    ["> Password:", "> (leave blank to keep your current one)"],
    ["> Password:", "> Must be at least 12 characters."],
    ["> Your password:", "> ********"],
])
def test_a_quoted_label_over_a_help_text_or_a_mask_is_no_password(quoted):
    assert findings_for(CredentialDetector, _REPLY_HEAD + quoted) == []
