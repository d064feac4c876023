// The terms that are an outlet's own name as its copy writes it (term-rows.ts and staff-names.ts read them).
import { outletCore } from '../corpus/outlet-name.js';

/** The terms that are the outlet's own name as its copy writes it ("cnn", "fox news" and "fox" for Fox News). */
export function ownNameTerms(outlet: string): Set<string> {
  const core = outletCore(outlet);
  const out = new Set([core]);
  if (core.endsWith(' news')) out.add(core.slice(0, -5));
  return out;
}
