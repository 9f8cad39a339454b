-- Made-up schema: a private tutoring agency (tutors and the subjects/levels they teach, parents who
-- pay, their children, one-to-one and small-group lessons online or at home, monthly invoices to
-- parents, tutor pay runs, mock exam results). Data are deterministic (generate_series and modulo
-- arithmetic, no random()); data cut-off is 2026-11-30.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS mock;
DROP TABLE IF EXISTS pay_run;
DROP TABLE IF EXISTS inv;
DROP TABLE IF EXISTS sess_stu;
DROP TABLE IF EXISTS sess;
DROP TABLE IF EXISTS stu;
DROP TABLE IF EXISTS par;
DROP TABLE IF EXISTS tut_sub;
DROP TABLE IF EXISTS tut;

-- ---------------------------------------------------------------- tut (tutors)
CREATE TABLE tut (
    tut_id   integer PRIMARY KEY,
    fnm      text NOT NULL,
    snm      text NOT NULL,
    email    text,
    mob      varchar(15),
    pay_rt   numeric(5,2) NOT NULL,
    dbs_exp  date,
    home_ok  boolean NOT NULL DEFAULT true,
    start_dt date NOT NULL
);
COMMENT ON TABLE tut IS 'Tutors on the agency''s books (self-employed)';
COMMENT ON COLUMN tut.pay_rt IS 'what the tutor is paid per hour taught, GBP';
COMMENT ON COLUMN tut.dbs_exp IS 'expiry date of the enhanced DBS check; NULL = no DBS check on file yet';
COMMENT ON COLUMN tut.home_ok IS 'willing to teach in students'' homes (false = online only)';
COMMENT ON COLUMN tut.start_dt IS 'date the tutor joined the agency';

INSERT INTO tut (tut_id, fnm, snm, email, mob, pay_rt, dbs_exp, home_ok, start_dt)
SELECT g, fn, sn,
       CASE WHEN g % 17 = 0 THEN NULL ELSE lower(fn || '.' || sn) || '@tutormail.co.uk' END,
       '07700 9' || lpad(((g * 379) % 100000)::text, 5, '0'),
       22 + (g * 7) % 15 + CASE WHEN g % 4 = 0 THEN 0.5 ELSE 0 END,
       CASE WHEN g % 9 = 4 THEN NULL ELSE date '2024-03-01' + (g * 97) % 1100 END,
       g % 3 <> 0,
       date '2019-09-02' + g * 53
FROM (
    SELECT g,
           (ARRAY['Hannah','James','Aisha','Tom','Priya','Oliver','Grace','Samuel','Chloe','Daniel',
                  'Fatima','George','Lucy','Ravi','Emily','Jack','Zara','Ben','Sophie','Kwame'])[1 + g % 20] AS fn,
           (ARRAY['Ahmed','Baker','Clarke','Davies','Evans','Fraser','Green','Hughes','Iqbal','Jones',
                  'Khan','Lewis','Morgan','Nowak','Owen','Patel','Quinn','Roberts','Shah','Taylor',
                  'Walsh','Young','Zhang'])[1 + (g * 7) % 23] AS sn
    FROM generate_series(1, 36) AS g
) t;

-- ---------------------------------------------------------------- tut_sub (what each tutor teaches)
CREATE TABLE tut_sub (
    tut_id integer NOT NULL REFERENCES tut (tut_id),
    subj   char(2) NOT NULL,
    lvl    smallint NOT NULL,
    PRIMARY KEY (tut_id, subj, lvl)
);
COMMENT ON TABLE tut_sub IS 'Subjects and levels each tutor is approved to teach';
COMMENT ON COLUMN tut_sub.subj IS 'MA = maths, EN = English, SC = combined science, PH = physics, CH = chemistry, BI = biology, FR = French, CS = computer science';
COMMENT ON COLUMN tut_sub.lvl IS '1 = primary (KS2), 2 = KS3 (years 7-9), 3 = GCSE, 4 = A-level, 5 = 11+ entrance exam prep';

