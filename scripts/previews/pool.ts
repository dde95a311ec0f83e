/**
 * Renders many SVGs to PNG on the machine's cores: one worker thread per core (at most one per
 * job), each with its own WebAssembly renderer. The images come back in the order asked.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

export async function renderAll(svgs: string[], threads = Math.min(availableParallelism(), svgs.length)): Promise<Uint8Array[]> {
  if (svgs.length === 0) return [];
  const out: Uint8Array[] = new Array<Uint8Array>(svgs.length);
  let next = 0;
  const workers = Array.from({ length: Math.max(1, threads) }, () => new Worker(new URL("./render-worker.ts", import.meta.url)));
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const give = () => {
              if (next >= svgs.length) return resolve();
              const id = next++;
              w.postMessage({ id, svg: svgs[id] });
            };
            w.on("message", (m: { id: number; png?: Uint8Array; error?: string }) => {
              if (m.error !== undefined || !m.png) return reject(new Error(`preview ${m.id}: ${m.error ?? "no image"}`));
              out[m.id] = new Uint8Array(m.png);
              give();
            });
            w.on("error", reject);
            give();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
