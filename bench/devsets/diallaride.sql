-- Made-up schema: Ashcombe & District Dial-a-Ride (ADDAR), a small registered charity in the
-- (invented) Somerset market town of Ashcombe and the villages around it. It runs door-to-door
-- minibus trips for registered members who cannot manage ordinary buses: wheelchair users, people
-- with walking frames, the visually impaired, the frail elderly. Members ring the office
-- (Mon-Fri, 9 to 1) to book a trip, usually a few days ahead; a booking is a return journey
-- from the member's home to one destination (hospital, GP, shops, lunch club...) and back.
--
-- Habits of the house:
--  * Buses run Monday to Friday, not on bank holidays. Each bus that goes out on a day is one
--    "run" with one driver: paid drivers always do a full day (FD); volunteers often do only a
--    morning (AM) or an afternoon (PM). The little wheelchair car only goes out Tue and Thu mornings.
--  * Before a bus goes out the driver does the daily walk-round check. A fail (F) keeps the bus
--    off the road that day and the office rings round and cancels its passengers (booking
--    status O = cancelled by us). An advisory (A) is noted and the bus still goes out.
--  * Fares are by the fare band of the zone the member lives in; bus-pass holders (ENCTS) pay
--    half, Gold card and veterans' concession holders travel free (a 0.00 fare row, method P).
--    Escorts pay 1.00 each unless the member has a companion (CMP) pass. Fares went up on
--    1 April 2025. Card readers on the buses from 3 March 2025. Care-home residents and others on
--    account (acct_yn) are invoiced monthly; the payment is only recorded when the invoice is paid.
--  * No-show charge of 3.00 from 6 January 2025; recorded only when actually paid.
--  * The database went live on 2 January 2024; everyone on the old paper register was entered
--    that day, so about 200 members have reg_dt 2024-01-02. Driver start dates, vehicle dates and
--    bus-pass dates from before 2024 were copied over as they were.
--  * The office closes trips off the next morning, so trips on the last day (30 Nov 2026) are
--    still status B (booked).
-- Data run from 2 January 2024 to 30 November 2026 (cut-off). Money in GBP. Distances in miles.
-- Data are deterministic (generate_series, arithmetic and hashtext; no random()).
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS fare_pmt;
DROP TABLE IF EXISTS bkg;
DROP TABLE IF EXISTS run;
DROP TABLE IF EXISTS veh_chk;
DROP TABLE IF EXISTS drvr_veh;
DROP TABLE IF EXISTS dest;
DROP TABLE IF EXISTS vehicle;
DROP TABLE IF EXISTS drvr;
DROP TABLE IF EXISTS mbr_pass;
DROP TABLE IF EXISTS pass_typ;
DROP TABLE IF EXISTS mbr;
DROP TABLE IF EXISTS zone;

-- a session-only helper for deterministic pseudo-random numbers (gone when the session ends)
CREATE FUNCTION pg_temp.h(k text, n integer) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$ SELECT ((hashtext(k)::bigint + 2147483648) % n)::integer $$;

-- ---------------------------------------------------------------- zone (areas we serve)
CREATE TABLE zone (
    zone_id    smallint PRIMARY KEY,
    zone_nm    text NOT NULL,
    fare_band  smallint NOT NULL,
    mi_to_twn  numeric(4,1) NOT NULL
);
COMMENT ON TABLE zone IS 'Areas we serve; members are registered to the zone they live in';
COMMENT ON COLUMN zone.fare_band IS '1 = town, 2 = near villages, 3 = outer villages (dearest)';
COMMENT ON COLUMN zone.mi_to_twn IS 'road miles from the zone centre to Ashcombe market place';

INSERT INTO zone (zone_id, zone_nm, fare_band, mi_to_twn) VALUES
    (1, 'Ashcombe Town',         1, 0.0),
    (2, 'Hillbrow (Ashcombe East)', 1, 1.4),
    (3, 'Kingsmead',             2, 4.2),
    (4, 'Combe Lacey',           2, 5.8),
    (5, 'Wrenford',              2, 6.5),
    (6, 'Upper Pellow',          3, 9.1),
    (7, 'Hatherley Cross',       3, 10.7),
    (8, 'Stokeleigh',            3, 12.3),
    (9, 'Outside area (by arrangement)', 3, 15.0);

-- ---------------------------------------------------------------- mbr (registered members)
CREATE TABLE mbr (
    mbr_id     integer PRIMARY KEY,
    mbr_no     varchar(8) NOT NULL UNIQUE,
    f_nm       text NOT NULL,
    l_nm       text NOT NULL,
    dob        date,
    zone_id    smallint NOT NULL REFERENCES zone (zone_id),
    tel        varchar(14),
    mob_cd     char(1) NOT NULL,
    escort_yn  char(1) NOT NULL DEFAULT 'N',
    acct_yn    char(1) NOT NULL DEFAULT 'N',
    reg_dt     date NOT NULL,
    lapsed_dt  date
);
COMMENT ON TABLE mbr IS 'Registered members (passengers)';
COMMENT ON COLUMN mbr.mbr_no IS 'membership card number';
COMMENT ON COLUMN mbr.dob IS 'date of birth; NULL = not given';
COMMENT ON COLUMN mbr.tel IS 'contact phone; NULL = contact through the carer / care home';
COMMENT ON COLUMN mbr.mob_cd IS 'W = stays seated in own wheelchair (needs a wheelchair space), T = transfers to a seat, chair folded and stowed, A = walking aid (stick, frame, rollator), V = visually impaired, N = no aid (age or health only)';
COMMENT ON COLUMN mbr.escort_yn IS 'Y = must travel with an escort or carer, N = can travel alone';
COMMENT ON COLUMN mbr.acct_yn IS 'Y = fares invoiced monthly to a third party (care home, social services), N = pays on the bus';
COMMENT ON COLUMN mbr.reg_dt IS 'date registered (2024-01-02 for everyone carried over from the old paper register)';
COMMENT ON COLUMN mbr.lapsed_dt IS 'date membership ended (moved away, into care, died, did not renew); NULL = current member';

