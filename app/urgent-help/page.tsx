// /urgent-help/: the header's "Get urgent help": who to call now (components/urgent-help).
import { UrgentHelp } from '@/components/urgent-help/urgent-help';
import { urgentHelpMetadata } from '@/lib/metadata';

export const metadata = urgentHelpMetadata();

export default function UrgentHelpPage() {
  return <UrgentHelp />;
}
