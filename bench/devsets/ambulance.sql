-- Made-up schema: a regional ambulance service (stations, receiving hospitals, vehicles, staff,
-- crew shifts, 999/111 incidents with priority categories, vehicle dispatches, patient care
-- records, hospital handovers, vehicle defects, fuel cards and fuel-card transactions).
-- Legacy-style names; status codes are explained only in the column comments. Data are
-- deterministic (generate_series and modulo arithmetic, no random()); data cut-off is
-- 2025-11-30; all timestamps are UTC. Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS fuel_txn;
DROP TABLE IF EXISTS fuel_card;
DROP TABLE IF EXISTS veh_dfct;
DROP TABLE IF EXISTS hndovr;
DROP TABLE IF EXISTS pcr;
DROP TABLE IF EXISTS dsp;
DROP TABLE IF EXISTS inc;
DROP TABLE IF EXISTS shft;
DROP TABLE IF EXISTS staff;
DROP TABLE IF EXISTS veh;
DROP TABLE IF EXISTS hosp;
DROP TABLE IF EXISTS stn;

-- ---------------------------------------------------------------- stn (ambulance stations)
CREATE TABLE stn (
    stn_id    smallint PRIMARY KEY,
    stn_cd    char(4) NOT NULL UNIQUE,
    stn_nm    text NOT NULL,
    dist_cd   char(1) NOT NULL,
    h24_flg   boolean NOT NULL,
    bay_cnt   smallint,
    opened_dt date
);
COMMENT ON TABLE stn IS 'Ambulance stations (vehicle and crew bases)';
COMMENT ON COLUMN stn.dist_cd IS 'operational district: C = City, N = North, S = South, E = East, W = West';
COMMENT ON COLUMN stn.h24_flg IS 'true = station staffed around the clock';
COMMENT ON COLUMN stn.bay_cnt IS 'number of vehicle bays';

INSERT INTO stn (stn_id, stn_cd, stn_nm, dist_cd, h24_flg, bay_cnt, opened_dt) VALUES
    (1,  'ST01', 'Ashford Road',    'C', true,  6, '1998-04-01'),
    (2,  'ST02', 'Bramley',         'N', true,  4, '2003-09-15'),
    (3,  'ST03', 'Castleford Gate', 'C', true,  8, '1995-01-10'),
    (4,  'ST04', 'Dunmore',         'E', false, 2, '2011-06-01'),
    (5,  'ST05', 'Elmbridge',       'S', true,  4, '2001-03-20'),
    (6,  'ST06', 'Fairholme',       'W', false, 2, '2014-11-03'),
    (7,  'ST07', 'Greyhaven',       'N', true,  3, '1999-07-07'),
    (8,  'ST08', 'Holloway Cross',  'C', true,  6, '2008-02-18'),
    (9,  'ST09', 'Ironbridge Lane', 'E', true,  4, '2005-05-05'),
    (10, 'ST10', 'Kestrel Park',    'S', false, 2, '2019-10-01'),
    (11, 'ST11', 'Linwood',         'W', true,  3, '2002-08-26'),
    (12, 'ST12', 'Marston Vale',    'S', false, 2, '2016-04-11'),
    (13, 'ST13', 'Northfleet',      'N', false, 2, '2021-01-25'),
    (14, 'ST14', 'Oakhurst',        'W', true,  4, '2007-12-03');

