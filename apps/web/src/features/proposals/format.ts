import { formatInstantFr, formatIsoDateFr } from '@tremplin/domain';

export { formatInstantFr };

/** The day of an instant, in Paris time: `14/03/2026`. */
export function formatInstantDayFr(iso: string): string {
  return formatInstantFr(iso).split(' à ')[0] ?? formatIsoDateFr(iso);
}

/** « Bailleur — Poste — Site — à partir du 01/09/2026 »: how a hiring need is named in a list. */
export function hiringNeedLabel(need: {
  jobTitle: string;
  startDate: string;
  partnerOrganisation: { name: string };
  site?: { name: string } | null;
}): string {
  return [
    need.partnerOrganisation.name,
    need.jobTitle,
    need.site?.name ?? 'site non précisé',
    `à partir du ${formatIsoDateFr(need.startDate)}`,
  ].join(' — ');
}
