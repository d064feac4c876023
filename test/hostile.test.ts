// A messy, hostile corpus (generated, see test/helpers/hostile-corpus.ts for what counts as an input): every input is
// loaded or listed as skipped with its reason, loaded + skipped = inputs, and every stage runs on what loaded.
import { spawn, spawnSync } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadCorpus } from '../lib/corpus/load.js';
import { analyseCorpus, type Analysis } from '../lib/pipeline.js';
import { analyseAll } from '../lib/text/analyse.js';
import { buildReport, reportNames, writeReport } from '../lib/report/report.js';
import { cleanText } from '../lib/corpus/clean.js';
import { entityFrequencyByOutlet } from '../lib/entities/frequency.js';
import { outletTermRows, termByOutletRows } from '../lib/text/counts.js';
import type { Article, Corpus } from '../lib/types.js';
import { bigArticle, makeHostileCorpus, outcomes, type HostileCorpus } from './helpers/hostile-corpus.js';
import { runStages } from './helpers/stages.js';

const REPO = join(import.meta.dirname, '..');
const tmp: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'presslens-hostile-out-'));
  tmp.push(d);
  return d;
};
afterAll(() => {
  for (const d of tmp) rmSync(d, { recursive: true, force: true });
});

/** Compare actual outcomes with expected ones; returns human-readable mismatches. */
function mismatches(h: HostileCorpus, c: Corpus): string[] {
  const got = outcomes(c);
  const bad: string[] = [];
  for (const [key, want] of h.expected) {
    const g = got.get(key);
    const ok = want === 'loaded' ? g === 'loaded' : g !== undefined && g !== 'loaded' && want.test(g);
    if (!ok)
      bad.push(
        `${JSON.stringify(key)} (${h.notes.get(key)}): expected ${want === 'loaded' ? 'loaded' : `skipped ${want}`}, got ${g === undefined ? 'nothing' : g}`,
      );
  }
  for (const [key, g] of got) if (!h.expected.has(key)) bad.push(`${JSON.stringify(key)}: not an input, but ${g}`);
  return bad;
}

const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u200B-\u200F\u202A-\u202E\u2060\uFEFF\uFFFD]/;

describe('the hostile corpus: a 20 MB article, a 1 MB line, 2000 tiny files and every kind of bad input', () => {
  let h: HostileCorpus;
  let c: Corpus;
  beforeAll(async () => {
    h = makeHostileCorpus();
    c = await loadCorpus(h.root);
  }, 300_000);
  afterAll(() => h?.cleanup());

  it('every input is loaded or listed as skipped with its reason; loaded + skipped = inputs', () => {
    expect(mismatches(h, c)).toEqual([]);
    expect(c.articles.length + c.skipped.length).toBe(h.expected.size);
    const skips = [...h.expected.values()].filter((v) => v !== 'loaded').length;
    expect(c.skipped).toHaveLength(skips);
    expect(c.articles).toHaveLength(h.expected.size - skips);
    for (const s of c.skipped) expect(s.reason).toMatch(/\S/);
  });

  it('reads nothing outside the corpus folder; hidden files only when the manifest names them', () => {
    for (const a of c.articles) {
      expect(a.text).not.toMatch(/root:.*:0:0:/); // /etc/passwd
      expect(a.provenance.file.startsWith('..')).toBe(false);
      expect(a.provenance.file.startsWith('.git/')).toBe(false);
    }
    expect(c.articles.find((a) => a.text.includes('report hidden'))).toMatchObject({ id: '.hidden', outlet: 'Hidden' });
    expect(c.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/ignoring unknown column\(s\) unexpected_column/),
        expect.stringMatching(/^loop\/up: folder already visited/),
      ]),
    );
  });

  it('what loaded is clean text: no replacement or invisible characters, NFC, sound paragraphs', () => {
    for (const a of c.articles) {
      expect(a.text.length, a.id).toBeGreaterThan(0);
      expect(INVISIBLE.test(a.text), `${a.id}: ${JSON.stringify(a.text.slice(0, 80))}`).toBe(false);
      expect(a.text === a.text.normalize('NFC'), a.id).toBe(true);
      let prev = -1;
      for (const p of a.paragraphs) {
        expect(p.start).toBeGreaterThan(prev);
        expect(p.end).toBeLessThanOrEqual(a.text.length);
        prev = p.end;
      }
    }
    const big = c.articles.find((a) => a.id === 'big/article-20mb')!;
    expect(big.text.length).toBeGreaterThan(20_000_000);
    expect(c.articles.find((a) => a.id === 'one-long-line')!.text.length).toBeGreaterThan(1_000_000 - 100);
  });

  it('decodes every encoding and keeps only-Arabic and only-emoji articles as they are', () => {
    const by = (id: string) => c.articles.find((a) => a.id === id)!;
    expect(by('utf16le')).toMatchObject({
      outlet: 'Outlet, Inc.',
      date: '2024-12-26',
      title: 'A title, with a comma and a newline',
    }); // metadata is one line
    expect(by('utf16be').text).toContain('report utf16be said');
    expect(by('windows-1256').text).toContain('حميد الشطري');
    expect(by('windows-1256').provenance.encoding).toBe('windows-1256');
    expect(by('latin1').text).toContain('délégué irakien est arrivé à Damas');
    expect(by('arabic-only').text).toContain('حميد الشطري');
    expect(by('emoji-only').text).toContain('😀🎉🔥');
    expect(by('emoji-only').text).toContain('💥💥💥');
  });

  it('right-to-left marks and zero-width joiners inside names are removed, and recorded', () => {
    const a = c.articles.find((x) => x.id === 'rtl-zwj-names')!;
    expect(a.text).toContain('Ahmed al-Sharaa');
    expect(a.text).toContain('Shia al-Sudani');
    expect(a.text).toContain('حميد الشطري spoke to Kurdistan24 reporters');
    expect(a.provenance.removed.map((r) => r.kind)).toContain('zero-width');
  });
});

