import type { components } from './openapi.gen';

// Every type the UI exchanges with the MedDoc API, named as on the wire (snake_case).
// The contract is shared/design/API.md; keep this file the only place these shapes live.

export const documentTypes = [
  'COMPLETE BLOOD COUNT',
  'BASIC METABOLIC PANEL',
  'COMPREHENSIVE METABOLIC PANEL',
  'LIPID PANEL',
  'X-RAY',
  'CT',
  'MRI',
  'ULTRASOUND',
  'DISCHARGE SUMMARY',
  'PATHOLOGY REPORT',
  'CLINICAL NOTE',
  'OTHER',
] as const;

/** One of the contract's labels; kept open so a label added by the API still renders. */
export type DocumentType = (typeof documentTypes)[number] | (string & {});

export const assertions = ['present', 'negated', 'possible', 'hypothetical', 'historical', 'family'] as const;

export type Assertion = (typeof assertions)[number];

export type LabFlag = 'normal' | 'low' | 'high' | 'critical_low' | 'critical_high' | 'abnormal';

export type CodeBasis = 'documented' | 'lab_value';

/** Offsets count Unicode code points of the document text, end exclusive: text === codePoints.slice(start, end). */
export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface Classification {
  document_type: DocumentType;
  confidence: number;
  rationale: string;
  source?: string;
}

export interface Section {
  /** lower_snake_case category such as "findings", "impression", "labs". */
  category: string;
  /** The header as written; null for the untitled body. */
  header: TextSpan | null;
  content: TextSpan;
}

export interface ReferenceRange {
  low: number | null;
  high: number | null;
  text: string | null;
}

export interface LabResult {
  analyte: string;
  name: string;
  value: number | null;
  value_text: string;
  unit: string | null;
  reference_range: ReferenceRange | null;
  /** True when no range was printed and the engine's adult reference range applied. */
  range_is_default?: boolean;
  flag: LabFlag;
  span: TextSpan;
}

export interface Finding {
  concept_id: string;
  concept: string;
  assertion: Assertion;
  span: TextSpan;
  section?: string | null;
  trigger?: string | null;
}

export interface CodeSuggestion {
  code: string;
  description: string;
  evidence: string[];
  evidence_spans: TextSpan[];
  confidence: number;
  basis: CodeBasis;
  assertion?: Assertion;
}

export interface Summary {
  summary: string;
  key_findings: string[];
}

export interface AnalysisResult {
  classification: Classification;
  sections: Section[];
  lab_results: LabResult[];
  findings: Finding[];
  codes: CodeSuggestion[];
  summary: Summary;
  /** The analysed text, when the API returns it (always needed for PDFs, whose bytes are not text). */
  text?: string | null;
  source?: string;
  warnings?: string[] | null;
  engine_version?: string;
}

/** The answer to POST /api/documents and GET /api/documents/{id}. */
export interface StoredDocument {
  id: string;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256: string;
  created_at: string;
  analysis: AnalysisResult;
}

/** One row of GET /api/documents; the list may leave out the full analysis. */
export interface DocumentListItem {
  id: string;
  filename: string;
  content_type: string;
  size_bytes: number;
  sha256?: string;
  created_at: string;
  document_type?: DocumentType | null;
  code_count?: number;
  analysis?: AnalysisResult | null;
}

export interface Page<T> {
  items: T[];
  page: number;
  page_size: number;
  total: number;
}

/** JSON body of POST /api/documents when text is pasted. */
export interface DocumentTextRequest {
  document_text: string;
  filename?: string;
}

/** Precision, recall and F1 of one document type; support = documents that carry the label. */
export interface LabelMetrics {
  label: string;
  precision: number;
  recall: number;
  f1: number;
  support?: number;
  true_positives?: number;
  false_positives?: number;
  false_negatives?: number;
}

/** Row i is the expected label labels[i]; column j the predicted label labels[j]. */
export interface ConfusionMatrix {
  labels: string[];
  matrix: number[][];
}

/** The same matrix as nested counts: expected label → predicted label → documents. */
export type ConfusionCounts = Record<string, Record<string, number>>;

/** A document the evaluation got wrong. */
export interface EvalFailure {
  id: string;
  reasons?: string[];
  reason?: string | null;
  expected_type?: string | null;
  predicted_type?: string | null;
  missing_codes?: string[];
  extra_codes?: string[];
}

/**
 * GET /api/eval/quick. The first six fields are the contract; the per-label metrics, the confusion
 * matrix and the failures are optional details the UI renders when the API sends them.
 */
export interface QuickEvaluation {
  dataset: string;
  num_examples: number;
  classification: {
    accuracy: number;
    correct: number;
    total: number;
    per_label?: LabelMetrics[] | null;
    confusion?: ConfusionCounts | null;
  };
  codes: { precision: number; recall: number; f1: number };
  passed: boolean;
  thresholds: { accuracy: number; f1: number };
  per_label?: LabelMetrics[] | null;
  confusion_matrix?: ConfusionMatrix | ConfusionCounts | null;
  failures?: EvalFailure[] | null;
  failed_documents?: EvalFailure[] | null;
}

/** RFC 9457 problem details, as every API error is answered. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  errors?: Record<string, string[]>;
}

// The review loop's wire types come from the API's OpenAPI document (src/types/openapi.gen.ts, generated
// by `npm run generate:api` from web/openapi/v1.json), not kept by hand.
type Schemas = components['schemas'];

/** GET and PUT /api/documents/{id}/review: the current revision (null before the first save) and the history. */
export type DocumentReview = Schemas['DocumentReviewResponse'];
export type ReviewRevision = Schemas['ReviewRevisionResponse'];
export type ReviewRequest = Schemas['ReviewRequest'];
export type ReviewDecision = Schemas['CodeDecisionResponse']['decision'];
export type RejectionReason = NonNullable<Schemas['CodeDecisionResponse']['reason']>;
/** GET /api/codes. */
export type CodeSearch = Schemas['CodeSearchResponse'];
export type CodeSearchItem = Schemas['CodeSearchItem'];
/** GET /api/reviews/stats. */
export type ReviewStats = Schemas['ReviewStatsResponse'];
export type ReviewGroupStats = Schemas['ReviewGroupStats'];
