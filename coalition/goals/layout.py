"""A force-directed layout for the coalition graph, in plain Python.

Fruchterman and Reingold's spring embedder, as networkx's ``spring_layout`` computes it
for small graphs: every pair of nodes pushes apart with a force ``k² / d``, every link
pulls its two ends together with ``weight · d² / k``, and each round moves every node a
step in the direction of its net force, the step shrinking linearly to nothing over the
rounds (the "temperature").  The start is random, from a seeded generator, so the same
graph gets the same picture every time.

The dashboard's graph is capped to a hundred-odd organizations and the campaigns they
endorse (:data:`coalition.goals.report.GRAPH_LIMIT`): the pairwise forces cost n² per
round, a fraction of a second there, and no array library is needed (the standalone
bundle is about 40 MB lighter without numpy and its BLAS).
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence

_CLOSEST = 0.01  # nodes closer than this push as if they were this far apart
_STILL = 1e-4  # mean movement per node under which the layout has settled


def spring(
    nodes: Sequence[str],
    links: Mapping[tuple[str, str], float],
    *,
    k: float,
    iterations: int = 80,
    seed: int = 7,
) -> dict[str, tuple[float, float]]:
    """Positions of ``nodes`` pulled together along the weighted ``links`` and pushed
    apart from each other, ``k`` being the distance the forces balance at; centred on
    (0, 0) and scaled so that the farthest coordinate is 1.

    Deterministic: the same nodes in the same order, links and seed give the same
    positions.  A link to a node not among ``nodes`` is ignored.
    """
    count = len(nodes)
    if count == 0:
        return {}
    if count == 1:
        return {nodes[0]: (0.0, 0.0)}
    rng = random.Random(seed)
    xs = [0.0] * count
    ys = [0.0] * count
    for i in range(count):
        xs[i], ys[i] = rng.random(), rng.random()
    index = {node: i for i, node in enumerate(nodes)}
    pulls = [
        (index[a], index[b], weight)
        for (a, b), weight in links.items()
        if a in index and b in index and a != b
    ]
    temperature = 0.1 * max(max(xs) - min(xs), max(ys) - min(ys))
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        dx, dy = _forces(xs, ys, pulls, k)
        moved = _move(xs, ys, dx, dy, temperature)
        temperature -= cooling
        if moved / count < _STILL:
            break
    return _fitted(nodes, xs, ys)


def _forces(
    xs: list[float], ys: list[float], pulls: list[tuple[int, int, float]], k: float
) -> tuple[list[float], list[float]]:
    """The net force on every node: the push of every other node, the pull of its links."""
    count = len(xs)
    dx = [0.0] * count
    dy = [0.0] * count
    k2 = k * k
    closest2 = _CLOSEST * _CLOSEST
    for i in range(count):
        xi, yi = xs[i], ys[i]
        fx = fy = 0.0
        for j in range(i + 1, count):
            ex = xi - xs[j]
            ey = yi - ys[j]
            d2 = ex * ex + ey * ey
            push = k2 / (d2 if d2 > closest2 else closest2)
            px, py = ex * push, ey * push
            fx += px
            fy += py
            dx[j] -= px
            dy[j] -= py
        dx[i] += fx
        dy[i] += fy
    for i, j, weight in pulls:
        ex = xs[i] - xs[j]
        ey = ys[i] - ys[j]
        pull = weight * max(math.hypot(ex, ey), _CLOSEST) / k
        dx[i] -= ex * pull
        dy[i] -= ey * pull
        dx[j] += ex * pull
        dy[j] += ey * pull
    return dx, dy


def _move(
    xs: list[float], ys: list[float], dx: list[float], dy: list[float], temperature: float
) -> float:
    """Every node a step of ``temperature`` along its force; how far they moved in all."""
    moved2 = 0.0
    for i in range(len(xs)):
        length = math.hypot(dx[i], dy[i])
        step = temperature / (length if length >= _CLOSEST else 0.1)
        mx, my = dx[i] * step, dy[i] * step
        xs[i] += mx
        ys[i] += my
        moved2 += mx * mx + my * my
    return math.sqrt(moved2)


def _fitted(
    nodes: Sequence[str], xs: list[float], ys: list[float]
) -> dict[str, tuple[float, float]]:
    """Centred on (0, 0), the farthest coordinate at 1."""
    cx = sum(xs) / len(xs)
    cy = sum(ys) / len(ys)
    reach = max(max(abs(x - cx) for x in xs), max(abs(y - cy) for y in ys))
    scale = 1.0 / reach if reach > 0 else 1.0
    return {
        node: ((x - cx) * scale, (y - cy) * scale) for node, x, y in zip(nodes, xs, ys, strict=True)
    }
