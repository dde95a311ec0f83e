/** Filtering and sorting for the indicator explorer; without it the table is complete and readable. */
import { fold } from "../lib/vietnamese.ts";

export function enhanceExplorer(): void {
  const form = document.getElementById("bo-loc") as HTMLFormElement | null;
  const table = document.getElementById("bang-chi-tieu") as HTMLTableElement | null;
  if (!form || !table) return;
  form.hidden = false;
  const body = table.tBodies[0]!;
  const rows = [...body.rows];
  const count = document.getElementById("so-dong")!;
  const params = new URLSearchParams(location.search);
  for (const el of form.elements) {
    const input = el as HTMLInputElement | HTMLSelectElement;
    if (input.name && params.has(input.name)) input.value = params.get(input.name)!;
  }

  const apply = () => {
    const q = fold((form.elements.namedItem("q") as HTMLInputElement).value);
    const get = (n: string) => (form.elements.namedItem(n) as HTMLSelectElement).value;
    const [domain, region, verdict, doc] = [get("linh-vuc"), get("dia-ban"), get("danh-gia"), get("tai-lieu")];
    let shown = 0;
    for (const r of rows) {
      const d = r.dataset;
      const ok =
        (!q || d.search!.includes(q)) &&
        (!domain || d.domain === domain) &&
        (!region || d.region === region) &&
        (!verdict || d.verdict === verdict) &&
        (!doc || d.docs!.split(" ").includes(doc));
      r.hidden = !ok;
      if (ok) shown++;
    }
    count.textContent = shown
      ? `${shown} / ${rows.length} dòng`
      : `0 / ${rows.length} dòng: không chỉ tiêu nào khớp bộ lọc. Bỏ bớt một điều kiện, hoặc gõ ít chữ hơn.`;
    const next = new URLSearchParams();
    for (const [k, v] of new FormData(form)) if (typeof v === "string" && v) next.set(k, v);
    history.replaceState(null, "", next.size ? `?${next}` : location.pathname);
  };
  form.addEventListener("input", apply);
  form.addEventListener("submit", (e) => e.preventDefault());
  apply();

  // Sorting: each column header becomes a button; a second press reverses the order.
  const headers = [...table.tHead!.rows[0]!.cells];
  headers.forEach((th, col) => {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = th.textContent;
    button.className = "sort";
    th.textContent = "";
    th.append(button);
    th.setAttribute("aria-sort", "none");
    button.addEventListener("click", () => {
      const ascending = th.getAttribute("aria-sort") !== "ascending";
      headers.forEach((h) => h.setAttribute("aria-sort", "none"));
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const numeric = th.dataset.sort === "number";
      const key = (r: HTMLTableRowElement) => {
        const cell = r.cells[col]!;
        const v = cell.dataset.sortValue ?? cell.textContent ?? "";
        return numeric ? (v === "" ? Number.NaN : Number(v)) : fold(v);
      };
      const sorted = [...rows].sort((a, b) => {
        const [x, y] = [key(a), key(b)];
        if (numeric) {
          if (Number.isNaN(x)) return 1;
          if (Number.isNaN(y)) return -1;
          return ascending ? (x as number) - (y as number) : (y as number) - (x as number);
        }
        return ascending ? String(x).localeCompare(String(y), "vi") : String(y).localeCompare(String(x), "vi");
      });
      body.append(...sorted);
    });
  });
}
