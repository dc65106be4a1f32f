#!/usr/bin/env python3
"""Builds the archive's retrieval dev set from the ANT corpus (deterministic).

usage: make_retrieval_dev.py ANT.jsonl OUTDIR [--titles N] [--abstracts N] [--seed S]

Writes OUTDIR/passages.jsonl ({id,title,text}: what is ingested; the title is kept, as in the
held-out setting), and for each query kind K in (title, abstract, title-q):
OUTDIR/K.queries.jsonl ({qid,query}) and OUTDIR/K.qrels (TREC: qid 0 docid 1).

- title:    the headline is the query; relevant = the article (and every article with the
            same text: exact duplicates count as relevant). Passages keep their titles, so
            this kind rewards title matching; see title-q.
- title-q:  the headline turned into a question (ما / من / متى … prefixed), searched in a
            corpus copy WITHOUT titles (passages-notitle.jsonl): text-only matching, question
            words present, as in question→passage retrieval.
- abstract: the abstract (first 40 words) is the query; relevant = the article.
ANT: Apache-2.0, Chouigui, Ben Khiroun & Elayeb, "ANT Corpus", AICCSA 2017.
"""
import json
import random
import sys
from collections import defaultdict


def main():
    args = sys.argv[1:]
    opts = {"--titles": 500, "--abstracts": 300, "--seed": 7}
    pos = []
    i = 0
    while i < len(args):
        if args[i] in opts:
            opts[args[i]] = int(args[i + 1])
            i += 2
        else:
            pos.append(args[i])
            i += 1
    if len(pos) != 2:
        sys.exit(__doc__)
    src, out = pos
    import os
    os.makedirs(out, exist_ok=True)
    docs = [json.loads(line) for line in open(src, encoding="utf-8") if line.strip()]
    by_text = defaultdict(list)
    for d in docs:
        by_text[" ".join(d["text"].split())].append(d["id"])
    with open(f"{out}/passages.jsonl", "w", encoding="utf-8") as f, \
            open(f"{out}/passages-notitle.jsonl", "w", encoding="utf-8") as g:
        for d in docs:
            f.write(json.dumps({"id": d["id"], "title": d["title"], "text": d["text"]}, ensure_ascii=False) + "\n")
            g.write(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n")
    rng = random.Random(opts["--seed"])
    usable = [d for d in docs if len(d["title"].split()) >= 3 and len(d["text"].split()) >= 30]
    titles = rng.sample(usable, opts["--titles"])
    with_abs = [d for d in docs if len(d["abstract"].split()) >= 8 and len(d["text"].split()) >= 30]
    abstracts = rng.sample(with_abs, min(opts["--abstracts"], len(with_abs)))
    qwords = ["ما هي", "ما هو", "من", "متى", "كيف", "لماذا", "هل", "أين"]

    def write(kind, items):
        with open(f"{out}/{kind}.queries.jsonl", "w", encoding="utf-8") as q, open(f"{out}/{kind}.qrels", "w") as r:
            for n, (d, query) in enumerate(items, 1):
                qid = f"{kind}-{n}"
                q.write(json.dumps({"qid": qid, "query": query}, ensure_ascii=False) + "\n")
                for rel in by_text[" ".join(d["text"].split())]:
                    r.write(f"{qid} 0 {rel} 1\n")

    write("title", [(d, d["title"]) for d in titles])
    write("title-q", [(d, f"{rng.choice(qwords)} {d['title']}؟") for d in titles])
    write("abstract", [(d, " ".join(d["abstract"].split()[:40])) for d in abstracts])


if __name__ == "__main__":
    main()