-- ---------------------------------------------------------------- hosp (receiving hospitals)
CREATE TABLE hosp (
    hosp_id    smallint PRIMARY KEY,
    hosp_cd    char(3) NOT NULL,
    hosp_nm    text NOT NULL,
    ed_flg     boolean NOT NULL,
    trauma_lvl char(2),
    stroke_flg boolean NOT NULL DEFAULT false,
    pci_flg    boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE hosp IS 'Hospitals and units that receive patients from our crews';
COMMENT ON COLUMN hosp.ed_flg IS 'true = has a full emergency department';
COMMENT ON COLUMN hosp.trauma_lvl IS 'MT = major trauma centre, TU = trauma unit; NULL = no trauma designation';
COMMENT ON COLUMN hosp.stroke_flg IS 'true = hyper-acute stroke unit on site';
COMMENT ON COLUMN hosp.pci_flg IS 'true = 24/7 cardiac catheter lab (primary PCI)';

INSERT INTO hosp (hosp_id, hosp_cd, hosp_nm, ed_flg, trauma_lvl, stroke_flg, pci_flg) VALUES
    (1, 'RCH', 'Royal County Hospital',               true,  'MT', true,  true),
    (2, 'STM', 'St Mary''s General',                  true,  'TU', false, true),
    (3, 'NVH', 'North Vale Hospital',                 true,  'TU', true,  false),
    (4, 'EDH', 'Eastdown District Hospital',          true,  NULL, false, false),
    (5, 'WPH', 'Westport Community Hospital',         false, NULL, false, false),
    (6, 'QEU', 'Queen Elizabeth University Hospital', true,  'MT', true,  true),
    (7, 'SRH', 'Southridge Hospital',                 true,  'TU', false, false),
    (8, 'LMI', 'Linwood Minor Injuries Unit',         false, NULL, false, false);

-- ---------------------------------------------------------------- veh (fleet)
CREATE TABLE veh (
    veh_id      integer PRIMARY KEY,
    call_sign   varchar(6) NOT NULL,
    reg_no      varchar(8) NOT NULL,
    veh_typ     varchar(3) NOT NULL,
    home_stn_id smallint REFERENCES stn (stn_id),
    make_mdl    text,
    in_svc_dt   date NOT NULL,
    odo_km      integer,
    stat_cd     char(1) NOT NULL
);
COMMENT ON TABLE veh IS 'Fleet vehicles';
COMMENT ON COLUMN veh.veh_typ IS 'DCA = double-crewed ambulance, RRV = rapid response car (single paramedic), PTS = patient transport vehicle, HRT = hazardous-area response truck, SUP = duty officer car';
COMMENT ON COLUMN veh.home_stn_id IS 'station the vehicle is based at; NULL = pool vehicle without a fixed base';
COMMENT ON COLUMN veh.odo_km IS 'odometer at the last service, km';
COMMENT ON COLUMN veh.stat_cd IS 'A = in service, V = off road (VOR) awaiting repair, R = reserve / spare, D = decommissioned (kept for history)';

INSERT INTO veh (veh_id, call_sign, reg_no, veh_typ, home_stn_id, make_mdl, in_svc_dt, odo_km, stat_cd)
SELECT g,
       CASE typ WHEN 'DCA' THEN 'A' ELSE left(typ, 1) END || lpad(coalesce(stn, 0)::text, 2, '0') || chr(65 + (g - 1) / 14),
       (ARRAY['WX','YK','BD','LM','KP'])[1 + g % 5] || lpad((17 + g % 8)::text, 2, '0') || ' '
           || chr(65 + (g * 7) % 26) || chr(65 + (g * 11) % 26) || chr(65 + (g * 3) % 26),
       typ, stn,
       CASE typ WHEN 'DCA' THEN (ARRAY['Fiat Ducato / WAS','Mercedes Sprinter / Venari'])[1 + g % 2]
                WHEN 'RRV' THEN (ARRAY['Skoda Octavia Estate','Volvo V90'])[1 + g % 2]
                WHEN 'PTS' THEN 'Ford Transit'
                WHEN 'HRT' THEN 'MAN TGE'
                ELSE 'Volvo XC60' END,
       date '2017-01-01' + (g * 97) % 2800,
       40000 + (g * 7919) % 260000,
       CASE WHEN g IN (5, 19, 31) THEN 'V' WHEN g IN (12, 40) THEN 'R' WHEN g IN (3, 27) THEN 'D' ELSE 'A' END
FROM (
    SELECT g,
           CASE WHEN g = 46 THEN 'SUP' WHEN g % 7 = 0 THEN 'RRV' WHEN g % 11 = 0 THEN 'PTS' WHEN g = 23 THEN 'HRT'
                WHEN g % 13 = 0 THEN 'SUP' ELSE 'DCA' END AS typ,
           CASE WHEN g = 46 THEN NULL ELSE 1 + (g - 1) % 14 END AS stn
    FROM generate_series(1, 46) AS g
) s;

-- ---------------------------------------------------------------- staff
CREATE TABLE staff (
    staff_id    integer PRIMARY KEY,
    emp_no      varchar(8) NOT NULL UNIQUE,
    first_nm    text NOT NULL,
    last_nm     text NOT NULL,
    role_cd     varchar(3) NOT NULL,
    base_stn_id smallint REFERENCES stn (stn_id),
    hire_dt     date NOT NULL,
    term_dt     date,
    cc_flg      boolean NOT NULL DEFAULT false,
    drv_lic_cat varchar(3)
);
COMMENT ON TABLE staff IS 'Employees: road crews, duty officers and control-room staff';
COMMENT ON COLUMN staff.role_cd IS 'PM = paramedic, EMT = emergency medical technician, ECA = emergency care assistant, SUP = duty officer / supervisor, EOC = control room call handler or dispatcher';
COMMENT ON COLUMN staff.base_stn_id IS 'home station; NULL for control-room staff';
COMMENT ON COLUMN staff.term_dt IS 'last day of employment; NULL = still employed';
COMMENT ON COLUMN staff.cc_flg IS 'true = critical-care trained paramedic';
COMMENT ON COLUMN staff.drv_lic_cat IS 'driving licence category held (C1 needed for ambulances); NULL = not recorded';

INSERT INTO staff (staff_id, emp_no, first_nm, last_nm, role_cd, base_stn_id, hire_dt, term_dt, cc_flg, drv_lic_cat)
SELECT g,
       'E' || lpad((10000 + g * 37)::text, 6, '0'),
       (ARRAY['Amelia','Ben','Chloe','Daniel','Ella','Finn','Grace','Harry','Isla','Jack','Kate','Liam',
              'Maya','Noah','Olivia','Priya','Ryan','Sofia','Tom','Zara'])[1 + (g * 7) % 20],
       (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Patel','Robinson','Wright',
              'Thompson','Evans','Walker','White','Roberts','Green','Hall','Khan','Clarke','Lewis','Hughes','Wood',
              'Turner','Novak'])[1 + (g * 11) % 25],
       role,
       CASE WHEN role = 'EOC' THEN NULL ELSE 1 + (g * 5) % 14 END,
       hire,
       CASE WHEN g % 19 = 0 THEN least(hire + 400 + (g * 13) % 2000, date '2025-11-14') END,
       role = 'PM' AND g % 7 = 0,
       CASE WHEN g % 23 = 0 THEN NULL WHEN role IN ('EOC','ECA') AND g % 4 = 0 THEN 'B' ELSE 'C1' END
FROM (
    SELECT g,
           CASE WHEN g % 10 = 0 THEN 'EOC' WHEN g % 17 = 0 THEN 'SUP' WHEN g % 5 IN (1, 3) THEN 'PM'
                WHEN g % 5 = 2 THEN 'EMT' ELSE 'ECA' END AS role,
           date '2004-02-01' + (g * 331) % 7600 AS hire
    FROM generate_series(1, 170) AS g
) s;

-- ---------------------------------------------------------------- shft (crew shifts, June 2025 onwards)
CREATE TABLE shft (
    shft_id        integer PRIMARY KEY,
    staff_id       integer NOT NULL REFERENCES staff (staff_id),
    veh_id         integer REFERENCES veh (veh_id),
    shft_dt        date NOT NULL,
    shft_typ       char(1) NOT NULL,
    sched_start_ts timestamptz NOT NULL,
    sched_end_ts   timestamptz NOT NULL,
    clk_in_ts      timestamptz,
    clk_out_ts     timestamptz,
    abs_cd         char(1),
    ot_min         smallint NOT NULL DEFAULT 0
);
COMMENT ON TABLE shft IS 'Rostered road-crew shifts (rota system, history kept from 2025-06-01)';
COMMENT ON COLUMN shft.veh_id IS 'vehicle the crew member was rostered on';
COMMENT ON COLUMN shft.shft_typ IS 'D = day shift 07:00-19:00, N = night shift 19:00-07:00';
COMMENT ON COLUMN shft.clk_in_ts IS 'NULL = did not clock in (absent)';
COMMENT ON COLUMN shft.clk_out_ts IS 'NULL = not clocked out: still on shift, absent, or forgot to swipe';
COMMENT ON COLUMN shft.abs_cd IS 'S = sick, L = annual leave, T = training day, U = unauthorised absence; NULL = worked the shift';
COMMENT ON COLUMN shft.ot_min IS 'minutes worked past the scheduled end (late finish)';

