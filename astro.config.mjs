// @ts-check
import { defineConfig } from "astro/config";

// The site is fully static: every page is generated from `generated/` (written by scripts/build.ts).
export default defineConfig({
  output: "static",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "always" },
  devToolbar: { enabled: false },
  compressHTML: true,
});
