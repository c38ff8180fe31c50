// The `time` module (Modules/timemodule.c): clocks, a real blocking sleep, struct_time, and the
// conversions between seconds and broken-down time (gmtime, localtime, mktime, strftime).
//
// Clocks: time() is the wall clock with sub-millisecond resolution (performance.timeOrigin +
// performance.now()); monotonic() and perf_counter() are process.hrtime, which is
// CLOCK_MONOTONIC like CPython's. sleep() blocks the whole process with Atomics.wait on a
// SharedArrayBuffer cell nobody notifies, after flushing buffered stdout so that output printed
// before the sleep is visible during it. Local time follows the process's TZ through JS Date.

import { unwrapStr } from '../strvalue.js';
import { makeExc, raise, throwPy } from '../exceptions.js';
import { isProgramThread as isNetThread, NetInterrupt, sleep as netSleep } from '../net/blocking.js';
import { PyFloat, toFloat, floatToInt } from '../float.js';
import { bigToInt } from '../int.js';
import { builtinType, type PyType } from '../object.js';
import { repr } from '../repr.js';
import { toIndex, typeNameOf } from '../slice.js';
import { PyTuple, tuple, tupleType } from '../tuple.js';
import { flushStdout } from '../io.js';
import { iter } from '../ops.js';
import { defineAll, isFloat, toDouble } from './common.js';
import { nativeModule } from '../module.js';
import { registerSignatures } from '../native_signatures.js';

// ---------------------------------------------------------------------------------------------
// Clocks

const hrStart = process.hrtime.bigint();

function time(): number | PyFloat {
  return toFloat((performance.timeOrigin + performance.now()) / 1000);
}

function timeNs(): number | bigint {
  const ms = performance.timeOrigin + performance.now();
  return bigToInt(BigInt(Math.floor(ms)) * 1000000n + BigInt(Math.floor((ms % 1) * 1e6)));
}

function monotonicNs(): number | bigint {
  return bigToInt(process.hrtime.bigint());
}

function monotonic(): number | PyFloat {
  // The same clock as monotonicNs, read as [seconds, nanoseconds]: no BigInt to make and convert.
  const [seconds, nanos] = process.hrtime();
  return toFloat(seconds + nanos / 1e9);
}

function processTime(): number | PyFloat {
  const u = process.cpuUsage();
  return toFloat((u.user + u.system) / 1e6);
}

function processTimeNs(): number | bigint {
  const u = process.cpuUsage();
  return (u.user + u.system) * 1000;
}

function threadTime(): number | PyFloat {
  return processTime();
}

const sleepCell = new Int32Array(new SharedArrayBuffer(4));

