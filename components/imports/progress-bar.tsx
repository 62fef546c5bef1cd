export function ProgressBar({ label, done, total }: { label: string; done: number; total: number }) {
  const pct = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  return (
    <div data-testid="import-progress" className="space-y-1" role="status">
      <p className="text-sm text-slate-700">{label}</p>
      <div className="h-2 w-full overflow-hidden rounded bg-slate-200">
        <div className="h-full bg-brand-600 transition-all" style={{ width: `${pct}%` }} />
      </div>
    </div>
  );
}
