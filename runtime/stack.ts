// A deep stack for programs that raise the recursion limit.
//
// CPython 3.11 runs Python-to-Python calls without growing the C stack, so a program that calls
// `sys.setrecursionlimit(10**6)` can recurse a million levels deep (a depth-first search over a
// big graph, a memoised recursion). Compiled functions are JS functions on V8's stack, which Node
// sizes at under 1 MB (about 10,000 plain frames), and V8 reads its `--stack-size` only when it
// starts. So a program whose source raises the limit (the compiler looks for `setrecursionlimit`)
// starts itself again once, before running any Python: through `sh`, which lifts the process's
// stack limit (`ulimit -s`) as far as the hard limit allows, into `node --stack-size` of nearly
// that much. The first process only waits: Ctrl-C reaches the child through the terminal's
// process group, other signals it passes on, and it ends as the child ended (its exit status, or
// killed by the same signal).

import { nodeModule } from './host.js';

/** Set in the child's environment, so that it runs the program instead of starting another. */
const RELAUNCHED = 'MEMPHIS_DEEP_STACK';

/**
 * Raise the soft stack limit, then start node with a V8 stack of 7/8 of it, at most 256 MB: about
 * a million levels of a small function, while a runaway recursion still fails within a second.
 */
const SHELL_SCRIPT = [
  'ulimit -s unlimited 2>/dev/null || ulimit -s "$(ulimit -H -s)" 2>/dev/null',
  'limit=$(ulimit -s)',
  'kb=262144',
  'if [ "$limit" != unlimited ] && [ $((limit - limit / 8)) -lt $kb ]; then kb=$((limit - limit / 8)); fi',
  'exec "$0" --stack-size=$kb "$@"',
].join('\n');

const FORWARDED_SIGNALS: NodeJS.Signals[] = ['SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2'];

/**
 * Start the program again on a deep stack, unless this process is that second start, was given a
 * stack size already, or has no POSIX shell. True when the caller must not run the program;
 * `run` runs it here after all if the shell cannot be started.
 */
export function relaunchOnDeepStack(run: () => void): boolean {
  if (process.env[RELAUNCHED] !== undefined) {
    // The program's os.environ is the one it was started with.
    delete process.env[RELAUNCHED];
    return false;
  }
  if (process.platform === 'win32') return false;
  if (process.execArgv.some((a) => a.startsWith('--stack-size'))) return false;
  const script = process.argv[1];
  if (script === undefined) return false;
  const { spawn } = nodeModule('child_process');
  let child;
  try {
    child = spawn('/bin/sh', ['-c', SHELL_SCRIPT, process.execPath, ...process.execArgv, script, ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: { ...process.env, [RELAUNCHED]: '1' },
    });
  } catch {
    return false;
  }
  // The terminal sends Ctrl-C to the child as well: this process must outlive it, not die first.
  process.on('SIGINT', () => {});
  for (const signal of FORWARDED_SIGNALS) process.on(signal, () => child.kill(signal));
  child.on('error', () => {
    for (const signal of ['SIGINT', ...FORWARDED_SIGNALS]) process.removeAllListeners(signal);
    run();
  });
  child.on('exit', (code, signal) => {
    if (signal !== null) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
      return;
    }
    process.exit(code ?? 1);
  });
  return true;
}
