// Each care card kind's icon, drawn in the text's colour (so it prints and follows the theme): a warning
// triangle for an emergency, a clock for urgent advice, an "i" for non-urgent advice. Decorative: the
// words beside it say the same.
import type { CareCardType } from '@/lib/content/embeds';

const PATHS: Record<CareCardType, string> = {
  emergency: 'M12 2 1 21h22L12 2Zm0 5.5 7.5 12h-15L12 7.5ZM11 10v5h2v-5h-2Zm0 6v2h2v-2h-2Z',
  urgent: 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm-1 3v6l5 3 1-1.7-4-2.4V7h-2Z',
  'non-urgent': 'M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16Zm-1 4v2h2V8h-2Zm0 4v5h2v-5h-2Z',
};

export function CareCardIcon({ kind }: { kind: CareCardType }) {
  return (
    <svg aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="20" height="20" className="shrink-0" fill="currentColor" fillRule="evenodd">
      <path d={PATHS[kind]} />
    </svg>
  );
}
