// The ClickHouse harness survives a port taken between choosing it and the server binding it (the race that
// failed CI once): the first ports offered here are held by another listener, and the server must still start
// on the next ones. Skips when clickhouse-server is not installed.
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { clickHouseBinary, SKIP_MESSAGE, startClickHouse, type ClickHouseServer } from '../support/clickhouse';

const available = clickHouseBinary() !== null;
if (!available) console.warn(SKIP_MESSAGE);

/** A listener that accepts connections and never answers, like a process that took the port first. */
function listen(): Promise<Server> {
  return new Promise((resolve, reject) => {
    const sockets = new Set<Socket>();
    const server = createServer((socket) => (sockets.add(socket), socket.on('close', () => sockets.delete(socket))));
    server.once('error', reject);
    server.on('close', () => sockets.forEach((socket) => socket.destroy()));
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}
function close(server: Server): Promise<unknown> {
  return new Promise((resolve) => {
    server.close(resolve);
    server.emit('close');
  });
}
const portOf = (server: Server) => (server.address() as { port: number }).port;

describe.skipIf(!available)('the ClickHouse test harness', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups) await cleanup();
  });

  it('starts on fresh ports when the first ones it chose were taken meanwhile', async () => {
    const squatter = await listen();
    cleanups.push(() => close(squatter));
    const [spareA, spareB] = [await listen(), await listen()];
    const spare: [number, number] = [portOf(spareA), portOf(spareB)];
    await Promise.all([close(spareA), close(spareB)]);
    // The first pair collides on its HTTP port (the squatter holds it); the second pair is free.
    const offered: [number, number][] = [[portOf(squatter), spare[1]], spare];
    let calls = 0;
    const server: ClickHouseServer = await startClickHouse(undefined, async () => offered[calls++]!);
    cleanups.push(() => server.dispose());
    expect(calls).toBe(2);
    expect(server.url).toBe(`http://127.0.0.1:${spare[0]}`);
    expect((await server.query('SELECT 1')).trim()).toBe('1');
  }, 90_000);

  it('gives up with the server log after five taken pairs, and says so', async () => {
    const squatter = await listen();
    cleanups.push(() => close(squatter));
    const taken: [number, number] = [portOf(squatter), portOf(squatter) === 65535 ? 65534 : portOf(squatter) + 1];
    let calls = 0;
    await expect(
      startClickHouse(undefined, async () => {
        calls++;
        return taken;
      }),
    ).rejects.toThrow(/Address already in use/);
    expect(calls).toBe(5);
  }, 120_000);
});
