"""Loads the generated JSONL corpus into fixed-length token windows for training and evaluation."""
import json

import numpy as np


def load_windows(path, n_slots, n_features, win, stride=None):
    """Returns (ngrams int32 [N,win,K], feats uint8 [N,win,F], labels int64 [N,win] with -100 = pad, docs)."""
    stride = stride or win
    ng_list, ft_list, lb_list, doc_index = [], [], [], []
    with open(path, encoding="utf-8") as f:
        for d, line in enumerate(f):
            rec = json.loads(line)
            labels = rec["labels"]
            n = len(labels)
            ng = np.asarray(rec["ngrams"], dtype=np.int32).reshape(n, n_slots)
            ft = np.zeros((n, n_features), dtype=np.uint8)
            for i, act in enumerate(rec["active"]):
                ft[i, act] = 1
            lb = np.asarray(labels, dtype=np.int64)
            start = 0
            while True:
                end = min(start + win, n)
                m = end - start
                g = np.zeros((win, n_slots), dtype=np.int32)
                x = np.zeros((win, n_features), dtype=np.uint8)
                y = np.full((win,), -100, dtype=np.int64)
                g[:m], x[:m], y[:m] = ng[start:end], ft[start:end], lb[start:end]
                ng_list.append(g)
                ft_list.append(x)
                lb_list.append(y)
                doc_index.append(d)
                if end >= n:
                    break
                start += stride
    return np.stack(ng_list), np.stack(ft_list), np.stack(lb_list), np.asarray(doc_index)
