-- Ashworth School of Dance, Chapel Allerton, Leeds -- our office database.
-- We teach ballet, tap, jazz and contemporary to children (from age 3), teenagers and adults
-- in our two studios on Harrogate Road. The year runs in three terms: autumn (September to
-- December), spring (January to Easter) and summer (after Easter to July), and every term has
-- its own timetable of classes, each on a set weekday in one studio with one teacher and a term fee.
-- Pupils enrol class by class for each term and pay the term fee up front. Brothers and sisters
-- get a sibling discount (a percentage off), and a few fees are waived (scholarships, staff
-- children). Fees are not refunded when a pupil withdraws part way through a term.
-- Teachers take the register every lesson: present, absent, late or excused.
-- Pupils sit graded exams with RAD, ISTD or IDTA; results come back a few weeks after the exam.
-- Every July we put on the end-of-year show over three performances and sell tickets for each;
-- this year we have added a winter showcase in December. We also hire out costumes for exams
-- and shows. Records run from January 2024 to the end of November 2026.

DROP TABLE IF EXISTS attendance;
DROP TABLE IF EXISTS exam_entries;
DROP TABLE IF EXISTS enrolment;
DROP TABLE IF EXISTS classes;
DROP TABLE IF EXISTS costume_hire;
DROP TABLE IF EXISTS costumes;
DROP TABLE IF EXISTS ticket_sales;
DROP TABLE IF EXISTS show_perf;
DROP TABLE IF EXISTS pupils;
DROP TABLE IF EXISTS teacher;
DROP TABLE IF EXISTS terms;
DROP TABLE IF EXISTS studios;

CREATE TABLE studios (
    studio_id     integer PRIMARY KEY,
    name          text NOT NULL,
    capacity      integer NOT NULL,
    sprung_floor  boolean NOT NULL DEFAULT false,
    notes         text
);

CREATE TABLE teacher (
    teacher_id    integer PRIMARY KEY,
    full_name     text NOT NULL,
    email         text,
    phone         text,
    dbs_chk_dt    date,
    started_dt    date NOT NULL,
    left_dt       date,
    is_principal  boolean NOT NULL DEFAULT false,
    hourly_rate   numeric(6,2)
);

CREATE TABLE terms (
    term_id   integer PRIMARY KEY,
    term_cd   text NOT NULL UNIQUE,
    season    char(1) NOT NULL,
    acad_yr   text NOT NULL,
    start_dt  date NOT NULL,
    end_dt    date NOT NULL
);

CREATE TABLE pupils (
    pupil_id       integer PRIMARY KEY,
    first_nm       text NOT NULL,
    last_nm        text NOT NULL,
    dob            date,
    guardian_nm    text,
    contact_email  text,
    contact_ph     text,
    postcode       text,
    joined_dt      date NOT NULL,
    sibling_of     integer REFERENCES pupils (pupil_id),
    photo_ok       boolean NOT NULL DEFAULT true,
    active         boolean NOT NULL DEFAULT true,
    medical_notes  text
);

CREATE TABLE classes (
    class_id    integer PRIMARY KEY,
    term_id     integer NOT NULL REFERENCES terms (term_id),
    style       text NOT NULL,
    lvl         text NOT NULL,
    age_grp     char(1) NOT NULL,
    dow         smallint NOT NULL,
    start_tm    time NOT NULL,
    dur_mins    integer NOT NULL,
    studio_id   integer NOT NULL REFERENCES studios (studio_id),
    teacher_id  integer NOT NULL REFERENCES teacher (teacher_id),
    term_fee    numeric(7,2) NOT NULL,
    max_places  integer NOT NULL,
    cancelled   boolean NOT NULL DEFAULT false
);

CREATE TABLE enrolment (
    enrol_id      integer PRIMARY KEY,
    pupil_id      integer NOT NULL REFERENCES pupils (pupil_id),
    class_id      integer NOT NULL REFERENCES classes (class_id),
    enrol_dt      date NOT NULL,
    st            char(1) NOT NULL DEFAULT 'E',
    fee_amt       numeric(7,2) NOT NULL,
    sib_disc_pct  numeric(4,1) NOT NULL DEFAULT 0,
    waived        boolean NOT NULL DEFAULT false,
    paid_dt       date,
    pay_method    char(1),
    notes         text
);

CREATE TABLE attendance (
    att_id     integer PRIMARY KEY,
    enrol_id   integer NOT NULL REFERENCES enrolment (enrol_id),
    lesson_dt  date NOT NULL,
    st         char(1) NOT NULL,
    UNIQUE (enrol_id, lesson_dt)
);

CREATE TABLE exam_entries (
    entry_id    integer PRIMARY KEY,
    pupil_id    integer NOT NULL REFERENCES pupils (pupil_id),
    teacher_id  integer REFERENCES teacher (teacher_id),
    board       text NOT NULL,
    style       text NOT NULL,
    grade       text NOT NULL,
    exam_dt     date NOT NULL,
    entry_fee   numeric(6,2) NOT NULL,
    marks       integer,
    result      char(1)
);

CREATE TABLE show_perf (
    perf_id     integer PRIMARY KEY,
    show_nm     text NOT NULL,
    perf_dt     date NOT NULL,
    curtain_tm  time NOT NULL,
    venue       text NOT NULL,
    seats       integer NOT NULL,
    matinee     boolean NOT NULL DEFAULT false
);

