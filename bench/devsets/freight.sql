-- Made-up schema: a regional freight / parcel carrier in the Ohio valley (depots, customer
-- accounts, drivers, trucks, shipments, the parcels of each shipment, tracking scans, cargo
-- claims). Data are deterministic (generate_series and modulo arithmetic, no random());
-- data cut-off is 2025-11-30 18:00 UTC. All timestamps are UTC.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS dmg_claim;
DROP TABLE IF EXISTS trk_evt;
DROP TABLE IF EXISTS parcel;
DROP TABLE IF EXISTS shpmt;
DROP TABLE IF EXISTS truck;
DROP TABLE IF EXISTS driver;
DROP TABLE IF EXISTS cust_acct;
DROP TABLE IF EXISTS depot;

-- ---------------------------------------------------------------- depot
CREATE TABLE depot (
    depot_id    smallint PRIMARY KEY,
    depot_cd    char(3) NOT NULL UNIQUE,
    depot_name  text NOT NULL,
    city        text NOT NULL,
    state       char(2) NOT NULL,
    is_hub      boolean NOT NULL DEFAULT false,
    dock_doors  smallint NOT NULL,
    opened_dt   date NOT NULL
);
COMMENT ON TABLE depot IS 'Terminals / cross-dock depots the carrier runs; hubs also sort linehaul freight';

INSERT INTO depot (depot_id, depot_cd, depot_name, city, state, is_hub, dock_doors, opened_dt) VALUES
    (1,  'CMH', 'Columbus Hub',         'Columbus',     'OH', true,  48, '2009-04-01'),
    (2,  'DAY', 'Dayton Terminal',      'Dayton',       'OH', false, 18, '2011-09-12'),
    (3,  'CIN', 'Cincinnati Terminal',  'Cincinnati',   'OH', false, 24, '2010-06-01'),
    (4,  'TOL', 'Toledo Terminal',      'Toledo',       'OH', false, 16, '2013-02-18'),
    (5,  'AKR', 'Akron Terminal',       'Akron',        'OH', false, 14, '2015-08-03'),
    (6,  'CLE', 'Cleveland Hub',        'Cleveland',    'OH', true,  40, '2012-01-09'),
    (7,  'FWA', 'Fort Wayne Terminal',  'Fort Wayne',   'IN', false, 12, '2017-05-22'),
    (8,  'IND', 'Indianapolis Hub',     'Indianapolis', 'IN', true,  36, '2014-10-06'),
    (9,  'LEX', 'Lexington Terminal',   'Lexington',    'KY', false, 12, '2018-03-12'),
    (10, 'LOU', 'Louisville Terminal',  'Louisville',   'KY', false, 20, '2016-07-11'),
    (11, 'PIT', 'Pittsburgh Terminal',  'Pittsburgh',   'PA', false, 22, '2019-11-04'),
    (12, 'ERI', 'Erie Terminal',        'Erie',         'PA', false, 10, '2021-04-19'),
    (13, 'WHE', 'Wheeling Terminal',    'Wheeling',     'WV', false,  8, '2025-10-20'),
    (14, 'YNG', 'Youngstown Terminal',  'Youngstown',   'OH', false,  8, '2025-11-17');

-- ---------------------------------------------------------------- cust_acct (customer accounts)
CREATE TABLE cust_acct (
    acct_no        integer PRIMARY KEY,
    acct_nm        text NOT NULL,
    acct_type      char(1) NOT NULL,
    home_depot_id  smallint NOT NULL REFERENCES depot (depot_id),
    bill_terms     varchar(6) NOT NULL,
    credit_lmt     numeric(10,2),
    opened_dt      date NOT NULL,
    is_active      boolean NOT NULL DEFAULT true
);
COMMENT ON COLUMN cust_acct.acct_type IS 'C = contract shipper, R = retail / walk-up, N = national account';
COMMENT ON COLUMN cust_acct.bill_terms IS 'NET15, NET30 or PREPAY';
COMMENT ON COLUMN cust_acct.credit_lmt IS 'credit limit, USD; NULL for prepaid accounts';

