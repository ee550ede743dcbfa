// When and where to get help, as public health services show it: a card of one of three kinds (non-urgent
// advice, an urgent appointment, an emergency), with a heading and Markdown content. `<CareCard type
// heading>` in .mdx, `{{< care-card type="…" heading="…" >}}` in .md; an unknown type fails the build
// (lib/content/pipeline/component-rules.ts), so every card here has a known one.
// The kinds differ by three things, never colour alone: the words ("Emergency"), an icon, and the band's
// colour (the --care-* tokens of app/globals.css: red, amber, blue; AA contrast in both themes and print).
// The card is a region named by its heading, whose level the compile step set from the page's outline
// (plugins/rehype-care-card-levels.ts).
import { createElement, useId, type ReactNode } from 'react';
import { CARE_CARD_LABELS, isCareCardType, type CareCardType } from '@/lib/content/embeds';
import { CareCardIcon } from './care-card-icon';

const STYLES: Record<CareCardType, { band: string; body: string }> = {
  'non-urgent': { band: 'bg-care-advice text-on-care-advice', body: 'border-care-advice bg-care-advice-soft text-fg' },
  urgent: { band: 'bg-care-urgent text-on-care-urgent', body: 'border-care-urgent bg-care-urgent-soft text-fg' },
  emergency: { band: 'bg-care-emergency text-on-care-emergency', body: 'care-card-emergency border-care-emergency bg-care-emergency-soft text-on-care-emergency-soft' },
};

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

/** The compile step's level (a string, as JSX attributes from Markdown are); h2 when there is none. */
function headingTag(level: string | number | undefined): HeadingTag {
  const number = Number(level);
  return Number.isInteger(number) && number >= 2 && number <= 6 ? (`h${number}` as HeadingTag) : 'h2';
}

export function CareCard({ type, heading, level, children }: { type?: string; heading?: string; level?: string | number; children?: ReactNode }) {
  const id = useId();
  const kind: CareCardType = isCareCardType(type) ? type : 'non-urgent';
  const style = STYLES[kind];
  const headingContent = (
    <>
      <span className="flex items-center gap-2 text-sm font-bold uppercase tracking-wide">
        <CareCardIcon kind={kind} />
        <span>{CARE_CARD_LABELS[kind]}</span>
      </span>
      <span className="block">{heading}</span>
    </>
  );
  return (
    <section aria-labelledby={id} data-care={kind} className={`not-prose my-8 overflow-hidden rounded-lg border-2 ${style.body}`}>
      {/* Named in one run, "Emergency: …": from its parts, Chromium sets the kind and the heading apart with a space. */}
      {createElement(headingTag(level), { id, 'aria-label': `${CARE_CARD_LABELS[kind]}: ${heading ?? ''}`, className: `care-card-heading m-0 px-5 py-3 text-lg font-bold leading-snug ${style.band}` }, headingContent)}
      <div className="care-card-body prose article-prose max-w-none px-5 py-1">{children}</div>
    </section>
  );
}
