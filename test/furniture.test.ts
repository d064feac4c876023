// Site furniture on real pages: teaser lines an outlet puts before a different headline each time ("SEE ALSO: …",
// "More: …", CNN's "JUST WATCHED <video title> Replay More Videos …") made "just" a top CNN term. They must leave the
// term counts and distinctive terms, and narration, interview answers and datelines must stay.
import { describe, expect, it } from 'vitest';
import { analyseAll } from '../lib/text/analyse.js';
import { boilerplateMasks } from '../lib/framing/boilerplate.js';
import { countsByOutlet } from '../lib/text/counts.js';
import { furnitureFreeCounts } from '../lib/pipeline.js';
import { analyseFraming } from '../lib/framing/framing.js';
import { readLexicon } from '../lib/framing/data.js';
import { extractEntities } from '../lib/entities/entities.js';
import type { Article, Doc } from '../lib/types.js';
import { article } from './report-helpers.js';
import { TEASER_STORIES } from './helpers/teaser-stories.js';

const STORIES = TEASER_STORIES;

const articles = (outlet: string, teaser: (headline: string) => string): Article[] =>
  STORIES.map(([topic, lede, other], i) =>
    article(
      `${outlet}-${i}`,
      outlet,
      null,
      topic,
      `WASHINGTON (AP) — ${lede}\n${teaser(other)}\nOfficials said more votes would follow on ${topic}.`,
    ),
  );

function maskedText(d: Doc, m: Uint8Array | undefined): string {
  if (!m) return '';
  return d.tokens
    .filter((_, k) => !m[k])
    .map((t) => t.norm)
    .join(' ');
}

describe('teaser lines are site furniture', () => {
  const docs = analyseAll([
    ...articles('Daily', (h) => `SEE ALSO: ${h}`),
    ...articles('Network', (h) => `JUST WATCHED ${h} Replay More Videos ... MUST WATCH ${h} 02:11`),
    ...articles('Weekly', (h) => `Q: Why did ${h.toLowerCase()}?`),
    ...articles('Radio', (h) => `${h} Listen \u00b7 3:0${h.length % 10} 3:0${h.length % 10}`),
  ]);
  const masks = boilerplateMasks(docs);

  it('masks an audio teaser: a headline, then the player label and its duration, five times', () => {
    const d = docs.find((x) => x.id === 'Radio-1')!;
    expect(maskedText(d, masks.get(d.id))).toMatch(/^schools shut as storm hits listen · 3:0\d 3:0\d$/);
  });

  it('masks a label the outlet puts before a different headline in five articles, and only that line', () => {
    const d = docs.find((x) => x.id === 'Daily-0')!;
    expect(maskedText(d, masks.get(d.id))).toBe('see also : border bill clears first hurdle');
    const n = docs.find((x) => x.id === 'Network-2')!;
    expect(maskedText(n, masks.get(n.id))).toMatch(/^just watched council adds road money replay more videos/);
  });

  it('keeps the lede, the narration and a one-letter interview label', () => {
    for (const d of docs) {
      const masked = maskedText(d, masks.get(d.id));
      expect(masked).not.toMatch(/washington|officials|voters|storm closed/);
    }
    expect(masks.has('Weekly-0')).toBe(false);
  });

  it('the label is not among the outlet term counts', () => {
    const byOutlet = countsByOutlet(furnitureFreeCounts(docs));
    expect(byOutlet.get('Network')!.has('watched')).toBe(false);
    expect(byOutlet.get('Daily')!.has('hurdle')).toBe(false);
    expect(byOutlet.get('Daily')!.get('officials')).toBe(5);
  });

  it('a label used in fewer than five articles, or before narration that ends in a full stop, stays', () => {
    const few = analyseAll(articles('Few', (h) => `SEE ALSO: ${h}`).slice(0, 3));
    expect(boilerplateMasks(few).size).toBe(0);
    const said = analyseAll(articles('Said', (h) => `UPDATE: ${h} after the vote, officials said.`));
    expect(boilerplateMasks(said).size).toBe(0);
  });
});

describe('players embedded in one article are site furniture', () => {
  it('a capitals label before two headlines of one article is masked, though the outlet has one article', () => {
    const text =
      'The governor signed the bill on Friday.\n' +
      'JUST WATCHED Governor signs water bill Replay More Videos ... MUST WATCH Governor signs water bill 02:11\n' +
      'Farmers said the new rules would cost them.\n' +
      'JUST WATCHED Farmers react to water rules Replay More Videos ... MUST WATCH Farmers react to water rules 01:40\n' +
      'The rules take effect in May.';
    const [d] = analyseAll([article('one', 'Network', null, 'Water', text)]);
    const masked = maskedText(d, boilerplateMasks([d]).get('one'));
    expect(masked).toMatch(/^just watched governor signs water bill .* just watched farmers react to water rules/);
    expect(masked).not.toMatch(/signed|farmers said|take effect/);
  });

  it("one such line, or a transcript's speaker turns, stay", () => {
    const one = analyseAll([
      article(
        'a',
        'Network',
        null,
        'Water',
        'The bill passed.\nJUST WATCHED Governor signs water bill 02:11\nIt takes effect in May.',
      ),
    ]);
    expect(boilerplateMasks(one).size).toBe(0);
    const talk =
      'AMY GOODMAN: Welcome back to the show\n\nJUAN GONZALEZ: We turn now to the border\n\n' +
      'AMY GOODMAN: What did the court decide\n\nJUAN GONZALEZ: It blocked the rule';
    const [t] = analyseAll([article('t', 'Radio', null, 'Court', talk)]);
    expect(maskedText(t, boilerplateMasks([t]).get('t'))).not.toMatch(/welcome|border|court|blocked/);
  });
});

