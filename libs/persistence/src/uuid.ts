import { v7 } from 'uuid';

/** Time-ordered UUID (v7): index-friendly primary keys that still reveal nothing guessable. */
export function uuidv7(): string {
  return v7();
}
