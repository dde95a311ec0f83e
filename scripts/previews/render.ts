/** SVG to PNG with resvg (WebAssembly, no native binary), using the Noto Sans files beside this module. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { initWasm, Resvg } from "@resvg/resvg-wasm";

let ready: Promise<void> | undefined;
const fonts = ["NotoSans-Regular.ttf", "NotoSans-Bold.ttf"].map((f) => new Uint8Array(readFileSync(join(import.meta.dirname, "fonts", f))));

export async function renderPng(svg: string): Promise<Uint8Array> {
  ready ??= initWasm(readFileSync(createRequire(import.meta.url).resolve("@resvg/resvg-wasm/index_bg.wasm")));
  await ready;
  const resvg = new Resvg(svg, {
    font: { fontBuffers: fonts, defaultFontFamily: "Noto Sans", loadSystemFonts: false } as never,
    fitTo: { mode: "original" },
  });
  const image = resvg.render();
  try {
    return image.asPng();
  } finally {
    // WebAssembly memory is not collected: free both, or thousands of cards exhaust it.
    image.free();
    resvg.free();
  }
}
