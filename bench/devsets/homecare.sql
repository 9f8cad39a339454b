-- Wensum Valley Home Care Ltd - office database (Dereham, Norfolk)
-- We are a small domiciliary care agency: our carers visit clients in their own
-- homes around mid Norfolk (Dereham, Wymondham, Aylsham, Swaffham, Watton, Diss...).
-- Each client has a package of calls: morning, lunch, tea and bed calls, each booked
-- for a set length. The carer logs in and out on the phone app, so every call has an
-- actual start and finish - blank when the call never happened. Missed calls and calls
-- more than 30 minutes late get flagged by the office with a reason.
-- Clients are funded by Norfolk County Council, privately (self-funders) or by the NHS
-- (Continuing Healthcare); each client has an hourly rate and we invoice monthly.
-- Carers are paid monthly for the hours they work plus mileage between calls.
-- Care plans are reviewed every 6 months; medication given on a call is recorded on
-- the MAR (given / refused / not available). Complaints and compliments go in the
-- feedback log. Data runs from January 2024 to the end of November 2026.

DROP TABLE IF EXISTS mar_lines;
DROP TABLE IF EXISTS call_flags;
DROP TABLE IF EXISTS inv_lines;
DROP TABLE IF EXISTS invoices;
DROP TABLE IF EXISTS carer_pay;
DROP TABLE IF EXISTS feedback;
DROP TABLE IF EXISTS visits;
DROP TABLE IF EXISTS care_plans;
DROP TABLE IF EXISTS medication;
DROP TABLE IF EXISTS client;
DROP TABLE IF EXISTS carers;
DROP TABLE IF EXISTS funding;

-- ---------------------------------------------------------------- funding
CREATE TABLE funding (
    fund_cd     char(1) PRIMARY KEY,
    fund_name   text NOT NULL,
    payer       text NOT NULL,
    std_rate    numeric(6,2) NOT NULL,
    terms_days  int NOT NULL
);
COMMENT ON TABLE funding IS 'Who pays for a client''s care, with the standard hourly rate and how long they take to pay';
COMMENT ON COLUMN funding.fund_cd IS 'Funding type: C = Norfolk County Council, P = private / self-funded, N = NHS Continuing Healthcare (CHC)';
COMMENT ON COLUMN funding.payer IS 'Who the invoices go to';
COMMENT ON COLUMN funding.std_rate IS 'Standard hourly rate we charge for this funding type (GBP per hour)';
COMMENT ON COLUMN funding.terms_days IS 'Payment terms in days after the invoice date';

INSERT INTO funding VALUES
 ('C', 'Norfolk County Council', 'NCC Adult Social Services, County Hall, Norwich', 24.16, 30),
 ('P', 'Private / self-funded', 'The client or their family / attorney', 29.50, 14),
 ('N', 'NHS Continuing Healthcare', 'NHS Norfolk & Waveney ICB - CHC team', 26.50, 45);

-- ---------------------------------------------------------------- carers
CREATE TABLE carers (
    carer_id      int PRIMARY KEY,
    full_name     text NOT NULL,
    role_cd       char(1) NOT NULL,
    start_dt      date NOT NULL,
    leave_dt      date,
    pay_rate      numeric(5,2) NOT NULL,
    drives        boolean NOT NULL,
    mileage_rate  numeric(4,2) NOT NULL,
    phone         text,
    notes         text
);
COMMENT ON TABLE carers IS 'Our care staff, past and present';
COMMENT ON COLUMN carers.role_cd IS 'Role: C = care worker, S = senior carer (does assessments and reviews), T = trainee (still on induction / Care Certificate)';
COMMENT ON COLUMN carers.start_dt IS 'First day with us (first week is shadowing, no calls of their own)';
COMMENT ON COLUMN carers.leave_dt IS 'Last day with us; empty = still works for us';
COMMENT ON COLUMN carers.pay_rate IS 'Current hourly pay rate in GBP (earlier rates are on the pay runs)';
COMMENT ON COLUMN carers.drives IS 'Uses own car for work; non-drivers walk or cycle and claim no mileage';
COMMENT ON COLUMN carers.mileage_rate IS 'Mileage paid per mile between calls in GBP (0 for non-drivers)';

