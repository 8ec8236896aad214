// The built-in rule set keeps every answer id and verdict the scripting contract
// names (../shared/scripting-contract.md, copied here so a clean checkout can check it).
import { beforeAll, describe, expect, it } from 'vitest';
import type { CompiledRuleSet } from '../../src/engine/compile.js';
import { VERDICTS } from '../../src/rules/types.js';
import { builtinRuleSet } from '../helpers/ruleset.js';

export const CONTRACT_IDS = {
  claimed: ['police', 'bank', 'telecom', 'government', 'tech-support', 'delivery', 'utility', 'retailer', 'family', 'other'],
  asked: [
    'hand-over-cash', 'hand-over-card', 'withdraw-cash', 'buy-goods', 'gift-cards', 'transfer-money', 'bank-details',
    'pin-or-password', 'personal-details', 'press-key', 'call-back', 'remote-access', 'keep-secret', 'pay-fee', 'none',
  ],
  signs: ['urgent', 'threat', 'card-misused', 'crime-linked', 'knew-details', 'aggressive', 'spoofed-number', 'investigation', 'too-good', 'automated'],
  happened: ['nothing', 'gave-personal', 'gave-bank', 'paid', 'courier-coming', 'remote-access-given', 'still-on-call'],
} as const;

let rs: CompiledRuleSet;
beforeAll(async () => {
  rs = await builtinRuleSet();
});

describe('scripting contract', () => {
  it.each(Object.entries(CONTRACT_IDS))('question %s has every contract answer id', (q, ids) => {
    expect(rs.answerIds[q as keyof typeof CONTRACT_IDS]).toEqual(expect.arrayContaining([...ids]));
  });

  it('has exactly the four verdicts, none of them "safe"', () => {
    expect(rs.set.verdicts.map((v) => v.id).sort()).toEqual([...VERDICTS].sort());
    for (const v of rs.set.verdicts) expect(`${v.label} ${v.summary}`).not.toMatch(/\bsafe\b/i);
  });

  it('marks exactly the contract urgent happenings as urgent', () => {
    const happened = rs.set.questions.find((q) => q.id === 'happened')!;
    expect(happened.answers.filter((a) => a.urgent).map((a) => a.id).sort()).toEqual(['courier-coming', 'gave-bank', 'paid', 'remote-access-given', 'still-on-call']);
  });

  it('every answer id is used by at least one rule', () => {
    const used = new Set<string>();
    const walk = (c: unknown): void => {
      const o = c as Record<string, unknown>;
      if (Array.isArray(o['all'])) o['all'].forEach(walk);
      else if (Array.isArray(o['any'])) o['any'].forEach(walk);
      else if (o['not']) walk(o['not']);
      else for (const [q, ids] of Object.entries(o['answers'] as Record<string, string[]>)) for (const id of ids) used.add(`${q}:${id}`);
    };
    for (const r of rs.set.rules) walk(r.when);
    const neutral = rs.set.questions.flatMap((q) => q.answers.filter((a) => a.neutral).map((a) => `${q.id}:${a.id}`));
    const unused = rs.set.questions.flatMap((q) => q.answers.map((a) => `${q.id}:${a.id}`)).filter((k) => !used.has(k) && !neutral.includes(k));
    expect(unused).toEqual([]);
  });
});
