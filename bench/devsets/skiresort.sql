-- Made-up schema: an alpine ski resort operator (lifts, slopes, lift-pass products, skiers,
-- pass sales, lift gate scans, ski-school instructors and lessons, equipment rentals,
-- ski patrol incidents, daily snow reports per slope). Data are deterministic
-- (generate_series and modulo arithmetic, no random()); data cut-off is 2025-11-30.
-- Operating days: 2024-01-01..2024-04-14 (end of the 2023/24 season), 2024-12-07..2025-04-21
-- (2024/25 season) and 2025-11-22..2025-11-30 (start of the 2025/26 season).
-- Links without a declared foreign key: scn.sale_id -> pss_sale.sale_id,
-- lsn.cust_id -> cust.cust_id, incd.slp_id -> slp.slp_id.
-- All timestamps are stored in UTC.
-- Re-runnable: tables are dropped children first.

SET TIME ZONE 'UTC';

DROP TABLE IF EXISTS snw_rpt;
DROP TABLE IF EXISTS incd;
DROP TABLE IF EXISTS rnt;
DROP TABLE IF EXISTS lsn;
DROP TABLE IF EXISTS instr;
DROP TABLE IF EXISTS scn;
DROP TABLE IF EXISTS pss_sale;
DROP TABLE IF EXISTS cust;
DROP TABLE IF EXISTS pss_prd;
DROP TABLE IF EXISTS slp;
DROP TABLE IF EXISTS lft;

-- ---------------------------------------------------------------- lft (lifts)
CREATE TABLE lft (
    lft_id    smallint PRIMARY KEY,
    lft_cd    varchar(4) NOT NULL,
    lft_nm    text NOT NULL,
    lft_typ   char(1) NOT NULL,
    cap_pph   integer NOT NULL,
    vert_m    integer NOT NULL,
    ride_min  numeric(4,1) NOT NULL,
    sts       char(1) NOT NULL,
    built_yr  smallint
);
COMMENT ON TABLE lft IS 'Lifts of the resort';
COMMENT ON COLUMN lft.lft_typ IS 'G = gondola, C = chairlift, T = T-bar / drag lift, B = conveyor belt (magic carpet)';
COMMENT ON COLUMN lft.cap_pph IS 'design capacity, persons per hour';
COMMENT ON COLUMN lft.vert_m IS 'vertical rise, metres';
COMMENT ON COLUMN lft.ride_min IS 'ride time bottom to top, minutes';
COMMENT ON COLUMN lft.sts IS 'O = in operation, M = closed for maintenance / inspection, X = decommissioned';

INSERT INTO lft (lft_id, lft_cd, lft_nm, lft_typ, cap_pph, vert_m, ride_min, sts, built_yr) VALUES
    (1,  'G1',  'Edelweiss Gondola',     'G', 2400, 980,  9.5, 'O', 2012),
    (2,  'C6A', 'Gamskogel Express',     'C', 3000, 610,  6.0, 'O', 2016),
    (3,  'C4B', 'Sonnenhang Quad',       'C', 2200, 420,  5.5, 'O', 2004),
    (4,  'B1',  'Kinderland Carpet',     'B',  900,  12,  1.5, 'O', 2019),
    (5,  'T1',  'Nordhang T-Bar',        'T', 1100, 260,  4.0, 'O', 1989),
    (6,  'G2',  'Gletscher Gondola',     'G', 2000, 720,  8.0, 'O', 2018),
    (7,  'C4C', 'Hochalm Quad',          'C', 2000, 390,  6.5, 'O', 2008),
    (8,  'C8',  'Panorama 8er',          'C', 3600, 540,  4.5, 'O', 2021),
    (9,  'C2A', 'Bergsee Double',        'C', 1200, 310,  9.0, 'M', 1994),
    (10, 'T2',  'Schneekar T-Bar',       'T', 1000, 240,  3.5, 'O', 1991),
    (11, 'C4D', 'Wolfsgrube Quad',       'C', 2400, 450,  5.0, 'O', 2010),
    (12, 'C6B', 'Zirbenwald Six',        'C', 2800, 500,  5.5, 'O', 2014),
    (13, 'B2',  'Kinderland Carpet 2',   'B',  800,   9,  1.0, 'O', 2022),
    (14, 'C2B', 'Old Mill Double',       'C',  900, 280, 11.0, 'X', 1978);

-- ---------------------------------------------------------------- slp (slopes / runs)
CREATE TABLE slp (
    slp_id   smallint PRIMARY KEY,
    slp_no   varchar(4) NOT NULL,
    slp_nm   text NOT NULL,
    diff_cd  char(1) NOT NULL,
    lft_id   smallint NOT NULL REFERENCES lft (lft_id),
    len_m    integer NOT NULL,
    snowmk   boolean NOT NULL DEFAULT false
);
COMMENT ON COLUMN slp.diff_cd IS 'B = blue (easy), R = red (intermediate), S = black (difficult), F = freeride ski route (marked, not groomed)';
COMMENT ON COLUMN slp.lft_id IS 'main lift serving the run';
COMMENT ON COLUMN slp.len_m IS 'run length, metres';
COMMENT ON COLUMN slp.snowmk IS 'true = equipped with snowmaking (artificial snow)';

