import type { ShellMessageKey } from './vi';

export const en: Record<ShellMessageKey, string> = {
  'app.title': 'Vaccination check-in',
  'footer.device': 'Device',
  'footer.notPersisted':
    'The browser has not granted persistent storage: do not clear browsing data while records are waiting.',
  'lang.label': 'Language',
  'lang.vi': 'Tiếng Việt',
  'lang.en': 'English',

  'enroll.heading': 'Enroll this tablet',
  'enroll.intro':
    'Type the enrollment code from your administrator to connect this tablet to its site.',
  'enroll.server': 'Server address',
  'enroll.code': 'Enrollment code',
  'enroll.deviceName': 'Device name',
  'enroll.defaultDeviceName': 'Tablet 1',
  'enroll.submit': 'Enroll device',
  'enroll.working': 'Enrolling…',
  'enroll.badCode':
    'The code is wrong, expired or already used. Ask your administrator for a new one.',
  'enroll.unreachable':
    'Cannot reach the server. Check the network and the server address, then try again.',
  'enroll.badUrl': 'The server address is not valid. Example: https://vaccination.example.org',
  'enroll.serverError': 'The server has a problem. Try again in a few minutes.',
  'enroll.tooMany': 'Too many attempts. Wait a minute, then type the enrollment code again.',
  'enroll.missingCode': 'Type the enrollment code.',
  'enroll.otherSite':
    'This code is for another site, but the tablet still holds unsent records of {site}: another site would reject them. Ask your administrator for a code of {site}.',
  'reenroll.heading': 'Enrol this tablet again',
  'reenroll.intro':
    'This tablet of {site} was revoked. Enter the new enrollment code from your administrator: the {n} unsent records are kept and sent once it is enrolled.',
  'reenroll.submit': 'Enrol again',
  'reenroll.cancel': 'Back',

  'prepare.heading': 'Preparing data',
  'prepare.progress': 'Loading data: {done} / {total} items',
  'prepare.starting': 'Connecting to the server…',
  'prepare.note': 'Once loaded, the app keeps working without a network.',
  'prepare.failed': 'Loading was interrupted. It will continue from where it stopped.',
  'prepare.retry': 'Try again',
  'prepare.skip': 'Use the data already here',

  'status.region': 'Sync status',
  'status.online': 'Online',
  'status.offline': 'Offline',
  'status.queued': 'Waiting',
  'status.last': 'Last sync',
  'status.never': 'never',
  'status.attention': 'Needs attention',
  'status.syncNow': 'Sync now',
  'status.sending': 'Sending…',
  'status.pulling': 'Loading {done}/{total}',

  'time.justNow': 'just now',
  'time.minutes': '{n} min ago',
  'time.hours': '{n} h ago',
  'time.days': '{n} days ago',

  'sync.unreachable': 'Cannot reach the server; records are kept on this tablet and sent later.',
  'sync.serverError': 'The server reported an error; retrying automatically.',
  'sync.unauthorized':
    'This tablet was revoked. Unsent records stay on it: ask your administrator for a new enrollment code to send them.',
  'revoked.reenroll': 'Enter a new enrollment code',
  'report.export': 'Export unsent records',
  'report.exported':
    'Downloaded {file} with {n} unsent records. Give this file to the server operator.',
  'report.exportNone': 'There are no unsent records: no file is needed.',
  'report.exportFailed': 'Could not export the file. Try again.',
  'sync.badRequest': 'The server refused the batch; retrying in smaller parts.',
  'sync.badResponse': 'The server answered in an unexpected format; retrying.',

  'update.ready': 'A new version is ready.',
  'update.apply': 'Update',
  'update.waitForm': 'Save or cancel the record being entered before updating.',
  'update.waitSync': 'Records are being sent; update when that is done.',

  'checkin.heading': 'Check-in',
  'scan.hint':
    'Hold the QR code of the ID card, the health app or the registration slip in the frame.',
  'scan.camera': 'Camera',
  'scan.cameraN': 'Camera {n}',
  'scan.torch': 'Torch',
  'scan.walkinFromCard':
    'Not on the registration list. The details come from the ID card: check them, then confirm.',
  'scan.walkinFromApp':
    'Not on the registration list. The code has the name without diacritics: correct it, choose the sex, then confirm.',
  'scan.otherSite':
    'Registration {code} is for another site. Direct the person to their site, or check them in with their ID card.',
  'scan.codeNotFound':
    'Registration {code} is not on this tablet. Scan the ID card or type the ID number.',
  'scan.masked':
    'This QR hides digits of the ID number, so it cannot identify anyone. Ask for the ID card (or a personal QR without hidden digits).',
  'scan.certificateAtStation':
    'This is a vaccination certificate: it has no ID number. Scan the ID card or type the ID number.',
  'scan.checkingCertificate': 'Checking the vaccination certificate…',
  'scan.certificateUnavailable':
    'The certificate checker could not be opened. Connect to the network once to download it, then scan again.',
  'scan.damaged':
    'The code on the registration slip is damaged or misread. Scan it again, or scan the ID card.',
  'scan.empty': 'The QR code is empty. Scan the ID card, the personal QR or the registration slip.',
  'scan.badCard':
    'This looks like an ID card code but its content is not valid: “{shown}”. Type the ID number.',
  'scan.unknown':
    'Read: “{shown}”. This code cannot be used. Accepted: the QR on the chip ID card, the personal QR of the health apps, the QR on the registration slip.',
  'scan.severalCitizens':
    'Codes of two different people are in view. Hold up one person’s code at a time.',
  'scan.nameDiffers': 'The name in the code ({name}) differs from the registered name.',
  'scan.dobDiffers': 'The date of birth in the code ({dob}) differs from the registered one.',
  'scan.error.denied':
    'The camera is not allowed. Tap the camera icon in the address bar to allow it, or type the ID number instead.',
  'scan.error.no-camera': 'This tablet has no usable camera. Type the ID number instead.',
  'scan.error.in-use':
    'Another app is using the camera. Close it and reopen this page, or type the ID number instead.',
  'scan.error.unsupported': 'This browser cannot scan codes. Type the ID number instead.',
  'scan.error.decoder':
    'The code reader did not start. Reload the page, or type the ID number instead.',
  'checkin.staffMissing': 'The tablet is locked. Sign in with your PIN, then confirm again.',
  'checkin.idLabel': 'ID number',
  'checkin.idHint': '12 digits on the ID card, or 9 digits of an old ID',
  'checkin.find': 'Find',
  'checkin.notFound': 'Not on the registration list. Enter the details to check in a walk-in.',
  'checkin.confirm': 'Confirm check-in',
  'checkin.confirmAnyway': 'Confirm anyway',
  'checkin.cancel': 'Cancel',
  'checkin.saved': '{name} is checked in',
  'checkin.saveFailed': 'Not saved: {reason}',
  'checkin.dob': 'Date of birth',
  'checkin.age': '{n} years',
  'checkin.sex': 'Sex',
  'checkin.male': 'Male',
  'checkin.female': 'Female',
  'checkin.id': 'ID number',
  'checkin.priority': 'Priority group',
  'checkin.previousDoses': 'Previous doses',
  'checkin.noDoses': 'No doses yet',
  'checkin.doseDue': 'Dose due',
  'checkin.dueFirst': 'Dose 1',
  'checkin.duePrimary': 'Dose {n} ({vaccine}), from {date}',
  'checkin.dueBooster': 'Booster (dose {n}), from {date}',
  'checkin.tooEarly': 'Too early: dose {n} can be given from {date}.',
  'checkin.seriesComplete': 'Primary series complete: this can only be a booster.',
  'checkin.dose': 'Dose {n}: {vaccine}, {date}',
  'checkin.alreadyToday': 'Already checked in today at {time}.',
  'checkin.otherDay': 'Registered for {date}, not today.',
  'checkin.warnings': 'Please check',
  'checkin.today': 'Checked in today ({n})',
  'checkin.todayEmpty': 'Nobody yet.',
  'stage.waiting-screening': 'Waiting for screening',
  'stage.deferred': 'Deferred',
  'stage.referred': 'Referred',
  'stage.waiting-injection': 'Waiting for injection',
  'stage.in-observation': 'In observation',
  'stage.released': 'Released',
  'checkin.walkin': 'Walk-in',
  'search.heading': 'No ID card? Find by registration code or name',
  'search.code': 'Registration code',
  'search.byCode': 'Find by code',
  'search.byName': 'Find by name',
  'search.none': 'No registration matches. Check the details, or check in with the ID number.',
  'search.choose': 'Choose the right person',
  'checkin.knownCitizen':
    'This person is already known on this tablet (checked in before): their details are reused; check them, then confirm.',
  'checkin.fullName': 'Full name',
  'checkin.phone': 'Phone number',
  'checkin.optional': '(optional)',
  'checkin.guardianName': "Guardian's full name",
  'checkin.guardianPhone': "Guardian's phone number",
  'checkin.minorNote': 'People under 18 need a guardian.',

  'attention.heading': 'Records needing attention',
  'attention.intro': 'The server refused these records. They are still kept on this tablet.',
  'attention.empty': 'No records need attention.',
  'attention.back': 'Back to check-in',
  'attention.item': '{type} — {name}, {time}',

  'type.checkin': 'Check-in',
  'type.screening': 'Screening',
  'type.injection': 'Injection',
  'type.observation': 'Observation',
  'type.correction': 'Correction',

  'field.required': 'Required information is missing.',
  'field.type': 'Wrong type of value.',
  'field.format': 'Wrong format.',
  'field.enum': 'Value not accepted.',
  'field.too-long': 'Too long.',
  'field.nul': 'Contains an invisible control character (NUL); retype it.',
  'field.not-unicode': 'Contains a broken character; retype it.',
  'field.wrong-site': 'The record belongs to another site.',
  'field.unknown-staff': 'The person recording is not on this site’s staff list.',
  'field.conflict': 'The server already holds a different record with this id.',
  'field.province': 'The province code in the ID does not exist.',
  'field.century': 'The 4th digit of the ID is not valid.',
  'field.id-birthyear-mismatch': 'The birth year in the ID differs from the date of birth.',
  'field.id-century-mismatch': 'The century in the ID differs from the date of birth.',
  'field.id-sex-mismatch': 'The sex in the ID differs from the sex entered.',
  'field.minor-without-guardian': 'A person under 18 has no guardian recorded.',
  'field.missing-id': 'An adult has no ID number.',
  'field.phone': 'A mobile number has 10 digits starting with 03, 05, 07, 08 or 09.',
  'field.dob': 'Enter a valid date of birth.',
  'field.name': 'Enter the full name.',
  'field.sex': 'Choose the sex.',
  'field.guardian': "Enter the guardian's name and phone number.",
  'field.not-correctable': 'This information cannot be corrected.',
  'field.not-a-date': 'This date or time is not in the calendar; enter it again.',
  'field.year-range':
    "The year must be between 1900 and 2100; check the date entered and the tablet's date and time.",
  'field.offset': "The tablet's time zone does not exist; set it again (Vietnam is UTC+07:00).",
  'field.visit-date':
    'The visit is dated more than a day from when this was recorded; record it in today’s visit.',
  'field.visit-date-off':
    'The visit is dated one day from when this was recorded (past midnight?).',
  'field.future-time':
    "Recorded more than a day ahead of the clock; check the tablet's date and time.",
  'field.before-campaign':
    "Recorded before the campaign began (8 March 2021); check the tablet's date and time.",
  'field.not-canonical':
    'An identifier is not written in its standard form (ID numbers: digits only, no spaces; UUIDs: lower case with dashes; vaccine codes: capitals). Type it again.',
  'field.unknown-vaccine': 'This vaccine is not in the vaccine list; choose one from the list.',
  // The desk: dates typed dd/mm/yyyy, the PIN pad, the desk after a typed ID.
  'dob.words': '{d} {month} {y}',
  'dob.months':
    'January|February|March|April|May|June|July|August|September|October|November|December',
  'dob.yearWords': '{y}',
  'dob.hint':
    'Day/month/year, e.g. 05031950; if only the year of birth is known, type the year (1950).',
  'dob.hintFull': 'Day/month/year, e.g. 05031950.',
  'dob.reads': 'Will be saved as: {text}',
  'dob.unreadable': 'This is not a date yet: type day, month, year (e.g. 05/03/1950){orYear}.',
  'dob.orYear': ' or the year of birth alone',
  'dob.idYear':
    'The ID number says born in {idYear}, the date of birth typed says {year}: check it.',
  'signin.autoSubmit': 'Signs in as soon as {n} digits are typed.',
  'checkin.confirming': 'Confirming…',
};
