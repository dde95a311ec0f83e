// @ts-check
/**
 * Prettier formats the TypeScript, Astro, JavaScript and CSS of the project (`npm run format`;
 * `npm run format:check` in CI). Lines up to 140 characters: the code keeps one expression a line
 * where it reads so, and what is longer is broken. Astro templates are mostly Vietnamese prose,
 * which Prettier fills to the width (a line broken by hand is joined again); at 140 columns such
 * a line is 180–200 bytes (a letter with its tone marks is two or three), so templates fill to 100.
 * @type {import("prettier").Config}
 */
export default {
  printWidth: 140,
  plugins: ["prettier-plugin-astro"],
  overrides: [{ files: "*.astro", options: { parser: "astro", printWidth: 100 } }],
};