INSERT INTO tut_sub (tut_id, subj, lvl)
SELECT DISTINCT g,
       CASE WHEN l IN (1, 5) THEN (ARRAY['MA','EN'])[1 + (g + k) % 2]
            WHEN l = 2 THEN (ARRAY['MA','EN','SC','FR'])[1 + (g + k) % 4]
            WHEN l = 3 THEN (ARRAY['MA','EN','SC','PH','CH','BI','FR','CS'])[1 + (g * 3 + k) % 8]
            ELSE (ARRAY['MA','EN','PH','CH','BI','FR','CS'])[1 + (g * 3 + k) % 7] END,
       l
FROM generate_series(1, 36) AS g
CROSS JOIN generate_series(0, 3) AS k
CROSS JOIN LATERAL (SELECT (1 + (g * 2 + k) % 5)::smallint AS l) x
WHERE k <= 1 + g % 3;

-- ---------------------------------------------------------------- par (parents who pay)
CREATE TABLE par (
    par_id  integer PRIMARY KEY,
    par_nm  text NOT NULL,
    email   text NOT NULL,
    mob     varchar(15),
    pcode   varchar(8),
    pay_mth char(1) NOT NULL,
    reg_dt  date NOT NULL
);
COMMENT ON TABLE par IS 'Parents / guardians: the people who book the lessons and pay the invoices';
COMMENT ON COLUMN par.pay_mth IS 'how they usually pay: D = direct debit, T = bank transfer, C = card';
COMMENT ON COLUMN par.reg_dt IS 'date the family first got in touch';

INSERT INTO par (par_id, par_nm, email, mob, pcode, pay_mth, reg_dt)
SELECT g, fn || ' ' || sn,
       lower(fn || '.' || sn) || g || '@example.co.uk',
       CASE WHEN g % 13 = 0 THEN NULL ELSE '07' || lpad(((g * 7919) % 1000000000)::text, 9, '0') END,
       CASE WHEN g % 19 = 0 THEN NULL
            ELSE (ARRAY['SW','SE','N','NW','E','W','KT','CR'])[1 + g % 8] || (1 + (g * 3) % 20)::text
                 || ' ' || (1 + g % 9)::text || (ARRAY['AB','DF','HJ','LN','PR','TW','XY'])[1 + g % 7] END,
       CASE WHEN g % 5 IN (0, 1) THEN 'D' WHEN g % 5 IN (2, 3) THEN 'T' ELSE 'C' END,
       date '2023-09-01' + (g * 37) % 880
FROM (
    SELECT g,
           (ARRAY['Sarah','Mark','Nadia','Paul','Helen','Imran','Claire','David','Joanna','Yusuf',
                  'Rachel','Andrew','Meera','Stephen','Laura','Chen','Karen','Femi','Anna','Robert'])[1 + g % 20] AS fn,
           (ARRAY['Adams','Bennett','Carter','Dixon','Ellis','Foster','Gill','Hall','Ibrahim','Jenkins',
                  'Kaur','Lee','Mills','Nash','Okafor','Price','Reid','Singh','Turner','Vaughan',
                  'Ward','Wood','Yates'])[1 + (g * 7) % 23] AS sn
    FROM generate_series(1, 220) AS g
) t;

-- ---------------------------------------------------------------- stu (students)
CREATE TABLE stu (
    stu_id   integer PRIMARY KEY,
    par_id   integer NOT NULL REFERENCES par (par_id),
    fnm      text NOT NULL,
    snm      text NOT NULL,
    yr_grp   smallint NOT NULL,
    sen      boolean NOT NULL DEFAULT false,
    enrol_dt date NOT NULL,
    left_dt  date
);
COMMENT ON TABLE stu IS 'Students (the children); par_id is the parent who is billed';
COMMENT ON COLUMN stu.yr_grp IS 'school year group now, 3-13 (10-11 = GCSE years, 12-13 = sixth form)';
COMMENT ON COLUMN stu.sen IS 'special educational needs noted';
COMMENT ON COLUMN stu.enrol_dt IS 'date of the first lesson booked';
COMMENT ON COLUMN stu.left_dt IS 'date the family stopped the lessons; NULL = still having lessons';

