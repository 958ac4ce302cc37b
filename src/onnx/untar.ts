// A reader for the tar archives npm packages are (ustar, sometimes with pax headers): regular files and folders only.
// The archive's integrity is checked before it gets here (provision.ts); the path rules are a second line of defence.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

const BLOCK = 512;

/**
 * Writes the archive's regular files that `keep` accepts under `into`, paths taken relative to the archive's top folder
 * (npm's `package/`). Refuses absolute paths, `..`, links, devices and FIFOs anywhere in the archive, kept or not, and a
 * truncated or corrupt archive. Returns the relative paths written.
 */
export async function extractTar(tar: Uint8Array, into: string, keep: (path: string) => boolean): Promise<string[]> {
  const written: string[] = [];
  let paxPath: string | null = null;
  for (let offset = 0; offset + BLOCK <= tar.length; ) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((b) => b === 0)) break;
    checkChecksum(header, offset);
    const size = octal(header, 124, 12, offset);
    const mode = octal(header, 100, 8, offset);
    const type = String.fromCharCode(header[156]!);
    const body = tar.subarray(offset + BLOCK, offset + BLOCK + size);
    if (body.length < size) throw new Error(`tar: the entry at byte ${offset} is cut short (${body.length} of ${size} bytes)`);
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    if (type === 'x') {
      paxPath = paxRecords(body).get('path') ?? null;
      continue;
    }
    if (type === 'g') continue;
    const name = paxPath ?? headerPath(header);
    paxPath = null;
    const path = safePath(name);
    if (type === '5') continue;
    if (type !== '0' && type !== '\0' && type !== '7') {
      throw new Error(`tar: ${JSON.stringify(name)} is of type ${JSON.stringify(type)}; only regular files and folders are accepted (no links, devices or FIFOs)`);
    }
    if (path === null || !keep(path)) continue;
    const target = join(into, ...path.split('/'));
    await mkdir(dirname(target), { recursive: true });
    // Executable bits are kept (0o755) or not (0o644); nothing else of the archive's mode is.
    await writeFile(target, body, { mode: mode & 0o111 ? 0o755 : 0o644 });
    written.push(path);
  }
  return written;
}

/** The path below the archive's top folder (null for the top folder itself); refuses what could land outside `into`. */
function safePath(name: string): string | null {
  if (name.startsWith('/') || name.includes('\\') || /^[A-Za-z]:/.test(name) || name.includes('\0')) {
    throw new Error(`tar: refusing the path ${JSON.stringify(name)} (absolute, or not a plain relative path)`);
  }
  const parts = name.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..')) throw new Error(`tar: refusing the path ${JSON.stringify(name)} (it climbs out with ..)`);
  return parts.length > 1 ? parts.slice(1).join('/') : null;
}

function headerPath(header: Uint8Array): string {
  const name = text(header, 0, 100);
  const ustar = text(header, 257, 6) === 'ustar';
  const prefix = ustar ? text(header, 345, 155) : '';
  return prefix ? `${prefix}/${name}` : name;
}

function text(header: Uint8Array, start: number, length: number): string {
  const field = header.subarray(start, start + length);
  const end = field.indexOf(0);
  return Buffer.from(end === -1 ? field : field.subarray(0, end)).toString('utf8');
}

function octal(header: Uint8Array, start: number, length: number, at: number): number {
  const field = text(header, start, length).trim();
  if (!/^[0-7]*$/.test(field)) throw new Error(`tar: the header at byte ${at} has a malformed number ${JSON.stringify(field)}`);
  return field === '' ? 0 : parseInt(field, 8);
}

/** The header's checksum: the sum of its bytes with the checksum field read as spaces. */
function checkChecksum(header: Uint8Array, at: number): void {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i]!;
  if (octal(header, 148, 8, at) !== sum) throw new Error(`tar: the header at byte ${at} fails its checksum (not a tar archive, or a corrupt one)`);
}

/** pax extended header records: "<length> <key>=<value>\n", each. */
function paxRecords(body: Uint8Array): Map<string, string> {
  const records = new Map<string, string>();
  const all = Buffer.from(body);
  for (let i = 0; i < all.length; ) {
    const space = all.indexOf(0x20, i);
    const length = Number(all.subarray(i, space).toString('ascii'));
    if (space === -1 || !Number.isInteger(length) || length <= 0) throw new Error('tar: a malformed pax header');
    const record = all.subarray(space + 1, i + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) records.set(record.slice(0, eq), record.slice(eq + 1));
    i += length;
  }
  return records;
}
