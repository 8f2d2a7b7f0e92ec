/** The import formats the core reads (its `format` values), as people know them. */
export const IMPORT_FORMATS: { value: string; label: string }[] = [
  { value: 'pocket-html', label: 'Pocket (HTML export)' },
  { value: 'pocket-csv', label: 'Pocket (CSV export zip)' },
  { value: 'instapaper', label: 'Instapaper (CSV)' },
  { value: 'omnivore', label: 'Omnivore (export zip)' },
  { value: 'wallabag', label: 'Wallabag (JSON)' },
  { value: 'karakeep', label: 'Karakeep / Hoarder (JSON)' },
  { value: 'netscape', label: 'Browser bookmarks (HTML)' },
  { value: 'opml', label: 'OPML' },
  { value: 'urls', label: 'A list of URLs (text)' },
  { value: 'quire-archive', label: 'Quire archive' },
];

export interface ExportFormat {
  value: string;
  label: string;
  description: string;
  /** Can carry whole articles rather than links. */
  full?: boolean;
}

export const EXPORT_FORMATS: ExportFormat[] = [
  {
    value: 'md',
    label: 'Markdown',
    description: 'A list of links, or the whole articles as text.',
    full: true,
  },
  { value: 'html', label: 'Web page', description: 'A reading list to open in any browser.' },
  { value: 'netscape', label: 'Browser bookmarks', description: 'To import into a browser or another app.' },
  { value: 'csv', label: 'CSV', description: 'One row per article, for spreadsheets.' },
  { value: 'json', label: 'JSON', description: 'Every detail, for scripts and other apps.', full: true },
  { value: 'opml', label: 'OPML', description: 'For outliners and feed readers.' },
  { value: 'epub', label: 'EPUB', description: 'An e-book of the articles, for e-readers.' },
];

export function importFormatLabel(value: string): string {
  return IMPORT_FORMATS.find((f) => f.value === value)?.label ?? value;
}