INSERT INTO mbr (mbr_id, mbr_no, f_nm, l_nm, dob, zone_id, tel, mob_cd, escort_yn, acct_yn, reg_dt, lapsed_dt)
WITH b AS (
    SELECT m,
           pg_temp.h('yg' || m, 10) = 0 AS younger,
           pg_temp.h('z' || m, 100) AS zr,
           pg_temp.h('mb' || m, 100) AS mr,
           CASE WHEN m <= 205 THEN date '2024-01-02'
                ELSE least(date '2024-01-08' + ((m - 205) * 1054) / 255 + pg_temp.h('rg' || m, 5), date '2026-11-27') END AS reg_dt
    FROM generate_series(1, 460) AS m
), c AS (
    SELECT b.*,
           CASE WHEN mr < 18 THEN 'W' WHEN mr < 32 THEN 'T' WHEN mr < 74 THEN 'A' WHEN mr < 77 THEN 'V' ELSE 'N' END AS mob_cd,
           CASE WHEN pg_temp.h('lp' || m, 100) < 16 THEN reg_dt + 60 + pg_temp.h('ld' || m, 900) END AS lap
    FROM b
)
SELECT m,
       'AD' || lpad(m::text, 4, '0'),
       CASE WHEN younger THEN (ARRAY['Kieran','Leanne','Jordan','Amy','Callum','Sophie','Darren','Natalie','Ryan','Hannah'])[1 + pg_temp.h('fy' || m, 10)]
            ELSE (ARRAY['Margaret','Jean','Dorothy','Brian','Derek','Joan','Eileen','Pat','Ken','Sheila','Maureen','Ron',
                        'Gwen','Alan','Barbara','Doreen','Trevor','Iris','Norman','Valerie','Raj','Hilda','Stanley','Pauline',
                        'Sunita','Wendy','Roy','Edna','Colin','Ivy','Bernard','Phyllis'])[1 + pg_temp.h('fn' || m, 32)] END,
       (ARRAY['Baker','Coles','Hooper','Pearce','Vowles','Gillard','Mitchell','Chedzoy','Hext','Rowe','Burge','Dyer',
              'Tucker','Lock','Symonds','Venn','Hembrow','Parsons','Date','Kaur','Sharma','Nowak','Criddle','Bishop',
              'Chard','Stacey','Hill','Yandle','Pike','Escott'])[1 + pg_temp.h('ln' || m, 30)],
       CASE WHEN pg_temp.h('db' || m, 20) = 0 THEN NULL
            WHEN younger THEN date '1962-01-01' + pg_temp.h('dy' || m, 15000)
            ELSE date '1926-03-01' + pg_temp.h('do' || m, 12000) END,
       CASE WHEN zr < 30 THEN 1 WHEN zr < 50 THEN 2 WHEN zr < 62 THEN 3 WHEN zr < 70 THEN 4 WHEN zr < 80 THEN 5
            WHEN zr < 87 THEN 6 WHEN zr < 93 THEN 7 WHEN zr < 99 THEN 8 ELSE 9 END,
       CASE WHEN pg_temp.h('tn' || m, 25) = 0 THEN NULL
            WHEN pg_temp.h('tm' || m, 5) = 0 THEN '07700 ' || (900000 + pg_temp.h('tv' || m, 1000))::text
            ELSE '01632 ' || (960000 + pg_temp.h('tl' || m, 1000))::text END,
       mob_cd,
       CASE WHEN mob_cd = 'V' AND pg_temp.h('ev' || m, 4) > 0 THEN 'Y'
            WHEN pg_temp.h('es' || m, 100) < 12 THEN 'Y' ELSE 'N' END,
       CASE WHEN pg_temp.h('ac' || m, 100) < 7 THEN 'Y' ELSE 'N' END,
       reg_dt,
       CASE WHEN lap <= date '2026-11-30' THEN lap END
FROM c;

-- ---------------------------------------------------------------- pass_typ (concession pass types)
CREATE TABLE pass_typ (
    pass_cd   varchar(4) PRIMARY KEY,
    pass_nm   text NOT NULL,
    disc_pct  numeric(5,2) NOT NULL,
    issuer    text NOT NULL
);
COMMENT ON TABLE pass_typ IS 'Concession passes we accept';
COMMENT ON COLUMN pass_typ.disc_pct IS 'percent taken off the member''s own fare (100 = travels free); the companion pass gives no discount, it lets the escort ride free';

INSERT INTO pass_typ (pass_cd, pass_nm, disc_pct, issuer) VALUES
    ('ENC', 'Older person''s bus pass (ENCTS)',          50.00,  'Somerset Council'),
    ('DIS', 'Disabled person''s bus pass (ENCTS)',       50.00,  'Somerset Council'),
    ('CMP', 'Companion (+1) endorsement',                 0.00,  'Somerset Council'),
    ('GLD', 'Ashcombe Gold card (town council funded)', 100.00,  'Ashcombe Town Council'),
    ('VET', 'Veterans'' travel concession',             100.00,  'ADDAR trustees');

-- ---------------------------------------------------------------- mbr_pass (which member holds which pass)
CREATE TABLE mbr_pass (
    mbr_id      integer NOT NULL REFERENCES mbr (mbr_id),
    pass_cd     varchar(4) NOT NULL REFERENCES pass_typ (pass_cd),
    pass_ref    varchar(20),
    valid_from  date NOT NULL,
    valid_to    date,
    PRIMARY KEY (mbr_id, pass_cd, valid_from)
);
COMMENT ON TABLE mbr_pass IS 'Concession passes seen for each member; a renewed pass is a new row';
COMMENT ON COLUMN mbr_pass.pass_ref IS 'number printed on the card; NULL = not noted';
COMMENT ON COLUMN mbr_pass.valid_to IS 'expiry date on the card; NULL = no expiry date (or until withdrawn)';

