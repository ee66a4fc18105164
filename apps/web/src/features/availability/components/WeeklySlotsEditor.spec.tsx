import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ApiProblem } from '../../../app/graphql-errors';
import { newSlotError, nightsOf, parseTime, type Slot } from '../availability-model';
import { WeeklySlotsEditor } from './WeeklySlotsEditor';

const NIGHT: Slot[] = [
  { weekday: 3, startMinute: 0, endMinute: 420 },
  { weekday: 2, startMinute: 1260, endMinute: 1440 },
];

function renderEditor(o: { slots?: Slot[]; canWrite?: boolean; onSave?: jest.Mock; onReload?: jest.Mock } = {}) {
  const onSave = o.onSave ?? jest.fn(async (): Promise<ApiProblem | null> => null);
  const onReload = o.onReload ?? jest.fn();
  render(
    <MantineProvider>
      <WeeklySlotsEditor
        slots={o.slots ?? NIGHT}
        version={3}
        canWrite={o.canWrite ?? true}
        onSave={onSave}
        onReload={onReload}
      />
    </MantineProvider>,
  );
  return { onSave, onReload };
}

const week = () => screen.getByRole('list', { name: 'Plages de la semaine' });
const addSlot = (day: string, from: string, to: string) => {
  fireEvent.change(screen.getByLabelText('Jour'), { target: { value: day } });
  fireEvent.change(screen.getByLabelText('De'), { target: { value: from } });
  fireEvent.change(screen.getByLabelText('À'), { target: { value: to } });
  fireEvent.click(screen.getByRole('button', { name: 'Ajouter la plage' }));
};

describe('WeeklySlotsEditor (« Disponibilités »)', () => {
  it('lists the slots day by day and explains the night across midnight', () => {
    renderEditor();
    const days = within(week()).getAllByRole('listitem');
    expect(days).toHaveLength(7);
    expect(days[1].textContent).toContain('Mardi21:00 – 24:00');
    expect(days[2].textContent).toContain('Mercredi00:00 – 07:00');
    expect(days[0].textContent).toContain('Pas disponible');
    expect(screen.getByText('Nuit : du mardi au mercredi (21:00 – 07:00).')).toBeTruthy();
    expect(screen.getByText(/une nuit du mardi au mercredi : mardi 21 h – 24 h et mercredi 0 h – 7 h/)).toBeTruthy();
  });

  it('adds a slot « 21:00 – 24:00 », removes one, then saves the whole week in one go', async () => {
    const { onSave } = renderEditor();
    const save = screen.getByRole('button', { name: 'Enregistrer les disponibilités' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    addSlot('5', '21:00', '24:00');
    expect(within(week()).getAllByRole('listitem')[4].textContent).toContain('Vendredi21:00 – 24:00');
    fireEvent.click(screen.getByRole('button', { name: 'Retirer la plage du mercredi 00:00 – 07:00' }));
    expect(screen.getByText('Changements non enregistrés.')).toBeTruthy();
    fireEvent.click(save);
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    expect(onSave).toHaveBeenCalledWith([
      { weekday: 2, startMinute: 1260, endMinute: 1440 },
      { weekday: 5, startMinute: 1260, endMinute: 1440 },
    ]);
    expect(await screen.findByText('Les disponibilités de la semaine sont enregistrées.')).toBeTruthy();
  });

  it('refuses an overlapping slot or unreadable hours at the field and in the summary, nothing added', () => {
    const { onSave } = renderEditor();
    addSlot('2', '20:00', '22:00');
    const summary = screen.getByRole('alert');
    expect(summary.textContent).toContain(
      'À : Cette plage chevauche celle du mardi 21:00 – 24:00 : retirez-la ou changez les heures.',
    );
    expect(within(week()).getAllByRole('listitem')[1].textContent).not.toContain('20:00');
    addSlot('1', '25h', '');
    expect(screen.getByRole('alert').textContent).toContain(
      'De : Saisissez une heure entre 00:00 et 23:59, par exemple 21:00.',
    );
    expect(screen.getByRole('alert').textContent).toContain(
      'À : Saisissez l’heure de fin, par exemple 24:00 pour minuit.',
    );
    expect(onSave).not.toHaveBeenCalled();
  });

  it('a stale version: says so in French and offers to reload', async () => {
    const onSave = jest.fn(async (): Promise<ApiProblem | null> => ({
      code: 'CONFLICT',
      message: 'Les disponibilités de cette personne ont été modifiées par quelqu’un d’autre depuis leur affichage.',
      fieldErrors: [],
    }));
    const { onReload } = renderEditor({ onSave });
    addSlot('1', '8', '12h');
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer les disponibilités' }));
    expect(await screen.findByText(/modifiées par quelqu’un d’autre/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Recharger les disponibilités/ }));
    expect(onReload).toHaveBeenCalledTimes(1);
  });

  it('read-only without PATHWAY_WRITE: no add, remove or save', () => {
    renderEditor({ canWrite: false });
    expect(screen.getByText('21:00 – 24:00')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByLabelText('De')).toBeNull();
  });
});

describe('the slot model', () => {
  it('reads hours as typed', () => {
    expect([parseTime('21:00'), parseTime('21h'), parseTime('7 h 30'), parseTime('24:00'), parseTime('0')]).toEqual([
      1260, 1260, 450, 1440, 0,
    ]);
    expect([parseTime('24:30'), parseTime('12:75'), parseTime('midi'), parseTime('')]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });

  it('touching slots are fine, overlapping ones and backwards ones are not', () => {
    expect(newSlotError(NIGHT, { weekday: 2, startMinute: 1020, endMinute: 1260 })).toBeNull();
    expect(newSlotError(NIGHT, { weekday: 2, startMinute: 1020, endMinute: 1261 })).toMatch(/chevauche/);
    expect(newSlotError([], { weekday: 2, startMinute: 1260, endMinute: 420 })).toMatch(/en deux plages/);
  });

  it('a night from Sunday to Monday wraps the week', () => {
    expect(
      nightsOf([
        { weekday: 7, startMinute: 1320, endMinute: 1440 },
        { weekday: 1, startMinute: 0, endMinute: 360 },
      ]),
    ).toEqual(['du dimanche au lundi (22:00 – 06:00)']);
  });
});
