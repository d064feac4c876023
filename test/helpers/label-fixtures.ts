// Shared by the label tests: invented articles of several outlets analysed as docs, entities whose mentions are every
// spelling of one word in them, and the group label mentions the framing stage reads from them (each doc in its own
// voice), so each test file states only its texts and what a reader of the table would check.
import { docVoice } from '../../lib/framing/voice.js';
import { groupLabelMentions, type GroupOptions } from '../../lib/framing/groups.js';
import type { Doc, EntityRef } from '../../lib/types.js';
import { fixtureDoc, spansOf } from './fixture-docs.js';

/** One analysed doc per [outlet, text], with ids `prefix`0, `prefix`1, … */
export const outletDocs = (prefix: string, texts: readonly (readonly [string, string])[]): Doc[] =>
  texts.map(([outlet, text], i) => fixtureDoc(prefix + i, text, outlet));

/** An entity whose mentions are every occurrence of `word` in the docs. */
export const wordEntity = (docs: readonly Doc[], id: string, name: string, type: string, word: string): EntityRef => ({
  id,
  name,
  type,
  mentions: docs.flatMap((d) => spansOf(d, word)),
});

/** The group label mentions of the docs, each doc read in its own voice (a group needs 2 uses unless told). */
export const groupsOf = (docs: readonly Doc[], entities: readonly EntityRef[], opts: GroupOptions = {}) =>
  groupLabelMentions(
    docs,
    entities,
    docs.map((d) => docVoice(d)),
    { minPersonal: 2, ...opts },
  );

/** The labels of one target group as "outlet: label", in mention order: what the label table shows for it. */
export const labelsOfTarget = (
  groups: readonly { targetName: string; outlet: string; label: string }[],
  name: string,
) => groups.filter((m) => m.targetName === name).map((m) => `${m.outlet}: ${m.label}`);
