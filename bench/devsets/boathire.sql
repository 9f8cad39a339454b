-- Made-up schema: a small boat-hire business on a lake (rowing boats, kayaks, pedalos, canoes):
-- boats, hirers, hire sessions, safety checks, repairs, staff, staff shifts, season passes.
-- Hiring season is 1 April - 31 October; money in GBP; timestamps stored in UTC.
-- Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off is 2026-11-30.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS shf;
DROP TABLE IF EXISTS rpr;
DROP TABLE IF EXISTS sfty_chk;
DROP TABLE IF EXISTS hire_sess;
DROP TABLE IF EXISTS ssn_pass;
DROP TABLE IF EXISTS hirer;
DROP TABLE IF EXISTS boat;
DROP TABLE IF EXISTS staff;

-- ---------------------------------------------------------------- staff
CREATE TABLE staff (
    stf_id    smallint PRIMARY KEY,
    nm        text NOT NULL,
    role_cd   char(2) NOT NULL,
    hrly_wage numeric(5,2) NOT NULL,
    hired_dt  date NOT NULL,
    left_dt   date,
    first_aid boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE staff IS 'People working at the boat hire (seasonal and year-round)';
COMMENT ON COLUMN staff.role_cd IS 'MG = manager, AT = attendant (kiosk and jetty), MC = mechanic, LG = lifeguard';
COMMENT ON COLUMN staff.hrly_wage IS 'hourly wage, GBP';
COMMENT ON COLUMN staff.left_dt IS 'last working day; NULL = still employed';
COMMENT ON COLUMN staff.first_aid IS 'holds a valid first-aid certificate';

INSERT INTO staff (stf_id, nm, role_cd, hrly_wage, hired_dt, left_dt, first_aid) VALUES
    (1,  'Margaret Hale',  'MG', 19.50, '2015-03-01', NULL,         true),
    (2,  'Tom Brennan',    'MG', 17.80, '2019-02-15', NULL,         true),
    (3,  'Ravi Shah',      'MC', 16.40, '2018-03-10', NULL,         false),
    (4,  'Ewan Fraser',    'MC', 15.90, '2022-03-01', NULL,         false),
    (5,  'Chloe Dunn',     'AT', 12.60, '2021-04-01', NULL,         true),
    (6,  'Jack Pickering', 'AT', 12.20, '2023-04-01', NULL,         false),
    (7,  'Aisha Khan',     'AT', 12.20, '2023-04-01', '2025-06-30', false),
    (8,  'Liam O''Connor', 'AT', 11.90, '2024-03-20', NULL,         true),
    (9,  'Zofia Nowak',    'AT', 11.90, '2024-03-20', NULL,         false),
    (10, 'Ben Carter',     'AT', 12.00, '2025-03-25', NULL,         false),
    (11, 'Megan Lloyd',    'LG', 13.40, '2020-05-01', NULL,         true),
    (12, 'Oscar Reid',     'LG', 13.40, '2022-05-01', NULL,         true),
    (13, 'Hannah Price',   'LG', 13.10, '2024-04-01', '2025-09-30', true),
    (14, 'Sam Whitfield',  'LG', 13.10, '2025-04-01', NULL,         true),
    (15, 'Isla Moreno',    'LG', 13.10, '2026-11-20', NULL,         true),
    (16, 'Daniel Fox',     'AT', 12.80, '2026-03-20', NULL,         false);

-- ---------------------------------------------------------------- boat
CREATE TABLE boat (
    boat_id     integer PRIMARY KEY,
    boat_no     varchar(6) NOT NULL UNIQUE,
    bt_typ      char(1) NOT NULL,
    seats       smallint NOT NULL,
    hull_len_cm smallint NOT NULL,
    hr_rate     numeric(5,2) NOT NULL,
    for_kids    boolean NOT NULL DEFAULT false,
    acq_dt      date NOT NULL,
    retired_dt  date
);
COMMENT ON TABLE boat IS 'Fleet register: every boat we hire out, including retired ones';
COMMENT ON COLUMN boat.boat_no IS 'number painted on the hull';
COMMENT ON COLUMN boat.bt_typ IS 'R = rowing boat, K = kayak, P = pedalo, C = canoe';
COMMENT ON COLUMN boat.seats IS 'maximum number of people aboard';
COMMENT ON COLUMN boat.hull_len_cm IS 'hull length in centimetres';
COMMENT ON COLUMN boat.hr_rate IS 'hire price per hour, GBP';
COMMENT ON COLUMN boat.for_kids IS 'may be hired by families with children under 12';
COMMENT ON COLUMN boat.acq_dt IS 'date the boat joined the fleet';
COMMENT ON COLUMN boat.retired_dt IS 'date the boat was taken out of the fleet (sold or scrapped); NULL = still in the fleet';

INSERT INTO boat (boat_id, boat_no, bt_typ, seats, hull_len_cm, hr_rate, for_kids, acq_dt, retired_dt)
WITH b AS (
    SELECT g, (ARRAY['R','K','R','P','K','R','C','K','P','R'])[1 + (g - 1) % 10] AS typ
    FROM generate_series(1, 40) AS g
), s AS (
    SELECT g, typ,
           row_number() OVER (PARTITION BY typ ORDER BY g) AS n,
           CASE typ WHEN 'R' THEN 3 + g % 2
                    WHEN 'K' THEN CASE WHEN g % 3 = 0 THEN 2 ELSE 1 END
                    WHEN 'P' THEN CASE WHEN g % 2 = 0 THEN 4 ELSE 2 END
                    ELSE 3 END AS seats
    FROM b
)
SELECT g,
       typ || '-' || lpad(n::text, 2, '0'),
       typ,
       seats,
       CASE typ WHEN 'R' THEN 410 + (g * 7) % 60
                WHEN 'K' THEN CASE WHEN seats = 2 THEN 500 + (g * 3) % 30 ELSE 340 + (g * 3) % 40 END
                WHEN 'P' THEN 250 + seats * 20 + g % 10
                ELSE 470 + (g * 11) % 40 END,
       CASE typ WHEN 'R' THEN 14.00
                WHEN 'K' THEN CASE WHEN seats = 2 THEN 16.00 ELSE 11.00 END
                WHEN 'P' THEN CASE WHEN seats = 4 THEN 18.00 ELSE 15.00 END
                ELSE 16.50 END,
       typ = 'P' OR (typ = 'R' AND seats = 4),
       CASE WHEN g <= 36 THEN date '2016-04-01' + (g * 173) % 2800
            WHEN g <= 39 THEN date '2026-03-15' + g
            ELSE date '2026-11-10' END,
       CASE g WHEN 9  THEN date '2024-08-20'
              WHEN 15 THEN date '2025-10-28'
              WHEN 22 THEN date '2025-06-30'
              WHEN 26 THEN date '2025-10-28' END
FROM s;

-- ---------------------------------------------------------------- hirer
CREATE TABLE hirer (
    hr_id    integer PRIMARY KEY,
    fnm      text NOT NULL,
    lnm      text NOT NULL,
    email    text,
    ph       varchar(20),
    id_doc   char(1) NOT NULL,
    is_local boolean NOT NULL DEFAULT false,
    dob      date,
    reg_dt   date NOT NULL
);
COMMENT ON TABLE hirer IS 'Customers registered at the kiosk or online';
COMMENT ON COLUMN hirer.email IS 'NULL = no email given';
COMMENT ON COLUMN hirer.id_doc IS 'identity shown at first hire: D = driving licence, P = passport, I = national ID card, N = none shown (cash deposit taken instead)';
COMMENT ON COLUMN hirer.is_local IS 'lives in the parish (10% resident discount on hires)';
COMMENT ON COLUMN hirer.dob IS 'date of birth; NULL = not given';
COMMENT ON COLUMN hirer.reg_dt IS 'date of registration';

INSERT INTO hirer (hr_id, fnm, lnm, email, ph, id_doc, is_local, dob, reg_dt)
SELECT g, fn, ln,
       CASE WHEN g % 9 = 4 THEN NULL ELSE lower(fn || '.' || ln || g || '@example.co.uk') END,
       CASE WHEN g % 17 = 0 THEN NULL ELSE '07700 9' || lpad(((g * 373) % 100000)::text, 5, '0') END,
       CASE WHEN g % 10 IN (0, 1, 2, 3, 9) THEN 'D' WHEN g % 10 IN (4, 5, 6) THEN 'P' WHEN g % 10 = 7 THEN 'I' ELSE 'N' END,
       g % 3 = 0,
       CASE WHEN g % 7 = 0 THEN NULL ELSE date '1950-01-01' + (g * 4111) % 20000 END,
       CASE WHEN g <= 550 THEN date '2024-04-01'                        -- replaced by the first hire below
            ELSE date '2026-04-01' + (g - 551) * 4 END                   -- online sign-ups that never came
FROM (
    SELECT g,
           (ARRAY['Oliver','Amelia','George','Isla','Harry','Ava','Noah','Mia','Jack','Ivy',
                  'Leo','Freya','Arthur','Lily','Muhammad','Grace','Oscar','Sophie','Theo','Ella',
                  'Finn','Priya','Lukas','Anna'])[1 + g % 24] AS fn,
           (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Patel','Robinson',
                  'Wright','Thompson','Evans','Walker','White','Roberts','Green','Hall','Wood','Jackson',
                  'Clarke','Nowak','Müller','Byrne','Kaur'])[1 + (g * 7) % 25] AS ln
    FROM generate_series(1, 600) AS g
) t;