function sleep(secs: unknown): null {
  let s: number;
  if (typeof secs === 'number' || typeof secs === 'bigint' || typeof secs === 'boolean' || secs instanceof PyFloat) {
    s = toDouble(secs);
  } else if (secs !== null && typeof secs === 'object' && typeof (secs as { $__float__?: unknown }).$__float__ === 'function') {
    s = toDouble(secs);
  } else {
    return raise('TypeError', `'${typeNameOf(secs)}' object cannot be interpreted as an integer`);
  }
  if (s !== s) raise('ValueError', 'Invalid value NaN (not a number)');
  if (s < 0) raise('ValueError', 'sleep length must be non-negative');
  flushStdout();
  if (isNetThread()) {
    // The program thread of a memphis.net program: a sleep Ctrl-C can interrupt.
    try {
      netSleep(s);
    } catch (e) {
      if (e instanceof NetInterrupt) throwPy(makeExc('KeyboardInterrupt'));
      throw e;
    }
    return null;
  }
  let ms = s * 1000;
  const end = performance.now() + ms;
  while (ms > 0) {
    Atomics.wait(sleepCell, 0, 0, Math.min(ms, 2 ** 31 - 1));
    ms = end - performance.now();
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// struct_time

const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst'];

class StructTime extends PyTuple {
  // Instances are tuples given this prototype (makeStructTime), so fields start out undefined.
  declare zoneValue: unknown;
  /** localtime()'s instant, whose zone name is looked up only when read (see zoneName). */
  declare zoneAt: PendingZone | null | undefined;
  declare gmtoff: unknown;

  get zone(): unknown {
    if (this.zoneAt) {
      this.zoneValue = settleZone(this.zoneAt);
      this.zoneAt = null;
    }
    return this.zoneValue ?? null;
  }

  set zone(value: unknown) {
    this.zoneValue = value;
    this.zoneAt = null;
  }
}

function structTimeNew(cls: PyType, pos: unknown[]): PyTuple {
  void cls;
  const seq = pos[0];
  if (seq === undefined) raise('TypeError', "structseq() missing required argument 'sequence' (pos 1)");
  const items = Array.from(iter(seq) as Iterable<unknown>);
  if (items.length < 9) raise('TypeError', `time.struct_time() takes an at least 9-sequence (${items.length}-sequence given)`);
  if (items.length > 11) raise('TypeError', `time.struct_time() takes an at most 11-sequence (${items.length}-sequence given)`);
  const t = makeStructTime(items.slice(0, 9) as number[]);
  if (items.length > 9) t.zone = items[9];
  if (items.length > 10) t.gmtoff = items[10];
  return t;
}

export const structTimeType: PyType = builtinType({
  name: 'struct_time',
  module: 'time',
  base: tupleType,
  proto: StructTime.prototype,
  final: true,
  construct: (cls: PyType, pos: unknown[]) => structTimeNew(cls, pos),
  methods: {
    __repr__(this: PyTuple): string {
      return `time.struct_time(${FIELDS.map((f, i) => `${f}=${repr(this[i])}`).join(', ')})`;
    },
  },
  getters: {
    ...Object.fromEntries(FIELDS.map((f, i) => [f, (t: PyTuple) => t[i]])),
    tm_zone: (t: StructTime) => t.zone,
    tm_gmtoff: (t: StructTime) => t.gmtoff ?? null,
  },
});

function makeStructTime(items: unknown[]): StructTime {
  const t = tuple(items);
  return Object.setPrototypeOf(t, StructTime.prototype) as StructTime;
}

function yday(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86400000) + 1;
}

/** The seconds argument of gmtime/localtime/ctime: None or omitted means now. */
function secondsArg(secs: unknown): number {
  if (secs === undefined || secs === null) return Math.floor((performance.timeOrigin + performance.now()) / 1000);
  if (isFloat(secs)) {
    const v = toDouble(secs);
    if (v !== v) raise('ValueError', 'Invalid value NaN (not a number)');
    const i = floatToInt(Math.trunc(v));
    return Number(i);
  }
  if (typeof secs === 'string' || secs === null || typeof secs !== 'object' && typeof secs !== 'number' && typeof secs !== 'bigint' && typeof secs !== 'boolean') {
    raise('TypeError', `'${typeNameOf(secs)}' object cannot be interpreted as an integer`);
  }
  return Number(toIndex(secs));
}

function gmtimeOf(s: number): StructTime {
  const d = new Date(s * 1000);
  if (Number.isNaN(d.getTime())) raise('OverflowError', 'timestamp out of range for platform time_t');
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  const t = makeStructTime([y, m, day, d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), (d.getUTCDay() + 6) % 7, yday(y, m, day), 0]);
  t.zone = 'GMT'; // glibc's gmtime_r, which CPython's gmtime reports
  t.gmtoff = 0;
  return t;
}

/** Whether local time observes DST at `d`, by comparing its offset with January's and July's. */
function isDst(d: Date): boolean {
  const jan = new Date(d.getFullYear(), 0, 1).getTimezoneOffset();
  const jul = new Date(d.getFullYear(), 6, 1).getTimezoneOffset();
  return jan !== jul && d.getTimezoneOffset() === Math.min(jan, jul);
}

// The first Intl.DateTimeFormat loads ICU's time-zone data (tens of ms), so zone names are computed
// only when a program reads one (tzname, tm_zone, %Z), with one formatter kept per TZ setting
// (os.environ writes TZ through to process.env, which Node's Date follows).
let zoneFormat: Intl.DateTimeFormat | null = null;
let zoneFormatTz: string | undefined;

/** A zone name computed late, under the TZ setting of the moment it stands for. */
interface PendingZone {
  at: Date;
  tz: string | undefined;
}

function pendingZone(at: Date): PendingZone {
  return { at, tz: process.env.TZ };
}

function settleZone(p: PendingZone): string {
  const now = process.env.TZ;
  if (now === p.tz) return zoneName(p.at);
  setTz(p.tz);
  try {
    return zoneName(p.at);
  } finally {
    setTz(now);
  }
}

