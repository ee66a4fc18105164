import type { Locator, Page } from 'playwright-core';

/**
 * Counts what a person does in the browser, to measure a journey in interactions (never in time): each `click`,
 * `press` (one key), `fill` (a whole value typed into one field, however long) and `selectOption` counts 1. Waiting,
 * reading and navigation done by the test itself (`page.goto`, checks) count nothing. docs/benchmarks.md.
 */
export class Interactions {
  private n = 0;
  readonly log: string[] = [];

  constructor(readonly page: Page) {}

  get count(): number {
    return this.n;
  }

  /** Starts a new count (the journey's setup is not counted). */
  reset(): void {
    this.n = 0;
    this.log.length = 0;
  }

  private note(what: string): void {
    this.n += 1;
    this.log.push(what);
  }

  async click(target: Locator): Promise<void> {
    await target.click();
    this.note(`click ${target.toString()}`);
  }

  /** One key, on `target` if given, else wherever the focus is. */
  async press(key: string, target?: Locator): Promise<void> {
    if (target) await target.press(key);
    else await this.page.keyboard.press(key);
    this.note(`press ${key}`);
  }

  /** Several keys pressed one after the other: each counts 1. */
  async keys(...keys: string[]): Promise<void> {
    for (const k of keys) await this.press(k);
  }

  async fill(target: Locator, value: string): Promise<void> {
    await target.fill(value);
    this.note(`fill ${target.toString()}`);
  }

  async selectOption(target: Locator, value: string | { label: string }): Promise<void> {
    await target.selectOption(value);
    this.note(`select ${target.toString()}`);
  }
}
