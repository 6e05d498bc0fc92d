#!/usr/bin/env bash
# What one Redis can take for this service's stream traffic: XADD of an article-sized entry and
# XREADGROUP deliveries, measured with redis-benchmark against a throwaway redis-server on a free
# loopback port (never a shared Redis). AOF is on, as in deploy/; run once per fsync policy.
#
# Usage: deploy/bench/redis_streams.sh [everysec|always] [requests] [payload-bytes]
# Prints redis-benchmark's CSV lines ("test","rps","avg_latency_ms",...), one per scenario.
set -euo pipefail

fsync="${1:-everysec}"
requests="${2:-50000}"
payload_bytes="${3:-4096}"

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
workdir="$(mktemp -d)"
redis-server --port "$port" --bind 127.0.0.1 --dir "$workdir" --save '' \
  --appendonly yes --appendfsync "$fsync" --daemonize no --logfile "$workdir/redis.log" &
server_pid=$!
trap 'kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; rm -rf "$workdir"' EXIT

for _ in $(seq 50); do
  redis-cli -p "$port" ping >/dev/null 2>&1 && break
  sleep 0.1
done

payload() { head -c "$payload_bytes" /dev/zero | tr '\0' x; }
bench() { redis-benchmark -p "$port" --csv "$@" | tail -n +2; }

echo "# redis $(redis-server --version | awk '{print $3}'), appendfsync=$fsync, requests=$requests, payload=${payload_bytes}B"
echo '"test","rps","avg_latency_ms","min_latency_ms","p50_latency_ms","p95_latency_ms","p99_latency_ms","max_latency_ms"'
echo "# XADD, 50 clients, no pipelining (one producer call per article)"
payload | bench -n "$requests" -c 50 -x XADD bench '*' article
echo "# XADD, 50 clients, pipeline 16 (batched producers)"
payload | bench -n "$requests" -c 50 -P 16 -x XADD bench '*' article
redis-cli -p "$port" XGROUP CREATE bench g 0 >/dev/null
echo "# XREADGROUP COUNT 1, 50 consumers (one entry per call)"
bench -n "$requests" -c 50 -r 50 XREADGROUP GROUP g c__rand_int__ COUNT 1 STREAMS bench '>'
redis-cli -p "$port" XGROUP SETID bench g 0 >/dev/null
echo "# XREADGROUP COUNT 32, 50 consumers (the worker's default batch): rps x 32 = entries/s"
# Stop before the group runs out of entries, or the run measures empty replies.
bench -n "$(( $(redis-cli -p "$port" XLEN bench) / 32 - 50 ))" -c 50 -r 50 XREADGROUP GROUP g c__rand_int__ COUNT 32 STREAMS bench '>'
echo "# stream length $(redis-cli -p "$port" XLEN bench), used_memory $(redis-cli -p "$port" info memory | awk -F: '/^used_memory_human/ {print $2}' | tr -d '\r')"
