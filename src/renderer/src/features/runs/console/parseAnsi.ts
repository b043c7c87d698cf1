/**
 * A tiny ANSI parser for console lines: SGR colours (30–37, 90–97, 40–47, 100–107, 39/49), bold and reset become
 * styled segments; every other escape sequence and control character is dropped. Each line starts unstyled, so a
 * virtualized console can parse any line on its own (CI tools reset colours per line anyway).
 */

/** A run of text in one style. Colours are palette indices: 0–7 normal, 8–15 bright. */
export interface AnsiSegment {
  text: string;
  fg?: number;
  bg?: number;
  bold?: boolean;
}

interface Style {
  fg: number | undefined;
  bg: number | undefined;
  bold: boolean;
}

const ESC = '\x1b';

/** Applies one SGR parameter list (the text between `ESC[` and `m`) to `style`. */
function applySgr(params: string, style: Style): void {
  const codes = params === '' ? [0] : params.split(';').map((p) => (p === '' ? 0 : p.includes(':') ? -1 : Number(p)));
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    if (code === 0) Object.assign(style, { fg: undefined, bg: undefined, bold: false });
    else if (code === 1) style.bold = true;
    else if (code === 22) style.bold = false;
    else if (code >= 30 && code <= 37) style.fg = code - 30;
    else if (code >= 90 && code <= 97) style.fg = code - 90 + 8;
    else if (code === 39) style.fg = undefined;
    else if (code >= 40 && code <= 47) style.bg = code - 40;
    else if (code >= 100 && code <= 107) style.bg = code - 100 + 8;
    else if (code === 49) style.bg = undefined;
    else if (code === 38 || code === 48) {
      // 256-colour (5;n) and true-colour (2;r;g;b): their arguments are not codes of their own. The first 16 of
      // the 256 are the palette we have; any other colour shows as the default rather than a wrong guess.
      const mode = codes[i + 1];
      const n = codes[i + 2];
      style[code === 38 ? 'fg' : 'bg'] = mode === 5 && n !== undefined && n >= 0 && n < 16 ? n : undefined;
      i += mode === 5 ? 2 : mode === 2 ? 4 : 1;
    }
  }
}

/** Where the escape sequence starting at `start` (an ESC) ends, and its SGR parameters if it is one. */
function readEscape(line: string, start: number): { end: number; sgr: string | undefined } {
  const kind = line[start + 1];
  if (kind === '[') {
    // CSI: parameter bytes 0x30–0x3F, intermediate bytes 0x20–0x2F, one final byte 0x40–0x7E.
    let i = start + 2;
    while (i < line.length && line.charCodeAt(i) >= 0x30 && line.charCodeAt(i) <= 0x3f) i++;
    const params = line.slice(start + 2, i);
    while (i < line.length && line.charCodeAt(i) >= 0x20 && line.charCodeAt(i) <= 0x2f) i++;
    if (i >= line.length) return { end: line.length, sgr: undefined };
    const final = line[i];
    return { end: i + 1, sgr: final === 'm' && /^[\d;:]*$/.test(params) ? params : undefined };
  }
  if (kind === ']' || kind === 'P' || kind === '_' || kind === '^') {
    // OSC and other strings (window titles, hyperlinks): up to BEL or ST (ESC \).
    const bel = line.indexOf('\x07', start + 2);
    const st = line.indexOf(`${ESC}\\`, start + 2);
    if (bel === -1 && st === -1) return { end: line.length, sgr: undefined };
    if (st === -1 || (bel !== -1 && bel < st)) return { end: bel + 1, sgr: undefined };
    return { end: st + 2, sgr: undefined };
  }
  // Other escapes: intermediate bytes, then one final byte (e.g. ESC ( B).
  let i = start + 1;
  while (i < line.length && line.charCodeAt(i) >= 0x20 && line.charCodeAt(i) <= 0x2f) i++;
  return { end: Math.min(i + 1, line.length), sgr: undefined };
}

// Control characters other than tab, and the escape that starts a sequence: matching them is the point here.
// eslint-disable-next-line no-control-regex
const SPECIAL = /[\x00-\x08\x0a-\x1f\x7f]/;

export function parseAnsi(line: string): AnsiSegment[] {
  if (!SPECIAL.test(line)) return line === '' ? [] : [{ text: line }];
  const segments: AnsiSegment[] = [];
  const style: Style = { fg: undefined, bg: undefined, bold: false };
  let text = '';
  const flush = () => {
    if (text === '') return;
    const segment: AnsiSegment = { text };
    if (style.fg !== undefined) segment.fg = style.fg;
    if (style.bg !== undefined) segment.bg = style.bg;
    if (style.bold) segment.bold = true;
    segments.push(segment);
    text = '';
  };
  const specials = new RegExp(SPECIAL.source, 'g');
  for (let i = 0; i < line.length; ) {
    specials.lastIndex = i;
    const next = specials.exec(line)?.index ?? line.length;
    text += line.slice(i, next);
    if (next >= line.length) break;
    if (line[next] === ESC) {
      const { end, sgr } = readEscape(line, next);
      if (sgr !== undefined) {
        flush();
        applySgr(sgr, style);
      }
      i = end;
    } else i = next + 1;
  }
  flush();
  return segments;
}

// The same sequences parseAnsi skips, as one regex: search strips 200k lines with it several times faster than
// by parsing them (the tests hold the two to the same answer). Lines never contain \n, so $ is the line's end.
// eslint-disable-next-line no-control-regex
const STRIP = /\x1b\[[\x30-\x3f]*[\x20-\x2f]*[\s\S]?|\x1b[\]P_^][\s\S]*?(?:\x07|\x1b\\|$)|\x1b[\x20-\x2f]*[\s\S]?|[\x00-\x08\x0a-\x1f\x7f]/g;

/** A line's text as shown, without escapes: what search matches against. */
export function plainText(line: string): string {
  return SPECIAL.test(line) ? line.replace(STRIP, '') : line;
}
