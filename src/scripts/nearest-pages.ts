/**
 * On the 404 page: the pages whose address is nearest to the one that was not found (shared
 * words of the path, the same document first), and the words of the path put in the search box.
 */
export interface PageRef {
  url: string;
  title: string;
}

const words = (path: string) =>
  decodeURIComponent(path)
    .toLowerCase()
    .split(/[^a-z0-9\u00c0-\u1ef9]+/)
    .filter((w) => w.length > 1);

/** The `n` pages nearest to `path`, best first; none when nothing is shared. */
export function nearestPages(path: string, pages: PageRef[], n = 5): PageRef[] {
  const wanted = new Set(words(path));
  const segments = path.split("/").filter(Boolean);
  const scored = pages.map((p, i) => {
    const own = p.url.split("/").filter(Boolean);
    let prefix = 0;
    while (prefix < own.length && prefix < segments.length && own[prefix] === segments[prefix]) prefix++;
    const shared = words(p.url).filter((w) => wanted.has(w)).length;
    // A cut or mistyped address keeps the start of its last part: count the characters in common.
    const last = segments.at(-1) ?? "",
      mine = own.at(-1) ?? "";
    let common = 0;
    while (common < last.length && last[common] === mine[common]) common++;
    return { p, i, score: shared + 2 * prefix + common / 4 - 0.01 * Math.abs(own.length - segments.length) };
  });
  return scored
    .filter((s) => s.score > 1)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .slice(0, n)
    .map((s) => s.p);
}

export async function showNearestPages(list: HTMLElement, box: HTMLInputElement | null): Promise<void> {
  const path = location.pathname;
  // The page opened by its own name (/404.html) has no mistyped address to help with.
  if (/^\/404(\.html)?\/?$/.test(path)) return;
  if (box && !box.value)
    box.value = words(path)
      .filter((w) => !/^(tai|lieu|chi|tieu|chu|de)$/.test(w))
      .join(" ");
  const pages = (await (await fetch("/trang.json")).json()) as PageRef[];
  const near = nearestPages(path, pages);
  if (!near.length) return;
  list.replaceChildren(
    ...near.map((p) => {
      const li = document.createElement("li");
      const a = document.createElement("a");
      a.href = p.url;
      a.textContent = p.title;
      li.append(a);
      return li;
    }),
  );
  list.closest("section")!.hidden = false;
}