INSERT INTO carers VALUES
 ( 1, 'Sharon Bishop',   'S', '2019-03-04', NULL,         13.85, true,  0.45, '07700 900101', 'Registered manager''s deputy, does most reviews'),
 ( 2, 'Karen Dyble',     'C', '2020-06-15', NULL,         12.75, true,  0.45, '07700 900102', NULL),
 ( 3, 'Tomasz Nowak',    'C', '2021-09-01', NULL,         12.75, true,  0.45, '07700 900103', NULL),
 ( 4, 'Joanne Pegg',     'S', '2018-01-08', NULL,         13.85, true,  0.45, '07700 900104', 'Medication champion'),
 ( 5, 'Michelle Thrower','C', '2022-02-14', '2025-08-29', 12.60, true,  0.45, '07700 900105', 'Left to work at the hospital'),
 ( 6, 'Dean Howes',      'C', '2023-05-02', NULL,         12.75, true,  0.45, '07700 900106', NULL),
 ( 7, 'Aisha Rahman',    'C', '2023-11-20', NULL,         12.75, false, 0.00, '07700 900107', 'Does not drive - town calls only'),
 ( 8, 'Becky Loades',    'T', '2024-03-04', '2024-10-31', 11.44, true,  0.45, '07700 900108', 'Did not finish induction'),
 ( 9, 'Lorraine Gotts',  'C', '2024-06-10', NULL,         12.75, true,  0.45, '07700 900109', NULL),
 (10, 'Gary Spinks',     'C', '2024-09-16', '2026-02-27', 12.60, true,  0.45, '07700 900110', 'Dismissed - repeated missed calls'),
 (11, 'Chloe Ward',      'T', '2025-01-06', NULL,         12.21, true,  0.45, '07700 900111', NULL),
 (12, 'Precious Moyo',   'C', '2025-04-22', NULL,         12.75, false, 0.00, '07700 900112', 'Sponsored visa'),
 (13, 'Stephen Platten', 'C', '2025-10-01', '2025-12-31', 12.60, true,  0.45, '07700 900113', 'Winter cover only'),
 (14, 'Natalia Sokol',   'T', '2026-11-30', NULL,         12.21, true,  0.45, '07700 900114', 'Induction week - shadowing, not on the rota yet');

-- ---------------------------------------------------------------- client
CREATE TABLE client (
    client_id    int PRIMARY KEY,
    full_name    text NOT NULL,
    town         text NOT NULL,
    postcode     text,
    fund_cd      char(1) NOT NULL REFERENCES funding(fund_cd),
    hourly_rate  numeric(6,2) NOT NULL,
    disc_pct     numeric(4,1) NOT NULL DEFAULT 0,
    pkg          text NOT NULL,
    start_dt     date NOT NULL,
    end_dt       date,
    end_reason   char(1),
    key_safe     boolean NOT NULL,
    lives_alone  boolean NOT NULL,
    notes        text
);
COMMENT ON TABLE client IS 'People we care for (current and former)';
COMMENT ON COLUMN client.fund_cd IS 'Who funds the care, see funding: C = council, P = private, N = NHS CHC';
COMMENT ON COLUMN client.hourly_rate IS 'What we charge for this client per hour of care (GBP)';
COMMENT ON COLUMN client.disc_pct IS 'Discount % we give on invoices (a few long-standing private clients)';
COMMENT ON COLUMN client.pkg IS 'Daily calls in the package, one letter per call: M = morning, L = lunch, T = tea, B = bed';
COMMENT ON COLUMN client.start_dt IS 'Date the package of care started';
COMMENT ON COLUMN client.end_dt IS 'Date care ended; empty = still a client';
COMMENT ON COLUMN client.end_reason IS 'Why care ended: D = passed away, R = moved into a residential / nursing home, H = long stay in hospital, O = other (moved away etc.); empty while still a client';
COMMENT ON COLUMN client.key_safe IS 'There is a key safe at the property';

