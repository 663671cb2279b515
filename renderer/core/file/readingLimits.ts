// The thresholds by which a file is judged while it is read, named in one place so the messages
// that state them and the code that applies them cannot drift apart.

/** How much of the start of a file decides whether it is text, and which line ending it uses. */
export const binaryCheckChars = 64 * 1024;

/** More than this share of control characters (NUL runs not counted) and it is not a text log. */
export const mostlyBinaryShare = 0.3;

/**
 * More than this share of a file's lines unreadable (in no format the file was read as) and the
 * analysis cannot tell what happened: the verdict says so instead of "no one got in".
 */
export const unreadableShare = 0.5;
