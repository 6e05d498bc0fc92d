"""Redis clients from one URL, for the worker and every CLI command: a server, a Sentinel set, a Cluster.

URL forms (``rediss`` instead of ``redis`` turns TLS on in each):

- ``redis://[user:pass@]host:port/db``: one server (or a managed endpoint that follows failovers).
- ``redis+sentinel://[user:pass@]host1:port1,host2:port2/mastername?db=0``: ask the Sentinels for
  the primary of ``mastername``. ``user:pass`` authenticate to Redis; the Sentinels themselves take
  ``sentinel_username`` / ``sentinel_password`` parameters when they require auth.
- ``redis+cluster://[user:pass@]host1:port1,host2:port2``: a Redis Cluster, from any of its nodes
  (redis-py's ``RedisCluster`` follows MOVED/ASK and refreshes its slot map). Every key the
  worker touches must share one hash tag (:func:`hash_tag`), so that its scripts stay in one slot.

redis-py's Sentinel pool re-asks the Sentinels on every new connection and turns a READONLY answer
from a demoted primary into a connection error, so after a failover the next connection goes to the
new primary. The password never leaves this module in clear text: :func:`describe` masks it.
"""

from dataclasses import dataclass, field
from typing import Any, Literal, cast
from urllib.parse import parse_qsl, unquote, urlsplit

import redis
import redis.cluster
import redis.sentinel
from pydantic import SecretStr
from redis.asyncio import Redis
from redis.asyncio.cluster import ClusterNode, RedisCluster
from redis.asyncio.sentinel import Sentinel
from redis.driver_info import DriverInfo

from service.redaction import redact_url

Kind = Literal["server", "sentinel", "cluster"]
SENTINEL_SCHEMES = {"redis+sentinel": False, "rediss+sentinel": True}
CLUSTER_SCHEMES = {"redis+cluster": False, "rediss+cluster": True}
DEFAULT_SENTINEL_PORT = 26379


class RedisUrlError(ValueError):
    """The Redis URL cannot be used; the message shows it with the password masked."""


@dataclass(frozen=True, slots=True)
class RedisTarget:
    """Where Redis is and how to log in, parsed from the URL (for Sentinel and Cluster forms)."""

    kind: Kind
    hosts: tuple[tuple[str, int], ...]
    master: str = ""
    db: int = 0
    tls: bool = False
    username: str | None = None
    password: SecretStr | None = None
    sentinel_username: str | None = None
    sentinel_password: SecretStr | None = None
    options: dict[str, str] = field(default_factory=dict)


def secret_url(url: str | SecretStr) -> str:
    """The URL in clear, for the client constructors only."""
    return url.get_secret_value() if isinstance(url, SecretStr) else url


def describe(url: str | SecretStr) -> str:
    """The URL as a person may see it: password masked."""
    return redact_url(secret_url(url))


def spec_url(url: str | SecretStr) -> str:
    """``redis[s]://host:port`` of the first host, without credentials (for the AsyncAPI server)."""
    target = parse_target(url)
    host, port = target.hosts[0]
    parts = urlsplit(secret_url(url))
    scheme = "rediss" if target.tls or parts.scheme == "rediss" else "redis"
    db = parts.path if target.kind == "server" else f"/{target.db}"
    return f"{scheme}://{host}:{port}{db}"


def parse_target(url: str | SecretStr) -> RedisTarget:
    """Parse a ``redis[s]+sentinel://`` URL (or check a plain one); raises :class:`RedisUrlError`."""
    raw = secret_url(url)
    try:
        parts = urlsplit(raw)
        if parts.scheme in ("redis", "rediss", "unix"):
            return RedisTarget(kind="server", hosts=((parts.hostname or "localhost", parts.port or 6379),))
        cluster = parts.scheme in CLUSTER_SCHEMES
        if parts.scheme not in SENTINEL_SCHEMES and not cluster:
            raise RedisUrlError(f"unknown scheme {parts.scheme!r}")
        userinfo, _, hostlist = parts.netloc.rpartition("@")
        username, _, password = userinfo.partition(":")
        default_port = 6379 if cluster else DEFAULT_SENTINEL_PORT
        hosts = tuple(_host_port(item, default_port) for item in hostlist.split(",") if item)
        master, _, db_path = parts.path.strip("/").partition("/")
        query = dict(parse_qsl(parts.query))
        db = int(query.pop("db", db_path or "0"))
    except ValueError as exc:  # includes RedisUrlError and bad ports or db numbers
        raise RedisUrlError(f"bad Redis URL {describe(raw)}: {exc}") from None
    if not hosts or not (master or cluster):
        raise RedisUrlError(f"bad Redis URL {describe(raw)}: needs host:port[,host:port...]/mastername")
    sentinel_password = query.pop("sentinel_password", None)
    return RedisTarget(
        kind="cluster" if cluster else "sentinel",
        hosts=hosts,
        master=unquote(master),
        db=db,
        tls=CLUSTER_SCHEMES[parts.scheme] if cluster else SENTINEL_SCHEMES[parts.scheme],
        username=unquote(username) or None,
        password=SecretStr(unquote(password)) if password else None,
        sentinel_username=query.pop("sentinel_username", None),
        sentinel_password=SecretStr(sentinel_password) if sentinel_password else None,
        options=query,
    )


