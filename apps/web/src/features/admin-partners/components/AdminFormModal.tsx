import { Button, Group, Modal, Stack } from '@mantine/core';
import { ErrorSummary, type SummaryItem } from '@tremplin/web-ui';
import type { FormEvent, ReactNode } from 'react';

/**
 * The dialog of an administration form: its fields, the summary of what to fix (focused on each refused submit), and
 * « Annuler » beside the submit button. Focus is trapped inside; Escape closes it.
 */
export function AdminFormModal({
  title,
  form,
  submitLabel,
  loading,
  onSubmit,
  onClose,
  children,
}: {
  title: string;
  form: { summary: SummaryItem[]; attempt: number };
  submitLabel: string;
  loading: boolean;
  onSubmit: (e: FormEvent) => void;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Modal opened onClose={onClose} title={title} centered size="lg" closeButtonProps={{ 'aria-label': 'Fermer' }}>
      <form onSubmit={onSubmit} noValidate>
        <ErrorSummary
          title="Rien n’est enregistré : corrigez ces points"
          items={form.summary}
          focusKey={form.attempt}
        />
        <Stack gap="sm">{children}</Stack>
        <Group mt="md" gap="sm" justify="flex-end">
          <Button variant="subtle" onClick={onClose}>
            Annuler
          </Button>
          <Button type="submit" loading={loading}>
            {submitLabel}
          </Button>
        </Group>
      </form>
    </Modal>
  );
}
