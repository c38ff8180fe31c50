// The `hashlib` module over node:crypto: md5, sha1, the sha2 and sha3 families, blake2b/blake2s,
// and `new(name)`. A hash object keeps its node Hash and copies it for digest(), so that
// update() may continue after a digest, as in CPython.

import type { Hash } from 'node:crypto';
import { nodeModule } from '../host.js';
import { raise } from '../exceptions.js';
import { PyBytes, bytesFromU8, bytesData, isBytesLike } from '../bytes.js';
import { addressOf, builtinType, type PyType } from '../object.js';
import { typeNameOf } from '../slice.js';
import { kwParams } from '../install.js';
import { defineAll } from './common.js';
import { nativeModule } from '../module.js';

interface Algo {
  node: string;
  digestSize: number;
  blockSize: number;
}

const ALGOS: Record<string, Algo> = {
  md5: { node: 'md5', digestSize: 16, blockSize: 64 },
  sha1: { node: 'sha1', digestSize: 20, blockSize: 64 },
  sha224: { node: 'sha224', digestSize: 28, blockSize: 64 },
  sha256: { node: 'sha256', digestSize: 32, blockSize: 64 },
  sha384: { node: 'sha384', digestSize: 48, blockSize: 128 },
  sha512: { node: 'sha512', digestSize: 64, blockSize: 128 },
  sha3_224: { node: 'sha3-224', digestSize: 28, blockSize: 144 },
  sha3_256: { node: 'sha3-256', digestSize: 32, blockSize: 136 },
  sha3_384: { node: 'sha3-384', digestSize: 48, blockSize: 104 },
  sha3_512: { node: 'sha3-512', digestSize: 64, blockSize: 72 },
  blake2b: { node: 'blake2b512', digestSize: 64, blockSize: 128 },
  blake2s: { node: 'blake2s256', digestSize: 32, blockSize: 64 },
};

export class PyHash {
  constructor(readonly name: string, public h: Hash) {}
}

function dataArg(data: unknown): Uint8Array {
  if (typeof data === 'string') raise('TypeError', 'Strings must be encoded before hashing');
  if (!isBytesLike(data)) raise('TypeError', `object supporting the buffer API required`);
  return bytesData(data);
}

export const hashType: PyType = builtinType({
  name: 'HASH',
  module: '_hashlib',
  proto: PyHash.prototype,
  final: true,
  methods: {
    update(this: PyHash, data: unknown) {
      this.h.update(dataArg(data));
      return null;
    },
    digest(this: PyHash): PyBytes {
      return bytesFromU8(new Uint8Array(this.h.copy().digest()));
    },
    hexdigest(this: PyHash): string {
      return this.h.copy().digest('hex');
    },
    copy(this: PyHash): PyHash {
      return new PyHash(this.name, this.h.copy());
    },
    __repr__(this: PyHash): string {
      return `<${this.name} _hashlib.HASH object @ ${addressOf(this)}>`;
    },
  },
  getters: {
    name: (self: PyHash) => self.name,
    digest_size: (self: PyHash) => ALGOS[self.name]!.digestSize,
    block_size: (self: PyHash) => ALGOS[self.name]!.blockSize,
  },
});

function make(name: string, data: unknown): PyHash {
  const algo = ALGOS[name];
  if (algo === undefined) return raise('ValueError', `unsupported hash type ${name}`);
  const h = new PyHash(name, nodeModule('crypto').createHash(algo.node));
  if (data !== undefined && data !== null) h.h.update(dataArg(data));
  return h;
}

function constructor(name: string): (data?: unknown) => PyHash {
  const fn = kwParams(function (data?: unknown, usedforsecurity?: unknown): PyHash {
    void usedforsecurity;
    return make(name, data);
  }, `openssl_${name}`, ['string', 'usedforsecurity']);
  Object.defineProperty(fn, 'name', { value: `openssl_${name}` });
  return fn;
}

const newHash = kwParams(function (name: unknown, data?: unknown): PyHash {
  if (typeof name !== 'string') raise('TypeError', `new() argument 'name' must be str, not ${typeNameOf(name)}`);
  return make(name.toLowerCase().replace('-', '_'), data);
}, 'new', ['name', 'string', 'usedforsecurity']);

export function populateHashlib(mod: Record<string, unknown>): void {
  const attrs: Record<string, unknown> = {
    new: newHash,
    algorithms_guaranteed: null,
    algorithms_available: null,
  };
  for (const name of Object.keys(ALGOS)) attrs[name] = constructor(name);
  defineAll(mod, attrs);
  Object.defineProperty(mod.$new as object, 'name', { value: '__hash_new' });
}

// Registered here, not in stdlib/index.ts, so that a program that never imports the module can
// leave this file out of its output (compiler/bundle.ts).
nativeModule('hashlib', populateHashlib);
