#!/usr/bin/env python3
"""Fail when a quality figure falls below its floor.

    quality_gate.py FLOOR_FILE NAME=SCORE_JSON [NAME=SCORE_JSON ...]

FLOOR_FILE lines: `NAME.figure value` (`#` comments), e.g.
`seeds.timeline_f1 0.60`, or `NAME.figure max value` for a ceiling a
figure must not exceed (`devnometa.published_wrong max 0`). Figures:
published_correct, published_wrong, entities_f1, timeline_f1,
timeline_date, timeline_precision, timeline_dup (events that
consolidation failed to merge). Each SCORE_JSON is the last line of
`score.py --json` for the corpus called NAME. Floors only ever go up as the
product improves.
"""
import json
import sys


def figures(score):
    return {
        "published_correct": score["published"]["correct"],
        "published_wrong": score["published"].get("wrong", 0),
        "entities_f1": score["entities"]["f1"],
        "timeline_f1": score["timeline"]["f1"],
        "timeline_date": score["timeline"]["date"],
        "timeline_precision": score["timeline"]["p"],
        "timeline_dup": score["timeline"]["dup"],
    }


def main():
    floor_file, runs = sys.argv[1], sys.argv[2:]
    got = {}
    for run in runs:
        name, path = run.split("=", 1)
        for figure, value in figures(json.load(open(path, encoding="utf-8"))).items():
            got[f"{name}.{figure}"] = value
    failed = False
    for line in open(floor_file, encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        parts = line.split()
        name, bound = parts[0], float(parts[-1])
        value = got[name]
        if len(parts) == 3 and parts[1] == "max":
            ok = value <= bound + 1e-9
            print(f"quality {name}: {value:.2f} (max {bound:.2f}) {'ok' if ok else 'ABOVE MAX'}")
        else:
            ok = value + 1e-9 >= bound
            print(f"quality {name}: {value:.2f} (floor {bound:.2f}) {'ok' if ok else 'BELOW FLOOR'}")
        failed |= not ok
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
