-- Haldon Vale Flying School, Dunkeswell airfield (EGTU), Devon.
-- We're a small school: four single-engine aircraft (two Pipers, a Cessna 172 and a
-- Cessna 152; the second 152, G-BTXW, was sold in August 2025) and a handful of instructors.
-- People come to us for a licence course (PPL or LAPL), a night rating, or just a trial
-- lesson voucher. Every student is enrolled on one course and given an instructor.
-- Lessons are booked in the diary (bookings); when somebody turns up and we go to the
-- aeroplane, the flight goes in the tech log (flight_log) with times off the meter.
-- Students buy hours in blocks up front and their lessons come off the block.
-- Fuel is logged every time we fill up, at home or away. The maintenance firm on the
-- field does our 50-hour checks and annuals; instructors write defects up and the
-- engineers clear them. Theory exams and skills tests are recorded as they pass.
-- Data runs from January 2024 to the end of November 2026 (a few lessons are already
-- in the diary for December).

DROP TABLE IF EXISTS exam_passes;
DROP TABLE IF EXISTS defects;
DROP TABLE IF EXISTS maintenance;
DROP TABLE IF EXISTS fuel_uplifts;
DROP TABLE IF EXISTS flight_log;
DROP TABLE IF EXISTS hour_blocks;
DROP TABLE IF EXISTS bookings;
DROP TABLE IF EXISTS students;
DROP TABLE IF EXISTS course;
DROP TABLE IF EXISTS instructors;
DROP TABLE IF EXISTS aircraft;

CREATE TABLE aircraft (
    id         integer PRIMARY KEY,
    reg        varchar(6) NOT NULL UNIQUE,
    ac_type    text NOT NULL,
    yr_built   integer,
    seats      integer NOT NULL,
    hrly_rate  numeric(7,2) NOT NULL,
    night_ok   boolean NOT NULL,
    active     boolean NOT NULL,
    sold_dt    date,
    notes      text
);
COMMENT ON TABLE aircraft IS 'Our aeroplanes, including ones we have sold';
COMMENT ON COLUMN aircraft.reg IS 'Registration as painted on the side, e.g. G-BRWD';
COMMENT ON COLUMN aircraft.hrly_rate IS 'Wet hire rate per hour we charge, in pounds';
COMMENT ON COLUMN aircraft.night_ok IS 'Equipped and approved for night flying';
COMMENT ON COLUMN aircraft.active IS 'Still on the fleet (false once sold)';
COMMENT ON COLUMN aircraft.sold_dt IS 'Date we sold it; empty while we still own it';

