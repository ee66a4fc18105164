import { useEffect, useRef } from 'react';

/**
 * Keyboard focus for forms opened in place by a button: the first field takes the focus when a form opens, and the
 * button that opened it gets it back when the form closes (saved or cancelled), so keyboard users never land on
 * the top of the page. `open` names the open form (null when none); `returnTo(name)` is the ref of its button.
 */
export function useInPlaceFormFocus(open: string | null) {
  const formRef = useRef<HTMLDivElement>(null);
  const buttons = useRef<Record<string, HTMLButtonElement | null>>({});
  const last = useRef<string | null>(null);
  useEffect(() => {
    if (open) formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
    else if (last.current) buttons.current[last.current]?.focus();
    last.current = open;
  }, [open]);
  const returnTo = (name: string) => (el: HTMLButtonElement | null) => {
    buttons.current[name] = el;
  };
  return { formRef, returnTo };
}
