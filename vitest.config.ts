import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    // The tests keep no global state between files, so each worker runs many files and loads the
    // shared modules (zod, the content, world-atlas) once: about half the time of a fresh worker per file.
    isolate: false,
    // Room for the tests that start Node processes (the import CLI) on a loaded two-core machine.
    testTimeout: 30_000,
  },
});
