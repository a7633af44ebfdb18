import { Transform } from 'class-transformer';

/** Trims a string input before validation (other values pass unchanged). */
export const Trimmed = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
