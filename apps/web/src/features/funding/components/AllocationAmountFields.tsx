import { Group, Radio, Stack, Text, TextInput } from '@mantine/core';
import { applyRateBp, countLabel, formatBp, formatCents, formatQuantity } from '@tremplin/domain';
import { TONES } from '@tremplin/web-ui';
import type { AllocationMode } from '../allocation';
import type { AllocateState } from '../hooks/useAllocate';
import type { FundableSourcesState } from '../hooks/useFundableSources';

/**
 * « Combien imputer »: a share of each line, or an exact quantity for a single line; then what would be allocated
 * (and its value at the agreement's rates), the lines that would go beyond what remains, the lines too short.
 */
export function AllocationAmountFields({
  lines,
  amount: a,
  coFinancingRateBp,
}: {
  lines: FundableSourcesState;
  amount: AllocateState;
  coFinancingRateBp: number;
}) {
  const { selected, unit } = lines;
  const single = selected.length === 1;
  return (
    <>
      <Radio.Group label="Combien imputer" value={a.mode} onChange={(v) => a.setMode(v as AllocationMode)}>
        <Stack gap="xs" mt={6}>
          <Group gap="sm" align="flex-start" wrap="wrap">
            <Radio value="share" label="Une part de chaque ligne" mt={8} />
            <TextInput
              label="Part (%)"
              description="100 % = toute la ligne ; la part se calcule sur le total de chaque ligne."
              value={a.shareText}
              onChange={(e) => a.setShareText(e.currentTarget.value)}
              error={a.fieldErrors.sharePercent}
              inputMode="decimal"
              autoComplete="off"
              w={{ base: '100%', sm: 320 }}
            />
          </Group>
          <Group gap="sm" align="flex-start" wrap="wrap">
            <Radio
              value="quantity"
              label="Une quantité exacte (une seule ligne)"
              mt={8}
              disabled={!single && a.mode !== 'quantity'}
            />
            <TextInput
              label={unit === 'CENTS' ? 'Montant (€)' : 'Heures'}
              description={
                single
                  ? `Au plus ${formatQuantity(unit, selected[0].remainingQuantity)} pour cette ligne.`
                  : 'Sélectionnez une seule ligne pour imputer une quantité exacte.'
              }
              value={a.quantityText}
              onChange={(e) => a.setQuantityText(e.currentTarget.value)}
              error={a.fieldErrors.quantity}
              disabled={!single && a.mode !== 'quantity'}
              placeholder={unit === 'CENTS' ? 'ex. 250,50' : 'ex. 3 h 30'}
              inputMode={unit === 'CENTS' ? 'decimal' : undefined}
              autoComplete="off"
              w={{ base: '100%', sm: 320 }}
            />
          </Group>
        </Stack>
      </Radio.Group>

      {selected.length && (a.mode === 'quantity' ? a.amount.exactQuantity !== null : a.amount.shareValid) ? (
        <Text size="sm">
          Sera imputé : <strong>{formatQuantity(unit, a.requested)}</strong> sur {countLabel(selected.length, 'ligne')}
          {a.eligibleCents !== null && unit !== 'CENTS'
            ? `, soit environ ${formatCents(a.eligibleCents)} de coût éligible`
            : ''}
          {a.eligibleCents !== null
            ? ` (financé à ${formatBp(coFinancingRateBp)} : environ ${formatCents(applyRateBp(a.eligibleCents, coFinancingRateBp))})`
            : ''}
          .
        </Text>
      ) : null}
      {a.overflowing.length && lines.upToDate ? (
        <Text size="sm" c={TONES.warning} fw={500}>
          {countLabel(a.overflowing.length, 'ligne sélectionnée dépasserait', 'lignes sélectionnées dépasseraient')} ce
          qui {a.overflowing.length > 1 ? 'leur' : 'lui'} reste à financer : l’imputation sera refusée. Réduisez la
          part, ou retirez {a.overflowing.length > 1 ? 'ces lignes' : 'cette ligne'} de la sélection.
        </Text>
      ) : null}
      {a.zeroShare ? (
        <Text size="sm" c="dimmed">
          {countLabel(a.zeroShare, 'ligne est trop courte', 'lignes sont trop courtes')} pour cette part : rien ne leur
          sera imputé.
        </Text>
      ) : null}
    </>
  );
}