function setTz(tz: string | undefined): void {
  if (tz === undefined) delete process.env.TZ;
  else process.env.TZ = tz;
}

function zoneName(d: Date): string {
  try {
    if (zoneFormat === null || zoneFormatTz !== process.env.TZ) {
      zoneFormat = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short' });
      zoneFormatTz = process.env.TZ;
    }
    const parts = zoneFormat.formatToParts(d);
    const z = parts.find((p) => p.type === 'timeZoneName')?.value ?? 'UTC';
    if (z === 'GMT' || z === 'UTC') return process.env.TZ === undefined || process.env.TZ === '' || /^(UTC|GMT|Etc\/UTC)/.test(process.env.TZ) ? 'UTC' : z;
    return z;
  } catch {
    return 'UTC';
  }
}

function localtimeOf(s: number): StructTime {
  const d = new Date(s * 1000);
  if (Number.isNaN(d.getTime())) raise('OverflowError', 'timestamp out of range for platform time_t');
  const y = d.getFullYear();
  const m = d.getMonth() + 1;
  const day = d.getDate();
  const t = makeStructTime([y, m, day, d.getHours(), d.getMinutes(), d.getSeconds(), (d.getDay() + 6) % 7, yday(y, m, day), isDst(d) ? 1 : 0]);
  t.zoneAt = pendingZone(d);
  t.gmtoff = -d.getTimezoneOffset() * 60;
  return t;
}

/** A struct_time or 9-tuple argument as numbers (gettmarg). */
function tmArg(t: unknown, fname: string): number[] {
  if (!(t instanceof PyTuple)) raise('TypeError', `Tuple or struct_time argument required`);
  if (t.length !== 9 && !(t instanceof StructTime)) raise('TypeError', `${fname}(): illegal time tuple argument`);
  return Array.from(t).slice(0, 9).map((v) => {
    if (isFloat(v)) raise('TypeError', "'float' object cannot be interpreted as an integer");
    return Number(toIndex(v));
  });
}

function mktime(t: unknown): number | PyFloat {
  const [y, mo, d, h, mi, s] = tmArg(t, 'mktime');
  const date = new Date(y!, mo! - 1, d!, h!, mi!, s!);
  if (y! >= 0 && y! < 100) date.setFullYear(y!);
  return toFloat(Math.floor(date.getTime() / 1000));
}

// ---------------------------------------------------------------------------------------------
// strftime and friends (C locale)

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (n: number, w = 2, c = '0'): string => {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= w ? s : c.repeat(w - s.length) + s);
};

/** ISO 8601 week-based year and week number of a date. */
function isoWeek(y: number, yd: number, wd: number): [number, number] {
  // wd: Monday=0
  const wk = Math.floor((yd - 1 - wd + 10) / 7);
  if (wk < 1) {
    const py = y - 1;
    const pyLen = (py % 4 === 0 && py % 100 !== 0) || py % 400 === 0 ? 366 : 365;
    return isoWeek(py, yd + pyLen, wd);
  }
  const len = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 366 : 365;
  if (wk === 53 && yd - wd + 3 > len) return [y + 1, 1];
  return [y, wk];
}

// glibc's strftime grammar: `%` [flags `_ - 0 ^ #`]* [width] [modifier `E` | `O`] conversion.
// Numbers are zero-padded to their natural width (or the field width, if larger): `_` pads with
// spaces, `-` not at all, `0` with zeros. Other fields are padded on the left to the field width
// with spaces (zeros under `0`). `^` upper-cases the field; `#` swaps the case of names (upper
// case for day and month names, lower case for AM/PM and the zone). A conversion that refuses
// its modifier, or an unknown one, is copied out as written (directive and all).

interface Directive {
  pad: string; // '' (none given), '_', '-' or '0'
  width: number; // -1 when not given
  upper: boolean;
  swapCase: boolean;
  modifier: string; // '', 'E' or 'O'
}

/** The broken-down time being formatted (f holds year..yday as tmArg gives them). */
interface TimeFields {
  f: number[];
  zone: string;
  gmtoff: number | null;
  micro: number | undefined;
}

/** Pad a finished field on the left to the field width (glibc's `add`). */
function padField(text: string, d: Directive, width = d.width): string {
  if (width <= text.length) return text;
  return (d.pad === '0' ? '0' : ' ').repeat(width - text.length) + text;
}

