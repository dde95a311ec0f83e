/**
 * The site's public address: `SITE_URL`, else `origin` in content/site.yml; none for a local build.
 * A build with an address is meant for publication, so it needs the feedback channel too (content/site.yml
 * `feedback`): without one, readers could not report an error, and the build stops saying so.
 */
import { z } from "zod";
import { BuildError } from "../model/diagnostics.ts";
import { readYamlFile } from "../ingest/yaml-file.ts";

/** The site's public origin (content/site.yml `origin`, or SITE_URL): scheme and host, no path. */
export const originSchema = z.string().regex(/^https?:\/\/[^/\s]+\/?$/, "not an origin, expected https://host");
/** Where readers report an error: an e-mail address, or the https address of a form. */
export const feedbackSchema = z.union([z.email(), z.url({ protocol: /^https$/ })], {
  error: "not an e-mail address nor an https address",
});

// Only the origin and feedback: the data build checks the other settings (scripts/ingest/read-settings.ts).
const schema = z.object({ origin: originSchema.optional(), feedback: feedbackSchema.optional() });

/** What a local build leaves out, said once in the build's output (scripts/publish.ts). */
export const NO_ADDRESS_NOTE =
  "no site address (SITE_URL or `origin` in content/site.yml): a local build, so canonical links, og:url, og:image, " +
  "sitemap.xml, the chart images' address line and the citations' links are left out, and the spreadsheet's “Liên kết” " +
  "holds paths; README, “Publishing under your own domain”";

/** The origin (no trailing slash), or undefined for a local build; with one, a missing feedback channel stops the build. */
export function siteOrigin(root: string): string | undefined {
  const fromEnv = process.env.SITE_URL;
  if (fromEnv !== undefined && fromEnv !== "" && !originSchema.safeParse(fromEnv).success)
    throw new Error(`SITE_URL “${fromEnv}” is not an origin, expected https://host`);
  const { data, lineOf } = readYamlFile(root, "content/site.yml", schema, "ingest/site-settings");
  const value = fromEnv || data.origin;
  if (value && !data.feedback)
    throw new BuildError([
      {
        file: "content/site.yml",
        line: lineOf(["origin"]),
        message: `the site is built for publication at ${value} (${fromEnv ? "SITE_URL" : "origin"}) but has no feedback channel`,
        expected: "`feedback:` an e-mail address or the https address of a form, where readers report an error",
        rule: "ingest/site-settings",
        fatal: true,
      },
    ]);
  return value?.replace(/\/$/, "");
}
