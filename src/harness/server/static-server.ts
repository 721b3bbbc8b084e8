import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** URL prefix → folder on disk. The longest matching prefix wins. */
export type Mounts = Record<string, string>;

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Maps a request path onto a file inside one of the mounts, or null when it would leave them. */
export function resolveRequestPath(mounts: Mounts, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const prefix = Object.keys(mounts)
    .sort((a, b) => b.length - a.length)
    .find((p) => decoded === p.replace(/\/$/, '') || decoded.startsWith(p.endsWith('/') ? p : `${p}/`));
  if (prefix === undefined) return null;
  const root = path.resolve(mounts[prefix]);
  const rest = decoded.slice(prefix.length).replace(/^\/+/, '') || 'index.html';
  const file = path.resolve(root, rest);
  return file === root || file.startsWith(root + path.sep) ? file : null;
}

/**
 * A tiny static file server for the harness: plain http on the loopback interface only, GET and HEAD,
 * no directory listings. Port 0 picks a free port (the browser tests use that).
 */
export function startStaticServer(mounts: Mounts, port = 0, host = '127.0.0.1'): Promise<RunningServer> {
  const server: Server = createServer(async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolveRequestPath(mounts, req.url ?? '/');
    const info = file ? await stat(file).catch(() => null) : null;
    if (!file || !info?.isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': info.size,
      // The harness is rebuilt between runs; never let the browser serve a stale bundle.
      'Cache-Control': 'no-store',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({
        url: `http://${host}:${actual}/`,
        port: actual,
        close: () => new Promise<void>((done) => server.close(() => done())),
      });
    });
  });
}