INSERT INTO stu (stu_id, par_id, fnm, snm, yr_grp, sen, enrol_dt, left_dt)
WITH k AS (
    SELECT p.par_id, p.reg_dt, split_part(p.par_nm, ' ', 2) AS sn, k
    FROM par p
    CROSS JOIN generate_series(0, 2) AS k
    WHERE p.par_id % 10 <> 7                       -- enquiries that never booked: parents with no children
      AND k < CASE WHEN p.par_id % 5 = 0 THEN 3 WHEN p.par_id % 3 = 0 THEN 2 ELSE 1 END
), e AS (
    SELECT k.*, k.reg_dt + 14 + k * 45 + (par_id % 4) * 7 AS enrol_dt FROM k
)
SELECT row_number() OVER (ORDER BY par_id, k),
       par_id,
       (ARRAY['Amelia','Arjun','Isla','Leo','Maya','Noah','Ella','Oscar','Ava','Yusuf',
              'Freya','Theo','Ruby','Ethan','Lily','Adam','Mia','Finn','Zainab','Harry',
              'Poppy','Ibrahim','Evie','Max'])[1 + (par_id * 3 + k * 7) % 24],
       sn,
       (3 + (par_id * 5 + k * 4) % 11)::smallint,
       (par_id + k) % 8 = 0,
       enrol_dt,
       CASE WHEN (par_id + k * 3) % 5 = 0
             AND enrol_dt + 150 + (par_id * 11) % 400 <= date '2026-11-30'
            THEN enrol_dt + 150 + (par_id * 11) % 400 END
FROM e;

-- ---------------------------------------------------------------- sess (lessons)
CREATE TABLE sess (
    sess_id integer PRIMARY KEY,
    tut_id  integer NOT NULL REFERENCES tut (tut_id),
    subj    char(2) NOT NULL,
    lvl     smallint NOT NULL,
    sess_dt date NOT NULL,
    st_tm   time NOT NULL,
    dur_min smallint NOT NULL,
    typ     char(1) NOT NULL,
    loc     char(1) NOT NULL,
    stat    char(1) NOT NULL,
    trav_mi numeric(4,1)
);
COMMENT ON TABLE sess IS 'Booked lessons up to 30 Nov 2026, one row per lesson (a group lesson is one row; its students are in sess_stu)';
COMMENT ON COLUMN sess.subj IS 'subject code as in tut_sub.subj: MA = maths, EN = English, SC = combined science, PH = physics, CH = chemistry, BI = biology, FR = French, CS = computer science';
COMMENT ON COLUMN sess.lvl IS 'level code as in tut_sub.lvl: 1 = KS2, 2 = KS3, 3 = GCSE, 4 = A-level, 5 = 11+ prep';
COMMENT ON COLUMN sess.st_tm IS 'start time, UK local';
COMMENT ON COLUMN sess.dur_min IS 'booked length of the lesson, minutes';
COMMENT ON COLUMN sess.typ IS '1 = one-to-one, G = small group (2-4 students)';
COMMENT ON COLUMN sess.loc IS 'O = online, H = at the student''s home';
COMMENT ON COLUMN sess.stat IS 'T = taught, N = cancelled by the family with 24 hours'' notice or more (not charged), L = cancelled by the family with less than 24 hours'' notice (charged in full), X = cancelled by the tutor (not charged)';
COMMENT ON COLUMN sess.trav_mi IS 'miles the tutor drove for a home lesson that took place; NULL for online lessons and lessons that did not happen';

-- staging (temporary tables, gone when the loading session ends)
CREATE TEMP TABLE _st AS
SELECT s.stu_id, s.enrol_dt, coalesce(s.left_dt, date '2026-11-30') AS end_dt,
       (CASE WHEN s.yr_grp <= 4 THEN 1
             WHEN s.yr_grp <= 6 THEN CASE WHEN s.stu_id % 2 = 0 THEN 5 ELSE 1 END
             WHEN s.yr_grp <= 9 THEN 2
             WHEN s.yr_grp <= 11 THEN 3
             ELSE 4 END)::smallint AS lvl,
       row_number() OVER (ORDER BY s.stu_id) AS rn,
       count(*) OVER () AS cnt