CREATE TABLE ticket_sales (
    sale_id     integer PRIMARY KEY,
    perf_id     integer NOT NULL REFERENCES show_perf (perf_id),
    sale_dt     date NOT NULL,
    buyer_nm    text,
    pupil_id    integer REFERENCES pupils (pupil_id),
    tkt_type    char(1) NOT NULL,
    qty         integer NOT NULL,
    unit_price  numeric(6,2) NOT NULL,
    channel     char(1) NOT NULL,
    refunded    boolean NOT NULL DEFAULT false
);

CREATE TABLE costumes (
    costume_id   integer PRIMARY KEY,
    descr        text NOT NULL,
    style        text,
    size         text,
    bought_dt    date,
    hire_fee     numeric(6,2) NOT NULL,
    deposit_amt  numeric(6,2) NOT NULL,
    cond         char(1) NOT NULL
);

CREATE TABLE costume_hire (
    hire_id       integer PRIMARY KEY,
    costume_id    integer NOT NULL REFERENCES costumes (costume_id),
    pupil_id      integer NOT NULL REFERENCES pupils (pupil_id),
    out_dt        date NOT NULL,
    due_dt        date NOT NULL,
    returned_dt   date,
    fee_amt       numeric(6,2) NOT NULL,
    deposit_back  boolean NOT NULL DEFAULT false,
    damage_notes  text
);

-- ---------------------------------------------------------------- comments
COMMENT ON TABLE studios IS 'Our two studios at Harrogate Road.';
COMMENT ON COLUMN studios.capacity IS 'Most dancers we can safely fit in the room.';
COMMENT ON COLUMN studios.sprung_floor IS 'True if the studio has a sprung dance floor.';

COMMENT ON TABLE teacher IS 'Teachers, past and present.';
COMMENT ON COLUMN teacher.dbs_chk_dt IS 'Date of the last DBS (criminal record) check.';
COMMENT ON COLUMN teacher.left_dt IS 'Last day with us; empty while the teacher is still teaching here.';
COMMENT ON COLUMN teacher.is_principal IS 'True for the school principal.';
COMMENT ON COLUMN teacher.hourly_rate IS 'What we pay the teacher per teaching hour, in pounds.';

COMMENT ON TABLE terms IS 'School terms. Three a year: autumn, spring and summer.';
COMMENT ON COLUMN terms.term_cd IS 'Short name of the term, e.g. AUT25 = autumn term 2025.';
COMMENT ON COLUMN terms.season IS 'Which term: A = autumn (Sept to Dec), P = spring (Jan to Easter), S = summer (Easter to July).';
COMMENT ON COLUMN terms.acad_yr IS 'School year the term belongs to, September to July, e.g. 2025-26.';

COMMENT ON TABLE pupils IS 'Everyone who dances with us, children and adults.';
COMMENT ON COLUMN pupils.first_nm IS 'Pupil first name.';
COMMENT ON COLUMN pupils.last_nm IS 'Pupil surname.';
COMMENT ON COLUMN pupils.dob IS 'Date of birth.';
COMMENT ON COLUMN pupils.guardian_nm IS 'Parent or guardian for children; empty for adult pupils.';
COMMENT ON COLUMN pupils.joined_dt IS 'Date the pupil first joined the school.';
COMMENT ON COLUMN pupils.sibling_of IS 'Brother or sister already at the school (their pupil number); gets the sibling discount.';
COMMENT ON COLUMN pupils.photo_ok IS 'Parent (or adult pupil) has given permission for photos and filming, e.g. at the show.';
COMMENT ON COLUMN pupils.active IS 'False once the pupil has left the school.';
COMMENT ON COLUMN pupils.medical_notes IS 'Allergies, conditions, anything the teacher must know.';

COMMENT ON TABLE classes IS 'The timetable: one row per class per term.';
COMMENT ON COLUMN classes.style IS 'Dance style: Ballet, Tap, Jazz or Contemporary.';
COMMENT ON COLUMN classes.lvl IS 'Grade or level taught, e.g. Pre-primary, Grade 3, Adult Beginners.';
COMMENT ON COLUMN classes.age_grp IS 'Who the class is for: K = children, T = teens/seniors, A = adults.';
COMMENT ON COLUMN classes.dow IS 'Day of the week: 1 = Monday ... 6 = Saturday.';
COMMENT ON COLUMN classes.dur_mins IS 'Length of each lesson in minutes.';
COMMENT ON COLUMN classes.term_fee IS 'Full fee for the term for this class, in pounds, before any discount.';
COMMENT ON COLUMN classes.max_places IS 'Most pupils we take in the class.';
COMMENT ON COLUMN classes.cancelled IS 'True if the class did not run that term (not enough pupils, no teacher).';

