"""Passwords, private keys and API tokens published on the site (PCE-01 rule 6.5).

A city site talks about passwords all the time ("Forgot password?", "Password: at least 8 characters",
login forms), so a value counts only where its shape says it is a secret:

- Private key blocks (``-----BEGIN ... PRIVATE KEY-----``) and tokens with a fixed prefix and shape:
  AWS access key IDs, GitHub, Slack, Stripe live secret/restricted, SendGrid, Twilio (beside "Twilio"),
  JWTs whose header decodes to JSON with a signing "alg". Google API keys (AIza...) are medium: most on a
  city site are Maps browser keys that are public by design, but a reviewer should check their restrictions.
- A password in a URL (``https://user:secret@host``, ``//user:secret@host``, ``sftp://``, ``postgres://``),
  wherever the URL is: page text, a link's target or any attribute (extraction hands link targets over as hidden
  segments). On an example host (example.com, localhost) only documentation's stand-in logins ("user:pass",
  "alice:secret1") or a password of letters alone make it a sample: staff put real logins in such URLs too.
- HTTP credentials echoed in a page: the value of ``Authorization: Basic ...`` (when it decodes to a
  user and a password that is no placeholder) and of ``Authorization: Bearer ...``, and a bearer token
  anywhere ("Bearer 9f8a...": 16 or more token characters with letters and digits).
- A value after a password label (password, passwd, pwd, passphrase, passcode, contraseña, clave, "pass"
  after a user name, "pw" and "p/w" before ":" or "=" and a value with letters, never a unit "50 PW" or a part
  "PW-2024"; a desk note's "pw" with a space only, in lower case or as "temp PW", before a value mixing letters
  with digits or symbols ("temp pw chile_verde_12"), never Public Works' "PW Director"; PIN/NIP, door/gate/alarm/lockbox code), after a config key such as ``DB_PASSWORD``,
  ``"apiKey":``, ``access_token=``, a system's or a login's password cut short (``smtp_pass:``, ``auth_pass =``) or PHP's ``define('DB_PASS', ...)`` (or a key in capitals ending in a password cut short, ``STAGING_PASS``, ``SFTP_PW``,
  before eight characters or more mixing letters with digits or symbols; such a key in capitals, ``DB_PASSWORD`` too, before
  its value after spaces alone, as a config dump writes it: ``DB_USER avcp_web DB_PASSWORD Citrus*6886x``, the value then
  holding a digit or a symbol), or in a field whose name is such a label (a "Password" column). A label may
  be qualified by a few words before its ":" or "=" ("Contraseña del portal de facturación: ..."); a form's input
  named as a password's ("pw", "user_pass") holds one whatever its <label>.
- A password told in a sentence, with no label's ":" ("The SCE data portal pw is Holt2024#", "her password was
  reset to Moon1995!", "reset his password to Tulip88#"), and a Wi-Fi network's key ("Wifi for the lobby is
  PomonaGuest, key SJ1x3FuDWt": "key" counts only after a network word in the sentence, never a product's). These
  words are weak, so the value must mix letters with digits or symbols. A sentence's label ending its line ("... uses
  the password" / "Pelican*7612x, which ...") gives the value opening the next line when its shape alone says it is one
  (as below), and no rule's or example's words stand before the label ("Choose a strong password", "for example").
- A password with no label, its shape alone telling it (upper and lower case, a digit and a symbol, eight characters
  or more): set to it ("Copier web admin was reset to: Adm!n-Laserjet5"), or a login given with its user in brackets
  ("Outage map readonly login Cit1zen#Grid (user map_ro)"); never "reset to factory defaults", a model's or a
  product's code, a hashtag.
- A user name and a password written as a pair after a word naming a login ("the CIS service account is
  svc_cisload / Solar2025$") or a machine's or a system's name and a colon ("MDM workstation: mdm_ops / Lark2024"):
  the name in lower case or holding "_", "." or a digit, not a domain; the password
  with digits among letters and a lower-case letter or a symbol (not a rate's code, a date range or a path).

The heuristic for labelled values: the value is one token of at least ``min_length`` characters that is
not a placeholder (``changeme``, ``<password>``, ``********``, ``${PASSWORD}``, ``N/A`` ...), not markup,
a link or an email address, and not followed by "characters"/"digits". Letters mixed with digits or
symbols (or a camel-case hump) count after any separator (":", "=", "is", a space); a bare word counts
only after ":" or "=" on the same line with nothing else on it, and in prose only in lower case
("Password: welcome", not "Password: Submit" nor "Password: enter the one we sent"); digits alone count
as PINs and door codes (4-8), passcodes (4-12) and passwords after ":" or "=" (4-12), but not as a
sequence (1234, 0000) nor after an example cue ("e.g.", "Example of a strong password:").
Plural labels ("Passwords:") introduce rules, not values, and are skipped.

Public meeting details are not findings: an agenda publishes a Zoom/Teams/Webex passcode on purpose so
the public can attend, so a labelled value near ``meeting_words`` (in the segment or the segments just
around it, which is where a PDF's line-per-segment join block puts them) is skipped, unless a user name
stands on its line or the line above ("Username: chambersav / Password: ..."): that is a login, and no
meeting invitation has one. Config keys, URLs, keys and tokens are reported even there. A guest Wi-Fi
password is reported: the policy has no exception for it and a reviewer can dismiss it.

Inline ``<script>`` text is code: there a labelled or keyed value counts only as a string literal
(``password = "..."``, ``apiKey: "..."``), not as an expression (``apiKey: cfg.apiKey``). Keys made to be
shipped to browsers are public by design and no findings in a page's own scripts and link targets: Google
API keys (Maps, Firebase), Mapbox ``pk.`` and Stripe ``pk_`` keys, ArcGIS keys, reCAPTCHA site keys, and
any key of a script or URL that serves maps, analytics, captchas, search or embeds; a key whose name calls it a
secret ("STATUS_API_SECRET") is none of these. In page text and
documents a Google API key is still medium, for a reviewer to check its restrictions.

Every finding covers the secret alone, so the label, the URL's host and a key's BEGIN/END lines
stay readable in the context while the secret shows as ``********``. A key block's span is its body
(the header line when the body is in another segment), since a span of the header alone would let the
context print the first characters of the key.

Options (``[detectors.credential]``):
  placeholders   extra values that are never secrets, compared case-insensitively (added to the
                 built-in list: changeme, password, secret, example, none, n/a, same, redacted ...)
  min_length     shortest password, passcode or key value that counts (default 4); PINs and door
                 codes are always 4-8 digits
  meeting_words  phrases that mark public meeting join details, replacing the default (zoom, webex,
                 webinar, microsoft teams, teams meeting, gotomeeting, meeting id, webinar id, dial, call-in,
                 call in, conference call, conference line, audio conference, teleconference, id de reunión,
                 reunión de zoom); an empty list reports their passcodes too
"""
from __future__ import annotations

import base64
import binascii
import json
import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import lru_cache
from itertools import accumulate

from .base import Detector, as_list, line_text_start
from .labels import is_example
from .login_lines import HINTS as LOGIN_LINE_HINTS, ftp_script_password, login_lines
from .masking import mask_secret
from .model import CODE_SEGMENTS, Document, Finding, Record, Segment

PLACEHOLDERS = {
    "changeme", "change_me", "password", "passwd", "pwd", "pass", "passcode", "passphrase", "pin",
    "contraseña", "contrasena", "clave", "secret", "example", "sample", "test", "demo", "dummy", "none",
    "n/a", "na", "null", "nil", "empty", "blank", "tbd", "tba", "same", "redacted", "removed", "hidden",
    "masked", "private", "confidential", "your", "yours", "required", "optional", "reset", "protected",
    "expired", "changed", "forgot", "forgotten", "incorrect", "invalid", "unknown", "login", "ninguna",
    "ninguno", "requerida", "requerido", "obligatorio", "opcional", "oculta", "submit", "signin", "enter",
    "show", "hide", "remember", "cancel", "continue", "change", "update", "save", "help", "here", "below",
    "above", "requirements", "policy", "enviar", "entrar", "ingresar", "mostrar", "ocultar", "cambiar",
    # a setting's switch (<add key="RequirePassword" value="true"/>), never its secret
    "true", "false", "enabled", "disabled",
}
# parts of a value that show it is a template or a redaction, not a secret
_PLACEHOLDER_PARTS = re.compile(
    r"example|changeme|placeholder|your|sample|dummy|lastname|firstname|redacted|mmdd|ddmm|yyyy"
    r"|\*\*\*|•••|●●●|xxx|___|\.\.\.|^[<\[{(]|^\$\{|^\$[A-Z_]+$|^%\w+%$|\{\{|=|<|>|://"
    r"|^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$", re.IGNORECASE)
MEETING_WORDS = ["zoom", "webex", "webinar", "microsoft teams", "teams meeting", "gotomeeting", "meeting id",
                 "webinar id", "dial", "call-in", "call in", "conference call", "conference line",
                 "audio conference", "teleconference", "id de reunión", "reunión de zoom"]

# "password" in the languages of translations.py: a Chinese note's "密碼：" or "新密码：", "비밀번호", "mật khẩu",
# "пароль", "mot de passe", "senha", "գաղտնաբառ", "رمز عبور", "كلمة المرور", "パスワード"
_FOREIGN_PASSWORD = (r"(?:新|临时|臨時)?(?:密码|密碼)|(?:새\s?)?비밀번호|mật khẩu(?: mới)?|пароль|mot de passe|senha|"
                     r"գաղտնաբառ(?:ը)?|رمز عبور|گذرواژه|كلمة (?:المرور|السر)|パスワード")
_PIN = r"(?-i:PIN|NIP)(?:\s+(?:number|code|n[úu]mero))?|(?:door|gate|alarm|lock\s*box|keypad)\s+code"
# Chinese, Korean and Japanese run a label into the words around it: "重設後新密碼：..."
# a value typed or tried as the password, said before its label ("i typed Mango#4380 as the password", "I entered
# Heron-22 as my new password"): weak words, so its shape must say it (``_shaped``)
_TYPED_AS = re.compile(r"(?i)\b(?:typed|entered|used|tried|put[ \t]+in|chose|picked)[ \t]+[\"'\u201c]?"
                       r"(?P<value>[^\s\"'\u201d]{4,64}?)[\"'\u201d]?[ \t]+as[ \t]+(?:(?:the|my|our|his|her|their|a)[ \t]+)?"
                       r"(?:(?:new|current|old)[ \t]+)?(?:pass\s*word|passcode|pin|pw)\b")
