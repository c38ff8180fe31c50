// The `hashlib` module. The OpenSSL-backed hashes (md5, sha1, sha2, sha3, shake, and the extra
// names `new` accepts) run node:crypto, which links the same OpenSSL CPython's _hashlib does; a
// hash object keeps its node Hash and finishes a copy, so that update() may follow digest().
// blake2b/blake2s are their own types (CPython's _blake2) over stdlib/blake2.ts, which knows the
// whole parameter block. pbkdf2_hmac and scrypt run node:crypto after CPython's argument checks,
// and file_digest reads a binary file object as CPython does.

import { unwrapStr } from '../strvalue.js';
import type { Hash } from 'node:crypto';
import { nodeModule } from '../host.js';
import { pyRaise, raise } from '../exceptions.js';
import { PyBytes, PyByteArray, bytesFromU8, bytesData, isBytesLike } from '../bytes.js';
import { addressOf, builtinType, builtinTypes, type PyType } from '../object.js';
import { toIndex, typeNameOf } from '../slice.js';
import { defineAll } from './common.js';
import { nativeModule } from '../module.js';
import { set } from '../set.js';
import { callable } from '../function.js';
import { getattrByName } from '../classes.js';
import { repr } from '../repr.js';
import { truthy } from '../ops.js';
import { tuple } from '../tuple.js';
import { PyDict } from '../dict.js';
import { Blake2, BLAKE2B, BLAKE2S, type Blake2Params } from './blake2.js';
import { registerSignatures } from '../native_signatures.js';

type KwPairs = [string, unknown][] | null;

/** A hash OpenSSL provides: its Python name, node:crypto's name and sizes. */
interface Algo {
  name: string;
  node: string;
  digestSize: number;
  blockSize: number;
  /** An extendable-output function: digest() takes a length. */
  xof?: boolean;
}

const OPENSSL_ALGOS: readonly Algo[] = [
  { name: 'md5', node: 'md5', digestSize: 16, blockSize: 64 },
  { name: 'sha1', node: 'sha1', digestSize: 20, blockSize: 64 },
  { name: 'sha224', node: 'sha224', digestSize: 28, blockSize: 64 },
  { name: 'sha256', node: 'sha256', digestSize: 32, blockSize: 64 },
  { name: 'sha384', node: 'sha384', digestSize: 48, blockSize: 128 },
  { name: 'sha512', node: 'sha512', digestSize: 64, blockSize: 128 },
  { name: 'sha512_224', node: 'sha512-224', digestSize: 28, blockSize: 128 },
  { name: 'sha512_256', node: 'sha512-256', digestSize: 32, blockSize: 128 },
  { name: 'sha3_224', node: 'sha3-224', digestSize: 28, blockSize: 144 },
  { name: 'sha3_256', node: 'sha3-256', digestSize: 32, blockSize: 136 },
  { name: 'sha3_384', node: 'sha3-384', digestSize: 48, blockSize: 104 },
  { name: 'sha3_512', node: 'sha3-512', digestSize: 64, blockSize: 72 },
  { name: 'shake_128', node: 'shake128', digestSize: 0, blockSize: 168, xof: true },
  { name: 'shake_256', node: 'shake256', digestSize: 0, blockSize: 136, xof: true },
  { name: 'blake2b', node: 'blake2b512', digestSize: 64, blockSize: 128 },
  { name: 'blake2s', node: 'blake2s256', digestSize: 32, blockSize: 64 },
  { name: 'md5-sha1', node: 'md5-sha1', digestSize: 36, blockSize: 64 },
  { name: 'ripemd160', node: 'ripemd160', digestSize: 20, blockSize: 64 },
  { name: 'sm3', node: 'sm3', digestSize: 32, blockSize: 64 },
];

const BY_PY_NAME = new Map(OPENSSL_ALGOS.map((a) => [a.name, a]));

