// Findings about framing: own narration against quoted and reused text, distinctive and loaded terms, and unnamed
// sources, for the outlets with the most text.
import type { Finding } from './types.js';
import type { TermSpread } from './spread.js';
import { storyWords } from './story-words.js';
import { leaningFindings, leaningTerms, type LeanRow } from './leaning-findings.js';
import { loadedFindings, type LoadedHitLike } from './loaded-findings.js';
import { unnamedSourceFindings } from './unnamed-source-findings.js';
import { articleCounts, outletVoices, voiceFinding } from './voice-finding.js';

/**
 * Findings about framing: how much of each outlet is its own narration, the terms it leans on, loaded terms in its own
 * voice, who it quotes.
 */
export function framingFindings(
  f: {
    voice: readonly { doc: string; own: number; quoted: number; reported: number; reused: number; words: number }[];
    distinctive: readonly LeanRow[];
    loaded: readonly { outlet: string; term: string; theme: string; own: number; forms?: string }[];
    sources: readonly { outlet: string; kind: string; name: string; count: number }[];
    /** the lexicon hits behind `loaded` (framing detail), to tell a term one article repeats from an outlet's habit */
    loadedHits?: readonly LoadedHitLike[];
    /** each doc's event, to tell a term most outlets on a story write from one outlet's wording (none: one story) */
    eventOf?: Readonly<Record<string, string>>;
  },
  outletOf: Readonly<Record<string, string>>,
  spread?: ReadonlyMap<string, TermSpread>,
  /** why an outlet's clear term is not its wording (term-aside.ts: house spelling, one article's topic) */
  aside?: (outlet: string, term: string) => string | undefined,
): Finding[] {
  const out: Finding[] = [];
  const { byOutlet, big } = outletVoices(f.voice, outletOf);
  const articles = articleCounts(outletOf);
  const voice = voiceFinding(f.voice, outletOf);
  if (voice) out.push(voice);
  out.push(...leaningFindings(leaningTerms(f.distinctive, big, articles, spread, aside), big, byOutlet.size));
  const hits = f.loadedHits ?? [];
  out.push(...loadedFindings(f.loaded, hits, storyWords(hits, outletOf, f.eventOf), articles));
  out.push(...unnamedSourceFindings(f.sources));
  return out;
}
