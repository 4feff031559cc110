"""The coalition graph's force-directed layout: the same picture every time, linked
organizations near each other, separate groups apart, everything in the square."""

from __future__ import annotations

import math

from coalition.goals import layout


def _two_groups() -> tuple[list[str], dict[tuple[str, str], float]]:
    """Two groups of six, each a ring with a hub, joined by nothing."""
    nodes = [f"{group}{i}" for group in "ab" for i in range(6)]
    links: dict[tuple[str, str], float] = {}
    for group in "ab":
        for i in range(1, 6):
            links[f"{group}0", f"{group}{i}"] = 2.0
            links[f"{group}{i}", f"{group}{i % 5 + 1}"] = 1.0
    return nodes, links


def _distance(p: tuple[float, float], q: tuple[float, float]) -> float:
    return math.hypot(p[0] - q[0], p[1] - q[1])


def test_the_same_graph_gets_the_same_picture_and_another_seed_another() -> None:
    nodes, links = _two_groups()
    first = layout.spring(nodes, links, k=0.4, seed=7)
    assert first == layout.spring(nodes, links, k=0.4, seed=7)
    assert first != layout.spring(nodes, links, k=0.4, seed=8)


def test_every_node_is_placed_in_the_square_which_it_fills() -> None:
    nodes, links = _two_groups()
    placed = layout.spring(nodes, links, k=0.4)
    assert list(placed) == nodes
    coordinates = [c for point in placed.values() for c in point]
    assert all(isinstance(c, float) and -1.0 <= c <= 1.0 for c in coordinates)
    assert math.isclose(max(abs(c) for c in coordinates), 1.0)


def test_linked_organizations_sit_together_and_separate_groups_apart() -> None:
    nodes, links = _two_groups()
    placed = layout.spring(nodes, links, k=0.4)
    within = [_distance(placed[a], placed[b]) for a, b in links]
    across = [_distance(placed[a], placed[b]) for a in nodes[:6] for b in nodes[6:]]
    assert max(within) < min(across)


def test_no_node_sits_on_another() -> None:
    nodes = [f"n{i}" for i in range(40)]
    links = {(f"n{i}", f"n{(i * 7) % 40}"): 1.5 for i in range(1, 40)}
    placed = list(layout.spring(nodes, links, k=1.6 / math.sqrt(40)).values())
    closest = min(_distance(p, q) for i, p in enumerate(placed) for q in placed[i + 1 :])
    assert closest > 0.02


def test_a_graph_of_none_or_one_node() -> None:
    assert layout.spring([], {}, k=1.0) == {}
    assert layout.spring(["only"], {}, k=1.0) == {"only": (0.0, 0.0)}
