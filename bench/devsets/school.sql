-- A dev set's database, made up on 2026-12-01 (seventh session) and written blind, before anyone
-- fitted the parser to it: a small university, terms 2023-FA to 2026-SP. Declared keys:
-- instructors.dept_id and courses.dept_id -> departments, course_offerings.course_code -> courses,
-- enrollments.student_id -> students, enrollments.offering_id -> course_offerings. By convention only:
-- course_offerings.instr_id (-> instructors) and course_offerings.room_id (-> classrooms). A course is
-- taught as one offering per term; every enrollment is graded (final_score 0-100, letter A-F, passed
-- when the score is 50 or more); the 2026-SP offerings are scheduled but nobody has enrolled yet.
-- Some students (1901-2000 among them) never enrolled; some instructors (50-60 among them) teach
-- nothing; Philosophy has no advanced course. Deterministic.
create table departments (
  dept_id   int primary key,
  dept_name text not null,
  building  text
);
insert into departments values
  (1, 'Computer Science', 'Turing Hall'),
  (2, 'Mathematics', 'Noether Building'),
  (3, 'Physics', 'Curie Lab'),
  (4, 'History', 'Old Library'),
  (5, 'Economics', 'Smith Hall'),
  (6, 'Biology', 'Darwin Centre'),
  (7, 'Philosophy', 'Old Library');

create table instructors (
  instr_id   int primary key,
  first_name text,
  last_name  text,
  dept_id    int references departments (dept_id),
  email      text,
  hire_dt    date,
  salary     numeric(9,2),
  is_tenured boolean
);
insert into instructors values
  (1, 'Amara', 'Okafor', 1, 'a.okafor@northfield.edu', '2012-08-15', 98500.00, true),
  (2, 'Lukas', 'Brenner', 2, 'l.brenner@northfield.edu', '2009-01-10', 104200.00, true),
  (3, 'Sofia', 'Marchetti', 3, 's.marchetti@northfield.edu', '2018-09-01', 81750.00, false),
  (4, 'Hiroshi', 'Tanaka', 4, 'h.tanaka@northfield.edu', '2004-08-20', 96300.00, true),
  (5, 'Grace', 'Mensah', 5, 'g.mensah@northfield.edu', '2020-01-06', 77900.00, false),
  (6, 'Elena', 'Petrova', 6, 'e.petrova@northfield.edu', '2015-09-01', 88400.00, true),
  (7, 'Tomás', 'Villanueva', 7, 't.villanueva@northfield.edu', '2021-08-30', 71200.00, false);
insert into instructors
select i, f, l, 1 + (i - 1) % 7,
       lower(left(f, 1)) || '.' || lower(replace(l, ' ', '')) || i || '@northfield.edu',
       date '1998-08-15' + (i * 149) % 9800,
       62000 + (i * 733) % 48000 + (i % 4) * 0.25,
       (i * 149) % 9800 < 5000 and i % 5 <> 0
from (
  select i,
         (array['Peter', 'Ruth', 'Daniel', 'Mei', 'Ahmed', 'Claire', 'Jonas', 'Priya', 'Marco', 'Ines', 'Samuel',
                'Nadia', 'Victor', 'Helen', 'Oluwaseun', 'Karin', 'Rafael'])[1 + i % 17] as f,
         (array['Lindgren', 'Hughes', 'Costa', 'Chen', 'Haddad', 'Fournier', 'Berg', 'Raman', 'Esposito', 'Moreno',
                'Adeyemi', 'Kovacs', 'Walsh', 'Schneider', 'Ito', 'Byrne', 'van Dijk', 'Novak', 'Reyes'])[1 + (i * 5) % 19] as l
  from generate_series(8, 60) i
) g;

