/** A route's numeric id ("/projects/42"), or null (the page answers 404) for anything else. */
export function parseIdParam(value: string | undefined): number | null {
  if (!value || !/^[1-9]\d{0,9}$/.test(value)) return null;
  const n = Number(value);
  return n <= 2_147_483_647 ? n : null;
}
