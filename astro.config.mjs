// @ts-check
import { fileURLToPath } from "node:url";
import { defineConfig } from "astro/config";
import { BuildError } from "./scripts/model/diagnostics.ts";
import { siteOrigin } from "./scripts/publish/origin.ts";

// The public origin (canonical URLs, Open Graph): SITE_URL, else content/site.yml, read by the
// project's one YAML reader; a broken file stops the build with its file:line message.
let site;
try {
  site = siteOrigin(fileURLToPath(new URL(".", import.meta.url)));
} catch (e) {
  if (!(e instanceof BuildError)) throw e;
  console.error(e.message);
  process.exit(1);
}

// The site is fully static: every page is generated from `generated/` (written by scripts/build.ts).
export default defineConfig({
  output: "static",
  site,
  // Tests build a second copy elsewhere to check that two builds are byte-identical.
  outDir: process.env.SITE_OUT_DIR ?? "./dist",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "always" },
  devToolbar: { enabled: false },
  // A rebuild renders again only the pages whose inputs changed (scripts/cache/page-inputs.ts);
  // the others are copied from Astro's cache, kept with the build's other caches in .cache/.
  cacheDir: "./.cache/astro-pages",
  experimental: { incrementalBuild: process.env.BUILD_CACHE !== "off" },
  // Pages are rendered by our markdown-it (src/lib/markdown.ts); no code blocks to highlight.
  markdown: { syntaxHighlight: false },
  // Astro 7's default: a whitespace run that holds a newline is dropped, a space on one line is
  // text. Prettier's Astro plugin formats templates for this mode (astroCompressHTML "jsx"), so
  // formatting never changes a built page.
  compressHTML: "jsx",
  // Scripts are served as files of their own (never inlined), so pages can run under a strict CSP.
  vite: { build: { assetsInlineLimit: 0 } },
  // A Content-Security-Policy on every page (a <meta> tag, so it works on any static host):
  // only the site's own resources; Astro adds the hashes of its inlined styles and scripts.
  // Pagefind compiles its WebAssembly, hence 'wasm-unsafe-eval'.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "manifest-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
