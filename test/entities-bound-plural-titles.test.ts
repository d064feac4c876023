// "Justices Ruth Bader Ginsburg , Sonia Sotomayor and Elena Kagan": the plural of "Justice" (a title only before a given
// name, since it heads bodies' names too) was kept as the first word of the name. Fixtures invented.
import { describe, expect, it } from 'vitest';
import { run, texts, typeOf } from './helpers/entities.js';

describe('a plural title before given names', () => {
  it('cuts "Justices" off the first name it stands before', () => {
    const r = run('He was joined by Justices Mary Ellen Vantberg , Sonia Okafor and Elena Kesh .');
    expect(texts(r)).toContain('Mary Ellen Vantberg');
    expect(typeOf(r, 'Mary Ellen Vantberg')).toBe('person');
    expect(texts(r).some((t) => t.startsWith('Justices'))).toBe(false);
  });

  it('keeps "Justice Department" a body (guard)', () => {
    const r = run('The Justice Department sued the state on Monday .');
    expect(typeOf(r, 'Justice Department')).toBe('org');
  });
});
