/**
 * Reads the site's settings that pages need: the site's name, the places it covers and the feedback
 * address (content/site.yml), the regions (content/regions.yml) and the home page's headline goals
 * (content/home.yml), and checks the goals against the data.
 */
import { z } from "zod";
import { BuildError, type Diagnostic } from "../model/diagnostics.ts";
import type { Settings } from "../model/generated.ts";
import type { IndicatorData } from "../model/indicators.ts";
import { readRegions } from "./read-regions.ts";
import { readYamlFile } from "./yaml-file.ts";
import { feedbackSchema, originSchema, siteOrigin } from "../publish/origin.ts";

export { originSchema };

// Both optional: a local build has neither (scripts/publish/origin.ts requires feedback once there is an origin).
const siteSchema = z.object({
  origin: originSchema.optional(),
  feedback: feedbackSchema.optional(),
  name: z.string().min(3),
  places: z.array(z.string().min(2)).min(1),
  merger: z.string().min(10).optional(),
});
const homeSchema = z
  .object({
    headlineGoals: z
      .array(z.string().regex(/^[a-z0-9-]+$/, { error: "not an indicator id" }))
      .min(1)
      .max(6),
  })
  .strict();

/** The settings, validated; `indicators` is the built data the headline goals must name. */
export function readSettings(root: string, indicators: IndicatorData): Settings {
  const site = readYamlFile(root, "content/site.yml", siteSchema, "ingest/site-settings");
  const home = readYamlFile(root, "content/home.yml", homeSchema, "ingest/home");
  const regions = readRegions(root).data;
  // The region whose goals the home page charts: the one the others were merged into, else the first.
  const merged = regions.find((r) => regions.some((o) => o.mergedInto === r.id)) ?? regions[0]!;
  const problems: Diagnostic[] = [];
  home.data.headlineGoals.forEach((id, i) => {
    const line = home.lineOf(["headlineGoals", i]);
    const ind = indicators.indicators.find((x) => x.id === id);
    if (!ind)
      problems.push({
        file: "content/home.yml",
        line,
        message: `headline goal “${id}” is not an indicator`,
        expected: "an id of content/indicators.yml",
        rule: "ingest/home",
        fatal: true,
      });
    else if (!ind.values.some((v) => v.region === merged.id && /^goal-/.test(v.kind) && v.scale !== undefined))
      problems.push({
        file: "content/home.yml",
        line,
        message: `headline goal “${id}” has no 2030 goal of the merged city in the indicator's unit`,
        expected: `an indicator with a goal of ${merged.id} stated as a number in its unit`,
        rule: "ingest/home",
        fatal: true,
      });
    if (home.data.headlineGoals.indexOf(id) !== i)
      problems.push({ file: "content/home.yml", line, message: `headline goal “${id}” is listed twice`, rule: "ingest/home", fatal: true });
  });
  if (problems.length) throw new BuildError(problems);
  siteOrigin(root); // a build meant for publication stops here, before any output, if it lacks its feedback channel
  return {
    ...(site.data.feedback ? { feedback: site.data.feedback } : {}),
    headlineGoals: home.data.headlineGoals,
    name: site.data.name,
    places: site.data.places,
    ...(site.data.merger ? { merger: site.data.merger } : {}),
    regions,
  };
}
