// A plain link to the top of the page (<body id="top">): no JavaScript; the browser scrolls (smoothly
// unless the reader asks for less motion, see globals.css) and the next Tab starts from the top.
import { ShareIcon } from './share-icons';

export function BackToTop() {
  return (
    <p className="mt-8 print:hidden">
      <a href="#top" className="inline-flex min-h-11 items-center gap-2 font-semibold text-accent underline underline-offset-4">
        <ShareIcon name="up" />
        Back to top
      </a>
    </p>
  );
}
