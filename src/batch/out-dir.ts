// --out DIR: one file per article, DIR/<relative path>.<extension>, each written whole
// (a temporary file, then a rename) and never outside DIR, whatever the inputs are named.

import { mkdirSync, realpathSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { mkdir, realpath } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

export class OutDir {
  /** temporary files being written: removed if the run is interrupted */
  private readonly partial = new Set<string>();
  private readonly written = new Map<string, string>();
  private counter = 0;
  readonly root: string;

  /** Creates DIR if needed; throws Error with a one-line reason when it cannot be used. */
  constructor(dir: string) {
    try {
      mkdirSync(dir, { recursive: true });
      this.root = realpathSync(dir);
    } catch (error) {
      throw new Error(`cannot create output folder: ${(error as NodeJS.ErrnoException).code === 'EACCES' ? 'permission denied' : (error as Error).message}`);
    }
  }

  private inside(path: string): boolean {
    const rel = relative(this.root, path);
    return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  }

  /** The target of `name` (already a relative name with no ".." parts), or an error message. */
  target(name: string, extension: string): string {
    const path = resolve(this.root, `${name}.${extension}`);
    if (!this.inside(path)) throw new Error(`output name '${name}' would leave the output folder`);
    return path;
  }

  /** Writes `text` to DIR/<name>.<extension>; returns the path relative to DIR ("a/b.txt.json"). */
  async write(name: string, extension: string, text: string | Uint8Array, label: string): Promise<string> {
    const path = this.target(name, extension);
    const previous = this.written.get(path);
    if (previous !== undefined) throw new Error(`output file ${relative(this.root, path)} was already written for ${previous}, not overwritten`);
    this.written.set(path, label);
    const folder = dirname(path);
    await mkdir(folder, { recursive: true });
    // A symbolic link inside DIR could still point outside it: check where the folder really is.
    const real = await realpath(folder);
    if (real !== this.root && !this.inside(real)) throw new Error(`output folder ${relative(this.root, folder)} leads outside the output folder`);
    const final = join(real, `${name.split('/').pop()}.${extension}`);
    const temporary = join(real, `.${name.split('/').pop()}.${process.pid}.${this.counter++}.tmp`);
    // Written and renamed synchronously: an interrupt (removePartial) then never falls between
    // the two, nor before an asynchronous open that would create the file after it had looked.
    this.partial.add(temporary);
    try {
      writeFileSync(temporary, text, { flag: 'wx' });
      renameSync(temporary, final);
    } catch (error) {
      try {
        unlinkSync(temporary);
      } catch {
        // never created
      }
      throw error;
    } finally {
      this.partial.delete(temporary);
    }
    return relative(this.root, final).split(sep).join('/');
  }

  /** On SIGINT: remove every half-written file (synchronously: the process is about to exit). */
  removePartial(): void {
    for (const path of this.partial) {
      try {
        unlinkSync(path);
      } catch {
        // already renamed or never created: nothing half-written is left either way
      }
    }
    this.partial.clear();
  }
}
