// What a doc's speakers so far were, as pronouns and "the lawmaker" look back at them: by paragraph, by word and the
// last one, each answered from an index kept as speakers are added (a scan of every earlier speaker per speaker was
// quadratic in an article with many speakers).
import { pushTo } from '../util/maps.js';
import type { SourceKind } from './types.js';

/** A speaker the doc named, for pronouns and party members. */
export type NamedSpeaker = {
  text: string;
  name: string;
  entity?: string;
  paragraph: number;
  /** where the speaker phrase starts in the doc's text */
  at?: number;
};
/** A speaker of the doc, of any kind (pronouns as resolved), with its paragraph. */
export type SpokenSpeaker = {
  kind: SourceKind;
  name: string;
  entity?: string;
  paragraph: number;
  /** the phrase as written ("the captain", "he") */
  text?: string;
  /** where the speaker phrase starts in the doc's text */
  at?: number;
};

/** The doc's speakers so far, added in text order. */
export interface SpeakerMemory {
  addNamed(n: NamedSpeaker): void;
  addSpoken(s: SpokenSpeaker): void;
  /** the last named speaker */
  lastNamed(): NamedSpeaker | undefined;
  /** the named speakers of paragraph p, in text order */
  namedIn(p: number): readonly NamedSpeaker[];
  /** the first named speaker whose phrase has this word (lower case): "lawmaker Issam al-Kreiti" for "lawmaker" */
  namedWith(word: string): NamedSpeaker | undefined;
  /** the speakers of paragraph p, of every kind */
  spokeIn(p: number): readonly SpokenSpeaker[];
}

/** A new, empty memory for one doc. */
export function speakerMemory(): SpeakerMemory {
  let last: NamedSpeaker | undefined;
  const named = new Map<number, NamedSpeaker[]>();
  const byWord = new Map<string, NamedSpeaker>();
  const spoken = new Map<number, SpokenSpeaker[]>();
  return {
    addNamed(n) {
      last = n;
      pushTo(named, n.paragraph, n);
      for (const w of n.text.toLowerCase().split(/\s+/)) if (!byWord.has(w)) byWord.set(w, n);
    },
    addSpoken: (s) => pushTo(spoken, s.paragraph, s),
    lastNamed: () => last,
    namedIn: (p) => named.get(p) ?? [],
    namedWith: (w) => byWord.get(w),
    spokeIn: (p) => spoken.get(p) ?? [],
  };
}
