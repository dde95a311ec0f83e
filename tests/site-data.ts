/**
 * The site's readers (src/lib/site.ts) over a data build of the project's own content (the unit
 * run's shared one, tests/project-data.ts): the views of src/lib are tested on the data the site
 * is built from, without generated/ or a build of the site.
 */
import { readGeneratedFrom } from "../src/lib/site.ts";
import { projectData } from "./project-data.ts";

readGeneratedFrom(projectData());