FROM stu s;

CREATE TEMP TABLE _ts AS
SELECT ts.tut_id, ts.subj, ts.lvl, t.home_ok,
       row_number() OVER (PARTITION BY ts.lvl ORDER BY ts.tut_id, ts.subj) AS rn,
       count(*) OVER (PARTITION BY ts.lvl) AS cnt
FROM tut_sub ts JOIN tut t ON t.tut_id = ts.tut_id;

-- one-to-one lessons: each student has one or two regular tutor/subject pairings
CREATE TEMP TABLE _one AS
SELECT b.*,
       CASE WHEN g % 13 = 5 THEN 'N'
            WHEN g % 19 = 7 THEN 'L'
            WHEN g % 23 = 3 OR (tut_id IN (5, 14, 27) AND g % 6 = 1) THEN 'X'
            ELSE 'T' END AS stat,
       CASE WHEN NOT home_ok OR stu_id % 3 = 0 THEN 'O' ELSE 'H' END AS loc,
       (CASE lvl WHEN 1 THEN CASE WHEN g % 4 = 0 THEN 60 ELSE 45 END
                 WHEN 4 THEN CASE WHEN g % 3 = 0 THEN 90 ELSE 60 END
                 ELSE 60 END)::smallint AS dur_min
FROM (
    SELECT g, st.stu_id, ts.tut_id, ts.subj, ts.lvl, ts.home_ok,
           st.enrol_dt + (g * 13) % (st.end_dt - st.enrol_dt + 1) AS sess_dt
    FROM generate_series(1, 2600) AS g
    JOIN _st st ON st.rn = 1 + g % st.cnt
    JOIN _ts ts ON ts.lvl = st.lvl AND ts.rn = 1 + (st.stu_id * 5 + g % 2) % ts.cnt
) b;

-- small groups: a weekly class of one tutor, 2-4 students of the same level, for some weeks
CREATE TEMP TABLE _grp AS
SELECT x.*,
       date '2024-09-14' + ((grp_no * 19) % 420)::int AS start_dt,
       CASE WHEN grp_no = max(grp_no) OVER () THEN 2 ELSE 20 + (grp_no * 7) % 15 END AS n_weeks,
       grp_no = max(grp_no) OVER () AS collapsed      -- the newest group never ran: tutor cancelled both weeks
FROM (
    SELECT row_number() OVER (ORDER BY ts.lvl, ts.tut_id, ts.subj)::int AS grp_no, ts.tut_id, ts.subj, ts.lvl, ts.home_ok
    FROM _ts ts
    WHERE ts.lvl IN (2, 3, 4, 5) AND ts.rn % 4 = 1
) x;

CREATE TEMP TABLE _roster AS
SELECT gr.grp_no, c.stu_id
FROM _grp gr
CROSS JOIN LATERAL (
    SELECT st.stu_id FROM _st st
    WHERE st.lvl = gr.lvl AND st.enrol_dt <= gr.start_dt AND st.end_dt >= gr.start_dt + 7 * (gr.n_weeks - 1)::int
    ORDER BY (st.stu_id * 31 + gr.grp_no * 17) % 101, st.stu_id
    LIMIT 2 + gr.grp_no % 3
) c;

CREATE TEMP TABLE _gs AS
SELECT gr.grp_no, w, gr.tut_id, gr.subj, gr.lvl,
       gr.start_dt + 7 * w::int AS sess_dt,
       CASE WHEN gr.collapsed OR (gr.grp_no * 3 + w) % 19 = 5 THEN 'X' ELSE 'T' END AS stat,
       CASE WHEN NOT gr.home_ok OR gr.grp_no % 2 = 0 THEN 'O' ELSE 'H' END AS loc
FROM _grp gr
CROSS JOIN LATERAL generate_series(0, gr.n_weeks - 1) AS w;

