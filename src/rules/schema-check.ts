// Structural validation against the JSON Schemas in schema/, with every error
// walked back to its YAML node so it can be reported as file:line:column.
// Only loaded when YAML is read (packs, `rules validate`, a stale build).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import type AjvClass from 'ajv';
import type { Problem } from '../util/errors.js';
import { packageRoot } from '../util/package-root.js';
import { closest } from '../util/suggest.js';
import { locationOf, type YamlSource } from './yaml-source.js';

// ajv is CommonJS; its default export arrives wrapped under ESM.
const Ajv = ((AjvModule as unknown as { default?: typeof AjvClass }).default ?? AjvModule) as unknown as typeof AjvClass.default;

export const RULES_SCHEMA_FILE = 'scamcheck-rules.schema.json';
export const PACK_SCHEMA_FILE = 'scamcheck-pack.schema.json';

export function readSchema(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(join(packageRoot(), 'schema', name), 'utf8')) as Record<string, unknown>;
}

let validators: { rules: ValidateFunction; pack: ValidateFunction } | undefined;

function getValidators(): { rules: ValidateFunction; pack: ValidateFunction } {
  if (!validators) {
    const ajv = new Ajv({ allErrors: true, verbose: true, strict: false });
    validators = {
      rules: ajv.compile(readSchema(RULES_SCHEMA_FILE)),
      pack: ajv.compile(readSchema(PACK_SCHEMA_FILE)),
    };
  }
  return validators;
}

export function checkSchema(src: YamlSource, kind: 'rules' | 'pack'): Problem[] {
  const validate = getValidators()[kind];
  if (validate(src.data)) return [];
  return explainErrors(src, validate.errors ?? []);
}

function pathOf(err: ErrorObject): (string | number)[] {
  if (err.instancePath === '') return [];
  return err.instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** "rules[3] (police-asks-cash).when" — readable, with the item's id where it has one. */
export function describePath(data: unknown, path: readonly (string | number)[]): string {
  let out = '';
  let node: unknown = data;
  for (const step of path) {
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[step] : undefined;
    if (typeof step === 'number') {
      out += `[${step}]`;
      const id = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)['id'] : undefined;
      if (typeof id === 'string') out += ` (${id.length > 60 ? `${id.slice(0, 60)}…` : id})`;
    } else {
      out += out === '' ? step : `.${step}`;
    }
  }
  return out === '' ? 'the file' : out;
}

/**
 * ajv reports every branch of a failed oneOf. Keep the branch the author meant
 * (one whose type matched); when no branch's type matched, say so once.
 */
function pickOneOfBranches(errors: ErrorObject[]): { kept: ErrorObject[]; typeHints: Map<string, string[]> } {
  const drop = new Set<ErrorObject>();
  const typeHints = new Map<string, string[]>();
  errors.forEach((one, index) => {
    if (one.keyword !== 'oneOf') return;
    // ajv reports a oneOf's branch errors just before it, all at its path or below.
    const within = (e: ErrorObject) => e.instancePath === one.instancePath || e.instancePath.startsWith(`${one.instancePath}/`);
    const branch: ErrorObject[] = [];
    for (let i = index - 1; i >= 0 && within(errors[i]!) && errors[i]!.keyword !== 'oneOf'; i--) branch.push(errors[i]!);
    const wrongType = branch.filter((e) => e.keyword === 'type' && e.instancePath === one.instancePath);
    if (wrongType.length < branch.length) {
      wrongType.forEach((e) => drop.add(e));
    } else {
      branch.forEach((e) => drop.add(e));
      typeHints.set(one.instancePath, [...new Set(wrongType.reverse().map((e) => String((e.params as Record<string, unknown>)['type'])))]);
    }
  });
  // The oneOf errors themselves stay only when they carry a type hint; `if` summaries always go.
  const kept = errors.filter((e) => !drop.has(e) && e.keyword !== 'if' && (e.keyword !== 'oneOf' || typeHints.has(e.instancePath)));
  return { kept, typeHints };
}

