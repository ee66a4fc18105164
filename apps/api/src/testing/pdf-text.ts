/** Moved to the reports library (`@tremplin/api-reports/testing`); re-exported here for the tests that import it. */
export * from '@tremplin/api-reports/testing';
