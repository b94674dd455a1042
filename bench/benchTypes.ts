/** One measured figure from `npm run bench`. Timings are reported as ratios to a baseline from the same run where possible. */
export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  /** The target, in words, e.g. "< 2.0x baseline". */
  goal?: string;
  /** Whether `value` meets `goal` (undefined: informational only). */
  ok?: boolean;
  note?: string;
}