INSERT INTO mbr_pass (mbr_id, pass_cd, pass_ref, valid_from, valid_to)
WITH m AS (SELECT * FROM mbr),
enc1 AS (
    SELECT mbr_id, date '2019-02-01' + pg_temp.h('ef' || mbr_id, 1790) AS vf
    FROM m WHERE dob IS NOT NULL AND dob <= date '1958-06-01' AND pg_temp.h('enc' || mbr_id, 100) < 85
), enc AS (
    SELECT mbr_id, vf, (vf + interval '5 years' - interval '1 day')::date AS vt, 1 AS k FROM enc1
    UNION ALL
    SELECT e.mbr_id, (e.vf + interval '5 years')::date, (e.vf + interval '10 years' - interval '1 day')::date, 2
    FROM enc1 e JOIN m ON m.mbr_id = e.mbr_id
    WHERE (e.vf + interval '5 years')::date <= least(coalesce(m.lapsed_dt, date '2026-11-30'), date '2026-11-30')
      AND pg_temp.h('rn' || e.mbr_id, 10) <> 0
), dis1 AS (
    SELECT mbr_id, date '2022-03-01' + pg_temp.h('df' || mbr_id, 1200) AS vf, pg_temp.h('dn' || mbr_id, 15) = 0 AS open_end
    FROM m WHERE mob_cd IN ('W','T','V') AND (dob IS NULL OR dob > date '1958-06-01') AND pg_temp.h('dis' || mbr_id, 100) < 80
), dis AS (
    SELECT mbr_id, vf, CASE WHEN open_end THEN NULL ELSE (vf + interval '3 years' - interval '1 day')::date END AS vt, 1 AS k FROM dis1
    UNION ALL
    SELECT d.mbr_id, (d.vf + interval '3 years')::date, (d.vf + interval '6 years' - interval '1 day')::date, 2
    FROM dis1 d JOIN m ON m.mbr_id = d.mbr_id
    WHERE NOT d.open_end
      AND (d.vf + interval '3 years')::date <= least(coalesce(m.lapsed_dt, date '2026-11-30'), date '2026-11-30')
)
SELECT mbr_id, 'ENC', CASE WHEN pg_temp.h('er' || mbr_id || k, 12) = 0 THEN NULL
                           ELSE '2400 0' || lpad(pg_temp.h('en' || mbr_id || k, 1000000)::text, 6, '0') END, vf, vt FROM enc
UNION ALL
SELECT mbr_id, 'DIS', '2400 9' || lpad(pg_temp.h('dr' || mbr_id || k, 1000000)::text, 6, '0'), vf, vt FROM dis
UNION ALL
SELECT mbr_id, 'CMP', NULL, reg_dt, NULL FROM m
WHERE escort_yn = 'Y' AND pg_temp.h('cmp' || mbr_id, 100) < 60
UNION ALL
SELECT mbr_id, 'GLD', 'GC' || lpad(mbr_id::text, 4, '0'), greatest(reg_dt, date '2024-04-01'),
       CASE WHEN pg_temp.h('gt' || mbr_id, 3) = 0 THEN date '2026-03-31' END
FROM m WHERE zone_id IN (1, 2) AND pg_temp.h('gl' || mbr_id, 100) < 9 AND greatest(reg_dt, date '2024-04-01') < coalesce(lapsed_dt, date '2026-11-30')
UNION ALL
SELECT mbr_id, 'VET', NULL, reg_dt, NULL FROM m WHERE mbr_id IN (37, 291);

-- ---------------------------------------------------------------- drvr (drivers)
CREATE TABLE drvr (
    drvr_id       smallint PRIMARY KEY,
    drvr_nm       text NOT NULL,
    drvr_typ      char(1) NOT NULL,
    start_dt      date NOT NULL,
    end_dt        date,
    d1_yn         char(1) NOT NULL,
    midas_exp_dt  date,
    hr_rt         numeric(5,2)
);
COMMENT ON TABLE drvr IS 'Drivers, paid and volunteer';
COMMENT ON COLUMN drvr.drvr_typ IS 'P = paid (sessional, by the hour), V = volunteer (mileage expenses only)';
COMMENT ON COLUMN drvr.end_dt IS 'last day driving for us; NULL = still driving';
COMMENT ON COLUMN drvr.d1_yn IS 'Y = has D1 (minibus) entitlement on the licence; N = drives on a car licence under our section 19 permit';
COMMENT ON COLUMN drvr.midas_exp_dt IS 'expiry of the MiDAS minibus driver certificate; NULL = no certificate on file';
COMMENT ON COLUMN drvr.hr_rt IS 'hourly pay, GBP; NULL for volunteers';

INSERT INTO drvr (drvr_id, drvr_nm, drvr_typ, start_dt, end_dt, d1_yn, midas_exp_dt, hr_rt) VALUES
    (1,  'Keith Armitage',  'P', date '2016-03-01', NULL,              'Y', date '2027-05-14', 13.20),
    (2,  'Sandra Pike',     'P', date '2019-10-07', NULL,              'N', date '2027-02-11', 12.90),
    (3,  'Dev Malhotra',    'P', date '2024-04-15', NULL,              'N', date '2028-04-02', 12.60),
    (4,  'Bryn Lloyd',      'V', date '2012-05-01', date '2024-10-31', 'Y', date '2024-08-19', NULL),
    (5,  'Peggy Hale',      'V', date '2018-09-01', NULL,              'Y', date '2026-12-20', NULL),
    (6,  'Colin Yeo',       'V', date '2021-02-15', NULL,              'N', date '2026-10-05', NULL),
    (7,  'Anwar Qureshi',   'V', date '2022-06-01', NULL,              'N', date '2029-01-12', NULL),
    (8,  'Janet Frost',     'V', date '2017-04-20', date '2025-03-31', 'Y', date '2025-11-30', NULL),
    (9,  'Tomasz Wojcik',   'V', date '2024-09-09', NULL,              'N', date '2027-09-01', NULL),
    (10, 'Ruth Ellery',     'V', date '2025-01-13', NULL,              'N', date '2028-01-20', NULL),
    (11, 'Graham Toms',     'P', date '2025-07-01', NULL,              'N', date '2028-06-30', 13.50),
    (12, 'Lesley Bright',   'V', date '2023-03-01', NULL,              'N', NULL,              NULL),
    (13, 'Hugh Penrose',    'V', date '2026-06-01', NULL,              'Y', date '2029-05-28', NULL),
    (14, 'Mo Ibrahim',      'V', date '2026-10-19', NULL,              'N', date '2029-10-02', NULL);

