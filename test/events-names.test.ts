// Event names on invented articles modelled on a one-story corpus: every article names the country and its president,
// so the rarest entity shared by half an event's articles is a TV channel or a given name, which no reader would
// recognise the story by.
import { describe, expect, it } from 'vitest';
import { entityTypes, eventDocs, findEvents, headlineEntities } from '../lib/events/events.js';
import { nameEvents } from '../lib/events/names.js';

type M = { entity: string; text: string };
const m = (entity: string, text: string, n = 1): M[] => Array.from({ length: n }, () => ({ entity, text }));

const TYPES = entityTypes([
  { id: 'ostravia', type: 'place' },
  { id: 'anton-merrik', type: 'person' },
  { id: 'ilse-vorn', type: 'person' },
  { id: 'channel-nine', type: 'org' },
  { id: 'dorn-square', type: 'place' },
  { id: 'marta', type: 'person' },
  { id: 'ostravian', type: 'demonym' },
  { id: 'quiet', type: 'unknown' },
  { id: 'pell-harbour', type: 'place' },
  { id: 'hana-sollis', type: 'person' },
]);

/** Every article names Ostravia and President Merrik; each story has its own people and places. */
function corpus() {
  const base = (): M[] => [
    ...m('ostravia', 'Ostravia', 3),
    ...m('anton-merrik', 'Anton Merrik'),
    ...m('anton-merrik', 'Merrik', 3),
  ];
  const arts: { id: string; outlet: string; date: string; title: string; mentions: M[] }[] = [];
  // the army removes the president: six articles, a general in most, a TV channel quoted in half
  const coup = [
    'Army removes Merrik in Ostravia',
    'Ostravia: Merrik detained as General Vorn takes over',
    'What the fall of Merrik means',
    'Tanks in the capital of Ostravia',
    'General Vorn promises a vote within a year',
    'Merrik supporters gather outside barracks',
  ];
  coup.forEach((title, k) =>
    arts.push({
      id: 'coup-' + k,
      outlet: 'Outlet ' + (k % 3),
      date: k < 3 ? '2031-05-02' : '2031-05-03',
      title,
      mentions: [
        ...base(),
        ...(k < 5 ? [...m('ilse-vorn', 'Ilse Vorn'), ...m('ilse-vorn', 'Vorn', 2)] : []),
        ...(k % 2 === 0 ? m('channel-nine', 'Channel Nine') : []),
      ],
    }),
  );
  // the square is cleared five weeks later: four articles, a reporter's given name in half of them
  const square = [
    'Troops clear Dorn Square, dozens dead',
    'Dorn Square cleared at dawn',
    'Ostravia mourns after the crackdown',
    'Merrik allies vow to return to the streets',
  ];
  square.forEach((title, k) =>
    arts.push({
      id: 'square-' + k,
      outlet: 'Outlet ' + (k % 3),
      date: '2031-06-10',
      title,
      mentions: [
        ...base(),
        ...m('dorn-square', 'Dorn Square', k < 3 ? 2 : 0),
        ...m('ilse-vorn', 'Vorn', k < 2 ? 1 : 0),
        ...(k < 2 ? m('marta', 'Marta') : []),
        ...(k === 0 ? m('quiet', 'Quiet') : []),
      ],
    }),
  );
  // the deposed president on trial in August: three articles, the judge in two
  ['Merrik goes on trial', 'Merrik trial opens behind closed doors', 'Judge Sollis adjourns Merrik trial'].forEach(
    (title, k) =>
      arts.push({
        id: 'trial-' + k,
        outlet: 'Outlet ' + k,
        date: '2031-08-20',
        title,
        mentions: [
          ...base(),
          ...m('anton-merrik', 'Merrik', 3),
          ...(k ? [...m('hana-sollis', 'Hana Sollis'), ...m('hana-sollis', 'Sollis')] : []),
        ],
      }),
  );
  // a lone opinion piece on the harbour, months later
  arts.push({
    id: 'harbour',
    outlet: 'Outlet 1',
    date: '2031-09-01',
    title: 'Why Pell Harbour matters more than Merrik',
    mentions: [...base(), ...m('pell-harbour', 'Pell Harbour', 4)],
  });
  return arts;
}

/** The event id of each article. */
function ids() {
  const arts = corpus();
  const docs = eventDocs(
    arts,
    arts.map((a) => a.mentions),
  );
  const links: [string, string][] = [];
  for (const pre of ['coup-', 'square-', 'trial-']) {
    const ms = arts.filter((a) => a.id.startsWith(pre));
    for (let k = 1; k < ms.length; k++) links.push([ms[0].id, ms[k].id]);
  }
  const r = findEvents(docs, { links, types: TYPES, passageWeight: 1 });
  return { r, of: new Map(r.assignments.map((a) => [a.doc, a.event])) };
}

