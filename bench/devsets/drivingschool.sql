-- Made-up schema: a small driving school around Cardiff (instructors, their cars, learners, lesson
-- bookings, prepaid block packages, mock and DVSA practical tests, car running costs, payments).
-- Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off is
-- 2026-11-30 (later lessons are bookings not yet taken). Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS pmt;
DROP TABLE IF EXISTS veh_cost;
DROP TABLE IF EXISTS tst_bk;
DROP TABLE IF EXISTS lsn;
DROP TABLE IF EXISTS pkg;
DROP TABLE IF EXISTS lrnr;
DROP TABLE IF EXISTS veh;
DROP TABLE IF EXISTS instr;

-- ---------------------------------------------------------------- instr (instructors)
CREATE TABLE instr (
    instr_id  smallint PRIMARY KEY,
    first_nm  text NOT NULL,
    last_nm   text NOT NULL,
    adi_no    varchar(7) NOT NULL,
    adi_grd   char(1) NOT NULL,
    start_dt  date NOT NULL,
    end_dt    date,
    hr_rate   numeric(5,2) NOT NULL,
    mob       varchar(13)
);
COMMENT ON TABLE instr IS 'Driving instructors working for the school (own-account franchisees and trainees)';
COMMENT ON COLUMN instr.adi_no IS 'DVSA approved driving instructor badge number (trainee licence number for grade T)';
COMMENT ON COLUMN instr.adi_grd IS 'A = grade A ADI, B = grade B ADI, T = trainee instructor on a trainee licence (PDI)';
COMMENT ON COLUMN instr.start_dt IS 'first day teaching with us';
COMMENT ON COLUMN instr.end_dt IS 'last working day with us; NULL = still teaching for the school';
COMMENT ON COLUMN instr.hr_rate IS 'pay-as-you-go price of a one-hour lesson with this instructor, GBP';

INSERT INTO instr (instr_id, first_nm, last_nm, adi_no, adi_grd, start_dt, end_dt, hr_rate, mob) VALUES
    (1,  'Gareth', 'Hughes',    '431877', 'A', '2019-03-01', NULL,         38.00, '07700 900101'),
    (2,  'Priya',  'Sharma',    '452190', 'A', '2020-06-15', NULL,         40.00, '07700 900102'),
    (3,  'Tom',    'Brennan',   '468023', 'B', '2021-01-10', NULL,         36.00, '07700 900103'),
    (4,  'Aisha',  'Okafor',    '419342', 'A', '2018-09-01', NULL,         42.00, '07700 900104'),
    (5,  'Mark',   'Jennings',  '475561', 'B', '2022-04-04', '2025-08-31', 35.00, '07700 900105'),
    (6,  'Sophie', 'Clarke',    '481270', 'A', '2023-02-01', NULL,         39.00, NULL),
    (7,  'Daniel', 'Kowalski',  '486634', 'B', '2023-09-11', NULL,         37.00, '07700 900107'),
    (8,  'Fiona',  'MacLeod',   '402218', 'A', '2017-05-02', NULL,         44.00, '07700 900108'),
    (9,  'Ravi',   'Patel',     'T55120', 'T', '2025-05-06', NULL,         30.00, '07700 900109'),
    (10, 'Lucy',   'Evans',     '490017', 'B', '2024-01-08', '2026-03-31', 36.00, NULL),
    (11, 'Jamal',  'Ahmed',     'T58804', 'T', '2026-02-02', NULL,         30.00, '07700 900111'),
    (12, 'Helen',  'Price',     '423906', 'A', '2026-11-16', NULL,         41.00, '07700 900112');

-- ---------------------------------------------------------------- veh (tuition cars)
CREATE TABLE veh (
    veh_id     smallint PRIMARY KEY,
    instr_id   smallint NOT NULL REFERENCES instr (instr_id),
    reg_no     varchar(8) NOT NULL,
    mk_mdl     text NOT NULL,
    trans      char(1) NOT NULL,
    fuel_cd    char(1) NOT NULL,
    eng_cc     smallint,
    dual_ctl   boolean NOT NULL DEFAULT true,
    in_svc_dt  date NOT NULL,
    out_svc_dt date
);
COMMENT ON TABLE veh IS 'Tuition cars; each car is run by one instructor';
COMMENT ON COLUMN veh.trans IS 'gearbox: M = manual, A = automatic';
COMMENT ON COLUMN veh.fuel_cd IS 'P = petrol, D = diesel, H = petrol hybrid, E = fully electric';
COMMENT ON COLUMN veh.eng_cc IS 'engine size in cc; NULL for electric cars';
COMMENT ON COLUMN veh.dual_ctl IS 'dual controls (instructor brake/clutch) fitted';
COMMENT ON COLUMN veh.in_svc_dt IS 'date the car started being used for tuition';
COMMENT ON COLUMN veh.out_svc_dt IS 'date the car was sold or returned; NULL = still in use';

