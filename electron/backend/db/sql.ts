import { readFileSync } from 'node:fs';
import initSqlJs, { type SqlJsStatic } from 'sql.js';

let loading: Promise<SqlJsStatic> | undefined;

/** Loads the sql.js WebAssembly module once per process (or worker). */
export function loadSqlJs(): Promise<SqlJsStatic> {
  loading ??= initSqlJs({
    wasmBinary: toArrayBuffer(readFileSync(require.resolve('sql.js/dist/sql-wasm.wasm'))),
  });
  return loading;
}

function toArrayBuffer(buf: Buffer): ArrayBuffer {
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}
