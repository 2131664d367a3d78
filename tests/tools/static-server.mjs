// A tiny static file server on 127.0.0.1 for a built site/ folder, as a web host serves it:
// folders answer with their index.html, unknown paths with 404.html and status 404.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves `root` on a free port of 127.0.0.1; resolves to { url, close() }. */
export async function serve(root) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    const { status, body, type } = await lookup(base, request.url ?? '/');
    response.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-store' });
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => server.close(done)),
  };
}

async function lookup(base, url) {
  let path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  let file = resolve(join(base, path));
  if (file !== base && !file.startsWith(base + sep)) {
    return notFound(base);
  }
  try {
    if ((await stat(file)).isDirectory()) {
      file = join(file, 'index.html');
    }
    return { status: 200, body: await readFile(file), type: TYPES[extname(file)] ?? 'application/octet-stream' };
  } catch {
    return notFound(base);
  }
}

async function notFound(base) {
  try {
    return { status: 404, body: await readFile(join(base, '404.html')), type: TYPES['.html'] };
  } catch {
    return { status: 404, body: Buffer.from('Not found'), type: 'text/plain' };
  }
}