INSERT INTO client VALUES
 ( 1, 'Margaret Eastwood', 'Dereham',      'NR19 1AB', 'C', 24.16,  0, 'MLTB', '2021-05-10', NULL,         NULL, true,  true,  'Hoist - double up not needed, stand aid'),
 ( 2, 'Arthur Bunn',       'Wymondham',    'NR18 0QT', 'P', 28.00,  5, 'MB',   '2020-11-02', NULL,         NULL, false, false, 'Wife at home, son holds LPA'),
 ( 3, 'Doris Thirtle',     'Aylsham',      'NR11 6EX', 'C', 24.16,  0, 'MLT',  '2022-03-14', '2024-09-18', 'D',  true,  true,  NULL),
 ( 4, 'Reginald Cossey',   'Norwich',      'NR5 8LJ',  'N', 26.50,  0, 'MLTB', '2023-01-09', NULL,         NULL, true,  true,  'PEG fed - nurses do the feeds'),
 ( 5, 'Joan Pycraft',      'Swaffham',     'PE37 7DQ', 'C', 24.16,  0, 'MB',   '2022-07-25', NULL,         NULL, true,  true,  NULL),
 ( 6, 'Kenneth Gooch',     'Watton',       'IP25 6AZ', 'P', 29.50,  0, 'MT',   '2023-04-03', '2025-05-30', 'R',  false, false, 'Moved to Wayland House'),
 ( 7, 'Winifred Barnard',  'Hingham',      'NR9 4HP',  'C', 24.16,  0, 'MLTB', '2021-10-18', NULL,         NULL, true,  true,  'Dog - keep in kitchen'),
 ( 8, 'Edna Mayes',        'Norwich',      'NR3 2PA',  'C', 24.16,  0, 'ML',   '2023-08-21', NULL,         NULL, true,  true,  NULL),
 ( 9, 'Roy Leeder',        'Attleborough', 'NR17 2JB', 'N', 26.50,  0, 'MTB',  '2024-04-15', NULL,         NULL, true,  false, NULL),
 (10, 'Peggy Howlett',     'Diss',         'IP22 4LS', 'P', 31.00,  0, 'MLB',  '2022-12-05', '2026-10-02', 'R',  false, true,  'Daughter in Australia - email invoices'),
 (11, 'Cyril Blyth',       'Reepham',      'NR10 4JJ', 'C', 24.16,  0, 'MB',   '2023-02-20', '2026-01-14', 'D',  true,  true,  NULL),
 (12, 'Brenda Sparkes',    'Dereham',      'NR19 2EF', 'C', 24.16,  0, 'MLT',  '2022-09-12', NULL,         NULL, true,  true,  NULL),
 (13, 'Dennis Utting',     'Wymondham',    'NR18 9RE', 'P', 29.50, 10, 'MTB',  '2024-08-01', NULL,         NULL, false, false, 'Ex-employee''s father - 10% agreed by MD'),
 (14, 'Olive Catchpole',   'Aylsham',      'NR11 6HG', 'C', 24.16,  0, 'M',    '2021-06-28', NULL,         NULL, true,  true,  NULL),
 (15, 'Frank Buxton',      'Norwich',      'NR6 7BQ',  'N', 26.50,  0, 'MLTB', '2023-06-05', '2026-08-12', 'H',  true,  true,  'Admitted N&N, not expected home'),
 (16, 'Iris Fairweather',  'Watton',       'IP25 6RT', 'C', 24.16,  0, 'MB',   '2025-01-01', NULL,         NULL, true,  true,  'Started New Year''s Day after hospital discharge'),
 (17, 'Maureen Rix',       'Swaffham',     'PE37 8BN', 'P', 29.50,  0, 'MLTB', '2023-03-13', NULL,         NULL, false, true,  NULL),
 (18, 'Gordon Loveday',    'Attleborough', 'NR17 1XY', 'C', 24.16,  0, 'MT',   '2022-05-16', '2025-10-05', 'O',  true,  true,  'Moved to Leicester near daughter'),
 (19, 'Sylvia Feek',       'Diss',         'IP22 4NA', 'C', 24.16,  0, 'MLT',  '2025-03-10', NULL,         NULL, true,  true,  NULL),
 (20, 'Bernard Sayer',     'Reepham',      'NR10 4LP', 'P', 28.00,  5, 'M',    '2021-01-11', NULL,         NULL, false, false, NULL),
 (21, 'Ethel Brundle',     'Dereham',      'NR19 1PG', 'C', 24.16,  0, 'MTB',  '2025-07-21', NULL,         NULL, true,  true,  NULL),
 (22, 'Leonard Tuck',      'Norwich',      'NR7 0DD',  'N', 26.50,  0, 'MLTB', '2025-11-03', NULL,         NULL, true,  false, NULL),
 (23, 'Hilda Moy',         'Wymondham',    'NR18 0AW', 'C', 24.16,  0, 'MB',   '2026-02-02', NULL,         NULL, true,  true,  NULL),
 (24, 'Jean Mallett',      'Hingham',      'NR9 4JA',  'P', 29.50,  0, 'MLB',  '2026-06-15', NULL,         NULL, false, true,  NULL),
 (25, 'Walter Youngs',     'Aylsham',      'NR11 6TU', 'C', 24.16,  0, 'MB',   '2026-12-07', NULL,         NULL, true,  true,  'Assessed 26/11, package starts 7 Dec');

-- ---------------------------------------------------------------- care_plans
CREATE TABLE care_plans (
    plan_id         int PRIMARY KEY,
    client_id       int NOT NULL REFERENCES client(client_id),
    plan_dt         date NOT NULL,
    next_review_dt  date,
    st              char(1) NOT NULL,
    hrs_wk          numeric(4,1) NOT NULL,
    calls_pattern   text NOT NULL,
    written_by      int REFERENCES carers(carer_id),
    notes           text
);
COMMENT ON TABLE care_plans IS 'Care plans - a new version is written at every 6-monthly review';
COMMENT ON COLUMN care_plans.plan_dt IS 'Date the plan was written / reviewed';
COMMENT ON COLUMN care_plans.next_review_dt IS 'When the plan is next due for review (6 months on); empty on closed plans';
COMMENT ON COLUMN care_plans.st IS 'Status: A = current plan in use, S = superseded by a later review, C = closed because the client left, D = draft not signed off yet';
COMMENT ON COLUMN care_plans.hrs_wk IS 'Planned hours of care per week';
COMMENT ON COLUMN care_plans.calls_pattern IS 'Calls per day, same letters as client.pkg (M, L, T, B)';
COMMENT ON COLUMN care_plans.written_by IS 'Senior carer who did the review';

