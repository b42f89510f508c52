// Windows-1252 as the WHATWG Encoding Standard defines it. Node's own TextDecoder reads the label
// as Latin-1 (nodejs/node#56542), turning Excel's curly quotes (0x93, 0x94) into control
// characters, so the 32 bytes where the two differ are mapped here.
const C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Bytes saved as Windows-1252 (Excel's plain "CSV" on Windows), as text. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte >= 0x80 && byte < 0xa0 ? C1[byte - 0x80]! : byte);
  return text;
}