-- ---------------------------------------------------------------- ssn_pass (season passes)
CREATE TABLE ssn_pass (
    pass_id  integer PRIMARY KEY,
    hr_id    integer NOT NULL REFERENCES hirer (hr_id),
    ssn_yr   smallint NOT NULL,
    pass_typ char(1) NOT NULL,
    price    numeric(6,2) NOT NULL,
    sold_dt  date NOT NULL,
    cncl_dt  date,
    incl_hrs smallint
);
COMMENT ON TABLE ssn_pass IS 'Season passes: hires are free for the pass holder during that season';
COMMENT ON COLUMN ssn_pass.ssn_yr IS 'season (year) the pass is valid for';
COMMENT ON COLUMN ssn_pass.pass_typ IS 'S = single adult, F = family (up to 5 people), J = junior (under 16)';
COMMENT ON COLUMN ssn_pass.price IS 'price paid, GBP';
COMMENT ON COLUMN ssn_pass.cncl_dt IS 'date the pass was cancelled and refunded; NULL = not cancelled';
COMMENT ON COLUMN ssn_pass.incl_hrs IS 'hours on the water included per season; NULL = unlimited';

INSERT INTO ssn_pass (pass_id, hr_id, ssn_yr, pass_typ, price, sold_dt, cncl_dt, incl_hrs)
WITH h AS (
    SELECT DISTINCT hr_id, yr
    FROM generate_series(1, 550) AS hr_id
    CROSS JOIN generate_series(2024, 2026) AS yr
    WHERE (hr_id * 7 + yr) % 11 = 0 OR (hr_id <= 25 AND (hr_id + yr) % 3 = 0)
), t AS (
    SELECT hr_id, yr,
           CASE WHEN hr_id % 5 = 0 THEN 'F' WHEN hr_id % 7 = 3 THEN 'J' ELSE 'S' END AS typ,
           make_date(yr, 2, 15) + (hr_id * 7 + yr) % 106 AS sold_dt
    FROM h
)
SELECT row_number() OVER (ORDER BY sold_dt, hr_id), hr_id, yr, typ,
       CASE typ WHEN 'F' THEN 210 WHEN 'J' THEN 45 ELSE 95 END + (yr - 2024) * 5,
       sold_dt,
       CASE WHEN (hr_id + yr) % 13 = 0 THEN sold_dt + 20 END,
       CASE typ WHEN 'S' THEN 20 WHEN 'J' THEN 10 END
