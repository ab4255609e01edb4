"""The files a page's GET form offers: a ``<select>`` (or a group of radio buttons) whose options name files.

A records page may publish its files through a form instead of links: ``<form action="/files/get">`` with
``<select name="file"><option value="permits-2024.xlsx">`` and a Download button. Submitting a GET form is
following a link (``/files/get?file=permits-2024.xlsx``) that anyone can open, so each option that names a file
is requested as the browser would: the form's other fields at their defaults (hidden fields, the default option
of other selects, checked boxes), the action's own query replaced, as a GET submission replaces it.

A form is read only when submitting it changes nothing: ``method="get"`` or no method, no password field (a sign-in
form is no list of files). An option names a file when its value (or, without one, its text) ends in a document
extension (``.pdf``, ``.xlsx``, ``.csv`` ...): a select of departments, years or sort orders is a search, and
submitting each of its options would crawl a search space, not published files. At most ``MAX_OPTIONS`` URLs per
form, and the crawl's query-variant limit, scope, robots.txt, depth and page limit apply to each as to any link.
"""
from __future__ import annotations

from urllib.parse import urlencode, urljoin, urlsplit, urlunsplit

from lxml import etree

from ..scope import names_document

MAX_OPTIONS = 50  # URLs per form
GET_FORMS = etree.XPath("//form[not(@method) or translate(normalize-space(@method), 'GET', 'get') = 'get'"
                        " or normalize-space(@method) = ''][not(.//input[translate(@type, 'PASSWORD', 'password')"
                        " = 'password'])]")
CHOICES = etree.XPath(".//select[@name and not(@disabled)]//option[not(@disabled)]"
                      " | .//input[translate(@type, 'RADIO', 'radio') = 'radio'][@name and not(@disabled)]")


def form_file_urls(root, base: str) -> list[str]:
    """The absolute URLs that submitting the page's GET forms with each option naming a file opens (see the
    module's docstring), in page order, each once; ``base``: the URL the forms' actions are relative to."""
    urls: dict[str, None] = {}
    for form in GET_FORMS(root):
        action = _action(form, base)
        if action is None:
            continue
        defaults = form.form_values()
        submitted = 0
        for choice in CHOICES(form):
            value = _choice_value(choice)
            if not names_document(value):
                continue
            urls[_with_query(action, urlencode(_submitted(defaults, _control(choice).get("name"), value)))] = None
            submitted += 1
            if submitted >= MAX_OPTIONS:
                break
    return list(urls)


def _submitted(defaults: list[tuple[str, str]], name: str, value: str) -> list[tuple[str, str]]:
    """The form's fields as submitted with ``value`` chosen for the control ``name``: in the place of its default
    (a radio group without a checked button has none: it comes last)."""
    fields = [(key, value if key == name else default) for key, default in defaults]
    chosen = [field for field in fields if field[0] == name][:1]
    if not chosen:
        return [*fields, (name, value)]
    return [field for field in fields if field[0] != name or field is chosen[0]]


def _action(form, base: str) -> str | None:
    """The form's action URL, resolved (its own page when it has none), or None when it is no http(s) URL."""
    try:
        action = urljoin(base, (form.get("action") or "").strip())
    except ValueError:
        return None
    return action if urlsplit(action).scheme in ("http", "https") else None


def _control(choice):
    """The ``<select>`` of an option (an ``<optgroup>`` may stand between them), or the radio button itself."""
    control = choice
    while control is not None and control.tag not in ("select", "input"):
        control = control.getparent()
    return control


def _choice_value(choice) -> str:
    value = choice.get("value")
    if value is None:
        value = choice.text_content() if choice.tag == "option" else "on"
    return value.strip()


def _with_query(action: str, query: str) -> str:
    scheme, netloc, path, _, _ = urlsplit(action)
    return urlunsplit((scheme, netloc, path, query, ""))
