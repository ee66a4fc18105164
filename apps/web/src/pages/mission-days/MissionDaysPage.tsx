import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Loader, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { countLabel, Permission, todayInParis } from '@tremplin/domain';
import { useSearchParams } from 'react-router';
import { can, useCurrentUser } from '../../app/auth';
import { problemOf } from '../../app/graphql-errors';
import { addDays, isIsoDate, mondayOf, weekTitle } from '../../features/attendance/week-dates';
import { MissionDaysGrid } from '../../features/mission-days/components/MissionDaysGrid';
import {
  MissionHostOrganisationsDocument,
  MissionHoursWeekDocument,
} from '../../features/mission-days/graphql/mission-days.generated';
import { useMissionDaysEditor } from '../../features/mission-days/hooks/useMissionDaysEditor';

/**
 * « Heures de mission »: the technical supervisor (or the counsellor) picks a host and a site, then enters the week's
 * hours of each mission there, day by day (docs/domain/mission-days.md). The host, site and week are in the address
 * (`?hote=…&site=…&semaine=AAAA-MM-JJ`).
 */
export function MissionDaysPage() {
  const user = useCurrentUser();
  const [params, setParams] = useSearchParams();
  const asked = params.get('semaine');
  const weekStart = mondayOf(isIsoDate(asked) ? asked : todayInParis());
  const hostId = params.get('hote') ?? '';
  const site = params.get('site') ?? '';
  const canWrite = can(user, Permission.FIELD_ENTRY);

  const hosts = useQuery(MissionHostOrganisationsDocument, { variables: { weekStart } });
  const hostList = (hosts.data ?? hosts.previousData)?.missionHostOrganisations ?? [];
  const host = hostList.find((h) => h.id === hostId) ?? (hostId ? null : hostList[0]) ?? null;
  const week = useQuery(MissionHoursWeekDocument, {
    variables: { hostOrganisationId: host?.id ?? '', site: site || null, weekStart },
    skip: !host,
  });
  const data = week.data?.missionHoursWeek;
  const rows = data?.rows ?? [];
  const editor = useMissionDaysEditor(rows, `${host?.id}|${site}|${weekStart}`, () => week.refetch());

  const go = (patch: Record<string, string>) => {
    if (editor.dirtyCount && !window.confirm('Des heures saisies ne sont pas enregistrées : les abandonner ?')) return;
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch))
      if (v) next.set(k, v);
      else next.delete(k);
    setParams(next);
  };

  return (
    <Stack gap="md">
      <Title order={1}>Heures de mission</Title>
      <Text size="sm" c="dimmed">
        Saisissez les heures de chaque personne, jour par jour, sur le site de mission : les heures de la mission sont
        la somme de ses jours, que l’employeur confirme ensuite mois par mois.
      </Text>
      {hosts.error ? <Alert color="red">{problemOf(hosts.error).message}</Alert> : null}
      <Group align="flex-end" wrap="wrap">
        <NativeSelect
          label="Employeur"
          value={host?.id ?? ''}
          onChange={(e) => go({ hote: e.currentTarget.value, site: '' })}
          data={
            hostList.length
              ? hostList.map((h) => ({ value: h.id, label: h.name }))
              : [{ value: '', label: hosts.loading ? 'Chargement…' : 'Aucune mission en cours' }]
          }
        />
        <NativeSelect
          label="Site"
          value={site}
          onChange={(e) => go({ site: e.currentTarget.value })}
          data={[{ value: '', label: 'Tous les sites' }, ...(host?.sites ?? []).map((s) => ({ value: s, label: s }))]}
        />
        <Group gap="xs">
          <Button variant="default" onClick={() => go({ semaine: addDays(weekStart, -7) })}>
            Semaine précédente
          </Button>
          <Button variant="default" onClick={() => go({ semaine: mondayOf(todayInParis()) })}>
            Cette semaine
          </Button>
          <Button variant="default" onClick={() => go({ semaine: addDays(weekStart, 7) })}>
            Semaine suivante
          </Button>
        </Group>
      </Group>
      {week.error ? <Alert color="red">{problemOf(week.error).message}</Alert> : null}
      {week.loading && !data ? <Loader size="sm" role="status" aria-label="Chargement de la semaine" /> : null}
      {data ? (
        rows.length ? (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void editor.save();
            }}
          >
            <Stack gap="sm">
              <MissionDaysGrid
                caption={`${data.hostOrganisation.name}${site ? `, ${site}` : ''} — ${weekTitle(weekStart)}`}
                rows={rows}
                days={data.days}
                drafts={editor.drafts}
                errors={editor.errors}
                onType={canWrite ? editor.typeOn : () => false}
                onMove={editor.setFresh}
                onTakeTheirs={editor.takeTheirs}
              />
              {editor.message ? (
                <Alert color={editor.message.tone === 'error' ? 'red' : 'green'} role="status">
                  {editor.message.text}
                </Alert>
              ) : null}
              {canWrite ? (
                <Group>
                  <Button type="submit" loading={editor.saving}>
                    Enregistrer
                  </Button>
                  <Text size="sm" c="dimmed">
                    {editor.dirtyCount
                      ? `${countLabel(editor.dirtyCount, 'case modifiée', 'cases modifiées')}, pas encore enregistrée${editor.dirtyCount > 1 ? 's' : ''}`
                      : 'Tapez les heures sur une case (7, 3,5 ou 7 h 30) ; les flèches passent d’une case à l’autre.'}
                  </Text>
                </Group>
              ) : null}
            </Stack>
          </form>
        ) : (
          <Text>
            Aucune mission chez {data.hostOrganisation.name}
            {site ? ` sur le site ${site}` : ''} la {weekTitle(weekStart)}.
          </Text>
        )
      ) : null}
    </Stack>
  );
}
