import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Serves saved pages at the paths of their real URLs, on a loopback port. */
export interface FixtureServer {
  port: number;
  close(): Promise<void>;
}

/** Starts a server answering each `path → file` route with the file as HTML; anything else is a 404. */
export async function startFixtureServer(routes: Record<string, string>): Promise<FixtureServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = routes[path];
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not a fixture');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
