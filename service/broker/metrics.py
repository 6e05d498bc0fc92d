"""Prometheus metrics of one worker, in a registry of its own (so tests can build many apps)."""

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

#: Label values of ``enricher_commits_total{outcome}``.
COMMIT_OUTCOMES = ("committed", "dead_lettered", "stale", "failed")
LATENCY_BUCKETS = (0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)


class Metrics:
    """Counters, gauges and histograms the worker updates (names start with ``enricher_``)."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        self.registry = reg = registry or CollectorRegistry()
        self.processed = Counter("enricher_articles_processed", "Events published.", registry=reg)
        self.duplicates = Counter(
            "enricher_articles_duplicate", "Articles whose event was already published.", registry=reg
        )
        self.failed = Counter(
            "enricher_articles_failed",
            "Articles that failed decoding, validation or enrichment.",
            ["code"],
            registry=reg,
        )
        self.dead_lettered = Counter(
            "enricher_articles_dead_lettered",
            "Entries sent to the dead-letter stream.",
            ["code"],
            registry=reg,
        )
        self.commits = Counter(
            "enricher_commits",
            "Commit outcomes, one per entry and attempt: committed (event published, or found already "
            "published), dead_lettered, stale (already committed by another consumer), failed (nothing "
            "written, the entry stays pending and is retried).",
            ["outcome"],
            registry=reg,
        )
        for outcome in COMMIT_OUTCOMES:
            self.commits.labels(outcome=outcome)
        self.group_recreated = Counter(
            "enricher_group_recreated",
            "Times this worker recreated a missing consumer group at the watermark.",
            registry=reg,
        )
        self.trim_held_back = Gauge(
            "enricher_trim_held_back",
            "1 while a downstream consumer group keeps the output or dead-letter stream from being trimmed "
            "to its retention (a stalled consumer: alert when it lasts).",
            registry=reg,
        )
        self.trim_forced = Counter(
            "enricher_trim_forced",
            "Commits whose trimming passed entries a downstream group had not read (trim_ceiling reached).",
            registry=reg,
        )
        self.abandoned = Counter(
            "enricher_entries_abandoned",
            "Entries left uncommitted (still pending) because a shutdown's grace period ran out.",
            registry=reg,
        )
        self.reclaimed = Counter(
            "enricher_articles_reclaimed",
            "Pending entries claimed back (XAUTOCLAIM / own PEL).",
            registry=reg,
        )
        self.latency = Histogram(
            "enricher_processing_seconds",
            "Seconds from reading an entry to committing it.",
            buckets=LATENCY_BUCKETS,
            registry=reg,
        )
        self.lag = Gauge(
            "enricher_group_lag",
            "Entries in the input not yet delivered to the group (from the ids: 0 when none follows the "
            "last-delivered id, even where XINFO's lag counter is stale; 1 when Redis cannot count them).",
            registry=reg,
        )
        self.pending = Gauge(
            "enricher_group_pending", "Entries delivered to the group but not acked.", registry=reg
        )
        self.ready = Gauge("enricher_ready", "1 when the worker is ready to process.", registry=reg)
        self.redis_errors = Counter(
            "enricher_redis_errors",
            "Failed Redis calls by operation (read, commit, monitor...) and kind (readonly, noperm, oom...).",
            ["op", "kind"],
            registry=reg,
        )
        self.memory_used_ratio = Gauge(
            "enricher_redis_memory_used_ratio",
            "Redis used_memory / maxmemory (0 without a limit).",
            registry=reg,
        )