CREATE TEMP TABLE _all AS
SELECT row_number() OVER (ORDER BY sess_dt, st_tm, src, k1, k2) AS sess_id, a.*
FROM (
    SELECT 'O' AS src, g AS k1, 0 AS k2, tut_id, subj, lvl, sess_dt,
           CASE WHEN extract(isodow FROM sess_dt) >= 6 THEN time '09:00' ELSE time '15:30' END
             + ((g * 7) % 4) * interval '1 hour' AS st_tm,
           dur_min, '1' AS typ, loc, stat,
           CASE WHEN loc = 'H' AND stat = 'T' THEN (15 + (stu_id * 37) % 110) / 10.0 END AS trav_mi
    FROM _one
    UNION ALL
    SELECT 'G', grp_no, w, tut_id, subj, lvl, sess_dt,
           CASE WHEN extract(isodow FROM sess_dt) >= 6 THEN time '10:30' ELSE time '17:30' END,
           90, 'G', loc, stat,
           CASE WHEN loc = 'H' AND stat = 'T' THEN (20 + (grp_no * 9) % 80) / 10.0 END
    FROM _gs
) a;

INSERT INTO sess (sess_id, tut_id, subj, lvl, sess_dt, st_tm, dur_min, typ, loc, stat, trav_mi)
SELECT sess_id, tut_id, subj, lvl, sess_dt, st_tm, dur_min, typ, loc, stat, trav_mi
FROM _all;

-- ---------------------------------------------------------------- sess_stu (who is booked on each lesson)
CREATE TABLE sess_stu (
    sess_id integer NOT NULL REFERENCES sess (sess_id),
    stu_id  integer NOT NULL REFERENCES stu (stu_id),
    fee     numeric(6,2) NOT NULL,
    att     boolean,
    PRIMARY KEY (sess_id, stu_id)
);
COMMENT ON TABLE sess_stu IS 'Students booked on each lesson: one row for a one-to-one lesson, 2-4 rows for a group lesson';
COMMENT ON COLUMN sess_stu.fee IS 'charged to the student''s parent for this lesson, GBP; 0 when not chargeable';
COMMENT ON COLUMN sess_stu.att IS 'the student turned up; NULL when the lesson did not take place';

INSERT INTO sess_stu (sess_id, stu_id, fee, att)
SELECT a.sess_id, o.stu_id,
       CASE WHEN o.stat IN ('T', 'L')
            THEN (CASE o.lvl WHEN 1 THEN 36 WHEN 2 THEN 40 WHEN 3 THEN 45 WHEN 4 THEN 54 ELSE 42 END) * o.dur_min / 60.0
            ELSE 0 END,
       CASE WHEN o.stat = 'T' THEN true END
FROM _all a JOIN _one o ON a.src = 'O' AND o.g = a.k1
UNION ALL
SELECT a.sess_id, r.stu_id,
       CASE WHEN a.stat = 'T' THEN 36 ELSE 0 END,
       CASE WHEN a.stat = 'T' THEN (r.stu_id + a.k2) % 9 <> 0 END
FROM _all a JOIN _roster r ON a.src = 'G' AND r.grp_no = a.k1;

-- ---------------------------------------------------------------- inv (monthly invoices to parents)
CREATE TABLE inv (
    inv_id   integer PRIMARY KEY,
    par_id   integer NOT NULL REFERENCES par (par_id),
    inv_mth  date NOT NULL,
    iss_dt   date NOT NULL,
    due_dt   date NOT NULL,
    amt      numeric(8,2) NOT NULL,
    paid_amt numeric(8,2) NOT NULL DEFAULT 0,
    paid_dt  date,
    stat     char(1) NOT NULL
);
COMMENT ON TABLE inv IS 'Monthly invoices to parents for their children''s lessons, issued on the 1st of the following month';
COMMENT ON COLUMN inv.inv_mth IS 'first day of the month whose lessons are billed';
COMMENT ON COLUMN inv.due_dt IS 'payment due date (14 days after issue)';
COMMENT ON COLUMN inv.amt IS 'invoice total, GBP';
COMMENT ON COLUMN inv.paid_amt IS 'received against this invoice so far, GBP';
COMMENT ON COLUMN inv.paid_dt IS 'date of the latest payment received; NULL = nothing paid yet';
COMMENT ON COLUMN inv.stat IS 'O = open, nothing paid; P = part paid; F = paid in full; W = written off (balance no longer chased)';

