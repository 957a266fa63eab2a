/** The rule list (core/data/check-rules.json) and the one way findings are made from it. */
import data from '../data/check-rules.json';
import type { VanBanDocument } from '../model/types';
import type { Bilingual, Finding, FindingLocation, LocationPart, Params, Severity } from './types';

export type RuleInput = 'model' | 'docx';

export interface RuleInfo {
  id: string;
  area: string;
  severity: Severity;
  inputs: RuleInput[];
  message: Bilingual;
  fix?: Bilingual;
}

export const CHECK_RULES: readonly RuleInfo[] = data.rules as RuleInfo[];
const BY_ID = new Map(CHECK_RULES.map((rule) => [rule.id, rule]));

/** A part of a document that size and emphasis rules talk about, with its name and format. */
export interface ElementInfo extends Bilingual {
  /** Size range in points, inclusive. */
  size: [number, number];
  /** true: must be bold; false: must not be; absent: either. */
  bold?: boolean;
  italic?: boolean;
}

export type ElementId = keyof typeof data.elements;
export const ELEMENTS = data.elements as unknown as Readonly<Record<ElementId, ElementInfo>>;

/** The name of each part of a document in both languages, and "… and {count} more" for lists of places. */
export const PART_NAMES = data.parts as Readonly<Record<LocationPart | 'morePlaces', Bilingual>>;

/** The element's name in both languages (for message parameters). */
export function element(id: ElementId): Bilingual {
  return { vi: ELEMENTS[id].vi, en: ELEMENTS[id].en };
}

export function ruleInfo(id: string): RuleInfo {
  const rule = BY_ID.get(id);
  if (!rule) throw new RangeError(`Unknown check rule: ${id}`);
  return rule;
}

/** Longest text kept in a location or message parameter. */
const MAX_QUOTE = 80;

export function quote(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE - 1)}…` : flat;
}

function fill(template: string, params: Params, lang: keyof Bilingual): string {
  const out = template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'object' ? value[lang] : String(value);
  });
  return out.charAt(0).toLocaleUpperCase(lang === 'vi' ? 'vi-VN' : 'en') + out.slice(1);
}

export function formatMessage(template: Bilingual, params: Params = {}): Bilingual {
  return { vi: fill(template.vi, params, 'vi'), en: fill(template.en, params, 'en') };
}

/** The cause of a finding by default: its parameters other than the quoted text. */
function defaultCause(params: Params): string {
  const { text: _text, ...rest } = params;
  return JSON.stringify(rest);
}

/**
 * A finding of rule `id` at one place; a fix's description comes from the rule's data. `cause`
 * groups it with others (see Finding.cause); by default its parameters other than `text`.
 */
export function finding(
  id: string,
  location: FindingLocation,
  params: Params = {},
  apply?: (doc: VanBanDocument) => VanBanDocument,
  cause: string = defaultCause(params),
): Finding {
  const rule = ruleInfo(id);
  const place = location.text === undefined ? location : { ...location, text: quote(location.text) };
  const out: Finding = {
    ruleId: id,
    severity: rule.severity,
    message: formatMessage(rule.message, params),
    location: place,
    count: 1,
    places: [place],
    cause,
  };
  if (apply) {
    if (!rule.fix) throw new Error(`Check rule ${id} has no fix description`);
    out.fix = { description: rule.fix, apply };
  }
  return out;
}
