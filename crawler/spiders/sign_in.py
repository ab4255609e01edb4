"""Sign-in walls: a document or a start URL answered by a sign-in page instead of itself.

A staging site, an intranet export or a portal answers what it protects with a login form: a redirect to
``/login?next=...``, ``/Account/Login?ReturnUrl=...`` or an SSO host, or a ``200`` sign-in page at the document's
own URL. That is a ``401`` in all but its status: the public cannot open the document either, so it is no gap in
the check, but it must not be listed as the login page scanned (and the run pass green), nor a start URL as a
site checked. Told apart from an ordinary page with a "Sign in" box in its header by where the redirect leads
(a sign-in path) or, for a page at a URL asked for as a document or a start URL, by a password form that is the
page's main content (a password field in a header, navigation, sidebar or footer is a login box, never that). With
``--auth-env``, an ordinary page answered by such a form is what a staging session that expired answers every URL
with: the spider then asks whether the host still lets it in (``SiteSpider.held_at_wall``).
"""
from __future__ import annotations

from urllib.parse import urlsplit

from lxml import etree

REDIRECTED_TO_SIGN_IN = "password-protected (redirected to a sign-in page): not checked; give credentials with --auth-env"
SIGNED_OUT = ("password-protected (redirected to a sign-in page): not checked; the site stopped letting pubcheck in "
              "part-way through the crawl (a page it had read now redirects to a sign-in page or is refused): a "
              "session or password that expired")
ANSWERED_BY_SIGN_IN = "password-protected (answered with a sign-in page): not checked; give credentials with --auth-env"

# path segments (without an extension) that name a sign-in page: /login, /Account/LogOn, /users/sign_in,
# /wp-login.php, /sso, /cas/login, /adfs/ls, /oauth2/authorize (not "cas" alone: a folder of case files)
_SIGN_IN_SEGMENTS = frozenset("""
login log-in log_in logon log-on signin sign-in sign_in sso auth authenticate authorize oauth oauth2 saml saml2
adfs wp-login
""".split())
# a page whose text beyond its navigation and its password form is this short has nothing else to show
MAIN_TEXT_CHARS = 600
# a password field of the page's own content: one in its header, navigation, sidebar or footer is a login box on
# a page that has other things to show (a site's "Sign in" box on every page), whatever the page's length
_PASSWORD_INPUTS = etree.XPath(
    "//input[translate(@type, 'PASWORD', 'pasword') = 'password'][not(ancestor::header or ancestor::nav"
    " or ancestor::footer or ancestor::aside"
    " or ancestor::*[@role = 'navigation' or @role = 'banner' or @role = 'contentinfo'])]")
_MAIN_TEXTS = etree.XPath(
    "//body//text()[not(ancestor::script or ancestor::style or ancestor::noscript or ancestor::template"
    " or ancestor::header or ancestor::nav or ancestor::footer or ancestor::aside"
    " or ancestor::*[@role = 'navigation' or @role = 'banner' or @role = 'contentinfo'])]")


def is_sign_in_url(url: str) -> bool:
    """Whether ``url``'s path names a sign-in page (``/account/login``, ``/signin.aspx``, ``/sso/start``)."""
    segments = urlsplit(url).path.lower().split("/")
    return any(segment.rsplit(".", 1)[0] in _SIGN_IN_SEGMENTS for segment in segments if segment)


def is_sign_in_page(root) -> bool:
    """Whether the page is a sign-in form and little else: it has a password field outside its header, navigation,
    sidebar and footer, and the text outside that field's form and those parts is under :data:`MAIN_TEXT_CHARS`."""
    passwords = _PASSWORD_INPUTS(root)
    if not passwords:
        return False
    forms = {form for field in passwords for form in field.iterancestors("form")} or set(passwords)
    main = 0
    for text in _MAIN_TEXTS(root):
        owner = text.getparent()
        owner = owner.getparent() if text.is_tail else owner
        if owner is not None and (owner in forms or any(a in forms for a in owner.iterancestors())):
            continue
        main += len(text.strip())
        if main >= MAIN_TEXT_CHARS:
            return False
    return True
