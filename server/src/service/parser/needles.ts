// Where the two mid-line markers of the body rules occur in the whole text, found once with native
// search: ` = ` (an unfenced code line, rule 7) and `. image source: ` (an image caption, rule 5).
// The parser then asks "does this line hold one?" in O(1) instead of scanning every prose line twice.
import { IMAGE_SEP, findAssignment } from './classify';

/** Sorted start offsets of one needle, asked about in mostly increasing order. */
class Occurrences {
  private cursor = 0;

  constructor(private readonly at: readonly number[]) {}

  /** The first occurrence at or after `from`, or -1. */
  next(from: number): number {
    const at = this.at;
    let k = this.cursor;
    // the parser walks forward; a look back (rare) restarts from a binary search
    if (k > 0 && (at[k - 1] as number) >= from) {
      let lo = 0;
      let hi = k - 1;
      while (lo < hi) { const mid = (lo + hi) >> 1; if ((at[mid] as number) >= from) hi = mid; else lo = mid + 1; }
      k = lo;
    }
    while (k < at.length && (at[k] as number) < from) k++;
    this.cursor = k;
    return k < at.length ? (at[k] as number) : -1;
  }

  /** Whether an occurrence starts in [from, to). */
  within(from: number, to: number): boolean {
    const p = this.next(from);
    return p >= 0 && p < to;
  }
}

function collect(find: (from: number) => number): number[] {
  const out: number[] = [];
  for (let p = find(0); p >= 0; p = find(p + 1)) out.push(p);
  return out;
}

export class Needles {
  /** starts of ` = ` */
  readonly assignment: Occurrences;
  /** starts of `. image source: ` */
  readonly imageSource: Occurrences;

  constructor(source: string) {
    this.assignment = new Occurrences(collect((from) => findAssignment(source, from)));
    this.imageSource = new Occurrences(collect((from) => findImageSep(source, from)));
  }
}

/** The colon of `. image source: `, the rarest of its characters in prose. */
const COLON = IMAGE_SEP.indexOf(':');

/**
 * Where `. image source: ` starts at or after `from`, or -1. Found by its colon: a search for the whole
 * pattern stops at every `.` of the prose first (5 ms on 10 MB against under 1).
 */
function findImageSep(source: string, from: number): number {
  for (let p = source.indexOf(':', from + COLON); p >= 0; p = source.indexOf(':', p + 1)) {
    if (source.startsWith(IMAGE_SEP, p - COLON)) return p - COLON;
  }
  return -1;
}