INSERT INTO veh (veh_id, instr_id, reg_no, mk_mdl, trans, fuel_cd, eng_cc, dual_ctl, in_svc_dt, out_svc_dt) VALUES
    (1,  1,  'GH19 KXT', 'Ford Fiesta 1.1',        'M', 'P', 1084, true,  '2019-03-01', '2024-05-31'),
    (2,  1,  'GH24 LMN', 'Ford Fiesta 1.0',        'M', 'P', 999,  true,  '2024-06-01', NULL),
    (3,  2,  'PS20 ABC', 'VW Polo 1.0',            'M', 'P', 999,  true,  '2020-06-15', NULL),
    (4,  3,  'TB21 DFG', 'Vauxhall Corsa 1.5D',    'M', 'D', 1499, true,  '2021-01-10', NULL),
    (5,  4,  'AO23 EVT', 'Toyota Yaris Hybrid',    'A', 'H', 1490, true,  '2023-03-01', NULL),
    (6,  5,  'MJ22 HJK', 'Peugeot 208 1.2',        'M', 'P', 1199, true,  '2022-04-04', '2025-08-31'),
    (7,  6,  'SC23 PQR', 'Seat Ibiza 1.0',         'M', 'P', 999,  true,  '2023-02-01', NULL),
    (8,  7,  'DK23 STU', 'Skoda Fabia 1.0',        'M', 'P', 999,  true,  '2023-09-11', NULL),
    (9,  8,  'FM22 VWX', 'Renault Zoe',            'A', 'E', NULL, true,  '2022-01-10', '2025-02-28'),
    (10, 8,  'FM25 ELC', 'MG4 Electric',           'A', 'E', NULL, true,  '2025-03-01', NULL),
    (11, 9,  'RP25 YZA', 'Kia Picanto 1.0',        'M', 'P', 998,  true,  '2025-05-06', NULL),
    (12, 10, 'LE24 BCD', 'Hyundai i20 1.0 DCT',    'A', 'P', 998,  true,  '2024-01-08', '2026-03-31'),
    (13, 11, 'JA26 EFG', 'Ford Fiesta 1.0',        'M', 'P', 999,  true,  '2026-02-02', NULL),
    (14, 12, 'HP26 HIJ', 'VW Polo 1.0 DSG',        'A', 'P', 999,  true,  '2026-11-16', NULL),
    (15, 4,  'AO18 SPR', 'Toyota Yaris 1.5 auto',  'A', 'P', 1496, false, '2018-09-01', NULL);