INSERT INTO slp (slp_id, slp_no, slp_nm, diff_cd, lft_id, len_m, snowmk) VALUES
    (1,  '1',  'Talabfahrt',              'R', 1,  3800, true),
    (2,  '2',  'Edelweiss',               'B', 1,  2900, true),
    (3,  '3',  'Gamskogel Nord',          'S', 2,  1900, true),
    (4,  '4',  'Gamskogel Süd',           'R', 2,  2100, true),
    (5,  '5',  'Sonnenhang',              'B', 3,  1600, true),
    (6,  '6',  'Kinderland',              'B', 4,   250, true),
    (7,  '7',  'Nordhang',                'R', 5,  1200, false),
    (8,  '8',  'Gletscherabfahrt',        'R', 6,  3100, false),
    (9,  '9',  'Gletscher Direttissima',  'S', 6,  1700, false),
    (10, '10', 'Hochalm',                 'B', 7,  2400, true),
    (11, '11', 'Panorama',                'B', 8,  2600, true),
    (12, '12', 'Panorama Steilhang',      'S', 8,  1100, true),
    (13, '13', 'Bergsee',                 'R', 9,  2200, false),
    (14, '14', 'Schneekar',               'R', 10, 1300, false),
    (15, '15', 'Wolfsgrube',              'S', 11, 1500, true),
    (16, '16', 'Wolfsgrube Skiroute',     'F', 11, 1800, false),
    (17, '17', 'Zirbenwald',              'B', 12, 2300, true),
    (18, '18', 'Zirbenwald Race',         'S', 12, 1400, true),
    (19, '19', 'Hexenkessel Freeride',    'F', 6,  2000, false),
    (20, '20', 'Übungswiese',             'B', 13,  200, true),
    (21, '21', 'Mühlenweg',               'R', 14, 1900, false),
    (22, '22', 'Gamsrinne Skiroute',      'F', 2,  1600, false);

-- ---------------------------------------------------------------- pss_prd (lift-pass products)
CREATE TABLE pss_prd (
    prd_id     smallint PRIMARY KEY,
    prd_cd     varchar(8) NOT NULL,
    prd_nm     text NOT NULL,
    dur_days   smallint,
    age_cat    char(1) NOT NULL,
    price_eur  numeric(7,2) NOT NULL,
    actv       boolean NOT NULL DEFAULT true
);
COMMENT ON COLUMN pss_prd.dur_days IS 'number of consecutive days the pass is valid; NULL = season pass (valid until the end of the season)';
COMMENT ON COLUMN pss_prd.age_cat IS 'A = adult (26-64), Y = youth (16-25), C = child (6-15), S = senior (65+)';
COMMENT ON COLUMN pss_prd.price_eur IS 'list price, EUR';
COMMENT ON COLUMN pss_prd.actv IS 'false = no longer on sale';

INSERT INTO pss_prd (prd_id, prd_cd, prd_nm, dur_days, age_cat, price_eur, actv) VALUES
    (1,  'DAY-A',  'Day pass adult',                 1,    'A',  62.00, true),
    (2,  'DAY-Y',  'Day pass youth',                 1,    'Y',  47.00, true),
    (3,  'DAY-C',  'Day pass child',                 1,    'C',  31.00, true),
    (4,  'PM-A',   'Afternoon pass adult (from 12:00)', 1, 'A',  49.00, true),
    (5,  '3D-A',   '3-day pass adult',               3,    'A', 172.00, true),
    (6,  '6D-A',   '6-day pass adult',               6,    'A', 318.00, true),
    (7,  '6D-C',   '6-day pass child',               6,    'C', 159.00, true),
    (8,  'SSN-A',  'Season pass adult',              NULL, 'A', 749.00, true),
    (9,  'SSN-Y',  'Season pass youth',              NULL, 'Y', 560.00, true),
    (10, 'SSN-S',  'Season pass senior',             NULL, 'S', 599.00, true),
    (11, 'DAY-S',  'Day pass senior',                1,    'S',  55.00, true),
    (12, '3D-OLD', '3-day pass adult (2023 tariff)', 3,    'A', 159.00, false);

-- ---------------------------------------------------------------- cust (skiers / customers)
CREATE TABLE cust (
    cust_id     integer PRIMARY KEY,
    fst_nm      text NOT NULL,
    lst_nm      text NOT NULL,
    email       text,
    ctry_cd     char(2) NOT NULL,
    birth_dt    date,
    mktg_optin  boolean NOT NULL DEFAULT false,
    crtd_ts     timestamptz NOT NULL
);
COMMENT ON COLUMN cust.ctry_cd IS 'ISO 3166-1 alpha-2 country of residence';
COMMENT ON COLUMN cust.mktg_optin IS 'agreed to receive marketing e-mails';

