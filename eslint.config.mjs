// @ts-check
/**
 * ESLint with typescript-eslint (type-aware rules: unused code, floating promises, unsafe any)
 * and the Astro plugin (`npm run lint`, run by CI). Formatting is Prettier's, not ESLint's.
 */
import js from "@eslint/js";
import astro from "eslint-plugin-astro";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "dist/",
      "dist.staging/",
      "dist.old/",
      "generated/",
      "node_modules/",
      ".astro/",
      ".cache/",
      "bench/",
      "test-results/",
      "scratch/",
      "public/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // `const { scale: _, ...rest } = v` leaves a key out on purpose.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true, argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // Vitest's asymmetric matchers (expect.stringMatching, expect.objectContaining) are typed `any`.
  { files: ["tests/**"], rules: { "@typescript-eslint/no-unsafe-assignment": "off" } },
  ...astro.configs.recommended,
  // Type-aware rules cover .astro files too: astro-eslint-parser hands their frontmatter and
  // expressions to typescript-eslint's parser, and it supports `project`, not `projectService`.
  {
    files: ["**/*.astro"],
    languageOptions: {
      parserOptions: {
        parser: tseslint.parser,
        projectService: false,
        project: "./tsconfig.eslint.json",
        tsconfigRootDir: import.meta.dirname,
        extraFileExtensions: [".astro"],
      },
    },
  },
  // The linter's own declarations for .astro files (types/), in the project of tsconfig.eslint.json.
  {
    files: ["types/*.d.ts"],
    languageOptions: { parserOptions: { projectService: false, project: "./tsconfig.eslint.json", tsconfigRootDir: import.meta.dirname } },
  },
  // The <script> blocks of .astro files (linted as virtual files) and plain JavaScript are not in
  // the TypeScript project: no type-aware rules there.
  { files: ["**/*.astro/*.ts", "**/*.astro/*.js", "**/*.mjs", "**/*.js"], ...tseslint.configs.disableTypeChecked },
);
