-- Escola Idiomes Turia - the school database (PostgreSQL).
-- We are a small private language school in Valencia teaching Spanish, English and German
-- to adults. Every new student sits a placement test first and gets a level, A1 up to C2.
-- The year runs in terms: winter (Jan-Mar), spring (Apr-Jun), the summer intensive (July)
-- and autumn (Oct-Dec). Each course is one language at one level in one term, with a
-- teacher, a room and a fixed weekly slot. Students enrol on a course and pay the fee in
-- one go or in three instalments; an instalment without a paid date has not been paid yet.
-- The register records every lesson: present, late, absent or excused. People drop out
-- (we stop charging them) or move to another course; a course with fewer than four
-- students is cancelled before it starts. Teachers are on the payroll or freelance, and
-- freelancers are paid by the hour. Courses end with an exam marked out of 100; 60 passes.
-- Data from January 2024 up to 30 November 2026 (winter 2027 enrolment is open).

DROP TABLE IF EXISTS exam_results;
DROP TABLE IF EXISTS attendance;
DROP TABLE IF EXISTS instalments;
DROP TABLE IF EXISTS enrolments;
DROP TABLE IF EXISTS lessons;
DROP TABLE IF EXISTS course;
DROP TABLE IF EXISTS placement_tests;
DROP TABLE IF EXISTS student;
DROP TABLE IF EXISTS terms;
DROP TABLE IF EXISTS rooms;
DROP TABLE IF EXISTS teachers;

-- ---------------------------------------------------------------- teachers
CREATE TABLE teachers (
    teacher_id   integer PRIMARY KEY,
    full_name    text NOT NULL,
    email        text,
    lang         char(2) NOT NULL,
    emp_type     char(1) NOT NULL,
    hourly_rate  numeric(6,2),
    start_dt     date NOT NULL,
    leaving_dt   date,
    active       boolean NOT NULL DEFAULT true,
    notes        text
);
COMMENT ON TABLE teachers IS 'Everyone who teaches for us, staff and freelance, past and present.';
COMMENT ON COLUMN teachers.lang IS 'Language they teach: ES = Spanish, EN = English, DE = German';
COMMENT ON COLUMN teachers.emp_type IS 'Contract: E = employed (on the payroll), F = freelance (invoices us by the hour)';
COMMENT ON COLUMN teachers.hourly_rate IS 'EUR per teaching hour, freelancers only; empty for employed staff';
COMMENT ON COLUMN teachers.leaving_dt IS 'Last working day; empty while they still work with us';

INSERT INTO teachers VALUES
 (1,  'Carmen Ortega Ruiz',   'carmen.ortega@idiomesturia.es',  'ES', 'E', NULL,  '2019-09-01', NULL, true, 'Head of Spanish'),
 (2,  'Vicente Llorens',      'vicente.llorens@idiomesturia.es','ES', 'E', NULL,  '2021-01-11', NULL, true, 'Does most of the cover'),
 (3,  'Lucía Ferrer',         'lucia.ferrer.prof@gmail.com',    'ES', 'F', 24.00, '2022-02-01', NULL, true, NULL),
 (4,  'Javier Martí',         'jmarti.ele@gmail.com',           'ES', 'F', 22.50, '2023-09-15', NULL, true, NULL),
 (5,  'Amparo Sanchis',       'amparo.sanchis@outlook.es',      'ES', 'F', 26.00, '2020-10-01', NULL, true, 'DELE examiner'),
 (6,  'Sarah Whitfield',      'sarah.whitfield@idiomesturia.es','EN', 'E', NULL,  '2018-09-01', NULL, true, 'Head of English, also cover'),
 (7,  'Tom O''Connell',       'tom.oconnell.tefl@gmail.com',    'EN', 'F', 25.00, '2022-09-01', NULL, true, NULL),
 (8,  'Emily Clarke',         'emily.clarke@protonmail.com',    'EN', 'F', 23.50, '2023-01-09', NULL, true, NULL),
 (9,  'Daniel Brooks',        'daniel.brooks@idiomesturia.es',  'EN', 'E', NULL,  '2021-09-01', NULL, true, NULL),
 (10, 'Jürgen Böhm',          'juergen.boehm@idiomesturia.es',  'DE', 'E', NULL,  '2019-01-07', NULL, true, 'Head of German, also cover'),
 (11, 'Katrin Vogel',         'katrin.vogel.daf@gmail.com',     'DE', 'F', 27.00, '2022-01-10', NULL, true, NULL),
 (12, 'Stefan Krüger',        'stefan.krueger@web.de',          'DE', 'F', 24.00, '2023-04-03', NULL, true, NULL),
 (13, 'Marta Gil',            'marta.gil.ele@gmail.com',        'ES', 'F', 22.00, '2026-09-01', NULL, true, 'New for autumn 2026, also covers Spanish'),
 (14, 'Neil Hughes',          'neil.hughes@idiomesturia.es',    'EN', 'F', 23.00, '2022-09-01', '2024-06-30', false, 'Went back to Leeds'),
 (15, 'Elena Navarro',        'elena.navarro@idiomesturia.es',  'ES', 'E', NULL,  '2015-06-01', NULL, true, 'Director - does placement tests, no groups'),
 (16, 'Laura Pons',           'laura.pons.deutsch@gmail.com',   'DE', 'F', 25.00, '2026-11-16', NULL, true, 'Joined November 2026, no group of her own yet');