describe('event names', () => {
  it('names the stories of a one-story corpus by what they are about, not by a channel or a given name', () => {
    const { r, of } = ids();
    const coup = of.get('coup-0')!;
    const square = of.get('square-0')!;
    expect(
      new Set(
        corpus()
          .filter((a) => a.id.startsWith('coup-'))
          .map((a) => of.get(a.id)),
      ),
    ).toEqual(new Set([coup]));
    expect(of.get('square-3')).toBe(square);
    expect(coup).not.toContain('channel-nine');
    expect(square).not.toContain('marta');
    expect(square).not.toContain('quiet');
    // the president's removal and his trial are both about him: each adds what is its own, a person by surname
    expect(coup).toBe('2031-05-02/merrik+vorn');
    expect(of.get('trial-0')).toBe('2031-08-20/merrik+sollis');
    expect(square).toBe('2031-06-10/dorn-square');
    expect(of.get('harbour')).toBe('2031-09-01/pell-harbour');
    expect(r.events.find((e) => e.id === coup)!.entities.slice(0, 2)).toEqual(['anton-merrik', 'ilse-vorn']);
    for (const e of r.events) expect(e.id.length).toBeLessThanOrEqual('2031-05-02/'.length + 40);
  });

  it('is deterministic and keeps ids unique', () => {
    const a = ids().r;
    const b = ids().r;
    expect(a).toEqual(b);
    expect(new Set(a.events.map((e) => e.id)).size).toBe(a.events.length);
  });

  it('names an event by one entity when no other event shares it, and keeps a demonym out', () => {
    const docs = [
      { entities: ['ostravian', 'ostravian', 'pell-harbour'], titleEntities: ['ostravian', 'pell-harbour'] },
      { entities: ['ostravian', 'pell-harbour', 'pell-harbour'], titleEntities: ['ostravian'] },
    ];
    expect(nameEvents(docs, [[0, 1]], { types: TYPES })[0].slug).toBe('pell-harbour');
  });

  it('names no event by a news outlet, however specific, and shortens a person past "Jr."', () => {
    const outlets = new Set(['Harbour Herald']);
    const types = entityTypes(
      [
        { id: 'harbour-herald', name: 'Harbour Herald', type: 'org' },
        { id: 'pell-harbour', name: 'Pell Harbour', type: 'place' },
        { id: 'tomas-r-vale-jr', name: 'Tomas R. Vale Jr.', type: 'person' },
      ],
      (n) => outlets.has(n),
    );
    expect(types.get('harbour-herald')).toBe('media');
    // the outlet is in every headline and named only here; the harbour is named in half the corpus
    const docs = [
      { entities: ['harbour-herald', 'pell-harbour'], titleEntities: ['harbour-herald'] },
      { entities: ['harbour-herald', 'pell-harbour', 'pell-harbour'], titleEntities: ['harbour-herald'] },
      { entities: ['pell-harbour', 'tomas-r-vale-jr'], titleEntities: ['pell-harbour', 'tomas-r-vale-jr'] },
      { entities: ['pell-harbour', 'tomas-r-vale-jr'], titleEntities: ['pell-harbour'] },
      { entities: ['pell-harbour'], titleEntities: ['pell-harbour'] },
    ];
    const names = nameEvents(docs, [[0, 1], [2, 3], [4]], { types });
    expect(names[0].slug).toBe('pell-harbour');
    expect(names[1].slug).toBe('pell-harbour+vale');
  });

  it('joins a second entity that contains the first as the name alone, and cuts long names at a word', () => {
    const docs = [
      { entities: ['kell', 'kell-bridge-collapse'], titleEntities: ['kell'] },
      { entities: ['kell', 'kell-bridge-collapse'], titleEntities: ['kell'] },
      { entities: ['kell', 'the-very-long-named-commission-of-inquiry-into-the-bridge'], titleEntities: ['kell'] },
    ];
    const names = nameEvents(docs, [[0, 1], [2]]);
    expect(names[0].slug).toBe('kell-bridge-collapse');
    expect(names[1].slug).toBe('kell+the-very-long-named-commission-of');
  });

  it('finds the entities a headline names from the spellings in the body, as whole words', () => {
    const ms = [...m('anton-merrik', 'Anton Merrik'), ...m('anton-merrik', 'Merrik'), ...m('ostravia', 'Ostravia')];
    expect(headlineEntities('MERRIK DETAINED', ms)).toEqual(['anton-merrik']);
    expect(headlineEntities('Ostravians vote', ms)).toEqual([]);
    expect(headlineEntities('', ms)).toEqual([]);
  });
});
