// stderr is diagnostics: one line per problem ("extract: PATH: problem"), a progress
// bar only when stderr is a terminal, and a one-line summary at the end.

export interface Tally {
  articles: number;
  failed: number;
  claims: number;
}

/** A path or message on one line, whatever it contains ("a\nb.txt" → "a\\nb.txt"). */
export function oneLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => (c === '\n' ? '\\n' : c === '\t' ? '\\t' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`));
}

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s % 60).padStart(2, '0')}`;
}

export class Reporter {
  private readonly started = performance.now();
  private shown = false;
  private lastDraw = 0;
  private total: number | null = null;
  readonly tally: Tally = { articles: 0, failed: 0, claims: 0 };

  constructor(
    private readonly stream: NodeJS.WriteStream,
    /** draw a progress bar: stderr is a terminal and not --quiet */
    private readonly progress: boolean,
  ) {}

  get drawsProgress(): boolean {
    return this.progress;
  }

  error(label: string | null, message: string): void {
    this.clear();
    this.stream.write(`extract: ${label === null ? '' : `${oneLine(label)}: `}${oneLine(message)}\n`);
    this.draw(true);
  }

  /** The number of inputs, once known: the bar then shows a fraction and an ETA. */
  setTotal(total: number): void {
    this.total = total;
  }

  done(ok: boolean, claims: number): void {
    this.tally.articles++;
    if (!ok) this.tally.failed++;
    this.tally.claims += claims;
    this.draw(false);
  }

  /** Clears the bar, then prints the summary when asked to. */
  finish(summary: boolean): void {
    this.clear();
    if (!summary) return;
    const { articles, failed, claims } = this.tally;
    const seconds = (performance.now() - this.started) / 1000;
    const rate = seconds > 0 ? ` (${(articles / seconds).toFixed(1)} articles/s)` : '';
    this.stream.write(
      `extract: ${articles} article${articles === 1 ? '' : 's'}, ${failed} failed, ${claims} claim${claims === 1 ? '' : 's'} in ${seconds.toFixed(2)} s${rate}\n`,
    );
  }

  private clear(): void {
    if (this.shown) this.stream.write('\r\x1b[K');
    this.shown = false;
  }

  private draw(force: boolean): void {
    if (!this.progress) return;
    const now = performance.now();
    if (!force && now - this.lastDraw < 100) return; // ten redraws a second at most
    this.lastDraw = now;
    const { articles, failed } = this.tally;
    const seconds = (now - this.started) / 1000;
    const rate = seconds > 0 ? articles / seconds : 0;
    let line = `extract: ${articles}${this.total !== null ? `/${this.total}` : ''} articles`;
    if (failed) line += `, ${failed} failed`;
    line += `, ${rate.toFixed(1)}/s`;
    if (this.total !== null && rate > 0) {
      const columns = this.stream.columns || 80;
      line += `, ETA ${clock((this.total - articles) / rate)}`;
      const room = columns - line.length - 4;
      if (room >= 10) {
        const bar = Math.min(room, 40);
        const filled = Math.round((bar * articles) / Math.max(1, this.total));
        line += ` [${'#'.repeat(filled)}${'.'.repeat(bar - filled)}]`;
      }
    }
    this.stream.write(`\r${line.slice(0, (this.stream.columns || 80) - 1)}\x1b[K`);
    this.shown = true;
  }
}
