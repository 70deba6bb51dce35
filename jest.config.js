/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  // Engine tests spawn the Pulumi CLI; everything else is fast. Each file sets its own timeout where needed.
  testTimeout: 30000,
  // Two cores: more workers than that only adds contention for the emulator servers the tests start.
  maxWorkers: 2,
};
