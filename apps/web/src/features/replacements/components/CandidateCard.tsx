import { Checkbox, List, Paper, Stack, Text, ThemeIcon } from '@mantine/core';

export interface CandidateView {
  personId: string;
  firstName: string;
  lastName: string;
  reasons: { kind: string; ok: boolean; text: string }[];
}

/** A person with their reasons, line by line; a checkbox to choose them when `onToggle` is given. */
export function CandidateCard({
  candidate: c,
  rank,
  checked,
  onToggle,
  offerLabel,
}: {
  candidate: CandidateView;
  rank?: number;
  checked?: boolean;
  onToggle?: (checked: boolean) => void;
  offerLabel?: string;
}) {
  const name = `${c.firstName} ${c.lastName}`;
  return (
    <Paper withBorder p="sm" component="article" aria-label={name}>
      <Stack gap={6}>
        {onToggle ? (
          <Checkbox
            label={`${rank ? `${rank}. ` : ''}${name}`}
            checked={checked ?? false}
            onChange={(e) => onToggle(e.currentTarget.checked)}
            fw={600}
          />
        ) : (
          <Text fw={600}>{name}</Text>
        )}
        {offerLabel ? (
          <Text size="sm" c="blue.9">
            {offerLabel}
          </Text>
        ) : null}
        <List size="sm" spacing={2} aria-label={`Raisons pour ${name}`}>
          {c.reasons.map((r, i) => (
            <List.Item
              key={i}
              icon={
                <ThemeIcon size={16} radius="xl" color={r.ok ? 'green.8' : 'red.8'} aria-hidden>
                  {r.ok ? '✓' : '✕'}
                </ThemeIcon>
              }
            >
              <Text size="sm" span>
                {r.ok ? '' : 'Empêche : '}
                {r.text}
              </Text>
            </List.Item>
          ))}
        </List>
      </Stack>
    </Paper>
  );
}
