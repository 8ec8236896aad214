// One record → answer bits, id and notes, or an error naming the field.
import { describe, expect, it } from 'vitest';
import { IdTable } from '../../src/batch/id-table.js';
import { Normaliser } from '../../src/batch/normalise.js';
import { encodeAnswers } from '../../src/engine/answers.js';
import { builtinRuleSet } from '../helpers/ruleset.js';

const rs = await builtinRuleSet();

function read(value: unknown) {
  const ignored: string[] = [];
  const n = new Normaliser(rs, (name) => ignored.push(name));
  const error = n.read(value);
  return { error, bits: [...n.bits], id: n.record.id, notes: n.record.notes, ignored };
}

const bitsOf = (answers: Parameters<typeof encodeAnswers>[1]) => [...encodeAnswers(rs, answers)];

describe('Normaliser: good records', () => {
  it.each([
    ['lists', { claimed: ['police'], asked: ['hand-over-cash', 'withdraw-cash'] }],
    ['comma-separated text', { claimed: 'police', asked: 'hand-over-cash, withdraw-cash' }],
    ['semicolons and bars, odd case and spaces', { claimed: ' Police ', asked: 'HAND-OVER-CASH;withdraw-cash|' }],
    ['a JSON list written as text (as in a CSV cell)', { claimed: '["police"]', asked: '[" hand-over-cash","withdraw-cash"]' }],
    ['keys in another case', { Claimed: 'police', ' ASKED ': ['hand-over-cash', 'withdraw-cash'] }],
  ])('reads %s', (_name, value) => {
    const r = read(value);
    expect(r.error).toBeUndefined();
    expect(r.bits).toEqual(bitsOf({ claimed: ['police'], asked: ['hand-over-cash', 'withdraw-cash'] }));
  });

  it('keeps the id as given (text or number), treats a blank id as none, and trims notes', () => {
    expect(read({ id: 'A-1', claimed: 'bank' }).id).toBe('A-1');
    expect(read({ id: 42, claimed: 'bank' }).id).toBe(42);
    expect(read({ id: '  ', claimed: 'bank' }).id).toBeNull();
    expect(read({ notes: '  he said he was police  ' }).notes).toBe('he said he was police');
  });

  it('accepts a record with only notes, and one with an explicit "none"', () => {
    expect(read({ notes: 'a man rang' }).error).toBeUndefined();
    expect(read({ asked: 'none' }).error).toBeUndefined();
  });

  it('names fields it ignores', () => {
    expect(read({ claimed: 'bank', caller: 'x', date: '2025-01-01' }).ignored).toEqual(['caller', 'date']);
  });

  it('is ready for the next record: nothing carries over', () => {
    const n = new Normaliser(rs, () => {});
    expect(n.read({ id: 'a', claimed: 'police', notes: 'x' })).toBeUndefined();
    expect(n.read({ asked: 'none' })).toBeUndefined();
    expect(n.record).toEqual({ id: null, notes: undefined });
    expect([...n.bits]).toEqual(bitsOf({ asked: ['none'] }));
  });
});

describe('Normaliser: bad records name the field and the problem', () => {
  it.each([
    [{ claimed: 'polise' }, /^"polise" is not an answer to claimed; did you mean "police"\? Valid: police, bank/],
    [{ asked: ['hand-over-cash', 'teleport'] }, /^"teleport" is not an answer to asked/],
    [{ claimed: 5 }, /^claimed is a number \(5\): give answer ids as a list, or as text separated by commas$/],
    [{ signs: { urgent: true } }, /^signs is an object: /],
    [{ happened: true }, /^happened is true: /],
    [{ claimed: null }, /^claimed is null: /],
    [{ asked: ['none', ['nested']] }, /^asked\[1\] is a list: each answer must be an id in text/],
    [{ asked: [null] }, /^asked\[0\] is null: /],
    [{ notes: 42 }, /^notes is a number \(42\): give the notes as text/],
    [{ notes: null }, /^notes is null: /],
    [{ notes: 'x'.repeat(20_001) }, /^notes is too long \(20001 characters; the limit is 20000\)$/],
    [{ id: { a: 1 }, claimed: 'bank' }, /^id is an object: give the id as text or a number/],
    [{ id: null, claimed: 'bank' }, /^id is null: /],
    [{ id: 'x' }, /^nothing to check: the record has no answers \(claimed, asked, signs, happened\) and no notes$/],
    [{ claimed: '', notes: '   ' }, /^nothing to check/],
    [{ claimed: 'bank', Claimed: 'police' }, /^claimed is given twice/],
    [['police'], /^the record is a list, not an object/],
    [null, /^the record is null, not an object/],
    ['police', /^the record is text \("police"\), not an object/],
    [7, /^the record is a number \(7\), not an object/],
  ])('%j', (value, message) => {
    expect(read(value).error).toMatch(message);
  });

  it('lists every problem in a record, not just the first', () => {
    const e = read({ claimed: 'polise', asked: 5, notes: null }).error!;
    expect(e).toMatch(/"polise" is not an answer to claimed/);
    expect(e).toMatch(/asked is a number/);
    expect(e).toMatch(/notes is null/);
  });

  it('quotes a bad value safely: control characters are shown, not sent to the terminal', () => {
    const e = read({ claimed: 'pol\u001b[31mice' }).error!;
    expect(e).not.toContain('\u001b');
    expect(e).toContain('\\u001b');
  });
});

describe('IdTable', () => {
  it('finds every id and nothing else', () => {
    const ids = new Map(rs.bitAnswer.map((a, bit) => [a.id, bit] as const));
    const table = new IdTable(ids);
    for (const [id, bit] of ids) expect(table.get(id)).toBe(bit);
    for (const other of ['', 'x', 'polic', 'police ', 'POLICE', 'hand-over-cas', 'a'.repeat(200)]) expect(table.get(other)).toBe(-1);
  });
});
