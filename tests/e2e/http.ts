/** Plain HTTP requests for the tests of what a server sends. */
import { request } from "node:http";

export interface Reply {
  status: number;
  headers: Record<string, string | undefined>;
  body: Buffer;
}

/** One GET, as it comes off the wire (no decompression, no redirect followed). */
export function get(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        resolve({ status: res.statusCode!, headers: res.headers as Record<string, string>, body: Buffer.concat(chunks) }),
      );
    })
      .on("error", reject)
      .end();
  });
}

/**
 * Another origin on a free loopback port: its page `/?src=<url>` frames the address it is given,
 * as another site embedding ours would.
 */
export async function framingOrigin(): Promise<{ url: string; close: () => Promise<void> }> {
  const { createServer } = await import("node:http");
  const { freePort } = await import("../../scripts/deploy/serve.ts");
  const server = createServer((req, res) => {
    const src = new URL(req.url!, "http://x").searchParams.get("src") ?? "";
    res
      .writeHead(200, { "content-type": "text/html; charset=utf-8" })
      .end(`<!doctype html><title>Ailleurs</title><iframe src="${src}" width="700" height="900"></iframe>`);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(() => r())) };
}
