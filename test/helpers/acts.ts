// The act-name rows a test reads: every doc's own voice, the project's act families and loaded-word weights, one
// event per doc as `eventOf` says (lib/framing/act-names.ts).
import type { Doc } from '../../lib/types.js';
import { docVoice } from '../../lib/framing/voice.js';
import { termWeigher } from '../../lib/framing/loaded.js';
import { readActNouns, readLexicon } from '../../lib/framing/data.js';
import { actNameRows, type ActNameRow } from '../../lib/framing/act-names.js';

export function actRows(docs: readonly Doc[], eventOf: (doc: string) => string = () => ''): ActNameRow[] {
  return actNameRows(
    docs,
    docs.map((d) => docVoice(d)),
    readActNouns(),
    termWeigher(readLexicon()),
    new Map(),
    eventOf,
  );
}
