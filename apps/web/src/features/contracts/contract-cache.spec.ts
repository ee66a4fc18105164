import { ApolloClient, InMemoryCache } from '@apollo/client';
import { MockLink } from '@apollo/client/testing';
import { contractToValues } from './contract-form-values';
import { draft, person } from './contract-test-data';
import { type DocumentNode, print, type SelectionSetNode } from 'graphql';
import {
  ContractFieldsFragmentDoc,
  PersonContractsDocument,
  UpdateProfessionalisationContractDocument,
} from './graphql/contracts.generated';

describe('the contract in the cache after a fix', () => {
  it('holds the saved values and the recomputed checks as soon as the update answers', async () => {
    const fixed = draft({ version: 4, employerSiret: '73282932000074', checks: [], canSubmit: true });
    const input = { id: 'c1', version: 3, employerSiret: '73282932000074' };
    const client = new ApolloClient({
      cache: new InMemoryCache(),
      link: new MockLink([
        {
          request: { query: UpdateProfessionalisationContractDocument, variables: { input } },
          result: { data: { updateProfessionalisationContract: fixed } },
        },
      ]),
      dataMasking: true,
    });
    client.writeQuery({ query: PersonContractsDocument, variables: { id: 'p1' }, data: person(draft()) });

    await client.mutate({ mutation: UpdateProfessionalisationContractDocument, variables: { input } });

    // What the tab reads before any refetch (the list's ids, then each card its ContractFields): « Déposer » right
    // away must not see the old refusal, and the draft's form (keyed by version) must start from the saved value,
    // not put the old one back.
    const [{ id }] = client.readQuery({ query: PersonContractsDocument, variables: { id: 'p1' } })!.person
      .professionalisationContracts;
    const c = client.readFragment({ fragment: ContractFieldsFragmentDoc, id: `ProfessionalisationContract:${id}` })!;
    expect(c.version).toBe(4);
    expect(c.checks).toEqual([]);
    expect(c.canSubmit).toBe(true);
    expect(contractToValues(c).employerSiret).toBe('73282932000074');
  });

  it('answers the update with every field the tab reads (the query and the mutation spread the same fragment)', () => {
    const selectionOf = (doc: DocumentNode, path: string[]): SelectionSetNode => {
      let set = (doc.definitions[0] as { selectionSet: SelectionSetNode }).selectionSet;
      for (const name of path)
        set = (
          set.selections.find((f) => f.kind === 'Field' && f.name.value === name) as { selectionSet: SelectionSetNode }
        ).selectionSet;
      return set;
    };
    const fields = (set: SelectionSetNode) => set.selections.map((f) => print(f)).sort();
    const tab = fields(selectionOf(PersonContractsDocument, ['person', 'professionalisationContracts']));
    const update = fields(
      selectionOf(UpdateProfessionalisationContractDocument, ['updateProfessionalisationContract']),
    );
    // The tab reads a contract through ContractFields only (its card's fragment), and the update answers all of it.
    expect(tab).toEqual(['...ContractFields', 'id']);
    expect(update).toEqual(tab);
    // The fragment the card reads is the one both documents carry.
    const fragments = (doc: DocumentNode) =>
      doc.definitions.filter((d) => d.kind === 'FragmentDefinition').map((d) => print(d));
    expect(fragments(PersonContractsDocument)).toEqual([print(ContractFieldsFragmentDoc.definitions[0]!)]);
    expect(fragments(UpdateProfessionalisationContractDocument)).toEqual(fragments(PersonContractsDocument));
  });
});
