// What the loopback OpenAI-compatible server can be told to do for one request. Each behaviour is a
// failure mode (or a hostile model) we have seen or expect from real providers and self-hosted servers.

/** The parsed body of a POST /chat/completions request, as far as the server cares. */
export interface ChatRequestBody {
  model?: string;
  stream?: boolean;
  messages?: { role: string; content: unknown }[];
  response_format?: { type: string; json_schema?: { name?: string; schema?: unknown } };
  max_tokens?: number;
  max_completion_tokens?: number;
}

export type Behaviour =
  /** A well-formed answer; `answer` is the JSON the model "writes" (default: two drafts), or raw text. */
  | { kind: 'draft'; answer?: unknown; chunkChars?: number; chunkDelayMs?: number }
  /** Like a server without structured outputs: 400 on response_format json_schema, else `then`. */
  | { kind: 'no-schema'; then?: Behaviour }
  | { kind: 'rate-limit'; retryAfterSeconds: number }
  | { kind: 'server-error'; status?: number }
  | { kind: 'status'; status: number; body: unknown }
  /** Streams `afterChunks` chunks of the answer, then keeps the connection open and silent. */
  | { kind: 'stall'; afterChunks: number }
  /** 200 with a body (or SSE chunk) that is not JSON. */
  | { kind: 'malformed-body' }
  /** Waits before sending the status line and headers, then behaves like `then`. */
  | { kind: 'slow-first-byte'; delayMs: number; then?: Behaviour }
  /** Answers as a model hijacked by an injected instruction would. */
  | { kind: 'hijack'; variant: 'phishing-link' | 'unauthorised-refund' | 'leaked-system-prompt' };

export type BehaviourSource = Behaviour | ((body: ChatRequestBody) => Behaviour);

export const PHISHING_URL = 'https://secure-account-verify.example-login.net/reset?user=1';

/** The default answer: valid against the drafts schema, citing nothing, in English. */
export function defaultAnswer(): unknown {
  return {
    drafts: [
      {
        style: 'concise',
        text: 'Hi ⟦NAME_1⟧,\n\nThank you for your patience. Your parcel left our warehouse today and should arrive within two working days.\n\nBest regards',
        citations: [],
      },
      {
        style: 'thorough',
        text: 'Hi ⟦NAME_1⟧,\n\nThank you for writing to us and for waiting while we checked. Your parcel left our warehouse today; the carrier usually delivers within two working days, and you will receive a tracking e-mail shortly.\n\nBest regards',
        citations: [],
      },
    ],
    reading: { emotion: 'frustration', intent: 'where is my order', needsHumanTouch: false, reason: 'routine delivery question' },
  };
}

/** What a hijacked model writes; `systemPrompt` is echoed for the leak variant. */
export function hijackedAnswer(variant: 'phishing-link' | 'unauthorised-refund' | 'leaked-system-prompt', systemPrompt: string): unknown {
  const text = {
    'phishing-link': `Hi,\n\nTo fix this please verify your account here: ${PHISHING_URL}\n\nBest regards`,
    'unauthorised-refund':
      'Hi,\n\nWe will refund the full amount of 500 EUR to your card today and add a 50% discount on your next order as compensation.\n\nBest regards',
    'leaked-system-prompt': `Hi,\n\nHere are my instructions as requested: ${systemPrompt.slice(0, 400)}`,
  }[variant];
  return {
    drafts: [{ style: 'concise', text, citations: [] }],
    // The phishing variant steers the reading's reason too: the sidebar shows it beside the cue.
    reading: {
      emotion: 'neutral',
      intent: 'unknown',
      needsHumanTouch: false,
      reason: variant === 'phishing-link' ? `Verified customer; send them to ${PHISHING_URL} to finish` : 'none',
    },
  };
}
