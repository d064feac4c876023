// "Operation Coyote , designed to ..." opening a sentence lost its event word as a common first word, and "Coyote"
// alone joined the actor Peter Coyote named elsewhere in the corpus. An event's word before a name word opens the
// event's name at a sentence start too. Fixtures invented.
import { describe, it } from 'vitest';
import { expectTypes, run } from './helpers/entities.js';

describe("an event's word opening a sentence", () => {
  it('keeps Operation Falconer whole and apart from the actor', () => {
    const r = run(
      'The film was narrated by actor Peter Falconer . The operation to film it was a big operation .',
      'Police raided the smugglers . Operation Falconer , designed to stop them , began in May .',
    );
    expectTypes(r, { 'Operation Falconer': 'event', Falconer: undefined });
  });
});
