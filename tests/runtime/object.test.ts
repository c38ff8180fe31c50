import { describe, expect, test } from 'vitest';
import { typeOf, object, type, NoneType, hooks } from '../../runtime/object.js';

describe('object foundation', () => {
  test('type()', () => {
    expect(typeOf(null)).toBe(NoneType);
    expect(typeOf({})).toBe(object);
    expect(typeOf(object)).toBe(type);
    expect(typeOf(type)).toBe(type);
    expect(hooks.repr(object)).toBe("<class 'object'>");
    expect((type as any).$__name__).toBe('type');
    expect((object as any).$__init__).toBeTypeOf('function');
  });
});