-- ---------------------------------------------------------------- rooms
CREATE TABLE rooms (
    room_id    integer PRIMARY KEY,
    room_name  text NOT NULL,
    floor      smallint,
    seats      smallint NOT NULL,
    projector  boolean NOT NULL DEFAULT false,
    notes      text
);
COMMENT ON TABLE rooms IS 'Classrooms in the Calle Cirilo Amorós building.';
COMMENT ON COLUMN rooms.floor IS '0 = ground floor';

INSERT INTO rooms VALUES
 (1, 'Aula Turia',      1, 14, true,  NULL),
 (2, 'Aula Malvarrosa', 1, 12, true,  NULL),
 (3, 'Aula Albufera',   2, 12, false, NULL),
 (4, 'Aula Mercat',     2, 10, true,  NULL),
 (5, 'Aula Russafa',    2, 10, false, 'small, good for higher levels'),
 (6, 'Aula Cabanyal',   3, 16, true,  'closed for refurbishment from December 2025'),
 (7, 'Sala Pati',       0,  8, false, 'damp; only for placement tests and meetings');

-- ---------------------------------------------------------------- terms
CREATE TABLE terms (
    term_id         smallint PRIMARY KEY,
    term_code       varchar(4) NOT NULL UNIQUE,
    term_type       char(1) NOT NULL,
    yr              smallint NOT NULL,
    start_dt        date NOT NULL,
    end_dt          date NOT NULL,
    enrol_deadline  date NOT NULL
);
COMMENT ON TABLE terms IS 'Our terms. Normal terms are 10 weekly lessons plus exam week; the summer intensive is 4 weeks, Mon/Wed/Fri mornings.';
COMMENT ON COLUMN terms.term_code IS 'Short code, type letter + year, e.g. S26 = spring 2026';
COMMENT ON COLUMN terms.term_type IS 'W = winter (Jan-Mar), S = spring (Apr-Jun), I = summer intensive (July), A = autumn (Oct-Dec)';
COMMENT ON COLUMN terms.end_dt IS 'Last day of the term = exam day';

INSERT INTO terms (term_id, term_code, term_type, yr, start_dt, end_dt, enrol_deadline)
SELECT id, type || right(yr::text, 2), type, yr, st,
       st + CASE WHEN type = 'I' THEN 25 ELSE 74 END,
       st - 5
FROM (VALUES
 (1,  'W', 2024, date '2024-01-08'),
 (2,  'S', 2024, date '2024-04-08'),
 (3,  'I', 2024, date '2024-07-01'),
 (4,  'A', 2024, date '2024-09-30'),
 (5,  'W', 2025, date '2025-01-13'),
 (6,  'S', 2025, date '2025-04-07'),
 (7,  'I', 2025, date '2025-06-30'),
 (8,  'A', 2025, date '2025-09-29'),
 (9,  'W', 2026, date '2026-01-12'),
 (10, 'S', 2026, date '2026-04-13'),
 (11, 'I', 2026, date '2026-06-29'),
 (12, 'A', 2026, date '2026-09-28'),
 (13, 'W', 2027, date '2027-01-11')
) v(id, type, yr, st);

-- ---------------------------------------------------------------- student
CREATE TABLE student (
    student_id     integer PRIMARY KEY,
    full_name      text NOT NULL,
    email          text,
    phone          text,
    dob            date,
    nationality    text,
    city           text,
    src            char(1) NOT NULL,
    registered_dt  date NOT NULL,
    mkt_ok         boolean NOT NULL DEFAULT false,
    notes          text
);
COMMENT ON TABLE student IS 'Every person who has registered with us (one row per person, even if they never enrolled).';
COMMENT ON COLUMN student.src IS 'How they found us: W = website / Google, F = friend or family, A = agency or university (Erasmus), S = saw the sign / walked in, O = other or don''t know';
COMMENT ON COLUMN student.registered_dt IS 'Day they registered with the school; the first 80 were imported from the old spreadsheet in January 2024';
COMMENT ON COLUMN student.mkt_ok IS 'TRUE = agreed to receive our newsletter and offers';

