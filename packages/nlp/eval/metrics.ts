/**
 * Precision, recall and F1 per label, and a confusion matrix, printed as aligned text.
 */
export interface Pair {
  gold: string;
  predicted: string;
}

export interface LabelScore {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export function scores(
  pairs: readonly Pair[],
  labels: readonly string[],
): { perLabel: LabelScore[]; accuracy: number; macroF1: number } {
  const perLabel = labels.map((label) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const p of pairs) {
      if (p.predicted === label && p.gold === label) tp++;
      else if (p.predicted === label) fp++;
      else if (p.gold === label) fn++;
    }
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    return { label, precision, recall, f1, support: tp + fn };
  });
  const withSupport = perLabel.filter((l) => l.support > 0);
  const macroF1 = withSupport.reduce((s, l) => s + l.f1, 0) / Math.max(1, withSupport.length);
  const accuracy = pairs.filter((p) => p.gold === p.predicted).length / Math.max(1, pairs.length);
  return { perLabel, accuracy, macroF1 };
}

const f = (x: number) => x.toFixed(2).padStart(5);

/** One table: a row per label with P/R/F1 of each system on each split. */
export function printComparison(title: string, labels: readonly string[], runs: Array<{ name: string; pairs: Pair[] }>): void {
  console.log(`\n-- ${title}`);
  const computed = runs.map((r) => ({ name: r.name, ...scores(r.pairs, labels) }));
  const width = Math.max(14, ...labels.map((l) => l.length + 2));
  console.log(`${''.padEnd(width)}${computed.map((c) => c.name.padStart(19)).join('')}`);
  console.log(`${'label'.padEnd(width)}${computed.map(() => '    P     R    F1 ').join('')}  n`);
  for (const label of labels) {
    const cells = computed.map((c) => {
      const s = c.perLabel.find((l) => l.label === label) as LabelScore;
      return ` ${f(s.precision)} ${f(s.recall)} ${f(s.f1)}`;
    });
    const support = computed.map((c) => c.perLabel.find((l) => l.label === label)?.support ?? 0);
    if (support.every((s) => s === 0)) continue;
    console.log(`${label.padEnd(width)}${cells.join(' ')}  ${support.join('/')}`);
  }
  console.log(`${'macro F1'.padEnd(width)}${computed.map((c) => `${' '.repeat(13)}${f(c.macroF1)} `).join('')}`);
  console.log(`${'accuracy'.padEnd(width)}${computed.map((c) => `${' '.repeat(13)}${f(c.accuracy)} `).join('')}`);
}

export function printConfusion(title: string, labels: readonly string[], pairs: readonly Pair[]): void {
  const used = labels.filter((l) => pairs.some((p) => p.gold === l || p.predicted === l));
  const w = Math.max(8, ...used.map((l) => Math.min(l.length, 12) + 1));
  console.log(`   confusion (${title}; rows gold, columns predicted)`);
  console.log(`   ${''.padEnd(w)}${used.map((l) => l.slice(0, 12).padStart(w)).join('')}`);
  for (const g of used) {
    const row = used.map((p) => String(pairs.filter((x) => x.gold === g && x.predicted === p).length).padStart(w));
    console.log(`   ${g.slice(0, 12).padEnd(w)}${row.join('')}`);
  }
}
