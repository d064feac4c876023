// Run the command line in-process as a user's script would, capturing what it prints on stdout (progress on stderr is
// swallowed), and write a small records file for it: the CLI tests' shared setup.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { main } from '../../lib/cli/index.js';

/** Run `presslens <args>`; its exit code and everything it printed on stdout. */
export async function runCli(args: string[]): Promise<{ code: number; out: string }> {
  const write = process.stdout.write.bind(process.stdout),
    ewrite = process.stderr.write.bind(process.stderr);
  let out = '';
  (process.stdout as { write: unknown }).write = (s: string) => ((out += s), true);
  (process.stderr as { write: unknown }).write = () => true;
  try {
    return { code: await main(args), out };
  } finally {
    (process.stdout as { write: unknown }).write = write;
    (process.stderr as { write: unknown }).write = ewrite;
  }
}

/** A story's articles per outlet, one record per text, dated one day apart from `month`'s first day. */
export function writeStory(
  dir: string,
  name: string,
  month: string,
  title: string,
  texts: Readonly<Record<string, readonly string[]>>,
): string {
  const lines = Object.entries(texts).flatMap(([outlet, ts]) =>
    ts.map((text, i) =>
      JSON.stringify({ id: `${outlet[0]}${i}`, outlet, date: `${month}-0${i + 1}`, title: `${title} ${i}`, text }),
    ),
  );
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

/** Run `presslens <args>`, which must succeed; what it printed on stdout. */
export async function cliOutput(args: string[]): Promise<string> {
  const { code, out } = await runCli(args);
  expect(code).toBe(0);
  return out;
}