FROM t;

-- ---------------------------------------------------------------- hire_sess (hire sessions)
CREATE TABLE hire_sess (
    sess_id   integer PRIMARY KEY,
    boat_id   integer NOT NULL REFERENCES boat (boat_id),
    hr_id     integer NOT NULL REFERENCES hirer (hr_id),
    out_ts    timestamptz NOT NULL,
    ret_ts    timestamptz,
    n_pax     smallint NOT NULL,
    pay_cd    char(1),
    pd_amt    numeric(7,2),
    issued_by smallint
);
COMMENT ON TABLE hire_sess IS 'One row per hire: a boat handed out to a hirer';
COMMENT ON COLUMN hire_sess.out_ts IS 'when the boat left the jetty';
COMMENT ON COLUMN hire_sess.ret_ts IS 'when the boat was checked back in; NULL = not checked back in yet';
COMMENT ON COLUMN hire_sess.n_pax IS 'people aboard, hirer included';
COMMENT ON COLUMN hire_sess.pay_cd IS 'C = cash, K = card, S = season pass (no charge); NULL = not settled yet';
COMMENT ON COLUMN hire_sess.pd_amt IS 'amount charged, GBP, settled on return; 0 for season-pass hires; NULL = not settled yet';
COMMENT ON COLUMN hire_sess.issued_by IS 'attendant (staff.stf_id) who handed the boat out; typed in at the kiosk, no foreign key';

