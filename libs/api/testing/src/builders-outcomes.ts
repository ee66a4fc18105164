/** Test data builders for the outcomes records (written by SQL, readable defaults). */
export {};