INSERT INTO student
WITH n AS (
    SELECT i, g,
           (ARRAY['Spain','United Kingdom','Germany','Netherlands','France','Italy','United States',
                  'China','Sweden','Brazil','Spain','United Kingdom','Poland','Ireland'])[1 + g] AS nat,
           ((i - 1) / 14 + CASE WHEN g IN (10, 11) THEN 30 ELSE 0 END) % 10 AS fi,
           (3 * (((i - 1) / 14 + CASE WHEN g IN (10, 11) THEN 30 ELSE 0 END) / 10)
              + ((i - 1) / 14 + CASE WHEN g IN (10, 11) THEN 30 ELSE 0 END)) % 8 AS li
    FROM generate_series(1, 420) i
    CROSS JOIN LATERAL (SELECT (i * 5) % 14 AS g) gg
), nm AS (
    SELECT i, nat,
           CASE nat
             WHEN 'Spain'          THEN (ARRAY['Pablo','Lucía','Álvaro','María','Sergio','Núria','Jordi','Carla','Adrián','Marta'])[1+fi]
             WHEN 'United Kingdom' THEN (ARRAY['James','Olivia','Harry','Emily','George','Sophie','Oliver','Charlotte','Jack','Amelia'])[1+fi]
             WHEN 'Germany'        THEN (ARRAY['Lukas','Anna','Jonas','Lena','Felix','Marie','Paul','Hannah','Tobias','Julia'])[1+fi]
             WHEN 'Netherlands'    THEN (ARRAY['Daan','Sanne','Bram','Fleur','Joris','Eva','Sem','Lotte','Ruben','Iris'])[1+fi]
             WHEN 'France'         THEN (ARRAY['Lucas','Camille','Hugo','Chloé','Louis','Manon','Théo','Léa','Antoine','Inès'])[1+fi]
             WHEN 'Italy'          THEN (ARRAY['Marco','Giulia','Luca','Chiara','Matteo','Sara','Davide','Elena','Andrea','Francesca'])[1+fi]
             WHEN 'United States'  THEN (ARRAY['Michael','Ashley','Tyler','Madison','Ryan','Hannah','Brandon','Megan','Kevin','Lauren'])[1+fi]
             WHEN 'China'          THEN (ARRAY['Wei','Li Na','Hao','Xiu','Jun','Mei','Yang','Ling','Bo','Yan'])[1+fi]
             WHEN 'Sweden'         THEN (ARRAY['Erik','Astrid','Lars','Ingrid','Nils','Maja','Oskar','Elsa','Gustav','Freja'])[1+fi]
             WHEN 'Brazil'         THEN (ARRAY['João','Ana','Rafael','Beatriz','Thiago','Larissa','Gabriel','Camila','Lucas','Fernanda'])[1+fi]
             WHEN 'Poland'         THEN (ARRAY['Jakub','Zofia','Piotr','Agnieszka','Tomasz','Kasia','Michał','Ewa','Krzysztof','Magda'])[1+fi]
             ELSE                       (ARRAY['Seán','Aoife','Conor','Niamh','Ciarán','Siobhán','Liam','Róisín','Darragh','Ciara'])[1+fi]
           END AS fn,
           CASE nat
             WHEN 'Spain'          THEN (ARRAY['García','Martínez','López','Sánchez','Pérez','Navarro','Romero','Torres'])[1+li]
             WHEN 'United Kingdom' THEN (ARRAY['Smith','Taylor','Brown','Walker','Evans','Hughes','Wright','Green'])[1+li]
             WHEN 'Germany'        THEN (ARRAY['Müller','Schmidt','Schneider','Fischer','Weber','Becker','Wagner','Hoffmann'])[1+li]
             WHEN 'Netherlands'    THEN (ARRAY['de Jong','Jansen','Visser','Bakker','Smit','Mulder','de Vries','van Dijk'])[1+li]
             WHEN 'France'         THEN (ARRAY['Martin','Bernard','Dubois','Moreau','Laurent','Lefèvre','Girard','Roux'])[1+li]
             WHEN 'Italy'          THEN (ARRAY['Rossi','Russo','Ferrari','Esposito','Bianchi','Romano','Colombo','Ricci'])[1+li]
             WHEN 'United States'  THEN (ARRAY['Johnson','Miller','Davis','Wilson','Moore','Anderson','Thomas','Jackson'])[1+li]
             WHEN 'China'          THEN (ARRAY['Wang','Zhang','Liu','Chen','Yang','Huang','Zhao','Wu'])[1+li]
             WHEN 'Sweden'         THEN (ARRAY['Andersson','Johansson','Karlsson','Nilsson','Eriksson','Larsson','Olsson','Persson'])[1+li]
             WHEN 'Brazil'         THEN (ARRAY['Silva','Santos','Oliveira','Souza','Costa','Pereira','Lima','Carvalho'])[1+li]
             WHEN 'Poland'         THEN (ARRAY['Nowak','Kowalski','Wiśniewski','Wójcik','Kamiński','Lewandowski','Zieliński','Szymańska'])[1+li]
             ELSE                       (ARRAY['Murphy','Kelly','O''Brien','Walsh','Byrne','Ryan','O''Sullivan','Doyle'])[1+li]
           END AS ln
    FROM n
)
SELECT i,
       fn || ' ' || ln,
       CASE WHEN i % 29 = 0 THEN NULL
            ELSE lower(translate(replace(fn || '.' || ln, ' ', ''), 'áéíóúàèòüöäñçãśńźłÁÉÍÓÚ''', 'aeiouaeouoancasnzlAEIOU'))
                 || CASE WHEN i % 4 = 0 THEN (i % 100)::text ELSE '' END
                 || (ARRAY['@gmail.com','@hotmail.com','@outlook.com','@yahoo.com','@gmx.de','@icloud.com'])[1 + (i * 3) % 6]
       END,
       CASE WHEN i % 11 = 0 THEN NULL ELSE '+34 6' || lpad(((i * 7919 + 1234567) % 100000000)::text, 8, '0') END,
       CASE WHEN i % 23 = 0 THEN NULL ELSE date '1958-03-01' + ((i * 3137) % 16500) END,
       CASE WHEN i % 17 = 0 THEN NULL ELSE nat END,
       CASE WHEN i % 13 = 0 THEN NULL
            ELSE (ARRAY['Valencia','Valencia','Valencia','Valencia','Burjassot','Paterna','Mislata','Torrent','Alboraya','Valencia'])[1 + (i * 7) % 10] END,
       CASE WHEN (i * 29) % 20 < 7  THEN 'W'
            WHEN (i * 29) % 20 < 12 THEN 'F'
            WHEN (i * 29) % 20 < 15 THEN 'A'
            WHEN (i * 29) % 20 < 18 THEN 'S'
            ELSE 'O' END,
       CASE WHEN i <= 80 THEN date '2024-01-02' + (i % 4)
            ELSE date '2024-01-08' + ((i - 80) * 1055) / 340 END,
       (i * 13) % 5 <> 0,
       CASE WHEN i % 41 = 0 THEN 'Invoice in the company''s name'
            WHEN i % 53 = 0 THEN 'Dyslexia - give extra time in exams'
            WHEN i <= 80 AND i % 9 = 0 THEN 'Imported from old spreadsheet, check details'
            ELSE NULL END
