/** A printable table (界桩登记表, 界桩成果表, 界址点成果表): what the HTML and XLSX renderers share. */
export interface TableColumn {
  key: string;
  /** header text, Chinese first then English: 界桩编号 Marker No. */
  header: string;
  /** width in characters for XLSX */
  width?: number;
  align?: 'left' | 'right';
}

export type Cell = string | number | null;

export interface TableDocument {
  title: string;
  subtitle: string;
  columns: TableColumn[];
  rows: Array<Record<string, Cell>>;
  /** lines printed under the table: coordinate system, precision, who generated it */
  notes: string[];
}
