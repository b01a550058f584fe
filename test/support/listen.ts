import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A server listening on 127.0.0.1 at a random port; `close` ends it and its open connections. */
export interface RunningServer {
  origin: string;
  close: () => Promise<void>;
}

/** Starts `server` on 127.0.0.1 (never on a public interface) at a port the system picks. */
export async function listen(server: Server): Promise<RunningServer> {
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