// The names OpenSSL itself knows each digest by (it compares them ignoring case).
const OPENSSL_NAMES: Record<string, readonly string[]> = {
  md5: ['md5', 'ssl3-md5'],
  sha1: ['sha1', 'sha-1', 'ssl3-sha1'],
  sha224: ['sha224', 'sha-224', 'sha2-224'],
  sha256: ['sha256', 'sha-256', 'sha2-256'],
  sha384: ['sha384', 'sha-384', 'sha2-384'],
  sha512: ['sha512', 'sha-512', 'sha2-512'],
  sha512_224: ['sha512-224', 'sha-512/224', 'sha2-512/224'],
  sha512_256: ['sha512-256', 'sha-512/256', 'sha2-512/256'],
  sha3_224: ['sha3-224'],
  sha3_256: ['sha3-256'],
  sha3_384: ['sha3-384'],
  sha3_512: ['sha3-512'],
  shake_128: ['shake128', 'shake-128'],
  shake_256: ['shake256', 'shake-256'],
  blake2b: ['blake2b512', 'blake2b-512'],
  blake2s: ['blake2s256', 'blake2s-256'],
  'md5-sha1': ['md5-sha1'],
  ripemd160: ['ripemd160', 'ripemd-160', 'ripemd', 'rmd160'],
  sm3: ['sm3'],
};

const BY_OPENSSL_NAME = new Map<string, Algo>();
for (const [py, names] of Object.entries(OPENSSL_NAMES)) {
  for (const n of names) BY_OPENSSL_NAME.set(n, BY_PY_NAME.get(py)!);
}

/** The OpenSSL digest a name selects: a Python name exactly, else an OpenSSL name in any case. */
function lookupAlgo(name: string): Algo | undefined {
  return BY_PY_NAME.get(name) ?? BY_OPENSSL_NAME.get(name.toLowerCase());
}

const GUARANTEED = [
  'blake2b', 'blake2s', 'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha3_224', 'sha3_256',
  'sha3_384', 'sha3_512', 'sha512', 'shake_128', 'shake_256',
];
const AVAILABLE = [...GUARANTEED, 'md5-sha1', 'ripemd160', 'sha512_224', 'sha512_256', 'sm3'];

// ---------------------------------------------------------------------------------------------
// Arguments

/** The bytes of data to hash, with the messages CPython's hash objects give. */
function dataArg(data: unknown): Uint8Array {
  if (typeof data === 'string') raise('TypeError', 'Strings must be encoded before hashing');
  if (!isBytesLike(data)) raise('TypeError', 'object supporting the buffer API required');
  return bytesData(data);
}

/** A bytes-like argument (anything else: "a bytes-like object is required, not 'T'"). */
function bufferArg(x: unknown): Uint8Array {
  return bytesData(x);
}

/** An int argument as a bigint (TypeError for a non-int, as an index conversion words it). */
function intArg(x: unknown): bigint {
  return BigInt(toIndex(x));
}

function isInt(x: unknown): boolean {
  return typeof x === 'bigint' || typeof x === 'boolean' || (typeof x === 'number' && Number.isInteger(x));
}

/**
 * Bind a builtin's arguments: `positional` may come by position (at most `maxPos` of them) or,
 * from index `firstKw` on, by name; `keywordOnly` by name only. Missing ones are left out.
 */
function bindArgs(
  fname: string,
  pos: readonly unknown[],
  kw: KwPairs,
  spec: { positional: readonly string[]; firstKw: number; keywordOnly: readonly string[]; exactly?: boolean },
): Map<string, unknown> {
  const { positional, firstKw, keywordOnly } = spec;
  if (pos.length > positional.length) {
    const bound = spec.exactly ? 'exactly' : 'at most';
    // Argument clinic says "positional" only when some parameters are keyword-only.
    const kind = keywordOnly.length ? 'positional ' : '';
    const noun = positional.length === 1 ? 'argument' : 'arguments';
    raise('TypeError', `${fname}() takes ${bound} ${positional.length} ${kind}${noun} (${pos.length} given)`);
  }
  const out = new Map<string, unknown>();
  pos.forEach((v, i) => out.set(positional[i]!, v));
  for (const [name, value] of kw ?? []) {
    const at = positional.indexOf(name);
    if (at >= firstKw && at < pos.length) {
      raise('TypeError', `argument for ${fname}() given by name ('${name}') and position (${at + 1})`);
    }
    if ((at < firstKw || at < 0) && !keywordOnly.includes(name)) {
      raise('TypeError', `'${name}' is an invalid keyword argument for ${fname}()`);
    }
    out.set(name, value);
  }
  return out;
}