INSERT INTO cust_acct (acct_no, acct_nm, acct_type, home_depot_id, bill_terms, credit_lmt, opened_dt, is_active)
SELECT 10000 + g,
       (ARRAY['Buckeye','Lakeshore','Maumee','Riverbend','Summit','Great Lakes','Heartland','Tri-State',
              'Keystone','Ohio Valley','Miami Valley','Cardinal','Hoosier','Bluegrass','Allegheny','Erie Shore'])[1 + (g - 1) % 16]
       || ' ' ||
       (ARRAY['Supply','Hardware','Auto Parts','Medical','Pharmacy','Printing','Foods','Electric','Tool & Die','Outfitters',
              'Florist','Pet Supply','Office Products','Brewing','Plastics','Labs','Bakery','Machine Works','Textiles','Distributors'])[1 + ((g - 1) / 16) % 20],
       CASE WHEN g <= 8 THEN 'N' WHEN g % 3 = 0 THEN 'R' ELSE 'C' END,
       1 + (g * 7) % 12,
       CASE WHEN g <= 8 OR g % 3 = 1 THEN 'NET30' WHEN g % 3 = 2 THEN 'NET15' ELSE 'PREPAY' END,
       CASE WHEN g <= 8 OR g % 3 = 1 THEN 25000 + (g % 7) * 5000
            WHEN g % 3 = 2 THEN 5000 + (g % 5) * 1000
            ELSE NULL END,
       CASE WHEN g > 220 THEN date '2025-11-03' + (g - 221)
            ELSE date '2016-01-15' + (g * 53) % 2800 END,
       g % 17 <> 0
FROM generate_series(1, 240) AS g;

-- ---------------------------------------------------------------- driver
CREATE TABLE driver (
    drv_id         integer PRIMARY KEY,
    first_nm       text NOT NULL,
    last_nm        text NOT NULL,
    base_depot_id  smallint NOT NULL REFERENCES depot (depot_id),
    hire_dt        date NOT NULL,
    cdl_class      char(1),
    hazmat_endorsed boolean NOT NULL DEFAULT false,
    phone          varchar(20)
);
COMMENT ON COLUMN driver.cdl_class IS 'commercial licence class A or B; NULL = van driver without a CDL';
COMMENT ON COLUMN driver.hazmat_endorsed IS 'true when the licence carries the H (hazardous materials) endorsement';

INSERT INTO driver (drv_id, first_nm, last_nm, base_depot_id, hire_dt, cdl_class, hazmat_endorsed, phone)
SELECT g,
       (ARRAY['Mike','Dave','Tonya','Jamal','Rick','Sherry','Luis','Brandon','Keisha','Tom',
              'Angela','Curtis','Maria','Dwayne','Beth','Hector','Randy','Crystal','Omar','Gary','Lena','Troy','Nadia'])[1 + g % 23],
       (ARRAY['Kowalski','Jenkins','Hughes','Ramirez','Baker','Sullivan','Washington','Novak','Fischer','Reed',
              'Coleman','Patterson','Yoder','Brooks','Mendez','Schultz','Dunn','Hoffman','Price'])[1 + (g * 5) % 19],
       CASE WHEN g <= 60 THEN 1 + (g - 1) % 12 WHEN g = 61 THEN 1 ELSE 6 END,
       CASE WHEN g > 60 THEN date '2025-11-10' + (g - 61) * 7
            ELSE date '2012-03-05' + (g * 97) % 4950 END,
       CASE WHEN g > 36 THEN 'A' WHEN g % 4 = 0 THEN NULL ELSE 'B' END,
       g > 36 AND g <= 60,
       '614-555-' || lpad(((g * 311) % 10000)::text, 4, '0')
FROM generate_series(1, 62) AS g;