create table students (
  student_id  int primary key,
  given_name  text,
  family_name text,
  email       text,
  program     text,
  enrol_year  smallint,
  status      text,        -- 'active', 'graduated', 'withdrawn', 'on_leave'
  dob         date,
  scholarship boolean
);
insert into students values
  (1, 'Maya', 'Lindström', 'maya.lindstrom@students.northfield.edu', 'BSc Computer Science', 2023, 'active', '2004-05-12', true),
  (2, 'Kwame', 'Boateng', 'kwame.boateng@students.northfield.edu', 'BSc Mathematics', 2022, 'active', '2003-10-30', false),
  (3, 'Isabella', 'Romano', 'isabella.romano@students.northfield.edu', 'BA History', 2021, 'graduated', '2002-02-18', false),
  (4, 'Arjun', 'Mehta', 'arjun.mehta@students.northfield.edu', 'BSc Computer Science', 2024, 'active', '2005-07-07', true),
  (5, 'Zoë', 'Fischer', 'zoe.fischer@students.northfield.edu', 'BSc Physics', 2023, 'on_leave', '2004-12-01', false),
  (6, 'Liam', 'Gallagher', 'liam.gallagher@students.northfield.edu', 'BA Economics', 2022, 'withdrawn', '2003-03-25', false),
  (7, 'Noor', 'Al-Sayed', 'noor.alsayed@students.northfield.edu', 'BSc Biology', 2025, 'active', '2006-09-14', true),
  (8, 'Emil', 'Johansson', 'emil.johansson@students.northfield.edu', 'BA Philosophy', 2024, 'active', '2005-01-19', false);
insert into students
select i, f, l,
       lower(translate(f, 'éáíóúöüäë', 'eaiououae')) || '.' || lower(translate(replace(l, ' ', ''), 'éáíóúöüäë', 'eaiououae')) || i
         || '@students.northfield.edu',
       (array['BSc Computer Science', 'BSc Mathematics', 'BSc Physics', 'BA History', 'BA Economics', 'BSc Biology',
              'BA Philosophy', 'BSc Computer Science', 'BA Economics'])[1 + (i * 7) % 9],
       y,
       case when y <= 2021 then (case when i % 9 = 0 then 'withdrawn' else 'graduated' end)
            when i % 23 = 0 then 'withdrawn'
            when i % 17 = 0 then 'on_leave'
            else 'active' end,
       make_date(y - 18 - (i % 3 = 0)::int, 1 + (i * 5) % 12, 1 + (i * 11) % 28),
       i % 6 = 0
from (
  select i, 2020 + (i * 3 + i / 7) % 6 as y,
         (array['Ava', 'Ben', 'Chloe', 'Diego', 'Elena', 'Finn', 'Grace', 'Hugo', 'Iris', 'Jonah', 'Kira', 'Leo',
                'Mia', 'Nils', 'Olga', 'Pablo', 'Rosa', 'Sami', 'Tess', 'Umar', 'Vera', 'Yusuf', 'Zara'])[1 + i % 23] as f,
         (array['Andersen', 'Baker', 'Castillo', 'Dimitrov', 'Eriksen', 'Fontaine', 'Gómez', 'Hartmann', 'Ibrahim',
                'Jovanović', 'Klein', 'Larsen', 'Murphy', 'Nguyen', 'Okoye', 'Park', 'Quinn', 'Rossi', 'Silva',
                'Thompson', 'Ueda', 'Varga', 'Wright'])[1 + (i * 7) % 23] as l
  from generate_series(9, 2000) i
) g;

create table classrooms (
  room_id       int primary key,
  bldg          text,
  room_no       text,
  seats         int,
  has_projector boolean
);
insert into classrooms
select i, (array['Turing Hall', 'Noether Building', 'Curie Lab', 'Old Library', 'Smith Hall', 'Darwin Centre'])[1 + i % 6],
       (1 + i % 3)::text || lpad((i * 7 % 40)::text, 2, '0'),
       18 + (i * 37) % 190,
       i % 3 <> 0
from generate_series(1, 40) i;

