// bytesops.ts against CPython 3.11 (fixtures from scripts/gen-runtime-fixtures.py).

import { describe, expect, test } from 'vitest';
import * as B from '../../runtime/bytesops.js';
import { checkAll, dec, load, run, type Tagged } from './tagged.js';

const fns: Record<string, (b: any, ...args: any[]) => unknown> = {
  repr: B.bytesRepr, hex: B.bytesHex, upper: B.bytesUpper, lower: B.bytesLower, strip: B.bytesStrip,
  lstrip: B.bytesLstrip, rstrip: B.bytesRstrip, split: B.bytesSplit, rsplit: B.bytesRsplit,
  partition: B.bytesPartition, rpartition: B.bytesRpartition, find: B.bytesFind, rfind: B.bytesRfind,
  index: B.bytesIndex, rindex: B.bytesRindex, count: B.bytesCount, startswith: B.bytesStartswith,
  endswith: B.bytesEndswith, replace: B.bytesReplace, decode: B.bytesDecode,
  fromhex: (s) => B.bytesFromhex(s), join: (sep, items) => B.bytesJoin(sep, items, () => 'int'),
};

describe('bytes', () => {
  test('methods and codecs', () => {
    const rows = load<[string, Tagged, Tagged[], Tagged][]>('bytes_ops');
    const r = checkAll(rows, ([name, b, args, want]) => {
      const got = run(() => fns[name]!(dec(b), ...args.map(dec)));
      // repr, hex, startswith, endswith were recorded as plain JSON values
      if (name === 'repr' || name === 'hex') return [got, 's' + (want as string)];
      return [got, want];
    });
    expect(r.failures).toEqual([]);
  });
});
