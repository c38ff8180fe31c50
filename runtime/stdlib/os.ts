// The `os` and `os.path` modules over node:fs and node:path (POSIX only).
//
// Failures raise CPython's OSError subclasses with errno, strerror and filename set, built the
// way CPython's PyErr_SetFromErrnoWithFilenameObject does (`OSError(errno, strerror, filename)`
// picks the subclass from the errno). `os.environ` is an `_Environ` mapping filled from
// process.env at import; its writes and deletions also reach process.env, so getenv, expandvars
// and child processes see them (putenv and unsetenv change process.env alone, as in CPython).

import { strText, unwrapStr } from '../strvalue.js';
import type * as Fs from 'node:fs';
import { nodeModule } from '../host.js';
import { fspath, pathLikeValue, raiseOSError, STRERROR } from '../oserror.js';
import { flushOpenFiles, flushStdout, open as openFile, trackedFds } from '../io.js';
import { exceptionTypes, makeExc, raise, throwPy, toPy } from '../exceptions.js';
import { PyDict, dictCopy, isMapping, keyError, updateFromMapping, updateFromPairs } from '../dict.js';
import { PyBytes, bytesFromU8, bytesData, isBytesLike } from '../bytes.js';
import { encodeAs } from '../str.js';
import { decodeAs } from '../bytesops.js';
import { NotImplemented, builtinType, isClass, isInstance, isSubclass, typeOf, typeType, type KwPairs, type PyType } from '../object.js';
import { repr } from '../repr.js';
import { toIndex, typeNameOf } from '../slice.js';
import { PyTuple, tuple, tupleType } from '../tuple.js';
import { ownClassGetitem } from '../generic.js';
import { toFloat } from '../float.js';
import { kwParams, type KwFn } from '../install.js';
import { callable } from '../function.js';
import { eq, iter, truthy } from '../ops.js';
import { getattrByName } from '../classes.js';
import { defineAll, isFloat, isInt, toDouble } from './common.js';
import { nativeModule, import as importModule } from '../module.js';
import { registerSignatures } from '../native_signatures.js';

const fs = nodeModule('fs');
const nodePath = nodeModule('path');

/** A path argument as a JS string ("fname: path should be string, bytes or os.PathLike, not int"). */
function pathArg(p: unknown, fname: string, argName = 'path', takesFd = false): string {
  const text = strText(p);
  if (text !== undefined) return withoutNul(text, null);
  if (p instanceof PyBytes) return withoutNul(Buffer.from(p.b).toString('utf8'), fname);
  if (p !== null && typeof p === 'object' && typeof (p as { $__fspath__?: unknown }).$__fspath__ === 'function') {
    const r = fspath(p);
    return typeof r === 'string' ? withoutNul(r, null) : withoutNul(Buffer.from(r.b).toString('utf8'), fname);
  }
  const kinds = takesFd ? 'string, bytes, os.PathLike or integer' : 'string, bytes or os.PathLike';
  return raise('TypeError', `${fname}: ${argName} should be ${kinds}, not ${typeNameOf(p)}`);
}

/**
 * A path as the system takes it: CPython refuses a NUL inside one before any system call, naming
 * the function for a bytes path (`fname`; null for a str path, whose encoding finds the NUL).
 */
function withoutNul(path: string, fname: string | null): string {
  if (!path.includes('\0')) return path;
  return raise('ValueError', fname === null ? 'embedded null byte' : `${fname}: embedded null character in path`);
}

/**
 * A relative `path` taken from the directory open as the descriptor `dirFd` (None: the current
 * directory), as the system's *at() calls do; the descriptor's directory is read from /proc.
 */
function atDirectory(path: string, dirFd: unknown): string {
  if (dirFd === undefined || dirFd === null || path.startsWith('/')) return path;
  const fd = Number(toIndex(dirFd));
  let dir: string;
  try {
    dir = fs.readlinkSync(`/proc/self/fd/${fd}`);
  } catch {
    return raiseOSError({ code: 'EBADF' });
  }
  return path === '' ? dir : `${dir}/${path}`;
}

// ---------------------------------------------------------------------------------------------
// os.PathLike

/** Whether instances of `cls` are paths: the class or a base defines __fspath__. */
function definesFspath(cls: unknown): boolean {
  const proto = (cls as { prototype?: { $__fspath__?: unknown } } | null)?.prototype;
  return typeof proto?.$__fspath__ === 'function';
}

/** os.PathLike's metaclass, which answers isinstance and issubclass the way its ABC's subclass hook does. */
const pathLikeMeta: PyType = builtinType({
  name: 'ABCMeta',
  module: 'abc',
  base: typeType,
  proto: Object.create(typeType.prototype),
  methods: {
    __instancecheck__(this: PyType, x: unknown): boolean {
      return definesFspath(typeOf(x)) || isInstance(x, this);
    },
    __subclasscheck__(this: PyType, c: unknown): boolean {
      if (!isClass(c)) raise('TypeError', 'issubclass() arg 1 must be a class');
      return definesFspath(c) || isSubclass(c, this);
    },
  },
});

class PathLikeProto {}

/** os.PathLike: the abstract class of objects with __fspath__ (pathlib's paths, DirEntry). */
const pathLikeType: PyType = builtinType({
  name: 'PathLike',
  module: 'os',
  proto: PathLikeProto.prototype,
  metaclass: pathLikeMeta,
  classmethods: {
    __class_getitem__: ownClassGetitem(),
  },
});

// ---------------------------------------------------------------------------------------------
// stat_result

const STAT_FIELDS = ['st_mode', 'st_ino', 'st_dev', 'st_nlink', 'st_uid', 'st_gid', 'st_size', 'st_atime', 'st_mtime', 'st_ctime'];

class StatResult extends PyTuple {
  floats: [number, number, number] = [0, 0, 0];
}

const statResultType: PyType = builtinType({
  name: 'stat_result',
  module: 'os',
  base: tupleType,
  proto: StatResult.prototype,
  final: true,
  methods: {
    __repr__(this: PyTuple): string {
      return `os.stat_result(${STAT_FIELDS.map((f, i) => `${f}=${repr(this[i])}`).join(', ')})`;
    },
  },
  getters: {
    ...Object.fromEntries(STAT_FIELDS.slice(0, 7).map((f, i) => [f, (t: PyTuple) => t[i]])),
    st_atime: (t: StatResult) => toFloat(t.floats[0]),
    st_mtime: (t: StatResult) => toFloat(t.floats[1]),
    st_ctime: (t: StatResult) => toFloat(t.floats[2]),
    st_atime_ns: (t: StatResult) => Math.round(t.floats[0] * 1e9),
    st_mtime_ns: (t: StatResult) => Math.round(t.floats[1] * 1e9),
  },
});

class TerminalSize extends PyTuple {}

/** os.terminal_size((columns, lines)): a named pair. */
const terminalSizeType: PyType = builtinType({
  name: 'terminal_size',
  module: 'os',
  base: tupleType,
  proto: TerminalSize.prototype,
  final: true,
  construct(_cls, pos) {
    const items = Array.from(iter(pos[0]) as Iterable<unknown>);
    if (items.length !== 2) raise('TypeError', `os.terminal_size() takes a 2-sequence (${items.length}-sequence given)`);
    return terminalSize(items[0], items[1]);
  },
  methods: {
    __repr__(this: PyTuple): string {
      return `os.terminal_size(columns=${repr(this[0])}, lines=${repr(this[1])})`;
    },
  },
  getters: {
    columns: (t: PyTuple) => t[0],
    lines: (t: PyTuple) => t[1],
  },
});

class StatvfsResult extends PyTuple {}

const STATVFS_FIELDS = ['f_bsize', 'f_frsize', 'f_blocks', 'f_bfree', 'f_bavail', 'f_files', 'f_ffree', 'f_favail', 'f_flag', 'f_namemax'];

/** os.statvfs_result: what statvfs(2) says of a file system, a named tuple (f_fsid only by name). */
const statvfsResultType: PyType = builtinType({
  name: 'statvfs_result',
  module: 'os',
  base: tupleType,
  proto: StatvfsResult.prototype,
  final: true,
  methods: {
    __repr__(this: PyTuple): string {
      return `os.statvfs_result(${STATVFS_FIELDS.map((f, i) => `${f}=${repr(this[i])}`).join(', ')})`;
    },
  },
  getters: {
    ...Object.fromEntries(STATVFS_FIELDS.map((f, i) => [f, (t: PyTuple) => t[i]])),
    f_fsid: (t: PyTuple) => (t as unknown as { fsid: number }).fsid,
  },
});

// Mount options as statvfs(2)'s f_flag bits (Linux values).
const MOUNT_FLAGS: Record<string, number> = {
  ro: 1, nosuid: 2, nodev: 4, noexec: 8, sync: 16, mand: 64, noatime: 1024, nodiratime: 2048, relatime: 4096,
};

/** The f_flag bits of the file system mounted deepest above `path` (0 when /proc cannot say). */
function mountFlags(path: string): number {
  let table: string;
  try {
    table = fs.readFileSync('/proc/self/mountinfo', 'utf8');
  } catch {
    return 0;
  }
  let best = '';
  let flags = 0;
  for (const line of table.split('\n')) {
    const fields = line.split(' ');
    if (fields.length < 6) continue;
    const point = fields[4]!.replace(/\\040/g, ' ');
    const inside = path === point || point === '/' || path.startsWith(point + '/');
    // A later line with the same mount point is mounted over the earlier one.
    if (!inside || point.length < best.length) continue;
    best = point;
    flags = fields[5]!.split(',').reduce((bits, opt) => bits | (MOUNT_FLAGS[opt] ?? 0), 0);
  }
  return flags;
}