/** A builtin function taking (pos, kw), callable from Python with or without keywords. */
function builtin<T>(name: string, impl: (pos: unknown[], kw: KwPairs) => T): (...args: unknown[]) => T {
  const fn = function (...pos: unknown[]): T {
    return impl(pos, null);
  };
  (fn as unknown as { $kw: unknown }).$kw = (pos: unknown[], kw: KwPairs) => impl(pos, kw);
  Object.defineProperty(fn, 'name', { value: name, configurable: true });
  return fn;
}

function exactlyOne(method: string, args: readonly unknown[]): void {
  if (args.length !== 1) raise('TypeError', `${method}() takes exactly one argument (${args.length} given)`);
}

function noArgs(method: string, args: readonly unknown[]): void {
  if (args.length !== 0) raise('TypeError', `${method}() takes no arguments (${args.length} given)`);
}

function hex(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += x.toString(16).padStart(2, '0');
  return s;
}

// ---------------------------------------------------------------------------------------------
// OpenSSL hash objects: HASH, and HASHXOF for the shakes

export class PyHash {
  constructor(readonly algo: Algo, public h: Hash) {}
}

export const hashType: PyType = builtinType({
  name: 'HASH',
  module: '_hashlib',
  proto: PyHash.prototype,
  methods: {
    update(this: PyHash, ...args: unknown[]) {
      exactlyOne('HASH.update', args);
      this.h.update(dataArg(args[0]));
      return null;
    },
    digest(this: PyHash, ...args: unknown[]): PyBytes {
      noArgs('HASH.digest', args);
      return bytesFromU8(new Uint8Array(this.h.copy().digest()));
    },
    hexdigest(this: PyHash, ...args: unknown[]): string {
      noArgs('HASH.hexdigest', args);
      return this.h.copy().digest('hex');
    },
    copy(this: PyHash): PyHash {
      return new (Object.getPrototypeOf(this).constructor as typeof PyHash)(this.algo, this.h.copy());
    },
    __repr__(this: PyHash): string {
      const kind = this.algo.xof ? 'HASHXOF' : 'HASH';
      return `<${this.algo.name} _hashlib.${kind} object @ ${addressOf(this)}>`;
    },
  },
  getters: {
    name: (self: PyHash) => self.algo.name,
    digest_size: (self: PyHash) => self.algo.digestSize,
    block_size: (self: PyHash) => self.algo.blockSize,
  },
});

export class PyHashXof extends PyHash {}

/** A shake output length: an int that fits a C ssize_t. */
function xofLength(method: string, args: readonly unknown[]): number {
  if (args.length === 0) raise('TypeError', `${method}() missing required argument 'length' (pos 1)`);
  if (args.length > 1) raise('TypeError', `${method}() takes at most 1 argument (${args.length} given)`);
  const n = intArg(args[0]);
  if (n >= 2n ** 63n || n < -(2n ** 63n)) raise('OverflowError', 'Python int too large to convert to C ssize_t');
  if (n < 0n) raise('SystemError', 'Negative size passed to PyBytes_FromStringAndSize');
  return Number(n);
}

function xofDigest(self: PyHash, length: number): Uint8Array {
  return new Uint8Array(self.h.copy({ outputLength: length }).digest());
}

/** A HASHXOF method taking `length` by position or by name. */
function xofMethod(method: 'digest' | 'hexdigest', finish: (out: Uint8Array) => unknown): Function {
  const fn = function (this: PyHash, ...args: unknown[]): unknown {
    return finish(xofDigest(this, xofLength(method, args)));
  };
  (fn as unknown as { $kw: unknown }).$kw = function (this: PyHash, pos: unknown[], kw: KwPairs): unknown {
    const args = bindArgs(method, pos, kw, { positional: ['length'], firstKw: 0, keywordOnly: [] });
    return fn.apply(this, args.has('length') ? [args.get('length')] : []);
  };
  return fn;
}