INSERT INTO cust (cust_id, fst_nm, lst_nm, email, ctry_cd, birth_dt, mktg_optin, crtd_ts)
SELECT g, fn, ln,
       CASE WHEN g % 23 = 0 THEN NULL ELSE lower(fn || '.' || ln || g || '@mail.example') END,
       (ARRAY['AT','DE','DE','NL','GB','CH','IT','DE','DK','BE','PL','AT','CZ','US','NL','DE','AT',
              'DE','AT','GB','DE','NL','AT','DE','CH','GB','DE','AT','NL','DE'])[1 + (g * 7) % 30],
       CASE WHEN g % 19 = 0 THEN NULL ELSE date '1948-01-01' + (g * 2377) % 25500 END,
       g % 3 = 0,
       timestamptz '2023-09-01 08:00:00+00' + g * interval '19 hours' + (g % 60) * interval '1 minute'
FROM (
    SELECT g,
           (ARRAY['Lukas','Anna','Jürgen','Sophie','Maximilian','Emma','Jan','Lea','Thomas','Zoë',
                  'Pieter','Marta','Oliver','Chloé','Luca','Freya','Tomáš','Ingrid','Jack','Katarzyna',
                  'Mathias','Hanna'])[1 + g % 22] AS fn,
           (ARRAY['Gruber','Müller','Schmidt','de Vries','Smith','Bianchi','Jensen','Huber','Novák','Wagner',
                  'Peeters','Kowalski','Brown','Steiner','Bauer','Janssen','Fischer','Rossi','Hofer','Taylor',
                  'Pichler','Weber','Moser'])[1 + (g * 7) % 23] AS ln
    FROM generate_series(1, 800) AS g
) t;

-- ---------------------------------------------------------------- pss_sale (lift-pass sales)
CREATE TABLE pss_sale (
    sale_id    integer PRIMARY KEY,
    cust_id    integer NOT NULL REFERENCES cust (cust_id),
    prd_id     smallint NOT NULL REFERENCES pss_prd (prd_id),
    sale_ts    timestamptz NOT NULL,
    chnl       char(1) NOT NULL,
    disc_pct   smallint NOT NULL DEFAULT 0,
    amt_eur    numeric(8,2) NOT NULL,
    vld_from   date NOT NULL,
    vld_to     date NOT NULL,
    rfnd_ts    timestamptz
);
COMMENT ON COLUMN pss_sale.chnl IS 'W = web shop, T = ticket office at the valley station, H = hotel partner, A = mobile app';
COMMENT ON COLUMN pss_sale.disc_pct IS 'discount granted on the list price, percent';
COMMENT ON COLUMN pss_sale.amt_eur IS 'amount paid, EUR (refunds are not subtracted)';
COMMENT ON COLUMN pss_sale.vld_from IS 'first day the pass is valid';
COMMENT ON COLUMN pss_sale.vld_to IS 'last day the pass is valid';
COMMENT ON COLUMN pss_sale.rfnd_ts IS 'when the pass was refunded; NULL = not refunded';

INSERT INTO pss_sale (sale_id, cust_id, prd_id, sale_ts, chnl, disc_pct, amt_eur, vld_from, vld_to, rfnd_ts)
WITH od AS (
    SELECT d::date AS dt, row_number() OVER (ORDER BY d) AS dn
    FROM generate_series(date '2024-01-01', date '2025-11-30', interval '1 day') AS d
    WHERE d BETWEEN '2024-01-01' AND '2024-04-14'
       OR d BETWEEN '2024-12-07' AND '2025-04-21'
       OR d >= '2025-11-22'
), b AS (
    SELECT g, od.dt, od.dn,
           CASE WHEN od.dn <= 105 THEN 1 WHEN od.dn <= 241 THEN 2 ELSE 3 END AS ssn,
           CASE WHEN g % 20 IN (0, 1, 2, 3, 4, 18) THEN 1
                WHEN g % 20 IN (6, 7) THEN 2
                WHEN g % 20 IN (8, 9) THEN 3
                WHEN g % 20 = 10 THEN 4
                WHEN g % 20 IN (11, 12) THEN 5
                WHEN g % 20 = 13 THEN 6
                WHEN g % 20 = 14 THEN 7
                WHEN g % 20 = 15 THEN 8
                WHEN g % 20 = 16 THEN CASE WHEN g % 40 = 16 THEN 9 ELSE 10 END
                WHEN g % 20 = 17 THEN 11
                WHEN g % 20 = 19 AND od.dn <= 105 THEN 12
                ELSE 1 END AS prd_id,
           (ARRAY['T','W','T','A','H','W','T'])[1 + (g * 3) % 7] AS chnl
    FROM generate_series(1, 2000) AS g
    JOIN od ON od.dn = 1 + (g * 37) % 250
), c AS (
    SELECT b.*, p.dur_days, p.price_eur,
           CASE WHEN b.chnl = 'H' THEN 10 WHEN b.chnl = 'A' AND g % 3 = 0 THEN 5 ELSE 0 END AS disc_pct,
           CASE WHEN p.dur_days IS NOT NULL THEN
                     b.dt - CASE WHEN b.chnl = 'T' THEN 0 ELSE (g * 3) % 5 END
                     + (CASE WHEN b.chnl = 'T' THEN interval '7 hours 30 minutes' ELSE interval '9 hours' END)
                     + ((g * 7) % 180) * interval '1 minute'
                WHEN b.ssn = 1 THEN b.dt + interval '10 hours' + ((g * 7) % 300) * interval '1 minute'
                WHEN b.ssn = 2 THEN date '2024-12-07' - (5 + (g * 11) % 70) + interval '11 hours' + ((g * 7) % 500) * interval '1 minute'
                ELSE date '2025-11-22' - (3 + (g * 11) % 70) + interval '11 hours' + ((g * 7) % 500) * interval '1 minute'
           END AS sale_ts,
           CASE WHEN p.dur_days IS NOT NULL THEN b.dt
                WHEN b.ssn = 1 THEN b.dt
                WHEN b.ssn = 2 THEN date '2024-12-07'
                ELSE date '2025-11-22' END AS vld_from,
           CASE WHEN p.dur_days IS NOT NULL THEN b.dt + p.dur_days - 1
                WHEN b.ssn = 1 THEN date '2024-04-14'
                WHEN b.ssn = 2 THEN date '2025-04-21'
                ELSE date '2026-04-19' END AS vld_to
    FROM b JOIN pss_prd p ON p.prd_id = b.prd_id
), n AS (
    SELECT c.*, row_number() OVER (ORDER BY sale_ts, g) AS rn FROM c
)
SELECT rn, CASE WHEN g % 9 = 0 THEN 1 + ((g / 9) * 13) % 120 ELSE 1 + (g * 7) % 760 END, prd_id, sale_ts, chnl, disc_pct,
       round(price_eur * (100 - disc_pct) / 100.0, 2),
       vld_from, vld_to,
       CASE WHEN g % 53 = 0 OR g % 41 = 0 THEN
                 CASE WHEN sale_ts + (1 + g % 6) * interval '1 day' + interval '3 hours' > timestamptz '2025-11-30 18:00:00+00'
                      THEN NULL
                      ELSE sale_ts + (1 + g % 6) * interval '1 day' + interval '3 hours' END
            END
