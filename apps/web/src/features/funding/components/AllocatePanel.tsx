import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { countLabel } from '@tremplin/domain';
import { EmptyState } from '@tremplin/web-ui';
import { useId } from 'react';
import type { AllocationTarget } from '../allocation';
import { useAllocate } from '../hooks/useAllocate';
import { useFundableSources } from '../hooks/useFundableSources';
import { AllocationAmountFields } from './AllocationAmountFields';
import { AllocationFilters } from './AllocationFilters';
import { AllocationOutcome } from './AllocationOutcome';
import { AllocationSourcesTable } from './AllocationSourcesTable';

/**
 * « Imputer »: the lines of one nature (training attendance, missions, staff time, expenses) in a period, with their
 * total, what is already funded and by which agreement, and what remains. The director selects lines (or all of them),
 * chooses a share in % (or an exact quantity for one line) and allocates. When the server refuses because a line would
 * be funded beyond 100 %, its message lists the amounts, the lines at fault are marked, and the selection is kept.
 */
export function AllocatePanel({ agreement, initialKind }: { agreement: AllocationTarget; initialKind?: string }) {
  const id = useId();
  const lines = useFundableSources(agreement, initialKind);
  const amount = useAllocate(agreement, lines);
  const { selected } = lines;

  if (!lines.kinds.length)
    return (
      <EmptyState title="Cette convention ne finance encore aucune nature d’heures ou de dépenses.">
        Modifiez la convention pour cocher ce qu’elle finance (heures de formation, missions, temps d’accompagnement,
        dépenses).
      </EmptyState>
    );

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`${id}-title`}>
      <form onSubmit={amount.submit} noValidate>
        <Title order={2} size="h4" id={`${id}-title`} mb={4}>
          Imputer à {agreement.reference}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          Une heure ou un euro ne peut pas être financé deux fois : une ligne déjà financée par d’autres conventions ne
          peut recevoir que ce qui lui reste.
        </Text>

        <AllocationFilters
          lines={lines}
          onKindChange={(kind) => {
            lines.changeKind(kind);
            amount.reset();
          }}
        />

        <Stack gap="sm" mt="md">
          <AllocationSourcesTable lines={lines} agreementId={agreement.id} refusal={amount.refusal} />

          {amount.fieldErrors.sourceIds ? (
            <Text size="sm" c="red.9" role="alert">
              {amount.fieldErrors.sourceIds}
            </Text>
          ) : null}

          <AllocationAmountFields lines={lines} amount={amount} coFinancingRateBp={agreement.coFinancingRateBp} />
          <AllocationOutcome amount={amount} />

          <Group gap="sm">
            <Button type="submit" loading={amount.sending} disabled={!lines.sources}>
              {selected.length
                ? `Imputer ${countLabel(selected.length, 'ligne')} à ${agreement.reference}`
                : `Imputer à ${agreement.reference}`}
            </Button>
            {selected.length ? (
              <Button variant="subtle" onClick={lines.clearSelection}>
                Vider la sélection
              </Button>
            ) : null}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