_CJK = r"[\u3400-\u9fff\uac00-\ud7af\u30a0-\u30ff]"
# a meeting host's own key or PIN, which reclaims or starts the host's role (Zoom's "Host key", Webex's "Host PIN",
# a conference line's "Moderator/Leader/Chairperson PIN"): a credential even beside the public's passcode and dial-ins
_HOST_KEY = (r"(?:host|co-?host|moderator|leader|chair(?:person)?|organi[sz]er)(?:['\u2019]s)?\s+"
             r"(?:key|pin|code|pass\s*code|access\s+code|password)")
_LABEL = re.compile(
    rf"(?:(?<![\w.-])|(?={_CJK}))(?:(?P<host_key>{_HOST_KEY})"
    rf"|(?P<password>pass\s*word|passwd|pwd|passphrase|contrase[ñn]a"
    rf"|clave(?:\s+de\s+acceso|\s+secreta)?|{_FOREIGN_PASSWORD})"
    r"|(?P<passcode>pass\s*code|access\s+code|c[óo]digo\s+de\s+acceso)"
    rf"|(?P<pin>{_PIN})|(?P<pass>pass)|(?P<pw>pw|p/w))(?:(?![\w-])|(?<={_CJK}))", re.IGNORECASE)
_SHORT_LABEL_VALUE = re.compile(r"(?:[ \t]*[:=]|[ \t]+(?:is|was)[ \t])[ \t]*[\"']?(\S*)")
# a desk note's "pw" before its value with no ":" ("told her pw reset, temp pw chile_verde_12"): the abbreviation in
# lower case, or after a word of a temporary or a new password in any case ("Temp PW Mesa_41"); "PW" in capitals alone
# is Public Works' ("PW Director", "PW Dept. 2026-14") and after a figure a unit's ("50 pW")
_MARK = re.compile(r"[ \t]*[:=][ \t]*")
_NEW_PW_BEFORE = re.compile(r"(?i)\b(?:temp|tmp|temporary|new|initial|default)[ \t]+$")
_FIGURE_BEFORE = re.compile(r"\d[ \t]?$")
_LETTER_IN = re.compile(r"[^\W\d_]")
# a label's note in brackets before its mark: "Online bill pay password (optional): ..."; not one saying the value is a
# sample ("Password (example)", "(e.g.)")
_NOTE = r"[ \t]*\((?![ \t]*(?:e\.?\s?g\b|ex\b|examples?|samples?|ejemplo|muestra))[^\W\d][^()\n\d]{0,24}\)"
_SEPARATOR = re.compile(r"[\"']?(?:(?:" + _NOTE + r")?[ \t]*(?:=>|[:=\uff1a])\s*|[ \t]+(?:is|was|es|era)[ \t]+|[ \t]+)")
_USER_BEFORE = re.compile(r"(?<!\w)(?:user(?:\s*name|\s*id)?|login|usuario)(?!\w)[^\n]{0,60}$", re.IGNORECASE)
# a user name on the same line as a password label or on the line above it: a login, not a meeting's passcode
_LOGIN_BEFORE = re.compile(r"(?<![\w-])(?:user\s*(?:name|id)?|log\s*-?in|usuario|admin(?:istrator)?(?:\s+account)?)"
                           r"\s*[:=][ \t]*\S+[^\n]*\n?[ \t]*$", re.IGNORECASE)
# ... or written after the word with no mark, parted from a password's label by a comma or a slash ("use login ccadmin
# / pw: ...", "username lce_billing, password ..."): a login's, not a meeting's passcode, which is no password's label
_LOGIN_NAMED_BEFORE = re.compile(r"(?i)(?<![\w-])(?:user\s*(?:name|id)|log\s*-?in)[ \t]+[\w.@+-]*\w[ \t]*[,/][ \t]*$")
# a meeting host's account on the line above a "Password:" ("Host account: clerk.av@..." / "Password: ..."): the login
# that starts the meeting, not the public's passcode, which no account stands over
_HOST_LOGIN_BEFORE = re.compile(r"(?i)(?<![\w-])(?:host|moderator|organi[sz]er|zoom|webex|teams)\s+"
                                r"(?:account|log\s*-?in|user(?:\s*name)?|e-?mail|sign[\s-]?in)"
                                r"\s*[:=][ \t]*\S+[^\n]*\n?[ \t]*$")
# a login written as a pair, its mailbox or user name and a slash right before the password's label
# ("zoom.clerk@city.gov / pw ...", "av_host / password: ..."): somebody's sign-in, though a meeting's words surround it
_LOGIN_PAIR_BEFORE = re.compile(r"(?i)(?<![\w.@+-])(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|[a-z][\w-]*[_.@][\w.-]*\w)"
                                r"[ \t]*/[ \t]*$")
_NOT_CLAVE = re.compile(r"(?<!\w)(?!(?:la|su|tu|mi|de|nueva|una)[ \t]+$)[^\W\d_]+[ \t]+$",  # "palabra clave"
                        re.IGNORECASE)
_UNIT_AFTER = re.compile(r"\s*(?:characters?|chars?|digits?|letters?|numbers?|symbols?|caracteres|d[íi]gitos"
                         r"|letras|n[úu]meros)\b", re.IGNORECASE)
_TOKEN = re.compile(r"[^\s（）「」，。；、]+")  # a value ends at a full-width bracket or comma: "Lin@55pw（勿外傳）"
# a field named as a user name's: the line above a config's "pass=" line
# a column of a login's in a table's row: its user name, account, mailbox or sign-in (a "Host" column alone names the
# body that holds the meeting)
_LOGIN_COLUMN = re.compile(r"(?i)(?<![^\W_])(?:user|login|log[\s-]in|sign[\s-]?in|account|e-?mail|admin)")
_LOGIN_FIELD = re.compile(r"(?i)user(?:[\s_-]*(?:name|id))?|username|login|usuario|uid")
# "pass" as a verb ("allow the user to pass the id") is no label: a label is followed by ":" or "=", or
# stands between a user name and the value after a slash ("user jsmith / pass Summer2024!")
# (a quoted key's closing quote before its mark: a PHP array's "'user' => '...', 'pass' => '...'")
_PASS_AS_LABEL = re.compile(r"[\"']?\s*[:=]|(?<=/ pass)|(?<=/pass)", re.IGNORECASE)
# ... or right after a login's name (one with "_", ".", "@" or a digit, not "user to pass"), with no mark: a note's
# "RTU login: user plec_ops pass PLEC_tie!9931"
_USER_NAME_RIGHT_BEFORE = re.compile(r"(?i)(?<!\w)(?:user(?:\s*name|\s*id)?|login|usuario)\s*[:=]?\s*"
                                     r"[\w-]*[_.@\d][\w.@-]*[,;]?\s+$")
# ... or a login's name of letters alone ("upload: user santaliria pass Mailer#4411x") where the value after it has a
# password's shape (``_shaped``): "allow the user to pass the id" passes nothing of that shape
_USER_WORD_RIGHT_BEFORE = re.compile(r"(?i)(?<!\w)(?:user(?:\s*name|\s*id)?|login|usuario)\s*[:=]?\s*"
                                     r"(?!(?:to|must|can|cannot|will|may|should|would|could|did|does|has|had|is|was|"
                                     r"then|and|or)\s)[a-z][\w-]*\s+$")
# values of a shape no secret has: a file path (the PWD environment variable is the working directory),
# a function call in code ("computeSecret(bobKey)"), a prose alternative ("and/or"), a PowerShell cmdlet that makes
# the value ("$pw = ConvertTo-SecureString '...' -AsPlainText": login_lines reads its argument)
_NOT_A_SECRET = re.compile(r"^(?:/|~/|\.{1,2}/|[A-Za-z]:\\)|^[A-Za-z_][\w.]*\([^()]*\)|^[a-z]+/[a-z]+$"
                           r"|^(?:ConvertTo|ConvertFrom|Read|Get|New|Import)-(?:SecureString|Host|Credential|Content)$")
# what may qualify a password label before its ":" or "=" ("Contraseña del portal de facturación: ...", "Password
# for the CIS test login = ..."): a few words on the same line, no digits, no sentence's end; Spanish puts them all
# after the label ("Contraseña temporal del portal del cliente enviada por SMS: ...")
_QUALIFIER = re.compile(r"[ \t]+(?:[^\W\d_][\w'\u2019.-]*[ \t]+){0,7}?[^\W\d_][\w'\u2019-]*[ \t]*(?::|=)[ \t]*")
# the same words before "is" in a sentence ("The password for the billing portal login pce_admin is ...", "Su
# contraseña del portal es ..."), the value perhaps wrapped onto the next line
_QUALIFIER_IS = re.compile(r"[ \t]+(?:[^\W\d][\w'\u2019.-]*[ \t]+){0,6}?(?P<verb>is|was|will be|es|era)"
                           r"(?:[ \t]+|[ \t]*\n[ \t]*)(?:now[ \t]+)?")
# a sentence's password label that ends its line, its value wrapped onto the next ("Su contraseña del portal es" /
# "Navarro1962! (no compartir)")
_LABEL_SAID_AT_END = re.compile(_LABEL.pattern + r"[ \t]+(?:[^\W\d][\w'\u2019.-]*[ \t]+){0,6}?(?:is|es)[ \t]*$",
                                re.IGNORECASE)
# a password told as given to someone, its value the aside after the comma ("the temporary password PCE mailed to me,
# Sunrise-8812!, so ..."): weak words, so the value must mix letters with digits or symbols and close the aside
_GIVEN_WORDS = (r"[ \t]+(?:[^\W\d][\w'\u2019.-]*[ \t]+){0,3}?(?:mailed|sent|gave|given|issued|e-?mailed|texted|"
                r"provided|assigned)(?:[ \t]+[^\W\d][\w'\u2019.-]*){0,3},")
_GIVEN_AS = re.compile(_GIVEN_WORDS + r"[ \t]+")
# ... or as the one for a device or a service, the value the aside after the comma ("my password for the thermostat
# app, Wren1987, so the crew could ..."): the same weak words, the same value closing the aside
_FOR_AS = re.compile(r"[ \t]+for[ \t]+(?:(?:the|my|his|her|their|our|your)[ \t]+)?(?:[^\W\d][\w'\u2019.-]*[ \t]+){0,3}?"
                     r"[^\W\d][\w'\u2019-]*,[ \t]+")
