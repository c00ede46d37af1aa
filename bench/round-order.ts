/**
 * The order in which round `round` runs `count` contenders: each once,
 * starting with contender `round mod count` and going on in turn, so that
 * over the rounds each goes first as often as the others and the load of
 * the machine, which changes by the minute on shared cores, weighs on each
 * alike.
 */
export function roundOrder(round: number, count: number): number[] {
  const first = round % count;
  return Array.from({ length: count }, (_, k) => (first + k) % count);
}
