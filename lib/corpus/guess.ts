// Pure: guess outlet, publication date, title and dateline from an article's own text.
//
// Evidence, strongest first:
//   outlet: signature prefix ("Shafaq News/ ") > inline dateline with outlet ("ERBIL (Kurdistan24) - ")
//           > desk byline ("News Desk - The Cradle") > photo credit ("(Photo: Kurdistan24)", weak: used
//           only when nothing else names an outlet, and never for wire/photo agencies).
//   date:   the first line that is only a date ("Friday, December 27, 2024", "Dec. 30, 2024"). Relative
//           mentions ("on Thursday") and dates inside sentences are never used: they date events, not
//           publication.
//   title:  the headline-shaped first line that cleaning removed as 'title'.
//   dateline: the first paragraph-opening dateline ("ERBIL (Kurdistan24) -", "NEWSROOM —", no outlet there).

import { cleanText } from './clean.js';
import type { CleanResult, Evidence, Guess } from './types.js';
import { matchByline, matchDateLine, matchInlineDateline, matchSignaturePrefix, photoCredit } from './lines.js';

/** Wire services and photo agencies: a photo credit naming them says nothing about the publishing outlet. */
const AGENCIES =
  /^(?:afp|ap|reuters|getty(?: images)?|epa|anadolu(?: agency)?|xinhua|shutterstock|file|archive|social media|supplied|handout)$/i;

/** Guess outlet/date/title/dateline from raw article text (pass `cleaned` to reuse an earlier cleanText result). */
export function guessMetadata(text: string, cleaned?: CleanResult): Guess {
  const c = cleaned ?? cleanText(text);
  const evidence: Evidence[] = [];
  for (const r of c.removed) {
    if (r.kind === 'signature') {
      const sig = matchSignaturePrefix(r.text + 'x');
      if (sig)
        evidence.push({ field: 'outlet', value: sig.outlet, from: r.text, rule: 'signature', strength: 'strong' });
    } else if (r.kind === 'byline') {
      const b = matchByline(r.text.trim());
      if (b?.outlet)
        evidence.push({ field: 'outlet', value: b.outlet, from: r.text, rule: 'byline', strength: 'strong' });
    } else if (r.kind === 'dateline') {
      const d = matchDateLine(r.text.replace(/\u00a0/g, ' ').trim());
      if (d) evidence.push({ field: 'date', value: d, from: r.text, rule: 'date-line', strength: 'strong' });
    } else if (r.kind === 'title') {
      evidence.push({
        field: 'title',
        value: r.text.replace(/\s+/g, ' ').trim(),
        from: r.text,
        rule: 'title-line',
        strength: 'strong',
      });
    } else if (r.kind === 'caption' || r.kind === 'repeated-line') {
      const who = photoCredit(r.text);
      if (who && !AGENCIES.test(who) && who.split(/\s+/).length <= 4) {
        evidence.push({ field: 'outlet', value: who, from: r.text, rule: 'photo-credit', strength: 'weak' });
      }
    }
  }
  let dateline: Guess['dateline'] = null;
  for (const p of c.paragraphs) {
    const d = matchInlineDateline(c.text.slice(p.start, Math.min(p.end, p.start + 120)));
    if (d) {
      dateline = d;
      evidence.push({ field: 'dateline', value: d.place, from: d.text, rule: 'dateline', strength: 'strong' });
      if (d.outlet) {
        evidence.push({ field: 'outlet', value: d.outlet, from: d.text, rule: 'dateline', strength: 'strong' });
      }
      break;
    }
  }
  const rank = { signature: 0, dateline: 1, byline: 2, 'photo-credit': 3, 'date-line': 4, 'title-line': 5 };
  const outlets = evidence.filter((e) => e.field === 'outlet').sort((a, b) => rank[a.rule] - rank[b.rule]);
  return {
    outlet: outlets[0]?.value ?? null,
    date: evidence.find((e) => e.field === 'date')?.value ?? null,
    title: evidence.find((e) => e.field === 'title')?.value ?? null,
    dateline,
    evidence,
  };
}
