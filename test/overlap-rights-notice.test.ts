// An agency's rights notice printed under its copy by each site that runs it ("© Copyright 2026 <agency> . All rights
// reserved . This material may not be …") is no reuse between two sites: told by its shape (last line, after a
// copyright mark), not by any agency's words. The same words copied without the mark, or mid-article, stay reuse.
// Fixtures written for this test: invented sites, an invented agency and notice.
import { describe, expect, it } from 'vitest';
import { analyse } from '../lib/text/analyse.js';
import { overlap } from '../lib/overlap/overlap.js';
import { onRightsLine } from '../lib/overlap/rights-notice.js';
import { wideFillerProse } from './helpers/prose.js';

const doc = (id: string, outlet: string, text: string) =>
  analyse({ id, outlet, date: '2026-04-02', text, paragraphs: [] });

const NOTICE =
  'All rights reserved . This material may not be printed , aired , retold , or passed on in any form without leave .';

const sharedKinds = (footA: string, footB: string) => {
  const a = `${wideFillerProse(31, 300)}\n${footA}`;
  const b = `${wideFillerProse(41, 300)}\n${footB}`;
  const p = overlap([doc('a', 'Valley Ledger', a), doc('b', 'Harbour Gazette', b)]).pairs[0];
  return p?.passages.filter((x) => x.text.includes('passed on')).map((x) => x.kind) ?? [];
};

describe('a rights notice at the foot of two sites', () => {
  it('is stock, not reuse, when both print it after a copyright mark on their last line', () => {
    expect(
      sharedKinds(
        `© Copyright 2026 Meridian Wire . ${NOTICE}`,
        `( Logo TM and Copyright 2026 Tallmere Radio Inc. Used under license . ${NOTICE} Meridian Wire contributed . )`,
      ),
    ).toEqual(['stock']);
  });
  it('stays reuse without the mark (guard)', () => {
    expect(sharedKinds(`Meridian Wire said . ${NOTICE}`, `The board said . ${NOTICE}`)).toEqual(['reuse']);
  });
  it('reads the mark on the passage line only, and the line must end the article', () => {
    const t = 'Body text here .\n© 2026 Meridian Wire . All rights reserved .';
    expect(onRightsLine(t, t.indexOf('All'), t.length)).toBe(true);
    expect(onRightsLine(`${t}\nMore text after it .`, t.indexOf('All'), t.length)).toBe(false);
    const u = '© 2026 Meridian Wire .\nAll rights reserved .';
    expect(onRightsLine(u, u.indexOf('All'), u.length)).toBe(false);
  });
});
