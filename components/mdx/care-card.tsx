// When and where to get help, as public health services show it: a card of one of three kinds (non-urgent
// advice, an urgent appointment, an emergency), each in its own colours, with a heading and Markdown
// content. `<CareCard type heading>` in .mdx, `{{< care-card type="…" heading="…" >}}` in .md; an unknown
// type fails the build (lib/content/pipeline/component-rules.ts), so every card here has a known one.
// The card is a region named by its heading, whose hidden prefix ("Urgent advice:") tells screen readers
// its kind; colours are the --care-* tokens of app/globals.css (AA contrast in both themes).
import { useId, type ReactNode } from 'react';
import { CARE_CARD_LABELS, isCareCardType, type CareCardType } from '@/lib/content/embeds';

const STYLES: Record<CareCardType, { band: string; body: string }> = {
  'non-urgent': { band: 'bg-care-advice text-on-care-advice', body: 'border-care-advice bg-care-advice-soft text-fg' },
  urgent: { band: 'bg-care-urgent text-on-care-urgent', body: 'border-care-urgent bg-care-urgent-soft text-fg' },
  emergency: { band: 'bg-care-emergency text-on-care-emergency', body: 'care-card-emergency border-care-emergency bg-care-emergency-soft text-on-care-emergency-soft' },
};

export function CareCard({ type, heading, children }: { type?: string; heading?: string; children?: ReactNode }) {
  const id = useId();
  const kind: CareCardType = isCareCardType(type) ? type : 'non-urgent';
  const style = STYLES[kind];
  return (
    <section aria-labelledby={id} className={`not-prose my-8 overflow-hidden rounded-lg border-2 ${style.body}`}>
      <h3 id={id} className={`m-0 px-5 py-3 text-lg font-bold leading-snug ${style.band}`}>
        <span className="sr-only">{CARE_CARD_LABELS[kind]}: </span>
        {heading}
      </h3>
      <div className="care-card-body prose article-prose max-w-none px-5 py-1">{children}</div>
    </section>
  );
}
