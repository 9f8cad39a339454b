-- Made-up schema: an indoor climbing and bouldering gym (members, memberships and passes,
-- check-ins at the front desk, routes set on the walls, logged ascents, courses and their
-- bookings, equipment hire, staff who set routes and teach). Data are deterministic
-- (generate_series and modulo arithmetic, no random()); data cut-off is 2026-11-30.
-- Timestamps are built in UTC whatever the session time zone is.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS hire;
DROP TABLE IF EXISTS asc_log;
DROP TABLE IF EXISTS crs_enr;
DROP TABLE IF EXISTS crs;
DROP TABLE IF EXISTS rte;
DROP TABLE IF EXISTS chkin;
DROP TABLE IF EXISTS mshp;
DROP TABLE IF EXISTS stf;
DROP TABLE IF EXISTS mbr;

-- ---------------------------------------------------------------- mbr (members: everyone who signed the waiver)
CREATE TABLE mbr (
    mbr_id      integer PRIMARY KEY,
    fname       text NOT NULL,
    lname       text NOT NULL,
    email       text,
    dob         date,
    joined_on   date NOT NULL,
    belay_cert  char(1) NOT NULL DEFAULT 'N',
    is_student  boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE mbr IS 'Climbers registered at the gym (waiver signed); not all of them bought a membership';
COMMENT ON COLUMN mbr.email IS 'NULL = no email given';
COMMENT ON COLUMN mbr.dob IS 'date of birth; NULL = not given';
COMMENT ON COLUMN mbr.joined_on IS 'date the climber registered (signed the waiver)';
COMMENT ON COLUMN mbr.belay_cert IS 'belay check passed: N = none (bouldering only), T = top-rope belay, L = lead climbing and lead belay';

INSERT INTO mbr (mbr_id, fname, lname, email, dob, joined_on, belay_cert, is_student)
SELECT g, fn, ln,
       CASE WHEN g % 31 = 0 THEN NULL ELSE lower(fn || '.' || ln || g || '@mail.test') END,
       CASE WHEN g % 17 = 0 THEN NULL ELSE date '1972-01-01' + (g * 397) % 12800 END,
       date '2023-03-01' + (g * 53) % 1370,
       (ARRAY['N','N','T','T','L'])[1 + g % 5],
       g % 4 = 0
FROM (
    SELECT g,
           (ARRAY['Alex','Sam','Jordan','Maya','Leo','Zoe','Ravi','Ines','Tom','Yuki',
                  'Nina','Omar','Lena','Kai','Sara','Finn','Anya','Marco','Elif','Ben'])[1 + g % 20] AS fn,
           (ARRAY['Hughes','Okafor','Berg','Novak','Silva','Tanaka','Moreau','Kowalski','Reid','Fischer',
                  'Haddad','Costa','Lindqvist','Murphy','Petrov','Ortega','Young','Sato','Dubois','Walsh',
                  'Ivanova','Kerr','Brennan'])[1 + (g * 7) % 23] AS ln
    FROM generate_series(1, 600) AS g
) t;

-- ---------------------------------------------------------------- stf (staff)
CREATE TABLE stf (
    stf_id    integer PRIMARY KEY,
    stf_nm    text NOT NULL,
    role_cd   char(2) NOT NULL,
    hired_on  date NOT NULL,
    left_on   date,
    hr_rate   numeric(6,2) NOT NULL
);
COMMENT ON COLUMN stf.role_cd IS 'RS = route setter, IN = climbing instructor, FD = front desk, MG = manager';
COMMENT ON COLUMN stf.left_on IS 'last working day; NULL = still employed';
COMMENT ON COLUMN stf.hr_rate IS 'hourly pay, USD';

INSERT INTO stf (stf_id, stf_nm, role_cd, hired_on, left_on, hr_rate) VALUES
    (1,  'Dana Whitfield',   'RS', '2021-04-12', NULL,         27.50),
    (2,  'Marek Zielinski',  'RS', '2022-02-01', NULL,         26.00),
    (3,  'Priya Raman',      'RS', '2023-05-15', NULL,         25.00),
    (4,  'Jonah Blackwood',  'RS', '2024-01-08', '2026-06-30', 24.00),
    (5,  'Carla Mendes',     'RS', '2025-03-03', NULL,         24.50),
    (6,  'Sofia Lind',       'IN', '2021-09-01', NULL,         30.00),
    (7,  'Ethan Cole',       'IN', '2022-06-20', NULL,         28.00),
    (8,  'Hana Kobayashi',   'IN', '2023-02-13', NULL,         28.00),
    (9,  'Luis Ferreira',    'IN', '2024-04-02', NULL,         27.00),
    (10, 'Grace Obi',        'IN', '2024-11-11', NULL,         26.50),
    (11, 'Tess Morgan',      'FD', '2022-01-10', NULL,         18.00),
    (12, 'Ollie Grant',      'FD', '2023-08-01', '2025-09-30', 17.50),
    (13, 'Ada Nwosu',        'FD', '2024-02-19', NULL,         17.50),
    (14, 'Pete Hale',        'FD', '2025-05-05', NULL,         17.00),
    (15, 'Mira Svensson',    'FD', '2025-10-01', NULL,         17.00),
    (16, 'Rob Castellano',   'MG', '2020-11-01', NULL,         34.00),
    (17, 'Iris Tan',         'MG', '2023-01-09', NULL,         32.00);

-- ---------------------------------------------------------------- mshp (memberships and passes sold)
CREATE TABLE mshp (
    mshp_id   integer PRIMARY KEY,
    mbr_id    integer NOT NULL REFERENCES mbr (mbr_id),
    plan_cd   char(2) NOT NULL,
    start_dt  date NOT NULL,
    end_dt    date,
    price     numeric(7,2) NOT NULL,
    pay_meth  char(1) NOT NULL,
    sold_by   integer REFERENCES stf (stf_id)
);
COMMENT ON COLUMN mshp.plan_cd IS 'MO = monthly membership (rolling, billed every month), TV = 10-visit pass, DP = day pass';
COMMENT ON COLUMN mshp.end_dt IS 'MO: date the membership was cancelled, NULL = still running; TV: expiry date (12 months after purchase); DP: the day itself';
COMMENT ON COLUMN mshp.price IS 'USD; MO: monthly fee, TV and DP: price paid (0 = complimentary)';
COMMENT ON COLUMN mshp.pay_meth IS 'C = card, X = cash, D = direct debit';
COMMENT ON COLUMN mshp.sold_by IS 'staff member at the desk who sold it; NULL = bought online';

INSERT INTO mshp (mshp_id, mbr_id, plan_cd, start_dt, end_dt, price, pay_meth, sold_by)
WITH s AS (
    -- monthly memberships
    SELECT m.mbr_id, 'MO' AS plan_cd, m.joined_on AS start_dt,
           CASE WHEN m.mbr_id % 2 = 0 THEN NULL
                WHEN (m.joined_on + ((m.mbr_id % 14) + 2) * interval '1 month' - interval '1 day')::date > date '2026-11-30' THEN NULL
                ELSE (m.joined_on + ((m.mbr_id % 14) + 2) * interval '1 month' - interval '1 day')::date END AS end_dt,
           CASE WHEN m.is_student THEN 58.00 ELSE 72.00 END AS price
    FROM mbr m WHERE m.mbr_id % 3 = 0 AND m.mbr_id % 41 <> 0
    UNION ALL
    -- first 10-visit pass
    SELECT m.mbr_id, 'TV', m.joined_on, (m.joined_on + interval '12 months' - interval '1 day')::date,
           CASE WHEN m.mbr_id % 10 = 1 THEN 135.00 ELSE 150.00 END
    FROM mbr m WHERE m.mbr_id % 3 = 1 AND m.mbr_id % 41 <> 0
    UNION ALL
    -- a second 10-visit pass, bought 4 months later
    SELECT m.mbr_id, 'TV', m.joined_on + 120, (m.joined_on + 120 + interval '12 months' - interval '1 day')::date, 150.00
    FROM mbr m WHERE m.mbr_id % 6 = 1 AND m.mbr_id % 41 <> 0 AND m.joined_on + 120 <= date '2026-11-30'
    UNION ALL
    -- day passes
    SELECT m.mbr_id, 'DP', m.joined_on, m.joined_on,
           CASE WHEN m.mbr_id % 37 = 0 THEN 0.00 ELSE 18.00 END
    FROM mbr m WHERE m.mbr_id % 3 = 2 AND m.mbr_id % 41 <> 0
    UNION ALL
    -- day-pass climbers who came back for more day passes
    SELECT m.mbr_id, 'DP', m.joined_on + 30 * k, m.joined_on + 30 * k,
           CASE WHEN (m.mbr_id + k) % 9 = 0 THEN 0.00 ELSE 18.00 END
    FROM mbr m CROSS JOIN generate_series(1, 3) AS k
    WHERE m.mbr_id % 3 = 2 AND m.mbr_id % 5 < k + 1 AND m.mbr_id % 41 <> 0 AND m.joined_on + 30 * k <= date '2026-11-30'
), n AS (
    SELECT s.*, row_number() OVER (ORDER BY start_dt, mbr_id, plan_cd) AS rn FROM s
)
SELECT rn, mbr_id, plan_cd, start_dt, end_dt, price,
       CASE WHEN plan_cd = 'MO' THEN 'D' WHEN rn % 5 = 0 THEN 'X' ELSE 'C' END,
       CASE WHEN rn % 3 = 0 THEN NULL
            WHEN start_dt < date '2025-10-01' THEN (ARRAY[11, 12, 13, 16])[1 + rn % 4]
            ELSE (ARRAY[11, 13, 14, 15])[1 + rn % 4] END
FROM n;

-- ---------------------------------------------------------------- chkin (front-desk check-ins)
CREATE TABLE chkin (
    chk_id    integer PRIMARY KEY,
    mbr_id    integer NOT NULL REFERENCES mbr (mbr_id),
    mshp_id   integer REFERENCES mshp (mshp_id),
    chk_ts    timestamptz NOT NULL,
    out_ts    timestamptz
);
COMMENT ON COLUMN chkin.mshp_id IS 'membership or pass the visit was taken on; NULL = free trial visit';
COMMENT ON COLUMN chkin.chk_ts IS 'time the climber scanned in';
COMMENT ON COLUMN chkin.out_ts IS 'time the climber scanned out; NULL = did not scan out';

INSERT INTO chkin (chk_id, mbr_id, mshp_id, chk_ts, out_ts)
WITH v AS (
    -- monthly members: a visit every 11 to 23 days while the membership runs
    SELECT ms.mshp_id, ms.mbr_id, d::date AS vday, k::int AS k
    FROM mshp ms
    CROSS JOIN LATERAL generate_series(ms.start_dt::timestamp,
                                       least(coalesce(ms.end_dt, date '2026-11-30'), date '2026-11-30')::timestamp,
                                       (11 + ms.mbr_id % 13) * interval '1 day') WITH ORDINALITY AS x(d, k)
    WHERE ms.plan_cd = 'MO'
    UNION ALL
    -- 10-visit passes: 0 to 10 visits, 12 days apart
    SELECT ms.mshp_id, ms.mbr_id, ms.start_dt + 3 + (k - 1) * 12, k
    FROM mshp ms
    CROSS JOIN LATERAL generate_series(1, (ms.mbr_id * 7 + ms.mshp_id) % 11) AS k
    WHERE ms.plan_cd = 'TV' AND ms.start_dt + 3 + (k - 1) * 12 <= date '2026-11-30'
    UNION ALL
    -- day passes: used on the day, a few bought online and never used
    SELECT ms.mshp_id, ms.mbr_id, ms.start_dt, 1
    FROM mshp ms
    WHERE ms.plan_cd = 'DP' AND ms.mshp_id % 13 <> 0
    UNION ALL
    -- free trial visits of people who never bought anything
    SELECT NULL, m.mbr_id, m.joined_on, 1
    FROM mbr m
    WHERE m.mbr_id % 41 = 0 AND m.mbr_id % 2 = 0
), t AS (
    SELECT mshp_id, mbr_id,
           (vday::timestamp + (6 + (mbr_id * 3 + k * 5) % 15) * interval '1 hour'
                            + ((mbr_id * 7 + k * 11) % 60) * interval '1 minute') AT TIME ZONE 'UTC' AS chk_ts,
           CASE WHEN (mbr_id + k) % 23 = 0 THEN NULL
                ELSE (vday::timestamp + (6 + (mbr_id * 3 + k * 5) % 15) * interval '1 hour'
                                      + ((mbr_id * 7 + k * 11) % 60) * interval '1 minute'
                                      + (40 + (mbr_id * 13 + k * 17) % 140) * interval '1 minute') AT TIME ZONE 'UTC' END AS out_ts
    FROM v
    UNION ALL
    -- New Year's Eve climb night and the Halloween late session (on monthly memberships running at the time)
    SELECT ms.mshp_id, ms.mbr_id, e.ts AT TIME ZONE 'UTC', (e.ts + interval '2 hours') AT TIME ZONE 'UTC'
    FROM (VALUES (timestamp '2025-12-31 23:30:00', 0), (timestamp '2026-01-01 00:00:00', 1),
                 (timestamp '2026-10-31 23:45:00', 2), (timestamp '2026-11-01 00:00:00', 3)) AS e(ts, slot)
    JOIN mshp ms ON ms.plan_cd = 'MO' AND ms.start_dt <= e.ts::date
                AND coalesce(ms.end_dt, date '2026-11-30') >= e.ts::date
                AND ms.mshp_id % 11 = e.slot
)
SELECT row_number() OVER (ORDER BY chk_ts, mbr_id), mbr_id, mshp_id, chk_ts, out_ts
FROM t;

-- ---------------------------------------------------------------- rte (routes and boulder problems set on the walls)
CREATE TABLE rte (
    rte_id      integer PRIMARY KEY,
    wall_cd     varchar(3) NOT NULL,
    rte_type    char(1) NOT NULL,
    grd         varchar(6) NOT NULL,
    hold_clr    text NOT NULL,
    setter_id   integer REFERENCES stf (stf_id),
    set_on      date NOT NULL,
    stripped_on date
);
COMMENT ON COLUMN rte.wall_cd IS 'CAV = the cave (steep boulder overhang), SLB = slab boulder wall, PRW = the prow boulder, TR1 = top-rope wall, LD1 = north lead wall, LD2 = south lead wall, KID = kids wall';
COMMENT ON COLUMN rte.rte_type IS 'B = boulder problem, T = top-rope route, L = lead route';
COMMENT ON COLUMN rte.grd IS 'grade: V-scale for boulders (V0 easiest to V8), YDS for rope routes (5.6 easiest to 5.12a)';
COMMENT ON COLUMN rte.hold_clr IS 'colour of the holds';
COMMENT ON COLUMN rte.setter_id IS 'staff member who set it; NULL = set by a guest setter';
COMMENT ON COLUMN rte.set_on IS 'date the route was put up';
COMMENT ON COLUMN rte.stripped_on IS 'date the holds were taken down; NULL = still up';

INSERT INTO rte (rte_id, wall_cd, rte_type, grd, hold_clr, setter_id, set_on, stripped_on)
WITH b AS (
    SELECT g,
           (ARRAY['CAV','SLB','PRW','TR1','LD1','LD2','CAV','PRW','KID'])[1 + g % 9] AS wall_cd,
           date '2024-06-03' + ((g - 1) / 5) * 10 AS set_on,
           CASE WHEN g % 23 = 0 THEN 200 ELSE 35 + (g * 13) % 60 END AS life
    FROM generate_series(1, 450) AS g
)
SELECT g, wall_cd,
       CASE WHEN wall_cd IN ('CAV','SLB','PRW') THEN 'B' WHEN wall_cd IN ('TR1','KID') THEN 'T' ELSE 'L' END,
       CASE WHEN wall_cd IN ('CAV','SLB','PRW') THEN 'V' || ((g * 7) % 9)::text
            WHEN wall_cd = 'KID' THEN (ARRAY['5.6','5.7','5.8'])[1 + g % 3]
            ELSE (ARRAY['5.7','5.8','5.9','5.10a','5.10b','5.10c','5.10d','5.11a','5.11b','5.12a'])[1 + (g * 3) % 10] END,
       (ARRAY['red','blue','green','yellow','black','white','purple','orange','pink'])[1 + (g * 5) % 9],
       CASE WHEN g % 19 = 0 THEN NULL
            WHEN set_on > date '2026-06-30' THEN (ARRAY[1, 2, 3, 5])[1 + g % 4]
            WHEN set_on < date '2025-03-03' THEN 1 + g % 4
            ELSE 1 + g % 5 END,
       set_on,
       CASE WHEN set_on + life > date '2026-11-30' THEN NULL ELSE set_on + life END
FROM b;

-- ---------------------------------------------------------------- asc_log (climbs logged by members in the app)
CREATE TABLE asc_log (
    asc_id     integer PRIMARY KEY,
    mbr_id     integer NOT NULL REFERENCES mbr (mbr_id),
    rte_id     integer NOT NULL REFERENCES rte (rte_id),
    logged_ts  timestamptz NOT NULL,
    result     char(1) NOT NULL,
    tries      smallint NOT NULL,
    stars      smallint
);
COMMENT ON TABLE asc_log IS 'Climbs members logged in the gym app, including attempts that did not reach the top';
COMMENT ON COLUMN asc_log.result IS 'F = flash (topped first try), R = redpoint (topped after earlier tries), P = attempt only, not topped';
COMMENT ON COLUMN asc_log.tries IS 'number of tries that session';
COMMENT ON COLUMN asc_log.stars IS 'climber''s quality rating of the route, 1 to 4; NULL = not rated';

INSERT INTO asc_log (asc_id, mbr_id, rte_id, logged_ts, result, tries, stars)
WITH a AS (
    SELECT c.chk_id, c.mbr_id, c.chk_ts, k, r.rte_id
    FROM chkin c
    CROSS JOIN generate_series(1, 3) AS k
    CROSS JOIN LATERAL (
        SELECT rt.rte_id FROM rte rt
        WHERE rt.set_on <= (c.chk_ts AT TIME ZONE 'UTC')::date
          AND (rt.stripped_on IS NULL OR rt.stripped_on >= (c.chk_ts AT TIME ZONE 'UTC')::date)
          AND rt.wall_cd <> 'KID'
          AND rt.rte_id % 17 <> 0
        ORDER BY (rt.rte_id * 31 + c.chk_id * 7 + k * 13) % 101, rt.rte_id
        LIMIT 1
    ) r
    WHERE c.chk_id % 3 = 1 AND k <= 1 + c.chk_id % 2
)
SELECT row_number() OVER (ORDER BY chk_ts, chk_id, k), mbr_id, rte_id,
       chk_ts + k * 20 * interval '1 minute',
       CASE WHEN (chk_id + k * 3) % 5 = 0 THEN 'F' WHEN (chk_id + k * 2) % 7 < 2 THEN 'P' ELSE 'R' END,
       CASE WHEN (chk_id + k * 3) % 5 = 0 THEN 1
            WHEN (chk_id + k * 2) % 7 < 2 THEN 1 + (chk_id * k) % 5
            ELSE 2 + (chk_id + k) % 4 END,
       CASE WHEN (chk_id + k) % 4 = 0 THEN NULL ELSE 1 + (rte_id * 3 + chk_id % 3) % 4 END
FROM a;

-- ---------------------------------------------------------------- crs (courses)
CREATE TABLE crs (
    crs_id     integer PRIMARY KEY,
    crs_nm     text NOT NULL,
    instr_id   integer NOT NULL REFERENCES stf (stf_id),
    start_dt   date NOT NULL,
    n_sess     smallint NOT NULL,
    fee        numeric(6,2) NOT NULL,
    max_seats  smallint NOT NULL
);
COMMENT ON COLUMN crs.instr_id IS 'instructor teaching the course';
COMMENT ON COLUMN crs.start_dt IS 'date of the first session';
COMMENT ON COLUMN crs.n_sess IS 'number of sessions';
COMMENT ON COLUMN crs.fee IS 'list price per participant, USD';
COMMENT ON COLUMN crs.max_seats IS 'places available';

INSERT INTO crs (crs_id, crs_nm, instr_id, start_dt, n_sess, fee, max_seats)
SELECT g,
       (ARRAY['Intro to Bouldering','Learn to Belay','Lead Climbing Course','Technique Clinic','Kids Climbing Club','Outdoor Transition'])[1 + g % 6],
       6 + g % 5,
       date '2025-01-11' + (g - 1) * 18,
       (ARRAY[2, 1, 4, 3, 6, 2])[1 + g % 6],
       (ARRAY[60.00, 45.00, 180.00, 95.00, 120.00, 140.00])[1 + g % 6],
       (ARRAY[10, 6, 6, 8, 12, 8])[1 + g % 6]
FROM generate_series(1, 40) AS g;

-- ---------------------------------------------------------------- crs_enr (course bookings)
CREATE TABLE crs_enr (
    enr_id        integer PRIMARY KEY,
    crs_id        integer NOT NULL REFERENCES crs (crs_id),
    mbr_id        integer NOT NULL REFERENCES mbr (mbr_id),
    enrolled_on   date NOT NULL,
    fee_paid      numeric(6,2),
    cancelled_on  date
);
COMMENT ON COLUMN crs_enr.fee_paid IS 'amount paid, USD (members on a monthly plan get 10% off); NULL = not paid yet';
COMMENT ON COLUMN crs_enr.cancelled_on IS 'date the booking was cancelled; NULL = still booked (cancelled bookings are refunded in full)';

INSERT INTO crs_enr (enr_id, crs_id, mbr_id, enrolled_on, fee_paid, cancelled_on)
WITH e AS (
    SELECT c.crs_id, c.fee, c.start_dt, k,
           1 + (c.crs_id * 37 + k * 53) % 600 AS mbr_id,
           c.start_dt - (5 + (k * 3 + c.crs_id) % 25) AS enrolled_on
    FROM crs c
    CROSS JOIN LATERAL generate_series(1, CASE WHEN c.crs_id % 9 = 0 THEN 0
                                               ELSE least(c.max_seats, 3 + (c.crs_id * 5) % 10) END) AS k
), f AS (
    SELECT e.*, row_number() OVER (ORDER BY enrolled_on, crs_id, k) AS rn
    FROM e WHERE enrolled_on <= date '2026-11-30'
)
SELECT rn, crs_id, mbr_id, enrolled_on,
       CASE WHEN (crs_id + k) % 11 = 0 THEN NULL
            WHEN mbr_id % 3 = 0 THEN round(fee * 0.9, 2)
            ELSE fee END,
       CASE WHEN (crs_id * k) % 8 = 3 AND enrolled_on + 3 <= date '2026-11-30' THEN enrolled_on + 3 END
FROM f;

-- ---------------------------------------------------------------- hire (equipment hire at the desk)
CREATE TABLE hire (
    hire_id   integer PRIMARY KEY,
    chk_id    integer NOT NULL,
    item_cd   char(2) NOT NULL,
    shoe_sz   numeric(3,1),
    out_ts    timestamptz NOT NULL,
    back_ts   timestamptz,
    fee       numeric(5,2) NOT NULL
);
COMMENT ON COLUMN hire.chk_id IS 'visit (chkin.chk_id) the gear was hired on';
COMMENT ON COLUMN hire.item_cd IS 'SH = climbing shoes, HN = harness, BD = belay device, CB = chalk bag';
COMMENT ON COLUMN hire.shoe_sz IS 'EU shoe size; only for shoes';
COMMENT ON COLUMN hire.back_ts IS 'time the item was handed back; NULL = not returned';
COMMENT ON COLUMN hire.fee IS 'hire fee charged, USD; 0 = waived';

INSERT INTO hire (hire_id, chk_id, item_cd, shoe_sz, out_ts, back_ts, fee)
WITH h AS (
    SELECT c.chk_id, c.chk_ts, c.out_ts, i.item_cd, i.ord
    FROM chkin c
    JOIN (VALUES ('SH', 1, 4, 0), ('HN', 2, 9, 0), ('BD', 3, 15, 0), ('CB', 4, 10, 3)) AS i(item_cd, ord, md, rm)
      ON c.chk_id % i.md = i.rm
), n AS (
    SELECT h.*, row_number() OVER (ORDER BY chk_ts, chk_id, ord) AS rn FROM h
)
SELECT rn, chk_id, item_cd,
       CASE WHEN item_cd = 'SH' THEN 36 + ((chk_id * 7) % 21) / 2.0 END,
       chk_ts + interval '5 minutes',
       CASE WHEN out_ts IS NULL AND rn % 2 = 0 THEN NULL
            WHEN rn % 29 = 0 THEN NULL
            WHEN out_ts IS NULL THEN chk_ts + interval '95 minutes'
            ELSE out_ts - interval '5 minutes' END,
       CASE WHEN chk_id % 7 = 0 THEN 0.00
            ELSE (ARRAY[5.00, 3.00, 2.00, 1.50])[ord] END
FROM n;