COMMENT ON TABLE enrolment IS 'A pupil signed up for a class for one term, with the term fee.';
COMMENT ON COLUMN enrolment.enrol_dt IS 'Date the enrolment form came in.';
COMMENT ON COLUMN enrolment.st IS 'Status: E = enrolled, W = withdrew part way through the term (fee not refunded).';
COMMENT ON COLUMN enrolment.fee_amt IS 'Term fee for the class in pounds, before sibling discount.';
COMMENT ON COLUMN enrolment.sib_disc_pct IS 'Sibling discount as a percentage off the fee (0 = none, 10 or 15).';
COMMENT ON COLUMN enrolment.waived IS 'True if we waived the fee (scholarship, staff child); nothing is due.';
COMMENT ON COLUMN enrolment.paid_dt IS 'Date the fee was paid; empty = not paid yet (or waived).';
COMMENT ON COLUMN enrolment.pay_method IS 'How they paid: C = cash, B = bank transfer, D = card; empty when not paid.';

COMMENT ON TABLE attendance IS 'The register: one row per pupil per lesson.';
COMMENT ON COLUMN attendance.lesson_dt IS 'Date of the lesson.';
COMMENT ON COLUMN attendance.st IS 'Register mark: P = present, A = absent, L = late, E = excused (we were told in advance).';

COMMENT ON TABLE exam_entries IS 'Graded exams our pupils are entered for.';
COMMENT ON COLUMN exam_entries.teacher_id IS 'Teacher who prepared and entered the pupil.';
COMMENT ON COLUMN exam_entries.board IS 'Exam board: RAD (Royal Academy of Dance), ISTD (Imperial Society of Teachers of Dancing) or IDTA (International Dance Teachers Association).';
COMMENT ON COLUMN exam_entries.style IS 'Dance style of the exam: Ballet, Tap, Jazz or Contemporary.';
COMMENT ON COLUMN exam_entries.entry_fee IS 'Entry fee charged for the exam, in pounds (0 for in-house assessments).';
COMMENT ON COLUMN exam_entries.marks IS 'Mark out of 100; empty until the results are back.';
COMMENT ON COLUMN exam_entries.result IS 'Result: D = distinction, M = merit, P = pass, F = fail; empty = results not back yet.';

COMMENT ON TABLE show_perf IS 'Performances of our shows (end-of-year show every July, winter showcase in December).';
COMMENT ON COLUMN show_perf.show_nm IS 'Name of the show.';
COMMENT ON COLUMN show_perf.curtain_tm IS 'Curtain up time.';
COMMENT ON COLUMN show_perf.seats IS 'Seats available at the venue.';
COMMENT ON COLUMN show_perf.matinee IS 'True for an afternoon performance.';

COMMENT ON TABLE ticket_sales IS 'Show tickets sold, one row per purchase.';
COMMENT ON COLUMN ticket_sales.buyer_nm IS 'Name of the person who bought the tickets.';
COMMENT ON COLUMN ticket_sales.pupil_id IS 'Pupil whose family bought the tickets, if known.';
COMMENT ON COLUMN ticket_sales.tkt_type IS 'Ticket type: A = adult, C = child, S = concession (students, over-65s), F = free (complimentary).';
COMMENT ON COLUMN ticket_sales.qty IS 'Number of tickets in the purchase.';
COMMENT ON COLUMN ticket_sales.unit_price IS 'Price per ticket in pounds.';
COMMENT ON COLUMN ticket_sales.channel IS 'Where sold: O = online, P = phone or front desk, D = on the door on the night.';
COMMENT ON COLUMN ticket_sales.refunded IS 'True if the money was given back.';

COMMENT ON TABLE costumes IS 'Costumes we own and hire out to pupils.';
COMMENT ON COLUMN costumes.descr IS 'What the costume is.';
COMMENT ON COLUMN costumes.style IS 'Dance style it is for; empty for show costumes.';
COMMENT ON COLUMN costumes.hire_fee IS 'Hire charge in pounds (show costumes are lent free).';
COMMENT ON COLUMN costumes.deposit_amt IS 'Deposit taken when it goes out, in pounds.';
COMMENT ON COLUMN costumes.cond IS 'Condition: N = new, G = good, W = worn but usable, R = retired (no longer hired out).';

COMMENT ON TABLE costume_hire IS 'Costumes hired out to pupils.';
COMMENT ON COLUMN costume_hire.out_dt IS 'Date the costume went out.';
COMMENT ON COLUMN costume_hire.due_dt IS 'Date it should come back.';
COMMENT ON COLUMN costume_hire.returned_dt IS 'Date it came back; empty = still out.';
COMMENT ON COLUMN costume_hire.fee_amt IS 'Hire fee charged, in pounds.';
COMMENT ON COLUMN costume_hire.deposit_back IS 'True once the deposit has been returned to the family.';
COMMENT ON COLUMN costume_hire.damage_notes IS 'Any damage found when it came back.';

-- ---------------------------------------------------------------- data
INSERT INTO studios VALUES
 (1, 'Main Studio', 24, true,  'Ground floor, mirrors and barres on two walls'),
 (2, 'Studio Two',  18, false, 'Upstairs, small, used for tap and little ones');

