/**
 * Property tests run 10,000 generated cases each in `npm test`, from fixed seeds so every run
 * checks the same cases; `FUZZ_RUNS=200000 npm run test:unit` searches much further.
 */
export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS) || 10_000;
