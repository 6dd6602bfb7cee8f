/**
 * zod's English messages for the small build of zod (`zod/mini`) that reads the front matter and
 * the registries and states the contract (schema.ts): without them every problem reads "Invalid
 * input". zod's full build, which sets them itself, was a third of the build's code, most of it
 * never run. Imported for its effect: `import '../model/zod-messages.ts'`.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';

z.config(en());
