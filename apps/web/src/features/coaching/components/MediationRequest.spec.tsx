import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { PortalMediationRequestsDocument, PortalRequestMediationDocument } from '../graphql/portal-mediation.generated';
import { contactLine, type CoachingContact } from './coaching-contacts';
import { MediationRequest } from './MediationRequest';

const request = (over: Record<string, unknown> = {}) => ({
  __typename: 'PortalMediationRequest' as const,
  id: 'r1',
  missionId: 'm1',
  status: 'REQUESTED',
  statusLabel: 'Demandée, en attente',
  message: 'Deux retards cette semaine.',
  requestedAt: '2026-03-10T09:00:00.000Z',
  heldOn: null,
  ...over,
});
const listed = (items: ReturnType<typeof request>[]): MockLink.MockedResponse => ({
  request: { query: PortalMediationRequestsDocument },
  result: { data: { portalMediationRequests: items } },
});

function renderRequest(mocks: MockLink.MockedResponse[]) {
  render(
    <MantineProvider>
      <MockedProvider mocks={mocks}>
        <MediationRequest missionId="m1" lineLabel="Résidence Grieu, du 02/03 au 13/03" />
      </MockedProvider>
    </MantineProvider>,
  );
}

describe('MediationRequest (portal)', () => {
  it('shows a request still open instead of the button', async () => {
    renderRequest([listed([request()])]);
    expect(await screen.findByText('Médiation demandée le 10/03/2026')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Demander une médiation/ })).toBeNull();
  });

  it('asks for a message, then sends the request with it', async () => {
    const sent = jest.fn(() => ({ data: { portalRequestMediation: request() } }));
    renderRequest([
      listed([request({ missionId: 'other' })]),
      {
        request: {
          query: PortalRequestMediationDocument,
          variables: { input: { missionId: 'm1', message: 'Deux retards cette semaine.' } },
        },
        result: sent,
      },
      listed([request()]),
    ]);
    fireEvent.click(
      await screen.findByRole('button', { name: 'Demander une médiation : Résidence Grieu, du 02/03 au 13/03' }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Envoyer la demande' }));
    expect(await screen.findByText('Dites en quelques mots ce qui motive la demande de médiation.')).toBeTruthy();
    expect(sent).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText(/Votre message/), { target: { value: 'Deux retards cette semaine.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Envoyer la demande' }));
    await waitFor(() => expect(sent).toHaveBeenCalledTimes(1));
  });
});

describe('contactLine (« Contacts de suivi »)', () => {
  const base = {
    __typename: 'CoachingContact',
    id: 'c1',
    kind: 'VISIT',
    kindLabel: 'Visite sur le lieu de mission',
    status: 'DONE',
    statusLabel: 'Faite',
    occurredOn: '2026-03-05',
    note: 'RAS.',
    confidential: false,
    requestMessage: null,
    requestedAt: null,
    author: { __typename: 'CounsellorSummary', id: 'u1', fullName: 'Claire Martin' },
  } as unknown as CoachingContact;

  it('a contact held: its day, kind and author, its note', () => {
    expect(contactLine(base)).toEqual({
      when: '05/03/2026',
      what: 'Visite sur le lieu de mission (par Claire Martin)',
      note: 'RAS.',
    });
  });

  it('a request: when it was asked, and the employer’s message', () => {
    expect(
      contactLine({
        ...base,
        status: 'REQUESTED',
        occurredOn: null,
        note: null,
        author: null,
        requestMessage: 'Point à trois ?',
        requestedAt: '2026-03-10T09:00:00.000Z',
      } as CoachingContact),
    ).toEqual({
      when: 'Demandée le 10/03/2026',
      what: 'Médiation demandée par l’employeur',
      note: '« Point à trois ? »',
    });
  });
});