FROM nm;

-- ---------------------------------------------------------------- course
CREATE TABLE course (
    course_id       integer PRIMARY KEY,
    term_id         smallint NOT NULL REFERENCES terms(term_id),
    lang            char(2) NOT NULL,
    lvl             varchar(2) NOT NULL,
    teacher_id      integer NOT NULL REFERENCES teachers(teacher_id),
    room_id         integer NOT NULL REFERENCES rooms(room_id),
    days            varchar(5) NOT NULL,
    start_tm        time NOT NULL,
    hrs_per_lesson  numeric(3,1) NOT NULL,
    fee_amt         numeric(8,2) NOT NULL,
    max_students    smallint NOT NULL,
    st              char(1) NOT NULL,
    cancel_dt       date,
    notes           text
);
COMMENT ON TABLE course IS 'One group: a language at a level in a term, with its teacher, room and weekly slot.';
COMMENT ON COLUMN course.lang IS 'ES = Spanish, EN = English, DE = German';
COMMENT ON COLUMN course.lvl IS 'CEFR level A1, A2, B1, B2, C1 or C2';
COMMENT ON COLUMN course.days IS 'Weekday of the class (Mon..Fri); MWF = Monday, Wednesday and Friday (summer intensive)';
COMMENT ON COLUMN course.hrs_per_lesson IS 'Length of one lesson in hours';
COMMENT ON COLUMN course.fee_amt IS 'Full course fee in EUR before any discount';
COMMENT ON COLUMN course.st IS 'Status: P = planned (taking enrolments), R = running, C = completed, X = cancelled (not enough students)';
COMMENT ON COLUMN course.cancel_dt IS 'Day we cancelled it; empty unless status X';

INSERT INTO course
WITH slots AS (
    SELECT t.term_id, t.term_type, k
    FROM terms t
    CROSS JOIN LATERAL generate_series(1, CASE WHEN t.term_id = 13 THEN 4 WHEN t.term_type = 'I' THEN 5 ELSE 9 END) k
), c AS (
    SELECT s.*,
           row_number() OVER (ORDER BY term_id, k)::int AS cid,
           CASE WHEN term_id = 13 THEN (ARRAY['ES','ES','EN','DE'])[k]
                WHEN term_type = 'I' THEN (ARRAY['ES','ES','ES','EN','DE'])[k]
                ELSE (ARRAY['ES','ES','ES','ES','EN','EN','EN','DE','DE'])[k] END AS lang
    FROM slots s
), c2 AS (
    SELECT c.*,
           CASE WHEN term_type = 'I' THEN (ARRAY['A1','A2','B1','A2','A1'])[1 + (k + term_id) % 5]
                ELSE (ARRAY['A1','A1','A2','A2','B1','B1','B2','B2','C1','C2'])[1 + (k * 3 + term_id * 7) % 10] END AS lvl,
           CASE lang
             WHEN 'ES' THEN CASE WHEN term_id >= 12 THEN ARRAY[1,2,3,4,5,13] ELSE ARRAY[1,2,3,4,5] END
             WHEN 'EN' THEN CASE WHEN term_id <= 2 THEN ARRAY[6,7,8,9,14] ELSE ARRAY[6,7,8,9] END
             ELSE CASE WHEN term_id = 13 THEN ARRAY[16,11,12] ELSE ARRAY[10,11,12] END
           END AS pool
    FROM c
)
SELECT cid, term_id, lang, lvl,
       pool[1 + (cid * 7 + term_id) % array_length(pool, 1)],
       CASE WHEN term_id >= 9 THEN 1 + (cid * 3 + k) % 5 ELSE 1 + (cid * 3 + k) % 6 END,
       CASE WHEN term_type = 'I' THEN 'MWF' ELSE (ARRAY['Mon','Tue','Wed','Thu','Fri'])[1 + k % 5] END,
       CASE WHEN term_type = 'I' THEN time '09:30' ELSE (ARRAY[time '10:00', time '17:30', time '19:30'])[1 + cid % 3] END,
       CASE WHEN term_type = 'I' THEN 3.0 ELSE 2.5 END,
       CASE WHEN term_type = 'I' THEN 390.00 WHEN lvl IN ('B2','C1','C2') THEN 310.00 ELSE 275.00 END
         * CASE WHEN term_id >= 9 THEN 1.05 ELSE 1 END,
       CASE WHEN term_type = 'I' THEN 10 ELSE 12 END,
       CASE WHEN term_id = 13 THEN 'P'
            WHEN (cid * 13 + term_id) % 10 = 0 THEN 'X'
            WHEN term_id = 12 THEN 'R'
            ELSE 'C' END,
       NULL, NULL
