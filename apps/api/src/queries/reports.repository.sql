-- Requêtes de modules/reports/reports.repository.ts (généré : npm run sql:snapshots)

-- ReportsRepository.agreement
SELECT a.id, a.reference, a.title, f.name AS funder_name, f.kind AS funder_kind
                     FROM funding_agreement a JOIN funder f ON f.id = a.funder_id AND f.structure_id = a.structure_id
                    WHERE a.id = $1 AND a.structure_id = $2;

-- ReportsRepository.agreements
SELECT a.id, a.reference, a.title, f.name AS funder_name, f.kind AS funder_kind,
              a.start_date::text AS start_date, a.end_date::text AS end_date
         FROM funding_agreement a JOIN funder f ON f.id = a.funder_id AND f.structure_id = a.structure_id
        WHERE a.structure_id = $1
        ORDER BY a.start_date DESC, a.reference, a.id;

-- ReportsRepository.file
SELECT f.content, f.sha256, f.size_bytes, j.kind, j.period_start::text AS period_start,
              j.period_end::text AS period_end, j.parameters
         FROM report_job j JOIN report_file f ON f.report_job_id = j.id AND f.format = $3
        WHERE j.id = $1 AND j.structure_id = $2 AND j.status = 'DONE';

-- ReportsRepository.insertJob
-- a répondu : insert or update on table "report_job" violates a foreign key constraint
WITH j AS (
           INSERT INTO report_job (structure_id, requested_by_id, kind, agreement_id, partnership_id, period_start,
                                   period_end, parameters)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb)
           RETURNING *)
         SELECT j.id, j.kind, j.agreement_id, j.partnership_id, j.status, j.progress, j.progress_label, j.period_start::text AS period_start,
  j.period_end::text AS period_end, j.parameters, j.created_at, j.started_at, j.finished_at, j.error, j.figures_sha256,
  j.pdf_pages, NULL::text AS pdf_sha256, NULL::text AS xlsx_sha256 FROM j;

-- ReportsRepository.job
SELECT j.id, j.kind, j.agreement_id, j.partnership_id, j.status, j.progress, j.progress_label, j.period_start::text AS period_start,
  j.period_end::text AS period_end, j.parameters, j.created_at, j.started_at, j.finished_at, j.error, j.figures_sha256,
  j.pdf_pages, pdf.sha256 AS pdf_sha256, xlsx.sha256 AS xlsx_sha256 FROM report_job j
  LEFT JOIN report_file pdf ON pdf.report_job_id = j.id AND pdf.format = 'PDF'
  LEFT JOIN report_file xlsx ON xlsx.report_job_id = j.id AND xlsx.format = 'XLSX' WHERE j.id = $1 AND j.structure_id = $2;

-- ReportsRepository.jobs
SELECT j.id, j.kind, j.agreement_id, j.partnership_id, j.status, j.progress, j.progress_label, j.period_start::text AS period_start,
  j.period_end::text AS period_end, j.parameters, j.created_at, j.started_at, j.finished_at, j.error, j.figures_sha256,
  j.pdf_pages, pdf.sha256 AS pdf_sha256, xlsx.sha256 AS xlsx_sha256 FROM report_job j
  LEFT JOIN report_file pdf ON pdf.report_job_id = j.id AND pdf.format = 'PDF'
  LEFT JOIN report_file xlsx ON xlsx.report_job_id = j.id AND xlsx.format = 'XLSX'
        WHERE j.structure_id = $1 ORDER BY j.created_at DESC, j.id DESC LIMIT $2;

-- ReportsRepository.partnership
SELECT p.id, o.name AS partner_name FROM partnership p
                   JOIN partner_organisation o ON o.id = p.partner_organisation_id
                  WHERE p.id = $1 AND p.structure_id = $2;

-- ReportsRepository.partnerships
SELECT p.id, o.name AS partner_name
         FROM partnership p JOIN partner_organisation o ON o.id = p.partner_organisation_id
        WHERE p.structure_id = $1
        ORDER BY o.name, p.started_on DESC, p.id;
