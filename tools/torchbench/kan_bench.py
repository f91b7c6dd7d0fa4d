#!/usr/bin/env python3
"""Time full-batch Adam steps of a [2,5,1] KAN (G=5, k=3) in PyTorch.

A comparison tool for issue 6, kept in the repository but not part of the
build: it times the same step that BenchmarkAdamStep in models/kan measures
(go test -run '^$' -bench AdamStep ./models/kan/), so the README can report
the ratio on one machine.

The layer is our own, written in the style of efficient-kan (spec
neurons.md B.12): per layer, B-spline bases of all inputs by the Cox-de Boor
recursion over the padded uniform grid on [-1, 1] (G + 2k + 1 knots, G + k
bases), flattened to n_in*(G+k) features, then two matrix products,
silu(x) @ W_base^T + bases @ (c * w_s)^T. Everything is float64 on one
thread; the data are 1000 points uniform in [-1, 1]^2 with the target
exp(sin(pi x) + y^2); loss MSE; Adam at lr 0.02 (the lab's default). One
step is zero_grad, forward, loss, backward and optimiser step; no grid
update (as in the Go benchmark).

The script warms up, then times several rounds of --steps steps and prints
the best round's mean ms/step (the least disturbed by other load) and the
median round's, plus samples/s.

Usage: /usr/bin/python3 tools/torchbench/kan_bench.py [--steps 200]
       [--rounds 7] [--warmup 50] [--points 1000] [--grid 5] [--k 3]
Needs PyTorch (Debian: apt-get install python3-torch).
"""

import argparse
import math
import statistics
import time

import torch
from torch import nn


class KANLayer(nn.Module):
    """phi_ji(x) = w_b[j,i]*silu(x_i) + w_s[j,i]*sum_m c[j,i,m] B_m(x_i)."""

    def __init__(self, n_in, n_out, grid=5, k=3):
        super().__init__()
        self.n_in, self.n_out, self.k = n_in, n_out, k
        h = 2.0 / grid
        knots = torch.arange(-k, grid + k + 1, dtype=torch.float64) * h - 1.0
        self.register_buffer("grid", knots.expand(n_in, -1).contiguous())
        self.base_weight = nn.Parameter((torch.rand(n_out, n_in) * 2 - 1) / math.sqrt(n_in))
        self.spline_weight = nn.Parameter(torch.randn(n_out, n_in, grid + k) * 0.1 / grid)
        self.spline_scaler = nn.Parameter(torch.ones(n_out, n_in) / math.sqrt(n_in))

    def bases(self, x):
        """B-spline bases of every input: (batch, n_in, G+k)."""
        g = self.grid
        x = x.unsqueeze(-1)
        b = ((x >= g[:, :-1]) & (x < g[:, 1:])).to(x.dtype)
        for p in range(1, self.k + 1):
            b = (x - g[:, : -(p + 1)]) / (g[:, p:-1] - g[:, : -(p + 1)]) * b[:, :, :-1] + \
                (g[:, p + 1:] - x) / (g[:, p + 1:] - g[:, 1:-p]) * b[:, :, 1:]
        return b

    def forward(self, x):
        base = nn.functional.silu(x) @ self.base_weight.T
        w = (self.spline_weight * self.spline_scaler.unsqueeze(-1)).reshape(self.n_out, -1)
        spline = self.bases(x).reshape(x.shape[0], -1) @ w.T
        return base + spline


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--steps", type=int, default=200, help="timed steps per round (default 200)")
    ap.add_argument("--rounds", type=int, default=7, help="timed rounds (default 7)")
    ap.add_argument("--warmup", type=int, default=50, help="untimed steps first (default 50)")
    ap.add_argument("--points", type=int, default=1000, help="training points, one full batch (default 1000)")
    ap.add_argument("--grid", type=int, default=5, help="grid intervals G (default 5)")
    ap.add_argument("--k", type=int, default=3, help="spline order k (default 3)")
    ap.add_argument("--lr", type=float, default=0.02, help="Adam learning rate (default 0.02)")
    args = ap.parse_args()

    torch.set_num_threads(1)
    torch.set_default_dtype(torch.float64)
    torch.manual_seed(1)
    x = torch.rand(args.points, 2) * 2 - 1
    y = torch.exp(torch.sin(math.pi * x[:, :1]) + x[:, 1:] ** 2)
    net = nn.Sequential(KANLayer(2, 5, args.grid, args.k), KANLayer(5, 1, args.grid, args.k))
    opt = torch.optim.Adam(net.parameters(), lr=args.lr)

    def step():
        opt.zero_grad(set_to_none=False)
        loss = ((net(x) - y) ** 2).mean()
        loss.backward()
        opt.step()
        return loss

    for _ in range(args.warmup):
        step()
    per = []
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        for _ in range(args.steps):
            loss = step()
        per.append((time.perf_counter() - t0) / args.steps)
    params = sum(p.numel() for p in net.parameters())
    best, med = min(per), statistics.median(per)
    print(f"torch {torch.__version__}, threads {torch.get_num_threads()}, float64, "
          f"{args.points} points full batch, adam, {args.rounds} rounds of {args.steps} steps after {args.warmup} warm-up")
    print(f"{'network':<22} {'params':>6} {'best ms/step':>13} {'median ms/step':>15} {'samples/s':>11} {'rmse':>8}")
    print(f"{'KAN [2,5,1] G=%d k=%d' % (args.grid, args.k):<22} {params:>6} {best * 1e3:>13.4f} {med * 1e3:>15.4f} "
          f"{args.points / best:>11.0f} {math.sqrt(float(loss)):>8.2g}")


if __name__ == "__main__":
    main()
