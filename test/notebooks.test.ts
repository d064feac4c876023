// Executes every notebooks/*.ipynb with the real Jupyter and the presslens kernel, and checks the runner reports cell errors.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../lib/paths.js';
import { describeFailure, executeNotebook } from '../lib/report/notebooks.js';

const root = projectRoot();
const notebooksDir = join(root, 'notebooks');
const notebooks = existsSync(notebooksDir) ? readdirSync(notebooksDir).filter((f) => f.endsWith('.ipynb')).sort() : [];
const outDir = join(root, 'reports', 'notebooks');
const tmp = mkdtempSync(join(tmpdir(), 'presslens-nbtest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Write a notebook with one code cell per source, using the presslens kernelspec. */
function writeNotebook(path: string, sources: string[]): string {
  const nb = {
    nbformat: 4,
    nbformat_minor: 5,
    metadata: {
      kernelspec: { name: 'presslens', display_name: 'presslens (TypeScript)', language: 'typescript' },
      language_info: { name: 'typescript' },
    },
    cells: sources.map((source, i) => ({ cell_type: 'code', id: `cell-${i}`, metadata: {}, execution_count: null, outputs: [], source })),
  };
  writeFileSync(path, JSON.stringify(nb, null, 1));
  return path;
}

describe('notebooks execute headlessly with the presslens kernel', () => {
  it('finds notebooks to run', () => expect(notebooks.length, `no .ipynb files in ${notebooksDir}`).toBeGreaterThan(0));

  for (const file of notebooks) {
    it(file, { timeout: 300_000 }, async () => {
      const r = await executeNotebook(join(notebooksDir, file), { outDir });
      expect(r.ok, describeFailure(r)).toBe(true);
      expect(r.htmlPath).toBeTruthy();
    });
  }
});

describe('the notebook runner reports failing cells', () => {
  it('reports a runtime error with its message, and the cells after it as not run', { timeout: 120_000 }, async () => {
    const nb = writeNotebook(join(tmp, 'broken.ipynb'), [
      "import { tokenize } from './lib/text/tokenize.js';\nconsole.log(tokenize('one two').length);",
      "throw new Error('planted failure 42');",
      "const n: number = 'not a number';",
      "console.log('never printed');",
    ]);
    const r = await executeNotebook(nb, { outDir: join(tmp, 'out') });
    expect(r.ok).toBe(false);
    expect(r.error?.cell).toBe(1);
    expect(r.error?.message).toContain('planted failure 42');
    expect(r.cells[0].error).toBeUndefined();
    expect(r.cells[3].error).toMatch(/not executed/);
    expect(readdirSync(tmp).sort()).toEqual(['broken.ipynb', 'out']); // nothing stray beside the notebook
  });

  it('reports a TypeScript compile error', { timeout: 120_000 }, async () => {
    const nb = writeNotebook(join(tmp, 'compile.ipynb'), ["console.log('fine');", "const n: number = 'not a number';", "console.log('after');"]);
    const r = await executeNotebook(nb, { outDir: join(tmp, 'out') });
    expect(r.ok).toBe(false);
    expect(r.error?.cell).toBe(1);
    expect(r.error?.message).toMatch(/not assignable to type 'number'/);
    expect(r.cells[2].error).toMatch(/not executed/);
  });
});
