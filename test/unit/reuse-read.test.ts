// The graded-reuse evaluation reads held-out sets in the short-answer layout that differ in the details: METER-style
// labels (wholly / partially / non-derived), several agency texts for one story, file names without ".txt".
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from '../../bench/eval/reuse.js';

describe('reading a graded reuse set', () => {
  it("joins a story's several source texts and reads METER-style labels and bare file names", () => {
    const dir = mkdtempSync(join(tmpdir(), 'presslens-reuse-read-'));
    mkdirSync(join(dir, 'texts'));
    const put = (f: string, t: string) => writeFileSync(join(dir, 'texts', f), t);
    put('orig_task1_1.txt', 'The ferry ran aground off the north cape at dawn.');
    put('orig_task1_2.txt', 'All forty passengers were taken off by lifeboat.');
    put('paper_task1.txt', 'A ferry ran aground at dawn and forty passengers were taken off by lifeboat.');
    put('other_task1.txt', 'Fog is common on the cape in spring.');
    writeFileSync(
      join(dir, 'labels.csv'),
      'file,task,category\npaper_task1,1,wholly-derived\nother_task1.txt,1,non-derived\n',
    );
    const { answers, docs } = load(dir);
    expect(answers.map((a) => [a.file, a.category])).toEqual([
      ['paper_task1.txt', 'cut'],
      ['other_task1.txt', 'non'],
    ]);
    const source = docs.get('orig_task1.txt')!;
    expect(source.text).toContain('north cape');
    expect(source.text).toContain('lifeboat');
    expect(docs.has('orig_task1_1.txt')).toBe(false);
  });
});
