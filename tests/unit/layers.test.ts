// The layering rule and cycle check (eslint.config.js, ARCHITECTURE.md "Layers") reject what they
// should: the project's own ESLint config on small sources placed in real folders, so the import
// resolver sees the real files they name.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.filter((m) => m.ruleId?.startsWith('import-x/')).map((m) => `${m.ruleId}: ${m.message}`);
}

describe('lint: the layers', () => {
  it.each([
    [
      'messaging importing the sidebar (even a type)',
      "import type { SidebarState } from '../sidebar/state';\nexport type S = SidebarState;\n",
      'src/messaging/x.ts',
    ],
    [
      'a domain folder importing messaging',
      "import type { TicketAnalysis } from '../messaging/responses';\nexport type A = TicketAnalysis;\n",
      'src/knowledge/x.ts',
    ],
    [
      'the content script importing the background',
      "import { route } from '../background/router';\nexport const r = route;\n",
      'src/content/x.ts',
    ],
    [
      'the background importing content code',
      "import { ask } from '../messaging/client';\nimport { loadCatalog } from '../content/catalog';\nexport const a = [ask, loadCatalog];\n",
      'src/background/x.ts',
    ],
    [
      'the sidebar reaching into the content script',
      "import { startSouffleur } from '../content/start';\nexport const s = startSouffleur;\n",
      'src/sidebar/x.ts',
    ],
    [
      'the sidebar importing the cue model (megabytes in every page)',
      "import { analyzeTicket } from '../cue/analyze-ticket';\nexport const a = analyzeTicket;\n",
      'src/sidebar/x.ts',
    ],
    [
      'the content script importing the cue weights',
      "import { cueModel } from '../cue/model';\nexport const m = cueModel;\n",
      'src/content/x.ts',
    ],
    [
      'the content script importing the linear model (it reads the valence lists)',
      "import { predict } from '../cue/linear-model';\nexport const p = predict;\n",
      'src/content/x.ts',
    ],
    [
      'a helpdesk entrypoint importing the model file itself',
      "import model from '../../models/cue/model.json';\nexport const m = model;\n",
      'entrypoints/zendesk.content/x.ts',
    ],
    ['stats domain code importing UI', "import { tokensCss } from '../ui/tokens.css';\nexport const t = tokensCss;\n", 'src/stats/x.ts'],
    [
      'a dashboard component importing the background',
      "import { createHandlers } from '../../background/handlers';\nexport const h = createHandlers;\n",
      'src/stats/dashboard/x.ts',
    ],
  ])('rejects %s', async (_what, code, filePath) => {
    expect(await layerErrors(code, filePath)).toEqual([expect.stringContaining('import-x/no-restricted-paths: ')]);
  });

  it('allows imports downward, within a layer, and the dashboard its shared UI tokens', async () => {
    expect(
      await layerErrors(
        "import type { TicketAnalysis } from '../messaging/responses';\nimport { capTicket } from '../ticket/caps';\nexport const c = capTicket; export type A = TicketAnalysis;\n",
        'src/content/x.ts',
      ),
    ).toEqual([]);
    expect(
      await layerErrors(
        "import type { DraftView } from '../messaging/drafts-updates';\nimport type { Panel } from './state';\nexport type V = Panel<DraftView>;\n",
        'src/sidebar/x.ts',
      ),
    ).toEqual([]);
    expect(
      await layerErrors("import { tokensCss } from '../../ui/tokens.css';\nexport const t = tokensCss;\n", 'src/stats/dashboard/x.ts'),
    ).toEqual([]);
    // Tests wire layers together and may.
    expect(await layerErrors("import { route } from '../background/router';\nexport const r = route;\n", 'src/content/x.test.ts')).toEqual(
      [],
    );
  });

  it('rejects an import cycle', async () => {
    // src/ticket/conversation-key.ts imports ./public-messages; importing it back closes the loop.
    const errors = await layerErrors(
      "import { conversationKey } from './conversation-key';\nexport const k = conversationKey;\n",
      'src/ticket/public-messages.ts',
    );
    expect(errors).toEqual([expect.stringContaining('import-x/no-cycle: ')]);
  });
});
