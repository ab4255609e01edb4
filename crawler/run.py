"""Running a crawl in this process and turning a run's result into the exit status.

Shared by ``pubcheck crawl`` and ``pubcheck demo``; ``pubcheck scan`` ends in the same :class:`RunResult`
and the same :func:`exit_status`.
"""
from __future__ import annotations

from detectors.model import severity_rank

from .config import Config
from .history.session import HistoryOptions
from .results import RunResult

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def exit_status(result: RunResult | None, fail_on: str, allow_unchecked: int = 0) -> int:
    """2 when the check did not happen as asked: a run error, or more published documents left unchecked than
    ``allow_unchecked`` (an incomplete check never passes for a complete one); else 1 for a finding at or above
    ``fail_on``; else 0."""
    if result is None or result.run.errors or len(result.not_checked()) > allow_unchecked:
        return EXIT_ERROR
    worst = result.blocking_severity()  # accepted findings and those production already has never fail a run
    if fail_on != "never" and worst and severity_rank(worst) >= severity_rank(fail_on):
        return EXIT_FINDINGS
    return EXIT_OK


def run_crawl(urls: list[str], out: str, config: Config, *, reveal: bool, auth_env: str | None,
              verbose: bool, history: HistoryOptions | None = None, jobdir: str | None = None) -> RunResult | None:
    """Crawl ``urls``, write the reports into ``out`` and return the run's result (None if the crawl broke
    down before it could finish one). ``history``: compare with and record into the history; ``jobdir``: make
    the crawl resumable (Scrapy's JOBDIR; see crawler.resume)."""
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    from .pipelines import run_finished
    from .resume import job_finished
    from .settings import crawl_settings
    from .spiders.site import SiteSpider

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.setdict({**crawl_settings(config), "PUBCHECK_OUT": out, "PUBCHECK_REVEAL": reveal,
                      "PUBCHECK_AUTH_ENV": auth_env or "", "LOG_LEVEL": "INFO" if verbose else "WARNING",
                      **(history.settings() if history else {}), **({"JOBDIR": jobdir} if jobdir else {})},
                     priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(SiteSpider)
    results: list[RunResult] = []

    def keep(result: RunResult) -> None:
        results.append(result)

    crawler.signals.connect(keep, signal=run_finished, weak=False)
    process.crawl(crawler, start_urls=urls)
    process.start()
    job_finished(jobdir)
    return results[0] if results else None