INSERT INTO hire_sess (sess_id, boat_id, hr_id, out_ts, ret_ts, n_pax, pay_cd, pd_amt, issued_by)
WITH d AS (
    SELECT g, yr, make_date(yr, 4, 1) + (k * 214) / 1000 AS day,
           9 + (g * 7) % 9 AS hh, ((g * 13) % 4) * 15 AS mi,
           30 + ((g * 11) % 8) * 15 + (g * 3) % 13 AS dur,
           CASE WHEN g % 4 = 0 THEN 1 + floor(sqrt(((g / 4) * 37) % 625))::int ELSE 1 + (g * 31) % 550 END AS hr_id
    FROM (SELECT g, 2024 + (g - 1) / 1000 AS yr, (g - 1) % 1000 AS k FROM generate_series(1, 3000) AS g) x
), b AS (
    SELECT d.*, pool[1 + (g * 23) % cardinality(pool)] AS boat_id,
           at_pool[1 + g % cardinality(at_pool)] AS issued_by
    FROM d
    CROSS JOIN LATERAL (
        SELECT array_agg(boat_id ORDER BY boat_id) AS pool FROM boat
        WHERE acq_dt <= d.day AND (retired_dt IS NULL OR retired_dt >= d.day)
    ) p
    CROSS JOIN LATERAL (
        SELECT array_agg(stf_id ORDER BY stf_id) AS at_pool FROM staff
        WHERE role_cd = 'AT' AND hired_dt <= d.day AND (left_dt IS NULL OR left_dt >= d.day)
    ) a
), s AS (
    SELECT b.*, bt.seats, bt.hr_rate, h.is_local,
           (b.day + make_time(b.hh, b.mi, 0)) AT TIME ZONE 'UTC' AS out_ts,
           g % 97 = 0 AS not_back,
           EXISTS (SELECT 1 FROM ssn_pass sp
                   WHERE sp.hr_id = b.hr_id AND sp.ssn_yr = b.yr AND sp.sold_dt <= b.day
                     AND (sp.cncl_dt IS NULL OR sp.cncl_dt > b.day)) AS on_pass
    FROM b JOIN boat bt ON bt.boat_id = b.boat_id JOIN hirer h ON h.hr_id = b.hr_id
)
SELECT g, boat_id, hr_id, out_ts,
       CASE WHEN NOT not_back THEN out_ts + dur * interval '1 minute' END,
       1 + (g * 5) % seats,
       CASE WHEN not_back THEN NULL WHEN on_pass THEN 'S' WHEN g % 3 = 0 THEN 'C' ELSE 'K' END,
       CASE WHEN not_back THEN NULL WHEN on_pass THEN 0
            ELSE round(hr_rate * dur / 60.0 * CASE WHEN is_local THEN 0.9 ELSE 1 END, 2) END,
       issued_by
FROM s;

UPDATE hirer h SET reg_dt = f.first_day
FROM (SELECT hr_id, min(out_ts AT TIME ZONE 'UTC')::date AS first_day FROM hire_sess GROUP BY hr_id) f
WHERE f.hr_id = h.hr_id;
UPDATE hirer SET reg_dt = date '2024-03-15' + hr_id % 14
WHERE hr_id <= 550 AND NOT EXISTS (SELECT 1 FROM hire_sess s WHERE s.hr_id = hirer.hr_id);

-- ---------------------------------------------------------------- sfty_chk (safety checks)
CREATE TABLE sfty_chk (
    chk_id  integer PRIMARY KEY,
    boat_id integer NOT NULL REFERENCES boat (boat_id),
    chk_dt  date NOT NULL,
    insp_by smallint NOT NULL REFERENCES staff (stf_id),
    res_cd  char(1) NOT NULL,
    lj_cnt  smallint NOT NULL,
    nxt_due date,
    notes   text
);
COMMENT ON TABLE sfty_chk IS 'Safety inspections: one before the season and one a month during the season for every boat';
COMMENT ON COLUMN sfty_chk.res_cd IS 'P = passed, A = passed with an advisory note, F = failed (boat withdrawn until repaired)';
COMMENT ON COLUMN sfty_chk.lj_cnt IS 'life jackets found on board (count)';
COMMENT ON COLUMN sfty_chk.nxt_due IS 'date the next check is due; NULL = failed, boat withdrawn until it passes a re-check';

