"""Every miss of a prediction folder against gold, including the ones ``score.py --verbose`` leaves out.

usage: python benchmarks/errors.py ../shared/gold/dev --pred DIR [--lang ru] [--ids REGEX] [--only side,role]

Prints one block per document: officials (name, position, organization, side), institutions (with the
visited flag), regions (with roles), dates and has_visit. It reuses the shared scorer's matching, so a
line here is a miss there. Development aid only: it needs ``../shared/score.py``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from pathlib import Path

KINDS = (
    "visit",
    "official",
    "position",
    "organization",
    "side",
    "institution",
    "visited",
    "region",
    "role",
    "date",
)


def load_scorer(path: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("shared_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def misses(sc, gold: dict, pred: dict) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    out: list[tuple[str, str]] = []
    if bool(pred.get("visits")) != bool(gold.get("visits")):
        out.append(("visit", f"has_visit: gold {bool(gold.get('visits'))} pred {bool(pred.get('visits'))}"))
    go, po = sc.pooled(gold, "officials"), sc.pooled(pred, "officials")
    m = sc.match(go, po, sc.official_score, 0.9)
    for g, p in m:
        if g.get("position") and not sc.position_ok(g["position"], p.get("position")):
            out.append(
                ("position", f"position of {g['name']}: gold {g['position']!r} pred {p.get('position')!r}")
            )
        if g.get("organization") and not (
            p.get("organization") and sc.stem_f1(g["organization"], p["organization"]) >= 0.6
        ):
            out.append(
                (
                    "organization",
                    f"org of {g['name']}: gold {g['organization']!r} pred {p.get('organization')!r}",
                )
            )
        if g.get("side") and p.get("side") != g["side"]:
            out.append(("side", f"side of {g['name']}: gold {g['side']} pred {p.get('side')}"))
    hit = {id(g) for g, _ in m}
    out += [
        ("official", f"official missed: {g['name']} ({g.get('position')})") for g in go if id(g) not in hit
    ]
    hit_p = {id(p) for _, p in m}
    out += [
        ("official", f"official extra: {p.get('name')} ({p.get('position')})")
        for p in po
        if id(p) not in hit_p
    ]

    gi, pi = sc.pooled(gold, "institutions"), sc.pooled(pred, "institutions")
    m = sc.match(gi, pi, sc.inst_score, 0.6)
    for g, p in m:
        if g.get("visited") is not None and bool(p.get("visited")) != g["visited"]:
            out.append(("visited", f"visited of {g['name']!r}: gold {g['visited']} pred {p.get('visited')}"))
    hit = {id(g) for g, _ in m}
    out += [
        ("institution", f"institution missed: {g['name']} (visited={g.get('visited')})")
        for g in gi
        if id(g) not in hit
    ]
    hit_p = {id(p) for _, p in m}
    out += [
        ("institution", f"institution extra: {p.get('name')} (visited={p.get('visited')})")
        for p in pi
        if id(p) not in hit_p
    ]

    gr, pr = sc.region_roles(gold), sc.region_roles(pred)
    names = {r.get("code"): r.get("name") for r in sc.pooled(gold, "regions")}
    for code in sorted(set(gr) & set(pr)):
        if gr[code] and gr[code] != "conflict" and pr[code] != gr[code]:
            out.append(("role", f"role of {code} ({names.get(code)}): gold {gr[code]} pred {pr[code]}"))
    out += [("region", f"region missed: {k} ({names.get(k)})") for k in sorted(set(gr) - set(pr), key=str)]
    out += [("region", f"region extra: {k}") for k in sorted(set(pr) - set(gr), key=str)]
    gd, pd = sc.date_pairs(gold), sc.date_pairs(pred)
    if sc.match_dates(gd, pd) != len(gd) or len(pd) != len(gd):
        out.append(("date", f"dates: gold {sorted(gd, key=str)} pred {sorted(pd, key=str)}"))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--pred", required=True)
    ap.add_argument("--lang")
    ap.add_argument("--ids", help="only gold ids matching this regular expression")
    ap.add_argument("--only", help=f"comma-separated kinds among {', '.join(KINDS)}")
    ap.add_argument("--scorer", default=str(Path(__file__).resolve().parents[2] / "shared" / "score.py"))
    args = ap.parse_args(argv)
    sc = load_scorer(Path(args.scorer))
    only = set(args.only.split(",")) if args.only else set(KINDS)
    counts: dict[str, int] = {}
    for gold in sc.load_golds(args.gold):
        if args.lang and gold.get("language") != args.lang:
            continue
        if args.ids and not re.search(args.ids, gold["id"]):
            continue
        pred_path = Path(args.pred) / f"{gold['id']}.json"
        pred = json.loads(pred_path.read_text(encoding="utf-8")) if pred_path.exists() else {}
        lines = [(k, line) for k, line in misses(sc, gold, pred) if k in only]
        for k, _ in lines:
            counts[k] = counts.get(k, 0) + 1
        if lines:
            print(f"## {gold['id']}")
            for _, line in lines:
                print("  " + line)
    print("# misses by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(counts.items())), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
