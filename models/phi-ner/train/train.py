"""Trains the PHI NER model on the generated corpus (CPU, fixed seed) and reports held-out metrics.

Usage: python3 train.py --data data --out data/model.pt [--epochs N] [--threads 2]
Held-out metrics are computed on documents built only from held-out template families.
"""
import argparse
import json
import os
import random
import time

import numpy as np
import torch
import torch.nn.functional as F

from data import load_windows
from net import PhiNer

WIN = 128
# hidden 48 (was 64): 1.8x fewer multiply-adds per token, so a 30k-character note fits the
# offscreen latency budget, with better held-out-family F1 than 64 (it trains 8 epochs instead of
# 2 in the same time); 32 was faster still but less accurate (models/README.md). --hidden overrides.
ARCH = {"emb_dim": 48, "hidden": 48, "dilations": [1, 2, 4, 8], "kernel": 3}


def set_seed(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def augment(ng, ft, meta, gen):
    """Input dropout so the model cannot lean on memorised words or on lexicon flags alone."""
    b, t, _ = ng.shape
    drop_all = torch.rand(b, t, generator=gen) < 0.10
    drop_word = torch.rand(b, t, generator=gen) < 0.25
    ng = ng.clone()
    ng[drop_all] = 0
    ng[..., 0][drop_word] = 0
    lex = meta["lexicon_feature_index"]
    drop_lex = (torch.rand(b, t, generator=gen) < 0.10).unsqueeze(-1).float()
    ft = ft.clone()
    ft[..., lex:] = ft[..., lex:] * (1 - drop_lex)
    return ng, ft


def predict(model, ng, ft, batch=256):
    model.eval()
    outs = []
    with torch.no_grad():
        for i in range(0, len(ng), batch):
            outs.append(model(torch.from_numpy(ng[i:i + batch]).long(), torch.from_numpy(ft[i:i + batch]).float()))
    return torch.cat(outs)


def metrics(logits, labels, names, thresholds=(0.5, 0.3, 0.15)):
    """Token-level PHI detection (any non-O label) recall/precision, plus per-label recall at 0.5."""
    mask = labels != -100
    probs = torch.softmax(logits, -1)[mask]
    gold = labels[mask]
    p_phi = 1 - probs[:, 0]
    out = {"tokens": int(mask.sum()), "phi_tokens": int((gold > 0).sum())}
    for th in thresholds:
        pred = p_phi >= th
        tp = int((pred & (gold > 0)).sum())
        fp = int((pred & (gold == 0)).sum())
        fn = int((~pred & (gold > 0)).sum())
        r = tp / max(1, tp + fn)
        p = tp / max(1, tp + fp)
        out[f"t{th}"] = {"recall": round(r, 4), "precision": round(p, 4), "f1": round(2 * p * r / max(1e-9, p + r), 4)}
    pred = p_phi >= 0.5
    best = probs[:, 1:].argmax(-1) + 1
    per = {}
    for li, name in enumerate(names):
        if li == 0:
            continue
        sel = gold == li
        if int(sel.sum()) == 0:
            continue
        per[name] = {"n": int(sel.sum()), "recall": round(float(pred[sel].float().mean()), 4),
                     "type_acc": round(float((best[sel] == li).float().mean()), 4)}
    out["per_label"] = per
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="data")
    ap.add_argument("--out", default="data/model.pt")
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--seed", type=int, default=1337)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--batch", type=int, default=48)
    ap.add_argument("--hidden", type=int, default=ARCH["hidden"])
    args = ap.parse_args()
    arch = {**ARCH, "hidden": args.hidden}
    torch.set_num_threads(args.threads)
    set_seed(args.seed)
    with open(os.path.join(args.data, "meta.json"), encoding="utf-8") as f:
        meta = json.load(f)
    k, nf, labels = meta["ngram_slots"], len(meta["features"]), meta["labels"]
    t0 = time.time()
    tr = load_windows(os.path.join(args.data, "train.jsonl"), k, nf, WIN)
    ho = load_windows(os.path.join(args.data, "heldout.jsonl"), k, nf, WIN)
    print(f"loaded {len(tr[0])} train / {len(ho[0])} held-out windows in {time.time() - t0:.1f}s", flush=True)
    meta["arch"] = arch
    model = PhiNer(nf, len(labels), buckets=meta["ngram_buckets"], **arch)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    steps_per_epoch = (len(tr[0]) + args.batch - 1) // args.batch
    total = steps_per_epoch * args.epochs
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=3e-3, total_steps=total, pct_start=0.1)
    weight = torch.ones(len(labels))
    weight[1:] = 2.0
    gen = torch.Generator().manual_seed(args.seed)
    t_train = time.time()
    for epoch in range(args.epochs):
        model.train()
        order = torch.randperm(len(tr[0]), generator=gen).numpy()
        tot, n = 0.0, 0
        for s in range(steps_per_epoch):
            idx = order[s * args.batch:(s + 1) * args.batch]
            ng = torch.from_numpy(tr[0][idx]).long()
            ft = torch.from_numpy(tr[1][idx]).float()
            y = torch.from_numpy(tr[2][idx])
            ng, ft = augment(ng, ft, meta, gen)
            logits = model(ng, ft)
            loss = F.cross_entropy(logits.reshape(-1, len(labels)), y.reshape(-1), weight=weight, ignore_index=-100)
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            tot += float(loss)
            n += 1
        m = metrics(predict(model, ho[0], ho[1]), torch.from_numpy(ho[2]), labels)
        print(f"epoch {epoch + 1}/{args.epochs} loss {tot / n:.4f} held-out t0.5 {m['t0.5']} "
              f"({time.time() - t_train:.0f}s)", flush=True)
    train_s = time.time() - t_train
    m = metrics(predict(model, ho[0], ho[1]), torch.from_numpy(ho[2]), labels)
    m["train_seconds"] = round(train_s, 1)
    m["threads"] = args.threads
    torch.save({"state": model.state_dict(), "meta": meta, "heldout": m}, args.out)
    print("HELD-OUT (unseen template families):", json.dumps(m, indent=1))


if __name__ == "__main__":
    main()
