// The same rules, run by json-rules-engine, for comparison. The compiled rule
// set's conditions are translated programmatically: a leaf ("every question
// named has one of these answers") becomes `all` of a custom `containsAny`
// condition per question; all / any / not map to json-rules-engine's own.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { Engine } from 'json-rules-engine';

const QUESTIONS = ['claimed', 'asked', 'signs', 'happened'];

function translate(cond, known) {
  if ('all' in cond) return { all: cond.all.map((c) => translate(c, known)) };
  if ('any' in cond) return { any: cond.any.map((c) => translate(c, known)) };
  if ('not' in cond) return { not: translate(cond.not, known) };
  // As in scamcheck's engine: an id the rule set does not know can never match.
  return { all: Object.entries(cond.answers).map(([q, ids]) => ({ fact: q, operator: 'containsAny', value: ids.filter((id) => known[q].has(id)) })) };
}

/** An engine holding every active rule of `set` (a RuleSet, as in dist/builtin-rules.json). */
export function makeEngine(set) {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addOperator('containsAny', (fact, wanted) => Array.isArray(fact) && wanted.some((w) => fact.includes(w)));
  const known = Object.fromEntries(QUESTIONS.map((q) => [q, new Set(set.questions.find((x) => x.id === q)?.answers.map((a) => a.id) ?? [])]));
  const disabled = new Set(set.disabled.map((d) => d.rule));
  const verdicts = ['no-known-signs', 'suspicious', 'high-risk', 'scam'];
  set.rules
    .filter((r) => !disabled.has(r.id))
    .forEach((r) => {
      const conditions = translate(r.when, known);
      // json-rules-engine wants a boolean operator at the top.
      engine.addRule({ conditions: 'all' in conditions || 'any' in conditions || 'not' in conditions ? conditions : { all: [conditions] }, event: { type: 'match', params: { rule: r.id, rank: verdicts.indexOf(r.verdict) } } });
    });
  return { engine, verdicts };
}

const asList = (v) => (v === undefined ? [] : Array.isArray(v) ? v : String(v).split(/[,;|]/).map((s) => s.trim().toLowerCase()).filter(Boolean));

/** Check the first `limit` records of a JSON Lines file; returns per-record results and the time taken. */
export async function runJre(set, file, limit, maxMs = 30_000) {
  const { engine, verdicts } = makeEngine(set);
  const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  const results = [];
  const t0 = performance.now();
  for await (const line of rl) {
    if (line === '') continue;
    const rec = JSON.parse(line);
    const facts = Object.fromEntries(QUESTIONS.map((q) => [q, asList(rec[q])]));
    const { events } = await engine.run(facts);
    const rank = events.reduce((m, e) => Math.max(m, e.params.rank), 0);
    results.push({ id: rec.id ?? null, verdict: verdicts[rank], rules: events.map((e) => e.params.rule) });
    if (results.length >= limit || performance.now() - t0 > maxMs) break;
  }
  const ms = performance.now() - t0;
  rl.close();
  return { results, ms };
}
