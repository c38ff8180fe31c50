// The JS printer (compiler/printer.ts) must print what astring prints, to the byte and to the
// source-map segment: the traceback line table is made from those segments. Each case is JS
// parsed by acorn with positions (so every identifier and literal carries a `loc`), printed by
// both, and compared. The cases cover the precedence corners and the node types lowering never
// makes, which the printer hands to astring's own functions.
import { describe, expect, test } from 'vitest';
import * as acorn from 'acorn';
import type * as es from 'estree';
import { generate, GENERATOR, type State } from 'astring';
import { JsPrinter } from '../../compiler/printer.js';

type Segment = [number, number, number, number];

/** astring's generator, except that a getter or setter of one statement takes one line, as the
 * printer prints the module object's accessors. */
const WITH_ONE_LINE_ACCESSORS = Object.assign({}, GENERATOR, {
  Property(this: Record<string, (node: es.Node, state: State) => void>, node: es.Property, state: State): void {
    const fn = node.value;
    if ((node.kind === 'get' || node.kind === 'set') && !node.computed && fn.type === 'FunctionExpression'
      && !fn.async && !fn.generator && fn.body.body.length === 1) {
      const statement = fn.body.body[0];
      if (statement.type === 'ReturnStatement' || statement.type === 'ExpressionStatement') {
        state.write(`${node.kind} `);
        this[node.key.type](node.key, state);
        state.write('(');
        fn.params.forEach((p, i) => {
          if (i > 0) state.write(', ');
          this[p.type](p, state);
        });
        state.write(') { ');
        this[statement.type](statement, state);
        state.write(' }');
        return;
      }
    }
    GENERATOR.Property.call(this as never, node, state);
  },
});

function byAstring(program: es.Program, level: number): { text: string; segments: Segment[] } {
  const segments: Segment[] = [];
  const sourceMap = {
    addMapping(m: { generated: { line: number; column: number }; original: { line: number; column: number } }) {
      segments.push([m.generated.line, m.generated.column, m.original.line, m.original.column]);
    },
  };
  const text = generate(program, { sourceMap: sourceMap as never, indent: '  ', startingIndentLevel: level, generator: WITH_ONE_LINE_ACCESSORS as never });
  return { text, segments };
}

function byPrinter(program: es.Program, level: number): { text: string; segments: Segment[] } {
  const parts: string[] = [];
  const segments: Segment[] = [];
  const printer = new JsPrinter({ write: (s) => parts.push(s) }, {
    lineOffset: 0,
    add: (line, column, originalLine, originalColumn) => segments.push([line, column, originalLine, originalColumn]),
  }, level);
  printer.program(program.body);
  return { text: parts.join(''), segments };
}

const CASES = [
  'a = b + c * d - (e - f) - -g - (-h) ** 2;',
  'x = (a, b), [c, , d, ,], {k: 1, "s-t": [2], [u]: v, w};',
  'if ((a && (b || c)) ?? d) { f(); } else if (!(x instanceof Y) && !x) g(); else { }',
  'y = a ? b : c ? d : (e = f); z = (a ? b : c) ? d : e; w = (a, b) ? c : d;',
  'for (let i = 0, n = xs.length; i < n; i += 1) continue;',
  'for (const k of ("a" in o ? o : p)) { for (k2 in o) break; }',
  'lbl: while (true) { do { x--; --y; } while (x > 0); break lbl; }',
  'try { a(); } catch (e) { throw e; } finally { b(); }\ntry { a(); } catch { }',
  'f = function g(a, b = 1, ...c) { return; }; h = function* () { yield; yield* a; yield b; };',
  'k = (a) => ({a}); m = async (a, b) => { await a; return await (b, a); }; n = x => x + 1;',
  'new (a().b)(); new A.B(); new (f())(); (function () {})(); (() => 1)(); ({}).x;',
  'o?.p?.[q]?.(r); s[t].u(v)[w]; (a + b).c; (-1).toString(); 1.5.toFixed();',
  'typeof a === "number"; void 0; delete o[k]; - -x; + +y; - --z; !(-a); typeof typeof b;',
  'x = a ** -b; y = (-a) ** b; z = (a ** b) ** c; q = a ** b ** c;',
  'switch (x) { case 1: a(); break; case "y": default: b(); }',
  'var a = 1, b; let c; const d = [1n, /re+/g, null, true, "q\\u2028"];',
  'x = `t${a}u${b + 1}v`; tag`w${c}`; class K extends (a, B) { static s = 1; m() { return super.m(); } get g() { return 1; } }',
  'o = { get x() { return x; }, set x($v) { x = $v; }, m(a) { return a; }, async *n() {}, [k]: 1, "q r": 2 };',
  'x = (a || b) && c; y = a || (b && c); z = (a ?? b) || c; w = a - (b + c); v = a / (b * c) % d;',
  '({ a } = o); [a, b] = [b, a]; a = b = c; x = (y = 1) + 2;',
];

describe('JsPrinter prints as astring does', () => {
  test.each(CASES.map((c, i) => [i, c] as const))('case %i', (_i, code) => {
    const program = acorn.parse(code, { ecmaVersion: 2022, sourceType: 'module', locations: true }) as unknown as es.Program;
    for (const level of [0, 2]) {
      const expected = byAstring(program, level);
      const actual = byPrinter(program, level);
      expect(actual.text).toBe(expected.text);
      expect(actual.segments).toEqual(expected.segments);
    }
  });
});
