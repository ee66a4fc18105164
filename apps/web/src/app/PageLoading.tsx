import { Center, Group, Loader, Text } from '@mantine/core';
import { type ReactNode, Suspense } from 'react';

/** What shows while a page's code is downloaded (pages are loaded on demand): announced politely, in French. */
export function PageLoading() {
  return (
    <Center role="status" aria-live="polite" aria-busy="true" py="xl">
      <Group gap="sm">
        <Loader size="sm" aria-hidden="true" />
        <Text>Chargement de la page…</Text>
      </Group>
    </Center>
  );
}

/** A boundary for pages loaded on demand: the loading state above until the page's code has arrived. */
export function PageSuspense({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
}
