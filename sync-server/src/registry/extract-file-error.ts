// The extract as a whole cannot be imported (unreadable, empty, a required column missing): the
// admin command reports it and exits with code 1, unlike a refused row.
export class ExtractFileError extends Error {}