/** The statvfs_result of the file system holding the existing `path`. */
function statvfsOf(path: string, shownPath: unknown): StatvfsResult {
  flushOpenFiles();
  let info: Fs.StatsFs;
  let real: string;
  try {
    info = fs.statfsSync(path);
    real = fs.realpathSync(path);
  } catch (e) {
    return raiseOSError(e, shownPath);
  }
  // node gives the fundamental block size alone; Linux file systems use it for both sizes, and
  // reserve no inodes for the superuser.
  const fields = [info.bsize, info.bsize, info.blocks, info.bfree, info.bavail, info.files, info.ffree, info.ffree,
    mountFlags(real), 255];
  const result = Object.setPrototypeOf(tuple(fields), StatvfsResult.prototype) as StatvfsResult;
  (result as unknown as { fsid: number }).fsid = fs.statSync(path).dev;
  return result;
}

/** os.statvfs(path): the file system's sizes and counts; a descriptor works as with fstatvfs. */
function statvfs(p: unknown): StatvfsResult {
  const kind = typeNameOf(p);
  if (kind === 'int' || kind === 'bool') return fstatvfs(p);
  const pathLike = typeof p === 'string' || p instanceof PyBytes || definesFspath(typeOf(p));
  if (!pathLike) raise('TypeError', `statvfs: path should be string, bytes, os.PathLike or integer, not ${kind}`);
  return statvfsOf(pathArg(p, 'statvfs'), p);
}

/** os.fstatvfs(fd): statvfs of the file system the open descriptor's file is on. */
function fstatvfs(fd: unknown): StatvfsResult {
  const handle = fdArg(fd);
  try {
    if (handle < 0) throw Object.assign(new Error('EBADF'), { code: 'EBADF' });
    fs.fstatSync(handle);
  } catch (e) {
    return raiseOSError(e);
  }
  return statvfsOf(`/proc/self/fd/${handle}`, undefined);
}

class UnameResult extends PyTuple {}

const UNAME_FIELDS = ['sysname', 'nodename', 'release', 'version', 'machine'];

/** os.uname_result: the five fields of uname(2), a named tuple. */
const unameResultType: PyType = builtinType({
  name: 'uname_result',
  module: 'posix',
  base: tupleType,
  proto: UnameResult.prototype,
  final: true,
  methods: {
    __repr__(this: PyTuple): string {
      return `posix.uname_result(${UNAME_FIELDS.map((f, i) => `${f}=${repr(this[i])}`).join(', ')})`;
    },
  },
  getters: Object.fromEntries(UNAME_FIELDS.map((f, i) => [f, (t: PyTuple) => t[i]])),
});

/** os.uname(): the system's name, host name, kernel release and version, and machine. */
function uname(): UnameResult {
  void unameResultType;
  const host = nodeModule('os');
  const fields = [host.type(), host.hostname(), host.release(), host.version(), host.machine()];
  return Object.setPrototypeOf(tuple(fields), UnameResult.prototype) as UnameResult;
}

function terminalSize(columns: unknown, lines: unknown): TerminalSize {
  return Object.setPrototypeOf(tuple([columns, lines]), TerminalSize.prototype) as TerminalSize;
}

/** os.get_terminal_size(): the size of the terminal on stdout; OSError when stdout is not one. */
function getTerminalSize(): TerminalSize {
  if (!process.stdout.isTTY) return raiseOSError({ code: 'ENOTTY' });
  return terminalSize(process.stdout.columns ?? 80, process.stdout.rows ?? 24);
}

function statResult(s: Fs.Stats): StatResult {
  const t = Object.setPrototypeOf(
    tuple([s.mode, s.ino, s.dev, s.nlink, s.uid, s.gid, s.size, Math.floor(s.atimeMs / 1000), Math.floor(s.mtimeMs / 1000), Math.floor(s.ctimeMs / 1000)]),
    StatResult.prototype,
  ) as StatResult;
  t.floats = [s.atimeMs / 1000, s.mtimeMs / 1000, s.ctimeMs / 1000];
  return t;
}

// ---------------------------------------------------------------------------------------------
// os functions

/** os.stat(path, *, dir_fd=None, follow_symlinks=True); a file descriptor works as with fstat. */
const stat = kwParams(function stat(p: unknown, dirFd: unknown = null, followSymlinks: unknown = true): StatResult {
  if (isInt(p) || typeof p === 'boolean') return fstat(p);
  const path = atDirectory(pathArg(p, 'stat', 'path', true), dirFd);
  flushOpenFiles();
  try {
    return statResult(truthy(followSymlinks) ? fs.statSync(path) : fs.lstatSync(path));
  } catch (e) {
    return raiseOSError(e, p);
  }
}, 'stat', ['path', 'dir_fd', 'follow_symlinks']);

/** os.lstat(path, *, dir_fd=None) */
const lstat = kwParams(function lstat(p: unknown, dirFd: unknown = null): StatResult {
  const path = atDirectory(pathArg(p, 'lstat'), dirFd);
  try {
    return statResult(fs.lstatSync(path));
  } catch (e) {
    return raiseOSError(e, p);
  }
}, 'lstat', ['path', 'dir_fd']);

/**
 * The entries of a directory in the order the file system gives them, as CPython's listdir and
 * scandir do (fs.readdirSync sorts them by name).
 */
export function readDirInOrder(path: string): Fs.Dirent[] {
  const dir = fs.opendirSync(path);
  const entries: Fs.Dirent[] = [];
  try {
    for (let e = dir.readSync(); e !== null; e = dir.readSync()) entries.push(e);
  } finally {
    dir.closeSync();
  }
  return entries;
}

/** os.chown(path, uid, gid, *, dir_fd=None, follow_symlinks=True): -1 leaves an id as it is. */
const chown = kwParams(function chown(p: unknown, uid: unknown, gid: unknown, dirFd: unknown = null, followSymlinks: unknown = true): null {
  const path = atDirectory(pathArg(p, 'chown', 'path', true), dirFd);
  const [u, g] = [Number(toIndex(uid)), Number(toIndex(gid))];
  try {
    if (truthy(followSymlinks)) fs.chownSync(path, u, g);
    else fs.lchownSync(path, u, g);
  } catch (e) {
    raiseOSError(e, p);
  }
  return null;
}, 'chown', ['path', 'uid', 'gid', 'dir_fd', 'follow_symlinks']);

/** os.access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True) */
const access = kwParams(function access(p: unknown, mode: unknown, dirFd: unknown = null, effectiveIds: unknown = false, followSymlinks: unknown = true): boolean {
  void effectiveIds;
  void followSymlinks;
  try {
    fs.accessSync(atDirectory(pathArg(p, 'access'), dirFd), Number(toIndex(mode)));
    return true;
  } catch {
    return false;
  }
}, 'access', ['path', 'mode', 'dir_fd', 'effective_ids', 'follow_symlinks']);

/** A time of utime's `times`: seconds as a float, or as an int (anything else is no integer). */
function utimeSeconds(t: unknown): number {
  return isFloat(t) ? toDouble(t) : Number(toIndex(t));
}

/**
 * os.utime(path, times=None, *, ns, dir_fd=None, follow_symlinks=True): set the access and
 * modification times: now, a (atime, mtime) pair of seconds, or with `ns` one of nanoseconds
 * (which the system call node makes keeps to the microsecond).
 */
const utime = kwParams(function utime(p: unknown, times: unknown = null, ns?: unknown, dirFd: unknown = null, followSymlinks: unknown = true): null {
  const path = atDirectory(pathArg(p, 'utime'), dirFd);
  if (times === undefined) times = null;
  if (times !== null && ns !== undefined) raise('ValueError', "utime: you may specify either 'times' or 'ns' but not both");
  let atime: number;
  let mtime: number;
  if (times !== null) {
    if (!(times instanceof PyTuple && times.length === 2)) raise('TypeError', "utime: 'times' must be either a tuple of two ints or None");
    [atime, mtime] = [utimeSeconds(times[0]), utimeSeconds(times[1])];
  } else if (ns !== undefined) {
    if (!(ns instanceof PyTuple && ns.length === 2)) raise('TypeError', "utime: 'ns' must be a tuple of two ints");
    [atime, mtime] = [Number(toIndex(ns[0])) / 1e9, Number(toIndex(ns[1])) / 1e9];
  } else {
    atime = mtime = Date.now() / 1000;
  }
  try {
    if (truthy(followSymlinks)) fs.utimesSync(path, atime, mtime);
    else fs.lutimesSync(path, atime, mtime);
  } catch (e) {
    // CPython's utime reports the error without the file name.
    raiseOSError(e);
  }
  return null;
}, 'utime', ['path', 'times', 'ns', 'dir_fd', 'follow_symlinks']);

/** os.chmod(path, mode, *, dir_fd=None, follow_symlinks=True); Linux has no lchmod. */
const chmod = kwParams(function chmod(p: unknown, mode: unknown, dirFd: unknown = null, followSymlinks: unknown = true): null {
  const path = atDirectory(pathArg(p, 'chmod'), dirFd);
  if (!truthy(followSymlinks)) raise('NotImplementedError', 'chmod: follow_symlinks unavailable on this platform');
  try {
    fs.chmodSync(path, Number(toIndex(mode)));
  } catch (e) {
    raiseOSError(e, p);
  }
  return null;
}, 'chmod', ['path', 'mode', 'dir_fd', 'follow_symlinks']);

function listdir(p: unknown = '.'): unknown[] {
  if (p === null) p = '.';
  const path = pathArg(p, 'listdir');
  try {
    const names = readDirInOrder(path).map((e) => e.name);
    if (p instanceof PyBytes) return names.map((n) => bytesFromU8(Buffer.from(n, 'utf8')));
    return names;
  } catch (e) {
    return raiseOSError(e, p);
  }
}

