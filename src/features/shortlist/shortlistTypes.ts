/** Moved to src/shared/shortlistTypes.ts. Kept for share/urlState.ts, inspect/DetailsPanel.tsx and tests/e2e, which are edited in parallel: remove once they import the shared module. */
export * from '../../shared/shortlistTypes.ts';
