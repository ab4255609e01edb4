"""Running a crawl across machines: ``pubcheck crawl ... --redis URL`` (the starting process) and
``pubcheck join --redis URL`` (a join), and the settings that switch a crawl's components to their shared
versions."""
from __future__ import annotations

import os
import secrets
import sys

import redis

from ..collect import KEY_ENV, fingerprint_key
from ..config import Config, ConfigError
from ..history.session import HistoryOptions
from ..results import RunResult
from .connection import connect, shown
from .crawl import (FINISHED, INTERRUPTED, LOST, STOPPED, CrawlKeys, SharedCrawl, build, close_crawl, node_name,
                    open_crawl, wait_for_crawl)
from .sealing import Sealer, same_key

class RedisLost(ConfigError):
    """Redis was lost in a way the run could not report itself (the run reports a lost Redis as one of its errors
    where it can): said in one line, as a configuration error is, exit status 2."""


JOIN_AUTH_VAR = "PUBCHECK_JOIN_AUTH"  # where a join puts the staging credentials it opened, so settings only name it
ENDINGS = {FINISHED: "the crawl finished", INTERRUPTED: "the crawl was interrupted by its starting process",
           STOPPED: "the crawl was stopped by its starting process",
           "abandoned": "the crawl was abandoned: its starting process stopped answering",
           LOST: "Redis lost the crawl's state (restarted or flushed?); the crawl is incomplete",
           "left": "this node was interrupted and left the crawl; the requests it held went back to the frontier"}


def shared_settings(*, redis_url: str, redis_auth_env: str | None, crawl_id: str, role: str, node_id: str) -> dict:
    """The flat settings of a node of crawl ``crawl_id``: ``role`` is ``start`` (the starting process) or
    ``join``."""
    from .. import settings as project

    keys = CrawlKeys(crawl_id)
    start = role == "start"
    return {
        "PUBCHECK_REDIS_URL": redis_url,
        "PUBCHECK_REDIS_AUTH_ENV": redis_auth_env or "",  # the variable's name; the password is read at connection
        "PUBCHECK_CRAWL_ID": crawl_id,
        "PUBCHECK_NODE_ROLE": role,
        "PUBCHECK_NODE_ID": node_id,
        "SCHEDULER": "crawler.distributed.frontier.SharedScheduler",
        "DUPEFILTER_CLASS": "crawler.distributed.frontier.SharedDupeFilter",
        "SCHEDULER_DUPEFILTER_KEY": keys.seen,
        "DOWNLOADER_MIDDLEWARES": {**project.DOWNLOADER_MIDDLEWARES, "crawler.distributed.limits.SharedLimits": 55},
        "ITEM_PIPELINES": {"crawler.distributed.coordinator.CoordinatorPipeline" if start
                           else "crawler.distributed.node.NodePipeline": 100},
        "EXTENSIONS": {**project.EXTENSIONS, "crawler.distributed.coordinator.Coordinator" if start
                       else "crawler.distributed.node.NodeExtension": 400},
    }


def config_sections(config: Config) -> dict:
    return {"crawl": config.crawl, "report": config.report, "detectors": config.detectors, "public": config.public}


def run_shared_crawl(urls: list[str], out: str, config: Config, *, reveal: bool, auth_env: str | None,
                     verbose: bool, started: str | None, redis_url: str, redis_auth_env: str | None,
                     history: HistoryOptions | None = None) -> RunResult | None:
    """``pubcheck crawl ... --redis URL``: open a crawl in Redis for joins to take part in, crawl, and write the
    one report (see :func:`crawler.run.run_crawl`)."""
    from ..run import run_crawl
    from .spider import NodeSpider

    server = connect(redis_url, redis_auth_env, name="pubcheck start")
    crawl = open_crawl(server, targets=urls, config=config_sections(config), reveal=reveal,
                       fingerprint_key=fingerprint_key(config.report["fingerprint_key_file"]),
                       credentials=os.environ[auth_env] if auth_env else None, shown_url=shown(redis_url))
    print(f"pubcheck: crawl {crawl.crawl_id} is open on Redis at {shown(redis_url)}; other machines join it with: "
          f"pubcheck join --redis {shown(redis_url)}", file=sys.stderr)
    try:
        return run_crawl(urls, out, config, reveal=reveal, auth_env=auth_env, verbose=verbose, started=started,
                         history=history, spider_cls=NodeSpider,
                         extra_settings=shared_settings(redis_url=redis_url, redis_auth_env=redis_auth_env,
                                                        crawl_id=crawl.crawl_id, role="start",
                                                        node_id=node_name()))
    except (redis.ConnectionError, redis.TimeoutError) as e:  # a lost server is no bug of pubcheck: no traceback
        raise RedisLost(f"lost the connection to Redis at {shown(redis_url)} ({e}); the crawl is incomplete, "
                        "no report written") from None
    finally:
        try:  # unless the run closed it already: joins must not wait on
            close_crawl(server, crawl.crawl_id, STOPPED)
        except (redis.ConnectionError, redis.TimeoutError):
            pass  # the run said so already (its errors): nothing more to close on a server that is gone


