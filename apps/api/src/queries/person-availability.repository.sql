-- Requêtes de modules/replacements/person-availability.repository.ts (généré : npm run sql:snapshots)

-- PersonAvailabilityRepository.absences
SELECT id, to_char(starts_on, 'YYYY-MM-DD') AS "startsOn", to_char(ends_on, 'YYYY-MM-DD') AS "endsOn", reason
         FROM person_unavailability
        WHERE structure_id = $1 AND person_id = $2
        ORDER BY (ends_on < $3::date), CASE WHEN ends_on >= $3::date THEN starts_on END, starts_on DESC, id;

-- PersonAvailabilityRepository.addAbsence
-- a répondu : insert or update on table "person_unavailability" violates a foreign key constraint
INSERT INTO person_unavailability (structure_id, person_id, created_by_id, starts_on, ends_on, reason)
       VALUES ($1, $2, $3, $4, $5, $6);

-- PersonAvailabilityRepository.availability
SELECT weekday, start_minute AS "startMinute", end_minute AS "endMinute" FROM person_availability
        WHERE structure_id = $1 AND person_id = $2 ORDER BY weekday, start_minute;

-- PersonAvailabilityRepository.bumpPatternVersion
-- a répondu : insert or update on table "person_availability_pattern" violates a foreign key constraint
INSERT INTO person_availability_pattern AS p (structure_id, person_id, created_by_id, version) VALUES ($1, $2, $3, 1)
       ON CONFLICT ON CONSTRAINT "UQ_person_availability_pattern_person"
         DO UPDATE SET version = p.version + 1, updated_at = now()
       RETURNING version;

-- PersonAvailabilityRepository.clearances
SELECT code, to_char(expires_on, 'YYYY-MM-DD') AS "expiresOn" FROM person_clearance
        WHERE structure_id = $1 AND person_id = $2 ORDER BY code;

-- PersonAvailabilityRepository.patternVersion
SELECT version FROM person_availability_pattern WHERE structure_id = $1 AND person_id = $2;

-- PersonAvailabilityRepository.removeAbsence
DELETE FROM person_unavailability WHERE structure_id = $1 AND id = $2 RETURNING person_id;

-- PersonAvailabilityRepository.removeClearance
DELETE FROM person_clearance WHERE structure_id = $1 AND person_id = $2 AND code = $3 RETURNING id;

-- PersonAvailabilityRepository.replaceAvailability
-- a répondu : insert or update on table "person_availability" violates a foreign key constraint
DELETE FROM person_availability WHERE structure_id = $1 AND person_id = $2;

INSERT INTO person_availability (structure_id, person_id, created_by_id, weekday, start_minute, end_minute)
       SELECT $1, $2, $3, r.weekday, r.start_minute, r.end_minute
         FROM unnest($4::smallint[], $5::smallint[], $6::smallint[]) AS r(weekday, start_minute, end_minute);

-- PersonAvailabilityRepository.upsertClearance
-- a répondu : insert or update on table "person_clearance" violates a foreign key constraint
INSERT INTO person_clearance (structure_id, person_id, created_by_id, code, expires_on) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT ON CONSTRAINT "UQ_person_clearance" DO UPDATE SET expires_on = EXCLUDED.expires_on, updated_at = now();
