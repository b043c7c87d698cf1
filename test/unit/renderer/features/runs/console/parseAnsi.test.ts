/** The console's ANSI parser: SGR colours, bold and reset become segments; other escapes and controls vanish. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnsi, plainText } from '../../../../../../src/renderer/src/features/runs/console/parseAnsi';

const E = '\x1b';

describe('parseAnsi', () => {
  it('passes plain text through as one segment, and an empty line as none', () => {
    expect(parseAnsi('hello world')).toEqual([{ text: 'hello world' }]);
    expect(parseAnsi('')).toEqual([]);
    expect(parseAnsi('a\tb')).toEqual([{ text: 'a\tb' }]);
  });

  it('colours foregrounds 30–37 and bright 90–97, backgrounds 40–47, and resets', () => {
    expect(parseAnsi(`${E}[31mred${E}[0m plain ${E}[92mbright green${E}[m.`)).toEqual([
      { text: 'red', fg: 1 },
      { text: ' plain ' },
      { text: 'bright green', fg: 10 },
      { text: '.' },
    ]);
    expect(parseAnsi(`${E}[44;37mwhite on blue${E}[49m no bg`)).toEqual([
      { text: 'white on blue', fg: 7, bg: 4 },
      { text: ' no bg', fg: 7 },
    ]);
  });

  it('handles bold, combined codes, 22 and 39', () => {
    expect(parseAnsi(`${E}[1;33mWARN${E}[22m text${E}[39m done`)).toEqual([
      { text: 'WARN', fg: 3, bold: true },
      { text: ' text', fg: 3 },
      { text: ' done' },
    ]);
  });

  it('reads 256-colour codes without mistaking their arguments for codes', () => {
    // 38;5;1 is palette red; 208 and true colours have no palette colour, and their arguments ("5", "2", "1", "3")
    // must not become codes: 1 would turn bold on, 2;…;3 nothing, 5 nothing.
    expect(parseAnsi(`${E}[38;5;1mA${E}[38;5;208mB${E}[48;5;4;38;2;1;2;3mC`)).toEqual([{ text: 'A', fg: 1 }, { text: 'B' }, { text: 'C', bg: 4 }]);
  });

  it('strips other escape sequences: cursor moves, erase, OSC titles and links, charset switches', () => {
    const line = `${E}[2K${E}[1Gstart ${E}]0;title${E}\\mid ${E}]8;;http://x${E}\\link${E}]8;;${E}\\ ${E}(Bend${E}[?25l`;
    expect(parseAnsi(line)).toEqual([{ text: 'start mid link end' }]);
  });

  it('strips control characters and unterminated escapes at the end of a line', () => {
    expect(parseAnsi('bell\x07 back\x08space')).toEqual([{ text: 'bell backspace' }]);
    expect(parseAnsi(`cut ${E}[31`)).toEqual([{ text: 'cut ' }]);
    expect(parseAnsi(`cut ${E}`)).toEqual([{ text: 'cut ' }]);
  });

  it('drops styles that end up wrapping no text', () => {
    expect(parseAnsi(`${E}[31m${E}[0m`)).toEqual([]);
  });

  it('gives search the shown text', () => {
    expect(plainText(`${E}[31mERR${E}[0mOR here`)).toBe('ERROR here');
  });

  it('strips exactly what the parser drops, for any mix of escapes, controls and text', () => {
    const alphabet = fc.constantFrom(E, '[', ']', 'P', '(', '?', '0', '1', '3', '8', ';', ':', 'm', 'K', '\x07', '\\', '\t', '\x08', 'a', 'é', ' ');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (chars) => {
        const line = chars.join('');
        expect(plainText(line)).toBe(
          parseAnsi(line)
            .map((s) => s.text)
            .join(''),
        );
      }),
      { numRuns: 2000 },
    );
  });
});