-- ---------------------------------------------------------------- vehicle (the fleet)
CREATE TABLE vehicle (
    veh_id     smallint PRIMARY KEY,
    reg_no     varchar(8) NOT NULL UNIQUE,
    nick_nm    text,
    make_mdl   text NOT NULL,
    seats      smallint NOT NULL,
    wc_sp      smallint NOT NULL,
    lift_yn    char(1) NOT NULL,
    fuel       char(1) NOT NULL,
    in_svc_dt  date NOT NULL,
    off_rd_dt  date
);
COMMENT ON TABLE vehicle IS 'Minibuses (and the one wheelchair-accessible car)';
COMMENT ON COLUMN vehicle.nick_nm IS 'what the drivers call it';
COMMENT ON COLUMN vehicle.seats IS 'passenger seats, not counting the driver or the wheelchair spaces';
COMMENT ON COLUMN vehicle.wc_sp IS 'number of wheelchair spaces (tracked floor positions)';
COMMENT ON COLUMN vehicle.lift_yn IS 'Y = rear tail lift, N = fold-out ramp only';
COMMENT ON COLUMN vehicle.fuel IS 'D = diesel, E = battery electric';
COMMENT ON COLUMN vehicle.off_rd_dt IS 'date it left the fleet (sold / scrapped); NULL = still in the fleet';

INSERT INTO vehicle (veh_id, reg_no, nick_nm, make_mdl, seats, wc_sp, lift_yn, fuel, in_svc_dt, off_rd_dt) VALUES
    (1, 'WX19KBF', 'Daisy',      'Peugeot Boxer 12-seat minibus',      12, 2, 'Y', 'D', date '2019-05-20', NULL),
    (2, 'WU17HZC', 'Old Bertha', 'Ford Transit 17-seat minibus',       14, 1, 'Y', 'D', date '2017-04-03', date '2025-06-27'),
    (3, 'WF21OPL', 'Lowrider',   'Renault Master low-floor',            8, 3, 'N', 'D', date '2021-03-15', NULL),
    (4, 'YB70DKE', 'The Merc',   'Mercedes Sprinter 516 CDI',          14, 2, 'Y', 'D', date '2020-11-02', NULL),
    (5, 'WX25EVA', 'Sparky',     'Ford E-Transit 10-seat',             10, 2, 'Y', 'E', date '2025-07-14', NULL),
    (6, 'WA66CVN', NULL,         'Peugeot Partner WAV (car)',           3, 1, 'N', 'D', date '2016-09-01', NULL);

-- ---------------------------------------------------------------- dest (regular destinations)
CREATE TABLE dest (
    dest_id   smallint PRIMARY KEY,
    dest_nm   text NOT NULL,
    dest_typ  char(1) NOT NULL,
    zone_id   smallint REFERENCES zone (zone_id)
);
COMMENT ON TABLE dest IS 'Regular destinations';
COMMENT ON COLUMN dest.dest_typ IS 'H = hospital or clinic, G = GP surgery, health centre, dentist or optician, S = shops / supermarket / market, D = day centre or lunch club, C = church or village hall, X = other (library, college, leisure centre)';
COMMENT ON COLUMN dest.zone_id IS 'zone it lies in; NULL = outside our area';

INSERT INTO dest (dest_id, dest_nm, dest_typ, zone_id) VALUES
    (1,  'Ashcombe Community Hospital',        'H', 1),
    (2,  'Wessex County Hospital, Yeoford',    'H', NULL),
    (3,  'Ashcombe Health Centre',             'G', 1),
    (4,  'Kingsmead Surgery',                  'G', 3),
    (5,  'Wrenford Medical Practice',          'G', 5),
    (6,  'Tesco Ashcombe',                     'S', 2),
    (7,  'Ashcombe Market (Thursdays)',        'S', 1),
    (8,  'Co-op Kingsmead',                    'S', 3),
    (9,  'Hillbrow Day Centre',                'D', 2),
    (10, 'St Aldhelm''s Lunch Club',           'D', 1),
    (11, 'Methodist Church Hall, Ashcombe',    'C', 1),
    (12, 'Wrenford Village Hall',              'C', 5),
    (13, 'Ashcombe Library',                   'X', 1),
    (14, 'Yeoford College',                    'X', NULL),
    (15, 'Ashcombe Leisure Centre (hydro pool)', 'X', 1),
    (16, 'Specsavers Ashcombe',                'G', 1),
    (17, 'Ashcombe Dental Practice',           'G', 1),
    (18, 'Sainsbury''s Yeoford',               'S', NULL),
    (19, 'Pellow Garden Centre',               'S', 6),
    (20, 'Hatherley Memory Cafe',              'D', 7);

-- ---------------------------------------------------------------- drvr_veh (who is signed off on which vehicle)
CREATE TABLE drvr_veh (
    drvr_id     smallint NOT NULL REFERENCES drvr (drvr_id),
    veh_id      smallint NOT NULL REFERENCES vehicle (veh_id),
    trained_dt  date NOT NULL,
    trn_by      text,
    PRIMARY KEY (drvr_id, veh_id)
);
COMMENT ON TABLE drvr_veh IS 'Vehicle familiarisation: a driver may only take out a vehicle they have been signed off on (tail-lift and restraint training included)';
COMMENT ON COLUMN drvr_veh.trn_by IS 'who signed them off; NULL = not recorded';

