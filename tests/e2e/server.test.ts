/**
 * The built site as nginx serves it with the generated configuration (scripts/deploy/): the headers
 * of each kind of file, compression, the 404 page, a folder's redirect, and that `_headers` (static
 * hosts) gives every file the headers nginx gives it.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverConfig } from "../../scripts/deploy.ts";
import { checkDeployment, formatRows } from "../../scripts/deploy/check.ts";
import { nginxBinary } from "../../scripts/deploy/serve.ts";
import { readSite, siteFiles } from "../../scripts/deploy/site.ts";
import { contentType } from "../../scripts/deploy/policy.ts";
import { readRedirects } from "../../scripts/publish/redirects.ts";
import { siteOrigin } from "../../scripts/publish/origin.ts";
import { get } from "./http.ts";
import { DIST, ROOT, serveDist } from "./serve.ts";

const GZIP = { "accept-encoding": "gzip" };
const YEAR = "public, max-age=31536000, immutable";
const REVALIDATE = "public, no-cache";
const meta = (html: string) => /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)![1]!;
const readingPolicy = (file: string) => `${meta(readFileSync(join(DIST, file), "utf8")).replace(/;\s*$/, "")}; frame-ancestors 'none'`;
const first = (dir: string, end: string) => `/${dir}/${readdirSync(join(DIST, dir)).find((f) => f.endsWith(end))!}`;

let url = "";
let close = async () => {};
beforeAll(async () => {
  ({ url, close } = await serveDist());
});
afterAll(() => close());

describe("the headers of each kind of file", () => {
  const INDICATOR = `/chi-tieu/${readdirSync(join(DIST, "chi-tieu"), { withFileTypes: true }).find((e) => e.isDirectory())!.name}/`;
  const kinds: [kind: string, path: string, type: string, cache: string][] = [
    ["home", "/", "text/html; charset=utf-8", REVALIDATE],
    ["indicator page", INDICATOR, "text/html; charset=utf-8", REVALIDATE],
    ["Astro script (hashed)", first("_astro", ".js"), "text/javascript; charset=utf-8", YEAR],
    ["Pagefind fragment", first("pagefind/fragment", ".pf_fragment"), "application/octet-stream", YEAR],
    ["Pagefind index", first("pagefind/index", ".pf_index"), "application/octet-stream", YEAR],
    ["Pagefind filter", first("pagefind/filter", ".pf_filter"), "application/octet-stream", YEAR],
    ["Pagefind meta", first("pagefind", ".pf_meta"), "application/octet-stream", YEAR],
    ["Pagefind WebAssembly", "/pagefind/wasm.unknown.pagefind", "application/octet-stream", REVALIDATE],
    ["pagefind.js (not hashed)", "/pagefind/pagefind.js", "text/javascript; charset=utf-8", REVALIDATE],
    ["indicator data (JSON)", "/du-lieu/chi-tieu.json", "application/json; charset=utf-8", REVALIDATE],
    ["indicator data (CSV)", "/du-lieu/chi-tieu.csv", "text/csv; charset=utf-8", REVALIDATE],
    ["preview image", "/xem-truoc.png", "image/png", REVALIDATE],
    ["icon", "/favicon.svg", "image/svg+xml; charset=utf-8", REVALIDATE],
    ["web manifest", "/manifest.webmanifest", "application/manifest+json; charset=utf-8", REVALIDATE],
    // A sitemap lists absolute addresses: only a build with the site's address has one.
    ...(siteOrigin(ROOT)
      ? [["sitemap", "/sitemap.xml", "application/xml; charset=utf-8", REVALIDATE] as [string, string, string, string]]
      : []),
    ["robots.txt", "/robots.txt", "text/plain; charset=utf-8", REVALIDATE],
  ];
  it.each(kinds)("%s (%s): 200, its type, its cache, the CSP with frame-ancestors 'none', nosniff", async (_, path, type, cache) => {
    const r = await get(url + path);
    expect(r.status).toBe(200);
    expect(r.headers["content-type"]).toBe(type);
    expect(r.headers["cache-control"]).toBe(cache);
    expect(r.headers["content-security-policy"]).toBe(readingPolicy("index.html"));
    expect(r.headers["x-frame-options"]).toBe("DENY");
    expect(r.headers["x-content-type-options"]).toBe("nosniff");
    expect(r.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(r.headers["content-encoding"]).toBeUndefined(); // not asked for
    const file = path.endsWith("/") ? `${path}index.html` : path;
    expect(r.body.equals(readFileSync(join(DIST, file)))).toBe(true);
  });

  it("a page's CSP header is the policy of its own <meta>, hashes included, plus frame-ancestors 'none'", async () => {
    const r = await get(`${url}${INDICATOR}`);
    expect(r.headers["content-security-policy"]).toBe(readingPolicy(`${INDICATOR}index.html`));
    expect(r.headers["content-security-policy"]).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  });

  it("the host's own files are not served", async () => {
    for (const f of ["/_headers", "/_redirects"]) expect((await get(url + f)).status).toBe(404);
  });
});

describe("compression", () => {
  it("HTML, CSS, scripts and data go gzip-compressed from their .gz, byte for byte the file once inflated", async () => {
    for (const path of [
      "/index.html",
      first("_astro", ".js"),
      "/pagefind/pagefind.js",
      "/du-lieu/chi-tieu.json",
      "/du-lieu/chi-tieu.csv",
    ]) {
      const r = await get(url + path, GZIP);
      expect(r.headers["content-encoding"], path).toBe("gzip");
      expect(r.headers.vary, path).toBe("Accept-Encoding");
      expect(r.body.equals(readFileSync(join(DIST, `${path}.gz`))), path).toBe(true);
      expect(gunzipSync(r.body).equals(readFileSync(join(DIST, path))), path).toBe(true);
    }
  });

  it("a share page, which has no .gz, goes gzip-compressed by nginx as it is sent", async () => {
    const path = `/l/${readdirSync(join(DIST, "l"))[0]!}/index.html`;
    expect(existsSync(join(DIST, `${path}.gz`))).toBe(false);
    const r = await get(url + path, GZIP);
    expect(r.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(r.body).equals(readFileSync(join(DIST, path)))).toBe(true);
  });

  it("Pagefind's files (gzip already) and images are sent as they are", async () => {
    for (const path of [first("pagefind/fragment", ".pf_fragment"), "/pagefind/wasm.unknown.pagefind", "/xem-truoc.png"]) {
      const r = await get(url + path, GZIP);
      expect(r.headers["content-encoding"], path).toBeUndefined();
      expect(r.body.equals(readFileSync(join(DIST, path))), path).toBe(true);
    }
  });

  it("every compressible file of 256 bytes or more has its .gz, but the share pages (/l/…), and no other file has one", () => {
    const files = siteFiles(DIST);
    const gz = readdirSync(DIST, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".gz"));
    const expected = files.filter(
      (f) =>
        /\.(html|css|js|json|csv|txt|xml|svg|webmanifest)$/.test(f) && !f.startsWith("/l/") && readFileSync(join(DIST, f)).length >= 256,
    );
    expect(gz.map((f) => `/${f.slice(0, -3)}`).sort()).toEqual(expected);
  });
});

describe("errors and redirects", () => {
  it("an address the site does not have gets the site's 404 page with status 404 and the page's headers", async () => {
    const r = await get(`${url}/khong-co-trang-nay/`);
    expect(r.status).toBe(404);
    expect(r.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(r.headers["content-security-policy"]).toBe(readingPolicy("404.html"));
    expect(r.body.equals(readFileSync(join(DIST, "404.html")))).toBe(true);
    expect(r.body.toString()).toContain("<h1>Không tìm thấy trang</h1>");
  });

  it("a range past the end of a file gets the whole file, each header once (nginx's 416 repeated five)", async () => {
    const raw = await new Promise<{ status: number; names: string[] }>((resolve, reject) =>
      request(`${url}/favicon.svg`, { headers: { range: "bytes=999999-" } }, (res) => {
        res.resume();
        resolve({ status: res.statusCode!, names: res.rawHeaders.filter((_, i) => i % 2 === 0).map((h) => h.toLowerCase()) });
      })
        .on("error", reject)
        .end(),
    );
    expect(raw.status).toBe(200);
    expect(raw.names.filter((h, i) => raw.names.indexOf(h) !== i)).toEqual([]);
  });

  it("a folder asked without its slash is sent to it with a 301 and a path, not this server's port", async () => {
    const r = await get(`${url}/so-sanh`);
    expect(r.status).toBe(301);
    expect(r.headers.location).toBe("/so-sanh/");
  });
});

describe("the configuration files", () => {
  it("_headers gives every file of the site the headers nginx sends with it", async () => {
    const rules = readFileSync(join(DIST, "_headers"), "utf8")
      .split(/\n(?=\/)/)
      .filter((b) => b.startsWith("/"))
      .map((b) => {
        const [pattern, ...lines] = b.trim().split("\n");
        return { pattern: pattern!, headers: lines.map((l) => l.trim().split(/: (.*)/s) as [string, string]) };
      });
    const site = readSite(DIST, [...readRedirects(ROOT).values()]);
    // One file of each folder and every file at the top: every rule is met at least once.
    const sample = site.files.filter(
      (f, i, all) => f.split("/").length <= 2 || f.split("/").slice(0, -1).join("/") !== all[i - 1]!.split("/").slice(0, -1).join("/"),
    );
    for (const file of sample) {
      const path = file.endsWith("/index.html") ? file.slice(0, -"index.html".length) : file;
      const matching = rules.filter((r) => (r.pattern.endsWith("*") ? path.startsWith(r.pattern.slice(0, -1)) : r.pattern === path));
      const names = matching.flatMap((r) => r.headers.map(([k]) => k.toLowerCase()));
      expect(new Set(names).size, `${path}: a header set by two rules`).toBe(names.length);
      const reply = await get(url + path);
      for (const [k, v] of matching.flatMap((r) => r.headers)) expect(reply.headers[k.toLowerCase()], `${path} ${k}`).toBe(v);
      // An embed page may be framed: its policy says so (frame-ancestors *) and it has no X-Frame-Options.
      const embed = path.startsWith("/nhung/");
      for (const k of ["cache-control", "content-security-policy", ...(embed ? [] : ["x-frame-options"])])
        expect(names, `${path} ${k}`).toContain(k);
      if (embed) {
        expect(names, path).not.toContain("x-frame-options");
        expect(reply.headers["content-security-policy"], path).toMatch(/; frame-ancestors \*$/);
      }
    }
  });

  it("deploy/nginx.conf is the configuration of this dist/, and nginx accepts it", () => {
    const shipped = readFileSync(join(ROOT, "deploy/nginx.conf"), "utf8");
    expect(shipped).toBe(serverConfig(ROOT, DIST));
    const prefix = mkdtempSync(join(tmpdir(), "bc-nginx-t-"));
    const main = join(prefix, "nginx.conf");
    writeFileSync(
      main,
      `error_log ${prefix}/error.log;\npid ${prefix}/nginx.pid;\nevents {}\nhttp {\n    include ${join(ROOT, "deploy/nginx.conf")};\n}\n`,
    );
    const out = execFileSync(nginxBinary(), ["-t", "-p", prefix, "-e", join(prefix, "error.log"), "-c", main], {
      encoding: "utf8",
      stdio: "pipe",
    });
    expect(out).toBe("");
  });
});

describe("npm run check:deploy", () => {
  it("finds every page type served as configured through nginx, and says so", async () => {
    const site = readSite(DIST, [...readRedirects(ROOT).values()]);
    const rows = await checkDeployment(url, DIST, site);
    expect(rows.map((r) => r.probe.name)).toEqual([
      "home",
      "document section",
      "indicator",
      "embed",
      "comparison",
      "topic",
      "search",
      "indicator data",
      "hashed asset",
      "search index",
      "missing page",
      site.redirects.length ? "moved page" : "folder without /",
    ]);
    expect(rows.flatMap((r) => r.problems)).toEqual([]);
    const withImage = siteOrigin(ROOT) !== undefined;
    expect(rows.filter((r) => r.og).map((r) => r.og!.title && r.og!.description && !!r.og!.image === withImage)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    // Without the site's address a page has no og:image, and the report says so with “–”.
    const image = withImage ? "✓" : "–";
    expect(formatRows(rows)).toContain(
      `| home | \`/\` | 200 | text/html; charset=utf-8 | public, no-cache | gzip | yes | 'none' | ✓ ✓ ${image} | ok |`,
    );
    // The embed page may be framed by any site.
    expect(formatRows(rows)).toMatch(
      new RegExp(`\\| embed \\| \`/nhung/chi-tieu/[a-z0-9-]+/\` \\| 200 \\| .* \\| \\* \\| ✓ ✓ ${image} \\| ok \\|`),
    );
  });

  it("reports what a server without the configuration gets wrong", async () => {
    // dist/ served with a content type and nothing else, as a bare static server would.
    const bare = createServer((req, res) => {
      const path = new URL(req.url!, "http://x").pathname;
      const file = join(DIST, path.endsWith("/") ? `${path}index.html` : path);
      if (!existsSync(file) || !statSync(file).isFile()) return void res.writeHead(404).end();
      res.writeHead(200, { "content-type": contentType(file) }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => bare.listen(0, "127.0.0.1", resolve));
    try {
      const site = readSite(DIST, [...readRedirects(ROOT).values()]);
      const rows = await checkDeployment(`http://127.0.0.1:${(bare.address() as AddressInfo).port}`, DIST, site);
      const home = rows.find((r) => r.probe.name === "home")!;
      expect(home.problems).toEqual([
        "Cache-Control (none), expected public, no-cache",
        "Content-Encoding (none), expected gzip or br",
        `CSP (none), expected ${readingPolicy("index.html")}`,
        "frame-ancestors (none), expected 'none'",
      ]);
      // A bare 404, not the site's page.
      expect(rows.find((r) => r.probe.name === "missing page")!.problems).toContain(
        "Content-Type (none), expected text/html; charset=utf-8",
      );
    } finally {
      await new Promise((r) => bare.close(r));
    }
  });
});