FROM n;

-- ---------------------------------------------------------------- scn (lift gate scans)
CREATE TABLE scn (
    scn_id   integer PRIMARY KEY,
    sale_id  integer NOT NULL,
    lft_id   smallint NOT NULL REFERENCES lft (lft_id),
    gate_no  smallint NOT NULL,
    scn_ts   timestamptz NOT NULL,
    rslt     char(1) NOT NULL
);
COMMENT ON TABLE scn IS 'One row per pass presented at a lift turnstile';
COMMENT ON COLUMN scn.sale_id IS 'pass that was scanned (pss_sale.sale_id)';
COMMENT ON COLUMN scn.gate_no IS 'turnstile number at the lift bottom station';
COMMENT ON COLUMN scn.rslt IS 'A = accepted (gate opened), R = rejected: pass not valid on that day (expired / not yet valid), P = blocked by passback rule (same pass scanned again at the same lift within 10 minutes)';

INSERT INTO scn (scn_id, sale_id, lft_id, gate_no, scn_ts, rslt)
WITH od AS (
    SELECT d::date AS dt, row_number() OVER (ORDER BY d) AS dn
    FROM generate_series(date '2024-01-01', date '2025-11-30', interval '1 day') AS d
    WHERE d BETWEEN '2024-01-01' AND '2024-04-14'
       OR d BETWEEN '2024-12-07' AND '2025-04-21'
       OR d >= '2025-11-22'
), s AS (
    SELECT ps.sale_id, ps.vld_from, ps.vld_to, p.dur_days, p.prd_cd, p.age_cat
    FROM pss_sale ps JOIN pss_prd p ON p.prd_id = ps.prd_id
    WHERE ps.rfnd_ts IS NULL
), days AS (
    -- every day of a day / multi-day pass that falls on an operating day
    SELECT s.*, od.dt, od.dn
    FROM s CROSS JOIN LATERAL generate_series(0, s.dur_days - 1) AS k
    JOIN od ON od.dt = s.vld_from + k
    WHERE s.dur_days IS NOT NULL
    UNION ALL
    -- season passes: some of the operating days within validity
    SELECT s.*, od.dt, od.dn
    FROM s JOIN od ON od.dt BETWEEN s.vld_from AND s.vld_to
    WHERE s.dur_days IS NULL AND (od.dn * 7 + s.sale_id) % 19 = 0
), rides AS (
    SELECT d.*, r
    FROM days d CROSS JOIN LATERAL generate_series(0, (d.sale_id + d.dn) % 4) AS r
), x AS (
    SELECT sale_id,
           CASE WHEN age_cat = 'C' THEN (ARRAY[4, 13, 3, 5, 4])[1 + (sale_id + r) % 5]
                ELSE (ARRAY[1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 2, 8, 1, 6, 11])[1 + (sale_id * 3 + dn + r * 7) % 15] END AS lft_id,
           dt + CASE WHEN prd_cd = 'PM-A' THEN interval '12 hours' ELSE interval '8 hours 30 minutes' END
              + ((sale_id * 13) % 120) * interval '1 minute'
              + r * (35 + (sale_id % 4) * 10) * interval '1 minute'
              + ((sale_id + dn) % 60) * interval '1 second' AS scn_ts,
           'A' AS rslt, r
    FROM rides
    WHERE NOT (dt = date '2025-04-21' AND sale_id % 2 = 0) OR r = 0
), y AS (
    SELECT sale_id, lft_id, scn_ts, rslt, r FROM x
    UNION ALL
    -- passback: same pass presented again a couple of minutes later
    SELECT sale_id, lft_id, scn_ts + interval '2 minutes' + (sale_id % 50) * interval '1 second', 'P', r + 100
    FROM x WHERE (sale_id + r) % 41 = 0
    UNION ALL
    -- expired pass tried again the day after its last valid day
    SELECT s.sale_id, CASE WHEN s.age_cat = 'C' THEN 4 ELSE 1 + (s.sale_id % 3) END,
           od.dt + interval '8 hours 40 minutes' + (s.sale_id % 90) * interval '1 minute', 'R', 200
    FROM s JOIN od ON od.dt = s.vld_to + 1
    WHERE s.dur_days IS NOT NULL AND s.sale_id % 6 = 0
)
SELECT row_number() OVER (ORDER BY scn_ts, sale_id, r),
       sale_id, lft_id,
       CASE WHEN lft_id IN (4, 13) THEN 1 ELSE 1 + (sale_id + r) % 4 END,
       scn_ts, rslt
