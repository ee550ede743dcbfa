// Copies the files of the content folder that pages serve (a bundle's images and documents) into the content
// store's media folder, named by their content's hash: an edited image gets a new name, so the old one can be
// cached for good by browsers and the new one shows at once. A file already there is not copied again.
import fs from 'node:fs';
import path from 'node:path';
import type { LocalFile } from '../article';
import { mediaDir } from '../media';

/** Copies each file not yet stored; returns the ones whose source could not be read (gone since the build read it). */
export function storeLocalFiles(storeDir: string, files: LocalFile[]): LocalFile[] {
  const failed: LocalFile[] = [];
  const dir = mediaDir(storeDir);
  for (const entry of new Map(files.map((file) => [file.file, file])).values()) {
    const target = path.join(dir, entry.file);
    if (fs.existsSync(target)) continue;
    try {
      fs.mkdirSync(dir, { recursive: true });
      fs.copyFileSync(entry.source, `${target}.${process.pid}.tmp`);
      fs.renameSync(`${target}.${process.pid}.tmp`, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      failed.push(entry);
    }
  }
  return failed;
}
