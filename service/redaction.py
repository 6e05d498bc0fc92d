"""Keep Redis credentials out of every message: a masked URL form, and a process-wide guard on output.

The settings hold the Redis URL as a ``SecretStr``; whatever shows a URL to a person uses
:func:`redact_url`. As a second line of defence, :func:`guard_process_output` wraps ``sys.stdout``
and ``sys.stderr`` (and so every log handler, traceback and ``print`` that writes to them) with a
filter that replaces each password found in the Redis URL variables by ``***``. It is installed at
each process entry (the CLI, ``python -m service.broker``) before the settings are even parsed, so
an error raised while parsing them is masked too.
"""

import io
import os
import sys
from collections.abc import Iterable, Mapping
from typing import TextIO
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

MASK = "***"
#: Environment variables that may carry a Redis URL with credentials.
URL_VARIABLES = ("REDIS_URL", "ENRICHER_REDIS_URL")
#: Query parameters whose values are credentials (``redis+sentinel://...?sentinel_password=...``).
SECRET_PARAMS = frozenset({"password", "sentinel_password"})
#: Shorter secrets are not masked in free output (they would garble ordinary text); see the docs.
MIN_GUARDED_LENGTH = 4


def redact_url(url: str) -> str:
    """``url`` with the password of the user part and of any ``*password`` parameter replaced by ``***``."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return "<unparseable Redis URL>"
    netloc = parts.netloc
    userinfo, at, hosts = netloc.rpartition("@")
    if at and ":" in userinfo:
        netloc = f"{userinfo.partition(':')[0]}:{MASK}@{hosts}"
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        query = urlencode([(k, MASK if k.lower() in SECRET_PARAMS else v) for k, v in pairs], safe="*")
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def url_secrets(url: str) -> set[str]:
    """The passwords a URL carries, as written and percent-decoded."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return set()
    found: set[str] = set()
    userinfo, at, _ = parts.netloc.rpartition("@")
    if at and ":" in userinfo:
        found.add(userinfo.partition(":")[2])
    found.update(v for k, v in parse_qsl(parts.query) if k.lower() in SECRET_PARAMS)
    return {form for secret in found for form in (secret, unquote(secret)) if secret}


def secrets_from_environment(environ: Mapping[str, str] | None = None) -> set[str]:
    """The passwords in the Redis URL variables of ``environ`` (default: this process's)."""
    env = os.environ if environ is None else environ
    return {secret for name in URL_VARIABLES for secret in url_secrets(env.get(name, ""))}


class RedactingStream(io.TextIOBase):
    """A text stream that writes to ``target`` with every secret replaced by ``***``."""

    def __init__(self, target: TextIO, secrets: Iterable[str]) -> None:
        super().__init__()
        self.target = target
        # Longest first, so that a secret containing another is masked whole.
        self.secrets = sorted({s for s in secrets if len(s) >= MIN_GUARDED_LENGTH}, key=len, reverse=True)

    def write(self, text: str) -> int:
        """Mask, then write through; returns the length of ``text`` as given."""
        masked = text
        for secret in self.secrets:
            masked = masked.replace(secret, MASK)
        self.target.write(masked)
        return len(text)

    def flush(self) -> None:
        """Flush the target."""
        self.target.flush()

    def isatty(self) -> bool:
        """Whether the target is a terminal (decides the log format)."""
        return self.target.isatty()

    def fileno(self) -> int:
        """The target's descriptor."""
        return self.target.fileno()

    @property
    def encoding(self) -> str:  # type: ignore[override]  # io.TextIOBase declares it as a plain attribute
        """The target's encoding."""
        return self.target.encoding

    @property
    def buffer(self) -> io.BufferedIOBase:
        """The target's binary buffer (not masked: the service never writes secrets as bytes)."""
        return self.target.buffer  # type: ignore[return-value]  # TextIO.buffer is BinaryIO


def guard_process_output(environ: Mapping[str, str] | None = None) -> None:
    """Wrap ``sys.stdout`` and ``sys.stderr`` so that no Redis password from the environment is written."""
    secrets = secrets_from_environment(environ)
    if not secrets:
        return
    if not isinstance(sys.stdout, RedactingStream):
        sys.stdout = RedactingStream(sys.stdout, secrets)
    if not isinstance(sys.stderr, RedactingStream):
        sys.stderr = RedactingStream(sys.stderr, secrets)
