/** Files for tests (of this lib and the API's end-to-end suites): never for production code. */
export * from './lib/test-files';
