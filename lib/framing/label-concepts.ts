// Concept labels: noun phrases around a frame concept's heads ("the fall of the Assad regime", "a bloodless coup"),
// with their modifiers and of/from complements, and the concept's patterns. Pure: docs in, mentions out.
import type { Doc } from '../types.js';
import { byString } from '../text/counts.js';
import { isStopword } from '../text/stopwords.js';
import { firstTokenAt, isTermToken } from '../text/tokenize.js';
import type { FramesConfig, LabelMention, Voice } from './types.js';
import { STARTS_LOWER, STARTS_UPPER } from '../util/letters.js';
import { DETS, POSS, QUOTE_MARK, display, isModifier, labelKey, voiceAt } from './label-forms.js';

function containsPhrase(norm: string, phrase: string): boolean {
  return (' ' + norm + ' ').includes(' ' + phrase + ' ');
}

/** The label text's matching form for requireAny/exclude: lowercase words with possessives kept as "'s" pieces joined. */
function matchForm(d: Doc, a: number, b: number): string {
  const parts: string[] = [];
  for (let i = a; i < b; i++) {
    const t = d.tokens[i];
    if (QUOTE_MARK.test(d.text[t.start]) && t.end - t.start === 1) continue;
    if (t.norm === "'s" && parts.length) parts[parts.length - 1] += "'s";
    else if (isTermToken(t)) parts.push(t.norm);
  }
  return parts.join(' ');
}

/** Noun-phrase labels of the frames' concepts in every doc (heads with their modifiers and of/from complements, plus patterns). */
export function conceptMentions(
  docs: readonly Doc[],
  frames: FramesConfig,
  voices: readonly Voice[] = [],
): LabelMention[] {
  const vById = new Map(voices.map((v) => [v.doc, v]));
  const out: LabelMention[] = [];
  for (const c of frames.concepts) {
    const heads = new Set(c.heads.map((h) => h.toLowerCase()));
    const req = (c.requireAny ?? []).map((x) => x.toLowerCase());
    const exc = (c.exclude ?? []).map((x) => x.toLowerCase());
    const modOk = new Set(req.flatMap((r) => r.split(' ')));
    for (const d of docs) {
      const v = vById.get(d.id);
      const toks = d.tokens;
      const mention = (start: number, end: number, text: string, kind: LabelMention['kind'], at: number) =>
        out.push({
          doc: d.id,
          outlet: d.outlet,
          start,
          end,
          target: c.id,
          targetName: c.name,
          label: display(text),
          key: labelKey(text),
          kind,
          voice: voiceAt(v, at),
        });
      let coveredTo = -1;
      for (let i = 0; i < toks.length; i++) {
        const t = toks[i];
        if (t.kind !== 'word' || !heads.has(t.norm) || t.start < coveredTo) continue;
        // a head directly followed by another content word is a modifier ("government authorities", "government source")
        const nx = toks[i + 1];
        if (nx && nx.sentence === t.sentence && nx.kind === 'word' && !isStopword(nx.norm) && nx.start - t.end <= 1)
          continue;
        let a = modifiersStart(d, i, heads, modOk);
        const b = complementEnd(d, i);
        // trim quote marks at the edges
        while (a < i && toks[a].kind === 'punct' && QUOTE_MARK.test(d.text[toks[a].start])) a++;
        const norm = matchForm(d, a, b);
        if (req.length && !req.some((r) => containsPhrase(norm, r))) continue;
        if (exc.some((x) => containsPhrase(norm, x))) continue;
        mention(toks[a].start, toks[b - 1].end, d.text.slice(toks[a].start, toks[b - 1].end), 'phrase', i);
        coveredTo = toks[b - 1].end;
      }
      // pattern hits that overlap none of this doc's head-phrase labels (those start at docFrom)
      const docFrom = out.length;
      for (const [start, end, text] of patternHits(d.text, c.patterns ?? []))
        if (!out.slice(docFrom).some((m) => m.start < end && m.end > start))
          mention(start, end, text, 'pattern', Math.max(0, firstTokenAt(toks, start)));
    }
  }
  return out.sort((x, y) => byString(x.doc, y.doc) || x.start - y.start || byString(x.target, y.target));
}

/** Every match of the patterns (regular expressions, case-insensitive) in the text, as [start, end, text]. */
function patternHits(text: string, patterns: readonly string[]): [number, number, string][] {
  const out: [number, number, string][] = [];
  for (const src of patterns) {
    const re = new RegExp(src, 'giu');
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0]) out.push([m.index, m.index + m[0].length, m[0]]);
      else re.lastIndex++;
    }
  }
  return out;
}

/** Left edge of a concept head's phrase: its modifiers back to a determiner or a word that cannot modify. */
function modifiersStart(d: Doc, i: number, heads: ReadonlySet<string>, modOk: ReadonlySet<string>): number {
  const toks = d.tokens;
  let a = i;
  let words = 0;
  for (let j = i - 1; j >= 0 && toks[j].sentence === toks[i].sentence && words < 6; j--) {
    const p = toks[j];
    if (p.norm === "'s" || (p.kind === 'punct' && QUOTE_MARK.test(d.text[p.start]))) {
      a = j;
      continue;
    }
    if (p.kind !== 'word') break;
    if (DETS.has(p.norm) || POSS.has(p.norm)) return j;
    // lowercase words join only if they can modify a noun: the concept's own words, heads, adjective-like or hyphenated words
    if (STARTS_LOWER.test(d.text[p.start]) && !modOk.has(p.norm) && !heads.has(p.norm) && !isModifier(p.norm)) break;
    a = j;
    words++;
  }
  return a;
}

/** One past the right edge of a concept head's phrase: an of/from complement ("the fall of the Assad regime", "authorities from Hayat Tahrir al-Sham (HTS)"). */
function complementEnd(d: Doc, i: number): number {
  const toks = d.tokens;
  const sentence = toks[i].sentence;
  const of = toks[i + 1];
  if (!of || of.sentence !== sentence || (of.norm !== 'of' && of.norm !== 'from')) return i + 1;
  let k = i + 2,
    w = 0,
    last = -1;
  const nx2 = toks[k];
  if (!nx2 || !(DETS.has(nx2.norm) || STARTS_UPPER.test(d.text[nx2.start]))) return i + 1; // "of the …", "from Hayat Tahrir …" only
  if (DETS.has(nx2.norm) || nx2.norm === 'president') k++;
  for (; k < toks.length && toks[k].sentence === sentence && w < 6; k++) {
    const p = toks[k];
    if (p.norm === "'s") continue;
    const acronym =
      p.norm === '(' &&
      toks[k + 2]?.norm === ')' &&
      /^[A-Z]{2,}$/.test(d.text.slice(toks[k + 1].start, toks[k + 1].end));
    if (acronym) {
      k += 2;
      last = k;
      continue;
    }
    if (p.kind !== 'word' || isStopword(p.norm)) break;
    last = k;
    w++;
  }
  return last > 0 ? last + 1 : i + 1;
}
