// Event finding on invented coverage modelled on real failures: outlets that report one story while naming different
// officials and using different words for the same thing were split into one event per article; two different
// stories of one day that share a name every story carries (the president) must stay apart.
import { describe, expect, it } from 'vitest';
import { analyse, paragraphsOf } from '../lib/text/analyse.js';
import { countTerms } from '../lib/text/counts.js';
import { eventDocs, findEvents, type EventOptions } from '../lib/events/events.js';

interface Fixture {
  id: string;
  outlet: string;
  date: string | null;
  title: string;
  text: string;
  /** entity ids the article mentions (as the entity stage would give them) */
  ents: string[];
}

/** doc id -> event id, clustering the fixtures as the pipeline does (entities, content words, headlines, dates). */
function events(fixtures: readonly Fixture[], opts: EventOptions = {}): Map<string, string> {
  const docs = fixtures.map((f) =>
    analyse({ id: f.id, outlet: f.outlet, date: f.date, text: f.text, paragraphs: paragraphsOf(f.text) }),
  );
  const counts = countTerms(docs);
  const ed = eventDocs(
    fixtures,
    fixtures.map((f) => f.ents.map((entity) => ({ entity }))),
    counts.byDoc,
  );
  return new Map(findEvents(ed, opts).assignments.map((a) => [a.doc, a.event]));
}

// One story, four outlets, three days: each names a different official and words the same thing its own way.
const SEPARATION: Fixture[] = [
  {
    id: 'sep-north',
    outlet: 'North Ledger',
    date: '2031-03-04',
    title: 'Migrant children separated from parents at the Velmar crossing',
    text: 'Border guards have separated hundreds of migrant children from their parents at the Velmar crossing, Interior Minister Dana Kross confirmed. The children were sent to shelters while the parents were detained and charged. Kross said the separations would deter families from crossing.',
    ents: ['dana-kross', 'interior-ministry', 'velmar'],
  },
  {
    id: 'sep-south',
    outlet: 'South Courier',
    date: '2031-03-05',
    title: 'Kids taken from mothers at the frontier, agency admits',
    text: 'Kids as young as two were taken from their mothers and fathers at the frontier, agency spokesman Piet Olander admitted. The separated children sleep in shelters; their parents are detained. Olander said families crossing without papers would be separated.',
    ents: ['piet-olander', 'frontier-agency'],
  },
  {
    id: 'sep-east',
    outlet: 'East Wire',
    date: '2031-03-05',
    title: 'Outcry grows over family separations at the border',
    text: 'Church leaders and doctors condemned the separations of migrant families at the border. Children held in shelters cry for their parents, said paediatrician Lina Sorvald. Detained parents do not know where their children are.',
    ents: ['lina-sorvald'],
  },
  {
    id: 'sep-west',
    outlet: 'West Review',
    date: '2031-03-06',
    title: 'Lawmakers demand end to separating migrant parents and children',
    text: 'Lawmakers from both parties demanded an end to separating migrant parents and children at the border, Senator Ruth Anvik said. Children in shelters and detained parents must be reunited, the separations stopped.',
    ents: ['ruth-anvik', 'senate'],
  },
];

