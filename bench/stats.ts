/** Medians and their ratios, as every benchmark here reports them. */

export const median = (values: readonly number[] | undefined): number => {
  if (!values?.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * A 95 % interval of the ratio of two medians: each side's samples resampled
 * with replacement, 2,000 times (a fixed seed, so one run's samples always give
 * the same interval). Says whether a verdict could go the other way on a rerun.
 */
function ratioInterval(ours: readonly number[] | undefined, base: readonly number[] | undefined): [number, number] {
  if (!ours?.length || !base?.length) return [Number.NaN, Number.NaN];
  let seed = 0x2545f491;
  const random = () => ((seed = Math.imul(seed ^ (seed >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
  const resampledMedian = (values: readonly number[]) => median(Array.from(values, () => values[Math.floor(random() * values.length)]!));
  const ratios = Array.from({ length: 2000 }, () => resampledMedian(ours) / resampledMedian(base)).sort((a, b) => a - b);
  return [ratios[Math.floor(0.025 * ratios.length)]!, ratios[Math.ceil(0.975 * ratios.length) - 1]!];
}

/** Ours against a peer's samples, as both benchmarks judge a goal on the ratio of medians. */
export interface Comparison {
  ratio: number;
  /** The ratio's 95 % interval (`ratioInterval`). */
  interval: [number, number];
  met: boolean;
  /** The interval lies on both sides of the goal: another run of the same code may give the other verdict. */
  atTheEdge: boolean;
}

export function compare(ours: readonly number[] | undefined, base: readonly number[] | undefined, goal: number): Comparison {
  const ratio = median(ours) / median(base);
  const interval = ratioInterval(ours, base);
  return { ratio, interval, met: ratio <= goal, atTheEdge: interval[0] <= goal && interval[1] > goal };
}

/** `(at the edge: the interval spans the goal)` after a verdict whose interval spans its goal. */
export const edgeNote = ({ atTheEdge }: Comparison): string => (atTheEdge ? ' (at the edge: the interval spans the goal)' : '');
