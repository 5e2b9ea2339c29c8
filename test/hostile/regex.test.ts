// Every regular expression in src/ is checked for super-linear backtracking with recheck.
// Regexes are found by walking the TypeScript syntax tree: literals, `new RegExp("…")` /
// `RegExp("…")` with a literal pattern, and the date rules' datePattern(String.raw`…`, flags)
// (a pattern built at run time is listed as unchecked).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;

interface Found {
  where: string;
  source: string;
  flags: string;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function regexesIn(path: string): { found: Found[]; dynamic: string[] } {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const dynamic: string[] = [];
  const where = (node: ts.Node) =>
    `${relative(SRC, path)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.text;
      const slash = text.lastIndexOf('/');
      found.push({ where: where(node), source: text.slice(1, slash), flags: text.slice(slash + 1) });
    } else if (
      (ts.isNewExpression(node) || ts.isCallExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'RegExp'
    ) {
      const [pattern, flags] = node.arguments ?? [];
      if (pattern && ts.isStringLiteralLike(pattern)) {
        const f = flags && ts.isStringLiteralLike(flags) ? flags.text : '';
        found.push({ where: where(node), source: pattern.text, flags: f });
      } else {
        dynamic.push(where(node));
      }
    } else if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'datePattern') {
      // the date rules' patterns: datePattern(String.raw`…`, 'flags') (src/stages/dates/latin1.ts)
      const [pattern, flags] = node.arguments;
      if (pattern && ts.isTaggedTemplateExpression(pattern) && ts.isNoSubstitutionTemplateLiteral(pattern.template)) {
        found.push({ where: where(node), source: pattern.template.rawText ?? pattern.template.text, flags: flags && ts.isStringLiteralLike(flags) ? flags.text : '' });
      } else {
        dynamic.push(where(node));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return { found, dynamic };
}

const all = files(SRC).map(regexesIn);
const regexes = all.flatMap((r) => r.found);

describe('regular expressions in src/', () => {
  it('finds the regexes to check', () => {
    expect(regexes.length).toBeGreaterThan(10);
  });

  it('has no pattern recheck finds vulnerable to super-linear backtracking', () => {
    const vulnerable: string[] = [];
    for (const r of regexes) {
      // the g/y flags change how a pattern is used, not how it backtracks
      // (the fuzzer's time limits made its verdicts depend on the machine's load: a pattern flagged in one run of three
      // on a busy machine; with step limits only, the same pattern gets the same verdict every run)
      const result = checkSync(r.source, r.flags.replace(/[gy]/g, ''), { timeout: 10_000, incubationTimeout: null, seedingTimeout: null, attackTimeout: null });
      if (result.status === 'vulnerable') {
        vulnerable.push(`${r.where} /${r.source}/${r.flags}: ${result.complexity.type} (${result.complexity.summary})`);
      }
    }
    expect(vulnerable).toEqual([]);
  }, 120_000);
});
