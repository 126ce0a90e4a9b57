// Multi-message threads for the summary's eval and bench: the long fixture threads read through the
// real REST readers (Zendesk #3, 60 comments; Freshdesk #130), and, when /work/shared/data is present,
// the MAIA customer-support dialogues (real chats; customer turns in Portuguese, agent turns as written).
// Without ../shared the figures come from the fixtures alone, and the script says so.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FetchJson } from '../../src/helpdesks/adapter';
import { readFreshdeskApi } from '../../src/helpdesks/freshdesk/read-api';
import { readZendeskApi } from '../../src/helpdesks/zendesk/read-api';
import type { Message, Ticket } from '../../src/ticket/schema';

// Run from the repository root (npm run); the bundle lives in .cache, so no import.meta paths.
const ROOT = process.cwd();
const FIXTURES = join(ROOT, 'tests/fixtures');
// ../shared beside the main checkout, or two up from a worktree under wt/.
const MAIA =
  [resolve(ROOT, '../shared/data/emotion/maia'), resolve(ROOT, '../../shared/data/emotion/maia')].find(existsSync) ??
  resolve(ROOT, '../shared/data/emotion/maia');

export interface Thread {
  name: string;
  ticket: Ticket;
}

const bare = (helpdesk: Ticket['helpdesk'], id: string): Ticket => ({
  id,
  helpdesk,
  url: `https://acme.example/${id}`,
  subject: null,
  requester: { name: null, email: null },
  status: null,
  priority: null,
  tags: [],
  language: null,
  messages: [],
  warnings: [],
  source: 'dom',
});

function fixtureApi(helpdesk: 'zendesk' | 'freshdesk'): FetchJson {
  const { api } = JSON.parse(readFileSync(join(FIXTURES, helpdesk, 'routes.json'), 'utf8')) as { api: Record<string, string> };
  return async (path) => {
    const file = api[path] ?? api[path.split('?')[0]!];
    if (!file) throw new Error(`${path}: not in the fixtures`);
    return JSON.parse(readFileSync(join(FIXTURES, helpdesk, file), 'utf8'));
  };
}

export async function fixtureThreads(): Promise<Thread[]> {
  const threads: Thread[] = [];
  for (const id of ['1', '2', '3', '4', '5'])
    threads.push({ name: `zendesk #${id}`, ticket: await readZendeskApi(bare('zendesk', id), fixtureApi('zendesk')) });
  for (const id of ['101', '102', '123', '124', '125', '130'])
    threads.push({ name: `freshdesk #${id}`, ticket: await readFreshdeskApi(bare('freshdesk', id), fixtureApi('freshdesk')) });
  return threads.filter((t) => t.ticket.messages.length > 0);
}

interface MaiaDialogue {
  id: string;
  turns: { text_src: string[]; floor: 'inbound' | 'outbound' }[];
}

/** The MAIA dialogues, deduplicated by id; [] when ../shared/data is absent. */
export function maiaThreads(): Thread[] {
  if (!existsSync(MAIA)) return [];
  const seen = new Set<string>();
  const threads: Thread[] = [];
  for (const file of readdirSync(MAIA).filter((f) => f.endsWith('.json'))) {
    for (const dialogue of JSON.parse(readFileSync(join(MAIA, file), 'utf8')) as MaiaDialogue[]) {
      if (seen.has(dialogue.id)) continue;
      seen.add(dialogue.id);
      const messages: Message[] = dialogue.turns.map((turn, i) => ({
        id: `${dialogue.id}-${i}`,
        author: { name: null },
        role: turn.floor === 'inbound' ? 'customer' : 'agent',
        visibility: 'public',
        createdAt: null,
        text: turn.text_src.join(' '),
      }));
      threads.push({ name: dialogue.id, ticket: { ...bare('zendesk', dialogue.id), language: 'pt', messages } });
    }
  }
  return threads;
}

export const MAIA_PATH = MAIA;
