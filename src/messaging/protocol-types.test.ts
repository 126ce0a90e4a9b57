// The protocol's types, checked by the compiler (`npx tsc --noEmit` covers this file): each
// `@ts-expect-error` line must fail to compile, or tsc reports the directive as unused. Nothing is sent:
// every ask() sits in a function that is never called.
import { describe, expectTypeOf, it } from 'vitest';
import type { Handlers } from '../background/router';
import type { SearchHit } from '../knowledge/types';
import { ask } from './client';
import type { Reply } from './protocol';
import type { ProviderSummary, Responses, TicketAnalysis } from './responses';

describe('the typed protocol', () => {
  it('ask() infers its answer from the request kind', () => {
    expectTypeOf(() => ask({ kind: 'search-knowledge', query: 'refund', uiLang: 'en' })).returns.resolves.toEqualTypeOf<
      Reply<SearchHit[]>
    >();
    expectTypeOf(() => ask({ kind: 'provider-get' })).returns.resolves.toEqualTypeOf<Reply<ProviderSummary>>();
    expectTypeOf(() => ask({ kind: 'knowledge-export' })).returns.resolves.toEqualTypeOf<Reply<string>>();
  });

  it('rejects a hand-picked answer type and a malformed request', () => {
    // @ts-expect-error the type argument is the request, not a chosen answer type
    expectTypeOf(() => ask<string[]>({ kind: 'provider-get' })).not.toBeAny();
    // @ts-expect-error provider-get answers a summary, not a list
    expectTypeOf(() => ask({ kind: 'provider-get' })).returns.resolves.toEqualTypeOf<Reply<string[]>>();
    // @ts-expect-error search-knowledge needs a query
    void (() => ask({ kind: 'search-knowledge', uiLang: 'en' }));
    // @ts-expect-error no such kind
    void (() => ask({ kind: 'knowledge-drop' }));
  });

  it('types each handler against the same map', () => {
    expectTypeOf<ReturnType<Handlers['analyze-ticket']>>().toEqualTypeOf<Promise<TicketAnalysis>>();
    const wrongShape: Pick<Handlers, 'knowledge-export'> = {
      // @ts-expect-error knowledge-export answers the JSON Lines text, not a count
      'knowledge-export': async () => 3,
    };
    const missingField: Pick<Handlers, 'analyze-ticket'> = {
      // @ts-expect-error an analysis without snippets is not an analysis
      'analyze-ticket': async () => ({ cue: null, providerConfigured: false, holdout: false, heldBack: false }),
    };
    expectTypeOf(wrongShape).toEqualTypeOf<Pick<Handlers, 'knowledge-export'>>();
    expectTypeOf(missingField).toEqualTypeOf<Pick<Handlers, 'analyze-ticket'>>();
    expectTypeOf<keyof Handlers>().toEqualTypeOf<keyof Responses>();
  });
});
