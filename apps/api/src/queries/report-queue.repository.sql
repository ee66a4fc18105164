-- Requêtes de modules/reports/report-queue.repository.ts (généré : npm run sql:snapshots)

-- ReportQueueRepository.claim
UPDATE report_job j SET
          status = CASE WHEN j.attempts >= $2 THEN 'FAILED' ELSE 'RUNNING' END,
          attempts = CASE WHEN j.attempts >= $2 THEN j.attempts ELSE j.attempts + 1 END,
          error = CASE WHEN j.attempts >= $2 THEN $3 ELSE j.error END,
          finished_at = CASE WHEN j.attempts >= $2 THEN now() ELSE NULL END,
          started_at = CASE WHEN j.attempts >= $2 THEN j.started_at ELSE now() END,
          locked_at = CASE WHEN j.attempts >= $2 THEN NULL ELSE now() END,
          heartbeat_at = CASE WHEN j.attempts >= $2 THEN NULL ELSE now() END,
          locked_by = CASE WHEN j.attempts >= $2 THEN NULL ELSE $1 END,
          progress = 0,
          progress_label = CASE WHEN j.attempts >= $2 THEN NULL ELSE 'Démarrage' END,
          updated_at = now()
        WHERE j.id = (
          SELECT id FROM report_job
           WHERE status = 'QUEUED'
              OR (status = 'RUNNING'
                  AND coalesce(heartbeat_at, '-infinity') < now() - make_interval(secs => $4::int))
           ORDER BY created_at, id
           FOR UPDATE SKIP LOCKED
           LIMIT 1)
        RETURNING j.id, j.structure_id, j.kind, j.agreement_id, j.partnership_id, j.period_start::text AS period_start,
          j.period_end::text AS period_end, j.status, j.attempts, j.parameters, j.created_at;

-- ReportQueueRepository.fail
UPDATE report_job SET
          status = CASE WHEN $4 OR attempts >= $3 THEN 'FAILED' ELSE 'QUEUED' END,
          finished_at = CASE WHEN $4 OR attempts >= $3 THEN now() ELSE NULL END,
          error = $5, progress = 0, progress_label = NULL, locked_at = NULL, heartbeat_at = NULL, locked_by = NULL,
          updated_at = now()
        WHERE id = $1 AND locked_by = $2 AND status = 'RUNNING' RETURNING status;

-- ReportQueueRepository.heartbeat
UPDATE report_job SET heartbeat_at = now() WHERE id = $1 AND locked_by = $2 AND status = 'RUNNING' RETURNING id;

-- ReportQueueRepository.markDone
UPDATE report_job SET status = 'DONE', progress = 100, progress_label = 'Terminé', figures = $3::json,
            figures_sha256 = $4, pdf_pages = $5, error = NULL, finished_at = now(), locked_at = NULL, heartbeat_at = NULL,
            locked_by = NULL, updated_at = now()
          WHERE id = $1 AND locked_by = $2 AND status = 'RUNNING' RETURNING id;

-- ReportQueueRepository.progress
UPDATE report_job SET progress = $3, progress_label = $4, heartbeat_at = now(), updated_at = now()
        WHERE id = $1 AND locked_by = $2 AND status = 'RUNNING' RETURNING id;

-- ReportQueueRepository.release
UPDATE report_job SET status = 'QUEUED', attempts = greatest(attempts - 1, 0), progress = 0,
          progress_label = NULL, started_at = NULL, locked_at = NULL, heartbeat_at = NULL, locked_by = NULL,
          updated_at = now()
        WHERE id = $1 AND locked_by = $2 AND status = 'RUNNING';

-- ReportQueueRepository.storeFiles
-- a répondu : insert or update on table "report_file" violates a foreign key constraint
INSERT INTO report_file (report_job_id, format, content, sha256, size_bytes)
         VALUES ($1, 'PDF', $2, $3, $4), ($1, 'XLSX', $5, $6, $7)
         ON CONFLICT ON CONSTRAINT "UQ_report_file_format"
         DO UPDATE SET content = EXCLUDED.content, sha256 = EXCLUDED.sha256, size_bytes = EXCLUDED.size_bytes,
                       updated_at = now();
