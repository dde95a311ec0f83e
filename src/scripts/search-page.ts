/**
 * The search page: Pagefind, loaded when a query is made, with the query variants of
 * search-query.ts merged into one ranked list, filters with counts, and `?q=` kept in the URL.
 * Each variant also runs as a quoted phrase, which Pagefind answers with the records that hold
 * its words whole and in a row: those rank first, among all results, before the records that
 * only hold the words somewhere. A record is a passage (scripts/search/records.ts), so its
 * fragment is small and its excerpt (search-excerpt.ts) shows the match.
 */
import { excerpt } from "./search-excerpt.ts";
import { expandQuery, fold, type GlossaryTerm, type Vocabulary } from "./search-query.ts";

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  search: (q: string, o?: object) => Promise<PagefindSearch | null>;
}

const PAGEFIND = "/pagefind/pagefind.js";
const VOCABULARY = "/pagefind/tu-vung.json";
const SHOWN = 10;
let loading: Promise<[Pagefind, Vocabulary]> | undefined;

/** Pagefind on the page's own thread (its worker would be a second copy of its code to download), and the vocabulary. */
function load(): Promise<[Pagefind, Vocabulary]> {
  loading ??= Promise.all([
    (async () => {
      const url = PAGEFIND;
      const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
      await pf.options({ noWorker: true });
      await pf.init();
      return pf;
    })(),
    fetch(VOCABULARY).then((r) => (r.ok ? (r.json() as Promise<Vocabulary>) : {})),
  ]);
  return loading;
}
function el(tag: string, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** What a result is: a kind of page (by its address), or the document a passage is from. */
function whereOf(data: ResultData): string {
  const path = new URL(data.url, location.origin).pathname;
  const kind = KINDS.find(([prefix]) => path.startsWith(prefix))?.[1];
  return kind ?? (data.filters?.["Tài liệu"]?.length === 1 ? data.filters["Tài liệu"][0]! : "");
}
const KINDS: [string, string][] = [
  ["/chi-tieu/", "Chỉ tiêu"],
  ["/chu-de/", "Chủ đề"],
  ["/so-sanh/", "So sánh"],
];

export function startSearchPage(): void {
  const form = document.getElementById("tim-kiem") as HTMLFormElement;
  const input = document.getElementById("tu-khoa") as HTMLInputElement;
  const status = document.getElementById("trang-thai")!;
  const list = document.getElementById("ket-qua")!;
  const filtersBox = document.getElementById("bo-loc-tim")!;
  const glossary = JSON.parse(document.getElementById("thuat-ngu-tim")?.textContent ?? "[]") as GlossaryTerm[];
  const params = new URLSearchParams(location.search);
  input.value = params.get("q") ?? "";
  const selected = new Set(params.getAll("loc"));
  let ticket = 0;

  const syncUrl = () => {
    const next = new URLSearchParams();
    if (input.value.trim()) next.set("q", input.value.trim());
    for (const f of [...selected].sort()) next.append("loc", f);
    history.replaceState(null, "", next.size ? `?${next}` : location.pathname);
  };

  const renderFilters = (all: Record<string, Record<string, number>>, current: Record<string, Record<string, number>>) => {
    filtersBox.replaceChildren(
      ...Object.keys(all)
        .sort()
        .map((key) =>
          el(
            "fieldset",
            {},
            el("legend", { textContent: key }),
            ...Object.keys(all[key]!)
              .sort((a, b) => a.localeCompare(b, "vi"))
              .map((value) => {
                const id = `${key}:${value}`;
                const box = el("input", { type: "checkbox", checked: selected.has(id), value: id }) as HTMLInputElement;
                box.addEventListener("change", () => {
                  if (box.checked) selected.add(id);
                  else selected.delete(id);
                  void run();
                });
                return el("label", {}, box, ` ${value} (${current[key]?.[value] ?? 0})`);
              }),
          ),
        ),
    );
    filtersBox.hidden = false;
    const details = filtersBox.closest("details");
    if (details && selected.size) details.open = true;
  };

  async function run(): Promise<void> {
    const me = ++ticket;
    syncUrl();
    const q = input.value.trim();
    if (!q) {
      list.replaceChildren();
      status.textContent = "";
      return;
    }
    status.textContent = "Đang tìm…";
    const [pf, vocabulary] = await load();
    const filters: Record<string, { any: string[] }> = {};
    for (const f of selected) {
      const [key, ...rest] = f.split(":");
      (filters[key!] ??= { any: [] }).any.push(rest.join(":"));
    }
    // Filter counts are computed only once the filter index is loaded.
    const allFilters = await pf.filters();
    const variants = expandQuery(q, glossary, vocabulary);
    const find = (text: string) => pf.search(text, { filters }).then((s) => s ?? undefined);
    const [plain, phrase] = await Promise.all([
      Promise.all(variants.map((v) => find(v.text))),
      Promise.all(variants.map((v) => find(`"${v.text}"`))),
    ]);
    if (me !== ticket) return;
    const best = new Map<string, { result: PagefindResult; score: number; phrase: boolean }>();
    plain.forEach((s, i) => {
      for (const r of s?.results ?? []) {
        const score = r.score * variants[i]!.weight;
        const had = best.get(r.id);
        if (!had || had.score < score) best.set(r.id, { result: r, score, phrase: false });
      }
    });
    for (const s of phrase)
      for (const r of s?.results ?? []) {
        const had = best.get(r.id);
        if (had) had.phrase = true;
        else best.set(r.id, { result: r, score: 0, phrase: true });
      }
    const widest = plain.reduce<PagefindSearch | undefined>(
      (a, s) => (s && (!a || s.results.length > a.results.length) ? s : a),
      undefined,
    );
    renderFilters(allFilters, widest?.filters ?? {});
    // The words whole and in a row first, over all results; then Pagefind's order.
    const ranked = [...best.values()].sort((a, b) => Number(b.phrase) - Number(a.phrase) || b.score - a.score).slice(0, SHOWN);
    const loaded = await Promise.all(ranked.map(async (r) => ({ ...r, data: await r.result.data() })));
    if (me !== ticket) return;
    const phrases = variants.map((v) => v.text);
    // A page named exactly what was typed (a topic, an indicator) leads the first results.
    const typed = new Set(phrases.map(fold));
    loaded.sort((a, b) => Number(typed.has(fold(b.data.meta.title ?? ""))) - Number(typed.has(fold(a.data.meta.title ?? ""))));
    status.textContent = best.size ? `${best.size} kết quả cho “${q}”` : `Không tìm thấy “${q}”. Thử bớt từ, hoặc gõ không dấu.`;
    list.replaceChildren(
      ...loaded.map(({ data }) => {
        const where = whereOf(data);
        const text = el("p", { className: "excerpt" });
        text.innerHTML = excerpt(data.content, phrases);
        const item = el(
          "li",
          {},
          el("h2", {}, el("a", { href: data.url, textContent: data.meta.title ?? data.url })),
          el("p", { className: "where", textContent: where }),
          text,
        );
        if (data.meta.values) item.append(el("p", { className: "values", textContent: data.meta.values }));
        return item;
      }),
    );
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 250);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    void run();
  });
  if (input.value) void run();
}