FROM c2;

UPDATE course c SET cancel_dt = t.start_dt - 4
FROM terms t WHERE t.term_id = c.term_id AND c.st = 'X';

-- ---------------------------------------------------------------- lessons
CREATE TABLE lessons (
    lesson_id         integer PRIMARY KEY,
    course_id         integer NOT NULL REFERENCES course(course_id),
    lesson_no         smallint NOT NULL,
    lesson_dt         date NOT NULL,
    hrs               numeric(3,1) NOT NULL,
    cover_teacher_id  integer REFERENCES teachers(teacher_id),
    st                char(1) NOT NULL,
    notes             text
);
COMMENT ON TABLE lessons IS 'The timetable: every lesson of every course that was not cancelled, past and future.';
COMMENT ON COLUMN lessons.hrs IS 'Teaching hours of this lesson';
COMMENT ON COLUMN lessons.cover_teacher_id IS 'Who taught it instead when the course teacher was off; empty = the course''s own teacher';
COMMENT ON COLUMN lessons.st IS 'H = held, S = scheduled (not happened yet), C = called off (teacher ill / building closed)';

INSERT INTO lessons
SELECT row_number() OVER (ORDER BY c.course_id, n)::int,
       c.course_id, n,
       CASE WHEN t.term_type = 'I' THEN t.start_dt + ((n - 1) / 3) * 7 + ((n - 1) % 3) * 2
            ELSE t.start_dt + (array_position(ARRAY['Mon','Tue','Wed','Thu','Fri']::varchar[], c.days) - 1) + (n - 1) * 7 END,
       c.hrs_per_lesson, NULL, 'H', NULL
FROM course c
JOIN terms t ON t.term_id = c.term_id
CROSS JOIN LATERAL generate_series(1, CASE WHEN t.term_type = 'I' THEN 12 ELSE 10 END) n
WHERE c.st <> 'X';

UPDATE lessons SET st = 'S' WHERE lesson_dt > date '2026-11-30';
UPDATE lessons SET st = 'C', notes = CASE WHEN lesson_id % 2 = 0 THEN 'teacher ill, no cover found' ELSE 'building closed (Fallas / strike)' END
WHERE st = 'H' AND (lesson_id * 41) % 97 = 0;
UPDATE lessons l SET cover_teacher_id =
       CASE c.lang
         WHEN 'ES' THEN CASE WHEN l.lesson_dt >= date '2026-09-01' AND c.teacher_id <> 13 THEN 13
                             WHEN c.teacher_id = 2 THEN 1 ELSE 2 END
         WHEN 'EN' THEN CASE WHEN c.teacher_id = 6 THEN 9 ELSE 6 END
         ELSE CASE WHEN c.teacher_id = 10 THEN 11 ELSE 10 END
       END
FROM course c
WHERE c.course_id = l.course_id AND l.st = 'H' AND (l.lesson_id * 13) % 31 = 0;
-- Amparo was examining for the DELE that week; Marta took her group
UPDATE lessons SET cover_teacher_id = 13, notes = 'Amparo examining DELE, Marta covered'
WHERE lesson_id = (SELECT min(l.lesson_id) FROM lessons l JOIN course c ON c.course_id = l.course_id
                   WHERE c.teacher_id = 5 AND l.st = 'H' AND l.lesson_dt BETWEEN date '2026-11-16' AND date '2026-11-30');

-- ---------------------------------------------------------------- enrolments
CREATE TABLE enrolments (
    enr_id         integer PRIMARY KEY,
    student_id     integer NOT NULL REFERENCES student(student_id),
    course_id      integer NOT NULL REFERENCES course(course_id),
    enrol_dt       date NOT NULL,
    pay_plan       char(1) NOT NULL,
    disc_pct       numeric(5,2) NOT NULL DEFAULT 0,
    st             char(1) NOT NULL,
    withdrawal_dt  date,
    to_course_id   integer REFERENCES course(course_id),
    from_enr_ref   integer REFERENCES enrolments(enr_id),
    notes          text
);
COMMENT ON TABLE enrolments IS 'A student signed up on a course. A transfer closes the old enrolment and opens a new one on the other course.';
COMMENT ON COLUMN enrolments.pay_plan IS 'F = pays the whole fee at once, I = three instalments, T = transferred in, fee already paid on the old course';
COMMENT ON COLUMN enrolments.disc_pct IS 'Discount on the course fee in percent (10 returning student, 15 family, 5 early bird, 100 free place)';
COMMENT ON COLUMN enrolments.st IS 'Status: A = attending / enrolled, F = finished the course, D = dropped out, T = transferred to another course, X = course was cancelled';
COMMENT ON COLUMN enrolments.withdrawal_dt IS 'Day they dropped out or moved; empty if they stayed';
COMMENT ON COLUMN enrolments.to_course_id IS 'Course they moved to (status T only)';
COMMENT ON COLUMN enrolments.from_enr_ref IS 'The enrolment they came from when transferred in';

