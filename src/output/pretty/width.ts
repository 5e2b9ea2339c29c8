// Terminal cell widths: what a string occupies on screen, ANSI codes excluded,
// wide (CJK, emoji) characters counted as two cells and combining marks as none.

// ESC [ params m: the SGR sequences chalk writes. One bounded class, no nesting.
const ANSI_SGR = /\u001b\[[0-9;]{0,32}m/g;
// C0/C1 controls (tab and newline included) in article text would move the cursor or,
// with ESC, inject terminal commands ("\u001b]0;pwned\u0007"): they never reach the terminal.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
const ZERO_WIDTH = /^[\p{Mn}\p{Me}\u200b-\u200f\u2060-\u2064\ufe00-\ufe0f\ufeff]$/u;
const EMOJI = /^\p{Emoji_Presentation}$/u;

export function stripAnsi(text: string): string {
  return text.replace(ANSI_SGR, '');
}

/** Whitespace controls become one space; other controls become U+FFFD. */
export function sanitize(text: string): string {
  return text.replace(CONTROL, (c) => (c === '\t' || c === '\n' || c === '\r' ? ' ' : '\ufffd'));
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0x303e) ||
    (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Cells one character (code point) takes. */
export function charWidth(char: string): number {
  const cp = char.codePointAt(0)!;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (ZERO_WIDTH.test(char)) return 0;
  if (isWide(cp) || EMOJI.test(char)) return 2;
  return 1;
}

/** Cells a string takes on a terminal, ANSI codes excluded. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of stripAnsi(text)) width += charWidth(char);
  return width;
}

/** The longest prefix of plain `text` that fits in `width` cells, and the rest. */
export function splitAtWidth(text: string, width: number): [string, string] {
  let used = 0;
  let i = 0;
  for (const char of text) {
    const w = charWidth(char);
    if (used + w > width) break;
    used += w;
    i += char.length;
  }
  return [text.slice(0, i), text.slice(i)];
}

/** Plain `text` cut to `width` cells, ending with "…" when something was cut. */
export function truncate(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  if (width <= 0) return '';
  return splitAtWidth(text, width - 1)[0].trimEnd() + '…';
}

/** Plain `text` padded with spaces to `width` cells. */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}