// Two stories on one day, both naming President Halvorsen, as every story of the period does.
const SAME_DAY: Fixture[] = [
  {
    id: 'tariff-a',
    outlet: 'North Ledger',
    date: '2031-05-10',
    title: 'Halvorsen orders steel tariffs on imports',
    text: 'President Halvorsen ordered new tariffs on imported steel and aluminium, saying foreign mills dump cheap metal. Importers warned the tariffs would raise prices for carmakers and builders.',
    ents: ['halvorsen', 'halvorsen', 'trade-ministry', 'carlo-vent'],
  },
  {
    id: 'tariff-b',
    outlet: 'South Courier',
    date: '2031-05-10',
    title: 'Steel importers brace for tariff hit',
    text: 'Steel importers and carmakers braced for the tariffs the president ordered on imported metal. Aluminium prices rose as mills abroad cut shipments ahead of the tariffs.',
    ents: ['halvorsen', 'steel-union', 'port-of-asker'],
  },
  {
    id: 'flood-a',
    outlet: 'East Wire',
    date: '2031-05-10',
    title: 'Halvorsen tours flooded river towns',
    text: 'President Halvorsen toured river towns flooded by a week of rain, promising relief money for families whose homes were lost. Rescue crews pulled residents from rooftops as the river crested.',
    ents: ['halvorsen', 'halvorsen', 'river-tessa', 'lundby'],
  },
  {
    id: 'flood-b',
    outlet: 'West Review',
    date: '2031-05-11',
    title: 'River crests, rescue crews reach stranded residents',
    text: 'Rescue crews in boats reached residents stranded on rooftops after the river crested overnight. The flooded towns wait for the relief money the president promised.',
    ents: ['halvorsen', 'red-cross', 'marsk'],
  },
];

/** Articles about other things on other days, all naming the president: he is in every story. */
const background: Fixture[] = ['budget', 'embassy', 'election', 'census', 'railway', 'summit'].map((topic, k) => ({
  id: 'bg-' + topic,
  outlet: 'Archive',
  date: `2031-0${1 + (k % 2)}-1${k}`,
  title: `Halvorsen and the ${topic}`,
  text: `President Halvorsen spoke about the ${topic} on a day of other news. Officials explained the ${topic} plan.`,
  ents: ['halvorsen', 'topic-' + topic],
}));

describe('events on real-style coverage', () => {
  it('puts one story told by outlets naming different officials, in different words, in one event', () => {
    const ev = events([...SEPARATION, ...SAME_DAY, ...background]);
    expect(new Set(SEPARATION.map((f) => ev.get(f.id))).size).toBe(1);
  });

  it('keeps two stories of the same day apart when all they share is the president', () => {
    const ev = events([...SEPARATION, ...SAME_DAY, ...background]);
    expect(ev.get('tariff-a')).toBe(ev.get('tariff-b'));
    expect(ev.get('flood-a')).toBe(ev.get('flood-b'));
    expect(ev.get('tariff-a')).not.toBe(ev.get('flood-a'));
    expect(ev.get('tariff-a')).not.toBe(ev.get('sep-north'));
  });

  it('split the one story by its names alone (termWeight 0, the clustering before content words)', () => {
    const ev = events([...SEPARATION, ...SAME_DAY, ...background], { termWeight: 0 });
    expect(new Set(SEPARATION.map((f) => ev.get(f.id))).size).toBeGreaterThan(1);
  });

  it('lets an article that mentions the other story in passing join its own, not chain the two into one', () => {
    const both: Fixture = {
      id: 'tariff-aside',
      outlet: 'Daily Digest',
      date: '2031-05-10',
      title: 'Carmakers count the cost of steel tariffs',
      text: 'Carmakers said the steel and aluminium tariffs President Halvorsen ordered would add to the price of every car, and importers cancelled shipments from foreign mills. The order came as Halvorsen toured flooded river towns, where rescue crews were still at work.',
      ents: ['halvorsen', 'carlo-vent', 'steel-union'],
    };
    const ev = events([...SAME_DAY, both, ...background]);
    expect(ev.get('tariff-aside')).toBe(ev.get('tariff-a'));
    expect(ev.get('tariff-a')).not.toBe(ev.get('flood-a'));
  });

  it('lets an undated article join one story but never bridge two', () => {
    const undated = { ...SAME_DAY[0], id: 'tariff-undated', date: null, title: 'Tariffs and the flood relief' };
    undated.text += ' ' + SAME_DAY[2].text;
    const ev = events([...SAME_DAY, undated, ...background]);
    expect(ev.get('tariff-a')).not.toBe(ev.get('flood-a'));
  });
});
