#!/usr/bin/env node
// npm run eval: score every fixtures/NAME.gold.json against extract's output for
// fixtures/NAME.txt, with the matching rules of the shared scorer (score.py):
// one-to-one maximum matching, optional gold neither rewarded nor penalised.
// A gold file scores only the categories it has ("casualties", "quotes"…), so a
// fixture written to test one stage does not count the others against it.
//
// usage: node scripts/eval.js [--verbose] [--json] [fixtures/NAME.gold.json ...]

import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { extractText } from '../dist/extract.js';

const CATEGORIES = ['actors', 'dates', 'casualties', 'quotes', 'attributions'];
const ATTRIBUTES = {
  actors: ['typed'],
  dates: ['strict', 'value'],
  casualties: ['count', 'kind'],
  quotes: ['speaker'],
  attributions: ['source'],
};

function normName(s) {
  s = (s ?? '').trim().replaceAll('\u2019', "'");
  s = s.replace(/^(the|The)\s+/, '').replace(/'s$/, '');
  return s.replace(/\s+/g, ' ').toLowerCase();
}

function locate(text, needle, nth = 0, within = null) {
  let base = 0;
  if (within) {
    base = text.indexOf(within);
    if (base < 0) throw new Error(`gold context not found: ${JSON.stringify(within)}`);
  }
  let i = base - 1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`gold span not found: ${JSON.stringify(needle)}`);
  }
  return [i, i + needle.length];
}

const overlap = (a, b) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));

function prf(tp, nPred, nGold) {
  const p = nPred ? tp / nPred : nGold === 0 ? 1 : 0;
  const r = nGold ? tp / nGold : 1;
  return [p, r, p + r ? (2 * p * r) / (p + r) : 0];
}

