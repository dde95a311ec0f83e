import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      // Some unit tests run a whole data build in a temporary copy (about 2 s alone): 30 s keeps a busy machine from failing them.
      // The build of the project's own content that many files read is made once (tests/unit-setup.ts).
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], testTimeout: 30000, globalSetup: ["tests/unit-setup.ts"] },
      },
      // Browser tests drive Debian's Chromium against the built site in dist/ (npm test builds it first).
      {
        extends: true,
        test: { name: "e2e", include: ["tests/e2e/**/*.test.ts"], testTimeout: 60000, hookTimeout: 60000, fileParallelism: false },
      },
    ],
  },
});
