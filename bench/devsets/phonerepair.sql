-- Made-up schema: a small mobile phone and tablet repair shop (UK, prices in GBP): customers,
-- devices booked in, technicians, suppliers, parts stock, repair tickets, parts fitted on tickets,
-- warranty claims and payments. Data are deterministic (generate_series and modulo arithmetic,
-- no random()); data cut-off is 2026-11-30. Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS pmt;
DROP TABLE IF EXISTS wrty_clm;
DROP TABLE IF EXISTS tkt_prt;
DROP TABLE IF EXISTS rpr_tkt;
DROP TABLE IF EXISTS prt;
DROP TABLE IF EXISTS supp;
DROP TABLE IF EXISTS dev;
DROP TABLE IF EXISTS tech;
DROP TABLE IF EXISTS cust;

-- ---------------------------------------------------------------- cust (customers)
CREATE TABLE cust (
    cust_id  integer PRIMARY KEY,
    f_nm     text NOT NULL,
    l_nm     text NOT NULL,
    mob_no   varchar(15) NOT NULL,
    email    text,
    mkt_ok   boolean NOT NULL DEFAULT false,
    crt_dt   date NOT NULL
);
COMMENT ON TABLE cust IS 'Customers (walk-in and online bookings)';
COMMENT ON COLUMN cust.mob_no IS 'mobile phone number';
COMMENT ON COLUMN cust.email IS 'email address; NULL = customer gave no email';
COMMENT ON COLUMN cust.mkt_ok IS 'true = customer agreed to receive marketing messages';
COMMENT ON COLUMN cust.crt_dt IS 'date the customer record was created';

INSERT INTO cust (cust_id, f_nm, l_nm, mob_no, email, mkt_ok, crt_dt)
SELECT c, fn, ln,
       '07' || lpad(((c::bigint * 245489) % 1000000000)::text, 9, '0'),
       CASE WHEN c % 4 = 0 THEN NULL
            ELSE lower(fn) || '.' || lower(ln) || (c % 97)::text || '@'
                 || (ARRAY['gmail.com','outlook.com','yahoo.co.uk','icloud.com','btinternet.com'])[1 + c % 5] END,
       c % 3 = 0 OR c % 7 = 1,
       date '2024-01-02' + (((c - c / 15) + ((c - c / 15) - 1) / 4 - 1) * 1063) / 2400
FROM (
    SELECT c,
           (ARRAY['Oliver','Amelia','Harry','Isla','Jack','Ava','Mohammed','Freya','Noah','Priya',
                  'George','Chloe','Arjun','Grace','Leo','Zara','Oscar','Ella','Kwame','Sofia',
                  'Liam','Megan','Tomasz','Aisha'])[1 + c % 24] AS fn,
           (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Khan','Patel','Evans','Thomas',
                  'Roberts','Walker','Wright','Hughes','Kowalski','Green','Hall','Okafor','Clarke','Murphy',
                  'Ahmed','Davies','Lewis','Singh','Turner','Morgan','Baker'])[1 + (c * 11) % 27] AS ln
    FROM generate_series(1, 1500) AS c
) n;

-- ---------------------------------------------------------------- tech (technicians)
CREATE TABLE tech (
    tech_id  smallint PRIMARY KEY,
    tech_nm  text NOT NULL,
    lvl      smallint NOT NULL,
    hire_dt  date NOT NULL,
    left_dt  date,
    hr_rt    numeric(6,2) NOT NULL
);
COMMENT ON TABLE tech IS 'Repair technicians (bench staff)';
COMMENT ON COLUMN tech.lvl IS '1 = apprentice, 2 = technician, 3 = senior (board-level / micro-soldering)';
COMMENT ON COLUMN tech.left_dt IS 'last working day; NULL = still employed';
COMMENT ON COLUMN tech.hr_rt IS 'hourly pay rate, GBP';

