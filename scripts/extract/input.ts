/**
 * Reads the text to extract from, refusing what is not text with a message a person can act on: a missing
 * or empty file, one over the size limit, a PDF or Office file, binary data (NUL bytes), bytes that are
 * neither UTF-8 nor GB18030 (the encoding older Chinese pages use). UTF-16 with a byte-order mark is read.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';

export const MAX_BYTES = 20 * 1024 * 1024;

export class InputError extends Error {}

export type Format = 'text' | 'markdown' | 'html';

export interface Input {
  text: string;
  format: Format;
}

const MAGIC: [number[], string][] = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF: extract its text first (for example with pdftotext) and run on the .txt'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive or an Office document: save it as plain text first'],
  [[0xd0, 0xcf, 0x11, 0xe0], 'an old Office document: save it as plain text first'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image, not a text'],
  [[0xff, 0xd8, 0xff], 'a JPEG image, not a text'],
];

function startsWith(buf: Buffer, bytes: number[]): boolean {
  return bytes.every((b, i) => buf[i] === b);
}

/** Decodes bytes as text, or throws InputError saying why they are not text. */
export function decode(buf: Buffer, name = 'the input'): string {
  if (buf.length === 0) throw new InputError(`${name} is empty`);
  for (const [bytes, what] of MAGIC) if (startsWith(buf, bytes)) throw new InputError(`${name} is ${what}`);
  if (startsWith(buf, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (startsWith(buf, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  if (buf.includes(0)) throw new InputError(`${name} holds NUL bytes: it looks like a binary file, not a text`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    try {
      text = new TextDecoder('gb18030', { fatal: true }).decode(buf);
    } catch {
      throw new InputError(`${name} is neither UTF-8 nor GB18030 text`);
    }
  }
  const controls = (text.match(/[\u0001-\u0008\u000b\u000e-\u001f\u007f]/g) ?? []).length;
  if (controls > Math.max(8, text.length * 0.01)) throw new InputError(`${name} holds ${controls} control characters: it looks like a binary file, not a text`);
  if (text.trim() === '') throw new InputError(`${name} holds no text (only whitespace)`);
  return text;
}

export function formatOf(path: string, text: string): Format {
  const ext = extname(path).toLowerCase();
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'markdown';
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text) ? 'html' : 'text';
}

export function readInput(path: string, maxBytes = MAX_BYTES): Input {
  if (!existsSync(path)) throw new InputError(`${path}: no such file`);
  const st = statSync(path);
  if (!st.isFile()) throw new InputError(`${path} is not a file`);
  if (st.size > maxBytes) {
    throw new InputError(`${path} is ${(st.size / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(0)} MB (split the text)`);
  }
  const text = decode(readFileSync(path), path);
  return { text, format: formatOf(path, text) };
}