create table courses (
  course_code  text primary key,
  title        text not null,
  dept_id      int not null references departments (dept_id),
  credits      smallint,
  course_level text           -- 'intro', 'intermediate', 'advanced'
);
insert into courses values
  ('CS101', 'Introduction to Programming', 1, 6, 'intro'),
  ('CS150', 'Discrete Structures', 1, 5, 'intro'),
  ('CS201', 'Data Structures', 1, 6, 'intermediate'),
  ('CS230', 'Computer Architecture', 1, 5, 'intermediate'),
  ('CS305', 'Databases', 1, 6, 'advanced'),
  ('CS340', 'Operating Systems', 1, 6, 'advanced'),
  ('CS410', 'Machine Learning', 1, 6, 'advanced'),
  ('MATH120', 'Calculus I', 2, 6, 'intro'),
  ('MATH121', 'Calculus II', 2, 6, 'intro'),
  ('MATH220', 'Linear Algebra', 2, 5, 'intermediate'),
  ('MATH250', 'Probability', 2, 5, 'intermediate'),
  ('MATH330', 'Real Analysis', 2, 6, 'advanced'),
  ('MATH360', 'Numerical Methods', 2, 5, 'advanced'),
  ('PHYS101', 'Mechanics', 3, 6, 'intro'),
  ('PHYS210', 'Electromagnetism', 3, 6, 'intermediate'),
  ('PHYS320', 'Quantum Mechanics', 3, 6, 'advanced'),
  ('HIST100', 'World History', 4, 4, 'intro'),
  ('HIST215', 'Medieval Europe', 4, 4, 'intermediate'),
  ('HIST340', 'History of Science', 4, 4, 'advanced'),
  ('ECON101', 'Principles of Microeconomics', 5, 5, 'intro'),
  ('ECON102', 'Principles of Macroeconomics', 5, 5, 'intro'),
  ('ECON240', 'Econometrics', 5, 6, 'intermediate'),
  ('ECON350', 'Game Theory', 5, 5, 'advanced'),
  ('BIO110', 'Cell Biology', 6, 6, 'intro'),
  ('BIO220', 'Genetics', 6, 6, 'intermediate'),
  ('BIO330', 'Ecology', 6, 5, 'advanced'),
  ('PHIL100', 'Introduction to Philosophy', 7, 4, 'intro'),
  ('PHIL210', 'Ethics', 7, 4, 'intermediate'),
  ('PHIL230', 'Logic', 7, 4, 'intermediate');

-- One offering per course and term, most courses most terms; 2026-SP offerings come last.
create table course_offerings (
  offering_id int primary key,
  course_code text not null references courses (course_code),
  term        text,           -- '2023-FA', '2024-SP', ..., '2026-SP'
  instr_id    int,
  room_id     int,
  capacity    int,
  starts_on   date
);
insert into course_offerings
select row_number() over (order by o.t, o.c), o.course_code, o.term,
       o.dept_id + 7 * ((o.c + 2 * o.t) % 7), 1 + (o.c * 7 + o.t * 3) % 40,
       case o.course_level when 'intro' then 120 + (o.c * 17 + o.t * 5) % 80
                           when 'intermediate' then 45 + (o.c * 7 + o.t * 3) % 30
                           else 20 + (o.c * 5 + o.t) % 20 end,
       case when o.term like '%-FA' then make_date(left(o.term, 4)::int, 9, 2)
            else make_date(left(o.term, 4)::int, 2, 3) end
from (
  select cc.*, t.t, t.term, cc.rn as c
  from (select co.*, row_number() over (order by co.course_code) as rn from courses co) cc
  cross join (select t, (array['2023-FA', '2024-SP', '2024-FA', '2025-SP', '2025-FA', '2026-SP'])[t] as term
              from generate_series(1, 6) t) t
  where (cc.rn + t.t) % 4 <> 0 or t.t = 6
) o;

create table enrollments (
  enr_id       int primary key,
  student_id   int not null references students (student_id),
  offering_id  int not null references course_offerings (offering_id),
  enrolled_at  timestamptz,
  final_score  numeric(5,2),
  letter_grade char(1),       -- 'A'..'F'
  grade_pts    numeric(2,1),
  passed       boolean
);
insert into enrollments
select row_number() over (order by e.offering_id, e.s), e.student_id, e.offering_id,
       (e.starts_on - (5 + (e.s * 17) % 60))::timestamp at time zone 'UTC'
         + ((e.offering_id * 37 + e.s * 613) % 86400) * interval '1 second',
       e.score,
       case when e.score >= 85 then 'A' when e.score >= 72 then 'B' when e.score >= 60 then 'C'
            when e.score >= 50 then 'D' else 'F' end,
       case when e.score >= 85 then 4.0 when e.score >= 72 then 3.0 when e.score >= 60 then 2.0
            when e.score >= 50 then 1.0 else 0.0 end,
       e.score >= 50
from (
  select o.offering_id, o.starts_on, s.s,
         1 + (o.offering_id * 131 + s.s * 7919) % 1900 as student_id,
         (28 + ((o.offering_id * 53 + s.s * 37 + (o.offering_id * s.s) % 97) % 7100) / 100.0
            - case c.course_level when 'advanced' then 4 else 0 end)::numeric(5,2) as score
  from course_offerings o join courses c on c.course_code = o.course_code
  cross join lateral generate_series(1, o.capacity * (55 + (o.offering_id * 13) % 45) / 100) s(s)
  where o.term <> '2026-SP'
) e;
