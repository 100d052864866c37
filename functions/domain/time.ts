/** Instants are stored in UTC ISO-8601; calendar dates are those of Asia/Shanghai. */

const shanghaiDateFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** YYYY-MM-DD in Asia/Shanghai. */
export function shanghaiDate(instant: Date): string {
  return shanghaiDateFormat.format(instant);
}