def join_key(crawl: SharedCrawl) -> bytes:
    """This node's fingerprint key, which must be the starting process's: $PUBCHECK_FINGERPRINT_KEY, else the key
    file the crawl's configuration names or the default one, if it exists here (a join never makes a key: one it
    made could only be refused)."""
    if os.environ.get(KEY_ENV):
        return os.environ[KEY_ENV].encode()
    key_file = crawl.config.get("report", {}).get("fingerprint_key_file") or ""
    path = os.path.expanduser(key_file) if key_file else os.path.expanduser("~/.config/pubcheck/fingerprint.key")
    if not os.path.exists(path):
        raise ConfigError(f"no fingerprint key on this machine: every node of a crawl needs the starting process's "
                          f"key in {KEY_ENV} (or in {path})")
    return fingerprint_key(path)


def run_join(redis_url: str, redis_auth_env: str | None, *, verbose: bool) -> int:
    """``pubcheck join --redis URL``: wait for a crawl in Redis, fetch and analyse a share of it until it ends.
    0 when the crawl finished; 2 when this node could not take part or the crawl did not finish (interrupted,
    stopped, or its starting process stopped answering). Raises ConfigError when this node cannot join."""
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    from ..run import quiet_lost_servers
    from ..settings import crawl_settings
    from .node import node_left, node_refused
    from .spider import NodeSpider

    server = connect(redis_url, redis_auth_env, name="pubcheck join")
    where = shown(redis_url)
    crawl = wait_for_crawl(server, on_wait=lambda: print(f"pubcheck: waiting for a crawl to start on Redis at "
                                                         f"{where}", file=sys.stderr, flush=True))
    if crawl.version != build():
        raise ConfigError(f"the crawl was started by pubcheck {crawl.version} and this is pubcheck {build()}: "
                          "every node of a crawl must run the same build (the same version, detectors and "
                          "extractors: they decide what a node finds on its share of the pages)")
    key = join_key(crawl)
    if not same_key(key, crawl.crawl_id, crawl.key_check):
        raise ConfigError(f"this node's fingerprint key is not the one of the process that started the crawl "
                          f"({crawl.started_by}): set {KEY_ENV} to the same key on every node")
    os.environ[KEY_ENV] = key.decode()  # every component of this node seals and opens with the crawl's key
    config = Config.from_dict(crawl.config)
    config.check_detectors()
    credentials = crawl.credentials_for(Sealer(key, crawl.crawl_id))
    if credentials:
        os.environ[JOIN_AUTH_VAR] = credentials
    node_id = f"{node_name()}:{secrets.token_hex(3)}"
    print(f"pubcheck: joined crawl {crawl.crawl_id} of {', '.join(crawl.targets)} (started {crawl.started} by "
          f"{crawl.started_by}) as node {node_id}", file=sys.stderr, flush=True)

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.setdict({**crawl_settings(config), "PUBCHECK_REVEAL": crawl.reveal,
                      "PUBCHECK_AUTH_ENV": JOIN_AUTH_VAR if credentials else "",
                      "LOG_LEVEL": "INFO" if verbose else "WARNING",
                      **shared_settings(redis_url=redis_url, redis_auth_env=redis_auth_env, crawl_id=crawl.crawl_id,
                                        role="join", node_id=node_id)},
                     priority="cmdline")
    process = CrawlerProcess(settings)
    quiet_lost_servers()
    crawler = process.create_crawler(NodeSpider)
    ended: list[dict] = []
    refusals: list[Exception] = []
    crawler.signals.connect(lambda **kwargs: ended.append(kwargs), signal=node_left, weak=False)
    crawler.signals.connect(lambda error: refusals.append(error), signal=node_refused, weak=False)
    failures: list = []
    process.crawl(crawler, start_urls=crawl.targets).addErrback(failures.append)
    if failures:  # the components could not be built: nothing was taken
        failures[0].raiseException()
    process.start(install_signal_handlers=False)  # the Interruption extension handles SIGINT and SIGTERM
    if refusals:
        raise refusals[0]
    if failures:
        failures[0].raiseException()
    state = ended[-1]["state"] if ended else STOPPED
    if ended and ended[-1]["error"]:
        print(f"pubcheck: {ended[-1]['error']}", file=sys.stderr)
    settled = ended[-1]["settled"] if ended else 0
    print(f"pubcheck: {ENDINGS.get(state, f'the crawl {state}')}; this node handled {settled} "
          f"request{'s' if settled != 1 else ''}", file=sys.stderr)
    return 0 if state == FINISHED else 2
