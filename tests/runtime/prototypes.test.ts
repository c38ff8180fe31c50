import { setFlagsFromString } from 'node:v8';
import { describe, expect, test } from 'vitest';
import '../../runtime/index.js';

// The runtime installs the str, int, bool and big-int methods on the JS prototypes and makes each
// one a class's `prototype`, which V8 answers by turning it into a dictionary-mode object; loads
// through primitives never turn it back, and every `s.charCodeAt(i)` would then be a hash lookup
// the optimiser cannot inline (object.ts, keepFast).
setFlagsFromString('--allow-natives-syntax');
const hasFastProperties = new Function('o', 'return %HasFastProperties(o)') as (o: object) => boolean;

describe('builtin prototypes after the runtime is loaded', () => {
  test.each([
    ['String', String.prototype],
    ['Number', Number.prototype],
    ['Boolean', Boolean.prototype],
    ['BigInt', BigInt.prototype],
    ['Array', Array.prototype],
  ])('%s.prototype keeps fast properties', (_name, proto) => {
    expect(hasFastProperties(proto)).toBe(true);
  });
});
