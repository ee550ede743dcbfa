// Writing a JSON file of the content store (or beside it) so that a reader sees the old file or the new one,
// never half of either: written under a name of this process's, then renamed over the old in one step.
import fs from 'node:fs';
import path from 'node:path';

/** Writes `value` as JSON (indented by `indent` spaces, with a final newline, when given) to `file`. */
export function writeJsonFile(file: string, value: unknown, indent?: number): void {
  fs.mkdirSync(/* turbopackIgnore: true */ path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(/* turbopackIgnore: true */ temporary, indent === undefined ? JSON.stringify(value) : `${JSON.stringify(value, null, indent)}\n`);
  fs.renameSync(/* turbopackIgnore: true */ temporary, file);
}