FROM y;

-- ---------------------------------------------------------------- instr (ski school instructors)
CREATE TABLE instr (
    instr_id       smallint PRIMARY KEY,
    fst_nm         text NOT NULL,
    lst_nm         text NOT NULL,
    disc_cd        char(1) NOT NULL,
    cert_lvl       char(1) NOT NULL,
    langs          varchar(20) NOT NULL,
    hrly_rate_eur  numeric(6,2) NOT NULL,
    hired_dt       date NOT NULL,
    actv           boolean NOT NULL DEFAULT true
);
COMMENT ON COLUMN instr.disc_cd IS 'S = alpine ski, B = snowboard, T = telemark / touring';
COMMENT ON COLUMN instr.cert_lvl IS '1 = level 1 (beginners only), 2 = level 2, 3 = level 3 (state certified), T = trainer (trains other instructors)';
COMMENT ON COLUMN instr.langs IS 'comma-separated ISO 639-1 codes of teaching languages';
COMMENT ON COLUMN instr.hrly_rate_eur IS 'pay per teaching hour, EUR';
COMMENT ON COLUMN instr.actv IS 'false = has left the ski school';

INSERT INTO instr (instr_id, fst_nm, lst_nm, disc_cd, cert_lvl, langs, hrly_rate_eur, hired_dt, actv)
SELECT g, fn, ln,
       CASE WHEN g % 6 = 0 THEN 'B' WHEN g = 17 THEN 'T' ELSE 'S' END,
       CASE WHEN g IN (1, 9) THEN 'T' WHEN g % 3 = 0 THEN '3' WHEN g % 3 = 1 THEN '2' ELSE '1' END,
       (ARRAY['DE,EN','DE','DE,EN,IT','EN,NL','DE,EN,FR','DE,CS','EN','DE,EN,PL'])[1 + (g * 5) % 8],
       CASE WHEN g IN (1, 9) THEN 34.00 WHEN g % 3 = 0 THEN 29.50 WHEN g % 3 = 1 THEN 24.00 ELSE 19.50 END,
       CASE WHEN g >= 28 THEN date '2025-11-03' + (g - 28) * 7 ELSE date '2012-11-15' + (g * 173) % 3900 END,
       g <> 26
FROM (
    SELECT g,
           (ARRAY['Florian','Katharina','Stefan','Julia','Markus','Lena','Andreas','Verena','Sebastian','Magdalena',
                  'Christoph','Theresa','Daniel','Nina','Patrick','Elisabeth','Georg','Sarah','Michael','Carina',
                  'Matthias','Johanna','Bernhard','Eva','Dominik','Martina','Simon','Laura','Felix','Miriam'])[g] AS fn,
           (ARRAY['Hofer','Gruber','Egger','Pichler','Moser','Berger','Fuchs','Eder','Schwarz','Wimmer',
                  'Leitner','Mayr','Brunner','Kofler','Lechner','Auer','Haas','Steiner','Plattner','Wallner'])[1 + (g * 3) % 20] AS ln
    FROM generate_series(1, 30) AS g
) t;

-- ---------------------------------------------------------------- lsn (ski school lessons)
CREATE TABLE lsn (
    lsn_id    integer PRIMARY KEY,
    instr_id  smallint NOT NULL REFERENCES instr (instr_id),
    cust_id   integer NOT NULL,
    lsn_typ   char(1) NOT NULL,
    bkd_ts    timestamptz NOT NULL,
    start_ts  timestamptz NOT NULL,
    dur_min   smallint NOT NULL,
    n_pupils  smallint NOT NULL,
    fee_eur   numeric(8,2) NOT NULL,
    sts       char(1) NOT NULL
);
COMMENT ON COLUMN lsn.cust_id IS 'customer who booked the lesson (cust.cust_id)';
COMMENT ON COLUMN lsn.lsn_typ IS 'P = private lesson, G = group course, K = kids club (ages 4-12)';
COMMENT ON COLUMN lsn.dur_min IS 'scheduled length, minutes';
COMMENT ON COLUMN lsn.fee_eur IS 'price charged for the whole lesson, EUR';
COMMENT ON COLUMN lsn.sts IS 'B = booked (not taken place yet), D = done (delivered), C = cancelled by the customer, W = cancelled because of weather, N = no-show';

