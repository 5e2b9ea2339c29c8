// Plain text built from a document's blocks (a page's DOM, a Markdown file's tokens): text is
// added as it comes, each block ends a paragraph, and paragraphs are joined by blank lines.

const WHITESPACE = /[ \t\n\r\f]+/g;

export class Paragraphs {
  private readonly done: string[] = [];
  private current = '';

  add(text: string): void {
    this.current += text;
  }

  /** Whether the paragraph being built has any text yet (spaces included). */
  get open(): boolean {
    return this.current !== '';
  }

  /** Ends the paragraph being built: its whitespace collapsed, kept if anything is left. */
  end(): void {
    const line = this.current.replace(WHITESPACE, ' ').trim();
    if (line) this.done.push(line);
    this.current = '';
  }

  /** The paragraphs so far, the one being built ended. */
  list(): string[] {
    this.end();
    return this.done;
  }
}