/** A number at least `minDigits` wide (or as wide as the field), padded as the flags say. */
function numberField(value: number, minDigits: number, d: Directive, spaceByDefault = false): string {
  const digits = Math.max(minDigits, d.width);
  const pad = d.pad === '' && spaceByDefault ? '_' : d.pad;
  const negative = value < 0;
  let body = (negative ? '-' : '') + String(Math.abs(value));
  let prefix = '';
  let width = d.width;
  const shortfall = digits - body.length;
  if (pad !== '-' && shortfall > 0) {
    if (pad === '_') {
      prefix = ' '.repeat(shortfall);
    } else {
      // Zeros go between the sign and the digits.
      prefix = (negative ? '-' : '') + '0'.repeat(shortfall);
      if (negative) body = body.slice(1);
    }
    width = width > shortfall ? width - shortfall : 0;
  }
  return prefix + padField(body, { ...d, pad }, width);
}

const hour12 = (h: number): number => (h % 12 === 0 ? 12 : h % 12);

/** Conversions that stand for another format (the C locale's), with the modifiers they refuse. */
const COMPOSITES: Record<string, [string, string]> = {
  c: ['%a %b %e %H:%M:%S %Y', 'O'],
  D: ['%m/%d/%y', 'EO'],
  F: ['%Y-%m-%d', 'EO'],
  r: ['%I:%M:%S %p', ''],
  R: ['%H:%M', ''],
  T: ['%H:%M:%S', ''],
  x: ['%m/%d/%y', 'O'],
  X: ['%H:%M:%S', 'O'],
};

/** The modifiers each simple conversion refuses (the rest accept both, or have no use for them). */
const REFUSED_MODIFIERS: Record<string, string> = {
  a: 'EO', A: 'EO', b: 'E', h: 'E', B: 'E', d: 'E', e: 'E', g: 'E', G: 'E', H: 'E', I: 'E',
  j: 'E', k: 'E', l: 'E', m: 'E', M: 'E', S: 'E', U: 'E', V: 'E', w: 'E', W: 'E', Y: 'O',
};

function letterCase(text: string, upper: boolean, lower: boolean): string {
  if (lower) return text.toLowerCase();
  return upper ? text.toUpperCase() : text;
}

/** One conversion's text; null when glibc would reject it (the directive is then copied out). */
function convert(conv: string, d: Directive, t: TimeFields): string | null {
  const [y, mo, day, h, mi, s, wd, yd] = t.f as [number, number, number, number, number, number, number, number];
  if (d.modifier && REFUSED_MODIFIERS[conv]?.includes(d.modifier)) {
    // The month names take up `#` before looking at the modifier, so the copy is upper-cased.
    if (d.swapCase && (conv === 'b' || conv === 'h')) d.upper = true;
    return null;
  }
  const name = (text: string): string => padField(letterCase(text, d.upper || d.swapCase, false), d);
  switch (conv) {
    case 'a': return name(DAYS[wd]!.slice(0, 3));
    case 'A': return name(DAYS[wd]!);
    case 'b': case 'h': return name(MONTHS[mo - 1]!.slice(0, 3));
    case 'B': return name(MONTHS[mo - 1]!);
    case 'p': case 'P': {
      const lower = conv === 'P' || d.swapCase;
      return padField(letterCase(h < 12 ? 'AM' : 'PM', d.upper, lower), d);
    }
    case 'Z': return padField(letterCase(t.zone, d.upper, d.swapCase), d);
    case 'C': return numberField(Math.floor(y / 100), 1, d);
    case 'd': return numberField(day, 2, d);
    case 'e': return numberField(day, 2, d, true);
    case 'G': return numberField(isoWeek(y, yd, wd)[0], 1, d);
    case 'g': return numberField(((isoWeek(y, yd, wd)[0] % 100) + 100) % 100, 2, d);
    case 'H': return numberField(h, 2, d);
    case 'I': return numberField(hour12(h), 2, d);
    case 'j': return numberField(yd, 3, d);
    case 'k': return numberField(h, 2, d, true);
    case 'l': return numberField(hour12(h), 2, d, true);
    case 'm': return numberField(mo, 2, d);
    case 'M': return numberField(mi, 2, d);
    case 'S': return numberField(s, 2, d);
    case 'u': return numberField(wd + 1, 1, d);
    case 'w': return numberField((wd + 1) % 7, 1, d);
    case 'U': return numberField(Math.floor((yd - 1 + 7 - ((wd + 1) % 7)) / 7), 2, d);
    case 'W': return numberField(Math.floor((yd - 1 + 7 - wd) / 7), 2, d);
    case 'V': return numberField(isoWeek(y, yd, wd)[1], 2, d);
    case 'y': return numberField(((y % 100) + 100) % 100, 2, d);
    case 'Y': return numberField(y, 1, d);
    case 's': {
      // mktime of the fields read as local time (the zone and offset fields play no part), at
      // its natural width; only the field width pads it.
      const local = new Date(y, mo - 1, day, h, mi, s);
      if (y >= 0 && y < 100) local.setFullYear(y);
      const secs = Math.floor(local.getTime() / 1000);
      return padField(String(secs), d);
    }
    case 'z': {
      if (t.gmtoff === null) return '';
      const minutes = Math.trunc(Math.abs(t.gmtoff) / 60);
      const sign = padField(t.gmtoff < 0 ? '-' : '+', d);
      return sign + numberField(Math.floor(minutes / 60) * 100 + (minutes % 60), 4, d);
    }
    case 'n': return padField('\n', d);
    case 't': return padField('\t', d);
    case '%': return padField('%', d);
    case 'f': return t.micro === undefined ? null : numberField(t.micro, 6, d);
  }
  const composite = COMPOSITES[conv];
  if (composite === undefined || (d.modifier !== '' && composite[1].includes(d.modifier))) return null;
  const text = formatTime(composite[0], t);
  return padField(d.upper ? text.toUpperCase() : text, d);
}