INSERT INTO enrolments (enr_id, student_id, course_id, enrol_dt, pay_plan, disc_pct, st, withdrawal_dt)
WITH c AS (
    SELECT c.course_id, c.term_id, c.st AS cst, c.max_students, t.start_dt, t.term_type,
           CASE WHEN c.term_id = 13 THEN date '2026-10-20' WHEN c.term_id = 1 THEN date '2024-01-05' ELSE t.start_dt - 14 END AS cutoff,
           CASE WHEN c.st = 'X' THEN 1 + c.course_id % 3
                WHEN c.st = 'P' THEN CASE WHEN c.course_id % 4 = 0 THEN 0 ELSE 2 + c.course_id % 4 END
                ELSE least(c.max_students - 1, 4 + (c.course_id * 7) % 9) END AS n
    FROM course c JOIN terms t ON t.term_id = c.term_id
), m AS (
    SELECT c.*, (SELECT count(*) FROM student s WHERE s.registered_dt <= c.cutoff)::int AS mcount
    FROM c
), e AS (
    SELECT row_number() OVER (ORDER BY m.course_id, j)::int AS enr_id,
           ((m.course_id * 31 + j * 7) % m.mcount) + 1 AS student_id,
           m.*
    FROM m CROSS JOIN LATERAL generate_series(0, m.n - 1) j
), e2 AS (
    SELECT e.*, s.registered_dt, (e.enr_id * 29) % 100 AS h
    FROM e JOIN student s ON s.student_id = e.student_id
)
SELECT enr_id, student_id, course_id,
       CASE WHEN term_id = 13 THEN date '2026-11-02' + (enr_id * 11 + student_id) % 28
            WHEN term_id = 1 THEN registered_dt + 1 + (enr_id * 11 + student_id) % 3
            ELSE greatest(registered_dt + 5, start_dt - 1 - (enr_id * 11 + student_id) % 28) END,
       'I',
       CASE WHEN enr_id % 97 = 0 THEN 100
            WHEN (enr_id * 53) % 100 < 58 THEN 0
            WHEN (enr_id * 53) % 100 < 78 THEN 10
            WHEN (enr_id * 53) % 100 < 90 THEN 15
            ELSE 5 END,
       CASE WHEN cst = 'X' THEN 'X'
            WHEN cst = 'P' THEN 'A'
            WHEN h < 8 THEN 'D'
            WHEN h < 12 AND term_type <> 'I' THEN 'T'
            WHEN cst = 'R' THEN 'A'
            ELSE 'F' END,
       CASE WHEN cst IN ('X','P') THEN NULL
            WHEN h < 8 THEN start_dt + CASE WHEN term_type = 'I' THEN 7 * (1 + h % 3) ELSE 7 * (1 + h % 6) END + 2
            WHEN h < 12 AND term_type <> 'I' THEN start_dt + 10
            ELSE NULL END
FROM e2;

-- transfers: move to another running group of the same language in the same term
UPDATE enrolments e SET to_course_id = (
    SELECT min(c2.course_id) FROM course c2
    WHERE c2.term_id = c.term_id AND c2.lang = c.lang AND c2.st <> 'X' AND c2.course_id <> c.course_id
      AND NOT EXISTS (SELECT 1 FROM enrolments e3 WHERE e3.course_id = c2.course_id AND e3.student_id = e.student_id))
FROM course c
WHERE c.course_id = e.course_id AND e.st = 'T';
UPDATE enrolments SET st = 'D' WHERE st = 'T' AND to_course_id IS NULL;

INSERT INTO enrolments (enr_id, student_id, course_id, enrol_dt, pay_plan, disc_pct, st, withdrawal_dt, to_course_id, from_enr_ref, notes)
SELECT (SELECT max(enr_id) FROM enrolments) + row_number() OVER (ORDER BY e.enr_id),
       e.student_id, e.to_course_id, e.withdrawal_dt, 'T', e.disc_pct,
       CASE WHEN c.st = 'R' THEN 'A' ELSE 'F' END, NULL, NULL, e.enr_id,
       'moved from course ' || e.course_id
FROM enrolments e JOIN course c ON c.course_id = e.to_course_id
WHERE e.st = 'T';

UPDATE enrolments SET pay_plan = 'F'
WHERE pay_plan = 'I' AND (disc_pct = 100 OR (enr_id * 17) % 10 < 4);
UPDATE enrolments SET notes = 'Staff family - free place' WHERE disc_pct = 100;
UPDATE enrolments e SET notes = 'Left: ' || (ARRAY['moved away','work hours changed','too hard','too easy','health','no reason given'])[1 + e.enr_id % 6]
WHERE e.st = 'D';
-- signed up on New Year's Day through the web form
UPDATE enrolments SET enrol_dt = date '2025-01-01'
WHERE enr_id = (SELECT min(e.enr_id) FROM enrolments e JOIN course c ON c.course_id = e.course_id
                WHERE c.term_id = 5 AND e.pay_plan <> 'T' AND e.st <> 'X');

UPDATE course c SET notes = 'Cancelled - only ' || (SELECT count(*) FROM enrolments e WHERE e.course_id = c.course_id) || ' signed up'
WHERE c.st = 'X';

