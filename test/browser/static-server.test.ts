import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveRequestPath, startStaticServer } from '../../src/harness/server';

function get(url: string, method = 'GET'): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('harness static server', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'harness-'));
  mkdirSync(path.join(root, 'site'));
  mkdirSync(path.join(root, 'examples'));
  writeFileSync(path.join(root, 'site', 'index.html'), '<p>pane</p>');
  writeFileSync(path.join(root, 'examples', 'a.xlsx'), 'PK');
  writeFileSync(path.join(root, 'secret.txt'), 'no');
  const mounts = { '/': path.join(root, 'site'), '/examples/': path.join(root, 'examples') };

  it('maps paths into the mounts and refuses to leave them', () => {
    expect(resolveRequestPath(mounts, '/')).toBe(path.join(root, 'site', 'index.html'));
    expect(resolveRequestPath(mounts, '/examples/a.xlsx?x=1')).toBe(path.join(root, 'examples', 'a.xlsx'));
    expect(resolveRequestPath(mounts, '/../secret.txt')).toBeNull();
    expect(resolveRequestPath(mounts, '/examples/..%2f..%2fsecret.txt')).toBeNull();
    expect(resolveRequestPath(mounts, '/%E0%A4%A')).toBeNull();
  });

  it('serves files on the loopback interface with their types, 404 otherwise', async () => {
    const server = await startStaticServer(mounts);
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(await get(server.url)).toEqual({ status: 200, type: 'text/html; charset=utf-8', body: '<p>pane</p>' });
      const xlsx = await get(`${server.url}examples/a.xlsx`);
      expect([xlsx.status, xlsx.type]).toEqual([200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
      expect((await get(`${server.url}missing.js`)).status).toBe(404);
      expect((await get(server.url, 'POST')).status).toBe(405);
    } finally {
      await server.close();
    }
  });
});