describe('furniture names nobody', () => {
  it('a video teaser repeated in five articles gives no "JUST WATCHED Obama" entity; the narration keeps its names', async () => {
    const { extractEntities } = await import('../lib/entities/entities.js');
    const docs = analyseAll(
      articles('Network', (h) => `JUST WATCHED Obama on ${h.toLowerCase()} Replay More Videos ... MUST WATCH 02:11`),
    );
    const masks = boilerplateMasks(docs);
    const names = (r: ReturnType<typeof extractEntities>) => r.entities.map((e) => e.name);
    expect(names(extractEntities(docs)).some((n) => /WATCH/.test(n))).toBe(true);
    const clean = names(extractEntities(docs, { furniture: masks }));
    expect(clean.some((n) => /WATCH|Obama/.test(n))).toBe(false);
    expect(clean).toContain('Washington');
  });
});

describe('an inline name card is site furniture, in one article', () => {
  const text =
    'The plan drew fire from former aide Lena Varga Lena VargaVarga : Harbour deal is dead Mayor blasts port board MORE , ' +
    'who told reporters it would fail. Critics, among them Tobias Lund Tobias LundAnna Pike : Ferry fares to rise MORE ( D-Coast ), agreed. ' +
    'Lena Varga Lena Varga spoke twice for emphasis, and nothing MORE.';
  const [d] = analyseAll([article('card', 'Coast Daily', null, 'Cards', text)]);
  const m = boilerplateMasks([d]).get('card');

  it('masks from the name\'s second copy to "MORE", and keeps the first copy and the sentence', () => {
    expect(maskedText(d, m)).toBe(
      'lena vargavarga : harbour deal is dead mayor blasts port board more tobias lundanna pike : ferry fares to rise more',
    );
  });

  it("the card's headlines are no loaded words of the outlet", () => {
    const f = analyseFraming({ docs: [d], lexicon: readLexicon() });
    expect(f.loaded.map((r) => r.term)).not.toContain('blast*');
    expect(
      analyseFraming({ docs: [d], lexicon: readLexicon() }, { houseStyle: false }).loaded.map((r) => r.term),
    ).toContain('blast*');
  });

  it('masks a card whose copy of the name is written another way, from its glued word to "MORE"', () => {
    const other =
      'Sen. Rob Kettle Robert ( Rob ) KettleHarbour board backs new pier Kettle wins primary to take on Rep. Ana Pike ' +
      'Port fees to rise next year MORE ( D-Coast ) said the pier would open in May. Ana Pike was not asked.';
    const [o] = analyseAll([article('card2', 'Coast Daily', null, 'Cards', other)]);
    const om = boilerplateMasks([o]).get('card2');
    expect(maskedText(o, om)).toBe(
      'kettleharbour board backs new pier kettle wins primary to take on rep. ana pike port fees to rise next year more',
    );
    // the card no longer runs a name into its headline for the entities ("Ana Pike Port")
    const names = extractEntities([o], { furniture: boilerplateMasks([o]) })
      .mentions.flat()
      .map((x) => x.text);
    expect(names).toContain('Ana Pike');
    expect(names.some((x) => x.startsWith('Ana Pike '))).toBe(false);
  });

  it('a name written twice without a glued word is no card', () => {
    const kept = d.tokens.filter((_, k) => m![k]).map((t) => t.norm);
    expect(kept.join(' ')).toContain('lena varga lena varga spoke twice for emphasis , and nothing more');
  });
});

describe('a lone label in capitals that opens lines is site furniture', () => {
  const docs = analyseAll([
    ...articles('Gazette', (h) => `SHUT ${h} with a caption under the clip . ( May 2 ) Wire`),
    ...articles('Courier', (h) => `FEMA said ${h.toLowerCase()} , and FEMA staff agreed .`),
  ]);
  const masks = boilerplateMasks(docs);

  it('masks the player button an outlet prints before a caption in five articles, and only the button', () => {
    const d = docs.find((x) => x.id === 'Gazette-3')!;
    expect(maskedText(d, masks.get(d.id))).toBe('shut');
  });

  it('keeps an acronym that opens lines but is also written in capitals mid-line', () => {
    const d = docs.find((x) => x.id === 'Courier-1')!;
    expect(maskedText(d, masks.get(d.id))).toBe('');
  });

  it('keeps a label fewer articles carry', () => {
    const few = analyseAll(articles('Gazette', (h) => `SHUT ${h} with a caption .`).slice(0, 3));
    expect(boilerplateMasks(few).size).toBe(0);
  });
});
