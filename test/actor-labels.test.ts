// Actor labels: the role noun an outlet gives a named actor ("the Assad regime" or "the Syrian government", "Hamas
// militants" or "Hamas terrorists"), the referent rules (one government, two actors for "forces" and "rebels") and the
// contrast a journalist reads in the findings. Fixtures are short articles written for these tests.
import { describe, expect, it } from 'vitest';
import { runFraming } from '../lib/framing/run.js';
import { phraseClass } from '../lib/framing/actor-labels.js';
import { labelContrasts } from '../lib/framing/label-contrast.js';
import { labelFindings } from '../lib/report/label-findings.js';
import { paragraphsOf } from '../lib/text/analyse.js';
import type { Article } from '../lib/types.js';

const art = (id: string, outlet: string, text: string): Article =>
  ({ id, outlet, date: '2024-03-04', title: '', text, paragraphs: paragraphsOf(text) }) as Article;

const ledger = art(
  'l1',
  'Ledger',
  'Syrian President Bashar Assad spoke on state television on Monday.\n\n' +
    'The Assad regime shelled the suburbs of Damascus overnight.\n\n' +
    "Syrian President Bashar Assad denied the attack, but Assad's regime has shelled the suburbs before.\n\n" +
    'The regime of Bashar Assad blocked aid convoys. Syrian rebels answered with mortars.',
);
const tribune = art(
  't1',
  'Tribune',
  'The Syrian government shelled the suburbs of Damascus overnight.\n\n' +
    "Syria's government denied the attack on state television. Syrian forces moved into two towns.\n\n" +
    'The Syrian government denied blocking the convoys. Syrian rebels answered with mortars.',
);
const courier = art(
  'c1',
  'Courier',
  'Residents of the suburbs of Damascus counted the damage on Tuesday.\n\n' +
    '"The Assad regime is shelling its own people," one resident said. "The Assad regime lies," said another.\n\n' +
    'The Syrian government struck only fighters. The Syrian government blamed the Syrian opposition forces.',
);
const events = { l1: 'e', t1: 'e', c1: 'e' };

const actorRows = (articles: Article[]) =>
  runFraming(articles, {
    withOverlap: false,
    events: Object.fromEntries(articles.map((a) => [a.id, 'e'])),
  }).framing.labels.filter((r) => r.kind === 'actor');

describe('actor labels', () => {
  const rows = actorRows([ledger, tribune, courier]);
  const own = (entity: string, outlet: string, variant: string) =>
    rows
      .filter((r) => r.entity === entity && r.outlet === outlet && r.variant === variant)
      .reduce((n, r) => n + r.own, 0);

  it('give "the Assad regime" and "the Syrian government" to one referent, the government of Syria', () => {
    expect(own('Syria (government)', 'Ledger', 'regime')).toBe(3);
    expect(own('Syria (government)', 'Tribune', 'government')).toBe(3);
    expect(rows.some((r) => r.entity.startsWith('Bashar Assad'))).toBe(false);
  });

  it('count in the outlet\'s own narration only: a quoted "Assad regime" is the speaker\'s word', () => {
    expect(own('Syria (government)', 'Courier', 'regime')).toBe(0);
    expect(own('Syria (government)', 'Courier', 'government')).toBe(2);
  });

  it('keep the state\'s army and the armed groups fighting it apart: "Syrian forces" are not "Syrian rebels"', () => {
    expect(own('Syria (armed forces)', 'Tribune', 'forces')).toBe(1);
    expect(own('Syria (armed groups)', 'Tribune', 'rebels')).toBe(1);
    expect(own('Syria (armed groups)', 'Courier', 'opposition forces')).toBe(1);
    expect(phraseClass('opposition forces')).toBe('fighters');
    expect(phraseClass('government forces')).toBe('forces');
  });

  it("give a body's forces, fighters and militants to one referent, its armed members", () => {
    const texts = [
      art(
        'a',
        'Ledger',
        'Hamas militants fired rockets on Monday. Hamas militants fired more on Tuesday, and Hamas militants hid in tunnels.',
      ),
      art(
        'b',
        'Tribune',
        'Hamas terrorists fired rockets on Monday. Hamas terrorists fired more on Tuesday, and Hamas terrorists hid in tunnels.',
      ),
      art('c', 'Courier', 'Hamas fighters fired rockets on Monday, and Hamas forces answered the army from tunnels.'),
    ];
    const r = actorRows(texts);
    const variants = new Set(r.filter((x) => x.entity === 'Hamas (armed members)').map((x) => x.variant));
    expect(variants).toEqual(new Set(['militants', 'terrorists', 'fighters', 'forces']));
    const [c] = labelContrasts(r);
    expect(c.entity).toBe('Hamas (armed members)');
    expect(c.by).toBe('role');
    expect(c.sides.map((s) => s.variant).sort()).toEqual(['militants', 'terrorists']);
  });

  it('find no actor in "pro-Assad militias", "government officials" or a faith\'s adjective', () => {
    const text = art(
      'x',
      'Ledger',
      'Syrian President Bashar Assad met envoys. Pro-Assad militias and Assad-backed gunmen held the road. ' +
        'Syrian government officials said nothing. Islamic militants attacked a checkpoint.',
    );
    const r = actorRows([text]);
    expect(r.map((x) => x.label)).toEqual([]);
  });

  it("keep a former head's government apart from the state's: \"the Mubarak regime\" is not Egypt's government now", () => {
    const text = art(
      'm',
      'Ledger',
      'Former Egyptian President Hosni Mubarak was moved to a hospital. The Mubarak regime jailed thousands, ' +
        'and former Egyptian President Hosni Mubarak denied it. The Egyptian government let the trial go on.',
    );
    const r = actorRows([text]);
    expect(r.find((x) => x.label === 'Mubarak regime')?.entity).toBe('Hosni Mubarak (government)');
    expect(r.find((x) => x.label === 'Egyptian government')?.entity).toBe('Egypt (government)');
  });
});

describe('actor label contrasts', () => {
  it('state that outlets split over "regime" and "government" for one government, with who chose which', () => {
    const { framing } = runFraming([ledger, tribune, courier], { withOverlap: false, events });
    const c = labelContrasts(framing.labels).find((x) => x.by === 'role');
    expect(c?.entity).toBe('Syria (government)');
    const sides = Object.fromEntries(c!.sides.map((s) => [s.variant, s.outlets.map((x) => x.outlet)]));
    expect(sides).toEqual({ regime: ['Ledger'], government: ['Tribune', 'Courier'] });
    const [f] = labelFindings(framing.labels.filter((r) => r.kind === 'actor'));
    expect(f.text).toContain('Syria (government)');
    expect(f.text).toContain('“Assad regime”');
  });

  it('find no contrast between two descriptive role nouns ("militants" and "fighters")', () => {
    const a = art(
      'a',
      'Ledger',
      'Hamas militants took the town. Hamas militants held it on Tuesday. Hamas militants left.',
    );
    const b = art(
      'b',
      'Tribune',
      'Hamas fighters took the town. Hamas fighters held it on Tuesday. Hamas fighters left.',
    );
    expect(labelContrasts(actorRows([a, b]))).toEqual([]);
  });

  it('read "opposition" as a political referent of its own, never an armed group of the party or state', () => {
    const a = art('a', 'Ledger', 'The Syrian opposition met in Geneva. Syrian rebels fought in Aleppo.');
    const r = actorRows([a]);
    expect(r.find((x) => x.variant === 'opposition')?.entity).toBe('Syria (opposition)');
    expect(r.find((x) => x.variant === 'rebels')?.entity).toBe('Syria (armed groups)');
  });
});
