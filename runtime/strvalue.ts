// A Python str is a JS primitive string; an instance of a str subclass (`class S(str)`, a StrEnum
// member) is a String wrapper object carrying its class. CPython's builtins read the characters
// of any str, subclass or not, so every builtin that takes text goes through these two helpers
// rather than testing `typeof x === 'string'` alone.

/** A str subclass instance replaced by its plain text; every other value is returned unchanged. */
export function unwrapStr<T>(v: T): Exclude<T, String> | string {
  return v instanceof String ? v.valueOf() : (v as Exclude<T, String>);
}

/** The text of any str (plain or a subclass instance), or undefined when `v` is not a str. */
export function strText(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  return v instanceof String ? v.valueOf() : undefined;
}
