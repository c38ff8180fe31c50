#!/usr/bin/env node
// Records CPython's behaviour for every program under tests/programs/: the exact stdout bytes go to
// <name>.out (a program with a <name>.in reads it as stdin) and, when the exit code is non-zero, <name>.err holds two lines: the exit code and the
// last line of stderr; for the programs of tests/programs/tracebacks/, <name>.stderr holds the whole
// stderr (tests/tracebacks.test.ts compares it). These recordings are the expectations of tests/programs.test.ts, so npm test
// never needs Python; rerun this after adding or changing a program and review the diff.
//
//   node scripts/regen.mjs [filter...]   (a filter keeps the programs whose path contains it)

import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const programsDir = join(root, 'tests', 'programs');
const python = process.env.PYTHON ?? 'python3';
const TIMEOUT_MS = 30_000;

function findPrograms(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findPrograms(path));
    else if (entry.isFile() && entry.name.endsWith('.py')) found.push(path);
  }
  return found.sort();
}

/** The `File "...", line N, in f` lines of a traceback, the program's folder written as <dir>. */
export function frameLines(text, dir) {
  // Frames of library modules are left out: CPython's stdlib and memphisc's lib/ are different code.
  return text.split('\n').filter((l) => /^  File ".*", line \d+, in /.test(l) && l.startsWith(`  File "${dir}/`)).map((l) => l.split(dir + '/').join('<dir>/'));
}

/** A program's whole stderr, its folder written as <dir>. */
export function wholeStderr(text, dir) {
  return text.split(dir + '/').join('<dir>/');
}

function lastLine(text) {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  return lines.length === 0 ? '' : lines[lines.length - 1].trimEnd();
}

function record(file) {
  return new Promise((done) => {
    // <name>.in, when there is one, is the program's stdin (as `< name.in`); otherwise it is empty.
    const input = `${file.slice(0, -'.py'.length)}.in`;
    const stdinFd = existsSync(input) ? openSync(input, 'r') : null;
    let child;
    try {
      child = spawn(python, [basename(file)], {
        cwd: dirname(file),
        stdio: [stdinFd ?? 'ignore', 'pipe', 'pipe'],
        env: { ...process.env, PYTHONHASHSEED: '0', PYTHONIOENCODING: 'utf-8' },
      });
    } finally {
      if (stdinFd !== null) closeSync(stdinFd);
    }
    const out = [];
    const err = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, TIMEOUT_MS);
    child.stdout.on('data', (chunk) => out.push(chunk));
    child.stderr.on('data', (chunk) => err.push(chunk));
    child.on('error', (error) => {
      clearTimeout(timer);
      done({ file, error: error.message });
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (timedOut) return done({ file, error: `timed out after ${TIMEOUT_MS / 1000} s` });
      if (code === null) return done({ file, error: `killed by ${signal}` });
      const stem = file.slice(0, -'.py'.length);
      writeFileSync(`${stem}.out`, Buffer.concat(out));
      const errPath = `${stem}.err`;
      const tbPath = `${stem}.tb`;
      const frames = frameLines(Buffer.concat(err).toString('utf8'), dirname(file));
      if (code !== 0) {
        writeFileSync(errPath, `${code}\n${lastLine(Buffer.concat(err).toString('utf8'))}\n`);
      } else if (existsSync(errPath)) {
        rmSync(errPath);
      }
      // A runaway recursion's traceback is elided by CPython ("[Previous line repeated ...]"):
      // its frames are not a fixed list worth comparing.
      const elided = Buffer.concat(err).toString('utf8').includes('[Previous line repeated');
      if (code !== 0 && frames.length && !elided) writeFileSync(tbPath, `${frames.join('\n')}\n`);
      else if (existsSync(tbPath)) rmSync(tbPath);
      // The programs of tests/programs/tracebacks/ are held to CPython's whole stderr
      // (tests/tracebacks.test.ts).
      const stderrPath = `${stem}.stderr`;
      if (basename(dirname(file)) === 'tracebacks') writeFileSync(stderrPath, wholeStderr(Buffer.concat(err).toString('utf8'), dirname(file)));
      else if (existsSync(stderrPath)) rmSync(stderrPath);
      done({ file, code });
    });
  });
}

async function main() {
  const filters = process.argv.slice(2);
  const programs = findPrograms(programsDir).filter(
    (file) => filters.length === 0 || filters.some((f) => file.includes(f) || relative(root, file).includes(f)),
  );
  const results = [];
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(availableParallelism(), 8)) }, async () => {
    while (next < programs.length) results.push(await record(programs[next++]));
  });
  await Promise.all(workers);
  const failed = results.filter((r) => r.error !== undefined);
  for (const r of failed) console.error(`${relative(root, r.file)}: ${r.error}`);
  const nonZero = results.filter((r) => r.code !== undefined && r.code !== 0).length;
  console.log(
    `regen: ${results.length - failed.length} recorded (${nonZero} with a non-zero exit), ${failed.length} failed`,
  );
  if (failed.length > 0) process.exitCode = 1;
}

await main();
