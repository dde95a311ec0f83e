/**
 * Links to a place on the page. Every heading, paragraph, list item, table row and figure with
 * an id inside `[data-linkable]` gets a small “link” button (keyboard reachable) that copies its
 * address, or opens the system share sheet on a touch device that has one: inside a `[data-share]`
 * area (section and indicator pages) its share address `/l/<code>/`, whose preview quotes it
 * (scripts/model/share.ts), elsewhere the page's address with the anchor. Selecting text offers a
 * link to exactly that passage (a text fragment on the page's address: #id:~:text=…).
 * Also copies the citation of “Trích dẫn trang này”.
 */
import { LINK_TARGETS, SHARE_AREA_ATTRIBUTE, sharePath, UNLINKED } from "../../scripts/model/share.ts";

const timers = new WeakMap<HTMLElement, number>();

/** Shows and speaks a short confirmation, which goes away after a few seconds. */
function announce(status: HTMLElement, text: string): void {
  status.textContent = "";
  window.clearTimeout(timers.get(status));
  // A fresh text node each time, so screen readers repeat it.
  window.setTimeout(() => {
    status.textContent = text;
  }, 30);
  timers.set(
    status,
    window.setTimeout(() => {
      status.textContent = "";
    }, 6000),
  );
}

/** The address of an anchor on this page, absolute. */
export function anchorUrl(id: string, fragment = ""): string {
  return `${location.origin}${location.pathname}#${encodeURIComponent(id)}${fragment}`;
}

/** The page's own path, as the build names it (its canonical address), whatever address it was opened at. */
function pagePath(): string {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  return canonical ? new URL(canonical).pathname : location.pathname.replace(/index\.html$/, "");
}

/** The share address of an anchor, absolute: its page quotes the element and leads to it. */
export const shareUrl = (id: string): string => `${location.origin}${sharePath(pagePath(), id)}`;

/** Encodes a piece of text for a text fragment (`,`, `-` and `&` have a meaning there). */
export function fragmentText(s: string): string {
  return encodeURIComponent(s).replace(/-/g, "%2D").replace(/,/g, "%2C").replace(/&/g, "%26");
}

/** `:~:text=` for a selection: whole when short, else its first and last words. */
export function textFragment(selected: string): string {
  const words = selected.replace(/\s+/g, " ").trim().split(" ");
  if (words.length <= 8) return `:~:text=${fragmentText(words.join(" "))}`;
  return `:~:text=${fragmentText(words.slice(0, 4).join(" "))},${fragmentText(words.slice(-4).join(" "))}`;
}

async function deliver(url: string, title: string, status: HTMLElement): Promise<void> {
  const touch = window.matchMedia("(pointer: coarse)").matches;
  if (touch && typeof navigator.share === "function") {
    try {
      await navigator.share({ url, title });
      return;
    } catch {
      /* closed or refused: fall back to copying */
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    announce(status, `Đã chép liên kết: ${url}`);
  } catch {
    window.prompt("Chép liên kết này:", url);
  }
}

function labelOf(el: Element): string {
  // A chart is named by its title, not by all its words run together (“…hằng nămĐơn vị…”).
  const named = el.matches("figure") ? el.querySelector(".chart-title") : null;
  const text = ((named ?? el).textContent ?? "").replace(/\s+/g, " ").trim();
  return text.length > 50 ? `${text.slice(0, 48)}…` : text;
}

export function enhanceLinks(root: ParentNode = document): void {
  const status = document.createElement("p");
  status.className = "link-status";
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  document.body.append(status);

  for (const area of root.querySelectorAll<HTMLElement>("[data-linkable]")) {
    const shared = area.hasAttribute(SHARE_AREA_ATTRIBUTE);
    for (const el of area.querySelectorAll<HTMLElement>(LINK_TARGETS)) {
      if (el.closest(UNLINKED) || el.querySelector(":scope > .copy-link")) continue;
      const button = document.createElement("button");
      button.type = "button";
      button.className = "copy-link";
      button.setAttribute("aria-label", `Chép liên kết đến: ${labelOf(el)}`);
      button.dataset.anchor = el.id;
      // The "#" is drawn by CSS, so the element's own text stays as it was (copying, reading).
      // In a table row, the button goes in the first cell.
      (el.tagName === "TR" ? (el.firstElementChild ?? el) : el).append(button);
    }
    area.addEventListener("click", (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>("button.copy-link");
      if (!button) return;
      const id = button.dataset.anchor!;
      void deliver(shared ? shareUrl(id) : anchorUrl(id), document.title, status);
    });
  }

  // A link to the selected passage.
  const offer = document.createElement("button");
  offer.type = "button";
  offer.className = "link-selection";
  offer.textContent = "Chép liên kết đến đoạn đã chọn";
  offer.hidden = true;
  document.body.append(offer);
  let pending = "";
  const update = () => {
    const sel = window.getSelection();
    const text = sel?.toString() ?? "";
    const node = sel && sel.rangeCount ? sel.getRangeAt(0).commonAncestorContainer : null;
    const el = node ? (node.nodeType === 1 ? (node as Element) : node.parentElement) : null;
    const anchor = el?.closest<HTMLElement>("[data-linkable] [id]");
    if (!anchor || text.trim().length < 3 || !el?.closest("[data-linkable]")) {
      offer.hidden = true;
      return;
    }
    pending = anchorUrl(anchor.id, textFragment(text));
    offer.hidden = false;
    // Never over the passage it links to: at the bottom of the window, or at the top if the
    // selection reaches down there.
    offer.classList.remove("at-top");
    const selected = [...sel!.getRangeAt(0).getClientRects()];
    const over = (box: DOMRect) => selected.some((r) => r.bottom > box.top && r.top < box.bottom);
    if (over(offer.getBoundingClientRect())) {
      offer.classList.add("at-top");
      if (over(offer.getBoundingClientRect())) offer.classList.remove("at-top");
    }
  };
  document.addEventListener("selectionchange", () => window.setTimeout(update, 0));
  offer.addEventListener("mousedown", (e) => e.preventDefault()); // keep the selection
  offer.addEventListener("click", () => {
    void deliver(pending, document.title, status);
  });

  // A printed page shows its citation even if the reader did not open it.
  window.addEventListener("beforeprint", () => {
    for (const d of document.querySelectorAll<HTMLDetailsElement>("details.cite-this")) d.open = true;
  });

  // The citation's copy button.
  for (const button of document.querySelectorAll<HTMLButtonElement>("button.copy-citation")) {
    button.hidden = false;
    button.addEventListener("click", () => void copyCitation(button));
  }

  async function copyCitation(button: HTMLButtonElement): Promise<void> {
    {
      const text = document.getElementById(button.dataset.copyTarget!)?.textContent ?? "";
      const own = button.parentElement!.querySelector<HTMLElement>(".copy-status") ?? status;
      try {
        await navigator.clipboard.writeText(text);
        announce(own, "Đã chép trích dẫn.");
      } catch {
        announce(own, "Không chép được: hãy chọn và chép đoạn trích dẫn.");
      }
    }
  }
}