-- ---------------------------------------------------------------- veh_chk (daily walk-round checks)
CREATE TABLE veh_chk (
    chk_id      integer PRIMARY KEY,
    veh_id      smallint NOT NULL REFERENCES vehicle (veh_id),
    chk_dt      date NOT NULL,
    drvr_id     smallint NOT NULL REFERENCES drvr (drvr_id),
    odo         integer NOT NULL,
    rslt        char(1) NOT NULL,
    lift_ok_yn  char(1),
    dfct_note   text,
    UNIQUE (veh_id, chk_dt)
);
COMMENT ON TABLE veh_chk IS 'Daily vehicle check done by the driver before the bus goes out';
COMMENT ON COLUMN veh_chk.odo IS 'odometer reading at the check, miles';
COMMENT ON COLUMN veh_chk.rslt IS 'P = pass, A = advisory (defect noted, bus can go out), F = fail (bus kept off the road that day)';
COMMENT ON COLUMN veh_chk.lift_ok_yn IS 'tail lift worked: Y / N; NULL = vehicle has no tail lift';
COMMENT ON COLUMN veh_chk.dfct_note IS 'defect found; NULL = nothing found';

-- ---------------------------------------------------------------- run (a vehicle out for a day or half-day)
CREATE TABLE run (
    run_id   integer PRIMARY KEY,
    run_dt   date NOT NULL,
    veh_id   smallint NOT NULL REFERENCES vehicle (veh_id),
    drvr_id  smallint NOT NULL REFERENCES drvr (drvr_id),
    shift    char(2) NOT NULL,
    odo_st   integer NOT NULL,
    odo_end  integer,
    UNIQUE (veh_id, run_dt)
);
COMMENT ON TABLE run IS 'One vehicle with one driver on one day';
COMMENT ON COLUMN run.shift IS 'AM = morning only, PM = afternoon only, FD = full day';
COMMENT ON COLUMN run.odo_st IS 'odometer when the run started, miles';
COMMENT ON COLUMN run.odo_end IS 'odometer when the bus was back at the depot; NULL = driver did not write it down';

