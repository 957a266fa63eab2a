/** Figures the benchmarks print: a percentile of unsorted timings, milliseconds to one decimal. */
export const percentile = (values: readonly number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};

export const ms = (value: number): string => `${value.toFixed(1)} ms`;