export const hashXofType: PyType = builtinType({
  name: 'HASHXOF',
  module: '_hashlib',
  base: hashType,
  proto: PyHashXof.prototype,
  methods: {
    digest: xofMethod('digest', bytesFromU8),
    hexdigest: xofMethod('hexdigest', hex),
  },
});
Object.setPrototypeOf(PyHashXof.prototype, PyHash.prototype);

function openssl(algo: Algo, data: unknown): PyHash {
  const h = nodeModule('crypto').createHash(algo.node);
  const obj = algo.xof ? new PyHashXof(algo, h) : new PyHash(algo, h);
  if (data !== undefined) h.update(dataArg(data));
  return obj;
}

/** hashlib.md5 and the like: `openssl_<name>(string=b'', *, usedforsecurity=True)`. */
function opensslConstructor(name: string): Function {
  const fname = `openssl_${name}`;
  const algo = BY_PY_NAME.get(name)!;
  return builtin(fname, (pos, kw) => {
    const args = bindArgs(fname, pos, kw, { positional: ['string'], firstKw: 0, keywordOnly: ['usedforsecurity'] });
    return openssl(algo, args.get('string'));
  });
}

// ---------------------------------------------------------------------------------------------
// blake2b / blake2s

export class PyBlake2 {
  constructor(readonly state: Blake2) {}
}

interface Blake2Kind {
  name: 'blake2b' | 'blake2s';
  variant: typeof BLAKE2B;
  maxDigest: number;
  maxKey: number;
  saltSize: number;
  personSize: number;
  /** The node offset field's width in bits. */
  offsetBits: number;
}

const KINDS: Record<'blake2b' | 'blake2s', Blake2Kind> = {
  blake2b: { name: 'blake2b', variant: BLAKE2B, maxDigest: 64, maxKey: 64, saltSize: 16, personSize: 16, offsetBits: 64 },
  blake2s: { name: 'blake2s', variant: BLAKE2S, maxDigest: 32, maxKey: 32, saltSize: 8, personSize: 8, offsetBits: 48 },
};

const BLAKE2_KEYWORDS = [
  'digest_size', 'key', 'salt', 'person', 'fanout', 'depth', 'leaf_size', 'node_offset', 'node_depth',
  'inner_size', 'last_node', 'usedforsecurity',
];

/** An unsigned C integer parameter: negative values are refused while the arguments are parsed. */
function unsignedArg(x: unknown, bits: bigint, tooBig: string): bigint {
  const n = intArg(x);
  if (n < 0n) raise('ValueError', 'value must be positive');
  if (n >= 2n ** bits) raise('OverflowError', tooBig);
  return n;
}

/** A value that must lie in lo..hi, else ValueError `message`. */
function inRange(n: number, lo: number, hi: number, message: string): number {
  if (n < lo || n > hi) raise('ValueError', message);
  return n;
}

/** A bytes value of at most `max` bytes. */
function limited(b: Uint8Array, name: string, max: number): Uint8Array {
  if (b.length > max) raise('ValueError', `maximum ${name} length is ${max} bytes`);
  return b;
}

/**
 * The parameters of a blake2b()/blake2s() call. As in CPython, every argument is converted first
 * (type errors, negative sizes), then the ranges are checked, the key's last.
 */