INSERT INTO teacher VALUES
 (1, 'Helen Ashworth',   'helen@ashworthdance.co.uk',  '07700 900101', '2024-02-12', '2009-09-01', NULL,         true,  38.00),
 (2, 'Priya Nair',       'priya@ashworthdance.co.uk',  '07700 900102', '2024-05-03', '2015-01-05', NULL,         false, 28.00),
 (3, 'Tom Whitaker',     'tom@ashworthdance.co.uk',    '07700 900103', '2023-11-20', '2018-09-03', NULL,         false, 27.50),
 (4, 'Sophie Lindqvist', 'sophie@ashworthdance.co.uk', '07700 900104', '2023-06-14', '2020-01-06', '2025-07-25', false, 27.00),
 (5, 'Gemma Brooke',     'gemma@ashworthdance.co.uk',  '07700 900105', '2024-09-02', '2021-04-19', NULL,         false, 26.50),
 (6, 'Daniel Okafor',    'daniel@ashworthdance.co.uk', '07700 900106', '2025-08-11', '2025-08-26', NULL,         false, 27.00),
 (7, 'Ruth Halloran',    NULL,                         '07700 900107', '2022-10-01', '2016-09-05', '2024-07-19', false, 28.00),
 (8, 'Megan Shaw',       'megan@ashworthdance.co.uk',  '07700 900108', '2023-12-18', '2024-01-02', NULL,         false, 25.00),
 (9, 'Katie Marsh',      'katie.marsh@gmail.com',      '07700 900109', '2026-10-05', '2026-10-12', NULL,         false, 22.00);

INSERT INTO terms VALUES
 (1, 'SPR24', 'P', '2023-24', '2024-01-08', '2024-03-22'),
 (2, 'SUM24', 'S', '2023-24', '2024-04-15', '2024-07-19'),
 (3, 'AUT24', 'A', '2024-25', '2024-09-09', '2024-12-13'),
 (4, 'SPR25', 'P', '2024-25', '2025-01-06', '2025-04-04'),
 (5, 'SUM25', 'S', '2024-25', '2025-04-22', '2025-07-18'),
 (6, 'AUT25', 'A', '2025-26', '2025-09-08', '2025-12-12'),
 (7, 'SPR26', 'P', '2025-26', '2026-01-05', '2026-03-27'),
 (8, 'SUM26', 'S', '2025-26', '2026-04-13', '2026-07-17'),
 (9, 'AUT26', 'A', '2026-27', '2026-09-07', '2026-12-11');

-- Pupils: 1-120 were with us before 2024, 121-319 joined between Jan 2024 and Nov 2026,
-- 320 joined at the end of November 2026 and has not enrolled in anything yet.
-- Every 4th pupil is an adult, pupils 3, 7, 11, ... are teenagers, the rest children.
INSERT INTO pupils
SELECT i,
       CASE WHEN i % 4 = 0
            THEN (ARRAY['Claire','Joanne','Rachel','Sarah','Karen','Emma','Louise','Nicola','Amanda','Helen',
                        'Fiona','Lisa','Michelle','Anna','Kate','Paul','Mark','Susan','Gillian','Jenny'])[1 + (i * 7) % 20]
            ELSE (ARRAY['Olivia','Amelia','Isla','Ava','Mia','Ivy','Lily','Freya','Florence','Evie',
                        'Poppy','Sophia','Grace','Willow','Rosie','Ruby','Daisy','Aisha','Maya','Zara',
                        'Harper','Esme','Matilda','Phoebe','Alfie','Oscar','Leo','Noah','Erin','Niamh',
                        'Imogen','Eliza','Hannah','Layla','Sienna','Molly','Jessica','Chloe','Ella','Nadia'])[1 + (i * 13 + i / 7) % 40]
       END,
       (ARRAY['Smith','Jones','Taylor','Brown','Wilson','Walker','Wood','Thompson','Wright','Robinson',
              'Hall','Green','Lewis','Clarke','Jackson','Hughes','Turner','Hill','Ward','Moore',
              'Khan','Hussain','Patel','Ahmed','Kaur','Murphy','Kelly','O''Brien','Dawson','Firth',
              'Sykes','Haigh','Barraclough','Ackroyd','Holroyd','Nowak','Kowalski','Okonkwo','Mensah','Ó Súilleabháin'])
           [1 + (fam * 17) % 40],
       CASE WHEN i % 4 = 0 THEN date '1968-01-01' + (i * 211) % 11000
            WHEN i % 4 = 3 THEN date '2008-09-01' + (i * 89) % 1800
            ELSE date '2014-09-01' + (i * 97) % 2200 END,
       CASE WHEN i % 4 = 0 THEN NULL
            ELSE (ARRAY['Claire','Joanne','Rachel','Sarah','Karen','Emma','Louise','Nicola','Amanda','Helen',
                        'Fiona','Lisa','Michelle','Anna','Kate','Paul','Mark','Ben','Gareth','Imran'])[1 + (fam * 11) % 20]
                 || ' ' ||
                 (ARRAY['Smith','Jones','Taylor','Brown','Wilson','Walker','Wood','Thompson','Wright','Robinson',
                        'Hall','Green','Lewis','Clarke','Jackson','Hughes','Turner','Hill','Ward','Moore',
                        'Khan','Hussain','Patel','Ahmed','Kaur','Murphy','Kelly','O''Brien','Dawson','Firth',
                        'Sykes','Haigh','Barraclough','Ackroyd','Holroyd','Nowak','Kowalski','Okonkwo','Mensah','Ó Súilleabháin'])
                     [1 + (fam * 17) % 40] END,
       CASE WHEN i % 19 = 0 THEN NULL
            ELSE 'family' || fam || (ARRAY['@gmail.com','@hotmail.co.uk','@outlook.com','@btinternet.com','@yahoo.co.uk'])[1 + fam % 5] END,
       '07' || (100000000 + (fam::bigint * 7919 * 104729 + 12345) % 900000000)::text,
       (ARRAY['LS7','LS7','LS8','LS6','LS17','LS16','LS8','LS2','LS28','LS12'])[1 + (fam * 3) % 10]
           || ' ' || (1 + fam % 9)::text || (ARRAY['AB','DE','HJ','NP','QR','TW'])[1 + fam % 6],
       CASE WHEN i <= 120 THEN date '2019-09-02' + (i * 53) % 1550
            WHEN i = 320  THEN date '2026-11-28'
            ELSE date '2024-01-03' + ((i - 121) * 1060) / 199 + (i * 7) % 5 END,
       CASE WHEN sib THEN i - 1 END,
       i % 7 <> 3,
       NOT (i % 11 = 5 OR i % 31 = 9 OR i % 5 = 2 OR i % 7 = 4),
       CASE WHEN i % 13 = 4 THEN 'Asthma - inhaler in bag'
            WHEN i % 17 = 6 THEN 'Nut allergy (carries EpiPen)'
            WHEN i % 29 = 10 THEN 'Hypermobile knees, no deep plies'
       END
