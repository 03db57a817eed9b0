import { z } from 'zod';

// The UI runs under a Content-Security-Policy without 'unsafe-eval'. Zod would otherwise probe
// `Function('')` when the first object schema is built, which Chromium reports as a violation.
z.config({ jitless: true });

const envSchema = z.object({
  API_BASE_URL: z
    .string()
    .trim()
    .min(1)
    .refine((value) => value.startsWith('/') || /^https?:\/\//.test(value), {
      message: 'must be a path such as /api or an http(s) URL',
    })
    .transform((value) => value.replace(/\/+$/, '')),
});

export type Env = z.infer<typeof envSchema>;

/** Parses the VITE_* variables once; a malformed value stops the app with a message naming it. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse({ API_BASE_URL: source.VITE_API_BASE_URL || '/api' });
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `VITE_${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment: ${issues.join('; ')}`);
  }
  return parsed.data;
}

export const env = parseEnv(import.meta.env as Record<string, string | undefined>);
