// A link to another article set between paragraphs with its label first ("More: <headline>", "SEE ALSO: <headline>",
// "RELATED: <headline>") stayed in the text: its headline counted as the outlet's words, and two articles of one
// outlet that linked the same piece "shared" it, read as the outlet reusing its own text. Such lines are removed as
// related links, with the label-last shape ("<headline> Read more") that was already read. Invented headlines.
import { describe, expect, it } from 'vitest';
import { cleanText } from '../lib/corpus/clean.js';
import { isReadMoreLink } from '../lib/corpus/read-more-links.js';

describe('related links with the label first', () => {
  it('reads the label-first shapes as links', () => {
    for (const line of [
      'More : Who is Ivo Dorr , the acting harbour chief after Ada Kerrow leaves ?',
      'SEE ALSO : Ferry union launches ad blitz to sway the council',
      "RELATED : Quayside's new mayor faces a defining 'moment , ' but it 's brief",
      'READ MORE : What is in the harbour plan ?',
      'More : Keep the ferry . It will make Quayside greater .',
    ])
      expect(isReadMoreLink(line), line).toBe(true);
  });

  it('leaves sentences and addresses alone', () => {
    for (const line of [
      'More : the council said the vote would wait until June , and the union agreed to the delay .',
      'Read more : https : //t.co/5xHlN pic.twitter.com/MoS58 — Harbour Board ( @ harbourboard ) May 1 , 2019',
      'More than 600 workers walked out on Monday , the union said .',
      'Related : the ferry , the bridge and the school were all on the table for the council that night , and the mayor said so .',
    ])
      expect(isReadMoreLink(line), line).toBe(false);
  });

  it('cleaning removes the line and logs it', () => {
    const raw =
      'The harbour board voted on Tuesday to close the ferry terminal .\n\n' +
      'More : Who is Ivo Dorr , the acting harbour chief after Ada Kerrow leaves ?\n\n' +
      'The council said the site would be sold .';
    const r = cleanText(raw, { keepFirstLine: true });
    expect(r.text).not.toContain('acting harbour chief');
    expect(r.removed.some((x) => x.kind === 'related-link' && x.text.includes('Ivo Dorr'))).toBe(true);
    expect(r.text).toContain('The council said the site would be sold .');
  });
});