FROM (SELECT i,
             (i % 9 = 2 AND i % 4 <> 0 AND (i - 1) % 4 <> 0) AS sib,
             CASE WHEN i % 9 = 2 AND i % 4 <> 0 AND (i - 1) % 4 <> 0 THEN i - 1 ELSE i END AS fam
      FROM generate_series(1, 320) AS i) s;

-- Timetable: the same slots every term, fees going up each school year, some teachers changing.
INSERT INTO classes
SELECT row_number() OVER (ORDER BY t.term_id, s.slot),
       t.term_id, s.style, s.lvl, s.age_grp, s.dow, s.start_tm, s.dur, s.studio,
       CASE WHEN s.slot = 2 AND t.term_id >= 3 THEN 2
            WHEN s.slot IN (11, 12, 13) AND t.term_id >= 6 THEN 6
            WHEN s.slot = 8 AND t.term_id >= 6 THEN 8
            WHEN s.slot = 10 AND t.term_id >= 7 THEN 8
            ELSE s.teacher END,
       s.fee + CASE t.acad_yr WHEN '2023-24' THEN 0 WHEN '2024-25' THEN 3 WHEN '2025-26' THEN 5 ELSE 8.5 END,
       s.maxp,
       (t.term_id = 2 AND s.slot = 14) OR (t.term_id = 9 AND s.slot = 8)
FROM terms t
CROSS JOIN (VALUES
  ( 1, 'Ballet',       'Pre-primary',        'K', 1, time '16:00', 45, 2, 72.00, 18, 2),
  ( 2, 'Ballet',       'Grade 1',            'K', 1, time '16:45', 60, 1, 85.00, 20, 7),
  ( 3, 'Ballet',       'Grade 3',            'K', 2, time '17:00', 60, 1, 88.00, 20, 1),
  ( 4, 'Ballet',       'Grade 5',            'T', 3, time '17:30', 75, 1, 95.00, 20, 1),
  ( 5, 'Ballet',       'Adult Beginners',    'A', 4, time '19:30', 60, 1, 78.00, 18, 2),
  ( 6, 'Tap',          'Primary',            'K', 1, time '17:00', 45, 2, 72.00, 16, 3),
  ( 7, 'Tap',          'Grade 2',            'K', 3, time '16:30', 45, 2, 75.00, 16, 3),
  ( 8, 'Tap',          'Adult Tap',          'A', 2, time '19:30', 60, 2, 70.00, 16, 3),
  ( 9, 'Jazz',         'Grade 1',            'K', 4, time '16:30', 45, 1, 75.00, 20, 5),
  (10, 'Jazz',         'Grade 4',            'T', 5, time '17:00', 60, 1, 85.00, 20, 5),
  (11, 'Contemporary', 'Juniors',            'K', 2, time '16:00', 45, 2, 72.00, 16, 4),
  (12, 'Contemporary', 'Seniors',            'T', 4, time '17:30', 75, 1, 92.00, 18, 4),
  (13, 'Contemporary', 'Adult Contemporary', 'A', 3, time '19:30', 75, 1, 80.00, 18, 4),
  (14, 'Jazz',         'Adult Jazz',         'A', 5, time '19:00', 60, 2, 70.00, 16, 8),
  (15, 'Tap',          'Grade 4',            'T', 6, time '10:00', 60, 2, 80.00, 14, 3)
) AS s(slot, style, lvl, age_grp, dow, start_tm, dur, studio, fee, maxp, teacher)
WHERE s.slot <> 15 OR t.term_id >= 6;

