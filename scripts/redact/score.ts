// Precision and recall of the redactor per entity type on labelled lines. A prediction counts when it
// overlaps a gold entity of the same type (street and postcode may be labelled apart or together).
import { findEntities, type FoundEntity } from '../../src/privacy/redact';
import { ENTITY_TYPES, type EntityType } from '../../src/privacy/vault';

export interface LabelledLine {
  lang: string;
  text: string;
  names: string[];
  entities: { type: EntityType; value: string }[];
  /** Strings that must not be redacted (order numbers, dates, amounts, versions). */
  negatives: string[];
  /** The helpdesk account's name ("acme" of acme.zendesk.com): the ticket is the company's. */
  company?: string;
}

export interface TypeScore {
  type: EntityType | 'ALL';
  gold: number;
  predicted: number;
  precision: number;
  recall: number;
}

interface Located {
  type: EntityType;
  start: number;
  end: number;
}

function locate(text: string, values: { type: EntityType; value: string }[]): Located[] {
  const found: Located[] = [];
  for (const { type, value } of values) {
    let at = text.indexOf(value);
    while (at >= 0 && found.some((f) => at < f.end && at + value.length > f.start && f.type === type)) at = text.indexOf(value, at + 1);
    if (at < 0) throw new Error(`labelled value not in text: ${value}`);
    found.push({ type, start: at, end: at + value.length });
  }
  return found;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export interface Evaluation {
  scores: TypeScore[];
  negatives: { total: number; redacted: string[] };
  misses: string[];
  falseAlarms: string[];
}

export function evaluate(lines: LabelledLine[]): Evaluation {
  const counts = new Map<EntityType, { gold: number; goldHit: number; predicted: number; predictedHit: number }>();
  for (const type of ENTITY_TYPES) counts.set(type, { gold: 0, goldHit: 0, predicted: 0, predictedHit: 0 });
  // A labelled type the redactor does not know yet (e.g. when scoring an older rule set) counts as missed.
  for (const line of lines)
    for (const e of line.entities) if (!counts.has(e.type)) counts.set(e.type, { gold: 0, goldHit: 0, predicted: 0, predictedHit: 0 });
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  const negativesRedacted: string[] = [];
  let negativeTotal = 0;
  for (const line of lines) {
    const gold = locate(line.text, line.entities);
    const predicted: FoundEntity[] = findEntities(line.text, line.names, false, line.company);
    for (const g of gold) {
      const c = counts.get(g.type)!;
      c.gold += 1;
      if (predicted.some((p) => p.type === g.type && overlaps(p, g))) c.goldHit += 1;
      else misses.push(`${line.lang} ${g.type} "${line.text.slice(g.start, g.end)}"`);
    }
    for (const p of predicted) {
      const c = counts.get(p.type)!;
      c.predicted += 1;
      if (gold.some((g) => g.type === p.type && overlaps(p, g))) c.predictedHit += 1;
      else falseAlarms.push(`${line.lang} ${p.type} "${p.value}"`);
    }
    for (const negative of line.negatives) {
      negativeTotal += 1;
      const at = line.text.indexOf(negative);
      if (predicted.some((p) => overlaps(p, { start: at, end: at + negative.length })))
        negativesRedacted.push(`${line.lang} "${negative}"`);
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
  const scores: TypeScore[] = [...counts.keys()].map((type) => {
    const c = counts.get(type)!;
    return { type, gold: c.gold, predicted: c.predicted, precision: ratio(c.predictedHit, c.predicted), recall: ratio(c.goldHit, c.gold) };
  });
  const all = [...counts.values()].reduce((s, c) => ({
    gold: s.gold + c.gold,
    goldHit: s.goldHit + c.goldHit,
    predicted: s.predicted + c.predicted,
    predictedHit: s.predictedHit + c.predictedHit,
  }));
  scores.push({
    type: 'ALL',
    gold: all.gold,
    predicted: all.predicted,
    precision: ratio(all.predictedHit, all.predicted),
    recall: ratio(all.goldHit, all.gold),
  });
  return { scores, negatives: { total: negativeTotal, redacted: negativesRedacted }, misses, falseAlarms };
}