/** Expand every directive of `fmt` (see the grammar above). */
function formatTime(fmt: string, t: TimeFields): string {
  let out = '';
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i]!;
    if (c !== '%') {
      out += c;
      i++;
      continue;
    }
    const start = i++;
    const d: Directive = { pad: '', width: -1, upper: false, swapCase: false, modifier: '' };
    for (; i < fmt.length && '_-0^#'.includes(fmt[i]!); i++) {
      const flag = fmt[i]!;
      if (flag === '^') d.upper = true;
      else if (flag === '#') d.swapCase = true;
      else d.pad = flag;
    }
    if (i < fmt.length && fmt[i]! >= '0' && fmt[i]! <= '9') {
      d.width = 0;
      for (; i < fmt.length && fmt[i]! >= '0' && fmt[i]! <= '9'; i++) d.width = Math.min(d.width * 10 + Number(fmt[i]), 0x7fffffff);
    }
    if (i < fmt.length && (fmt[i] === 'E' || fmt[i] === 'O')) d.modifier = fmt[i++]!;
    // A directive cut short by the end of the format is copied out as far as it goes.
    const conv = i < fmt.length ? fmt[i++]! : '';
    const text = conv === '' ? null : convert(conv, d, t);
    out += text ?? padField(letterCase(fmt.slice(start, i), d.upper, false), d);
  }
  return out;
}

/** Format broken-down time with the C library's directives (glibc's, in the C locale). */
export function strftimeFields(fmt: string, f: number[], zone: string, gmtoff: number | null, micro?: number): string {
  return formatTime(fmt, { f, zone, gmtoff, micro });
}

function strftime(fmt: unknown, t?: unknown): string {
  fmt = unwrapStr(fmt);
  if (typeof fmt !== 'string') raise('TypeError', `strftime() argument 1 must be str, not ${typeNameOf(fmt)}`);
  let st: StructTime;
  if (t === undefined) st = localtimeOf(secondsArg(undefined));
  else if (t instanceof StructTime) st = t;
  else st = makeStructTime(tmArg(t, 'strftime'));
  const f = tmArg(st, 'strftime');
  if (f[1]! < 1 || f[1]! > 12) {
    if (f[1] === 0) f[1] = 1;
    else raise('ValueError', 'month out of range');
  }
  if (f[2] === 0) f[2] = 1;
  if (f[2]! < 0 || f[2]! > 31) raise('ValueError', 'day of month out of range');
  if (f[3]! < 0 || f[3]! > 23) raise('ValueError', 'hour out of range');
  if (f[4]! < 0 || f[4]! > 59) raise('ValueError', 'minute out of range');
  if (f[5]! < 0 || f[5]! > 61) raise('ValueError', 'seconds out of range');
  if (f[6]! < 0) f[6] = ((f[6]! % 7) + 7) % 7;
  if (f[7] === 0) f[7] = 1;
  if (f[7]! < 0 || f[7]! > 366) raise('ValueError', 'day of year out of range');
  const zone = typeof st.zone === 'string' ? st.zone : zoneName(new Date());
  const gmtoff = typeof st.gmtoff === 'number' ? st.gmtoff : null;
  return strftimeFields(fmt, f, zone, gmtoff);
}

