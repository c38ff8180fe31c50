// The names of Python's builtins that the runtime exports under their own names: generated code
// imports them (compiler/runtime-api.ts), and the `builtins` module holds them (index.ts).

/** The builtins, by their Python names. */
export const BUILTIN_NAMES = [
  'abs', 'aiter', 'all', 'anext', 'any', 'ascii', 'bin', 'bool', 'bytearray', 'bytes', 'callable', 'chr', 'classmethod', 'complex',
  'delattr', 'dict', 'dir', 'divmod', 'enumerate', 'exit', 'filter', 'float', 'format', 'frozenset',
  'getattr', 'globals', 'hasattr', 'hash', 'hex', 'id', 'input', 'int', 'isinstance', 'issubclass',
  'iter', 'len', 'list', 'locals', 'map', 'max', 'memoryview', 'min', 'next', 'object', 'oct', 'open',
  'ord', 'pow', 'print', 'property', 'quit', 'range', 'repr', 'reversed', 'round', 'set', 'setattr', 'slice',
  'sorted', 'staticmethod', 'str', 'sum', 'super', 'tuple', 'type', 'vars', 'zip', '__import__',
  'NotImplemented', 'Ellipsis', '__build_class__',
  // exceptions
  'BaseException', 'Exception', 'ArithmeticError', 'ZeroDivisionError', 'OverflowError',
  'FloatingPointError', 'LookupError', 'KeyError', 'IndexError', 'ValueError', 'UnicodeError',
  'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeTranslateError', 'TypeError', 'AttributeError', 'NameError',
  'UnboundLocalError', 'RuntimeError', 'RecursionError', 'NotImplementedError', 'StopIteration',
  'StopAsyncIteration', 'GeneratorExit', 'SystemExit', 'KeyboardInterrupt', 'AssertionError',
  'ImportError', 'ModuleNotFoundError', 'OSError', 'EnvironmentError', 'IOError', 'EOFError',
  'MemoryError', 'BufferError', 'FileNotFoundError', 'FileExistsError', 'PermissionError',
  'IsADirectoryError', 'NotADirectoryError', 'TimeoutError', 'ConnectionError',
  'ConnectionResetError', 'ConnectionRefusedError', 'ConnectionAbortedError', 'BrokenPipeError',
  'InterruptedError', 'BlockingIOError', 'ChildProcessError', 'ProcessLookupError', 'LookupError',
  'SyntaxError', 'IndentationError', 'TabError', 'SystemError', 'ReferenceError', 'Warning',
  'UserWarning', 'DeprecationWarning', 'PendingDeprecationWarning', 'RuntimeWarning',
  'SyntaxWarning', 'FutureWarning', 'ImportWarning', 'UnicodeWarning', 'BytesWarning',
  'ResourceWarning', 'EncodingWarning', 'BaseExceptionGroup', 'ExceptionGroup',
] as const;