INSERT INTO lsn (lsn_id, instr_id, cust_id, lsn_typ, bkd_ts, start_ts, dur_min, n_pupils, fee_eur, sts)
WITH od AS (
    SELECT d::date AS dt, row_number() OVER (ORDER BY d) AS dn
    FROM generate_series(date '2024-01-01', date '2025-12-20', interval '1 day') AS d
    WHERE d BETWEEN '2024-01-01' AND '2024-04-14'
       OR d BETWEEN '2024-12-07' AND '2025-04-21'
       OR d >= '2025-11-22'
), b AS (
    SELECT g, od.dt,
           CASE WHEN g % 5 IN (0, 1) THEN 'P' WHEN g % 5 IN (2, 3) THEN 'G' ELSE 'K' END AS typ,
           CASE WHEN 1 + (g * 11) % 27 = 26 AND od.dt >= date '2024-06-01' THEN 25 ELSE 1 + (g * 11) % 27 END AS instr_id
    FROM generate_series(1, 1500) AS g
    JOIN od ON od.dn = 1 + (g * 53) % 270
), c AS (
    SELECT b.*,
           CASE typ WHEN 'P' THEN (ARRAY[60, 120, 180, 120])[1 + g % 4] WHEN 'G' THEN (ARRAY[120, 240])[1 + g % 2] ELSE 240 END AS dur_min,
           CASE typ WHEN 'P' THEN 1 + (g % 7 = 0)::int WHEN 'G' THEN 4 + g % 7 ELSE 5 + g % 6 END AS n_pupils,
           dt + CASE typ WHEN 'P' THEN (ARRAY[interval '9 hours', interval '11 hours', interval '13 hours 30 minutes'])[1 + g % 3]
                         ELSE (ARRAY[interval '9 hours 30 minutes', interval '13 hours'])[1 + g % 2] END AS start_ts
    FROM b
)
SELECT g, instr_id, 1 + (g * 13) % 800, typ,
       least(start_ts - (1 + (g * 7) % 30) * interval '1 day' - (g % 9) * interval '1 hour' - (g % 41) * interval '1 minute',
             timestamptz '2025-11-30 17:00:00+00' - (g % 300) * interval '1 minute'),
       start_ts, dur_min, n_pupils,
       CASE typ WHEN 'P' THEN dur_min / 60 * 85 + (n_pupils - 1) * 25
                WHEN 'G' THEN n_pupils * (dur_min / 120) * 49
                ELSE n_pupils * 79 END,
       CASE WHEN dt > date '2025-11-30' THEN 'B'
            WHEN g % 17 = 0 THEN 'N'
            WHEN g % 13 = 0 THEN 'C'
            WHEN g % 29 = 0 THEN 'W'
            ELSE 'D' END
FROM c;

-- ---------------------------------------------------------------- rnt (equipment rentals)
CREATE TABLE rnt (
    rnt_id   integer PRIMARY KEY,
    cust_id  integer NOT NULL REFERENCES cust (cust_id),
    shop_cd  char(2) NOT NULL,
    eq_cd    varchar(3) NOT NULL,
    out_ts   timestamptz NOT NULL,
    due_ts   timestamptz NOT NULL,
    ret_ts   timestamptz,
    amt_eur  numeric(8,2) NOT NULL,
    dmg_cd   char(1)
);
COMMENT ON COLUMN rnt.shop_cd IS 'VL = village shop, TS = valley station shop, MS = mid-station shop';
COMMENT ON COLUMN rnt.eq_cd IS 'SKI = ski set (skis, boots, poles), SBD = snowboard set (board, boots), BTS = boots only, HLM = helmet, TRG = touring set, XCS = cross-country set';
COMMENT ON COLUMN rnt.out_ts IS 'when the equipment was handed out';
COMMENT ON COLUMN rnt.due_ts IS 'agreed return time';
COMMENT ON COLUMN rnt.ret_ts IS 'when the equipment came back; NULL = not returned yet';
COMMENT ON COLUMN rnt.amt_eur IS 'rental charge, EUR';
COMMENT ON COLUMN rnt.dmg_cd IS 'damage found at return: M = minor (repairable), W = write-off; NULL = no damage or not returned yet';

