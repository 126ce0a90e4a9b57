// A real HTTP server on 127.0.0.1 (ephemeral port) that speaks enough of the OpenAI chat-completions API
// for our provider code: POST …/chat/completions (JSON or SSE stream) and GET …/models. Each request takes
// the next queued behaviour (or the default draft) and every request is recorded for assertions.
// Used by the vitest suites and by the lead's browser tests (CORS is open so an extension page can call it).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { defaultAnswer, hijackedAnswer, type Behaviour, type BehaviourSource, type ChatRequestBody } from './behaviours';
import { testEmbedding } from './embeddings';

export * from './behaviours';

export interface RecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON body (undefined for GET). */
  body: ChatRequestBody | undefined;
  /** Date.now() when the request arrived, and when each streamed content chunk was written (for benches). */
  receivedAt: number;
  chunksSentAt: number[];
}

/** Where sendContent notes its write times: the recorded request of each response. */
const chunkTimes = new WeakMap<ServerResponse, number[]>();

export interface OpenAiTestServer {
  /** Base URL including /v1, ready for the SDK's baseURL. */
  url: string;
  requests: RecordedRequest[];
  /** Chat requests whose client hung up before the answer was complete (cancelled or timed out). */
  readonly abandoned: number;
  /** Queue behaviours for the next requests to /chat/completions, in order. */
  enqueue(...behaviours: BehaviourSource[]): void;
  /** Behaviour used when the queue is empty (default: a normal draft). */
  setDefault(behaviour: BehaviourSource): void;
  /** How POST …/embeddings answers: deterministic vectors (default), after a delay, or 404 like a chat-only server. */
  setEmbeddings(mode: EmbeddingsMode): void;
  close(): Promise<void>;
}

export type EmbeddingsMode = { kind: 'vectors'; delayMs?: number } | { kind: 'absent' };

export const TEST_MODELS = ['souffleur-test-mini', 'souffleur-test-large'];

export async function startOpenAiTestServer(): Promise<OpenAiTestServer> {
  const queue: BehaviourSource[] = [];
  let fallback: BehaviourSource = { kind: 'draft' };
  let embeddings: EmbeddingsMode = { kind: 'vectors' };
  const requests: RecordedRequest[] = [];
  const open = new Set<ServerResponse>();

  let abandoned = 0;
  const server = createServer((req, res) => {
    open.add(res);
    res.on('close', () => {
      open.delete(res);
      if (!res.writableEnded && req.url?.includes('/chat/completions')) abandoned++;
    });
    void handle(req, res).catch(() => res.destroy());
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const receivedAt = Date.now();
    res.setHeader('access-control-allow-origin', '*');
    res.setHeader('access-control-allow-headers', '*');
    res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    if (req.method === 'OPTIONS') return void res.writeHead(204).end();
    const path = (req.url ?? '/').split('?')[0]!;
    const raw = await readBody(req);
    const body = raw ? (safeJson(raw) as ChatRequestBody | undefined) : undefined;
    const record: RecordedRequest = { method: req.method ?? 'GET', path, headers: req.headers, body, receivedAt, chunksSentAt: [] };
    requests.push(record);
    chunkTimes.set(res, record.chunksSentAt);

    if (req.method === 'GET' && path.endsWith('/models')) {
      const data = TEST_MODELS.map((id) => ({ id, object: 'model', created: 1_700_000_000, owned_by: 'souffleur-tests' }));
      return json(res, 200, { object: 'list', data });
    }
    if (req.method === 'POST' && path.endsWith('/embeddings') && body && embeddings.kind === 'vectors') {
      if (embeddings.delayMs) await sleep(embeddings.delayMs);
      const input = (body as { input?: unknown }).input;
      const texts = Array.isArray(input) ? input.map(String) : [String(input)];
      const data = texts.map((text, index) => ({ object: 'embedding', index, embedding: testEmbedding(text) }));
      return json(res, 200, {
        object: 'list',
        data,
        model: body.model,
        usage: { prompt_tokens: texts.length, total_tokens: texts.length },
      });
    }
    if (req.method === 'POST' && path.endsWith('/chat/completions') && body) {
      const source = queue.shift() ?? fallback;
      return respond(typeof source === 'function' ? source(body) : source, body, res);
    }
    json(res, 404, { error: { message: `no route ${req.method} ${path}`, type: 'invalid_request_error' } });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    get abandoned() {
      return abandoned;
    },
    enqueue: (...behaviours) => void queue.push(...behaviours),
    setDefault: (behaviour) => void (fallback = behaviour),
    setEmbeddings: (mode) => void (embeddings = mode),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of open) res.destroy(); // stalled streams would keep close() waiting forever
        server.close(() => resolve());
      }),
  };
}