# ... or in apposition right after the label, between commas ("The password, Redbud#2420, was written on a note"): a
# value a password's shape alone says is one (not "The password, however, was reset")
_APPOSED = re.compile(r"[ \t]*,[ \t]+")
# a password a record or a note is said to hold, its value after "as" ("the adjustment note records the customer's
# portal password as Heron#2231", "her password was noted as ..."): a verb of keeping a record says so, before the label
# in its sentence or before the "as"; weak words, so the value must mix letters with digits or symbols
_RECORD_VERB = r"(?:record|note|list|log|enter|type|store|save|show|write|wrote|written|kept|keep)(?:s|ed|d)?"
_RECORDED_AS = re.compile(r"[ \t]+(?:(?:is|was|were|has[ \t]+been|had[ \t]+been)[ \t]+)?"
                          rf"(?P<verb>{_RECORD_VERB}[ \t]+)?(?:on[ \t]+file[ \t]+)?as[ \t]+", re.IGNORECASE)
_RECORDED_BEFORE = re.compile(rf"(?i)\b{_RECORD_VERB}\b[^.!?\n]{{0,60}}$")
# the same qualifier set off by a comma after the label, as an aside saying where the value was written or who gave
# it ("Customer's portal password, written on the form: Lupine#8037", "password, as given by the caller: ..."): the
# verb is needed, so a list of fields ("Password, user name: ...") qualifies nothing
_QUALIFIER_ASIDE = re.compile(rf"(?i),[ \t]+(?:as[ \t]+)?(?:[^\W\d_][\w'\u2019-]*[ \t]+){{0,2}}?"
                              rf"(?:{_RECORD_VERB}|given|provided|supplied|read[ \t]+out)"
                              r"(?:[ \t]+[^\W\d_][\w'\u2019-]*){0,5}[ \t]*:[ \t]*")
# the same aside ending its line, the value opening the next ("... the temporary password PCE mailed to me," /
# "Sunrise-8812!, so ...")
_LABEL_GIVEN_AT_END = re.compile(_LABEL.pattern + _GIVEN_WORDS + r"[ \t]*$", re.IGNORECASE)
# a password's label and its mark ending a line, its value opening the next (a PDF's line wrapped after "Password:":
# "... Login: pce_billing Password:" / "Summer_19Q! (rotate quarterly)."); the value must mix letters with digits or
# symbols, as nothing else on its line says it is one
_LABEL_MARKED_AT_END = re.compile(_LABEL.pattern + r"[ \t]*[:=][ \t]*$", re.IGNORECASE)
# a printed form's caption that is a password's label and nothing else, with no mark, over its box's value on the next
# line ("Online bill pay password (optional)" / "Sunflower$5513"): the value alone on its line, mixing letters with
# digits or symbols, as nothing else says it is one
_LABEL_CAPTION = re.compile(r"[ \t]*(?:[^\W\d_][\w'.-]*[ \t]+){0,5}" + _LABEL.pattern + f"(?:{_NOTE})?" + r"[ \t]*$",
                            re.IGNORECASE)
# a password told as set to a value ("her password was reset to Moon1995!", "changed his password to Tulip88#"):
# weak words, so the value must mix letters with digits or symbols; a verb with no subject ("Password reset to
# 2FA-enabled accounts") is a heading, not a change of one password
_SET_TO = re.compile(r"[ \t]+(?:(?:is|was|has[ \t]+been|had[ \t]+been|will[ \t]+be|got)[ \t]+"
                     r"(?:(?:temporarily|now|just)[ \t]+)?(?:(?:re-?)?set|changed|updated|reassigned)"
                     r"|changed|updated)[ \t]+to[ \t]+")  # a note's "mailbox password changed to ..." too
# a password given in brackets after its label, as a note tells it ("she read out her portal password
# (Bluejay!2291)"): one token, which must mix letters with digits or symbols as in prose ("(optional)" is a word)
_IN_BRACKETS = re.compile(r"[ \t]*\(([^()\s]{4,64})\)")
# a password told in a sentence with its value in quotes a few words after the label ("read back to him the password on
# the account, \u201cMarlin42$\u201d"), perhaps wrapped onto the next line: no mark, so the quoted token must mix letters with
# digits or symbols, and the words between must not name another thing the quotes could hold (a Wi-Fi network's name,
# a form's field or button, a password manager, an example)
_GAP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_QUOTED_AFTER = re.compile(rf"{_GAP}(?P<words>(?:[^\W\d][\w'\u2019-]*{_GAP}){{0,4}}?[^\W\d][\w'\u2019-]*),?{_GAP}"
                           r"(?P<open>[\"\u201c'\u2018])(?P<value>[^\s\"\u201c\u201d'\u2018\u2019]{4,64}?)"
                           r"[\"\u201d'\u2019]")
_LABEL_WORDS_AT_END = re.compile(_LABEL.pattern + r"(?:[ \t]+[^\W\d][\w'\u2019-]*){1,5},?[ \t]*$", re.IGNORECASE)
_NOT_THE_PASSWORD = re.compile(r"(?i)\b(?:network|ssid|wi-?fi|name|field|box|button|link|tab|page|screen|form|menu|"
                               r"option|prompt|hint|manager|app|vault|generator|strength|meter|rules?|policy|"
                               r"requirements?|like|such|example|e\.g|reset|recovery|question|format)s?\b")
# (a line may break between the verb and the label: "the agent reset the" / "password to Oaxaca$$44")
_SET_BEFORE = re.compile(r"(?i)\b(?:(?:re-?)?set|changed|updated)\s+(?:[^\W\d][\w'\u2019-]*\s+){0,3}$")
_TO = re.compile(r"[ \t]+to[ \t]+")
# a desk note's password reset with no subject ("Web portal pw reset to Lakers_129x per cust request"): after a note's
# "pw" or after the system the password opens ("portal password reset to ..."), not a heading's "Password reset to
# 2FA-enabled accounts"
_RESET_TO = re.compile(r"[ \t]+(?:re-?)?set[ \t]+to[ \t]+")
# the password a person says they will use, right after asking for its reset ("can you reset my password? I'll use
# Kabayan#6332", "change my portal password, make it Tulip88#"): a weak label, so a strong value
_WILL_USE = re.compile(r"(?i)[ \t]*[?.,;:\u2013\u2014-]?[ \t]+(?:(?:i'?ll|i[ \t]+will|i'?d[ \t]+like[ \t]+to|we'?ll|"
                       r"please|just)[ \t]+)?(?:use|make[ \t]+it|set[ \t]+it[ \t]+to|change[ \t]+it[ \t]+to)[ \t]+")
_SYSTEM_BEFORE = re.compile(r"(?i)\b(?:portal|web|online|account|login|app|voicemail|e-?mail)[ \t]+$")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n")
# a password with no password's label, its shape alone telling it: set to it ("Copier web admin was reset to:
# Adm!n-Laserjet5") or a login's given with its user in brackets ("Outage map readonly login Cit1zen#Grid (user
# map_ro)"); only a value mixing upper and lower case with a digit and a symbol, never a product's or a model's code
# ("reset to factory defaults", "reset to TOU-D-PRIME", "login HP-M404dn") nor a hashtag
_UNLABELLED_RESET_TO = re.compile(r"(?i)\b(?:re-?)?set[ \t]+to[ \t]*:?[ \t]+(?=\S)")
_RESET_TO_ENDS_LINE = re.compile(r"(?i)\b(?:re-?)?set[ \t]+to[ \t]*:?[ \t]*$")
_LOGIN_BEFORE_USER = re.compile(r"(?i)\blogin[ \t]*:?[ \t]+(?P<value>[^\s()]{8,64})[ \t]+\([ \t]*"
                                r"(?:user(?:[ \t]*name)?|login|uid)[ \t]*[:=]?[ \t]*[\w.@-]+[ \t]*\)")
_PASSWORD_SYMBOL = re.compile(r"[!@#$%^&*+=?~]")
_SHAPED_LENGTH = 8
# a password's label ending a line of running text, words before it on the line, its value opening the next line (an
# audit's "the shared service account ... uses the password" / "Pelican*7612x, which is written on a sticky note."):
# nothing on the value's line says it is one, so only its shape may (``_shaped``); not a rule's or an example's
# sentence ("Choose a strong password" / ..., "for example the password" / ...)
_LABEL_ENDS_LINE = re.compile(r"(?:^|(?<=[ \t]))(?P<words>(?:[^\W\d][\w'\u2019.,-]*[ \t]+){1,8}?)(?:"
                              + _LABEL.pattern + r")[ \t]*$", re.IGNORECASE)
_RULE_WORDS = re.compile(r"(?i)\b(?:e\.?g|examples?|samples?|such|like|strong|weak|good|secure|complex|new|must|should|"
                         r"choose|create|enter|forgot|reset|change|policy|requirements?)\b")
# a config dump's key in capitals naming a password, its value after spaces with no "=" or ":" (a backup's "DB_USER
# avcp_web DB_PASSWORD Citrus*6886x", an Apache or a Postfix file's "SMTP_PASSWORD  Kestrel#2291")
_SPACED_PASSWORD_KEY = re.compile(r"(?<![\w.$-])(?P<key>[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_"
                                  r"(?:PASSWORD|PASSWD|PASSPHRASE|PASS|PWD|PW|SECRET))[ \t]+(?=[^\s=:])")
_DIGIT_OR_SYMBOL = re.compile(r"[\d!@#$%^&*+=?~]")  # not a name's "_" alone ("DB_USER avcp_web")
# the key of a Wi-Fi network, named in the sentence before it ("Wifi for the lobby is PomonaGuest, key SJ1x3FuDWt"):
# "key" alone is a product's or a map's, so only a network word earlier in the sentence makes it a password's label
# a password named again as "one" in the next clause ("... my portal password? current one is Zagreb*1987*"), perhaps
# with how it was handed over ("... password was reset on the call; the temporary one given was Heron7731!")
_ONE_IS = re.compile(r"(?i)\b(?:current|old|new|temp(?:orary)?|existing|present)\s+one\s+"
                     r"(?:(?:given|issued|assigned|sent|provided|set|read)(?:\s+(?:out|back|to\s+(?:him|her|them)))?\s+)?"
                     r"(?:is|was)[ \t:]+")
_WIFI_KEY = re.compile(r"(?i)\b(?:wi-?fi|wireless|wlan|ssid|wpa2?|wep)\b[^\n.;!?]{0,60}?\b"
                       r"(?:(?:network|security|wpa2?|wep|wi-?fi)[ \t]+)?key\b")
