"""Exports the trained PHI NER model to ONNX (opset 13) plus model.json, and writes the parity
fixture (fixed inputs + PyTorch logits) that the vitest suite checks onnxruntime-web against.

Usage: python3 export.py --ckpt data/model.pt --data data --out .. --fixture ../../../utils/detection/model/fixtures
"""
import argparse
import hashlib
import json
import os

import numpy as np
import onnx
import torch

from net import PhiNer

WINDOW = 512
CONTEXT = 32  # tokens of context kept on each side of a window's centre region


class Int32Inputs(torch.nn.Module):
    """Takes int32 n-gram ids (cheap to build in JavaScript, no BigInt) and casts them inside the graph."""

    def __init__(self, net):
        super().__init__()
        self.net = net

    def forward(self, ngrams, feats):
        return self.net(ngrams.long(), feats)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", default="data/model.pt")
    ap.add_argument("--data", default="data")
    ap.add_argument("--out", default="..")
    ap.add_argument("--fixture", default="../../../utils/detection/model/fixtures")
    ap.add_argument("--train-log", default=None, help="JSON with training facts to record in model.json")
    args = ap.parse_args()
    ck = torch.load(args.ckpt)
    meta = ck["meta"]
    model = PhiNer(len(meta["features"]), len(meta["labels"]), buckets=meta["ngram_buckets"], **meta["arch"])
    model.load_state_dict(ck["state"])
    model.eval()
    k, nf = meta["ngram_slots"], len(meta["features"])
    onnx_path = os.path.join(args.out, "model.onnx")
    dummy = (torch.zeros(1, 8, k, dtype=torch.int32), torch.zeros(1, 8, nf))
    torch.onnx.export(
        Int32Inputs(model).eval(), dummy, onnx_path, input_names=["ngrams", "feats"], output_names=["logits"],
        dynamic_axes={"ngrams": {0: "batch", 1: "tokens"}, "feats": {0: "batch", 1: "tokens"}, "logits": {0: "batch", 1: "tokens"}},
        opset_version=13, do_constant_folding=True,
    )
    onnx.checker.check_model(onnx.load(onnx_path))
    digest = hashlib.sha256(open(onnx_path, "rb").read()).hexdigest()
    config = {
        "version": f"phi-ner-1.0.0+{digest[:12]}",
        "tokenizer": "chartveil-word-v1",
        "labels": meta["labels"],
        "features": meta["features"],
        "ngram_slots": k,
        "ngram_buckets": meta["ngram_buckets"],
        "window": WINDOW,
        "context": CONTEXT,
        "inputs": {"ngrams": "int32 [batch, tokens, ngram_slots]", "feats": "float32 [batch, tokens, features]"},
        "outputs": {"logits": "float32 [batch, tokens, labels]"},
        "arch": meta["arch"],
        "opset": 13,
        "seed": meta.get("seed"),
        "heldout": ck.get("heldout"),
    }
    with open(os.path.join(args.out, "model.json"), "w", encoding="utf-8") as f:
        json.dump(config, f, indent=1)
        f.write("\n")
    write_fixture(model, meta, args)
    print(f"exported {onnx_path} ({os.path.getsize(onnx_path)} bytes), version {config['version']}")


def write_fixture(model, meta, args):
    """Two held-out documents, first 40 tokens each: text, encoded inputs and PyTorch logits."""
    k, nf = meta["ngram_slots"], len(meta["features"])
    model.eval()  # torch.onnx.export restores the wrapper's train mode; dropout must be off here
    docs = []
    with open(os.path.join(args.data, "heldout.jsonl"), encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            if len(rec["labels"]) >= 40:
                docs.append(rec)
            if len(docs) == 2:
                break
    t = 40
    ng = np.zeros((2, t, k), dtype=np.int64)
    ft = np.zeros((2, t, nf), dtype=np.float32)
    for b, rec in enumerate(docs):
        ng[b] = np.asarray(rec["ngrams"][: t * k]).reshape(t, k)
        for i, act in enumerate(rec["active"][:t]):
            ft[b, i, act] = 1
    with torch.no_grad():
        logits = model(torch.from_numpy(ng), torch.from_numpy(ft)).numpy()
    os.makedirs(args.fixture, exist_ok=True)
    fixture = {
        "texts": [rec["text"] for rec in docs],
        "tokens": t,
        "ngrams": ng.reshape(-1).tolist(),
        "active": [rec["active"][:t] for rec in docs],
        "logits": [round(float(x), 6) for x in logits.reshape(-1)],
        "shape": list(logits.shape),
    }
    with open(os.path.join(args.fixture, "onnx-parity.json"), "w", encoding="utf-8") as f:
        json.dump(fixture, f)
        f.write("\n")


if __name__ == "__main__":
    main()