-- ---------------------------------------------------------------- instalments
CREATE TABLE instalments (
    inst_id     integer PRIMARY KEY,
    enr_id      integer NOT NULL REFERENCES enrolments(enr_id),
    inst_no     smallint NOT NULL,
    amt         numeric(8,2) NOT NULL,
    due_dt      date NOT NULL,
    paid_dt     date,
    pay_method  char(1),
    waived      boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE instalments IS 'What each enrolment has to pay and when: one line for pay-in-full, three for instalments. Cancelled courses are refunded and have none.';
COMMENT ON COLUMN instalments.inst_no IS '1, 2 or 3';
COMMENT ON COLUMN instalments.amt IS 'EUR, discount already taken off';
COMMENT ON COLUMN instalments.paid_dt IS 'Day the money came in; empty = not paid';
COMMENT ON COLUMN instalments.pay_method IS 'C = cash at reception, K = card, B = bank transfer, Z = Bizum; empty while unpaid';
COMMENT ON COLUMN instalments.waived IS 'TRUE = written off because the student dropped out before it was due - nothing more is owed';

INSERT INTO instalments (inst_id, enr_id, inst_no, amt, due_dt)
WITH e AS (
    SELECT e.enr_id, e.enrol_dt, e.pay_plan, t.start_dt, t.term_type, e.course_id,
           round(c.fee_amt * (1 - e.disc_pct / 100), 2) AS net
    FROM enrolments e
    JOIN course c ON c.course_id = e.course_id
    JOIN terms t ON t.term_id = c.term_id
    WHERE e.pay_plan IN ('F','I') AND e.st <> 'X'
)
SELECT row_number() OVER (ORDER BY e.enr_id, n)::int, e.enr_id, n,
       CASE WHEN e.pay_plan = 'F' THEN e.net
            WHEN n < 3 THEN round(e.net / 3, 2)
            ELSE e.net - 2 * round(e.net / 3, 2) END,
       CASE WHEN n = 1 THEN greatest(least(e.enrol_dt + 7, e.start_dt), e.start_dt - 7)
            WHEN e.term_type = 'I' THEN e.start_dt + CASE n WHEN 2 THEN 10 ELSE 20 END
            ELSE e.start_dt + CASE n WHEN 2 THEN 28 ELSE 56 END END
FROM e CROSS JOIN LATERAL generate_series(1, CASE WHEN e.pay_plan = 'F' THEN 1 ELSE 3 END) n;

UPDATE instalments i SET
    waived = (e.st = 'D' AND i.due_dt > e.withdrawal_dt AND i.amt > 0),
    paid_dt = CASE
        WHEN i.amt = 0 THEN e.enrol_dt
        WHEN e.st = 'D' AND i.due_dt > e.withdrawal_dt THEN NULL
        WHEN i.due_dt > date '2026-11-30' THEN
             CASE WHEN (i.inst_id * 37) % 101 < 25 THEN least(date '2026-11-30', e.enrol_dt + (i.inst_id % 5)) END
        WHEN (i.inst_id * 37) % 101 < 2 OR (i.due_dt > date '2026-09-01' AND (i.inst_id * 37) % 101 < 10) THEN NULL
        ELSE greatest(e.enrol_dt, least(date '2026-11-30', i.due_dt + (i.inst_id * 13) % 19 - 9))
    END
FROM enrolments e WHERE e.enr_id = i.enr_id;

UPDATE instalments SET pay_method = (ARRAY['C','K','K','K','B','B','Z','Z','K','C'])[1 + inst_id % 10]
WHERE paid_dt IS NOT NULL AND amt > 0;
-- bank transfer that landed on New Year's Day
UPDATE instalments SET paid_dt = date '2026-01-01', pay_method = 'B'
WHERE inst_id = (SELECT min(inst_id) FROM instalments
                 WHERE due_dt BETWEEN date '2025-12-29' AND date '2026-01-05' AND paid_dt IS NOT NULL AND amt > 0);

-- ---------------------------------------------------------------- attendance
CREATE TABLE attendance (
    lesson_id  integer NOT NULL REFERENCES lessons(lesson_id),
    enr_id     integer NOT NULL REFERENCES enrolments(enr_id),
    mark       char(1) NOT NULL,
    mins_late  smallint,
    note       text,
    PRIMARY KEY (lesson_id, enr_id)
);
COMMENT ON TABLE attendance IS 'The register: one line per student per lesson held, filled in by the teacher.';
COMMENT ON COLUMN attendance.mark IS 'P = present, L = late, A = absent, E = excused (told us in advance / doctor''s note)';
COMMENT ON COLUMN attendance.mins_late IS 'Minutes late, only when mark is L';

INSERT INTO attendance (lesson_id, enr_id, mark, mins_late, note)
WITH x AS (
    SELECT l.lesson_id, e.enr_id,
           (l.lesson_id * 37 + e.enr_id * 11) % 100 AS h,
           e.student_id % 7 = 0 AS poor
    FROM lessons l
    JOIN enrolments e ON e.course_id = l.course_id
    WHERE l.st = 'H' AND e.st <> 'X'
      AND e.enrol_dt <= l.lesson_dt
      AND (e.withdrawal_dt IS NULL OR l.lesson_dt < e.withdrawal_dt)
), y AS (
    SELECT x.*,
           CASE WHEN h < CASE WHEN poor THEN 60 ELSE 80 END THEN 'P'
                WHEN h < CASE WHEN poor THEN 72 ELSE 88 END THEN 'L'
                WHEN h < CASE WHEN poor THEN 92 ELSE 96 END THEN 'A'
                ELSE 'E' END AS mark
    FROM x
)
SELECT lesson_id, enr_id, mark,
       CASE WHEN mark = 'L' THEN 5 + (h % 5) * 5 END,
       CASE WHEN mark = 'E' AND h % 2 = 0 THEN 'doctor''s note'
            WHEN mark = 'E' THEN 'emailed before class' END
FROM y;

-- ---------------------------------------------------------------- exam_results
CREATE TABLE exam_results (
    exam_id  integer PRIMARY KEY,
    enr_id   integer NOT NULL REFERENCES enrolments(enr_id),
    exam_dt  date NOT NULL,
    mark     smallint,
    absent   boolean NOT NULL DEFAULT false,
    resit    boolean NOT NULL DEFAULT false,
    notes    text
);
COMMENT ON TABLE exam_results IS 'End-of-course exams (first sitting on the last day of term, resits two weeks later). Mark out of 100, 60 or more is a pass.';
COMMENT ON COLUMN exam_results.mark IS 'Out of 100, pass mark 60; empty when the student did not turn up';
COMMENT ON COLUMN exam_results.absent IS 'TRUE = booked but did not sit the exam';
COMMENT ON COLUMN exam_results.resit IS 'TRUE = second attempt after failing';

INSERT INTO exam_results (exam_id, enr_id, exam_dt, mark, absent, resit, notes)
SELECT row_number() OVER (ORDER BY e.enr_id)::int, e.enr_id, t.end_dt,
       CASE WHEN (e.enr_id * 19) % 43 = 0 THEN NULL
            ELSE 100 - (((e.enr_id * 47 + e.course_id * 3) % 61) * ((e.enr_id * 47 + e.course_id * 3) % 61)) / 61 END,
       (e.enr_id * 19) % 43 = 0, false,
       CASE WHEN (e.enr_id * 19) % 43 = 0 THEN 'no show' END
FROM enrolments e
JOIN course c ON c.course_id = e.course_id
JOIN terms t ON t.term_id = c.term_id
WHERE e.st = 'F';

INSERT INTO exam_results (exam_id, enr_id, exam_dt, mark, absent, resit, notes)
SELECT (SELECT max(exam_id) FROM exam_results) + row_number() OVER (ORDER BY r.enr_id),
       r.enr_id, r.exam_dt + 14, 52 + (r.enr_id * 23) % 39, false, true, NULL
FROM exam_results r
WHERE r.mark < 60 AND r.enr_id % 2 = 0;

-- ---------------------------------------------------------------- placement_tests
CREATE TABLE placement_tests (
    pt_id       integer PRIMARY KEY,
    student_id  integer NOT NULL REFERENCES student(student_id),
    lang        char(2) NOT NULL,
    test_dt     date NOT NULL,
    score       smallint NOT NULL,
    lvl         varchar(2) NOT NULL,
    tested_by   integer REFERENCES teachers(teacher_id),
    notes       text
);
COMMENT ON TABLE placement_tests IS 'Placement test every new student sits before enrolling (again if they start a second language).';
COMMENT ON COLUMN placement_tests.lang IS 'ES = Spanish, EN = English, DE = German';
COMMENT ON COLUMN placement_tests.score IS 'Written test score 0-100';
COMMENT ON COLUMN placement_tests.lvl IS 'Level we placed them at: A1, A2, B1, B2, C1 or C2';
COMMENT ON COLUMN placement_tests.tested_by IS 'Teacher who did the oral part; empty = done online, written part only';

INSERT INTO placement_tests
WITH firsts AS (
    SELECT s.student_id, s.registered_dt,
           coalesce((SELECT c.lang FROM enrolments e JOIN course c ON c.course_id = e.course_id
                     WHERE e.student_id = s.student_id ORDER BY e.enrol_dt, e.enr_id LIMIT 1),
                    (ARRAY['ES','ES','EN','DE'])[1 + s.student_id % 4]) AS lang
    FROM student s
), allt AS (
    SELECT student_id, lang, registered_dt + CASE WHEN student_id <= 80 THEN 0 ELSE student_id % 4 END AS test_dt, 1 AS seq FROM firsts
    UNION ALL
    SELECT student_id, CASE lang WHEN 'ES' THEN 'EN' WHEN 'EN' THEN 'DE' ELSE 'ES' END,
           least(date '2026-11-30', registered_dt + 30 + student_id % 60), 2
    FROM firsts WHERE student_id % 9 = 0
), sc AS (
    SELECT allt.*, (student_id * 43 + seq * 17) % 101 AS score FROM allt
)
SELECT row_number() OVER (ORDER BY test_dt, student_id, seq)::int,
       student_id, lang, test_dt, score,
       CASE WHEN score < 20 THEN 'A1' WHEN score < 40 THEN 'A2' WHEN score < 55 THEN 'B1'
            WHEN score < 70 THEN 'B2' WHEN score < 85 THEN 'C1' ELSE 'C2' END,
       CASE WHEN student_id % 5 = 0 THEN NULL
            WHEN lang = 'ES' THEN CASE WHEN student_id % 2 = 0 THEN 15 ELSE 1 END
            WHEN lang = 'EN' THEN 6
            ELSE 10 END,
       CASE WHEN score < 5 THEN 'complete beginner' END
FROM sc;
