/**
 * What the layout tests measure on a page, run inside the browser (the function is sent to the
 * page as its source, so it uses nothing from outside). It returns what it found wrong, as one
 * line each, and how much it looked at, so a test can tell an empty result from a vacuous one.
 *
 * - the page does not scroll sideways;
 * - in every drawing (`main svg` with a viewBox): each text lies inside the viewBox, no two texts
 *   overlap, and a text inside a bar's segment lies inside that segment;
 * - every HTML label of a drawing (document map, goal bars, verdict bars, indicator charts) lies
 *   inside its drawing's box, is not cut (its content is no wider than its box), and overlaps no
 *   other label of the same drawing;
 * - on the document map, each curve ends at the vertical middle of its document's name, and all start
 *   at the document's own box.
 */
export interface LayoutReport {
  problems: string[];
  texts: number;
  labels: number;
  curves: number;
}

export function layoutProblems(): LayoutReport {
  const problems: string[] = [];
  let texts = 0,
    labels = 0,
    curves = 0;
  const name = (e: Element) => (e.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 60);
  const overlap = (a: DOMRect, b: DOMRect) =>
    Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
  const inside = (
    a: { left: number; right: number; top: number; bottom: number },
    b: { left: number; right: number; top: number; bottom: number },
    tol = 1,
  ) => a.left >= b.left - tol && a.right <= b.right + tol && a.top >= b.top - tol && a.bottom <= b.bottom + tol;

  const wide = document.documentElement.scrollWidth;
  if (wide > window.innerWidth) problems.push(`the page is ${wide}px wide in a ${window.innerWidth}px window`);

  for (const svg of document.querySelectorAll<SVGSVGElement>("main svg[viewBox]")) {
    if (svg.getBoundingClientRect().width === 0) continue;
    const box = svg.viewBox.baseVal;
    const view = { left: box.x, right: box.x + box.width, top: box.y, bottom: box.y + box.height };
    const boxes: { t: SVGTextElement; b: DOMRect }[] = [];
    for (const t of svg.querySelectorAll<SVGTextElement>("text")) {
      if (!name(t)) continue;
      texts++;
      const g = t.getBBox();
      const b = new DOMRect(g.x, g.y, g.width, g.height);
      if (!inside(b, view, 0.5))
        problems.push(
          `text “${name(t)}” runs out of its drawing (${b.left.toFixed(1)}…${b.right.toFixed(1)} of ${view.left}…${view.right})`,
        );
      for (const o of boxes) if (overlap(o.b, b) > 1) problems.push(`texts “${name(o.t)}” and “${name(t)}” overlap`);
      boxes.push({ t, b });
      const seg = t.previousElementSibling;
      if (t.classList.contains("bar-text") && seg instanceof SVGRectElement) {
        const r = seg.getBBox();
        if (!inside(b, { left: r.x, right: r.x + r.width, top: r.y, bottom: r.y + r.height }, 0.5))
          problems.push(`text “${name(t)}” runs out of its segment`);
      }
    }
  }

  const drawings = document.querySelectorAll("main .doc-map, main .goal-chart, main .verdict-chart, main .ichart");
  for (const d of drawings) {
    const frame = d.getBoundingClientRect();
    const own = [
      ...d.querySelectorAll<HTMLElement>(
        ".map-head, .map-col > li, .map-self, .map-none, .goal-label, .goal-value, .bar-label, .ichart-region, .ichart-step, .ichart-value",
      ),
    ].filter((e) => e.getBoundingClientRect().width > 0);
    const placed: { e: HTMLElement; r: DOMRect }[] = [];
    for (const e of own) {
      labels++;
      const r = e.getBoundingClientRect();
      if (!inside(r, frame)) problems.push(`label “${name(e)}” runs out of its drawing`);
      if (e.scrollWidth > e.clientWidth + 1) problems.push(`label “${name(e)}” is cut: ${e.scrollWidth}px of text in ${e.clientWidth}px`);
      for (const o of placed) if (overlap(o.r, r) > 1) problems.push(`labels “${name(o.e)}” and “${name(e)}” overlap`);
      placed.push({ e, r });
    }
  }

  for (const map of document.querySelectorAll("main .doc-map")) {
    const self = map.querySelector(".map-self")!.getBoundingClientRect();
    for (const [side, list] of [
      ["left", ".map-others"],
      ["right", ".map-cited"],
    ] as const) {
      const svg = map.querySelector<SVGSVGElement>(`.map-links-${side}`);
      if (!svg || svg.getBoundingClientRect().width === 0) continue;
      const items = [...map.querySelectorAll(`${list} > li`)];
      const paths = [...svg.querySelectorAll<SVGPathElement>("path")];
      if (paths.length !== items.length) problems.push(`${side}: ${paths.length} curves for ${items.length} labels`);
      paths.forEach((p, i) => {
        curves++;
        const m = p.getScreenCTM()!;
        const at = (len: number) => new DOMPoint(p.getPointAtLength(len).x, p.getPointAtLength(len).y).matrixTransform(m);
        const [start, end] = [at(0), at(p.getTotalLength())];
        const [label, middle] = side === "left" ? [start, end] : [end, start];
        // The name (the link), not the whole item: a relation is written over it.
        const li = (items[i]?.querySelector(".map-name") ?? items[i])?.getBoundingClientRect();
        if (li && Math.abs(label.y - (li.top + li.bottom) / 2) > 2)
          problems.push(
            `${side} curve ${i} ends at ${label.y.toFixed(0)}px, its label “${name(items[i]!)}” is at ${li.top.toFixed(0)}–${li.bottom.toFixed(0)}px`,
          );
        if (middle.y < self.top || middle.y > self.bottom) problems.push(`${side} curve ${i} does not reach the document's box`);
      });
    }
  }
  return { problems, texts, labels, curves };
}

/**
 * The checks as a script for `page.evaluate`: tools that compile TypeScript with esbuild's
 * keepNames (tsx) wrap inner functions in `__name(…)`, which the page does not have.
 */
export const layoutScript = `(() => { const __name = (f) => f; return (${layoutProblems.toString()})(); })()`;