-- Enrolments: each pupil keeps to one or two classes term after term from the term they
-- joined until they leave, skipping the odd term.
INSERT INTO enrolment
SELECT row_number() OVER (ORDER BY x.term_id, x.class_id, x.pupil_id),
       x.pupil_id, x.class_id,
       greatest(x.joined_dt, x.start_dt - (x.pupil_id * 11 + x.term_id * 3) % 28),
       CASE WHEN (x.pupil_id * 7 + x.class_id * 3) % 19 = 4 THEN 'W' ELSE 'E' END,
       x.term_fee,
       CASE WHEN x.sibling_of IS NULL THEN 0 WHEN x.pupil_id % 5 = 0 THEN 15 ELSE 10 END,
       x.waived,
       CASE WHEN x.waived THEN NULL
            WHEN x.term_id = 9 AND (x.pupil_id * 3 + x.class_id) % 4 = 0 THEN NULL
            WHEN x.term_id = 8 AND (x.pupil_id * 13 + x.class_id) % 23 = 0 THEN NULL
            ELSE greatest(x.joined_dt, x.start_dt - (x.pupil_id * 11 + x.term_id * 3) % 28)
                 + (x.pupil_id + x.class_id) % 21 END,
       NULL,
       CASE WHEN x.waived AND x.pupil_id % 2 = 0 THEN 'Fee waived - scholarship'
            WHEN x.waived THEN 'Fee waived - staff child'
            WHEN (x.pupil_id * 7 + x.class_id * 3) % 19 = 4 THEN 'Withdrew part way through term'
            WHEN x.pupil_id % 37 = 12 THEN 'Collected by grandparent on Tuesdays'
       END
FROM (
  SELECT p.pupil_id, p.joined_dt, p.sibling_of, t.term_id, t.start_dt, c.class_id, c.term_fee,
         (p.pupil_id % 23 = 7) AS waived
  FROM (
    SELECT pp.*,
           CASE WHEN pp.pupil_id % 4 = 0 THEN
                  (ARRAY['Ballet|Adult Beginners','Tap|Adult Tap','Contemporary|Adult Contemporary','Jazz|Adult Jazz'])
           WHEN pp.pupil_id % 4 = 3 THEN
                  (ARRAY['Ballet|Grade 5','Jazz|Grade 4','Contemporary|Seniors','Tap|Grade 4'])
           ELSE (ARRAY['Ballet|Pre-primary','Ballet|Grade 1','Ballet|Grade 3','Tap|Primary','Tap|Grade 2',
                       'Jazz|Grade 1','Contemporary|Juniors']) END AS opts,
           CASE WHEN pp.active THEN 99
                ELSE least(8, (SELECT min(tt.term_id) FROM terms tt WHERE tt.end_dt - 21 >= pp.joined_dt)
                              + (pp.pupil_id * 3) % 5) END AS last_term
    FROM pupils pp
  ) p
  CROSS JOIN generate_series(0, 1) AS k
  JOIN terms t ON t.end_dt - 21 >= p.joined_dt AND t.term_id <= p.last_term
  JOIN classes c ON c.term_id = t.term_id AND NOT c.cancelled
   AND c.style || '|' || c.lvl =
       p.opts[1 + ((p.pupil_id / 4) * 5 + k * (1 + p.pupil_id % 3)) % array_length(p.opts, 1)]
  WHERE (k = 0 OR p.pupil_id % 3 = 0)
    AND (p.pupil_id * t.term_id * 7 + t.term_id + k) % 5 <> 3
) x;

UPDATE enrolment
SET pay_method = (ARRAY['C','B','B','D','D','B','D'])[1 + (pupil_id * 3 + class_id) % 7]
WHERE paid_dt IS NOT NULL;

-- Register: ten lessons a term on the class's weekday, with a week off at half term.
INSERT INTO attendance
SELECT row_number() OVER (ORDER BY l.lesson_dt, l.enrol_id),
       l.enrol_id, l.lesson_dt,
       CASE WHEN l.h < 80 THEN 'P' WHEN l.h < 87 THEN 'L' WHEN l.h < 95 THEN 'A' ELSE 'E' END
FROM (
  SELECT e.enrol_id, e.st,
         t.start_dt + (c.dow - extract(isodow FROM t.start_dt)::int + 7) % 7
           + 7 * k + CASE WHEN k >= 6 THEN 7 ELSE 0 END AS lesson_dt,
         (e.enrol_id * 31 + k * 17 + e.pupil_id * 3) % 100 AS h,
         k, t.end_dt
  FROM enrolment e
  JOIN classes c ON c.class_id = e.class_id
  JOIN terms t ON t.term_id = c.term_id
  CROSS JOIN generate_series(0, 9) AS k
  WHERE e.st = 'E' OR k < 3 + e.enrol_id % 4
) l
WHERE l.lesson_dt <= l.end_dt AND l.lesson_dt <= date '2026-11-30';

-- Exams: some children and teenagers sit a graded exam late in the term.
INSERT INTO exam_entries
SELECT row_number() OVER (ORDER BY x.exam_dt, x.enrol_id),
       x.pupil_id, x.teacher_id, x.board, x.style, x.lvl, x.exam_dt,
       CASE WHEN x.lvl = 'Juniors' THEN 0
            ELSE (CASE x.lvl WHEN 'Pre-primary' THEN 44 WHEN 'Primary' THEN 46 WHEN 'Grade 1' THEN 52
                            WHEN 'Grade 2' THEN 55 WHEN 'Grade 3' THEN 58 WHEN 'Grade 4' THEN 64
                            WHEN 'Grade 5' THEN 70 ELSE 75 END)
                 + 2 * (extract(year FROM x.exam_dt)::int - 2024)
                 + CASE x.board WHEN 'RAD' THEN 3 WHEN 'IDTA' THEN -2 ELSE 0 END END,
       CASE WHEN x.pending THEN NULL ELSE x.mk END,
       CASE WHEN x.pending THEN NULL
            WHEN x.mk >= 85 THEN 'D' WHEN x.mk >= 72 THEN 'M' WHEN x.mk >= 55 THEN 'P' ELSE 'F' END
