// The citizen page /certificate: the certificate found by ID number and date of birth, one answer
// for "no such person" and "wrong date of birth" after one time, and tries limited per address and
// per ID number in the shared counters (SQLite and PostgreSQL).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { citizenPageRoutes, type CitizenCertificate } from '../../../sync-server/src/certificates';
import { CITIZEN_LOOKUP_LIMITS } from '../../../sync-server/src/certificates/citizen/citizen-limits';
import { ANSWER_FLOOR_MS } from '../../../sync-server/src/certificates/citizen/citizen-routes';
import type { Store } from '../../../sync-server/src/store/store';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database';

const ID = '001090012345';
const DOB = '1990-11-20';
const HC1 =
  'HC1:6BFOXN%TS3DH0YOJ58S S-W5HDC *M0II5XHC9B5G2+$N IOP-IA%NFQGRJPC%OQHIZC4.OI1RM8ZA.A5:S9MKN4NN3F85QNCY0O%0VZ001HOC9JU0D0HT0HB2PL/IB*09B9LW4T*8+DCMH0LDK2%K:XFE70*LP$V25$0Q:J:4MO1P0%0L0HD+9E/HY+4J6TH48S%4K.GJ2PT3QY:GQ3TE2I+-CPHN6D7LLK*2HG%89UV-0LZ 2ZJJ524-LH/CJTK96L6SR9MU9DHGZ%P WUQRENS431T1XCNCF+47AY0-IFO0500TGPN8F5G.41Q2E4T8ALW.INSV$ 07UV5SR+BNQHNML7 /KD3TU 4V*CAT3ZGLQMI/XI%ZJNSBBXK2:UG%UJMI:TU+MMPZ5$/PMX19UE:-PSR3/$NU44CBE6DQ3D7B0FBOFX0DV2DGMB$YPF62I$60/F$Z2I6IFX21XNI-LM%3/DF/U6Z9FEOJVRLVW6K$UG+BKK57:1+D10%4K83F+1VWD1NE';

const person = (over: Partial<CitizenCertificate> = {}): CitizenCertificate => ({
  fullName: 'Nguyễn Đức Bảo Duy',
  colour: 'green',
  doses: [
    { date: '2021-09-20', vaccine: 'AZ', doseNumber: 2 },
    { date: '2021-08-10', vaccine: 'AZ', doseNumber: 1 },
  ],
  signed: {
    hc1: HC1,
    uvci: 'URN:UVCI:01:VN:0A1B2C3D4E5F#K',
    issuedAt: '2026-12-07T08:00:00Z',
    expiresAt: '2027-12-07T08:00:00Z',
  },
  ...over,
});

let dir: string;
let db: TestDatabase;
let store: Store;
let app: FastifyInstance;
let clock: number;
let slept: number[];
let people: Map<string, { dob: string; certificate: CitizenCertificate }>;

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'vax-citizen-'));
  db = await createTestDatabase(dir);
  store = await db.open();
  clock = Date.parse('2026-12-07T08:00:00Z');
  slept = [];
  people = new Map([[ID, { dob: DOB, certificate: person() }]]);
  app = Fastify();
  await app.register(citizenPageRoutes, {
    store,
    now: () => clock,
    // A look-up that takes 30 ms when the person exists, 5 ms when not: the floor hides it.
    lookup: async (idNumber, dob) => {
      const found = people.get(idNumber);
      clock += found ? 30 : 5;
      return found?.dob === dob ? found.certificate : undefined;
    },
    sleep: async (ms) => {
      slept.push(ms);
      clock += ms;
    },
  });
});
afterEach(async () => {
  await app.close();
  await store.close();
  await db.drop();
  rmSync(dir, { recursive: true, force: true });
});

const lookUp = (idNumber: string, dob: string, address = '203.0.113.7', lang = '') =>
  app.inject({
    method: 'POST',
    url: `/certificate${lang}`,
    remoteAddress: address,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ idNumber, dob }).toString(),
  });