-- ---------------------------------------------------------------- truck
CREATE TABLE truck (
    truck_no        varchar(6) PRIMARY KEY,
    depot_id        smallint NOT NULL REFERENCES depot (depot_id),
    body_type       text NOT NULL,
    model_yr        smallint NOT NULL,
    payload_lbs     numeric(8,1) NOT NULL,
    in_svc          boolean NOT NULL DEFAULT true
);
COMMENT ON COLUMN truck.in_svc IS 'false = out of service (in the shop or parked)';

INSERT INTO truck (truck_no, depot_id, body_type, model_yr, payload_lbs, in_svc)
SELECT 'T' || (100 + t),
       1 + (t - 1) % 12,
       (ARRAY['step van','26ft box truck','sprinter van'])[1 + (t - 1) / 12],
       2012 + (t * 5) % 13,
       (ARRAY[5200.0, 10500.0, 3400.0])[1 + (t - 1) / 12] + (t % 4) * 100,
       t % 11 <> 0
FROM generate_series(1, 36) AS t;

-- ---------------------------------------------------------------- shpmt (shipments)
CREATE TABLE shpmt (
    shpmt_id      integer PRIMARY KEY,
    pro_no        varchar(12) NOT NULL UNIQUE,
    acct_no       integer NOT NULL REFERENCES cust_acct (acct_no),
    orig_depot_id smallint NOT NULL REFERENCES depot (depot_id),
    dest_depot_id smallint NOT NULL REFERENCES depot (depot_id),
    svc_lvl       char(1) NOT NULL,
    stat_cd       char(1) NOT NULL,
    is_hazmat     boolean NOT NULL DEFAULT false,
    pcs           smallint NOT NULL,
    tot_wt_lbs    numeric(9,1) NOT NULL,
    declared_val  numeric(10,2),
    freight_chg   numeric(10,2) NOT NULL,
    booked_at     timestamptz NOT NULL,
    picked_up_at  timestamptz,
    promised_dt   date NOT NULL,
    delivered_ts  timestamptz,
    drv_id        integer REFERENCES driver (drv_id),
    truck_no      varchar(6) REFERENCES truck (truck_no)
);
COMMENT ON TABLE shpmt IS 'One row per shipment (PRO); its pieces are in parcel';
COMMENT ON COLUMN shpmt.svc_lvl IS 'G = ground, E = express (next day)';
COMMENT ON COLUMN shpmt.stat_cd IS 'B = booked, not picked up yet; T = in transit; O = out for delivery; D = delivered; X = exception (refused, damaged or undeliverable); C = cancelled';
COMMENT ON COLUMN shpmt.tot_wt_lbs IS 'total weight of all pieces, lbs';
COMMENT ON COLUMN shpmt.declared_val IS 'value declared by the shipper, USD; NULL = none declared';
COMMENT ON COLUMN shpmt.freight_chg IS 'amount billed to the customer for the shipment, USD, fuel surcharge included; 0 when cancelled';
COMMENT ON COLUMN shpmt.promised_dt IS 'delivery date promised to the customer';
COMMENT ON COLUMN shpmt.delivered_ts IS 'proof-of-delivery time; NULL = not delivered';
COMMENT ON COLUMN shpmt.drv_id IS 'delivery driver; NULL until dispatched';