INSERT INTO care_plans (plan_id, client_id, plan_dt, next_review_dt, st, hrs_wk, calls_pattern, written_by, notes)
WITH p AS (
    SELECT c.client_id, c.end_dt, c.pkg, k,
           (c.start_dt + make_interval(months => 6 * k) + ((c.client_id * (k + 1) * 3) % 19) * interval '1 day')::date AS plan_dt
    FROM client c
    CROSS JOIN generate_series(0, 20) k
    WHERE c.start_dt <= date '2026-11-30'
), kept AS (
    SELECT p.* FROM p
    WHERE p.plan_dt <= least(coalesce(p.end_dt, date '2026-11-30'), date '2026-11-30')
      -- reviews that never got done: a few clients have been left overdue
      AND NOT (p.client_id % 6 = 0 AND p.plan_dt > date '2026-01-01' AND k > 0)
      AND NOT (p.client_id = 7 AND p.plan_dt > date '2026-04-01' AND k > 0)
), ranked AS (
    SELECT kept.*, row_number() OVER (PARTITION BY client_id ORDER BY k DESC) AS rn_desc FROM kept
)
SELECT row_number() OVER (ORDER BY plan_dt, client_id)::int,
       client_id,
       plan_dt,
       CASE WHEN rn_desc = 1 AND end_dt IS NOT NULL THEN NULL
            ELSE (plan_dt + interval '6 months')::date END,
       CASE WHEN rn_desc > 1 THEN 'S' WHEN end_dt IS NOT NULL THEN 'C' ELSE 'A' END,
       (length(pkg) * 7 * 0.5 + CASE WHEN pkg LIKE 'M%' THEN 1.75 ELSE 0 END)::numeric(4,1),
       pkg,
       CASE WHEN (client_id + k) % 3 = 0 THEN 4 ELSE 1 END,
       CASE WHEN k = 0 THEN 'Initial assessment' WHEN (client_id * k) % 5 = 0 THEN 'No change' WHEN (client_id * k) % 5 = 1 THEN 'Mobility worse - falls risk reviewed' ELSE NULL END
FROM ranked;

INSERT INTO care_plans VALUES
 ((SELECT max(plan_id) + 1 FROM care_plans), 25, '2026-11-26', '2027-05-26', 'D', 7.0, 'MB', 1, 'Initial assessment - waiting for family to sign');

-- ---------------------------------------------------------------- medication
CREATE TABLE medication (
    med_id     int PRIMARY KEY,
    client_id  int NOT NULL REFERENCES client(client_id),
    drug       text NOT NULL,
    strength   text,
    dose       text,
    round_cd   char(1) NOT NULL,
    prn        boolean NOT NULL DEFAULT false,
    start_dt   date NOT NULL,
    stop_dt    date
);
COMMENT ON TABLE medication IS 'Medicines we prompt or give, per client (from the MAR chart front sheet)';
COMMENT ON COLUMN medication.round_cd IS 'When we give it: A = morning call, P = bed call, B = both morning and bed';
COMMENT ON COLUMN medication.prn IS 'PRN = as required only; not given on a routine round';
COMMENT ON COLUMN medication.stop_dt IS 'Date the GP stopped it; empty = still prescribed';

INSERT INTO medication (med_id, client_id, drug, strength, dose, round_cd, prn, start_dt, stop_dt)
WITH d(ix, drug, strength, dose) AS (VALUES
    (0, 'Paracetamol', '500mg', '2 tablets'),
    (1, 'Amlodipine',  '5mg',   '1 tablet'),
    (2, 'Metformin',   '500mg', '1 tablet'),
    (3, 'Donepezil',   '10mg',  '1 tablet'),
    (4, 'Furosemide',  '40mg',  '1 tablet'),
    (5, 'Omeprazole',  '20mg',  '1 capsule'),
    (6, 'Bisoprolol',  '2.5mg', '1 tablet'),
    (7, 'Sertraline',  '50mg',  '1 tablet'),
    (8, 'Lactulose',   '3.35g/5ml', '10ml'),
    (9, 'Adcal-D3',    '750mg', '2 chewable tablets')
), m AS (
    SELECT c.client_id, c.start_dt AS c_start, k,
           (c.client_id * 7 + k * 3) % 10 AS ix
    FROM client c
    CROSS JOIN generate_series(1, 4) k
    WHERE k <= (c.client_id * 3) % 5
)
SELECT row_number() OVER (ORDER BY m.client_id, m.k)::int,
       m.client_id, d.drug, d.strength, d.dose,
       CASE (m.client_id + m.k) % 3 WHEN 0 THEN 'A' WHEN 1 THEN 'P' ELSE 'B' END,
       (m.client_id + m.k) % 7 = 0,
       CASE WHEN m.k >= 3 THEN greatest(m.c_start, date '2024-01-01' + ((m.client_id * 97) % 700))
            ELSE m.c_start END,
       CASE WHEN (m.client_id * m.k) % 6 = 1
            THEN greatest(m.c_start, date '2024-01-01') + 200 + (m.client_id * 13) % 150 END
FROM m JOIN d ON d.ix = m.ix;

