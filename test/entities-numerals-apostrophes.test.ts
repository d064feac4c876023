// A Roman numeral after a name, and a name's inner apostrophe spaced apart in pre-tokenised text. Fixtures invented,
// modelled on the failure patterns ("War I" cut from "World War I", "Bashar Ja" cut from "Bashar Ja ’ afari").
import { describe, expect, it } from 'vitest';
import { entityWith, expectSameEntity, run, texts, typeOf } from './helpers/entities.js';
import { tokenize } from '../lib/text/tokenize.js';

describe('a Roman numeral after a name', () => {
  const r = run(
    'World War I changed the map of Orvania . Veterans of world War I marched in Tessaly on Sunday .',
    'World War II ended the old order . Pedro I became emperor in 1822 . The reign of Pedro I was short .',
    'Queen Elizabeth I never married . I told Pedro I would come , and I meant it .',
  );

  it('keeps the whole counted war, at a sentence start and with "world" in lower case', () => {
    const t = texts(r);
    expect(t).not.toContain('War I');
    expect(t).not.toContain('War II');
    expect(t.filter((x) => x === 'World War I')).toHaveLength(1);
    expect(t).toContain('World War II');
    expectSameEntity(r, 'world War I', 'World War I');
  });

  it('reads the regnal number after a title or a given name, and the pronoun elsewhere', () => {
    const t = texts(r);
    expect(t).toContain('Elizabeth I');
    expect(t.filter((x) => x === 'Pedro I')).toHaveLength(2);
    expect(typeOf(r, 'Pedro I')).toBe('person');
    // "told Pedro I would": the pronoun starts a clause; the name stays apart from it
    expect(r.mentions[2].map((m) => m.text)).not.toContain('Pedro I');
  });
});

describe('an inner apostrophe spaced apart in a name', () => {
  const first = 'Envoy Bashar Ja ’ afari spoke for an hour . Ja ’ afari later left Tessaly .';
  const r = run(
    first,
    'The Shi ’ a militia Kata ’ ib Orvan fought near Sana ’ a . ‘ Morning Joe ’ and ‘ Plan B ’ is are shows .',
  );

  it('joins the parts into one name whose mentions point into the text as written', () => {
    const t = texts(r);
    expect(t).toContain('Bashar Ja ’ afari');
    expect(t).not.toContain('Bashar Ja');
    expectSameEntity(r, 'Ja ’ afari', 'Bashar Ja ’ afari');
    expect(entityWith(r, 'Bashar Ja ’ afari')?.name).toBe('Bashar Ja’afari');
    const m = r.mentions[0].find((x) => x.text === 'Bashar Ja ’ afari');
    expect(m && first.slice(m.start, m.end)).toBe('Bashar Ja ’ afari');
  });

  it('leaves a closing quote mark before an ordinary word alone', () => {
    const words = tokenize('‘ Morning Joe ’ and ‘ Plan B ’ is so . I ’ m here .').map((k) => k.norm);
    expect(words).toContain('joe');
    expect(words).toContain('b');
    expect(words).toContain('i');
    expect(words).not.toContain("joe'and");
    expect(words).not.toContain("b'is");
  });
});

describe("a name's possessive with its noun left out", () => {
  it("keeps the 's of a shop named for its founder, written so wherever it is named", () => {
    const r = run("On Monday , Quabbin's was sold . A bid for Quabbin's failed . Staff at Quabbin's were told .");
    expect(texts(r).length).toBeGreaterThanOrEqual(2);
    expect(texts(r).every((x) => x === "Quabbin's")).toBe(true);
  });

  it("leaves the 's of a person named by one word, bare in most uses (… while Veska's was listed)", () => {
    const r = run(
      'Veska and Tomas fled in May . Tomas ’ s status was listed as single while Veska ’ s was listed as unknown . ' +
        'Veska said she was afraid . Veska waited . Tomas and Veska ’ s home burned . Veska cried .',
    );
    const t = texts(r);
    expect(t).not.toContain('Veska ’ s');
    expect(t.filter((x) => x === 'Veska')).toHaveLength(6);
  });
});
