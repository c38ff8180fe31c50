// OSError from host errors: the OSError subclass CPython picks for an errno, with errno,
// strerror and the file names set (as PyErr_SetFromErrnoWithFilenameObject builds it), for
// os, subprocess and the files of io.ts alike.

import { strText, unwrapStr } from './strvalue.js';
import { nodeModule } from './host.js';
import { makeExc, raise, throwPy } from './exceptions.js';
import { PyBytes } from './bytes.js';
import { typeNameOf } from './slice.js';

/** CPython's strerror text for the errno names node:fs reports. */
export const STRERROR: Record<string, string> = {
  EPERM: 'Operation not permitted', ENOENT: 'No such file or directory', EIO: 'Input/output error',
  EBADF: 'Bad file descriptor', EACCES: 'Permission denied', EBUSY: 'Device or resource busy',
  EEXIST: 'File exists', EXDEV: 'Invalid cross-device link', ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory', EINVAL: 'Invalid argument', EMFILE: 'Too many open files',
  ENOSPC: 'No space left on device', EROFS: 'Read-only file system', ENOTEMPTY: 'Directory not empty',
  ENAMETOOLONG: 'File name too long', ELOOP: 'Too many levels of symbolic links',
  ENOTTY: 'Inappropriate ioctl for device', EPIPE: 'Broken pipe',
};

/** Raise the OSError subclass for a node:fs error on `filename` (and `filename2`). */
export function raiseOSError(e: unknown, filename?: unknown, filename2?: unknown): never {
  // The error names a path as its str, not the os.PathLike object it came as.
  if (filename !== null && typeof filename === 'object' && !(filename instanceof PyBytes)) filename = fspath(filename);
  if (filename2 !== null && typeof filename2 === 'object' && !(filename2 instanceof PyBytes)) filename2 = fspath(filename2);
  const code = (e as { code?: string }).code;
  if (code === undefined || !(code in nodeModule('os').constants.errno)) throw e;
  const errno = (nodeModule('os').constants.errno as Record<string, number>)[code]!;
  const msg = STRERROR[code] ?? code;
  const args: unknown[] = [errno, msg];
  if (filename !== undefined) args.push(filename);
  if (filename2 !== undefined) args.push(null, filename2);
  return throwPy(makeExc('OSError', ...args));
}

/**
 * Python's os.fspath: a str or bytes (a subclass instance as it is), or what an object's
 * __fspath__ returns, checked to be one of those.
 */
export function pathLikeValue(p: unknown): unknown {
  if (strText(p) !== undefined || p instanceof PyBytes) return p;
  const m = p !== null && typeof p === 'object' ? (p as { $__fspath__?: () => unknown }).$__fspath__ : undefined;
  if (typeof m === 'function') {
    const r = m.call(p);
    if (strText(r) !== undefined || r instanceof PyBytes) return r;
    return raise('TypeError', `expected ${typeNameOf(p)}.__fspath__() to return str or bytes, not ${typeNameOf(r)}`);
  }
  return raise('TypeError', `expected str, bytes or os.PathLike object, not ${typeNameOf(p)}`);
}

/** A path argument's value for the runtime: its text (str subclass instances unwrapped) or bytes. */
export function fspath(p: unknown): string | PyBytes {
  return unwrapStr(pathLikeValue(p)) as string | PyBytes;
}
