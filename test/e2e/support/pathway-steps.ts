import type { Locator, Page } from 'playwright-core';

/** `dd/mm/yyyy` of today + n days (Europe/Paris), as a person types it. */
export function frDate(daysFromToday: number): string {
  const d = new Date(Date.now() + daysFromToday * 86_400_000);
  const [y, m, day] = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  })
    .format(d)
    .split('-');
  return `${day}/${m}/${y}`;
}

/** Opens a tab of the person file and waits for its panel. */
export async function openTab(page: Page, name: string): Promise<void> {
  await page.getByRole('tab', { name }).click();
  await page.getByRole('tabpanel', { name }).waitFor();
}

/** The form region titled `title`, opened with its « Ajouter … » button when it is not open yet. */
export async function openForm(page: Page, addLabel: string | null, title: string): Promise<Locator> {
  const form = page.getByRole('region', { name: title, exact: true });
  if (addLabel && !(await form.isVisible())) await page.getByRole('button', { name: addLabel, exact: true }).click();
  await form.waitFor();
  return form;
}

/** Fills the fields of a form by label: text and dates are typed, selects are chosen by their visible label. */
export async function fill(form: Locator, values: Record<string, string | boolean>): Promise<void> {
  for (const [label, value] of Object.entries(values)) {
    // A form control whose label starts with it (required fields add « * »; groups with a label are skipped).
    const field = form
      .getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
      .and(form.locator('input, select, textarea'))
      .first();
    const tag = await field.evaluate((el) => el.tagName.toLowerCase());
    if (typeof value === 'boolean') await field.setChecked(value);
    else if (tag === 'select') await field.selectOption({ label: value });
    else await field.fill(value);
  }
}

/** Submits a form and waits until it closes (saved) — or returns the refusal shown in it. */
export async function submit(form: Locator, button: string): Promise<void> {
  await form.getByRole('button', { name: button, exact: true }).click();
  await form.waitFor({ state: 'detached', timeout: 10_000 });
}

export async function submitExpectingRefusal(form: Locator, button: string): Promise<string> {
  await form.getByRole('button', { name: button, exact: true }).click();
  const summary = form.getByRole('alert');
  await summary.waitFor();
  return summary.innerText();
}
