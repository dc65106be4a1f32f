"""Builds quotes-dev.jsonl from the 24 picked ANT articles and annotations.py.

Usage: python3 build_dev.py ../../../../shared/data/news/ant-v1.1.jsonl > quotes-dev.jsonl
Picks are the article ids listed in PICKS (chosen at random, seed 11, among 300–1100-character
articles containing a reporting cue or quote marks; see docs/quotes.md).
"""
import json, sys
from annotations import A

PICKS = [l.strip() for l in open(__file__.replace("build_dev.py", "picks.txt"), encoding="utf-8") if l.strip()]

def main(corpus):
    arts = {}
    for line in open(corpus, encoding="utf-8"):
        d = json.loads(line)
        if d["id"] in PICKS:
            arts[d["id"]] = d
    for i, aid in enumerate(PICKS):
        text = arts[aid]["text"]
        quotes = []
        for (k, kind, speaker, first, last) in A:
            if k != i:
                continue
            s = text.find(first)
            assert s >= 0, (aid, first)
            e = text.find(last, s)
            assert e >= 0, (aid, last)
            e += len(last)
            quotes.append({"speaker": speaker, "kind": kind, "start": s, "end": e, "text": text[s:e]})
        print(json.dumps({"id": aid, "text": text, "quotes": quotes}, ensure_ascii=False))

if __name__ == "__main__":
    main(sys.argv[1])
