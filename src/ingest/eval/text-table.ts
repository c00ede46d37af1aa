/**
 * A plain-text table: the header, then each section of rows under a rule of
 * its own. The first `leftColumns` columns (names) are aligned left, the
 * others (numbers) right.
 */
export function formatTextTable(
  header: readonly string[],
  sections: readonly (readonly (readonly string[])[])[],
  leftColumns: number,
): string {
  const rows = [header, ...sections.flat()];
  const widths = header.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) =>
        column < leftColumns ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [
    line(header),
    ...sections.filter((rows) => rows.length > 0).flatMap((rows) => [rule, ...rows.map(line)]),
  ].join('\n');
}
