"""The run configuration: built-in defaults, overlaid by an optional TOML file.

One TOML file configures everything a run needs besides its targets and credentials::

    [crawl]                       # limits; see README "Configuration"
    max_pages = 5000
    [detectors.account_number]    # options of one detector (see that module's docstring)
    labels = ["Utility Acct"]
    [public]                      # the City's own published contacts
    phones = ["(909) 620-2000"]

Unknown keys are errors, not silently ignored: a typo in a limit must not go unnoticed in a nightly job.
"""
from __future__ import annotations

import codecs
import copy
import math
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .scope import split_host_port

CRAWL_DEFAULTS = {
    "max_pages": 5000,  # pages and documents fetched per run, all targets together
    "max_depth": 20,  # links followed from a start URL
    "max_document_mb": 50,  # larger files are listed as skipped, not downloaded
    "timeout": 30,  # seconds per download attempt
    "retries": 2,  # further attempts after a timeout, a dropped connection or a 5xx
    "concurrency": 8,  # parallel requests per host
    "autothrottle": True,  # adapt the request rate to the server's latency
    "allowed_hosts": [],  # hosts besides the start URLs' own that belong to the site
    "obey_robots_txt": False,  # disallowed pages are still published, so by default they are checked
    "user_agent": "pubcheck (pre-publication check of confidential information)",
    "max_query_variants": 100,  # distinct query strings per path before the path counts as a crawl trap
    "max_url_length": 1024,
    "max_future_years": 2,  # calendar URLs dated further ahead are a crawl trap
    "extract_timeout": 120,  # seconds of extraction and detection per document
    "extract_memory_mb": 2048,  # address space per worker process
    "workers": 0,  # extraction worker processes, at most 64; 0: one per CPU
    "max_minutes": 0.0,  # the whole run's time limit, then what was not reached is listed as not checked; 0: none
    "page_pictures": True,  # fetch the pictures pages show and read those that may hold text (OCR)
    "max_pictures": 5000,  # pages' pictures fetched per run, apart from max_pages
}
REPORT_DEFAULTS = {
    "site_wide_pages": 3,  # a loose contact shown on this many pages or more is the site's own
    "fingerprint_key_file": "",  # default: ~/.config/pubcheck/fingerprint.key (or $PUBCHECK_FINGERPRINT_KEY)
}
HISTORY_DEFAULTS = {
    "db": "",  # the history database; default $XDG_STATE_HOME/pubcheck/history.sqlite; relative to this file
    "ignore_file": "",  # accepted findings kept in version control; default pubcheck-ignore.toml beside this file
    "incremental": True,  # ask whether pages and documents changed; carry unchanged ones' findings forward
    "keep_document_runs": 0,  # keep the document lists of the latest N runs (0: all); runs and findings stay
    "recheck_after_days": 7,  # trust a 304 only this long after the body was last fetched and checked in full
}
SECTIONS = {"crawl": CRAWL_DEFAULTS, "report": REPORT_DEFAULTS, "history": HISTORY_DEFAULTS}
# The least each number may be. Zero is allowed only where it means something: no retries, no links followed
# beyond the start URLs, no calendar years ahead, one worker per CPU. Elsewhere zero would stall the run
# (concurrency 0 never fetches) or refuse everything (a 0 MB document limit, a 0 s timeout).
MINIMUM = {"max_pages": 1, "max_pictures": 1, "max_depth": 0, "max_document_mb": 1, "timeout": 1, "retries": 0,
           "concurrency": 1, "max_query_variants": 1, "max_url_length": 64, "max_future_years": 0, "extract_timeout": 1,
           "extract_memory_mb": 1, "workers": 0, "site_wide_pages": 1}
