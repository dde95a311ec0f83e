/**
 * Around each page the build renders: records which files of generated/ it reads
 * (src/lib/page-inputs.ts), so that the next build renders it again only if one of them changed.
 * The response is read to its end before the page is closed, since a page is rendered as it streams.
 */
import { defineMiddleware } from "astro:middleware";
import { beginPage, endPage } from "./lib/page-inputs.ts";

export const onRequest = defineMiddleware(async (context, next) => {
  beginPage(context.routePattern, context.params, context.url.pathname);
  const response = await next();
  const body = await response.arrayBuffer();
  endPage();
  return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
});
