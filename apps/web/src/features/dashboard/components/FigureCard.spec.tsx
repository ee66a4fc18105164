import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen } from '@testing-library/react';
import { type FigureData, FigureCard, type FigurePart } from './FigureCard';

const part = (role: string, code: string, label: string, value: number): FigurePart => ({
  role,
  code,
  label,
  value,
  unit: 'count',
  definition: null,
  drillable: true,
});

const rate = (over: Partial<FigureData> = {}): FigureData => ({
  code: 'exits.dynamic_rate',
  label: 'Taux de sorties dynamiques',
  value: 6667,
  unit: 'rate_bp',
  definition: 'Sorties dynamiques ÷ sorties examinées.',
  drillable: false,
  parts: [
    part('numerator', 'exits.dynamic', 'Sorties dynamiques', 2),
    part('denominator', 'exits.examined', 'Sorties examinées', 3),
  ],
  smallBaseNote: 'calculé sur 3 sorties : trop peu pour conclure',
  ...over,
});

const spaces = (text: string | null) => (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ');

function renderCard(figure: FigureData, onOpenPart?: (p: FigurePart) => void) {
  render(
    <MantineProvider>
      <FigureCard figure={figure} onOpenPart={onOpenPart} />
    </MantineProvider>,
  );
}

describe('FigureCard', () => {
  it('makes a rate’s figure the button to the records it is computed on, reachable by keyboard', () => {
    const onOpenPart = jest.fn();
    renderCard(rate(), onOpenPart);
    const figure = screen.getByRole('button', { name: /^Taux de sorties dynamiques : 66,7/ });
    expect(spaces(figure.textContent)).toBe('66,7 %');
    expect(spaces(figure.getAttribute('aria-label'))).toBe(
      'Taux de sorties dynamiques : 66,7 % — voir le détail des sorties examinées (3)',
    );
    expect(figure.tagName).toBe('BUTTON');
    figure.focus();
    expect(document.activeElement).toBe(figure);
    fireEvent.click(figure);
    expect(onOpenPart).toHaveBeenCalledWith(expect.objectContaining({ code: 'exits.examined' }));
    // Its two counts still open theirs.
    fireEvent.click(screen.getByRole('button', { name: /^Sorties dynamiques : 2 — numérateur/ }));
    expect(onOpenPart).toHaveBeenLastCalledWith(expect.objectContaining({ code: 'exits.dynamic' }));
  });

  it('says next to the figure that a rate on fewer than 5 exits is too few to conclude', () => {
    renderCard(rate());
    expect(screen.getByText('calculé sur 3 sorties : trop peu pour conclure')).toBeTruthy();
  });

  it('says nothing of the kind on enough exits, and leaves the figure plain without records to open', () => {
    renderCard(rate({ smallBaseNote: null }));
    expect(screen.queryByText(/trop peu pour conclure/)).toBeNull();
    expect(screen.queryByRole('button', { name: /^Taux de sorties dynamiques/ })).toBeNull();
  });
});
