import { ReportJobStatus } from '@tremplin/domain';
import type { GenerateReportInput } from '../../gql/graphql';
import type { ReportJob } from './components/ReportJobCard';
import type { ReportSubject } from './subjects';

/**
 * The parameters to generate a failed report again: same kind, same subject, same period. `null` when the job did
 * not fail or its subject is no longer offered (an agreement deleted, a partnership gone).
 */
export function retryInput(
  job: Pick<ReportJob, 'status' | 'kind' | 'agreementId' | 'partnershipId' | 'periodStart' | 'periodEnd'>,
  subjects: ReportSubject[],
): GenerateReportInput | null {
  if (job.status !== ReportJobStatus.FAILED) return null;
  const offered = subjects.some((s) =>
    s.type === 'agreement' ? s.agreement.id === job.agreementId : s.partnership.id === job.partnershipId,
  );
  if (!offered) return null;
  return {
    kind: job.kind,
    agreementId: job.agreementId ?? null,
    partnershipId: job.partnershipId ?? null,
    periodStart: job.periodStart,
    periodEnd: job.periodEnd,
  };
}
