// A document run into from narration: "The second memo came at 3:12 p.m . ET , with a subject line : “ Update 2 : …"
// and "at 3:12 p.m . ET , another memo reported `` Update 2 : …": a few words of narration, a lead-in naming a document
// and ending in a colon or a verb of saying, then the document's words. Both articles print the document: common
// source, not reuse. Narration without a document, or with a long copied stretch before the quote, stays reuse. Seen on
// real coverage (an email's subject line); fixtures written for this test (another office, another town).
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { overlap } from '../lib/overlap/overlap.js';
import { documentRunIn } from '../lib/overlap/document-run-in.js';

const doc = (id: string, outlet: string, text: string) =>
  analyse({ id, outlet, date: '2026-04-02', text, paragraphs: [] });
const passagesOf = (a: string, b: string) => {
  const docs = [doc('a', 'Valley Ledger', a), doc('b', 'Harbour Gazette', b)];
  const pair = overlap(docs).pairs.find((p) => [p.a, p.b].sort().join() === 'a,b');
  return pair?.passages.map((x) => [x.kind, x.kind_because.slice(0, 30)]) ?? [];
};

const A =
  'The guards held the gate for an hour . The second memo came at 3:12 p.m . ET , with a subject line : ' +
  '“ Update 2 : firing at the harbor office in Dunmore has stopped and the staff are safe ” The clerk read it aloud .';
const B =
  'Shots were heard , the first memo said . Less than an hour later , at 3:12 p.m . ET , another memo reported `` ' +
  "Update 2 : firing at the harbor office in Dunmore has stopped and the staff are safe '' and asked for help .";

describe('a document run into from narration', () => {
  it("gives the document's words after a short narration to the document, on either side", () => {
    expect(passagesOf(A, B)).toEqual([['common-source', "a document's words run into fr"]]);
    const s = A.indexOf('at 3:12');
    expect(documentRunIn(A, [s, A.indexOf(' The clerk')])).toMatch(/subject line/);
  });

  it('keeps narration with no document named, or a long narration before the quote (guard)', () => {
    const plain =
      'Shots were heard . Later , at 3:12 p.m . ET , the clerk shouted : “ Update 2 : Harbor Office in Dunmore ”';
    expect(documentRunIn(plain, [plain.indexOf('at 3:12'), plain.length])).toBeNull();
    const long =
      'The second memo , which the guards at the north gate of the harbor sent at 3:12 p.m . ET , carried the line : “ Update 2 ”';
    expect(documentRunIn(long, [long.indexOf('which'), long.length])).toBeNull();
  });
});
