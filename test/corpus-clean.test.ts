// The pure pieces: cleanText, guessMetadata, decodeBytes.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../lib/corpus/clean.js';
import { growth } from './helpers/scaling.js';
import { decodeBytes } from '../lib/corpus/decode.js';
import { guessMetadata } from '../lib/corpus/guess.js';
import { parseDate } from '../lib/corpus/lines.js';

const kinds = (r: { removed: { kind: string }[] }) => r.removed.map((x) => x.kind);

describe('cleanText', () => {
  it('removes invisible and control characters, counting them; NBSP becomes a space; quotes and dashes stay', () => {
    const raw = 'He said \u201cyes\u201d \u2014 twice\u200B\u200E.\u00a0\u00a0\nSecond\u0007 line\u00a0here.\u202B';
    const r = cleanText(raw);
    expect(r.text).toBe('He said \u201cyes\u201d \u2014 twice.\n\nSecond line here.'); // no blank lines: a line is a paragraph
    expect(r.removed).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'zero-width', count: 1 }),
        expect.objectContaining({ kind: 'bidi-control', count: 2 }),
        expect.objectContaining({ kind: 'control', count: 1 }),
        expect.objectContaining({ kind: 'nbsp', count: 3 }),
      ]),
    );
  });

  it('applies NFC', () => {
    expect(cleanText('Cafe\u0301 talks resumed on Friday.').text).toBe('Caf\u00e9 talks resumed on Friday.');
  });

  it('removes U+FFFD and warns that the input was damaged', () => {
    const r = cleanText('Damaged \uFFFD text arrived here.');
    expect(r.text).toBe('Damaged  text arrived here.');
    expect(r.warnings[0]).toMatch(/replacement character/);
  });

  it('removes widgets, social lines and captions, each recorded verbatim with its raw offset', () => {
    const raw = [
      'The minister arrived in Baghdad on Monday for talks.',
      '',
      'Share on Facebook',
      'Follow us on Twitter',
      '',
      'The talks lasted three hours, officials said.',
      '',
      'Officials meet in Baghdad. Photo credit: Reuters',
      '',
      '3 Comments',
      'Leave a comment',
      'Subscribe',
    ].join('\n');
    const r = cleanText(raw);
    expect(r.text).toBe(
      'The minister arrived in Baghdad on Monday for talks.\n\nThe talks lasted three hours, officials said.',
    );
    expect(kinds(r)).toEqual(['social', 'social', 'caption', 'comment-widget', 'comment-widget', 'social']);
    for (const x of r.removed) expect(raw.slice(x.rawStart, x.rawStart! + x.text.length)).toBe(x.text);
  });

  it('does not mistake body sentences for debris', () => {
    const raw =
      'Share prices fell after the announcement.\n\nBy the end of the year, the talks had stalled.\n\nSubscribers to the service complained.';
    const r = cleanText(raw);
    expect(r.text).toBe(raw);
    expect(r.removed).toEqual([]);
  });

  it('keeps the first of repeated lines and removes later copies', () => {
    const r = cleanText(
      'Alpha paragraph about the visit.\n\nBeta paragraph about talks.\n\nAlpha paragraph about the visit.',
    );
    expect(r.text).toBe('Alpha paragraph about the visit.\n\nBeta paragraph about talks.');
    expect(kinds(r)).toEqual(['repeated-line']);
  });

  it('in an Arabic article, Arabic stays and a stray Latin junk line goes', () => {
    const raw =
      'وصل وفد عراقي رفيع المستوى إلى دمشق يوم الخميس.\n\nShare this widget now\n\nوقال مصدر حكومي إن الزيارة مهمة.';
    const r = cleanText(raw);
    expect(r.text).toBe('وصل وفد عراقي رفيع المستوى إلى دمشق يوم الخميس.\n\nوقال مصدر حكومي إن الزيارة مهمة.');
  });

  it('a mixed-script article (no script above 70%) loses nothing to the script rule', () => {
    const raw = 'English paragraph here with words.\n\nفقرة عربية هنا مع كلمات كثيرة.';
    expect(cleanText(raw).text).toBe(raw);
  });

  it('makes every line a paragraph when the text has no blank lines', () => {
    const r = cleanText('First line of text.\nSecond line of text.\nThird line.');
    expect(r.paragraphs).toHaveLength(3);
    expect(r.text).toBe('First line of text.\n\nSecond line of text.\n\nThird line.');
    const r2 = cleanText('First line of text,\ncontinued here.\n\nSecond paragraph.');
    expect(r2.paragraphs).toHaveLength(2);
    expect(r2.text.slice(r2.paragraphs[0].start, r2.paragraphs[0].end)).toBe('First line of text,\ncontinued here.');
  });

  it('handles CRLF and CR line ends', () => {
    expect(cleanText('One paragraph.\r\n\r\nTwo paragraph.\r\rThree.').paragraphs).toHaveLength(3);
  });

  it('removes a headline-shaped first line as the title, or one equal to the given title', () => {
    expect(kinds(cleanText('Leaders meet in Damascus\n\nThe leaders met today.'))).toEqual(['title']);
    expect(
      kinds(cleanText('Leaders meet in Damascus.\n\nThe leaders met today.', { title: 'Leaders Meet in Damascus.' })),
    ).toEqual(['title']);
    expect(kinds(cleanText('Leaders meet in Damascus\n\nThe leaders met today.', { keepFirstLine: true }))).toEqual([]);
    // a one-paragraph text keeps its only line
    expect(cleanText('Leaders meet in Damascus').text).toBe('Leaders meet in Damascus');
  });

  it('removes headline-shaped lines trailing after the last body paragraph as related links', () => {
    const r = cleanText(
      'Body paragraph one.\n\nA subhead inside\n\nBody paragraph two.\n\nRelated story headline here\nAnother related headline',
    );
    expect(r.text).toBe('Body paragraph one.\n\nA subhead inside\n\nBody paragraph two.');
    expect(kinds(r)).toEqual(['related-link', 'related-link']);
  });

  it('is linear on long lines', async () => {
    // 4x the input costs about 4x, not 16x: a ratio measured in this test, not a time limit
    const run = (n: number) =>
      cleanText(`${'x(Photo: '.repeat(2 * n)}\n\n${'News Desk - '.repeat(n)}\n\n${'Friday, '.repeat(n)}`);
    expect(await growth(run, 25_000, 100_000)).toBeLessThan(9);
  });
});

