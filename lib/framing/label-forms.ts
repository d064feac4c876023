// How a label is written and keyed: its grouping key, its displayed text, the voice it stands in, and the small
// word sets the label finders share (articles, possessives, quote marks, noun modifiers). Pure.
import type { Voice, VoiceClass } from './types.js';
import { VOICES } from './voice.js';

export const DETS = new Set(['the', 'a', 'an']);
export const POSS = new Set(['its', 'their', 'his', 'her', 'our']);
export const QUOTE_MARK = /^["“”‘’'«»]$/;

const MODIFIERS = new Set([
  'new',
  'former',
  'old',
  'recent',
  'current',
  'interim',
  'ruling',
  'senior',
  'top',
  'de',
  'facto',
  'so-called',
  'rebel',
  'opposition',
  'sudden',
  'swift',
  'bloodless',
  'unexpected',
  'latest',
  'previous',
  'ousted',
  'deposed',
  'toppled',
  'fallen',
  'armed',
  'joint',
  'federal',
  'local',
  'central',
  'main',
  'chief',
  'key',
  'major',
  'broader',
  'wider',
]);
/** Whether a lowercase word can modify a noun inside a label: a known modifier, adjective-shaped (-al, -ic, -ous, -ive, -ian, -ish, -ary, -ent, -ant, -ist) or hyphenated. */
export function isModifier(norm: string): boolean {
  return (
    MODIFIERS.has(norm) ||
    norm.includes('-') ||
    /(?:al|ic|ous|ive|ian|ish|ary|ory|ent|ant|ist|ese|ful|less|ern)$/.test(norm)
  );
}

/** Grouping key of a label. */
export function labelKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/["“”«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:the|a|an)\s+/, '');
}

export function display(text: string): string {
  return text
    .replace(/["“”«»]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function voiceAt(v: Voice | undefined, tokenIndex: number): VoiceClass {
  return v ? VOICES[v.tokenVoice[tokenIndex]] : 'own';
}
