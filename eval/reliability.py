#!/usr/bin/env python3
"""How often an answer at each confidence is right: the reliability table in README.md.

Usage: eval/reliability.py GROUP...   (after eval/measure.sh; GROUP is tuning, held-out or held-out-2)
Reads eval/sets/GROUP/*.jsonl and target/eval/NAME.answers.jsonl, judges each answer as
eval/score.py does, and prints one row per confidence band: answers given, right, share right.
Refusals are counted apart (a refusal is right when the question was one to refuse).
"""
import glob, json, os, sys

MAX_CHARS, SHORT_CHARS = 400, 100
BANDS = [(0.9, 1.01), (0.8, 0.9), (0.7, 0.8), (0.6, 0.7), (0.0, 0.6)]

def norm(s):
    return s.lower().replace("\u2019", "'")

def right(q, a):
    text = norm(str(a.get("answer", "")))
    if q.get("refuse"):
        return False
    has = lambda t: all(any(norm(alt) in t for alt in e.split("|")) for e in q["all"])
    good = len(text) <= MAX_CHARS and has(text)
    if q.get("short"):
        short = norm(str(a.get("short") or ""))
        good = good and len(short) <= SHORT_CHARS and has(short)
    return good

def answered(groups):
    """Every (question, answer) pair of the groups' sets, from target/eval/ (eval/measure.sh)."""
    for group in groups:
        for path in sorted(glob.glob(f"eval/sets/{group}/*.jsonl")):
            name = os.path.basename(path)[:-len(".jsonl")]
            qs = [json.loads(l) for l in open(path) if l.strip()]
            ans = [json.loads(l) for l in open(f"target/eval/{name}.answers.jsonl") if l.strip()]
            yield from zip(qs, ans)

def main(groups):
    rows = {b: [0, 0] for b in BANDS}
    refused = [0, 0]
    for q, a in answered(groups):
        if not a.get("answered"):
            refused[0] += 1
            refused[1] += bool(q.get("refuse"))
            continue
        c = float(a.get("confidence", 0))
        for lo, hi in BANDS:
            if lo <= c < hi:
                rows[(lo, hi)][0] += 1
                rows[(lo, hi)][1] += right(q, a)
    print("| confidence | answers | right | share right |")
    print("| --- | --- | --- | --- |")
    for (lo, hi), (n, ok) in rows.items():
        label = f"≥ {lo:.1f}" if hi > 1 else f"{lo:.1f}–{hi:.1f}"
        print(f"| {label} | {n} | {ok} | {ok / n:.0%} |" if n else f"| {label} | 0 | 0 | – |")
    print(f"| refused | {refused[0]} | {refused[1]} (questions to refuse) | "
          + (f"{refused[1] / refused[0]:.0%} |" if refused[0] else "– |"))

if __name__ == "__main__":
    main(sys.argv[1:] or ["tuning", "held-out"])
