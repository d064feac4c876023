// A record's text that opens with its own headline, tokenised ("Quayside 's"), often after the photo caption, its
// credit and the section label on the same line ("… | AP Photo Harbour Quayside board votes …"), kept the caption and
// the headline as the outlet's own sentences. The record's title is now matched there blind to spacing and
// punctuation, and the line up to it is cut; a standfirst after it stays. A title inside a sentence, or opening a lead
// sentence that carries on, stays. Invented text.
import { describe, expect, it } from 'vitest';
import { cleanPlain } from '../lib/corpus/clean.js';
import { corpusFromRecords } from '../lib/corpus/load.js';
import { rawOffset } from '../lib/corpus/provenance.js';

const BODY = 'The harbour board voted on Tuesday to close the ferry terminal , the third closure this year .';

describe("the record's title repeated at the start of its text", () => {
  it('goes with the caption, credit and section label before it, and the offsets still point into the raw text', () => {
    const first =
      "Ada Kerrow said the plan was `` dead on arrival . '' | Ivo Dorr/AP Photo Harbour Quayside board votes to close ferry terminal";
    const raw = `${first}\n${BODY}`;
    const r = cleanPlain(raw, { title: 'Quayside board votes to close ferry terminal' });
    expect(r.text).toBe(BODY);
    expect(r.removed.find((x) => x.kind === 'title')).toMatchObject({ text: first, rawStart: 0 });
    expect(rawOffset(r, r.text.indexOf('ferry'))).toBe(raw.indexOf('ferry terminal ,'));
  });

  it('goes when tokenised alone on the first line, and a standfirst after a section label stays', () => {
    const npr = cleanPlain(`Quayside 's Hope Is A New Ferry , But Reality Is A Bridge\n${BODY}`, {
      title: "Quayside's Hope Is A New Ferry, But Reality Is A Bridge",
    });
    expect(npr.text).toBe(BODY);
    const dek = 'The critics are dreaming . A new board would change nothing .';
    const raw = `On The Pier The Myth of a Better Ferry Deal ${dek}\n${BODY}`;
    const r = cleanPlain(raw, { title: 'The Myth of a Better Ferry Deal' });
    expect(r.text).toBe(`${dek}\n${BODY}`);
    expect(rawOffset(r, 0)).toBe(raw.indexOf(dek));
  });

  it('is read by the loader from the record title', () => {
    const c = corpusFromRecords([
      {
        id: 'a',
        outlet: 'Quayside Post',
        title: 'Ferry terminal to close, board says',
        text: `Ferry terminal to close , board says\n${BODY}`,
      },
    ]);
    expect(c.articles[0].text).toBe(BODY);
  });

  it('stays inside a sentence, opening a lead that carries on, or as the only line', () => {
    const inside = `Put on your boots . Get ready for Operation Muddy Harbour Cleanup .\n${BODY}`;
    expect(cleanPlain(inside, { title: 'Operation Muddy Harbour Cleanup' }).text).toBe(inside);
    const lead = `Mayor meets ferry workers Tuesday at the pier , her aides said .\n${BODY}`;
    expect(cleanPlain(lead, { title: 'Mayor meets ferry workers' }).text).toBe(lead);
    const carried = `Mayor meets ferry workers on the pier .\n${BODY}`;
    expect(cleanPlain(carried, { title: 'Mayor meets ferry workers' }).text).toBe(carried);
    const only = 'Quayside board votes to close ferry terminal';
    expect(cleanPlain(only, { title: only }).text).toBe(only);
  });
});
