// Where to get help now: the emergency number first, then urgent help that is not an emergency, with the
// numbers from lib/site.ts (urgentHelp), so a site for another country changes them in one place.
import { SiteLink } from '@/components/ui/site-link';
import { healthAzUrl } from '@/lib/content/urls';
import { site } from '@/lib/site';

export function UrgentHelp() {
  const { emergency, urgent } = site.urgentHelp;
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="mb-6 text-3xl font-bold tracking-tight sm:text-4xl">Get urgent help</h1>
      <section aria-labelledby="emergency-title" className="mb-6 rounded border-2 border-care-emergency p-5">
        <h2 id="emergency-title" className="text-2xl font-bold">
          <a href={`tel:${emergency.number}`} className="inline-flex min-h-11 items-center rounded bg-care-emergency px-4 text-on-care-emergency underline underline-offset-4">
            {emergency.label}
          </a>
        </h2>
        <p className="mt-3 text-lg">Call {emergency.number} {emergency.when}.</p>
      </section>
      <section aria-labelledby="urgent-title" className="mb-6 rounded border-2 border-line p-5">
        <h2 id="urgent-title" className="text-2xl font-bold">
          <a href={`tel:${urgent.number}`} className="inline-flex min-h-11 items-center text-accent underline underline-offset-4">
            {urgent.label}
          </a>
        </h2>
        <p className="mt-3 text-lg">
          Call {urgent.number} {urgent.when}
          {urgent.url ? (
            <>
              , or get help online at{' '}
              <a href={urgent.url} className="text-accent underline underline-offset-4" rel="noopener noreferrer">
                {new URL(urgent.url).host}
              </a>
            </>
          ) : null}
          .
        </p>
      </section>
      <p className="text-muted">
        For anything else, look up a condition or symptom in the{' '}
        <SiteLink href={healthAzUrl()} className="text-accent underline underline-offset-4">
          Health A–Z
        </SiteLink>
        . {site.name} gives general information and cannot advise you about your own health.
      </p>
    </div>
  );
}
