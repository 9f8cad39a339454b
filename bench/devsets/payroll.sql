-- Made-up schema: HR and payroll of a mid-sized company (departments, positions / job grades,
-- employees, weekly timesheets, pay runs, payslips, payslip deduction lines, leave requests).
-- Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off is
-- 2025-11-30. Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS leave_req;
DROP TABLE IF EXISTS payslip_ded;
DROP TABLE IF EXISTS payslip;
DROP TABLE IF EXISTS pay_run;
DROP TABLE IF EXISTS tsheet;
DROP TABLE IF EXISTS emp;
DROP TABLE IF EXISTS job_pos;
DROP TABLE IF EXISTS dept;

-- ---------------------------------------------------------------- dept (departments)
CREATE TABLE dept (
    dept_id    integer PRIMARY KEY,
    dept_nm    text NOT NULL,
    cost_ctr   varchar(6) NOT NULL,
    site       text NOT NULL
);
COMMENT ON COLUMN dept.cost_ctr IS 'finance cost centre code';

INSERT INTO dept (dept_id, dept_nm, cost_ctr, site) VALUES
    (1,  'Finance',          'CC100', 'Head office'),
    (2,  'Human Resources',  'CC110', 'Head office'),
    (3,  'Engineering',      'CC200', 'Tech park'),
    (4,  'Sales',            'CC300', 'Head office'),
    (5,  'Marketing',        'CC310', 'Head office'),
    (6,  'Customer Support', 'CC400', 'Tech park'),
    (7,  'Operations',       'CC500', 'Depot'),
    (8,  'Warehouse',        'CC510', 'Depot'),
    (9,  'IT',               'CC210', 'Tech park'),
    (10, 'Legal',            'CC120', 'Head office');