INSERT INTO tech (tech_id, tech_nm, lvl, hire_dt, left_dt, hr_rt) VALUES
    (1, 'Marek Nowak',   3, date '2018-04-03', NULL,              21.50),
    (2, 'Priya Shah',    2, date '2020-09-14', NULL,              17.80),
    (3, 'Tom Hughes',    2, date '2022-02-01', NULL,              16.90),
    (4, 'Aisha Bello',   2, date '2024-06-03', NULL,              16.50),
    (5, 'Danny Walsh',   1, date '2023-05-15', date '2025-03-28', 12.40),
    (6, 'Chen Li',       2, date '2025-09-01', NULL,              17.00),
    (7, 'Sophie Turner', 1, date '2026-11-16', NULL,              12.60),
    (8, 'Gareth Price',  3, date '2017-01-09', date '2023-12-22', 20.00);

-- ---------------------------------------------------------------- dev (devices)
CREATE TABLE dev (
    dev_id   integer PRIMARY KEY,
    cust_id  integer NOT NULL REFERENCES cust (cust_id),
    dev_typ  char(1) NOT NULL,
    brand    varchar(20) NOT NULL,
    mdl      varchar(40) NOT NULL,
    imei_sn  varchar(20),
    reg_dt   date NOT NULL
);
COMMENT ON TABLE dev IS 'Devices brought in for repair, one row per physical device (registered at its first booking)';
COMMENT ON COLUMN dev.dev_typ IS 'P = phone, T = tablet, W = smartwatch';
COMMENT ON COLUMN dev.mdl IS 'model name';
COMMENT ON COLUMN dev.imei_sn IS 'IMEI (phones) or serial number; NULL = not recorded';
COMMENT ON COLUMN dev.reg_dt IS 'date the device was first booked in';

INSERT INTO dev (dev_id, cust_id, dev_typ, brand, mdl, imei_sn, reg_dt)
WITH b AS (
    SELECT k,
           CASE WHEN k <= 1400 THEN k + (k - 1) / 14
                ELSE (1 + (k * 1259) % 1400) + ((k * 1259) % 1400) / 14 END AS cust_id,
           CASE WHEN k % 20 < 8 THEN 'Apple' WHEN k % 20 < 13 THEN 'Samsung' WHEN k % 20 < 16 THEN 'Google'
                WHEN k % 20 < 18 THEN 'Xiaomi' WHEN k % 20 = 18 THEN 'OnePlus'
                ELSE (ARRAY['Motorola','Huawei','Nokia','Lenovo'])[1 + (k / 20) % 4] END AS brand
    FROM generate_series(1, 1920) AS k
), t AS (
    SELECT b.*,
           CASE WHEN brand = 'Lenovo' THEN 'T'
                WHEN k % 9 = 4 AND brand IN ('Apple','Samsung','Google','Xiaomi') THEN 'T'
                WHEN k % 23 = 5 AND brand IN ('Apple','Samsung') THEN 'W'
                ELSE 'P' END AS dev_typ
    FROM b
)
SELECT k, cust_id, dev_typ, brand,
       CASE dev_typ
            WHEN 'T' THEN CASE brand
                WHEN 'Apple'   THEN (ARRAY['iPad 9th gen','iPad Air 5','iPad Pro 11','iPad mini 6'])[1 + (k * 7) % 4]
                WHEN 'Samsung' THEN (ARRAY['Galaxy Tab A8','Galaxy Tab S8','Galaxy Tab S9 FE'])[1 + (k * 7) % 3]
                WHEN 'Google'  THEN 'Pixel Tablet'
                WHEN 'Xiaomi'  THEN 'Redmi Pad SE'
                ELSE 'Tab M10' END
            WHEN 'W' THEN CASE brand WHEN 'Apple' THEN (ARRAY['Apple Watch Series 8','Apple Watch Series 9','Apple Watch SE'])[1 + (k * 7) % 3]
                                     ELSE 'Galaxy Watch 6' END
            ELSE CASE brand
                WHEN 'Apple'    THEN (ARRAY['iPhone 11','iPhone 12','iPhone 13','iPhone 14','iPhone 15','iPhone 15 Pro','iPhone 16','iPhone SE 2022'])[1 + (k * 7) % 8]
                WHEN 'Samsung'  THEN (ARRAY['Galaxy S21','Galaxy S22','Galaxy S23','Galaxy S24','Galaxy A14','Galaxy A54'])[1 + (k * 7) % 6]
                WHEN 'Google'   THEN (ARRAY['Pixel 6','Pixel 7','Pixel 7a','Pixel 8','Pixel 8 Pro'])[1 + (k * 7) % 5]
                WHEN 'Xiaomi'   THEN (ARRAY['Redmi Note 12','Redmi Note 13','Xiaomi 13T'])[1 + (k * 7) % 3]
                WHEN 'OnePlus'  THEN (ARRAY['OnePlus 11','Nord CE 3'])[1 + k % 2]
                WHEN 'Motorola' THEN 'Moto G54'
                WHEN 'Huawei'   THEN 'P30 Pro'
                ELSE 'Nokia G22' END
       END,
       CASE WHEN k % 13 = 0 THEN NULL
            WHEN dev_typ = 'P' THEN '35' || lpad(((k::bigint * 982451653) % 10000000000000)::text, 13, '0')
            ELSE upper(substr(md5('sn' || k), 1, 12)) END,
       date '2024-01-02' + ((k + (k - 1) / 4 - 1) * 1063) / 2400
