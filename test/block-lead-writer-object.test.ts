// A block quote's lead-in that names the writer only as the one a third party writes to or corrects ("Port spokesman
// Ivo Brenn emails to correct my summary :", "Lee emailed us :") prints the third party's text: the writer's "my" or
// "us" after the verb of observing does not make the block the writer's own (lib/text/block-lead.ts). The writer as
// the subject ("As I argued :", "Lee emailed me and I replied :") still does. Invented fixtures.
import { describe, expect, it } from 'vitest';
import { blockLead } from '../lib/text/block-lead.js';

/** blockLead over a two-paragraph text "lead\n\nblock". */
function leadOf(lead: string, block: string): string | null {
  const text = `${lead}\n\n${block}`;
  return blockLead(text, [0, lead.length], [lead.length + 2, text.length]);
}

const BLOCK = 'Nobody gets a harbour permit until the new checks are met , probably in six months .';

describe('a lead-in naming the writer as the addressee', () => {
  it("prints the third party's text", () => {
    expect(
      leadOf('UPDATE - Port spokesman Ivo Brenn emails to correct my summary of this point :', BLOCK),
    ).not.toBeNull();
    expect(leadOf('Ana Lee emailed us :', BLOCK)).not.toBeNull();
  });

  it('stays the writer’s when the writer is the subject', () => {
    expect(leadOf('As I argued in my column last year :', BLOCK)).toBeNull();
    expect(leadOf('Ana Lee emailed me and I replied :', BLOCK)).toBeNull();
  });
});
