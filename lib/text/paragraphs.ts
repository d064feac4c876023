// Paragraph offsets of a text that came without them (tests, benchmarks, headlines).
import type { Paragraph } from '../types.js';

/** Paragraph offsets of a text: runs of non-blank lines separated by blank lines. */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const re = /\S(?:[^\n]|\n(?![ \t\r]*\n))*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].trimEnd().length });
  return out;
}