-- the timeline of every shipment, kept to build the shipments, their parcels and their scans
DROP TABLE IF EXISTS pg_temp.tl;
CREATE TEMP TABLE tl AS
WITH b AS (
    SELECT s,
           timestamptz '2024-01-03 10:40:00+00' + s * interval '502 minutes' AS booked_at,
           CASE WHEN s % 4 = 0 THEN 1 + (s / 4 * 7) % 20
                WHEN s % 12 = 1 THEN 21 + (s * 11) % 10
                ELSE 1 + (s * 37) % 220 END AS a,
           CASE WHEN s % 5 = 0 OR s % 7 = 3 THEN 'E' ELSE 'G' END AS svc,
           s % 13 = 0 AS haz,
           CASE s % 5 WHEN 0 THEN 3 WHEN 1 THEN 2 WHEN 2 THEN 2 ELSE 1 END AS pcs
    FROM generate_series(1, 2000) AS s
), a AS (
    SELECT b.*,
           10000 + CASE WHEN a % 17 = 0 AND booked_at >= timestamptz '2025-03-01 00:00:00+00' THEN a + 1 ELSE a END AS acct_no
    FROM b
), d AS (
    SELECT a.*, c.home_depot_id AS orig,
           CASE WHEN s % 3 = 0 THEN c.home_depot_id ELSE 1 + (s * 5 + s / 12) % 12 END AS dest,
           booked_at + (1 + s % 6) * interval '1 hour' AS pu,
           CASE WHEN s % 19 = 0 THEN 30 WHEN s % 11 = 0 THEN 14 ELSE 0 END AS delay_h
    FROM a JOIN cust_acct c ON c.acct_no = a.acct_no
), t AS (
    SELECT d.*,
           pu + interval '90 minutes' AS a1,
           CASE WHEN svc = 'E' THEN 1 + s % 3 ELSE 2 + (s * 7) % 14 END
             + CASE WHEN orig = dest THEN delay_h ELSE 0 END AS dwell1,
           3 + (orig + dest) % 5 AS haul_h,
           CASE WHEN svc = 'E' THEN 1 + s % 2 ELSE 1 + (s * 5) % 16 END + delay_h AS dwell2
    FROM d
), u AS (
    SELECT t.*,
           CASE WHEN orig = dest THEN NULL ELSE a1 + dwell1 * interval '1 hour' END AS l1,
           CASE WHEN orig = dest THEN NULL ELSE a1 + (dwell1 + haul_h) * interval '1 hour' END AS a2,
           CASE WHEN orig = dest THEN a1 + dwell1 * interval '1 hour'
                ELSE a1 + (dwell1 + haul_h + dwell2) * interval '1 hour' END AS o
    FROM t
), v AS (
    SELECT u.*,
           o + (1 + s % 5) * interval '1 hour' + interval '10 minutes' AS dl,
           timestamptz '2025-11-30 18:00:00+00' AS cutoff
    FROM u
)
SELECT v.*,
       CASE WHEN s % 97 = 0 THEN 'C'
            WHEN pu > cutoff THEN 'B'
            WHEN s % 41 = 0 AND dl <= cutoff THEN 'X'
            WHEN dl <= cutoff THEN 'D'
            WHEN o <= cutoff THEN 'O'
            ELSE 'T' END AS stat
FROM v;

INSERT INTO shpmt (shpmt_id, pro_no, acct_no, orig_depot_id, dest_depot_id, svc_lvl, stat_cd, is_hazmat, pcs,
                   tot_wt_lbs, declared_val, freight_chg, booked_at, picked_up_at, promised_dt, delivered_ts, drv_id, truck_no)
WITH w AS (
    SELECT tl.*,
           (SELECT sum(round(1.5 + ((tl.s * 37 + k * 53) % 700) / 10.0, 1)) FROM generate_series(1, tl.pcs) AS k) AS wt
    FROM tl
)
SELECT s,
       '7' || lpad((s * 7919 % 1000000)::text, 6, '0') || '-' || (s % 10),
       acct_no, orig, dest, svc, stat, haz, pcs, wt,
       CASE WHEN s % 6 = 0 THEN NULL ELSE 100 + (s * 131) % 4900 END,
       CASE WHEN stat = 'C' THEN 0
            ELSE round(18.50 + wt * 0.42 * CASE WHEN svc = 'E' THEN 1.6 ELSE 1 END
                       + CASE WHEN orig <> dest THEN 12 ELSE 0 END
                       + CASE WHEN haz THEN 35 ELSE 0 END, 2) END,
       booked_at,
       CASE WHEN stat IN ('B', 'C') THEN NULL ELSE pu END,
       ((booked_at AT TIME ZONE 'UTC')::date
           + CASE WHEN svc = 'E' THEN 1 WHEN orig = dest THEN 1 ELSE 2 END),
       CASE WHEN stat = 'D' THEN dl END,
       CASE WHEN stat IN ('B', 'C') THEN NULL
            WHEN haz AND s % 7 <> 0 THEN dest + 12 * (3 + s % 2)
            WHEN dest = 1 AND s % 2 = 1 AND booked_at >= timestamptz '2025-11-10 00:00:00+00' THEN 61   -- new hires
            WHEN dest = 6 AND s % 2 = 0 AND booked_at >= timestamptz '2025-11-17 00:00:00+00' THEN 62
            ELSE dest + 12 * (s % 5) END,
       CASE WHEN stat IN ('B', 'C') THEN NULL ELSE 'T' || (100 + dest + 12 * (s % 3)) END
