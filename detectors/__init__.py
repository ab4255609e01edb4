"""Detectors of confidential information (PCE-01 section 4.1 and rule 6.5), one module per category."""
