/** A file size as people read it: "512 byte", "14 kB", "2,3 MB", in the interface language. */
export function formatSize(bytes: number, language: string): string {
  const unit = (value: number, name: 'byte' | 'kilobyte' | 'megabyte', digits: number) =>
    new Intl.NumberFormat(language, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: digits }).format(
      value,
    );
  if (bytes < 1024) return unit(bytes, 'byte', 0);
  if (bytes < 1024 * 1024) return unit(bytes / 1024, 'kilobyte', 0);
  return unit(bytes / (1024 * 1024), 'megabyte', 1);
}
