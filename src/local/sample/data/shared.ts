/**
 * Names and guest groups that more than one tab of the sample repeats, written
 * once so the tabs agree (a transfer's hotel is the hotel's own name, a
 * programme shuttle carries the guests that hotel holds).
 */

/** The organiser's address in the sample (listed in organiser_emails), for docs and `--as`. */
export const SAMPLE_ORGANISER = 'organiser@example.go.th';
/** The first LO's address in the sample (LO01), for docs and `--as`. */
export const SAMPLE_FIRST_LO = 'lo1@example.go.th';

// Guest groups used by programme transfers and audiences. Kept beside the
// guest list they mirror: Riverside Grand (H01) holds G01–G12, Sukhumvit
// Park (H02) G13–G24.
export const H01_GUESTS = 'G01, G02, G03, G04, G05, G06, G07, G08, G09, G10, G11, G12';
export const H02_GUESTS = 'G13, G14, G15, G16, G17, G18, G19, G20, G21, G22, G23, G24';
export const ALL_GUESTS = `${H01_GUESTS}, ${H02_GUESTS}`;
/** Guests who stay until 10 Dec and join the site visit (Japan and Korea go to Wat Pho instead). */
export const SITE_VISIT_GUESTS = 'G06, G10, G11, G13, G14, G15, G16, G17, G18, G19, G20, G22, G23, G24';
/** Guests leaving on 9 Dec, plus Japan and Korea, driven back after the farewell lunch. */
export const BACK_AFTER_LUNCH = 'G01, G02, G03, G04, G05, G07, G08, G09, G12, G21';

export const BKK = 'Suvarnabhumi Airport (BKK)';
export const DMK = 'Don Mueang Airport (DMK)';
export const H01_NAME = 'Riverside Grand Hotel Bangkok';
export const H02_NAME = 'Sukhumvit Park Hotel';
export const QSNCC = 'Queen Sirikit National Convention Center (QSNCC)';
export const GALA_VENUE = 'Siam Pavilion, Asiatique The Riverfront';
export const SITE_VENUE = 'Chulalongkorn University Centenary Park';
export const WAT_PHO = 'Wat Pho (Wat Phra Chetuphon), Phra Nakhon';
