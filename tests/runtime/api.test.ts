import { describe, expect, test } from 'vitest';
import { BUILTIN_NAMES, RUNTIME_HELPERS } from '../../compiler/runtime-api.js';
import * as runtime from '../../runtime/index.js';

const exported = runtime as Record<string, unknown>;

describe('runtime/index.ts', () => {
  test('exports every helper of the contract', () => {
    const missing = Object.keys(RUNTIME_HELPERS).filter((k) => exported[k] === undefined);
    expect(missing).toEqual([]);
  });
  test('exports every helper under its $ name', () => {
    const missing = Object.keys(RUNTIME_HELPERS).filter((k) => exported['$' + k] === undefined);
    expect(missing).toEqual([]);
  });
  test('exports every builtin name', () => {
    const missing = BUILTIN_NAMES.filter((k) => exported[k] === undefined);
    expect(missing).toEqual([]);
  });
});