/** A directory entry from os.scandir: its name and path, and cached answers about its kind. */
class DirEntry {
  private lstatCache: Fs.Stats | null = null;
  constructor(
    readonly name: string | PyBytes,
    readonly path: string | PyBytes,
    readonly fullPath: string,
    readonly dirent: Fs.Dirent,
  ) {}

  lstat(): Fs.Stats {
    this.lstatCache ??= fs.lstatSync(this.fullPath);
    return this.lstatCache;
  }

  /** fs.statSync through the link, or null when it dangles (is_dir and is_file answer False then). */
  followed(): Fs.Stats | null {
    if (!this.dirent.isSymbolicLink()) return this.lstat();
    try {
      return fs.statSync(this.fullPath);
    } catch {
      return null;
    }
  }
}

/** is_dir / is_file: the kind readdir reported, or, through a symbolic link, the kind of its target. */
function entryKind(entry: DirEntry, followSymlinks: unknown, wantFile: boolean, test: (s: Fs.Stats) => boolean): boolean {
  if (!entry.dirent.isSymbolicLink() || !truthy(followSymlinks)) {
    return wantFile ? entry.dirent.isFile() : entry.dirent.isDirectory();
  }
  const s = entry.followed();
  return s !== null && test(s);
}

const dirEntryType = builtinType({
  name: 'DirEntry',
  module: 'posix',
  proto: DirEntry.prototype,
  final: true,
  methods: {
    __repr__(this: DirEntry): string {
      return `<DirEntry ${repr(this.name)}>`;
    },
    __fspath__(this: DirEntry): unknown {
      return this.path;
    },
    is_dir: followSymlinksOnly('is_dir', (e, follow) => entryKind(e, follow, false, (s) => s.isDirectory())),
    is_file: followSymlinksOnly('is_file', (e, follow) => entryKind(e, follow, true, (s) => s.isFile())),
    is_symlink(this: DirEntry): boolean {
      return this.dirent.isSymbolicLink();
    },
    inode(this: DirEntry): number {
      // readdir's d_ino, which node:fs does not hand over; an uncached lstat gives the same number.
      return fs.lstatSync(this.fullPath).ino;
    },
    stat: followSymlinksOnly('stat', (e, follow) => {
      flushOpenFiles();
      try {
        return statResult(truthy(follow) ? fs.statSync(e.fullPath) : e.lstat());
      } catch (err) {
        return raiseOSError(err, e.path);
      }
    }),
  },
  getters: {
    name: (e: DirEntry) => e.name,
    path: (e: DirEntry) => e.path,
  },
});

/** A DirEntry method whose one parameter is the keyword-only follow_symlinks (True by default). */
function followSymlinksOnly(fname: string, impl: (entry: DirEntry, follow: unknown) => unknown): Function {
  const noPositional = (pos: unknown[]): void => {
    if (pos.length) raise('TypeError', `${fname}() takes no positional arguments`);
  };
  const method = function (this: DirEntry, ...pos: unknown[]): unknown {
    noPositional(pos);
    return impl(this, true);
  };
  (method as KwFn).$kw = function (this: unknown, pos: unknown[], kw: [string, unknown][] | null): unknown {
    noPositional(pos);
    let follow: unknown = true;
    for (const [name, value] of kw ?? []) {
      if (name !== 'follow_symlinks') raise('TypeError', `'${name}' is an invalid keyword argument for ${fname}()`);
      follow = value;
    }
    return impl(this as DirEntry, follow);
  };
  return method;
}

class ScandirIterator {
  closed = false;
  constructor(readonly entries: Iterator<DirEntry>) {}
}

const scandirIteratorType = builtinType({
  name: 'ScandirIterator',
  module: 'posix',
  proto: ScandirIterator.prototype,
  final: true,
  methods: {
    __iter__(this: ScandirIterator) {
      return this;
    },
    __next__(this: ScandirIterator) {
      const r = this.closed ? undefined : this.entries.next();
      if (r === undefined || r.done) {
        this.closed = true;
        return throwPy(makeExc('StopIteration'));
      }
      return r.value;
    },
    close(this: ScandirIterator): null {
      this.closed = true;
      return null;
    },
    __enter__(this: ScandirIterator) {
      return this;
    },
    __exit__(this: ScandirIterator): null {
      this.closed = true;
      return null;
    },
  },
});

/** os.scandir(path='.'): an iterator of DirEntry objects in directory order; bytes paths give bytes names. */
function scandir(p: unknown = '.'): ScandirIterator {
  if (p === null) p = '.';
  const path = pathArg(p, 'scandir');
  let entries: Fs.Dirent[];
  try {
    entries = readDirInOrder(path);
  } catch (e) {
    return raiseOSError(e, p);
  }
  const asBytes = p instanceof PyBytes;
  const shown = asBytes ? Buffer.from((p as PyBytes).b).toString('utf8') : typeof p === 'string' ? p : path;
  void scandirIteratorType;
  void dirEntryType;
  const made = entries.map((d) => {
    const full = joinRaw(shown, [d.name]);
    const name = asBytes ? bytesFromU8(Buffer.from(d.name, 'utf8')) : d.name;
    const entryPath = asBytes ? bytesFromU8(Buffer.from(full, 'utf8')) : full;
    return new DirEntry(name, entryPath, joinRaw(path, [d.name]), d);
  });
  return new ScandirIterator(made[Symbol.iterator]());
}

/** os.symlink(src, dst): dst becomes a symbolic link to src (which need not exist). */
const symlink = kwParams(function symlink(src: unknown, dst: unknown, targetIsDirectory: unknown = false, dirFd: unknown = null): null {
  void targetIsDirectory;
  try {
    fs.symlinkSync(pathArg(src, 'symlink', 'src'), atDirectory(pathArg(dst, 'symlink', 'dst'), dirFd));
  } catch (e) {
    raiseOSError(e, src, dst);
  }
  return null;
}, 'symlink', ['src', 'dst', 'target_is_directory', 'dir_fd']);

/** os.link(src, dst): a hard link. */
const link = kwParams(function link(src: unknown, dst: unknown, srcDirFd: unknown = null, dstDirFd: unknown = null, followSymlinks: unknown = true): null {
  void followSymlinks;
  try {
    fs.linkSync(atDirectory(pathArg(src, 'link', 'src'), srcDirFd), atDirectory(pathArg(dst, 'link', 'dst'), dstDirFd));
  } catch (e) {
    raiseOSError(e, src, dst);
  }
  return null;
}, 'link', ['src', 'dst', 'src_dir_fd', 'dst_dir_fd', 'follow_symlinks']);

/** os.readlink(path): what a symbolic link points to, as str (bytes for a bytes path). */
const readlink = kwParams(function readlink(p: unknown, dirFd: unknown = null): unknown {
  try {
    const target = fs.readlinkSync(atDirectory(pathArg(p, 'readlink'), dirFd));
    return p instanceof PyBytes ? bytesFromU8(Buffer.from(target, 'utf8')) : target;
  } catch (e) {
    return raiseOSError(e, p);
  }
}, 'readlink', ['path', 'dir_fd']);

const mkdir = kwParams(function mkdir(p: unknown, mode: unknown = 0o777, dirFd: unknown = null): null {
  const path = atDirectory(pathArg(p, 'mkdir'), dirFd);
  try {
    fs.mkdirSync(path, { mode: Number(toIndex(mode)) });
  } catch (e) {
    raiseOSError(e, p);
  }
  return null;
}, 'mkdir', ['path', 'mode', 'dir_fd']);

/** A failed mkdir inside makedirs: the system error and the path (as the caller spelled it). */
class MakedirsFailure {
  constructor(readonly error: unknown, readonly filename: unknown) {}
}

/**
 * Create `path` after its missing parents, one mkdir per component (node's recursive mkdir
 * never returns on some /proc paths, and names the whole path in its errors). Parents get the
 * default mode; `shown` turns a parent path back into the caller's str or bytes for errors.
 */
function makeDirChain(path: string, filename: unknown, mode: number, existOk: boolean, shown: (p: string) => unknown): void {
  let [head, tail] = splitRaw(path);
  if (!tail) [head, tail] = splitRaw(head);
  if (head && tail && !fs.existsSync(head)) {
    try {
      makeDirChain(head, shown(head), 0o777, existOk, shown);
    } catch (e) {
      // Someone else made it meanwhile: fine.
      if (!(e instanceof MakedirsFailure) || (e.error as { code?: string }).code !== 'EEXIST') throw e;
    }
    if (tail === '.') return;
  }
  try {
    fs.mkdirSync(path, { mode });
  } catch (e) {
    if (!existOk || !isdir(path)) throw new MakedirsFailure(e, filename);
  }
}

const makedirs = kwParams(function makedirs(p: unknown, mode: unknown = 0o777, existOk: unknown = false): null {
  const path = pathArg(p, 'makedirs');
  const asBytes = p instanceof PyBytes || (p !== null && typeof p === 'object' && fspath(p) instanceof PyBytes);
  const shown = (part: string): unknown => (asBytes ? bytesFromU8(Buffer.from(part, 'utf8')) : part);
  try {
    makeDirChain(path, p, Number(toIndex(mode)), truthy(existOk), shown);
  } catch (e) {
    if (e instanceof MakedirsFailure) raiseOSError(e.error, e.filename);
    throw e;
  }
  return null;
}, 'makedirs', ['name', 'mode', 'exist_ok']);

