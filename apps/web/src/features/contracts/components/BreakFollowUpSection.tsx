import { useMutation } from '@apollo/client/react';
import { Stack, Text } from '@mantine/core';
import { formatIsoDateFr, todayInParis } from '@tremplin/domain';
import { TONES } from '@tremplin/web-ui';
import { RecordForm } from '../../records/components/RecordForm';
import { attempt, breakFollowUpInput, type Contract } from '../contract-actions';
import { UpdateContractBreakFollowUpDocument } from '../graphql/contracts.generated';

/** « Suivi de la rupture »: inform the OPCO, record the reorientation, close. */
export function BreakFollowUpSection({
  contract,
  canWrite,
  onDone,
}: {
  contract: Contract;
  canWrite: boolean;
  onDone: (message: string) => void;
}) {
  const f = contract.breakFollowUp;
  const [update] = useMutation(UpdateContractBreakFollowUpDocument, { refetchQueries: 'active' });
  if (!f) return null;
  const late = !f.closedOn && todayInParis() > f.dueOn;
  return (
    <Stack gap="xs" component="section" aria-label="Suivi de la rupture">
      <Text fw={650} size="sm">
        Suivi de la rupture{' '}
        {f.closedOn ? `— clôturé le ${formatIsoDateFr(f.closedOn)}` : `— à faire avant le ${formatIsoDateFr(f.dueOn)}`}
      </Text>
      {late ? (
        <Text size="sm" c={TONES.danger} fw={600}>
          En retard : l’échéance du {formatIsoDateFr(f.dueOn)} est passée.
        </Text>
      ) : null}
      <Text size="sm">
        OPCO informé : {f.opcoInformedOn ? `le ${formatIsoDateFr(f.opcoInformedOn)}` : 'pas encore'} · Réorientation :{' '}
        {f.reorientation ?? 'pas encore décidée'}
      </Text>
      {canWrite && !f.closedOn ? (
        <RecordForm
          title="Mettre à jour le suivi de la rupture"
          submitLabel="Enregistrer le suivi"
          initial={{
            opcoInformedOn: f.opcoInformedOn ? formatIsoDateFr(f.opcoInformedOn) : '',
            reorientation: f.reorientation ?? '',
            close: false,
          }}
          fields={[
            { name: 'opcoInformedOn', label: 'OPCO informé le', kind: 'date' },
            {
              name: 'reorientation',
              label: 'Réorientation décidée',
              kind: 'textarea',
              description: 'Par exemple : autre contrat, formation, recherche d’emploi accompagnée.',
            },
            {
              name: 'close',
              label: 'Clôturer le suivi',
              kind: 'checkbox',
              description: 'Possible une fois l’OPCO informé et la réorientation décidée.',
            },
          ]}
          onSubmit={async (v) => {
            const read = breakFollowUpInput(f, v);
            if (!read.input) return read.problem;
            const input = read.input;
            const refusal = await attempt(() => update({ variables: { input } }));
            if (!refusal)
              onDone(v['close'] ? 'Le suivi de la rupture est clôturé.' : 'Le suivi de la rupture est enregistré.');
            return refusal;
          }}
        />
      ) : null}
    </Stack>
  );
}
