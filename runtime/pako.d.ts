// The part of pako (a port of zlib's deflate) that runtime/stdlib/zlib.ts uses.
declare module 'pako' {
  export interface DeflateOptions {
    level?: number;
    windowBits?: number;
    memLevel?: number;
    strategy?: number;
    dictionary?: Uint8Array;
    raw?: boolean;
    gzip?: boolean;
  }
  export class Deflate {
    constructor(options?: DeflateOptions);
    push(data: Uint8Array, flushMode?: number | boolean): boolean;
    onData(chunk: Uint8Array): void;
    ended: boolean;
    err: number;
    msg: string;
  }
  export function deflate(data: Uint8Array, options?: DeflateOptions): Uint8Array;
}
