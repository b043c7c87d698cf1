/** A column header that sorts its table: a real button inside the `th`, with `aria-sort` on the header. */
export interface SortState<K extends string> {
  key: K;
  dir: 'asc' | 'desc';
}

interface Props<K extends string> {
  label: string;
  sortKey: K;
  sort: SortState<K>;
  onSort(key: K): void;
  className?: string;
}

export function SortableHeader<K extends string>({ label, sortKey, sort, onSort, className }: Props<K>) {
  const active = sort.key === sortKey;
  return (
    <th scope="col" className={className} aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(sortKey)}>
        {label}
        <span className="sort-indicator" aria-hidden="true">
          {active ? (sort.dir === 'asc' ? '↑' : '↓') : ''}
        </span>
      </button>
    </th>
  );
}
