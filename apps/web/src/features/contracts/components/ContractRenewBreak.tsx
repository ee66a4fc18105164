import { Modal, Stack, Text } from '@mantine/core';
import {
  addDays,
  CONTRACT_BREAK_REASON_LABELS,
  CONTRACT_CERFA_KIND_LABELS,
  CONTRACT_RENEWAL_REASONS,
  type ContractRenewalReason,
  formatIsoDateFr,
  todayInParis,
} from '@tremplin/domain';
import { RecordForm } from '../../records/components/RecordForm';
import { options, RENEWAL_OPTIONS } from '../contract-actions';
import { type ActionFormProps, Opened } from './ContractActionForms';

/** « Renouveler »: the reason (it sets the new contract's CERFA kind) and the new contract's dates. */
export function RenewForm({ contract: c, onSubmit, onCancel }: ActionFormProps) {
  return (
    <Opened>
      <RecordForm
        title="Renouveler le contrat"
        submitLabel="Créer le renouvellement"
        initial={{ startDate: formatIsoDateFr(addDays(c.endDate, 1)) }}
        fields={[
          {
            name: 'reason',
            label: 'Motif du renouvellement',
            kind: 'select',
            required: true,
            wide: true,
            options: RENEWAL_OPTIONS,
          },
          { name: 'startDate', label: 'Début du nouveau contrat', kind: 'date', required: true },
          { name: 'endDate', label: 'Fin du nouveau contrat', kind: 'date', required: true },
        ]}
        hint={(v) => {
          const r = CONTRACT_RENEWAL_REASONS[v['reason'] as ContractRenewalReason];
          return (
            <Text size="sm" mt="sm">
              {r ? `Le nouveau contrat sera de type « ${CONTRACT_CERFA_KIND_LABELS[r.cerfaKind]} ». ` : ''}
              Il reprend les informations de celui-ci et s’ouvre en brouillon, à compléter puis déposer à l’OPCO. Un
              contrat ne se renouvelle qu’une fois.
            </Text>
          );
        }}
        onCancel={onCancel}
        onSubmit={onSubmit}
      />
    </Opened>
  );
}

/** The break, confirmed in a dialog: its date, reason and comment. */
export function BreakDialog({ opened, onSubmit, onCancel }: Omit<ActionFormProps, 'contract'> & { opened: boolean }) {
  return (
    <Modal
      opened={opened}
      onClose={onCancel}
      title="Rompre le contrat de professionnalisation ?"
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': 'Fermer sans rompre le contrat' }}
    >
      <Stack gap="sm">
        <Text size="sm">
          La rupture est définitive : le contrat passe « rompu » à la date indiquée, la formation s’arrête et un suivi
          s’ouvre (informer l’OPCO, décider d’une réorientation) à faire dans les 15 jours.
        </Text>
        <RecordForm
          title="Rupture du contrat"
          submitLabel="Rompre le contrat"
          initial={{ brokenOn: formatIsoDateFr(todayInParis()) }}
          fields={[
            { name: 'brokenOn', label: 'Date de la rupture', kind: 'date', required: true },
            {
              name: 'reason',
              label: 'Motif de la rupture',
              kind: 'select',
              required: true,
              wide: true,
              options: options(CONTRACT_BREAK_REASON_LABELS),
            },
            { name: 'comment', label: 'Commentaire', kind: 'textarea' },
          ]}
          onCancel={onCancel}
          onSubmit={onSubmit}
        />
      </Stack>
    </Modal>
  );
}