INSERT INTO sfty_chk (chk_id, boat_id, chk_dt, insp_by, res_cd, lj_cnt, nxt_due, notes)
WITH c AS (
    SELECT b.boat_id, b.seats, yr, m, make_date(yr, m, 1 + (b.boat_id * 3 + m * 5) % 26) AS chk_dt
    FROM boat b
    CROSS JOIN generate_series(2024, 2026) AS yr
    CROSS JOIN generate_series(3, 10) AS m
), r AS (
    SELECT c.*,
           CASE WHEN (boat_id * 7 + m * 3 + yr) % 19 = 0 THEN 'F'
                WHEN (boat_id + m + yr) % 6 = 0 THEN 'A'
                ELSE 'P' END AS res
    FROM c
    JOIN boat b USING (boat_id)
    WHERE b.acq_dt <= c.chk_dt AND (b.retired_dt IS NULL OR c.chk_dt <= b.retired_dt)
)
SELECT row_number() OVER (ORDER BY chk_dt, boat_id), boat_id, chk_dt,
       CASE WHEN m = 3 THEN 1 + (boat_id % 2) * 2 ELSE 3 + (boat_id + m) % 2 END,
       res,
       seats + (boat_id + m) % 2 - CASE WHEN res = 'F' AND m % 2 = 0 THEN seats ELSE 0 END,
       CASE WHEN res = 'F' THEN NULL WHEN m = 10 THEN make_date(yr + 1, 3, 1) ELSE chk_dt + 30 END,
       CASE res WHEN 'F' THEN CASE WHEN m % 2 = 0 THEN 'no life jackets aboard' ELSE 'hull leaking' END
                WHEN 'A' THEN (ARRAY['oarlock worn','paint flaking','bung loose','seat cracked'])[1 + (boat_id + m) % 4] END
FROM r;

-- ---------------------------------------------------------------- rpr (repairs)
CREATE TABLE rpr (
    rpr_id   integer PRIMARY KEY,
    boat_id  integer NOT NULL,
    rpt_dt   date NOT NULL,
    dmg_cd   char(2) NOT NULL,
    urg      smallint NOT NULL,
    ext_yd   boolean NOT NULL DEFAULT false,
    fix_dt   date,
    rpr_cost numeric(8,2)
);
COMMENT ON TABLE rpr IS 'Repairs to boats, typed in from the workshop job sheets';
COMMENT ON COLUMN rpr.boat_id IS 'boat (boat.boat_id); no foreign key: some sheets refer to boats since deleted from the register';
COMMENT ON COLUMN rpr.rpt_dt IS 'date the damage was reported';
COMMENT ON COLUMN rpr.dmg_cd IS 'HL = hull (crack or leak), OR = oars or paddles, PD = pedal drive, RD = rudder, ST = seat or fittings, OT = other';
COMMENT ON COLUMN rpr.urg IS '1 = boat unusable, 2 = usable with care, 3 = cosmetic only';
COMMENT ON COLUMN rpr.ext_yd IS 'sent to an outside boatyard (false = fixed in our own workshop)';
COMMENT ON COLUMN rpr.fix_dt IS 'date the repair was finished; NULL = not fixed yet';
COMMENT ON COLUMN rpr.rpr_cost IS 'cost of parts and labour, GBP; NULL until the repair is finished';