# The most each may be, where more would stall a run rather than lengthen it: a million retries of a document
# that always answers 503 hammer it for ever, a timeout of days waits for ever on a server that never answers,
# a thousand workers start a thousand extraction processes (each up to extract_memory_mb) that only contend for
# the machine's CPUs and memory (0, one per CPU, suits any machine).
MAXIMUM = {"retries": 10, "timeout": 600, "extract_timeout": 3600, "workers": 64}
TYPE_NAMES = {bool: "true or false", int: "an integer", float: "a number", str: "a string", list: "a list"}
FREE_SECTIONS = ("detectors", "public")  # checked by the detectors themselves
HOST_KEYS = ("allowed_hosts",)  # settings naming hosts: never user-info, which would put a password in the outputs


class ConfigError(Exception):
    """The configuration file is missing, unreadable or has a wrong key or value."""


@dataclass
class Config:
    crawl: dict = field(default_factory=lambda: copy.deepcopy(CRAWL_DEFAULTS))
    report: dict = field(default_factory=lambda: copy.deepcopy(REPORT_DEFAULTS))
    history: dict = field(default_factory=lambda: copy.deepcopy(HISTORY_DEFAULTS))
    detectors: dict = field(default_factory=dict)
    public: dict = field(default_factory=dict)
    source: str | None = None

    @classmethod
    def load(cls, path: str | Path | None, overrides: dict[str, dict] | None = None) -> "Config":
        """The file's configuration with ``overrides`` (command-line options, by section) on top, validated
        once, as a whole."""
        data: dict = {}
        if path:
            try:
                with open(path, "rb") as f:
                    data = tomllib.loads(toml_text(f.read(), f"config file {path}"))
            except OSError as e:
                raise ConfigError(f"cannot read config file {path}: {e.strerror}") from e
            except tomllib.TOMLDecodeError as e:
                raise ConfigError(f"config file {path} is not valid TOML: {e}") from e
        if path and overrides:
            # the file on its own first: a broken value the command line happens to override tonight
            # ("max_minutes = nan" with --max-minutes 1) still bites the night the option is dropped
            cls.from_dict(data, source=str(path))
        for section, values in (overrides or {}).items():
            if not isinstance(data.get(section, {}), dict):
                raise ConfigError(f"[{section}] must be a table")
            data[section] = {**data.get(section, {}), **values}
        return cls.from_dict(data, source=str(path) if path else None)

    @classmethod
    def from_dict(cls, data: dict, source: str | None = None) -> "Config":
        config = cls(source=source)
        for section, values in data.items():
            if section in FREE_SECTIONS:
                if not isinstance(values, dict):
                    raise ConfigError(f"[{section}] must be a table")
                setattr(config, section, copy.deepcopy(values))
                continue
            if section not in SECTIONS:
                raise ConfigError(f"unknown config section [{section}]; known: "
                                  + ", ".join(f"[{s}]" for s in (*SECTIONS, *FREE_SECTIONS)))
            if not isinstance(values, dict):
                raise ConfigError(f"[{section}] must be a table")
            target = getattr(config, section)
            for key, value in values.items():
                if key not in target:
                    raise ConfigError(f"unknown key {key!r} in [{section}]; known: {', '.join(target)}")
                target[key] = _checked(section, key, value)
        for category, options in config.detectors.items():
            if not isinstance(options, dict):
                raise ConfigError(f"[detectors.{category}] must be a table")
            _check_enabled(category, options)
        return config

    def check_detectors(self) -> None:
        """Build the detectors once here, so a bad option (an unknown table, a broken regular expression)
        is reported before a crawl starts rather than in every worker. A configuration that sets no detector
        option has nothing to check, and the run starts two seconds sooner (building them costs that much)."""
        if not self.detectors and not self.public:
            return
        from detectors.registry import load_detectors
        try:
            load_detectors(self.detectors, self.public)
        except (ValueError, TypeError, re.error) as e:
            raise ConfigError(f"{self.source or 'configuration'}: {e}") from e


