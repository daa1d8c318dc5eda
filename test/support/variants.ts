/** Text variants of a document that must parse to the same result. */

/** Hard-wrap every line at `width` columns (at spaces), as PDF text does; optionally a blank line after each visual line. */
export function hardWrap(text: string, width = 70, blankBetween = true): string {
  const out: string[] = [];
  for (const line of text.split(/\r?\n/u)) {
    if (line.trim() === '') {
      out.push('');
      continue;
    }
    let rest = line;
    while (rest.length > width) {
      let cut = rest.lastIndexOf(' ', width);
      if (cut <= 0) cut = rest.indexOf(' ', width);
      if (cut <= 0) break;
      out.push(rest.slice(0, cut));
      if (blankBetween) out.push('');
      rest = rest.slice(cut + 1);
    }
    out.push(rest);
    if (blankBetween) out.push('');
  }
  return out.join('\n');
}

export function crlf(text: string): string {
  return text.replace(/\r?\n/gu, '\r\n');
}

export function nfd(text: string): string {
  return text.normalize('NFD');
}
