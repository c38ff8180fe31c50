import sys
from collections import defaultdict


class Graph:
    """A directed graph."""

    def __init__(self, edges=()):
        self.adj = defaultdict(list)
        for a, b in edges:
            self.add(a, b)

    def add(self, a, b):
        self.adj[a].append(b)

    def bfs(self, start):
        seen = {start}
        queue = [start]
        order = []
        while queue:
            node, *queue = queue
            order.append(node)
            for nxt in self.adj[node]:
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        return order

    def __repr__(self):
        return f'Graph({dict(self.adj)!r})'


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    g = Graph([(1, 2), (1, 3), (2, 4), (3, 4)])
    try:
        print(g.bfs(int(argv[0]) if argv else 1))
    except (IndexError, ValueError) as exc:
        print('error:', exc, file=sys.stderr)
        return 1
    else:
        return 0
    finally:
        pass


if __name__ == '__main__':
    sys.exit(main())
