/**
 * The search page: Pagefind, loaded when a query is made, with the query variants of
 * search-query.ts merged into one list ranked by search-rank.ts (the typed phrase first, over all
 * results), filters with counts, `?q=` kept in the URL, ten results at a time. A record is a
 * passage (scripts/search/records.ts), so its fragment is small and its excerpt
 * (search-excerpt.ts) shows the match; passages of one heading found together show as one result.
 */
import { reportLink } from "../lib/navigation.ts";
import { excerpt } from "./search-excerpt.ts";
import { expandQuery, fold, type GlossaryTerm, type Vocabulary } from "./search-query.ts";
import { probesOf, tiersOf } from "./search-rank.ts";

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
/**
 * How much a long record is held back (Pagefind: 0.75). Records are passages of much the same
 * length, and the short ones (a note, a table row) would otherwise lead for any word they hold.
 */
const RANK_PAGE_LENGTH = 0.5;
/** The filters in the order the page names them (“tài liệu, địa bàn, thời kỳ, lĩnh vực”). */
const FILTER_ORDER = ["Tài liệu", "Địa bàn", "Thời kỳ", "Lĩnh vực"];
const SCROLL_KEY = "tim-kiem:cuon";
let loading: Promise<[Pagefind, Vocabulary]> | undefined;

