// Issue 16: degree classes of builder-made resumes (one line per entry, "DEGREE :Field", a school before its
// diploma), each shown on a snippet written for the test.
import { describe, expect, it } from 'vitest';
import { levelsInLine } from '../../src/analyze/text/degrees.js';
import { candidateEducation } from '../../src/analyze/resume/education.js';

const levels = (line: string) => levelsInLine(line).map((l) => l.level);

describe('degrees: short abbreviations count as an entry label', () => {
  it('reads AA, AS, A.S, AAS, ADN, MA and HS before " :", " in" or " degree"', () => {
    expect(levels('AA : Liberal Studies , 2016')).toEqual(['associate']);
    expect(levels('AS :Radiology Riverbend College')).toEqual(['associate']);
    expect(levels('A.S : Nursing Riverbend College')).toEqual(['associate']);
    expect(levels('AAS in Welding Technology')).toEqual(['associate']);
    expect(levels('ADN :Nursing , 2004')).toEqual(['associate']);
    expect(levels('MA :Public Policy, Eastfield University')).toEqual(['master']);
    expect(levels('HS :General Studies , 2001')).toEqual(['high school']);
  });
  it('leaves the same letters alone as a state, a word in capitals or a plain word', () => {
    for (const line of [
      'Boston, MA 02110',
      'Springfield, MA, 2015',
      'SKILLS SUCH AS: BUDGETING',
      'AS A TEAM LEAD',
      'HS students',
    ])
      expect(levels(line), line).toEqual([]);
  });
});

describe('degrees: an associate degree by its name', () => {
  it('reads "Associate of …" and "Associates in …" as written or in capitals', () => {
    for (const line of [
      'Associate of Occupational Studies : Baking and Pastry',
      'Associate of International Trade, Lakeshore College',
      'Associates in Pre Nursing, Valley College',
      'ASSOCIATE OF ARTS, 2012',
      'ASSOCIATES OF APPLIED SCIENCE',
      'Associate in Applied Science, Welding',
    ])
      expect(levels(line), line).toEqual(['associate']);
  });
  it('is no degree as a job, a team, an award or a professional designation', () => {
    for (const line of [
      'Led a team of 40 associates in all facets of the store',
      'Associate of the Quarter award, 2019',
      'Associate of Insurance Services (AIS)',
      'Sales Associate in Chicago',
    ])
      expect(levels(line), line).toEqual([]);
  });
});

describe('degrees: every mention on a line, not the first', () => {
  it('a school named before its diploma leaves the diploma at high school, not a certificate', () => {
    expect(levels('Lakeview High School, Springfield High School Diploma 2009')).toEqual(['high school']);
    expect(levels('Lakeview Senior High School | Springfield High School Diploma')).toEqual(['high school']);
  });
  it('the same words repeated later on that line are the same diploma', () => {
    expect(levels('High School Diploma , General Diploma 1994 Lakeside High School')).toEqual(['high school']);
    expect(levels('High School Diploma :diploma , 2007')).toEqual(['high school']);
    // A diploma named first is another one.
    expect(levels('Diploma in Nursing; High School Diploma')).toEqual(['certificate', 'high school']);
  });
  it('an equivalency diploma is a high-school one', () => {
    expect(levels('GED :HS Equivalence Diploma, Lakeside Adult School')).toEqual(['high school']);
    expect(levels('High School Equivalency Diploma, 2003')).toEqual(['high school']);
  });
  it('a line long with repeats costs a bounded number of matches', () => {
    expect(levels(`${'Diploma '.repeat(5000)}High School Diploma`)).toEqual(['certificate', 'high school']);
  });
});

describe('degrees: MS before a Microsoft product or a school name is no master', () => {
  it('in any case, after a space or a hyphen', () => {
    for (const line of [
      'MS Great Plains (Intermediate)',
      'Developing MS ASP .NET applications',
      'MS-DOS commands',
      'MS- OFFICE from Datacorp',
      'MS SharePoint, MS Exchange',
      'M S University, 1996',
    ])
      expect(levels(line), line).toEqual([]);
    expect(levels('MS :Accounting, 2010')).toEqual(['master']);
    expect(levels('MS in Computer Science')).toEqual(['master']);
  });
});

