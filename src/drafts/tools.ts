// Tools on a draft (issue 5 item 6): regenerate, shorter, friendlier, more formal, translate to the
// customer's language. The request is the original one plus one more user message, so the whole prefix (system
// prompt, settings, snippets, ticket) is reused from the provider's prompt cache.
import { outboundText } from '../egress/outbound';
import { neutralize } from './spotlight';
import type { RedactionVault } from '../privacy/vault';
import type { DraftRequest } from './prompt';

import type { DraftTool } from './tool-names';

export { DRAFT_TOOLS, type DraftTool } from './tool-names';

/** As the drafts port accepts them. */
const MAX_DRAFT_CHARS = 8000;

const INSTRUCTIONS: Record<DraftTool, (lang: string) => string> = {
  regenerate: () =>
    'Write a new version of this draft in the same style and language, worded differently. Keep every fact, citation and placeholder.',
  shorter: () => 'Rewrite this draft to about half its length. Keep every fact, citation and placeholder.',
  friendlier: () => 'Rewrite this draft to sound warmer and more personal, without adding promises or facts.',
  'more-formal': () => 'Rewrite this draft in a more formal register (formal address where the language has one).',
  translate: (lang) => `Translate this draft into the customer's language (${lang}), keeping placeholders, links and citations unchanged.`,
};

/**
 * A request for one rewritten draft. `draftText` is what the agent sees (restored, maybe edited), so it is
 * redacted again with the conversation's vault: known values get their old placeholders back.
 */
export function buildToolRequest(
  base: DraftRequest,
  draftText: string,
  citations: string[],
  tool: DraftTool,
  names: string[] = [],
): DraftRequest {
  const vault: RedactionVault = { placeholders: { ...base.redactionVault.placeholders } };
  const redacted = outboundText(
    draftText,
    vault,
    [
      ...names,
      ...Object.entries(vault.placeholders)
        .filter(([t]) => t.startsWith('⟦NAME_'))
        .map(([, v]) => v),
    ],
    MAX_DRAFT_CHARS,
  );
  const content = [
    `# Tool: ${tool}`,
    INSTRUCTIONS[tool](base.context.customerLanguage),
    'Answer with the same JSON shape, with exactly one draft.',
    // Citations come back from the page with the draft: only ids of snippets this request gave are written
    // into the prompt, outside any fence (anything else could be text posing as our instructions).
    `Draft (citations: ${citations.filter((id) => base.context.snippets.some((s) => s.id === id)).join(', ') || 'none'}):`,
    '"""',
    // The draft came back from the content script: it must not pose as our markup.
    neutralize(redacted).replaceAll('"""', '”””'),
    '"""',
  ].join('\n');
  return {
    ...base,
    messages: [...base.messages, { role: 'user', content }],
    redactionVault: vault,
    draftCount: 1,
    cacheKey: `${base.cacheKey}:${tool}:${redacted.length}`,
  };
}
