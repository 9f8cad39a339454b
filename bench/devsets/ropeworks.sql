-- Made-up schema: Ropeworks, a chain of indoor climbing gyms (gyms, walls, route setters, routes,
-- route resets, members with their membership plan, check-ins including day passes, courses,
-- gear rentals, incident reports). Data are deterministic (generate_series and modulo arithmetic,
-- no random()); data cut-off is 2025-11-30. Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS incident_rpt;
DROP TABLE IF EXISTS gear_rental;
DROP TABLE IF EXISTS class_enrl;
DROP TABLE IF EXISTS check_in;
DROP TABLE IF EXISTS member;
DROP TABLE IF EXISTS route_reset;
DROP TABLE IF EXISTS route;
DROP TABLE IF EXISTS setter;
DROP TABLE IF EXISTS wall;
DROP TABLE IF EXISTS gym;

-- ---------------------------------------------------------------- gym
CREATE TABLE gym (
    gym_id        smallint PRIMARY KEY,
    gym_nm        text NOT NULL,
    city          text NOT NULL,
    gym_status_cd char(1) NOT NULL,
    opened_on     date,
    floor_area_m2 integer NOT NULL,
    max_occ       smallint NOT NULL,
    has_cafe      boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE gym IS 'Climbing gyms of the chain';
COMMENT ON COLUMN gym.gym_status_cd IS 'O = open, R = temporarily closed for renovation, C = closed for good, P = planned (not opened yet)';
COMMENT ON COLUMN gym.opened_on IS 'first day open to the public; NULL = not opened yet';
COMMENT ON COLUMN gym.floor_area_m2 IS 'climbing floor area, square metres';
COMMENT ON COLUMN gym.max_occ IS 'fire-code maximum occupancy, persons';

INSERT INTO gym (gym_id, gym_nm, city, gym_status_cd, opened_on, floor_area_m2, max_occ, has_cafe)
SELECT g,
       'Ropeworks ' || (ARRAY['Downtown','Eastside','Harbor','Mill District','Northgate','Riverside','Southpark',
                              'Westfield','Uptown','Foundry','Quarry','Summit','Canal','Old Town','Airport',
                              'Lakeshore','Heights','Station','Market','Campus'])[g],
       (ARRAY['Denver','Boulder','Salt Lake City','Portland','Seattle','Spokane','Boise'])[1 + g % 7],
       CASE WHEN g = 20 THEN 'P' WHEN g = 19 THEN 'C' WHEN g = 7 THEN 'R' ELSE 'O' END,
       CASE WHEN g = 20 THEN NULL WHEN g = 19 THEN date '2011-09-15' ELSE date '2012-04-01' + g * 151 END,
       900 + (g * 137) % 1400,
       (180 + (g * 53) % 220)::smallint,
       g % 3 <> 0
FROM generate_series(1, 20) AS g;

-- ---------------------------------------------------------------- wall
CREATE TABLE wall (
    wall_id     smallint PRIMARY KEY,
    gym_id      smallint NOT NULL REFERENCES gym (gym_id),
    wall_nm     text NOT NULL,
    wall_typ_cd varchar(2) NOT NULL,
    ht_m        numeric(4,1) NOT NULL,
    angle_deg   smallint NOT NULL,
    auto_belays smallint NOT NULL DEFAULT 0
);
COMMENT ON TABLE wall IS 'Climbing walls / areas inside a gym';
COMMENT ON COLUMN wall.wall_typ_cd IS 'B = bouldering, TR = top-rope, LD = lead, SP = speed';
COMMENT ON COLUMN wall.ht_m IS 'wall height in metres';
COMMENT ON COLUMN wall.angle_deg IS 'angle from vertical in degrees; positive = overhanging, negative = slab';
COMMENT ON COLUMN wall.auto_belays IS 'number of auto-belay devices installed on the wall';

INSERT INTO wall (wall_id, gym_id, wall_nm, wall_typ_cd, ht_m, angle_deg, auto_belays)
WITH w AS (
    SELECT w, 1 + (w - 1) / 3 AS gym_id, (w - 1) % 3 AS k FROM generate_series(1, 60) AS w
), t AS (
    SELECT w, gym_id, k,
           CASE k WHEN 0 THEN 'B'
                  WHEN 1 THEN CASE WHEN gym_id % 2 = 0 THEN 'LD' ELSE 'TR' END
                  ELSE CASE WHEN gym_id % 5 = 0 THEN 'SP' ELSE 'LD' END END AS typ
    FROM w
)
SELECT w, gym_id,
       (ARRAY['The Cave','Slab City','The Prow','Arete','Main Face','Skyline','Comp Wall','Overhang','Dihedral','Tower'])[1 + (w * 7) % 10]
           || ' ' || chr(65 + k),
       typ,
       CASE typ WHEN 'B' THEN 4.0 + (w % 4) * 0.5 WHEN 'TR' THEN 12 + w % 5 WHEN 'LD' THEN 14 + w % 7 ELSE 15.0 END,
       CASE typ WHEN 'B' THEN (w * 7) % 45 - 5 WHEN 'SP' THEN 5 ELSE (w * 3) % 20 - 5 END,
       CASE typ WHEN 'TR' THEN 2 + w % 4 ELSE 0 END
FROM t;

-- ---------------------------------------------------------------- setter (route setters)
CREATE TABLE setter (
    setter_id       smallint PRIMARY KEY,
    full_nm         text NOT NULL,
    home_gym_id     smallint NOT NULL REFERENCES gym (gym_id),
    lvl_cd          char(2) NOT NULL,
    hired_on        date NOT NULL,
    left_on         date,
    hourly_rate_usd numeric(6,2) NOT NULL
);
COMMENT ON TABLE setter IS 'Route setters on staff (current and former)';
COMMENT ON COLUMN setter.lvl_cd IS 'JR = junior setter, SR = senior setter, HD = head setter';
COMMENT ON COLUMN setter.left_on IS 'last day with the company; NULL = still on staff';
COMMENT ON COLUMN setter.hourly_rate_usd IS 'hourly pay, USD';

INSERT INTO setter (setter_id, full_nm, home_gym_id, lvl_cd, hired_on, left_on, hourly_rate_usd)
SELECT s,
       (ARRAY['Alex','Jordan','Sam','Taylor','Robin','Casey','Jamie','Morgan','Riley','Quinn','Avery','Drew'])[1 + s % 12]
           || ' ' || (ARRAY['Okafor','Lindqvist','Moreau','Tanaka','Kowalski','Reyes','Byrne','Haddad','Novak','Sato','Fischer'])[1 + (s * 5) % 11],
       1 + (s * 7) % 18,
       CASE WHEN s % 8 = 1 THEN 'HD' WHEN s % 3 = 0 THEN 'SR' ELSE 'JR' END,
       date '2016-03-01' + s * 97,
       CASE WHEN s % 10 = 0 THEN date '2025-03-31' + s ELSE NULL END,
       CASE WHEN s % 8 = 1 THEN 34 WHEN s % 3 = 0 THEN 28 ELSE 21 END + (s % 4) * 0.75
FROM generate_series(1, 24) AS s;

-- ---------------------------------------------------------------- route
CREATE TABLE route (
    route_id      smallint PRIMARY KEY,
    wall_id       smallint NOT NULL REFERENCES wall (wall_id),
    setter_id     smallint NOT NULL REFERENCES setter (setter_id),
    grd_cd        varchar(6) NOT NULL,
    hold_color    text NOT NULL,
    set_dt        date NOT NULL,
    stripped_dt   date,
    rte_status_cd char(1) NOT NULL
);
COMMENT ON TABLE route IS 'Routes and boulder problems put up on the walls';
COMMENT ON COLUMN route.grd_cd IS 'difficulty grade: V0..V10 (V scale) on bouldering walls, YDS 5.8..5.13 on rope walls, STD = standard speed route';
COMMENT ON COLUMN route.stripped_dt IS 'day the holds were taken down; NULL = still on the wall';
COMMENT ON COLUMN route.rte_status_cd IS 'A = open for climbing, X = temporarily closed (loose or broken hold), S = stripped';

INSERT INTO route (route_id, wall_id, setter_id, grd_cd, hold_color, set_dt, stripped_dt, rte_status_cd)
WITH b AS (
    SELECT r,
           1 + (r * 13) % 54 AS wall_id,
           CASE WHEN r % 6 = 0 THEN 3 WHEN r % 7 = 0 THEN 11 WHEN r % 9 = 0 THEN 17 WHEN r % 11 = 0 THEN 5 ELSE 1 + (r * 5) % 24 END AS setter_id,
           date '2024-01-10' + (r * 347) % 680 AS set_dt
    FROM generate_series(1, 200) AS r
), s AS (
    SELECT b.*, w.wall_typ_cd,
           CASE WHEN r % 10 = 0 THEN NULL
                WHEN set_dt + 56 + (r * 11) % 120 <= date '2025-11-30' THEN set_dt + 56 + (r * 11) % 120
                END AS stripped_dt
    FROM b JOIN wall w ON w.wall_id = b.wall_id
)
SELECT r, wall_id, setter_id,
       CASE wall_typ_cd WHEN 'B' THEN 'V' || (r * 7) % 9
                        WHEN 'SP' THEN 'STD'
                        ELSE (ARRAY['5.8','5.9','5.10a','5.10b','5.10c','5.10d','5.11a','5.11b','5.11c','5.12a'])[1 + (r * 3) % 10] END,
       (ARRAY['red','blue','yellow','green','black','white','purple','orange','pink'])[1 + (r * 5) % 9],
       set_dt, stripped_dt,
       CASE WHEN stripped_dt IS NOT NULL THEN 'S' WHEN r % 12 = 0 THEN 'X' ELSE 'A' END
FROM s;

-- ---------------------------------------------------------------- route_reset
CREATE TABLE route_reset (
    reset_id       smallint PRIMARY KEY,
    wall_id        smallint NOT NULL REFERENCES wall (wall_id),
    reason_cd      char(2) NOT NULL,
    reset_start_ts timestamptz NOT NULL,
    reset_end_ts   timestamptz NOT NULL,
    crew_size      smallint NOT NULL,
    rtes_added     smallint NOT NULL
);
COMMENT ON TABLE route_reset IS 'Wall resets: a setting crew strips a wall and puts up new routes';
COMMENT ON COLUMN route_reset.reason_cd IS 'RG = regular rotation, CP = competition prep, SF = safety (loose holds / wall inspection), HD = damaged holds replaced';
COMMENT ON COLUMN route_reset.rtes_added IS 'number of new routes put up during the reset';

INSERT INTO route_reset (reset_id, wall_id, reason_cd, reset_start_ts, reset_end_ts, crew_size, rtes_added)
WITH b AS (
    SELECT x, 1 + (x * 17) % 54 AS wall_id,
           (ARRAY['RG','RG','CP','SF','RG','HD','RG'])[1 + x % 7] AS reason_cd,
           timestamptz '2024-01-15 07:00:00+00' + x * interval '17 days' + ((x * 13) % 4) * interval '30 minutes' AS st
    FROM generate_series(1, 40) AS x
)
SELECT x, wall_id, reason_cd, st,
       st + CASE reason_cd WHEN 'RG' THEN 5 + x % 4 WHEN 'CP' THEN 10 + x % 6 WHEN 'SF' THEN 2 + x % 3 ELSE 3 + x % 2 END * interval '1 hour'
          + ((x * 7) % 4) * interval '15 minutes',
       2 + x % 4,
       CASE reason_cd WHEN 'SF' THEN 1 + x % 2 WHEN 'HD' THEN 2 ELSE 5 + x % 6 END
FROM b;

-- ---------------------------------------------------------------- member (with the current membership)
CREATE TABLE member (
    mbr_id        integer PRIMARY KEY,
    first_nm      text NOT NULL,
    last_nm       text NOT NULL,
    email         text,
    birth_dt      date NOT NULL,
    home_gym_id   smallint NOT NULL REFERENCES gym (gym_id),
    joined_on     date NOT NULL,
    belay_cert_cd char(2) NOT NULL,
    plan_cd       char(2) NOT NULL,
    mshp_status   char(1) NOT NULL,
    mo_fee_usd    numeric(6,2),
    cancelled_on  date
);
COMMENT ON TABLE member IS 'Gym members and their current membership';
COMMENT ON COLUMN member.email IS 'NULL = member asked not to be e-mailed';
COMMENT ON COLUMN member.belay_cert_cd IS 'NO = no belay check, TR = passed top-rope belay check, LD = passed lead belay check';
COMMENT ON COLUMN member.plan_cd IS 'MO = monthly, YR = annual (prepaid), OP = off-peak, ST = student, PC = 10-visit punch card';
COMMENT ON COLUMN member.mshp_status IS 'A = active, F = frozen (on hold), C = cancelled, L = lapsed (payment failed / expired)';
COMMENT ON COLUMN member.mo_fee_usd IS 'monthly fee, USD; NULL for punch-card plans (paid per card)';
COMMENT ON COLUMN member.cancelled_on IS 'date the membership was cancelled; NULL = not cancelled';

INSERT INTO member (mbr_id, first_nm, last_nm, email, birth_dt, home_gym_id, joined_on, belay_cert_cd, plan_cd,
                    mshp_status, mo_fee_usd, cancelled_on)
WITH b AS (
    SELECT m,
           (ARRAY['Emma','Noah','Olivia','Liam','Ava','Mason','Sofia','Lucas','Mia','Ethan','Zoe','Kai','Nora','Leo','Ines','Hugo','Yara','Omar'])[1 + m % 18] AS fn,
           (ARRAY['Walsh','Ortiz','Berg','Nakamura','Duarte','Keller','Olsen','Petrov','Mbeki','Rossi','Dubois','Larsen','Quinn'])[1 + (m * 7) % 13] AS ln,
           1 + (m * 7) % 18 AS home_gym_id,
           date '2021-01-05' + (m * 37) % 1750 AS joined_on,
           (ARRAY['MO','MO','YR','OP','ST','PC','MO'])[1 + (m * 3) % 7] AS plan_cd,
           CASE WHEN m % 11 = 0 THEN 'F' WHEN m % 9 = 0 THEN 'C' WHEN m % 7 = 0 THEN 'L' ELSE 'A' END AS st
    FROM generate_series(1, 150) AS m
)
SELECT m, fn, ln,
       CASE WHEN m % 13 = 0 THEN NULL ELSE lower(fn || '.' || ln || m || '@example.net') END,
       date '1965-01-01' + (m * 211) % 14000,
       home_gym_id, joined_on,
       CASE WHEN (m + home_gym_id) % 5 IN (0, 3) THEN 'LD' WHEN m % 5 = 1 THEN 'TR' ELSE 'NO' END,
       plan_cd, st,
       CASE plan_cd WHEN 'MO' THEN 79 WHEN 'YR' THEN 65 WHEN 'OP' THEN 55 WHEN 'ST' THEN 49 END,
       CASE WHEN st = 'C' THEN least(joined_on + 200 + m % 100, date '2025-11-28') END
FROM b;

-- ---------------------------------------------------------------- check_in (visits, members and day passes)
CREATE TABLE check_in (
    chk_id         integer PRIMARY KEY,
    gym_id         smallint NOT NULL REFERENCES gym (gym_id),
    mbr_id         integer REFERENCES member (mbr_id),
    entry_cd       char(1) NOT NULL,
    pass_price_usd numeric(6,2),
    chk_in_ts      timestamptz NOT NULL,
    chk_out_ts     timestamptz
);
COMMENT ON TABLE check_in IS 'Front-desk check-ins: member scans and day-pass sales';
COMMENT ON COLUMN check_in.mbr_id IS 'member who checked in; NULL = non-member (day pass or guest pass)';
COMMENT ON COLUMN check_in.entry_cd IS 'M = member scan, D = paid day pass, G = free guest pass brought by a member';
COMMENT ON COLUMN check_in.pass_price_usd IS 'price paid for the day pass, USD (0 for guest passes); NULL for member scans';
COMMENT ON COLUMN check_in.chk_out_ts IS 'exit scan; NULL = left without scanning out';

INSERT INTO check_in (chk_id, gym_id, mbr_id, entry_cd, pass_price_usd, chk_in_ts, chk_out_ts)
WITH b AS (
    SELECT c,
           CASE WHEN c % 6 = 0 THEN 'D' WHEN c % 17 = 0 THEN 'G' ELSE 'M' END AS entry_cd,
           timestamptz '2024-01-01 00:00:00+00' + ((c * 349) / 100) * interval '1 day'
               + (6 + (c * 7) % 16) * interval '1 hour' + ((c * 23) % 60) * interval '1 minute' AS ts
    FROM generate_series(1, 200) AS c
), m AS (
    SELECT b.*,
           CASE WHEN entry_cd = 'M' THEN 1 + (c * 53) % 127 END AS mbr_id
    FROM b
), g AS (
    SELECT m.*,
           CASE WHEN entry_cd = 'M' AND c % 4 <> 0 THEN mb.home_gym_id
                WHEN entry_cd = 'M' THEN 1 + (c * 5) % 18
                WHEN entry_cd = 'D' AND (c / 6) % 3 = 0 THEN 4
                ELSE 1 + ((c / 6) * 5) % 18 END AS gym_id
    FROM m LEFT JOIN member mb ON mb.mbr_id = m.mbr_id
)
SELECT c, CASE WHEN gym_id = 7 AND ts >= timestamptz '2025-06-01 00:00:00+00' THEN 8 ELSE gym_id END,
       mbr_id, entry_cd,
       CASE entry_cd WHEN 'D' THEN CASE WHEN c % 4 = 0 THEN 18 ELSE 24 END WHEN 'G' THEN 0 END,
       ts,
       CASE WHEN c % 9 = 0 THEN NULL
            ELSE ts + (45 + (c * 29) % 120 + gym_id * 3) * interval '1 minute' END
FROM g;

-- ---------------------------------------------------------------- class_enrl (course enrollments)
CREATE TABLE class_enrl (
    enrl_id     integer PRIMARY KEY,
    mbr_id      integer NOT NULL REFERENCES member (mbr_id),
    gym_id      smallint NOT NULL REFERENCES gym (gym_id),
    course_cd   varchar(5) NOT NULL,
    start_dt    date NOT NULL,
    n_sessions  smallint NOT NULL,
    fee_usd     numeric(7,2) NOT NULL,
    enrl_status char(1) NOT NULL
);
COMMENT ON TABLE class_enrl IS 'Enrollments of members in climbing courses';
COMMENT ON COLUMN class_enrl.course_cd IS 'INTRO = intro to climbing, LEAD = learn to lead, TECH = technique clinic, YOUTH = youth team season, FIT = climbing fitness';
COMMENT ON COLUMN class_enrl.n_sessions IS 'number of weekly sessions in the course';
COMMENT ON COLUMN class_enrl.fee_usd IS 'course fee charged, USD';
COMMENT ON COLUMN class_enrl.enrl_status IS 'E = enrolled (course running or upcoming), C = completed, D = dropped out (refunded), W = waitlisted (not charged yet)';

INSERT INTO class_enrl (enrl_id, mbr_id, gym_id, course_cd, start_dt, n_sessions, fee_usd, enrl_status)
WITH b AS (
    SELECT e, 1 + (e * 19) % 150 AS mbr_id, 1 + (e * 11) % 18 AS gym_id,
           (ARRAY['INTRO','LEAD','TECH','YOUTH','INTRO','FIT'])[1 + e % 6] AS course_cd,
           date '2024-02-20' + e * 8 + e % 3 AS start_dt
    FROM generate_series(1, 80) AS e
), c AS (
    SELECT b.*,
           CASE course_cd WHEN 'INTRO' THEN 4 WHEN 'LEAD' THEN 6 WHEN 'TECH' THEN 3 WHEN 'YOUTH' THEN 12 ELSE 8 END AS n_sessions,
           CASE course_cd WHEN 'INTRO' THEN 149 WHEN 'LEAD' THEN 229 WHEN 'TECH' THEN 89 WHEN 'YOUTH' THEN 320 ELSE 169 END - (e % 3) * 10 AS fee
    FROM b
)
SELECT e, mbr_id, gym_id, course_cd, start_dt, n_sessions, fee,
       CASE WHEN e % 7 = 0 THEN 'D' WHEN e % 13 = 0 THEN 'W'
            WHEN start_dt + n_sessions * 7 < date '2025-11-30' THEN 'C' ELSE 'E' END
FROM c;

-- ---------------------------------------------------------------- gear_rental
CREATE TABLE gear_rental (
    rental_id   integer PRIMARY KEY,
    chk_id      integer NOT NULL REFERENCES check_in (chk_id),
    item_cd     char(2) NOT NULL,
    qty         smallint NOT NULL,
    fee_usd     numeric(6,2) NOT NULL,
    out_ts      timestamptz NOT NULL,
    returned_ts timestamptz,
    dmg_flag    boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE gear_rental IS 'Rental gear handed out at the front desk during a visit';
COMMENT ON COLUMN gear_rental.item_cd IS 'SH = climbing shoes, HR = harness, CB = chalk bag, BD = belay device, RP = rope';
COMMENT ON COLUMN gear_rental.fee_usd IS 'rental fee charged, USD';
COMMENT ON COLUMN gear_rental.returned_ts IS 'when the gear came back to the desk; NULL = not returned yet';
COMMENT ON COLUMN gear_rental.dmg_flag IS 'true = returned damaged';

INSERT INTO gear_rental (rental_id, chk_id, item_cd, qty, fee_usd, out_ts, returned_ts, dmg_flag)
WITH b AS (
    SELECT k, 1 + (k * 37) % 200 AS chk_id,
           (ARRAY['SH','HR','SH','CB','BD','SH','HR','RP'])[1 + k % 8] AS item_cd,
           CASE WHEN k % 10 = 0 THEN 2 ELSE 1 END AS qty
    FROM generate_series(1, 120) AS k
)
SELECT k, b.chk_id, item_cd, qty,
       qty * CASE item_cd WHEN 'SH' THEN 6 WHEN 'HR' THEN 5 WHEN 'CB' THEN 2 WHEN 'BD' THEN 3 ELSE 10 END,
       c.chk_in_ts + (3 + k % 7) * interval '1 minute',
       CASE WHEN k % 11 = 0 THEN NULL
            ELSE coalesce(c.chk_out_ts - interval '4 minutes', c.chk_in_ts + interval '100 minutes') END,
       k % 23 = 0
FROM b JOIN check_in c ON c.chk_id = b.chk_id;

-- ---------------------------------------------------------------- incident_rpt
CREATE TABLE incident_rpt (
    inc_id      integer PRIMARY KEY,
    gym_id      smallint NOT NULL REFERENCES gym (gym_id),
    wall_id     smallint REFERENCES wall (wall_id),
    mbr_id      integer REFERENCES member (mbr_id),
    occurred_ts timestamptz NOT NULL,
    reported_ts timestamptz NOT NULL,
    sev_cd      smallint NOT NULL,
    body_part   text,
    descr       text NOT NULL
);
COMMENT ON TABLE incident_rpt IS 'Accident / injury reports filed by staff';
COMMENT ON COLUMN incident_rpt.wall_id IS 'wall where it happened; NULL = away from the walls (lobby, locker room, stairs)';
COMMENT ON COLUMN incident_rpt.mbr_id IS 'injured member; NULL = day-pass visitor, guest or staff';
COMMENT ON COLUMN incident_rpt.sev_cd IS '1 = no injury / first-aid kit only, 2 = minor injury, 3 = referred to a doctor, 4 = emergency services called';
COMMENT ON COLUMN incident_rpt.body_part IS 'injured body part; NULL = no injury';

INSERT INTO incident_rpt (inc_id, gym_id, wall_id, mbr_id, occurred_ts, reported_ts, sev_cd, body_part, descr)
WITH b AS (
    SELECT i,
           CASE WHEN i % 5 = 0 THEN 2 WHEN i % 8 = 0 THEN 9 ELSE 1 + (i * 7) % 18 END AS gym_id,
           CASE WHEN i % 5 IN (0, 1, 2) THEN 0 WHEN i % 5 = 3 THEN 1 ELSE 2 END AS k,
           timestamptz '2024-01-03 10:00:00+00' + i * interval '15 days 7 hours' + ((i * 41) % 600) * interval '1 minute' AS ts,
           CASE WHEN i % 11 = 0 THEN 4 WHEN i % 5 = 0 THEN 3 WHEN i % 3 = 0 THEN 2 ELSE 1 END AS sev
    FROM generate_series(1, 45) AS i
)
SELECT i, gym_id,
       CASE WHEN i % 6 = 0 THEN NULL ELSE ((gym_id - 1) * 3 + 1 + k)::smallint END,
       CASE WHEN i % 4 = 0 THEN NULL ELSE 1 + (i * 31) % 150 END,
       ts, ts + (10 + (i * 13) % 240) * interval '1 minute',
       sev,
       CASE WHEN sev = 1 THEN NULL ELSE (ARRAY['ankle','wrist','finger','shoulder','knee','head'])[1 + i % 6] END,
       CASE WHEN i % 6 = 0 THEN 'slipped in the lobby'
            WHEN k = 0 THEN 'fall onto the bouldering mat'
            ELSE 'fall while climbing on rope' END
FROM b;
