#!/usr/bin/env python3
"""Fits the confidence model (src/main/resources/talkbot/confidence.tsv) on tuning question sets.

Usage: fit_confidence.py FEATURES.jsonl [OUT.tsv [KEEP]]
FEATURES.jsonl comes from talkbot.answer.FeatureDump: every candidate the core considers for each
question, with its features. A candidate is right by the rules of score.py (eval/score.py).

The model is one linear score over the features, fitted in two steps (plain Python, no
dependencies):
1. ranking: a softmax over each question's candidates, fitted so that the right candidates get
   the probability (conditional logit, L2-regularised gradient descent);
2. calibration: a logistic curve over the score of each question's top candidate, fitted so that
   its probability is the chance that the top candidate is right — on refusal questions it never is.
The threshold is the probability that gets the most tuning questions right (answers right,
refusals kept) while keeping at least the share KEEP of the refusals (default 0.76, the share the
model it replaced kept on the same sets; the shipped model is fitted with it). With 0.95 the
threshold rises to 0.73 and, in a cross-validation by group over the 17 inspected groups, the
refit keeps 101 more refusals than with 0.76 and gives 803 fewer right answers (README.md,
Figures: Reliability).
"""
import json, math, sys

NAMES = ["heuristic", "coverage", "strict_coverage", "span_found", "span_fit", "clause_answer", "round_match",
         "round_mismatch", "in_passing", "other_party", "rank", "unknown_share", "fact", "type_quote", "type_figure",
         "type_clause", "type_who", "type_place", "type_date", "round_place", "span_echo", "type_yesno"]
L2 = 0.001
STEPS = 600
RATE = 2.0

def norm(s):
    return s.lower().replace("\u2019", "'")

def right(item, cand):
    if item.get("refuse"):
        return False
    text = norm(cand["answer"])
    has = lambda t: all(any(norm(alt) in t for alt in e.split("|")) for e in item["all"])
    ok = len(text) <= 400 and has(text)
    if item.get("short"):
        ok = ok and len(cand["short"] or "") <= 100 and has(norm(cand["short"] or ""))
    return ok

def dot(w, x):
    return sum(a * b for a, b in zip(w, x))

def rank_fit(questions):
    """Conditional logit: maximise, over questions with a right candidate, the log of the softmax mass on the right ones."""
    n = len(NAMES)
    w = [0.0] * n
    w[0] = 5.0  # start from the hand-set heuristic
    groups = []
    for q in questions:
        xs = [c["features"] for c in q["candidates"]]
        ys = [right(q["item"], c) for c in q["candidates"]]
        if any(ys) and not all(ys):
            groups.append((xs, ys))
    for _ in range(STEPS):
        g = [0.0] * n
        for xs, ys in groups:
            zs = [dot(w, x) for x in xs]
            m = max(zs)
            es = [math.exp(z - m) for z in zs]
            total = sum(es)
            good = sum(e for e, y in zip(es, ys) if y)
            for x, e, y in zip(xs, es, ys):
                p = e / total
                pr = e / good if y else 0.0
                for i in range(n):
                    g[i] += (p - pr) * x[i]
        for i in range(n):
            w[i] -= RATE * (g[i] / len(groups) + L2 * w[i])
    return w

# what a question is, the same for all its candidates: it cannot rank them, but it tells how far to trust the top one
QUESTION_FEATURES = ["unknown_share", "type_quote", "type_figure", "type_clause", "type_who", "type_place", "type_date", "type_yesno"]

def calibrate(points):
    """Logistic regression of "the top candidate is right" on its standardised score and the question's features."""
    mean = sum(s for s, _, _ in points) / len(points)
    std = math.sqrt(sum((s - mean) ** 2 for s, _, _ in points) / len(points)) or 1.0
    k = len(QUESTION_FEATURES)
    a, b, c = 1.0, 0.0, [0.0] * k
    for _ in range(4000):
        ga = gb = 0.0
        gc = [0.0] * k
        for s, qf, y in points:
            z = (s - mean) / std
            p = 1 / (1 + math.exp(-max(-30, min(30, a * z + b + dot(c, qf)))))
            ga += (p - y) * z
            gb += (p - y)
            for i in range(k):
                gc[i] += (p - y) * qf[i]
        a -= 1.0 * ga / len(points)
        b -= 1.0 * gb / len(points)
        for i in range(k):
            c[i] -= 1.0 * (gc[i] / len(points) + 0.01 * c[i])
    return a / std, b - a * mean / std, c

def main(path, out=None, keep="0.76"):
    keep = float(keep)
    questions = [json.loads(l) for l in open(path) if l.strip()]
    w = rank_fit(questions)
    points = []
    qidx = [NAMES.index(n) for n in QUESTION_FEATURES]
    for q in questions:
        cands = q["candidates"]
        if not cands:
            continue
        top = max(cands, key=lambda c: dot(w, c["features"]))
        points.append((dot(w, top["features"]), [top["features"][i] for i in qidx], 1 if right(q["item"], top) else 0))
    a, b, c = calibrate(points)
    weights = [a * x for x in w]
    for i, ci in zip(qidx, c):
        weights[i] += ci
    prob = lambda c: 1 / (1 + math.exp(-max(-30, min(30, b + dot(weights, c["features"])))))
    refusals = sum(1 for q in questions if q["item"].get("refuse"))
    best_t, best_score, best_kept = 0.5, -1, 0
    for t in [x / 100 for x in range(5, 96)]:
        score = kept = 0
        for q in questions:
            cands = q["candidates"]
            top = max(cands, key=prob) if cands else None
            answered = top is not None and prob(top) >= t
            if q["item"].get("refuse"):
                kept += not answered
            else:
                score += answered and right(q["item"], top)
        # the most right answers that keep at least the share KEEP of the refusals
        if kept >= keep * refusals and score + kept > best_score:
            best_t, best_score, best_kept = t, score + kept, kept
    print(f"refusals kept at the threshold: {best_kept}/{refusals}")
    reachable = sum(1 for q in questions if q["item"].get("refuse") or any(right(q["item"], c) for c in q["candidates"]))
    print(f"questions {len(questions)}, right at threshold {best_t:.2f}: {best_score}; right with a perfect choice: {reachable}")
    lines = ["# The confidence model (see ConfidenceModel): a logistic model over a candidate answer's features,",
             "# written by eval/fit_confidence.py from the tuning question sets (README: Answer quality).",
             f"bias\t{b:.4f}", f"threshold\t{best_t:.2f}"] + [f"{n}\t{x:.4f}" for n, x in zip(NAMES, weights)]
    text = "\n".join(lines) + "\n"
    if out:
        open(out, "w").write(text)
    print(text)

if __name__ == "__main__":
    main(*sys.argv[1:4])
