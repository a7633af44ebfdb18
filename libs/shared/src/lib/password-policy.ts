/** Minimum password length (NIST SP 800-63B recommends at least 8; the programme asks for 12). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;
