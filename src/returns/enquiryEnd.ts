import type { IsoDate } from '../dates/isoDate.js';
import type { Section47Enquiry } from '../pathway/state.js';

/**
 * When an enquiry stops counting as open for the returns: on its initial conference, or, when
 * no conference was needed, on its conclusion. An enquiry concluded "to conference" is still
 * open until the conference is held (the census and Annex A report its conference date).
 */
export function enquiryEnd(enquiry: Section47Enquiry): IsoDate | undefined {
  return enquiry.conferenceDate ?? (enquiry.conferenceNotRequired ? enquiry.endDate : undefined);
}
