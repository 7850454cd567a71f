"""Train the checker's learned risk model from the labelled corpora (developer tool).

    pip install scikit-learn
    python scripts/train_risk_model.py            # cross-validate, then write the model
    python scripts/train_risk_model.py --cv-only  # only print the held-out figures
    python scripts/train_risk_model.py --exclude blind5.jsonl  # keep a set out for a blind test

Cross-validation leaves out one corpus file at a time, trains on the rest and scores the
left-out file with the written rules and the model together, as the checker would; those
figures (not the ones on the training data) are the honest estimate for unseen posts.
The app itself needs no scikit-learn: the model is written as plain JSON and scored by
``clinic_ambassadors.core.checker.learned``; this script checks both give the same numbers.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "core" / "checker_corpus"
OUT = ROOT / "resources" / "model" / "risk_model.json"
MIN_DF = 2
C = 3.0

sys.path.insert(0, str(ROOT))

from clinic_ambassadors.core.checker import Checker, load_rules  # noqa: E402
from clinic_ambassadors.core.checker.learned import (  # noqa: E402
    FEATURE_VERSION,
    RiskModel,
    features,
)


def load(name: str) -> list[dict]:
    with (CORPUS / name).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def rule_examples() -> list[dict]:
    """The written rules' own examples, as short extra posts: "match" ones are risky (hard
    when the rule blocks for a patient identifier or an HWG ban), "no_match" ones clean.
    The learned rules' examples stay out: they test the model on text it never saw."""
    posts = []
    for rule in load_rules():
        if rule.learned is not None or rule.id.startswith("CUSTOM"):
            continue
        hard = rule.severity.value == "block" and rule.id.split("-")[0] in ("PID", "HWG")
        posts += [{"id": rule.id, "text": t, "label": "risky", "hard": hard}
                  for t in rule.examples_match]
        posts += [{"id": rule.id, "text": t, "label": "clean", "hard": False}
                  for t in rule.examples_no_match]
    return posts


def train(posts: list[dict]) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import TfidfTransformer
    from sklearn.linear_model import LogisticRegression

    counts = [features(p["text"]) for p in posts]
    df: dict[str, int] = {}
    for c in counts:
        for name in c:
            df[name] = df.get(name, 0) + 1
    kept = [{k: v for k, v in c.items() if df[k] >= MIN_DF} for c in counts]
    vec = DictVectorizer()
    tfidf = TfidfTransformer(sublinear_tf=True)
    X = tfidf.fit_transform(vec.fit_transform(kept))
    risky = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    risky.fit(X, [p["label"] == "risky" for p in posts])
    hard = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    hard.fit(X, [bool(p["hard"]) for p in posts])
    names = vec.get_feature_names_out()
    table = {
        str(name): [round(float(idf), 6), round(float(wr), 6), round(float(wh), 6)]
        for name, idf, wr, wh in zip(names, tfidf.idf_, risky.coef_[0], hard.coef_[0])
    }
    data = {
        "feature_version": FEATURE_VERSION,
        "intercepts": [float(risky.intercept_[0]), float(hard.intercept_[0])],
        "features": table,
    }
    # The plain-Python scorer must agree with scikit-learn (up to the rounding above).
    model = RiskModel(data)
    sk_r = risky.predict_proba(X)[:, 1]
    sk_h = hard.predict_proba(X)[:, 1]
    for post, r, h in zip(posts, sk_r, sk_h):
        mine = model.probabilities(post["text"])
        assert abs(mine[0] - r) < 1e-3 and abs(mine[1] - h) < 1e-3, (post["id"], mine, r, h)
    return data


def cross_validate(names: list[str], sets: dict[str, list[dict]]) -> None:
    from clinic_ambassadors.core.checker.engine import learned_findings

    rules = [r for r in load_rules() if r.learned is None]
    learned = [r for r in load_rules() if r.learned is not None]
    written = Checker(rules)
    total = {"risky": [0, 0], "hard": [0, 0], "clean": [0, 0]}
    examples = rule_examples()
    for held in names:
        model = RiskModel(train([p for n in names if n != held for p in sets[n]] + examples))
        row = {"risky": [0, 0], "hard": [0, 0], "clean": [0, 0]}
        for post in sets[held]:
            found = written.check(post["text"], lang=post["lang"])
            found += learned_findings(learned, model, post["text"], found)
            severities = {f.severity.value for f in found}
            alarmed = bool(severities & {"warn", "block"})
            if post["label"] == "risky":
                row["risky"][0] += alarmed
                row["risky"][1] += 1
            else:
                row["clean"][0] += alarmed
                row["clean"][1] += 1
            if post["hard"]:
                row["hard"][0] += "block" in severities
                row["hard"][1] += 1
        for key in total:
            total[key][0] += row[key][0]
            total[key][1] += row[key][1]
        print(f"{held:<16} " + "  ".join(
            f"{k} {v[0]}/{v[1]} = {v[0] / max(v[1], 1):.0%}" for k, v in row.items()))
    print(f"{'all (held out)':<16} " + "  ".join(
        f"{k} {v[0]}/{v[1]} = {v[0] / max(v[1], 1):.1%}" for k, v in total.items()))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv-only", action="store_true")
    parser.add_argument("--exclude", action="append", default=[],
                        help="a corpus file to keep out of training (for a blind test)")
    args = parser.parse_args()
    names = sorted(p.name for p in CORPUS.glob("*.jsonl") if p.name not in args.exclude)
    sets = {n: load(n) for n in names}
    cross_validate(names, sets)
    if args.cv_only:
        return 0
    data = train([p for n in names for p in sets[n]] + rule_examples())
    data["trained_on"] = [*names, "rule examples"]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
                   + "\n", encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB, {len(data['features'])} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
