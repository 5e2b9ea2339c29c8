// Flowing styled text into a fixed number of terminal cells: words wrap with a
// hanging indent, a word wider than the line is broken, and an item given a
// line budget ends with "…". Widths are measured on the plain text, so colour
// never changes where lines break.

import { displayWidth, sanitize, splitAtWidth } from './width.js';

export type Style = (text: string) => string;

/** A run of text drawn in one style. */
export interface Piece {
  text: string;
  style?: Style;
  /** keep the text whole, spaces included (a padded column): it is never broken at its spaces */
  whole?: boolean;
}

export interface FlowOptions {
  width: number;
  /** cells before the first line */
  indent: number;
  /** cells before every following line */
  hang: number;
  /** at most this many lines; the last one ends with "…" when text was left out */
  maxLines?: number;
}

interface Part {
  text: string;
  style?: Style;
}

interface Word {
  parts: Part[];
  /** the style of the space before it, so "Ana Ruiz" in bold is one escape sequence, not two */
  spaceStyle?: Style;
}

/** Words: runs of non-space characters, each possibly drawn in several styles ("“" + "open war" + "”"). */
function toWords(pieces: Piece[]): Word[] {
  const words: Word[] = [];
  let word: Word = { parts: [] };
  for (const piece of pieces) {
    if (piece.whole) {
      word.parts.push({ text: sanitize(piece.text), style: piece.style });
      continue;
    }
    for (const chunk of sanitize(piece.text).split(/( +)/)) {
      if (chunk === '') continue;
      if (chunk[0] === ' ') {
        if (word.parts.length) words.push(word);
        word = { parts: [], spaceStyle: piece.style };
      } else word.parts.push({ text: chunk, style: piece.style });
    }
  }
  if (word.parts.length) words.push(word);
  return words;
}

function partsWidth(parts: Part[]): number {
  return parts.reduce((sum, p) => sum + displayWidth(p.text), 0);
}

/** The parts cut to `width` cells. */
function cutParts(parts: Part[], width: number): Part[] {
  const out: Part[] = [];
  let left = width;
  for (const part of parts) {
    const [head] = splitAtWidth(part.text, left);
    if (head) out.push({ text: head, style: part.style });
    left -= displayWidth(head);
    if (head.length < part.text.length) break;
  }
  return out;
}

function draw(parts: Part[]): string {
  let out = '';
  let i = 0;
  while (i < parts.length) {
    // Adjacent parts in one style become one escape sequence, not one per word.
    let text = parts[i]!.text;
    const style = parts[i]!.style;
    while (i + 1 < parts.length && parts[i + 1]!.style === style) text += parts[++i]!.text;
    out += style ? style(text) : text;
    i++;
  }
  return out;
}

/** Styled lines, none wider than `width` cells. */
export function flow(pieces: Piece[], options: FlowOptions): string[] {
  const width = Math.max(1, options.width);
  const indent = Math.min(options.indent, width - 1);
  const hang = Math.min(options.hang, Math.max(0, width - 8), width - 1);
  const lines: Part[][] = [];
  let line: Part[] = [];
  let used = indent;
  const newLine = () => {
    lines.push(line);
    line = [];
    used = hang;
  };
  for (const { parts, spaceStyle } of toWords(pieces)) {
    let word = parts;
    let w = partsWidth(word);
    const gap = line.length ? 1 : 0;
    if (used + gap + w <= width) {
      if (gap) line.push({ text: ' ', style: spaceStyle });
      line.push(...word);
      used += gap + w;
      continue;
    }
    if (line.length) newLine();
    // A word wider than a whole line ("https://…/a-very-long-path") is broken where it must be.
    while (used + w > width) {
      const head = cutParts(word, width - used);
      // Only on absurd widths (1 cell) does a wide character fit nowhere: it is dropped.
      const taken = partsWidth(head) || displayWidth([...word[0]!.text][0]!) || 1;
      line.push(...head);
      newLine();
      word = dropParts(word, taken);
      w = partsWidth(word);
    }
    line.push(...word);
    used += w;
  }
  if (line.length || lines.length === 0) lines.push(line);
  const budget = options.maxLines ?? Infinity;
  if (lines.length > budget) {
    lines.length = budget;
    const last = lines[budget - 1]!;
    const room = width - (budget === 1 ? indent : hang) - 1;
    const kept = cutParts(last, room);
    while (kept.length && kept[kept.length - 1]!.text.trim() === '') kept.pop();
    lines[budget - 1] = [...kept, { text: '…' }];
  }
  return lines.map((parts, i) => ' '.repeat(i === 0 ? indent : hang) + draw(parts));
}

/** The parts after their first `cells` cells. */
function dropParts(parts: Part[], cells: number): Part[] {
  const out: Part[] = [];
  let left = cells;
  for (const part of parts) {
    if (left <= 0) {
      out.push(part);
      continue;
    }
    const [head, tail] = splitAtWidth(part.text, left);
    left -= displayWidth(head);
    if (tail) out.push({ text: tail, style: part.style });
  }
  return out;
}
