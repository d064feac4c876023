// The tone heatmap: mean AFINN score of own-voice sentences per outlet and toward each actor, each cell with its n and
// the margin of its mean (95%), colour shrunk by n on a fixed scale; cells with too few sentences grey, and cells
// whose margin holds 0 pale, no tone: eight sentences of +0.05 ± 0.11 are no lean toward the actor, and a coloured
// cell read as one (a piece hostile to its subject drew a faint blue toward him). An outlet of one article is pale in
// every cell too: one piece's tone is no outlet's (CSM's one piece drew Trump −0.18 ±0.14 in red beside the outlets of
// several), and its cells say "one article"; so is a cell whose sentences all come from one of an outlet's several
// articles (Slate's one profile of an ICE chief drew ICE −0.14 ±0.09 in red, read as Slate's tone toward ICE).
import type { Figure } from '../types.js';
import { baseLayout, esc, figure, label, largestOutlets, outletsShown } from './style.js';
import { addTo } from '../util/maps.js';
import { byString } from '../util/compare.js';
import { MIN_TONE_SENTENCES, TONE_PRIOR_N } from '../framing/tone.js';
import { outletMark, severalFirst } from '../explore/one-article.js';

/** Outlets the tone heatmap draws a column each for, at most: its cells hold text, so columns are wide. */
export const MAX_TONE_OUTLETS = 12;

type ToneCell = {
  outlet: string;
  entity: string;
  mean: number;
  sentences: number;
  shrunk?: number;
  margin?: number;
  /** articles behind the cell (ToneRow.articles): a cell of one is pale, one piece's tone */
  articles?: number;
};

/** Whether a cell's mean is clear of 0 by its margin (a cell without a margin is taken as it is). */
function clearOfZero(c: ToneCell): boolean {
  return c.margin === undefined || Math.abs(c.mean) > c.margin;
}

/**
 * A cell's text: its mean, with its margin when known and the cell has minN sentences (a grey cell is no tone), and n;
 * "one article" under a cell of one piece (`thin`) that has minN sentences.
 */
function cellText(c: ToneCell, minN: number, thin: boolean): string {
  const enough = c.sentences >= Math.max(2, minN);
  const margin = c.margin === undefined || !enough ? '' : ` ±${c.margin.toFixed(2)}`;
  return `${signed2(c.mean)}${margin}<br>n=${c.sentences}${thin && enough ? '<br>one article' : ''}`;
}

/** The pale layer's classes: too few sentences (grey), the margin holds 0 (pale), one article (pale). */
const FEW = 0;
const SPREAD = 1;
const ONE_ARTICLE = 2;

/** The heatmap's rows: "(all)", then the `k` actors with the most scored sentences (ties by name). */
function toneEntities(rows: readonly ToneCell[], k: number): string[] {
  const counts = new Map<string, number>();
  for (const r of rows) addTo(counts, r.entity, r.sentences);
  return [
    '(all)',
    ...[...counts]
      .filter(([e]) => e !== '(all)')
      .sort((a, b) => b[1] - a[1] || byString(a[0], b[0]))
      .slice(0, k)
      .map(([e]) => e),
  ];
}

/**
 * Cell values: colour (mean shrunk by n) where n ≥ minN, the mean is clear of 0 and the outlet has more than one article
 * (`thin`: one), a second layer of the rest (FEW: n < minN, grey; SPREAD: the margin holds 0, pale; ONE_ARTICLE:
 * one piece, pale), and each cell's "mean ± margin, n" text.
 */
function toneGrid(
  rows: readonly ToneCell[],
  entities: readonly string[],
  outlets: readonly string[],
  minN: number,
  thin: (outlet: string) => boolean,
): { z: (number | null)[][]; grey: (number | null)[][]; text: string[][] } {
  const byKey = new Map(rows.map((r) => [r.entity + '\u0000' + r.outlet, r]));
  const cell = (e: string, o: string) => byKey.get(e + '\u0000' + o);
  const colour = (c: ToneCell) => c.shrunk ?? (c.mean * c.sentences) / (c.sentences + TONE_PRIOR_N);
  const grid = <T>(f: (c: ToneCell | undefined, o: string) => T) =>
    entities.map((e) => outlets.map((o) => f(cell(e, o), o)));
  // one piece: an outlet of one article, or a cell whose sentences all come from one of the outlet's articles
  const one = (c: ToneCell, o: string) => thin(o) || c.articles === 1;
  const layer = (c: ToneCell, o: string) =>
    c.sentences < minN ? FEW : one(c, o) ? ONE_ARTICLE : clearOfZero(c) ? null : SPREAD;
  return {
    z: grid((c, o) => (c && layer(c, o) === null ? colour(c) : null)),
    grey: grid((c, o) => (c ? layer(c, o) : null)),
    text: grid((c, o) => (c ? cellText(c, minN, one(c, o)) : '')),
  };
}

