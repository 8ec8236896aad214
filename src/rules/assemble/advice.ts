// What a result tells the person to do: advice (the next steps), the step
// groups they are shown under, the contacts shown with them, and the headline
// a result opens with. When a step or headline is shown is part of its meaning:
// an override may reword it, never change when it shows.

import type { AdviceEntry, ContactEntry, HeadlineEntry, StepGroupEntry } from '../file-format/index.js';
import { removed, type LockedChange } from '../locks.js';
import { REGIONS, type AdviceDef, type ContactDef, type HeadlineDef, type Region, type StepGroupDef } from '../types.js';
import { locationOf, type YamlSource } from '../yaml-source.js';
import type { Assembler, Path } from './assembler.js';
import { toCondition, toExamples } from './rules.js';

export function addAdvice(asm: Assembler, raw: AdviceEntry, src: YamlSource, path: Path): void {
  const target = asm.claim('advice', asm.set.advice, raw, src, path);
  if (target === undefined) return;
  const a: AdviceDef =
    target === 'new'
      ? {
          id: raw.id,
          text: '',
          regionText: {},
          order: 500,
          contacts: [],
          regions: [...REGIONS],
          sources: [],
          pack: asm.packName,
          changedBy: [],
          loc: locationOf(src, path),
        }
      : target;
  if (target !== 'new') {
    const lock = asm.lockOn('advice', a.id);
    if (lock) {
      const changes: LockedChange[] = [];
      if (raw.text !== undefined && raw.text !== a.text) changes.push({ what: 'reword it', key: 'text' });
      const reworded = Object.entries(raw['region-text'] ?? {})
        .filter(([r, t]) => t !== (a.regionText[r as Region] ?? a.text))
        .map(([r]) => r);
      if (reworded.length > 0) changes.push({ what: `reword it for ${reworded.join(', ')}`, key: 'region-text' });
      if (raw.order !== undefined && raw.order !== a.order) changes.push({ what: `move it (order ${a.order})`, key: 'order' });
      const goneRegions = raw.regions ? removed(a.regions, raw.regions) : [];
      if (goneRegions.length > 0) changes.push({ what: `take ${goneRegions.join(', ')} from its regions`, key: 'regions' });
      const goneContacts = raw.contacts ? removed(a.contacts, raw.contacts) : [];
      if (goneContacts.length > 0) changes.push({ what: `take contacts from it (${goneContacts.join(', ')})`, key: 'contacts' });
      if (changes.length > 0) return asm.lockedError(src, path, `advice "${a.id}"`, lock, changes);
      // What may change only grows.
      if (raw.regions) raw = { ...raw, regions: [...new Set([...a.regions, ...raw.regions])] };
      if (raw.contacts) raw = { ...raw, contacts: [...new Set([...a.contacts, ...raw.contacts])] };
      if (raw.sources) raw = { ...raw, sources: [...new Set([...a.sources, ...raw.sources])] };
    }
    a.changedBy.push(asm.packName);
  }
  if (raw.text) a.text = raw.text;
  if (raw['region-text']) a.regionText = { ...a.regionText, ...raw['region-text'] };
  if (raw.order !== undefined) a.order = raw.order;
  if (raw.contacts) a.contacts = [...raw.contacts];
  if (raw.regions) a.regions = [...raw.regions];
  if (raw.sources) a.sources = [...raw.sources];
  if (target === 'new') {
    // When a step shows is part of its meaning: an override cannot hide it.
    if (raw.when !== undefined) {
      const shape: string[] = [];
      a.when = toCondition(raw.when, 'when', shape);
      for (const m of shape) asm.error(src, [...path, 'when'], `advice "${a.id}": ${m}`);
    }
    if (raw['min-verdict']) a.minVerdict = raw['min-verdict'];
    if (raw['max-verdict']) a.maxVerdict = raw['max-verdict'];
    a.conflicts = [...(raw.conflicts ?? [])];
    asm.push(asm.set.advice, a);
  } else if ('when' in raw || 'min-verdict' in raw || 'max-verdict' in raw) {
    asm.error(src, path, `advice "${a.id}": an override can change its wording, not when it is shown`, 'when' in raw ? 'when' : undefined);
  }
  asm.origin(a, src, path);
}

