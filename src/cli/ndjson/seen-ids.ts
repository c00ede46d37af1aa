/** Bits set for each key: with the filter's 64 bits or more a key, few keys ever seem seen before. */
const PROBES = 10;
/** The filter's bounds, in bits: 8 KiB for a small file, 32 MiB at most (a file of 1 GB and more). */
const MIN_BITS = 2 ** 16;
const MAX_BITS = 2 ** 28;

/**
 * Whether a mention or claim id may have come twice, answered as the lines
 * are read, in memory bounded whatever the file's size: a Bloom filter
 * (Burton H. Bloom, "Space/time trade-offs in hash coding with allowable
 * errors", 1970) of the keys `kind id`. "No" is certain: `kg import` then
 * skips the exact check (SqliteStaging.repeatedId), which sorts every id
 * of the file: 7 CPU-s and about 50 s of a million-claim import on a busy
 * machine. "Maybe" is a repeat, or two keys whose bits happen to coincide
 * (about once in a thousand million-claim files; every time past some ten
 * million claims, when the filter is full): the exact check tells.
 */
export class SeenIds {
  private readonly bits: Uint32Array;
  private readonly mask: number;
  private maybe = false;

  /** Sized by the file: one bit per 4 bytes, 90 bits a line of kg export's. */
  constructor(fileBytes: number) {
    let size = MIN_BITS;
    while (size < MAX_BITS && size < fileBytes / 4) size *= 2;
    this.bits = new Uint32Array(size / 32);
    this.mask = size - 1;
  }

  add(kind: string, id: string): void {
    if (this.maybe) return;
    // Two hashes of the key (FNV-1a and djb2's xor form), probed as h1 + i·h2 (Kirsch and
    // Mitzenmacher, "Less hashing, same performance", 2006); h2 odd so that probes differ.
    let h1 = 0x811c9dc5 ^ kind.length;
    let h2 = 5381;
    for (const text of [kind, id])
      for (let at = 0; at < text.length; at += 1) {
        const code = text.charCodeAt(at);
        h1 = Math.imul(h1 ^ code, 0x01000193);
        h2 = Math.imul(h2, 33) ^ code;
      }
    h2 |= 1;
    let all = true;
    for (let probe = 0; probe < PROBES; probe += 1) {
      const bit = (h1 + Math.imul(probe, h2)) & this.mask;
      const word = bit >>> 5;
      const flag = 1 << (bit & 31);
      if ((this.bits[word]! & flag) === 0) {
        all = false;
        this.bits[word]! |= flag;
      }
    }
    if (all) this.maybe = true;
  }

  /** Whether some key added may have been added before: false when none was. */
  get maybeRepeated(): boolean {
    return this.maybe;
  }
}
