/**
 * nginx serving a built site with the generated configuration, in the foreground, from a
 * temporary prefix of its own (configuration, pid, error log, temp folders): for the browser
 * tests (tests/e2e/serve.ts), the benchmark and `npm run serve:nginx` (PORT, default 8080).
 * Run as root, nginx would hand its workers to `nobody`; it is told to keep the current user.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createConnection, createServer, type AddressInfo } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { delimiter, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { nginxMain } from "./nginx.ts";
import { readSite } from "./site.ts";
import { readRedirects } from "../publish/redirects.ts";

export interface Served {
  url: string;
  port: number;
  /** The configuration nginx runs with. */
  config: string;
  close: () => Promise<void>;
}

/** The nginx binary: NGINX, else Debian's (/usr/sbin/nginx), else the first on the PATH. */
export function nginxBinary(): string {
  const missing = "is not installed: `apt-get install nginx` (Debian package nginx; .ci/run installs it), or set NGINX to its path";
  if (process.env.NGINX) {
    if (!existsSync(process.env.NGINX)) throw new Error(`nginx ${missing} (NGINX=${process.env.NGINX} does not exist)`);
    return process.env.NGINX;
  }
  const candidates = ["/usr/sbin/nginx", ...(process.env.PATH ?? "").split(delimiter).map((d) => join(d, "nginx"))];
  const found = candidates.find((c) => existsSync(c));
  if (!found) throw new Error(`nginx ${missing}`);
  return found;
}

/** A port no one listens on now, on the loopback interface. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = createConnection({ port, host: "127.0.0.1" });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });

/** The `user` line nginx needs when started by root: workers keep root's user, to read any folder. */
function userDirective(): string | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const group = execFileSync("id", ["-gn"], { encoding: "utf8" }).trim();
  return `${userInfo().username} ${group}`;
}

/**
 * Starts nginx on `port` (a free one if not given) serving `dist` with the configuration generated
 * from it; resolves when it accepts connections. `redirects`: the moved pages (content/redirects.yml).
 */
export async function startNginx(options: {
  dist: string;
  redirects: { from: string; to: string }[];
  port?: number;
  stdio?: "inherit" | "ignore";
}): Promise<Served & { process: ChildProcess }> {
  const binary = nginxBinary();
  const port = options.port ?? (await freePort());
  const prefix = mkdtempSync(join(tmpdir(), "bc-nginx-"));
  for (const t of ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"]) mkdirSync(join(prefix, "temp", t), { recursive: true });
  const site = readSite(options.dist, options.redirects);
  const config = nginxMain(
    site,
    { listen: `127.0.0.1:${port}`, root: resolve(options.dist), serverName: "localhost" },
    prefix,
    userDirective(),
  );
  const conf = join(prefix, "nginx.conf");
  writeFileSync(conf, config);
  const child = spawn(binary, ["-p", prefix, "-e", join(prefix, "error.log"), "-c", conf], {
    stdio: ["ignore", options.stdio ?? "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => {
    stderr += d.toString();
    if (options.stdio === "inherit") process.stderr.write(d);
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const log = () => stderr + (existsSync(join(prefix, "error.log")) ? readFileSync(join(prefix, "error.log"), "utf8") : "");
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx stopped at start (exit ${child.exitCode}):\n${log()}\nconfiguration: ${conf}`);
    if (await accepts(port)) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`nginx did not listen on 127.0.0.1:${port} within 10 s:\n${log()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  const close = async () => {
    if (child.exitCode === null) {
      child.kill("SIGQUIT"); // finish the requests under way, then stop
      const t = setTimeout(() => child.kill("SIGKILL"), 5000);
      await exited;
      clearTimeout(t);
    }
    rmSync(prefix, { recursive: true, force: true });
  };
  return { url: `http://127.0.0.1:${port}`, port, config, close, process: child };
}

/** dist/ of this project, with its declared redirects. */
export async function serveProject(
  root: string,
  dist: string,
  port?: number,
  stdio?: "inherit" | "ignore",
): Promise<Served & { process: ChildProcess }> {
  return startNginx({ dist, redirects: [...readRedirects(root).values()], port, stdio });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
  const dist = resolve(root, process.env.SITE_OUT_DIR ?? "dist");
  if (!existsSync(join(dist, "index.html"))) {
    console.error("dist/ is not built: run `npm run build` first");
    process.exit(1);
  }
  const served = await serveProject(root, dist, Number(process.env.PORT ?? 8080), "inherit");
  console.log(`nginx serves ${dist} at ${served.url}/ (Ctrl-C stops it)`);
  const stop = () => void served.close().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  const code = await new Promise<number | null>((r) => served.process.once("exit", r));
  await served.close();
  console.error(`nginx exited (${code})`);
  process.exit(code ?? 1);
}