INSERT INTO shft (shft_id, staff_id, veh_id, shft_dt, shft_typ, sched_start_ts, sched_end_ts, clk_in_ts, clk_out_ts, abs_cd, ot_min)
WITH rs AS (
    SELECT staff_id, term_dt, row_number() OVER (ORDER BY staff_id) AS rn, count(*) OVER () AS n
    FROM staff WHERE role_cd IN ('PM','EMT','ECA')
), dca AS (
    SELECT veh_id, row_number() OVER (ORDER BY veh_id) AS rn, count(*) OVER () AS n
    FROM veh WHERE veh_typ = 'DCA' AND stat_cd <> 'D'
), d AS (
    SELECT dd::date AS shft_dt, dd::date - date '2025-06-01' AS di
    FROM generate_series(date '2025-06-01', date '2025-11-30', interval '1 day') AS dd
), slots AS (
    SELECT d.shft_dt, d.di, t.typ, t.tn, c.c, st.seat
    FROM d
    CROSS JOIN (VALUES ('D', 0), ('N', 1)) AS t (typ, tn)
    CROSS JOIN generate_series(0, 7) AS c (c)
    CROSS JOIN generate_series(0, 1) AS st (seat)
), a AS (
    SELECT s.*, rs.staff_id, dca.veh_id,
           row_number() OVER (ORDER BY s.shft_dt, s.tn, s.c, s.seat) AS k
    FROM slots s
    JOIN rs ON rs.rn = 1 + (s.tn * 16 + s.c * 2 + s.seat + s.di * 32) % rs.n
    JOIN dca ON dca.rn = 1 + (s.c + s.tn * 8 + s.di) % dca.n
    WHERE rs.term_dt IS NULL OR rs.term_dt >= s.shft_dt
), b AS (
    SELECT a.*,
           (shft_dt::timestamp AT TIME ZONE 'UTC') + CASE typ WHEN 'D' THEN interval '7 hours' ELSE interval '19 hours' END AS st_ts,
           CASE WHEN (staff_id * 13 + di / 8) % 31 = 0 OR (staff_id * 7 + di) % 47 = 0 THEN 'S'
                WHEN (staff_id + di * 3) % 37 = 0 THEN 'L'
                WHEN (staff_id * 5 + di) % 61 = 0 THEN 'T'
                WHEN k % 401 = 0 THEN 'U' END AS abs_cd
    FROM a
), c AS (
    SELECT b.*,
           CASE WHEN abs_cd IS NOT NULL THEN 0
                WHEN k % 7 = 0 THEN 30 + (k * 13) % 90
                WHEN k % 4 = 0 THEN (k * 3) % 25
                ELSE 0 END AS ot
    FROM b
)
SELECT k, staff_id, veh_id, shft_dt, typ, st_ts, st_ts + interval '12 hours',
       CASE WHEN abs_cd IS NULL THEN st_ts - (3 + k % 15) * interval '1 minute' END,
       CASE WHEN abs_cd IS NOT NULL THEN NULL
            WHEN st_ts + interval '12 hours' + ot * interval '1 minute' > timestamptz '2025-11-30 23:59:59+00' THEN NULL
            WHEN k % 97 = 0 THEN NULL
            ELSE st_ts + interval '12 hours' + ot * interval '1 minute' END,
       abs_cd, ot
FROM c;

-- ---------------------------------------------------------------- inc (incidents / calls)
CREATE TABLE inc (
    inc_id      integer PRIMARY KEY,
    inc_no      varchar(12) NOT NULL,
    call_rcv_ts timestamptz NOT NULL,
    call_src    varchar(3) NOT NULL,
    dist_cd     char(1) NOT NULL,
    prio_cd     varchar(2) NOT NULL,
    chf_cmpl    varchar(3) NOT NULL,
    inc_stat    char(1) NOT NULL,
    closed_ts   timestamptz
);
COMMENT ON TABLE inc IS 'Incidents: one row per call logged by the control room (duplicate calls are logged and then merged)';
COMMENT ON COLUMN inc.call_src IS '999 = emergency line, 111 = urgent-care line, HCP = booked by a healthcare professional, POL = request from police or fire';
COMMENT ON COLUMN inc.dist_cd IS 'district of the incident address: C = City, N = North, S = South, E = East, W = West';
COMMENT ON COLUMN inc.prio_cd IS 'C1 = life-threatening, C2 = emergency, C3 = urgent, C4 = less urgent, HT = hear and treat (clinical advice by phone, no vehicle sent)';
COMMENT ON COLUMN inc.chf_cmpl IS 'chief complaint at triage: CP = chest pain, BRE = breathing problems, FAL = fall, RTC = road traffic collision, UNC = unconscious / fainting, STR = stroke symptoms, OD = overdose / poisoning, MH = mental health, ABD = abdominal pain, SZ = seizure, CA = cardiac / respiratory arrest, OTH = other';
COMMENT ON COLUMN inc.inc_stat IS 'O = open, C = closed after attendance, X = cancelled by the caller, D = duplicate call (merged into another incident), T = closed by telephone advice';
COMMENT ON COLUMN inc.closed_ts IS 'NULL while the incident is open';