# a form's input whose name is a password's ("pw", "user_pass", "login[pwd]"): the page's code names it so
_FORM_FIELDS = ("form value", "hidden input")
_PASSWORD_INPUT = re.compile(r"(?i)(?:^|[\W_])(?:pw|pwd|pass|passwd|pword|password|passcode|contrase[ñn]a|clave)"
                             r"(?:$|[\W_]|\d)")
# a user name and a password after a word naming a login ("the CIS service account is svc_cisload / Solar2025$"): a
# login's name is written in lower case or holds "_", "." or a digit; not a date range, a fraction, a path or a URL
# (each may be quoted as code, as Markdown notes write it: "Staging CIS admin: `cisadmin` / `Spr1ng!Load`")
# (or a machine or a system named before a colon: "Itron MV-90 workstation: mvreader / Kestrel2024")
_LOGIN_CUE = re.compile(r"(?i)\b(?:(?:account|acct|login|log[\s-]in|log[\s-]?on|sign[\s-]in|credentials?|"
                        r"user(?:\s*name|\s*id)?|cuenta|usuario|admin(?:istrator)?|(?:basic|http)[ -]auth(?:entication)?|htpasswd)\b[^\n.;!?]{0,60}"
                        r"|(?:workstation|console|kiosk|laptop|vpn|s?ftp|portal)[ \t]*:[ \t]*)$")
_USER_SLASH_PASSWORD = re.compile(r"(?<![\w/.:@-])`?(?P<user>[A-Za-z][\w.@-]{2,40})`?[ \t]+/[ \t]+"
                                  r"(?P<q>`?)(?P<password>(?(q)[^\s/`]|[^\s/]){4,64})")
_LOGIN_NAME = re.compile(r"[a-z][a-z0-9_.@-]*|[A-Za-z][\w.@-]*[_.\d][\w.@-]*")
_DOMAIN = re.compile(r"(?i)[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|us|io|info|biz|mil)")  # "sce.com / myaccount"
_QUERY_TOKEN = re.compile(r"[^\s&#]+")
_QUERY_BEFORE = re.compile(r"[?&][\w.-]*=$")
_TRAILING = ".,;:"
_CLOSERS = {")": "(", "]": "[", "}": "{", '"': '"', "'": "'"}

# config keys: DB_PASSWORD=..., "apiKey": "...", access_token=...
_KEY = re.compile(r"(?<![\w.-])(?P<q>[\"']?)(?P<key>[A-Za-z_][\w.-]*[A-Za-z0-9])(?P=q)[ \t]*(?P<sep>=>|[:=])[ \t]*")
# a constant PHP defines: define('DB_PASS', '...'), its name quoted and its value after a comma
_PHP_DEFINE = re.compile(r"\bdefine\(\s*(?P<q>[\"'])(?P<key>[A-Za-z_]\w*[A-Za-z0-9])(?P=q)\s*(?P<sep>,)\s*")
_KEY_HINT = re.compile(r"pass|pwd?|secret|token|key", re.IGNORECASE)
_KEY_WORDS = {"password", "passwd", "pwd", "passphrase", "passcode", "secret", "token", "apikey"}
_KEY_PAIRS = {("api", "key"), ("access", "key"), ("private", "key"), ("secret", "key"), ("auth", "key")}
_NOT_KEY_WORDS = {"csrf", "xsrf", "nonce", "form", "verification", "captcha", "recaptcha", "label", "hint",
                  "placeholder", "prompt", "text", "title", "message", "msg", "error", "help", "reset", "forgot",
                  "policy", "length", "min", "max", "rule", "rules", "field", "type", "strength", "expiry",
                  "expires", "expiration", "url", "uri", "link", "endpoint", "icon", "class", "id", "public",
                  "name", "file", "path", "dir", "enabled", "required", "changed", "count", "ttl", "lifetime",
                  # per-visitor tokens of CMS pages (Drupal's theme_token, view_dom_id, ajax page state)
                  "theme", "view", "views", "dom", "ajax", "page", "cache", "state"}
_COMPONENT = re.compile(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])")

# (a user may be left out after a scheme, as Redis's own URLs do: "redis://:PASSWORD@host:6379/0")
_URL_CREDENTIALS = re.compile(r"(?:\b[a-z][a-z0-9+.-]*:)?//(?P<user>[^\s/:@]+|(?<=://)):(?P<password>[^\s/@]+)@"
                              r"[\w-]+(?:\.[\w-]+)*",
                              re.IGNORECASE)
# HTTP credentials: an Authorization header's value, a bearer token in text
_AUTHORIZATION = re.compile(r"(?i)\b(?:proxy-)?authorization[\"']?\s*[:=]\s*[\"']?(?P<scheme>basic|bearer|token)\s+"
                            r"(?P<value>[A-Za-z0-9+/._~-]{8,}=*)")
_BEARER = re.compile(r"(?<![\w-])(?i:bearer)\s+(?P<value>[A-Za-z0-9._~+/-]{16,}=*)")
# keys made to be shipped to browsers (restricted by referrer, not kept secret): their shapes, their names,
# and the services a script or URL holding them serves
_BROWSER_KEY = re.compile(r"^(?:AIza[\w-]{30,40}|pk[._][\w.-]+|AAPK[\w-]+|6L[\w-]{38})$")  # AIza: any length seen
_BROWSER_KEY_NAME = re.compile(r"(?i)site_?key|public|publishable|search(?:_?only)?_?(?:api_?)?key|maps?_?(?:api_?)?key|"
                               r"measurement|tracking|client_?id|app_?id|dsn|widget|embed")
_BROWSER_SERVICE = re.compile(r"(?i)maps|googleapis|gstatic|arcgis|esri|mapbox|leaflet|tile|geocod|bing|recaptcha|"
                              r"hcaptcha|turnstile|captcha|analytics|gtag|googletagmanager|firebase|algolia|typesense|"
                              r"siteimprove|hotjar|clarity|newrelic|sentry|onesignal|pusher|youtube|vimeo|addthis|"
                              r"sharethis|translate|weglot|userway|accessibe|monsido|recite")
_BROWSER_CODE = CODE_SEGMENTS  # a page's script, a script file of the site's, a link's target
_SCRIPT_CODE = CODE_SEGMENTS[:2]  # the scripts of those: code, where only a string literal is a value


def _script_code(segment: Segment) -> bool:
    """A script's code, where only a string literal is a value. A string the extraction lifted out of a script's data
    (a JSON-LD "description", a page state's field: the segment is labelled with its key) is text a person wrote."""
    return segment.hidden in _SCRIPT_CODE and not segment.label


_EXAMPLE_HOST = re.compile(r"@(?:[\w-]+\.)*(?:example\.(?:com|org|net)|localhost)\b", re.IGNORECASE)
# the stand-in logins of documentation ("user:pass", "username:password", "alice:secret1", "foo:bar"); on an example
# host only these make a URL a sample: staff write a real login into a staging or vendor URL whatever its host
_STAND_IN_LOGIN = re.compile(r"(?i)(?:user(?:_?name)?|usr|name|login|foo|bar|baz|qux|me|you|alice|bob|test(?:er)?|demo|"
                             r"guest|sample|pass(?:word)?|passwd|pwd|secret|x+|\*+)[\d_-]*")
_PRIVATE_KEY = re.compile(r"-----BEGIN (?P<kind>(?:RSA |EC |DSA |OPENSSH |ENCRYPTED |PGP )?)PRIVATE KEY"
                          r"(?P<block> BLOCK)?-----")
_KEY_FOOTER = re.compile(r"-----END [A-Z ]*PRIVATE KEY(?: BLOCK)?-----")
_KEY_BODY = re.compile(r"[\sA-Za-z0-9+/=:,-]*")
_TOKENS = [  # (why, pattern, severity)
    ("AWS access key ID", r"(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])", "high"),
    ("GitHub token", r"(?<![A-Za-z0-9_])(?:gh[pousr]_[A-Za-z0-9]{36}|github_pat_\w{50,})(?![A-Za-z0-9])", "high"),
    ("Slack token", r"(?<![A-Za-z0-9])xox[abprs]-\d+-[A-Za-z0-9-]+", "high"),
    ("Stripe live secret key", r"(?<![A-Za-z0-9])[sr]k_live_[A-Za-z0-9]{20,}", "high"),
    ("SendGrid API key", r"(?<![A-Za-z0-9])SG\.[\w-]{22}\.[\w-]{43}(?![\w-])", "high"),
    ("Twilio API key", r"(?i:twilio)[^\n]{0,80}?(?<![A-Za-z0-9])(?P<value>SK[0-9a-f]{32})(?![A-Za-z0-9])", "high"),
    ("Google API key", r"(?<![\w-])AIza[\w-]{35}(?![\w-])", "medium"),
    ("JSON Web Token", r"(?<![\w-])eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,}", "high"),
]
_TOKENS = [(why, re.compile(pattern), severity) for why, pattern, severity in _TOKENS]
# Lower-case fragments that every candidate contains (a label, a token prefix, "://" of a URL): most
# segments of a city page hold none, and one literal search over a whole page is far cheaper than the
# patterns above run on every segment.
_HINTS = ("pass", "pw", "secret", "token", "key", "pin", "nip", "code", "c\u00f3digo", "codigo", "contrase", "clave",
          "p/w", "//", "密码", "密碼", "비밀번호", "mật khẩu", "пароль", "mot de passe", "senha", "գաղտնաբառ",
          "رمز عبور", "گذرواژه", "كلمة المرور", "كلمة السر", "パスワード", "authorization", "bearer",
          "akia", "asia", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "xox", "k_live_", "sg.",
          "twilio", "aiza", "eyj", " / ", "set to", "login", *LOGIN_LINE_HINTS)
_HINT = re.compile("|".join(map(re.escape, _HINTS)))


@lru_cache(maxsize=1024)
def _might_hold_credential(text: str) -> bool:
    """For field labels, which repeat down a table's column."""
    return bool(_HINT.search(text.lower()))


def _shaped(value: str) -> bool:
    """A password by its shape alone: upper and lower case, a digit and a symbol, eight characters or more, no
    hashtag or handle."""
    return (len(value) >= _SHAPED_LENGTH and value[0] not in "#@" and any(c.islower() for c in value)
            and any(c.isupper() for c in value) and any(c.isdigit() for c in value)
            and _PASSWORD_SYMBOL.search(value) is not None)


