#!/usr/bin/env python3
"""Writes the heavy profile of issue 13 to standard output: 30 options x 40 criteria on 1..10
scales, every rating a range of width 2 around a uniform value in 2..9, random points 1..10 and
one dealbreaker (c0 at least 3). Seeded, so every run and every machine analyses the same file.

usage: python3 docs/tools/big-profile.py [OPTIONS CRITERIA] > big.json
"""
import json
import random
import sys

options = int(sys.argv[1]) if len(sys.argv) > 1 else 30
criteria = int(sys.argv[2]) if len(sys.argv) > 2 else 40
rng = random.Random(13)


def rating():
    # A range, so the Monte Carlo draws every rating: the heaviest work per draw.
    likely = rng.uniform(2, 9)
    return {"low": round(likely - 1, 2), "likely": round(likely, 2), "high": round(likely + 1, 2)}


profile = {
    "schemaVersion": 1,
    "title": f"Benchmark: {options} options x {criteria} criteria",
    "language": "en",
    "options": [{"id": f"o{i}", "label": f"Option {i}"} for i in range(options)],
    "criteria": [
        {"id": f"c{j}", "label": f"Criterion {j}", "direction": "benefit",
         "scale": {"type": "rating", "min": 1, "max": 10}}
        for j in range(criteria)
    ],
    "gates": [{"criterion": "c0", "atLeast": 3}],
    "weights": {"method": "points", "points": {f"c{j}": rng.randint(1, 10) for j in range(criteria)}},
    "ratings": {f"o{i}": {f"c{j}": rating() for j in range(criteria)} for i in range(options)},
}
json.dump(profile, sys.stdout, indent=1)
print()
