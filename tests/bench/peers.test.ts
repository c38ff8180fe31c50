// The peer benchmark's pieces that can be checked quickly: each hand-written JavaScript version in
// bench/js/ prints exactly what CPython prints for its program (it is only a fair ceiling if it
// computes the same thing), and the docs/performance.md rewrite touches the Peers section alone.

import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const handWritten = fs
  .readdirSync(path.join(root, 'bench', 'js'))
  .filter((f) => f.endsWith('.mjs'))
  .map((f) => f.slice(0, -4));

const { replacePeersSection } = (await import(pathToFileURL(path.join(root, 'bench', 'peers.mjs')).href)) as {
  replacePeersSection: (text: string, section: string) => string;
};

describe('hand-written JavaScript versions', () => {
  test('every one has its Python program', () => {
    for (const name of handWritten) expect(fs.existsSync(path.join(root, 'bench', 'programs', `${name}.py`))).toBe(true);
  });

  test.each(handWritten)('%s prints what CPython prints', (name) => {
    // enid_parser imports Enid from the repository's root, as the benchmark runs it.
    const env = { ...process.env, PYTHONPATH: root };
    const python = spawnSync('python3', [path.join('bench', 'programs', `${name}.py`)], { cwd: root, encoding: 'utf8', env });
    const js = spawnSync(process.execPath, [path.join('bench', 'js', `${name}.mjs`)], { cwd: root, encoding: 'utf8' });
    expect(python.status).toBe(0);
    expect(js.status).toBe(0);
    expect(js.stdout).toBe(python.stdout);
  });
});

describe('replacePeersSection', () => {
  const section = '## Peers\n\nnew table\n\n### Summary\n\nrow\n';

  test('creates the page with both sections', () => {
    const text = replacePeersSection('', section);
    expect(text).toMatch(/^# Performance\n/);
    expect(text).toContain('## Peers\n\nnew table\n\n### Summary\n\nrow\n\n## Optimisations\n');
  });

  test('replaces only the Peers section', () => {
    const before = '# Performance\n\nintro\n\n## Peers\n\nold table\n\n### Summary\n\nold\n\n## Optimisations\n\n- kept\n';
    expect(replacePeersSection(before, section)).toBe(
      '# Performance\n\nintro\n\n## Peers\n\nnew table\n\n### Summary\n\nrow\n\n## Optimisations\n\n- kept\n',
    );
  });

  test('puts a missing Peers section before Optimisations', () => {
    expect(replacePeersSection('# Performance\n\n## Optimisations\n\n- kept\n', section)).toBe(
      '# Performance\n\n## Peers\n\nnew table\n\n### Summary\n\nrow\n\n## Optimisations\n\n- kept\n',
    );
  });
});