def _password_input(segment: Segment) -> bool:
    """A form's input (a value the page fills in) whose name is a password's."""
    return segment.hidden in _FORM_FIELDS and bool(segment.label) and bool(_PASSWORD_INPUT.search(segment.label))


def _hinted_segments(segments: list[Segment]) -> set[int]:
    """Indexes of the segments whose text holds a hint, each hint looked for in the joined page (a literal search
    is some three times faster than the hints' pattern, which stops at every space for " / "); once a segment holds
    one, the search goes on from the next."""
    starts = list(accumulate((len(s.text) + 1 for s in segments), initial=0))
    text = "\x00".join(s.text for s in segments)
    joined = text.lower()
    if len(joined) != len(text):  # a letter longer in lower case ("\u0130"): the pattern's offsets, as they were
        return {bisect_right(starts, m.start()) - 1 for m in _HINT.finditer(joined)}
    found = set()
    for hint in _HINTS:
        at = joined.find(hint)
        while at >= 0:
            segment = bisect_right(starts, at) - 1
            found.add(segment)
            at = joined.find(hint, starts[segment + 1])
    return found


# where a table's or a sheet's cell is: "'Logins'!B7" (column B, row 7), "table 2 > row 3 > cell 2"
_CELL_AT = re.compile(r"(?P<table>.*?)(?:!\$?(?P<column>[A-Z]{1,3})\$?(?P<row>\d+)"
                      r"|(?P<grid> > row \d+) > cell (?P<cell>\d+)"
                      r"|(?P<tr> > tr:nth-of-type\(\d+\)) > td:nth-of-type\((?P<td>\d+)\))")
# a server variable as PHP's phpinfo() names it in its table: "$_SERVER['DB_PASSWORD']", "$_ENV["MAIL_PASSWORD"]"
_VARIABLE_OF = re.compile(r"""^\$_(?:SERVER|ENV)\[(?P<q>['"]?)(?P<key>\w+)(?P=q)\]$""")
_MAX_LABEL_CELL = 40


def _label_cell_before(segments: list[Segment], i: int) -> str | None:
    """The text of the cell just left of segment ``i`` in its row when that cell is only a password's label
    ("Password", "Temp PIN:") or a configuration key naming one ("DB_PASSWORD", "$_SERVER['MAIL_PASSWORD']"): a sheet
    or a table of label | value pairs (A2 "Password", B2 the value; a debug page's environment table), where the value
    cell is otherwise labelled by its column's header, if by anything."""
    if not i:
        return None
    before, cell = segments[i - 1], segments[i]
    text = before.text.strip()
    if len(text) > _MAX_LABEL_CELL or before.location.attachment != cell.location.attachment \
            or before.location.page != cell.location.page:
        return None
    text = _field_name(_VARIABLE_OF.sub(r"\g<key>", text))
    if not any(label.end() == len(text) for label in _LABEL.finditer(text)) and not (
            _KEY.fullmatch(text + "=") and _key_kind(text, False, "=")):
        return None  # not "Password reset" nor "Password rules"
    return text if _cells_beside(before, cell) else None


def _cells_beside(before: Segment, cell: Segment) -> bool:
    """Whether ``before`` is the cell right left of ``cell`` in its row of a sheet or a table."""
    there, here = _CELL_AT.fullmatch(before.location.element or ""), _CELL_AT.fullmatch(cell.location.element or "")
    if not there or not here or there["table"] != here["table"] or before.location.attachment != cell.location.attachment:
        return False
    if here["column"] and there["column"]:
        return here["row"] == there["row"] and _column_number(here["column"]) == _column_number(there["column"]) + 1
    if here["tr"] and there["tr"]:  # an HTML table's <td>s (a <th> heading its row labels it already)
        return here["tr"] == there["tr"] and int(here["td"]) == int(there["td"]) + 1
    return bool(here["grid"]) and here["grid"] == there["grid"] and int(here["cell"]) == int(there["cell"]) + 1


def _login_cells(segments: list[Segment], i: int) -> bool:
    """Whether segment ``i`` is the cell after a user name's, itself after a cell naming a login, in one row of a
    sheet or a table ("CIS agent login for temps:" | "cc_temp04" | the password): the row writes a login as a note
    would ("the CIS login is cc_temp04 / ..."), a cell for each part."""
    if i < 2:
        return False
    cue, user, cell = segments[i - 2], segments[i - 1], segments[i]
    name = user.text.strip()
    return (len(cue.text) <= _MAX_LABEL_CELL + 20 and _LOGIN_CUE.search(cue.text.strip()) is not None
            and _LOGIN_NAME.fullmatch(name) is not None and not _DOMAIN.fullmatch(name)
            and not _MONTH_OF_A_YEAR.fullmatch(name) and _cells_beside(cue, user) and _cells_beside(user, cell))


# a month's column header ("Jan-25", "Sep.2024"): a header row's "Account | Jan-25 | Feb-25" names months, no login
_MONTH_OF_A_YEAR = re.compile(r"(?i)(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
                              r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?[ \t._/-]*'?(?:\d{2}|\d{4})")


# how a form words a password's field around its name: an aside in brackets after it ("My Account password (create)",
# "PIN (new)", the login it is for: "Contraseña (Mi Cuenta / portal)", "Password (online account)"; not a sample's
# nor a rule's: "Password (example)", "Password (hint)"), the account it is for after a creating verb ("Create a
# password for My Account")
_FIELD_ASIDE = re.compile(r"(?i)[ \t]*\((?![ \t]*(?:e\.?\s?g\b|ex\b|examples?|samples?|ejemplo|muestra|hints?|rules?|"
                          r"requirements?|format|pista|reglas?))[^\W\d][^()\n\d]{0,30}\)$")
_CREATE_FOR = re.compile(r"(?i)(?:create|choose|set|pick)[ \t]+(?:a|your)[ \t]+(?:new[ \t]+)?"
                         r"(?P<name>password|passcode|PIN)[ \t]+for[ \t]+[^\d:]{1,30}")


def _field_name(label: str) -> str:
    """A field's label without its colon and the words a form puts around a password's name (``_FIELD_ASIDE``,
    ``_CREATE_FOR``): "My Account password (create)" -> "My Account password"."""
    label = _FIELD_ASIDE.sub("", label.strip().rstrip(":").rstrip())
    create = _CREATE_FOR.fullmatch(label)
    return label[:create.end("name")] if create else label


def _column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def _is_jwt(token: str) -> bool:
    """The header must be base64url JSON naming a real signing algorithm."""
    header = token.split(".", 1)[0]
    try:
        decoded = json.loads(base64.urlsafe_b64decode(header + "=" * (-len(header) % 4)))
    except (binascii.Error, ValueError):
        return False
    return isinstance(decoded, dict) and str(decoded.get("alg", "none")).lower() != "none"


# what a config's password cut short to "PASS" or "PW" opens: a database, a mail server, an account ("DB_PASS",
# "SMTP_PASS"), a customer's portal login as an export's column names it ("portal_pw", "web_pass", "cust_pw"), or the
# login it is for: a mail relay's or a directory's authentication ("auth_pass", "bind_pass", "sasl_pass")
_SYSTEM_WORDS = frozenset("db database sql mysql pg postgres redis mongo smtp mail email imap ftp sftp ssh ldap ad "
                          "admin root user usr login app api svc service cis wifi vpn proxy auth bind sasl relay cms "
                          "portal web online acct account cust customer".split())


def _key_kind(key: str, quoted: bool, sep: str) -> str | None:
    """'password' or 'secret' when a config key names one ("DB_PASSWORD", "apiKey", "access_token")."""
    words = [w.lower() for w in _COMPONENT.findall(key)]
    # a CRM's lower-case key runs its words together: "pce_portalpassword" is the portal's "password"
    words = [part for w in words for part in ((w[:-8], "password") if w.endswith("password") and len(w) > 8
                                              else (w,))]
    if not words or _NOT_KEY_WORDS.intersection(words):
        return None
    if len(words) == 1 and not quoted and not (key.isupper() and sep == "="):
        return None  # a plain "Secret:" or "Token:" in prose; password labels are handled as labels
    if _KEY_WORDS.intersection(words) or _KEY_PAIRS.intersection(zip(words, words[1:])):
        return "password" if {"password", "passwd", "pwd", "passphrase"}.intersection(words) else "secret"
    if len(words) > 1 and words[-1] in ("pass", "pw") and words[-2] in _SYSTEM_WORDS:  # "DB_PASS", "portal_pw":
        return "password"  # not "BUS_PASS"
    return None


def _named_secret(key: str) -> bool:
    """Whether a key's name calls its value a secret ("STATUS_API_SECRET", "clientSecret"): a key made for browsers
    is called a key, a token or an ID, never a secret, so no map or analytics service in the same script makes it one
    (a page's script that also draws an ArcGIS layer)."""
    return "secret" in (word.lower() for word in _COMPONENT.findall(key))


# an environment variable's name in capitals, its words parted by "_", the last a password's cut short ("STAGING_PASS",
# "SFTP_PW"); not a flag of one word ("PASS=1") nor a word holding "pass" ("BYPASS_CACHE", "PASS_THROUGH")
_ENV_PASSWORD_KEY = re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:PASS|PW)")
_ENV_PASSWORD_LENGTH = 8  # a pass's or a setting's short code ("DAY_PASS=2hrs", "POOL_PASS=Q3-2024") is none


def _env_password_key(key: str, sep: str) -> bool:
    """Whether a config key in capitals ends in a cut-short password ("STAGING_PASS=", "DEPLOY_PW="), whatever it
    opens: a deploy script's or a .env file's. Its value must then mix letters with digits or symbols and be as long
    as a password ("BUS_PASS=monthly", "BUS_PASS=$20/mo" are a setting and a fare)."""
    return sep in ("=", ":") and _ENV_PASSWORD_KEY.fullmatch(key) is not None


def _label_marked_at_end(text: str) -> re.Match | None:
    """A password's or passcode's label with its ":" or "=" ending ``text`` (see ``_LABEL_MARKED_AT_END``)."""
    match = _LABEL_MARKED_AT_END.search(text)
    return match if match and match.lastgroup in ("password", "passcode") else None


def _caption_of_a_password(text: str) -> re.Match | None:
    """A password's or passcode's caption ending ``text`` on a line of its own (see ``_LABEL_CAPTION``)."""
    match = _LABEL_CAPTION.fullmatch(text.rsplit("\n", 1)[-1])
    return match if match and match.lastgroup in ("password", "passcode") else None


