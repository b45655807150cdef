/** Heap a built thing keeps (MB): collected before and after, with `node --expose-gc` (approximate without). */
export function heapKeptBy(build: () => unknown): number {
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  const kept = build();
  global.gc?.();
  const megabytes = (process.memoryUsage().heapUsed - before) / 1e6;
  // Read after the measure, so `kept` stays alive through it.
  void (kept as { toString(): string }).toString;
  return megabytes;
}
