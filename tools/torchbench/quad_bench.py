#!/usr/bin/env python3
"""Time full-batch training steps of the quadratic-neuron lab's networks in PyTorch.

A comparison tool for issue 5, kept in the repository but not part of the
build: it measures the same 2→8→8→1 networks that the Go benchmarks in
models/quadratic time (go test -run '^$' -bench . ./models/quadratic/), so
the README can report the ratio on one machine.

All three networks use float64 (as the Go code does), one thread, ReLU hidden
layers, a sigmoid output with binary cross-entropy, and full-batch steps
on 400 random points in [-1, 1]² labelled by a circle, with Adam at
lr 0.03 by default (what the Go benchmark BenchmarkStep and the lab's
defaults use) or SGD with momentum 0.9 (--optimizer sgd).

* conventional: Linear(2,8) → ReLU → Linear(8,8) → ReLU → Linear(8,1)
* quadratic (Fan et al., spec neurons.md §A.2/§A.4): every layer is three
  linear maps r, g, b (all with bias) combined as z = r(x)·g(x) + b(x∘x);
  the bias of b plays the role of c. The same shape, 3× the parameters.
* compact (§A.2): z = r(x) + w_b·(x∘x), w_b without a bias of its own.

One step is zero_grad, forward, loss, backward and optimiser step, as in
the Go Trainer.Step. The script warms up, then times several rounds of
--steps steps and prints the best round's mean ms/step (the least disturbed
by other load) and the median round's, plus samples/s.

Usage: /usr/bin/python3 tools/torchbench/quad_bench.py [--optimizer adam|sgd]
       [--steps 200] [--rounds 7] [--warmup 50] [--points 400] [--lr 0.03]
Needs PyTorch (Debian: apt-get install python3-torch, which installs it for
the system's /usr/bin/python3).
"""

import argparse
import statistics
import time

import torch
from torch import nn


class Quadratic(nn.Module):
    """A layer of Fan et al.'s quadratic neurons: r(x)·g(x) + b(x∘x)."""

    def __init__(self, n_in, n_out):
        super().__init__()
        self.r = nn.Linear(n_in, n_out)
        self.g = nn.Linear(n_in, n_out)
        self.b = nn.Linear(n_in, n_out)
        # ReLinear initialisation (spec §A.5): w_g = 0, b_g = 1, w_b = 0, c = 0.
        # It does not change the cost of a step; it keeps the values tame.
        with torch.no_grad():
            self.g.weight.zero_()
            self.g.bias.fill_(1.0)
            self.b.weight.zero_()
            self.b.bias.zero_()

    def forward(self, x):
        return self.r(x) * self.g(x) + self.b(x * x)


class Compact(nn.Module):
    """A layer of compact quadratic neurons: r(x) + w_b·(x∘x)."""

    def __init__(self, n_in, n_out):
        super().__init__()
        self.r = nn.Linear(n_in, n_out)
        self.b = nn.Linear(n_in, n_out, bias=False)
        with torch.no_grad():
            self.b.weight.zero_()

    def forward(self, x):
        return self.r(x) + self.b(x * x)


def network(kind, widths=(2, 8, 8, 1)):
    """The 2→8→8→1 network with ReLU hidden layers; the output is a logit."""
    layers = []
    for i in range(len(widths) - 1):
        n_in, n_out = widths[i], widths[i + 1]
        layer = {"quadratic": Quadratic, "compact": Compact, "conventional": nn.Linear}[kind]
        layers.append(layer(n_in, n_out))
        if i < len(widths) - 2:
            layers.append(nn.ReLU())
    return nn.Sequential(*layers)


def data(n, gen):
    """n points uniform in [-1, 1]², label 1 inside the circle r < 0.6."""
    x = torch.rand(n, 2, generator=gen, dtype=torch.float64) * 2 - 1
    y = ((x * x).sum(dim=1, keepdim=True) < 0.36).to(torch.float64)
    return x, y


def time_steps(kind, x, y, steps, rounds, warmup, lr, optimizer):
    """Return the mean seconds per step of each timed round, and the final loss."""
    torch.manual_seed(1)
    net = network(kind).to(torch.float64)
    if optimizer == "adam":
        opt = torch.optim.Adam(net.parameters(), lr=lr)
    else:
        opt = torch.optim.SGD(net.parameters(), lr=lr, momentum=0.9)

    def step():
        opt.zero_grad(set_to_none=False)
        p = torch.sigmoid(net(x))
        loss = nn.functional.binary_cross_entropy(p, y)
        loss.backward()
        opt.step()
        return loss

    for _ in range(warmup):
        step()
    per_step = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        for _ in range(steps):
            loss = step()
        per_step.append((time.perf_counter() - t0) / steps)
    params = sum(p.numel() for p in net.parameters())
    return per_step, float(loss), params


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--steps", type=int, default=200, help="timed steps per round (default 200)")
    ap.add_argument("--rounds", type=int, default=7, help="timed rounds (default 7)")
    ap.add_argument("--warmup", type=int, default=50, help="untimed steps first (default 50)")
    ap.add_argument("--points", type=int, default=400, help="training points, one full batch (default 400)")
    ap.add_argument("--optimizer", choices=("adam", "sgd"), default="adam",
                    help="adam (default, as the Go benchmark) or sgd (momentum 0.9)")
    ap.add_argument("--lr", type=float, default=0.03, help="learning rate (default 0.03, the lab's default)")
    args = ap.parse_args()

    torch.set_num_threads(1)
    torch.set_default_dtype(torch.float64)
    gen = torch.Generator().manual_seed(1)
    x, y = data(args.points, gen)

    print(f"torch {torch.__version__}, threads {torch.get_num_threads()}, float64, "
          f"{args.points} points full batch, {args.optimizer}, "
          f"{args.rounds} rounds of {args.steps} steps after {args.warmup} warm-up")
    print(f"{'network':<26} {'params':>6} {'best ms/step':>13} {'median ms/step':>15} {'samples/s':>11} {'loss':>8}")
    for kind in ("quadratic", "compact", "conventional"):
        per, loss, params = time_steps(kind, x, y, args.steps, args.rounds, args.warmup, args.lr, args.optimizer)
        best, med = min(per), statistics.median(per)
        print(f"{kind + ' 2-8-8-1':<26} {params:>6} {best * 1e3:>13.4f} {med * 1e3:>15.4f} "
              f"{args.points / best:>11.0f} {loss:>8.2g}")


if __name__ == "__main__":
    main()
