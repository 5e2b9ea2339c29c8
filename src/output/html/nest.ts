// Highlights over text as properly nested elements, whatever the spans do.
// Spans nest ("October 19" inside a quote) or cross (a quote that ends inside an
// actor mention). At every span boundary the open elements that end there are
// closed; elements above them on the stack that go on are closed too and
// reopened as continuations, so the markup is always well formed and each
// highlight is the union of the elements that carry its data attributes.

import { attributes, escapeHtml } from './escape.js';

export interface Mark {
  start: number;
  end: number;
  /** outer first when two marks cover the same span (a claim contains its quote) */
  depth: number;
  tag: string;
  attrs: Record<string, string | undefined>;
}

function compareMarks(a: Mark, b: Mark): number {
  return a.start - b.start || b.end - a.end || a.depth - b.depth;
}

function openTag(mark: Mark, continued: boolean): string {
  return `<${mark.tag}${attributes({ ...mark.attrs, 'data-cont': continued ? '' : undefined })}>`;
}

/** `text` escaped, with every mark as an element around its span. Empty and out-of-range marks are dropped. */
export function renderMarked(text: string, marks: readonly Mark[]): string {
  const valid = marks.filter((m) => m.start >= 0 && m.end <= text.length && m.start < m.end).sort(compareMarks);
  const boundaries = [...new Set([0, text.length, ...valid.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const out: string[] = [];
  const stack: Mark[] = [];
  let next = 0;
  for (let b = 0; b < boundaries.length; b++) {
    const at = boundaries[b]!;
    // Close every mark that ends here, and whatever was opened inside it.
    const lowest = stack.findIndex((m) => m.end <= at);
    const reopen: Mark[] = [];
    if (lowest >= 0) {
      while (stack.length > lowest) {
        const m = stack.pop()!;
        out.push(`</${m.tag}>`);
        if (m.end > at) reopen.unshift(m);
      }
    }
    const starting: Mark[] = [];
    while (next < valid.length && valid[next]!.start === at) starting.push(valid[next++]!);
    // Longest first, so later closings pop the inner ones; continuations before new marks of the same end.
    const opening = [...reopen.map((m) => ({ m, cont: true })), ...starting.map((m) => ({ m, cont: false }))];
    opening.sort((x, y) => y.m.end - x.m.end || Number(y.cont) - Number(x.cont) || x.m.depth - y.m.depth);
    for (const { m, cont } of opening) {
      out.push(openTag(m, cont));
      stack.push(m);
    }
    const until = boundaries[b + 1];
    if (until !== undefined) out.push(escapeHtml(text.slice(at, until)));
  }
  while (stack.length) out.push(`</${stack.pop()!.tag}>`);
  return out.join('');
}
