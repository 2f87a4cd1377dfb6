#!/usr/bin/env python3
"""Fits the map from the confidence model's probability to the share of answers that are right
(src/main/resources/talkbot/calibration.tsv), so that a reported confidence of 0.8 means about
8 answers in 10 right.

Usage: eval/calibrate.py GROUP...   (after eval/measure.sh GROUP... with a build whose
calibration.tsv is the identity: the answers must carry the model's own probability)
Reads eval/sets/GROUP/*.jsonl and target/eval/NAME.answers.jsonl, judges each answer as
eval/score.py does, and fits a monotone (isotonic, pool-adjacent-violators) curve of "right"
over the answer's probability, in blocks of at least MIN_BLOCK answers. Prints the knots:
probability<TAB>share right, one a line, ascending. Only answers count: a refusal reports no
confidence. Plain Python, no dependencies.
"""
import os, sys

sys.path.insert(0, os.path.dirname(__file__))
from reliability import answered, right  # one reading and one judge for the table and the fit

MIN_BLOCK = 20

def main(groups):
    points = [(float(a.get("confidence", 0)), 1.0 if right(q, a) else 0.0) for q, a in answered(groups) if a.get("answered")]
    points.sort()
    # blocks of at least MIN_BLOCK answers, merged while a block is not below the next (PAV)
    blocks = []
    for i in range(0, len(points), MIN_BLOCK):
        chunk = points[i:i + MIN_BLOCK]
        blocks.append([sum(p for p, _ in chunk), sum(r for _, r in chunk), len(chunk)])
    if len(blocks) > 1 and blocks[-1][2] < MIN_BLOCK:
        last = blocks.pop()
        blocks[-1] = [a + b for a, b in zip(blocks[-1], last)]
    merged = []
    for b in blocks:
        merged.append(b)
        while len(merged) > 1 and merged[-2][1] / merged[-2][2] >= merged[-1][1] / merged[-1][2]:
            last = merged.pop()
            merged[-1] = [a + b for a, b in zip(merged[-1], last)]
    print("# The reported confidence (see talkbot.answer.Calibration): the confidence model's probability")
    print(f"# (left) mapped to the share of answers right at it (right), fitted by eval/calibrate.py on {' '.join(groups)}")
    print(f"# ({len(points)} answers); between knots the map is linear, beyond them flat.")
    for p_sum, r_sum, n in merged:
        print(f"{p_sum / n:.3f}\t{r_sum / n:.3f}")

if __name__ == "__main__":
    main(sys.argv[1:] or ["tuning"])
