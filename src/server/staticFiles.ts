// The built app over HTTP: files of the dist folder only (no path leaves it, no listing), index.html for `/`.
import { createReadStream, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const types: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.tmj': 'application/json; charset=utf-8', '.png': 'image/png', '.svg': 'image/svg+xml',
  '.wav': 'audio/wav', '.mp3': 'audio/mpeg', '.ogg': 'audio/ogg', '.woff2': 'font/woff2', '.ico': 'image/x-icon', '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8', '.webmanifest': 'application/manifest+json',
};

export function serveStatic(distFolder: string) {
  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.writeHead(405).end();
    let path: string;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://hall').pathname);
    } catch {
      return void res.writeHead(400).end();
    }
    const file = normalize(join(distFolder, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(distFolder + sep)) return void res.writeHead(404).end();
    let size: number;
    try {
      const stat = statSync(file);
      if (!stat.isFile()) return void res.writeHead(404).end();
      size = stat.size;
    } catch {
      return void res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    }
    res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Content-Length': size, 'Cache-Control': 'no-cache' });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  };
}
