// File-name-safe names and slugs of any text (pure; lib/io/file-names.ts places them on disk).

const ASCII = /^[\x00-\x7f]*$/;
/** combining marks (a module constant: tsx rebuilds a \p{...} literal on every call) */
const MARKS = /\p{M}+/gu;

/** A slug of a name for ids and anchors ("Hamid Al-Shatri" -> "hamid-al-shatri"): [a-z0-9-] only, may be empty. */
export function slug(s: string): string {
  const str = String(s);
  // ASCII text has no decomposition and no combining marks: skip the Unicode passes
  return (ASCII.test(str) ? str : str.normalize('NFKD').replace(MARKS, ''))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A file-name-safe form of any text: lowercase [a-z0-9-_] only, at most 80 characters, never empty. */
export function safeName(s: string): string {
  const t = String(s)
    .normalize('NFKD')
    .replace(MARKS, '')
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, 80)
    .replace(/[-_]+$/, '');
  return t || 'figure';
}