FROM (
  SELECT e.enrol_id, e.pupil_id, c.teacher_id, c.style, c.lvl,
         CASE c.style WHEN 'Ballet' THEN 'RAD' WHEN 'Tap' THEN 'ISTD' WHEN 'Contemporary' THEN 'ISTD'
                      ELSE CASE WHEN e.pupil_id % 2 = 0 THEN 'IDTA' ELSE 'ISTD' END END AS board,
         t.start_dt + 56 + e.enrol_id % 12 AS exam_dt,
         48 + (e.enrol_id * 37 + e.pupil_id * 11) % 52 AS mk,
         (t.term_id = 9 OR (t.term_id = 8 AND e.enrol_id % 13 = 0)) AS pending
  FROM enrolment e
  JOIN classes c ON c.class_id = e.class_id
  JOIN terms t ON t.term_id = c.term_id
  WHERE c.age_grp <> 'A' AND e.st = 'E' AND (e.enrol_id * 7 + e.pupil_id) % 4 = 0
) x;

INSERT INTO show_perf VALUES
 ( 1, 'Alice in Wonderland', '2024-07-12', '19:00', 'Carriageworks Theatre', 350, false),
 ( 2, 'Alice in Wonderland', '2024-07-13', '14:00', 'Carriageworks Theatre', 350, true),
 ( 3, 'Alice in Wonderland', '2024-07-13', '19:00', 'Carriageworks Theatre', 350, false),
 ( 4, 'The Snow Queen',      '2025-07-11', '19:00', 'Carriageworks Theatre', 350, false),
 ( 5, 'The Snow Queen',      '2025-07-12', '14:00', 'Carriageworks Theatre', 350, true),
 ( 6, 'The Snow Queen',      '2025-07-12', '19:00', 'Carriageworks Theatre', 350, false),
 ( 7, 'Peter Pan',           '2026-07-10', '19:00', 'Carriageworks Theatre', 350, false),
 ( 8, 'Peter Pan',           '2026-07-11', '14:00', 'Carriageworks Theatre', 350, true),
 ( 9, 'Peter Pan',           '2026-07-11', '19:00', 'Carriageworks Theatre', 350, false),
 (10, 'Winter Showcase',     '2026-12-12', '14:00', 'Main Studio',            60, true);

-- Ticket sales: 90 to 140 purchases per July performance over the ten weeks before it,
-- some on the door; the winter showcase only has advance sales so far.
INSERT INTO ticket_sales
SELECT row_number() OVER (ORDER BY x.sale_dt, x.perf_id, x.g),
       x.perf_id, x.sale_dt,
       CASE WHEN x.pupil_id IS NULL
            THEN (ARRAY['J. Barker','M. Singh','D. Fletcher','S. Lowe','A. Crossley','K. Bell','R. Pearson',
                        'T. Naylor','L. Greenwood','P. Ellis','C. Rhodes','N. Ibrahim'])[1 + (x.g * 5 + x.perf_id) % 12]
            ELSE coalesce(p.guardian_nm, p.first_nm || ' ' || p.last_nm) END,
       x.pupil_id, x.tkt_type,
       CASE WHEN x.tkt_type = 'F' THEN 1 + x.g % 2 ELSE 1 + (x.g * 7 + x.perf_id) % 4 END,
       CASE WHEN x.tkt_type = 'F' THEN 0
            WHEN x.perf_id = 10 THEN CASE x.tkt_type WHEN 'A' THEN 8 WHEN 'C' THEN 5 ELSE 6 END
            ELSE CASE x.tkt_type WHEN 'A' THEN 14 WHEN 'C' THEN 9 ELSE 11 END
                 + CASE WHEN x.perf_id >= 7 THEN 2 WHEN x.perf_id >= 4 THEN 1 ELSE 0 END
                 + CASE WHEN x.perf_id >= 7 AND x.tkt_type <> 'A' THEN 0.5 ELSE 0 END END,
       x.channel,
       (x.g * x.perf_id) % 41 = 7
FROM (
  SELECT sp.perf_id, g,
         CASE WHEN sp.perf_id = 10 THEN sp.perf_dt - 12 - (g * 37) % 40
              WHEN g % 15 = 0 THEN sp.perf_dt
              ELSE sp.perf_dt - 1 - (g * 37 + sp.perf_id * 5) % 70 END AS sale_dt,
         CASE WHEN (g * 13 + sp.perf_id * 7) % 20 < 10 THEN 'A'
              WHEN (g * 13 + sp.perf_id * 7) % 20 < 16 THEN 'C'
              WHEN (g * 13 + sp.perf_id * 7) % 20 < 19 THEN 'S'
              ELSE 'F' END AS tkt_type,
         CASE WHEN sp.perf_id <> 10 AND g % 15 = 0 THEN 'D'
              WHEN (g * 11) % 3 = 0 THEN 'P'
              ELSE 'O' END AS channel,
         CASE WHEN g % 4 <> 0
              THEN 1 + (g * 53 + sp.perf_id * 17) % CASE WHEN sp.perf_id <= 3 THEN 120 WHEN sp.perf_id <= 6 THEN 180 ELSE 250 END
         END AS pupil_id
  FROM show_perf sp
  CROSS JOIN generate_series(1, 150) AS g
  WHERE g <= CASE WHEN sp.perf_id = 10 THEN 40 ELSE 90 + (sp.perf_id * 37) % 50 END
) x
LEFT JOIN pupils p ON p.pupil_id = x.pupil_id;

