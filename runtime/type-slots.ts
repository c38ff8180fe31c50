// The special methods Python looks up on an object's type, never on the object itself: `len(a)`
// calls `type(a).__len__` even when `a.__len__` is an attribute of `a`. The runtime reads them as
// `obj.$__len__`, which an instance's own property would answer, so an instance keeps such an
// attribute apart (runtime/classes.ts) and the compiler reads `a.__len__` through the runtime.

const BINARY_OPS = ['add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'divmod', 'pow', 'lshift', 'rshift', 'and', 'xor', 'or'];

export const TYPE_SLOTS: ReadonlySet<string> = new Set([
  '__len__', '__iter__', '__next__', '__reversed__', '__length_hint__', '__getitem__', '__setitem__', '__delitem__',
  '__contains__', '__call__', '__hash__', '__bool__', '__repr__', '__str__', '__format__', '__bytes__', '__enter__',
  '__exit__', '__aenter__', '__aexit__', '__aiter__', '__anext__', '__await__', '__index__', '__int__', '__float__',
  '__complex__', '__round__', '__trunc__', '__floor__', '__ceil__', '__neg__', '__pos__', '__abs__', '__invert__',
  '__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__',
  ...BINARY_OPS.flatMap((op) => [`__${op}__`, `__r${op}__`, `__i${op}__`]),
]);