/** os.remove (and os.unlink)(path, *, dir_fd=None) */
function removeFile(p: unknown, dirFd: unknown, fname: string): null {
  const path = atDirectory(pathArg(p, fname), dirFd);
  try {
    if (fs.lstatSync(path).isDirectory()) raiseOSError(Object.assign(new Error(), { code: 'EISDIR' }), p);
    fs.unlinkSync(path);
  } catch (e) {
    raiseOSError(e, p);
  }
  return null;
}

const remove = kwParams(function remove(p: unknown, dirFd: unknown = null): null {
  return removeFile(p, dirFd, 'remove');
}, 'remove', ['path', 'dir_fd']);

const unlink = kwParams(function unlink(p: unknown, dirFd: unknown = null): null {
  return removeFile(p, dirFd, 'unlink');
}, 'unlink', ['path', 'dir_fd']);

const rmdir = kwParams(function rmdir(p: unknown, dirFd: unknown = null): null {
  const path = atDirectory(pathArg(p, 'rmdir'), dirFd);
  try {
    fs.rmdirSync(path);
  } catch (e) {
    raiseOSError(e, p);
  }
  return null;
}, 'rmdir', ['path', 'dir_fd']);

function removedirs(p: unknown): null {
  let path = pathArg(p, 'removedirs');
  rmdir(path);
  let [head, tail] = splitRaw(path);
  if (!tail) [head, tail] = splitRaw(head);
  while (head && tail) {
    try {
      fs.rmdirSync(head);
    } catch {
      break;
    }
    [head, tail] = splitRaw(head);
  }
  path = head;
  return null;
}

/** os.rename and os.replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None): the same call on POSIX. */
function renameFile(src: unknown, dst: unknown, srcDirFd: unknown, dstDirFd: unknown, fname: string): null {
  const a = atDirectory(pathArg(src, fname, 'src'), srcDirFd);
  const b = atDirectory(pathArg(dst, fname, 'dst'), dstDirFd);
  try {
    fs.renameSync(a, b);
  } catch (e) {
    raiseOSError(e, src, dst);
  }
  return null;
}

const rename = kwParams(function rename(src: unknown, dst: unknown, srcDirFd: unknown = null, dstDirFd: unknown = null): null {
  return renameFile(src, dst, srcDirFd, dstDirFd, 'rename');
}, 'rename', ['src', 'dst', 'src_dir_fd', 'dst_dir_fd']);

const replace = kwParams(function replace(src: unknown, dst: unknown, srcDirFd: unknown = null, dstDirFd: unknown = null): null {
  return renameFile(src, dst, srcDirFd, dstDirFd, 'replace');
}, 'replace', ['src', 'dst', 'src_dir_fd', 'dst_dir_fd']);

function getcwd(): string {
  return process.cwd();
}

function chdir(p: unknown): null {
  const path = pathArg(p, 'chdir');
  try {
    process.chdir(path);
  } catch (e) {
    raiseOSError(e, p);
  }
  return null;
}

/** How os.walk goes: the order, what it calls with a directory it cannot list, and whether it enters linked directories. */
interface WalkOptions {
  topdown: boolean;
  onerror: ((exc: unknown) => unknown) | null;
  followlinks: boolean;
}

/** The OSError a node:fs error on `path` stands for, as an exception object (not raised). */
function osErrorObject(e: unknown, path: string): unknown {
  try {
    return raiseOSError(e, path);
  } catch (pyErr) {
    return toPy(pyErr);
  }
}

