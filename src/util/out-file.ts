// Output files are only ever written as regular files: a device node, a
// symbolic link, a named pipe, a socket or a folder at the target is refused,
// never replaced (as root, replacing /dev/null would break the system). Files
// are written to a temporary name in the same folder and renamed into place;
// the temporary name is short and fixed in length, so any name the file
// system allows for the target (up to 255 bytes) works.

import { randomBytes } from 'node:crypto';
import { lstatSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Why `path` must not be replaced, or undefined when it is a regular file or not there. */
export function notReplaceable(path: string): string | undefined {
  let st;
  try {
    st = lstatSync(path);
  } catch {
    return undefined; // Not there (or not reachable: writing will say why).
  }
  if (st.isFile()) return undefined;
  if (st.isSymbolicLink()) return 'is a symbolic link';
  if (st.isDirectory()) return 'is a folder';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'is a device';
  if (st.isFIFO()) return 'is a named pipe (FIFO)';
  if (st.isSocket()) return 'is a socket';
  return 'is not a regular file';
}

/** A temporary name next to `path`: `.scamcheck-<pid>-<random>.tmp`, at most 40 bytes whatever the target's name. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.scamcheck-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
}