async function respond(behaviour: Behaviour, body: ChatRequestBody, res: ServerResponse): Promise<void> {
  const format = body.response_format?.type;
  switch (behaviour.kind) {
    case 'no-schema':
      if (format === 'json_schema') {
        return json(res, 400, {
          error: {
            message: "response_format 'json_schema' is not supported by this server",
            type: 'invalid_request_error',
            param: 'response_format',
          },
        });
      }
      return respond(behaviour.then ?? { kind: 'draft' }, body, res);
    case 'rate-limit':
      res.setHeader('retry-after', String(behaviour.retryAfterSeconds));
      return json(res, 429, { error: { message: 'Rate limit reached, slow down', type: 'rate_limit_error' } });
    case 'server-error':
      return json(res, behaviour.status ?? 500, { error: { message: 'The server had an error', type: 'server_error' } });
    case 'status':
      return json(res, behaviour.status, behaviour.body);
    case 'malformed-body':
      if (body.stream) {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write('data: {"id":"x","choices":[{"delta":{"content":"{\\"dra\n\n');
        res.write('data: {this is not json\n\n');
        return void res.end('data: [DONE]\n\n');
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      return void res.end('{"id": "chatcmpl-1", "choices": [ {"message": ');
    case 'slow-first-byte':
      await sleep(behaviour.delayMs);
      if (res.destroyed) return;
      return respond(behaviour.then ?? { kind: 'draft' }, body, res);
    case 'hijack': {
      const system = body.messages?.find((m) => m.role === 'system')?.content;
      return sendContent(JSON.stringify(hijackedAnswer(behaviour.variant, typeof system === 'string' ? system : '')), body, res, {});
    }
    case 'stall':
      return sendContent(JSON.stringify(defaultAnswer()), body, res, { stallAfter: behaviour.afterChunks });
    case 'draft': {
      const answer = behaviour.answer ?? defaultAnswer();
      const content = typeof answer === 'string' ? answer : JSON.stringify(answer);
      return sendContent(content, body, res, { chunkChars: behaviour.chunkChars, chunkDelayMs: behaviour.chunkDelayMs });
    }
  }
}

interface SendOptions {
  chunkChars?: number;
  chunkDelayMs?: number;
  stallAfter?: number;
}

async function sendContent(content: string, body: ChatRequestBody, res: ServerResponse, options: SendOptions): Promise<void> {
  const model = body.model ?? TEST_MODELS[0]!;
  const base = { id: 'chatcmpl-test', created: Math.floor(Date.now() / 1000), model };
  if (!body.stream) {
    return json(res, 200, {
      ...base,
      object: 'chat.completion',
      choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content, refusal: null } }],
      usage: { prompt_tokens: 100, completion_tokens: 50, total_tokens: 150 },
    });
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  const size = options.chunkChars ?? 12;
  const chunk = (delta: object, finish: string | null = null) =>
    `data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  res.write(chunk({ role: 'assistant', content: '' }));
  let sent = 0;
  for (let at = 0; at < content.length; at += size) {
    if (options.stallAfter !== undefined && sent >= options.stallAfter) return; // leave the stream open, silent
    if (res.destroyed) return;
    res.write(chunk({ content: content.slice(at, at + size) }));
    chunkTimes.get(res)?.push(Date.now());
    sent += 1;
    if (options.chunkDelayMs) await sleep(options.chunkDelayMs);
  }
  res.write(chunk({}, 'stop'));
  res.end('data: [DONE]\n\n');
}

function json(res: ServerResponse, status: number, value: unknown): void {
  if (res.destroyed) return;
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
  });
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
