// The gate is the one way out only if nothing else can build a provider client: ESLint rejects it
// everywhere but src/egress/gate.ts. This runs the project's own ESLint config on small sources.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function gateErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.message.includes('egress gate')).map((m) => m.ruleId ?? '');
}

describe('lint: only the egress gate talks to the provider', () => {
  it.each([
    ["import OpenAI from 'openai';\nexport const c = new OpenAI({ apiKey: 'k' });\n", 'default import and new OpenAI()'],
    ["import { AzureOpenAI } from 'openai';\nexport const c = new AzureOpenAI({});\n", 'the Azure client'],
    ['declare function createClient(x: unknown): unknown;\nexport const c = createClient({});\n', 'a createClient() call'],
    ["import O from 'openai/index.mjs';\nexport const c = O;\n", 'a deep import of the package'],
    ["import { OpenAI as O } from 'openai/client.js';\nexport const c = O;\n", 'a renamed deep import'],
    ["export const load = () => import('openai');\n", 'a dynamic import'],
    ["export const post = (base: string) => fetch(`${base}/chat/completions`, { method: 'POST' });\n", 'a hand-made chat request'],
    ["export const post = (base: string) => fetch(base + '/embeddings', { method: 'POST' });\n", 'a hand-made embeddings request'],
  ])('rejects %s elsewhere (%s)', async (code) => {
    expect(await gateErrors(code, 'src/drafts/sneaky.ts')).not.toEqual([]);
    expect(await gateErrors(code, 'src/background/sneaky.ts')).not.toEqual([]);
  });

  it('allows the gate itself, error classes and types anywhere, and ordinary imports of our own modules', async () => {
    expect(
      await gateErrors(
        "export { openEmbeddings } from './embeddings';\nimport { x } from '../knowledge/embeddings';\nexport const y = x;\n",
        'src/background/x.ts',
      ),
    ).toEqual([]);
    expect(await gateErrors("import OpenAI from 'openai';\nexport const c = new OpenAI({ apiKey: 'k' });\n", 'src/egress/gate.ts')).toEqual(
      [],
    );
    expect(
      await gateErrors(
        "import { APIError } from 'openai';\nimport type OpenAI from 'openai';\nexport const e: unknown = APIError; export type T = OpenAI;\n",
        'src/background/x.ts',
      ),
    ).toEqual([]);
  });
});
