import type { Classification } from '@/types/api';
import { formatPercent } from '@/utils/format';

interface ClassificationBadgeProps {
  classification: Classification;
}

/** The document type as a badge, with how sure the engine is and why. */
export function ClassificationBadge({ classification }: ClassificationBadgeProps) {
  const { document_type: type, confidence, rationale, source } = classification;
  return (
    <section className="classification" aria-label="Document type">
      <div className="classification__row">
        <span className="type-badge" data-testid="document-type">
          {type}
        </span>
        <span className="classification__confidence">{formatPercent(confidence)} confidence</span>
        {source ? <span className="classification__source">by {source === 'llm' ? 'Claude' : source}</span> : null}
      </div>
      {rationale ? <p className="classification__rationale">{rationale}</p> : null}
    </section>
  );
}
