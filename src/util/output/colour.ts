// Deciding the colour level once, then passing it down. chalk ignores NO_COLOR,
// so scamcheck decides: --no-color, NO_COLOR, TERM=dumb and a non-terminal turn
// colour off; FORCE_COLOR turns it on. Colour only ever adds to words.

export type ColourLevel = 0 | 1 | 2 | 3;

export interface ColourInputs {
  /** false when --no-color was given. */
  colorFlag?: boolean | undefined;
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

export function colourLevel({ colorFlag, isTTY, env }: ColourInputs): ColourLevel {
  if (colorFlag === false) return 0;
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '') {
    if (force === '0' || force === 'false') return 0;
    const n = Number(force);
    return (n >= 1 && n <= 3 ? n : 1) as ColourLevel;
  }
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return 0;
  if (env['TERM'] === 'dumb') return 0;
  if (!isTTY) return 0;
  const term = env['COLORTERM'];
  if (term === 'truecolor' || term === '24bit') return 3;
  if (env['TERM']?.includes('256')) return 2;
  return 1;
}

/** The few styles the renderers use; identity functions when colour is off. */
export interface Style {
  bold(s: string): string;
  dim(s: string): string;
  verdict(verdict: string, s: string): string;
  heading(s: string): string;
}

const plain = (s: string) => s;
export const PLAIN_STYLE: Style = { bold: plain, dim: plain, verdict: (_v, s) => s, heading: plain };

export async function makeStyle(level: ColourLevel): Promise<Style> {
  if (level === 0) return PLAIN_STYLE;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level });
  const byVerdict: Record<string, (s: string) => string> = {
    scam: (s) => c.bold.white.bgRed(s),
    'high-risk': (s) => c.bold.red(s),
    suspicious: (s) => c.bold.yellow(s),
    'no-known-signs': (s) => c.bold.cyan(s),
  };
  return {
    bold: (s) => c.bold(s),
    dim: (s) => c.dim(s),
    // Padding gives the coloured block some air; the words stand alone without colour.
    verdict: (v, s) => (byVerdict[v] ?? c.bold)(` ${s} `),
    heading: (s) => c.bold.underline(s),
  };
}
