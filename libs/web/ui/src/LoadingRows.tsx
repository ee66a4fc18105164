import { Skeleton, Stack, type StackProps } from '@mantine/core';

/** A list still loading: `rows` placeholder lines, announced to assistive technologies by `label`. */
export function LoadingRows({
  label,
  rows = 2,
  height = 36,
  ...props
}: { label: string; rows?: number; height?: number } & StackProps) {
  return (
    <Stack role="status" aria-busy="true" aria-label={label} gap="xs" {...props}>
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={height} />
      ))}
    </Stack>
  );
}