FROM w;

-- ---------------------------------------------------------------- parcel (pieces of a shipment)
CREATE TABLE parcel (
    parcel_id    integer PRIMARY KEY,
    shpmt_id     integer NOT NULL REFERENCES shpmt (shpmt_id),
    pc_seq       smallint NOT NULL,
    tracking_no  varchar(14) NOT NULL UNIQUE,
    wt_lbs       numeric(7,1) NOT NULL,
    len_in       smallint NOT NULL,
    wid_in       smallint NOT NULL,
    hgt_in       smallint NOT NULL
);
COMMENT ON COLUMN parcel.pc_seq IS 'piece number within the shipment, 1..n';

INSERT INTO parcel (parcel_id, shpmt_id, pc_seq, tracking_no, wt_lbs, len_in, wid_in, hgt_in)
SELECT row_number() OVER (ORDER BY tl.s, k),
       tl.s, k,
       'OVX' || lpad((tl.s * 10 + k)::text, 9, '0'),
       round(1.5 + ((tl.s * 37 + k * 53) % 700) / 10.0, 1),
       10 + (tl.s + k * 3) % 38,
       8 + (tl.s * 3 + k) % 20,
       4 + (tl.s * 5 + k) % 24
FROM tl CROSS JOIN LATERAL generate_series(1, tl.pcs) AS k;

-- ---------------------------------------------------------------- trk_evt (tracking scans)
CREATE TABLE trk_evt (
    evt_id     bigint PRIMARY KEY,
    parcel_id  integer NOT NULL,
    evt_cd     char(1) NOT NULL,
    evt_ts     timestamptz NOT NULL,
    depot_id   smallint REFERENCES depot (depot_id),
    drv_id     integer,
    scan_note  text
);
COMMENT ON TABLE trk_evt IS 'Barcode scans of parcels as they move through the network';
COMMENT ON COLUMN trk_evt.parcel_id IS 'parcel.parcel_id of the scanned piece (not enforced)';
COMMENT ON COLUMN trk_evt.evt_cd IS 'P = picked up from shipper, A = arrived at depot, L = loaded on linehaul / departed depot, O = out for delivery, D = delivered, X = exception';
COMMENT ON COLUMN trk_evt.depot_id IS 'depot where the scan happened; NULL for scans on the road (pickup, delivery, exception)';
COMMENT ON COLUMN trk_evt.drv_id IS 'driver who scanned (pickup, out for delivery, delivery, exception); NULL for dock scans';

