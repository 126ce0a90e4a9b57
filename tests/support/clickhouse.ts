// A real ClickHouse server for tests and benches: Debian's `clickhouse-server` (18.16) started as a child
// process on loopback with free ports and a temporary directory, stopped and removed afterwards. Three users,
// all limited to 127.0.0.1: `default` (admin, for the harness), `agent` (writes) and `lead` (reads only).
// When the binary is missing, `clickHouseBinary()` is null and suites skip with a message saying so.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CANDIDATES = ['/usr/bin/clickhouse-server', '/usr/sbin/clickhouse-server', '/usr/bin/clickhouse'];

export function clickHouseBinary(): string | null {
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export const SKIP_MESSAGE = 'clickhouse-server is not installed (.ci/run installs it with apt): ClickHouse tests skipped';

export const USERS = {
  admin: { user: 'default', password: '' },
  agent: { user: 'agent', password: 'agent-secret' },
  lead: { user: 'lead', password: 'lead-secret' },
} as const;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function config(dir: string, http: number, tcp: number): string {
  return `<?xml version="1.0"?>
<yandex>
  <logger><level>warning</level><console>1</console></logger>
  <http_port>${http}</http_port>
  <tcp_port>${tcp}</tcp_port>
  <listen_host>127.0.0.1</listen_host>
  <path>${dir}/data/</path>
  <tmp_path>${dir}/tmp/</tmp_path>
  <user_files_path>${dir}/user_files/</user_files_path>
  <format_schema_path>${dir}/format_schemas/</format_schema_path>
  <users_config>${dir}/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <mark_cache_size>268435456</mark_cache_size>
  <timezone>Europe/Berlin</timezone>
</yandex>
`;
}

// The server runs in Europe/Berlin on purpose: days and weeks must be UTC whatever the server's zone.
// 18.16 has no SQL GRANT (access control arrived in 20.x) and no insert-only profile (readonly=1 and 2
// both forbid INSERT), so the agent user is the closest 18.16 allows: readonly=0 but limited to the
// `souffleur` database by <allow_databases>. The lead's profile is readonly=1 (SELECT only), also limited to
// that database. On 20.x+ give agents `GRANT INSERT ON souffleur.souffleur_events` and leads `GRANT SELECT`.
function users(): string {
  const user = (name: string, password: string, profile: string) => `
    <${name}>
      <password>${password}</password>
      <networks><ip>127.0.0.1</ip><ip>::1</ip></networks>
      <profile>${profile}</profile>
      <quota>default</quota>
      ${name === 'default' ? '' : '<allow_databases><database>souffleur</database></allow_databases>'}
    </${name}>`;
  return `<?xml version="1.0"?>
<yandex>
  <profiles>
    <default><max_memory_usage>2000000000</max_memory_usage><max_threads>2</max_threads></default>
    <readonly><readonly>1</readonly><max_threads>2</max_threads></readonly>
  </profiles>
  <users>${user('default', '', 'default')}${user('agent', USERS.agent.password, 'default')}${user('lead', USERS.lead.password, 'readonly')}
  </users>
  <quotas><default><interval><duration>3600</duration><queries>0</queries><errors>0</errors><result_rows>0</result_rows><read_rows>0</read_rows><execution_time>0</execution_time></interval></default></quotas>
</yandex>
`;
}

export interface ClickHouseServer {
  /** e.g. http://127.0.0.1:PORT */
  url: string;
  /** Runs SQL as `default` and returns the response text (throws with the server's message on an error). */
  query(sql: string, body?: string): Promise<string>;
  /** Kills the process (the data stay) so tests can show a server that is down. */
  stop(): Promise<void>;
  /** Starts again on the same port and data. */
  start(): Promise<void>;
  /** Stops and removes the temporary directory. */
  dispose(): Promise<void>;
}

// Free ports are found by binding port 0 and closing it, so another process (a browser, a test server in
// another worker) can take one before ClickHouse binds it: CI failed once on "Address already in use". The
// first start therefore tries fresh ports up to five times; the two ports are always distinct.
const START_ATTEMPTS = 5;

async function twoFreePorts(): Promise<[number, number]> {
  const http = await freePort();
  for (;;) {
    const tcp = await freePort();
    if (tcp !== http) return [http, tcp];
  }
}

export async function startClickHouse(
  binary = clickHouseBinary(),
  pickPorts: () => Promise<[number, number]> = twoFreePorts,
): Promise<ClickHouseServer> {
  if (!binary) throw new Error(SKIP_MESSAGE);
  const dir = await mkdtemp(join(tmpdir(), 'souffleur-ch-'));
  await writeFile(join(dir, 'users.xml'), users());
  let url = '';
  let child: ChildProcess | null = null;
  let log = '';

  const query = async (sql: string, body?: string): Promise<string> => {
    const response = await fetch(`${url}/?query=${encodeURIComponent(sql)}`, { method: 'POST', body: body ?? '' });
    const text = await response.text();
    if (!response.ok) throw new Error(`ClickHouse ${response.status}: ${text.slice(0, 500)}`);
    return text;
  };

  const start = async () => {
    log = '';
    const args = binary.endsWith('/clickhouse') ? ['server', `--config-file=${dir}/config.xml`] : [`--config-file=${dir}/config.xml`];
    const running = spawn(binary, args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    child = running;
    running.stdout!.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
    running.stderr!.on('data', (chunk: Buffer) => (log = (log + chunk.toString()).slice(-4000)));
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (running.exitCode !== null) throw new Error(`clickhouse-server exited (${running.exitCode}): ${log}`);
      // Whoever holds a taken port may never answer, or answer something else: a ping times out, and only
      // ClickHouse's own "Ok." counts as up.
      const up = await fetch(`${url}/ping`, { signal: AbortSignal.timeout(2_000) }).then(
        async (r) => r.ok && (await r.text()).trim() === 'Ok.',
        () => false,
      );
      if (up) break;
      if (Date.now() > deadline) throw new Error(`clickhouse-server did not answer within 30 s: ${log}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await query('CREATE DATABASE IF NOT EXISTS souffleur');
  };

  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };

  for (let attempt = 1; ; attempt++) {
    const [http, tcp] = await pickPorts();
    await writeFile(join(dir, 'config.xml'), config(dir, http, tcp));
    url = `http://127.0.0.1:${http}`;
    try {
      await start();
      break;
    } catch (error) {
      await stop();
      const portTaken = error instanceof Error && error.message.includes('Address already in use');
      if (!portTaken || attempt >= START_ATTEMPTS) {
        await rm(dir, { recursive: true, force: true });
        throw error;
      }
    }
  }
  return {
    get url() {
      return url;
    },
    query,
    start,
    stop,
    dispose: async () => (await stop(), await rm(dir, { recursive: true, force: true })),
  };
}
