/**
 * `npm run icons`: draws the PNG icons (192, 512, and 180 for Apple devices) from public/favicon.svg
 * into public/icons/. Run it when the favicon changes, and commit the result.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderPng } from "./render.ts";

const root = join(import.meta.dirname, "../..");
const svg = readFileSync(join(root, "public/favicon.svg"), "utf8");
mkdirSync(join(root, "public/icons"), { recursive: true });
for (const size of [180, 192, 512]) {
  const sized = svg.replace("<svg ", `<svg width="${size}" height="${size}" `);
  writeFileSync(join(root, `public/icons/icon-${size}.png`), await renderPng(sized));
}
console.log("wrote public/icons/icon-{180,192,512}.png");