#: No CLIENT SETINFO on connect: one command less for the ACL (see service.broker.acl).
QUIET_CLIENT = {"driver_info": DriverInfo(name=None, lib_version=None)}


def async_client(url: str | SecretStr, **options: Any) -> Redis:
    """An asyncio client for any URL form; ``options`` go to every connection (timeouts...)."""
    options = {**QUIET_CLIENT, **options}
    target = parse_target(url)
    if target.kind == "server":
        return Redis.from_url(secret_url(url), **options)
    if target.kind == "cluster":
        nodes = [ClusterNode(host, port) for host, port in target.hosts]
        cluster = RedisCluster(startup_nodes=nodes, **_node_kwargs(target, options, with_db=False))
        return cast("Redis", cluster)  # the commands the worker uses are the same; see is_cluster
    sentinel = Sentinel(  # type: ignore[no-untyped-call]  # redis-py leaves this constructor untyped
        list(target.hosts),
        sentinel_kwargs=_sentinel_auth(target, options),
        **_node_kwargs(target, options),
    )
    return cast("Redis", sentinel.master_for(target.master, redis_class=Redis))


def sync_client(url: str | SecretStr, **options: Any) -> redis.Redis:
    """A blocking client for any URL form (the CLI's ``publish``)."""
    options = {**QUIET_CLIENT, **options}
    target = parse_target(url)
    if target.kind == "server":
        return redis.Redis.from_url(secret_url(url), **options)
    if target.kind == "cluster":
        nodes = [
            redis.cluster.ClusterNode(host, port)  # type: ignore[no-untyped-call]  # untyped in redis-py
            for host, port in target.hosts
        ]
        kwargs = _node_kwargs(target, options, with_db=False)
        return cast("redis.Redis", redis.cluster.RedisCluster(startup_nodes=nodes, **kwargs))
    sentinel = redis.sentinel.Sentinel(  # type: ignore[no-untyped-call]  # untyped in redis-py
        list(target.hosts),
        sentinel_kwargs=_sentinel_auth(target, options),
        **_node_kwargs(target, options),
    )
    master = sentinel.master_for(target.master, redis_class=redis.Redis)  # type: ignore[no-untyped-call]
    return cast("redis.Redis", master)


def _node_kwargs(target: RedisTarget, options: dict[str, Any], *, with_db: bool = True) -> dict[str, Any]:
    """Connection arguments for the Redis nodes (a cluster has only db 0)."""
    kwargs = {**options, "db": target.db} if with_db else dict(options)
    return _with_auth(kwargs, target.username, target.password, tls=target.tls)


def _sentinel_auth(target: RedisTarget, options: dict[str, Any]) -> dict[str, Any]:
    """Connection arguments for the Sentinels: the socket options, their own auth, the same TLS."""
    socket_options = {k: v for k, v in options.items() if k.startswith("socket_")}
    return _with_auth(socket_options, target.sentinel_username, target.sentinel_password, tls=target.tls)


def _with_auth(
    kwargs: dict[str, Any], username: str | None, password: SecretStr | None, *, tls: bool
) -> dict[str, Any]:
    if username:
        kwargs["username"] = username
    if password is not None:
        kwargs["password"] = password.get_secret_value()
    if tls:
        kwargs["ssl"] = True
    return kwargs


def is_cluster(client: object) -> bool:
    """True for a Redis Cluster client (no pipelines of scripts: redis-py blocks EVALSHA in them)."""
    return isinstance(client, RedisCluster | redis.cluster.RedisCluster)


def is_cluster_url(url: str | SecretStr) -> bool:
    """True for a ``redis[s]+cluster://`` URL."""
    return urlsplit(secret_url(url)).scheme in CLUSTER_SCHEMES


def hash_tag(key: str) -> str | None:
    """The part of ``key`` Redis Cluster hashes: between the first ``{`` and the next ``}``, if not empty."""
    start = key.find("{")
    end = key.find("}", start + 1)
    if start < 0 or end < 0 or end == start + 1:
        return None
    return key[start + 1 : end]


def _host_port(item: str, default_port: int) -> tuple[str, int]:
    host, _, port = item.rpartition(":") if ":" in item else (item, "", "")
    return host.strip("[]") or "localhost", int(port) if port else default_port