describe('every stage on the hostile corpus (the 20 MB article is measured apart, below)', () => {
  let h: HostileCorpus;
  let c: Corpus;
  let analysis: Analysis;
  const stageMs: Record<string, number> = {};
  beforeAll(async () => {
    h = makeHostileCorpus({ bigBytes: 0 });
    c = await loadCorpus(h.root);
  }, 300_000);
  afterAll(() => h?.cleanup());

  it('the analysis pipeline (tokens, counts, overlap, entities, framing) runs on everything that loaded', () => {
    analysis = analyseCorpus(c, {
      onStage: (s, ms) => {
        stageMs[s] = ms;
      },
    });
    expect(analysis.docs).toHaveLength(c.articles.length);
    expect(analysis.counts.docs).toEqual(c.articles.map((a) => a.id));
    // spans index the loaded texts
    const text = new Map(c.articles.map((a) => [a.id, a.text]));
    for (const e of analysis.entities.entities)
      for (const m of e.mentions) expect(text.get(m.doc)!.slice(m.start, m.end)).toBe(m.text);
    for (const p of analysis.overlap.pairs)
      for (const x of p.passages) expect(text.get(p.a)!.slice(x.a[0], x.a[1])).toBe(x.text);
    // the name written with a zero-width joiner and the plain one are one entity
    const shatri = analysis.entities.entities.find((e) => e.name === 'Hamid al-Shatri');
    expect(shatri?.mentions.some((m) => m.doc === 'rtl-zwj-names')).toBe(true);
    expect(analysis.framing).toBeTruthy();
  }, 300_000);

  it('the report is written (no images) for what loaded, listing every skipped input', async () => {
    const out = join(tempDir(), 'report');
    const input = await buildReport(c, analysis?.docs ?? analyseAll(c.articles), analysis ? { analysis } : {});
    // chart and table file names (images/<name>.png|svg, tables/<name>.csv) are safe whatever the input
    const names = reportNames(input);
    for (const n of [...names.figures, ...names.tables]) expect(n).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
    expect(new Set(names.figures).size).toBe(names.figures.length);
    const r = await writeReport(input, out, { images: false });
    expect(existsSync(r.index)).toBe(true);
    const html = (await import('node:fs')).readFileSync(r.index, 'utf8');
    expect(html).not.toContain('<img src=x onerror');
    expect(html).not.toContain('<script>alert(1)</script>');
    // the report's CSV of skipped inputs names every skipped input
    const skippedCsv = readdirSync(join(out, 'tables')).find((f) => /skipped/.test(f));
    expect(skippedCsv).toBeDefined();
    const csv = (await import('node:fs')).readFileSync(join(out, 'tables', skippedCsv!), 'utf8');
    for (const s of c.skipped.filter((x) => !x.file.includes('\n') && !x.file.includes('"')))
      expect(csv).toContain(s.file);
    const size =
      readdirSync(join(out, 'tables')).reduce((n, f) => n + statSync(join(out, 'tables', f)).size, 0) +
      statSync(r.index).size;
    expect(size).toBeLessThan(50 * 1024 * 1024); // 2000 tiny articles must not blow the report up quadratically
  }, 300_000);
});

