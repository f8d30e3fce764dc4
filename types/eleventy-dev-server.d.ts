// Eleventy Dev Server 2.1 ships no type declarations; this covers only what the preview extends.
// https://github.com/11ty/eleventy-dev-server/blob/main/server.js
declare module "@11ty/eleventy-dev-server" {
  import type { IncomingMessage, Server, ServerResponse } from "node:http";

  export default class EleventyDevServer {
    constructor(name: string, dir: string, options?: Record<string, unknown>);
    options: Record<string, unknown> & { portReassignmentRetryCount: number };
    /** The HTTP server, made on first use; the dev server retries the next port on EADDRINUSE. */
    get server(): Server;
    /** Called with the first port, then with each next one while the port is in use. */
    _serverListen(port: number): void;
    /** Any listen error other than EADDRINUSE. */
    _serverErrorHandler(error: NodeJS.ErrnoException): void;
    onRequestHandler(request: IncomingMessage, response: ServerResponse): Promise<void>;
    /** Makes `updateServer`, the live-reload WebSocket server (ws 8) on the same port. */
    setupReloadNotifier(): void;
    updateServer?: {
      options: {
        verifyClient?: (info: { origin?: string; req: IncomingMessage }) => boolean;
      };
    };
    getHosts(): string[];
  }
}