function asctimeOf(f: number[]): string {
  const [y, mo, d, h, mi, s, wd] = f as [number, number, number, number, number, number, number];
  return `${DAYS[wd]!.slice(0, 3)} ${MONTHS[mo - 1]!.slice(0, 3)} ${pad(d, 2, ' ')} ${pad(h)}:${pad(mi)}:${pad(s)} ${y}`;
}

function asctime(t?: unknown): string {
  const st = t === undefined ? localtimeOf(secondsArg(undefined)) : t;
  return asctimeOf(tmArg(st, 'asctime'));
}

function ctime(secs?: unknown): string {
  return asctimeOf(tmArg(localtimeOf(secondsArg(secs)), 'ctime'));
}

/** A small strptime for the common numeric directives. */
function strptime(s: unknown, fmt: unknown = '%a %b %d %H:%M:%S %Y'): StructTime {
  s = unwrapStr(s);
  if (typeof s !== 'string') raise('TypeError', `strptime() argument 1 must be str, not ${typeNameOf(s)}`);
  fmt = unwrapStr(fmt);
  if (typeof fmt !== 'string') raise('TypeError', `strptime() argument 2 must be str, not ${typeNameOf(fmt)}`);
  const r = parseTime(s, fmt);
  const wd = (new Date(Date.UTC(r.y, r.mo - 1, r.d)).getUTCDay() + 6) % 7;
  return makeStructTime([r.y, r.mo, r.d, r.h, r.mi, r.s, wd, yday(r.y, r.mo, r.d), -1]);
}

export interface ParsedTime { y: number; mo: number; d: number; h: number; mi: number; s: number; us: number; pm: boolean | null; }

/** Parse `s` against a strptime format (C locale); raises CPython's ValueError on mismatch. */
export function parseTime(s: string, fmt: string): ParsedTime {
  const r: ParsedTime = { y: 1900, mo: 1, d: 1, h: 0, mi: 0, s: 0, us: 0, pm: null };
  let pos = 0;
  const fail = (): never => raise('ValueError', `time data ${repr(s)} does not match format ${repr(fmt)}`);
  const num = (maxLen: number): number => {
    const m = /^\d+/.exec(s.slice(pos, pos + maxLen));
    if (!m) fail();
    pos += m![0].length;
    return Number(m![0]);
  };
  const name = (list: string[]): number => {
    const rest = s.slice(pos).toLowerCase();
    for (let i = 0; i < list.length; i++) {
      for (const cand of [list[i]!.toLowerCase(), list[i]!.slice(0, 3).toLowerCase()]) {
        if (rest.startsWith(cand)) {
          pos += cand.length;
          return i;
        }
      }
    }
    return fail();
  };
  for (let i = 0; i < fmt.length; i++) {
    const c = fmt[i]!;
    if (c === '%' && i + 1 < fmt.length) {
      const k = fmt[++i];
      switch (k) {
        case 'Y': r.y = num(4); break;
        case 'y': { const v = num(2); r.y = v < 69 ? 2000 + v : 1900 + v; break; }
        case 'm': r.mo = num(2); break;
        case 'd': r.d = num(2); break;
        case 'H': r.h = num(2); break;
        case 'I': r.h = num(2); break;
        case 'M': r.mi = num(2); break;
        case 'S': r.s = num(2); break;
        case 'f': { const st = pos; const v = num(6); r.us = v * 10 ** (6 - (pos - st)); break; }
        case 'j': num(3); break;
        case 'p': {
          const rest = s.slice(pos, pos + 2).toUpperCase();
          if (rest === 'AM' || rest === 'PM') { r.pm = rest === 'PM'; pos += 2; } else fail();
          break;
        }
        case 'b': case 'B': case 'h': r.mo = name(MONTHS) + 1; break;
        case 'a': case 'A': name(DAYS); break;
        case '%': if (s[pos] === '%') pos++; else fail(); break;
        case 'z': {
          const m = /^[+-]\d\d:?\d\d/.exec(s.slice(pos));
          if (m) pos += m[0].length; else if (s[pos] === 'Z') pos++; else fail();
          break;
        }
        default: return raise('ValueError', `'${k}' is a bad directive in format '${fmt}'`);
      }
    } else if (c === ' ') {
      while (s[pos] === ' ') pos++;
    } else {
      if (s[pos] !== c) fail();
      pos++;
    }
  }
  if (pos < s.length) raise('ValueError', `unconverted data remains: ${s.slice(pos)}`);
  if (r.pm !== null) r.h = (r.h % 12) + (r.pm ? 12 : 0);
  const dim = new Date(Date.UTC(r.y, r.mo, 0)).getUTCDate();
  if (r.mo < 1 || r.mo > 12 || r.d < 1 || r.d > dim || r.h > 23 || r.mi > 59 || r.s > 61) fail();
  return r;
}