FROM t;

-- ---------------------------------------------------------------- supp (parts suppliers)
CREATE TABLE supp (
    supp_id  smallint PRIMARY KEY,
    supp_nm  text NOT NULL,
    ctry     char(2) NOT NULL,
    lead_dy  smallint NOT NULL,
    is_pref  boolean NOT NULL DEFAULT false,
    acct_no  varchar(12)
);
COMMENT ON TABLE supp IS 'Suppliers of spare parts';
COMMENT ON COLUMN supp.ctry IS 'ISO country code of the supplier';
COMMENT ON COLUMN supp.lead_dy IS 'usual delivery time, days';
COMMENT ON COLUMN supp.is_pref IS 'true = preferred supplier';
COMMENT ON COLUMN supp.acct_no IS 'our account number with the supplier; NULL = no trade account (pay per order)';

INSERT INTO supp (supp_id, supp_nm, ctry, lead_dy, is_pref, acct_no) VALUES
    (1, 'PartsHub Ltd',                'GB', 2,  true,  'PH-20931'),
    (2, 'iFixPro Wholesale',           'GB', 1,  true,  'IFP-7741'),
    (3, 'Shenzhen Mobile Parts Co',    'CN', 12, false, NULL),
    (4, 'EuroCell Components',         'DE', 4,  false, 'EC-00588'),
    (5, 'Samsung Service Parts UK',    'GB', 3,  true,  'SSP-1120'),
    (6, 'BatteryWorld BV',             'NL', 5,  false, 'BW-3391'),
    (7, 'Kowloon Screens',             'HK', 14, false, NULL);