/**
 * Where the tone heatmap's colour is full, in AFINN points per word (±): a sentence mean of 0.2 is a word of valence ±2
 * in every ten words, held over every sentence of the cell (sentence scores spread about 0.16 around a mean near −0.05
 * in news). A fixed scale, centred on 0, so colour reads the same in every corpus: a scale stretched to the corpus's
 * largest mean drew a mean of −0.04 (the plain tone of news) as deep red.
 */
export const TONE_COLOUR_RANGE = 0.2;

/**
 * ColorBrewer's 7-class RdBu, red for negative, near-white at 0, spread evenly over the range: plotly's 'RdBu' turns
 * orange within a tenth of the range from its grey middle, so a mean of −0.04 already looked negative.
 */
const TONE_SCALE = ['#b2182b', '#ef8a62', '#fddbc7', '#f7f7f7', '#d1e5f0', '#67a9cf', '#2166ac'].map((c, i) => [
  i / 6,
  c,
]);

/** The tone colour bar: its title with the unit, and ticks that name the ends. */
function toneColorbar(range: number): Record<string, unknown> {
  const ticks = [-range, -range / 2, 0, range / 2, range];
  const num = (v: number) => (v === 0 ? '0' : (v < 0 ? '−' : '+') + String(Math.round(Math.abs(v) * 1000) / 1000));
  return {
    title: { text: 'mean AFINN points<br>per word (shrunk<br>by n)' },
    thickness: 14,
    tickvals: ticks,
    ticktext: ticks.map((v, i) => num(v) + (i === 0 ? ' or less' : i === ticks.length - 1 ? ' or more' : '')),
  };
}

/**
 * Heatmap of tone: mean AFINN score of own-voice sentences, per outlet (columns) overall and toward each entity (rows).
 * With `articles`, the outlets of one article come last, each named "X (one article)", their cells pale with "one
 * article" in them: one piece's tone is no outlet's.
 * Every cell shows its mean, its margin (ToneRow.margin, when the rows have it) and n (sentences). Colour is the mean
 * shrunk toward 0 by n (ToneRow.shrunk; rows without it are shrunk here the same way) on a fixed scale centred on 0,
 * full at ±`colourRange` (default TONE_COLOUR_RANGE) AFINN points per word; a cell with fewer than `minN` sentences
 * (default MIN_TONE_SENTENCES) is grey, and a cell whose margin holds 0 pale: neither is a tone.
 */
export function toneFigure(
  rows: readonly ToneCell[],
  opts: {
    title?: string;
    entities?: number;
    minN?: number;
    maxOutlets?: number;
    colourRange?: number;
    /** outlet -> articles: an outlet of one article is drawn last, named "X (one article)" (one piece's tone) */
    articles?: Readonly<Record<string, number>>;
  } = {},
): Figure {
  const scored = new Map<string, number>();
  for (const r of rows) if (r.entity === '(all)') scored.set(r.outlet, r.sentences);
  for (const r of rows) if (!scored.has(r.outlet)) scored.set(r.outlet, 0);
  const art = opts.articles;
  const largest = largestOutlets(scored, opts.maxOutlets ?? MAX_TONE_OUTLETS);
  // a column of one article coloured beside outlets' columns read as an outlet's tone (Newsmax's one piece, −0.13)
  const outlets = art ? severalFirst(largest, (o) => o, art) : largest;
  const minN = opts.minN ?? MIN_TONE_SENTENCES;
  const shown = new Set(outlets);
  const entities = toneEntities(
    rows.filter((r) => shown.has(r.outlet)),
    opts.entities ?? 12,
  );
  const zmax = opts.colourRange ?? TONE_COLOUR_RANGE;
  const data = toneTraces(
    outlets.map((o) => esc(art ? outletMark(o, art) : o)),
    entities.map((e) => label(e, 40)),
    toneGrid(rows, entities, outlets, minN, (o) => art?.[o] === 1),
    minN,
    zmax,
  );
  return figure(
    'tone-by-outlet-entity',
    data,
    baseLayout(
      opts.title ??
        `Tone of own-voice sentences, per outlet and toward each actor (mean AFINN points per word ± its 95% margin, n = sentences; colour shrunk by n, full at ±${zmax}; pale: the margin holds 0, no clear tone, or one article, the tone of one piece and not of the outlet; grey: under ${minN} sentences, not enough text)${outletsShown(outlets.length, scored.size, 'own-voice sentences')}`,
      toneLayout(outlets.length, entities.length),
    ),
  );
}

