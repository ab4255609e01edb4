"""Scrapy settings of the pubcheck project.

The run configuration (``crawler.config``: defaults and the TOML file, validated once) reaches Scrapy as flat
settings: each ``[crawl]`` and ``[report]`` key is one setting, Scrapy's own where Scrapy has one
(``timeout`` is ``DOWNLOAD_TIMEOUT``), a ``PUBCHECK_*`` one otherwise. Components read them in
``from_crawler``, as Scrapy's own components do.
"""
from crawler.config import Config

BOT_NAME = "pubcheck"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.ScopeMiddleware": 50,
    "crawler.middlewares.BasicAuthMiddleware": 60,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.ObeyedRobotsTxt": 100,  # Scrapy's place for it; off unless obey_robots_txt = true
    "crawler.incremental.ConditionalRequests": 70,
    # sees the body as sent, before Scrapy's HttpCompressionMiddleware (590) decodes what it can of it
    "crawler.middlewares.CompressedBodyCheck": 595,
    "crawler.middlewares.PartialContentCheck": 596,  # a 206 to a plain GET: part of a document, not checked
    # cookies checked against the bundled Public Suffix List, never one fetched from the internet
    "scrapy.downloadermiddlewares.cookies.CookiesMiddleware": None,
    "crawler.middlewares.OfflineCookies": 700,
}
SPIDER_MIDDLEWARES = {
    "crawler.middlewares.CallbackErrors": 10,
    "crawler.incremental.RevalidatedResponses": 950,  # before DepthMiddleware sees its requests
}
ITEM_PIPELINES = {"crawler.pipelines.CollectPipeline": 100}
EXTENSIONS = {
    "crawler.extensions.DocumentGate": 100,
    "crawler.extensions.ProgressLine": 200,
    "crawler.extensions.Interruption": 300,
    "crawler.extensions.MemoryTrim": 400,
    # Nothing listens on the network: Scrapy's remote control (an HTTP endpoint that runs code, on by default
    # since Scrapy 2.19) and telnet console are off by their settings below and switched off here by class,
    # so that a renamed setting cannot turn them back on. tests/test_scrapy_project.py pins the list.
    "scrapy.extensions.remote_control.RemoteControl": None,
    "scrapy.extensions.telnet.TelnetConsole": None,
    "scrapy.extensions.throttle.AutoThrottle": None,
    "crawler.throttle.RevalidationAutoThrottle": 0,  # counts a 304 as an answer (incremental crawls)
}
PUBCHECK_MEMORY_TRIM_SECONDS = 5.0  # crawler.extensions.MemoryTrim; 0 turns it off
REMOTE_CONTROL_ENABLED = False
TELNETCONSOLE_ENABLED = False
# http and https only: a file:, ftp:, s3: or data: URL is never fetched, whatever reaches the downloader
DOWNLOAD_HANDLERS = {"file": None, "ftp": None, "s3": None, "data": None}
# Scrapy's resolver for IPv6 as well as IPv4 (its default looks up IPv4 addresses only): a site or an allowed_hosts
# entry may be an IPv6 address ([::1]:8080) or a name that has only one. Lookups take the system's own time-out.
# TWISTED_DNS_RESOLVER, the name Scrapy 2.19 reads: set, the old DNS_RESOLVER prints a deprecation warning on every
# crawl's stderr (a cron mail's noise)
TWISTED_DNS_RESOLVER = "scrapy.resolver.CachingHostnameResolver"

PUBCHECK_OUT = "pubcheck-report"  # where reports go (pubcheck --out)
PUBCHECK_REVEAL = False  # write raw values (pubcheck --reveal)
PUBCHECK_AUTH_ENV = ""  # name of the environment variable holding USER:PASS for the start hosts
PUBCHECK_PROGRESS = True
PUBCHECK_STARTED = ""  # ISO 8601 start of the command that runs the crawl; empty: when the spider opens
PUBCHECK_INTERRUPT_GRACE = 3.0  # seconds the engine has to close after an interrupted run is reported
PUBCHECK_EXPECTED_URLS = 0  # URLs the previous run fetched, for the progress line's estimate
# the history (crawler.history.session.HistoryOptions.settings): off unless a database is named
PUBCHECK_HISTORY_DB = ""
PUBCHECK_HISTORY_RULES = ""
PUBCHECK_HISTORY_INCREMENTAL = True
PUBCHECK_HISTORY_BASELINE = ""
PUBCHECK_HISTORY_IGNORE_FILE = ""
PUBCHECK_HISTORY_KEEP_DOCUMENT_RUNS = 0

