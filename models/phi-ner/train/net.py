"""The PHI NER network (shared by train.py and export.py).

Per token: the sum of hashed character n-gram embeddings (case-independent) concatenated with
binary features (casing, shape, spacing, lexicon flags) -> linear -> a stack of residual dilated
1-D convolutions over the token sequence -> per-token logits over O + entity labels.
Convolutions only, so a 5k-token note is one parallel pass (no recurrence) in onnxruntime-web.
"""
import torch
import torch.nn as nn


class PhiNer(nn.Module):
    def __init__(self, n_features, n_labels, buckets=16384, emb_dim=48, hidden=64, dilations=(1, 2, 4, 8), kernel=3):
        super().__init__()
        self.emb = nn.Embedding(buckets, emb_dim, padding_idx=0)
        self.inp = nn.Linear(emb_dim + n_features, hidden)
        self.convs = nn.ModuleList(
            [nn.Conv1d(hidden, hidden, kernel, padding=d * (kernel - 1) // 2, dilation=d) for d in dilations]
        )
        self.drop = nn.Dropout(0.15)
        self.out = nn.Linear(hidden, n_labels)

    def forward(self, ngrams, feats):
        """ngrams: [B, T, K] int64 (0 = empty slot); feats: [B, T, F] float -> logits [B, T, L]."""
        x = self.emb(ngrams).sum(2)
        x = torch.relu(self.inp(torch.cat([x, feats], -1)))
        x = x.transpose(1, 2)
        for conv in self.convs:
            x = x + torch.relu(conv(self.drop(x)))
        return self.out(self.drop(x.transpose(1, 2)))
