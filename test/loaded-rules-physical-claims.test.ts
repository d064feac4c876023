// Plain senses (lib/framing/physical-senses.ts, claim-senses.ts): "blasted a drone out of the sky" and "digging ,
// blasting and bulldozing" are shots and charges, "bloodied victims" are wounded, and an asylum "claim" a sentence
// after the asylum word is the filing; each stays loaded in its figure. Invented fixtures.
import { describe, expect, it } from 'vitest';
import { marked } from './helpers/loaded.js';

describe('blast as a shot or a charge', () => {
  it('is no attack in words', () => {
    expect(marked('The navy blasted a small patrol drone out of the sky over the strait .')).not.toContain('blasted');
    expect(marked('Crews have been digging , blasting and bulldozing through the hills .')).not.toContain('blasting');
  });

  it('stays loaded as the verb of attacking words', () => {
    expect(marked('The mayor blasted the ferry board over the levy .')).toContain('blasted');
  });
});

describe('bloodied before the wounded', () => {
  it('is no charge', () => {
    expect(marked('Medics carried bloodied victims out of the hall .')).not.toContain('bloodied');
    expect(marked('Marchers waved the bloodied shirts of the injured .')).not.toContain('bloodied');
  });

  it('stays loaded of a beaten party', () => {
    expect(marked('A bloodied party limped out of the election .')).toContain('bloodied');
  });
});

describe('an asylum claim a sentence after the asylum word', () => {
  it('is the filing', () => {
    const t =
      'Most asylum requests are lodged at the border . The audit looked at claims made in 2015 and found delays .';
    expect(marked(t)).not.toContain('claims');
  });

  it('stays loaded as an assertion with "that", or with no asylum word before', () => {
    expect(
      marked('Most asylum requests are lodged at the border . Officials rejected claims that the port was closed .'),
    ).toContain('claims');
    expect(
      marked(
        'Most asylum requests are lodged at the border . Critics call it unfair , a claim that has stirred debate .',
      ),
    ).toContain('claim');
    expect(marked('The ferry was late again . The audit looked at claims made in 2015 and found delays .')).toContain(
      'claims',
    );
  });
});
