/** The “bản gốc” page's emphasis (src/lib/original.ts), on real lines of 004 and 002. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toLines } from "../../scripts/ingest/read-sources.ts";
import { emphasisRuns } from "../../src/lib/original.ts";

const source = (file: string) => toLines(readFileSync(join(import.meta.dirname, "../../content/sources", file), "utf8"));

describe("the original text's emphasis", () => {
  it("sets 004's *…* as italics, with no asterisk left and every other character as received", () => {
    const lines = source("004_fa57fa61f79953c7.txt");
    const runs = emphasisRuns(lines);
    const at612 = runs[611]!;
    expect(at612[0]).toEqual({ text: "- " });
    expect(at612[1]).toEqual({
      text: "Phát triển công nghiệp theo hướng hiện đại, thông minh, giá trị gia tăng cao và thân thiện môi trường.",
      em: true,
    });
    expect(at612[2]!.text.startsWith(" Tái cấu trúc ngành công nghiệp")).toBe(true);
    expect(at612[2]!.em).toBeUndefined();
    expect(runs.flat().filter((r) => r.text.includes("*"))).toEqual([]);
    runs.forEach((r, i) => expect(r.map((x) => x.text).join("")).toBe(lines[i]!.replace(/\*/g, "")));
  });

  it("carries a bold run across lines (002's signature, 204–205) and closes it", () => {
    const runs = emphasisRuns(source("002_8184ebce04ffb420.txt"));
    expect(runs.slice(203, 207)).toEqual([
      [{ text: "TM. ỦY BAN NHÂN DÂN", strong: true }],
      [{ text: "CHỦ TỊCH", strong: true }],
      [],
      [{ text: "Triệu Thế Hùng" }],
    ]);
  });
});
