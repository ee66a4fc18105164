import { type SetURLSearchParams, useSearchParams } from 'react-router';

/** Sets one parameter of a list's address (an empty value removes it). */
export type SetFilterParam = (name: string, value: string) => void;

/**
 * A list's filters and page kept in the address (?q, ?type, ?page…): react-router's parameters and setter, and
 * `setParam(name, value)`. Setting a filter goes back to the first page and replaces the history entry; setting `page`
 * adds one, so that « Précédent » in the browser returns to the page before.
 */
export function useFilterParams(): [URLSearchParams, SetURLSearchParams, SetFilterParam] {
  const [params, setParams] = useSearchParams();
  const setParam: SetFilterParam = (name, value) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(name, value);
        else next.delete(name);
        if (name !== 'page') next.delete('page');
        return next;
      },
      { replace: name !== 'page' },
    );
  return [params, setParams, setParam];
}
