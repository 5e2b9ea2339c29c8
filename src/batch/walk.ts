// Walking a folder: sorted (deterministic order), hidden entries skipped, symbolic
// links followed once, loops reported, FIFOs and devices reported instead of opened.

import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describeFsError } from './read-input.js';
import type { Matcher } from './globs.js';

export type Found =
  | { kind: 'file'; path: string; relative: string }
  | { kind: 'error'; path: string; message: string };

export interface WalkOptions {
  include: Matcher;
  exclude: Matcher;
}

/** dev:inode of a directory: the same folder reached by two paths has the same key. */
type DirKey = string;

function keyOf(info: { dev: number; ino: number }): DirKey {
  return `${info.dev}:${info.ino}`;
}

function byName(a: Dirent, b: Dirent): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Lists the files under `root` that the globs select, depth first, in name order. */
export async function* walk(root: string, options: WalkOptions): AsyncGenerator<Found> {
  let rootInfo;
  try {
    rootInfo = await stat(root);
  } catch (error) {
    yield { kind: 'error', path: root, message: describeFsError(error) };
    return;
  }
  const visited = new Set<DirKey>([keyOf(rootInfo)]);
  yield* walkDir(root, '', [keyOf(rootInfo)], visited, options);
}

async function* walkDir(
  dir: string,
  relative: string,
  ancestors: DirKey[],
  visited: Set<DirKey>,
  options: WalkOptions,
): AsyncGenerator<Found> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield { kind: 'error', path: dir, message: `cannot read folder: ${describeFsError(error)}` };
    return;
  }
  entries.sort(byName);
  for (const entry of entries) {
    // ".git", ".DS_Store", editors' swap files: never articles
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const rel = relative ? `${relative}/${entry.name}` : entry.name;
    if (options.exclude(rel)) continue;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    let key: DirKey | null = null;
    if (entry.isSymbolicLink() || isDir) {
      let info;
      try {
        info = await stat(path);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (!options.include(rel) && code !== 'ELOOP') continue;
        const message = code === 'ENOENT' ? 'broken symbolic link, skipped' : code === 'ELOOP' ? 'symbolic link loop, skipped' : describeFsError(error);
        yield { kind: 'error', path, message };
        continue;
      }
      isDir = info.isDirectory();
      isFile = info.isFile();
      if (isDir) key = keyOf(info);
    }
    if (isDir && key) {
      if (ancestors.includes(key)) {
        // "corpus/again -> .." would list the corpus forever
        yield { kind: 'error', path, message: 'symbolic link loop (links back to a parent folder), skipped' };
      } else if (!visited.has(key)) {
        visited.add(key); // a folder linked twice is listed once, under its first path
        yield* walkDir(path, rel, [...ancestors, key], visited, options);
      }
    } else if (options.include(rel)) {
      if (isFile) yield { kind: 'file', path, relative: rel };
      else yield { kind: 'error', path, message: 'not a regular file (a FIFO, socket or device), skipped' };
    }
  }
}