def _wrapped_label(text: str) -> re.Match | None:
    """A password's or passcode's label ending ``text``'s last line after words of running text that set no rule and
    give no example (see ``_LABEL_ENDS_LINE``)."""
    match = _LABEL_ENDS_LINE.search(text.rsplit("\n", 1)[-1])
    return match if match and match.lastgroup in ("password", "passcode") and not _RULE_WORDS.search(
        match.group("words")) else None


def _login_label_ends(line: str) -> bool:
    """Whether ``line`` ends with a password's label right after a login's user name ("... username lce_billing,
    password"), the password on the next line."""
    last = None
    for last in _LABEL.finditer(line):
        pass
    return last is not None and last.lastgroup in ("password", "pw") and not line[last.end():].strip(" \t:=") and bool(
        _LOGIN_BEFORE.search(line[:last.start()]) or _LOGIN_NAMED_BEFORE.search(line[:last.start()]))


def _line_below(above: Segment, segment: Segment) -> bool:
    """Whether ``segment`` is the line or the paragraph right under ``above`` on a page (a form's box under its
    caption), not a cell of a sheet's row some cells away from a label."""
    a, b = above.location, segment.location
    if a.element is None and b.element is None:
        return a.line is not None and b.line == a.line + 1 and a.page == b.page
    paragraphs = [re.fullmatch(r"paragraph (\d+)", location.element or "") for location in (a, b)]
    return all(paragraphs) and int(paragraphs[1][1]) == int(paragraphs[0][1]) + 1


def _note_pw(text: str, match: re.Match) -> bool:
    """Whether the "pw" label at ``match`` is a desk note's, before its value with a space only (``_NEW_PW_BEFORE``);
    the value must then mix letters with digits or symbols, as after any weak label."""
    start = match.start()
    return (match.group(0) == "pw" or _NEW_PW_BEFORE.search(text, max(0, start - 12), start) is not None) and not (
        _FIGURE_BEFORE.search(text, max(0, start - 2), start))


