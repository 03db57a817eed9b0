import type { ReviewGroupStats } from '@/types/api';

/** One point of a review chart: a group's estimated precision and recall, null where nothing was counted. */
export interface ReviewPoint {
  key: string;
  label: string;
  documents: number;
  precision: number | null;
  recall: number | null;
}

/** An engine version is a long fingerprint; its first 8 characters tell versions apart on an axis. */
export function shortVersion(version: string): string {
  return version.length > 10 ? version.slice(0, 8) : version;
}

export function toReviewPoints(
  groups: ReviewGroupStats[],
  label: (key: string) => string = (key) => key,
): ReviewPoint[] {
  return groups.map((group) => ({
    key: group.key,
    label: label(group.key),
    documents: group.documents,
    precision: group.acceptance_rate,
    recall: group.recall,
  }));
}

/** Days in calendar order (the API's keys are ISO dates, yyyy-mm-dd). */
export function byDay(groups: ReviewGroupStats[]): ReviewPoint[] {
  return toReviewPoints([...groups].sort((a, b) => a.key.localeCompare(b.key)));
}