-- ---------------------------------------------------------------- job_pos (positions and their job grades)
CREATE TABLE job_pos (
    pos_id       integer PRIMARY KEY,
    pos_title    text NOT NULL,
    grade_cd     char(2) NOT NULL,
    min_sal      numeric(10,2) NOT NULL,
    max_sal      numeric(10,2) NOT NULL,
    ot_eligible  boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE job_pos IS 'Positions (job titles) with their job grade and salary band';
COMMENT ON COLUMN job_pos.grade_cd IS 'job grade, G1 (lowest) to G7 (highest)';
COMMENT ON COLUMN job_pos.min_sal IS 'bottom of the annual salary band, EUR';
COMMENT ON COLUMN job_pos.max_sal IS 'top of the annual salary band, EUR';
COMMENT ON COLUMN job_pos.ot_eligible IS 'position is paid for overtime';

INSERT INTO job_pos (pos_id, pos_title, grade_cd, min_sal, max_sal, ot_eligible) VALUES
    (1,  'Head of Department',     'G7', 95000, 140000, false),
    (2,  'Senior Engineer',        'G5', 70000,  95000, false),
    (3,  'Software Engineer',      'G4', 52000,  72000, false),
    (4,  'Accountant',             'G4', 46000,  62000, false),
    (5,  'Sales Representative',   'G3', 36000,  50000, true),
    (6,  'Support Agent',          'G2', 29000,  38000, true),
    (7,  'Warehouse Operative',    'G1', 25000,  32000, true),
    (8,  'HR Specialist',          'G3', 38000,  52000, false),
    (9,  'Marketing Specialist',   'G3', 38000,  54000, false),
    (10, 'IT Technician',          'G3', 36000,  48000, true),
    (11, 'Operations Coordinator', 'G3', 35000,  47000, true),
    (12, 'Legal Counsel',          'G5', 68000,  92000, false),
    (13, 'Team Lead',              'G5', 62000,  85000, false),
    (14, 'Analyst',                'G4', 45000,  63000, false);

-- ---------------------------------------------------------------- emp (employees / staff)
CREATE TABLE emp (
    emp_no      integer PRIMARY KEY,
    first_nm    text NOT NULL,
    last_nm     text NOT NULL,
    email       text NOT NULL,
    dept_id     integer NOT NULL REFERENCES dept (dept_id),
    pos_id      integer NOT NULL REFERENCES job_pos (pos_id),
    mgr_emp_no  integer,
    hire_dt     date NOT NULL,
    term_dt     date,
    emp_type    char(1) NOT NULL,
    fte         numeric(3,2) NOT NULL,
    base_sal    numeric(10,2) NOT NULL,
    is_remote   boolean NOT NULL DEFAULT false,
    union_mbr   boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE emp IS 'Employees, current and former';
COMMENT ON COLUMN emp.mgr_emp_no IS 'line manager (emp.emp_no); NULL = reports to the board';
COMMENT ON COLUMN emp.term_dt IS 'last day of employment; NULL = still employed';
COMMENT ON COLUMN emp.emp_type IS 'F = full-time, P = part-time, C = fixed-term contract';
COMMENT ON COLUMN emp.fte IS 'full-time equivalent, 1.00 = full time';
COMMENT ON COLUMN emp.base_sal IS 'annual base salary actually paid (already scaled by fte), EUR';
COMMENT ON COLUMN emp.union_mbr IS 'member of the trade union (union dues are deducted from pay)';

INSERT INTO emp (emp_no, first_nm, last_nm, email, dept_id, pos_id, mgr_emp_no, hire_dt, term_dt,
                 emp_type, fte, base_sal, is_remote, union_mbr)
WITH b AS (
    SELECT g,
           CASE WHEN g <= 10 THEN g
                ELSE (ARRAY[3,3,3,4,4,6,6,7,8,8,1,2,5,9,3,4,6,10,8,7,9,3])[1 + (g * 7) % 22] END AS dept_id,
           (ARRAY['Anna','Ben','Clara','David','Eva','Felix','Greta','Hugo','Ines','Jan','Kira','Leo','Mona','Nils',
                  'Olga','Paul','Rosa','Sven','Tara','Umar','Vera','Yusuf'])[1 + g % 22] AS fn,
           (ARRAY['Meyer','Schulz','Wagner','Becker','Hoffmann','Koch','Richter','Klein','Wolf','Neumann',
                  'Braun','Zimmermann','Kruger','Hartmann','Lange','Werner','Krause'])[1 + (g * 5) % 17] AS ln,
           CASE WHEN g <= 10 THEN date '2015-06-01' + g * 40
                ELSE date '2016-01-04' + (g * 1009) % 3600
                     + CASE extract(isodow FROM date '2016-01-04' + (g * 1009) % 3600) WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END
                END AS hire_dt
    FROM generate_series(1, 110) AS g
), p AS (
    SELECT b.*,
           CASE WHEN g <= 10 THEN 1
                WHEN dept_id = 1 THEN CASE WHEN g % 3 = 0 THEN 14 ELSE 4 END
                WHEN dept_id = 2 THEN 8
                WHEN dept_id = 3 THEN CASE WHEN g % 5 = 0 THEN 13 WHEN g % 3 = 0 THEN 2 ELSE 3 END
                WHEN dept_id = 4 THEN CASE WHEN g % 6 = 0 THEN 13 ELSE 5 END
                WHEN dept_id = 5 THEN CASE WHEN g % 4 = 0 THEN 14 ELSE 9 END
                WHEN dept_id = 6 THEN CASE WHEN g % 7 = 0 THEN 13 ELSE 6 END
                WHEN dept_id = 7 THEN 11
                WHEN dept_id = 8 THEN CASE WHEN g % 8 = 0 THEN 13 ELSE 7 END
                WHEN dept_id = 9 THEN CASE WHEN g % 2 = 0 THEN 10 ELSE 3 END
                ELSE 12 END AS pos_id,
           CASE WHEN g <= 10 THEN 'F' WHEN g % 7 = 0 THEN 'P' WHEN g % 11 = 0 THEN 'C' ELSE 'F' END AS emp_type,
           CASE WHEN g % 9 = 0 AND g > 10 AND hire_dt + 200 + (g * 17) % 700 <= date '2025-11-30'
                THEN hire_dt + 200 + (g * 17) % 700 END AS term_dt
    FROM b
)
SELECT 1000 + p.g, p.fn, p.ln,
       lower(p.fn || '.' || p.ln || (1000 + p.g)::text || '@corp.example'),
       p.dept_id, p.pos_id,
       CASE WHEN p.g = 1 THEN NULL WHEN p.g <= 10 THEN 1001 ELSE 1000 + p.dept_id END,
       p.hire_dt, p.term_dt, p.emp_type,
       CASE WHEN p.emp_type = 'P' THEN CASE WHEN p.g % 2 = 0 THEN 0.50 ELSE 0.60 END ELSE 1.00 END,
       round((CASE WHEN p.g % 17 = 0 THEN j.min_sal * 0.94
                   WHEN p.g % 23 = 0 THEN j.max_sal * 1.06
                   ELSE j.min_sal + (j.max_sal - j.min_sal) * ((p.g * 37) % 100) / 100.0 END)
             * (CASE WHEN p.emp_type = 'P' THEN CASE WHEN p.g % 2 = 0 THEN 0.50 ELSE 0.60 END ELSE 1.00 END) / 100.0, 0) * 100,
       p.g % 4 = 1,
       j.ot_eligible AND p.g % 2 = 0
FROM p JOIN job_pos j ON j.pos_id = p.pos_id;

-- ---------------------------------------------------------------- tsheet (weekly timesheets)
CREATE TABLE tsheet (
    ts_id         integer PRIMARY KEY,
    emp_no        integer NOT NULL,
    wk_start      date NOT NULL,
    reg_hrs       numeric(4,1) NOT NULL,
    ot_hrs        numeric(4,1) NOT NULL DEFAULT 0,
    proj_cd       varchar(8),
    appr_status   char(1) NOT NULL,
    submitted_at  timestamptz NOT NULL
);
COMMENT ON TABLE tsheet IS 'Weekly timesheets, one per employee and week (2025)';
COMMENT ON COLUMN tsheet.emp_no IS 'employee (emp.emp_no)';
COMMENT ON COLUMN tsheet.wk_start IS 'Monday of the week';
COMMENT ON COLUMN tsheet.reg_hrs IS 'regular hours worked';
COMMENT ON COLUMN tsheet.ot_hrs IS 'overtime hours worked on top of the regular hours';
COMMENT ON COLUMN tsheet.proj_cd IS 'project the time is charged to; NULL = internal / no project';
COMMENT ON COLUMN tsheet.appr_status IS 'A = approved by the manager, P = pending approval, X = rejected (to be resubmitted)';

INSERT INTO tsheet (ts_id, emp_no, wk_start, reg_hrs, ot_hrs, proj_cd, appr_status, submitted_at)
WITH w AS (
    SELECT e.emp_no, e.fte, e.dept_id, j.ot_eligible, wk::date AS wk_start,
           (wk::date - date '2025-01-06') / 7 AS wn
    FROM emp e
    JOIN job_pos j ON j.pos_id = e.pos_id
    CROSS JOIN generate_series(date '2025-01-06', date '2025-11-24', interval '7 days') AS wk
    WHERE e.hire_dt <= wk::date + 4
      AND (e.term_dt IS NULL OR e.term_dt >= wk::date)
), n AS (
    SELECT w.*, row_number() OVER (ORDER BY wk_start, emp_no) AS rn FROM w
)
SELECT rn, emp_no, wk_start,
       CASE WHEN (emp_no + wn) % 19 = 0 THEN 40 * fte - 8 ELSE 40 * fte END,
       CASE WHEN ot_eligible THEN greatest(0, (emp_no * 3 + wn * 7) % 13 - 6) + CASE WHEN wn % 2 = 1 AND emp_no % 5 = 0 THEN 0.5 ELSE 0 END
            WHEN (emp_no + wn) % 23 = 0 THEN 2
            ELSE 0 END,
       CASE WHEN dept_id IN (3, 9) THEN 'PRJ-' || (10 + (emp_no + wn / 8) % 6)::text
            WHEN dept_id = 4 AND wn % 3 = 0 THEN 'PRJ-20' ELSE NULL END,
       CASE WHEN wk_start >= date '2025-11-17' AND emp_no % 3 <> 0 THEN 'P'
            WHEN (emp_no + wn) % 31 = 0 THEN 'X'
            WHEN (emp_no * wn) % 43 = 7 THEN 'P'
            ELSE 'A' END,
       (wk_start + 4 + time '15:00') AT TIME ZONE 'UTC' + (emp_no % 5) * interval '47 minutes'
FROM n;

-- ---------------------------------------------------------------- pay_run (pay runs / pay periods)
CREATE TABLE pay_run (
    run_id        integer PRIMARY KEY,
    period_start  date NOT NULL,
    period_end    date NOT NULL,
    pay_dt        date NOT NULL,
    run_type      char(1) NOT NULL,
    posted_to_gl  boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE pay_run IS 'Payroll runs; each run pays one period';
COMMENT ON COLUMN pay_run.run_type IS 'R = regular monthly payroll, B = bonus payout, C = off-cycle correction';
COMMENT ON COLUMN pay_run.pay_dt IS 'date the money was paid out';
COMMENT ON COLUMN pay_run.posted_to_gl IS 'journal posted to the general ledger';

INSERT INTO pay_run (run_id, period_start, period_end, pay_dt, run_type, posted_to_gl)
WITH r AS (
    SELECT m::date AS period_start, (m + interval '1 month' - interval '1 day')::date AS period_end,
           (m::date + 24) AS pay_dt, 'R' AS run_type
    FROM generate_series(date '2024-01-01', date '2025-11-01', interval '1 month') AS m
    UNION ALL SELECT date '2024-01-01', date '2024-12-31', date '2024-12-18', 'B'
    UNION ALL SELECT date '2025-02-01', date '2025-02-28', date '2025-03-12', 'C'
    UNION ALL SELECT date '2025-01-01', date '2025-06-30', date '2025-07-15', 'B'
)
SELECT row_number() OVER (ORDER BY pay_dt), period_start, period_end, pay_dt, run_type,
       pay_dt < date '2025-11-20'
FROM r;

-- ---------------------------------------------------------------- payslip
CREATE TABLE payslip (
    slip_id     integer PRIMARY KEY,
    run_id      integer NOT NULL REFERENCES pay_run (run_id),
    emp_no      integer NOT NULL REFERENCES emp (emp_no),
    gross_amt   numeric(10,2) NOT NULL,
    ot_amt      numeric(10,2) NOT NULL DEFAULT 0,
    ded_amt     numeric(10,2) NOT NULL DEFAULT 0,
    net_amt     numeric(10,2) NOT NULL DEFAULT 0,
    pay_mthd    char(1) NOT NULL
);
COMMENT ON COLUMN payslip.gross_amt IS 'gross pay for the run, EUR, overtime included';
COMMENT ON COLUMN payslip.ot_amt IS 'overtime pay included in gross_amt, EUR';
COMMENT ON COLUMN payslip.ded_amt IS 'sum of the deduction lines, EUR';
COMMENT ON COLUMN payslip.net_amt IS 'net (take-home) pay = gross - deductions, EUR';
COMMENT ON COLUMN payslip.pay_mthd IS 'B = bank transfer, Q = cheque';

INSERT INTO payslip (slip_id, run_id, emp_no, gross_amt, ot_amt, pay_mthd)
WITH s AS (
    -- regular monthly runs: everybody employed during the period
    SELECT r.run_id, r.pay_dt, e.emp_no,
           round(e.base_sal / 12, 2) AS base_part,
           CASE WHEN NOT j.ot_eligible THEN 0
                WHEN r.period_start >= date '2025-01-01' THEN
                     round(coalesce((SELECT sum(t.ot_hrs) FROM tsheet t
                                     WHERE t.emp_no = e.emp_no AND t.appr_status = 'A'
                                       AND t.wk_start BETWEEN r.period_start AND r.period_end), 0)
                           * e.base_sal / (2080 * e.fte) * 1.5, 2)
                ELSE round(((e.emp_no + r.run_id) % 5) * 2 * e.base_sal / (2080 * e.fte) * 1.5, 2) END AS ot_amt
    FROM pay_run r
    JOIN emp e ON e.hire_dt <= r.period_end AND (e.term_dt IS NULL OR e.term_dt >= r.period_start)
    JOIN job_pos j ON j.pos_id = e.pos_id
    WHERE r.run_type = 'R'
    UNION ALL
    -- bonus runs: staff employed at the end of the period, not everybody gets one
    SELECT r.run_id, r.pay_dt, e.emp_no,
           round(e.base_sal * (0.03 + (e.emp_no % 4) * 0.01), 2), 0
    FROM pay_run r
    JOIN emp e ON e.hire_dt <= r.period_end - 90 AND (e.term_dt IS NULL OR e.term_dt >= r.period_end)
    WHERE r.run_type = 'B' AND e.emp_no % 3 <> 0 AND e.emp_type <> 'C'
    UNION ALL
    -- the February 2025 correction run
    SELECT r.run_id, r.pay_dt, e.emp_no, 40 + (e.emp_no * 13) % 260, 0
    FROM pay_run r
    JOIN emp e ON e.hire_dt <= r.period_end AND (e.term_dt IS NULL OR e.term_dt >= r.period_start)
    WHERE r.run_type = 'C' AND e.emp_no % 9 = 2
)
SELECT row_number() OVER (ORDER BY pay_dt, emp_no), run_id, emp_no, base_part + ot_amt, ot_amt,
       CASE WHEN emp_no % 19 = 0 THEN 'Q' ELSE 'B' END
FROM s;

-- ---------------------------------------------------------------- payslip_ded (deduction lines of a payslip)
CREATE TABLE payslip_ded (
    ded_id    integer PRIMARY KEY,
    slip_id   integer NOT NULL REFERENCES payslip (slip_id),
    ded_cd    varchar(4) NOT NULL,
    ded_amt   numeric(9,2) NOT NULL
);
COMMENT ON TABLE payslip_ded IS 'Deduction lines of each payslip';
COMMENT ON COLUMN payslip_ded.ded_cd IS 'TAX = income tax withheld, PEN = pension contribution, HLTH = health insurance, UNI = union dues, LOAN = staff loan repayment';
COMMENT ON COLUMN payslip_ded.ded_amt IS 'amount deducted, EUR';

INSERT INTO payslip_ded (ded_id, slip_id, ded_cd, ded_amt)
WITH d AS (
    SELECT s.slip_id, 1 AS k, 'TAX' AS ded_cd,
           round(s.gross_amt * CASE WHEN s.gross_amt > 6000 THEN 0.28 WHEN s.gross_amt > 3500 THEN 0.22 ELSE 0.15 END, 2) AS amt
    FROM payslip s
    UNION ALL
    SELECT s.slip_id, 2, 'PEN', round(s.gross_amt * 0.05, 2)
    FROM payslip s JOIN pay_run r ON r.run_id = s.run_id JOIN emp e ON e.emp_no = s.emp_no
    WHERE r.run_type = 'R' AND e.emp_type <> 'C'
    UNION ALL
    SELECT s.slip_id, 3, 'HLTH', CASE WHEN e.emp_no % 5 = 0 THEN 140.00 ELSE 85.00 END
    FROM payslip s JOIN pay_run r ON r.run_id = s.run_id JOIN emp e ON e.emp_no = s.emp_no
    WHERE r.run_type = 'R' AND e.emp_no % 3 <> 2
    UNION ALL
    SELECT s.slip_id, 4, 'UNI', 22.50
    FROM payslip s JOIN pay_run r ON r.run_id = s.run_id JOIN emp e ON e.emp_no = s.emp_no
    WHERE r.run_type = 'R' AND e.union_mbr
    UNION ALL
    SELECT s.slip_id, 5, 'LOAN', 150.00
    FROM payslip s JOIN pay_run r ON r.run_id = s.run_id
    WHERE r.run_type = 'R' AND s.emp_no % 13 = 4 AND r.pay_dt >= date '2024-09-01'
)
SELECT row_number() OVER (ORDER BY slip_id, k), slip_id, ded_cd, amt FROM d;

UPDATE payslip s
SET ded_amt = d.total, net_amt = s.gross_amt - d.total
FROM (SELECT slip_id, sum(ded_amt) AS total FROM payslip_ded GROUP BY slip_id) d
WHERE d.slip_id = s.slip_id;

-- ---------------------------------------------------------------- leave_req (leave requests)
CREATE TABLE leave_req (
    req_id        integer PRIMARY KEY,
    emp_no        integer NOT NULL REFERENCES emp (emp_no),
    leave_cd      char(2) NOT NULL,
    start_dt      date NOT NULL,
    end_dt        date NOT NULL,
    days_cnt      numeric(4,1) NOT NULL,
    req_status    char(1) NOT NULL,
    requested_at  timestamptz NOT NULL,
    decided_by    integer
);
COMMENT ON TABLE leave_req IS 'Leave (time off) requests';
COMMENT ON COLUMN leave_req.leave_cd IS 'AN = annual leave (vacation), SK = sick leave, PA = parental leave, UP = unpaid leave, TR = training';
COMMENT ON COLUMN leave_req.days_cnt IS 'working days requested; 0.5 = half a day';
COMMENT ON COLUMN leave_req.req_status IS 'A = approved, P = pending, X = rejected, C = cancelled by the employee';
COMMENT ON COLUMN leave_req.decided_by IS 'emp_no of the manager who approved or rejected; NULL = no decision';

INSERT INTO leave_req (req_id, emp_no, leave_cd, start_dt, end_dt, days_cnt, req_status, requested_at, decided_by)
WITH c AS (
    SELECT g,
           CASE WHEN (1 + (g * 13) % 110) % 10 = 7 THEN 1001 + (g * 13) % 110 + 1
                ELSE 1001 + (g * 13) % 110 END AS emp_no,             -- a few people never ask for leave
           date '2024-01-08' + (g * 29) % 690
               + CASE extract(isodow FROM date '2024-01-08' + (g * 29) % 690) WHEN 6 THEN -1 WHEN 7 THEN 1 ELSE 0 END AS start_dt,
           CASE WHEN g % 10 IN (0, 3, 6) THEN 'SK' WHEN g % 23 = 0 THEN 'PA' WHEN g % 17 = 0 THEN 'UP'
                WHEN g % 19 = 0 THEN 'TR' ELSE 'AN' END AS leave_cd
    FROM generate_series(1, 700) AS g
), d AS (
    SELECT c.*,
           CASE leave_cd WHEN 'SK' THEN CASE WHEN g % 9 = 0 THEN 0.5 ELSE 1 + g % 4 END
                         WHEN 'PA' THEN 20 + g % 40
                         WHEN 'UP' THEN 2 + g % 5
                         WHEN 'TR' THEN 1 + g % 3
                         ELSE 1 + (g * 7) % 10 END AS days_cnt
    FROM c
), s AS (
    SELECT d.*, e.mgr_emp_no,
           CASE WHEN start_dt > date '2025-11-10' THEN 'P'
                WHEN leave_cd = 'SK' THEN CASE WHEN g % 13 = 0 THEN 'X' ELSE 'A' END
                WHEN g % 11 = 0 THEN 'X'
                WHEN g % 14 = 0 THEN 'C'
                WHEN g % 37 = 0 THEN 'P'
                ELSE 'A' END AS req_status,
           row_number() OVER (ORDER BY start_dt, g) AS rn
    FROM d JOIN emp e ON e.emp_no = d.emp_no
    WHERE e.hire_dt <= d.start_dt AND (e.term_dt IS NULL OR e.term_dt >= d.start_dt)
)
SELECT rn, emp_no, leave_cd, start_dt,
       start_dt + greatest(ceil(days_cnt * 7 / 5.0)::int - 1, 0),
       days_cnt, req_status,
       (start_dt - CASE WHEN leave_cd = 'SK' THEN 0 ELSE 7 + g % 30 END + time '08:30') AT TIME ZONE 'UTC'
           + (g % 7) * interval '53 minutes',
       CASE WHEN req_status IN ('A', 'X') THEN coalesce(mgr_emp_no, 1002) END
FROM s;
