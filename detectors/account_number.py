"""SCE and Pomona Choice Energy customer and service account numbers (PCE-01 4.1, rule 6.3).

PCE customers are billed on their SCE account, so the numbers are SCE's. The dashed SCE forms, customer
account 2-DD-DDD-DDDD and service account 3-DDD-DDDD-DD, have no public look-alike and count anywhere.
A plain ten-digit run (the newer 8DDDDDDDDD service and 7DDDDDDDDD customer accounts, or the old forms
written without dashes) counts only beside an account label, in the text ("Acct # ", "Service Account
No.") or as the field name of its table column; a number under another label ("PO# 8001026149", an
APN column) never counts. Numbers of other shapes are not SCE's even beside "Account No." (a budget's
GL account 101-1234-56789, a vendor's customer number), so they stay silent unless ``patterns`` adds them.
Nor do a form's examples ("e.g. 8001234567", 2345678901), nor the numbers on a page that presents a sample
bill ("How to read your bill", "Sample bill"; one PDF page, or the whole of a web page).

Options (``[detectors.account_number]``):
  labels               extra account label phrases (default: Account No./Number/#, Acct, Service
                       Account/Acct, SA, Customer Account/No./Number, Cust No., Utility/Electric/SCE/PCE
                       Account and the Spanish Número/No. de cuenta, Cuenta de servicio/cliente)
  replace_labels       true to use only ``labels`` instead of the defaults (default false)
  patterns             extra regular expressions of account numbers that count beside a label
  unlabelled_patterns  extra regular expressions of account numbers that count anywhere
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from .base import Detector, as_list
from .labels import DASH, LEFT, RIGHT, is_example, label_beside, label_pattern, other_label_beside, sample_pages
from .masking import mask_digits
from .model import Document, Finding, Segment

LABELS = ["Account No", "Account Nos", "Account Number", "Account Nbr", "Account #", "Account ID", "Acct",
          "Accts", "Service Account", "Service Acct", "SA", "Customer Account", "Customer Acct", "Customer No",
          "Customer Number", "Customer #", "Customer ID", "Cust No", "Cust #", "Cust Acct", "Utility Account",
          "Electric Account", "SCE Account", "PCE Account", "Edison Account", "Número de cuenta",
          "Numero de cuenta", "No. de cuenta", "Núm. de cuenta", "Cuenta de servicio", "Cuenta de cliente",
          "Número de cuenta de servicio", "Numero de cuenta de servicio", "Número de cliente",
          "Numero de cliente"]

UNLABELLED = [rf"2{DASH}\d{{2}}{DASH}\d{{3}}{DASH}\d{{4}}",  # SCE customer account 2-23-456-7890
              rf"3{DASH}\d{{3}}{DASH}\d{{4}}{DASH}\d{{2}}"]  # SCE service account 3-012-3456-78
LABELLED = [r"[2378]\d{9}"]  # 8001026149, 7001234567 and the dashed forms written without dashes


def _compile(patterns) -> list[re.Pattern]:
    return [re.compile(LEFT + f"(?:{p})" + RIGHT) for p in as_list(patterns)]


class AccountNumberDetector(Detector):
    category = "account_number"
    severity = "high"
    rule = "PCE-01 6.3"
    description = "SCE / Pomona Choice Energy customer and service account numbers"
    option_keys = ('labels', 'replace_labels', 'patterns', 'unlabelled_patterns')

    def __init__(self, options=None, public=None):
        super().__init__(options, public)
        self.labels = label_pattern(LABELS, self.options)
        self.anywhere = _compile(UNLABELLED) + _compile(self.options.get("unlabelled_patterns", []))
        self.labelled = _compile(LABELLED) + _compile(self.options.get("patterns", []))

    def scan(self, document: Document) -> Iterator[Finding]:
        samples = None  # looked up once a number is found: most pages have none
        for segment in document.segments:
            for found in self.scan_segment(segment):
                samples = sample_pages(document.segments) if samples is None else samples
                if segment.location.page not in samples:
                    yield found

    def scan_segment(self, segment: Segment) -> Iterator[Finding]:
        spans: dict[tuple[int, int], bool] = {}  # span -> counts without a label; the anywhere forms go first
        for anywhere, patterns in ((True, self.anywhere), (False, self.labelled)):
            for pattern in patterns:
                for match in pattern.finditer(segment.text):
                    if match.end() > match.start():  # a configured pattern may match nothing
                        spans.setdefault(match.span(), anywhere)
        for (start, end), anywhere in sorted(spans.items()):
            digits = re.sub(r"\D", "", segment.text[start:end])
            if is_example(segment.text, start, digits):
                continue
            label = label_beside(segment, start, self.labels)
            if label:
                why = f"account number beside label '{label}'"
            elif anywhere and not other_label_beside(segment, start):
                why = "number in an SCE account form"
            else:
                continue
            yield self.finding(segment, start, end, why=why, normalized=digits)

    def mask(self, value: str) -> str:
        return mask_digits(value)