describe('the citizen certificate page', () => {
  it('asks for the ID number and date of birth, in Vietnamese first and in English', async () => {
    const vi = await app.inject('/certificate');
    expect(vi.statusCode).toBe(200);
    expect(vi.body).toContain('<html lang="vi">');
    expect(vi.body).toContain('Số định danh cá nhân');
    expect(vi.body).toContain('method="post"');
    expect(vi.body).not.toMatch(/<script>|style="/); // the CSP allows no inline code
    const en = await app.inject('/certificate?lang=en');
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('Date of birth');
    const css = await app.inject('/certificate/certificate.css');
    expect(css.headers['content-type']).toContain('text/css');
    expect(css.body).toContain('size: A6');
  });

  it('shows the certificate: name, colour, the signed QR, the doses in order', async () => {
    const res = await lookUp(ID, '20/11/1990');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain('Nguyễn Đức Bảo Duy');
    expect(res.body).toContain('Đã tiêm đủ liều cơ bản');
    expect(res.body).toMatch(/<svg[^>]*viewBox/);
    expect(res.body).toContain('URN:UVCI:01:VN:0A1B2C3D4E5F#K');
    expect(res.body.indexOf('10/08/2021')).toBeLessThan(res.body.indexOf('20/09/2021'));
    expect(res.body).toContain('AstraZeneca (Vaxzevria)');
    expect(res.body).toContain('data-print');
  });

  it('says why a certificate is not signed yet, and shows no QR', async () => {
    people.set(ID, {
      dob: DOB,
      certificate: person({
        colour: 'yellow',
        signed: undefined,
        notSignable: 'identity-mismatch',
      }),
    });
    const res = await lookUp(ID, DOB, undefined, '?lang=en');
    expect(res.body).toContain('not signed yet');
    expect(res.body).toContain('differ from the national population database');
    expect(res.body).toContain('primary series not complete');
    expect(res.body).not.toContain('<svg');
    expect(res.body).not.toContain('data-print');
  });

  it('gives "no such person" and "wrong date of birth" the same page after the same time', async () => {
    const answers = [];
    for (const [idNumber, dob] of [
      ['001090099999', DOB],
      [ID, '1990-11-21'],
    ] as const) {
      const began = clock;
      const res = await lookUp(idNumber, dob);
      answers.push({
        status: res.statusCode,
        body: res.body.replace(/value="[^"]*"/g, ''),
        took: clock - began,
      });
    }
    expect(answers[0]!.status).toBe(200);
    expect(answers[0]!.body).toContain('Không tìm thấy chứng nhận');
    expect(answers[1]).toEqual(answers[0]);
    expect(answers[0]!.took).toBe(ANSWER_FLOOR_MS);
    expect(slept).toEqual([ANSWER_FLOOR_MS - 5, ANSWER_FLOOR_MS - 30]);
  });

  it('refuses an ID or a date that cannot be one, saying how to write it', async () => {
    const badId = await lookUp('12345', DOB);
    expect(badId.statusCode).toBe(400);
    expect(badId.body).toContain('12 chữ số');
    expect(badId.body).toContain('aria-invalid="true"');
    const badDob = await lookUp(ID, '31/02/1990');
    expect(badDob.statusCode).toBe(400);
    expect(badDob.body).toContain('ngày/tháng/năm');
    // Spaces and dots typed inside the number are not part of it.
    expect((await lookUp('001 090.012345', DOB)).body).toContain('Nguyễn Đức Bảo Duy');
  });

  it('limits the tries of one address, and of one ID number from many addresses', async () => {
    const { free } = CITIZEN_LOOKUP_LIMITS.address;
    for (let i = 0; i < free; i++) {
      expect((await lookUp(`0010900${String(i).padStart(5, '0')}`, DOB)).statusCode).toBe(200);
    }
    const held = await lookUp('001090077777', DOB);
    expect(held.statusCode).toBe(429);
    expect(Number(held.headers['retry-after'])).toBeGreaterThan(0);
    expect(held.body).toContain('quá nhiều lần');

    const victim = '001090055555';
    const perId = CITIZEN_LOOKUP_LIMITS.idNumber.free;
    for (let i = 0; i < perId; i++) {
      expect((await lookUp(victim, DOB, `198.51.100.${i + 1}`)).statusCode).toBe(200);
    }
    expect((await lookUp(victim, DOB, '198.51.100.200')).statusCode).toBe(429);
  });

  it('does not count the tries of a citizen who finds their certificate', async () => {
    const { free } = CITIZEN_LOOKUP_LIMITS.address;
    for (let i = 0; i < free + 5; i++) expect((await lookUp(ID, DOB)).statusCode).toBe(200);
  });
});