/** Whether `path` is a symbolic link (a path that vanished is not). */
function isLink(path: string): boolean {
  try {
    return fs.lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function* walkGen(top: string, opts: WalkOptions): Generator<unknown> {
  let entries: Fs.Dirent[];
  try {
    entries = readDirInOrder(top);
  } catch (e) {
    // A directory that cannot be listed is skipped; onerror hears of it first.
    if (opts.onerror !== null) opts.onerror(osErrorObject(e, top));
    return;
  }
  const dirs: string[] = [];
  const files: string[] = [];
  // Bottom-up walks decide which directories to enter while listing (later changes to dirs do not count).
  const enter: string[] = [];
  for (const e of entries) {
    let isDir = e.isDirectory();
    const linked = e.isSymbolicLink();
    if (linked) {
      try {
        isDir = fs.statSync(nodePath.join(top, e.name)).isDirectory();
      } catch {
        isDir = false;
      }
    }
    (isDir ? dirs : files).push(e.name);
    if (isDir && !opts.topdown && (opts.followlinks || !linked)) enter.push(joinRaw(top, [e.name]));
  }
  if (opts.topdown) {
    yield tuple([top, dirs, files]);
    // The caller may have pruned or reordered dirs: it is read again here.
    for (const d of dirs.slice()) {
      const full = joinRaw(top, [d]);
      if (opts.followlinks || !isLink(full)) yield* walkGen(full, opts);
    }
  } else {
    for (const full of enter) yield* walkGen(full, opts);
    yield tuple([top, dirs, files]);
  }
}

/** os.walk: a Python iterator over (dirpath, dirnames, filenames); topdown lets the caller prune dirnames. */
const walk = kwParams(function walk(top: unknown, topdown: unknown = true, onerror: unknown = null, followlinks: unknown = false): unknown {
  const handler = onerror === null || onerror === undefined ? null : (callable(onerror) as (exc: unknown) => unknown);
  const gen = walkGen(pathArg(top, 'walk', 'top'), { topdown: truthy(topdown), onerror: handler, followlinks: truthy(followlinks) });
  return pyIterator(gen);
}, 'walk', ['top', 'topdown', 'onerror', 'followlinks']);

class OsIterator {
  constructor(readonly gen: Iterator<unknown>) {}
  [Symbol.iterator](): Iterator<unknown> {
    return this.gen;
  }
}

const osIteratorType = builtinType({
  name: 'generator',
  module: 'os',
  proto: OsIterator.prototype,
  final: true,
  methods: {
    __iter__(this: OsIterator) {
      return this;
    },
    __next__(this: OsIterator) {
      const r = this.gen.next();
      if (r.done) return throwPy(makeExc('StopIteration'));
      return r.value;
    },
  },
});

function pyIterator(gen: Iterator<unknown>): OsIterator {
  void osIteratorType;
  return new OsIterator(gen);
}

/** os.system(command): run it with /bin/sh, the streams inherited; the wait status (exit status << 8). */
function system(command: unknown): number {
  command = unwrapStr(command);
  if (typeof command !== 'string') raise('TypeError', `system() argument 'command' must be str, not ${typeNameOf(command)}`);
  // What the program printed so far comes before what the command prints.
  flushStdout();
  flushOpenFiles();
  const result = nodeModule('child_process').spawnSync('/bin/sh', ['-c', command], { stdio: 'inherit' });
  if (result.signal) return (nodeModule('os').constants.signals as Record<string, number>)[result.signal] ?? 0;
  return (result.status ?? 0) << 8;
}

/** os.confstr(name): the C library's version and default PATH; other names are unknown here. */
function confstr(name: unknown): string {
  name = unwrapStr(name);
  if (typeof name !== 'string') raise('TypeError', 'configuration names must be strings or integers');
  if (name === 'CS_GNU_LIBC_VERSION') {
    const header = (process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header;
    return `glibc ${header?.glibcVersionRuntime ?? ''}`;
  }
  if (name === 'CS_PATH') return '/bin:/usr/bin';
  return raise('ValueError', 'unrecognized configuration name');
}

/** The numbers glibc gives the sysconf() names answered here (os.sysconf_names). */
const SYSCONF_NAMES: Readonly<Record<string, number>> = {
  SC_ARG_MAX: 0, SC_CHILD_MAX: 1, SC_CLK_TCK: 2, SC_NGROUPS_MAX: 3, SC_OPEN_MAX: 4, SC_STREAM_MAX: 5,
  SC_TZNAME_MAX: 6, SC_PAGESIZE: 30, SC_PAGE_SIZE: 30, SC_VERSION: 29, SC_SIGQUEUE_MAX: 34, SC_LINE_MAX: 43,
  SC_RE_DUP_MAX: 44, SC_2_VERSION: 46, SC_IOV_MAX: 60, SC_LOGIN_NAME_MAX: 71, SC_TTY_NAME_MAX: 72,
  SC_THREAD_STACK_MIN: 75, SC_NPROCESSORS_CONF: 83, SC_NPROCESSORS_ONLN: 84, SC_PHYS_PAGES: 85,
  SC_AVPHYS_PAGES: 86,
};

/** A soft limit of /proc/self/limits (its row's title), or -1 when unlimited or unreadable. */
function softLimit(title: string): number {
  try {
    const row = fs.readFileSync('/proc/self/limits', 'utf8').split('\n').find((line) => line.startsWith(title));
    const value = row?.slice(title.length).trim().split(/\s+/)[0];
    return value === undefined || !/^\d+$/.test(value) ? -1 : Number(value);
  } catch {
    return -1;
  }
}

/** The size of a memory page: the kernel reports it per mapping; 4 KiB where that cannot be read. */
function pageSize(): number {
  try {
    const found = /KernelPageSize:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/smaps', 'utf8'));
    if (found) return Number(found[1]) * 1024;
  } catch {
    // No procfs: the common page size.
  }
  return 4096;
}

function sysconfNames(): PyDict {
  const names = new PyDict();
  for (const [name, number] of Object.entries(SYSCONF_NAMES)) names.set(name, number);
  return names;
}

/** What sysconf() answers for each of SYSCONF_NAMES's numbers, as glibc works it out on Linux. */
const SYSCONF_VALUES: ReadonlyMap<number, () => number> = new Map([
  [0, () => Math.max(131072, Math.floor(softLimit('Max stack size') / 4)) || 131072],
  [1, () => softLimit('Max processes')],
  [2, () => 100],
  [3, () => 65536],
  [4, () => softLimit('Max open files')],
  [5, () => 16],
  [6, () => -1],
  [29, () => 200809],
  [30, pageSize],
  [34, () => softLimit('Max pending signals')],
  [43, () => 2048],
  [44, () => 32767],
  [46, () => 200809],
  [60, () => 1024],
  [71, () => 256],
  [72, () => 32],
  [75, () => 16384],
  [83, () => nodeModule('os').cpus().length || 1],
  [84, () => nodeModule('os').cpus().length || 1],
  [85, () => Math.floor(nodeModule('os').totalmem() / pageSize())],
  [86, () => Math.floor(nodeModule('os').freemem() / pageSize())],
]);

/** os.sysconf(name): a system configuration value, the name given as a string of sysconf_names or its number. */
function sysconf(name: unknown): number {
  name = unwrapStr(name);
  let number: number;
  if (typeof name === 'string') {
    if (!Object.prototype.hasOwnProperty.call(SYSCONF_NAMES, name)) raise('ValueError', 'unrecognized configuration name');
    number = SYSCONF_NAMES[name]!;
  } else {
    number = Number(toIndex(name, () => 'configuration names must be strings or integers'));
  }
  const value = SYSCONF_VALUES.get(number);
  // The C library refuses a number it does not know with EINVAL.
  if (value === undefined) return raiseOSError({ code: 'EINVAL' });
  return value();
}

function urandom(n: unknown): PyBytes {
  const k = Number(toIndex(n));
  if (k < 0) raise('ValueError', 'negative argument not allowed');
  const b = new Uint8Array(k);
  globalThis.crypto.getRandomValues(b);
  return bytesFromU8(b);
}

function strerror(code: unknown): string {
  const c = Number(toIndex(code));
  for (const [name, num] of Object.entries(nodeModule('os').constants.errno)) {
    if (num === c && STRERROR[name]) return STRERROR[name]!;
  }
  return `Unknown error ${c}`;
}

// ---------------------------------------------------------------------------------------------
// File descriptors
//
// node:fs has no lseek: descriptors that os.open made are read and written at an offset kept in
// io.ts's trackedFds (pread/pwrite), which lseek moves and files open() makes on them share.
// Other descriptors (0, 1, 2, ...) use the system's own offset, and lseek works on them only for
// what fstat can answer.

/** The open flags of Linux (x86-64 values where node:fs has no constant). */
function openFlags(): Record<string, number> {
  const c = fs.constants as unknown as Record<string, number>;
  const sync = c.O_SYNC ?? 1052672;
  const nonblock = c.O_NONBLOCK ?? 2048;
  return {
    O_RDONLY: c.O_RDONLY ?? 0, O_WRONLY: c.O_WRONLY ?? 1, O_RDWR: c.O_RDWR ?? 2, O_ACCMODE: 3,
    O_CREAT: c.O_CREAT ?? 64, O_EXCL: c.O_EXCL ?? 128, O_NOCTTY: c.O_NOCTTY ?? 256,
    O_TRUNC: c.O_TRUNC ?? 512, O_APPEND: c.O_APPEND ?? 1024, O_NONBLOCK: nonblock,
    O_NDELAY: nonblock, O_DSYNC: c.O_DSYNC ?? 4096, O_ASYNC: 8192, O_DIRECT: c.O_DIRECT ?? 16384,
    O_LARGEFILE: 0, O_DIRECTORY: c.O_DIRECTORY ?? 65536, O_NOFOLLOW: c.O_NOFOLLOW ?? 131072,
    O_NOATIME: c.O_NOATIME ?? 262144, O_CLOEXEC: 524288, O_SYNC: sync, O_FSYNC: sync,
    O_RSYNC: sync, O_PATH: 2097152, O_TMPFILE: 4259840,
  };
}

/** OSError(errno, strerror) for the codes the shared message table lacks. */
function systemError(code: 'ESRCH' | 'ESPIPE', message: string): never {
  return throwPy(makeExc('OSError', (nodeModule('os').constants.errno as Record<string, number>)[code], message));
}

function fdArg(fd: unknown): number {
  return Number(toIndex(fd));
}

function bufferArg(data: unknown): Uint8Array {
  if (!isBytesLike(data)) raise('TypeError', `a bytes-like object is required, not '${typeNameOf(data)}'`);
  return bytesData(data);
}

/** os.open(path, flags, mode=0o777): a new file descriptor. */
const osOpen = kwParams(function open(p: unknown, flags: unknown, mode: unknown = 0o777, dirFd: unknown = null): number {
  const path = atDirectory(pathArg(p, 'open'), dirFd);
  const bits = Number(toIndex(flags));
  flushOpenFiles();
  try {
    const fd = fs.openSync(path, bits, Number(toIndex(mode)));
    trackedFds.set(fd, { offset: 0, append: (bits & openFlags().O_APPEND!) !== 0 });
    return fd;
  } catch (e) {
    return raiseOSError(e, p);
  }
}, 'open', ['path', 'flags', 'mode', 'dir_fd']);

/** os.read(fd, n): up to n bytes (b'' at the end of the file). */
function osRead(fd: unknown, n: unknown): PyBytes {
  const handle = fdArg(fd);
  const size = Number(toIndex(n));
  if (size < 0) return raiseOSError({ code: 'EINVAL' });
  const buf = Buffer.alloc(size);
  const tracked = trackedFds.get(handle);
  // What open files hold back is on the disk before it is read from there.
  flushOpenFiles();
  try {
    const got = fs.readSync(handle, buf, 0, size, tracked ? tracked.offset : null);
    if (tracked) tracked.offset += got;
    return bytesFromU8(buf.subarray(0, got));
  } catch (e) {
    return raiseOSError(e);
  }
}

/** os.write(fd, data): how many bytes were written. */
function osWrite(fd: unknown, data: unknown): number {
  const handle = fdArg(fd);
  const bytes = bufferArg(data);
  const tracked = trackedFds.get(handle);
  // What print() holds back comes first on the terminal and in files.
  flushStdout();
  flushOpenFiles();
  try {
    if (tracked === undefined) return fs.writeSync(handle, bytes);
    if (tracked.append) {
      const n = fs.writeSync(handle, bytes);
      tracked.offset = fs.fstatSync(handle).size;
      return n;
    }
    const n = fs.writeSync(handle, bytes, 0, bytes.length, tracked.offset);
    tracked.offset += n;
    return n;
  } catch (e) {
    return raiseOSError(e);
  }
}

/** Whether a character device is a terminal (Linux major numbers of ttys and pseudo-terminals). */
function isTerminalDevice(info: Fs.Stats): boolean {
  const major = (info.rdev >> 8) & 0xfff;
  return major === 4 || major === 5 || (major >= 136 && major <= 143);
}

/** os.lseek(fd, pos, how): move the offset (SEEK_SET, SEEK_CUR or SEEK_END); the new offset. */
function lseek(fd: unknown, pos: unknown, how: unknown): number {
  const handle = fdArg(fd);
  const delta = Number(toIndex(pos));
  const whence = Number(toIndex(how));
  let info: Fs.Stats;
  try {
    info = fs.fstatSync(handle);
  } catch (e) {
    return raiseOSError(e);
  }
  const seekable = info.isFile() || info.isDirectory() || info.isBlockDevice() ||
    (info.isCharacterDevice() && !isTerminalDevice(info));
  if (!seekable) return systemError('ESPIPE', 'Illegal seek');
  const tracked = trackedFds.get(handle) ?? { offset: 0, append: false };
  const base = whence === 0 ? 0 : whence === 1 ? tracked.offset : whence === 2 ? info.size : NaN;
  if (Number.isNaN(base) || base + delta < 0) return raiseOSError({ code: 'EINVAL' });
  tracked.offset = base + delta;
  if (trackedFds.has(handle)) trackedFds.set(handle, tracked);
  return tracked.offset;
}

function osClose(fd: unknown): null {
  const handle = fdArg(fd);
  try {
    fs.closeSync(handle);
  } catch (e) {
    raiseOSError(e);
  }
  trackedFds.delete(handle);
  return null;
}

/** os.fdopen(fd, mode='r', buffering=-1, encoding=None, ...): open() on the descriptor. */
function fdopen(this: unknown, ...args: unknown[]): unknown {
  return fdopenWith(args, null);
}
(fdopen as unknown as { $kw: unknown }).$kw = (pos: unknown[], kw: KwPairs | null): unknown => fdopenWith(pos, kw);

function fdopenWith(pos: unknown[], kw: KwPairs | null): unknown {
  const fd = pos[0] ?? kw?.find(([k]) => k === 'fd')?.[1];
  const kind = typeNameOf(fd);
  if (kind !== 'int' && kind !== 'bool') {
    raise('TypeError', `invalid fd type (${repr(typeOf(fd))}, expected integer)`);
  }
  const rest = (kw ?? []).filter(([k]) => k !== 'fd');
  return (openFile as unknown as { $kw: (p: unknown[], k: KwPairs | null) => unknown }).$kw([fd, ...pos.slice(1)], rest);
}

function fstat(fd: unknown): StatResult {
  flushOpenFiles();
  try {
    return statResult(fs.fstatSync(fdArg(fd)));
  } catch (e) {
    return raiseOSError(e);
  }
}

/** os.truncate(path, length); a file descriptor works as with ftruncate. */
function truncate(p: unknown, length: unknown): null {
  const size = Number(toIndex(length));
  flushOpenFiles();
  try {
    if (typeof p === 'number' || typeof p === 'bigint') fs.ftruncateSync(fdArg(p), size);
    else fs.truncateSync(pathArg(p, 'truncate'), size);
  } catch (e) {
    raiseOSError(e, typeof p === 'number' ? undefined : p);
  }
  return null;
}

function ftruncate(fd: unknown, length: unknown): null {
  try {
    fs.ftruncateSync(fdArg(fd), Number(toIndex(length)));
  } catch (e) {
    raiseOSError(e);
  }
  return null;
}

function fsync(fd: unknown): null {
  const handle = typeof fd === 'number' ? fd : fdArg(callMethod0(fd, 'fileno'));
  try {
    fs.fsyncSync(handle);
  } catch (e) {
    raiseOSError(e);
  }
  return null;
}

function callMethod0(obj: unknown, name: string): unknown {
  return (getattrByName(obj, name) as () => unknown)();
}

/** os.kill(pid, sig): send a signal (0 only checks that the process exists). */
function kill(pid: unknown, sig: unknown): null {
  const target = Number(toIndex(pid));
  const signal = Number(toIndex(sig));
  flushStdout();
  flushOpenFiles();
  try {
    process.kill(target, signal);
  } catch (e) {
    const code = (e as { code?: string }).code;
    if (code === 'ERR_UNKNOWN_SIGNAL') raiseOSError({ code: 'EINVAL' });
    if (code === 'ESRCH') systemError('ESRCH', 'No such process');
    raiseOSError(e);
  }
  return null;
}

/** os.isatty(fd): whether the descriptor is a terminal (False for a bad one). */
function isatty(fd: unknown): boolean {
  try {
    const info = fs.fstatSync(fdArg(fd));
    return info.isCharacterDevice() && isTerminalDevice(info);
  } catch {
    return false;
  }
}

/** os.get_exec_path(env=None): the directories PATH names (os.environ's, or env's). */
function getExecPath(env: unknown = null): string[] {
  const path = env === null ? environ().lookup('PATH') : (getattrByName(env, 'get') as (k: string) => unknown)('PATH');
  const text = typeof path === 'string' ? path : '/bin:/usr/bin';
  return text.split(':');
}

/** os.renames(old, new): rename, making the new parents and pruning the emptied old ones. */
function renames(oldPath: unknown, newPath: unknown): null {
  const [newHead, newTail] = splitRaw(pathArg(newPath, 'renames'));
  if (newHead && newTail && !fs.existsSync(newHead)) makedirs(newHead);
  rename(oldPath, newPath);
  const [oldHead, oldTail] = splitRaw(pathArg(oldPath, 'renames'));
  if (oldHead && oldTail) {
    try {
      removedirs(oldHead);
    } catch {
      // Parents that are not empty stay.
    }
  }
  return null;
}

/** os.path.samestat: whether two stat results describe the same file (inode and device). */
function samestat(a: unknown, b: unknown): boolean {
  return truthy(eq(getattrByName(a, 'st_ino'), getattrByName(b, 'st_ino'))) &&
    truthy(eq(getattrByName(a, 'st_dev'), getattrByName(b, 'st_dev')));
}

// ---------------------------------------------------------------------------------------------
// os.path (posixpath.py)

function strOf(p: unknown, fname: string): string {
  const text = strText(p);
  if (text !== undefined) return text;
  const r = p !== null && typeof p === 'object' && typeof (p as { $__fspath__?: unknown }).$__fspath__ === 'function' ? fspath(p) : p;
  if (typeof r === 'string') return r;
  if (r instanceof PyBytes) return raise('TypeError', `${fname}() does not support bytes paths here`);
  return raise('TypeError', `expected str, bytes or os.PathLike object, not ${typeNameOf(p)}`);
}

function joinRaw(a: string, rest: string[]): string {
  let path = a;
  for (const b of rest) {
    if (b.startsWith('/')) path = b;
    else if (!path || path.endsWith('/')) path += b;
    else path += '/' + b;
  }
  return path;
}

function join(a: unknown, ...p: unknown[]): string {
  if (typeof a !== 'string' || p.some((x) => typeof x !== 'string')) {
    // A str subclass instance (a String wrapper object) joins as its text.
    a = unwrapStr(a);
    p = p.map((x) => unwrapStr(x));
    const all = [a, ...p];
    for (const x of all) {
      if (typeof x !== 'string' && !(x !== null && typeof x === 'object' && typeof (x as { $__fspath__?: unknown }).$__fspath__ === 'function')) {
        if (x instanceof PyBytes) {
          return raise('TypeError', "Can't mix strings and bytes in path components");
        }
        return raise('TypeError', `join() argument must be str, bytes, or os.PathLike object, not '${typeNameOf(x)}'`);
      }
    }
    return joinRaw(strOf(a, 'join'), p.map((x) => strOf(x, 'join')));
  }
  return joinRaw(a, p as string[]);
}

function splitRaw(p: string): [string, string] {
  const i = p.lastIndexOf('/') + 1;
  let head = p.slice(0, i);
  const tail = p.slice(i);
  if (head && head !== '/'.repeat(head.length)) head = head.replace(/\/+$/, '');
  return [head, tail];
}

function splitextRaw(p: string): [string, string] {
  const sepIndex = p.lastIndexOf('/');
  const dotIndex = p.lastIndexOf('.');
  if (dotIndex > sepIndex) {
    let filenameIndex = sepIndex + 1;
    while (filenameIndex < dotIndex) {
      if (p[filenameIndex] !== '.') return [p.slice(0, dotIndex), p.slice(dotIndex)];
      filenameIndex++;
    }
  }
  return [p, ''];
}

function normpathRaw(path: string): string {
  if (path === '') return '.';
  let initialSlashes = path.startsWith('/') ? 1 : 0;
  if (initialSlashes && path.startsWith('//') && !path.startsWith('///')) initialSlashes = 2;
  const comps = path.split('/');
  const newComps: string[] = [];
  for (const comp of comps) {
    if (comp === '' || comp === '.') continue;
    if (comp !== '..' || (!initialSlashes && newComps.length === 0) || (newComps.length && newComps[newComps.length - 1] === '..')) {
      newComps.push(comp);
    } else if (newComps.length) {
      newComps.pop();
    }
  }
  let out = newComps.join('/');
  if (initialSlashes) out = '/'.repeat(initialSlashes) + out;
  return out || '.';
}

/**
 * posixpath._joinrealpath: `path` followed by the components of `rest`, symbolic links resolved
 * where they exist; with `strict` false a missing component is kept as it is, and a link loop
 * leaves the rest unresolved (the flag returned is false then).
 */
function joinRealpath(path: string, rest: string, strict: boolean, seen: Map<string, string | null>): [string, boolean] {
  if (rest.startsWith('/')) {
    rest = rest.slice(1);
    path = '/';
  }
  while (rest) {
    const cut = rest.indexOf('/');
    const name = cut < 0 ? rest : rest.slice(0, cut);
    rest = cut < 0 ? '' : rest.slice(cut + 1);
    if (!name || name === '.') continue;
    if (name === '..') {
      if (path) {
        const [head, tail] = splitRaw(path);
        path = tail === '..' ? joinRaw(head, ['..', '..']) : head;
      } else path = '..';
      continue;
    }
    const newpath = joinRaw(path, [name]);
    let isLink = false;
    try {
      isLink = fs.lstatSync(newpath).isSymbolicLink();
    } catch (e) {
      if (strict) raiseOSError(e, newpath);
    }
    if (!isLink) {
      path = newpath;
      continue;
    }
    if (seen.has(newpath)) {
      const known = seen.get(newpath)!;
      if (known !== null) {
        path = known;
        continue;
      }
      if (strict) stat(newpath);
      return [joinRaw(newpath, [rest]), false];
    }
    seen.set(newpath, null);
    let ok: boolean;
    [path, ok] = joinRealpath(path, fs.readlinkSync(newpath), strict, seen);
    if (!ok) return [joinRaw(path, [rest]), false];
    seen.set(newpath, path);
  }
  return [path, true];
}

function abspathRaw(p: string): string {
  if (!p.startsWith('/')) p = joinRaw(process.cwd(), [p]);
  return normpathRaw(p);
}

function exists(p: unknown): boolean {
  try {
    fs.statSync(pathLike(p));
    return true;
  } catch {
    return false;
  }
}

/** A path for the predicates, which answer False (not raise) for paths that cannot exist. */
function pathLike(p: unknown): string {
  if (typeof p === 'string') return p;
  if (p instanceof PyBytes) return Buffer.from(p.b).toString('utf8');
  if (typeof p === 'number' || typeof p === 'boolean') return raise('TypeError', `stat: path should be string, bytes, os.PathLike or integer, not ${typeNameOf(p)}`);
  return pathArg(p, 'stat');
}

function isfile(p: unknown): boolean {
  try {
    return fs.statSync(pathLike(p)).isFile();
  } catch {
    return false;
  }
}

function isdir(p: unknown): boolean {
  try {
    return fs.statSync(pathLike(p)).isDirectory();
  } catch {
    return false;
  }
}

function islink(p: unknown): boolean {
  try {
    return fs.lstatSync(pathLike(p)).isSymbolicLink();
  } catch {
    return false;
  }
}

function getsize(p: unknown): number {
  return stat(p)[6] as number;
}

function expanduser(p: unknown): string {
  const s = strOf(p, 'expanduser');
  if (!s.startsWith('~')) return s;
  const i = s.indexOf('/', 1);
  const end = i < 0 ? s.length : i;
  if (end !== 1) return s;
  const home = process.env.HOME ?? nodeModule('os').homedir();
  const userhome = home.replace(/\/+$/, '');
  return (userhome + s.slice(end)) || '/';
}

function relpath(p: unknown, start: unknown = null): string {
  const path = strOf(p, 'relpath');
  if (!path) raise('ValueError', 'no path specified');
  const st = start === null || start === undefined ? '.' : strOf(start, 'relpath');
  const startList = abspathRaw(st).split('/').filter((x) => x);
  const pathList = abspathRaw(path).split('/').filter((x) => x);
  let i = 0;
  while (i < startList.length && i < pathList.length && startList[i] === pathList[i]) i++;
  const rel = [...Array(startList.length - i).fill('..'), ...pathList.slice(i)];
  return rel.length ? rel.join('/') : '.';
}

function commonprefix(m: unknown): string {
  const items = Array.from(m as Iterable<unknown>).map((x) => strOf(x, 'commonprefix'));
  if (!items.length) return '';
  let s1 = items[0]!;
  let s2 = items[0]!;
  for (const s of items) {
    if (s < s1) s1 = s;
    if (s > s2) s2 = s;
  }
  let i = 0;
  while (i < s1.length && s1[i] === s2[i]) i++;
  return s1.slice(0, i);
}

export function populateOsPath(mod: Record<string, unknown>): void {
  // imported as os.path, but CPython's module is posixpath (lib/posixpath.py hands this one out)
  mod.$__name__ = 'posixpath';
  defineAll(mod, {
    sep: '/',
    curdir: '.',
    pardir: '..',
    extsep: '.',
    altsep: null,
    pathsep: ':',
    defpath: '/bin:/usr/bin',
    devnull: '/dev/null',
    join,
    split: (p: unknown) => tuple(splitRaw(strOf(p, 'split'))),
    splitext: (p: unknown) => tuple(splitextRaw(strOf(p, 'splitext'))),
    basename: (p: unknown) => {
      const s = strOf(p, 'basename');
      return s.slice(s.lastIndexOf('/') + 1);
    },
    dirname: (p: unknown) => {
      const s = strOf(p, 'dirname');
      let head = s.slice(0, s.lastIndexOf('/') + 1);
      if (head && head !== '/'.repeat(head.length)) head = head.replace(/\/+$/, '');
      return head;
    },
    splitdrive: (p: unknown) => tuple(['', strOf(p, 'splitdrive')]),
    exists,
    lexists: (p: unknown) => {
      try {
        fs.lstatSync(pathLike(p));
        return true;
      } catch {
        return false;
      }
    },
    isfile,
    isdir,
    islink,
    isabs: (p: unknown) => strOf(p, 'isabs').startsWith('/'),
    ismount: (p: unknown) => abspathRaw(strOf(p, 'ismount')) === '/',
    getsize,
    getmtime: (p: unknown) => toFloat(stat(p).floats[1]),
    getatime: (p: unknown) => toFloat(stat(p).floats[0]),
    getctime: (p: unknown) => toFloat(stat(p).floats[2]),
    abspath: (p: unknown) => abspathRaw(strOf(p, 'abspath')),
    normpath: (p: unknown) => normpathRaw(strOf(p, 'normpath')),
    normcase: (p: unknown) => fspath(p),
    realpath: kwParams(function realpath(p: unknown, strict: unknown = false): string {
      const s = strOf(p, 'realpath');
      try {
        // The system's realpath: a '..' after a link goes up from where the link leads, as in CPython.
        return fs.realpathSync.native(s.startsWith('/') ? s : `${process.cwd()}/${s}`);
      } catch {
        // Some part is missing (or a link loops): resolve what can be, as posixpath does.
        return abspathRaw(joinRealpath('', s, truthy(strict), new Map())[0]);
      }
    }, 'realpath', ['filename', 'strict']),
    relpath,
    expanduser,
    expandvars: (p: unknown) => strOf(p, 'expandvars').replace(/\$(\w+|\{[^}]*\})/g, (m, name: string) => {
      const key = name.startsWith('{') ? name.slice(1, -1) : name;
      return environ().lookup(key) ?? m;
    }),
    commonprefix,
    samefile: (a: unknown, b: unknown) => samestat(stat(a), stat(b)),
    sameopenfile: (a: unknown, b: unknown) => samestat(fstat(a), fstat(b)),
    samestat,
    commonpath: (paths: unknown) => {
      const items = Array.from(paths as Iterable<unknown>).map((x) => strOf(x, 'commonpath'));
      if (!items.length) raise('ValueError', 'commonpath() arg is an empty sequence');
      const abs = items[0]!.startsWith('/');
      if (items.some((x) => x.startsWith('/') !== abs)) raise('ValueError', "Can't mix absolute and relative paths");
      const split = items.map((x) => x.split('/').filter((c) => c && c !== '.'));
      let common = split[0]!;
      for (const s of split) {
        let i = 0;
        while (i < common.length && i < s.length && common[i] === s[i]) i++;
        common = common.slice(0, i);
      }
      return (abs ? '/' : '') + common.join('/');
    },
  });
}

// ---------------------------------------------------------------------------------------------
// The os module

/** The key or value of an environment entry: only str is accepted. */
function envText(x: unknown): string {
  return strText(x) ?? raise('TypeError', `str expected, not ${typeNameOf(x)}`);
}

/** A name or value for putenv/unsetenv: str, bytes or a path, without NUL characters. */
function envArg(x: unknown): string {
  const r = fspath(x);
  const text = typeof r === 'string' ? r : Buffer.from(bytesData(r)).toString('utf8');
  if (text.includes('\0')) raise('ValueError', 'embedded null byte');
  return text;
}

/** The C library refuses an empty name or one holding '=' (EINVAL). */
function checkEnvName(name: string): void {
  if (name === '' || name.includes('=')) raiseOSError({ code: 'EINVAL' });
}

/** os.putenv(name, value): set a variable of the process environment (os.environ unchanged). */
function putenv(key: unknown, value: unknown): null {
  const name = envArg(key);
  const text = envArg(value);
  if (name.includes('=')) raise('ValueError', 'illegal environment variable name');
  checkEnvName(name);
  process.env[name] = text;
  return null;
}

/** os.unsetenv(name): remove a variable from the process environment (os.environ unchanged). */
function unsetenv(key: unknown): null {
  const name = envArg(key);
  checkEnvName(name);
  delete process.env[name];
  return null;
}

/** os.environ: a str -> str mapping whose changes are also made to the process environment. */
class Environ {
  readonly data = new PyDict();

  constructor() {
    for (const [k, v] of Object.entries(process.env)) if (v !== undefined) this.data.set(k, v);
  }

  lookup(key: unknown): string | undefined {
    return this.data.get(envText(key)) as string | undefined;
  }

  store(key: unknown, value: unknown): void {
    // As CPython's encode/decode round trip: a str subclass is stored as plain text.
    const name = envText(key);
    const text = envText(value);
    putenv(name, text);
    this.data.set(name, text);
  }

  remove(key: unknown): void {
    const name = envText(key);
    unsetenv(name);
    if (!this.data.delete(name)) keyError(key);
  }

  /** The entries of a mapping or an iterable of pairs, plus keyword arguments, in order. */
  static entries(arg: unknown, kw: [string, unknown][] | null): [unknown, unknown][] {
    const staged = new PyDict();
    if (arg !== undefined) (isMapping(arg) ? updateFromMapping : updateFromPairs)(staged, arg);
    for (const [k, v] of kw ?? []) staged.set(k, v);
    return Array.from(staged.m.keys(), (k) => [staged.keyOf(k), staged.m.get(k)]);
  }

  update(arg: unknown, kw: [string, unknown][] | null): void {
    for (const [k, v] of Environ.entries(arg, kw)) this.store(k, v);
  }
}

/** A dict holding the entries of a mapping (an Environ's, a dict's, or any other mapping's). */
function asDict(x: unknown): PyDict {
  if (x instanceof Environ) return dictCopy(x.data);
  const d = new PyDict();
  updateFromMapping(d, x);
  return d;
}

function environUpdate(this: Environ, ...pos: unknown[]): null {
  if (pos.length > 1) raise('TypeError', `update expected at most 1 argument, got ${pos.length}`);
  this.update(pos[0], null);
  return null;
}
(environUpdate as KwFn).$kw = function (this: unknown, pos: unknown[], kw: [string, unknown][] | null): null {
  if (pos.length > 1) raise('TypeError', `update expected at most 1 argument, got ${pos.length}`);
  (this as Environ).update(pos[0], kw);
  return null;
};

const environType: PyType = builtinType({
  name: '_Environ',
  module: 'os',
  proto: Environ.prototype,
  final: true,
  methods: {
    __getitem__(this: Environ, key: unknown): string {
      return this.lookup(key) ?? keyError(key);
    },
    __setitem__(this: Environ, key: unknown, value: unknown): null {
      this.store(key, value);
      return null;
    },
    __delitem__(this: Environ, key: unknown): null {
      this.remove(key);
      return null;
    },
    __contains__(this: Environ, key: unknown): boolean {
      return this.lookup(key) !== undefined;
    },
    // Iteration walks a snapshot of the names, so the loop may change the environment.
    __iter__(this: Environ): unknown {
      return (tuple(Array.from(this.data.m.keys())) as unknown as { $__iter__(): unknown }).$__iter__();
    },
    __len__(this: Environ): number {
      return this.data.m.size;
    },
    __repr__(this: Environ): string {
      return `environ(${repr(this.data)})`;
    },
    __eq__(this: Environ, other: unknown): unknown {
      if (other instanceof Environ) return other === this || (this.data as any).$__eq__(other.data);
      return isMapping(other) ? (this.data as any).$__eq__(asDict(other)) : NotImplemented;
    },
    __or__(this: Environ, other: unknown): unknown {
      if (!isMapping(other)) return NotImplemented;
      const merged = dictCopy(this.data);
      updateFromMapping(merged, asDict(other));
      return merged;
    },
    __ror__(this: Environ, other: unknown): unknown {
      if (!isMapping(other)) return NotImplemented;
      const merged = asDict(other);
      updateFromMapping(merged, this.data);
      return merged;
    },
    __ior__(this: Environ, other: unknown): Environ {
      this.update(other, null);
      return this;
    },
    get(this: Environ, key: unknown, dflt: unknown = null): unknown {
      return this.lookup(key) ?? dflt;
    },
    setdefault(this: Environ, key: unknown, value: unknown = null): unknown {
      const found = this.lookup(key);
      if (found !== undefined) return found;
      this.store(key, value);
      return value;
    },
    pop(this: Environ, key: unknown, ...dflt: unknown[]): unknown {
      const found = this.lookup(key);
      if (found === undefined) return dflt.length ? dflt[0] : keyError(key);
      this.remove(key);
      return found;
    },
    popitem(this: Environ): PyTuple {
      const first = this.data.m.keys().next();
      if (first.done) return throwPy(makeExc('KeyError'));
      const value = this.data.m.get(first.value);
      this.remove(first.value);
      return tuple([first.value, value]);
    },
    clear(this: Environ): null {
      for (const k of Array.from(this.data.m.keys())) this.remove(k);
      return null;
    },
    update: environUpdate,
    copy(this: Environ): PyDict {
      return dictCopy(this.data);
    },
    keys(this: Environ): unknown {
      return (this.data as any).$keys();
    },
    values(this: Environ): unknown {
      return (this.data as any).$values();
    },
    items(this: Environ): unknown {
      return (this.data as any).$items();
    },
  },
});

/** The one os.environ, made when os is first imported (expandvars reads it too). */
let theEnviron: Environ | null = null;

function environ(): Environ {
  void environType;
  theEnviron ??= new Environ();
  return theEnviron;
}

/**
 * os.environb: the environment as bytes, read when os is imported. It is a plain dict of what the
 * environment held then (CPython's is a second live view over the same variables).
 */
function environBytes(): PyDict {
  const d = new PyDict();
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined) d.set(bytesFromU8(Buffer.from(k, 'utf8')), bytesFromU8(Buffer.from(v, 'utf8')));
  }
  return d;
}