describe('guessMetadata', () => {
  it('reads an outlet signature prefix', () => {
    const g = guessMetadata('Shafaq News/ The government said on Thursday that the talks were useful.');
    expect(g.outlet).toBe('Shafaq News');
    expect(g.evidence[0]).toMatchObject({ rule: 'signature', strength: 'strong' });
  });

  it('reads a CITY (Outlet) dateline, and NEWSROOM datelines without an outlet', () => {
    expect(guessMetadata('ERBIL (Kurdistan24) - According to sources, talks ended.').outlet).toBe('Kurdistan24');
    expect(guessMetadata('BAGHDAD, Iraq (AP) — The talks ended on Friday.').dateline).toMatchObject({
      place: 'BAGHDAD',
      outlet: 'AP',
    });
    const n = guessMetadata('NEWSROOM — An Iraqi delegation met Syrian leaders.');
    expect(n.dateline).toMatchObject({ place: 'NEWSROOM', outlet: null });
    expect(n.outlet).toBeNull();
  });

  it('a masked outlet name or a time in the dateline bracket is no outlet, and the place is kept', () => {
    // corpora built to classify outlets mask the name; some datelines carry the time
    const masked = guessMetadata('WASHINGTON (\u2588\u2588\u2588) \u2014 The Senate voted on Thursday.');
    expect(masked.dateline).toMatchObject({ place: 'WASHINGTON', outlet: null });
    expect(masked.outlet).toBeNull();
    expect(guessMetadata('WASHINGTON (Tuesday, 8:47 p.m.) - The vote was delayed.').outlet).toBeNull();
  });

  it('uses a photo credit only as weak evidence, and never a wire agency', () => {
    const g = guessMetadata(
      'Officials met in the capital.\n\nLeaders shake hands. (Photo: Example News)\n\nThe talks continued.',
    );
    expect(g.outlet).toBe('Example News');
    expect(g.evidence.find((e) => e.field === 'outlet')?.strength).toBe('weak');
    expect(
      guessMetadata('Officials met.\n\nLeaders shake hands. (Photo: AFP)\n\nThe talks continued.').outlet,
    ).toBeNull();
  });

  it('reads dates only from standalone date lines', () => {
    expect(guessMetadata('Friday, December 27, 2024\n\nThe talks were held on Thursday.').date).toBe('2024-12-27');
    expect(guessMetadata('The talks were held on Thursday, Dec. 26, 2024, officials said.').date).toBeNull();
  });
});

describe('parseDate', () => {
  it('understands common date shapes and rejects impossible dates', () => {
    expect(parseDate('Friday, December 27, 2024')).toBe('2024-12-27');
    expect(parseDate('Dec. 30, 2024')).toBe('2024-12-30');
    expect(parseDate('30 December 2024')).toBe('2024-12-30');
    expect(parseDate('2024-12-30T08:15:00+03:00')).toBe('2024-12-30');
    expect(parseDate('Thu, 26 Dec 2024 10:00:00 GMT')).toBe('2024-12-26');
    expect(parseDate('December 27, 2024 10:30 AM')).toBe('2024-12-27');
    expect(parseDate('2024-02-30')).toBeNull();
    expect(parseDate('Thursday')).toBeNull();
  });
});

describe('decodeBytes', () => {
  it('reads UTF-8, with or without BOM, and UTF-16 with BOM', () => {
    expect(decodeBytes(Buffer.from('héllo'))).toMatchObject({
      ok: true,
      text: 'héllo',
      encoding: 'utf-8',
      encodingGuessed: false,
    });
    expect(decodeBytes(Buffer.from('\uFEFFhéllo'))).toMatchObject({ ok: true, text: 'héllo', encoding: 'utf-8-bom' });
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('héllo', 'utf16le')]);
    expect(decodeBytes(le)).toMatchObject({ ok: true, text: 'héllo', encoding: 'utf-16le' });
  });

  it('guesses Windows-1252 with confidence and flags it', () => {
    const b = iconv.encode(
      'He said \u201chello\u201d \u2014 and the café was closed. Naïve résumé of the meeting.\n',
      'windows-1252',
    );
    const d = decodeBytes(b);
    expect(d).toMatchObject({ ok: true, encoding: 'windows-1252', encodingGuessed: true });
    if (d.ok) expect(d.text).toContain('\u201chello\u201d \u2014 and the café');
  });

  it('refuses what it cannot decode cleanly', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ ok: false, reason: 'empty file (0 bytes)' });
    expect(decodeBytes(Buffer.from([0x41, 0, 0x42]))).toEqual({
      ok: false,
      reason: 'binary file (contains NUL bytes)',
    });
    const bad = decodeBytes(Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.reason).toMatch(/^undecodable: not valid UTF-8 and no confident encoding guess/);
  });
});
