// @ts-check
/**
 * Prettier formats the TypeScript, Astro, JavaScript and CSS of the project (`npm run format`;
 * `npm run format:check` in CI). Lines up to 140 characters: the code keeps one expression a line
 * where it reads so, and what is longer is broken.
 * @type {import("prettier").Config}
 */
export default {
  printWidth: 140,
  plugins: ["prettier-plugin-astro"],
  overrides: [{ files: "*.astro", options: { parser: "astro" } }],
};