-- ---------------------------------------------------------------- prt (parts stock)
CREATE TABLE prt (
    prt_id     integer PRIMARY KEY,
    sku        varchar(16) NOT NULL,
    prt_desc   text NOT NULL,
    cat_cd     char(2) NOT NULL,
    supp_id    smallint NOT NULL REFERENCES supp (supp_id),
    unit_cost  numeric(7,2) NOT NULL,
    qty_oh     integer NOT NULL,
    reord_lvl  smallint NOT NULL,
    disc       boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE prt IS 'Spare parts kept in stock';
COMMENT ON COLUMN prt.cat_cd IS 'SC = screen / display assembly, BA = battery, CP = charging port flex, CA = camera module, BG = back glass / rear housing, AD = adhesive and seals';
COMMENT ON COLUMN prt.unit_cost IS 'what one unit costs us from the supplier, GBP';
COMMENT ON COLUMN prt.qty_oh IS 'units on hand (pcs)';
COMMENT ON COLUMN prt.reord_lvl IS 'reorder when units on hand fall to this level or below';
COMMENT ON COLUMN prt.disc IS 'true = discontinued, no longer ordered';

INSERT INTO prt (prt_id, sku, prt_desc, cat_cd, supp_id, unit_cost, qty_oh, reord_lvl, disc)
WITH c(ci, cat, cat_nm, base_cost) AS (
    VALUES (0, 'SC', 'Screen assembly', 45.00), (1, 'BA', 'Battery', 14.00), (2, 'CP', 'Charging port flex', 9.00),
           (3, 'CA', 'Rear camera module', 22.00), (4, 'BG', 'Back glass', 18.00), (5, 'AD', 'Adhesive kit', 1.20)
), g(gi, grp, grp_nm, f) AS (
    VALUES (1, 'APL', 'iPhone', 1.6), (2, 'SAM', 'Galaxy', 1.3), (3, 'GOO', 'Pixel', 1.2),
           (4, 'OTH', 'other Android', 0.8), (5, 'TAB', 'tablet', 1.9), (6, 'WCH', 'smartwatch', 1.4)
), p AS (
    SELECT ci * 6 + gi AS prt_id, cat, grp, cat_nm, grp_nm, round(base_cost * f, 2) AS unit_cost
    FROM c CROSS JOIN g
    WHERE gi <= 4 OR (gi = 5 AND cat <> 'BG') OR (gi = 6 AND cat IN ('SC','BA'))
)
SELECT prt_id, cat || '-' || grp, cat_nm || ' - ' || grp_nm, cat,
       CASE WHEN cat = 'AD' THEN 1
            WHEN cat = 'SC' AND grp = 'APL' THEN 2
            WHEN cat = 'SC' AND grp = 'SAM' THEN 5
            WHEN cat = 'SC' THEN 3
            WHEN cat = 'BA' AND grp = 'APL' THEN 2
            WHEN cat = 'BA' THEN 6
            WHEN cat = 'CP' THEN 3
            WHEN cat = 'CA' THEN 4
            WHEN cat = 'BG' AND grp = 'SAM' THEN 5
            ELSE 3 END,
       unit_cost,
       (prt_id * 7) % 25,
       3 + prt_id % 4,
       false
FROM p;

-- parts listed but not (yet) fitted on any repair
INSERT INTO prt (prt_id, sku, prt_desc, cat_cd, supp_id, unit_cost, qty_oh, reord_lvl, disc) VALUES
    (41, 'SC-I16P',  'Screen assembly - iPhone 16 Pro (OLED)',     'SC', 7, 118.00, 4, 2, false),
    (42, 'SC-Z5FL',  'Inner folding screen - Galaxy Z Flip 5',     'SC', 5, 164.50, 1, 1, false),
    (43, 'BA-HUAP30','Battery - Huawei P30 Pro (old stock)',        'BA', 6, 11.20,  9, 2, true),
    (44, 'CP-USBC-U','Universal USB-C port board',                  'CP', 3, 4.80,   30, 10, false),
    (45, 'CA-I16P',  'Rear camera module - iPhone 16 Pro',          'CA', 7, 61.00,  0, 2, false),
    (46, 'BG-FP5',   'Back cover - Fairphone 5',                    'BG', 4, 24.90,  2, 1, false),
    (47, 'AD-WCH',   'Adhesive gasket - smartwatch',                'AD', 1, 0.90,   40, 10, false);

-- ---------------------------------------------------------------- rpr_tkt (repair tickets)
CREATE TABLE rpr_tkt (
    tkt_id     integer PRIMARY KEY,
    dev_id     integer NOT NULL REFERENCES dev (dev_id),
    tech_id    smallint,
    in_ts      timestamptz NOT NULL,
    fault_cd   char(2) NOT NULL,
    tkt_st     char(1) NOT NULL,
    exp_svc    boolean NOT NULL DEFAULT false,
    quote_amt  numeric(8,2),
    lab_min    smallint,
    done_ts    timestamptz,
    pkup_dt    date
);
COMMENT ON TABLE rpr_tkt IS 'Repair tickets: one per device booking-in';
COMMENT ON COLUMN rpr_tkt.tech_id IS 'technician working the job (tech.tech_id; no foreign key); NULL = not assigned to anyone yet';
COMMENT ON COLUMN rpr_tkt.in_ts IS 'when the device was booked in at the counter';
COMMENT ON COLUMN rpr_tkt.fault_cd IS 'reported fault: SC = cracked / broken screen, BA = battery, CP = charging port, WD = water / liquid damage, CA = camera, SW = software, BG = broken back glass';
COMMENT ON COLUMN rpr_tkt.tkt_st IS 'N = new, waiting for a technician; D = in diagnosis / repair; W = waiting for parts; R = repaired, ready for collection; C = collected by the customer; X = beyond economic repair; K = cancelled by the customer';
COMMENT ON COLUMN rpr_tkt.exp_svc IS 'true = express same-day service';
COMMENT ON COLUMN rpr_tkt.quote_amt IS 'price quoted to the customer, GBP incl. VAT; NULL = not quoted yet';
COMMENT ON COLUMN rpr_tkt.lab_min IS 'bench labour logged, minutes; NULL = no bench work logged yet';
COMMENT ON COLUMN rpr_tkt.done_ts IS 'when the repair was finished; NULL = not finished (also for cancelled and beyond-repair jobs)';
COMMENT ON COLUMN rpr_tkt.pkup_dt IS 'date the device was handed back to the customer; NULL = device still in the shop';

INSERT INTO rpr_tkt (tkt_id, dev_id, tech_id, in_ts, fault_cd, tkt_st, exp_svc, quote_amt, lab_min, done_ts, pkup_dt)
WITH b AS (
    SELECT g,
           CASE WHEN g % 5 = 0 THEN 1 + (g * 7919) % (g - g / 5) ELSE g - g / 5 END AS dev_id,
           date '2024-01-02' + ((g - 1) * 1063) / 2400 AS in_d
    FROM generate_series(1, 2400) AS g
), f AS (
    SELECT b.*, d.dev_typ, d.brand,
           (b.in_d + time '09:00' + ((g * 5) % 9) * interval '1 hour' + ((g * 17) % 60) * interval '1 minute')
               AT TIME ZONE 'UTC' AS in_ts,
           date '2026-11-30' - b.in_d AS age,
           CASE WHEN d.dev_typ = 'W' THEN CASE WHEN g % 3 = 0 THEN 'BA' ELSE 'SC' END
                WHEN (g * 7) % 20 < 7  THEN 'SC'
                WHEN (g * 7) % 20 < 11 THEN 'BA'
                WHEN (g * 7) % 20 < 13 THEN 'CP'
                WHEN (g * 7) % 20 < 15 THEN 'WD'
                WHEN (g * 7) % 20 < 16 THEN 'CA'
                WHEN (g * 7) % 20 < 18 THEN 'SW'
                WHEN d.dev_typ = 'P' AND d.brand IN ('Apple','Samsung','Google') THEN 'BG'
                ELSE 'SC' END AS fault_cd
    FROM b JOIN dev d ON d.dev_id = b.dev_id
), s AS (
    SELECT f.*,
           CASE WHEN g % 23 = 0 THEN 'K'
                WHEN (fault_cd = 'WD' AND g % 4 = 0) OR g % 31 = 0 THEN 'X'
                WHEN age <= 3 THEN 'N'
                WHEN age <= 6 AND g % 2 = 0 THEN 'N'
                WHEN age <= 35 AND g % 7 = 2 THEN 'W'
                WHEN age <= 8 THEN 'D'
                WHEN age <= 14 THEN 'R'
                WHEN g % 37 = 0 THEN 'R'
                ELSE 'C' END AS st,
           g % 8 = 0 AND fault_cd IN ('SC','BA') AND dev_typ = 'P' AS exp
    FROM f
), q AS (
    SELECT s.*,
           CASE WHEN st IN ('R','C') THEN in_ts + (CASE WHEN exp THEN 2 + g % 4 ELSE 20 + (g * 13) % 100 END) * interval '1 hour' END AS done_ts
    FROM s
)
SELECT g, dev_id,
       CASE WHEN st = 'N' THEN NULL
            WHEN fault_cd = 'WD' AND g % 3 <> 0 THEN 1
            ELSE CASE 1 + g % 6
                     WHEN 4 THEN CASE WHEN in_d < date '2024-06-03' THEN 2 ELSE 4 END
                     WHEN 5 THEN CASE WHEN in_d > date '2025-03-28' THEN 3 ELSE 5 END
                     WHEN 6 THEN CASE WHEN in_d < date '2025-09-01' THEN 1 ELSE 6 END
                     ELSE 1 + g % 6 END
       END,
       in_ts, fault_cd, st, exp,
       CASE WHEN st = 'N' OR (st = 'D' AND g % 2 = 0) THEN NULL
            ELSE CASE fault_cd WHEN 'SC' THEN 89 WHEN 'BA' THEN 59 WHEN 'CP' THEN 49 WHEN 'WD' THEN 79
                               WHEN 'CA' THEN 69 WHEN 'SW' THEN 35 ELSE 99 END
                 + CASE brand WHEN 'Apple' THEN 40 WHEN 'Samsung' THEN 25 WHEN 'Google' THEN 20 ELSE 0 END
                 + CASE dev_typ WHEN 'T' THEN 30 WHEN 'W' THEN -10 ELSE 0 END
                 + CASE WHEN exp THEN 25 ELSE 0 END
                 + (g % 5) * 5 - 0.01 END,
       CASE WHEN st IN ('R','C') THEN CASE fault_cd WHEN 'SC' THEN 45 WHEN 'BA' THEN 30 WHEN 'CP' THEN 50 WHEN 'WD' THEN 120
                                                    WHEN 'CA' THEN 40 WHEN 'SW' THEN 25 ELSE 90 END + (g % 7) * 5
            WHEN st = 'X' THEN 30 + (g % 4) * 10
            WHEN st = 'K' THEN 15 END,
       done_ts,
       CASE st WHEN 'C' THEN (done_ts AT TIME ZONE 'UTC')::date + g % 6
               WHEN 'X' THEN CASE WHEN g % 7 <> 0 AND in_d + 3 + g % 5 <= date '2026-11-30' THEN in_d + 3 + g % 5 END
               WHEN 'K' THEN CASE WHEN in_d + 1 + g % 3 <= date '2026-11-30' THEN in_d + 1 + g % 3 END
       END
FROM q;

-- ---------------------------------------------------------------- tkt_prt (parts fitted on repairs)
CREATE TABLE tkt_prt (
    ln_id    integer PRIMARY KEY,
    tkt_id   integer NOT NULL REFERENCES rpr_tkt (tkt_id),
    prt_id   integer NOT NULL REFERENCES prt (prt_id),
    qty      smallint NOT NULL,
    chg_px   numeric(7,2) NOT NULL,
    used_dt  date NOT NULL
);
COMMENT ON TABLE tkt_prt IS 'Parts taken from stock and fitted on a repair ticket';
COMMENT ON COLUMN tkt_prt.qty IS 'units fitted (pcs)';
COMMENT ON COLUMN tkt_prt.chg_px IS 'price charged to the customer per unit, GBP (part of the quoted price)';

INSERT INTO tkt_prt (ln_id, tkt_id, prt_id, qty, chg_px, used_dt)
WITH t AS (
    SELECT t.tkt_id, t.fault_cd, (t.done_ts AT TIME ZONE 'UTC')::date AS d, d.dev_typ,
           CASE WHEN d.dev_typ = 'T' THEN 5 WHEN d.dev_typ = 'W' THEN 6
                WHEN d.brand = 'Apple' THEN 1 WHEN d.brand = 'Samsung' THEN 2 WHEN d.brand = 'Google' THEN 3 ELSE 4 END AS gi
    FROM rpr_tkt t JOIN dev d ON d.dev_id = t.dev_id
    WHERE t.tkt_st IN ('R','C') AND t.fault_cd <> 'SW'
), l AS (
    SELECT tkt_id, d, 1 AS ln,
           CASE fault_cd WHEN 'SC' THEN 0 WHEN 'BA' THEN 1 WHEN 'CP' THEN 2 WHEN 'WD' THEN 2 WHEN 'CA' THEN 3 ELSE 4 END * 6 + gi AS prt_id,
           1 AS qty
    FROM t
    UNION ALL
    SELECT tkt_id, d, 2, 1 * 6 + gi, 1 FROM t WHERE fault_cd = 'WD'                -- new battery after liquid damage
    UNION ALL
    SELECT tkt_id, d, 3, 5 * 6 + gi, CASE WHEN fault_cd = 'BG' THEN 2 ELSE 1 END
    FROM t WHERE fault_cd IN ('SC','BG') AND dev_typ <> 'W'
)
SELECT row_number() OVER (ORDER BY l.tkt_id, l.ln), l.tkt_id, l.prt_id, l.qty,
       CASE WHEN p.cat_cd = 'AD' THEN 2.50 ELSE round(p.unit_cost * (1.7 + (l.tkt_id % 7) * 0.1 + p.supp_id * 0.05), 2) END,
       l.d
FROM l JOIN prt p ON p.prt_id = l.prt_id;

-- ---------------------------------------------------------------- wrty_clm (warranty claims)
CREATE TABLE wrty_clm (
    clm_id      integer PRIMARY KEY,
    tkt_id      integer NOT NULL REFERENCES rpr_tkt (tkt_id),
    clm_dt      date NOT NULL,
    rsn_cd      smallint NOT NULL,
    clm_st      char(1) NOT NULL,
    dcsn_dt     date,
    rwk_tkt_id  integer
);
COMMENT ON TABLE wrty_clm IS 'Warranty claims on earlier repairs (90-day repair warranty)';
COMMENT ON COLUMN wrty_clm.tkt_id IS 'the original repair ticket the claim is about';
COMMENT ON COLUMN wrty_clm.rsn_cd IS '1 = same fault came back, 2 = fitted part failed, 3 = damage caused during the repair, 4 = other';
COMMENT ON COLUMN wrty_clm.clm_st IS 'P = pending, A = accepted, R = rejected';
COMMENT ON COLUMN wrty_clm.dcsn_dt IS 'date the claim was decided; NULL = not decided yet';
COMMENT ON COLUMN wrty_clm.rwk_tkt_id IS 'rework ticket opened for the claim (rpr_tkt.tkt_id; no foreign key); NULL = none';

INSERT INTO wrty_clm (clm_id, tkt_id, clm_dt, rsn_cd, clm_st, dcsn_dt, rwk_tkt_id)
WITH c AS (
    SELECT t.tkt_id, t.dev_id, t.pkup_dt + 5 + (t.tkt_id * 3) % 80 AS clm_dt, 1 + (t.tkt_id / 13) % 4 AS rsn
    FROM rpr_tkt t
    WHERE t.tkt_st = 'C' AND t.tkt_id % 13 = 3
), s AS (
    SELECT c.*,
           CASE WHEN clm_dt >= date '2026-10-01' AND tkt_id % 3 <> 0 THEN 'P'
                WHEN tkt_id % 41 = 16 THEN 'P'
                WHEN rsn = 4 OR tkt_id % 3 = 0 THEN 'R'
                ELSE 'A' END AS st
    FROM c
    WHERE clm_dt <= date '2026-11-30'
)
SELECT row_number() OVER (ORDER BY clm_dt, tkt_id), tkt_id, clm_dt, rsn, st,
       CASE WHEN st <> 'P' THEN least(clm_dt + 1 + tkt_id % 6, date '2026-11-30') END,
       CASE WHEN st = 'A' AND rsn IN (1, 2)
            THEN (SELECT min(r.tkt_id) FROM rpr_tkt r
                  WHERE r.dev_id = s.dev_id AND r.in_ts >= s.clm_dt::timestamp AT TIME ZONE 'UTC') END
FROM s;

-- ---------------------------------------------------------------- pmt (payments)
CREATE TABLE pmt (
    pmt_id   integer PRIMARY KEY,
    tkt_id   integer NOT NULL REFERENCES rpr_tkt (tkt_id),
    pd_dt    date NOT NULL,
    amt      numeric(8,2) NOT NULL,
    pmt_mth  char(2) NOT NULL,
    dep_flg  boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE pmt IS 'Money taken from (or refunded to) customers, per repair ticket';
COMMENT ON COLUMN pmt.pd_dt IS 'date of the payment or refund';
COMMENT ON COLUMN pmt.amt IS 'GBP; negative = refund to the customer';
COMMENT ON COLUMN pmt.pmt_mth IS 'CA = cash, CC = card, BT = bank transfer, GV = gift voucher';
COMMENT ON COLUMN pmt.dep_flg IS 'true = deposit taken when the device was booked in';

INSERT INTO pmt (pmt_id, tkt_id, pd_dt, amt, pmt_mth, dep_flg)
WITH t AS (
    SELECT t.*, (t.in_ts AT TIME ZONE 'UTC')::date AS in_d,
           (t.tkt_id % 4 = 1 AND t.tkt_st <> 'N' AND t.quote_amt IS NOT NULL) AS dep
    FROM rpr_tkt t
), p AS (
    SELECT tkt_id, in_d AS pd_dt, 20.00 AS amt, CASE WHEN tkt_id % 9 = 0 THEN 'CA' ELSE 'CC' END AS mth, true AS dep, 1 AS k
    FROM t WHERE dep
    UNION ALL
    SELECT tkt_id, pkup_dt, quote_amt - CASE WHEN dep THEN 20 ELSE 0 END,
           (ARRAY['CC','CC','CA','CC','BT','CC','GV','CA','CC','CC'])[1 + tkt_id % 10], false, 2
    FROM t WHERE tkt_st = 'C'
    UNION ALL
    SELECT tkt_id, pkup_dt, 15.00, CASE WHEN tkt_id % 2 = 0 THEN 'CA' ELSE 'CC' END, false, 2
    FROM t WHERE tkt_st = 'K' AND NOT dep AND pkup_dt IS NOT NULL           -- diagnostic fee
    UNION ALL
    SELECT tkt_id, coalesce(pkup_dt, in_d + 5), -20.00, 'BT', false, 3
    FROM t WHERE tkt_st = 'X' AND dep AND coalesce(pkup_dt, in_d + 5) <= date '2026-11-30'   -- deposit back
    UNION ALL
    SELECT w.tkt_id, w.dcsn_dt, -round(t.quote_amt / 2, 2), 'BT', false, 4
    FROM wrty_clm w JOIN t ON t.tkt_id = w.tkt_id
    WHERE w.clm_st = 'A' AND w.rwk_tkt_id IS NULL                         -- warranty refund
)
SELECT row_number() OVER (ORDER BY pd_dt, tkt_id, k), tkt_id, pd_dt, amt, mth, dep
FROM p;
