"""Builds the quotes dev and test sets from picked ANT v1.1 articles and hand annotations.

Usage (from this directory):
    python3 build_dev.py PATH/TO/ant-v1.1.jsonl
writes quotes-dev.jsonl (picks.txt + annotations.py: 24 articles, used while writing the
extractor) and quotes-test.jsonl (picks-test.txt + annotations_test.py: 14 articles annotated
after it was written, not tuned on). See docs/quotes.md for the guidelines.
"""
import json
import sys

import annotations
import annotations_test


def build(corpus, picks_file, annots, out_file):
    picks = [l.strip() for l in open(picks_file, encoding="utf-8") if l.strip()]
    arts = {}
    for line in open(corpus, encoding="utf-8"):
        d = json.loads(line)
        if d["id"] in picks:
            arts[d["id"]] = d
    with open(out_file, "w", encoding="utf-8") as out:
        for i, aid in enumerate(picks):
            text = arts[aid]["text"]
            quotes = []
            for (k, kind, speaker, first, last) in annots:
                if k != i:
                    continue
                s = text.find(first)
                assert s >= 0, (aid, first)
                e = text.find(last, s)
                assert e >= 0, (aid, last)
                e += len(last)
                quotes.append({"speaker": speaker, "kind": kind, "start": s, "end": e, "text": text[s:e]})
            out.write(json.dumps({"id": aid, "text": text, "quotes": quotes}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    build(sys.argv[1], "picks.txt", annotations.A, "quotes-dev.jsonl")
    build(sys.argv[1], "picks-test.txt", annotations_test.A, "quotes-test.jsonl")
