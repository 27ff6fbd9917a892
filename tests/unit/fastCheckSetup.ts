/**
 * Property tests explore new random cases on every local run; under CI they replay one fixed seed,
 * so a landing never depends on luck. A counterexample found locally becomes an example test.
 */
import fc from 'fast-check';

if (process.env.CI) fc.configureGlobal({ seed: 20261124 });