// ---------------------------------------------------------------------------------------------
// The module

function tzInfo(): { timezone: number; altzone: number; daylight: number; stdDate: Date; dstDate: Date } {
  const y = new Date().getFullYear();
  const jan = new Date(y, 0, 1);
  const jul = new Date(y, 6, 1);
  const std = Math.max(jan.getTimezoneOffset(), jul.getTimezoneOffset());
  const dst = Math.min(jan.getTimezoneOffset(), jul.getTimezoneOffset());
  const stdDate = jan.getTimezoneOffset() === std ? jan : jul;
  const dstDate = jan.getTimezoneOffset() === dst ? jan : jul;
  return {
    timezone: std * 60,
    altzone: dst * 60,
    daylight: std !== dst ? 1 : 0,
    stdDate,
    dstDate,
  };
}

/**
 * timezone, altzone, daylight and tzname from the zone TZ names now (at import, and again on
 * tzset(); Node's Date follows TZ as soon as it is assigned).
 */
function installZone(mod: Record<string, unknown>): void {
  const tz = tzInfo();
  defineAll(mod, { timezone: tz.timezone, altzone: tz.altzone, daylight: tz.daylight });
  // tzname: computed on first read, then an ordinary attribute (assignable like any other).
  const std = pendingZone(tz.stdDate);
  const dst = pendingZone(tz.dstDate);
  const settle = (value: unknown): void => {
    Object.defineProperty(mod, '$tzname', { value, writable: true, configurable: true, enumerable: true });
  };
  Object.defineProperty(mod, '$tzname', {
    get(): PyTuple {
      const names = tuple([settleZone(std), settleZone(dst)]);
      settle(names);
      return names;
    },
    set: settle,
    configurable: true,
    enumerable: true,
  });
}

export function populateTime(mod: Record<string, unknown>): void {
  defineAll(mod, {
    time,
    time_ns: timeNs,
    monotonic,
    monotonic_ns: monotonicNs,
    perf_counter: monotonic,
    perf_counter_ns: monotonicNs,
    process_time: processTime,
    process_time_ns: processTimeNs,
    thread_time: threadTime,
    sleep,
    struct_time: structTimeType,
    gmtime: (secs?: unknown) => gmtimeOf(secondsArg(secs)),
    localtime: (secs?: unknown) => localtimeOf(secondsArg(secs)),
    mktime,
    strftime,
    strptime,
    asctime,
    ctime,
    tzset: (): null => {
      installZone(mod);
      return null;
    },
  });
  installZone(mod);
  void hrStart;
}

// Registered here, not in stdlib/index.ts, so that a program that never imports the module can
// leave this file out of its output (compiler/bundle.ts).
nativeModule('time', populateTime);

// BEGIN GENERATED argument counts (scripts/gen-native-signatures.py)
registerSignatures('time', 'time', 'asctime P 0 1 !;ctime T 0 1 !;gmtime T 0 1 !;localtime T 0 1 !;mktime O 1 1;monotonic N 0 0;monotonic_ns N 0 0;perf_counter N 0 0;perf_counter_ns N 0 0;process_time N 0 0;process_time_ns N 0 0;sleep O 1 1;strftime T 1 2 !;strptime Y 1 2 =_strptime_time() :data_string,format ~ !;thread_time N 0 0;time N 0 0;time_ns N 0 0;tzset N 0 0');
// END GENERATED
