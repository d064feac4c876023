// What users would otherwise reach for, timed on the same generated corpus in the same bench run:
// natural's TfIdf (term weights), compromise (entities), naive all-pairs 5-gram containment (overlap).
// Each peer stops at a time cap and projects its full time from the part it finished, saying how.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusPaths, readTruth } from './generate.js';

/** One peer measurement. `seconds` is measured when `projected` is false. */
export interface PeerResult {
  name: string;
  stage: string;
  seconds: number;
  projected: boolean;
  note: string;
}

function say(msg: string): void {
  process.stderr.write(msg + '\n');
}

/** Read the generated corpus as a user would: manifest, then one file each (texts only). */
function readTexts(dir: string): { ids: string[]; texts: string[] } {
  const root = corpusPaths(dir).corpus;
  const lines = readFileSync(join(root, 'corpus.csv'), 'utf8').trim().split('\n').slice(1);
  const ids: string[] = [];
  const texts: string[] = [];
  for (const l of lines) {
    const [file, id] = l.split(',');
    ids.push(id);
    texts.push(readFileSync(join(root, file), 'utf8'));
  }
  return { ids, texts };
}

/** natural TfIdf: addDocument for every article, then listTerms per article (its documented use). */
async function naturalTfidf(texts: string[], cap: number): Promise<PeerResult> {
  const { default: TfIdf } = (await import('natural/lib/natural/tfidf/tfidf.js' as string)) as {
    default: new () => { addDocument(t: string): void; listTerms(i: number): unknown[] };
  };
  const t0 = performance.now();
  const tf = new TfIdf();
  for (const t of texts) tf.addDocument(t);
  const add = (performance.now() - t0) / 1000;
  let i = 0;
  for (; i < texts.length; i++) {
    tf.listTerms(i);
    if ((i & 7) === 7 && (performance.now() - t0) / 1000 > cap) break;
  }
  const s = (performance.now() - t0) / 1000;
  if (i >= texts.length)
    return {
      name: 'natural TfIdf',
      stage: 'tokenize+count',
      seconds: s,
      projected: false,
      note: 'addDocument + listTerms for every article',
    };
  const per = (s - add) / (i + 1);
  return {
    name: 'natural TfIdf',
    stage: 'tokenize+count',
    seconds: add + per * texts.length,
    projected: true,
    note: `stopped at ${cap} s after listTerms for ${i + 1} of ${texts.length} articles; projected linearly from there (early articles pay for filling its idf cache, which scans every document per new term, so this overstates; treat as an order of magnitude)`,
  };
}

/** compromise: people, places, organisations per article; on a sample when slow, extrapolated by words. */
async function compromiseEntities(texts: string[], cap: number): Promise<PeerResult> {
  const { default: nlp } = (await import('compromise' as string)) as {
    default: (t: string) => {
      people(): { out(f: string): string[] };
      places(): { out(f: string): string[] };
      organizations(): { out(f: string): string[] };
    };
  };
  const t0 = performance.now();
  let i = 0;
  let words = 0;
  let total = 0;
  for (const t of texts) total += t.length;
  for (; i < texts.length; i++) {
    const d = nlp(texts[i]);
    d.people().out('array');
    d.places().out('array');
    d.organizations().out('array');
    words += texts[i].length;
    if ((performance.now() - t0) / 1000 > cap) {
      i++;
      break;
    }
  }
  const s = (performance.now() - t0) / 1000;
  if (i >= texts.length)
    return {
      name: 'compromise',
      stage: 'entities',
      seconds: s,
      projected: false,
      note: 'people(), places(), organizations() on every article',
    };
  return {
    name: 'compromise',
    stage: 'entities',
    seconds: (s * total) / words,
    projected: true,
    note: `sample of ${i} of ${texts.length} articles in ${s.toFixed(0)} s; extrapolated by text length`,
  };
}

/** Naive all-pairs 5-gram containment with JS Sets: what a script would do; reports how many planted pairs it flags. */
function allPairs(dir: string, ids: string[], texts: string[], cap: number): PeerResult {
  const t0 = performance.now();
  const sets = texts.map((t) => {
    const w = t.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const s = new Set<string>();
    for (let k = 0; k + 5 <= w.length; k++)
      s.add(w[k] + ' ' + w[k + 1] + ' ' + w[k + 2] + ' ' + w[k + 3] + ' ' + w[k + 4]);
    return s;
  });
  const n = texts.length;
  const flagged = new Set<string>();
  let pairs = 0;
  let i = 0;
  outer: for (; i < n; i++) {
    const a = sets[i];
    for (let j = i + 1; j < n; j++) {
      const b = sets[j];
      const [small, big] = a.size < b.size ? [a, b] : [b, a];
      let shared = 0;
      for (const g of small) if (big.has(g)) shared++;
      pairs++;
      if (shared / Math.max(1, small.size) >= 0.05) flagged.add(ids[i] + '\0' + ids[j]);
    }
    if ((performance.now() - t0) / 1000 > cap) {
      i++;
      break outer;
    }
  }
  const s = (performance.now() - t0) / 1000;
  const all = (n * (n - 1)) / 2;
  if (pairs < all)
    return {
      name: 'all-pairs 5-gram containment',
      stage: 'overlap',
      seconds: (s * all) / pairs,
      projected: true,
      note: `stopped at ${cap} s after ${pairs} of ${all} pairs; projected by pair count (quadratic in articles)`,
    };
  const truth = readTruth(dir);
  const want = new Set(
    truth.reuse
      .filter((r) => r.kind === 'copy')
      .map((r) => (r.source < r.target ? r.source + '\0' + r.target : r.target + '\0' + r.source)),
  );
  let hit = 0;
  for (const k of want) if (flagged.has(k)) hit++;
  return {
    name: 'all-pairs 5-gram containment',
    stage: 'overlap',
    seconds: s,
    projected: false,
    note: `${pairs} pairs; flags pairs (containment >= 0.05), no passages: ${hit}/${want.size} planted pairs flagged, ${flagged.size} pairs flagged in all`,
  };
}

/** Run every peer on the corpus in dir (one process; each peer capped at `cap` seconds). */
export async function runPeers(dir: string, cap: number, only?: string): Promise<PeerResult[]> {
  const { ids, texts } = readTexts(dir);
  const out: PeerResult[] = [];
  const run = async (key: string, f: () => Promise<PeerResult> | PeerResult) => {
    if (only && only !== key) return;
    process.stderr.write(`  peer ${key} … `);
    const r = await f();
    out.push(r);
    say(`${r.seconds.toFixed(2)} s${r.projected ? ' (projected)' : ''}`);
  };
  await run('natural', () => naturalTfidf(texts, cap));
  await run('compromise', () => compromiseEntities(texts, Math.min(cap, 30)));
  await run('allpairs', () => allPairs(dir, ids, texts, cap));
  return out;
}
