import type { Assertion, Finding } from '@/types/api';

import { AssertionChip } from './assertion-chip';

interface FindingsListProps {
  findings: Finding[];
}

/** Every mention of one concept with one assertion, in document order. */
interface FindingGroup {
  key: string;
  concept: string;
  assertion: Assertion;
  mentions: Finding[];
}

function groupFindings(findings: Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const finding of [...findings].sort((a, b) => a.span.start - b.span.start)) {
    const key = `${finding.concept_id}|${finding.assertion}`;
    const group = groups.get(key);
    if (group) group.mentions.push(finding);
    else groups.set(key, { key, concept: finding.concept, assertion: finding.assertion, mentions: [finding] });
  }
  return [...groups.values()];
}

function describeMention(finding: Finding): string {
  const parts = [`“${finding.span.text}”`];
  if (finding.section) parts.push(finding.section.replace(/_/g, ' '));
  if (finding.trigger) parts.push(`trigger “${finding.trigger}”`);
  return parts.join(' · ');
}

function FindingItem({ group }: { group: FindingGroup }) {
  return (
    <li className={`finding-item finding-item--${group.assertion}`} data-assertion={group.assertion}>
      <div className="finding-item__head">
        <span className="finding-item__concept">{group.concept}</span>
        <AssertionChip assertion={group.assertion} />
        {group.mentions.length > 1 ? <span className="muted">{group.mentions.length} mentions</span> : null}
      </div>
      <ul className="finding-item__mentions">
        {group.mentions.map((mention) => (
          <li key={`${mention.span.start}-${mention.span.end}`}>{describeMention(mention)}</li>
        ))}
      </ul>
    </li>
  );
}

/** Findings split into what is stated as present and what was ruled out or is not current. */
export function FindingsList({ findings }: FindingsListProps) {
  const groups = groupFindings(findings);
  const present = groups.filter((group) => group.assertion === 'present');
  const other = groups.filter((group) => group.assertion !== 'present');
  return (
    <section className="panel" aria-labelledby="findings-heading">
      <h2 id="findings-heading">Findings</h2>
      {findings.length === 0 ? <p className="muted">No findings recognised.</p> : null}
      {present.length > 0 ? (
        <>
          <h3>Stated as present</h3>
          <ul className="finding-list" aria-label="Findings stated as present">
            {present.map((group) => (
              <FindingItem key={group.key} group={group} />
            ))}
          </ul>
        </>
      ) : null}
      {other.length > 0 ? (
        <>
          <h3>Ruled out or not current (not coded)</h3>
          <ul className="finding-list" aria-label="Findings ruled out or not current">
            {other.map((group) => (
              <FindingItem key={group.key} group={group} />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
