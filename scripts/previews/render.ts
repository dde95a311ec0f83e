/** SVG to PNG with resvg (WebAssembly, no native binary), using the Noto Sans files beside this module. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { initWasm, Resvg } from "@resvg/resvg-wasm";

let ready: Promise<void> | undefined;
const fonts = ["NotoSans-Regular.ttf", "NotoSans-Bold.ttf"].map((f) => new Uint8Array(readFileSync(join(import.meta.dirname, "fonts", f))));

/** Runs `use` on a renderer of `svg` with the shipped fonts, then frees it. */
async function withResvg<T>(svg: string, use: (resvg: InstanceType<typeof Resvg>) => T): Promise<T> {
  ready ??= initWasm(readFileSync(createRequire(import.meta.url).resolve("@resvg/resvg-wasm/index_bg.wasm")));
  await ready;
  const resvg = new Resvg(svg, {
    font: { fontBuffers: fonts, defaultFontFamily: "Noto Sans", loadSystemFonts: false } as never,
    fitTo: { mode: "original" },
  });
  try {
    return use(resvg);
  } finally {
    // WebAssembly memory is not collected: free it, or thousands of cards exhaust it.
    resvg.free();
  }
}

export function renderPng(svg: string): Promise<Uint8Array> {
  return withResvg(svg, (resvg) => {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  });
}

/** The box of everything `svg` draws (its text laid out with the shipped fonts), in its own units; none when it draws nothing. */
export function drawnBox(svg: string): Promise<{ x: number; y: number; width: number; height: number } | undefined> {
  return withResvg(svg, (resvg) => {
    const box = resvg.getBBox();
    if (!box) return undefined;
    try {
      return { x: box.x, y: box.y, width: box.width, height: box.height };
    } finally {
      box.free();
    }
  });
}
