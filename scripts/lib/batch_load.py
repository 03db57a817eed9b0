"""Drives POST /api/batches against a running API and measures it (used by batch-load.sh and soak-batch.sh).

Submits the documents (the IU dev reports as one batch, or N synthetic reports in batches of --batch-size),
polls every batch until it is done, samples the API process's resident memory from /proc every second, and
checks that every document is accounted for: done + failed == submitted, per batch and in all, and the
documents listed by GET /api/documents grew by the number done. Prints one summary line and exits 1 when a
check fails, the run exceeds --timeout, or the peak resident memory exceeds --max-rss-mb (when given).
No document text is printed.
"""
import argparse
import collections
import json
import os
import sys
import threading
import time
import urllib.request

TEMPLATES = [
    ("Chest pain.", "The heart is enlarged. No pleural effusion or pneumothorax.", "Cardiomegaly. No acute disease."),
    ("Cough and fever.", "Patchy opacity in the right lower lobe. No pneumothorax.", "Right lower lobe pneumonia."),
    ("Shortness of breath.", "Small bilateral pleural effusions. Heart size is normal.", "Bilateral pleural effusions."),
    ("Follow-up.", "Lungs are clear. Degenerative changes of the thoracic spine.", "No acute cardiopulmonary process."),
    ("Trauma.", "No displaced rib fracture. No pneumothorax. Lungs are clear.", "Normal chest."),
]


def synthetic(index):
    indication, findings, impression = TEMPLATES[index % len(TEMPLATES)]
    text = (f"EXAMINATION: Chest PA and lateral.\nINDICATION: {indication}\nCOMPARISON: None.\n"
            f"FINDINGS: {findings}\nIMPRESSION: {impression} Accession {index:08d}.")
    return {"document_text": text, "filename": f"soak-{index:08d}.txt"}


def request(base, method, path, body=None):
    data = None if body is None else json.dumps(body).encode("utf-8")
    req = urllib.request.Request(base + path, data=data, method=method, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=600) as answer:
        return answer.status, json.loads(answer.read() or b"null")


