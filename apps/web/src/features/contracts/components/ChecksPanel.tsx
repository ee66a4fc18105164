import { Anchor, Badge, Group, List, Paper, Text, Title } from '@mantine/core';
import { countLabel } from '@tremplin/domain';
import { TONES } from '@tremplin/web-ui';
import { useId } from 'react';

export interface CheckLine {
  code: string;
  field: string;
  severity: string;
  message: string;
}

/** The severity as a person reads it: an error stops the deposit, a warning is to check. */
export function SeverityBadge({ severity }: { severity: string }) {
  return severity === 'ERROR' ? (
    <Badge color="red.9" variant="outline" size="sm" tt="none" radius="sm" style={{ flexShrink: 0 }}>
      Bloque le dépôt
    </Badge>
  ) : (
    <Badge color="warning.9" variant="outline" size="sm" tt="none" radius="sm" style={{ flexShrink: 0 }}>
      À vérifier
    </Badge>
  );
}

/** One sentence counting the errors and warnings. */
export function checksCount(checks: CheckLine[]): string {
  const errors = checks.filter((c) => c.severity === 'ERROR').length;
  const warnings = checks.length - errors;
  if (!checks.length) return 'Tous les contrôles légaux sont respectés : le contrat peut être déposé à l’OPCO.';
  return [
    errors ? `${countLabel(errors, 'erreur bloque', 'erreurs bloquent')} le dépôt à l’OPCO` : null,
    warnings ? `${countLabel(warnings, 'point', 'points')} à vérifier` : null,
  ]
    .filter(Boolean)
    .join(' · ');
}

/**
 * The legal checks of a contract, errors first: which rule failed and by how much (the message), and the field it is
 * about — a link to it when the field is on screen.
 */
export function ChecksPanel({
  checks,
  fieldLabel,
  inputId,
  pending,
  title = 'Contrôles légaux',
}: {
  /** null: not computable yet (`pending` says why). */
  checks: CheckLine[] | null;
  fieldLabel: (field: string) => string;
  inputId?: (field: string) => string | undefined;
  pending?: string;
  title?: string;
}) {
  const titleId = useId();
  const sorted = checks
    ? [...checks].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'ERROR' ? -1 : 1))
    : [];
  const hasErrors = sorted.some((c) => c.severity === 'ERROR');
  return (
    <Paper
      withBorder
      p="sm"
      component="section"
      aria-labelledby={titleId}
      style={{
        borderLeft: `4px solid ${checks === null ? 'var(--mantine-color-gray-5)' : hasErrors ? 'var(--mantine-color-red-9)' : sorted.length ? 'var(--mantine-color-warning-9)' : 'var(--mantine-color-teal-9)'}`,
      }}
    >
      <Title order={4} size="h6" id={titleId} mb={4}>
        {title}
      </Title>
      {checks === null ? (
        <Text size="sm" c="dimmed">
          {pending}
        </Text>
      ) : (
        <>
          <Text
            size="sm"
            fw={600}
            c={hasErrors ? TONES.danger : sorted.length ? TONES.warning : TONES.success}
            role="status"
            aria-live="polite"
            aria-atomic="true"
          >
            {checksCount(sorted)}
          </Text>
          {sorted.length ? (
            <List spacing={6} size="sm" mt="xs" listStyleType="none" pl={0}>
              {sorted.map((c, i) => {
                const target = inputId?.(c.field);
                const label = fieldLabel(c.field);
                return (
                  <List.Item key={`${c.code}-${c.field}-${i}`}>
                    <Group gap="xs" wrap="nowrap" align="flex-start">
                      <SeverityBadge severity={c.severity} />
                      <Text size="sm" span>
                        {target ? (
                          <Anchor
                            href={`#${target}`}
                            size="sm"
                            fw={600}
                            onClick={(e) => {
                              e.preventDefault();
                              document.getElementById(target)?.focus();
                            }}
                          >
                            {label}
                          </Anchor>
                        ) : (
                          <strong>{label}</strong>
                        )}{' '}
                        : {c.message}
                      </Text>
                    </Group>
                  </List.Item>
                );
              })}
            </List>
          ) : null}
        </>
      )}
    </Paper>
  );
}
