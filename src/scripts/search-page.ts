/**
 * The search page: Pagefind, loaded when a query is made, with the query variants of
 * search-query.ts merged into one ranked list, filters with counts, and `?q=` kept in the URL.
 */
import { expandQuery, fold, type GlossaryTerm } from "./search-query.ts";

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
  sub_results?: { title: string; url: string; excerpt: string }[];
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
const SHOWN = 10;
let pagefind: Pagefind | undefined;

async function load(): Promise<Pagefind> {
  if (!pagefind) {
    const url = PAGEFIND;
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.init();
  }
  return pagefind;
}

const onlyMarks = (html: string) => html.replace(/<(?!\/?mark>)[^>]*>/g, "");
function el(tag: string, props: Record<string, unknown> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

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
    const pf = await load();
    const filters: Record<string, { any: string[] }> = {};
    for (const f of selected) {
      const [key, ...rest] = f.split(":");
      (filters[key!] ??= { any: [] }).any.push(rest.join(":"));
    }
    // Filter counts are computed only once the filter index is loaded.
    const allFilters = await pf.filters();
    const variants = expandQuery(q, glossary);
    const searches = (await Promise.all(variants.map((v) => pf.search(v, { filters })))).filter((s): s is PagefindSearch => Boolean(s));
    if (me !== ticket) return;
    const best = new Map<string, { result: PagefindResult; score: number }>();
    searches.forEach((s, i) => {
      for (const r of s.results) {
        const score = r.score * (i === 0 ? 1 : 0.92);
        if ((best.get(r.id)?.score ?? -1) < score) best.set(r.id, { result: r, score });
      }
    });
    const widest = searches.reduce<PagefindSearch | undefined>((a, s) => (!a || s.results.length > a.results.length ? s : a), undefined);
    renderFilters(allFilters, widest?.filters ?? {});
    const ranked = [...best.values()].sort((a, b) => b.score - a.score).slice(0, SHOWN);
    // Phrases typed as a whole rank first: Pagefind matches each word on its own.
    const phrases = variants.map(fold).filter((p) => p.includes(" "));
    const loaded = await Promise.all(ranked.map(async (r) => ({ ...r, data: await r.result.data() })));
    if (me !== ticket) return;
    for (const r of loaded) {
      const title = fold(r.data.meta.title ?? "");
      const content = fold(r.data.content);
      if (phrases.some((p) => title.includes(p))) r.score *= 3;
      else if (phrases.some((p) => content.includes(p))) r.score *= 2;
    }
    loaded.sort((a, b) => b.score - a.score);
    status.textContent = best.size ? `${best.size} kết quả cho “${q}”` : `Không tìm thấy “${q}”. Thử bớt từ, hoặc gõ không dấu.`;
    list.replaceChildren(
      ...loaded.slice(0, SHOWN).map(({ data }) => {
        const where = [data.meta.kind, data.meta.doc, data.meta.numbering].filter(Boolean).join(" · ");
        const excerpt = el("p", { className: "excerpt" });
        excerpt.innerHTML = onlyMarks(data.excerpt);
        const item = el(
          "li",
          {},
          el("h2", {}, el("a", { href: data.url, textContent: data.meta.title ?? data.url })),
          el("p", { className: "where", textContent: where }),
          excerpt,
        );
        if (data.meta.values) item.append(el("p", { className: "values", textContent: data.meta.values }));
        const subs = (data.sub_results ?? []).filter((s) => s.url.includes("#")).slice(0, 3);
        if (subs.length)
          item.append(el("ul", { className: "sub" }, ...subs.map((s) => el("li", {}, el("a", { href: s.url, textContent: s.title })))));
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
