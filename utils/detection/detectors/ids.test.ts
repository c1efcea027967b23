import { describe, expect, it } from 'vitest';
import { idDetector } from './ids';
import { finds, touches } from './test-util';

describe('rules.id', () => {
  it.each([
    ['A PROLENE MESH, LOT NUMBER PM77420B, WAS TAILORED', 'PM77420B'],
    ['MEDICAID ID 4420918833 / MEDICARE MBI 5EG4-TE5-MK72', '5EG4-TE5-MK72'],
    ['Log in with your activation code: 7KQ2-M9XD-P4HT (expires', '7KQ2-M9XD-P4HT'],
    ['Goshen PD Ofc. Martinez (badge 337) took report', '337'],
    ['MRN: 1234-5678', '1234-5678'],
    ['PPM (MEDTRONIC, SN PJN884213H), HTN', 'PJN884213H'],
    ['LabCorp acc# 129-448-3310-0 from SNF draw', '129-448-3310-0'],
    ["he's a trucker, CDL# MD-D5521-88012 -- DOT rules?", 'MD-D5521-88012'],
    ['UnitedHealthcare Community Plan ID 918 226 407', '918 226 407'],
    ['MR# 00123456', '00123456'],
    ['Patient : PARK , JI-HOON        MR# 4418-202-7', '4418-202-7'],
    ['T : 01/28/2003 08:02\nJOB # 55910-C', '# 55910-C'],
    ['Batch : 22801 Index No. ZJ4F8D11X2', 'ZJ4F8D11X2'],
    ['SSN 123-45-6789', '123-45-6789'],
    ['social security number 123456789', '123456789'],
    ['acct #CC-112233', '#CC-112233'],
    ['policy no. AB12345', 'AB12345'],
    ['member ID: XYZ987654', 'XYZ987654'],
    ['DEA BX1234563', 'BX1234563'],
    ['NPI 1234567893', '1234567893'],
    ['VIN 1HGCM82633A004352', '1HGCM82633A004352'],
    ['device serial SN-889123', 'SN-889123'],
    ['patient ID 987654', '987654'],
    ['ref ZY-567890', 'ZY-567890'],
    ['card 4111 1111 1111 1111', '4111 1111 1111 1111'],
    ['IBAN GB10LORI20288482594042', 'GB10LORI20288482594042'],
    ['Whipple specimen to pathology (case S24-20417); frozen', 'S24-20417'],
    ['SURGICAL PATHOLOGY SP23-0045', 'SP23-0045'],
    ['by campus police (Sgt. Oyelaran, badge 2219) on', '2219'],
    ['Westfield PD Officer Pete Lindqvist #92 notified', '92'],
    ['STATE TROOPER MCCARTHY (BADGE 2096).', '2096'],
    ['Last 4 SSN 4417. DOB 7/30/1962.', '4417'],
    ['Senior Services, intake #EPS-24-3390, spoke with', 'EPS-24-3390'],
    ['mobile crisis team following, case 24-MCI-05521.', '24-MCI-05521'],
    ['2015 TOYOTA COROLLA MA REG 2BDH45, T-BONED', '2BDH45'],
  ])('finds %j', async (text, value) => {
    expect(await finds(idDetector, text, value)).toBe(true);
  });

  it.each([
    ['PT 1000 ML IVF', '1000'],
    ['plan 1500 kcal', '1500'],
    ['WBC 12.5', '12.5'],
    ['fusion T12-L1 and C5-6', 'T12'],
    ['REG INSULIN 4 UNITS, case 2 of 3', 'INSULIN'],
    ['ID consult re: abx', 'consult'],
    ['COVID-19 neg', '19'],
    ['[NAME_1] [MRN_2]', 'MRN_2'],
  ])('leaves %j alone', async (text, value) => {
    expect(await touches(idDetector, text, value)).toBe(false);
  });
});