/** Pagefind on the page's own thread (its worker would be a second copy of its code to download), and the vocabulary. */
function load(): Promise<[Pagefind, Vocabulary]> {
  loading ??= Promise.all([
    (async () => {
      const url = PAGEFIND;
      const pf = (await import(/* @vite-ignore */ url)) as Pagefind;
      await pf.options({ noWorker: true, ranking: { pageLength: RANK_PAGE_LENGTH } });
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
  const more = document.getElementById("xem-them") as HTMLButtonElement;
  const examples = document.getElementById("goi-y");
  const filtersBox = document.getElementById("bo-loc-tim")!;
  const filtersWrap = filtersBox.closest("details");
  const glossary = JSON.parse(document.getElementById("thuat-ngu-tim")?.textContent ?? "[]") as GlossaryTerm[];
  const params = new URLSearchParams(location.search);
  const pageTitle = document.title;
  const report = document.querySelector<HTMLAnchorElement>('.site-footer a[href^="mailto:"]');
  input.value = params.get("q") ?? "";
  const selected = new Set(params.getAll("loc"));
  let ticket = 0;
  let showMore: (() => Promise<void>) | undefined;

  const syncUrl = () => {
    const next = new URLSearchParams();
    if (input.value.trim()) next.set("q", input.value.trim());
    for (const f of [...selected].sort()) next.append("loc", f);
    history.replaceState(null, "", next.size ? `?${next}` : location.pathname);
    document.title = input.value.trim() ? `${input.value.trim()} – ${pageTitle}` : pageTitle;
    // “Báo lỗi trên trang này” names the search as the tab does, with its address.
    if (report) {
      const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.pathname;
      const cut = document.title.lastIndexOf(" · ");
      const title = cut > 0 ? document.title.slice(0, cut) : document.title;
      report.href = reportLink(decodeURIComponent(new URL(report.href).pathname), title, `${canonical}${location.search}`);
    }
  };

  const renderFilters = (all: Record<string, Record<string, number>>, current: Record<string, Record<string, number>>) => {
    const keys = Object.keys(all).sort((a, b) => FILTER_ORDER.indexOf(a) - FILTER_ORDER.indexOf(b));
    filtersBox.replaceChildren(
      ...keys.flatMap((key) => {
        // A value no result has is not offered, unless it is ticked (so it can be unticked).
        const values = Object.keys(all[key]!)
          .filter((value) => (current[key]?.[value] ?? 0) > 0 || selected.has(`${key}:${value}`))
          .sort((a, b) => a.localeCompare(b, "vi"));
        if (!values.length) return [];
        return [
          el(
            "fieldset",
            {},
            el("legend", { textContent: key }),
            ...values.map((value) => {
              const id = `${key}:${value}`;
              const box = el("input", { type: "checkbox", checked: selected.has(id), value: id }) as HTMLInputElement;
              box.addEventListener("change", () => {
                if (box.checked) selected.add(id);
                else selected.delete(id);
                void run();
              });
              return el("label", {}, box, el("span", { textContent: `${value} (${current[key]?.[value] ?? 0})` }));
            }),
          ),
        ];
      }),
    );
    filtersBox.hidden = false;
    if (filtersWrap) {
      filtersWrap.hidden = !filtersBox.childElementCount;
      if (selected.size) filtersWrap.open = true;
    }
  };

  const clear = () => {
    list.replaceChildren();
    more.hidden = true;
    showMore = undefined;
  };

  async function run(restore?: { y: number; shown: number }): Promise<void> {
    const me = ++ticket;
    syncUrl();
    const q = input.value.trim();
    if (examples) examples.hidden = Boolean(q);
    if (!q) {
      clear();
      status.textContent = "";
      if (filtersWrap) filtersWrap.hidden = true;
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
    const probes = probesOf(variants);
    const find = (text: string) => pf.search(text, { filters }).then((s) => s ?? undefined);
    const [plain, quoted] = await Promise.all([
      Promise.all(variants.map((v) => find(v.text))),
      Promise.all(probes.map((p) => find(p.quoted))),
    ]);
    if (me !== ticket) return;
    const best = new Map<string, { result: PagefindResult; score: number }>();
    plain.forEach((s, i) => {
      for (const r of s?.results ?? []) {
        const score = r.score * variants[i]!.weight;
        if ((best.get(r.id)?.score ?? -1) < score) best.set(r.id, { result: r, score });
      }
    });
    // A record holding a variant whole is a result even where the search as typed missed it; a
    // record holding a part of it (a run, a word) only ranks one the search found.
    quoted.forEach((s, i) => {
      if (probes[i]!.tier === 1) for (const r of s?.results ?? []) if (!best.has(r.id)) best.set(r.id, { result: r, score: 0 });
    });
    const tiers = tiersOf(
      variants,
      probes,
      quoted.map((s) => new Set((s?.results ?? []).map((r) => r.id))),
    );
    const widest = plain.reduce<PagefindSearch | undefined>(
      (a, s) => (s && (!a || s.results.length > a.results.length) ? s : a),
      undefined,
    );
    renderFilters(allFilters, widest?.filters ?? {});
    const ranked = [...best.values()].sort((a, b) => (tiers.get(b.result.id) ?? 0) - (tiers.get(a.result.id) ?? 0) || b.score - a.score);
    const typed = variants.filter((v) => v.weight === 1).map((v) => v.text);
    const expanded = variants.filter((v) => v.weight < 1).map((v) => v.text);
    const names = new Set(variants.map((v) => fold(v.text)));
    if (!best.size) {
      clear();
      status.textContent = selected.size
        ? `Không có kết quả cho “${q}” với các bộ lọc đã chọn. Bỏ bớt bộ lọc để xem thêm.`
        : q !== fold(q)
          ? `Không tìm thấy “${q}”. Thử bớt từ, hoặc gõ không dấu.`
          : `Không tìm thấy “${q}”. Thử bớt từ, hoặc viết khác đi.`;
      return;
    }
    clear();
    // Passages of one heading of one page show as one result.
    const shownAt = new Map<string, HTMLElement>();
    let next = 0;
    const render = async (count: number) => {
      const batch = ranked.slice(next, next + count);
      next += batch.length;
      const loaded = await Promise.all(batch.map(async (r) => r.result.data()));
      if (me !== ticket) return;
      // A page named exactly what was typed (a topic, an indicator) leads the first results.
      if (next === batch.length)
        loaded.sort((a, b) => Number(names.has(fold(b.meta.title ?? ""))) - Number(names.has(fold(a.meta.title ?? ""))));
      for (const data of loaded) {
        const key = `${data.url.split("#")[0]}|${data.meta.title ?? ""}`;
        const earlier = shownAt.get(key);
        if (earlier) {
          alsoIn(earlier, data);
          continue;
        }
        const item = resultItem(data, { typed, expanded });
        shownAt.set(key, item);
        list.append(item);
      }
      more.hidden = next >= ranked.length;
    };
    showMore = () => render(SHOWN);
    await render(Math.max(SHOWN, restore?.shown ?? 0));
    if (me !== ticket) return;
    // Said once the results are there, so a screen reader hears it with them.
    status.textContent = `${best.size} kết quả cho “${q}”${selected.size ? " (đã lọc)" : ""}`;
    if (restore) window.scrollTo(0, restore.y);
  }

  more.addEventListener("click", () => void showMore?.());
  // Back from a result comes back to the same place in the list.
  addEventListener("pagehide", () => {
    sessionStorage.setItem(
      SCROLL_KEY,
      JSON.stringify({ search: location.search, y: scrollY, shown: list.querySelectorAll(":scope > li").length }),
    );
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 250);
  });
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    void run();
  });
  const saved = JSON.parse(sessionStorage.getItem(SCROLL_KEY) ?? "null") as { search: string; y: number; shown: number } | null;
  sessionStorage.removeItem(SCROLL_KEY);
  if (input.value) void run(saved?.search === location.search ? saved : undefined);
}

/** One result: its title, where it is, its excerpt (none for a heading alone), an indicator's key values. */
function resultItem(data: ResultData, query: { typed: string[]; expanded: string[] }): HTMLElement {
  const title = data.meta.title ?? data.url;
  const item = el(
    "li",
    {},
    el("h2", {}, el("a", { href: data.url, textContent: title })),
    el("p", { className: "where", textContent: whereOf(data) }),
  );
  if (fold(data.content) !== fold(title)) {
    const text = el("p", { className: "excerpt" });
    text.innerHTML = excerpt(data.content, query);
    item.append(text);
  }
  if (data.meta.values) item.append(el("p", { className: "values", textContent: data.meta.values }));
  return item;
}

/** Another passage under the same heading, as a link under the first one found. */
function alsoIn(item: HTMLElement, data: ResultData): void {
  let also = item.querySelector<HTMLElement>(".also");
  if (!also) {
    also = el("p", { className: "also" }, "Đoạn khác trong mục này: ");
    item.append(also);
  } else also.append(" · ");
  const words = data.content.split(" ");
  also.append(el("a", { href: data.url, textContent: `${words.slice(0, 6).join(" ")}${words.length > 6 ? "…" : ""}` }));
}
