// @ts-check
import { defineConfig } from "astro/config";

// The site is fully static: every page is generated from `generated/` (written by scripts/build.ts).
export default defineConfig({
  output: "static",
  // Tests build a second copy elsewhere to check that two builds are byte-identical.
  outDir: process.env.SITE_OUT_DIR ?? "./dist",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "always" },
  devToolbar: { enabled: false },
  compressHTML: true,
  // Scripts are served as files of their own (never inlined), so pages can run under a strict CSP.
  vite: { build: { assetsInlineLimit: 0 } },
});
