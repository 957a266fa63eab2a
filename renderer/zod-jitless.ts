/**
 * The renderer runs under a Content-Security-Policy without 'unsafe-eval'
 * (electron/main/content-security-policy.ts). Zod would probe `new Function` before its first
 * object schema parse, a probe the policy refuses and reports as a violation; jitless mode takes
 * the same (interpreted) path without asking. Imported first by main.tsx.
 */
import { z } from 'zod';

z.config({ jitless: true });