function blake2Params(kind: Blake2Kind, args: Map<string, unknown>): Blake2Params {
  const int = (name: string, dflt: number): number => {
    if (!args.has(name)) return dflt;
    const n = intArg(args.get(name));
    if (n >= 2n ** 31n || n < -(2n ** 31n)) raise('OverflowError', 'Python int too large to convert to C int');
    return Number(n);
  };
  const buffer = (name: string): Uint8Array => (args.has(name) ? bufferArg(args.get(name)).slice() : new Uint8Array(0));
  const digestSize = int('digest_size', kind.maxDigest);
  const key = buffer('key');
  const salt = buffer('salt');
  const person = buffer('person');
  const fanout = int('fanout', 1);
  const depth = int('depth', 1);
  const leafSize = args.has('leaf_size') ? unsignedArg(args.get('leaf_size'), 64n, 'Python int too large to convert to C unsigned long') : 0n;
  const nodeOffset = args.has('node_offset') ? unsignedArg(args.get('node_offset'), 64n, 'int too big to convert') : 0n;
  const nodeDepth = int('node_depth', 0);
  const innerSize = int('inner_size', 0);
  const lastNode = args.has('last_node') ? truthy(args.get('last_node')) : false;

  const max = kind.maxDigest;
  inRange(digestSize, 1, max, `digest_size must be between 1 and ${max} bytes`);
  limited(salt, 'salt', kind.saltSize);
  limited(person, 'person', kind.personSize);
  inRange(fanout, 0, 255, 'fanout must be between 0 and 255');
  inRange(depth, 1, 255, 'depth must be between 1 and 255');
  if (leafSize >= 2n ** 32n) raise('OverflowError', 'leaf_size is too large');
  if (nodeOffset >= 2n ** BigInt(kind.offsetBits)) raise('OverflowError', 'node_offset is too large');
  inRange(nodeDepth, 0, 255, 'node_depth must be between 0 and 255');
  inRange(innerSize, 0, max, `inner_size must be between 0 and is ${max}`);
  limited(key, 'key', kind.maxKey);
  return {
    digestSize, key, salt, person, fanout, depth, leafSize: Number(leafSize), nodeOffset, nodeDepth, innerSize, lastNode,
  };
}

function blake2New(kind: Blake2Kind, pos: unknown[], kw: KwPairs): PyBlake2 {
  const args = bindArgs(kind.name, pos, kw, { positional: ['data'], firstKw: 1, keywordOnly: BLAKE2_KEYWORDS });
  const obj = new PyBlake2(new Blake2(kind.variant, blake2Params(kind, args)));
  const data = args.get('data');
  if (data !== undefined) obj.state.update(dataArg(data));
  return obj;
}

/** How hashlib.new makes a blake2b/blake2s with its keyword arguments. */
const BLAKE2_MAKERS = new Map<string, (pos: unknown[], kw: KwPairs) => PyBlake2>();

function blake2Type(kind: Blake2Kind): PyType {
  const proto = Object.create(PyBlake2.prototype) as object;
  const make = (pos: unknown[], kw: KwPairs): PyBlake2 => {
    const obj = blake2New(kind, pos, kw);
    Object.setPrototypeOf(obj, proto);
    return obj;
  };
  BLAKE2_MAKERS.set(kind.name, make);
  const cls = builtinType({
    name: kind.name,
    module: '_blake2',
    proto,
    final: true,
    construct: (_cls: PyType, pos: unknown[], kw: KwPairs | null) => make(pos, kw),
    methods: {
      update(this: PyBlake2, ...args: unknown[]) {
        exactlyOne(`${kind.name}.update`, args);
        this.state.update(dataArg(args[0]));
        return null;
      },
      digest(this: PyBlake2, ...args: unknown[]): PyBytes {
        noArgs(`${kind.name}.digest`, args);
        return bytesFromU8(this.state.digest());
      },
      hexdigest(this: PyBlake2, ...args: unknown[]): string {
        noArgs(`${kind.name}.hexdigest`, args);
        return hex(this.state.digest());
      },
      copy(this: PyBlake2): PyBlake2 {
        const twin = new PyBlake2(this.state.copy());
        Object.setPrototypeOf(twin, Object.getPrototypeOf(this));
        return twin;
      },
    },
    getters: {
      name: () => kind.name,
      digest_size: (self: PyBlake2) => self.state.params.digestSize,
      block_size: () => kind.variant.block,
    },
  });
  const constants: Record<string, number> = {
    SALT_SIZE: kind.saltSize,
    PERSON_SIZE: kind.personSize,
    MAX_KEY_SIZE: kind.maxKey,
    MAX_DIGEST_SIZE: kind.maxDigest,
  };
  for (const [name, value] of Object.entries(constants)) {
    Object.defineProperty(proto, '$' + name, { value, writable: true, configurable: true, enumerable: false });
  }
  return cls;
}

