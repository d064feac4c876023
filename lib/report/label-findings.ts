// Findings on labels: the groups outlets name in competing ways, each side with the outlets choosing it.
import { labelContrasts, type ContrastRow, type ContrastSide } from '../framing/label-contrast.js';
import { listWords } from './findings.js';
import type { Finding } from './types.js';

function sideText(s: ContrastSide): string {
  const labels = s.labels
    .slice(0, 2)
    .map((l) => `“${l}”`)
    .join(' / ');
  const shown = s.outlets.slice(0, 3).map((x) => `${x.outlet} ${x.own}`);
  const more = s.outlets.length - shown.length;
  return `${labels} (${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''})`;
}

/** Up to `n` findings, strongest first: a group the outlets name in two competing ways in their own narration. */
export function labelFindings(rows: readonly ContrastRow[], n = 3): Finding[] {
  return labelContrasts(rows)
    .slice(0, n)
    .map((c) => ({
      text:
        `Outlets split over what to call ${c.entity} in their own narration: ${sideText(c.sides[0])} against ${sideText(c.sides[1])}` +
        (c.both.length ? `; ${listWords(c.both)} ${c.both.length === 1 ? 'uses' : 'use'} both.` : '.'),
      evidence: [{ href: '#labels', label: 'labels by outlet' }],
    }));
}
