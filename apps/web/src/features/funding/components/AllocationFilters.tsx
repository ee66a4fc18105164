import { Alert, Checkbox, Group, NativeSelect, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { problemOf } from '../../../app/graphql-errors';
import { kindLabel } from '../allocation';
import type { FundableSourcesState } from '../hooks/useFundableSources';

/** A date typed jj/mm/aaaa, with its error once the field is left. */
function DateField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: string;
  onChange: (text: string) => void;
  error: string | null;
}) {
  const [touched, setTouched] = useState(false);
  return (
    <TextInput
      label={label}
      placeholder="jj/mm/aaaa"
      inputMode="numeric"
      autoComplete="off"
      value={value}
      onChange={(e) => {
        setTouched(false);
        onChange(e.currentTarget.value);
      }}
      onBlur={() => setTouched(true)}
      error={touched ? error : null}
      w={{ base: '100%', xs: 150 }}
    />
  );
}

/** Which lines « Imputer » lists: nature, period, search, only what remains to fund; then why they cannot be listed. */
export function AllocationFilters({
  lines,
  onKindChange,
}: {
  lines: FundableSourcesState;
  onKindChange: (kind: string) => void;
}) {
  return (
    <>
      <Group align="flex-start" gap="md" wrap="wrap" role="search" aria-label="Choisir les lignes à imputer">
        <NativeSelect
          label="Nature"
          value={lines.kind}
          onChange={(e) => onKindChange(e.currentTarget.value)}
          data={lines.kinds.map((k) => ({ value: k, label: kindLabel(k) }))}
          w={{ base: '100%', sm: 260 }}
        />
        <DateField
          label="Du"
          value={lines.fromText}
          onChange={lines.setFromText}
          error={lines.from ? null : 'Saisissez une date au format jj/mm/aaaa, par exemple 01/01/2026.'}
        />
        <DateField
          label="Au"
          value={lines.toText}
          onChange={lines.setToText}
          error={lines.to ? null : 'Saisissez une date au format jj/mm/aaaa, par exemple 31/12/2026.'}
        />
        <TextInput
          label="Rechercher"
          description="Libellé ou personne"
          type="search"
          value={lines.search}
          onChange={(e) => lines.setSearch(e.currentTarget.value)}
          w={{ base: '100%', sm: 240 }}
        />
        <Checkbox
          mt={30}
          label="Seulement ce qui reste à financer"
          checked={lines.onlyRemaining}
          onChange={(e) => lines.setOnlyRemaining(e.currentTarget.checked)}
        />
      </Group>
      {lines.periodError ? (
        <Text size="sm" c="red.9" mt="xs" role="alert">
          {lines.periodError}
        </Text>
      ) : null}

      {lines.error ? (
        <Alert color="red" role="alert" mt="sm" title="Les lignes n’ont pas pu être chargées">
          {problemOf(lines.error).message}
        </Alert>
      ) : null}
    </>
  );
}