const blake2bType = blake2Type(KINDS.blake2b);
const blake2sType = blake2Type(KINDS.blake2s);

function callBlake2(name: 'blake2b' | 'blake2s', pos: unknown[], kw: KwPairs): unknown {
  return BLAKE2_MAKERS.get(name)!(pos, kw);
}

// ---------------------------------------------------------------------------------------------
// new(), pbkdf2_hmac(), scrypt(), file_digest()

/** hashlib.new(name, data=b'', **kwargs). */
const newHash = builtin('__hash_new', (pos, kw) => {
  const args = new Map<string, unknown>();
  const positional = ['name', 'data'];
  if (pos.length > 2) raise('TypeError', `__hash_new() takes from 1 to 2 positional arguments but ${pos.length} were given`);
  pos.forEach((v, i) => args.set(positional[i]!, v));
  const extra: [string, unknown][] = [];
  for (const [k, v] of kw ?? []) {
    if (positional.includes(k)) {
      if (args.has(k)) raise('TypeError', `__hash_new() got multiple values for argument '${k}'`);
      args.set(k, v);
    } else {
      extra.push([k, v]);
    }
  }
  if (!args.has('name')) raise('TypeError', "__hash_new() missing 1 required positional argument: 'name'");
  const given = args.get('name');
  const name = unwrapStr(given);
  const data = args.has('data') ? args.get('data') : bytesFromU8(new Uint8Array(0));
  if (name === 'blake2b' || name === 'blake2s') return callBlake2(name, [data], extra);
  if (typeof name !== 'string') raise('TypeError', 'name must be a string');
  for (const [k] of extra) {
    if (k === 'string') raise('TypeError', "argument for new() given by name ('string') and position (2)");
    if (k !== 'usedforsecurity') raise('TypeError', `'${k}' is an invalid keyword argument for new()`);
  }
  const algo = lookupAlgo(name);
  if (algo === undefined) raise('ValueError', `unsupported hash type ${name}`);
  return openssl(algo, data);
});

let unsupportedDigestmod: unknown;

/** _hashlib.UnsupportedDigestmodError, a ValueError subclass, made on first use by calling type(). */
function unsupportedDigestmodError(): unknown {
  if (unsupportedDigestmod === undefined) {
    const ns = new PyDict();
    ns.set('__module__', '_hashlib');
    const typeOfTypes = builtinTypes.get('type')!;
    unsupportedDigestmod = callable(typeOfTypes)('UnsupportedDigestmodError', tuple([builtinTypes.get('ValueError')!]), ns);
  }
  return unsupportedDigestmod;
}

/** The OpenSSL digest pbkdf2_hmac names, or CPython's UnsupportedDigestmodError. */
function kdfDigest(name: string): Algo {
  const algo = lookupAlgo(name);
  if (algo === undefined) {
    return pyRaise(callable(unsupportedDigestmodError())('[digital envelope routines] unsupported'));
  }
  return algo;
}

/** A C long argument: OverflowError past 64 bits. */
function cLong(x: unknown): bigint {
  const n = intArg(x);
  if (n >= 2n ** 63n || n < -(2n ** 63n)) raise('OverflowError', 'Python int too large to convert to C long');
  return n;
}

const INT_MAX = 2n ** 31n - 1n;

