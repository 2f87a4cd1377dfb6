#!/usr/bin/env python3
# Copied unchanged from the project's shared/eval/score.py (the scorer README.md's figures were
# measured with), so that a plain clone can reproduce them; only these two comment lines are added.
"""Score a question-answering run against a question set.

Usage: eval.py QUESTIONS.jsonl ANSWERS.jsonl
ANSWERS holds one JSON object a line, in question order, with at least
  {"question": str, "answered": bool, "answer": str}
A question with "all" is right when answered is true, the answer is at most
MAX_CHARS long and holds every entry of "all" (an entry may list alternatives
with '|'), case-insensitively. A question marked "short" (a factoid) must
also hold every entry in the direct answer, "short", of at most SHORT_CHARS. A question with "refuse" is right when answered
is false. Prints the misses, then 'score: right/total answered=a/A refused=r/R'.
"""
import json, sys

MAX_CHARS = 400
SHORT_CHARS = 100

def norm(s):
    return s.lower().replace("\u2019", "'")

def main(qpath, apath):
    qs = [json.loads(l) for l in open(qpath) if l.strip()]
    ans = [json.loads(l) for l in open(apath) if l.strip()]
    if len(ans) != len(qs):
        print(f"expected {len(qs)} answers, got {len(ans)}")
    ok_a = tot_a = ok_r = tot_r = 0
    for i, q in enumerate(qs):
        a = ans[i] if i < len(ans) else {}
        text = norm(str(a.get("answer", "")))
        answered = bool(a.get("answered", False))
        if q.get("refuse"):
            tot_r += 1
            good = not answered
        else:
            tot_a += 1
            has = lambda t: all(any(norm(alt) in t for alt in e.split("|")) for e in q["all"])
            good = answered and len(text) <= MAX_CHARS and has(text)
            if q.get("short"):
                short = norm(str(a.get("short") or ""))
                good = good and len(short) <= SHORT_CHARS and has(short)
        if q.get("refuse"):
            ok_r += good
        else:
            ok_a += good
        if not good:
            print(f"MISS {q['q']!r} -> answered={answered} short={str(a.get('short'))[:60]!r} {str(a.get('answer',''))[:160]!r}")
    print(f"score: {ok_a+ok_r}/{tot_a+tot_r} answered={ok_a}/{tot_a} refused={ok_r}/{tot_r}")

if __name__ == "__main__":
    main(*sys.argv[1:3])