/** The heatmap's two traces: the cells with enough sentences coloured by tone, and the rest grey, each with its text. */
function toneTraces(
  x: string[],
  y: string[],
  { z, grey, text }: ReturnType<typeof toneGrid>,
  minN: number,
  zmax: number,
): Figure['data'] {
  return [
    {
      type: 'heatmap',
      x,
      y,
      z,
      text,
      texttemplate: '%{text}',
      hoverongaps: false,
      name: `n ≥ ${minN}`,
      colorscale: TONE_SCALE,
      zmin: -zmax,
      zmax,
      zmid: 0,
      colorbar: toneColorbar(zmax),
      hovertemplate: '%{y} in %{x}<br>%{text} (AFINN points per word)<br>colour (shrunk): %{z:.2f}<extra></extra>',
    },
    {
      type: 'heatmap',
      x,
      y,
      z: grey,
      // only the greyed cells' text: drawn over the coloured cells too, it doubled their text in grey
      text: text.map((row, i) => row.map((t, j) => (grey[i][j] === null ? '' : t))),
      texttemplate: '%{text}',
      hoverongaps: false,
      name: `n < ${minN}, no clear tone or one article`,
      showscale: false,
      // FEW: too few sentences (grey); SPREAD, ONE_ARTICLE: no tone to read (pale, lighter than the grey)
      colorscale: [
        [0, '#e0e0e0'],
        [0.25, '#e0e0e0'],
        [0.25, '#f4f4f4'],
        [1, '#f4f4f4'],
      ],
      zmin: FEW,
      zmax: ONE_ARTICLE,
      // dark enough to read on the grey (#888 was 2.9:1), lighter than the coloured cells' text
      textfont: { color: '#555' },
      customdata: grey.map((row) =>
        row.map((g) =>
          g === FEW
            ? `fewer than ${minN} sentences: not enough text to read a tone`
            : g === ONE_ARTICLE
              ? "one article: one piece's tone, not the outlet's"
              : 'the 95% margin holds 0: the sentences spread too widely to read a tone',
        ),
      ),
      hovertemplate: `%{y} in %{x}<br>%{text}<br>%{customdata}<extra></extra>`,
    },
  ];
}

/**
 * Size and axes of the tone heatmap: at most as wide as the report column (about 1,100 px; wider, the page scrolled
 * sideways and the title ran off), columns of at least 66 px for the "mean / n" text, outlet names on top turned when
 * columns are narrow, and a top margin that holds the title above the names instead of under them.
 */
function toneLayout(outlets: number, entities: number): Record<string, unknown> {
  const col = Math.max(66, Math.min(150, Math.floor(800 / Math.max(1, outlets))));
  const turned = col < 110;
  return {
    height: Math.max(320, entities * 38 + 220),
    width: Math.max(600, Math.min(1100, outlets * col + 300)),
    margin: { l: 160, r: 30, t: turned ? 170 : 110, b: 30 },
    xaxis: { automargin: true, side: 'top', tickfont: { color: '#222' }, tickangle: turned ? -30 : 0 },
    yaxis: { automargin: true, autorange: 'reversed' },
  };
}

/** Two decimals without a negative zero ("-0.00" reads as a negative tone). */
function signed2(x: number): string {
  const s = x.toFixed(2);
  return s === '-0.00' ? '0.00' : s;
}