class CredentialDetector(Detector):
    category = "credential"
    severity = "high"
    rule = "PCE-01 6.5"
    option_keys = ('placeholders', 'min_length', 'meeting_words')

    def __init__(self, options=None, public=None):
        super().__init__(options, public)
        self.placeholders = PLACEHOLDERS | {p.lower() for p in as_list(self.options.get("placeholders", []))}
        self.min_length = int(self.options.get("min_length", 4))
        words = as_list(self.options.get("meeting_words", MEETING_WORDS))
        self.meeting = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s*") for w in words)
                                  + r")(?!\w)", re.IGNORECASE) if words else None

    def mask(self, value: str) -> str:
        return mask_secret(value)

    def scan(self, document: Document) -> Iterator[Finding]:
        segments = document.segments
        hinted = _hinted_segments(segments)
        rows = None  # each record's fields by id, made when a labelled value first asks for its row
        for i, segment in enumerate(segments):
            beside = _label_cell_before(segments, i) if i - 1 in hinted else None
            value_below = i - 1 in hinted and (_LABEL_SAID_AT_END.search(segments[i - 1].text[-200:])
                                               or _wrapped_label(segments[i - 1].text[-200:])
                                               or _LABEL_WORDS_AT_END.search(segments[i - 1].text[-200:])
                                               or _LABEL_GIVEN_AT_END.search(segments[i - 1].text[-200:])
                                               or _label_marked_at_end(segments[i - 1].text[-200:])
                                               or _RESET_TO_ENDS_LINE.search(segments[i - 1].text[-200:]))
            caption_above = bool(i and _line_below(segments[i - 1], segment)
                                 and _caption_of_a_password(segments[i - 1].text[-200:]))
            # "... portal password was" / "reset; the temporary one given was Heron7731!"
            one_below = i - 1 in hinted and _ONE_IS.search(segment.text)
            if _login_cells(segments, i):
                yield from self._login_cell(segment)
                continue
            if i not in hinted and not beside and not value_below and not caption_above and not one_below and not (
                    segment.label and (
                    _might_hold_credential(segment.label) or _password_input(segment))) and not (
                    i and ftp_script_password(segment.text, segments[i - 1].text[-200:])):
                continue
            label = beside or segment.label
            meeting_nearby = False
            if self.meeting and ((label and _might_hold_credential(label)) or value_below
                                 or _LABEL.search(segment.text)):  # only labelled values look at meetings
                # the segment's first words after the lines above: a PDF line break inside "Meeting" / "ID: ..."
                nearby = " ".join([s.text[-300:] for s in segments[max(0, i - 3):i]] + [segment.text[:12]]
                                  + [s.text[:150] for s in segments[i + 1:i + 2]])
                meeting_nearby = bool(self.meeting.search(nearby))
                if not meeting_nearby and segment.label:
                    if rows is None:
                        rows = {id(field): record for record in document.records for field in record.fields}
                    meeting_nearby = self._meeting_row(rows.get(id(segment)), segment)
            previous = segments[i - 1].text[-200:] if i else ""
            after_login = bool(i and segments[i - 1].label and _LOGIN_FIELD.fullmatch(segments[i - 1].label.strip()))
            yield from self._scan(segment, meeting_nearby, previous, after_login, beside, caption_above)

    def scan_segment(self, segment: Segment) -> Iterator[Finding]:
        return self._scan(segment, False)

    def _scan(self, segment: Segment, meeting_nearby: bool, previous: str = "",
              after_login: bool = False, label: str | None = None, caption_above: bool = False) -> Iterator[Finding]:
        """``meeting_nearby``: the segments around this one hold public meeting join details;
        ``previous``: the end of the segment before (the line above, in a PDF); ``after_login``: the segment before
        is a field named as a user name (a config's ``user=`` line above its ``pass=``); ``label``: the label cell
        beside this value cell, which names its field rather than the column's header does; ``caption_above``: the
        line above is a password's caption and nothing else (``_caption_of_a_password``)."""
        taken: list[tuple[int, int]] = []
        for start, end, why, normalized, severity in self._candidates(segment, meeting_nearby, previous, after_login,
                                                                      label or segment.label, caption_above):
            if start < end and not any(start < e and s < end for s, e in taken):
                taken.append((start, end))
                yield self.finding(segment, start, end, why=why, normalized=normalized, severity=severity)

    def _candidates(self, segment: Segment, meeting_nearby: bool, previous: str, after_login: bool = False,
                    label: str | None = None, caption_above: bool = False):
        """(start, end, why, normalized, severity) in order of precedence: the most specific reading first."""
        text = segment.text
        for match in _PRIVATE_KEY.finditer(text):
            start, end, normalized = self._key_body(text, match)
            yield start, end, f"{match.group('kind')}private key block".strip(), normalized, None
        for match in _URL_CREDENTIALS.finditer(text):
            password = match.group("password")
            if self._plausible(password) and not (_EXAMPLE_HOST.search(match.group(0)) and (
                    _STAND_IN_LOGIN.fullmatch(match.group("user")) or _STAND_IN_LOGIN.fullmatch(password)
                    or password.isalpha())):
                yield match.start("password"), match.end("password"), "password in URL", password, None
        browser_code = segment.hidden in _BROWSER_CODE
        for why, pattern, severity in _TOKENS:
            for match in pattern.finditer(text):
                group = "value" if "value" in pattern.groupindex else 0
                token = match.group(group)
                if "EXAMPLE" in token.upper() or (why == "JSON Web Token" and not _is_jwt(token)):
                    continue
                if browser_code and _BROWSER_KEY.match(token):
                    continue  # a Maps or Firebase key in the page's own code: public by design
                yield match.start(group), match.end(group), why, token, severity
        if "uthorization" in text or "UTHORIZATION" in text or "earer" in text or "EARER" in text:
            yield from self._http_credentials(text)
        if label:  # a script's data read as records: its "apiKey" field is still a browser key
            yield from (found for found in self._field(segment, label, meeting_nearby, after_login)
                        if not (browser_code and _BROWSER_KEY.match(found[3])))
        for match in _LABEL.finditer(text):
            yield from self._labelled(text, match, meeting_nearby, previous, _script_code(segment))
        # a value under a label that ends the line after a login's user name is that login's password, whatever its
        # shape and though a meeting's details stand near ("username lce_billing, password" / "juniper-juniper-2023.")
        login_above = _login_label_ends(previous)
        meeting_nearby = meeting_nearby and not login_above
        if (said_above := _LABEL_SAID_AT_END.search(previous)) and not meeting_nearby:
            start = line_text_start(text)  # a reply quotes both lines: "> ... the password I set is" / "> Sunrise-88!"
            yield from self._value(text, start, "password", False, f"label '{said_above.group().strip()}' above",
                                   prose=True)
        if (marked_above := _label_marked_at_end(previous)) and not meeting_nearby:
            start = line_text_start(text)  # "> Your new portal password:" / "> Orchid-4471" in a reply
            yield from self._value(text, start, marked_above.lastgroup, False,
                                   f"label '{marked_above.group().strip()}' above", prose=True)
        if caption_above and not meeting_nearby and len(text.split()) == 1:
            caption = _caption_of_a_password(previous)
            start = len(text) - len(text.lstrip())
            yield from self._value(text, start, caption.lastgroup, False, f"caption '{caption.group().strip()}' above",
                                   prose=True)
        if (label_above := _LABEL_WORDS_AT_END.search(previous)) and not meeting_nearby:
            # "... read back to him the password on the account," / "\u201cMarlin42$\u201d, over an unverified call"
            joined = f"{previous}\n{text[:200]}"
            label_above = _LABEL.match(joined, label_above.start())
            yield from ((start - len(previous) - 1, end - len(previous) - 1, why, value, severity)
                        for start, end, why, value, severity in self._quoted_after(joined, label_above,
                                                                                   label_above.group(0))
                        if start > len(previous))
            said = label_above.lastgroup not in ("pass", "pw") and _QUALIFIER_IS.match(joined.replace("\n", " ", 1),
                                                                                       label_above.end())
            if said and said.start("verb") > len(previous):  # "the password I set this" / "morning is Verano22!kw."
                yield from self._value(text, said.end() - len(previous) - 1, label_above.lastgroup, False,
                                       f"label '{label_above.group().strip()} ... is'", prose=True)
        if (wrapped := _wrapped_label(previous)) and not meeting_nearby:
            start = line_text_start(text)
            yield from (found for found in self._value(text, start, "password", False,
                                                       f"label '{wrapped.group().strip()}' ending the line above",
                                                       prose=True) if login_above or _shaped(found[3]))
        if (given_above := _LABEL_GIVEN_AT_END.search(previous)) and not meeting_nearby:
            start = line_text_start(text)
            yield from (value for value in self._value(text, start, "password", False, f"label "
                                                       f"'{given_above.group().strip()}' above", prose=True)
                        if text.startswith(",", value[1]))
        if _RESET_TO_ENDS_LINE.search(previous) and not meeting_nearby and not _script_code(segment):
            # "... supervisor account (cc.supervisor) was reset to" / "Z672#granite on June 2": as on one line
            # (``_password_shaped``), its shape must say it
            yield from (found for found in self._value(text, line_text_start(text), "password", False,
                                                       "'reset to' ending the line above", prose=True)
                        if _shaped(found[3]))
        if " / " in text and segment.hidden not in _BROWSER_CODE:
            yield from self._login_pairs(text)
        for match in _TYPED_AS.finditer(text):  # "i typed Mango#4380 as the password, is that wrong?"
            value = match.group("value")
            if _shaped(value) and self._plausible(value, strong=False):
                yield match.start("value"), match.end("value"), "a value typed as the password", value, None
        for match in _ONE_IS.finditer(text):  # "change my portal password? current one is Zagreb*1987*"
            # the password named within the words before, perhaps on the line above (a PDF's: "... password was" /
            # "reset on the call; the temporary one given was ...")
            before = text[max(0, match.start() - 80):match.start()]
            if _LABEL.search(before if len(before) >= 80 else f"{previous[-(80 - len(before)):]}\n{before}"):
                yield from self._value(text, match.end(), "password", False, "a password's 'current one is'",
                                       prose=True)
        if not _script_code(segment):
            yield from self._password_shaped(text)
            yield from ((start, end, why, value, None) for start, end, why, value, strong in login_lines(text)
                        if strong is None or self._plausible(value, strong=strong))
            if previous and (ftp := ftp_script_password(text, previous)) and self._plausible(ftp[3], strong=True):
                yield *ftp, None
        if segment.hidden not in _BROWSER_CODE:
            for match in _WIFI_KEY.finditer(text):
                separator = _SEPARATOR.match(text, match.end())
                mark = separator and ("=" in separator.group(0) or ":" in separator.group(0))
                if separator:
                    yield from self._value(text, separator.end(), "password", bool(mark), "a Wi-Fi network's key",
                                           prose=True)
        if _KEY_HINT.search(text):
            keys = [*_KEY.finditer(text), *(_PHP_DEFINE.finditer(text) if "define(" in text else ())]
            for match in keys:
                key = match.group("key")
                kind = _key_kind(key, bool(match.group("q")), match.group("sep"))
                if kind == "secret" and browser_code and not _named_secret(key) and (
                        _BROWSER_KEY_NAME.search(key) or _BROWSER_SERVICE.search(text)):
                    continue  # a browser key of a map, analytics or search service
                if kind:
                    for found in self._value(text, match.end(), kind, True, f"key '{key}'",
                                             code=_script_code(segment)):
                        if not (browser_code and _BROWSER_KEY.match(found[3])):
                            yield found
                elif _env_password_key(key, match.group("sep")):  # "STAGING_PASS=Juniper%tango95Z"
                    yield from (found for found in self._value(text, match.end(), "password", False, f"key '{key}'",
                                                               code=_script_code(segment))
                                if len(found[3]) >= _ENV_PASSWORD_LENGTH)
            for match in _SPACED_PASSWORD_KEY.finditer(text) if "_P" in text or "_S" in text else ():
                # "DB_PASSWORD Citrus*6886x": a value mixing letters with digits or symbols, as long as a password
                yield from (found for found in self._value(text, match.end(), "password", False,
                                                           f"key '{match.group('key')}'", code=_script_code(segment))
                            if len(found[3]) >= _ENV_PASSWORD_LENGTH and _DIGIT_OR_SYMBOL.search(found[3]))

    def _password_shaped(self, text: str):
        """A password with no label, set to ("... was reset to: Adm!n-Laserjet5") or given as a login with its user in
        brackets ("... login Cit1zen#Grid (user map_ro)"): its shape must say it (``_shaped``)."""
        lower = text.lower()
        if "set to" in lower:
            for match in _UNLABELLED_RESET_TO.finditer(text):
                yield from (found for found in self._value(text, match.end(), "password", False, "'reset to'",
                                                           prose=True) if _shaped(found[3]))
        if "login" in lower:
            for match in _LOGIN_BEFORE_USER.finditer(text):
                start, end = match.span("value")
                value = match.group("value")
                if _shaped(value) and not is_example(text, start, value):
                    yield start, end, "password after 'login', its user in brackets", value, None

    def _http_credentials(self, text: str):
        """An Authorization header's Basic credentials or token, and bearer tokens in text."""
        for match in _AUTHORIZATION.finditer(text):
            value = match.group("value")
            if match.group("scheme").lower() == "basic":
                try:
                    user, colon, password = base64.b64decode(value, validate=True).decode("utf-8").partition(":")
                except (binascii.Error, UnicodeDecodeError):
                    continue
                if colon and password.isprintable() and self._plausible(password) \
                        and user.lower() not in self.placeholders | {"user", "username", "usuario"}:
                    yield match.start("value"), match.end("value"), "HTTP Basic credentials", value, None
            elif self._token(value):
                yield match.start("value"), match.end("value"), "token in an Authorization header", value, None
        for match in _BEARER.finditer(text):
            if self._token(match.group("value")):
                yield match.start("value"), match.end("value"), "bearer token", match.group("value"), None

    def _token(self, value: str) -> bool:
        """An opaque token: letters and digits, no placeholder ("YOUR_ACCESS_TOKEN", "<token>")."""
        return (any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
                and value.lower() not in self.placeholders and not _PLACEHOLDER_PARTS.search(value))

    @staticmethod
    def _key_body(text: str, header: re.Match) -> tuple[int, int, str | None]:
        """The key material between the BEGIN line and the END line (or the end of the base64 run),
        normalized without whitespace; the header line itself when the body is not in this segment."""
        start = header.end()
        footer = _KEY_FOOTER.search(text, start)
        end = footer.start() if footer else _KEY_BODY.match(text, start).end()
        body = text[start:end]
        if not body.strip():
            return header.start(), header.end(), None
        return start + len(body) - len(body.lstrip()), start + len(body.rstrip()), "".join(body.split())

    def _login_pairs(self, text: str):
        """A user name and a password written as a pair after a word naming a login ("the shared CIS service
        account is svc_cisload / Solar2025$"). The password must mix letters with digits or symbols and hold a
        lower-case letter or a symbol: a rate's or a plan's code ("domestic / TOU-D-4-9PM") is none."""
        for match in _USER_SLASH_PASSWORD.finditer(text):
            user, password = match.group("user"), match.group("password")
            start, end = match.span("password")
            while end > start and text[end - 1] in _TRAILING:
                end -= 1
            password = text[start:end]
            if (not _LOGIN_CUE.search(text, max(0, match.start() - 80), match.start())
                    or not _LOGIN_NAME.fullmatch(user) or _DOMAIN.fullmatch(user) or not any(c.isdigit() for c in password)
                    or not any(c.islower() or not (c.isalnum() or c == "-") for c in password)):
                continue
            if self._plausible(password, strong=False, text=text, end=end) and not is_example(text, start, password):
                yield start, end, "password after a user name and a slash", password, None

    def _login_cell(self, segment: Segment):
        """The password in a row's cell after a login's name (``_login_cells``), held to the shape a password after
        a user name and a slash must have (``_login_pairs``): one token mixing letters with digits and holding a
        lower-case letter or a symbol, no placeholder nor example."""
        text = segment.text
        start, end = len(text) - len(text.lstrip()), len(text.rstrip())
        password = text[start:end]
        if (start < end and not any(c.isspace() for c in password) and any(c.isdigit() for c in password)
                and any(c.isalpha() for c in password)
                and any(c.islower() or not (c.isalnum() or c == "-") for c in password)
                and self._plausible(password, strong=False, text=text, end=end) and not is_example(text, start, password)):
            yield self.finding(segment, start, end, why="password in the cell after a login's user name",
                               normalized=password)

    def _field(self, segment: Segment, label: str, meeting_nearby: bool, after_login: bool = False):
        """A table cell or form value under a password-like field name ("Password", "Temp Password",
        "DB_PASSWORD"), or a form's input named as a password's ("pw", "user_pass"); a "pass" field right after a
        user name's ("user=meterdata" / "pass=..."). The value is the field's first token: a log line's
        ``password=... retrying`` goes on with its message."""
        label = _field_name(label)
        last = None
        for last in _LABEL.finditer(label):
            pass
        named = last and last.end() == len(label) and last.lastgroup not in ("pass", "pw")
        if _password_input(segment) and not named:
            value = segment.text.strip()
            start = segment.text.find(value)
            if value and self._plausible(value, strong=True, text=segment.text, end=start + len(value)):
                yield start, start + len(value), f"password in form input '{label}'", value, None
            return
        if last and last.end() == len(label):
            kind = last.lastgroup
            if (kind == "pass" and not after_login) or kind != "host_key" and (
                    meeting_nearby or self._meeting(segment.text, 0) or self._meeting(label, 0)):
                return
            if kind == "pass":
                kind = "password"
            if kind == "pw":  # a "PW" column: a password's with letters in it, not a wattage's or a count's figure
                if not _LETTER_IN.search(segment.text):
                    return
                kind = "password"
        else:
            kind = _KEY.fullmatch(label + "=") and _key_kind(label, False, "=")
        token = _TOKEN.search(segment.text)
        if not token:
            return
        start, end = token.span()
        value = segment.text[start:end]
        rest = segment.text[end:].strip()
        if kind and self._plausible(value, kind=kind, text=segment.text, end=end, rest=rest, prose=True) \
                and not is_example(segment.text, start, value):
            yield start, end, f"{kind} in field labelled '{label}'", value, None

    def _labelled(self, text: str, match: re.Match, meeting_nearby: bool, previous: str, code: bool = False):
        kind = match.lastgroup
        before = text[max(0, match.start() - 80):match.start()]
        above = before if before.strip() else f"{previous[-80:].rstrip()} {before}"  # "user: webadmin" / "pass: ..."
        if kind == "pass" and _NEW_PW_BEFORE.search(before) and (marked := _MARK.match(text, match.end())):
            # "temporary pass = Fairplex!88Q!": a new or temporary pass given with its mark, a value with more
            # than letters (not a parking lot's "Temporary pass: Lot C")
            yield from self._value(text, marked.end(), "password", False, f"label '{match.group(0)}'", prose=True)
            return
        if kind == "pass" and not (_USER_BEFORE.search(above) and _PASS_AS_LABEL.match(text, match.end())
                                   or _USER_NAME_RIGHT_BEFORE.search(above)
                                   or _USER_WORD_RIGHT_BEFORE.search(above) and _shaped(
                                       (text[match.end():].split() or [""])[0])):
            return  # "pass" is a password only after a user name and as a label ("user jsmith / pass: ...")
        value_after = _SHORT_LABEL_VALUE.match(text, match.end()) if kind == "pw" else None
        if kind == "pw" and not (value_after and _LETTER_IN.search(value_after.group(1))) and not _note_pw(text, match):
            # "PW" is a label only before ":" or "=" and a value with letters ("temp pw: ...", "PW= ..."), not a
            # unit ("50 PW") nor a figure under an abbreviation ("PW: 1500")
            return
        if match.group(0).lower().startswith("clave") and _NOT_CLAVE.search(before[-30:]):
            return
        label = " ".join(match.group(0).split())
        if kind != "host_key" and (meeting_nearby or self._meeting(text, match.start())) and not _LOGIN_BEFORE.search(
                f"{previous}\n{before}") and not (kind in ("password", "pw") and _LOGIN_NAMED_BEFORE.search(before)) \
                and not (kind == "password" and _HOST_LOGIN_BEFORE.search(f"{previous}\n{before}")) \
                and not _LOGIN_PAIR_BEFORE.search(before):
            # no meeting invitation resets somebody's password: "her password was reset to ..." counts even in a
            # paragraph that also gives a public meeting's passcode, unless its own sentence names the meeting
            if not self.meeting.search(_SENTENCE_END.split(before)[-1]):
                yield from self._set_to(text, match, before, label, code)
            return
        separator = _SEPARATOR.match(text, match.end())
        found = False
        if separator:
            sep = separator.group(0)
            mark = ":" if ":" in sep else "=" if "=" in sep else ""
            for found in self._value(text, separator.end(), "password" if kind in ("pass", "pw") else kind,
                                     bool(mark) and "\n" not in sep, f"label '{label}{mark}'", prose=True, code=code):
                yield found
        # (a desk note's "pw" too: "Temp pw for L. Ortega: Pce#2291", whose value must then mix letters with more)
        qualified = not found and (kind not in ("pass", "pw") or kind == "pw" and _note_pw(text, match)) and \
            (_QUALIFIER.match(text, match.end()) or _QUALIFIER_ASIDE.match(text, match.end()))
        if qualified:  # "Contraseña del portal de facturación: kXtBgA#zV6LL"
            yield from self._value(text, qualified.end(), "password" if kind == "pw" else kind, kind != "pw",
                                   f"label '{label} ...:'", prose=True, code=code)
        said = not found and not qualified and kind not in ("pass", "pw") and _QUALIFIER_IS.match(text, match.end())
        if said:  # "The password for the billing portal login pce_admin is Sunset#2024.": a weak label, a strong value
            for found in self._value(text, said.end(), kind, False, f"label '{label} ... is'", prose=True, code=code):
                yield found
        given = not found and not qualified and kind not in ("pass", "pw") and (
            _GIVEN_AS.match(text, match.end()) or _FOR_AS.match(text, match.end()))
        if given:  # "the temporary password PCE mailed to me, Sunrise-8812!, so I ...": an aside between commas
            found = [value for value in self._value(text, given.end(), kind, False, f"label '{label} ... given'",
                                                    prose=True, code=code) if text.startswith(",", value[1])]
            yield from found
        apposed = not found and not qualified and kind == "password" and _APPOSED.match(text, match.end())
        if apposed:
            found = [value for value in self._value(text, apposed.end(), kind, False, f"label '{label}, ...,'",
                                                    prose=True, code=code)
                     if text.startswith(",", value[1]) and _shaped(value[3])]
            yield from found
        recorded = not found and not qualified and kind not in ("pass", "pw", "pin") and _RECORDED_AS.match(text, match.end())
        sentence = " ".join(f"{previous[-80:]} {before}".split())  # a PDF's line may break inside it: "records the" / "password as"
        if recorded and (recorded.group("verb") or _RECORDED_BEFORE.search(sentence)):  # "records ... password as Heron#2231"
            found = list(self._value(text, recorded.end(), kind, False, f"label '{label} ... as'", prose=True, code=code))
            yield from found
        if not found and not qualified:  # a label that opens its line reads the line above: "reset the" / "password to"
            before = before if before.strip() else f"{previous[-80:]}\n{before}"
            found = list(self._set_to(text, match, before, label, code))
            yield from found
        if not found and not qualified and kind not in ("pass", "pin") and not code:
            yield from self._quoted_after(text, match, label)

    def _quoted_after(self, text: str, match: re.Match, label: str):
        """A password told in a sentence, its value quoted a few words after its label: "read back to our client the
        password on the account, \u201cMarlin42$\u201d" (``_QUOTED_AFTER``)."""
        quoted = _QUOTED_AFTER.match(text, match.end())
        if not quoted or _NOT_THE_PASSWORD.search(quoted.group("words")):
            return
        start, end = quoted.span("value")
        value = quoted.group("value")
        if self._plausible(value, kind="password", strong=False, text=text, end=end, prose=True) \
                and not is_example(text, start, value):
            yield start, end, f"password quoted after label '{label} ...'", value, None

    def _set_to(self, text: str, match: re.Match, before: str, label: str, code: bool):
        """A password told as set to a value: "her password was reset to Moon1995!", "reset his password to ...";
        or given in brackets after its label: "her portal password (Bluejay!2291)"."""
        kind = match.lastgroup
        set_to = kind not in ("pass", "pin") and (
            _SET_TO.match(text, match.end()) or (_SET_BEFORE.search(before) and _TO.match(text, match.end()))
            or ((kind == "pw" or _SYSTEM_BEFORE.search(before)) and _RESET_TO.match(text, match.end()))
            or _WILL_USE.match(text, match.end()))
        if set_to:
            yield from self._value(text, set_to.end(), kind if kind != "pw" else "password", False,
                                   f"label '{label} ... to'", prose=True, code=code)
        elif kind not in ("pass", "pin") and not code and (bracketed := _IN_BRACKETS.match(text, match.end())):
            start, end = bracketed.span(1)
            value = bracketed.group(1)
            if self._plausible(value, kind="password", strong=False, text=text, end=end, prose=True) \
                    and not is_example(text, start, value):
                yield start, end, f"password after label '{label} (...)'", value, None

    def _meeting_row(self, record: Record | None, segment: Segment) -> bool:
        """Whether ``segment``'s row gives a public meeting's join details: another column's header names them
        ("Body | Webinar ID | Passcode", "Meeting | Zoom link | Password"), however far the table's header is from
        this row, and no column names a login (a user name, an account, a mailbox, a sign-in: "Zoom host account |
        Password" is the login that starts the meeting, no passcode the public is given)."""
        if record is None:
            return False
        labels = [field.label for field in record.fields if field is not segment and field.label]
        return any(self.meeting.search(label) for label in labels) and not any(
            _LOGIN_COLUMN.search(label) for label in labels)

    def _meeting(self, text: str, at: int) -> bool:
        return bool(self.meeting and self.meeting.search(text, max(0, at - 300), at + 150))

    def _value(self, text: str, pos: int, kind: str, strong: bool, source: str, prose: bool = False,
               code: bool = False):
        """The token at ``pos`` if it looks like a secret; quotes delimit it, a URL query stops at '&'.
        In ``code`` (an inline script) only a string literal is a value, not an expression."""
        if code and not (pos < len(text) and text[pos] in "\"'`"):
            return
        if pos < len(text) and text[pos] in "\"'`":
            close = text.find(text[pos], pos + 1)
            if close < 0 or any(c.isspace() for c in text[pos + 1:close]):
                return
            start, end, strong = pos + 1, close, True
        else:
            query = _QUERY_BEFORE.search(text[max(0, pos - 40):pos])
            match = (_QUERY_TOKEN if query else _TOKEN).match(text, pos)
            if not match:
                return
            start, end = match.span()
            while end > start and (text[end - 1] in _TRAILING
                                   or _CLOSERS.get(text[end - 1], "") not in text[start:end - 1]):
                end -= 1
        value = text[start:end]
        rest = text[end:end + 80].split("\n", 1)[0]
        if self._plausible(value, kind=kind, strong=strong, text=text, end=end, rest=rest, prose=prose) \
                and not is_example(text, start, value):
            yield start, end, f"{kind.replace('_', ' ')} after {source}", value, None

    def _plausible(self, value: str, *, kind: str = "password", strong: bool = True, text: str = "",
                   end: int = 0, rest: str = "", prose: bool = False) -> bool:
        """The strength heuristic of the module docstring. In prose a bare word must be lower case too:
        capitalised words after "Password:" are headings and buttons ("Submit", "Requirements")."""
        if (not value or value.lower() in self.placeholders or _PLACEHOLDER_PARTS.search(value)
                or any(c.isspace() for c in value) or _UNIT_AFTER.match(text, end) or _NOT_A_SECRET.search(value)):
            return False
        if value.isdigit():
            if kind == "host_key":
                return 4 <= len(value) <= 12  # Zoom's host key has six to ten digits, a conference line's PIN four+
            if kind == "pin":
                return 4 <= len(value) <= 8
            return self.min_length <= len(value) <= 12 and (strong or kind == "passcode")
        if kind == "pin" or len(value) < self.min_length or not any(c.isalpha() for c in value):
            return False
        if value[-1] in "?!" and value.rstrip("?!").isalpha():
            value = value.rstrip("?!")  # a question's or an exclamation's last word ("Password reset?"): a word
        elif any(c.isdigit() or not (c.isalnum() or c in "-'’.") for c in value) or re.search(r"[a-z][A-Z]", value):
            return True
        # a bare word: only as the whole of a "Password: ..." line, not the start of an instruction
        return strong and not rest.strip(" \t,;|/)") and not (prose and not value.islower())
