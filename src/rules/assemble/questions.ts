// The four questions and their answers. A pack may add answers, and phrases to
// any answer; rewording a question or an answer needs `override: true`, and
// locked ones (rules/locked.yaml) cannot be reworded at all.

import type { AnswerEntry, QuestionEntry } from '../file-format/index.js';
import type { LockedChange } from '../locks.js';
import type { AnswerDef, QuestionDef } from '../types.js';
import { locationOf, type YamlSource } from '../yaml-source.js';
import { fmt, type Assembler, type Path } from './assembler.js';

export function addQuestion(asm: Assembler, raw: QuestionEntry, src: YamlSource, path: Path): void {
  const id = raw.id;
  const found = asm.find(asm.set.questions, id);
  const wording = ['prompt', 'hint', 'heading', 'multiple', 'empty-answer'].filter((k) => k in raw);
  const dup = asm.definedBefore(`question:${id}`, locationOf(src, path));
  if (dup) {
    asm.error(src, path, `question "${id}" is given twice in this pack (first at ${fmt(dup)}); list all its answers in one place`);
    return;
  }
  let q: QuestionDef;
  if (!found) {
    q = { id, prompt: '', hint: '', heading: '', multiple: true, answers: [], pack: asm.packName, loc: locationOf(src, path) };
    asm.push(asm.set.questions, q);
  } else if (wording.length > 0 && raw.override !== true) {
    q = found;
    asm.error(src, path, `question "${id}" is already worded at ${fmt(q.loc)}; add "override: true" to change its ${wording.join(', ')}`, wording[0]);
  } else {
    q = found;
    const lock = asm.lockOn('question', id);
    const fields = { prompt: q.prompt, hint: q.hint, heading: q.heading, 'empty-answer': q.emptyAnswer };
    const changed = (Object.keys(fields) as (keyof typeof fields)[]).filter((k) => raw[k] !== undefined && raw[k] !== fields[k]);
    if (lock && changed.length > 0) {
      asm.lockedError(src, path, `question "${id}"`, lock, changed.map((k) => ({ what: `change its ${k}`, key: k })));
      raw = Object.fromEntries(Object.entries(raw).filter(([k]) => !(changed as string[]).includes(k))) as QuestionEntry;
    }
  }
  if (raw.prompt) q.prompt = raw.prompt;
  if (raw.hint) q.hint = raw.hint;
  if (raw.heading) q.heading = raw.heading;
  if (raw.multiple !== undefined) q.multiple = raw.multiple;
  if (raw['empty-answer']) q.emptyAnswer = raw['empty-answer'];
  asm.origin(q, src, path);
  (raw.answers ?? []).forEach((a, i) => addAnswer(asm, q, a, src, [...path, 'answers', i]));
}

function addAnswer(asm: Assembler, q: QuestionDef, raw: AnswerEntry, src: YamlSource, path: Path): void {
  const id = raw.id;
  const dup = asm.definedBefore(`answer:${q.id}:${id}`, locationOf(src, path));
  if (dup) {
    asm.error(src, path, `answer "${q.id}: ${id}" is defined twice in this pack (first at ${fmt(dup)})`);
    return;
  }
  const existing = asm.find(q.answers, id);
  const phrases = [...(raw.phrases ?? [])];
  if (existing) {
    // A pack may add phrases to any answer; changing its wording needs override.
    const wording = ['label', 'hint', 'urgent', 'neutral'].filter((k) => k in raw);
    if (wording.length > 0 && raw.override !== true) {
      asm.error(src, path, `answer "${q.id}: ${id}" is already defined at ${fmt(existing.loc)}; add "override: true" to change its ${wording.join(', ')}`, wording[0]);
      return;
    }
    const lock = asm.lockOn('answer', `${q.id}:${id}`);
    if (lock) {
      const changes: LockedChange[] = (['label', 'hint'] as const)
        .filter((k) => raw[k] !== undefined && raw[k] !== existing[k])
        .map((k) => ({ what: `change its ${k}`, key: k }));
      if (raw.neutral === true && !existing.neutral) changes.push({ what: 'make it neutral', key: 'neutral' });
      if (changes.length > 0) return asm.lockedError(src, path, `answer "${q.id}: ${id}"`, lock, changes);
    }
    if (raw.label) existing.label = raw.label;
    if (raw.hint) existing.hint = raw.hint;
    // An override may mark an answer urgent, never un-mark it: that could lower what a check asks of the person.
    if (raw.urgent === true) existing.urgent = true;
    if (raw.urgent === false && existing.urgent) {
      asm.error(src, path, `answer "${q.id}: ${id}" is urgent in ${existing.pack}; a pack cannot make it not urgent`, 'urgent');
    }
    if (raw.neutral !== undefined) existing.neutral = raw.neutral;
    const have = new Set(existing.phrases);
    for (const p of phrases) {
      if (have.has(p)) continue;
      existing.phrases.push(p);
      have.add(p);
    }
    asm.origin(existing, src, path);
    return;
  }
  if (raw.override === true) {
    asm.error(src, path, `answer "${q.id}: ${id}" has "override: true" but there is no earlier answer "${id}" to change`);
    return;
  }
  const a: AnswerDef = {
    id,
    label: raw.label ?? '',
    hint: raw.hint ?? '',
    phrases,
    urgent: raw.urgent === true,
    neutral: raw.neutral === true,
    pack: asm.packName,
    loc: locationOf(src, path),
  };
  asm.push(q.answers, a);
  asm.origin(a, src, path);
}
