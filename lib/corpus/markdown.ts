// Markdown read lightly into text: heading markers, image-only lines (recorded as removed), link syntax and emphasis.
import type { Removal } from '../types.js';

/**
 * Markdown, lightly: heading markers, image-only lines, link syntax and emphasis markers are stripped (the
 * 'extracted-text' of a .md file).
 */
export function stripMarkdown(text: string, removed: Removal[]): string {
  let pos = 0;
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let l = line;
    const img = /^\s*!\[([^\]]*)\]\([^)]*\)\s*$/.exec(l);
    if (img) {
      removed.push({ kind: 'caption', text: l.trim().slice(0, 200), rawStart: pos });
      l = '';
    } else {
      l = l.replace(/^(\s{0,3})#{1,6}\s+/, '$1').replace(/\s+#+\s*$/, '');
      l = l.replace(/!\[([^\]]*)\]\([^)]*\)/g, '').replace(/\[([^\]]+)\]\([^)]*\)/g, '$1');
      l = l.replace(/(\*\*|__)(?=\S)([^*_]+?)\1/g, '$2');
    }
    out.push(l);
    pos += line.length + 1;
  }
  return out.join('\n');
}