/** Maximum one-to-one matching (augmenting paths), edges in order of preference. */
function match(nGold, edges) {
  const owner = new Map();
  const augment = (g, seen) => {
    for (const p of edges.get(g) ?? []) {
      if (seen.has(p)) continue;
      seen.add(p);
      if (!owner.has(p) || augment(owner.get(p), seen)) {
        owner.set(p, g);
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < nGold; g++) augment(g, new Set());
  return new Map([...owner].map(([p, g]) => [g, p]));
}

function tally(gold, preds, edges) {
  const matched = match(gold.length, edges);
  const optional = new Set(gold.flatMap((g, i) => (g.optional ? [i] : [])));
  const tp = [...matched.keys()].filter((g) => !optional.has(g)).length;
  const nGold = gold.length - optional.size;
  const nPred = preds.length - [...matched.keys()].filter((g) => optional.has(g)).length;
  return { tp, nPred, nGold, matched };
}

function actorNames(pred) {
  const byId = new Map();
  for (const a of pred.actors ?? []) {
    const names = new Set([a.name, ...(a.aliases ?? []), ...(a.mentions ?? []).map((m) => m.text)].map(normName));
    names.delete('');
    byId.set(a.id, names);
  }
  const ofRef = (ref) => {
    const names = new Set();
    if (!ref) return names;
    for (const n of byId.get(ref.actor) ?? []) names.add(n);
    if (ref.text) names.add(normName(ref.text));
    return names;
  };
  return { byId, ofRef };
}

function goldNames(goldActors, name) {
  const n = normName(name);
  for (const a of goldActors) {
    const all = new Set([a.name, ...(a.aliases ?? [])].map(normName));
    if (all.has(n)) return all;
  }
  return new Set([n]);
}

const intersects = (a, b) => [...a].some((x) => b.has(x));
const spanOf = (item) => (Number.isInteger(item.start) && Number.isInteger(item.end) ? [item.start, item.end] : null);

/** Scores matched by overlapping spans, with attribute checks on the matched pairs. */
function scoreSpans(gold, preds, text, goldText, qualifies, prefer, attributes, misses, label) {
  const gSpans = gold.map((g) => locate(text, goldText(g), g.nth ?? 0, g.in ?? null));
  const pSpans = preds.map(spanOf);
  const edges = new Map();
  gold.forEach((g, i) => {
    const hits = preds.flatMap((p, j) => (pSpans[j] && qualifies(pSpans[j], gSpans[i]) ? [j] : []));
    hits.sort((a, b) => prefer(preds[a], g, pSpans[a], gSpans[i]) - prefer(preds[b], g, pSpans[b], gSpans[i]));
    edges.set(i, hits);
  });
  const { tp, nPred, nGold, matched } = tally(gold, preds, edges);
  const attrs = attributes.map(([, ok]) => {
    let n = 0;
    for (const [i, j] of matched) if (!gold[i].optional && ok(preds[j], gold[i], pSpans[j], gSpans[i])) n++;
    return nGold ? n / nGold : 1;
  });
  const used = new Set(matched.values());
  gold.forEach((g, i) => !matched.has(i) && !g.optional && misses.push(`${label} ${goldText(g).slice(0, 50)}`));
  preds.forEach((p, j) => !used.has(j) && misses.push(`${label}? ${(p.text ?? '').slice(0, 50)}`));
  return [...prf(tp, nPred, nGold), ...attrs];
}

function scoreDoc(gold, pred, text) {
  const out = {};
  const misses = [];
  const names = actorNames(pred);
  const goldActors = gold.actors ?? [];
  if (gold.actors) {
    const gSets = goldActors.map((a) => new Set([a.name, ...(a.aliases ?? [])].map(normName)));
    const pActors = pred.actors ?? [];
    const pSets = pActors.map((p) => names.byId.get(p.id) ?? new Set([normName(p.name)]));
    const edges = new Map();
    goldActors.forEach((a, i) => {
      const hits = pActors.flatMap((_, j) => (intersects(pSets[j], gSets[i]) ? [j] : []));
      hits.sort((x, y) => (pActors[x].type !== a.type) - (pActors[y].type !== a.type));
      edges.set(i, hits);
    });
    const { tp, nPred, nGold, matched } = tally(goldActors, pActors, edges);
    let typed = 0;
    for (const [i, j] of matched) if (!goldActors[i].optional && pActors[j].type === goldActors[i].type) typed++;
    const used = new Set(matched.values());
    goldActors.forEach((g, i) => !matched.has(i) && !g.optional && misses.push(`actor ${g.name}`));
    pActors.forEach((p, j) => !used.has(j) && misses.push(`actor? ${p.name}`));
    out.actors = [...prf(tp, nPred, nGold), nGold ? typed / nGold : 1];
  }
  if (gold.dates) {
    out.dates = scoreSpans(
      gold.dates, pred.dates ?? [], text, (g) => g.text,
      (p, g) => overlap(p, g) > 0,
      (p, g, ps, gs) => (String(p.value) !== g.value) * 2 + (ps[0] !== gs[0] || ps[1] !== gs[1]),
      [['strict', (p, g, ps, gs) => ps[0] === gs[0] && ps[1] === gs[1]], ['value', (p, g) => String(p.value) === g.value]],
      misses, 'date',
    );
  }
  if (gold.casualties) {
    const counted = (p, g) => (p.count ?? {}).min === g.min && (p.count ?? {}).max === g.max;
    out.casualties = scoreSpans(
      gold.casualties, pred.casualties ?? [], text, (g) => g.text,
      (p, g) => overlap(p, g) > 0,
      (p, g) => !counted(p, g) * 2 + (p.kind !== g.kind),
      [['count', counted], ['kind', (p, g) => p.kind === g.kind]],
      misses, 'casualty',
    );
  }
  const half = (p, g) => overlap(p, g) >= 0.5 * (g[1] - g[0]);
  if (gold.quotes) {
    const spoke = (p, g) => intersects(names.ofRef(p.speaker), goldNames(goldActors, g.speaker));
    out.quotes = scoreSpans(
      gold.quotes, pred.quotes ?? [], text, (g) => g.text, half, (p, g) => !spoke(p, g),
      [['speaker', spoke]], misses, 'quote',
    );
  }
  if (gold.attributions) {
    const sourced = (p, g) => intersects(names.ofRef(p.source), goldNames(goldActors, g.source));
    out.attributions = scoreSpans(
      gold.attributions, (pred.claims ?? []).filter((c) => c.source), text, (g) => g.content, half,
      (p, g) => !sourced(p, g), [['source', sourced]], misses, 'attribution',
    );
  }
  return { scores: out, misses };
}

function main(argv) {
  const verbose = argv.includes('--verbose');
  const asJson = argv.includes('--json');
  let files = argv.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    const dir = new URL('../fixtures/', import.meta.url).pathname;
    files = readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort().map((f) => join(dir, f));
  }
  const totals = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
  const perDoc = [];
  for (const file of files) {
    const gold = JSON.parse(readFileSync(file, 'utf8'));
    const text = readFileSync(join(dirname(file), gold.article), 'utf8').replace(/^\ufeff/, '');
    const pred = JSON.parse(JSON.stringify(extractText(text, { path: gold.article, referenceDate: gold.referenceDate ?? null })));
    const { scores, misses } = scoreDoc(gold, pred, text);
    perDoc.push({ file: basename(file), scores });
    for (const [c, row] of Object.entries(scores)) totals[c].push(row);
    if (verbose) {
      process.stderr.write(`${basename(file)}\n`);
      for (const m of misses) process.stderr.write(`   ${m}\n`);
    }
  }
  const summary = {};
  for (const c of CATEGORIES) {
    const rows = totals[c];
    if (rows.length) summary[c] = rows[0].map((_, i) => rows.reduce((s, r) => s + r[i], 0) / rows.length);
  }
  const present = Object.keys(summary);
  const overall = present.reduce((s, c) => s + summary[c][2], 0) / (present.length || 1);
  if (asJson) {
    process.stdout.write(JSON.stringify({ documents: files.length, perDoc, categories: summary, overall_f1: overall }) + '\n');
    return;
  }
  const f = (x) => x.toFixed(2).padStart(5);
  const lines = [`documents: ${files.length}`];
  for (const d of perDoc) {
    lines.push(`  ${d.file.replace('.gold.json', '')}: ${Object.entries(d.scores).map(([c, r]) => `${c} ${r[2].toFixed(2)}`).join(', ')}`);
  }
  lines.push(`${'category'.padEnd(13)} ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)}  attributes (docs)`);
  for (const c of present) {
    const [p, r, f1, ...rest] = summary[c];
    const attrs = ATTRIBUTES[c].map((k, i) => `${k}=${rest[i].toFixed(2)}`).join('  ');
    lines.push(`${c.padEnd(13)} ${f(p)} ${f(r)} ${f(f1)}  ${attrs}  (${totals[c].length})`);
  }
  lines.push(`overall F1: ${overall.toFixed(3)}`);
  process.stdout.write(lines.join('\n') + '\n');
}

main(process.argv.slice(2));