INSERT INTO trk_evt (evt_id, parcel_id, evt_cd, evt_ts, depot_id, drv_id, scan_note)
WITH p AS (
    SELECT pa.parcel_id, pa.pc_seq AS k, tl.*, sh.drv_id AS ddrv
    FROM parcel pa
    JOIN tl ON tl.s = pa.shpmt_id
    JOIN shpmt sh ON sh.shpmt_id = pa.shpmt_id
    WHERE tl.stat NOT IN ('B', 'C')
), e AS (
    SELECT parcel_id, 'P' AS cd, pu + k * interval '2 minutes' AS ts, NULL::smallint AS dep, orig + 12 * ((s + 1) % 5) AS drv, NULL AS note, stat, cutoff FROM p
    UNION ALL
    SELECT parcel_id, 'A', a1 + k * interval '2 minutes', orig::smallint, NULL, NULL, stat, cutoff FROM p
    UNION ALL
    SELECT parcel_id, 'L', l1 + k * interval '2 minutes', orig::smallint, NULL, NULL, stat, cutoff FROM p WHERE l1 IS NOT NULL
    UNION ALL
    SELECT parcel_id, 'A', a2 + k * interval '2 minutes', dest::smallint, NULL, NULL, stat, cutoff FROM p WHERE a2 IS NOT NULL
    UNION ALL
    SELECT parcel_id, 'O', o + k * interval '2 minutes', dest::smallint, ddrv, NULL, stat, cutoff FROM p
    UNION ALL
    SELECT parcel_id, 'D', dl, NULL, ddrv,
           (ARRAY['front door','left with reception','signed by customer','loading dock','side door'])[1 + (s + k) % 5],
           stat, cutoff
    FROM p WHERE stat = 'D'
    UNION ALL
    SELECT parcel_id, 'X', o + interval '70 minutes' + k * interval '2 minutes', NULL, ddrv,
           (ARRAY['refused by consignee','damaged in transit','address not found','business closed'])[1 + s % 4],
           stat, cutoff
    FROM p WHERE stat = 'X'
)
SELECT row_number() OVER (ORDER BY ts, parcel_id), parcel_id, cd, ts, dep, drv, note
FROM e
WHERE ts <= cutoff;

-- ---------------------------------------------------------------- dmg_claim (cargo claims)
CREATE TABLE dmg_claim (
    claim_no    integer PRIMARY KEY,
    shpmt_id    integer NOT NULL REFERENCES shpmt (shpmt_id),
    claim_type  char(1) NOT NULL,
    filed_dt    date NOT NULL,
    claim_amt   numeric(10,2) NOT NULL,
    claim_stat  char(1) NOT NULL,
    paid_amt    numeric(10,2),
    closed_dt   date
);
COMMENT ON TABLE dmg_claim IS 'Cargo claims filed by customers for damaged, lost or short shipments';
COMMENT ON COLUMN dmg_claim.claim_type IS 'D = damaged, L = lost, S = shortage (pieces missing)';
COMMENT ON COLUMN dmg_claim.claim_stat IS 'O = open, P = paid, R = denied';
COMMENT ON COLUMN dmg_claim.paid_amt IS 'amount paid to the customer, USD; NULL unless paid';

INSERT INTO dmg_claim (claim_no, shpmt_id, claim_type, filed_dt, claim_amt, claim_stat, paid_amt, closed_dt)
WITH c AS (
    SELECT s,
           CASE WHEN stat = 'X' THEN CASE WHEN s % 2 = 0 THEN 'L' ELSE 'D' END
                WHEN pcs > 1 AND s % 4 = 1 THEN 'S'
                ELSE 'D' END AS ctype,
           (coalesce(CASE WHEN stat = 'D' THEN dl END, o + interval '70 minutes') AT TIME ZONE 'UTC')::date + 2 + s % 9 AS filed_dt,
           round(45 + (s * 53) % 2400 + (s % 100) / 100.0, 2) AS amt
    FROM tl
    WHERE stat = 'X' OR (stat = 'D' AND s % 29 = 0)
), st AS (
    SELECT c.*,
           CASE WHEN filed_dt > date '2025-10-15' OR s % 7 = 0 THEN 'O'
                WHEN s % 3 = 0 THEN 'R'
                ELSE 'P' END AS cstat
    FROM c
    WHERE filed_dt <= date '2025-11-30'
)
SELECT 5000 + row_number() OVER (ORDER BY filed_dt, s), s, ctype, filed_dt, amt, cstat,
       CASE WHEN cstat = 'P' THEN round(amt * (0.6 + (s % 5) * 0.1), 2) END,
       CASE WHEN cstat <> 'O' THEN filed_dt + 10 + s % 30 END
FROM st;

DROP TABLE tl;

ANALYZE;