INSERT INTO costumes
SELECT i,
       CASE WHEN i % 5 = 0 THEN (ARRAY['White Rabbit tabard','Cheshire Cat bodysuit','Snowflake dress','Ice palace cloak',
                                      'Lost Boy tunic','Pirate jacket','Tinkerbell dress','Mermaid skirt'])[1 + (i / 5) % 8]
            WHEN i % 5 = 1 THEN (ARRAY['Pink tutu','Lilac practice tutu','Romantic tutu (white)','Blue classical tutu'])[1 + (i / 5) % 4]
            WHEN i % 5 = 2 THEN (ARRAY['Sequin tap waistcoat','Tap top hat and tails','Red tap dress'])[1 + (i / 5) % 3]
            WHEN i % 5 = 3 THEN (ARRAY['Jazz crop top and trousers','Silver jazz jacket','Black jazz catsuit'])[1 + (i / 5) % 3]
            ELSE (ARRAY['Grey contemporary dress','Flowing silk skirt','Tie-dye unitard'])[1 + (i / 5) % 3] END,
       CASE i % 5 WHEN 0 THEN NULL WHEN 1 THEN 'Ballet' WHEN 2 THEN 'Tap' WHEN 3 THEN 'Jazz' ELSE 'Contemporary' END,
       (ARRAY['Age 3-4','Age 5-6','Age 7-8','Age 9-10','Age 11-12','XS','S','M','L'])[1 + (i * 4) % 9],
       CASE WHEN i = 60 THEN date '2026-11-20'
            WHEN i = 59 THEN date '2026-02-14'
            ELSE date '2018-06-01' + i * 40 END,
       CASE WHEN i % 5 = 0 THEN 0 ELSE 5 + (i % 4) * 2.5 END,
       CASE WHEN i % 5 = 0 THEN 20 WHEN i % 5 = 1 THEN 25 ELSE 15 END,
       CASE WHEN i % 13 = 6 THEN 'R'
            WHEN i >= 59 THEN 'N'
            WHEN i % 7 = 2 THEN 'W'
            ELSE 'G' END
FROM generate_series(1, 60) AS i;

-- Hires: each costume goes out every few months; retired ones stopped going out in 2025.
INSERT INTO costume_hire
SELECT row_number() OVER (ORDER BY x.out_dt, x.costume_id),
       x.costume_id,
       CASE WHEN x.k = 8 AND x.costume_id = 50 THEN 30
            WHEN x.k = 8 AND x.costume_id = 24 THEN 189
            WHEN x.out_dt < date '2025-01-01' THEN 1 + (x.costume_id * 31 + x.k * 47) % 120
            WHEN x.out_dt < date '2026-01-01' THEN 1 + (x.costume_id * 31 + x.k * 47) % 180
            ELSE 1 + (x.costume_id * 31 + x.k * 47) % 250 END,
       x.out_dt,
       x.out_dt + 28,
       CASE WHEN x.ret > date '2026-11-30' OR (x.costume_id = 23 AND x.k = 6) THEN NULL ELSE x.ret END,
       x.hire_fee,
       x.ret <= date '2026-11-30' AND (x.costume_id + x.k) % 9 <> 4 AND NOT (x.costume_id = 23 AND x.k = 6),
       CASE WHEN x.ret <= date '2026-11-30' AND (x.costume_id + x.k) % 9 = 4 AND NOT (x.costume_id = 23 AND x.k = 6)
            THEN (ARRAY['Hem torn','Make-up on collar, needed dry cleaning','Sequins missing','Zip broken'])[1 + x.k % 4] END
FROM (
  SELECT c.costume_id, c.hire_fee, c.cond, k,
         date '2024-01-15' + k * 125 + (c.costume_id * 17) % 90 AS out_dt,
         date '2024-01-15' + k * 125 + (c.costume_id * 17) % 90 + 7 + (c.costume_id * 3 + k * 11) % 35 AS ret
  FROM costumes c
  CROSS JOIN generate_series(0, 8) AS k
) x
JOIN costumes cc ON cc.costume_id = x.costume_id
WHERE x.out_dt >= cc.bought_dt
  AND x.out_dt <= date '2026-11-28'
  AND (x.costume_id * x.k * 7 + x.costume_id) % 5 <> 2
  AND (x.cond <> 'R' OR x.out_dt < date '2025-06-01')
  AND NOT (x.costume_id % 17 = 3 AND x.out_dt >= date '2026-01-01')
  AND NOT (x.costume_id = 23 AND x.k > 6);