function explainErrors(src: YamlSource, errors: ErrorObject[]): Problem[] {
  const { kept, typeHints } = pickOneOfBranches(errors);
  // A misspelt field ("nmae") also makes the real one ("name") missing: report the spelling only.
  const suggested = new Set<string>();
  for (const e of kept) {
    if (e.keyword !== 'additionalProperties') continue;
    const allowed = Object.keys((e.parentSchema?.['properties'] as object | undefined) ?? {});
    const guess = closest(String((e.params as Record<string, unknown>)['additionalProperty']), allowed);
    if (guess) suggested.add(`${e.instancePath}|${guess}`);
  }
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const err of kept) {
    const path = pathOf(err);
    const at = describePath(src.data, path);
    let message: string;
    let key: string | undefined;
    const params = err.params as Record<string, unknown>;
    switch (err.keyword) {
      case 'oneOf':
        message = `${at} must be ${typeHints.get(err.instancePath)!.map(article).join(' or ')}`;
        break;
      case 'additionalProperties': {
        key = String(params['additionalProperty']);
        const allowed = Object.keys((err.parentSchema?.['properties'] as object | undefined) ?? {});
        const guess = key.length <= 100 ? closest(key, allowed) : undefined;
        message = `unknown field ${shown(key)} in ${at}` + (guess ? `; did you mean "${guess}"?` : `; allowed: ${allowed.join(', ')}`);
        break;
      }
      case 'required':
        if (suggested.has(`${err.instancePath}|${String(params['missingProperty'])}`)) continue;
        message = `${at} is missing "${String(params['missingProperty'])}"`;
        break;
      case 'type':
        message = `${at} must be ${article(String(params['type']))}`;
        break;
      case 'enum': {
        const allowed = (params['allowedValues'] as unknown[]).map(String);
        const got = shown(err.data);
        const guess = typeof err.data === 'string' ? closest(err.data, allowed) : undefined;
        message = `${at} must be one of: ${allowed.join(', ')} (got ${got})` + (guess ? `; did you mean "${guess}"?` : '');
        break;
      }
      case 'pattern':
        message = `${at} ${patternHint(String(params['pattern']))} (got ${shown(err.data)})`;
        break;
      case 'minItems':
        message = `${at} must have at least ${String(params['limit'])} item${params['limit'] === 1 ? '' : 's'}`;
        break;
      case 'minProperties':
        message = `${at} must not be empty`;
        break;
      case 'uniqueItems':
        message = `${at} has a repeated value`;
        break;
      case 'minLength':
        message = `${at} must not be empty`;
        break;
      case 'maxLength':
        message = `${at} is too long (the limit is ${String(params['limit'])} characters)`;
        break;
      case 'const':
        message = `${at} must be ${JSON.stringify(params['allowedValue'])}`;
        break;
      default:
        message = `${at} ${err.message ?? 'is not valid'}`;
    }
    const dedupe = `${err.instancePath}|${message}`;
    if (seen.has(dedupe)) continue;
    seen.add(dedupe);
    problems.push({ severity: 'error', ...locationOf(src, path, key), message });
  }
  return problems;
}

/** A value from the file, quoted and cut short for a one-line message. */
function shown(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

function article(type: string): string {
  if (type === 'array') return 'a list';
  if (type === 'object') return 'a map of fields';
  if (type === 'integer') return 'a whole number';
  return `a ${type}`;
}

function patternHint(pattern: string): string {
  if (pattern.startsWith('^[a-z0-9]+(-')) return 'must be a kebab-case id (lower-case letters, digits and hyphens)';
  if (pattern.startsWith('^https?')) return 'must be a web address starting with https://';
  if (pattern.startsWith('^[0-9]')) return 'must be a phone number: digits and spaces only';
  return `must match ${pattern}`;
}