export function addStepGroup(asm: Assembler, raw: StepGroupEntry, src: YamlSource, path: Path): void {
  const target = asm.claim('step group', asm.set.stepGroups, raw, src, path);
  if (target === undefined) return;
  const g: StepGroupDef =
    target === 'new' ? { id: raw.id, heading: '', fromOrder: 0, pack: asm.packName, changedBy: [], loc: locationOf(src, path) } : target;
  if (target !== 'new') g.changedBy.push(asm.packName);
  if (raw.heading) g.heading = raw.heading;
  if (raw['from-order'] !== undefined) g.fromOrder = raw['from-order'];
  if (target === 'new') asm.push(asm.set.stepGroups, g);
  asm.origin(g, src, path);
}

export function addContact(asm: Assembler, raw: ContactEntry, src: YamlSource, path: Path): void {
  const target = asm.claim('contact', asm.set.contacts, raw, src, path);
  if (target === undefined) return;
  const c: ContactDef =
    target === 'new'
      ? { id: raw.id, name: '', phone: '', regions: [], sources: [], pack: asm.packName, changedBy: [], loc: locationOf(src, path) }
      : target;
  if (target !== 'new') {
    const lock = asm.lockOn('contact', c.id);
    if (lock) {
      const changes: LockedChange[] = (['name', 'phone', 'web', 'note'] as const)
        .filter((k) => raw[k] !== undefined && raw[k] !== c[k])
        .map((k) => ({ what: `change its ${k}`, key: k }));
      const gone = raw.regions ? removed(c.regions, raw.regions) : [];
      if (gone.length > 0) changes.push({ what: `take ${gone.join(', ')} from its regions`, key: 'regions' });
      if (changes.length > 0) return asm.lockedError(src, path, `contact "${c.id}"`, lock, changes);
      // What may change only grows.
      if (raw.regions) raw = { ...raw, regions: [...new Set([...c.regions, ...raw.regions])] };
      if (raw.sources) raw = { ...raw, sources: [...new Set([...c.sources, ...raw.sources])] };
    }
    c.changedBy.push(asm.packName);
  }
  if (raw.name) c.name = raw.name;
  if (raw.phone) c.phone = raw.phone;
  if (raw.web) c.web = raw.web;
  if (raw.email) c.email = raw.email;
  if (raw.checked) c.checked = raw.checked;
  if (raw.note) c.note = raw.note;
  if (raw.regions) c.regions = [...raw.regions];
  if (raw.sources) c.sources = [...raw.sources];
  if (target === 'new') asm.push(asm.set.contacts, c);
  asm.origin(c, src, path);
}

export function addHeadline(asm: Assembler, raw: HeadlineEntry, src: YamlSource, path: Path): void {
  const target = asm.claim('headline', asm.set.headlines, raw, src, path);
  if (target === undefined) return;
  if (target !== 'new') {
    if ('when' in raw || 'min-verdict' in raw || 'max-verdict' in raw) {
      asm.error(src, path, `headline "${target.id}": an override can change its wording, not when it is chosen`, 'when' in raw ? 'when' : undefined);
      return;
    }
    target.changedBy.push(asm.packName);
    if (raw.text) target.text = raw.text;
    if (raw.contacts) target.contacts = [...raw.contacts];
    if (raw.sources) target.sources = [...new Set([...target.sources, ...raw.sources])];
    asm.origin(target, src, path);
    return;
  }
  const shape: string[] = [];
  const h: HeadlineDef = {
    id: raw.id,
    text: raw.text ?? '',
    ...(raw.when !== undefined ? { when: toCondition(raw.when, 'when', shape) } : {}),
    ...(raw['min-verdict'] ? { minVerdict: raw['min-verdict'] } : {}),
    ...(raw['max-verdict'] ? { maxVerdict: raw['max-verdict'] } : {}),
    contacts: [...(raw.contacts ?? [])],
    covers: [...(raw.covers ?? [])],
    sources: [...(raw.sources ?? [])],
    examples: raw.examples ? toExamples(raw.examples) : { match: [], noMatch: [] },
    pack: asm.packName,
    changedBy: [],
    loc: locationOf(src, path),
  };
  for (const m of shape) asm.error(src, [...path, 'when'], `headline "${h.id}": ${m}`);
  // A pack's new headline goes after the earlier packs' specific ones, before their fallbacks (those with no `when`).
  const fallback = asm.set.headlines.findIndex((x) => x.pack !== h.pack && x.when === undefined);
  asm.push(asm.set.headlines, h, fallback < 0 ? undefined : fallback);
  asm.origin(h, src, path);
}
