import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MantineProvider } from '@mantine/core';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { PersonSearchDocument } from '../graphql/person-search.generated';
import { type FoundPerson, PersonSearch } from './PersonSearch';

const person = (id: string, firstName: string, lastName: string) => ({
  __typename: 'Person',
  id,
  firstName,
  lastName,
  counsellor: null,
});
/** The server answers each search after `delay` ms. */
const answer = (search: string, people: ReturnType<typeof person>[], delay: number): MockLink.MockedResponse => ({
  request: { query: PersonSearchDocument, variables: { search } },
  result: {
    data: {
      persons: {
        __typename: 'PersonConnection',
        totalCount: people.length,
        edges: people.map((node) => ({ __typename: 'PersonEdge', node })),
      },
    },
  },
  delay,
  maxUsageCount: 5,
});

function renderSearch(mocks: MockLink.MockedResponse[], onPick: (p: FoundPerson) => void) {
  render(
    <MantineProvider>
      <MockedProvider mocks={mocks}>
        <PersonSearch
          label="Ajouter une personne"
          action="Ajouter"
          actionAriaLabel={(n) => `Ajouter ${n}`}
          onPick={onPick}
        />
      </MockedProvider>
    </MantineProvider>,
  );
  return screen.getByRole('searchbox', { name: /Ajouter une personne/ });
}
const wait = (ms: number) => act(() => new Promise((r) => setTimeout(r, ms)));

describe('PersonSearch', () => {
  it('keeps an Enter typed before the results arrive: the first match of that text is added, once', async () => {
    const onPick = jest.fn();
    const input = renderSearch(
      [answer('Dur', [person('p1', 'Alice', 'Durand'), person('p2', 'Marc', 'Durieux')], 300)],
      onPick,
    );
    fireEvent.change(input, { target: { value: 'Dur' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onPick).not.toHaveBeenCalled();
    await wait(700);
    expect(onPick).toHaveBeenCalledTimes(1);
    expect(onPick).toHaveBeenCalledWith({ id: 'p1', firstName: 'Alice', lastName: 'Durand' });
    expect((input as HTMLInputElement).value).toBe('');
  });

  it('never adds a result of an older text: typing on after Enter cancels it', async () => {
    const onPick = jest.fn();
    const input = renderSearch(
      [
        answer('Du', [person('p9', 'Jean', 'Dupont')], 300),
        answer('Dur', [person('p1', 'Alice', 'Durand'), person('p2', 'Marc', 'Durieux')], 300),
      ],
      onPick,
    );
    fireEvent.change(input, { target: { value: 'Du' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    fireEvent.change(input, { target: { value: 'Dur' } });
    await wait(900);
    expect(onPick).not.toHaveBeenCalled();
    expect(await screen.findByRole('button', { name: 'Ajouter DURAND Alice' })).toBeTruthy();
  });
});