-- ---------------------------------------------------------------- visits
CREATE TABLE visits (
    visit_id    int PRIMARY KEY,
    client_id   int NOT NULL REFERENCES client(client_id),
    carer_id    int NOT NULL REFERENCES carers(carer_id),
    visit_dt    date NOT NULL,
    call_cd     char(1) NOT NULL,
    plan_start  time NOT NULL,
    plan_mins   int NOT NULL,
    act_start   timestamp,
    act_finish  timestamp,
    miles       numeric(5,1) NOT NULL DEFAULT 0,
    st          char(1) NOT NULL,
    notes       text
);
COMMENT ON TABLE visits IS 'Every planned call on the rota, with the carer''s log in / log out times from the app';
COMMENT ON COLUMN visits.call_cd IS 'Which call: M = morning, L = lunch, T = tea, B = bed';
COMMENT ON COLUMN visits.plan_start IS 'Booked start time';
COMMENT ON COLUMN visits.plan_mins IS 'Booked length of the call in minutes';
COMMENT ON COLUMN visits.act_start IS 'Carer logged in (actual start); empty if the call did not happen';
COMMENT ON COLUMN visits.act_finish IS 'Carer logged out (actual finish); empty if the call did not happen';
COMMENT ON COLUMN visits.miles IS 'Miles driven from the previous call (mileage claim)';
COMMENT ON COLUMN visits.st IS 'Status: D = done, M = missed (nobody turned up - our fault or no access), X = cancelled by the client or family (hospital appointment, day out, etc.)';

INSERT INTO visits (visit_id, client_id, carer_id, visit_dt, call_cd, plan_start, plan_mins, act_start, act_finish, miles, st, notes)
WITH base AS (
    SELECT c.client_id, g::date AS visit_dt, (g::date - date '2024-01-01') AS dn,
           substr(c.pkg, k, 1) AS call_cd, k AS idx
    FROM client c
    CROSS JOIN generate_series(date '2024-01-01', date '2026-11-30', interval '1 day') g
    CROSS JOIN LATERAL generate_series(1, length(c.pkg)) k
    WHERE g::date >= c.start_dt
      AND (c.end_dt IS NULL OR g::date < c.end_dt)
      AND ((g::date - date '2024-01-01') + c.client_id * 4) % 9 = 0
), h AS (
    SELECT b.*, (b.client_id * 131 + b.dn * 17 + b.idx * 29) AS h FROM base b
), withcarer AS (
    SELECT h.*,
           (SELECT k.carer_id FROM carers k
             WHERE k.start_dt + 7 <= h.visit_dt AND (k.leave_dt IS NULL OR k.leave_dt >= h.visit_dt)
             ORDER BY (k.carer_id * 31 + h.client_id * 17 + h.dn * 7 + h.idx * 3) % 101, k.carer_id
             LIMIT 1) AS carer_id
    FROM h
), s AS (
    SELECT w.*,
           CASE w.call_cd WHEN 'M' THEN time '07:30' + ((w.client_id % 4) * 15) * interval '1 minute'
                          WHEN 'L' THEN time '12:30'
                          WHEN 'T' THEN time '17:00'
                          ELSE time '20:30' + ((w.client_id % 3) * 15) * interval '1 minute' END AS plan_start,
           CASE WHEN w.call_cd = 'M' THEN CASE WHEN w.client_id IN (1, 4, 15, 22) THEN 60 ELSE 45 END
                ELSE 30 END AS plan_mins,
           CASE WHEN w.h % 53 = 0 THEN 'X'
                WHEN w.h % 29 = 7 OR (w.carer_id = 10 AND w.h % 11 = 3) OR (w.carer_id = 11 AND w.h % 23 = 5) THEN 'M'
                ELSE 'D' END AS st,
           CASE WHEN w.h % 7 = 3 THEN 20 + ((w.h / 7) * 5) % 21 ELSE (w.h * 5) % 19 - 7 END AS late_by,
           (w.h * 11) % 17 - 10 AS over_by
    FROM withcarer w
)
SELECT row_number() OVER (ORDER BY s.visit_dt, s.plan_start, s.client_id)::int,
       s.client_id, s.carer_id, s.visit_dt, s.call_cd, s.plan_start, s.plan_mins,
       CASE WHEN s.st = 'D' THEN s.visit_dt + s.plan_start + s.late_by * interval '1 minute' END,
       CASE WHEN s.st = 'D' THEN s.visit_dt + s.plan_start + (s.late_by + s.plan_mins + s.over_by) * interval '1 minute' END,
       CASE WHEN s.st = 'D' AND k.drives THEN round(((s.h * 13) % 87) / 10.0 + 0.6, 1) ELSE 0 END,
       s.st,
       CASE WHEN s.st = 'X' THEN (ARRAY['Cancelled by daughter - hospital appointment',
                                        'Client at day centre',
                                        'Family visiting, call not needed',
                                        'Client in hospital overnight'])[(s.h % 4) + 1]
            WHEN s.st = 'D' AND s.h % 97 = 0 THEN 'Client low in mood, informed office'
            WHEN s.st = 'D' AND s.h % 89 = 0 THEN 'Skin on heel red - district nurse informed'
       END
FROM s JOIN carers k ON k.carer_id = s.carer_id;

-- ---------------------------------------------------------------- call_flags
CREATE TABLE call_flags (
    flag_id    int PRIMARY KEY,
    visit_id   int NOT NULL REFERENCES visits(visit_id),
    flag_cd    char(1) NOT NULL,
    reason_cd  char(1) NOT NULL,
    our_fault  boolean NOT NULL,
    logged_dt  date NOT NULL,
    logged_by  text,
    notes      text
);
COMMENT ON TABLE call_flags IS 'Missed and late calls, logged by the office (reported to the council monthly)';
COMMENT ON COLUMN call_flags.flag_cd IS 'M = missed call, L = late call (more than 30 minutes after the booked time)';
COMMENT ON COLUMN call_flags.reason_cd IS 'Reason: T = traffic / roadworks, O = previous call overran, W = weather (snow, flooding), S = staff sickness / no cover, R = rota error by the office, A = no access (client not answering, key safe code changed)';
COMMENT ON COLUMN call_flags.our_fault IS 'True when the agency was at fault (counts against us in the council return)';
COMMENT ON COLUMN call_flags.logged_by IS 'Initials of whoever logged it';

