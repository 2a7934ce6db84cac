import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Setups that load the demo (8k people, 46k events) take seconds on a busy two-core machine.
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
