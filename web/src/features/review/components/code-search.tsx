import { useDeferredValue, useId, useState } from 'react';
import type { KeyboardEvent } from 'react';

import type { CodeSearchItem } from '@/types/api';

import { useCodeSearch } from '../api/search-codes';

interface CodeSearchProps {
  /** Accessible name of the search box, e.g. "Code for the selected text". */
  label: string;
  onChoose: (item: CodeSearchItem) => void;
  onCancel: () => void;
}

/** Type-ahead over the full ICD-10-CM catalog by code or words; arrows move, Enter chooses, Escape cancels. */
export function CodeSearch({ label, onChoose, onCancel }: CodeSearchProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const deferred = useDeferredValue(query);
  const results = useCodeSearch(deferred);
  const listId = useId();
  const items = query.trim() ? (results.data?.items ?? []) : [];

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((current) => Math.min(current + 1, Math.max(items.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((current) => Math.max(current - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const item = items[active];
      if (item?.billable) onChoose(item);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };

  return (
    <div className="code-search">
      <input
        type="search"
        role="combobox"
        aria-label={label}
        aria-expanded={items.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={items.length > 0 ? `${listId}-${active}` : undefined}
        placeholder="Code or words, e.g. J18.9 or pneumonia"
        value={query}
        autoFocus
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={`${label}: matches`} className="code-search__list">
        {items.map((item, index) => (
          <li
            key={item.code}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            aria-disabled={!item.billable}
            className={index === active ? 'code-search__item code-search__item--active' : 'code-search__item'}
            onMouseDown={(event) => {
              event.preventDefault();
              if (item.billable) onChoose(item);
            }}
          >
            <strong>{item.code}</strong> {item.title}
            {item.billable ? null : <span className="muted"> (category, not billable)</span>}
          </li>
        ))}
      </ul>
      {query.trim() && results.data && items.length === 0 ? <p className="muted">No code matches.</p> : null}
    </div>
  );
}
