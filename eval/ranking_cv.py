#!/usr/bin/env python3
"""Cross-validates rankers and calibrations of the confidence model by group (README: tried and not shipped).

Usage: eval/ranking_cv.py FEATURES.jsonl [lin|inter|denied|margin] [L2]
FEATURES.jsonl comes from eval/dump-features.sh (both settings, the all-articles one first).
- lin, inter, denied: fit the conditional-logit ranker of fit_confidence.py on all groups but one
  and count, on the one left out, the questions to answer whose first-ranked candidate is right —
  with the plain features (lin), with each question type's product with every candidate feature
  (inter), or with a feature for a short answer that opens with "No." (denied); lin also prints
  the shipped model's count.
- margin: with the shipped ranker, fit the calibration (a logistic curve over the top candidate's
  score and the question's features) on all groups but one, with or without the margin to the
  second candidate and the agreement of the top five, pick the threshold that gets the most right
  while keeping 76% of the refusals, and count right answers plus kept refusals on the group left out.
Needs numpy.
"""
import glob, json, math, os, sys
import numpy as np

from fit_confidence import NAMES, right  # the features' order and the scorer's rule, as the model is fitted

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
TYPES = ["type_quote", "type_figure", "type_clause", "type_who", "type_place", "type_date", "type_yesno"]
VARY = [n for n in NAMES if n not in TYPES and n != "unknown_share"]
QF = ["unknown_share"] + TYPES

def shipped():
    ws = dict(l.rstrip("\n").split("\t") for l in open(os.path.join(ROOT, "src/main/resources/talkbot/confidence.tsv")) if not l.startswith("#"))
    return np.array([float(ws[n]) for n in NAMES]), float(ws["bias"])

def features(cands, variant):
    x = np.array([c["features"] for c in cands], dtype=float)
    if variant == "inter":
        vi = [NAMES.index(v) for v in VARY]
        x = np.hstack([x] + [x[:, NAMES.index(t):NAMES.index(t) + 1] * x[:, vi] for t in TYPES])
    if variant == "denied":
        x = np.hstack([x, np.array([[1.0 if (c["short"] or "").startswith("No.") else 0.0] for c in cands])])
    return x

def fit_rank(train, dim, l2, steps=400, rate=1.0):
    w = np.zeros(dim)
    w[0] = 5.0
    groups = [(x, y) for _, x, y, _ in train if x is not None and y.any() and not y.all()]
    xs = np.vstack([x for x, _ in groups])
    ys = np.concatenate([y for _, y in groups]).astype(float)
    idx = np.concatenate([np.full(len(y), k) for k, (_, y) in enumerate(groups)])
    n = len(groups)
    for _ in range(steps):
        z = xs @ w
        zmax = np.full(n, -1e18)
        np.maximum.at(zmax, idx, z)
        e = np.exp(z - zmax[idx])
        p = e / np.bincount(idx, e, n)[idx]
        pr = np.where(ys > 0, e / np.bincount(idx, e * ys, n)[idx], 0)
        w -= rate * (((p - pr) @ xs) / n + l2 * w)
    return w

def top1(test, w):
    return sum(bool(y[int(np.argmax(x @ w))]) for _, x, y, q in test if not q["item"].get("refuse") and x is not None)

def fit_logistic(x, y, l2=0.01, steps=3000):
    mu, sd = x.mean(0), x.std(0) + 1e-9
    z = (x - mu) / sd
    w, c = np.zeros(z.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(z @ w + c)))
        w -= (z.T @ (p - y) / len(y) + l2 * w)
        c -= (p - y).mean()
    return lambda x: 1 / (1 + np.exp(-(((x - mu) / sd) @ w + c)))

def main(path, variant="lin", l2="0.001"):
    group_of = {os.path.basename(f): os.path.basename(os.path.dirname(f)) for f in glob.glob(os.path.join(ROOT, "eval/sets/*/*.jsonl"))}
    qs = [json.loads(l) for l in open(path) if l.strip()]
    groups = sorted({group_of.get(q["set"], "?") for q in qs})
    if variant == "margin":
        w, b = shipped()
        qi = [NAMES.index(n) for n in QF]
        rows = []
        for k, q in enumerate(qs):
            g, refuse, alone = group_of.get(q["set"], "?"), bool(q["item"].get("refuse")), k >= len(qs) // 2
            if not q["candidates"]:
                rows.append((g, None, 0, refuse, alone))
                continue
            x = features(q["candidates"], "lin")
            s = x @ w + b
            o = np.argsort(-s)
            shorts = [(q["candidates"][i]["short"] or "").lower() for i in o[:5]]
            agree = sum(1 for t in shorts[1:] if t and (t in shorts[0] or shorts[0] in t))
            margin = s[o[0]] - s[o[1]] if len(o) > 1 else 5
            rows.append((g, np.concatenate([[s[o[0]], min(margin, 5), agree], x[o[0]][qi]]), int(right(q["item"], q["candidates"][o[0]])), refuse, alone))
        base = [0] + list(range(3, 3 + len(QF)))
        for label, cols in (("score and question", base), ("+ margin", [0, 1] + base[1:]), ("+ agreement", [0, 2] + base[1:])):
            total = {False: 0, True: 0}
            for held in groups:
                train = [r for r in rows if r[0] != held and r[1] is not None]
                f = fit_logistic(np.array([r[1][cols] for r in train]), np.array([r[2] for r in train]))
                pt = f(np.array([r[1][cols] for r in train]))
                refusals = sum(r[3] for r in rows if r[0] != held)
                best = (-1, 0.5)
                for t in np.arange(0.05, 0.96, 0.01):
                    kept = sum(1 for r, p in zip(train, pt) if r[3] and p < t) + sum(1 for r in rows if r[0] != held and r[1] is None and r[3])
                    score = sum(1 for r, p in zip(train, pt) if p >= t and r[2])
                    if kept >= 0.76 * refusals and score + kept > best[0]:
                        best = (score + kept, t)
                for r in rows:
                    if r[0] == held:
                        p = f(np.array([r[1][cols]]))[0] if r[1] is not None else 0
                        total[r[4]] += (p >= best[1] and r[2]) or (r[3] and p < best[1])
            print(f"{label}: all articles {total[False]}, beside London {total[True]}")
        return
    data = []
    for q in qs:
        x = features(q["candidates"], variant) if q["candidates"] else None
        y = np.array([right(q["item"], c) for c in q["candidates"]]) if q["candidates"] else None
        data.append((group_of.get(q["set"], "?"), x, y, q))
    dim = next(x.shape[1] for _, x, _, _ in data if x is not None)
    answerable = sum(1 for *_, q in data if not q["item"].get("refuse"))
    right_first = 0
    for held in groups:
        w = fit_rank([d for d in data if d[0] != held], dim, float(l2))
        right_first += top1([d for d in data if d[0] == held], w)
    print(f"{variant}: right candidate first for {right_first} of {answerable} questions to answer (cross-validated by group)")
    if variant == "lin":
        print(f"shipped model: {top1(data, shipped()[0])}")

if __name__ == "__main__":
    main(*sys.argv[1:4])