INSERT INTO call_flags (flag_id, visit_id, flag_cd, reason_cd, our_fault, logged_dt, logged_by, notes)
WITH f AS (
    SELECT v.visit_id, v.visit_dt,
           CASE WHEN v.st = 'M' THEN 'M' ELSE 'L' END AS flag_cd,
           CASE WHEN extract(month FROM v.visit_dt) IN (12, 1, 2) AND v.visit_id % 4 = 0 THEN 'W'
                WHEN v.st = 'M' THEN (ARRAY['S', 'R', 'A', 'S', 'R'])[(v.visit_id * 7) % 5 + 1]
                ELSE (ARRAY['T', 'O', 'T', 'R', 'O', 'T'])[(v.visit_id * 5) % 6 + 1] END AS reason_cd
    FROM visits v
    WHERE v.st = 'M'
       OR (v.st = 'D' AND v.act_start > v.visit_dt + v.plan_start + interval '30 minutes')
)
SELECT row_number() OVER (ORDER BY f.visit_dt, f.visit_id)::int,
       f.visit_id, f.flag_cd, f.reason_cd,
       f.reason_cd IN ('S', 'R', 'O'),
       f.visit_dt + (f.visit_id % 3),
       (ARRAY['SB', 'JP', 'office', 'SB'])[(f.visit_id % 4) + 1],
       CASE WHEN f.reason_cd = 'A' THEN 'Rang NOK, client was fine'
            WHEN f.reason_cd = 'R' AND f.flag_cd = 'M' THEN 'Call dropped off rota when run changed'
            WHEN f.reason_cd = 'W' THEN 'Roads flooded / icy' END
FROM f;

-- ---------------------------------------------------------------- mar_lines
CREATE TABLE mar_lines (
    mar_id    int PRIMARY KEY,
    visit_id  int NOT NULL REFERENCES visits(visit_id),
    med_id    int NOT NULL REFERENCES medication(med_id),
    outcome   char(1) NOT NULL,
    qty       numeric(4,1) NOT NULL,
    notes     text
);
COMMENT ON TABLE mar_lines IS 'MAR (medication administration record) - one line per medicine per call';
COMMENT ON COLUMN mar_lines.outcome IS 'G = given, R = refused by the client, N = not available (not in the blister pack / run out)';
COMMENT ON COLUMN mar_lines.qty IS 'Tablets / ml actually given (0 if refused or not available)';

INSERT INTO mar_lines (mar_id, visit_id, med_id, outcome, qty, notes)
WITH x AS (
    SELECT v.visit_id, v.visit_dt, m.med_id, m.dose,
           (v.visit_id * 13 + m.med_id * 7) % 40 AS h
    FROM visits v
    JOIN medication m ON m.client_id = v.client_id
    WHERE v.st = 'D'
      AND NOT m.prn
      AND m.start_dt <= v.visit_dt AND (m.stop_dt IS NULL OR m.stop_dt > v.visit_dt)
      AND ((v.call_cd = 'M' AND m.round_cd IN ('A', 'B')) OR (v.call_cd = 'B' AND m.round_cd IN ('P', 'B')))
)
SELECT row_number() OVER (ORDER BY x.visit_dt, x.visit_id, x.med_id)::int,
       x.visit_id, x.med_id,
       CASE WHEN x.h IN (0, 1, 2) THEN 'R' WHEN x.h = 3 THEN 'N' ELSE 'G' END,
       CASE WHEN x.h <= 3 THEN 0
            WHEN x.dose LIKE '2 %' THEN 2
            WHEN x.dose = '10ml' THEN 10
            ELSE 1 END,
       CASE WHEN x.h IN (0, 1, 2) THEN (ARRAY['Said she had already taken them', 'Spat out', 'Asleep, would not wake'])[x.h + 1]
            WHEN x.h = 3 THEN 'Not in blister pack - pharmacy called' END
FROM x;

-- ---------------------------------------------------------------- feedback
CREATE TABLE feedback (
    fb_id        int PRIMARY KEY,
    client_id    int NOT NULL REFERENCES client(client_id),
    carer_id     int REFERENCES carers(carer_id),
    fb_type      char(1) NOT NULL,
    recv_dt      date NOT NULL,
    via          char(1) NOT NULL,
    summary      text NOT NULL,
    resolved_dt  date
);
COMMENT ON TABLE feedback IS 'Complaints and compliments log (CQC want to see this)';
COMMENT ON COLUMN feedback.carer_id IS 'Carer the feedback is about, if any';
COMMENT ON COLUMN feedback.fb_type IS 'C = complaint, P = compliment / praise';
COMMENT ON COLUMN feedback.recv_dt IS 'Date we received it';
COMMENT ON COLUMN feedback.via IS 'How it came in: T = telephone, E = email, L = letter or card, V = told to a carer on a visit';
COMMENT ON COLUMN feedback.resolved_dt IS 'Complaints only: date closed off with the family; empty = complaint still open (always empty for compliments)';

