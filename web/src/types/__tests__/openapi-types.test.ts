// @vitest-environment node
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';

import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';

// src/types/openapi.gen.ts is generated from the committed OpenAPI snapshot (web/openapi/v1.json, itself
// checked against the running API by tests/MedDoc.Api.Tests OpenApiSnapshotTests). Regenerate: npm run generate:api.
const snapshot = new URL('../../../openapi/v1.json', import.meta.url);
const generated = new URL('../openapi.gen.ts', import.meta.url);

function withoutHeader(source: string): string {
  return source.replace(/^\/\*\*[\s\S]*?\*\/\s*/, '').trim();
}

describe('generated API types', () => {
  it('are up to date with the OpenAPI snapshot (npm run generate:api)', async () => {
    const expected = astToString(await openapiTS(snapshot));
    const committed = readFileSync(fileURLToPath(generated), 'utf8');

    expect(withoutHeader(committed)).toBe(withoutHeader(expected));
  });
});