def toml_text(data: bytes, name: str) -> str:
    """A TOML file's text (``name``: the file as an error names it, "config file /etc/pubcheck.toml"). TOML is
    UTF-8; a byte-order mark before it (Windows Notepad's "UTF-8 with BOM") is dropped, as most tools that read UTF-8
    do. Any other encoding (Notepad's "Unicode", which is UTF-16, or a Latin-1 file's accented letters) is a
    :class:`ConfigError` naming the file and what to save it as, not a guess."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\0" in data:
        raise ConfigError(f"{name} is not UTF-8 but UTF-16 (Notepad's \"Unicode\"), or holds NUL bytes: save it as "
                          "UTF-8 (in Notepad: Save As, Encoding UTF-8)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        raise ConfigError(f"{name} is not UTF-8: byte 0x{data[e.start]:02x} on line {line} (a Latin-1 or "
                          "Windows-1252 accented letter?); save it as UTF-8") from None


def detectors_off(detectors: dict) -> list[str]:
    """The detectors the configuration switches off (``enabled = false``), by category: a report that found
    no SSN must say when it did not look for one."""
    return sorted(category for category, options in detectors.items() if options.get("enabled", True) is False)


def _check_enabled(category: str, options: dict) -> None:
    """``enabled`` switches a detector off, so it must be true or false: ``enabled = 0`` would turn SSN detection
    off and ``enabled = "no"`` would keep it on, each without a word to whoever wrote it."""
    if "enabled" in options and not isinstance(options["enabled"], bool):
        raise ConfigError(f"[detectors.{category}] enabled must be true or false, got {options['enabled']!r}")


def _checked(section: str, key: str, value):
    """``value`` if it is of the default's type and within bounds, else a ConfigError saying what is wanted."""
    default = SECTIONS[section][key]
    wanted = (int, float) if type(default) is float else type(default)  # "max_minutes = 90" is a number too
    if isinstance(value, bool) != isinstance(default, bool) or not isinstance(value, wanted):
        raise ConfigError(f"[{section}] {key} must be {TYPE_NAMES[type(default)]}, got {value!r}")
    if isinstance(value, float) and not math.isfinite(value):
        # TOML has nan and inf: "max_minutes = inf" would silently mean no limit, as "nan" would
        raise ConfigError(f"[{section}] {key} must be a finite number, got {value!r}")
    least = MINIMUM.get(key, 0)
    if isinstance(value, (int, float)) and not isinstance(value, bool) and value < least:
        bound = f"must be at least {least}" if least else "must not be negative"
        raise ConfigError(f"[{section}] {key} {bound}, got {value!r}")
    most = MAXIMUM.get(key)
    if most is not None and value > most:
        raise ConfigError(f"[{section}] {key} must be at most {most}, got {value!r}")
    if isinstance(value, list) and not all(isinstance(item, str) and item.strip() for item in value):
        raise ConfigError(f"[{section}] {key} must be a list of non-empty strings, got {value!r}")
    if key in HOST_KEYS and any("@" in item for item in value):
        # user-info (``user:password@host``) is a credential: refused, and not echoed, since the error message
        # would print it (rule 6.5); a host setting names hosts only
        raise ConfigError(f"[{section}] {key} must name hosts only: an entry holds user-info (user:password@); "
                          "pass credentials with --auth-env VAR instead")
    if key in HOST_KEYS:
        wrong = [item for item in value if not split_host_port(item.strip())[0]]
        if wrong:
            raise ConfigError(f"[{section}] {key} must name hosts, as host or host:port (docs.example.gov, "
                              f"docs.example.gov:8443), not URLs or paths; got {wrong[0]!r}")
        # an entry is matched as written: a wildcard would match no host, and its documents be 'off-site', unchecked
        wildcard = next((item for item in value if "*" in item), None)
        if wildcard:
            raise ConfigError(f"[{section}] {key} names each host in full (docs.example.gov, www.example.gov): "
                              f"a wildcard matches no host; got {wildcard!r}")
    if isinstance(value, str) and key == "user_agent" and (not value.strip() or any(c in value for c in "\r\n")):
        raise ConfigError(f"[{section}] {key} must be one non-empty line, got {value!r}")
    return copy.deepcopy(value)
