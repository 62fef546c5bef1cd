// A small trend line in plain SVG: no client JavaScript, drawn on the server, for the KPI cards.
// `values` is this year (null where there is nothing yet: the line stops); `compare`, drawn
// dashed and grey, is the same months last year or the plan pace. Props only; the caller passes
// the label that says the key numbers in words.

const W = 240;
const H = 44;
const PAD = 3;

function path(values: readonly (number | null)[], max: number, count: number): string {
  const x = (i: number) => PAD + (count <= 1 ? 0 : (i * (W - 2 * PAD)) / (count - 1));
  const y = (v: number) => H - PAD - (max <= 0 ? 0 : (v / max) * (H - 2 * PAD));
  let d = "";
  let open = false;
  values.forEach((v, i) => {
    if (v === null || !Number.isFinite(v)) {
      open = false;
      return;
    }
    d += `${open ? "L" : "M"}${x(i).toFixed(1)} ${y(v).toFixed(1)} `;
    open = true;
  });
  return d.trim();
}

export function Sparkline({ values, compare, label, testId }: { values: readonly (number | null)[]; compare?: readonly (number | null)[]; label: string; testId?: string }) {
  const all = [...values, ...(compare ?? [])].filter((v): v is number => v !== null && Number.isFinite(v));
  const max = Math.max(0, ...all);
  const count = Math.max(values.length, compare?.length ?? 0);
  const main = path(values, max, count);
  const other = compare ? path(compare, max, count) : "";
  return (
    <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" role="img" aria-label={label} data-testid={testId} className="h-11 w-full">
      <line x1={PAD} x2={W - PAD} y1={H - PAD} y2={H - PAD} stroke="#e2e8f0" strokeWidth="1" vectorEffect="non-scaling-stroke" />
      {other && <path d={other} fill="none" stroke="#94a3b8" strokeWidth="1.5" strokeDasharray="4 3" vectorEffect="non-scaling-stroke" />}
      {main && <path d={main} fill="none" stroke="#1d4ed8" strokeWidth="2" strokeLinejoin="round" vectorEffect="non-scaling-stroke" />}
    </svg>
  );
}