const pbkdf2Hmac = builtin('pbkdf2_hmac', (pos, kw) => {
  const fname = 'pbkdf2_hmac';
  const names = ['hash_name', 'password', 'salt', 'iterations', 'dklen'];
  const args = bindArgs(fname, pos, kw, { positional: names, firstKw: 0, keywordOnly: [] });
  for (let i = 0; i < 4; i++) {
    if (!args.has(names[i]!)) raise('TypeError', `${fname}() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  const hashName = unwrapStr(args.get('hash_name'));
  if (typeof hashName !== 'string') raise('TypeError', `${fname}() argument 'hash_name' must be str, not ${typeNameOf(hashName)}`);
  const password = bufferArg(args.get('password'));
  const salt = bufferArg(args.get('salt'));
  const iterations = cLong(args.get('iterations'));
  const algo = kdfDigest(hashName);
  if (iterations < 1n) raise('ValueError', 'iteration value must be greater than 0.');
  if (iterations > INT_MAX) raise('OverflowError', 'iteration value is too great.');
  const dklenArg = args.get('dklen');
  let dklen = BigInt(algo.xof ? (algo.name === 'shake_128' ? 16 : 32) : algo.digestSize);
  if (dklenArg !== undefined && dklenArg !== null) dklen = cLong(dklenArg);
  if (dklen < 1n) raise('ValueError', 'key length must be greater than 0.');
  if (dklen > INT_MAX) raise('OverflowError', 'key length is too great.');
  if (algo.xof) raise('ValueError', 'no reason supplied');
  const out = nodeModule('crypto').pbkdf2Sync(password, salt, Number(iterations), Number(dklen), algo.node);
  return bytesFromU8(new Uint8Array(out));
});

/** An unsigned long scrypt parameter: TypeError "<name> is required and must be an unsigned int". */
function unsignedParam(args: Map<string, unknown>, name: string): bigint {
  const v = args.get(name);
  const required = `${name} is required and must be an unsigned int`;
  if (v === undefined) raise('TypeError', required);
  if (!isInt(v)) raise('TypeError', `scrypt() argument '${name}' must be int, not ${v === null ? 'None' : typeNameOf(v)}`);
  const n = intArg(v);
  if (n < 0n || n >= 2n ** 64n) raise('TypeError', required);
  return n;
}

/** OpenSSL's scrypt failure, as CPython words it. */
function envelopeError(reason: string): never {
  return raise('ValueError', `[digital envelope routines] ${reason}`);
}

const scrypt = builtin('scrypt', (pos, kw) => {
  const fname = 'scrypt';
  const args = bindArgs(fname, pos, kw, {
    positional: ['password'], firstKw: 0, keywordOnly: ['salt', 'n', 'r', 'p', 'maxmem', 'dklen'], exactly: true,
  });
  if (!args.has('password')) raise('TypeError', `${fname}() missing required argument 'password' (pos 1)`);
  const password = bufferArg(args.get('password'));
  const saltArg = args.get('salt');
  if (saltArg !== undefined) bufferArg(saltArg);
  // maxmem and dklen are C longs, converted while the arguments are parsed.
  const maxmem = args.has('maxmem') ? cLong(args.get('maxmem')) : 0n;
  const dklen = args.has('dklen') ? cLong(args.get('dklen')) : 64n;
  if (!args.has('salt')) raise('TypeError', 'salt is required');
  const salt = bufferArg(args.get('salt'));
  const n = unsignedParam(args, 'n');
  if (n < 2n || (n & (n - 1n)) !== 0n) raise('ValueError', 'n must be a power of 2.');
  const r = unsignedParam(args, 'r');
  const p = unsignedParam(args, 'p');
  if (maxmem < 0n || maxmem > INT_MAX) raise('ValueError', `maxmem must be positive and smaller than ${INT_MAX}`);
  if (dklen < 1n || dklen > INT_MAX) raise('ValueError', `dklen must be greater than 0 and smaller than ${INT_MAX}`);
  if (r === 0n || p === 0n) raise('ValueError', 'Invalid parameter combination for n, r, p, maxmem.');
  if (r > 0xffffffffn || p > 0xffffffffn) envelopeError('parameter too large');
  if (n > 0xffffffffn) envelopeError('memory limit exceeded');
  const options = { N: Number(n), r: Number(r), p: Number(p), maxmem: maxmem === 0n ? 32 * 1024 * 1024 : Number(maxmem) };
  try {
    const out = nodeModule('crypto').scryptSync(password, salt, Number(dklen), options);
    return bytesFromU8(new Uint8Array(out));
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const reason = /::(.*)$/.exec(message);
    return envelopeError(reason ? reason[1]! : 'memory limit exceeded');
  }
});

const fileDigest = builtin('file_digest', (pos, kw) => {
  const fname = 'file_digest';
  const args = bindArgs(fname, pos, kw, { positional: ['fileobj', 'digest'], firstKw: 2, keywordOnly: ['_bufsize'] });
  if (!args.has('digest')) {
    const missing = args.has('fileobj') ? "'digest'" : "'fileobj' and 'digest'";
    const count = args.has('fileobj') ? '1 required positional argument' : '2 required positional arguments';
    raise('TypeError', `${fname}() missing ${count}: ${missing}`);
  }
  const fileobj = args.get('fileobj');
  const digest = args.get('digest');
  const digestObj = typeof digest === 'string' ? newHash(digest) : callable(digest)();
  const update = callable(getattrByName(digestObj, 'update'));
  const getbuffer = getattrByName(fileobj, 'getbuffer', null);
  if (getbuffer !== null) {
    update(callable(getbuffer)());
    return digestObj;
  }
  const readinto = getattrByName(fileobj, 'readinto', null);
  const readable = getattrByName(fileobj, 'readable', null);
  if (readinto === null || readable === null || !truthy(callable(readable)())) {
    raise('ValueError', `'${repr(fileobj)}' is not a file-like object in binary reading mode.`);
  }
  const size = args.has('_bufsize') ? Number(intArg(args.get('_bufsize'))) : 2 ** 18;
  const buf = new PyByteArray(new Uint8Array(size));
  for (;;) {
    const got = callable(readinto)(buf);
    const n = got === null ? size : Number(intArg(got));
    if (n === 0) break;
    update(bytesFromU8(buf.b.slice(0, n)));
  }
  return digestObj;
});

export function populateHashlib(mod: Record<string, unknown>): void {
  const constructors: Record<string, Function> = {};
  for (const name of GUARANTEED) {
    if (name !== 'blake2b' && name !== 'blake2s') constructors[name] = opensslConstructor(name);
  }
  const attrs: Record<string, unknown> = {
    ...constructors,
    blake2b: blake2bType,
    blake2s: blake2sType,
    new: newHash,
    pbkdf2_hmac: pbkdf2Hmac,
    scrypt,
    file_digest: fileDigest,
    algorithms_guaranteed: set(GUARANTEED),
    algorithms_available: set(AVAILABLE),
    __all__: tuple([
      'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'blake2b', 'blake2s', 'sha3_224', 'sha3_256',
      'sha3_384', 'sha3_512', 'shake_128', 'shake_256', 'new', 'algorithms_guaranteed',
      'algorithms_available', 'pbkdf2_hmac', 'file_digest',
    ]),
  };
  defineAll(mod, attrs);
  // defineAll names each function after its attribute; CPython's keep their C names.
  for (const name of Object.keys(constructors)) {
    Object.defineProperty(constructors[name]!, 'name', { value: `openssl_${name}`, configurable: true });
  }
  Object.defineProperty(newHash, 'name', { value: '__hash_new', configurable: true });
}

// Registered here, not in stdlib/index.ts, so that a program that never imports the module can
// leave this file out of its output (compiler/bundle.ts).
nativeModule('hashlib', populateHashlib);

// BEGIN GENERATED argument counts (scripts/gen-native-signatures.py)
registerSignatures('hashlib', '_hashlib', 'file_digest Y 2 2 @hashlib :fileobj,digest|_bufsize;md5 K 0 1 #openssl_md5 :string +2/0;new Y 1 2 @hashlib #__hash_new :name,data|**;pbkdf2_hmac K 4 5 :hash_name,password,salt,iterations,dklen;scrypt K 1 1 :password +7/0;sha1 K 0 1 #openssl_sha1 :string +2/0;sha224 K 0 1 #openssl_sha224 :string +2/0;sha256 K 0 1 #openssl_sha256 :string +2/0;sha384 K 0 1 #openssl_sha384 :string +2/0;sha3_224 K 0 1 #openssl_sha3_224 :string +2/0;sha3_256 K 0 1 #openssl_sha3_256 :string +2/0;sha3_384 K 0 1 #openssl_sha3_384 :string +2/0;sha3_512 K 0 1 #openssl_sha3_512 :string +2/0;sha512 K 0 1 #openssl_sha512 :string +2/0;shake_128 K 0 1 #openssl_shake_128 :string +2/0;shake_256 K 0 1 #openssl_shake_256 :string +2/0');
// END GENERATED
