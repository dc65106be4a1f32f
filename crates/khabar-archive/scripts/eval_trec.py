#!/usr/bin/env python3
"""MRR@10 and Recall@10 of a TREC run against TREC qrels.

usage: eval_trec.py QRELS RUN
Queries with no line in the run score 0 (they count in the mean).
"""
import sys
from collections import defaultdict


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    rel = defaultdict(set)
    for line in open(sys.argv[1]):
        p = line.split()
        if len(p) >= 4 and int(p[3]) > 0:
            rel[p[0]].add(p[2])
    run = defaultdict(list)
    for line in open(sys.argv[2]):
        p = line.split()
        if len(p) >= 6:
            run[p[0]].append((int(p[3]), p[2]))
    mrr = rec = 0.0
    for qid, docs in rel.items():
        ranked = [d for _, d in sorted(run.get(qid, []))][:10]
        for i, d in enumerate(ranked):
            if d in docs:
                mrr += 1.0 / (i + 1)
                break
        rec += len(docs & set(ranked)) / len(docs)
    n = len(rel)
    print(f"queries {n}  MRR@10 {mrr / n:.4f}  Recall@10 {rec / n:.4f}")


if __name__ == "__main__":
    main()