def cpu_seconds(pid):
    """(user, system) CPU time the process has used so far (/proc/PID/stat fields 14 and 15), in seconds."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return int(fields[11]) / os.sysconf("SC_CLK_TCK"), int(fields[12]) / os.sysconf("SC_CLK_TCK")
    except OSError:
        return 0.0, 0.0


def cpu_since(pid, start):
    """(user, system) CPU seconds used since <start>, a cpu_seconds() reading."""
    user, system = cpu_seconds(pid)
    return user - start[0], system - start[1]


def ms_each(seconds, count):
    return 1000 * seconds / max(count, 1)


def resident_mb(pid, field="VmRSS"):
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class MemorySampler(threading.Thread):
    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid, self.peak, self.samples, self.stop = pid, 0.0, [], threading.Event()

    def run(self):
        while not self.stop.is_set():
            value = resident_mb(self.pid)
            self.samples.append(value)
            self.peak = max(self.peak, value)
            self.stop.wait(1)


def batches(args):
    if args.iu:
        with open(args.iu, encoding="utf-8") as lines:
            docs = [json.loads(line) for line in lines if line.strip()]
        yield [{"document_text": d["document_text"], "filename": f"iu-{i:04d}.txt"} for i, d in enumerate(docs)]
        return
    for first in range(0, args.synthetic, args.batch_size):
        yield [synthetic(i) for i in range(first, min(first + args.batch_size, args.synthetic))]


def documents_total(base):
    return request(base, "GET", "/api/documents?page=1&page_size=1")[1]["total"]


def warm_up(base, count, timeout):
    """Sends <count> synthetic documents (numbered after any measured ones) as one batch and waits until it is done."""
    status, batch = request(base, "POST", "/api/batches", {"documents": [synthetic(10_000_000 + i) for i in range(count)]})
    if status != 202:
        sys.exit(f"warm-up: POST /api/batches answered {status}")
    deadline = time.monotonic() + timeout
    while request(base, "GET", f"/api/batches/{batch['id']}")[1]["status"] not in ("done", "cancelled"):
        if time.monotonic() > deadline:
            sys.exit(f"warm-up: batch not done after {timeout:.0f} s")
        time.sleep(0.5)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--api-base", required=True)
    parser.add_argument("--pid", type=int, required=True)
    parser.add_argument("--iu")
    parser.add_argument("--synthetic", type=int, default=0)
    parser.add_argument("--batch-size", type=int, default=5000)
    parser.add_argument("--timeout", type=float, default=3600)
    parser.add_argument("--max-rss-mb", type=float, default=0)
    parser.add_argument("--warm-up", type=int, default=0,
                        help="synthetic documents sent as one batch (and waited for) before measuring, so JIT and first-use costs are not counted")
    parser.add_argument("--label", default="batch")
    args = parser.parse_args()
    base = args.api_base.rstrip("/")

    if args.warm_up:
        warm_up(base, args.warm_up, args.timeout)
    resident_at_start = resident_mb(args.pid)
    sampler = MemorySampler(args.pid)
    sampler.start()
    stored_before = documents_total(base)
    cpu_at_start = cpu_seconds(args.pid)
    started = time.monotonic()
    submitted = {}
    for documents in batches(args):
        status, batch = request(base, "POST", "/api/batches", {"documents": documents})
        if status != 202 or batch["total"] != len(documents):
            sys.exit(f"{args.label}: POST /api/batches answered {status} with total {batch.get('total')} for {len(documents)} documents")
        submitted[batch["id"]] = len(documents)
    submit_seconds = time.monotonic() - started
    cpu_receiving = cpu_since(args.pid, cpu_at_start)
    total = sum(submitted.values())
    print(f"{args.label}: {total} documents in {len(submitted)} batch(es) submitted in {submit_seconds:.1f} s", flush=True)

    finished, last_print, counts = {}, 0.0, {}
    while len(finished) < len(submitted):
        if time.monotonic() - started > args.timeout:
            break
        for batch_id in submitted:
            if batch_id not in finished:
                counts[batch_id] = request(base, "GET", f"/api/batches/{batch_id}")[1]
                if counts[batch_id]["status"] in ("done", "cancelled"):
                    finished[batch_id] = counts[batch_id]
        now = time.monotonic()
        if now - last_print >= 10:
            done = sum(c["done"] for c in counts.values())
            failed = sum(c["failed"] for c in counts.values())
            print(f"{args.label}: {now - started:.0f} s: {done + failed}/{total} finished ({failed} failed), "
                  f"resident {resident_mb(args.pid):.0f} MB", flush=True)
            last_print = now
        if len(finished) < len(submitted):
            time.sleep(1)
    elapsed = time.monotonic() - started
    cpu_total = cpu_since(args.pid, cpu_at_start)
    sampler.stop.set()
    sampler.join()

    done = sum(c["done"] for c in counts.values())
    failed = sum(c["failed"] for c in counts.values())
    stored = documents_total(base) - stored_before
    high_water = resident_mb(args.pid, "VmHWM")
    print(f"{args.label}: {total} documents, {done} done, {failed} failed, {stored} stored, in {elapsed:.1f} s "
          f"(submitting {submit_seconds:.1f} s): {total / elapsed:.0f} documents/s end to end; server resident memory "
          f"{resident_at_start:.0f} MB before the first batch, peak {sampler.peak:.0f} MB sampled each second "
          f"({high_water:.0f} MB kernel high-water mark, start-up included), "
          f"{sampler.samples[-1] if sampler.samples else 0:.0f} MB at the end")
    processing = (cpu_total[0] - cpu_receiving[0], cpu_total[1] - cpu_receiving[1])
    print(f"{args.label}: server CPU {sum(cpu_total):.1f} s = {ms_each(sum(cpu_total), total):.2f} ms a document "
          f"(user {ms_each(cpu_total[0], total):.2f} + system {ms_each(cpu_total[1], total):.2f}); receiving "
          f"{ms_each(sum(cpu_receiving), total):.2f} ms (user {ms_each(cpu_receiving[0], total):.2f}), processing "
          f"{ms_each(sum(processing), total):.2f} ms (user {ms_each(processing[0], total):.2f}), polling included; "
          f"load average {' '.join(open('/proc/loadavg', encoding='ascii').read().split()[:3])}")
    if failed:
        reasons = collections.Counter()
        for batch_id, c in counts.items():
            if c["failed"]:
                page = request(base, "GET", f"/api/batches/{batch_id}/documents?status=failed&page=1&page_size=100")[1]
                reasons.update(item.get("failure_reason") or "?" for item in page["items"])
        for reason, count in reasons.most_common():
            print(f"{args.label}: failed: {count} x {reason}")
    problems = []
    if len(finished) < len(submitted):
        problems.append(f"{len(submitted) - len(finished)} batch(es) not done after {args.timeout:.0f} s")
    for batch_id, expected in submitted.items():
        c = counts.get(batch_id)
        if c and c["status"] == "done" and c["done"] + c["failed"] != expected:
            problems.append(f"batch {batch_id}: done {c['done']} + failed {c['failed']} != {expected}")
    if len(finished) == len(submitted) and done + failed != total:
        problems.append(f"done {done} + failed {failed} != submitted {total}")
    if len(finished) == len(submitted) and stored != done:
        problems.append(f"{stored} documents stored for {done} done")
    if args.max_rss_mb and sampler.peak > args.max_rss_mb:
        problems.append(f"peak resident memory {sampler.peak:.0f} MB > {args.max_rss_mb:.0f} MB")
    for problem in problems:
        print(f"{args.label}: FAILED: {problem}", file=sys.stderr)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