# the spider follows redirects itself (see SiteSpider.redirect), so they are scoped and recorded
REDIRECT_ENABLED = False
# ... and meta refreshes as links (SiteSpider.parse): Scrapy's MetaRefreshMiddleware would swap the page for its
# target, so the refreshing page's own body (shown to a reader for its delay) went unscanned, its URL without an
# outcome, and the second page of a refresh loop unlisted
METAREFRESH_ENABLED = False
HTTPERROR_ALLOWED_CODES = [301, 302, 303, 307, 308]
# ScopeMiddleware refuses over-long URLs with a reason (max_url_length); Scrapy's own check would drop them
# silently, before anything records them
URLLENGTH_LIMIT = 0
COOKIES_ENABLED = True  # staging sites often set a session cookie after basic auth
RETRY_GIVE_UP_LOG_LEVEL = "INFO"  # the report lists every failed URL; cron mail need not
LOG_FORMATTER = "crawler.logformatter.ItemsByName"  # an item holds a downloaded body: never in a log
# responses wait for their analysis in the scraper; let PDFs queue without stalling the downloader
SCRAPER_SLOT_MAX_ACTIVE_SIZE = 64 * 1024 * 1024
# Scrapy starts this many tasks for the output of every response, however little it holds: a page yields a
# handful of items and its new requests, each handled at once (Scrapy's 100 cost a millisecond a page, and a
# third of the CPU of a re-crawl of 304s)
CONCURRENT_ITEMS = 8
# Scrapy reads the source of a callback for every response to warn about a generator that returns a value:
# its cache holds the bound method, which dies with each request (a tenth of the main process's time)
WARN_ON_GENERATOR_RETURN_VALUE = False
# Breadth first, pages nearest the start URLs first: a URL is met first by its shortest path, so the depth
# limit refuses only what is truly deep, and the page limit keeps the pages closest to the start. The queue
# is on disk (crawler.frontier): most of a large site is discovered long before it is fetched.
DEPTH_PRIORITY = 1
# ... except documents, fetched as soon as a page links them: their analysis in the worker processes is the
# long part of a crawl (a leaked export, a 300-page packet), so it starts while the pages are still being fetched
# instead of after the last of them (up to this many links deep, documents go before every page)
DOCUMENT_PRIORITY = 16
SCHEDULER = "crawler.frontier.FrontierScheduler"
SCHEDULER_DISK_QUEUE = "crawler.frontier.RequestDiskQueue"
SCHEDULER_MEMORY_QUEUE = "scrapy.squeues.FifoMemoryQueue"  # what marshal cannot write waits here
# the spider's seen-set (SiteSpider.requested) de-duplicates every URL before a Request is made: Scrapy's
# would keep a second set of 100,000 fingerprints
DUPEFILTER_CLASS = "scrapy.dupefilters.BaseDupeFilter"
AUTOTHROTTLE_START_DELAY = 0.25
AUTOTHROTTLE_MAX_DELAY = 10.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 4.0
DOWNLOAD_WARNSIZE = 0

# Each configuration key and the setting that carries it.
CRAWL_SETTINGS = {
    "max_pages": "PUBCHECK_MAX_PAGES",
    "max_depth": "PUBCHECK_MAX_DEPTH",
    "max_document_mb": "PUBCHECK_MAX_DOCUMENT_MB",
    "timeout": "DOWNLOAD_TIMEOUT",
    "retries": "RETRY_TIMES",
    "concurrency": "CONCURRENT_REQUESTS_PER_DOMAIN",
    "autothrottle": "AUTOTHROTTLE_ENABLED",
    "allowed_hosts": "PUBCHECK_ALLOWED_HOSTS",
    "obey_robots_txt": "ROBOTSTXT_OBEY",
    "user_agent": "USER_AGENT",
    "max_query_variants": "PUBCHECK_MAX_QUERY_VARIANTS",
    "max_url_length": "PUBCHECK_MAX_URL_LENGTH",
    "max_future_years": "PUBCHECK_MAX_FUTURE_YEARS",
    "extract_timeout": "PUBCHECK_EXTRACT_TIMEOUT",
    "extract_memory_mb": "PUBCHECK_EXTRACT_MEMORY_MB",
    "workers": "PUBCHECK_WORKERS",
    "max_minutes": "PUBCHECK_MAX_MINUTES",
    "page_pictures": "PUBCHECK_PAGE_PICTURES",
    "max_pictures": "PUBCHECK_MAX_PICTURES",
}
REPORT_SETTINGS = {
    "site_wide_pages": "PUBCHECK_SITE_WIDE_PAGES",
    "fingerprint_key_file": "PUBCHECK_FINGERPRINT_KEY_FILE",
}


def crawl_settings(config: Config) -> dict:
    """The flat settings of a validated configuration."""
    settings = {name: config.crawl[key] for key, name in CRAWL_SETTINGS.items()}
    settings.update({name: config.report[key] for key, name in REPORT_SETTINGS.items()})
    settings.update({
        "PUBCHECK_DETECTORS": config.detectors,  # options by detector, checked by the detectors themselves
        "PUBCHECK_PUBLIC": config.public,
        "DOWNLOAD_MAXSIZE": config.crawl["max_document_mb"] * 1024 * 1024,
        "CONCURRENT_REQUESTS": config.crawl["concurrency"] * 2,  # two hosts (production, staging) at full pace
    })
    return settings


def crawl_limits(settings) -> dict:
    """The ``[crawl]`` limits a run had, by configuration key, as its report lists them."""
    return {key: settings[name] for key, name in CRAWL_SETTINGS.items()}


globals().update(crawl_settings(Config()))