export function populateOs(mod: Record<string, unknown>, pathModule: unknown): void {
  defineAll(mod, {
    name: 'posix',
    sep: '/',
    altsep: null,
    curdir: '.',
    pardir: '..',
    extsep: '.',
    pathsep: ':',
    linesep: '\n',
    devnull: '/dev/null',
    path: pathModule,
    environ: environ(),
    environb: environBytes(),
    error: exceptionTypes.get('OSError'),
    getenv: kwParams(function getenv(key: unknown, dflt: unknown = null): unknown {
      return environ().lookup(key) ?? dflt;
    }, 'getenv', ['key', 'default']),
    putenv,
    unsetenv,
    getcwd,
    getcwdb: () => bytesFromU8(Buffer.from(process.cwd(), 'utf8')),
    chdir,
    listdir,
    scandir,
    symlink,
    link,
    readlink,
    mkdir,
    makedirs,
    remove,
    unlink,
    rmdir,
    removedirs,
    rename,
    replace,
    utime,
    chmod,
    umask: (mask: unknown) => process.umask(Number(toIndex(mask))),
    // The file system encoding is UTF-8 with surrogateescape: undecodable bytes of a name become
    // lone surrogates U+DC80..U+DCFF and go back to the same bytes.
    fsencode: (p: unknown) => {
      const r = fspath(p);
      return typeof r === 'string' ? bytesFromU8(encodeAs(r, 'utf-8', 'surrogateescape')) : r;
    },
    fsdecode: (p: unknown) => {
      const r = fspath(p);
      return typeof r === 'string' ? r : decodeAs(bytesData(r), 'utf-8', 'surrogateescape');
    },
    stat,
    lstat,
    fstat,
    fdopen,
    statvfs,
    fstatvfs,
    statvfs_result: statvfsResultType,
    ST_RDONLY: 1,
    ST_NOSUID: 2,
    open: osOpen,
    read: osRead,
    write: osWrite,
    lseek,
    close: osClose,
    truncate,
    ftruncate,
    fsync,
    kill,
    renames,
    ...openFlags(),
    isatty,
    get_exec_path: getExecPath,
    defpath: '/bin:/usr/bin',
    DirEntry: dirEntryType,
    stat_result: statResultType,
    PathLike: pathLikeType,
    walk,
    fspath: function fspath(p: unknown): unknown {
      return pathLikeValue(p);
    },
    getpid: () => process.pid,
    getppid: () => process.ppid,
    getuid: () => (process.getuid ? process.getuid() : 0),
    getgid: () => (process.getgid ? process.getgid() : 0),
    geteuid: () => (process.geteuid ? process.geteuid() : 0),
    getlogin: () => nodeModule('os').userInfo().username,
    cpu_count: () => nodeModule('os').cpus().length || null,
    urandom,
    strerror,
    access,
    chown,
    lchown: kwParams(function lchown(p: unknown, uid: unknown, gid: unknown): null {
      return chown(p, uid, gid, null, false);
    }, 'lchown', ['path', 'uid', 'gid']),
    F_OK: 0,
    R_OK: 4,
    W_OK: 2,
    X_OK: 1,
    SEEK_SET: 0,
    SEEK_CUR: 1,
    SEEK_END: 2,
    uname,
    confstr,
    sysconf,
    sysconf_names: sysconfNames(),
    get_terminal_size: getTerminalSize,
    terminal_size: terminalSizeType,
    system,
    _exit: (code: unknown) => {
      process.exit(Number(toIndex(code)));
    },
  });
  void isBytesLike;
  void bytesData;
}

