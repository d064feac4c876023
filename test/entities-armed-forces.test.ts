// A state's armed forces named by the people's adjective and "Army" are the forces the corpus names in full with an
// acronym it defines ("Valdorian Army" = "Valdoria Defense Forces ( VDF )"); a full name the corpus never defines
// takes nothing. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../lib/entities/entities.js';
import { doc, entityWith } from './helpers/entities.js';

describe("a state's army and its forces named in full", () => {
  const r = extractEntities([
    doc('a', 'The Israel Defense Forces ( IDF ) said troops entered the town . The IDF gave no figures .', 'Ledger'),
    doc('b', 'The Israeli Army said two soldiers were hurt near the border on Tuesday .', 'Courier'),
    doc('c', 'The Syrian Army shelled the suburb , residents said .', 'Courier'),
    doc('d', 'Fighters of the Syrian Defense Forces held the dam , a monitor said .', 'Gazette'),
  ]);

  it('joins the army to the forces the corpus defines an acronym for', () => {
    const idf = entityWith(r, 'Israel Defense Forces');
    expect(idf).toBeDefined();
    expect(entityWith(r, 'Israeli Army')?.id).toBe(idf!.id);
    expect(entityWith(r, 'IDF')?.id).toBe(idf!.id);
  });

  it('leaves an army alone when its full name is never defined', () => {
    const army = entityWith(r, 'Syrian Army');
    expect(army).toBeDefined();
    expect(army!.id).not.toBe(entityWith(r, 'Syrian Defense Forces')?.id);
  });
});