INSERT INTO rnt (rnt_id, cust_id, shop_cd, eq_cd, out_ts, due_ts, ret_ts, amt_eur, dmg_cd)
WITH od AS (
    SELECT d::date AS dt, row_number() OVER (ORDER BY d) AS dn
    FROM generate_series(date '2024-01-01', date '2025-11-30', interval '1 day') AS d
    WHERE d BETWEEN '2024-01-01' AND '2024-04-14'
       OR d BETWEEN '2024-12-07' AND '2025-04-21'
       OR d >= '2025-11-22'
), b AS (
    SELECT g, od.dt,
           (ARRAY['SKI','SKI','SKI','SBD','BTS','HLM','SKI','TRG','SBD','XCS','HLM'])[1 + g % 11] AS eq_cd,
           (ARRAY['VL','TS','TS','MS','VL'])[1 + (g * 3) % 5] AS shop_cd,
           1 + (g * 3) % 6 AS n_days,
           od.dt + interval '8 hours' + (g % 90) * interval '1 minute' AS out_ts
    FROM generate_series(1, 1800) AS g
    JOIN od ON od.dn = 1 + (g * 71) % 250
), c AS (
    SELECT b.*,
           (dt + n_days - 1) + interval '17 hours' AS due_ts,
           CASE WHEN g % 97 = 0 THEN NULL
                ELSE (dt + n_days - 1) + interval '17 hours' - ((g * 7) % 150) * interval '1 minute'
                     + CASE WHEN g % 15 = 0 THEN interval '1 day' ELSE interval '0' END END AS ret_raw
    FROM b
)
SELECT row_number() OVER (ORDER BY out_ts, g),
       CASE WHEN g % 5 = 0 THEN 1 + (g * g) % 97 ELSE 1 + (g * 17) % 800 END, shop_cd, eq_cd, out_ts, due_ts,
       CASE WHEN ret_raw > timestamptz '2025-11-30 18:00:00+00' THEN NULL ELSE ret_raw END,
       n_days * CASE eq_cd WHEN 'SKI' THEN 38 WHEN 'SBD' THEN 35 WHEN 'BTS' THEN 16 WHEN 'HLM' THEN 8
                           WHEN 'TRG' THEN 49 ELSE 22 END
              + CASE WHEN g % 15 = 0 THEN 25 ELSE 0 END,
       CASE WHEN ret_raw IS NULL OR ret_raw > timestamptz '2025-11-30 18:00:00+00' THEN NULL
            WHEN g % 223 = 0 THEN 'W'
            WHEN g % 31 = 0 THEN 'M' END
FROM c;

-- ---------------------------------------------------------------- incd (ski patrol incidents / callouts)
CREATE TABLE incd (
    incd_id   integer PRIMARY KEY,
    slp_id    smallint,
    cust_id   integer REFERENCES cust (cust_id),
    incd_typ  varchar(4) NOT NULL,
    sev_cd    char(1) NOT NULL,
    rpt_ts    timestamptz NOT NULL,
    arr_ts    timestamptz,
    clsd_ts   timestamptz,
    evac_cd   char(1) NOT NULL
);
COMMENT ON COLUMN incd.slp_id IS 'run where it happened (slp.slp_id); NULL = not on a marked run (lift, off-piste, base area)';
COMMENT ON COLUMN incd.cust_id IS 'injured / involved skier if known; NULL = guest not identified';
COMMENT ON COLUMN incd.incd_typ IS 'FALL = fall, COLL = collision between guests, LIFT = lift-related, MED = medical (no accident), LOST = missing person search, EQP = equipment failure';
COMMENT ON COLUMN incd.sev_cd IS '1 = minor (treated on site), 2 = moderate (taken to the first-aid room / doctor), 3 = serious (ambulance or helicopter)';
COMMENT ON COLUMN incd.rpt_ts IS 'when the callout reached patrol dispatch';
COMMENT ON COLUMN incd.arr_ts IS 'when the first patroller reached the scene; NULL = no patroller dispatched';
COMMENT ON COLUMN incd.clsd_ts IS 'when the report was closed; NULL = still open';
COMMENT ON COLUMN incd.evac_cd IS 'N = no evacuation, T = rescue sled to the base, A = ambulance, H = helicopter';

INSERT INTO incd (incd_id, slp_id, cust_id, incd_typ, sev_cd, rpt_ts, arr_ts, clsd_ts, evac_cd)
WITH od AS (
    SELECT d::date AS dt, row_number() OVER (ORDER BY d) AS dn
    FROM generate_series(date '2024-01-01', date '2025-11-30', interval '1 day') AS d
    WHERE d BETWEEN '2024-01-01' AND '2024-04-14'
       OR d BETWEEN '2024-12-07' AND '2025-04-21'
       OR d >= '2025-11-22'
), b AS (
    SELECT g,
           (ARRAY['FALL','FALL','COLL','FALL','MED','LIFT','FALL','COLL','EQP','FALL','LOST','FALL','MED'])[1 + (g * 5) % 13] AS typ,
           CASE WHEN g % 11 = 0 THEN '3' WHEN g % 3 = 0 THEN '2' ELSE '1' END AS sev,
           od.dt + interval '9 hours' + ((g * 37) % 420) * interval '1 minute' + (g % 60) * interval '1 second' AS rpt_ts
    FROM generate_series(1, 420) AS g
    JOIN od ON od.dn = 1 + (g * 89) % 250
), c AS (
    SELECT b.*,
           CASE WHEN g % 43 = 0 THEN NULL
                ELSE rpt_ts + (4 + (g * 7) % 18 - CASE WHEN sev = '3' THEN 2 ELSE 0 END) * interval '1 minute'
                            + ((g * 13) % 60) * interval '1 second' END AS arr_ts
    FROM b
), n AS (
    SELECT c.*, row_number() OVER (ORDER BY rpt_ts, g) AS rn FROM c
)
SELECT rn,
       CASE WHEN typ = 'LIFT' OR g % 15 = 0 THEN NULL ELSE 1 + (g * 5) % 22 END,
       CASE WHEN g % 4 = 0 THEN NULL ELSE 1 + (g * 29) % 800 END,
       typ, sev, rpt_ts, arr_ts,
       CASE WHEN rpt_ts >= timestamptz '2025-11-28 00:00:00+00' AND g % 2 = 0 THEN NULL
            WHEN g % 61 = 0 THEN NULL
            ELSE coalesce(arr_ts, rpt_ts) + (20 + (g * 13) % 100 + CASE sev WHEN '3' THEN 90 ELSE 0 END) * interval '1 minute' END,
       CASE WHEN sev = '3' THEN CASE WHEN g % 2 = 0 THEN 'H' ELSE 'A' END
            WHEN sev = '2' THEN 'T'
            ELSE 'N' END
