// jsdom lays nothing out, so every element measures 0×0 and a virtualized table would draw no
// rows. These tests give the scroll area a screen's height (rows have a fixed height); real
// layout is checked in Chromium (test/e2e/confirmAndLogins.test.ts).
import { afterAll, beforeAll } from 'vitest';

const scrolls = (element: HTMLElement) =>
  element.classList.contains('sources-scroll') || element.classList.contains('logins-scroll');
const stubs: [object, string, (element: HTMLElement) => number][] = [
  [Element.prototype, 'clientHeight', (element) => (scrolls(element) ? 600 : 0)],
  [Element.prototype, 'clientWidth', (element) => (scrolls(element) ? 1000 : 0)],
];

export function stubTableLayout(): void {
  const originals = stubs.map(([prototype, name]) => Object.getOwnPropertyDescriptor(prototype, name));
  beforeAll(() => {
    for (const [prototype, name, measure] of stubs) {
      Object.defineProperty(prototype, name, {
        configurable: true,
        get(this: HTMLElement) {
          return measure(this);
        },
      });
    }
  });
  afterAll(() => {
    stubs.forEach(([prototype, name], index) => {
      const original = originals[index];
      if (original) Object.defineProperty(prototype, name, original);
    });
  });
}
