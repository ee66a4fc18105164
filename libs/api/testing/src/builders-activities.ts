/** Test data builders for the activities records (written by SQL, readable defaults). */
export {};