describe('the 20 MB article: every stage completes with bounded memory (in a child process)', () => {
  // The child's JS heap is capped at 1.5 GB, so a stage that needs more fails (out of memory) instead of swapping; a
  // quadratic step shows up as the stage the child is stuck in when the time limit ends it. RSS adds code, buffers
  // and the heap's own slack on top of the heap (measured: 1.5-1.7 GB above start with the cap, 1.9 GB without).
  it('load, tokens, counts, overlap, entities, framing and the report finish in a 1.5 GB heap; peak RSS stays under 2 GB above start', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'big.txt'), bigArticle(20 * 1024 * 1024));
    writeFileSync(
      join(dir, 'small.txt'),
      'Hamid al-Shatri said the border with Syria is "safe," officials told Shafaq News on Thursday.\n',
    );
    writeFileSync(
      join(dir, 'other.txt'),
      'Officials in Baghdad said on Thursday that the delegation discussed border security with Ahmed al-Sharaa in Damascus.\n',
    );
    // a guard against a hang that names the stuck stage, not a speed limit: speed belongs in `npm run bench`
    const { code, lines } = await runStages(dir, join(tempDir(), 'out'), { timeoutMs: 850_000 });
    const last = lines[lines.length - 1];
    expect(code, `the child stopped after stage ${JSON.stringify(last)}; stages: ${JSON.stringify(lines)}`).toBe(0);
    expect(last.stage).toBe('done');
    const start = Number(lines[0].rssMb);
    const peak = Math.max(...lines.map((l) => Number(l.maxRssMb ?? 0)));
    expect(peak - start, JSON.stringify(lines)).toBeLessThan(2048);
  }, 900_000);
});

/** Load with the kernel's EACCES simulated for mode-000 entries (for root, when `nobody` cannot reach the clone). */
async function loadAsIfLocked(root: string): Promise<Corpus> {
  const real = {
    open: fsp.open.bind(fsp),
    readdir: fsp.readdir.bind(fsp),
    realpath: fsp.realpath.bind(fsp),
    stat: fsp.stat.bind(fsp),
  };
  const mode = async (p: string) => ((await real.stat(p).catch(() => null))?.mode ?? 0o777) & 0o777;
  // like the kernel for a non-root user: a mode-000 entry cannot be opened or listed, nor anything below it reached
  const denied = async (p: unknown, self: boolean) => {
    const abs = resolve(String(p));
    for (let d = self ? abs : dirname(abs); d.startsWith(root) && d.length >= root.length; d = dirname(d)) {
      if ((await mode(d)) === 0) return true;
      if (d === root) break;
    }
    return false;
  };
  const deny = () => Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' });
  const spies = (['open', 'readdir', 'realpath', 'stat'] as const).map((name) =>
    vi.spyOn(fsp, name).mockImplementation((async (...args: unknown[]) => {
      if (await denied(args[0], name === 'open' || name === 'readdir')) throw deny();
      return (real[name] as (...a: unknown[]) => unknown)(...args);
    }) as never),
  );
  try {
    return await loadCorpus(root);
  } finally {
    for (const s of spies) s.mockRestore();
  }
}

