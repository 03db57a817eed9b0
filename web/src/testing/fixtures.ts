import type {
  AnalysisResult,
  Batch,
  BatchDocument,
  DocumentReview,
  QuickEvaluation,
  StoredDocument,
  TextSpan,
} from '@/types/api';

// Synthetic clinical text only: no real patient data in tests.
export const chestReport = [
  'EXAMINATION: Chest PA and lateral, 2 views.',
  'INDICATION: Cough. Temp 38.2 °C.',
  'FINDINGS: Mild cardiomegaly. Small left pleural effusion. No pneumothorax.',
  'IMPRESSION: Cardiomegaly. Small left pleural effusion. Mother with breast cancer.',
].join('\n');

/** The n-th occurrence (0-based) of `phrase` in `text`, with code-point offsets as the API sends them. */
export function spanOf(text: string, phrase: string, occurrence = 0): TextSpan {
  let index = -1;
  for (let i = 0; i <= occurrence; i += 1) {
    index = text.indexOf(phrase, index + 1);
    if (index < 0) throw new Error(`"${phrase}" occurs fewer than ${occurrence + 1} times`);
  }
  const start = Array.from(text.slice(0, index)).length;
  return { start, end: start + Array.from(phrase).length, text: phrase };
}

export function chestAnalysis(text = chestReport): AnalysisResult {
  return {
    classification: {
      document_type: 'X-RAY',
      confidence: 0.93,
      rationale: 'Radiograph views of the chest: "Chest PA and lateral"',
      source: 'rules',
    },
    sections: [],
    lab_results: [],
    findings: [
      {
        concept_id: 'cardiomegaly',
        concept: 'Cardiomegaly',
        assertion: 'present',
        span: spanOf(text, 'cardiomegaly'),
        section: 'findings',
        trigger: null,
      },
      {
        concept_id: 'pleural_effusion',
        concept: 'Pleural effusion',
        assertion: 'present',
        span: spanOf(text, 'pleural effusion'),
        section: 'findings',
        trigger: null,
      },
      {
        concept_id: 'pneumothorax',
        concept: 'Pneumothorax',
        assertion: 'negated',
        span: spanOf(text, 'pneumothorax'),
        section: 'findings',
        trigger: 'No',
      },
      {
        concept_id: 'breast_cancer',
        concept: 'Breast cancer',
        assertion: 'family',
        span: spanOf(text, 'breast cancer'),
        section: 'impression',
        trigger: 'Mother with',
      },
    ],
    codes: [
      {
        code: 'I51.7',
        description: 'Cardiomegaly',
        evidence: ['Mild cardiomegaly'],
        evidence_spans: [spanOf(text, 'Mild cardiomegaly')],
        confidence: 0.9,
        basis: 'documented',
        assertion: 'present',
      },
      {
        code: 'J90',
        description: 'Pleural effusion, not elsewhere classified',
        evidence: ['Small left pleural effusion', 'Small left pleural effusion'],
        evidence_spans: [spanOf(text, 'Small left pleural effusion'), spanOf(text, 'Small left pleural effusion', 1)],
        confidence: 0.88,
        basis: 'documented',
        assertion: 'present',
      },
    ],
    summary: {
      summary: 'Chest radiograph: mild cardiomegaly and a small left pleural effusion.',
      key_findings: ['Cardiomegaly', 'Small left pleural effusion'],
    },
    source: 'rules',
    warnings: [],
    engine_version: 'test-engine',
  };
}

export function storedDocument(overrides: Partial<StoredDocument> = {}): StoredDocument {
  return {
    id: 'doc-1',
    filename: 'chest-xray.txt',
    content_type: 'text/plain; charset=utf-8',
    size_bytes: new TextEncoder().encode(chestReport).length,
    sha256: 'a'.repeat(64),
    created_at: '2026-11-26T20:15:00Z',
    analysis: chestAnalysis(),
    ...overrides,
  };
}

export function quickEvaluation(overrides: Partial<QuickEvaluation> = {}): QuickEvaluation {
  return {
    dataset: 'quick_v1',
    num_examples: 20,
    classification: { accuracy: 0.95, correct: 19, total: 20, per_label: [], confusion: {} },
    codes: { precision: 0.9, recall: 0.8, f1: 0.847 },
    passed: true,
    thresholds: { accuracy: 0.75, f1: 0.65 },
    failed_documents: [],
    ...overrides,
  };
}

/** GET /api/documents/{id}/review of a document nobody has reviewed yet. */
export function unreviewed(documentId: string): DocumentReview {
  return { document_id: documentId, revision: 0, status: 'unreviewed', current: null, history: [] };
}

/** GET /api/batches/{id}: a batch of three documents, not started yet. */
export function batch(overrides: Partial<Batch> = {}): Batch {
  return {
    id: '3f2a9c1e-0000-4000-8000-000000000001',
    status: 'queued',
    total: 3,
    queued: 3,
    done: 0,
    failed: 0,
    cancelled: 0,
    created_at: '2026-12-06T08:00:00Z',
    started_at: null,
    finished_at: null,
    ...overrides,
  };
}

/** One row of GET /api/batches/{id}/documents. */
export function batchDocument(index: number, overrides: Partial<BatchDocument> = {}): BatchDocument {
  return {
    index,
    filename: `report-${index + 1}.txt`,
    status: 'queued',
    document_id: null,
    failure_reason: null,
    attempts: 0,
    finished_at: null,
    ...overrides,
  };
}