INSERT INTO inc (inc_id, inc_no, call_rcv_ts, call_src, dist_cd, prio_cd, chf_cmpl, inc_stat, closed_ts)
WITH s AS (
    SELECT g,
           timestamptz '2024-01-01 00:00:00+00' + g * interval '8638 seconds' + ((g * 37) % 90) * interval '1 minute' AS ts,
           (g * 13) % 100 AS p
    FROM generate_series(1, 7000) AS g
), t AS (
    SELECT s.*,
           CASE WHEN p < 7 THEN 'C1' WHEN p < 40 THEN 'C2' WHEN p < 75 THEN 'C3' WHEN p < 88 THEN 'C4' ELSE 'HT' END AS prio
    FROM s
), u AS (
    SELECT t.*,
           CASE WHEN prio = 'C1' THEN (ARRAY['CA','UNC','BRE','CP'])[1 + g % 4]
                ELSE (ARRAY['CP','BRE','FAL','FAL','RTC','UNC','STR','OD','MH','ABD','SZ','OTH'])[1 + (g * 7) % 12] END AS cmpl,
           CASE WHEN ts >= timestamptz '2025-11-30 15:00:00+00' THEN 'O'
                WHEN g % 53 = 0 THEN 'D'
                WHEN prio = 'HT' THEN 'T'
                WHEN g % 31 = 0 THEN 'X'
                WHEN g % 997 = 0 THEN 'O'                -- attended but never closed in the system
                ELSE 'C' END AS st
    FROM t
)
SELECT g,
       to_char(ts, 'YYMMDD') || '-' || lpad(g::text, 5, '0'),
       ts,
       CASE WHEN prio = 'HT' OR (prio = 'C4' AND g % 2 = 0) THEN '111'
            WHEN prio <> 'C1' AND g % 17 = 0 THEN 'HCP'
            WHEN g % 23 = 0 THEN 'POL'
            ELSE '999' END,
       (ARRAY['C','C','N','S','E','W','C','N'])[1 + (g * 3) % 8],
       prio, cmpl, st,
       CASE st WHEN 'D' THEN ts + (2 + g % 5) * interval '1 minute'
               WHEN 'T' THEN ts + (15 + g % 45) * interval '1 minute' END
FROM u;

