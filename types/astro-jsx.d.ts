// For the linter only (tsconfig.eslint.json): Astro types a JSX element as `HTMLElement | any`,
// which makes every `{list.map((x) => <li>…</li>)}` an unsafe `any` return to typescript-eslint.
import "astro/astro-jsx";

declare global {
  namespace JSX {
    type Element = HTMLElement;
  }
}
