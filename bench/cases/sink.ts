// Keeps measured results observable so the engine cannot drop the work that produced them.
let acc = 0;

export function sink(n: number): void {
  acc = (acc + n) | 0;
}

export function sinkValue(): number {
  return acc;
}
