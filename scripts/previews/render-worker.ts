/** A worker thread that renders preview SVGs to PNG (scripts/previews/pool.ts sends them). */
import { parentPort } from "node:worker_threads";
import { renderPng } from "./render.ts";

parentPort!.on("message", (job: { id: number; svg: string }) => {
  void renderPng(job.svg).then(
    (png) => parentPort!.postMessage({ id: job.id, png }, [png.buffer as ArrayBuffer]),
    (e: unknown) => parentPort!.postMessage({ id: job.id, error: String(e) }),
  );
});