WITH
days AS (
    SELECT d::date AS d, extract(isodow FROM d)::int AS dow
    FROM generate_series(date '2024-01-02', date '2026-11-30', interval '1 day') AS d
    WHERE extract(isodow FROM d) < 6
      AND d::date NOT IN (date '2024-03-29', date '2024-04-01', date '2024-05-06', date '2024-05-27', date '2024-08-26',
                          date '2024-12-25', date '2024-12-26', date '2025-01-01', date '2025-04-18', date '2025-04-21',
                          date '2025-05-05', date '2025-05-26', date '2025-08-25', date '2025-12-25', date '2025-12-26',
                          date '2026-01-01', date '2026-04-03', date '2026-04-06', date '2026-05-04', date '2026-05-25',
                          date '2026-08-31')
),
habit(drvr_id, off_dow, pref) AS (
    VALUES (1, 3, NULL::int[]), (2, 1, NULL), (3, 5, NULL), (11, 4, NULL),
           (4, NULL, ARRAY[2,4]), (5, NULL, ARRAY[1,3]), (6, NULL, ARRAY[2,3,4]), (7, NULL, ARRAY[1,5]),
           (8, NULL, ARRAY[4,5]), (9, NULL, ARRAY[1,2,3,4,5]), (10, NULL, ARRAY[2]), (12, NULL, ARRAY[3,5]),
           (13, NULL, ARRAY[1,4]), (14, NULL, ARRAY[]::int[])
),
da AS (
    SELECT x.d, r.drvr_id, r.drvr_typ,
           row_number() OVER (PARTITION BY x.d ORDER BY r.drvr_typ = 'V', pg_temp.h('ord' || r.drvr_id || x.d, 1000), r.drvr_id) AS rk
    FROM days x
    JOIN drvr r ON r.start_dt <= x.d AND (r.end_dt IS NULL OR x.d <= r.end_dt)
    JOIN habit hb ON hb.drvr_id = r.drvr_id
    WHERE (r.drvr_typ = 'P' AND x.dow <> hb.off_dow AND pg_temp.h('lv' || r.drvr_id || x.d, 18) <> 0)
       OR (r.drvr_typ = 'V' AND x.dow = ANY (hb.pref) AND pg_temp.h('av' || r.drvr_id || x.d, 10) < 6)
),
nd AS (SELECT d, count(*) AS n FROM da GROUP BY d),
vc AS (
    SELECT x.d, v.veh_id,
           row_number() OVER (PARTITION BY x.d ORDER BY array_position(ARRAY[4,1,5,2,3,6], v.veh_id::int)) AS prio
    FROM days x
    JOIN vehicle v ON v.in_svc_dt <= x.d AND (v.off_rd_dt IS NULL OR x.d <= v.off_rd_dt)
    WHERE (v.veh_id <> 6 OR x.dow IN (2, 4))
      AND pg_temp.h('gar' || v.veh_id || x.d, 14) <> 0
),
vsel AS (
    SELECT vc.d, vc.veh_id,
           row_number() OVER (PARTITION BY vc.d ORDER BY pg_temp.h('vm' || vc.veh_id || vc.d, 1000), vc.veh_id) AS rk
    FROM vc JOIN nd ON nd.d = vc.d
    WHERE vc.prio <= nd.n
),
vd AS (
    SELECT s.d, s.veh_id, a.drvr_id, a.drvr_typ,
           CASE WHEN pg_temp.h('chk' || s.veh_id || s.d, 1000) < 7 THEN 'F'
                WHEN pg_temp.h('chk' || s.veh_id || s.d, 1000) < CASE WHEN s.veh_id = 2 THEN 170 ELSE 75 END THEN 'A'
                ELSE 'P' END AS rslt,
           CASE WHEN s.veh_id = 6 THEN 'AM'
                WHEN a.drvr_typ = 'P' THEN 'FD'
                WHEN pg_temp.h('sh' || a.drvr_id || s.d, 20) < 9 THEN 'AM'
                WHEN pg_temp.h('sh' || a.drvr_id || s.d, 20) < 13 THEN 'PM'
                ELSE 'FD' END AS shift
    FROM vsel s JOIN da a ON a.d = s.d AND a.rk = s.rk
),
vm AS (
    SELECT vd.*,
           CASE WHEN rslt = 'F' THEN 0
                WHEN veh_id = 6 THEN 8 + pg_temp.h('mi' || veh_id || d, 22)
                WHEN shift = 'FD' THEN 34 + pg_temp.h('mi' || veh_id || d, 58)
                ELSE 14 + pg_temp.h('mi' || veh_id || d, 30) END AS miles,
           (ARRAY[61234, 148902, 40211, 88760, 14, 97455])[veh_id] AS base
    FROM vd
),
vo AS (
    SELECT vm.*,
           base + coalesce(sum(miles + 2) OVER (PARTITION BY veh_id ORDER BY d ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS odo,
           row_number() OVER (ORDER BY d, veh_id) AS chk_id
    FROM vm
),
ins_chk AS (
    INSERT INTO veh_chk (chk_id, veh_id, chk_dt, drvr_id, odo, rslt, lift_ok_yn, dfct_note)
    SELECT chk_id, veh_id, d, drvr_id, odo, rslt,
           CASE WHEN veh_id IN (3, 6) THEN NULL
                WHEN rslt <> 'P' AND pg_temp.h('dn' || chk_id, 7) = 0 THEN 'N'
                ELSE 'Y' END,
           CASE WHEN rslt = 'P' THEN NULL
                WHEN veh_id NOT IN (3, 6) AND pg_temp.h('dn' || chk_id, 7) = 0 THEN
                     CASE WHEN rslt = 'F' THEN 'Tail lift would not deploy' ELSE 'Tail lift slow to deploy, needs service' END
                WHEN rslt = 'F' THEN (ARRAY['Brake warning light on','Tyre damaged (NSF)','Engine management light on',
                                            'Wheelchair floor track damaged','Windscreen cracked in driver''s view'])[1 + pg_temp.h('df' || chk_id, 5)]
                ELSE (ARRAY['Nearside mirror cracked','Tyre tread low (OSR)','Wheelchair restraint strap frayed','Washer fluid low',
                            'Interior light out','Seat belt row 2 not retracting',
                            CASE WHEN veh_id IN (3, 6) THEN 'Ramp hinge stiff' ELSE 'Tail lift pendant cable worn' END,
                            'Fire extinguisher out of date','First aid kit incomplete','Wiper blade split'])[1 + pg_temp.h('da' || chk_id, 10)] END
    FROM vo
    RETURNING chk_id
)
INSERT INTO run (run_id, run_dt, veh_id, drvr_id, shift, odo_st, odo_end)
SELECT row_number() OVER (ORDER BY d, veh_id), d, veh_id, drvr_id, shift, odo,
       CASE WHEN pg_temp.h('oe' || veh_id || d, 45) = 0 THEN NULL ELSE odo + miles END
FROM vo
WHERE rslt <> 'F';

-- sign-offs: everyone who has taken a vehicle out was signed off on it first; plus a few sign-offs
-- for vehicles the driver has not (yet) taken out
INSERT INTO drvr_veh (drvr_id, veh_id, trained_dt, trn_by)
SELECT p.drvr_id, p.veh_id,
       greatest(r.start_dt, p.first_dt - 3 - pg_temp.h('tr' || p.drvr_id || '-' || p.veh_id, 40)),
       CASE WHEN pg_temp.h('tb' || p.drvr_id || '-' || p.veh_id, 9) = 0 THEN NULL
            WHEN p.drvr_id = 1 THEN 'CTA assessor'
            ELSE 'Keith Armitage' END
FROM (SELECT drvr_id, veh_id, min(run_dt) AS first_dt FROM run GROUP BY drvr_id, veh_id) p
JOIN drvr r ON r.drvr_id = p.drvr_id;

INSERT INTO drvr_veh (drvr_id, veh_id, trained_dt, trn_by)
SELECT v.drvr_id, v.veh_id, v.trained_dt, v.trn_by
FROM (VALUES (14, 1, date '2026-10-26', 'Keith Armitage'),
             (14, 3, date '2026-11-09', 'Keith Armitage'),
             (12, 6, date '2023-03-20', NULL),
             (13, 6, date '2026-06-15', 'Sandra Pike'),
             (10, 5, date '2026-11-18', 'Graham Toms'),
             (7, 5, date '2025-07-10', 'Graham Toms'),
             (2, 5, date '2025-07-09', 'Graham Toms')) AS v(drvr_id, veh_id, trained_dt, trn_by)
WHERE NOT EXISTS (SELECT 1 FROM drvr_veh x WHERE x.drvr_id = v.drvr_id AND x.veh_id = v.veh_id);

-- ---------------------------------------------------------------- bkg (trip bookings)
CREATE TABLE bkg (
    bkg_id     integer PRIMARY KEY,
    mbr_id     integer NOT NULL REFERENCES mbr (mbr_id),
    bkd_dt     date NOT NULL,
    trip_dt    date NOT NULL,
    pu_tm      time NOT NULL,
    dest_id    smallint REFERENCES dest (dest_id),
    do_note    text,
    purp       char(1) NOT NULL,
    wc_yn      char(1) NOT NULL,
    esc_cnt    smallint NOT NULL DEFAULT 0,
    run_id     integer REFERENCES run (run_id),
    st         char(1) NOT NULL,
    cncl_dt    date,
    act_pu_ts  timestamp,
    act_do_ts  timestamp
);
COMMENT ON TABLE bkg IS 'Trip bookings: one row per return trip, home to one destination and back';
COMMENT ON COLUMN bkg.bkd_dt IS 'day the booking was taken by the office';
COMMENT ON COLUMN bkg.pu_tm IS 'pick-up time at home the member asked for';
COMMENT ON COLUMN bkg.dest_id IS 'NULL = not a regular destination, address written in do_note';
COMMENT ON COLUMN bkg.purp IS 'M = medical appointment, S = shopping, L = lunch club / day centre / social, W = work, college or volunteering, O = other';
COMMENT ON COLUMN bkg.wc_yn IS 'Y = needs a wheelchair space on this trip';
COMMENT ON COLUMN bkg.esc_cnt IS 'escorts / carers travelling with the member';
COMMENT ON COLUMN bkg.run_id IS 'run it was put on; NULL = not on a run (cancelled)';
COMMENT ON COLUMN bkg.st IS 'B = booked, not run yet; C = completed; X = cancelled by the member; N = no-show (bus called, member not there or would not travel); O = cancelled by us (bus off the road)';
COMMENT ON COLUMN bkg.cncl_dt IS 'date cancelled; NULL = not cancelled';
COMMENT ON COLUMN bkg.act_pu_ts IS 'actual pick-up time from home; NULL = nobody was picked up';
COMMENT ON COLUMN bkg.act_do_ts IS 'actual arrival at the destination';

INSERT INTO bkg (bkg_id, mbr_id, bkd_dt, trip_dt, pu_tm, dest_id, do_note, purp, wc_yn, esc_cnt, run_id, st, cncl_dt, act_pu_ts, act_do_ts)
WITH slots AS (
    SELECT 'r' || r.run_id || '-' || s AS sk, r.run_id, r.run_dt AS trip_dt, r.veh_id, r.shift,
           CASE WHEN r.run_dt = date '2026-11-30' THEN 'B'
                WHEN pg_temp.h('st' || r.run_id || '-' || s, 100) < 4 THEN 'N'
                WHEN pg_temp.h('st' || r.run_id || '-' || s, 100) < 9 THEN 'X'
                ELSE 'C' END AS st
    FROM run r
    CROSS JOIN LATERAL generate_series(1, CASE WHEN r.veh_id = 6 THEN 1 + pg_temp.h('n' || r.run_id, 2)
                                               WHEN r.shift = 'FD' THEN 1 + pg_temp.h('n' || r.run_id, 4)
                                               ELSE 1 + pg_temp.h('n' || r.run_id, 2) END) AS s
    UNION ALL
    SELECT 'f' || c.chk_id || '-' || s, NULL, c.chk_dt, c.veh_id, 'FD', 'O'
    FROM veh_chk c
    CROSS JOIN LATERAL generate_series(1, 1 + pg_temp.h('nf' || c.chk_id, 4)) AS s
    WHERE c.rslt = 'F'
),
w AS (
    SELECT mbr_id, reg_dt, lapsed_dt,
           CASE WHEN pg_temp.h('nv' || mbr_id, 12) = 0 THEN 0
                ELSE power(1 + pg_temp.h('w' || mbr_id, 6), 2)::float8 * CASE WHEN mob_cd = 'W' THEN 1.5 ELSE 1 END END AS wt
    FROM mbr
),
pick AS (
    SELECT s.*, p.mbr_id
    FROM slots s
    CROSS JOIN LATERAL (
        SELECT w.mbr_id FROM w
        WHERE w.wt > 0 AND w.reg_dt < s.trip_dt AND (w.lapsed_dt IS NULL OR w.lapsed_dt > s.trip_dt)
        ORDER BY -ln((hashtext(s.sk || ':' || w.mbr_id)::float8 + 2147483649) / 4294967297.0::float8) / w.wt, w.mbr_id
        LIMIT 1
    ) p
),
pp AS (
    SELECT k.*, m.reg_dt, m.mob_cd, m.escort_yn,
           CASE WHEN pg_temp.h('hp' || k.sk, 100) < 55 THEN
                     (ARRAY['M','M','S','S','L','L','L','M','S','L','M','S'])[1 + pg_temp.h('mp' || k.mbr_id, 12)]
                ELSE CASE WHEN pg_temp.h('gp' || k.sk, 100) < 40 THEN 'M'
                          WHEN pg_temp.h('gp' || k.sk, 100) < 66 THEN 'S'
                          WHEN pg_temp.h('gp' || k.sk, 100) < 89 THEN 'L'
                          WHEN pg_temp.h('gp' || k.sk, 100) < 91 THEN 'W'
                          ELSE 'O' END END AS purp,
           pg_temp.h('pt' || k.sk, 1000) AS r
    FROM pick k JOIN mbr m ON m.mbr_id = k.mbr_id
),
pd AS (
    SELECT pp.*,
           CASE purp
               WHEN 'M' THEN (ARRAY[1,1,2,3,3,3,4,5,16,17])[1 + r % 10]
               WHEN 'S' THEN (ARRAY[6,6,6,7,7,8,18,19])[1 + r % 8]
               WHEN 'L' THEN (ARRAY[9,9,9,10,10,11,12,20])[1 + r % 8]
               WHEN 'W' THEN (ARRAY[14,14,15,13])[1 + r % 4]
               ELSE (ARRAY[NULL,NULL,NULL,13,15,11,NULL,12])[1 + r % 8] END AS dest_id,
           greatest(reg_dt, trip_dt - (ARRAY[1,1,1,2,2,2,3,3,4,5,6,7,7,8,10,13,0,14,1,3])[1 + pg_temp.h('bk' || sk, 20)]) AS bkd_dt,
           CASE WHEN veh_id = 6 OR shift = 'AM' THEN time '08:45' + (pg_temp.h('tm' || sk, 12) * interval '15 minutes')
                WHEN shift = 'PM' THEN time '12:30' + (pg_temp.h('tm' || sk, 12) * interval '15 minutes')
                ELSE time '08:45' + (pg_temp.h('tm' || sk, 26) * interval '15 minutes') END AS pu_tm
    FROM pp
),
fin AS (
    SELECT pd.*,
           row_number() OVER (ORDER BY trip_dt, pu_tm, sk) AS bkg_id,
           (ARRAY[-5,-3,-1,0,0,1,2,3,4,5,5,6,7,8,9,10,11,12,14,15,17,19,24,33,46])[1 + pg_temp.h('lt' || sk, 25)] AS late_min,
           12 + pg_temp.h('rd' || sk, 30) + CASE WHEN dest_id IN (2, 14, 18) THEN 25 ELSE 0 END AS ride_min
    FROM pd
)
SELECT bkg_id, mbr_id, bkd_dt, trip_dt, pu_tm, dest_id,
       CASE WHEN dest_id IS NULL THEN
           (ARRAY['Daughter''s house, 14 Mill Lane, Kingsmead','Solicitor, Fore Street','Hairdresser (Curl Up & Dye), Bath Place',
                  'Crematorium, Yeoford','Friend''s house, Hatherley Cross','Bank, Market Place','Vets, Station Road'])[1 + pg_temp.h('nt' || sk, 7)] END,
       purp,
       CASE WHEN mob_cd = 'W' THEN 'Y' WHEN mob_cd = 'T' AND pg_temp.h('wc' || sk, 5) = 0 THEN 'Y' ELSE 'N' END,
       CASE WHEN escort_yn = 'Y' THEN CASE WHEN pg_temp.h('e2' || sk, 10) = 0 THEN 2 ELSE 1 END
            WHEN pg_temp.h('e1' || sk, 20) = 0 THEN 1 ELSE 0 END,
       CASE WHEN st IN ('X', 'O') THEN NULL ELSE run_id END,
       st,
       CASE WHEN st = 'O' THEN trip_dt
            WHEN st = 'X' THEN bkd_dt + pg_temp.h('cx' || sk, (trip_dt - bkd_dt) + 1) END,
       CASE WHEN st = 'C' THEN trip_dt + pu_tm + late_min * interval '1 minute' END,
       CASE WHEN st = 'C' AND pg_temp.h('nd' || sk, 60) <> 0 THEN trip_dt + pu_tm + (late_min + ride_min) * interval '1 minute' END
FROM fin;

-- ---------------------------------------------------------------- fare_pmt (money received)
CREATE TABLE fare_pmt (
    pmt_id    integer PRIMARY KEY,
    bkg_id    integer NOT NULL REFERENCES bkg (bkg_id),
    pmt_dt    date NOT NULL,
    amt       numeric(7,2) NOT NULL,
    pay_mth   char(1) NOT NULL,
    pmt_typ   char(1) NOT NULL
);
COMMENT ON TABLE fare_pmt IS 'Money received against bookings: fares, no-show charges, refunds';
COMMENT ON COLUMN fare_pmt.pmt_dt IS 'date the money came in (for account members: the day the monthly invoice was paid)';
COMMENT ON COLUMN fare_pmt.amt IS 'GBP; refunds are negative; 0.00 = free travel on a pass';
COMMENT ON COLUMN fare_pmt.pay_mth IS 'C = cash to the driver, K = card on the driver''s reader, A = monthly account invoice, P = concession pass (nothing to pay)';
COMMENT ON COLUMN fare_pmt.pmt_typ IS 'F = fare, N = no-show charge, R = refund';

INSERT INTO fare_pmt (pmt_id, bkg_id, pmt_dt, amt, pay_mth, pmt_typ)
WITH fb AS (
    SELECT b.bkg_id, b.trip_dt, b.esc_cnt, b.st, m.acct_yn,
           CASE WHEN b.trip_dt < date '2025-04-01' THEN (ARRAY[3.00, 4.50, 6.00])[z.fare_band]
                ELSE (ARRAY[3.50, 5.00, 6.50])[z.fare_band] END AS base,
           coalesce((SELECT max(t.disc_pct) FROM mbr_pass p JOIN pass_typ t ON t.pass_cd = p.pass_cd
                     WHERE p.mbr_id = b.mbr_id AND p.valid_from <= b.trip_dt AND (p.valid_to IS NULL OR p.valid_to >= b.trip_dt)), 0) AS disc,
           EXISTS (SELECT 1 FROM mbr_pass p WHERE p.mbr_id = b.mbr_id AND p.pass_cd = 'CMP'
                   AND p.valid_from <= b.trip_dt AND (p.valid_to IS NULL OR p.valid_to >= b.trip_dt)) AS cmp
    FROM bkg b JOIN mbr m ON m.mbr_id = b.mbr_id JOIN zone z ON z.zone_id = m.zone_id
),
fares AS (
    SELECT bkg_id, trip_dt, acct_yn,
           round(base * (1 - disc / 100), 2) + CASE WHEN cmp THEN 0 ELSE esc_cnt * 1.00 END AS amt
    FROM fb
    WHERE st = 'C' AND pg_temp.h('nc' || bkg_id, 50) <> 0
),
fm AS (
    SELECT bkg_id, amt,
           CASE WHEN amt = 0 THEN 'P' WHEN acct_yn = 'Y' THEN 'A'
                WHEN trip_dt >= date '2025-03-03' AND pg_temp.h('cd' || bkg_id, 100) < 30 + (trip_dt - date '2025-03-03') / 30 THEN 'K'
                ELSE 'C' END AS pay_mth,
           trip_dt
    FROM fares
),
allp AS (
    SELECT bkg_id, CASE WHEN pay_mth = 'A' THEN (date_trunc('month', trip_dt) + interval '1 month')::date + 14 + pg_temp.h('ap' || bkg_id, 20)
                        ELSE trip_dt END AS pmt_dt,
           amt, pay_mth, 'F' AS pmt_typ, 1 AS k
    FROM fm
    UNION ALL
    SELECT bkg_id, trip_dt + 3 + pg_temp.h('rf' || bkg_id, 18), -amt, CASE WHEN pay_mth = 'K' THEN 'K' ELSE 'C' END, 'R', 3
    FROM fm
    WHERE pay_mth IN ('C', 'K') AND pg_temp.h('rr' || bkg_id, 70) = 0
    UNION ALL
    SELECT fb.bkg_id, fb.trip_dt + 7 + pg_temp.h('ns' || fb.bkg_id, 24), 3.00,
           CASE WHEN fb.acct_yn = 'Y' THEN 'A' WHEN pg_temp.h('nm' || fb.bkg_id, 3) = 0 THEN 'K' ELSE 'C' END, 'N', 2
    FROM fb
    WHERE fb.st = 'N' AND fb.trip_dt >= date '2025-01-06' AND pg_temp.h('np' || fb.bkg_id, 10) < 7
)
SELECT row_number() OVER (ORDER BY pmt_dt, bkg_id, k), bkg_id, pmt_dt, amt, pay_mth, pmt_typ
FROM allp
WHERE pmt_dt <= date '2026-11-30';
