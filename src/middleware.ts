/**
 * Around each page the build renders: records which files of generated/ it reads
 * (src/lib/page-inputs.ts), so that the next build renders it again only if one of them changed.
 * The response is read to its end before the page is closed, since a page is rendered as it streams.
 */
import type { MiddlewareHandler } from "astro";
import { beginPage, endPage } from "./lib/page-inputs.ts";

// Typed from the "astro" package, not the virtual "astro:middleware" module, whose types exist only
// after `astro sync`: the linter runs on a fresh clone before anything has synced.
export const onRequest: MiddlewareHandler = async (context, next) => {
  beginPage(context.routePattern, context.params, context.url.pathname);
  const response = await next();
  const body = await response.arrayBuffer();
  endPage();
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
};