CREATE TABLE instructors (
    id         integer PRIMARY KEY,
    full_name  text NOT NULL,
    rtg        char(1) NOT NULL,
    start_dt   date NOT NULL,
    left_dt    date,
    mob        text,
    is_cfi     boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE instructors IS 'Flying instructors, past and present';
COMMENT ON COLUMN instructors.rtg IS 'Rating: F = full flight instructor (FI), R = restricted FI (needs supervising), E = FI who is also an examiner';
COMMENT ON COLUMN instructors.start_dt IS 'Started teaching with us';
COMMENT ON COLUMN instructors.left_dt IS 'Date they left us; empty = still teaching here';
COMMENT ON COLUMN instructors.is_cfi IS 'Chief flying instructor';

CREATE TABLE course (
    id          integer PRIMARY KEY,
    crs_cd      varchar(10) NOT NULL UNIQUE,
    title       text NOT NULL,
    ctype       char(1) NOT NULL,
    min_hrs     numeric(4,1) NOT NULL,
    list_price  numeric(8,2) NOT NULL
);
COMMENT ON TABLE course IS 'The courses we sell';
COMMENT ON COLUMN course.ctype IS 'Kind of course: P = pilot licence (PPL or LAPL), N = night rating, T = trial lesson';
COMMENT ON COLUMN course.min_hrs IS 'Minimum flying hours the syllabus needs';
COMMENT ON COLUMN course.list_price IS 'Guide price on the website, pounds';

CREATE TABLE students (
    id          integer PRIMARY KEY,
    first_nm    text NOT NULL,
    surname     text NOT NULL,
    email       text,
    dob         date,
    enrol_dt    date NOT NULL,
    course_id   integer NOT NULL REFERENCES course(id),
    instr_id    integer NOT NULL REFERENCES instructors(id),
    st          char(1) NOT NULL,
    medical_exp date,
    notes       text
);
COMMENT ON TABLE students IS 'Everyone who has enrolled with us, trial lesson customers included';
COMMENT ON COLUMN students.enrol_dt IS 'Date they signed up (or bought the trial voucher)';
COMMENT ON COLUMN students.instr_id IS 'Instructor they were assigned to';
COMMENT ON COLUMN students.st IS 'Status: A = in training, H = on hold (taking a break), C = course completed, W = withdrawn / gave up';
COMMENT ON COLUMN students.medical_exp IS 'Class 2 medical expiry; empty = no medical on file (trial customers do not need one)';

CREATE TABLE bookings (
    id          integer PRIMARY KEY,
    student_id  integer NOT NULL REFERENCES students(id),
    aircraft_id integer NOT NULL REFERENCES aircraft(id),
    instr_id    integer REFERENCES instructors(id),
    lesson_no   integer NOT NULL,
    lesson_dt   date NOT NULL,
    start_tm    time NOT NULL,
    plan_mins   integer NOT NULL,
    booked_at   timestamp NOT NULL,
    st          char(1) NOT NULL
);
COMMENT ON TABLE bookings IS 'The lesson diary';
COMMENT ON COLUMN bookings.instr_id IS 'Instructor booked; empty for a solo slot';
COMMENT ON COLUMN bookings.lesson_no IS 'Lesson number in the student''s syllabus';
COMMENT ON COLUMN bookings.plan_mins IS 'Length of the slot booked, minutes';
COMMENT ON COLUMN bookings.booked_at IS 'When the booking was made';
COMMENT ON COLUMN bookings.st IS 'Status: B = booked (still to come), F = went flying (see flight_log), X = cancelled by the student beforehand, N = no-show';

CREATE TABLE hour_blocks (
    id          integer PRIMARY KEY,
    student_id  integer NOT NULL REFERENCES students(id),
    bought_dt   date NOT NULL,
    hrs         numeric(4,1) NOT NULL,
    rate_amt    numeric(7,2) NOT NULL,
    disc_pct    numeric(4,1) NOT NULL DEFAULT 0,
    paid_dt     date,
    inv_ref     text NOT NULL,
    notes       text
);
COMMENT ON TABLE hour_blocks IS 'Blocks of flying hours students buy in advance; lessons are drawn down against them';
COMMENT ON COLUMN hour_blocks.hrs IS 'Hours in the block';
COMMENT ON COLUMN hour_blocks.rate_amt IS 'Price per hour before discount, pounds';
COMMENT ON COLUMN hour_blocks.disc_pct IS 'Discount in percent off the whole block';
COMMENT ON COLUMN hour_blocks.paid_dt IS 'Date the money came in; empty = not paid yet';
COMMENT ON COLUMN hour_blocks.inv_ref IS 'Our invoice number';

CREATE TABLE flight_log (
    id          integer PRIMARY KEY,
    booking_id  integer NOT NULL REFERENCES bookings(id),
    aircraft_id integer NOT NULL REFERENCES aircraft(id),
    student_id  integer NOT NULL REFERENCES students(id),
    instr_id    integer REFERENCES instructors(id),
    flt_dt      date NOT NULL,
    tkof_at     timestamp,
    ldg_at      timestamp,
    flt_mins    integer NOT NULL,
    flt_type    char(1) NOT NULL,
    outcome     char(1) NOT NULL,
    block_id    integer REFERENCES hour_blocks(id),
    remarks     text
);
COMMENT ON TABLE flight_log IS 'Tech log: one line per lesson that got as far as the aeroplane';
COMMENT ON COLUMN flight_log.instr_id IS 'Instructor on board; empty when the student flew solo';
COMMENT ON COLUMN flight_log.tkof_at IS 'Take-off time (local); empty if we never got airborne';
COMMENT ON COLUMN flight_log.ldg_at IS 'Landing time (local); empty if we never got airborne';
COMMENT ON COLUMN flight_log.flt_mins IS 'Flight time in minutes by the aircraft meter (includes taxiing); this is what we charge and what counts towards the 50-hour checks';
COMMENT ON COLUMN flight_log.flt_type IS 'Type of flight: S = solo, D = dual (with instructor), K = check ride (progress check or skills test)';
COMMENT ON COLUMN flight_log.outcome IS 'Outcome: C = completed, W = cut short by weather, X = cancelled on the day, U = aircraft unserviceable';
COMMENT ON COLUMN flight_log.block_id IS 'Hour block the flight was drawn down against; empty for trial lessons and flights that never flew';

CREATE TABLE fuel_uplifts (
    id          integer PRIMARY KEY,
    aircraft_id integer NOT NULL REFERENCES aircraft(id),
    uplift_dt   date NOT NULL,
    ltrs        numeric(5,1) NOT NULL,
    ppl         numeric(5,3) NOT NULL,
    grade       char(1) NOT NULL,
    away        boolean NOT NULL,
    airfield    varchar(4) NOT NULL
);
COMMENT ON TABLE fuel_uplifts IS 'Every time we put fuel in an aircraft';
COMMENT ON COLUMN fuel_uplifts.ltrs IS 'Litres put in';
COMMENT ON COLUMN fuel_uplifts.ppl IS 'Price per litre paid, pounds (incl. VAT)';
COMMENT ON COLUMN fuel_uplifts.grade IS 'Fuel: A = Avgas 100LL, U = UL91 unleaded';
COMMENT ON COLUMN fuel_uplifts.away IS 'Bought away from home (at another airfield)';
COMMENT ON COLUMN fuel_uplifts.airfield IS 'ICAO code of where we filled up; EGTU is home';

CREATE TABLE maintenance (
    id          integer PRIMARY KEY,
    aircraft_id integer NOT NULL REFERENCES aircraft(id),
    chk_type    char(1) NOT NULL,
    in_dt       date NOT NULL,
    out_dt      date,
    hrs_at      numeric(7,1),
    cost_amt    numeric(9,2),
    wo_ref      text,
    notes       text
);
COMMENT ON TABLE maintenance IS 'Visits to the maintenance hangar';
COMMENT ON COLUMN maintenance.chk_type IS 'Check: 5 = 50-hour check, A = annual, O = other / unscheduled work';
COMMENT ON COLUMN maintenance.in_dt IS 'Date the aircraft went in';
COMMENT ON COLUMN maintenance.out_dt IS 'Date it came back to us; empty = still in the hangar';
COMMENT ON COLUMN maintenance.hrs_at IS 'Airframe hours when it went in';
COMMENT ON COLUMN maintenance.cost_amt IS 'Engineers'' bill, pounds';
COMMENT ON COLUMN maintenance.wo_ref IS 'Engineers'' work order number';

CREATE TABLE defects (
    id          integer PRIMARY KEY,
    aircraft_id integer NOT NULL REFERENCES aircraft(id),
    raised_dt   date NOT NULL,
    raised_by   integer REFERENCES instructors(id),
    descr       text NOT NULL,
    sev         char(1) NOT NULL,
    cleared_dt  date,
    mx_id       integer REFERENCES maintenance(id),
    cleared_by  text
);
COMMENT ON TABLE defects IS 'Defects written up against the aircraft';
COMMENT ON COLUMN defects.raised_by IS 'Instructor who wrote it up; empty when the engineers found it';
COMMENT ON COLUMN defects.sev IS 'Severity: A = grounding, aircraft can''t fly until fixed, B = can fly, fix at the next check, C = cosmetic / cabin';
COMMENT ON COLUMN defects.cleared_dt IS 'Date the defect was cleared; empty = still open';
COMMENT ON COLUMN defects.mx_id IS 'Maintenance visit it was cleared at, if any';

CREATE TABLE exam_passes (
    id          integer PRIMARY KEY,
    student_id  integer NOT NULL REFERENCES students(id),
    paper_cd    varchar(4) NOT NULL,
    pass_dt     date NOT NULL,
    score_pct   integer,
    attempt_no  integer NOT NULL DEFAULT 1,
    examiner    text
);
COMMENT ON TABLE exam_passes IS 'Exams our students have passed';
COMMENT ON COLUMN exam_passes.paper_cd IS 'Exam: ALW = Air Law, HPL = Human Performance, MET = Meteorology, COM = Communications, POF = Principles of Flight, OPS = Operational Procedures, FPP = Flight Performance & Planning, AGK = Aircraft General Knowledge, NAV = Navigation, SKT = the skills test (flying test)';
COMMENT ON COLUMN exam_passes.score_pct IS 'Mark in percent (theory papers only; the skills test has no mark)';
COMMENT ON COLUMN exam_passes.attempt_no IS '1 = passed first time';
COMMENT ON COLUMN exam_passes.examiner IS 'Examiner for the skills test; empty for theory papers sat here';

-- ---------------------------------------------------------------- fleet, staff, courses
INSERT INTO aircraft VALUES
 (1, 'G-BRWD', 'Cessna 152',              1979, 2, 185.00, false, true,  NULL, 'Our workhorse for first lessons. UL91 approved from June 2025.'),
 (2, 'G-DVNA', 'Piper PA-28-161 Warrior II', 1984, 4, 215.00, true,  true,  NULL, NULL),
 (3, 'G-CFTE', 'Cessna 172S Skyhawk',     2001, 4, 245.00, true,  true,  NULL, 'Glass-ish panel, GNS430'),
 (4, 'G-OKEH', 'Piper PA-28-161 Warrior III', 1990, 4, 215.00, true,  true,  NULL, NULL),
 (5, 'G-BTXW', 'Cessna 152',              1977, 2, 175.00, false, false, DATE '2025-08-15', 'Sold to a syndicate at Bodmin');

INSERT INTO instructors VALUES
 (1, 'Mike Trevelyan', 'E', DATE '2015-04-01', NULL,               '07700 900101', true),
 (2, 'Sarah Quick',    'F', DATE '2019-03-18', NULL,               '07700 900224', false),
 (3, 'Tom Endacott',   'R', DATE '2023-09-04', NULL,               '07700 900318', false),
 (4, 'Priya Nair',     'F', DATE '2021-06-01', NULL,               NULL,           false),
 (5, 'Dave Yeo',       'F', DATE '2012-05-14', DATE '2025-03-31', '07700 900577', false),
 (6, 'Hannah Luscombe','R', DATE '2026-10-01', NULL,               '07700 900690', false);

INSERT INTO course VALUES
 (1, 'PPL-A',   'Private Pilot Licence',               'P', 45.0, 11500.00),
 (2, 'LAPL-A',  'Light Aircraft Pilot Licence',        'P', 30.0,  8200.00),
 (3, 'NIGHT',   'Night Rating',                        'N',  5.0,  1450.00),
 (4, 'TRIAL30', '30 minute trial lesson',              'T',  0.5,   169.00),
 (5, 'TRIAL60', '60 minute trial lesson',              'T',  1.0,   249.00),
 (6, 'PPL-ACC', 'PPL accelerated (residential)',       'P', 45.0, 13950.00);

-- ---------------------------------------------------------------- students
INSERT INTO students (id, first_nm, surname, email, dob, enrol_dt, course_id, instr_id, st, medical_exp, notes)
SELECT i,
       fn, sn,
       CASE WHEN i % 17 = 0 THEN NULL
            ELSE lower(fn) || '.' || lower(replace(sn, '''', '')) || '@' ||
                 (ARRAY['gmail.com','btinternet.com','outlook.com','yahoo.co.uk','hotmail.co.uk'])[i % 5 + 1] END,
       DATE '1958-03-01' + ((i * 2917) % 17500),
       ed,
       cid,
       CASE WHEN ed < DATE '2025-03-01' THEN (ARRAY[1,2,3,4,5])[i % 5 + 1]
            ELSE (ARRAY[1,2,3,4])[i % 4 + 1] END,
       'A',
       CASE WHEN cid IN (4,5) OR i % 13 = 0 THEN NULL
            ELSE ed + (365 * (2 + i % 4)) + (i * 7 % 60) END,
       CASE WHEN i % 29 = 0 THEN 'Prefers weekend slots'
            WHEN i % 31 = 0 AND cid IN (4, 5) THEN 'Voucher was a birthday present'
            WHEN i % 37 = 0 THEN 'Lives in Taunton, happy to fly early'
            ELSE NULL END
FROM (
  SELECT i,
         (ARRAY['James','Oliver','Emily','Sophie','Harry','Jack','Charlotte','George','Amelia','Thomas',
                'Lucy','William','Grace','Daniel','Hannah','Samuel','Chloe','Joseph','Megan','Ben',
                'Rebecca','Matthew','Laura','Ryan','Jessica','Luke','Ellie','Adam','Zoe','Nathan',
                'Kirsty','Callum','Anya','Rhys','Martha','Owen','Isla'])[(i * 7) % 37 + 1] AS fn,
         (ARRAY['Smith','Ashworth','Bolt','Carew','Dennis','Eastman','Furze','Gilbert','Hext','Isaac',
                'Jewell','Kingdon','Luxton','Manley','Northcott','Oatway','Pengelly','Quance','Rowe','Squire',
                'Tucker','Underhill','Vosper','Westcott','Yelland','Zeal','Babbage','Chudleigh','Dart','Elston',
                'Frost','Gill','Hockaday','Ilsley','Jago','Kerslake','Lang','Mudge','Nankivell','O''Brien','Parkhouse'])[(i * 11) % 41 + 1] AS sn,
         CASE WHEN i = 88 THEN DATE '2025-01-01'
              ELSE DATE '2024-01-02' + (i * 44 / 10) + (i * 3 % 4) END AS ed,
         CASE WHEN (i * 37) % 20 < 6 THEN 1
              WHEN (i * 37) % 20 < 8 THEN 2
              WHEN (i * 37) % 20 < 11 THEN 3
              WHEN (i * 37) % 20 < 16 THEN 4
              ELSE 5 END AS cid
  FROM generate_series(1, 240) AS i
) s;

-- ---------------------------------------------------------------- the diary
INSERT INTO bookings (id, student_id, aircraft_id, instr_id, lesson_no, lesson_dt, start_tm, plan_mins, booked_at, st)
WITH p AS (
  SELECT s.id AS sid, s.enrol_dt, s.instr_id, s.course_id AS cid, c.ctype,
         CASE s.course_id WHEN 1 THEN 40 WHEN 2 THEN 28 WHEN 3 THEN 6 ELSE 1 END AS full_n,
         CASE WHEN c.ctype <> 'T' AND s.id % 7 = 3 THEN 5 + s.id % 11
              WHEN c.ctype <> 'T' AND s.id % 11 = 4 THEN 8 + s.id % 9
              ELSE 999 END AS stop_n,
         5 + (s.id * 13 % 9) AS gap
  FROM students s JOIN course c ON c.id = s.course_id
), k AS (
  SELECT p.*, k,
         p.enrol_dt + 3 + (k - 1) * p.gap + (p.sid * k * 7 % 3) AS ldt
  FROM p, generate_series(1, 40) AS k
  WHERE k <= least(p.full_n, p.stop_n)
), t AS (
  SELECT k.*,
         CASE WHEN ctype = 'P' AND k = full_n THEN 'K'
              WHEN ctype = 'P' AND k = 20 THEN 'K'
              WHEN ctype = 'P' AND k > 12 AND k % 3 = 0 THEN 'S'
              WHEN ctype = 'N' AND k = 5 THEN 'S'
              ELSE 'D' END AS ftype
  FROM k
  WHERE ldt <= DATE '2026-12-18'
)
SELECT row_number() OVER (ORDER BY ldt, sid, k),
       sid,
       CASE WHEN ctype = 'N' THEN CASE WHEN (sid + k) % 2 = 0 THEN 2 ELSE 3 END
            WHEN ldt < DATE '2025-08-15' THEN ((sid * 3 + k) % 5) + 1
            ELSE ((sid * 3 + k) % 4) + 1 END,
       CASE WHEN ftype = 'S' THEN NULL
            WHEN instr_id = 5 AND ldt > DATE '2025-03-31' THEN 1
            ELSE instr_id END,
       k,
       ldt,
       CASE WHEN ctype = 'N' THEN TIME '18:30' + ((k % 3) * INTERVAL '1 hour')
            ELSE TIME '08:00' + (((sid + k * 5) % 9) * INTERVAL '1 hour') END,
       CASE WHEN cid = 4 THEN 30 WHEN cid = 5 THEN 60
            WHEN k % 4 = 0 THEN 90 ELSE 60 END,
       (ldt - (2 + (sid + k) % 12)) + TIME '10:15' + (((sid * k) % 300) * INTERVAL '1 minute'),
       CASE WHEN ldt > DATE '2026-11-30' THEN 'B'
            WHEN k = full_n THEN 'F'
            WHEN (sid * 31 + k * 17) % 50 < 3 THEN 'X'
            WHEN (sid * 31 + k * 17) % 50 = 3 THEN 'N'
            ELSE 'F' END
FROM t;

-- G-DVNA went into the hangar on 28 November 2026 after a heavy landing: her lessons moved to G-OKEH
UPDATE bookings SET aircraft_id = 4 WHERE aircraft_id = 2 AND lesson_dt >= DATE '2026-11-28';

-- ---------------------------------------------------------------- hour blocks
INSERT INTO hour_blocks (id, student_id, bought_dt, hrs, rate_amt, disc_pct, paid_dt, inv_ref, notes)
WITH b AS (
  SELECT b.student_id AS sid, s.course_id AS cid,
         (b.lesson_no - 1) / 10 + 1 AS seq,
         min(b.lesson_dt) - 2 - (b.student_id % 4) AS bdt
  FROM bookings b JOIN students s ON s.id = b.student_id
  WHERE s.course_id IN (1, 2, 3)
  GROUP BY b.student_id, s.course_id, (b.lesson_no - 1) / 10 + 1
), n AS (
  SELECT b.*, row_number() OVER (ORDER BY bdt, sid, seq) AS rn
  FROM b WHERE bdt <= DATE '2026-11-30'
)
SELECT rn, sid, bdt,
       CASE WHEN cid = 3 THEN 5 ELSE 10 END,
       CASE extract(year FROM bdt) WHEN 2024 THEN 195 WHEN 2025 THEN 205 ELSE 215 END
         + CASE WHEN cid = 3 THEN 25 ELSE 0 END,
       CASE WHEN cid = 3 THEN 0
            WHEN seq = 1 THEN 0
            WHEN sid % 6 = 0 THEN 7.5
            ELSE 5 END,
       CASE WHEN bdt > DATE '2026-11-05' AND (sid + seq) % 3 <> 0 THEN NULL
            WHEN (sid * seq) % 37 = 5 THEN NULL
            ELSE bdt + ((sid + seq) % 15) END,
       'HB-' || to_char(bdt, 'YYMM') || '-' || lpad(rn::text, 4, '0'),
       CASE WHEN (sid * seq) % 37 = 5 THEN 'Chased by email' ELSE NULL END
FROM n;

-- a free hour given away as a raffle prize: zero price, "paid" the day it was issued
INSERT INTO hour_blocks (id, student_id, bought_dt, hrs, rate_amt, disc_pct, paid_dt, inv_ref, notes)
SELECT max(id) + 1, 61, DATE '2025-06-14', 1, 0, 0, DATE '2025-06-14', 'HB-2506-RAFF', 'Raffle prize, Dunkeswell fly-in - free hour'
FROM hour_blocks;

-- ---------------------------------------------------------------- tech log
INSERT INTO flight_log (id, booking_id, aircraft_id, student_id, instr_id, flt_dt, tkof_at, ldg_at, flt_mins, flt_type, outcome, block_id, remarks)
WITH f AS (
  SELECT b.*, s.course_id AS cid, c.ctype,
         CASE s.course_id WHEN 1 THEN 40 WHEN 2 THEN 28 WHEN 3 THEN 6 ELSE 1 END AS full_n,
         CASE WHEN c.ctype = 'P' AND b.lesson_no = (CASE s.course_id WHEN 1 THEN 40 ELSE 28 END) THEN 'K'
              WHEN c.ctype = 'P' AND b.lesson_no = 20 THEN 'K'
              WHEN b.instr_id IS NULL THEN 'S'
              ELSE 'D' END AS ftype
  FROM bookings b
  JOIN students s ON s.id = b.student_id
  JOIN course c ON c.id = s.course_id
  WHERE b.st = 'F'
), o AS (
  SELECT f.*,
         CASE WHEN ftype = 'K' AND lesson_no = full_n THEN 'C'
              WHEN (id * 53 + 11) % 100 < 79 THEN 'C'
              WHEN (id * 53 + 11) % 100 < 89 THEN 'W'
              WHEN (id * 53 + 11) % 100 < 95 THEN 'X'
              ELSE 'U' END AS oc
  FROM f
), m AS (
  SELECT o.*,
         CASE oc WHEN 'C' THEN plan_mins - 5 + (id * 7 % 16)
                 WHEN 'W' THEN plan_mins / 2 - 5 + (id % 11)
                 ELSE 0 END AS mins
  FROM o
)
SELECT row_number() OVER (ORDER BY lesson_dt, start_tm, id),
       id, aircraft_id, student_id, instr_id, lesson_dt,
       CASE WHEN oc IN ('C','W') THEN lesson_dt + start_tm + ((20 + id % 10) * INTERVAL '1 minute') END,
       CASE WHEN oc IN ('C','W') THEN lesson_dt + start_tm + ((20 + id % 10 + mins - 8) * INTERVAL '1 minute') END,
       mins, ftype, oc, NULL,
       CASE oc WHEN 'W' THEN (ARRAY['Cloud base lowering, returned early','Crosswind out of limits, RTB','Showers approaching from the west','Visibility dropping in haze'])[id % 4 + 1]
               WHEN 'X' THEN (ARRAY['Fog on the field, no go','Wind 25G35','Low cloud all morning', NULL])[id % 4 + 1]
               WHEN 'U' THEN (ARRAY['Mag drop on run-up','Flat battery','Nav light u/s, see defect','Oil on the cowling'])[id % 4 + 1]
               ELSE CASE WHEN ftype = 'K' AND lesson_no = full_n THEN 'Skills test - pass'
                         WHEN id % 19 = 0 THEN 'Good progress' ELSE NULL END END
FROM m;

-- lessons come off the student's current block (not trial lessons, nor flights that never flew)
UPDATE flight_log fl
SET block_id = hb.id
FROM bookings b,
     (SELECT id, student_id, row_number() OVER (PARTITION BY student_id ORDER BY bought_dt, id) AS seq
      FROM hour_blocks WHERE rate_amt > 0) hb
WHERE b.id = fl.booking_id
  AND fl.outcome IN ('C','W')
  AND hb.student_id = fl.student_id
  AND hb.seq = (b.lesson_no - 1) / 10 + 1;

-- ---------------------------------------------------------------- student status
UPDATE students s
SET st = CASE
    WHEN c.ctype = 'T' THEN
        CASE (SELECT b.st FROM bookings b WHERE b.student_id = s.id ORDER BY b.lesson_no LIMIT 1)
             WHEN 'F' THEN 'C' WHEN 'B' THEN 'A' ELSE 'W' END
    WHEN (SELECT max(lesson_no) FROM bookings b WHERE b.student_id = s.id AND b.lesson_dt <= DATE '2026-11-30')
         = CASE s.course_id WHEN 1 THEN 40 WHEN 2 THEN 28 ELSE 6 END THEN 'C'
    WHEN (SELECT max(lesson_no) FROM bookings b WHERE b.student_id = s.id)
         = CASE WHEN s.id % 7 = 3 THEN 5 + s.id % 11 WHEN s.id % 11 = 4 THEN 8 + s.id % 9 ELSE -1 END
         AND (SELECT max(lesson_dt) FROM bookings b WHERE b.student_id = s.id) <= DATE '2026-11-30'
         THEN CASE WHEN s.id % 7 = 3 THEN 'W' ELSE 'H' END
    ELSE 'A' END
FROM course c
WHERE c.id = s.course_id;

-- ---------------------------------------------------------------- fuel
INSERT INTO fuel_uplifts (id, aircraft_id, uplift_dt, ltrs, ppl, grade, away, airfield)
WITH u AS (
  SELECT fl.id AS fid, fl.aircraft_id, fl.flt_dt,
         (fl.id * 7 % 13) = 0 AS away,
         (fl.aircraft_id = 1 AND fl.flt_dt >= DATE '2025-06-01' AND (fl.id * 7 % 13) <> 0) AS ul91
  FROM flight_log fl
  WHERE fl.outcome IN ('C','W') AND fl.id % 3 = 0
)
SELECT row_number() OVER (ORDER BY flt_dt, fid),
       aircraft_id, flt_dt,
       round((CASE WHEN aircraft_id IN (1,5) THEN 25 ELSE 32 END + (fid * 37 % 101) * 0.42)::numeric, 1),
       round((2.350 + ((extract(year FROM flt_dt) - 2024) * 12 + extract(month FROM flt_dt) - 1) * 0.012
              + CASE WHEN away THEN 0.320 ELSE 0 END
              - CASE WHEN ul91 THEN 0.100 ELSE 0 END
              + (fid % 4) * 0.005)::numeric, 3),
       CASE WHEN ul91 THEN 'U' ELSE 'A' END,
       away,
       CASE WHEN away THEN (ARRAY['EGTE','EGLA','EGHA','EGHR','EGFH'])[fid % 5 + 1] ELSE 'EGTU' END
FROM u;

-- ---------------------------------------------------------------- maintenance
INSERT INTO maintenance (id, aircraft_id, chk_type, in_dt, out_dt, hrs_at, cost_amt, wo_ref, notes)
WITH c AS (
  SELECT fl.aircraft_id, fl.flt_dt, fl.id,
         sum(fl.flt_mins) OVER (PARTITION BY fl.aircraft_id ORDER BY fl.flt_dt, fl.id) AS cum,
         fl.flt_mins
  FROM flight_log fl
), v AS (
  SELECT aircraft_id, '5' AS ct, flt_dt + 1 AS ind, cum, id AS h
  FROM c
  WHERE floor(cum / 3000.0) > floor((cum - flt_mins) / 3000.0)
  UNION ALL
  SELECT a.id, 'A', make_date(y, a.id * 2 + 1, 10 + a.id), NULL, a.id * 100 + y % 100
  FROM aircraft a, generate_series(2024, 2026) AS y
  WHERE make_date(y, a.id * 2 + 1, 10 + a.id) < coalesce(a.sold_dt, DATE '2026-11-30')
  UNION ALL
  SELECT * FROM (VALUES
    (3, 'O', DATE '2024-07-22', NULL::numeric, 901),
    (1, 'O', DATE '2025-02-03', NULL::numeric, 902),
    (4, 'O', DATE '2025-10-14', NULL::numeric, 903),
    (2, 'O', DATE '2026-11-28', NULL::numeric, 904)) x
), n AS (
  SELECT v.*, row_number() OVER (ORDER BY ind, aircraft_id, ct) AS rn FROM v
)
SELECT rn, aircraft_id, ct, ind,
       CASE WHEN ind >= DATE '2026-11-27' THEN NULL
            WHEN ct = '5' THEN ind + 1 + (h % 4)
            WHEN ct = 'A' THEN ind + 7 + (h % 9)
            ELSE ind + 2 + (h % 5) END,
       (ARRAY[8400, 6100, 5200, 7300, 9800])[aircraft_id]
         + round(coalesce(cum, (SELECT sum(flt_mins) FROM flight_log f2 WHERE f2.aircraft_id = n.aircraft_id AND f2.flt_dt < n.ind)) / 60.0, 1),
       CASE WHEN ind >= DATE '2026-11-27' THEN NULL
            WHEN ct = '5' THEN 640 + (h * 37 % 9) * 45
            WHEN ct = 'A' THEN 2450 + (h * 13 % 11) * 140
            ELSE 380 + (h % 7) * 95 END,
       'WO-' || to_char(ind, 'YY') || '-' || lpad(rn::text, 3, '0'),
       CASE ct WHEN 'A' THEN 'Annual + ARC review'
               WHEN 'O' THEN (ARRAY['Exhaust crack repair','Starter motor replaced','Radio stack fault','Prop strike inspection after heavy landing'])[h - 900]
               ELSE CASE WHEN h % 5 = 0 THEN 'Oil and filter, plugs cleaned' ELSE NULL END END
FROM n;

-- ---------------------------------------------------------------- defects
INSERT INTO defects (id, aircraft_id, raised_dt, raised_by, descr, sev, cleared_dt, mx_id, cleared_by)
WITH d AS (
  SELECT i,
         DATE '2024-01-05' + (i * 1055 / 170) + (i * 7 % 5) AS rdt,
         CASE WHEN (i * 29) % 20 < 3 THEN 'A' WHEN (i * 29) % 20 < 12 THEN 'B' ELSE 'C' END AS sev
  FROM generate_series(1, 170) AS i
), e AS (
  SELECT d.*,
         CASE WHEN rdt >= DATE '2025-08-01' THEN (i * 3 % 4) + 1 ELSE (i * 3 % 5) + 1 END AS ac,
         rdt + CASE sev WHEN 'A' THEN 1 + i % 4 WHEN 'B' THEN 5 + (i * 11 % 40) ELSE 10 + (i * 7 % 60) END AS cdt
  FROM d
)
SELECT i, ac, rdt,
       CASE WHEN i % 6 = 0 THEN NULL
            WHEN rdt > DATE '2025-03-31' THEN (ARRAY[1,2,3,4])[i % 4 + 1]
            ELSE (ARRAY[1,2,3,4,5])[i % 5 + 1] END,
       CASE sev
         WHEN 'A' THEN (ARRAY['Mag drop 250rpm on left mag','Oil leak from rocker cover','Elevator trim cable frayed','Brake disc cracked, right main','Fuel gauge reads empty with full tanks','Alternator not charging'])[i % 6 + 1]
         WHEN 'B' THEN (ARRAY['Intercom crackle on P2 side','Nav light left wing u/s','Landing light u/s','Door seal perished','ELT battery due','Compass card deviation out','Transponder mode C intermittent','Carb heat cable stiff'])[i % 8 + 1]
         ELSE (ARRAY['Seat fabric torn, P1','Sun visor loose','Paint chip on leading edge','Cabin air vent knob missing','Headset hook broken'])[i % 5 + 1] END,
       sev,
       CASE WHEN cdt > DATE '2026-11-30' THEN NULL
            WHEN i % 23 = 0 AND sev <> 'A' AND ac <> 5 THEN NULL
            ELSE cdt END,
       NULL,
       CASE WHEN cdt > DATE '2026-11-30' OR (i % 23 = 0 AND sev <> 'A' AND ac <> 5) THEN NULL
            ELSE 'Dunkeswell Aero Engineering' END
FROM e;

-- the heavy landing on G-DVNA, still open
INSERT INTO defects (id, aircraft_id, raised_dt, raised_by, descr, sev, cleared_dt, mx_id, cleared_by)
VALUES (171, 2, DATE '2026-11-27', 3, 'Heavy landing, possible prop strike - do not fly', 'A', NULL, NULL, NULL);

-- defects cleared while the aircraft was in the hangar are tied to that visit
UPDATE defects d
SET mx_id = m.id
FROM maintenance m
WHERE m.aircraft_id = d.aircraft_id
  AND d.cleared_dt BETWEEN m.in_dt AND m.out_dt;

-- ---------------------------------------------------------------- exams
INSERT INTO exam_passes (id, student_id, paper_cd, pass_dt, score_pct, attempt_no, examiner)
WITH th AS (
  SELECT s.id AS sid, j, s.enrol_dt + 20 + j * 30 + (s.id * j % 9) AS pdt,
         (SELECT max(lesson_no) FROM bookings b WHERE b.student_id = s.id AND b.lesson_dt <= DATE '2026-11-30') AS last_k
  FROM students s, generate_series(1, 9) AS j
  WHERE s.course_id IN (1, 2)
), x AS (
  SELECT sid, (ARRAY['ALW','HPL','MET','COM','POF','OPS','FPP','AGK','NAV'])[j] AS paper, pdt,
         75 + (sid * j * 7 % 26) AS score,
         CASE WHEN (sid + j) % 7 = 0 THEN 2 ELSE 1 END AS att,
         NULL::text AS exr
  FROM th
  WHERE pdt <= DATE '2026-11-30' AND j * 4 <= coalesce(last_k, 0)
  UNION ALL
  SELECT b.student_id, 'SKT', b.lesson_dt, NULL, 1,
         (ARRAY['Capt. R. Pengelly','J. Hext','A. Manley'])[b.student_id % 3 + 1]
  FROM bookings b JOIN students s ON s.id = b.student_id
  WHERE s.st = 'C' AND s.course_id IN (1, 2)
    AND b.lesson_no = CASE s.course_id WHEN 1 THEN 40 ELSE 28 END
)
SELECT row_number() OVER (ORDER BY pdt, sid, paper), sid, paper, pdt, score, att, exr
FROM x;
