// Serves the fixture pages on loopback under their own portal addresses: Chromium
// maps *.gov.cn to this server (--host-resolver-rules), so a fixture declared at
// https://www.cq.gov.cn/a/b.html is served as http://www.cq.gov.cn/a/b.html.
// Firefox has no resolver rules: it uses this server as its HTTP proxy instead, so a
// request may name its page in full (GET http://host/path), as requests to a proxy do.
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { fixtures, type Fixture } from './fixtures';

export interface FixtureServer {
  port: number;
  /** The http:// address Chromium opens for a fixture. */
  urlOf(name: string): string;
  /** Extra pages a test serves (path on any host → html). */
  route(hostAndPath: string, html: string): string;
  /** Extra files a test serves (a report PDF, a Word file) with their content type. */
  routeFile(hostAndPath: string, body: Uint8Array, type: string): string;
  close(): Promise<void>;
}

export function localUrl(declared: string): string {
  const u = new URL(declared);
  return `http://${u.host}${u.pathname}${u.search}`;
}

function indexPage(all: Fixture[], urlOf: (n: string) => string): string {
  const rows = all
    .map(
      (f) =>
        `<li><a href="${urlOf(f.name)}">${f.expected.title.replace(/</g, '&lt;')}</a> <small>(${f.name}, ${f.expected.isReport ? 'report' : 'not a report'})</small></li>`,
    )
    .join('\n');
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Portal Reader sample pages</title></head><body><h1>Portal Reader: sample portal pages</h1><ul>${rows}</ul></body></html>`;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const all = fixtures();
  const routes = new Map<string, { file?: string; html?: string; bytes?: Uint8Array; type?: string }>();
  const key = (url: string) => {
    const u = new URL(url);
    return `${u.host}${u.pathname}`;
  };
  for (const f of all) routes.set(key(localUrl(f.expected.url)), { file: f.file });
  const urlOf = (name: string) => {
    const f = all.find((x) => x.name === name);
    if (!f) throw new Error(`no fixture ${name}`);
    return localUrl(f.expected.url);
  };
  routes.set('fixtures.gov.cn/', { html: indexPage(all, urlOf) });

  const server: Server = createServer((req, res) => {
    const target = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
    const route = routes.get(`${target.host}${target.pathname}`);
    if (!route) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (route.bytes) {
      res
        .writeHead(200, { 'content-type': route.type ?? 'application/octet-stream', 'cache-control': 'no-store' })
        .end(Buffer.from(route.bytes));
      return;
    }
    const body = route.file ? readFileSync(route.file) : Buffer.from(route.html ?? '', 'utf8');
    // Saved GBK pages are served without a charset header, as many portals do.
    const type = route.file?.endsWith('.gbk.html') ? 'text/html' : 'text/html; charset=utf-8';
    res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  return {
    port,
    urlOf,
    route(hostAndPath, html) {
      routes.set(hostAndPath, { html });
      return `http://${hostAndPath}`;
    },
    routeFile(hostAndPath, bytes, type) {
      routes.set(hostAndPath, { bytes, type });
      return `http://${hostAndPath}`;
    },
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
