// Raising Python exceptions from runtime code. Every runtime module raises through `raise`, naming
// the builtin exception class and passing CPython's message verbatim.

export type BuiltinExceptionName =
  | 'BaseException' | 'Exception' | 'ArithmeticError' | 'ZeroDivisionError' | 'OverflowError'
  | 'LookupError' | 'KeyError' | 'IndexError' | 'ValueError' | 'UnicodeDecodeError'
  | 'UnicodeEncodeError' | 'TypeError' | 'AttributeError' | 'NameError' | 'UnboundLocalError'
  | 'RuntimeError' | 'RecursionError' | 'NotImplementedError' | 'StopIteration' | 'OSError'
  | 'MemoryError' | 'AssertionError' | 'ImportError' | 'ModuleNotFoundError' | 'TimeoutError'
  | 'ConnectionResetError' | 'BrokenPipeError' | 'KeyboardInterrupt' | 'SystemExit'
  | 'FileNotFoundError' | 'EOFError';

/** Placeholder until the object model lands: carries the class name and message. */
export class PendingPyError extends Error {
  constructor(readonly pyType: BuiltinExceptionName, readonly pyMessage: string) {
    super(`${pyType}: ${pyMessage}`);
  }
}

let raiser: (type: BuiltinExceptionName, message: string) => never = (type, message) => {
  throw new PendingPyError(type, message);
};

/** Raise builtin exception `type` with CPython's message. */
export function raise(type: BuiltinExceptionName, message: string): never {
  return raiser(type, message);
}

/** The object model installs the real raiser (which builds Python exception objects) at start-up. */
export function installRaiser(fn: (type: BuiltinExceptionName, message: string) => never): void {
  raiser = fn;
}
