// Framing's answers by norm number (normIds) and its reused scratch give what the string paths give: the speed-ups
// of docs/notes/2026-12-fspeed2.md must not change a single result. Invented texts.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { normIds } from '../lib/text/term-ids.js';
import { sentenceTones } from '../lib/framing/tone.js';
import { nameNorms } from '../lib/framing/distinctive.js';
import { groupLabelMentions } from '../lib/framing/groups.js';
import { loadedHits, termWeigher } from '../lib/framing/loaded.js';
import { docVoice, voiceMask } from '../lib/framing/voice.js';
import { classifySource, outletForms, sourceMentions } from '../lib/framing/sources.js';
import type { Doc } from '../lib/types.js';
import type { LoadedLexicon } from '../lib/framing/types.js';

const doc = (id: string, outlet: string, text: string): Doc =>
  analyse({ id, outlet, date: null, text, paragraphs: [] });

const TEXTS: [string, string][] = [
  [
    'North Ledger',
    'The council did not approve the terrible plan. Officials said the reckless scheme was never good news. ' +
      'Mayor Tova Brann, who spoke on Monday, said: “We will not abandon the harbour.” Thousands of fishermen who ' +
      'protested said they were happy. The fishermen warned the council.',
  ],
  [
    'Harbour Post',
    'A Brann-backed panel praised the brilliant and generous offer. “It is a disaster,” the fishermen said. ' +
      'Members of the fishermen union, who met on Friday, said the harbour was safe. Brann said the panel lied.',
  ],
  [
    'The Coast Times',
    'NOT GOOD: the hostile takeover failed. Critics who spoke to The Coast Times said the deal was a scam. ' +
      'The fishermen said the awful delay was no surprise, according to Brann. She added that it was fine.',
  ],
];

const docs = TEXTS.map(([o, t], i) => doc('d' + i, o, t));
// the norm numbers of a longer list whose front is `docs`, as framing numbers bodies and headlines together
const norms = normIds([...docs, doc('extra', 'Other', 'Unrelated words about weather, tides and wonderful boats.')]);
const voices = docs.map((d) => docVoice(d));

describe('framing by norm number', () => {
  it('scores sentence tone the same from norm numbers as from words, with and without masks', () => {
    const masks = new Map(docs.map((d, i) => [d.id, voiceMask(voices[i], ['own'])]));
    expect(sentenceTones(docs, masks, 3, norms)).toEqual(sentenceTones(docs, masks, 3));
    expect(sentenceTones(docs, new Map(), 0, norms)).toEqual(sentenceTones(docs, new Map(), 0));
    expect(sentenceTones(docs, new Map(), 3, norms).some((s) => s.score !== 0)).toBe(true);
  });

  it('finds the same names in the same order from norm numbers', () => {
    const names = nameNorms(docs);
    expect([...nameNorms(docs, 0.5, norms)]).toEqual([...names]);
    expect(names.has('brann')).toBe(true);
  });

  it('finds the same group labels from norm numbers', () => {
    const opts = { titles: ['mayor'] };
    const plain = groupLabelMentions(docs, [], voices, opts);
    expect(groupLabelMentions(docs, [], voices, { ...opts, norms })).toEqual(plain);
    expect(plain.length).toBeGreaterThan(0);
  });

  it('marks the same loaded words with the per-norm answers and the scratch list of content tokens', () => {
    const lexicon: LoadedLexicon = {
      themes: [
        { theme: 'smear', terms: ['scam', 'hostile takeover', '*-backed', 'reckless'] },
        { theme: 'praise', terms: ['brilliant*', 'good news'] },
      ],
    };
    // a long doc first, so that the scratch list is reused for shorter ones
    const all = [doc('long', 'North Ledger', TEXTS.map((t) => t[1]).join(' ')), ...docs];
    const vs = all.map((d) => docVoice(d));
    const n = normIds(all);
    const plain = loadedHits(all, vs, lexicon);
    expect(loadedHits(all, vs, lexicon, { norms: n })).toEqual(plain);
    expect(plain.map((h) => h.term)).toEqual(expect.arrayContaining(['scam', 'hostile takeover', '*-backed']));
  });
});

describe('phrase weights', () => {
  it('weighs a term holding a lexicon phrase as 1, as a search of the padded term would', () => {
    const lexicon: LoadedLexicon = {
      themes: [{ theme: 'x', terms: ['hostile takeover', 'good news', 'scam'] }],
    };
    const weigh = termWeigher(lexicon);
    const phrases = ['hostile takeover', 'good news'];
    const old = (t: string) => phrases.some((p) => (' ' + t + ' ').includes(' ' + p + ' '));
    for (const t of [
      'hostile takeover',
      'a hostile takeover',
      'hostile takeover bid',
      'the good news today',
      'hostile  takeover',
      'hostiletakeover news',
      'good newsroom',
      'takeover hostile',
    ])
      expect(weigh(t) === 1, t).toBe(old(t));
    expect(weigh('a hostile takeover')).toBe(1);
    expect(weigh('good newsroom')).toBeLessThan(1);
  });
});

describe('voices and sources with reused buffers', () => {
  it('splits voices the same with one buffer of codes for every doc, long texts before short ones', () => {
    const scratch = { code: new Uint8Array(4) };
    const order = [docs[2], docs[0], docs[1], docs[2]];
    for (const d of order) expect(docVoice(d, [], scratch)).toEqual(docVoice(d));
  });

  it('classifies speakers the same with outlet names lower-cased once', () => {
    const outlets = ['The Coast Times', 'Harbour Post', ''];
    const forms = outletForms(outlets);
    for (const p of ['Coast Times reporters', 'a senior official', 'Mayor Tova Brann', 'the harbour post', 'he'])
      expect(classifySource(p, outlets, forms)).toBe(classifySource(p, outlets));
  });

  it('keeps the fields of a source mention in their order, with the event where there is one', () => {
    const withEvent = sourceMentions(docs, voices, [], { d0: 'e1' });
    const keys = (m: object) => Object.keys(m).join(',');
    expect(withEvent.length).toBeGreaterThan(0);
    for (const m of withEvent)
      expect(keys(m)).toBe(
        m.doc === 'd0'
          ? 'doc,outlet,text,span,role,event,kind,name,entity_id'
          : 'doc,outlet,text,span,role,kind,name,entity_id',
      );
  });
});
