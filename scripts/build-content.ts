// `npm run content`: builds the content store, or lists every problem in the content and exits 1.
// PULSE_CONTENT_DIR builds another folder of articles (tests, benchmark) instead of content/posts.
import { runContentStep } from './content-step';

await runContentStep();