INSERT INTO inv (inv_id, par_id, inv_mth, iss_dt, due_dt, amt, paid_amt, paid_dt, stat)
WITH m AS (
    SELECT st.par_id, date_trunc('month', s.sess_dt)::date AS inv_mth, sum(ss.fee) AS amt
    FROM sess_stu ss
    JOIN sess s ON s.sess_id = ss.sess_id
    JOIN stu st ON st.stu_id = ss.stu_id
    WHERE ss.fee > 0 AND s.sess_dt < date '2026-11-01'      -- November 2026 is invoiced on 1 December
    GROUP BY 1, 2
), n AS (
    SELECT m.*, p.pay_mth,
           row_number() OVER (ORDER BY m.inv_mth, m.par_id) AS rn,
           (inv_mth + interval '1 month')::date AS iss_dt,
           (inv_mth + interval '1 month')::date + 14 AS due_dt
    FROM m JOIN par p ON p.par_id = m.par_id
), s AS (
    SELECT n.*,
           CASE WHEN rn % 37 = 11 AND inv_mth < date '2026-01-01' THEN 'W'
                WHEN rn % 41 = 3 THEN 'O'
                WHEN inv_mth = date '2026-10-01' AND pay_mth <> 'D' AND rn % 3 = 0 THEN 'O'
                WHEN rn % 29 = 6 THEN 'P'
                WHEN inv_mth = date '2026-10-01' AND pay_mth <> 'D' AND rn % 3 = 1 THEN 'P'
                ELSE 'F' END AS stat
    FROM n
)
SELECT rn, par_id, inv_mth, iss_dt, due_dt, amt,
       CASE stat WHEN 'F' THEN amt WHEN 'P' THEN round(amt * 0.5, 2)
                 WHEN 'W' THEN CASE WHEN rn % 2 = 0 THEN round(amt / 3, 2) ELSE 0 END
                 ELSE 0 END,
       CASE stat WHEN 'F' THEN CASE WHEN pay_mth = 'D' THEN due_dt
                                    ELSE least(iss_dt + ((rn * 7) % 30)::int, date '2026-11-30') END
                 WHEN 'P' THEN least(due_dt + (rn % 9)::int, date '2026-11-30')
                 WHEN 'W' THEN CASE WHEN rn % 2 = 0 THEN due_dt + 5 END
                 END,
       stat
FROM s;

-- ---------------------------------------------------------------- pay_run (tutor pay)
CREATE TABLE pay_run (
    run_id  integer PRIMARY KEY,
    tut_id  integer NOT NULL REFERENCES tut (tut_id),
    per_end date NOT NULL,
    hrs     numeric(5,2) NOT NULL,
    gross   numeric(8,2) NOT NULL,
    mil_exp numeric(7,2) NOT NULL DEFAULT 0,
    paid_dt date
);
COMMENT ON TABLE pay_run IS 'Monthly tutor pay runs: one row per tutor per month in which they taught';
COMMENT ON COLUMN pay_run.per_end IS 'last day of the month paid for';
COMMENT ON COLUMN pay_run.hrs IS 'hours taught in the month';
COMMENT ON COLUMN pay_run.gross IS 'pay for the hours taught, GBP (hrs x tut.pay_rt)';
COMMENT ON COLUMN pay_run.mil_exp IS 'mileage allowance for home lessons, GBP (45p a mile)';
COMMENT ON COLUMN pay_run.paid_dt IS 'date the money went out (normally the 5th of the next month); NULL = not paid out yet';

