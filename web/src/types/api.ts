import type { components } from './openapi.gen';

// Every type the UI exchanges with the MedDoc API, as the API's OpenAPI document describes it. The
// shapes are generated (src/types/openapi.gen.ts from web/openapi/v1.json: npm run generate:api), never
// written by hand; this file only gives them the names the UI uses. Fields on the wire are snake_case.
type Schemas = components['schemas'];

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

export const assertions = [
  'present',
  'negated',
  'possible',
  'hypothetical',
  'historical',
  'family',
] as const satisfies readonly Schemas['Assertion'][];

export type Assertion = Schemas['Assertion'];
export type LabFlag = Schemas['LabFlag'];
export type CodeBasis = Schemas['CodeBasis'];

/** Offsets count Unicode code points of the document text, end exclusive: text === codePoints.slice(start, end). */
export type TextSpan = Schemas['SpanResponse'];
export type Classification = Schemas['ClassifyResponse'];
export type Section = Schemas['SectionResponse'];
export type ReferenceRange = Schemas['ReferenceRangeResponse'];
export type LabResult = Schemas['LabResultResponse'];
export type Finding = Schemas['FindingResponse'];
export type CodeSuggestion = Schemas['CodeResponse'];
export type Summary = Schemas['SummarizeResponse'];
export type AnalysisResult = Schemas['AnalysisResponse'];

/** The answer to POST /api/documents and GET /api/documents/{id}. */
export type StoredDocument = Schemas['DocumentResponse'];
/** One row of GET /api/documents. */
export type DocumentListItem = Schemas['DocumentListItem'];
/** GET /api/documents. */
export type DocumentPage = Schemas['DocumentPage'];
/** JSON body of POST /api/documents when text is pasted. */
export type DocumentTextRequest = Schemas['DocumentJsonUpload'];

/** GET /api/eval/quick. */
export type QuickEvaluation = Schemas['QuickEvalResponse'];
/** Precision, recall and F1 of one document type; support = documents that carry the label. */
export type LabelMetrics = Schemas['LabelMetricsResponse'];
/** Expected label → predicted label → documents. */
export type ConfusionCounts = Schemas['ClassificationMetrics']['confusion'];
/** A document the evaluation got wrong, with why. */
export type EvalFailure = Schemas['EvalFailureResponse'];

/** RFC 9457 problem details, as every API error is answered; type is urn:meddoc:problem:KIND. */
export type ProblemDetails = Schemas['ProblemDetails'];

// Sign-in (GET /api/auth/config) and the signed-in caller (GET /api/me).
export type AuthConfigResponse = Schemas['AuthConfigResponse'];
export type Caller = Schemas['CallerResponse'];

/** GET and PUT /api/documents/{id}/review: the current revision (null before the first save) and the history. */
export type DocumentReview = Schemas['DocumentReviewResponse'];
export type ReviewRevision = Schemas['ReviewRevisionResponse'];
export type ReviewRequest = Schemas['ReviewRequest'];
export type ReviewDecision = Schemas['ReviewDecision'];
export type RejectionReason = NonNullable<Schemas['RejectionReason']>;
/** GET /api/codes. */
export type CodeSearch = Schemas['CodeSearchResponse'];
export type CodeSearchItem = Schemas['CodeSearchItem'];
/** GET /api/reviews/stats. */
export type ReviewStats = Schemas['ReviewStatsResponse'];
export type ReviewGroupStats = Schemas['ReviewGroupStats'];
export type ReviewCodeStats = Schemas['ReviewCodeStats'];
