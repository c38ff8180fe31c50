"""Topological sorting of a graph of hashable nodes: TopologicalSorter (static_order, or
prepare/get_ready/done for processing nodes as they become ready) and CycleError."""

__all__ = ["TopologicalSorter", "CycleError"]

_GenericAlias = type(list[int])

# What happened to a node once prepare() ran: handed out by get_ready(), then marked done().
_OUT = -1
_DONE = -2


class _Node:
    __slots__ = ("node", "npredecessors", "successors")

    def __init__(self, node):
        self.node, self.successors = node, []
        # Predecessors not yet done; _OUT or _DONE once the node has been handed out.
        self.npredecessors = 0


class CycleError(ValueError):
    """The graph has a cycle; args[1] lists its nodes, the first repeated at the end."""


class TopologicalSorter:
    """Orders the nodes of a graph so that each comes after its predecessors."""

    def __init__(self, graph=None):
        self._nodes = {}
        self._ready = None  # the ready list, made by prepare()
        self._npassed_out = self._nfinished = 0
        for node, predecessors in (graph or {}).items():
            self.add(node, *predecessors)

    def _info(self, node):
        info = self._nodes.get(node)
        if info is None:
            info = self._nodes[node] = _Node(node)
        return info

    def add(self, node, *predecessors):
        """Add node, after each of predecessors (which are added too when new)."""
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._info(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._info(pred).successors.append(node)

    def prepare(self):
        """Finish the graph: the nodes without predecessors become ready; CycleError on a cycle."""
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [i.node for i in self._nodes.values() if i.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """The nodes whose predecessors are all done and that were not handed out yet."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        result = tuple(self._ready)
        for node in result:
            self._nodes[node].npredecessors = _OUT
        self._ready.clear()
        self._npassed_out += len(result)
        return result

    def is_active(self):
        """Whether get_ready() can still give nodes (now, or once handed-out ones are done)."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        return self._nfinished < self._npassed_out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Mark handed-out nodes as processed: their successors may become ready."""
        if self._ready is None:
            raise ValueError("prepare() must be called first")
        for node in nodes:
            info = self._nodes.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.npredecessors
            if state != _OUT:
                if state >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                if state == _DONE:
                    raise ValueError(f"node {node!r} was already marked done")
                raise AssertionError(f"node {node!r}: unknown status {state}")
            info.npredecessors = _DONE
            for successor in info.successors:
                successor_info = self._nodes[successor]
                successor_info.npredecessors -= 1
                if successor_info.npredecessors == 0:
                    self._ready.append(successor)
            self._nfinished += 1

    def _find_cycle(self):
        """A cycle as a list of nodes (the first repeated last), or None: a depth-first walk in
        insertion order, following successors in the order they were added."""
        seen = set()
        for start in self._nodes:
            if start in seen:
                continue
            path = [start]
            on_path = {start: 0}
            pending = [iter(self._nodes[start].successors)]
            seen.add(start)
            while pending:
                node = next(pending[-1], None)
                if node is None:
                    pending.pop()
                    del on_path[path.pop()]
                    continue
                if node in on_path:
                    return path[on_path[node]:] + [node]
                if node in seen:
                    continue
                seen.add(node)
                on_path[node] = len(path)
                path.append(node)
                pending.append(iter(self._nodes[node].successors))
        return None

    def static_order(self):
        """All the nodes, in an order where each comes after its predecessors."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(_GenericAlias)
