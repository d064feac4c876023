// Shared by the who-speaks tests: a person entity from every occurrence of a name in a fixture doc, and the speaker
// rows the framing pass gives a doc ([speaker phrase, kind, resolved name]).
import { docVoice } from '../../lib/framing/voice.js';
import { sourceMentions } from '../../lib/framing/sources.js';
import type { Doc, EntityRef } from '../../lib/types.js';
import { spansOf } from './fixture-docs.js';

/** A person entity named `name`, its mentions every occurrence of the name in the doc. */
export const person = (d: Doc, name: string): EntityRef => ({
  id: name,
  name,
  type: 'person',
  mentions: spansOf(d, name),
});

/** The doc's speaker rows: [speaker phrase, kind, resolved name], given the entities. */
export const rows = (d: Doc, entities: EntityRef[] = []) =>
  sourceMentions([d], [docVoice(d)], entities).map((m) => [m.text.trim(), m.kind, m.name]);

/** An entity the entity stage left untyped, at every occurrence of its name. */
export const untyped = (d: Doc, name: string): EntityRef => ({
  id: 'u:' + name,
  name,
  type: 'unknown',
  mentions: spansOf(d, name),
});

/** The [kind, resolved name] of each speaker row of a doc. */
export const kinds = (d: Doc, entities: EntityRef[] = []) => rows(d, entities).map((x) => [x[1], x[2]]);
