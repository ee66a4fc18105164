import { MockedProvider } from '@apollo/client/testing/react';
import type { MockLink } from '@apollo/client/testing';
import { MantineProvider } from '@mantine/core';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MissionHoursStatus } from '@tremplin/domain';
import { PortalConfirmMissionHoursDocument, PortalMissionsDocument } from '../graphql/portal.generated';
import { HoursToConfirm } from './HoursToConfirm';

const mission = (over: Record<string, unknown>) => ({
  __typename: 'PortalMission',
  id: 'm1',
  version: 2,
  structureName: 'ACI Les Jardins',
  kindLabel: 'Entretien des espaces verts',
  site: 'Résidence Les Tilleuls',
  startDate: '2026-03-02',
  endDate: '2026-03-06',
  minutes: 750,
  hoursStatus: MissionHoursStatus.PENDING,
  hoursStatusLabel: 'À confirmer',
  hoursReviewComment: null,
  hoursReviewedAt: null,
  traineeName: 'Awa D.',
  ...over,
});

const listed: MockLink.MockedResponse = {
  request: {
    query: PortalMissionsDocument,
    variables: { hoursStatus: [MissionHoursStatus.PENDING], first: 50, offset: 0 },
  },
  result: {
    data: {
      portalMissions: {
        __typename: 'PortalMissionPage',
        totalCount: 2,
        items: [mission({}), mission({ id: 'm2', minutes: 420, traineeName: 'Léo M.', site: null })],
      },
    },
  },
  maxUsageCount: 10,
};

function renderHours(confirmations: jest.Mock) {
  const confirmed: MockLink.MockedResponse = {
    request: {
      query: PortalConfirmMissionHoursDocument,
      variables: (variables) => {
        confirmations(variables);
        return true;
      },
    },
    result: { data: { portalConfirmMissionHours: [mission({ hoursStatus: MissionHoursStatus.CONFIRMED })] } },
    maxUsageCount: 10,
  };
  render(
    <MantineProvider>
      <MockedProvider mocks={[listed, confirmed]}>
        <HoursToConfirm filter="" page={1} onFilter={jest.fn()} onPage={jest.fn()} />
      </MockedProvider>
    </MantineProvider>,
  );
}

const LOCKS = 'Une fois confirmées, ces heures ne pourront plus être modifiées.';

describe('HoursToConfirm', () => {
  it('asks before confirming one line; Annuler and Escape confirm nothing', async () => {
    const confirmations = jest.fn();
    renderHours(confirmations);
    const button = await screen.findByRole('button', { name: /^Confirmer les heures : Awa D\./ });

    fireEvent.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Confirmer ces heures ?' });
    expect(
      within(dialog).getByText('Confirmer 12 h 30 pour Awa D., du 02/03/2026 au 06/03/2026 à Résidence Les Tilleuls ?'),
    ).toBeTruthy();
    expect(within(dialog).getByText(LOCKS)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    fireEvent.click(button);
    await screen.findByRole('dialog', { name: 'Confirmer ces heures ?' });
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(confirmations).not.toHaveBeenCalled();

    fireEvent.click(button);
    const again = await screen.findByRole('dialog', { name: 'Confirmer ces heures ?' });
    await act(async () => fireEvent.click(within(again).getByRole('button', { name: 'Confirmer' })));
    await waitFor(() =>
      expect(confirmations).toHaveBeenCalledWith({ input: { missions: [{ missionId: 'm1', version: 2 }] } }),
    );
    await screen.findByText(/^Heures confirmées et verrouillées : Awa D\./);
    expect(confirmations).toHaveBeenCalledTimes(1);
  });

  it('asks before « Tout confirmer », with the total and what it means', async () => {
    const confirmations = jest.fn();
    renderHours(confirmations);
    fireEvent.click(await screen.findByRole('button', { name: 'Tout confirmer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Confirmer toutes les heures affichées ?' });
    expect(within(dialog).getByText(`Confirmer 19 h 30 pour 2 lignes ? ${LOCKS}`)).toBeTruthy();
    fireEvent.keyDown(dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(confirmations).not.toHaveBeenCalled();
  });
});
