// Two or three title-case words with no other evidence read as a person's name; after an article, heading their own
// phrase ("the Harbor Gulls for", "the Stone Owls."), they name a team, a body or a paper, never a person. Fixtures
// invented.
import { describe, it } from 'vitest';
import { expectTypes, run } from './helpers/entities.js';

describe('an article before title-case words', () => {
  it('types a team or a body after "the" an organisation, not a person', () => {
    const r = run(
      "Dunmore's lead over the Harbor Gulls in the Coastal League dropped to nine games.",
      'Critics compared the agency to the Stone Owls. Later the Stone Owls said they were peaceful.',
    );
    expectTypes(r, { 'Harbor Gulls': 'org', 'Stone Owls': 'org' });
  });

  it('keeps people: a given name inside, a member word last, a name before a noun', () => {
    const r = run(
      'He cited the Prophet Muhammad and the Apostle Paul on mercy.',
      'The senator, a Republican Latino, spoke first. Tom Vale said a Tom Vale administration would differ.',
    );
    expectTypes(r, {
      'Prophet Muhammad': 'person',
      'Apostle Paul': 'person',
      'Republican Latino': 'person',
      'Tom Vale': 'person',
    });
  });
});
