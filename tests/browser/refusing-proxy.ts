import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RefusingProxy {
  port: number;
  close(): Promise<void>;
}

/**
 * A local HTTP proxy that forwards nothing: it records each request a browser sends through it
 * (`GET http://…`, or `CONNECT host:443` for https) and refuses it.
 */
export async function startRefusingProxy(record: (request: string) => void): Promise<RefusingProxy> {
  const server = createServer((req, res) => {
    record(`${req.method} ${req.url}`);
    res.writeHead(403).end();
  });
  server.on('connect', (req, socket) => {
    record(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
