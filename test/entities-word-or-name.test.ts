// Word or name: role words that are adjectives, "X of the Y" heads, acronyms defined locally, -ss words that are no
// plurals, and names opening a sentence or a quotation, outlets of the corpus. Each modelled on a class read on a real corpus.
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../lib/entities/entities.js';
import { doc, entityWith, run, typeOf, typesOf } from './helpers/entities.js';

describe('a role word after a determiner is an adjective', () => {
  it('"the official Glimmer page" does not make Glimmer an official', () => {
    const r = run(
      'The statement posted on the official Glimmer page of the army came as the deadline passed.\n\n' +
        'Activists who had been busy on Glimmer stopped posting.',
    );
    expect(typeOf(r, 'Glimmer')).not.toBe('person');
  });

  it('"official Tarek Hamdan said" still names an official', () => {
    const r = run('A senior official Tarek Hamdan said the talks would resume on Sunday.');
    expect(typeOf(r, 'Tarek Hamdan')).toBe('person');
  });
});

describe('a head word before "of the" heads the name', () => {
  it('"Supreme Council of the Armed Forces" is an organisation, not an armed group', () => {
    const r = run('The Supreme Council of the Armed Forces issued a statement on Monday.');
    expect(typeOf(r, 'Supreme Council of the Armed Forces')).toBe('org');
  });
});

describe('an acronym defined in a few articles and used bare in many', () => {
  it('keeps its definition in the articles that give it, and stays itself elsewhere', () => {
    const defining = 'The Qalandi Pasture Registry (QPR) will list every farm, and the QPR opens on Monday.';
    const bare = (i: number) => `Speaking to QPR on Sunday, the mayor of town ${i} said the rain had stopped.`;
    const r = run(defining, ...Array.from({ length: 11 }, (_, i) => bare(i)));
    const inDefining = r.mentions[0].filter((m) => m.text === 'QPR').map((m) => m.entity);
    const elsewhere = r.mentions.slice(1).flatMap((l) => l.filter((m) => m.text === 'QPR').map((m) => m.entity));
    expect(new Set(inDefining)).toEqual(new Set(['qalandi-pasture-registry']));
    expect(elsewhere).toHaveLength(11);
    expect(elsewhere.every((e) => e !== 'qalandi-pasture-registry')).toBe(true);
  });

  it('holds everywhere when the corpus defines it often enough', () => {
    const defining = 'The Qalandi Pasture Registry (QPR) will list every farm, and the QPR opens on Monday.';
    const bare = (i: number) => `Speaking to QPR on Sunday, the mayor of town ${i} said the rain had stopped.`;
    const r = run(defining, bare(1), bare(2), bare(3));
    const all = r.mentions.flatMap((l) => l.filter((m) => m.text === 'QPR').map((m) => m.entity));
    expect(new Set(all)).toEqual(new Set(['qalandi-pasture-registry']));
  });
});

describe('words that only look like plurals or names', () => {
  it('"Press" is no plural of an abbreviation "Pres"', () => {
    const r = run(
      'Vance spoke to the Daily Press on Monday. The Press said it would print the letter.\n\n' +
        'Pres. Alvarez signed the bill, and Pres said nothing more.',
    );
    const press = r.entities.find((e) => e.aliases.includes('Press'));
    expect(press?.aliases ?? []).not.toContain('Pres');
  });

  it('a word opening a quotation in pre-tokenised text (``) is a sentence start', () => {
    const r = run(
      "The senator said in a statement . `` Without these reforms , crossings will rise , '' he said . " +
        'The plan was without merit , and without money .',
    );
    expect(r.mentions.flat().map((m) => m.text)).not.toContain('Without');
  });
});

describe('a name opening a sentence', () => {
  it('is kept when the corpus writes the word in lower case only now and then', () => {
    const r = run(
      'Donald Trump met the governors on Monday. He said the wall would be built.',
      'The senator played the trump card. Trump said later that the talks had failed.',
      'Trump also warned that the money would run out, and Trump aides agreed.',
    );
    expect(r.mentions[1].filter((m) => m.text === 'Trump')).toHaveLength(1);
    expect(r.mentions[2].filter((m) => m.text === 'Trump')).toHaveLength(2);
  });
});

describe('capitals that are common nouns', () => {
  it('"on TV", "a DNA test", "photo IDs", "NGOs" are no organisations; a defined agency in capitals is', () => {
    const r = run(
      'The mayor said on TV that a DNA test and two photo IDs were needed, and NGOs agreed. ' +
        'The Vantor Permit Office (VPO) said the VPO would decide.',
    );
    const texts = r.mentions.flat().map((m) => m.text);
    for (const w of ['TV', 'DNA', 'IDs', 'NGOs']) expect(texts).not.toContain(w);
    expect(texts).toContain('VPO');
  });

  it('a three-letter word in capitals the corpus writes as a word ("NOT") is no name; an agency ("VEX") is', () => {
    const filler = Array.from({ length: 12 }, (_, i) => `Item ${i} was not ready and could not ship.`).join(' ');
    const r = run(filler, 'The plan will NOT pass, he wrote. VEX agents said VEX would act.');
    const texts = r.mentions.flat().map((m) => m.text);
    expect(texts).not.toContain('NOT');
    expect(texts).toContain('VEX');
  });
});

describe('a one-word head written in far more articles than its one "X of Y" name', () => {
  it('"the Wall" of many articles is no short form of a "Wall of Sorrow" named once', () => {
    const one = 'Critics called it the Wall of Sorrow when the wall went up in the valley.';
    const many = (i: number) => `Officials said the Wall would cost ${i + 2} billion, and the Wall would rise.`;
    const r = run(one, ...Array.from({ length: 6 }, (_, i) => many(i)));
    const ids = new Set(r.mentions.slice(1).flatMap((l) => l.filter((m) => m.text === 'Wall').map((m) => m.entity)));
    expect(ids.size).toBe(1);
    expect([...ids][0]).not.toBe(r.mentions[0].find((m) => m.text === 'Wall of Sorrow')?.entity);
  });
});

describe('a name that is an outlet of the corpus', () => {
  it('"in Quillpost" is the publication, not a place, when Quillpost is an outlet of the corpus', () => {
    const r = extractEntities([
      doc('q1', 'The governor said in Quillpost on Monday that the bridge would open.', 'Quillpost News'),
      doc('q2', 'The bridge opened on Friday, officials said.', 'Quillpost News'),
      doc('q3', 'Writing in Quillpost, the senator called the bridge a waste.', 'Harbour Daily'),
    ]);
    expect(typeOf(r, 'Quillpost')).toBe('org');
  });

  it('a one-word outlet name the corpus also writes as a word ("The Week") types nothing', () => {
    const r = extractEntities([
      doc('w1', 'Talks resumed this week in Vantor. Week after week the Vantor talks stalled.', 'The Week'),
    ]);
    expect(typesOf(r, 'Week')).not.toContain('org');
  });
});

describe('a particle word written in capitals', () => {
  it('"LA Times" is not "Times" with the particle "la"; it is the L.A. Times', () => {
    const r = run(
      'The LA Times reported on Monday that the council met.',
      'The Times of Lundria said the council met.',
      'The L.A. Times said the council erred.',
    );
    const la = entityWith(r, 'LA Times');
    expect(la?.aliases).toContain('L.A. Times');
    expect(la?.aliases).not.toContain('Times of Lundria');
  });
});
