#!/usr/bin/env python3
"""Fail when a quality figure falls below its floor.

    quality_gate.py FLOOR_FILE SCORE_JSON

FLOOR_FILE lines: `name value` (`#` comments). Names: published_correct,
entities_f1, timeline_f1, timeline_date. SCORE_JSON is the last line of
`score.py --json`. Floors only ever go up as the product improves.
"""
import json
import sys


def figures(score):
    return {
        "published_correct": score["published"]["correct"],
        "entities_f1": score["entities"]["f1"],
        "timeline_f1": score["timeline"]["f1"],
        "timeline_date": score["timeline"]["date"],
    }


def main():
    floor_file, score_file = sys.argv[1], sys.argv[2]
    floors = {}
    for line in open(floor_file, encoding="utf-8"):
        line = line.split("#", 1)[0].strip()
        if line:
            name, value = line.split()
            floors[name] = float(value)
    got = figures(json.load(open(score_file, encoding="utf-8")))
    failed = False
    for name, floor in floors.items():
        value = got[name]
        ok = value + 1e-9 >= floor
        failed |= not ok
        print(f"quality {name}: {value:.2f} (floor {floor:.2f}) {'ok' if ok else 'BELOW FLOOR'}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
