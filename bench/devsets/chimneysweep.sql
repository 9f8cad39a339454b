-- Made-up schema: a small chimney sweeping and stove servicing company in the north of England
-- (customers, their properties, the chimneys/flues at each property, technicians, sweep visits,
-- safety certificates, defects found, invoices and the parts sold on them). Money is GBP.
-- Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off is
-- 2026-11-30: visits scheduled after that are still booked. Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS inv_part;
DROP TABLE IF EXISTS inv;
DROP TABLE IF EXISTS cert;
DROP TABLE IF EXISTS dfct;
DROP TABLE IF EXISTS visit;
DROP TABLE IF EXISTS tech;
DROP TABLE IF EXISTS flue;
DROP TABLE IF EXISTS prop;
DROP TABLE IF EXISTS cust;

-- ---------------------------------------------------------------- cust (customers)
CREATE TABLE cust (
    cust_id   integer PRIMARY KEY,
    cust_nm   text NOT NULL,
    cust_typ  char(1) NOT NULL,
    email     text,
    tel       varchar(16),
    reg_dt    date NOT NULL,
    mkt_ok    boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE cust IS 'Customers: householders, landlords and businesses we sweep for';
COMMENT ON COLUMN cust.cust_typ IS 'D = domestic householder, L = landlord / letting agent, B = business (pub, hotel, holiday lets)';
COMMENT ON COLUMN cust.email IS 'NULL = no email address, certificates go by post';
COMMENT ON COLUMN cust.reg_dt IS 'date the customer was first entered on the system';
COMMENT ON COLUMN cust.mkt_ok IS 'agreed to get annual sweep reminder mailings';

INSERT INTO cust (cust_id, cust_nm, cust_typ, email, tel, reg_dt, mkt_ok)
SELECT g, nm,
       CASE WHEN g % 12 = 0 THEN 'B' WHEN g % 7 = 0 THEN 'L' ELSE 'D' END,
       CASE WHEN g % 9 = 4 THEN NULL
            ELSE lower(replace(replace(nm, ' ', '.'), '''', '')) || g || '@'
                 || (ARRAY['gmail.com','btinternet.com','outlook.com','yahoo.co.uk'])[1 + g % 4] END,
       (ARRAY['01434','01665','01670','01539','017687','01768'])[1 + g % 6] || ' ' || lpad(((g * 7919) % 1000000)::text, 6, '0'),
       CASE WHEN g > 400 THEN date '2026-05-04' + (g - 400) * 9
            ELSE date '2016-05-02' + g * 5 + (g * 3) % 4 END,
       g % 3 <> 0
FROM (
    SELECT g,
           CASE WHEN g % 12 = 0
                THEN 'The ' || (ARRAY['Black Bull','Red Lion','White Hart','Golden Fleece','Old Swan','Fox and Hounds','Blue Boar'])[1 + (g / 12) % 7]
                     || ' ' || (ARRAY['Inn','Hotel','Tavern','Guest House','Holiday Cottages'])[1 + (g / 12) % 5]
                ELSE (ARRAY['Susan','John','Margaret','David','Helen','Peter','Claire','Andrew','Joanne','Mark',
                            'Rachel','Stephen','Karen','Ian','Fiona','Graham','Alison','Neil','Emma','Gareth'])[1 + g % 20]
                     || ' ' ||
                     (ARRAY['Robson','Armstrong','Charlton','Milburn','Dodd','Elliott','Heron','Ridley','Forster','Nixon',
                            'Bell','Hall','Wilson','Thompson','Scott','O''Neill','Dixon','Stephenson','Turnbull','Brown',
                            'Atkinson','Hutchinson','Lowes'])[1 + (g * 7) % 23] END AS nm
    FROM generate_series(1, 420) AS g
) c;

-- ---------------------------------------------------------------- prop (properties)
CREATE TABLE prop (
    prop_id  integer PRIMARY KEY,
    cust_id  integer NOT NULL REFERENCES cust (cust_id),
    addr_ln  text NOT NULL,
    town     text NOT NULL,
    pcode    varchar(8) NOT NULL,
    prop_typ char(1) NOT NULL,
    listed   boolean NOT NULL DEFAULT false,
    thatch   boolean NOT NULL DEFAULT false,
    yr_blt   smallint
);
COMMENT ON TABLE prop IS 'Properties we service; a landlord or business can have several';
COMMENT ON COLUMN prop.prop_typ IS 'H = house, C = cottage, F = farmhouse, P = pub / hotel / commercial premises';
COMMENT ON COLUMN prop.listed IS 'listed building (consent needed for external chimney work)';
COMMENT ON COLUMN prop.thatch IS 'thatched roof';
COMMENT ON COLUMN prop.yr_blt IS 'year built; NULL = unknown';

INSERT INTO prop (prop_id, cust_id, addr_ln, town, pcode, prop_typ, listed, thatch, yr_blt)
WITH p AS (
    SELECT g, CASE WHEN g <= 400 THEN g ELSE 7 * (1 + (g - 401) % 40) END AS cust_id,
           1 + (g * 3) % 8 AS t
    FROM generate_series(1, 520) AS g
)
SELECT p.g, p.cust_id,
       (1 + (p.g * 17) % 98)::text || ' ' ||
       (ARRAY['Fell Road','Market Street','Church Lane','Station Road','Priestpopple','Mill Bank','Bridge End','Hallgarth'])[1 + p.g % 8],
       (ARRAY['Hexham','Alnwick','Morpeth','Kendal','Keswick','Penrith','Cockermouth','Ambleside'])[p.t],
       (ARRAY['NE46','NE66','NE61','LA9','CA12','CA11','CA13','LA22'])[p.t] || ' ' || (1 + p.g % 9)::text
           || chr(65 + p.g % 26) || chr(65 + (p.g * 7) % 26),
       CASE WHEN c.cust_typ = 'B' THEN 'P' WHEN p.g % 5 = 0 THEN 'C' WHEN p.g % 7 = 1 THEN 'F' ELSE 'H' END,
       p.g % 8 = 3,
       p.g % 19 = 4,
       CASE WHEN p.g % 11 = 0 THEN NULL ELSE 1720 + (p.g * 37) % 290 END
FROM p JOIN cust c ON c.cust_id = p.cust_id;

-- ---------------------------------------------------------------- flue (chimneys / flues)
CREATE TABLE flue (
    flue_id  integer PRIMARY KEY,
    prop_id  integer NOT NULL REFERENCES prop (prop_id),
    room     text,
    appl_cd  char(2) NOT NULL,
    fuel_cd  smallint NOT NULL,
    liner_cd char(1) NOT NULL,
    ht_m     numeric(4,1) NOT NULL,
    inst_dt  date,
    in_use   boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE flue IS 'Chimneys / flues at each property, one row per flue with the appliance it serves';
COMMENT ON COLUMN flue.room IS 'room the appliance is in';
COMMENT ON COLUMN flue.appl_cd IS 'OF = open fire, WB = wood-burning stove, MF = multi-fuel stove, RC = range cooker (Aga / Rayburn), OB = oil-fired boiler';
COMMENT ON COLUMN flue.fuel_cd IS '1 = seasoned logs, 2 = smokeless fuel, 3 = house coal, 4 = kerosene (heating oil), 5 = wood pellets';
COMMENT ON COLUMN flue.liner_cd IS 'N = unlined (bare brick / stone), S = stainless steel flexible liner, C = clay liner, P = pumice / concrete liner';
COMMENT ON COLUMN flue.ht_m IS 'flue height from appliance to pot, metres';
COMMENT ON COLUMN flue.inst_dt IS 'date the appliance or liner was fitted; NULL = unknown (before our records)';
COMMENT ON COLUMN flue.in_use IS 'false = capped off / decommissioned';

INSERT INTO flue (flue_id, prop_id, room, appl_cd, fuel_cd, liner_cd, ht_m, inst_dt, in_use)
WITH f AS (
    SELECT prop_id, n
    FROM generate_series(1, 520) AS prop_id CROSS JOIN generate_series(1, 3) AS n
    WHERE prop_id % 31 <> 0                                   -- a few properties have no flue on record
      AND (n = 1 OR (n = 2 AND prop_id % 3 = 0) OR (n = 3 AND prop_id % 20 = 0))
), r AS (
    SELECT prop_id, n, row_number() OVER (ORDER BY prop_id, n) AS id FROM f
), a AS (
    SELECT r.*,
           CASE (id * 7) % 10 WHEN 0 THEN 'OF' WHEN 1 THEN 'OF' WHEN 5 THEN 'MF' WHEN 6 THEN 'MF'
                              WHEN 7 THEN 'RC' WHEN 8 THEN 'OB' ELSE 'WB' END AS appl
    FROM r
)
SELECT id, prop_id,
       CASE appl WHEN 'RC' THEN 'kitchen' WHEN 'OB' THEN 'utility room'
            ELSE (ARRAY['lounge','sitting room','dining room','snug','bar','bedroom'])[1 + (id + n) % 6] END,
       appl,
       CASE appl WHEN 'OB' THEN 4
                 WHEN 'WB' THEN CASE WHEN id % 11 = 0 THEN 5 ELSE 1 END
                 WHEN 'MF' THEN 1 + id % 3
                 WHEN 'OF' THEN CASE WHEN id % 2 = 0 THEN 1 ELSE 3 END
                 ELSE CASE WHEN id % 3 = 0 THEN 4 ELSE 2 END END,
       CASE WHEN appl = 'OF' THEN CASE WHEN id % 3 = 0 THEN 'C' ELSE 'N' END
            WHEN appl IN ('WB','MF') THEN CASE WHEN id % 9 = 0 THEN 'N' WHEN id % 7 = 0 THEN 'P' ELSE 'S' END
            ELSE CASE WHEN id % 3 = 0 THEN 'S' ELSE 'C' END END,
       round(4.5 + ((id * 13) % 90) / 10.0, 1),
       CASE WHEN appl = 'OF' OR id % 4 = 1 THEN NULL ELSE date '2008-04-01' + ((id * 97) % 6200)::int END,
       id % 17 <> 0
FROM a;

-- ---------------------------------------------------------------- tech (technicians)
CREATE TABLE tech (
    tech_id  smallint PRIMARY KEY,
    tech_nm  text NOT NULL,
    hetas_no varchar(10),
    start_dt date NOT NULL,
    end_dt   date,
    day_rt   numeric(6,2) NOT NULL,
    mob      varchar(16)
);
COMMENT ON TABLE tech IS 'Sweeps / stove engineers we employ or have employed';
COMMENT ON COLUMN tech.hetas_no IS 'HETAS registration number; NULL = not HETAS registered';
COMMENT ON COLUMN tech.end_dt IS 'last working day; NULL = still works for us';
COMMENT ON COLUMN tech.day_rt IS 'day rate paid, GBP';

INSERT INTO tech (tech_id, tech_nm, hetas_no, start_dt, end_dt, day_rt, mob) VALUES
    (1, 'Dave Hollins',  'H10234', '2014-04-01', NULL,         185.00, '07700 900101'),
    (2, 'Sam Whitfield', 'H11870', '2017-09-04', NULL,         170.00, '07700 900102'),
    (3, 'Gary Pruitt',   'H10991', '2016-02-15', '2025-06-30', 175.00, '07700 900103'),
    (4, 'Megan Foster',  'H13402', '2021-05-10', NULL,         165.00, '07700 900104'),
    (5, 'Tom Bewick',    NULL,     '2024-03-04', NULL,         110.00, '07700 900105'),
    (6, 'Aled Rhys',     'H14118', '2025-06-30', NULL,         160.00, '07700 900106'),
    (7, 'Priya Nair',    NULL,     '2026-10-05', NULL,         105.00, NULL),
    (8, 'Ken Armstrong', NULL,     '2012-06-11', '2024-09-27', 150.00, '07700 900108');

-- ---------------------------------------------------------------- visit (sweep visits, one row per flue)
CREATE TABLE visit (
    visit_id     integer PRIMARY KEY,
    flue_id      integer NOT NULL REFERENCES flue (flue_id),
    tech_id      smallint REFERENCES tech (tech_id),
    sched_dt     date NOT NULL,
    slot         char(1) NOT NULL,
    vis_typ      smallint NOT NULL,
    vis_stat     char(1) NOT NULL,
    done_ts      timestamptz,
    mins_on_site smallint,
    soot_l       numeric(4,1)
);
COMMENT ON TABLE visit IS 'Visits booked and carried out, one row per flue visited (a property with two flues gets two rows)';
COMMENT ON COLUMN visit.tech_id IS 'technician sent; NULL = not assigned yet';
COMMENT ON COLUMN visit.sched_dt IS 'date the visit is booked for';
COMMENT ON COLUMN visit.slot IS 'M = morning (8-12), A = afternoon (12-5)';
COMMENT ON COLUMN visit.vis_typ IS '1 = standard sweep, 2 = sweep and stove service, 3 = CCTV flue inspection, 4 = bird nest removal and sweep, 5 = smoke (draw) test only';
COMMENT ON COLUMN visit.vis_stat IS 'B = booked, D = done, X = cancelled by customer, N = no access (nobody in)';
COMMENT ON COLUMN visit.done_ts IS 'when the job was signed off on site; NULL = not done (still booked, cancelled or no access)';
COMMENT ON COLUMN visit.mins_on_site IS 'time on site, minutes; NULL unless done';
COMMENT ON COLUMN visit.soot_l IS 'soot and debris removed, litres; NULL when nothing was swept (visit not done, or a CCTV / smoke-test-only visit)';

INSERT INTO visit (visit_id, flue_id, tech_id, sched_dt, slot, vis_typ, vis_stat, done_ts, mins_on_site, soot_l)
WITH fl AS (
    SELECT f.flue_id, f.appl_cd, f.fuel_cd, f.in_use,
           CASE WHEN f.fuel_cd IN (1, 5) THEN 6 ELSE 12 END AS every_m,     -- wood is swept twice a year
           date '2024-01-08' + (f.flue_id * 37) % 365 AS first_dt
    FROM flue f
    WHERE f.prop_id % 13 <> 0                                              -- some properties never had a visit
), s AS (
    SELECT fl.*, k, (first_dt + k * every_m * interval '1 month')::date AS sd
    FROM fl CROSS JOIN generate_series(0, 6) AS k
), w AS (
    SELECT s.*, sd + CASE extract(isodow FROM sd)::int WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END AS sched
    FROM s
    WHERE sd <= date '2027-01-31' AND (in_use OR sd < date '2025-01-01')   -- capped flues: nothing after 2024
), n AS (
    SELECT w.*, row_number() OVER (ORDER BY sched, flue_id) AS vid FROM w
), t AS (
    SELECT n.*,
           CASE WHEN sched > date '2026-11-30' THEN 'B'
                WHEN (flue_id * 7 + k * 3) % 29 = 0 THEN 'X'
                WHEN (flue_id + k * 11) % 31 = 0 THEN 'N'
                ELSE 'D' END AS stat,
           CASE WHEN (flue_id + k) % 23 = 0 THEN 4
                WHEN (flue_id * 3 + k) % 13 = 0 THEN 3
                WHEN (flue_id + k * 5) % 17 = 0 THEN 5
                WHEN appl_cd IN ('WB','MF','RC') AND (flue_id + k) % 2 = 0 THEN 2
                ELSE 1 END AS typ,
           CASE WHEN vid % 2 = 0 THEN 'M' ELSE 'A' END AS slt
    FROM n
), m AS (
    SELECT t.*,
           CASE typ WHEN 1 THEN 40 + (vid * 7) % 35 WHEN 2 THEN 85 + (vid * 11) % 50 WHEN 3 THEN 55 + (vid * 5) % 40
                    WHEN 4 THEN 70 + (vid * 13) % 60 ELSE 25 + vid % 20 END AS mins
    FROM t
)
SELECT vid, flue_id,
       CASE WHEN sched > date '2026-12-31' THEN NULL
            WHEN sched < date '2024-03-04' THEN (ARRAY[1,2,3,4,8])[1 + (flue_id + k) % 5]
            WHEN sched < date '2024-09-28' THEN (ARRAY[1,2,3,4,5,8])[1 + (flue_id + k) % 6]
            WHEN sched < date '2025-06-30' THEN (ARRAY[1,2,3,4,5])[1 + (flue_id + k) % 5]
            ELSE (ARRAY[1,2,4,5,6])[1 + (flue_id + k) % 5] END,
       sched, slt, typ, stat,
       CASE WHEN stat = 'D' THEN
            (sched + CASE slt WHEN 'M' THEN time '08:15' ELSE time '12:45' END
                   + ((vid * 37) % 180 + mins) * interval '1 minute') AT TIME ZONE 'UTC' END,
       CASE WHEN stat = 'D' THEN mins END,
       CASE WHEN stat = 'D' AND typ IN (1, 2, 4) THEN
            round(CASE fuel_cd WHEN 3 THEN 2.5 WHEN 1 THEN 1.5 WHEN 2 THEN 1.0 WHEN 5 THEN 0.8 ELSE 0.3 END
                  + ((vid * 7) % 25) / 10.0, 1) END
FROM m;

-- ---------------------------------------------------------------- dfct (defects found)
CREATE TABLE dfct (
    dfct_id   integer PRIMARY KEY,
    visit_id  integer NOT NULL REFERENCES visit (visit_id),
    dfct_cd   char(2) NOT NULL,
    sev       smallint NOT NULL,
    fix_dt    date,
    quote_amt numeric(8,2)
);
COMMENT ON TABLE dfct IS 'Defects found on a visit';
COMMENT ON COLUMN dfct.dfct_cd IS 'CL = cracked or failed liner, BN = bird nest, TR = tar / creosote build-up, CP = chimney pot or cowl damaged, SL = smoke leaking into the room, CO = no carbon monoxide alarm, VN = not enough ventilation, HR = hearth or clearances not to regulations';
COMMENT ON COLUMN dfct.sev IS '1 = minor, 2 = advisory, 3 = at risk, 4 = immediately dangerous';
COMMENT ON COLUMN dfct.fix_dt IS 'date the defect was put right; NULL = not fixed yet';
COMMENT ON COLUMN dfct.quote_amt IS 'our quote for the repair, GBP excl. VAT; NULL = not quoted (advice only, or the customer uses someone else)';

INSERT INTO dfct (dfct_id, visit_id, dfct_cd, sev, fix_dt, quote_amt)
WITH src AS (
    SELECT v.visit_id, v.vis_typ, (v.done_ts AT TIME ZONE 'UTC')::date AS found_dt, 1 AS n
    FROM visit v
    WHERE v.vis_stat = 'D' AND (v.visit_id % 4 = 1 OR v.vis_typ = 4 OR (v.vis_typ = 3 AND v.visit_id % 2 = 0))
    UNION ALL
    SELECT v.visit_id, v.vis_typ, (v.done_ts AT TIME ZONE 'UTC')::date, 2
    FROM visit v
    WHERE v.vis_stat = 'D' AND v.visit_id % 12 = 5
), r AS (
    SELECT src.*, row_number() OVER (ORDER BY visit_id, n) AS id FROM src
), c AS (
    SELECT r.*,
           CASE WHEN vis_typ = 4 AND n = 1 THEN 'BN'
                WHEN vis_typ = 3 AND n = 1 THEN 'CL'
                ELSE (ARRAY['CL','BN','TR','CP','SL','CO','VN','HR','TR','CO'])[1 + (visit_id * 7 + n * 3) % 10] END AS cd
    FROM r
), d AS (
    SELECT c.*,
           CASE WHEN id % 5 = 0 THEN NULL ELSE found_dt + (1 + (id * 3) % 60)::int END AS fx
    FROM c
)
SELECT id, visit_id, cd,
       CASE cd WHEN 'SL' THEN 4 WHEN 'CO' THEN 3 WHEN 'BN' THEN 2 + id % 2 WHEN 'CL' THEN 3 + id % 2
               WHEN 'VN' THEN 2 + id % 2 ELSE 1 + id % 3 END,
       CASE WHEN fx > date '2026-11-30' THEN NULL ELSE fx END,
       CASE WHEN cd IN ('CO','VN') OR id % 7 = 0 THEN NULL ELSE 45 + (id * 37) % 760 END
FROM d;

-- ---------------------------------------------------------------- cert (safety / sweeping certificates)
CREATE TABLE cert (
    cert_no  varchar(12) PRIMARY KEY,
    visit_id integer NOT NULL,
    iss_dt   date NOT NULL,
    exp_dt   date NOT NULL,
    res_cd   char(1) NOT NULL,
    sent_ts  timestamptz
);
COMMENT ON TABLE cert IS 'Chimney sweeping / safety certificates issued after a sweep';
COMMENT ON COLUMN cert.visit_id IS 'visit (visit.visit_id) the certificate was issued on; no foreign key: certificates are keyed in later from the paper pad';
COMMENT ON COLUMN cert.exp_dt IS 'valid until (12 months after issue)';
COMMENT ON COLUMN cert.res_cd IS 'P = pass, A = pass with advisories, F = fail: appliance must not be used until repaired';
COMMENT ON COLUMN cert.sent_ts IS 'when the certificate was emailed to the customer; NULL = not emailed yet';

INSERT INTO cert (cert_no, visit_id, iss_dt, exp_dt, res_cd, sent_ts)
WITH v AS (
    SELECT v.visit_id, v.done_ts, (v.done_ts AT TIME ZONE 'UTC')::date AS iss,
           (SELECT max(d.sev) FROM dfct d WHERE d.visit_id = v.visit_id) AS worst
    FROM visit v
    WHERE v.vis_stat = 'D' AND v.vis_typ IN (1, 2, 4) AND v.visit_id % 19 <> 0   -- a few were never written up
), r AS (
    SELECT v.*,
           row_number() OVER (PARTITION BY extract(year FROM iss) ORDER BY visit_id) AS yr_seq,
           row_number() OVER (ORDER BY visit_id) AS seq
    FROM v
)
SELECT 'SC' || to_char(iss, 'YY') || '-' || lpad(yr_seq::text, 4, '0'),
       visit_id, iss, (iss + interval '12 months' - interval '1 day')::date,
       CASE WHEN worst = 4 THEN 'F' WHEN worst >= 2 THEN 'A' ELSE 'P' END,
       CASE WHEN seq % 9 = 0 OR iss >= date '2026-11-24' THEN NULL
            ELSE done_ts + ((visit_id * 13) % 30 + 2) * interval '1 hour' END
FROM r;

-- ---------------------------------------------------------------- inv (invoices)
CREATE TABLE inv (
    inv_no   integer PRIMARY KEY,
    cust_id  integer NOT NULL REFERENCES cust (cust_id),
    visit_id integer REFERENCES visit (visit_id),
    inv_dt   date NOT NULL,
    lab_amt  numeric(8,2) NOT NULL,
    net_amt  numeric(8,2) NOT NULL,
    vat_amt  numeric(8,2) NOT NULL,
    paid_dt  date,
    pay_mth  char(1)
);
COMMENT ON TABLE inv IS 'Invoices: one per completed or no-access visit, plus over-the-counter parts sales';
COMMENT ON COLUMN inv.visit_id IS 'NULL = counter sale of parts, no visit';
COMMENT ON COLUMN inv.lab_amt IS 'labour / call-out charge, GBP excl. VAT';
COMMENT ON COLUMN inv.net_amt IS 'invoice total excl. VAT, GBP (labour plus parts)';
COMMENT ON COLUMN inv.vat_amt IS 'VAT charged, GBP (20%)';
COMMENT ON COLUMN inv.paid_dt IS 'date payment was received; NULL = not paid yet';
COMMENT ON COLUMN inv.pay_mth IS 'C = cash, K = card, B = bank transfer, Q = cheque; NULL while unpaid';

INSERT INTO inv (inv_no, cust_id, visit_id, inv_dt, lab_amt, net_amt, vat_amt)
WITH src AS (
    SELECT p.cust_id, v.visit_id,
           CASE WHEN v.vis_stat = 'D' THEN (v.done_ts AT TIME ZONE 'UTC')::date ELSE v.sched_dt END AS dt,
           CASE WHEN v.vis_stat = 'N' THEN 35
                ELSE (CASE v.vis_typ WHEN 1 THEN 70 WHEN 2 THEN 115 WHEN 3 THEN 95 WHEN 4 THEN 110 ELSE 45 END)
                     + CASE WHEN f.ht_m > 10 THEN 15 ELSE 0 END
                     + CASE WHEN f.fuel_cd = 3 THEN 10 ELSE 0 END END AS lab
    FROM visit v
    JOIN flue f ON f.flue_id = v.flue_id
    JOIN prop p ON p.prop_id = f.prop_id
    WHERE v.vis_stat IN ('D', 'N')
    UNION ALL
    SELECT 1 + (g * 53) % 400, NULL, date '2024-01-15' + g * 29, 0
    FROM generate_series(1, 36) AS g
)
SELECT 24000 + row_number() OVER (ORDER BY dt, coalesce(visit_id, 0), cust_id), cust_id, visit_id, dt, lab, lab, 0
FROM src;

-- ---------------------------------------------------------------- inv_part (parts sold)
CREATE TABLE inv_part (
    ln_id     integer PRIMARY KEY,
    inv_no    integer NOT NULL REFERENCES inv (inv_no),
    part_cd   varchar(8) NOT NULL,
    part_desc text NOT NULL,
    qty       smallint NOT NULL,
    unit_px   numeric(7,2) NOT NULL
);
COMMENT ON TABLE inv_part IS 'Parts sold, one row per part line on an invoice';
COMMENT ON COLUMN inv_part.qty IS 'quantity sold: units, except stove rope which is sold in metres';
COMMENT ON COLUMN inv_part.unit_px IS 'price per unit (per metre for rope), GBP excl. VAT';

INSERT INTO inv_part (ln_id, inv_no, part_cd, part_desc, qty, unit_px)
WITH cat AS (
    SELECT * FROM (VALUES
        (1,  'CWL-SPIN', 'Anti-downdraught spinning cowl', 89.00),
        (2,  'CWL-BG',   'Bird guard cowl',                42.50),
        (3,  'ROPE-10',  'Stove door rope 10mm',            6.50),
        (4,  'GLASS-S',  'Stove glass panel',              38.00),
        (5,  'FBRK-SET', 'Fire brick set',                 64.00),
        (6,  'CO-ALM',   'Carbon monoxide alarm',          24.99),
        (7,  'GRATE-M',  'Multi-fuel grate',               55.00),
        (8,  'CEMENT',   'Fire cement 500g',                7.50),
        (9,  'THERM',    'Flue pipe thermometer',          19.95),
        (10, 'BAFFLE',   'Stove baffle plate',             47.00),
        (11, 'POT-CL',   'Clay chimney pot',              120.00),
        (12, 'GLUE-RP',  'Rope adhesive',                   8.25),
        (13, 'SOOT-RM',  'Soot remover sachets',           11.00)
    ) AS t (k, cd, dsc, px)
), l AS (
    SELECT i.inv_no, n, 1 + (i.inv_no * 7 + n * 5) % 13 AS k
    FROM inv i CROSS JOIN generate_series(1, 2) AS n
    WHERE (i.visit_id IS NOT NULL AND ((n = 1 AND i.inv_no % 5 = 0) OR (n = 2 AND i.inv_no % 15 = 0)))
       OR (i.visit_id IS NULL AND (n = 1 OR i.inv_no % 2 = 0))
)
SELECT row_number() OVER (ORDER BY l.inv_no, l.n), l.inv_no, cat.cd, cat.dsc,
       CASE cat.cd WHEN 'ROPE-10' THEN 2 + l.inv_no % 4
                   WHEN 'SOOT-RM' THEN 1 + l.inv_no % 3
                   WHEN 'CEMENT'  THEN 1 + l.inv_no % 2
                   ELSE 1 + (l.inv_no % 9 = 0)::int END,
       cat.px
FROM l JOIN cat ON cat.k = l.k;

UPDATE inv i
SET net_amt = i.lab_amt + coalesce(p.parts, 0),
    vat_amt = round((i.lab_amt + coalesce(p.parts, 0)) * 0.20, 2)
FROM inv i2
LEFT JOIN (SELECT inv_no, sum(qty * unit_px) AS parts FROM inv_part GROUP BY inv_no) p ON p.inv_no = i2.inv_no
WHERE i2.inv_no = i.inv_no;

UPDATE inv
SET paid_dt = pd,
    pay_mth = CASE WHEN pd IS NULL THEN NULL
                   WHEN d = 0 THEN CASE WHEN inv_no % 2 = 0 THEN 'C' ELSE 'K' END
                   WHEN inv_no % 11 = 0 THEN 'Q'
                   WHEN inv_no % 4 = 1 THEN 'K'
                   ELSE 'B' END
FROM (
    SELECT inv_no AS n_no, d,
           CASE WHEN inv_no % 17 = 0 THEN NULL
                WHEN inv_dt + d > date '2026-11-30' THEN NULL
                ELSE inv_dt + d END AS pd
    FROM (SELECT inv_no, inv_dt,
                 CASE WHEN visit_id IS NULL OR inv_no % 3 = 0 THEN 0 ELSE 1 + (inv_no * 7) % 40 END AS d
          FROM inv) x
) y
WHERE y.n_no = inv.inv_no;

ANALYZE;