// Registered here, not in stdlib/index.ts, so that a program that never imports the module can
// leave this file out of its output (compiler/bundle.ts).
nativeModule('os', (mod) => populateOs(mod, importModule('os.path')));
nativeModule('os.path', populateOsPath);

// BEGIN GENERATED argument counts (scripts/gen-native-signatures.py)
registerSignatures('os', 'posix', '_exit K 1 1 :status;access K 2 2 :path,mode +5/0;chdir K 1 1 :path;chmod K 2 2 :path,mode +4/0;chown K 3 3 :path,uid,gid +5/0;close K 1 1 :fd;confstr O 1 1;cpu_count N 0 0;fdopen Y 1 * @os :fd,mode,buffering,encoding|**;fsdecode Y 1 1 @os =_fscodec.<locals>.fsdecode() :filename;fsencode Y 1 1 @os =_fscodec.<locals>.fsencode() :filename;fspath K 1 1 :path;fstat K 1 1 :fd;fsync K 1 1 :fd;fstatvfs O 1 1;ftruncate P 2 2;get_exec_path Y 0 1 @os :env;get_terminal_size P 0 1;getcwd N 0 0;getcwdb N 0 0;getenv Y 1 2 @os :key,default;geteuid N 0 0;getgid N 0 0;getlogin N 0 0;getpid N 0 0;getppid N 0 0;getuid N 0 0;isatty O 1 1;kill T 2 2;lchown K 3 3 :path,uid,gid;link K 2 2 :src,dst +5/0;listdir K 0 1 :path;lseek P 3 3;lstat K 1 1 :path +2/0;makedirs Y 1 3 @os :name,mode,exist_ok;mkdir K 1 2 :path,mode +3/0;open K 2 3 :path,flags,mode +4/0;putenv P 2 2;read P 2 2;readlink K 1 1 :path +2/0;remove K 1 1 :path +2/0;removedirs Y 1 1 @os :name;rename K 2 2 :src,dst +4/0;renames Y 2 2 @os :old,new;replace K 2 2 :src,dst +4/0;rmdir K 1 1 :path +2/0;scandir K 0 1 :path;stat K 1 1 :path +3/0;statvfs K 1 1 :path;strerror O 1 1;sysconf O 1 1;symlink K 2 3 :src,dst,target_is_directory +4/0;system K 1 1 :command;truncate K 2 2 :path,length;umask O 1 1;uname N 0 0;unlink K 1 1 :path +2/0;unsetenv O 1 1;urandom O 1 1;utime K 1 2 :path,times +5/0;walk Y 1 4 @os :top,topdown,onerror,followlinks;write P 2 2');
registerSignatures('os.path', 'posixpath', 'abspath Y 1 1 :path;basename Y 1 1 :p;commonpath Y 1 1 :paths;commonprefix Y 1 1 @genericpath :m;dirname Y 1 1 :p;exists Y 1 1 @genericpath :path;expanduser Y 1 1 :path;expandvars Y 1 1 :path;getatime Y 1 1 @genericpath :filename;getctime Y 1 1 @genericpath :filename;getmtime Y 1 1 @genericpath :filename;getsize Y 1 1 @genericpath :filename;isabs Y 1 1 :s;isdir Y 1 1 @genericpath :s;isfile Y 1 1 @genericpath :path;islink Y 1 1 :path;ismount Y 1 1 :path;join Y 1 * :a;lexists Y 1 1 :path;normcase Y 1 1 :s;normpath Y 1 1 :path;realpath Y 1 1 :filename|strict;relpath Y 1 2 :path,start;samefile Y 2 2 @genericpath :f1,f2;sameopenfile Y 2 2 @genericpath :fp1,fp2;samestat Y 2 2 @genericpath :s1,s2;split Y 1 1 :p;splitdrive Y 1 1 :p;splitext Y 1 1 :p');
// END GENERATED
