// Types the explore modules share with each other and the report: a keyword-in-context row.
import type { VoiceClass } from '../framing/types.js';

/** One occurrence of a term or entity: where it is, the words around it, and whose words they are. */
export interface KwicRow {
  outlet: string;
  doc: string;
  title: string;
  date: string | null;
  /** own narration, quoted, reported speech, or text reused from another corpus article */
  voice: VoiceClass;
  /** 'title' when the occurrence is in the headline (start/end then index the title), else 'text' */
  part: 'title' | 'text';
  left: string;
  match: string;
  right: string;
  start: number;
  end: number;
}