-- ---------------------------------------------------------------- dsp (vehicle dispatches)
CREATE TABLE dsp (
    dsp_id      integer PRIMARY KEY,
    inc_id      integer NOT NULL REFERENCES inc (inc_id),
    veh_id      integer NOT NULL REFERENCES veh (veh_id),
    dsp_ts      timestamptz NOT NULL,
    mob_ts      timestamptz,
    onscn_ts    timestamptz,
    lv_scn_ts   timestamptz,
    at_hosp_ts  timestamptz,
    clr_ts      timestamptz,
    stdn_flg    boolean NOT NULL DEFAULT false,
    blue_lt_flg boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE dsp IS 'Vehicles assigned to incidents; an incident can have several (C1 gets a car and an ambulance, diverted crews are replaced)';
COMMENT ON COLUMN dsp.mob_ts IS 'vehicle mobile / en route';
COMMENT ON COLUMN dsp.onscn_ts IS 'arrived at the scene; NULL = never got there (stood down)';
COMMENT ON COLUMN dsp.lv_scn_ts IS 'left the scene';
COMMENT ON COLUMN dsp.at_hosp_ts IS 'arrived at hospital with a patient; NULL = patient not conveyed by this vehicle';
COMMENT ON COLUMN dsp.clr_ts IS 'crew declared clear and available again; NULL = still committed to the job';
COMMENT ON COLUMN dsp.stdn_flg IS 'true = stood down before reaching the scene (cancelled or diverted to a higher-priority call)';
COMMENT ON COLUMN dsp.blue_lt_flg IS 'true = responded on blue lights and sirens';

INSERT INTO dsp (dsp_id, inc_id, veh_id, dsp_ts, mob_ts, onscn_ts, lv_scn_ts, at_hosp_ts, clr_ts, stdn_flg, blue_lt_flg)
WITH i AS (
    SELECT inc_id, call_rcv_ts, prio_cd, chf_cmpl, inc_stat,
           call_rcv_ts >= timestamptz '2025-11-30 15:00:00+00' AS live
    FROM inc WHERE inc_stat IN ('C','X','O')
), f AS (
    SELECT (SELECT array_agg(veh_id ORDER BY veh_id) FROM veh WHERE veh_typ = 'DCA' AND stat_cd <> 'D') AS dca,
           (SELECT array_agg(veh_id ORDER BY veh_id) FROM veh WHERE veh_typ = 'RRV') AS rrv,
           (SELECT array_agg(veh_id ORDER BY veh_id) FROM veh WHERE stat_cd = 'D') AS old
), legs AS (
    SELECT i.*, 1 AS leg FROM i
    UNION ALL SELECT i.*, 0 FROM i WHERE prio_cd = 'C1'
    UNION ALL SELECT i.*, 2 FROM i WHERE prio_cd IN ('C3','C4') AND inc_id % 19 = 0 AND inc_stat <> 'X'
), l AS (
    SELECT legs.*,
           CASE WHEN leg = 0 THEN f.rrv[1 + inc_id % cardinality(f.rrv)]
                WHEN leg = 2 THEN f.dca[1 + (inc_id * 7 + 5) % cardinality(f.dca)]
                WHEN call_rcv_ts < timestamptz '2025-01-01 00:00:00+00' AND inc_id % 9 = 0 THEN f.old[1 + inc_id % 2]
                ELSE f.dca[1 + (inc_id * 7) % cardinality(f.dca)] END AS veh_id,
           inc_stat = 'X' OR (leg = 1 AND prio_cd IN ('C3','C4') AND inc_id % 19 = 0) AS stood_down,
           CASE WHEN leg = 0 THEN 1
                WHEN prio_cd = 'C1' THEN 1 + inc_id % 2
                WHEN prio_cd = 'C2' THEN 2 + (inc_id * 7) % 15
                WHEN prio_cd = 'C3' THEN 8 + (inc_id * 11) % 60
                ELSE 20 + (inc_id * 13) % 150 END
             + CASE WHEN leg = 2 THEN 10 ELSE 0 END AS dly,
           CASE WHEN leg = 0 THEN 4 + inc_id % 6
                WHEN prio_cd = 'C1' THEN 6 + inc_id % 9
                WHEN prio_cd = 'C2' THEN 8 + (inc_id * 3) % 22
                WHEN prio_cd = 'C3' THEN 10 + (inc_id * 5) % 30
                ELSE 12 + (inc_id * 7) % 35 END AS trav,
           20 + (inc_id * 17) % 40 AS scene,
           CASE WHEN chf_cmpl = 'CA' THEN inc_id % 3 = 0
                WHEN prio_cd = 'C1' THEN true
                ELSE (inc_id * 3) % 10 < 6 END AS conveyed
    FROM legs CROSS JOIN f
), m AS (
    SELECT l.*,
           call_rcv_ts + dly * interval '1 minute' AS d_ts,
           CASE WHEN stood_down THEN NULL ELSE call_rcv_ts + (dly + 1 + trav) * interval '1 minute' END AS on_ts
    FROM l
), n AS (
    SELECT m.*,
           -- the car (leg 0) leaves when the ambulance leaves
           CASE WHEN on_ts IS NULL THEN NULL
                WHEN leg = 0 THEN call_rcv_ts + ((1 + inc_id % 2) + 1 + (6 + inc_id % 9) + scene) * interval '1 minute'
                ELSE on_ts + scene * interval '1 minute' END AS lv_ts
    FROM m
), o AS (
    SELECT n.*,
           CASE WHEN lv_ts IS NOT NULL AND leg <> 0 AND conveyed THEN lv_ts + (10 + (inc_id * 7) % 25) * interval '1 minute' END AS hosp_ts
    FROM n
)
SELECT row_number() OVER (ORDER BY d_ts, inc_id, leg),
       inc_id, veh_id, d_ts,
       CASE WHEN d_ts + interval '1 minute' <= timestamptz '2025-11-30 23:59:59+00' THEN d_ts + interval '1 minute' END,
       CASE WHEN on_ts <= timestamptz '2025-11-30 23:59:59+00' THEN on_ts END,
       CASE WHEN lv_ts <= timestamptz '2025-11-30 23:59:59+00' THEN lv_ts END,
       CASE WHEN hosp_ts <= timestamptz '2025-11-30 23:59:59+00' THEN hosp_ts END,
       CASE WHEN live THEN NULL
            WHEN inc_id % 397 = 0 AND leg = 1 THEN NULL             -- crew never pressed "clear"
            WHEN stood_down THEN d_ts + (4 + inc_id % 10) * interval '1 minute'
            WHEN hosp_ts IS NOT NULL THEN hosp_ts + interval '30 minutes'  -- provisional, reset after handovers below
            ELSE lv_ts + interval '2 minutes' END,
       stood_down,
       leg = 0 OR prio_cd IN ('C1','C2') OR (prio_cd = 'C3' AND inc_id % 3 = 0)
FROM o
WHERE d_ts <= timestamptz '2025-11-30 23:59:59+00';

-- ---------------------------------------------------------------- pcr (patient care records)
CREATE TABLE pcr (
    pcr_id        integer PRIMARY KEY,
    dsp_id        integer NOT NULL REFERENCES dsp (dsp_id),
    pt_seq        smallint NOT NULL DEFAULT 1,
    pt_age_yrs    smallint,
    pt_sex        char(1),
    prim_imp      varchar(3) NOT NULL,
    news2         smallint,
    conv_cd       char(1) NOT NULL,
    auth_staff_id integer,
    cmpl_ts       timestamptz,
    drug_adm_flg  boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE pcr IS 'Electronic patient care records, one per patient seen by an ambulance crew';
COMMENT ON COLUMN pcr.pt_seq IS 'patient number within the dispatch (multi-casualty incidents have several)';
COMMENT ON COLUMN pcr.pt_age_yrs IS 'patient age, years; NULL = unknown';
COMMENT ON COLUMN pcr.pt_sex IS 'M = male, F = female, U = unknown / not stated';
COMMENT ON COLUMN pcr.prim_imp IS 'clinician''s primary impression, same codes as inc.chf_cmpl plus NAD = no abnormality detected';
COMMENT ON COLUMN pcr.news2 IS 'NEWS2 early-warning score at first assessment (0-20); NULL = not recorded';
COMMENT ON COLUMN pcr.conv_cd IS 'T = taken to hospital, S = seen and treated on scene, R = patient refused transport, P = referred to another pathway (GP, falls team, crisis team), D = died / life extinct on scene';
COMMENT ON COLUMN pcr.auth_staff_id IS 'clinician who signed the record (staff.staff_id); not enforced, the tablets still accept legacy ids';
COMMENT ON COLUMN pcr.cmpl_ts IS 'when the record was finalised; NULL = still incomplete';
COMMENT ON COLUMN pcr.drug_adm_flg IS 'true = any medicine given';

INSERT INTO pcr (pcr_id, dsp_id, pt_seq, pt_age_yrs, pt_sex, prim_imp, news2, conv_cd, auth_staff_id, cmpl_ts, drug_adm_flg)
WITH a AS (
    SELECT d.dsp_id, d.inc_id, d.at_hosp_ts, i.prio_cd, i.chf_cmpl
    FROM dsp d JOIN inc i ON i.inc_id = d.inc_id JOIN veh v ON v.veh_id = d.veh_id
    WHERE d.lv_scn_ts IS NOT NULL AND v.veh_typ <> 'RRV'
), p AS (
    SELECT a.*, 1 AS pt_seq FROM a
    UNION ALL
    SELECT a.*, 2 FROM a WHERE chf_cmpl = 'RTC' AND inc_id % 2 = 0
), pm AS (
    SELECT array_agg(staff_id ORDER BY staff_id) AS arr FROM staff WHERE role_cd = 'PM'
)
SELECT row_number() OVER (ORDER BY dsp_id, pt_seq),
       dsp_id, pt_seq,
       CASE WHEN (dsp_id + pt_seq) % 29 = 0 THEN NULL
            WHEN chf_cmpl = 'FAL' THEN 62 + (dsp_id * 7 + pt_seq) % 35
            WHEN chf_cmpl IN ('OD','MH') THEN 16 + (dsp_id * 7) % 40
            ELSE 1 + (dsp_id * 37 + pt_seq * 11) % 95 END,
       CASE WHEN dsp_id % 41 = 0 THEN 'U' WHEN (dsp_id + pt_seq) % 2 = 0 THEN 'F' ELSE 'M' END,
       CASE WHEN chf_cmpl = 'CA' THEN 'CA'
            WHEN dsp_id % 11 = 0 THEN 'NAD'
            WHEN dsp_id % 7 = 0 AND chf_cmpl <> 'RTC' THEN (ARRAY['CP','BRE','FAL','MH','ABD','OTH'])[1 + dsp_id % 6]
            ELSE chf_cmpl END,
       CASE WHEN dsp_id % 17 = 0 THEN NULL
            WHEN prio_cd = 'C1' THEN 7 + dsp_id % 8
            WHEN prio_cd = 'C2' THEN 2 + dsp_id % 7
            ELSE dsp_id % 5 END,
       CASE WHEN at_hosp_ts IS NOT NULL THEN 'T'
            WHEN chf_cmpl = 'CA' THEN 'D'
            ELSE (ARRAY['S','S','R','P','S','P'])[1 + dsp_id % 6] END,
       CASE WHEN dsp_id % 211 = 0 THEN 9000 + dsp_id % 7 ELSE pm.arr[1 + (dsp_id * 13) % cardinality(pm.arr)] END,
       NULL::timestamptz,                                                    -- set below, once crews have cleared
       prio_cd = 'C1' OR dsp_id % 4 = 0
FROM p CROSS JOIN pm;

-- ---------------------------------------------------------------- hndovr (hospital handovers)
CREATE TABLE hndovr (
    hndovr_id   integer PRIMARY KEY,
    pcr_id      integer NOT NULL REFERENCES pcr (pcr_id),
    hosp_id     smallint NOT NULL REFERENCES hosp (hosp_id),
    arr_ts      timestamptz NOT NULL,
    hndovr_ts   timestamptz,
    dly_rsn_cd  varchar(2),
    f2s_flg     boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE hndovr IS 'Handover of a conveyed patient to hospital staff';
COMMENT ON COLUMN hndovr.arr_ts IS 'ambulance arrived at the hospital';
COMMENT ON COLUMN hndovr.hndovr_ts IS 'hospital staff accepted the patient; NULL = crew still waiting to hand over';
COMMENT ON COLUMN hndovr.dly_rsn_cd IS 'reason given for a delayed handover: NB = no bed / cubicle, TQ = triage queue, SS = ED staff shortage, IC = infection-control room needed; NULL = none given';
COMMENT ON COLUMN hndovr.f2s_flg IS 'true = patient was fit to sit and went to the waiting room';

INSERT INTO hndovr (hndovr_id, pcr_id, hosp_id, arr_ts, hndovr_ts, dly_rsn_cd, f2s_flg)
WITH a AS (
    SELECT p.pcr_id, p.prim_imp, d.at_hosp_ts, i.dist_cd, i.prio_cd,
           i.call_rcv_ts >= timestamptz '2025-11-30 15:00:00+00' AS live,
           CASE WHEN p.prim_imp = 'STR' THEN (ARRAY[1,3,6])[1 + p.pcr_id % 3]
                WHEN p.prim_imp IN ('CP','CA') THEN (ARRAY[1,2,6])[1 + p.pcr_id % 3]
                WHEN p.prim_imp = 'RTC' THEN (ARRAY[1,6])[1 + p.pcr_id % 2]
                WHEN i.dist_cd = 'C' THEN (ARRAY[1,2,6])[1 + p.pcr_id % 3]
                WHEN i.dist_cd = 'N' THEN 3
                WHEN i.dist_cd = 'S' THEN 7
                WHEN i.dist_cd = 'E' THEN 4
                ELSE (ARRAY[2,5,2,8])[1 + p.pcr_id % 4] END AS hosp_id
    FROM pcr p JOIN dsp d ON d.dsp_id = p.dsp_id JOIN inc i ON i.inc_id = d.inc_id
    WHERE p.conv_cd = 'T'
), b AS (
    SELECT a.*,
           10 + (pcr_id * 17) % 35
             + round((ARRAY[35,15,10,25,0,20,5,0])[hosp_id] * (0.5 + ((pcr_id * 7) % 10) / 10.0))
             + CASE WHEN extract(month FROM at_hosp_ts) IN (12, 1, 2) THEN 25
                    WHEN extract(month FROM at_hosp_ts) IN (3, 11) THEN 10 ELSE 0 END AS ho_min
    FROM a
)
SELECT row_number() OVER (ORDER BY at_hosp_ts, pcr_id),
       pcr_id, hosp_id, at_hosp_ts,
       CASE WHEN live THEN NULL ELSE at_hosp_ts + ho_min * interval '1 minute' END,
       CASE WHEN ho_min > 30 AND pcr_id % 7 <> 0 THEN (ARRAY['NB','TQ','SS','NB','IC'])[1 + pcr_id % 5] END,
       prio_cd IN ('C3','C4') AND pcr_id % 5 = 0
FROM b;

-- crews clear 10-30 minutes after the last handover of their patients
UPDATE dsp d SET clr_ts = x.last_ho + (10 + d.dsp_id % 21) * interval '1 minute'
FROM (
    SELECT p.dsp_id, max(h.hndovr_ts) AS last_ho
    FROM hndovr h JOIN pcr p ON p.pcr_id = h.pcr_id
    GROUP BY p.dsp_id
) x
WHERE x.dsp_id = d.dsp_id AND d.clr_ts IS NOT NULL AND x.last_ho IS NOT NULL;

UPDATE pcr p SET cmpl_ts = d.clr_ts + (5 + p.pcr_id % 80) * interval '1 minute'
FROM dsp d
WHERE d.dsp_id = p.dsp_id AND d.clr_ts IS NOT NULL AND p.pcr_id % 37 <> 0;

UPDATE inc i SET closed_ts = x.done + interval '3 minutes'
FROM (
    SELECT inc_id, max(coalesce(clr_ts, lv_scn_ts, dsp_ts)) AS done
    FROM dsp GROUP BY inc_id
) x
WHERE x.inc_id = i.inc_id AND i.inc_stat IN ('C','X');

-- ---------------------------------------------------------------- veh_dfct (vehicle defects)
CREATE TABLE veh_dfct (
    dfct_id      integer PRIMARY KEY,
    veh_id       integer NOT NULL REFERENCES veh (veh_id),
    rptd_ts      timestamptz NOT NULL,
    rptd_by      integer REFERENCES staff (staff_id),
    dfct_cat     varchar(3) NOT NULL,
    sev_cd       char(1) NOT NULL,
    dscr_txt     text,
    vor_flg      boolean NOT NULL DEFAULT false,
    fixed_ts     timestamptz,
    rpr_cost_gbp numeric(9,2),
    wrnty_flg    boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE veh_dfct IS 'Vehicle defects reported by crews or the workshop';
COMMENT ON COLUMN veh_dfct.rptd_by IS 'staff member who reported it; NULL = raised by the workshop';
COMMENT ON COLUMN veh_dfct.dfct_cat IS 'ENG = engine / drivetrain, BRK = brakes, TYR = tyres, ELE = vehicle electrics, LTS = blue lights / sirens, MED = medical equipment (stretcher, defib mount, oxygen), BOD = bodywork, HVC = saloon heating / cooling';
COMMENT ON COLUMN veh_dfct.sev_cd IS '1 = unsafe, vehicle off road now; 2 = repair within 24 hours; 3 = repair at next scheduled service';
COMMENT ON COLUMN veh_dfct.vor_flg IS 'true = vehicle was taken off the road for this defect';
COMMENT ON COLUMN veh_dfct.fixed_ts IS 'NULL = not fixed yet';
COMMENT ON COLUMN veh_dfct.rpr_cost_gbp IS 'repair cost charged, GBP; 0 when covered by warranty; NULL until fixed';
COMMENT ON COLUMN veh_dfct.wrnty_flg IS 'true = repair covered by the manufacturer''s warranty';

INSERT INTO veh_dfct (dfct_id, veh_id, rptd_ts, rptd_by, dfct_cat, sev_cd, dscr_txt, vor_flg, fixed_ts, rpr_cost_gbp, wrnty_flg)
WITH s AS (
    SELECT g,
           1 + (g * 17) % 43 AS veh_id,
           timestamptz '2024-01-03 06:30:00+00' + g * interval '25 hours 40 minutes' + ((g * 29) % 60) * interval '1 minute' AS rptd,
           (ARRAY['ENG','BRK','TYR','ELE','LTS','MED','BOD','HVC'])[1 + (g * 7) % 8] AS cat,
           CASE WHEN g % 47 = 0 THEN '3'                 -- minor, parts on back order (never fixed)
                WHEN (g * 11) % 10 < 2 THEN '1' WHEN (g * 11) % 10 < 6 THEN '2' ELSE '3' END AS sev
    FROM generate_series(1, 650) AS g
), t AS (
    SELECT s.*,
           rptd + CASE sev WHEN '1' THEN 4 + (g * 13) % 68 WHEN '2' THEN 12 + (g * 7) % 48 ELSE 48 + (g * 19) % 550 END
                  * interval '1 hour' AS fix0
    FROM s
)
SELECT g, veh_id, rptd,
       CASE WHEN g % 13 = 0 THEN NULL ELSE 1 + (g * 29) % 170 END,
       cat, sev,
       CASE cat WHEN 'ENG' THEN 'engine warning light' WHEN 'BRK' THEN 'brakes pulling / noisy' WHEN 'TYR' THEN 'tyre worn or damaged'
                WHEN 'ELE' THEN 'electrical fault' WHEN 'LTS' THEN 'blue light or siren not working'
                WHEN 'MED' THEN 'stretcher / equipment mount fault' WHEN 'BOD' THEN 'body damage' ELSE 'saloon heater / A/C fault' END,
       sev = '1' OR (sev = '2' AND g % 3 = 0),
       CASE WHEN g % 47 = 0 OR fix0 > timestamptz '2025-11-30 23:59:59+00' THEN NULL ELSE fix0 END,
       CASE WHEN g % 47 = 0 OR fix0 > timestamptz '2025-11-30 23:59:59+00' THEN NULL
            WHEN g % 9 = 0 THEN 0
            ELSE CASE cat WHEN 'ENG' THEN 480 WHEN 'BRK' THEN 260 WHEN 'TYR' THEN 140 WHEN 'ELE' THEN 190 WHEN 'LTS' THEN 120
                          WHEN 'MED' THEN 310 WHEN 'BOD' THEN 420 ELSE 230 END + (g * 53) % 400 + (g % 100) / 100.0 END,
       g % 9 = 0
FROM t;

-- the three vehicles currently off the road have an open severity-1 defect
INSERT INTO veh_dfct (dfct_id, veh_id, rptd_ts, rptd_by, dfct_cat, sev_cd, dscr_txt, vor_flg, fixed_ts, rpr_cost_gbp, wrnty_flg) VALUES
    (651, 5,  '2025-11-27 08:12:00+00', 41, 'ENG', '1', 'engine warning light, limp mode', true, NULL, NULL, false),
    (652, 19, '2025-11-28 21:40:00+00', 63, 'BRK', '1', 'brake pedal soft',                true, NULL, NULL, false),
    (653, 31, '2025-11-30 06:05:00+00', 88, 'MED', '1', 'stretcher locking fault',         true, NULL, NULL, true);

-- fleet status follows the open off-road defects
UPDATE veh v SET stat_cd = 'V'
WHERE v.stat_cd = 'A'
  AND EXISTS (SELECT 1 FROM veh_dfct f WHERE f.veh_id = v.veh_id AND f.vor_flg AND f.fixed_ts IS NULL);

-- ---------------------------------------------------------------- fuel_card
CREATE TABLE fuel_card (
    card_no       varchar(16) PRIMARY KEY,
    veh_id        integer NOT NULL REFERENCES veh (veh_id),
    issued_dt     date NOT NULL,
    cncl_dt       date,
    mthly_lmt_gbp numeric(8,2)
);
COMMENT ON TABLE fuel_card IS 'Fuel cards, each tied to one vehicle';
COMMENT ON COLUMN fuel_card.cncl_dt IS 'date the card was cancelled (lost, replaced, vehicle retired); NULL = card active';
COMMENT ON COLUMN fuel_card.mthly_lmt_gbp IS 'monthly spend limit, GBP';

INSERT INTO fuel_card (card_no, veh_id, issued_dt, cncl_dt, mthly_lmt_gbp)
SELECT '70771100' || lpad((v.veh_id * 10 + c.k)::text, 8, '0'),
       v.veh_id,
       CASE c.k WHEN 1 THEN date '2023-06-01' ELSE date '2024-09-01' + v.veh_id END,
       CASE WHEN c.k = 1 AND v.veh_id % 8 = 0 THEN date '2024-09-01' + v.veh_id
            WHEN v.stat_cd = 'D' THEN date '2024-12-31' END,
       CASE WHEN v.veh_typ IN ('RRV','SUP') THEN 600 ELSE 1200 END
FROM veh v
CROSS JOIN generate_series(1, 2) AS c (k)
WHERE c.k = 1 OR v.veh_id % 8 = 0;

-- ---------------------------------------------------------------- fuel_txn (fuel-card transactions)
CREATE TABLE fuel_txn (
    txn_id   integer PRIMARY KEY,
    card_no  varchar(16) NOT NULL,
    txn_ts   timestamptz NOT NULL,
    site_nm  text,
    fuel_typ char(1) NOT NULL,
    qty_l    numeric(6,2) NOT NULL,
    ppl_gbp  numeric(5,3) NOT NULL,
    amt_gbp  numeric(8,2) NOT NULL,
    odo_km   integer,
    susp_flg boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE fuel_txn IS 'Fuel-card transactions from the card provider''s daily file; card_no is not checked against fuel_card';
COMMENT ON COLUMN fuel_txn.card_no IS 'card used (fuel_card.card_no), not enforced: replacement cards can appear before they are registered';
COMMENT ON COLUMN fuel_txn.fuel_typ IS 'D = diesel, P = petrol (unleaded), A = AdBlue';
COMMENT ON COLUMN fuel_txn.qty_l IS 'litres dispensed';
COMMENT ON COLUMN fuel_txn.ppl_gbp IS 'price per litre, GBP';
COMMENT ON COLUMN fuel_txn.amt_gbp IS 'amount charged, GBP';
COMMENT ON COLUMN fuel_txn.odo_km IS 'odometer keyed in at the pump, km; NULL = not entered';
COMMENT ON COLUMN fuel_txn.susp_flg IS 'true = flagged by the provider as suspicious (odd time, volume or location)';

INSERT INTO fuel_txn (txn_id, card_no, txn_ts, site_nm, fuel_typ, qty_l, ppl_gbp, amt_gbp, odo_km, susp_flg)
WITH s AS (
    SELECT g,
           1 + (g * 19) % 46 AS veh_id,
           timestamptz '2024-01-01 05:00:00+00' + g * interval '4 hours' + ((g * 13) % 50) * interval '1 minute' AS ts
    FROM generate_series(1, 4190) AS g
), c AS (
    SELECT s.*, v.veh_typ, v.odo_km AS base_km,
           CASE WHEN g % 157 = 0 THEN '70771199' || lpad((s.veh_id * 10 + 3)::text, 8, '0')
                ELSE fc.card_no END AS card_no,
           CASE WHEN g % 9 = 0 AND v.veh_typ NOT IN ('RRV','SUP') THEN 'A'
                WHEN v.veh_typ IN ('RRV','SUP') AND s.veh_id % 2 = 0 THEN 'P'
                ELSE 'D' END AS fuel
    FROM s
    JOIN veh v ON v.veh_id = s.veh_id
    JOIN fuel_card fc ON fc.veh_id = s.veh_id
                     AND fc.issued_dt <= (s.ts AT TIME ZONE 'UTC')::date
                     AND (fc.cncl_dt IS NULL OR fc.cncl_dt > (s.ts AT TIME ZONE 'UTC')::date)
), p AS (
    SELECT c.*,
           CASE fuel WHEN 'A' THEN 10 + g % 11 + 0.0
                     WHEN 'P' THEN 30 + (g * 7) % 25 + (g % 10) / 10.0
                     ELSE 45 + (g * 7) % 40 + (g % 10) / 10.0 END AS qty,
           CASE fuel WHEN 'A' THEN 0.899 + (g % 5) * 0.02
                     WHEN 'P' THEN 1.389 + ((g * 3) % 20) / 200.0 + CASE WHEN ts < timestamptz '2025-01-01 00:00:00+00' THEN 0.06 ELSE 0 END
                     ELSE 1.459 + ((g * 3) % 20) / 200.0 + CASE WHEN ts < timestamptz '2025-01-01 00:00:00+00' THEN 0.07 ELSE 0 END END AS ppl
    FROM c
)
SELECT row_number() OVER (ORDER BY ts, g),
       card_no, ts,
       (ARRAY['Shell Ashford Rd','BP Bramley Services','Esso Castleford','Tesco Elmbridge','Shell Greyhaven',
              'BP Ironbridge','Sainsbury''s Linwood','Texaco Oakhurst'])[1 + (g * 5) % 8],
       fuel, qty, ppl, round(qty * ppl, 2),
       CASE WHEN g % 11 = 0 THEN NULL ELSE base_km + g * 3 END,
       g % 73 = 0 OR (fuel = 'D' AND qty > 84)
FROM p;
