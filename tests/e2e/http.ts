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
