import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      // Browser tests drive Debian's Chromium against the built site in dist/ (npm test builds it first).
      {
        extends: true,
        test: { name: "e2e", include: ["tests/e2e/**/*.test.ts"], testTimeout: 60000, hookTimeout: 60000, fileParallelism: false },
      },
    ],
  },
});