-- ---------------------------------------------------------------- lrnr (learners / pupils)
CREATE TABLE lrnr (
    lrnr_id     integer PRIMARY KEY,
    first_nm    text NOT NULL,
    last_nm     text NOT NULL,
    dob         date NOT NULL,
    prov_lic_no varchar(16),
    reg_dt      date NOT NULL,
    pref_trans  char(1) NOT NULL,
    theory_dt   date,
    src_cd      smallint NOT NULL,
    main_instr  smallint,
    pc_dist     varchar(4) NOT NULL,
    email       text,
    mob         varchar(13),
    is_act      boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE lrnr IS 'Learner drivers (pupils) who signed up with the school';
COMMENT ON COLUMN lrnr.prov_lic_no IS 'provisional driving licence number (16 characters); NULL = learner has not given it to us yet';
COMMENT ON COLUMN lrnr.reg_dt IS 'date the learner signed up';
COMMENT ON COLUMN lrnr.pref_trans IS 'M = learning in a manual car, A = learning in an automatic';
COMMENT ON COLUMN lrnr.theory_dt IS 'date the theory test was passed; NULL = theory test not passed yet';
COMMENT ON COLUMN lrnr.src_cd IS 'how they heard of us: 1 = website, 2 = word of mouth / referral, 3 = social media, 4 = leaflet, 5 = other';
COMMENT ON COLUMN lrnr.main_instr IS 'usual instructor (instr.instr_id, no foreign key); NULL = not allocated yet';
COMMENT ON COLUMN lrnr.pc_dist IS 'postcode district of the pick-up address, e.g. CF14';
COMMENT ON COLUMN lrnr.is_act IS 'false = archived (passed, moved away or gave up)';

INSERT INTO lrnr (lrnr_id, first_nm, last_nm, dob, prov_lic_no, reg_dt, pref_trans, theory_dt, src_cd, main_instr, pc_dist, email, mob, is_act)
WITH b AS (
    SELECT g,
           (ARRAY['Olivia','Rhys','Amelia','Dylan','Megan','Osian','Isla','Callum','Ffion','Harry',
                  'Chloe','Evan','Zara','Lewis','Seren','Kai','Nia','Mohammed','Grace','Tyler',
                  'Ella','Owen','Maya','Jake','Lowri'])[1 + g % 25] AS fn,
           (ARRAY['Jones','Williams','Davies','Evans','Thomas','Roberts','Lewis','Hughes','Morgan','Griffiths',
                  'Edwards','Price','Khan','Rees','Jenkins','Ali','Phillips','Powell','Watkins','Nowak'])[1 + (g * 7) % 20] AS ln,
           date '2024-01-02' + ((g - 1) * 1060) / 600 AS reg_dt,
           CASE WHEN g % 4 = 0 THEN 'A' ELSE 'M' END AS pref_trans
    FROM generate_series(1, 600) AS g
), t AS (
    SELECT b.*,
           (date '2007-01-15' + (reg_dt - date '2024-01-02')) - (g * 97) % 3000 - CASE WHEN g % 10 = 0 THEN 4000 ELSE 0 END AS dob
    FROM b
)
SELECT g, fn, ln, dob,
       CASE WHEN g % 11 = 4 OR reg_dt > date '2026-11-10' AND g % 2 = 0 THEN NULL
            ELSE rpad(upper(ln), 5, '9') || substr(to_char(dob, 'YY'), 1, 1) || to_char(dob, 'MMDD')
                 || substr(to_char(dob, 'YY'), 2, 1) || upper(substr(fn, 1, 2)) || '9' || chr(65 + g % 26) || chr(65 + (g * 3) % 26) END,
       reg_dt, pref_trans,
       CASE WHEN g % 6 = 5 THEN NULL
            WHEN g % 6 = 0 THEN reg_dt - (g % 90)
            ELSE reg_dt + 20 + (g * 13) % 70 END,
       (1 + (g * 7) % 5)::smallint,
       CASE WHEN g % 13 = 0 OR reg_dt > date '2026-11-24' THEN NULL
            ELSE (SELECT i.instr_id
                  FROM instr i
                  JOIN (VALUES (1,'M'),(2,'M'),(3,'M'),(4,'A'),(5,'M'),(6,'M'),(7,'M'),(8,'A'),(9,'M'),(10,'A'),(11,'M'),(12,'A')) AS it (instr_id, trans)
                    ON it.instr_id = i.instr_id
                  WHERE it.trans = t.pref_trans
                    AND i.start_dt <= t.reg_dt
                    AND coalesce(i.end_dt, date '2099-01-01') >= t.reg_dt + 200
                  ORDER BY (i.instr_id * 7 + t.g * 3) % 11, i.instr_id
                  LIMIT 1) END,
       (ARRAY['CF5','CF10','CF11','CF14','CF15','CF23','CF24','CF3','CF64','CF83'])[1 + (g * 3) % 10],
       CASE WHEN g % 17 = 0 THEN NULL ELSE lower(fn || '.' || ln || g || '@example.co.uk') END,
       CASE WHEN g % 9 = 0 THEN NULL ELSE '07700 9' || lpad(((g * 37) % 100000)::text, 5, '0') END,
       reg_dt > date '2025-06-30' OR g % 8 = 3
FROM t;

-- ---------------------------------------------------------------- pkg (block booking packages)
CREATE TABLE pkg (
    pkg_id     integer PRIMARY KEY,
    lrnr_id    integer NOT NULL REFERENCES lrnr (lrnr_id),
    pkg_typ    char(1) NOT NULL,
    buy_dt     date NOT NULL,
    hrs_bought numeric(4,1) NOT NULL,
    hrs_used   numeric(4,1) NOT NULL DEFAULT 0,
    price      numeric(7,2) NOT NULL,
    exp_dt     date
);
COMMENT ON TABLE pkg IS 'Prepaid block bookings: hours bought up front at a discount and used up by lessons';
COMMENT ON COLUMN pkg.pkg_typ IS 'B = standard block booking, I = intensive course, M = motorway lessons, P = Pass Plus (after passing)';
COMMENT ON COLUMN pkg.hrs_bought IS 'prepaid lesson hours in the package';
COMMENT ON COLUMN pkg.hrs_used IS 'hours used so far by lessons taken, late cancellations and no-shows';
COMMENT ON COLUMN pkg.price IS 'price paid for the whole package, GBP';
COMMENT ON COLUMN pkg.exp_dt IS 'unused hours lapse after this date; NULL = hours never expire';

-- ---------------------------------------------------------------- lsn (lesson bookings)
CREATE TABLE lsn (
    lsn_id   integer PRIMARY KEY,
    lrnr_id  integer NOT NULL REFERENCES lrnr (lrnr_id),
    instr_id smallint NOT NULL REFERENCES instr (instr_id),
    veh_id   smallint,
    pkg_id   integer REFERENCES pkg (pkg_id),
    sched_at timestamptz NOT NULL,
    dur_min  smallint NOT NULL,
    stat     char(1) NOT NULL,
    cxl_at   timestamptz,
    fee      numeric(6,2) NOT NULL DEFAULT 0,
    pickup   varchar(4)
);
COMMENT ON TABLE lsn IS 'Lesson bookings, past and upcoming';
COMMENT ON COLUMN lsn.veh_id IS 'car used (veh.veh_id, no foreign key); NULL = lesson in the learner''s own insured car';
COMMENT ON COLUMN lsn.pkg_id IS 'block package the hours come out of; NULL = pay as you go';
COMMENT ON COLUMN lsn.sched_at IS 'booked start of the lesson';
COMMENT ON COLUMN lsn.dur_min IS 'booked length in minutes';
COMMENT ON COLUMN lsn.stat IS 'B = booked (upcoming), C = completed, X = cancelled in good time (48 hours or more before, free), L = late cancellation (charged), N = no-show (charged)';
COMMENT ON COLUMN lsn.cxl_at IS 'when the booking was cancelled; NULL = not cancelled';
COMMENT ON COLUMN lsn.fee IS 'amount charged for the booking, GBP; 0 when the hours come out of a block package or it was cancelled in good time';
COMMENT ON COLUMN lsn.pickup IS 'postcode district of the pick-up if not the learner''s home address; NULL = home';

-- ---------------------------------------------------------------- tst_bk (mock and practical tests)
CREATE TABLE tst_bk (
    tst_id    integer PRIMARY KEY,
    lrnr_id   integer NOT NULL REFERENCES lrnr (lrnr_id),
    instr_id  smallint NOT NULL REFERENCES instr (instr_id),
    tst_kind  char(1) NOT NULL,
    tst_dt    date NOT NULL,
    tst_tm    time NOT NULL,
    ctr_nm    varchar(30),
    dvsa_ref  varchar(9),
    rslt      char(1),
    dr_flts   smallint,
    ser_flts  smallint,
    dng_flts  smallint
);
COMMENT ON TABLE tst_bk IS 'Mock tests done by our instructors and DVSA practical driving test bookings';
COMMENT ON COLUMN tst_bk.instr_id IS 'instructor who examined the mock test, or whose car the learner took the practical test in';
COMMENT ON COLUMN tst_bk.tst_kind IS 'M = mock test (in-house), P = DVSA practical driving test';
COMMENT ON COLUMN tst_bk.ctr_nm IS 'DVSA test centre; NULL for mock tests';
COMMENT ON COLUMN tst_bk.dvsa_ref IS 'DVSA booking reference; NULL for mock tests';
COMMENT ON COLUMN tst_bk.rslt IS 'P = pass, F = fail, A = learner did not attend, C = cancelled by DVSA; NULL = not taken yet';
COMMENT ON COLUMN tst_bk.dr_flts IS 'driving faults (minors); NULL unless the test was taken';
COMMENT ON COLUMN tst_bk.ser_flts IS 'serious faults; NULL unless the test was taken';
COMMENT ON COLUMN tst_bk.dng_flts IS 'dangerous faults; NULL unless the test was taken. A pass needs at most 15 driving faults and no serious or dangerous fault';

-- ---------------------------------------------------------------- veh_cost (fuel and car running costs)
CREATE TABLE veh_cost (
    cost_id  integer PRIMARY KEY,
    veh_id   smallint NOT NULL REFERENCES veh (veh_id),
    cost_dt  date NOT NULL,
    cost_typ char(1) NOT NULL,
    amt      numeric(8,2) NOT NULL,
    fuel_qty numeric(6,2),
    odo_mi   integer,
    supp     text,
    rcpt_ok  boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE veh_cost IS 'Fuel and running costs of the tuition cars, as claimed by the instructors';
COMMENT ON COLUMN veh_cost.cost_typ IS 'F = fuel (or charging for electric cars), S = scheduled service / MOT, R = repair, T = tyres, I = insurance, V = valet / car wash';
COMMENT ON COLUMN veh_cost.amt IS 'GBP including VAT';
COMMENT ON COLUMN veh_cost.fuel_qty IS 'litres for petrol, diesel and hybrid cars, kWh for electric ones; NULL for anything but fuel';
COMMENT ON COLUMN veh_cost.odo_mi IS 'odometer reading in miles; NULL = not noted';
COMMENT ON COLUMN veh_cost.supp IS 'fuel station or garage';
COMMENT ON COLUMN veh_cost.rcpt_ok IS 'VAT receipt kept';

-- ---------------------------------------------------------------- pmt (payments from learners)
CREATE TABLE pmt (
    pmt_id   integer PRIMARY KEY,
    lrnr_id  integer NOT NULL REFERENCES lrnr (lrnr_id),
    pkg_id   integer REFERENCES pkg (pkg_id),
    pd_at    timestamptz NOT NULL,
    amt      numeric(8,2) NOT NULL,
    mthd     char(2) NOT NULL,
    note     text
);
COMMENT ON TABLE pmt IS 'Money received from learners (and refunds paid back to them)';
COMMENT ON COLUMN pmt.pkg_id IS 'package the payment is for; NULL = payment for single lessons or charges';
COMMENT ON COLUMN pmt.amt IS 'GBP; negative = refund paid back to the learner';
COMMENT ON COLUMN pmt.mthd IS 'CA = cash, CD = card, BT = bank transfer, PP = PayPal';

-- ================================================================ data: packages, lessons, tests, costs, payments
-- lesson plan per learner (learners with an instructor allocated): n lessons, one a week after sign-up
DROP TABLE IF EXISTS pg_temp._plan;
CREATE TEMP TABLE _plan AS
SELECT l.lrnr_id AS g, l.reg_dt, l.main_instr, l.pref_trans,
       CASE WHEN l.lrnr_id % 31 = 7 THEN 0 ELSE 4 + (l.lrnr_id * 7) % 22 END AS n
FROM lrnr l
WHERE l.main_instr IS NOT NULL;

-- packages: every third learner with lessons buys a block; a few Pass Plus and unused blocks come later
INSERT INTO pkg (pkg_id, lrnr_id, pkg_typ, buy_dt, hrs_bought, price, exp_dt)
SELECT row_number() OVER (ORDER BY buy_dt, lrnr_id, pkg_typ), lrnr_id, pkg_typ, buy_dt, hrs, price, exp_dt
FROM (
    SELECT p.g AS lrnr_id,
           CASE WHEN p.g % 27 = 0 THEN 'I' WHEN p.g % 15 = 0 THEN 'M' ELSE 'B' END AS pkg_typ,
           p.reg_dt + 3 AS buy_dt,
           CASE WHEN p.g % 27 = 0 THEN 20.0 WHEN p.g % 15 = 0 THEN 3.0 WHEN (p.g / 3) % 2 = 0 THEN 10.0 ELSE 5.0 END AS hrs,
           CASE WHEN p.g % 27 = 0 THEN 720.00 + 20 * (extract(year from p.reg_dt) - 2024)
                WHEN p.g % 15 = 0 THEN 129.00
                WHEN (p.g / 3) % 2 = 0 THEN 340.00 + 15 * (extract(year from p.reg_dt) - 2024)
                ELSE 175.00 + 7.5 * (extract(year from p.reg_dt) - 2024) END AS price,
           CASE WHEN p.g % 4 = 1 THEN NULL ELSE p.reg_dt + 368 END AS exp_dt
    FROM _plan p
    WHERE p.g % 3 = 0 AND p.n > 0
    UNION ALL                                           -- bought a block, never booked a lesson
    SELECT l.lrnr_id, 'B', l.reg_dt + 1, 5.0, 175.00 + 7.5 * (extract(year from l.reg_dt) - 2024), l.reg_dt + 368
    FROM lrnr l
    WHERE l.lrnr_id % 13 = 0 AND l.lrnr_id % 2 = 0
) x;

-- lessons
INSERT INTO lsn (lsn_id, lrnr_id, instr_id, veh_id, pkg_id, sched_at, dur_min, stat, cxl_at, fee, pickup)
WITH raw AS (
    SELECT p.g, k, p.main_instr AS instr_id,
           ((p.reg_dt + 7 + (k - 1) * 7 + (p.g + k) % 3)::timestamp
             + make_interval(hours => 8 + (p.g * 3 + k * 5) % 11, mins => 30 * ((p.g + k) % 2))) AT TIME ZONE 'Europe/London' AS sched_at,
           CASE WHEN (p.g + k) % 7 = 0 THEN 120 WHEN (p.g + k) % 5 = 0 THEN 90 ELSE 60 END AS dur_min
    FROM _plan p
    CROSS JOIN LATERAL generate_series(1, p.n) AS k
), s AS (
    SELECT raw.*,
           CASE WHEN sched_at >= timestamptz '2026-12-01 00:00:00+00' THEN CASE WHEN k % 8 = 0 THEN 'X' ELSE 'B' END
                WHEN (g * k) % 23 = 0 THEN 'N'
                WHEN (g + k * 3) % 19 = 0 THEN 'L'
                WHEN (g * 5 + k) % 13 = 0 THEN 'X'
                ELSE 'C' END AS stat
    FROM raw
    WHERE sched_at < timestamptz '2027-01-01 00:00:00+00'   -- bookings are taken at most a month ahead
), pk AS (
    SELECT s.*, pk.pkg_id, pk.hrs_bought,
           sum(CASE WHEN s.stat <> 'X' THEN s.dur_min ELSE 0 END)
               OVER (PARTITION BY s.g ORDER BY s.sched_at) AS run_min
    FROM s
    LEFT JOIN pkg pk ON pk.lrnr_id = s.g AND pk.pkg_typ IN ('B', 'I', 'M')
), n AS (
    SELECT pk.*,
           CASE WHEN pkg_id IS NOT NULL AND stat <> 'X' AND run_min <= hrs_bought * 60 THEN pkg_id END AS use_pkg,
           row_number() OVER (ORDER BY sched_at, g) AS rn
    FROM pk
)
SELECT rn, n.g, n.instr_id,
       CASE WHEN n.g % 29 = 3 THEN NULL
            ELSE (SELECT v.veh_id FROM veh v
                  WHERE v.instr_id = n.instr_id AND v.veh_id <> 15
                    AND v.in_svc_dt <= (n.sched_at AT TIME ZONE 'Europe/London')::date
                    AND coalesce(v.out_svc_dt, date '2099-01-01') >= (n.sched_at AT TIME ZONE 'Europe/London')::date
                  ORDER BY v.veh_id LIMIT 1) END,
       n.use_pkg, n.sched_at, n.dur_min, n.stat,
       CASE n.stat WHEN 'X' THEN n.sched_at - (2 + (n.g + n.k) % 5) * interval '1 day' - ((n.g * 7) % 600) * interval '1 minute'
                   WHEN 'L' THEN n.sched_at - (3 + (n.g + n.k) % 20) * interval '1 hour' - ((n.g * 11) % 60) * interval '1 minute' END,
       CASE WHEN n.use_pkg IS NOT NULL OR n.stat = 'X' THEN 0
            ELSE round(i.hr_rate * n.dur_min / 60.0, 2) END,
       CASE WHEN (n.g + n.k) % 6 = 0 THEN (ARRAY['CF10','CF24','CF14','CF11'])[1 + (n.g + n.k) % 4] END
FROM n JOIN instr i ON i.instr_id = n.instr_id;

UPDATE pkg SET hrs_used = u.h
FROM (SELECT pkg_id, sum(dur_min) / 60.0 AS h FROM lsn WHERE pkg_id IS NOT NULL AND stat IN ('C', 'L', 'N') GROUP BY pkg_id) u
WHERE u.pkg_id = pkg.pkg_id;

-- tests: mock tests in the last weeks of lessons; practical tests (up to 4 attempts, none after a pass)
INSERT INTO tst_bk (tst_id, lrnr_id, instr_id, tst_kind, tst_dt, tst_tm, ctr_nm, dvsa_ref, rslt, dr_flts, ser_flts, dng_flts)
WITH lp AS (
    SELECT p.g, p.main_instr, p.n, p.reg_dt + 7 + (p.n - 1) * 7 AS last_dt
    FROM _plan p WHERE p.n >= 8
), mocks AS (
    SELECT lp.g, lp.main_instr AS instr_id, 'M' AS kind, lp.last_dt - 26 + m * 8 AS dt,
           make_time(9 + (lp.g + m) % 8, 15 * ((lp.g * m) % 4), 0) AS tm,
           NULL::text AS ctr,
           (lp.g * 5 + m * 7) % 21 AS df,
           CASE WHEN (lp.g + m) % 3 = 0 THEN 1 + (lp.g + m) % 2 ELSE 0 END AS sf,
           CASE WHEN (lp.g * m) % 11 = 0 THEN 1 ELSE 0 END AS xf,
           NULL::text AS res0
    FROM lp CROSS JOIN LATERAL generate_series(1, 1 + lp.g % 3) AS m
    WHERE lp.g % 5 <> 0 AND lp.last_dt - 26 + m * 8 <= date '2026-11-30'
), att AS (
    SELECT lp.g, lp.main_instr AS instr_id, a, lp.last_dt + 3 + (a - 1) * 42 AS dt,
           make_time((ARRAY[8, 9, 10, 11, 13, 14, 15])[1 + (lp.g + a) % 7], (ARRAY[10, 17, 24, 31, 38, 45, 52])[1 + (lp.g * a) % 7], 0) AS tm,
           (ARRAY['Cardiff (Llanishen)','Cardiff (Fairwater)','Barry','Pontypridd','Newport (Gwent)','Bridgend'])[1 + (lp.g * 5 + a) % 6] AS ctr,
           (lp.g * 3 + a * 5) % 19 AS df,
           CASE WHEN (lp.g + a) % 4 = 0 THEN 1 + lp.g % 2 ELSE 0 END AS sf,
           CASE WHEN (lp.g * a) % 17 = 0 THEN 1 ELSE 0 END AS xf,
           CASE WHEN lp.last_dt + 3 + (a - 1) * 42 > date '2026-11-30' THEN 'U'
                WHEN (lp.g + a) % 31 = 0 THEN 'A'
                WHEN (lp.g * 7 + a) % 37 = 0 THEN 'C' END AS res0
    FROM lp CROSS JOIN LATERAL generate_series(1, 4) AS a
    WHERE lp.n >= 12 AND lp.g % 7 <> 2
), att2 AS (
    SELECT att.*,
           CASE WHEN res0 IS NOT NULL THEN res0 WHEN df <= 15 AND sf = 0 AND xf = 0 THEN 'P' ELSE 'F' END AS res
    FROM att
), att3 AS (
    SELECT att2.*,
           count(*) FILTER (WHERE res IN ('P', 'U')) OVER (PARTITION BY g ORDER BY a ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before_done
    FROM att2
), allt AS (
    SELECT g, instr_id, kind, dt, tm, ctr, NULL::text AS ref,
           CASE WHEN df <= 15 AND sf = 0 AND xf = 0 THEN 'P' ELSE 'F' END AS rslt, df, sf, xf
    FROM mocks
    UNION ALL
    SELECT g, instr_id, 'P', dt, tm, ctr,
           lpad(((g * 7919 + a * 104729) % 100000000)::text, 8, '0'),
           CASE WHEN res = 'U' THEN NULL ELSE res END,
           CASE WHEN res IN ('P', 'F') THEN df END,
           CASE WHEN res IN ('P', 'F') THEN sf END,
           CASE WHEN res IN ('P', 'F') THEN xf END
    FROM att3
    WHERE coalesce(before_done, 0) = 0
)
SELECT row_number() OVER (ORDER BY dt, tm, g), g, instr_id, kind, dt, tm, ctr, ref, rslt, df, sf, xf
FROM allt;

-- car running costs: weekly fuel, services twice a year, tyres, insurance, valets and some repairs
INSERT INTO veh_cost (cost_id, veh_id, cost_dt, cost_typ, amt, fuel_qty, odo_mi, supp, rcpt_ok)
WITH wk AS (
    SELECT v.veh_id, v.fuel_cd, w,
           greatest(v.in_svc_dt, date '2024-01-01') + w * 7 AS dt
    FROM veh v
    CROSS JOIN LATERAL generate_series(0, 160) AS w
    WHERE greatest(v.in_svc_dt, date '2024-01-01') + w * 7
          <= least(coalesce(v.out_svc_dt, date '2026-11-30'), date '2026-11-30')
), c AS (
    SELECT veh_id, fuel_cd, w, dt + (veh_id + w) % 5 AS cost_dt, 'F' AS typ
    FROM wk WHERE veh_id <> 15 OR w % 4 = 0
    UNION ALL SELECT veh_id, fuel_cd, w, dt + 2, 'S' FROM wk WHERE (w + veh_id * 3) % 26 = 0
    UNION ALL SELECT veh_id, fuel_cd, w, dt + 1, 'T' FROM wk WHERE (w + veh_id * 5) % 60 = 0 AND veh_id <> 15
    UNION ALL SELECT veh_id, fuel_cd, w, dt, 'I' FROM wk WHERE (w + veh_id) % 52 = 0
    UNION ALL SELECT veh_id, fuel_cd, w, dt + 3, 'V' FROM wk WHERE (w + veh_id) % 4 = 1 AND veh_id <> 15
    UNION ALL SELECT veh_id, fuel_cd, w, dt + 4, 'R' FROM wk WHERE (veh_id * 7 + w * 3) % 23 = 0
), n AS (
    SELECT c.*, row_number() OVER (ORDER BY cost_dt, veh_id, typ) AS rn FROM c
)
SELECT rn, veh_id, cost_dt, typ,
       CASE typ
            WHEN 'F' THEN CASE fuel_cd WHEN 'E' THEN round((28 + (veh_id * 3 + w * 7) % 19) * 0.31, 2)
                                       WHEN 'H' THEN round((22 + (veh_id + w * 5) % 14) * 1.45, 2)
                                       WHEN 'D' THEN round((35 + (veh_id + w * 3) % 16) * 1.52, 2)
                                       ELSE round((30 + (veh_id * 5 + w * 3) % 17) * (1.39 + (w % 9) * 0.01), 2) END
            WHEN 'S' THEN 189.00 + (veh_id * 17 + w) % 90
            WHEN 'T' THEN 260.00 + (veh_id * 13) % 120
            WHEN 'I' THEN 1450.00 + veh_id * 35
            WHEN 'V' THEN 12.00 + (w % 3) * 4
            ELSE 85.00 + (veh_id * 131 + w * 57) % 700 + ((veh_id + w) % 10) / 10.0 END,
       CASE WHEN typ = 'F' THEN CASE fuel_cd WHEN 'E' THEN 28 + (veh_id * 3 + w * 7) % 19
                                             WHEN 'H' THEN 22 + (veh_id + w * 5) % 14
                                             WHEN 'D' THEN 35 + (veh_id + w * 3) % 16
                                             ELSE 30 + (veh_id * 5 + w * 3) % 17 END END,
       CASE WHEN (w + veh_id) % 7 = 3 THEN NULL ELSE 8000 * veh_id % 23000 + w * 310 + (veh_id * w) % 97 END,
       CASE typ WHEN 'F' THEN (ARRAY['Tesco Extra Western Ave','Shell Newport Rd','Asda Coryton','BP Culverhouse Cross','Sainsbury''s Thornhill'])[1 + (veh_id + w) % 5]
                WHEN 'V' THEN 'Splash Hand Car Wash'
                WHEN 'I' THEN 'Collingwood Insurance'
                WHEN 'T' THEN 'Kwik Fit Cardiff'
                ELSE (ARRAY['Cardiff Auto Centre','Llandaff Motors','Main dealer'])[1 + veh_id % 3] END,
       (veh_id * 3 + w) % 19 <> 0
FROM n;

-- payments: packages up front (intensive courses in two halves), PAYG lessons and charges on the day, a few refunds
INSERT INTO pmt (pmt_id, lrnr_id, pkg_id, pd_at, amt, mthd, note)
WITH p AS (
    SELECT k.lrnr_id, k.pkg_id, (k.buy_dt::timestamp + make_interval(hours => 10 + k.pkg_id % 8, mins => (k.pkg_id * 7) % 60)) AT TIME ZONE 'Europe/London' AS pd_at,
           CASE WHEN k.pkg_typ = 'I' THEN k.price / 2 ELSE k.price END AS amt,
           CASE WHEN k.pkg_id % 4 = 0 THEN 'BT' WHEN k.pkg_id % 4 = 1 THEN 'CD' WHEN k.pkg_id % 4 = 2 THEN 'PP' ELSE 'CD' END AS mthd,
           CASE WHEN k.pkg_typ = 'I' THEN 'deposit' END AS note
    FROM pkg k
    UNION ALL
    SELECT k.lrnr_id, k.pkg_id, (k.buy_dt::timestamp + interval '14 days 18 hours') AT TIME ZONE 'Europe/London', k.price / 2, 'BT', 'balance'
    FROM pkg k WHERE k.pkg_typ = 'I'
    UNION ALL
    SELECT k.lrnr_id, k.pkg_id, (k.buy_dt::timestamp + interval '150 days 12 hours') AT TIME ZONE 'Europe/London',
           -round(k.price / k.hrs_bought * (k.hrs_bought - k.hrs_used), 2), 'BT', 'refund of unused hours'
    FROM pkg k WHERE k.hrs_used < k.hrs_bought AND k.lrnr_id % 4 = 2 AND k.buy_dt + 150 <= date '2026-11-30'
    UNION ALL
    SELECT l.lrnr_id, NULL, l.sched_at + l.dur_min * interval '1 minute' + (l.lsn_id % 3) * interval '1 day',
           l.fee,
           CASE WHEN l.lsn_id % 5 IN (0, 3) THEN 'CA' WHEN l.lsn_id % 5 = 1 THEN 'CD' WHEN l.lsn_id % 5 = 2 THEN 'BT' ELSE 'PP' END,
           CASE l.stat WHEN 'L' THEN 'late cancellation' WHEN 'N' THEN 'no-show' END
    FROM lsn l
    WHERE l.fee > 0 AND l.stat IN ('C', 'L', 'N') AND l.lsn_id % 41 <> 0       -- a few still owed
      AND l.sched_at + l.dur_min * interval '1 minute' + (l.lsn_id % 3) * interval '1 day' < timestamptz '2026-12-01 00:00:00+00'
)
SELECT row_number() OVER (ORDER BY pd_at, lrnr_id, amt), lrnr_id, pkg_id, pd_at, amt, mthd, note
FROM p;

-- Pass Plus packages bought after passing, not used yet (no lessons, no hours used)
INSERT INTO pkg (pkg_id, lrnr_id, pkg_typ, buy_dt, hrs_bought, hrs_used, price, exp_dt)
SELECT (SELECT max(pkg_id) FROM pkg) + row_number() OVER (ORDER BY t.tst_dt, t.lrnr_id), t.lrnr_id, 'P', t.tst_dt + 10, 6.0, 0, 195.00, NULL
FROM tst_bk t
WHERE t.tst_kind = 'P' AND t.rslt = 'P' AND t.lrnr_id % 10 = 7 AND t.tst_dt + 10 <= date '2026-11-30';

INSERT INTO pmt (pmt_id, lrnr_id, pkg_id, pd_at, amt, mthd, note)
SELECT (SELECT max(pmt_id) FROM pmt) + row_number() OVER (ORDER BY k.pkg_id), k.lrnr_id, k.pkg_id,
       (k.buy_dt::timestamp + interval '11 hours') AT TIME ZONE 'Europe/London', k.price, 'CD', 'Pass Plus'
FROM pkg k WHERE k.pkg_typ = 'P';

ANALYZE;
