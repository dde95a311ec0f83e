/**
 * The site's own address in a built dist/ (`npm run check:deploy` without an origin). Without an
 * address (a local build) no file may name a host the site does not have: no placeholder like
 * `*.example`, no canonical link, og:url or og:image, no sitemap. With one, every place that needs an
 * absolute address has it: each page's canonical link and og:url (the 404 page and redirect pages
 * aside), og:image where the page has a preview image, sitemap.xml and robots.txt, the spreadsheet
 * files' “Liên kết” column and the chart images' address line.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** A host made up for examples and placeholders (RFC 2606's reserved names). */
const INVENTED_HOST = /\bhttps?:\/\/[a-z0-9.-]+\.(?:example|invalid|test|localhost)(?![a-z0-9.-])|@[a-z0-9.-]+\.example(?![a-z0-9.-])/i;
const TEXT = /\.(html|xml|txt|csv|json|svg|js|css|webmanifest)$/;

/** The text files of `dist`, as paths from it. */
const textFiles = (dist: string): string[] =>
  readdirSync(dist, { recursive: true, encoding: "utf8" })
    .filter((f) => TEXT.test(f) && !f.startsWith("pagefind/"))
    .sort();

const attr = (html: string, re: RegExp): string | undefined => re.exec(html)?.[1];
const canonicalOf = (html: string) => attr(html, /<link rel="canonical" href="([^"]*)"/);
const metaOf = (html: string, key: string) => attr(html, new RegExp(`<meta property="${key}" content="([^"]*)"`));
const isRedirectPage = (html: string) => /<meta http-equiv="refresh"/.test(html) && /Trang đã chuyển|noindex/.test(html);

/** What is wrong with the addresses in `dist` for `origin` (undefined: a local build); one line per file and fault. */
export function addressProblems(dist: string, origin: string | undefined): string[] {
  const problems: string[] = [];
  for (const f of textFiles(dist)) {
    const text = readFileSync(join(dist, f), "utf8");
    const invented = INVENTED_HOST.exec(text);
    if (invented) problems.push(`${f}: names an invented host, “${invented[0]}”`);
    if (!f.endsWith(".html")) continue;
    const canonical = canonicalOf(text);
    const ogUrl = metaOf(text, "og:url");
    const image = metaOf(text, "og:image");
    if (!origin) {
      // A redirect page's canonical link is the path it sends to, relative.
      if (isRedirectPage(text)) continue;
      for (const [what, v] of [
        ["canonical link", canonical],
        ["og:url", ogUrl],
        ["og:image", image],
      ] as const)
        if (v !== undefined) problems.push(`${f}: a ${what} (“${v}”) without a site address`);
      continue;
    }
    const own = (v: string | undefined) => v !== undefined && v.startsWith(`${origin}/`);
    const page = f.endsWith("index.html") && !f.startsWith("nhung/");
    if (page && !isRedirectPage(text) && !own(canonical)) problems.push(`${f}: canonical link “${canonical ?? ""}” is not on ${origin}`);
    if (page && !isRedirectPage(text) && !own(ogUrl)) problems.push(`${f}: og:url “${ogUrl ?? ""}” is not on ${origin}`);
    if (f === "404.html" && canonical !== undefined) problems.push(`${f}: the 404 page has a canonical link (“${canonical}”)`);
    if (image !== undefined && !own(image)) problems.push(`${f}: og:image “${image}” is not on ${origin}`);
    if (existsSync(join(dist, f.replace(/index\.html$/, "xem-truoc.png"))) && f.endsWith("index.html") && image === undefined)
      problems.push(`${f}: no og:image, though the page has its preview image`);
  }
  const sitemap = join(dist, "sitemap.xml");
  const robots = existsSync(join(dist, "robots.txt")) ? readFileSync(join(dist, "robots.txt"), "utf8") : "";
  if (!origin) {
    if (existsSync(sitemap)) problems.push("sitemap.xml: written without a site address");
    if (/Sitemap:/.test(robots)) problems.push("robots.txt: names a sitemap without a site address");
    return problems;
  }
  if (!existsSync(sitemap) || !readFileSync(sitemap, "utf8").includes(`<loc>${origin}/</loc>`))
    problems.push(`sitemap.xml: missing, or not on ${origin}`);
  if (!robots.includes(`Sitemap: ${origin}/sitemap.xml`)) problems.push(`robots.txt: does not name ${origin}/sitemap.xml`);
  const sheet = join(dist, "du-lieu/chi-tieu-bang-tinh.csv");
  if (existsSync(sheet) && !readFileSync(sheet, "utf8").includes(`;${origin}/tai-lieu/`))
    problems.push(`du-lieu/chi-tieu-bang-tinh.csv: the “Liên kết” column is not on ${origin}`);
  const host = new URL(origin).host;
  for (const f of textFiles(dist).filter((x) => x.endsWith("bieu-do.svg")))
    if (!readFileSync(join(dist, f), "utf8").includes(host)) problems.push(`${f}: the chart image does not name ${host}`);
  return problems;
}
