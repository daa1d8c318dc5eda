/**
 * A document sent as a series of text messages (SMS, Zalo), copied out of the conversation:
 * each part opens with its number ("(2/5) ĐU P.TRƯỜNG VINH - TB 71-TB/ĐU (tiếp)") and all
 * but the last close with "(còn tiếp)", the time of each message standing between them. A
 * sentence may run on from one part into the next ("… chậm nhất ngày" ⏎ "(còn tiếp)" ⏎
 * "15:02" ⏎ "(2/5) … (tiếp)" ⏎ "18/8/2027."). The seams are taken out, so the parts read as
 * the one text they were cut from; the first part's number is cut off its line. Lines keep
 * their numbers in the input.
 */
import { sliceLine, type Line } from '../text/lines.js';

/** "(còn tiếp)", "(Còn nữa)", "(tiếp theo)": a part that goes on in the next message. */
const GOES_ON = /^\(\s{0,2}(?:còn\s{1,3}tiếp|còn\s{1,3}nữa|tiếp\s{1,3}theo)\s{0,2}\)\.?$/iu;
/** The time a message was sent, on its own line: "15:02", "15:02 CH". */
const SENT_AT = /^\d{1,2}:\d{2}(?:\s{1,2}(?:SA|CH|AM|PM))?$/u;
/** "(2/5) ĐU P.TRƯỜNG VINH - TB 71-TB/ĐU (tiếp)", "(2/5)": a later part's heading. */
const PART_HEAD = /^\((\d{1,2})\s{0,2}\/\s{0,2}(\d{1,2})\)(?:\s.{0,100}\((?:tiếp|tt|tiếp theo)\))?\s*$/iu;
/** "(1/5) ĐẢNG ỦY PHƯỜNG …": the first part's number before its first line. */
const FIRST_PART = /^\(1\s{0,2}\/\s{0,2}(\d{1,2})\)\s{1,3}(?=\S)/u;

export function joinMessageParts(lines: Line[]): Line[] {
  if (!lines.some((l) => GOES_ON.test(l.text))) return lines;
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (GOES_ON.test(line.text)) {
      // The seam: "(còn tiếp)", blank lines and the time, then the next part's heading.
      let k = i + 1;
      while (k < lines.length && ((lines[k] as Line).text === '' || SENT_AT.test((lines[k] as Line).text))) k++;
      const head = lines[k] ? PART_HEAD.exec((lines[k] as Line).text) : null;
      if (head && Number(head[1]) >= 2 && Number(head[1]) <= Number(head[2])) {
        i = k;
        continue;
      }
    }
    const first = FIRST_PART.exec(line.text);
    out.push(first && out.length < 40 ? sliceLine(line, first[0].length, line.text.length) : line);
  }
  return out;
}