INSERT INTO feedback (fb_id, client_id, carer_id, fb_type, recv_dt, via, summary, resolved_dt)
WITH g AS (
    SELECT i, (date '2024-01-01' + (i * 1065 / 160) + (i * 7) % 5)::date AS recv_dt,
           CASE WHEN i % 3 = 0 OR i % 7 = 1 THEN 'C' ELSE 'P' END AS fb_type
    FROM generate_series(1, 160) i
), gc AS (
    SELECT g.*,
           (SELECT c.client_id FROM client c
             WHERE c.start_dt <= g.recv_dt AND (c.end_dt IS NULL OR c.end_dt >= g.recv_dt)
             ORDER BY (c.client_id * 29 + g.i * 13) % 37, c.client_id LIMIT 1) AS client_id,
           (SELECT k.carer_id FROM carers k
             WHERE k.start_dt + 7 <= g.recv_dt AND (k.leave_dt IS NULL OR k.leave_dt >= g.recv_dt)
             ORDER BY (k.carer_id * 23 + g.i * 11) % 41, k.carer_id LIMIT 1) AS carer_id
    FROM g
)
SELECT gc.i, gc.client_id,
       CASE WHEN gc.i % 4 = 2 THEN NULL ELSE gc.carer_id END,
       gc.fb_type, gc.recv_dt,
       (ARRAY['T', 'E', 'L', 'V', 'T'])[(gc.i % 5) + 1],
       CASE WHEN gc.fb_type = 'C' THEN
            (ARRAY['Carer arrived very late for the bed call',
                   'Call was cut short - carer in a hurry',
                   'Nobody came for the lunch call',
                   'Different carer every day, mum gets confused',
                   'Medication left on the side, not given',
                   'Carer on phone during call',
                   'Invoice wrong - charged for a cancelled call'])[(gc.i % 7) + 1]
       ELSE (ARRAY['Card from family - thank you for looking after dad',
                   'Always cheerful, mum looks forward to her visits',
                   'Went above and beyond when the boiler broke',
                   'Lovely flowers and a tin of Roses for the office',
                   'Thank you for the care at the end of life'])[(gc.i % 5) + 1] END,
       CASE WHEN gc.fb_type = 'P' THEN NULL
            WHEN gc.recv_dt > date '2026-10-10' THEN NULL
            WHEN gc.i % 17 = 0 THEN NULL
            ELSE gc.recv_dt + 2 + (gc.i * 5) % 26 END
FROM gc;

-- ---------------------------------------------------------------- invoices
CREATE TABLE invoices (
    inv_ref    text PRIMARY KEY,
    client_id  int NOT NULL REFERENCES client(client_id),
    inv_dt     date NOT NULL,
    due_dt     date NOT NULL,
    paid_dt    date,
    notes      text
);
COMMENT ON TABLE invoices IS 'Monthly invoices, one per client per month, sent to whoever funds the client';
COMMENT ON COLUMN invoices.inv_ref IS 'Invoice number HC-yymm-client';
COMMENT ON COLUMN invoices.inv_dt IS 'Invoice date (last day of the month it covers)';
COMMENT ON COLUMN invoices.due_dt IS 'Payment due by';
COMMENT ON COLUMN invoices.paid_dt IS 'Date the money came in; empty = not paid yet';

INSERT INTO invoices (inv_ref, client_id, inv_dt, due_dt, paid_dt, notes)
WITH m AS (
    SELECT DISTINCT v.client_id, date_trunc('month', v.visit_dt)::date AS mth
    FROM visits v WHERE v.st IN ('D', 'M')
), i AS (
    SELECT m.client_id, m.mth, c.fund_cd,
           (m.mth + interval '1 month' - interval '1 day')::date AS inv_dt,
           (m.mth + interval '1 month' - interval '1 day')::date + f.terms_days AS due_dt,
           ((extract(year FROM m.mth) - 2024) * 12 + extract(month FROM m.mth))::int AS mno
    FROM m JOIN client c ON c.client_id = m.client_id JOIN funding f ON f.fund_cd = c.fund_cd
), p AS (
    SELECT i.*,
           CASE WHEN i.inv_dt >= date '2026-11-01' THEN NULL
                WHEN i.fund_cd = 'C' AND i.inv_dt >= date '2026-10-01' THEN NULL
                WHEN (i.client_id * 7 + i.mno * 3) % 37 = 0 THEN NULL
                ELSE i.due_dt + ((i.client_id * 5 + i.mno * 11) % 25) - 10 END AS paid
    FROM i
)
SELECT 'HC-' || to_char(p.mth, 'YYMM') || '-' || lpad(p.client_id::text, 3, '0'),
       p.client_id, p.inv_dt, p.due_dt,
       CASE WHEN p.paid > date '2026-11-30' THEN NULL ELSE p.paid END,
       CASE WHEN p.paid IS NULL AND p.inv_dt < date '2026-09-01' THEN 'Queried by payer - chasing' END