describe('degrees: an in-progress word belongs to the degree nearest to it', () => {
  it('"hold a BS … and currently enrolled in an MBA": the BS is finished, the MBA is not', () => {
    const e = candidateEducation([
      'EDUCATION',
      'I hold a BS degree in Biology and am currently enrolled in an MBA program.',
    ]);
    expect(e.degrees.map((d) => [d.level, d.inProgress])).toEqual([
      ['master', true],
      ['bachelor', false],
    ]);
    expect(e.candidate).toBe('bachelor');
  });
  it('"aiming for" and "working towards" a degree are in progress', () => {
    const e = candidateEducation(['Education', 'Working towards an Advanced Diploma in Design, 2025']);
    expect(e.degrees.map((d) => d.inProgress)).toEqual([true]);
  });
  it('one degree on its line takes the word wherever it stands', () => {
    const e = candidateEducation(['Education', 'Master of Science :Current Lakeside University - City , State']);
    expect(e.degrees.map((d) => d.inProgress)).toEqual([true]);
    expect(e.candidate).toBeNull();
  });
});

describe('degrees: US degree labels of builder-made entries ("BA :Field", "BSN :Field", "MPA :Field")', () => {
  it('reads a two- or three-letter degree label before " :" or " in"', () => {
    expect(levels('BA :Art History Lakeside University')).toEqual(['bachelor']);
    expect(levels('BA : Economics , 2011')).toEqual(['bachelor']);
    expect(levels('BFA :Painting , 05/2003 Northfield College')).toEqual(['bachelor']);
    expect(levels('BSN :Nursing , 2010 Harbor State University')).toEqual(['bachelor']);
    expect(levels('BSW in Social Work')).toEqual(['bachelor']);
    expect(levels('MPA :Public Administration , 2015')).toEqual(['master']);
    expect(levels('MSN :Family Nurse Practitioner')).toEqual(['master']);
    expect(levels('MEd in Curriculum and Instruction')).toEqual(['master']);
    expect(levels('MPH :Epidemiology')).toEqual(['master']);
  });
  it('leaves the same letters alone when they label nothing', () => {
    for (const line of ['Flew BA routes to Lisbon', 'Reviewed MPA filings', 'Chaired the MPH committee'])
      expect(levels(line), line).toEqual([]);
  });
  it('reads the named professional doctorates', () => {
    expect(levels('Doctor of Education Degree :Leadership, Lakeside University')).toEqual(['doctorate']);
    expect(levels('Doctor of Nursing Practice , 2019')).toEqual(['doctorate']);
  });
  it('"MS Hyperv" (glued Hyper-V) is a Microsoft product, not a master\'s', () => {
    expect(levels('MS Hyperv 2012, VMware ESXi')).toEqual([]);
  });
});

describe('degrees: an entry outside the Education section', () => {
  const level = (lines: string[]) => candidateEducation(lines).candidate;
  it('a line that opens with a degree and names its school or year counts wherever it sits but in a work history', () => {
    const resume = [
      'Summary',
      'Caseworker with ten years in family services.',
      'Accomplishments',
      "Master's in Social Work Spring 2015 Lakeside University",
      'Experience',
      'Caseworker Jan 2015 to Current',
      'Education',
      "Bachelor's in Psychology 2009 Harbor State College",
    ];
    expect(level(resume)).toBe('master');
    // The degree alone on a short line, its school on the line below.
    const short = [
      'Education',
      'High School Diploma 2001',
      'Languages:',
      'Spanish',
      'Bachelor of Science',
      'NURSING, 2007 LAKESIDE UNIVERSITY',
    ];
    expect(level(short)).toBe('bachelor');
  });
  it('a degree inside a sentence, a bare "MS", or a degree in a work history stays out', () => {
    const resume = [
      'Awards',
      'Earned the 2012 Spirit of Service award.',
      "Master of Brand Advantage/Master's level meat course. (Acme Foods)",
      'Skills',
      'MS Proficient, 2019 release',
      'Experience',
      'Sales Lead Jan 2015 to Current',
      'MBA Programs office, Lakeside University',
      'Education',
      'Bachelor of Arts 2009 Harbor State College',
    ];
    expect(level(resume)).toBe('bachelor');
  });
});

describe('degrees: the sections that close an Education section', () => {
  it('"Personal Information" after Education ends it: a charity ride "MS 150" there is no master\'s', () => {
    const resume = [
      'Education',
      'BBA :Accounting , 2012 Harbor State University',
      'Personal Information',
      'Rode the Lakeside MS 150 (2014) for charity.',
    ];
    expect(candidateEducation(resume).candidate).toBe('bachelor');
  });
});
