/** A tiny static file server for tests: serves a built site under its base path on 127.0.0.1. */
import http from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { AddressInfo } from "node:net";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
};

export interface StaticServer {
  /** Origin plus base path, ending in "/", e.g. "http://127.0.0.1:41234/luu-tru/". */
  url: string;
  close(): Promise<void>;
}

async function isFile(p: string): Promise<boolean> {
  return stat(p).then((s) => s.isFile(), () => false);
}

/** The file a request path maps to, or null (directories map to their index.html). */
export async function resolveFile(root: string, basePath: string, urlPath: string): Promise<string | null> {
  const decoded = decodeURIComponent(urlPath.split(/[?#]/)[0]!);
  if (!decoded.startsWith(basePath)) return null;
  const relative = decoded.slice(basePath.length);
  const file = path.resolve(root, relative);
  if (!file.startsWith(path.resolve(root))) return null;
  if (await isFile(file)) return file;
  const index = path.join(file, "index.html");
  return (await isFile(index)) ? index : null;
}

/** Starts a server on a random port; unknown paths get the site's 404.html with status 404. */
export async function serveStatic(root: string, basePath = "/"): Promise<StaticServer> {
  const server = http.createServer(async (req, res) => {
    const file = await resolveFile(root, basePath, req.url ?? "/");
    const target = file ?? path.join(root, "404.html");
    const body = await readFile(target).catch(() => Buffer.from("Not found"));
    res.writeHead(file ? 200 : 404, { "content-type": TYPES[path.extname(target)] ?? "application/octet-stream" });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
