#!/usr/bin/env python3
"""Regenerates en.tsv: the 50,000 most frequent English words with their
Zipf frequency (log10 of occurrences per billion words), from wordfreq.

    python3 -m venv /tmp/wordfreq && /tmp/wordfreq/bin/pip install wordfreq==3.1.1
    /tmp/wordfreq/bin/python data/word-frequencies/regenerate.py > data/word-frequencies/en.tsv

wordfreq's English list blends Wikipedia, subtitles (OpenSubtitles, SUBTLEX),
news, books (Google Books Ngrams), Reddit and Twitter; see LICENSE.md. The bot
reads the file at build time: nothing is downloaded when it runs.
"""

import re
import sys

from wordfreq import top_n_list, zipf_frequency

WORDS = 50_000
# Plain words only: what the bot's tokenizer produces from English text.
PLAIN = re.compile(r"^[a-z][a-z0-9]*$")


def main() -> None:
    out = sys.stdout
    out.write(f"# word\tzipf frequency; wordfreq 3.1.1, English, top {WORDS} plain words\n")
    plain = (w for w in top_n_list("en", WORDS * 2) if PLAIN.match(w))
    for _, word in zip(range(WORDS), plain):
        out.write(f"{word}\t{zipf_frequency(word, 'en'):.2f}\n")


if __name__ == "__main__":
    main()
