"""Scrapy settings of the pubcheck project.

Limits come from ``crawler.config`` (defaults and the TOML file); ``crawl_settings`` maps them onto
Scrapy's own settings so that one place decides each limit.
"""
from crawler.config import Config

BOT_NAME = "pubcheck"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.ScopeMiddleware": 50,
    "crawler.middlewares.BasicAuthMiddleware": 60,
    "crawler.incremental.ConditionalRequests": 70,
}
SPIDER_MIDDLEWARES = {"crawler.incremental.RevalidatedResponses": 950}  # before DepthMiddleware sees its requests
ITEM_PIPELINES = {"crawler.pipelines.CollectPipeline": 100}
EXTENSIONS = {
    "crawler.extensions.DocumentGate": 100,
    "crawler.extensions.ProgressLine": 200,
    "scrapy.extensions.throttle.AutoThrottle": None,
    "crawler.throttle.RevalidationAutoThrottle": 0,  # counts a 304 as an answer (incremental crawls)
}

PUBCHECK_OUT = "pubcheck-report"  # where reports go (pubcheck --out)
PUBCHECK_REVEAL = False  # write raw values (pubcheck --reveal)
PUBCHECK_AUTH_ENV = ""  # name of the environment variable holding USER:PASS for the start hosts
PUBCHECK_PROGRESS = True
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
HTTPERROR_ALLOWED_CODES = [301, 302, 303, 307, 308]
COOKIES_ENABLED = True  # staging sites often set a session cookie after basic auth
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False  # Scrapy >= 2.19 would serve code execution on a local port during the crawl
RETRY_GIVE_UP_LOG_LEVEL = "INFO"  # the report lists every failed URL; cron mail need not
# responses wait for their analysis in the scraper; let PDFs queue without stalling the downloader
SCRAPER_SLOT_MAX_ACTIVE_SIZE = 64 * 1024 * 1024
# a response yields one file and one list of links: Scrapy's 100 parallel item workers per response only cost
# (it starts that many asyncio tasks for each response, a third of the CPU of a re-crawl of 304s)
CONCURRENT_ITEMS = 8
AUTOTHROTTLE_START_DELAY = 0.25
AUTOTHROTTLE_MAX_DELAY = 10.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 4.0
DOWNLOAD_WARNSIZE = 0


def crawl_settings(config: Config) -> dict:
    """Scrapy settings for the limits in ``config``."""
    crawl = config.crawl
    return {
        "PUBCHECK_CONFIG": config.as_dict(),
        "ROBOTSTXT_OBEY": crawl["obey_robots_txt"],
        "USER_AGENT": crawl["user_agent"],
        "DOWNLOAD_MAXSIZE": crawl["max_document_mb"] * 1024 * 1024,
        "DOWNLOAD_TIMEOUT": crawl["timeout"],
        "RETRY_TIMES": crawl["retries"],
        "CONCURRENT_REQUESTS": crawl["concurrency"] * 2,
        "CONCURRENT_REQUESTS_PER_DOMAIN": crawl["concurrency"],
        "AUTOTHROTTLE_ENABLED": crawl["autothrottle"],
    }


globals().update(crawl_settings(Config()))