INSERT INTO rpr (rpr_id, boat_id, rpt_dt, dmg_cd, urg, ext_yd, fix_dt, rpr_cost)
WITH d AS (
    SELECT g, date '2024-04-03' + g * 5 + g % 3 AS rpt_dt FROM generate_series(1, 180) AS g
), b AS (
    SELECT d.*,
           CASE WHEN g % 45 = 0 THEN 40 + g / 45                          -- boats deleted from the register
                ELSE pool[1 + (g * 13) % cardinality(pool)] END AS boat_id
    FROM d
    CROSS JOIN LATERAL (
        SELECT array_agg(boat_id ORDER BY boat_id) AS pool FROM boat
        WHERE boat_id % 7 <> 5 AND acq_dt <= d.rpt_dt AND (retired_dt IS NULL OR retired_dt >= d.rpt_dt)
    ) p
), t AS (
    SELECT b.*, coalesce(bt.bt_typ, 'R') AS typ FROM b LEFT JOIN boat bt ON bt.boat_id = b.boat_id
), c AS (
    SELECT t.*,
           CASE WHEN typ = 'P' THEN (ARRAY['PD','PD','HL','ST','OT'])[1 + (g * 3) % 5]
                WHEN g % 45 = 0 THEN 'HL'
                ELSE (ARRAY['HL','OR','OR','RD','ST','OT'])[1 + (g * 5) % 6] END AS dmg,
           CASE WHEN rpt_dt > date '2026-08-31' OR g % 23 = 0 THEN NULL
                ELSE rpt_dt + 1 + (g * 3) % 21 END AS fix_dt
    FROM t
)
SELECT g, boat_id, rpt_dt, dmg, (1 + (g * 7) % 3)::smallint,
       g % 4 = 0 OR (dmg = 'HL' AND g % 2 = 0),
       fix_dt,
       CASE WHEN fix_dt IS NULL THEN NULL
            WHEN g % 4 = 0 OR (dmg = 'HL' AND g % 2 = 0) THEN 150 + (g * 53) % 600 + (g % 100) / 100.0
            ELSE 15 + (g * 17) % 120 + (g % 100) / 100.0 END
FROM c;

-- ---------------------------------------------------------------- shf (staff shifts)
CREATE TABLE shf (
    shf_id  integer PRIMARY KEY,
    stf_id  smallint NOT NULL REFERENCES staff (stf_id),
    shf_dt  date NOT NULL,
    shf_typ smallint NOT NULL,
    st_tm   time NOT NULL,
    end_tm  time,
    brk_min smallint NOT NULL DEFAULT 0
);
COMMENT ON TABLE shf IS 'Staff shifts as clocked in and out at the kiosk';
COMMENT ON COLUMN shf.shf_typ IS '1 = morning (08:00-14:00), 2 = afternoon (13:00-19:00), 3 = closing (16:00-21:00)';
COMMENT ON COLUMN shf.st_tm IS 'clock-in time (local)';
COMMENT ON COLUMN shf.end_tm IS 'clock-out time (local); NULL = forgot to clock out';
COMMENT ON COLUMN shf.brk_min IS 'unpaid break taken, minutes';

INSERT INTO shf (shf_id, stf_id, shf_dt, shf_typ, st_tm, end_tm, brk_min)
WITH days AS (
    SELECT day::date AS day, row_number() OVER (ORDER BY day) AS dn
    FROM generate_series(date '2024-04-01', date '2026-10-31', interval '1 day') AS day
    WHERE extract(month FROM day) BETWEEN 4 AND 10
), slots (slot, role, typ, st, en, brk, weekend_only) AS (
    VALUES (1, 'AT', 1, time '08:00', time '14:00', 30, false),
           (2, 'AT', 2, time '13:00', time '19:00', 30, false),
           (3, 'AT', 3, time '16:00', time '21:00', 15, false),
           (4, 'LG', 1, time '09:00', time '14:00', 30, false),
           (5, 'LG', 2, time '14:00', time '19:00', 30, false),
           (6, 'MG', 2, time '13:00', time '19:00', 30, true),
           (7, 'MC', 1, time '08:00', time '14:00', 30, false)
), x AS (
    SELECT days.day, days.dn, slots.*,
           pool[1 + (dn + slot) % cardinality(pool)] AS stf_id
    FROM days CROSS JOIN slots
    CROSS JOIN LATERAL (
        SELECT array_agg(stf_id ORDER BY stf_id) AS pool FROM staff
        WHERE role_cd = slots.role AND hired_dt <= days.day AND (left_dt IS NULL OR left_dt >= days.day)
    ) p
    WHERE (NOT weekend_only OR extract(isodow FROM days.day) >= 6)
      AND (slot <> 7 OR extract(isodow FROM days.day) <= 5)
)
SELECT row_number() OVER (ORDER BY day, slot), stf_id, day, typ,
       st - interval '5 minutes' + ((dn * slot) % 4) * interval '5 minutes',
       CASE WHEN (dn * 7 + slot) % 61 = 0 THEN NULL
            ELSE en - interval '10 minutes' + ((dn + slot * 3) % 5) * interval '5 minutes' END,
       CASE WHEN typ = 3 AND dn % 4 = 0 THEN 0 ELSE brk END
FROM x;