INSERT INTO pay_run (run_id, tut_id, per_end, hrs, gross, mil_exp, paid_dt)
WITH m AS (
    SELECT s.tut_id, (date_trunc('month', s.sess_dt) + interval '1 month - 1 day')::date AS per_end,
           sum(s.dur_min) / 60.0 AS hrs, coalesce(sum(s.trav_mi), 0) AS miles
    FROM sess s
    WHERE s.stat = 'T'
    GROUP BY 1, 2
), n AS (
    SELECT m.*, row_number() OVER (ORDER BY per_end, tut_id)::int AS rn FROM m
)
SELECT rn, n.tut_id, per_end, round(hrs, 2), round(hrs * t.pay_rt, 2), round(miles * 0.45, 2),
       CASE WHEN per_end >= date '2026-11-30' OR rn % 47 = 0 THEN NULL ELSE per_end + 5 END
FROM n JOIN tut t ON t.tut_id = n.tut_id;

-- ---------------------------------------------------------------- mock (mock exam results)
CREATE TABLE mock (
    mock_id integer PRIMARY KEY,
    stu_id  integer NOT NULL,
    subj    char(2) NOT NULL,
    lvl     smallint NOT NULL,
    sat_dt  date NOT NULL,
    pred_gr smallint NOT NULL,
    ach_gr  smallint,
    pct     numeric(4,1)
);
COMMENT ON TABLE mock IS 'Mock exam results of our GCSE and A-level students, as reported by the tutors';
COMMENT ON COLUMN mock.stu_id IS 'student (stu.stu_id); no foreign key, the rows are imported from the tutors'' spreadsheet';
COMMENT ON COLUMN mock.subj IS 'subject code as in tut_sub.subj';
COMMENT ON COLUMN mock.lvl IS '3 = GCSE, 4 = A-level';
COMMENT ON COLUMN mock.sat_dt IS 'date of the mock paper';
COMMENT ON COLUMN mock.pred_gr IS 'grade the tutor predicted before the mock: GCSE 9 (top) to 1; A-level 6 = A*, 5 = A, 4 = B, 3 = C, 2 = D, 1 = E';
COMMENT ON COLUMN mock.ach_gr IS 'grade achieved in the mock, same scale, 0 = U (ungraded); NULL = student was absent';
COMMENT ON COLUMN mock.pct IS 'mark in the mock, percent; NULL = student was absent';

INSERT INTO mock (mock_id, stu_id, subj, lvl, sat_dt, pred_gr, ach_gr, pct)
WITH sit AS (
    SELECT si, d
    FROM unnest(ARRAY[date '2024-11-25', date '2025-03-10', date '2025-11-24', date '2026-03-09', date '2026-11-16'])
         WITH ORDINALITY AS u(d, si)
), b AS (
    SELECT s.stu_id, si, d + j AS sat_dt, j,
           (ARRAY['MA','EN','PH','CH','BI','FR','CS'])[1 + (s.stu_id + j * 3) % 7] AS subj,
           CASE WHEN s.yr_grp >= 12 THEN 4 ELSE 3 END AS lvl,
           CASE WHEN s.yr_grp >= 12 THEN 2 + (s.stu_id + j) % 5 ELSE 4 + (s.stu_id * 3 + j) % 6 END AS pred
    FROM stu s
    JOIN sit ON sit.d BETWEEN s.enrol_dt AND coalesce(s.left_dt, date '2026-11-30')
    CROSS JOIN generate_series(0, 2) AS j
    WHERE s.yr_grp >= 10 AND s.stu_id % 7 <> 0 AND j <= 1 + s.stu_id % 2
), g AS (
    SELECT b.*,
           CASE WHEN (stu_id + j * 2 + si) % 14 = 0 THEN NULL
                ELSE greatest(0, least(CASE WHEN lvl = 4 THEN 6 ELSE 9 END,
                                       pred + (stu_id * 7 + j * 5 + si * 3) % 5 - 2)) END AS ach
    FROM b
)
SELECT row_number() OVER (ORDER BY sat_dt, stu_id, subj), stu_id, subj, lvl, sat_dt, pred, ach,
       CASE WHEN ach IS NULL THEN NULL
            WHEN lvl = 4 THEN least(100, 22 + ach * 12 + (stu_id + j + si) % 10)
            ELSE least(100, ach * 10 + 3 + (stu_id * 3 + j + si) % 9) END
FROM g;

DROP TABLE _gs, _roster, _grp, _one, _all, _ts, _st;

ANALYZE;
