/**
 * How the integration tests run linkinator against its own local server: fewer requests at once
 * than its 100, and a retry of a request that got no answer (status 0) on a busy machine. A
 * missing page (404) is not retried, so a broken link still fails the test.
 */
export const LOCAL_CHECK = { concurrency: 20, retryErrors: true, retryErrorsCount: 3, retryErrorsJitter: 500 } as const;
