#!/usr/bin/env python3
"""Measures how fast the service acknowledges webhook deliveries (security.md G2.3: p99 < 1 s at 50 deliveries/s).

Sends distinct signed Discourse `post_created` deliveries at a fixed rate (open loop: each is sent on schedule
whatever the previous ones are doing) to URL, and prints the latency percentiles of the 2xx answers.
Usage: webhook-ack.py URL SECRET [RATE] [SECONDS]   (check-load.sh's sibling, webhook-ack.sh, starts the server)
"""
import hashlib, hmac, json, sys, threading, time, urllib.request

url, secret = sys.argv[1], sys.argv[2].encode()
rate = float(sys.argv[3]) if len(sys.argv) > 3 else 50.0
seconds = float(sys.argv[4]) if len(sys.argv) > 4 else 20.0
latencies, failures, lock = [], [], threading.Lock()


def send(i):
    body = json.dumps({"post": {"id": 100000 + i, "version": 1, "post_type": 1, "topic_id": 7, "topic_title": "Bench",
                                "category_id": 5, "user_id": 57, "username": "bench", "topic_archetype": "regular",
                                "raw": "https://www.youtube.com/watch?v=aBcD3fGh1jK"}}, separators=(",", ":")).encode()
    request = urllib.request.Request(url, data=body, method="POST", headers={
        "Content-Type": "application/json", "X-Discourse-Event": "post_created", "X-Discourse-Instance": "https://bench.example",
        "X-Discourse-Event-Signature": "sha256=" + hmac.new(secret, body, hashlib.sha256).hexdigest()})
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            ok = 200 <= response.status < 300
    except Exception as error:  # noqa: BLE001 - every failure is counted, none stops the run
        ok, _ = False, error
    elapsed = time.perf_counter() - start
    with lock:
        (latencies if ok else failures).append(elapsed)


threads, begin, count = [], time.perf_counter(), int(rate * seconds)
for i in range(count):
    delay = begin + i / rate - time.perf_counter()
    if delay > 0:
        time.sleep(delay)
    thread = threading.Thread(target=send, args=(i,))
    thread.start()
    threads.append(thread)
for thread in threads:
    thread.join()

latencies.sort()
def pct(p): return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] * 1000
print(f"{count} deliveries at {rate:g}/s: {len(latencies)} acknowledged, {len(failures)} failed; "
      f"p50 {pct(50):.1f} ms, p90 {pct(90):.1f} ms, p99 {pct(99):.1f} ms, max {latencies[-1] * 1000:.1f} ms")
