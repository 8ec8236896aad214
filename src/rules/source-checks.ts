// Checks of where the rule set's facts come from, run by `scamcheck rules validate`:
// every contact carries the date it was last checked, and a date more than
// 12 months before "today" is a warning; with --strict, every rule and advice
// item must cite at least one https:// page on a primary site (the organisation
// itself, listed under `primary-sources:` in rules/sources.yaml).
// "today" is passed in, so tests can fix it.

import type { Problem } from '../util/errors.js';
import type { PrimarySourceDef, RuleSet, SourceLocation } from './types.js';

/** A contact checked longer ago than this many months gets a warning. */
export const CONTACT_MAX_AGE_MONTHS = 12;

/** YYYY-MM-DD as a UTC day number, or undefined when it is not a real date. */
function dayOf(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  // 2026-02-30 rolls over into March: not a real date.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return t / 86_400_000;
}

/** The same calendar day `months` months earlier (the last day of the month when it has no such day). */
function monthsBefore(today: Date, months: number): number {
  const y = today.getUTCFullYear();
  const m = today.getUTCMonth() - months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(today.getUTCDate(), lastDay)) / 86_400_000;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** Contacts with no `checked` date, a date that is not real, one in the future, or one more than 12 months old. */
export function contactDateProblems(set: RuleSet, today: Date): Problem[] {
  const out: Problem[] = [];
  const at = (loc: SourceLocation) => ({ file: loc.file, line: loc.line, col: loc.col });
  const now = dayOf(isoDay(today))!;
  const cutoff = monthsBefore(today, CONTACT_MAX_AGE_MONTHS);
  for (const c of set.contacts) {
    if (!c.checked) {
      out.push({ severity: 'warning', ...at(c.loc), message: `contact "${c.id}" has no "checked" date: check it against its source and add checked: ${isoDay(today)}` });
      continue;
    }
    const day = dayOf(c.checked);
    if (day === undefined) out.push({ severity: 'error', ...at(c.loc), message: `contact "${c.id}": checked "${c.checked}" is not a real date (YYYY-MM-DD)` });
    else if (day > now) out.push({ severity: 'warning', ...at(c.loc), message: `contact "${c.id}": checked ${c.checked} is after today (${isoDay(today)})` });
    else if (day < cutoff) {
      out.push({
        severity: 'warning',
        ...at(c.loc),
        message: `contact "${c.id}" was last checked on ${c.checked}, more than ${CONTACT_MAX_AGE_MONTHS} months ago: check the number against its source and update "checked"`,
      });
    }
  }
  return out;
}

/** The host of a URL without "www.", or undefined when it cannot be read. */
function hostOf(url: string): string | undefined {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}

/** Is this URL an https:// page on a primary site? */
export function isPrimarySource(url: string, sites: readonly PrimarySourceDef[]): boolean {
  if (!url.startsWith('https://')) return false;
  const host = hostOf(url);
  if (!host) return false;
  return sites.some((s) => host === s.domain || (s.subdomains && host.endsWith(`.${s.domain}`)));
}

/**
 * --strict: a rule or advice item whose sources include no https:// page on a
 * primary site is an error, naming what it cites instead.
 */
export function strictSourceProblems(set: RuleSet): Problem[] {
  const sites = set.primarySources ?? [];
  const out: Problem[] = [];
  const check = (what: string, loc: SourceLocation, sources: readonly string[]) => {
    if (sources.length === 0 || sources.some((u) => isPrimarySource(u, sites))) return;
    const why = sources.every((u) => u.startsWith('http://'))
      ? 'cites only http:// pages'
      : sources.some((u) => u.startsWith('https://'))
        ? 'cites no primary source (the organisation itself, listed under primary-sources:)'
        : 'cites no https:// page on a primary site';
    out.push({ severity: 'error', file: loc.file, line: loc.line, col: loc.col, message: `${what} ${why}: ${sources.join(', ')}` });
  };
  for (const r of set.rules) check(`rule "${r.id}"`, r.loc, r.sources);
  for (const a of set.advice) check(`advice "${a.id}"`, a.loc, a.sources);
  return out;
}