FROM p;

-- ---------------------------------------------------------------- inv_lines
CREATE TABLE inv_lines (
    line_id   int PRIMARY KEY,
    inv_ref   text NOT NULL REFERENCES invoices(inv_ref),
    call_cd   char(1) NOT NULL,
    descr     text NOT NULL,
    qty       numeric(6,2) NOT NULL,
    unit_amt  numeric(6,2) NOT NULL,
    disc_pct  numeric(5,1) NOT NULL DEFAULT 0
);
COMMENT ON TABLE inv_lines IS 'Invoice lines: booked hours per type of call, charged at the client''s hourly rate';
COMMENT ON COLUMN inv_lines.call_cd IS 'Which calls the line is for: M = morning, L = lunch, T = tea, B = bed';
COMMENT ON COLUMN inv_lines.qty IS 'Hours charged (booked length of the calls)';
COMMENT ON COLUMN inv_lines.unit_amt IS 'Price per hour (GBP)';
COMMENT ON COLUMN inv_lines.disc_pct IS 'Discount % off the line; missed calls are shown at 100% (not charged)';

INSERT INTO inv_lines (line_id, inv_ref, call_cd, descr, qty, unit_amt, disc_pct)
WITH l AS (
    SELECT 'HC-' || to_char(date_trunc('month', v.visit_dt), 'YYMM') || '-' || lpad(v.client_id::text, 3, '0') AS inv_ref,
           v.call_cd, (v.st = 'M') AS missed,
           sum(v.plan_mins) / 60.0 AS hrs,
           c.hourly_rate, c.disc_pct
    FROM visits v JOIN client c ON c.client_id = v.client_id
    WHERE v.st IN ('D', 'M')
    GROUP BY 1, 2, 3, 5, 6
)
SELECT row_number() OVER (ORDER BY l.inv_ref, l.missed, position(l.call_cd IN 'MLTB'))::int,
       l.inv_ref, l.call_cd,
       CASE WHEN l.missed THEN 'Missed call - not charged'
            ELSE CASE l.call_cd WHEN 'M' THEN 'Morning calls' WHEN 'L' THEN 'Lunch calls'
                                WHEN 'T' THEN 'Tea calls' ELSE 'Bed calls' END END,
       round(l.hrs, 2), l.hourly_rate,
       CASE WHEN l.missed THEN 100 ELSE l.disc_pct END
FROM l;

-- ---------------------------------------------------------------- carer_pay
CREATE TABLE carer_pay (
    pay_id       int PRIMARY KEY,
    carer_id     int NOT NULL REFERENCES carers(carer_id),
    period_mth   date NOT NULL,
    hrs          numeric(6,2) NOT NULL,
    rate         numeric(5,2) NOT NULL,
    miles        numeric(7,1) NOT NULL,
    mileage_amt  numeric(7,2) NOT NULL,
    gross_amt    numeric(8,2) NOT NULL,
    paid_dt      date
);
COMMENT ON TABLE carer_pay IS 'Monthly pay run per carer: hours worked (from log in / log out) plus mileage';
COMMENT ON COLUMN carer_pay.period_mth IS 'Month worked (1st of the month)';
COMMENT ON COLUMN carer_pay.hrs IS 'Hours actually worked that month';
COMMENT ON COLUMN carer_pay.rate IS 'Hourly rate paid that month (goes up every April)';
COMMENT ON COLUMN carer_pay.mileage_amt IS 'Mileage paid (miles x mileage rate)';
COMMENT ON COLUMN carer_pay.gross_amt IS 'Gross pay = hours x rate + mileage';
COMMENT ON COLUMN carer_pay.paid_dt IS 'Date paid into the bank (7th of the next month); empty = not paid yet';

INSERT INTO carer_pay (pay_id, carer_id, period_mth, hrs, rate, miles, mileage_amt, gross_amt, paid_dt)
WITH w AS (
    SELECT v.carer_id, date_trunc('month', v.visit_dt)::date AS mth,
           round(sum(extract(epoch FROM v.act_finish - v.act_start)) / 3600.0, 2) AS hrs,
           sum(v.miles) AS miles
    FROM visits v WHERE v.st = 'D'
    GROUP BY 1, 2
), r AS (
    SELECT w.*, k.mileage_rate,
           k.pay_rate - CASE WHEN w.mth < date '2025-04-01' THEN 1.05
                             WHEN w.mth < date '2026-04-01' THEN 0.45 ELSE 0 END AS rate
    FROM w JOIN carers k ON k.carer_id = w.carer_id
)
SELECT row_number() OVER (ORDER BY r.mth, r.carer_id)::int,
       r.carer_id, r.mth, r.hrs, r.rate, r.miles,
       round(r.miles * r.mileage_rate, 2),
       round(r.hrs * r.rate, 2) + round(r.miles * r.mileage_rate, 2),
       CASE WHEN r.mth >= date '2026-11-01' THEN NULL
            ELSE (r.mth + interval '1 month' + interval '6 days')::date END
FROM r;
