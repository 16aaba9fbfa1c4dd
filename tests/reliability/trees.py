"""Walking and changing a JSON tree by path (for the import fuzz tests)."""

from __future__ import annotations


def places(value, path=()):
    """Every (path, value) in a JSON tree."""
    yield path, value
    if isinstance(value, dict):
        for key, item in value.items():
            yield from places(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from places(item, (*path, index))


def replaced(tree, path, new):
    if not path:
        return new
    head, rest = path[0], path[1:]
    if isinstance(tree, dict):
        return {**tree, head: replaced(tree[head], rest, new)}
    return [replaced(item, rest, new) if i == head else item for i, item in enumerate(tree)]


def removed(tree, path):
    head, rest = path[0], path[1:]
    if rest:
        return replaced(tree, path[:1], removed(tree[head], rest))
    if isinstance(tree, dict):
        return {k: v for k, v in tree.items() if k != head}
    return [item for i, item in enumerate(tree) if i != head]
