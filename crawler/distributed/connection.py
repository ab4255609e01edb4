"""The Redis server of a crawl across machines: its URL from ``--redis``, its password from ``--redis-auth-env``.

The password is read from the environment each time a connection is made, so it never sits in Scrapy's settings
(which ``-v`` logs) nor in the process list; a password written into the URL is refused for the same reason.
"""
from __future__ import annotations

import os
import socket
from urllib.parse import urlsplit, urlunsplit

import redis

from ..config import ConfigError

SCHEMES = ("redis", "rediss", "unix")
CONNECT_TIMEOUT = 10  # seconds to reach the server
COMMAND_TIMEOUT = 60  # seconds for one command: every command of a crawl is short


def check_url(url: str) -> None:
    """Raise ConfigError for a ``--redis`` URL that cannot be used: another scheme, or a password in it."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError for a port out of range)
    except ValueError as e:
        raise ConfigError(f"--redis {shown(url)}: invalid URL ({e})") from None
    if parts.scheme not in SCHEMES:
        raise ConfigError(f"--redis {shown(url)}: not a Redis URL (redis://HOST:6379/0, rediss:// for TLS, "
                          "unix:///path/to/redis.sock)")
    if parts.password is not None:
        raise ConfigError("the --redis URL contains a password; name the environment variable that holds it with "
                          "--redis-auth-env VAR instead, so that it stays out of logs and the process list")


def shown(url: str) -> str:
    """The URL as messages show it: without user information."""
    parts = urlsplit(url)
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rsplit("@", 1)[1]))


def password(auth_env: str | None) -> str | None:
    """The Redis password held by the environment variable ``auth_env`` (None without one)."""
    if not auth_env:
        return None
    value = os.environ.get(auth_env)
    if not value:
        raise ConfigError(f"environment variable {auth_env} (--redis-auth-env) is not set or empty")
    return value


def connect(url: str, auth_env: str | None = None, *, name: str = "pubcheck") -> redis.Redis:
    """A client of the server at ``url``, checked with a PING. Raises ConfigError, in plain words, when the server
    cannot be reached or refuses the password."""
    check_url(url)
    try:
        server = redis.Redis.from_url(url, password=password(auth_env), socket_connect_timeout=CONNECT_TIMEOUT,
                                      socket_timeout=COMMAND_TIMEOUT, health_check_interval=30,
                                      client_name=f"{name}@{socket.gethostname()}:{os.getpid()}".replace(" ", "-"))
        server.ping()
    except (redis.AuthenticationError, redis.ResponseError) as e:
        if not isinstance(e, redis.AuthenticationError) and "NOAUTH" not in str(e):
            raise ConfigError(f"Redis at {shown(url)} answered with an error: {e}") from None
        if auth_env:
            raise ConfigError(f"Redis at {shown(url)} refused the password in {auth_env}") from None
        raise ConfigError(f"Redis at {shown(url)} wants a password: give it with --redis-auth-env VAR") from None
    except (redis.ConnectionError, redis.TimeoutError, OSError) as e:
        raise ConfigError(f"cannot reach Redis at {shown(url)}: {e}") from None
    except ValueError as e:  # a query option redis-py cannot read
        raise ConfigError(f"--redis {shown(url)}: {e}") from None
    return server


def connect_from_settings(settings, name: str = "pubcheck") -> redis.Redis:
    """A client for a crawl component, from the flat settings ``PUBCHECK_REDIS_URL`` and ``PUBCHECK_REDIS_AUTH_ENV``."""
    return connect(settings.get("PUBCHECK_REDIS_URL"), settings.get("PUBCHECK_REDIS_AUTH_ENV") or None, name=name)
