// What a registry person's number looks like in a work-queue URL or form: 9 to 12 digits.
export const ID_NUMBER = /^\d{9,12}$/;
