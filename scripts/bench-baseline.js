// The baseline `npm run bench` compares against: compromise's full parse plus its
// people/places/organizations selections, over files given on the command line.
// Prints {articles, bytes, loadMs} as JSON on stdout.
import { readFileSync } from 'node:fs';

const started = performance.now();
const nlp = (await import('compromise')).default;
const loadMs = performance.now() - started;
let bytes = 0;
let found = 0;
const files = process.argv.slice(2);
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  bytes += Buffer.byteLength(text);
  const doc = nlp(text);
  found += doc.people().out('array').length + doc.places().out('array').length + doc.organizations().out('array').length;
}
process.stdout.write(JSON.stringify({ articles: files.length, bytes, loadMs, found }) + '\n');
