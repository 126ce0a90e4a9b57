// The CLI as users run it: the package's `bin` launcher over the bundled dist/cli.mjs (built by
// `npm run build:cli`, which `npm install` and `npm test` run first), in a child process, so exit
// codes, stdout JSON and one-line stderr reasons are checked for real.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const BIN = new URL('../../bin/souffleur.mjs', import.meta.url).pathname;
const FIXTURES = new URL('../../tests/fixtures/', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'souffleur-bin-'));

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  // Keep the bundle in step with the source under test when the suite runs on its own.
  execFileSync(process.execPath, ['scripts/build-cli.mjs'], { cwd: new URL('../../', import.meta.url).pathname });
}, 60_000);

describe('souffleur (the installed command)', () => {
  it('--help lists every subcommand', () => {
    const { code, stdout } = run('--help');
    expect(code).toBe(0);
    for (const sub of ['read', 'cue', 'kb', 'suggest', 'stats']) expect(stdout).toMatch(new RegExp(`souffleur ${sub} `));
  });

  it('read prints the Ticket of a saved Zendesk page with the contract fields', () => {
    const { code, stdout, stderr } = run('read', `${FIXTURES}zendesk/arabic.html`, '--url', 'https://acme.zendesk.com/agent/tickets/4');
    expect(code, stderr).toBe(0);
    const ticket = JSON.parse(stdout) as Record<string, unknown> & {
      messages: Record<string, unknown>[];
      requester: Record<string, unknown>;
    };
    expect(ticket).toMatchObject({ id: '4', helpdesk: 'zendesk', url: 'https://acme.zendesk.com/agent/tickets/4' });
    for (const key of ['subject', 'status', 'priority', 'tags', 'language', 'warnings']) expect(ticket).toHaveProperty(key);
    expect(Object.keys(ticket.requester).sort()).toEqual(['email', 'name']);
    expect(ticket.messages.length).toBeGreaterThan(0);
    const customer = ticket.messages.find((m) => m.role === 'customer')!;
    expect(customer).toMatchObject({ visibility: 'public' });
    expect(String(customer.text)).toMatch(/[\u0600-\u06ff]/);
    for (const key of ['id', 'author', 'createdAt']) expect(customer).toHaveProperty(key);
  });

  it('read prints a Freshdesk ticket too', () => {
    const { code, stdout } = run('read', `${FIXTURES}freshdesk/german.html`, '--url', 'https://acme.freshdesk.com/a/tickets/102');
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ id: '102', helpdesk: 'freshdesk' });
  });

  it('read keeps back what the page does not mark public, and says where the requester came from', () => {
    const { code, stdout, stderr } = run(
      'read',
      `${FIXTURES}freshdesk/unmarked-roles.html`,
      '--url',
      'https://acme.freshdesk.com/a/tickets/125',
    );
    expect(code, stderr).toBe(0);
    const ticket = JSON.parse(stdout) as { messages: { id: string; role: string; visibility: string }[]; warnings: string[] };
    expect(ticket.messages.find((m) => m.id === '125000000006')).toMatchObject({ role: 'system', visibility: 'internal' });
    expect(ticket.warnings).toContain('message 125000000006: visibility not shown by the page; kept back as internal');

    const zendesk = run('read', `${FIXTURES}zendesk/newer-garden.html`, '--url', 'https://acme.zendesk.com/agent/tickets/5');
    const garden = JSON.parse(zendesk.stdout) as { requester: { name: string }; warnings: string[] };
    expect(garden.requester.name).toBe('Noor Hassan');
    expect(garden.warnings).toContain("requester: not in the field's usual place; read from the field's title attribute");
  });

  it.each([
    [
      'a page that is not a ticket',
      'freshdesk/not-a-ticket.html',
      'https://acme.freshdesk.com/a/tickets/filters/all_tickets',
      /not a (Zendesk or Freshdesk )?ticket/i,
    ],
    ['a changed layout', 'zendesk/layout-changed.html', 'https://acme.zendesk.com/agent/tickets/9', /layout changed/i],
    ['a missing file', 'zendesk/nope.html', 'https://acme.zendesk.com/agent/tickets/1', /nope\.html/],
  ])('read fails on %s with one line on stderr and nothing on stdout', (_, file, url, reason) => {
    const { code, stdout, stderr } = run('read', `${FIXTURES}${file}`, '--url', url);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(reason);
  });

  it('kb build and kb search work from the shell', () => {
    const articles = join(dir, 'articles.jsonl');
    writeFileSync(
      articles,
      [
        {
          id: 'refunds',
          title: 'Refunds for double charges',
          body: 'When a card was charged twice, we refund the duplicate charge within 5 days.',
        },
        { id: 'password', title: 'Reset your password', body: 'Use the forgot password link on the sign-in page.' },
      ]
        .map((a) => JSON.stringify(a))
        .join('\n'),
    );
    const kb = join(dir, 'kb.json');
    const built = run('kb', 'build', articles, '--out', kb);
    expect(built.code, built.stderr).toBe(0);
    const found = run('kb', 'search', '--kb', kb, '--top', '1', 'I was charged twice');
    expect(found.code, found.stderr).toBe(0);
    expect(JSON.parse(found.stdout).results[0].id).toBe('refunds');
  });

  it('stats summary rejects a call without export files with one line', () => {
    const { code, stderr } = run('stats', 'summary');
    expect(code).toBe(1);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/no export files/);
  });

  it('an unknown command exits non-zero with a reason', () => {
    const { code, stderr } = run('frobnicate');
    expect(code).toBe(1);
    expect(stderr).toMatch(/unknown command/);
  });
});
