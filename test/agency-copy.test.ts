// Agency copy: an article run under another outlet's dateline ("PORTVILLE, Islandia (AP) —") or copyright line is
// that outlet's narration, not the running outlet's own words (lib/framing/agency-copy.ts).
import { describe, expect, it } from 'vitest';
import { runFraming } from '../lib/framing/run.js';
import { framingSection } from '../lib/report/sections/framing.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyseCorpus } from '../lib/pipeline.js';
import { article } from './report-helpers.js';

const WIRE =
  'PORTVILLE, Islandia (AP) — Protesters stormed the harbour office on Friday over an amateurish video that mocked ' +
  'the island saint, a reckless stunt that officials said had inflamed the port.\n' +
  'The crowd burned tyres outside the customs shed, and police fired tear gas to push it back.';
const OTHER =
  'The bridge toll will stay at two crowns this year, the council decided on Thursday after a short debate.\n' +
  'Traffic on the bridge has grown by a tenth since the spring.';
const OWN =
  'The ferry board approved a reckless fare rise on Friday, a shameful blow to the islanders who ride it daily.\n' +
  'Board members said the rise would pay for new engines.';

function run(texts: { id: string; outlet: string; text: string }[]) {
  const arts = texts.map((t) => article(t.id, t.outlet, '2026-03-06', `Story ${t.id}`, t.text));
  return { arts, ...runFraming(arts) };
}

const ownUses = (f: ReturnType<typeof run>['framing'], outlet: string, term: string) =>
  f.loaded.filter((r) => r.outlet === outlet && r.forms.split('; ').includes(term)).reduce((n, r) => n + r.own, 0);

describe('agency copy is not the outlet’s own narration', () => {
  const corpus = [
    { id: 'w1', outlet: 'Harbour Times', text: WIRE },
    { id: 'h2', outlet: 'Harbour Times', text: OWN },
    { id: 'c1', outlet: 'Coast Daily', text: OTHER },
  ];

  it('counts the loaded words of the wire story as reused, not as the outlet’s own', () => {
    const { framing } = run(corpus);
    const amateurish = framing.loaded.find((r) => r.outlet === 'Harbour Times' && r.forms === 'amateurish');
    expect(amateurish?.own ?? 0).toBe(0);
    expect(amateurish?.reused).toBe(1);
    // the outlet's own article still counts: "reckless" once in its own story, not twice
    expect(ownUses(framing, 'Harbour Times', 'reckless')).toBe(1);
  });

  it('leaves the wire story out of the outlet’s distinctive terms and tone', () => {
    const { framing } = run(corpus);
    expect(framing.distinctive.some((r) => r.outlet === 'Harbour Times' && /tyres|stormed/.test(r.term))).toBe(false);
    expect(framing.detail.sentences.some((s) => s.doc === 'w1')).toBe(false);
  });

  it('says in the report how many articles were set aside, by outlet and agency', () => {
    const { framing, arts } = run(corpus);
    expect(framing.detail.agencyCopy?.map((c) => c.doc)).toEqual(['w1']);
    const texts = framingSection({ corpus: { articles: arts } as never, framing }).findings.map((x) => x.text);
    const note = texts.find((t) => t.includes('another outlet'));
    expect(note).toMatch(/^1 article is another outlet's copy .*Harbour Times 1; copy of AP 1/);
  });

  it('keeps an outlet’s own dateline and an agency’s contribution as the outlet’s words', () => {
    const own = WIRE.replace('(AP)', '(Harbour Times)') + '\nThe Associated Press contributed to this report.';
    const { framing } = run([
      { id: 'w1', outlet: 'Harbour Times', text: own },
      { id: 'c1', outlet: 'Coast Daily', text: OTHER },
    ]);
    expect(framing.detail.agencyCopy).toEqual([]);
    expect(ownUses(framing, 'Harbour Times', 'amateurish')).toBe(1);
  });

  it('reads a copyright line that gives the whole text to a news agency', () => {
    const text = OWN + '\n© Copyright 2026 The Associated Press. All rights reserved.';
    const { framing } = run([
      { id: 'n1', outlet: 'Coast Daily', text },
      { id: 'c1', outlet: 'Harbour Times', text: WIRE.replace('(AP) ', '') },
    ]);
    expect(framing.detail.agencyCopy?.map((c) => [c.doc, c.agency, c.start])).toEqual([['n1', 'AP', 0]]);
    expect(ownUses(framing, 'Coast Daily', 'shameful')).toBe(0);
  });

  it('reads agencies from the user’s outlet table, as the pipeline loaded it (--outlets)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'presslens-outlets-'));
    const table = join(dir, 'outlets.json');
    writeFileSync(table, JSON.stringify({ outlets: [{ name: 'Isle Wire', aliases: ['Isle Wire'], agency: true }] }));
    const text = OWN + '\n© Copyright 2026 Isle Wire. All rights reserved.';
    const corpus = {
      root: 'memory',
      skipped: [],
      articles: [
        article('n1', 'Coast Daily', '2026-03-06', 'Fares', text),
        article('c1', 'Harbour Times', '2026-03-06', 'Toll', OTHER),
      ],
    };
    const withTable = analyseCorpus(corpus, { outletsPath: table }).framing;
    expect(withTable.detail.agencyCopy?.map((c) => [c.doc, c.agency])).toEqual([['n1', 'Isle Wire']]);
    expect(ownUses(withTable, 'Coast Daily', 'shameful')).toBe(0);
    // the project's default table does not know the agency: the text stays the outlet's own
    expect(analyseCorpus(corpus).framing.detail.agencyCopy).toEqual([]);
    rmSync(dir, { recursive: true, force: true });
  });
});
