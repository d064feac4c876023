// Names cut by a bracket or a quote mark: an editor's insertion before a family name in round or square brackets
// opened before a title ("( Finance Minister Tomas ) Varga", "[ party leader Stefan ] Horvek"), a nickname quoted or
// bracketed between the given name and the family name, and a stray quote mark inside a name its article writes whole.
// The bracket's given name is no mention of its own (it joined whichever person shares it), a rider's country in
// brackets is no nickname. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { expectApart, expectSameEntity, expectTypes, run, texts } from './helpers/entities.js';

describe('names cut by a bracket or a quote mark', () => {
  it("reads an editor's round brackets round a title and given name as the family name's", () => {
    const r = run(
      'Critics say the talks will fail . " We can not trust ( Finance Minister Tomas ) Varga on this , " he said . ' +
        'Tomas Varga denied it . Professor Dorin Tomas , an economist , agreed .',
    );
    expect(texts(r)).not.toContain('Tomas');
    expectSameEntity(r, 'Varga', 'Tomas Varga');
    expectApart(r, 'Varga', 'Dorin Tomas');
  });

  it("types the family name after an editor's square brackets opened before a role a person", () => {
    const r = run('" I remember [ party leader Stefan ] Horvek telling us to wait , " the aide said .');
    expectTypes(r, { Horvek: 'person', Stefan: undefined });
  });

  it('keeps a quoted or bracketed nickname inside the name', () => {
    const r = run(
      'The council heard from Stanislav “ Stan ” Orbelian on Tuesday . Orbelian said the road would close . ' +
        "Later the board met Jonas (Jack) Pettersby , and Wilma `` Billie '' Tranter left .",
    );
    expectTypes(r, {
      'Stanislav “ Stan ” Orbelian': 'person',
      'Jonas (Jack) Pettersby': 'person',
      "Wilma `` Billie '' Tranter": 'person',
      Stan: undefined,
    });
    expectSameEntity(r, 'Orbelian', 'Stanislav “ Stan ” Orbelian');
  });

  it('bridges a stray quote mark inside a name the article writes whole', () => {
    const r = run(
      'Speaker Karen “ Odegaard has been clear , the aide said . The aide added that Karen Odegaard did not comment .',
    );
    expectSameEntity(r, 'Karen “ Odegaard', 'Karen Odegaard');
  });

  it('leaves a country in brackets between a rider and the team, and a source in brackets', () => {
    const r = run(
      'Results of the stage :\n1. Olaf Brenner (Germany) Telekom 4:12:05\n' +
        'Lisbon ( Reuters ) Maria Souto , a teacher , spoke .',
    );
    expectTypes(r, { 'Olaf Brenner': 'person', Germany: 'place', 'Maria Souto': 'person' });
  });
});
