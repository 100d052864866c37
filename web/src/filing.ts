/** Set by the staff page that files an application on a person's behalf (代办); read by the start page. */
export const FILING_KEY = 'onevisit.filing';
