import { TextDecoder, TextEncoder } from 'node:util';

// jsdom lacks what Mantine reads at start (media queries, element resizes): minimal stand-ins for the web unit tests.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
Object.defineProperty(window, 'ResizeObserver', { writable: true, value: NoResizeObserver });
// React Router (imported through @tremplin/web-ui) needs the text codecs, which jsdom does not expose.
Object.assign(globalThis, { TextEncoder, TextDecoder });
