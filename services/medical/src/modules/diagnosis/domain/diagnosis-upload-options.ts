/**
 * openIMIS's upload strategies. INSERT_ONLY: codes not current are created, current ones left as they are;
 * INSERT_UPDATE: and current codes take the file's name; INSERT_UPDATE_DELETE: and current codes absent
 * from the file are deleted.
 */
export const UPLOAD_STRATEGIES = ['INSERT_ONLY', 'INSERT_UPDATE', 'INSERT_UPDATE_DELETE'] as const;
export type UploadStrategy = (typeof UPLOAD_STRATEGIES)[number];

export const DIAGNOSIS_CODE_MAX_LENGTH = 6;
export const DIAGNOSIS_NAME_MAX_LENGTH = 255;
