// Private name mangling, between parsing and lowering: inside a class, an identifier that starts
// with two underscores and does not end with two (`__spam`) stands for `_Class__spam` wherever it
// names something: a variable, an attribute (`self.__spam`), a parameter, a def or class
// statement's name, an `as` target, a global or nonlocal declaration. A keyword argument's name is
// not one (`f(__spam=1)` passes `__spam`), nor is a string (`getattr(self, "__spam")`). The class
// is the innermost one around the identifier, with its leading underscores stripped (a class named
// only with underscores mangles nothing); functions and comprehensions inside the class mangle
// with it too. This is CPython's _Py_Mangle, applied where its compiler applies it, so
// `vars(obj)` shows `_Class__spam` and a subclass's `__spam` is another attribute.
//
// The tree is rewritten in place.

import type * as ast from './ast.js';

/** A private-looking identifier somewhere in the text: without one, nothing can need mangling. */
const PRIVATE_NAME = /\b__\w*[A-Za-z0-9]_?\b/;

/** True when `source` may hold a private name inside a class. */
export function mayNeedMangling(source: string): boolean {
  return source.includes('class') && PRIVATE_NAME.test(source);
}

/** `name` as it is stored inside the class named `className` (null: outside any class). */
export function mangledName(className: string | null, name: string): string {
  if (className === null || !name.startsWith('__') || name.endsWith('__') || name.includes('.')) return name;
  const stripped = className.replace(/^_+/, '');
  return stripped === '' ? name : `_${stripped}${name}`;
}

type AnyNode = { nodeType: string; [field: string]: unknown };

function isNode(v: unknown): v is AnyNode {
  return typeof v === 'object' && v !== null && typeof (v as { nodeType?: unknown }).nodeType === 'string';
}

/** Rewrite the private names of every class in `tree`. */
export function manglePrivateNames(tree: ast.Module): void {
  visit(tree as unknown as AnyNode, null);
}

function visitChildren(node: AnyNode, cls: string | null): void {
  for (const key of Object.keys(node)) {
    const v = node[key];
    if (Array.isArray(v)) {
      for (const item of v) if (isNode(item)) visit(item, cls);
    } else if (isNode(v)) {
      visit(v, cls);
    }
  }
}

function visit(node: AnyNode, cls: string | null): void {
  switch (node.nodeType) {
    case 'ClassDef': {
      // The name, bases, keywords and decorators belong to the enclosing scope; the body to the class.
      const own = node.name as string;
      node.name = mangledName(cls, own);
      for (const key of ['bases', 'keywords', 'decorator_list']) {
        for (const item of node[key] as unknown[]) if (isNode(item)) visit(item, cls);
      }
      for (const item of node.body as unknown[]) if (isNode(item)) visit(item, own);
      return;
    }
    case 'Name':
      node.id = mangledName(cls, node.id as string);
      break;
    case 'Attribute':
      node.attr = mangledName(cls, node.attr as string);
      break;
    case 'FunctionDef':
    case 'AsyncFunctionDef':
      node.name = mangledName(cls, node.name as string);
      break;
    case 'arg':
      node.arg = mangledName(cls, node.arg as string);
      break;
    case 'alias':
      if (node.asname !== null) node.asname = mangledName(cls, node.asname as string);
      break;
    case 'ExceptHandler':
    case 'MatchAs':
    case 'MatchStar':
      if (node.name !== null) node.name = mangledName(cls, node.name as string);
      break;
    case 'MatchMapping':
      if (node.rest !== null) node.rest = mangledName(cls, node.rest as string);
      break;
    case 'Global':
    case 'Nonlocal':
      node.names = (node.names as string[]).map((n) => mangledName(cls, n));
      break;
  }
  visitChildren(node, cls);
}
