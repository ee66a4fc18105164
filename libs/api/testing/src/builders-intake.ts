/** Test data builders for the intake records (written by SQL, readable defaults). */
export {};