FROM n;

-- ---------------------------------------------------------------- snw_rpt (daily snow report per run)
CREATE TABLE snw_rpt (
    rpt_dt   date NOT NULL,
    slp_id   smallint NOT NULL REFERENCES slp (slp_id),
    base_cm  smallint NOT NULL,
    new_cm   smallint NOT NULL,
    temp_c   numeric(3,1) NOT NULL,
    cond_cd  char(2) NOT NULL,
    slp_sts  char(1) NOT NULL,
    PRIMARY KEY (rpt_dt, slp_id)
);
COMMENT ON TABLE snw_rpt IS 'Snow report published each operating morning, one row per run';
COMMENT ON COLUMN snw_rpt.base_cm IS 'settled snow depth on the run, cm';
COMMENT ON COLUMN snw_rpt.new_cm IS 'fresh snow in the last 24 hours, cm';
COMMENT ON COLUMN snw_rpt.temp_c IS 'air temperature at 8:00, degrees Celsius';
COMMENT ON COLUMN snw_rpt.cond_cd IS 'PW = powder, PP = packed powder, HP = hard pack, IC = icy, SL = spring snow / slush';
COMMENT ON COLUMN snw_rpt.slp_sts IS 'O = open, P = partially open, C = closed';

INSERT INTO snw_rpt (rpt_dt, slp_id, base_cm, new_cm, temp_c, cond_cd, slp_sts)
WITH od AS (
    SELECT d::date AS dt, row_number() OVER (ORDER BY d) AS dn
    FROM generate_series(date '2024-01-01', date '2025-11-30', interval '1 day') AS d
    WHERE d BETWEEN '2024-01-01' AND '2024-04-14'
       OR d BETWEEN '2024-12-07' AND '2025-04-21'
       OR d >= '2025-11-22'
), p AS (
    SELECT dt, dn,
           CASE WHEN dn <= 105 THEN dn + 30 WHEN dn <= 241 THEN dn - 106 ELSE dn - 242 END AS pos,
           CASE WHEN dn <= 105 THEN 135 WHEN dn <= 241 THEN 136 ELSE 140 END AS len
    FROM od
), b AS (
    SELECT p.dt, p.dn, s.slp_id, s.diff_cd, s.snowmk,
           (30 + 140 * least(p.pos, p.len - p.pos) / p.len
               + (s.slp_id * 7) % 30 + CASE WHEN s.snowmk THEN 25 ELSE 0 END
               + CASE WHEN s.lft_id = 6 THEN 40 ELSE 0 END)::int AS base_cm,
           CASE WHEN (p.dn * 13) % 9 = 0 THEN 5 + (p.dn * 7) % 30 + s.slp_id % 4
                WHEN (p.dn * 13) % 9 = 1 THEN p.dn % 6
                ELSE 0 END AS new_cm,
           round(-13.0 + ((p.dn * 17 + s.slp_id * 3) % 170) / 10.0
                 + CASE WHEN p.pos > p.len - 30 THEN 4 ELSE 0 END
                 - CASE WHEN s.lft_id = 6 THEN 3 ELSE 0 END, 1) AS temp_c
    FROM p CROSS JOIN slp s
)
SELECT dt, slp_id, base_cm, new_cm, temp_c,
       CASE WHEN new_cm >= 10 THEN 'PW'
            WHEN temp_c > 2 THEN 'SL'
            WHEN (dn + slp_id) % 11 = 0 THEN 'IC'
            WHEN temp_c < -8 THEN 'HP'
            ELSE 'PP' END,
       CASE WHEN slp_id = 21 THEN 'C'
            WHEN diff_cd = 'F' AND (base_cm < 80 OR new_cm >= 25) THEN 'C'
            WHEN NOT snowmk AND base_cm < 50 THEN 'C'
            WHEN (dn * 3 + slp_id) % 23 = 0 THEN 'P'
            ELSE 'O' END
FROM b;
