// A synthetic event log for benchmarks: ~10 events per ticket across 20 agents, 2 helpdesks, 5 languages,
// 7 emotions, 3 models and 300 snippets over 90 days, from a seeded generator so every run is the same.
import type { StatsEvent } from '../../src/stats/events';

function random(seed: number): () => number {
  // mulberry32
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LANGUAGES = ['en', 'de', 'nl', 'sv', 'ar'];
const EMOTIONS = ['neutral', 'positive', 'confusion', 'anxiety', 'disappointment', 'frustration', 'anger'];
const MODELS = ['gpt-4.1-mini', 'llama-3.3-70b', 'mistral-small'];
const CLASSES = ['as-is', 'light-edit', 'heavy-edit', 'rewritten'] as const;
const START = Date.UTC(2026, 0, 1);

export function syntheticEvents(n: number, seed = 1): StatsEvent[] {
  return [...syntheticEventStream(n, seed)];
}

/** The same events one at a time, for logs too large to hold (the ClickHouse bench streams 10M). */
export function* syntheticEventStream(n: number, seed = 1): Generator<StatsEvent> {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const agents = Array.from({ length: 20 }, (_, i) => ({ id: `agent-${i}`, name: `Agent ${i}` }));
  let emitted = 0;
  let ticket = 0;
  while (emitted < n) {
    ticket++;
    const base = {
      v: 2,
      agent: pick(agents),
      helpdesk: rand() < 0.6 ? 'zendesk' : 'freshdesk',
      ticketHash: ((ticket * 2654435761) >>> 0).toString(16).padStart(8, '0') + ticket.toString(16).padStart(56, '0'),
      keyId: 'k-bench',
      language: pick(LANGUAGES),
      emotion: pick(EMOTIONS),
      source: 'model',
      model: pick(MODELS),
    };
    let time = START + Math.floor(rand() * 90 * 86_400_000);
    const events: StatsEvent[] = [];
    const push = (fields: Record<string, unknown>) => {
      time += Math.floor(rand() * 30_000);
      events.push({ id: `${seed}-${emitted + events.length}`, time, ...base, ...fields } as StatsEvent);
    };
    const holdout = rand() < 0.1;
    push({ type: 'ticket-opened', holdout });
    push({ type: 'cue-shown' });
    if (!holdout) {
      const suggestionId = `s${ticket}`;
      push({ type: 'suggestion-shown', suggestionId, kind: 'draft', msSinceTicketOpened: 500 + Math.floor(rand() * 4000) });
      const snippetId = `kb-${Math.floor(rand() * rand() * 300)}`;
      push({ type: 'snippet-shown', snippetId });
      if (rand() < 0.3) push({ type: 'snippet-copied', snippetId });
      if (rand() < 0.2) push({ type: 'suggestion-regenerated', suggestionId });
      if (rand() < 0.6) {
        push({ type: 'suggestion-inserted', suggestionId });
        const cls = pick(CLASSES);
        push({
          type: 'reply-sent',
          suggestionId,
          similarity: rand(),
          class: cls,
          msSinceTicketOpened: 60_000 + Math.floor(rand() * 600_000),
        });
      } else push({ type: 'suggestion-dismissed', suggestionId });
      if (rand() < 0.3) push({ type: 'suggestion-rated', suggestionId, rating: rand() < 0.8 ? 'up' : 'down' });
      if (rand() < 0.1) push({ type: 'cue-rated', helpful: rand() < 0.7 });
    }
    push({ type: 'first-reply', msSinceTicketOpened: 60_000 + Math.floor(rand() * 900_000), assisted: !holdout });
    for (const e of events) {
      if (emitted === n) return;
      emitted++;
      yield e;
    }
  }
}