describe('an unreadable file and an unreadable folder, for real', () => {
  // As root, mode 000 does not stop reading. The loader then runs as `nobody` in a child process (the CLI), so
  // the permission check is the kernel's, not a simulation. When `nobody` cannot reach the clone (the folders
  // above it are closed), the kernel's answer is simulated instead: the test never depends on those folders.
  it('are listed as skipped "unreadable: permission denied", and every other input still accounts', async () => {
    const h = makeHostileCorpus({ bigBytes: 0, lineBytes: 10_000, tinyFiles: 5, locked: true });
    const asRoot = process.getuid?.() === 0;
    const nobodyCanRun =
      asRoot &&
      spawnSync(
        process.execPath,
        [
          '-e',
          `require('fs').accessSync(${JSON.stringify(join(REPO, 'node_modules', 'commander', 'package.json'))}, 4); require('fs').accessSync(${JSON.stringify(join(REPO, 'bin', 'presslens.js'))}, 4)`,
        ],
        { uid: 65534, gid: 65534, stdio: 'ignore' },
      ).status === 0;
    try {
      let c: Corpus;
      if (asRoot && !nobodyCanRun) c = await loadAsIfLocked(h.root);
      else if (asRoot) {
        const stdout = await new Promise<string>((resolve, reject) => {
          const child = spawn(process.execPath, [join(REPO, 'bin/presslens.js'), 'load', '--json', h.root], {
            cwd: REPO,
            uid: 65534,
            gid: 65534,
            env: { ...process.env, HOME: '/tmp' },
            stdio: ['ignore', 'pipe', 'pipe'],
          });
          let out = '';
          let err = '';
          child.stdout.on('data', (d) => {
            out += d;
          });
          child.stderr.on('data', (d) => {
            err += d;
          });
          child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}: ${err}`))));
        });
        c = { root: h.root, ...JSON.parse(stdout) } as Corpus;
      } else {
        c = await loadCorpus(h.root);
      }
      expect(c.skipped).toContainEqual({ file: 'locked.txt', reason: 'unreadable: permission denied' });
      expect(c.skipped).toContainEqual({ file: 'locked-dir', reason: 'folder unreadable: permission denied' });
      expect(mismatches(h, c)).toEqual([]);
      expect(c.articles.length + c.skipped.length).toBe(h.expected.size);
      expect(c.articles.some((a: Article) => a.text.includes('report locked'))).toBe(false);
    } finally {
      h.cleanup();
    }
  }, 60_000);
});

describe('when nothing loads', () => {
  it('the CLI exits 1 with one clear line naming the skipped inputs, and writes nothing', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'zero.txt'), '');
    writeFileSync(join(dir, 'scan.pdf'), '%PDF-1.4');
    const out = join(tempDir(), 'out'); // outside the corpus: an --out inside it is refused before loading (exit 2)
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = spawn(
        process.execPath,
        [join(REPO, 'bin/presslens.js'), 'report', '--no-images', '--out', out, dir],
        { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => {
        stdout += d;
      });
      child.stderr.on('data', (d) => {
        stderr += d;
      });
      child.on('exit', (code) => resolve({ code, stdout, stderr }));
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /presslens: no articles loaded from .*: 2 inputs skipped \(scan\.pdf: unsupported file type \.pdf \(save or export it as \.txt, \.md or \.html to include it\); zero\.txt: empty file \(0 bytes\)\)/,
    );
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(out)).toBe(false);
  }, 30_000);
});

describe('outlet names that are JavaScript object keys (__proto__, constructor, toString)', () => {
  const NAMES = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'term'];
  const TEXT =
    'The Iraqi delegation led by Hamid al-Shatri arrived in Damascus on Thursday. "We are safe," Hamid al-Shatri told reporters.';
  let analysis: Analysis;
  beforeAll(() => {
    const articles = NAMES.map((outlet, i): Article => {
      const c = cleanText(i === 0 ? `${TEXT} Officials in Baghdad agreed.` : TEXT);
      return {
        id: `d${i}`,
        outlet,
        date: null,
        title: '',
        url: null,
        language: null,
        text: c.text,
        paragraphs: c.paragraphs,
        provenance: {
          file: `d${i}.txt`,
          encoding: 'utf-8',
          encodingGuessed: false,
          fields: {
            id: 'filename',
            outlet: 'manifest',
            date: 'missing',
            title: 'missing',
            url: 'missing',
            language: 'missing',
          },
          removed: [],
          warnings: [],
        },
      };
    });
    analysis = analyseCorpus({ root: 'x', articles, skipped: [] });
  });

  it('term tables count every outlet as data', () => {
    const wide = termByOutletRows(analysis.counts, 1)[0];
    expect(wide.term).toBe('al-shatri');
    for (const o of NAMES)
      expect(Object.getOwnPropertyDescriptor(wide, o === 'term' ? 'term (outlet)' : o)?.value, o).toBe(2);
    expect(new Set(outletTermRows(analysis.counts, 1).map((r) => r.outlet))).toEqual(new Set(NAMES));
  });

  it('entity counts per outlet are numbers for every outlet', () => {
    const shatri = analysis.entities.entities.find((e) => e.name === 'Hamid al-Shatri')!;
    for (const o of NAMES)
      expect(Object.getOwnPropertyDescriptor(shatri.by_outlet, o)?.value, `by_outlet[${o}]`).toBe(2);
    for (const r of entityFrequencyByOutlet(analysis.entities)) expect(typeof r.mentions).toBe('number');
    // an entity named by one outlet only: the others are absent, not inherited object properties
    const baghdad = analysis.entities.entities.find((e) => e.name === 'Baghdad')!;
    for (const o of NAMES.slice(1)) expect(baghdad.by_outlet[o] ?? 0, `Baghdad by_outlet[${o}]`).toBe(0);
  });

  it('framing rows name every outlet', () => {
    const outlets = new Set(analysis.framing.tone.map((r) => r.outlet));
    for (const o of NAMES) expect(outlets.has(o), o).toBe(true);
  });
});

describe('terminal output', () => {
  it('file names with terminal escape sequences are printed harmlessly by `presslens load`', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x\u001b[31mred.txt'), 'The delegation arrived in Damascus on Thursday.\n');
    writeFileSync(join(dir, 'z\u001b]0;pwned\u0007.txt'), '');
    const r = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const child = spawn(process.execPath, [join(REPO, 'bin/presslens.js'), 'load', dir], {
        cwd: dir,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
      });
      child.stderr.on('data', (d) => {
        out += d;
      });
      child.on('exit', (code) => resolve({ code, out }));
    });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/red/);
    expect(r.out).toMatch(/pwned/);
    // no ESC or BEL reaches the terminal (ESC ] 0 ; sets the window title, ESC [ 31 m colours the rest of the screen)
    expect(r.out).not.toMatch(/[\u0007\u001b]/);
  }, 30_000);
});

describe('an output folder that holds symlinks (e.g. --out inside an unpacked corpus archive)', () => {
  it('the report never writes through them to files or folders outside', async () => {
    const { lstatSync, readFileSync, symlinkSync, mkdirSync } = await import('node:fs');
    const base = tempDir();
    const outside = join(base, 'outside');
    mkdirSync(outside);
    writeFileSync(join(outside, 'victim.txt'), 'precious\n');
    // the seeds are enough: what is under test is where the files go, not what they hold
    const c = await loadCorpus(join(REPO, 'seeds'));
    const input = await buildReport(c, analyseAll(c.articles));
    // a file link: replaced by the real file
    const out1 = join(base, 'out1');
    mkdirSync(out1);
    symlinkSync(join(outside, 'victim.txt'), join(out1, 'index.html'));
    await writeReport(input, out1, { images: false });
    expect(lstatSync(join(out1, 'index.html')).isFile()).toBe(true);
    // a folder link leading outside: the link is moved aside as a link; nothing is written through it
    const out2 = join(base, 'out2');
    mkdirSync(out2);
    symlinkSync(outside, join(out2, 'tables'));
    await writeReport(input, out2, { images: false });
    expect(lstatSync(join(out2, 'tables')).isDirectory()).toBe(true);
    expect(readdirSync(outside)).toEqual(['victim.txt']);
    expect(
      readFileSync(join(outside, 'victim.txt'), 'utf8') === 'precious\n',
      'the file outside was overwritten through a symlink',
    ).toBe(true);
    // export --tables: a file link in the folder is replaced, not written through
    const out3 = join(base, 'out3');
    mkdirSync(out3);
    symlinkSync(join(outside, 'victim.txt'), join(out3, 'articles.csv'));
    const { writeTables } = await import('../lib/export/tables.js');
    await writeTables(out3, { articles: input.corpus.articles });
    expect(lstatSync(join(out3, 'articles.csv')).isFile()).toBe(true);
    expect(
      readFileSync(join(outside, 'victim.txt'), 'utf8') === 'precious\n',
      'the file outside was overwritten through a symlink',
    ).toBe(true);
    expect(readdirSync(outside)).toEqual(['victim.txt']);
  }, 300_000); // a hang guard: the CI machine runs two test files at once
});
