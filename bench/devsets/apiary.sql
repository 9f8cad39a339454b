-- Made-up schema: a beekeepers' cooperative in the English West Midlands (members, apiaries,
-- queens, hives, hive inspections, varroa treatments, honey harvests, jar sales to local shops).
-- Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off is
-- 2025-10-31. Money is in GBP. Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS jar_sale;
DROP TABLE IF EXISTS harvest;
DROP TABLE IF EXISTS varroa_trt;
DROP TABLE IF EXISTS hive_insp;
DROP TABLE IF EXISTS hive;
DROP TABLE IF EXISTS queen;
DROP TABLE IF EXISTS apiary;
DROP TABLE IF EXISTS mbr;

-- ---------------------------------------------------------------- mbr (members / beekeepers)
CREATE TABLE mbr (
    mbr_id      integer PRIMARY KEY,
    full_nm     text NOT NULL,
    email       text,
    phone       varchar(20),
    town        text NOT NULL,
    joined_on   date NOT NULL,
    mbr_status  char(1) NOT NULL,
    is_cert     boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE mbr IS 'Members of the cooperative (beekeepers)';
COMMENT ON COLUMN mbr.mbr_status IS 'A = active, L = lapsed (subs not paid), H = honorary, R = resigned';
COMMENT ON COLUMN mbr.is_cert IS 'holds the BBKA Basic Assessment certificate';

INSERT INTO mbr (mbr_id, full_nm, email, phone, town, joined_on, mbr_status, is_cert) VALUES
    (1,  'Margaret Holloway', 'mholloway@example.co.uk',   '01531 555 014', 'Ledbury',     '2015-03-14', 'A', true),
    (2,  'Tom Ashby',         'tom.ashby@example.co.uk',   '01684 555 221', 'Malvern',     '2016-05-02', 'A', true),
    (3,  'Priya Raman',       'priya.r@example.com',       NULL,            'Hereford',    '2019-04-20', 'A', true),
    (4,  'Gwen Pritchard',    NULL,                        '01531 555 730', 'Ledbury',     '2012-09-01', 'H', true),
    (5,  'David Okafor',      'd.okafor@example.com',      '01905 555 118', 'Worcester',   '2020-02-11', 'A', false),
    (6,  'Siân Morgan',       'sian.morgan@example.co.uk', '01989 555 402', 'Ross-on-Wye', '2021-06-30', 'L', false),
    (7,  'Jack Whitfield',    'jackw@example.com',         '01684 555 987', 'Malvern',     '2022-03-15', 'A', true),
    (8,  'Elena Novak',       'elena.novak@example.com',   NULL,            'Hereford',    '2023-04-08', 'A', false),
    (9,  'Bob Lister',        NULL,                        '01885 555 310', 'Bromyard',    '2017-07-19', 'R', true),
    (10, 'Hannah Cole',       'hannah.cole@example.co.uk', '01905 555 642', 'Worcester',   '2023-09-02', 'A', false),
    (11, 'Aled Jones',        'aled@example.co.uk',        '01989 555 055', 'Ross-on-Wye', '2018-05-27', 'A', true),
    (12, 'Fiona McBride',     'fiona.mcb@example.com',     '01531 555 266', 'Ledbury',     '2024-03-09', 'A', false),
    (13, 'Sam Patel',         'sam.patel@example.com',     NULL,            'Hereford',    '2024-05-18', 'L', false),
    (14, 'Chloé Durand',      'chloe.durand@example.fr',   '01684 555 503', 'Malvern',     '2022-10-10', 'A', true),
    (15, 'Peter Grange',      NULL,                        NULL,            'Bromyard',    '2014-04-04', 'H', true),
    (16, 'Lucy Fenwick',      'lucy.f@example.co.uk',      '01905 555 871', 'Worcester',   '2025-02-22', 'A', false),
    (17, 'Mark Stevens',      'mark.stevens@example.com',  '01432 555 199', 'Hereford',    '2021-03-03', 'L', false),
    (18, 'Zofia Kowalczyk',   'zofia.k@example.com',       '01531 555 448', 'Ledbury',     '2023-06-17', 'A', true),
    (19, 'Ian Baxter',        'ibaxter@example.co.uk',     NULL,            'Malvern',     '2019-08-25', 'R', false),
    (20, 'Ruth Evans',        'ruth.evans@example.co.uk',  '01989 555 770', 'Ross-on-Wye', '2025-04-12', 'A', false),
    (21, 'Owen Hughes',       'owen.hughes@example.com',   '01885 555 624', 'Bromyard',    '2020-11-30', 'A', true),
    (22, 'Nia Roberts',       NULL,                        '01432 555 381', 'Hereford',    '2024-08-05', 'A', false);

-- ---------------------------------------------------------------- apiary (bee yards)
CREATE TABLE apiary (
    apiary_id   integer PRIMARY KEY,
    apiary_nm   text NOT NULL,
    site_town   text NOT NULL,
    keeper_id   integer NOT NULL REFERENCES mbr (mbr_id),
    forage      text,
    elev_m      smallint,
    est_on      date NOT NULL,
    is_organic  boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE apiary IS 'Apiary sites (bee yards) run by the cooperative';
COMMENT ON COLUMN apiary.keeper_id IS 'member responsible for the site';
COMMENT ON COLUMN apiary.forage IS 'main forage around the site';
COMMENT ON COLUMN apiary.elev_m IS 'elevation above sea level, metres; NULL = not surveyed';

INSERT INTO apiary (apiary_id, apiary_nm, site_town, keeper_id, forage, elev_m, est_on, is_organic) VALUES
    (1, 'Home Orchard',        'Ledbury',     1,  'apple orchard, white clover',    60,   '2015-04-01', false),
    (2, 'Church Meadow',       'Malvern',     2,  'wildflower meadow',              95,   '2016-06-01', true),
    (3, 'Rape Field North',    'Hereford',    3,  'oilseed rape, hawthorn',         70,   '2019-05-01', false),
    (4, 'Priory Lane',         'Worcester',   5,  'town gardens, lime trees',       NULL, '2020-04-15', false),
    (5, 'Kite Wood',           'Ross-on-Wye', 11, 'woodland edge, bramble',         110,  '2018-06-01', true),
    (6, 'Beacon Hill',         'Malvern',     2,  'hill pasture, clover',           250,  '2021-04-01', false),
    (7, 'Black Mountain Moor', 'Hay-on-Wye',  7,  'heather moor',                   420,  '2022-07-01', false),
    (8, 'Long Mynd Heath',     'Church Stretton', 14, 'heather, bilberry',          380,  '2023-03-20', true);

-- ---------------------------------------------------------------- queen
CREATE TABLE queen (
    queen_id    integer PRIMARY KEY,
    breed_cd    varchar(3) NOT NULL,
    hatch_yr    smallint NOT NULL,
    mark_clr    varchar(6),
    source_cd   char(1) NOT NULL,
    supplier    text,
    clipped     boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE queen IS 'Queen register';
COMMENT ON COLUMN queen.breed_cd IS 'BCK = Buckfast, CAR = Carniolan, AMM = native British black bee (Apis mellifera mellifera), LIG = Italian (ligustica)';
COMMENT ON COLUMN queen.mark_clr IS 'international year colour on the thorax; NULL = unmarked';
COMMENT ON COLUMN queen.source_cd IS 'O = own rearing, P = purchased, W = from a caught swarm';
COMMENT ON COLUMN queen.supplier IS 'breeder the queen was bought from; only for source_cd = P';

INSERT INTO queen (queen_id, breed_cd, hatch_yr, mark_clr, source_cd, supplier, clipped)
SELECT g,
       (ARRAY['BCK','CAR','AMM','BCK','LIG','CAR','AMM'])[1 + g % 7],
       (2022 + g % 4)::smallint,
       CASE WHEN g % 6 = 0 THEN NULL ELSE (ARRAY['yellow','red','green','blue'])[1 + g % 4] END,
       (ARRAY['P','W','O'])[1 + g % 3],
       CASE WHEN g % 3 = 0 THEN (ARRAY['Thornes Apiaries','Black Mountain Honey','Wye Valley Queens'])[1 + (g / 3) % 3] END,
       g % 4 = 0
FROM generate_series(1, 52) AS g;

-- ---------------------------------------------------------------- hive (colonies)
CREATE TABLE hive (
    hive_id        integer PRIMARY KEY,
    hive_tag       varchar(8) NOT NULL UNIQUE,
    apiary_id      integer NOT NULL REFERENCES apiary (apiary_id),
    queen_id       integer REFERENCES queen (queen_id),
    hive_type      varchar(4) NOT NULL,
    installed_on   date NOT NULL,
    hive_status    char(1) NOT NULL,
    status_chg_on  date
);
COMMENT ON TABLE hive IS 'Hive register: one row per colony';
COMMENT ON COLUMN hive.queen_id IS 'current queen; NULL = queenless or no colony left';
COMMENT ON COLUMN hive.hive_type IS 'NAT = British National, WBC = WBC, LANG = Langstroth, TBH = top-bar hive';
COMMENT ON COLUMN hive.hive_status IS 'A = active, D = dead, S = swarmed (colony absconded), M = merged into another colony, X = sold';
COMMENT ON COLUMN hive.status_chg_on IS 'date the status changed from A; NULL while active';

INSERT INTO hive (hive_id, hive_tag, apiary_id, queen_id, hive_type, installed_on, hive_status, status_chg_on)
WITH b AS (
    SELECT g,
           1 + (g - 1) % 8 AS apiary_id,
           make_date(2023 + g % 3, 4 + g % 4, 1 + (g * 11) % 28) AS installed_on,
           CASE WHEN g IN (4, 9, 13, 22, 31, 40) THEN 'D'
                WHEN g IN (6, 19, 32) THEN 'S'
                WHEN g = 27 THEN 'M'
                WHEN g = 24 THEN 'X'
                ELSE 'A' END AS hive_status
    FROM generate_series(1, 40) AS g
)
SELECT g,
       'H-' || lpad(g::text, 3, '0'),
       apiary_id,
       CASE WHEN hive_status IN ('A', 'X') AND g <> 17 THEN g END,          -- hive 17 is queenless
       CASE WHEN g % 10 = 0 THEN 'TBH' WHEN g % 7 = 0 THEN 'WBC' WHEN g % 4 = 0 THEN 'LANG' ELSE 'NAT' END,
       installed_on,
       hive_status,
       CASE hive_status
            WHEN 'A' THEN NULL
            WHEN 'D' THEN make_date(extract(year FROM installed_on)::int + 1, 1 + g % 3, 3 + g % 20)   -- winter losses
            WHEN 'S' THEN CASE WHEN installed_on + 330 + g <= date '2025-10-31' THEN installed_on + 330 + g   -- next summer
                               ELSE installed_on + 50 + g END                                              -- or the same one
            ELSE installed_on + 400 + 2 * g END
FROM b;

-- ---------------------------------------------------------------- hive_insp (inspections)
CREATE TABLE hive_insp (
    insp_id     integer PRIMARY KEY,
    hive_id     integer NOT NULL REFERENCES hive (hive_id),
    mbr_id      integer NOT NULL REFERENCES mbr (mbr_id),
    insp_at     timestamptz NOT NULL,
    temper      smallint NOT NULL,
    brood_frm   smallint,
    queen_seen  boolean NOT NULL,
    q_cells     smallint NOT NULL DEFAULT 0,
    varroa_cnt  smallint,
    notes       text
);
COMMENT ON TABLE hive_insp IS 'Hive inspection records';
COMMENT ON COLUMN hive_insp.mbr_id IS 'member who did the inspection';
COMMENT ON COLUMN hive_insp.temper IS '1 = very calm ... 5 = very defensive';
COMMENT ON COLUMN hive_insp.brood_frm IS 'frames with brood; NULL = not counted';
COMMENT ON COLUMN hive_insp.q_cells IS 'queen cells found';
COMMENT ON COLUMN hive_insp.varroa_cnt IS 'mites counted in an alcohol wash of about 300 bees; NULL = no wash done';

INSERT INTO hive_insp (insp_id, hive_id, mbr_id, insp_at, temper, brood_frm, queen_seen, q_cells, varroa_cnt, notes)
WITH v AS (
    SELECT h.hive_id AS g, h.installed_on, h.hive_status, h.status_chg_on, a.keeper_id, y, k,
           make_date(y, 5, 4) + k * 42 + (h.hive_id * 3) % 10 AS d
    FROM hive h
    JOIN apiary a ON a.apiary_id = h.apiary_id
    CROSS JOIN generate_series(2023, 2025) AS y
    CROSS JOIN generate_series(0, 2) AS k
), f AS (
    SELECT v.*, row_number() OVER (ORDER BY d, g) AS rn
    FROM v
    WHERE d >= installed_on + 7
      AND (hive_status = 'A' OR d < status_chg_on)
      AND NOT (y = 2025 AND g IN (11, 33))                 -- nobody got round to these two in 2025
)
SELECT rn, g,
       CASE WHEN (g + k + y) % 4 = 0 AND y >= 2024 THEN (ARRAY[8, 10, 12, 18, 21])[1 + (g + k) % 5] ELSE keeper_id END,
       d + time '09:00' + ((g * 17 + k * 29) % 420) * interval '1 minute',
       (ARRAY[1, 2, 2, 1, 3, 2, 1, 4, 2, 5])[1 + (g * 7 + k * 3 + y) % 10],
       CASE WHEN (g * k + y) % 13 = 0 THEN NULL ELSE 3 + (g + k * 2 + y) % 7 END,
       (g + k + y) % 3 <> 0,
       CASE WHEN k = 0 AND g % 5 = 1 THEN 2 + g % 4 WHEN k = 1 AND g % 7 = 3 THEN 1 ELSE 0 END,
       CASE WHEN k = 0 THEN NULL ELSE (g * 11 + k * 7 + y) % 15 END,
       CASE WHEN (g + k + y) % 11 = 0 THEN 'chalkbrood on a few frames'
            WHEN (g + k + y) % 11 = 5 THEN 'added a super'
            WHEN (g * k + y) % 17 = 3 THEN 'fed 1:1 syrup'
            END
FROM f;

-- ---------------------------------------------------------------- varroa_trt (mite treatments)
CREATE TABLE varroa_trt (
    trt_id      integer PRIMARY KEY,
    hive_id     integer NOT NULL REFERENCES hive (hive_id),
    applied_on  date NOT NULL,
    product     text NOT NULL,
    doses       smallint NOT NULL DEFAULT 1,
    cost_gbp    numeric(6,2),
    applied_by  integer REFERENCES mbr (mbr_id)
);
COMMENT ON TABLE varroa_trt IS 'Varroa mite treatments applied to hives';
COMMENT ON COLUMN varroa_trt.product IS 'Apivar, Apiguard, Formic Pro, Oxalic acid (trickle), Oxalic acid (vapour)';
COMMENT ON COLUMN varroa_trt.doses IS 'strips / trays / applications used';
COMMENT ON COLUMN varroa_trt.cost_gbp IS 'cost of product used, GBP; NULL = product was donated';

INSERT INTO varroa_trt (trt_id, hive_id, applied_on, product, doses, cost_gbp, applied_by)
WITH t AS (
    -- autumn treatment, after the summer crop
    SELECT h.hive_id AS g, h.installed_on, h.hive_status, h.status_chg_on, a.keeper_id, a.is_organic, y,
           make_date(y, 8, 22) + (h.hive_id * 5) % 18 AS d,
           CASE WHEN a.is_organic THEN (ARRAY['Formic Pro','Apiguard'])[1 + (h.hive_id + y) % 2]
                ELSE (ARRAY['Apivar','Apiguard','Apivar','Formic Pro'])[1 + (h.hive_id + y) % 4] END AS product
    FROM hive h JOIN apiary a ON a.apiary_id = h.apiary_id
    CROSS JOIN generate_series(2023, 2025) AS y
    UNION ALL
    -- broodless winter treatment
    SELECT h.hive_id, h.installed_on, h.hive_status, h.status_chg_on, a.keeper_id, a.is_organic, y,
           make_date(y, 12, 12) + (h.hive_id * 3) % 16,
           CASE WHEN (h.hive_id + y) % 4 = 0 THEN 'Oxalic acid (vapour)' ELSE 'Oxalic acid (trickle)' END
    FROM hive h JOIN apiary a ON a.apiary_id = h.apiary_id
    CROSS JOIN generate_series(2023, 2024) AS y
    UNION ALL
    -- early-summer knock-down where the wash counts were high
    SELECT h.hive_id, h.installed_on, h.hive_status, h.status_chg_on, a.keeper_id, a.is_organic, y,
           make_date(y, 6, 25) + h.hive_id % 9,
           'Oxalic acid (vapour)'
    FROM hive h JOIN apiary a ON a.apiary_id = h.apiary_id
    CROSS JOIN generate_series(2024, 2025) AS y
    WHERE (h.hive_id * 7 + y) % 5 = 0
), f AS (
    SELECT t.*, row_number() OVER (ORDER BY d, g, product) AS rn
    FROM t
    WHERE d >= installed_on + 30
      AND (hive_status = 'A' OR d < status_chg_on)
      AND d <= date '2025-10-31'
)
SELECT rn, g, d, product,
       CASE product WHEN 'Apivar' THEN 2 WHEN 'Apiguard' THEN 2 WHEN 'Formic Pro' THEN 2 ELSE 1 END,
       CASE WHEN rn % 10 = 7 THEN NULL
            ELSE CASE product WHEN 'Apivar' THEN 8.40 WHEN 'Apiguard' THEN 5.60 WHEN 'Formic Pro' THEN 6.95
                              WHEN 'Oxalic acid (trickle)' THEN 1.20 ELSE 0.90 END END,
       CASE WHEN rn % 8 = 3 THEN NULL ELSE keeper_id END
FROM f;

-- ---------------------------------------------------------------- harvest (honey taken off per hive)
CREATE TABLE harvest (
    harv_id       integer PRIMARY KEY,
    hive_id       integer NOT NULL REFERENCES hive (hive_id),
    harv_dt       date NOT NULL,
    honey_cd      char(2) NOT NULL,
    kg            numeric(5,2) NOT NULL,
    supers        smallint NOT NULL,
    moisture_pct  numeric(3,1)
);
COMMENT ON TABLE harvest IS 'Honey harvests: supers taken off a hive and extracted';
COMMENT ON COLUMN harvest.honey_cd IS 'SP = spring (oilseed rape / blossom), SU = summer, HE = heather';
COMMENT ON COLUMN harvest.kg IS 'net honey extracted, kg';
COMMENT ON COLUMN harvest.moisture_pct IS 'refractometer reading, % water; NULL = not measured';

INSERT INTO harvest (harv_id, hive_id, harv_dt, honey_cd, kg, supers, moisture_pct)
WITH c AS (
    SELECT h.hive_id AS g, h.apiary_id, h.installed_on, h.hive_status, h.status_chg_on, y,
           'SP' AS honey_cd, make_date(y, 6, 1) + h.hive_id % 12 AS d,
           6 + (h.hive_id * 7 + y) % 15 + (h.hive_id % 4) * 0.35 AS kg
    FROM hive h CROSS JOIN generate_series(2023, 2025) AS y
    WHERE h.apiary_id IN (1, 2, 3, 4)
    UNION ALL
    SELECT h.hive_id, h.apiary_id, h.installed_on, h.hive_status, h.status_chg_on, y,
           'SU', make_date(y, 8, 5) + h.hive_id % 14,
           10 + (h.hive_id * 13 + y * 3) % 22 + ((h.hive_id * 7) % 10) / 10.0
    FROM hive h CROSS JOIN generate_series(2023, 2025) AS y
    WHERE h.apiary_id NOT IN (7, 8)
    UNION ALL
    SELECT h.hive_id, h.apiary_id, h.installed_on, h.hive_status, h.status_chg_on, y,
           'HE', make_date(y, 9, 12) + h.hive_id % 10,
           8 + (h.hive_id * 5 + y) % 14 + 0.5 + (h.hive_id % 3) * 0.15
    FROM hive h CROSS JOIN generate_series(2023, 2025) AS y
    WHERE h.apiary_id IN (7, 8)
), f AS (
    SELECT c.*, row_number() OVER (ORDER BY d, g) AS rn
    FROM c
    WHERE d >= installed_on + 45
      AND (hive_status = 'A' OR d < status_chg_on)
      AND (g + y) % 7 <> 3                                 -- nothing worth taking off that year
      AND d <= date '2025-10-31'
)
SELECT rn, g, d, honey_cd, round(kg, 2),
       CASE WHEN kg >= 24 THEN 3 WHEN kg >= 14 THEN 2 ELSE 1 END,
       CASE WHEN (g + y) % 5 = 0 THEN NULL
            WHEN honey_cd = 'HE' THEN 18.5 + ((g * 3 + y) % 25) / 10.0
            ELSE 16.5 + ((g * 3 + y) % 30) / 10.0 END
FROM f;

-- ---------------------------------------------------------------- jar_sale (wholesale to shops)
CREATE TABLE jar_sale (
    sale_id     integer PRIMARY KEY,
    sold_on     date NOT NULL,
    shop_nm     text NOT NULL,
    shop_town   text NOT NULL,
    honey_cd    char(2) NOT NULL,
    jar_g       smallint NOT NULL,
    qty         smallint NOT NULL,
    unit_px     numeric(5,2) NOT NULL,
    pay_status  char(1) NOT NULL,
    paid_on     date,
    mbr_id      integer REFERENCES mbr (mbr_id)
);
COMMENT ON TABLE jar_sale IS 'Jars of cooperative honey sold wholesale to local shops (one row per delivery line)';
COMMENT ON COLUMN jar_sale.honey_cd IS 'SP = spring, SU = summer, HE = heather';
COMMENT ON COLUMN jar_sale.jar_g IS 'jar size in grams: 227 (8 oz), 340 (12 oz), 454 (1 lb)';
COMMENT ON COLUMN jar_sale.qty IS 'number of jars';
COMMENT ON COLUMN jar_sale.unit_px IS 'wholesale price per jar, GBP';
COMMENT ON COLUMN jar_sale.pay_status IS 'P = paid, O = outstanding, W = written off';
COMMENT ON COLUMN jar_sale.mbr_id IS 'member who delivered; NULL = collected by the shop';

INSERT INTO jar_sale (sale_id, sold_on, shop_nm, shop_town, honey_cd, jar_g, qty, unit_px, pay_status, paid_on, mbr_id)
WITH s AS (
    SELECT g,
           date '2023-06-20' + g * 10 + g % 4 AS sold_on,
           1 + (g * 3) % 7 AS shop,
           (ARRAY['SU','SP','SU','HE','SU'])[1 + g % 5] AS honey_cd,
           (ARRAY[454, 340, 227, 454])[1 + g % 4] AS jar_g,
           6 * (2 + (g * 5) % 6) AS qty,
           date '2023-06-20' + g * 10 + g % 4 + 7 + (g * 7) % 30 AS pay_dt
    FROM generate_series(1, 84) AS g
), p AS (
    SELECT s.*,
           CASE WHEN g % 29 = 0 THEN 'W'
                WHEN g % 13 = 5 OR pay_dt > date '2025-10-31' THEN 'O'
                ELSE 'P' END AS pay_status
    FROM s
)
SELECT g, sold_on,
       (ARRAY['Ledbury Deli','Malvern Farm Shop','Hereford Wholefoods','The Honey Pot','Ross Garden Centre',
              'Worcester Farmers Market','Bromyard Village Stores'])[shop],
       (ARRAY['Ledbury','Malvern','Hereford','Ledbury','Ross-on-Wye','Worcester','Bromyard'])[shop],
       honey_cd, jar_g, qty,
       CASE jar_g WHEN 454 THEN 6.50 WHEN 340 THEN 5.20 ELSE 3.80 END
         + CASE WHEN honey_cd = 'HE' THEN 1.50 ELSE 0 END
         + CASE WHEN sold_on >= date '2025-01-01' THEN 0.30 ELSE 0 END,
       pay_status,
       CASE WHEN pay_status = 'P' THEN pay_dt END,
       (ARRAY[1, 2, 3, 5, 11, NULL])[1 + g % 6]
FROM p;
