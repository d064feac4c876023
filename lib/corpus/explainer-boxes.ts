// Pure: a collapsible explainer box scraped into the text. News pages set background boxes beside an article ("Quick
// guide", "Q & A", "Explainer", "Factbox" and the like): a heading, the labels of the button that opens and closes the
// box ("Show Hide"), then the box's body, all on one line once scraped. The box is page furniture: the site prints
// the same box in every article on the subject, so left in, one outlet "reuses its own text" in each pair of them and
// the box's words count as each article's own voice.
//
// What marks the box is the toggle's two labels side by side, which prose does not write, after a short heading and
// before the body. Only a whole line of that shape is a box.

/** The labels of a show/hide toggle as scraped: both states of the button, side by side. */
const TOGGLE = /(?<=\s)(?:Show Hide|Hide Show|Show more Show less|Expand Collapse|Collapse Expand)(?=\s)/;

/** A box's heading (label and title) before the toggle holds at most this many words. */
export const MAX_HEADING_WORDS = 25;

/**
 * Whether `line` (trimmed or not) is a whole explainer box: a heading of at most MAX_HEADING_WORDS words that opens with
 * a capital and does not end a sentence with a full stop, the toggle's labels, then the body.
 */
export function isExplainerBox(line: string): boolean {
  if (!line.includes('Show') && !line.includes('Collapse')) return false;
  const t = line.trim().replace(/\s+/g, ' ');
  const m = TOGGLE.exec(t);
  if (!m) return false;
  const heading = t.slice(0, m.index).trim();
  const body = t.slice(m.index + m[0].length).trim();
  const words = heading.split(' ').length;
  return /^\p{Lu}/u.test(heading) && words <= MAX_HEADING_WORDS && !heading.endsWith('.') && /\p{L}/u.test(body);
}
