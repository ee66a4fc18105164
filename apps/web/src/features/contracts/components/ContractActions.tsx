import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { formatIsoDateFr, todayInParis } from '@tremplin/domain';
import type { ReactNode } from 'react';
import { type ActionKey, type Contract, contractActionsOf } from '../contract-actions';
import { type ContractActionCallbacks, useContractActions } from '../hooks/useContractActions';
import { CompleteForm, DecisionForm, DepositForm } from './ContractActionForms';
import { BreakDialog, RenewForm } from './ContractRenewBreak';

/**
 * What can be done with a contract in its status: deposit a draft to the OPCO, record the OPCO's decision, start,
 * complete, break (confirmed in a dialog), renew. Each action opens a small form in place; a refusal keeps what was
 * typed and says why.
 */
export function ContractActions({
  contract: c,
  onEdit,
  ...callbacks
}: {
  contract: Contract;
  /** Opens the draft's form. */
  onEdit: () => void;
} & ContractActionCallbacks) {
  const a = useContractActions(c, callbacks);
  const can = contractActionsOf(c, todayInParis());
  const blocking = c.checks.filter((k) => k.severity === 'ERROR');
  const form = { contract: c, onCancel: a.close };

  // The break opens a dialog: its button stays, so that the focus goes back to it when the dialog closes.
  const button = (key: ActionKey, label: string, extra?: { color?: string; onClick?: () => void }) =>
    a.open === key && key !== 'break' ? null : (
      <Button
        key={key}
        variant="outline"
        size="xs"
        color={extra?.color}
        style={
          extra?.color ? { color: 'var(--mantine-color-red-9)', borderColor: 'var(--mantine-color-red-9)' } : undefined
        }
        onClick={extra?.onClick ?? (() => a.setOpen(key))}
      >
        {label}
      </Button>
    );

  const buttons: ReactNode[] = [];
  if (can.edit)
    buttons.push(
      <Button key="edit" variant="outline" size="xs" onClick={onEdit}>
        Modifier le brouillon
      </Button>,
    );
  if (can.submit)
    buttons.push(
      button('submit', 'Déposer à l’OPCO', {
        onClick: blocking.length
          ? () =>
              callbacks.onDepositRefused(
                blocking.map((k) => ({ field: k.field, message: k.message })),
                'Le contrat ne peut pas être déposé à l’OPCO tant que ces contrôles sont en erreur.',
              )
          : undefined,
      }),
    );
  if (can.decision) buttons.push(button('decision', 'Enregistrer la décision de l’OPCO'));
  if (can.start)
    buttons.push(
      <Button key="start" variant="outline" size="xs" loading={a.starting} onClick={() => void a.start()}>
        Démarrer le contrat
      </Button>,
    );
  if (can.complete) buttons.push(button('complete', 'Terminer le contrat'));
  if (can.renew) buttons.push(button('renew', 'Renouveler'));
  if (can.break) buttons.push(button('break', 'Rompre le contrat', { color: 'red' }));

  return (
    <Stack gap="sm">
      {can.startLater ? (
        <Text size="sm">Le contrat pourra être démarré à partir du {formatIsoDateFr(c.startDate)}.</Text>
      ) : null}
      {can.renewedAlready ? (
        <Text size="sm" c="dimmed">
          Ce contrat est déjà un renouvellement : il ne peut pas être renouvelé une seconde fois.
        </Text>
      ) : null}
      {buttons.length ? (
        <Group gap="sm" role="group" aria-label={`Actions sur le contrat « ${c.jobTitle} »`}>
          {buttons}
        </Group>
      ) : null}
      {a.startProblem ? (
        <Alert color="red" role="alert" title="Le contrat n’a pas démarré">
          {a.startProblem}
        </Alert>
      ) : null}
      {a.open === 'submit' ? <DepositForm {...form} onSubmit={a.deposit} /> : null}
      {a.open === 'decision' ? <DecisionForm {...form} onSubmit={a.decide} /> : null}
      {a.open === 'complete' ? <CompleteForm {...form} onSubmit={a.complete} /> : null}
      {a.open === 'renew' ? <RenewForm {...form} onSubmit={a.renew} /> : null}
      {can.break ? <BreakDialog opened={a.open === 'break'} onCancel={a.close} onSubmit={a.breakOff} /> : null}
    </Stack>
  );
}
